"""Every error the client raises pickles, unpickles and copies, and its bytes hold no secret.

A task queue stores a task's exception in its result backend (Celery pickles it), and
multiprocessing sends it back to the parent. The error must come back as the same class with
the same message and data (``status_code``, ``body``, ``details``, ``field_errors``,
``retry_after``, ``path``, ``link``), and nothing in the pickled bytes may be a secret: the
errors here are made over real sockets by a server that echoes the token and every secret it
was sent (tests/support/echo.py), in every fault shape, so that each would be in the bytes if
the live ``httpx`` request or response (its ``Authorization`` header, its body) were pickled.
After unpickling, ``response`` and ``request`` are stand-ins: status, method, URL without query
values and headers with secrets replaced by ``***``, and no body (the scrubbed body is ``body``).
"""

from __future__ import annotations

import asyncio
import copy
import pickle
from typing import Any

import httpx
import pytest

from generator.runtime import (
    REDACTED,
    APIError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    LinkPaging,
    Operation,
    PaginationError,
    RateLimitError,
    ResponseShapeError,
    SyncAPIClient,
    UnexpectedStatus,
)
from generator.runtime._redaction import Scrubber
from tests.support import Reply, ScriptedServer
from tests.support.echo import assert_never_shown, echoing

from .conftest import CONFIG, GET, TOKEN, async_client, parse_json, sync_client
from .test_secret_scrubbing import BODY_SECRETS, CALLERS, EXPECTED, _call_args

PROTOCOLS = range(pickle.HIGHEST_PROTOCOL + 1)
# What an error keeps for its handler, besides its message.
DATA = ("message", "status_code", "body", "details", "field_errors", "retry_after", "path", "link")


def restored(error: BaseException) -> list[Any]:
    """``error`` through pickle (every protocol), ``copy.copy`` and ``copy.deepcopy``, and an
    unpickled one pickled again."""
    unpickled = [pickle.loads(pickle.dumps(error, protocol)) for protocol in PROTOCOLS]
    again = pickle.loads(pickle.dumps(unpickled[-1]))
    return [*unpickled, again, copy.copy(error), copy.deepcopy(error)]


def assert_restores(error: BaseException) -> None:
    for copied in restored(error):
        assert type(copied) is type(error)
        assert str(copied) == str(error)
        assert copied.args == error.args
        for name in DATA:
            if hasattr(error, name):
                assert getattr(copied, name) == getattr(error, name), name
        _assert_stand_ins(error, copied)


def _assert_stand_ins(error: BaseException, copied: Any) -> None:
    response = getattr(error, "response", None)
    if response is not None:
        assert isinstance(copied.response, httpx.Response)
        assert copied.response.status_code == response.status_code
        assert copied.response.content == b""
        assert copied.response.headers["content-type"] == response.headers["content-type"]
        if response._request is not None:  # else built by hand, without a request
            _assert_request_stand_in(response.request, copied.response.request)
    request = getattr(error, "request", None)
    if request is not None:
        _assert_request_stand_in(request, copied.request)


def _assert_request_stand_in(request: httpx.Request, copied: httpx.Request) -> None:
    assert isinstance(copied, httpx.Request)
    assert copied.method == request.method
    assert copied.url.path == request.url.path
    assert copied.url.host == request.url.host
    assert copied.headers["authorization"] == REDACTED
    assert copied.content == b""


def assert_pickles_without(error: BaseException, *secrets: str) -> None:
    for protocol in PROTOCOLS:
        data = pickle.dumps(error, protocol).decode("latin-1")
        for secret in secrets:
            assert_never_shown([data], secret)


# --- over the wire, from a server that echoes every secret --------------------------------------


@pytest.mark.parametrize("mode", sorted(CALLERS))
@pytest.mark.parametrize("shape", sorted(EXPECTED))
def test_echoed_secrets_are_not_in_the_pickled_error(mode: str, shape: str) -> None:
    with ScriptedServer(echoing()) as server:
        for carrier, secret in [("authorization", TOKEN), *BODY_SECRETS.items()]:
            error = CALLERS[mode](server.url, TOKEN, shape, _call_args(carrier, secret))
            assert type(error) is EXPECTED[shape], (carrier, error)
            assert_pickles_without(error, TOKEN, secret)
            assert_restores(error)
            for copied in restored(error):
                assert_pickles_without(copied, TOKEN, secret)


def test_a_rate_limit_error_keeps_its_data(server: ScriptedServer) -> None:
    body = {"status": 429, "errors": [{"code": 109, "description": "Slow down. (code: PRT000109)"}]}
    server.always(Reply(429, body, headers={"Retry-After": "7", "X-Request-Id": "req-1"}))
    with sync_client(server.url, max_retries=0) as client, pytest.raises(RateLimitError) as caught:
        client.request(GET, path="/things/1", parse=parse_json)
    error = caught.value
    assert (error.retry_after, error.details[0].code_name) == (7.0, "PRT000109")
    assert_restores(error)
    for copied in restored(error):
        assert copied.response.headers["x-request-id"] == "req-1"
        assert copied.response.request.headers["authorization"] == REDACTED


def test_a_timeout_keeps_a_request_without_the_token(server: ScriptedServer) -> None:
    server.always(Reply(200, {}, delay=5.0))
    with sync_client(server.url, max_retries=0, timeout=0.2) as client:
        with pytest.raises(APITimeoutError) as caught:
            client.request(
                GET,
                path="/things/1",
                parse=parse_json,
                params={"access_token": "Sx9-query-token-9xS"},
            )
    error = caught.value
    assert_pickles_without(error, TOKEN, "Sx9-query-token-9xS")
    assert_restores(error)
    for copied in restored(error):
        assert copied.request.url.query == f"access_token={REDACTED}".encode()


def test_an_async_timeout_keeps_a_request_without_the_token(server: ScriptedServer) -> None:
    server.always(Reply(200, {}, delay=5.0))

    async def run() -> APIError:
        async with async_client(server.url, max_retries=0, timeout=0.2) as client:
            try:
                await client.request(GET, path="/things/1", parse=parse_json)
            except APIError as exc:
                return exc
        raise AssertionError("no error was raised")

    error = asyncio.run(run())
    assert isinstance(error, APITimeoutError)
    assert_pickles_without(error, TOKEN)
    assert_restores(error)


def test_a_pagination_error_keeps_its_link(server: ScriptedServer) -> None:
    with ScriptedServer() as stranger:
        link = f'<{stranger.url}/things?skip=1&token=Sx9-link-token-9xS>; rel="next"'
        server.reply(Reply(200, [1], headers={"Link": link}))
        operation = Operation("listThings", "GET", "/things")
        pager = sync_client(server.url).paginate_kwargs(
            operation, {"method": "get", "url": "/things"}, parse_json, LinkPaging()
        )
        with pytest.raises(PaginationError) as caught:
            list(pager)
    error = caught.value
    assert_pickles_without(error, TOKEN, "Sx9-link-token-9xS")
    assert_restores(error)


# --- errors made without a call -----------------------------------------------------------------


def test_unpickling_does_not_touch_the_exception_being_handled() -> None:
    # Made by hand, an error scrubs the exception being handled (its context to be); one
    # unpickled while another exception is handled must not.
    with pytest.raises(ConfigurationError) as caught:
        SyncAPIClient(base_url="http://127.0.0.1:9", config=CONFIG, token="   ")
    data = pickle.dumps(caught.value)
    try:
        raise ValueError("the header was Bearer Sx9-not-ours-9xS")
    except ValueError as handled:
        restored_error = pickle.loads(data)
        assert handled.args == ("the header was Bearer Sx9-not-ours-9xS",)
    assert type(restored_error) is ConfigurationError
    assert str(restored_error) == str(caught.value)


def test_unexpected_status_pickles_its_content_scrubbed() -> None:
    # Raised by the module functions (api.<tag>.<operation>) with the body as answered: here
    # an echoed token, which the body and the message show scrubbed.
    content = b'{"message": "Refused Authorization: Bearer Sx9-echoed-token-9xS"}'
    error = UnexpectedStatus(418, content)
    assert error.content == content  # the live error keeps what openapi-python-client keeps
    assert error.body == {"message": "Refused Authorization: Bearer ***"}
    assert_pickles_without(error, "Sx9-echoed-token-9xS")
    for copied in restored(error):
        assert type(copied) is UnexpectedStatus
        assert (str(copied), copied.status_code, copied.body) == (
            str(error),
            error.status_code,
            error.body,
        )
        assert copied.content == b'{"message": "Refused Authorization: Bearer ***"}'


def test_a_status_error_built_by_hand_pickles() -> None:
    response = httpx.Response(503, json={"message": "down"})
    error = APIStatusError("Down.", response=response, body={"message": "down"})
    error.add_note("while syncing hub 7")
    assert_restores(error)
    for copied in restored(error):
        assert copied.response.status_code == 503
        assert copied.__notes__ == ["while syncing hub 7"]


def test_a_response_shape_error_pickles() -> None:
    error = ResponseShapeError("an object", "$", [1, 2]).within(".settings")
    for copied in restored(error):
        assert type(copied) is ResponseShapeError
        assert (str(copied), copied.path, copied.got, copied.expected) == (
            str(error),
            "$.settings",
            "an array of 2 items",
            "an object",
        )


def test_a_scrubber_refuses_to_be_pickled() -> None:
    # It holds the secrets of a call: pickling one would write them out.
    scrubber = Scrubber(["Sx9-secret-9xS"])
    for protocol in PROTOCOLS:
        with pytest.raises(TypeError, match="secrets"):
            pickle.dumps(scrubber, protocol)
    with pytest.raises(TypeError, match="secrets"):
        copy.deepcopy(scrubber)
