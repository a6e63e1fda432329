"""No secret the client holds or sent leaves through an exception or a log line.

The fault server here (tests/support/echo.py) echoes back what it received (the token of the
``Authorization`` header, body values under secret keys, query values) in every shape an error
answer takes: a JSON body, nested deep, a 400 ``description`` (Hubster's shape), a 422 refusal
keyed by the secret, an HTML page on 200 or 502, a response header, a header line the HTTP
parser rejects, a 2xx text body and a 2xx body the parser rejects. None of it may reach
``str()``/``repr()`` of the exception, its ``details``/``field_errors``/``body``, its
``__cause__``/``__context__`` chain, a formatted traceback, or a log line at DEBUG; API error
codes (``"code": "invalid_ref"``) stay visible, and messages stay a few KB however much the
server says.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.runtime import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    Operation,
    UnprocessableEntityError,
)
from generator.runtime._constants import MAX_ERROR_MESSAGE_CHARS
from tests.support import Reply, ScriptedServer
from tests.support.echo import assert_never_shown, echoing, exposed, sent_values

from .conftest import CONFIG, TOKEN, async_client, sync_client

# Hubster's spec marks the Slack OAuth `code` and `state` sensitive (specs/hubster.yaml,
# SlackCreateConfiguration), so its CONFIG lists them; `pin` stands for a field only the spec
# knows is secret (no built-in rule catches it).
SENSITIVE = dataclasses.replace(CONFIG, sensitive_fields=frozenset({"pin", "code", "state"}))
ECHO = Operation("echoThing", "POST", "/echo/{shape}")

BODY_SECRETS = {
    "authToken": "Sx9-channel-auth-token-9xS",
    "pin": "Sx9-pin-only-the-spec-knows-9xS",
    "credentials": "Sx9-connection-password-9xS",
    "code": "Sx9-oauth-code-9xS",
    "client_secret": "Sx9-client-secret-9xS",
    "query": "Sx9-query-token-9xS",
}

EXPECTED: dict[str, type[APIError]] = {
    "json": BadRequestError,
    "nested": ConflictError,
    "description": BadRequestError,
    "refusal": UnprocessableEntityError,
    "html200": APIResponseValidationError,
    "html502": InternalServerError,
    "text2xx": APIResponseValidationError,
    "shape2xx": APIResponseValidationError,
    "header": AuthenticationError,
    "badheader": APIConnectionError,
}


def parse_kind(response: httpx.Response) -> Any:
    """A parser that quotes the value it rejects, as an enum's ``ValueError`` does."""
    kind = response.json()["kind"]
    if not isinstance(kind, str):
        raise ValueError(f"{kind!r} is not a valid Kind")
    return kind


# --- sending ----------------------------------------------------------------------------------


def _call_args(carrier: str, secret: str) -> dict[str, Any]:
    """The request arguments that send ``secret`` through ``carrier``."""
    if carrier == "authToken":
        return {"json": {"name": "shop", "configuration": {"authToken": secret, "sid": "AC1"}}}
    if carrier == "pin":
        return {"json": {"name": "shop", "pin": secret}}
    if carrier == "credentials":
        return {"json": {"name": "conn", "credentials": {"username": "bob", "pass": secret}}}
    if carrier == "code":
        return {"json": {"code": secret, "state": "Sx9-state-9xS", "name": "slack"}}
    if carrier == "client_secret":
        return {"data": {"grant_type": "client_credentials", "client_secret": secret}}
    if carrier == "query":
        return {"params": {"access_token": secret, "page": "1"}}
    assert carrier == "authorization"
    return {"json": {"name": "plain"}}


def _parse(shape: str) -> Callable[[httpx.Response], Any]:
    return parse_kind if shape == "shape2xx" else (lambda response: response.json())


def call_sync(url: str, token: str, shape: str, args: dict[str, Any]) -> APIError:
    with sync_client(url, token=token, config=SENSITIVE, max_retries=0) as client:
        try:
            client.request(ECHO, path=f"/echo/{shape}", parse=_parse(shape), **args)
        except APIError as exc:
            return exc
    raise AssertionError(f"{shape}: no error was raised")


def call_async(url: str, token: str, shape: str, args: dict[str, Any]) -> APIError:
    async def run() -> APIError:
        async with async_client(url, token=token, config=SENSITIVE, max_retries=0) as client:
            try:
                await client.request(ECHO, path=f"/echo/{shape}", parse=_parse(shape), **args)
            except APIError as exc:
                return exc
        raise AssertionError(f"{shape}: no error was raised")

    return asyncio.run(run())


CALLERS = {"sync": call_sync, "async": call_async}


# --- every shape, every carrier ---------------------------------------------------------------


@pytest.mark.parametrize("mode", sorted(CALLERS))
@pytest.mark.parametrize("shape", sorted(EXPECTED))
def test_no_echoed_secret_reaches_the_exception_or_the_logs(
    mode: str, shape: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=CONFIG.package)
    with ScriptedServer(echoing()) as server:
        for carrier, secret in [("authorization", TOKEN), *BODY_SECRETS.items()]:
            caplog.clear()
            error = CALLERS[mode](server.url, TOKEN, shape, _call_args(carrier, secret))
            assert type(error) is EXPECTED[shape], (carrier, error)
            # The server really answered with the secrets: there was something to scrub.
            assert {TOKEN, secret} <= set(sent_values(server.requests[-1]))
            assert caplog.records, "DEBUG logging must have logged the attempt"
            texts = exposed(error, caplog)
            for shown in (TOKEN, secret):
                assert_never_shown(texts, shown)


def test_a_secret_cut_by_the_preview_is_not_shown_in_part(server: ScriptedServer) -> None:
    # The body preview keeps the first 200 characters; the token straddles that cut.
    server.always(
        Reply(502, "x" * (200 - len(TOKEN) // 2) + TOKEN, headers={"Content-Type": "text/plain"})
    )
    with (
        sync_client(server.url, max_retries=0) as client,
        pytest.raises(InternalServerError) as caught,
    ):
        client.request(ECHO, path="/echo/cut", parse=_parse("json"))
    assert_never_shown([str(caught.value), repr(caught.value.body)], TOKEN)


# --- error codes stay, messages stay short ----------------------------------------------------


@pytest.mark.parametrize("mode", sorted(CALLERS))
def test_api_error_codes_are_not_taken_for_oauth_codes(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    body = {
        "status": 400,
        "state": "failed",
        "errors": [
            {"code": "invalid_ref", "field": "_connectorId"},
            {"code": 206, "description": "Value 'x' is not valid. (code: PRT000206)"},
        ],
    }
    caplog.set_level(logging.DEBUG, logger=CONFIG.package)
    with ScriptedServer() as server:
        server.always(Reply(400, body))
        error = CALLERS[mode](server.url, TOKEN, "codes", _call_args("code", BODY_SECRETS["code"]))
    # The OAuth code sent is a secret; the error codes answered are not.
    assert BODY_SECRETS["code"] not in caplog.text
    assert '"code": "invalid_ref"' in caplog.text and '"state": "failed"' in caplog.text
    assert isinstance(error, BadRequestError)
    assert [detail.code for detail in error.details] == ["invalid_ref", 206]
    assert error.body == body
    assert "code invalid_ref, field _connectorId" in str(error)
    assert "PRT000206" in str(error)


def test_messages_stay_bounded_and_details_stay_whole(server: ScriptedServer) -> None:
    errors = [{"code": n, "message": f"Problem {n}: " + "m" * 10_000} for n in range(1_000)]
    server.always(Reply(400, {"errors": errors}))
    with sync_client(server.url, max_retries=0) as client, pytest.raises(BadRequestError) as caught:
        client.request(ECHO, path="/echo/big", parse=_parse("json"))
    error = caught.value
    assert len(str(error)) <= MAX_ERROR_MESSAGE_CHARS
    assert "995 more" in str(error)
    assert len(error.details) == 1_000
    assert error.details[999].message == "Problem 999: " + "m" * 10_000


def test_one_huge_detail_is_cut_after_scrubbing(server: ScriptedServer) -> None:
    server.always(Reply(400, {"message": "y" * 1_000_000 + TOKEN}))
    with sync_client(server.url, max_retries=0) as client, pytest.raises(BadRequestError) as caught:
        client.request(ECHO, path="/echo/huge", parse=_parse("json"))
    assert len(str(caught.value)) <= MAX_ERROR_MESSAGE_CHARS
    assert caught.value.details[0].message == "y" * 1_000_000 + "***"


# --- the property -----------------------------------------------------------------------------

# Printable ASCII, quotes, backslashes and the characters URL, JSON and HTML encodings change
# included; the markers keep a secret from matching the source lines a traceback shows.
SECRETS = st.text(
    alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=4, max_size=40
).map(lambda core: f"Sx9{core}9xS")
PROPERTY = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def test_a_random_secret_anywhere_in_an_error_answer_never_leaves(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger=CONFIG.package)
    padding = {"value": ""}
    with ScriptedServer(echoing(pad=lambda: padding["value"])) as server:

        @PROPERTY
        @given(
            secret=SECRETS,
            carrier=st.sampled_from(["authorization", *BODY_SECRETS]),
            shape=st.sampled_from(sorted(EXPECTED)),
            pad=st.integers(min_value=0, max_value=400),
            mode=st.sampled_from(sorted(CALLERS)),
        )
        def never_leaves(secret: str, carrier: str, shape: str, pad: int, mode: str) -> None:
            caplog.clear()
            padding["value"] = "p" * pad
            token = secret if carrier == "authorization" else TOKEN
            error = CALLERS[mode](server.url, token, shape, _call_args(carrier, secret))
            assert isinstance(error, EXPECTED[shape])
            texts = exposed(error, caplog)
            assert_never_shown(texts, secret)
            assert_never_shown(texts, token)

        never_leaves()


def test_status_errors_carry_the_scrubbed_body_not_the_raw_one(server: ScriptedServer) -> None:
    server.always(Reply(400, {"message": "no", "echo": {"token": TOKEN, "other": f"x {TOKEN} y"}}))
    with sync_client(server.url, max_retries=0) as client, pytest.raises(APIStatusError) as caught:
        client.request(ECHO, path="/echo/body", parse=_parse("json"))
    assert caught.value.body == {"message": "no", "echo": {"token": "***", "other": "x *** y"}}
