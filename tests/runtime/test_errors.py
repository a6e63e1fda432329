"""Status codes map to exception classes; the APIs' error bodies become readable messages."""

from __future__ import annotations

import inspect

import httpx
import pytest

from generator import runtime
from generator.runtime import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    ErrorDetail,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseShapeError,
    UnexpectedStatus,
    UnprocessableEntityError,
    make_status_error,
)
from tests.support import Reply, ScriptedServer

from .conftest import POST, TOKEN, async_client, parse_json, sync_client


def _response(
    status: int,
    body: object = None,
    *,
    method: str = "POST",
    url: str = "https://api.example.invalid/api/v1/integrations?access_token=QSECRET",
    headers: dict[str, str] | None = None,
    content: bytes | None = None,
) -> httpx.Response:
    request = httpx.Request(method, url)
    if content is not None:
        return httpx.Response(status, content=content, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_each_status_maps_to_its_class(status: int, cls: type[APIStatusError]) -> None:
    error = make_status_error(_response(status, {"message": "nope"}), api_name="Hubster")
    assert type(error) is cls
    assert error.status_code == status
    assert error.body == {"message": "nope"}
    assert str(error).startswith(f"Hubster answered {status} ")


def test_hierarchy() -> None:
    for base in (
        APIConnectionError,
        APIStatusError,
        APIResponseValidationError,
        ConfigurationError,
    ):
        assert issubclass(base, APIError)
    assert issubclass(APITimeoutError, APIConnectionError)
    for cls in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        UnprocessableEntityError,
        RateLimitError,
        InternalServerError,
        UnexpectedStatus,
    ):
        assert issubclass(cls, APIStatusError)
    assert issubclass(PaginationError, APIResponseValidationError)


def test_every_exception_class_has_a_one_line_docstring() -> None:
    classes = [
        obj for obj in vars(runtime).values() if inspect.isclass(obj) and issubclass(obj, Exception)
    ]
    assert len(classes) >= 16
    for cls in classes:
        doc = cls.__doc__ or ""
        assert doc and "\n" not in doc.strip(), cls


def test_hubster_error_body() -> None:
    body = {
        "status": 400,
        "errors": [{"code": 301, "description": "Property 'name' is required. (code: PRT000301)"}],
    }
    error = make_status_error(_response(400, body), api_name="Hubster")
    assert error.details == [ErrorDetail(301, "Property 'name' is required.", "PRT000301")]
    assert str(error).startswith(
        "Hubster answered 400 Bad Request for POST /api/v1/integrations: "
        "PRT000301 Property 'name' is required. "
    )


def test_celigo_error_body() -> None:
    body = {"errors": [{"code": "invalid_user", "message": "The user does not exist."}]}
    error = make_status_error(_response(404, body, method="GET"), api_name="Celigo")
    assert isinstance(error, NotFoundError)
    assert error.details == [ErrorDetail("invalid_user", "The user does not exist.")]
    assert "The user does not exist. (code invalid_user)" in str(error)
    assert "GET /api/v1/integrations" in str(error)


def test_celigo_entries_with_a_field_or_without_a_message() -> None:
    # celigo/integrator-api-docs: `field` is optional, and some entries carry no `message`.
    body = {
        "errors": [
            {"code": "missing_required_field", "message": "Name is required.", "field": "name"},
            {"code": "rate_limited"},
            {"code": "invalid_ref", "field": "_connectorId"},
        ]
    }
    error = make_status_error(_response(400, body), api_name="Celigo")
    assert error.details == [
        ErrorDetail("missing_required_field", "Name is required.", field="name"),
        ErrorDetail("rate_limited", ""),
        ErrorDetail("invalid_ref", "", field="_connectorId"),
    ]
    assert [str(detail) for detail in error.details] == [
        "Name is required. (code missing_required_field, field name)",
        "code rate_limited",
        "code invalid_ref, field _connectorId",
    ]
    assert "code rate_limited" in str(error)


def test_autobutler_error_body() -> None:
    body = {"success": False, "errors": {"username": ["must be filled out"], "age": ["too low"]}}
    error = make_status_error(_response(422, body), api_name="Autobutler")
    assert error.field_errors == {"username": ["must be filled out"], "age": ["too low"]}
    assert [d.field for d in error.details] == ["username", "age"]
    assert "username must be filled out. age too low." in str(error)


def test_oauth_error_body() -> None:
    body = {"error": "invalid_client", "error_description": "Client authentication failed."}
    error = make_status_error(_response(401, body), api_name="The token endpoint")
    assert error.details == [ErrorDetail("invalid_client", "Client authentication failed.")]


def test_non_json_body_is_quoted_redacted_and_cut() -> None:
    text = "<html>password=hunter2 " + "x" * 500 + "</html>"
    error = make_status_error(_response(502, content=text.encode()), api_name="Hubster")
    assert error.body == text.replace("hunter2", "***")  # the body kept is scrubbed too
    assert "hunter2" not in str(error)
    assert "password=***" in str(error)
    assert "x" * 250 not in str(error)


def test_empty_body() -> None:
    error = make_status_error(_response(503, content=b""), api_name="Hubster")
    assert error.body is None
    assert "The response body was empty." in str(error)


def test_message_never_shows_the_query_string_or_an_echoed_token() -> None:
    body = {"errors": [{"code": 1, "message": f"Token {TOKEN} is not valid."}]}
    error = make_status_error(_response(401, body), api_name="Hubster", secrets=(TOKEN,))
    assert TOKEN not in str(error)
    assert "QSECRET" not in str(error) and "access_token" not in str(error)
    assert "/api/v1/integrations:" in str(error)


def test_rate_limit_error_has_retry_after() -> None:
    error = make_status_error(_response(429, {}, headers={"Retry-After": "7"}))
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 7.0
    assert "wait 7 s" in str(error)


def test_unexpected_status_is_compatible_with_openapi_python_client() -> None:
    error = UnexpectedStatus(418, b'{"message": "I am a teapot"}')
    assert isinstance(error, APIStatusError)
    assert error.status_code == 418
    assert error.content == b'{"message": "I am a teapot"}'
    assert "418" in str(error) and "I am a teapot" in str(error)


def test_response_shape_error_message() -> None:
    error = ResponseShapeError("an object with key 'name'", "$.integrations[3]", None)
    assert str(error) == "Expected an object with key 'name' at $.integrations[3], got null"
    described = ResponseShapeError("a string", "$.token", {"secret": "hunter2"})
    assert described.got == "an object with keys 'secret'"
    assert "hunter2" not in str(described)


def test_client_raises_parsed_errors_from_the_wire(server: ScriptedServer) -> None:
    body = {"status": 400, "errors": [{"code": 301, "description": "Bad. (code: PRT000301)"}]}
    server.reply(Reply(400, body))
    with sync_client(server.url) as client, pytest.raises(BadRequestError) as caught:
        client.request(POST, path="/things", json={"a": 1}, parse=parse_json)
    assert str(caught.value).startswith("Hubster answered 400 Bad Request for POST /things: ")
    assert caught.value.details[0].code_name == "PRT000301"
    assert caught.value.__cause__ is None


@pytest.mark.asyncio
async def test_async_client_raises_parsed_errors_from_the_wire(server: ScriptedServer) -> None:
    server.reply(Reply(404, {"errors": [{"code": "not_found", "message": "Gone."}]}))
    async with async_client(server.url) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.request(POST, path="/things", parse=parse_json)
    assert caught.value.details == [ErrorDetail("not_found", "Gone.")]
