"""``ClientCredentialsProvider`` on a bad day: its token requests are retried and bounded.

A client-credentials token request only hands out a token (RFC 6749, section 4.4), so it is
retried like an idempotent read: after a connect error, a timeout, 408, 429 or 5xx, with the
runtime's backoff and ``Retry-After``; never after 400, 401 or 403 (refused credentials stay
refused). Each attempt has an overall deadline, as the API calls have (``_deadline``), and the
client secret is in no error, repr or log line. Every test runs over a real socket, sync and
async; the provider's ``_sleep``/``_asleep`` record the backoff instead of waiting it.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest

from generator.runtime import (
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientCredentialsProvider,
    ConfigurationError,
    DeadlineTransport,
    PermissionDeniedError,
    RateLimitError,
    redact_url,
)
from generator.runtime._constants import RETRY_JITTER_FRACTION
from tests.support import Reply, ScriptedServer, closed_port
from tests.support.echo import assert_never_shown, echoing, exposed

from .conftest import AsyncSleeps, Sleeps

TOKEN_PATH = "/connect/token"
SECRET = "cc-SECRET-5f1c-77a9-e2b0"
MODES = pytest.mark.parametrize("mode", ["sync", "async"])


def token(value: str = "tok-1") -> Reply:
    return Reply(200, {"access_token": value, "token_type": "Bearer", "expires_in": 3600})


def provider(token_url: str, **kwargs: Any) -> ClientCredentialsProvider:
    """A provider whose backoff sleeps are recorded, not slept."""
    made = ClientCredentialsProvider("my-client", SECRET, token_url, **kwargs)
    made._sleep = Sleeps()
    made._asleep = AsyncSleeps()
    return made


def sleeps(made: ClientCredentialsProvider, mode: str) -> list[float]:
    recorded = made._sleep if mode == "sync" else made._asleep
    assert isinstance(recorded, Sleeps | AsyncSleeps)
    return recorded


def get_token(made: ClientCredentialsProvider, mode: str) -> str:
    if mode == "sync":
        return made.get_token()
    return asyncio.run(made.aget_token())


def failure(made: ClientCredentialsProvider, mode: str) -> APIError:
    with pytest.raises(APIError) as caught:
        get_token(made, mode)
    return caught.value


def backoff(retry: int) -> tuple[float, float]:
    """The bounds of the backoff before retry number ``retry`` (0 for the first)."""
    nominal = INITIAL_RETRY_DELAY * 2**retry
    return nominal, nominal * (1 + RETRY_JITTER_FRACTION)


@pytest.fixture(autouse=True)
def _info_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG", logger="generator.runtime")


# --- retried -----------------------------------------------------------------------------------


@MODES
def test_a_503_then_a_token_gives_the_token(mode: str, server: ScriptedServer) -> None:
    server.on("POST", TOKEN_PATH, Reply(503), token("tok-1"))
    made = provider(f"{server.url}{TOKEN_PATH}")
    assert get_token(made, mode) == "tok-1"
    assert len(server.requests_to("POST", TOKEN_PATH)) == 2
    (slept,) = sleeps(made, mode)
    low, high = backoff(0)
    assert low <= slept <= high


@MODES
def test_a_429_with_retry_after_zero_is_retried(mode: str, server: ScriptedServer) -> None:
    server.on("POST", TOKEN_PATH, Reply(429, headers={"Retry-After": "0"}), token("tok-1"))
    made = provider(f"{server.url}{TOKEN_PATH}")
    assert get_token(made, mode) == "tok-1"
    assert len(server.requests_to("POST", TOKEN_PATH)) == 2
    assert len(sleeps(made, mode)) == 1  # a zero Retry-After still backs off


@MODES
def test_retry_after_is_honoured(mode: str, server: ScriptedServer) -> None:
    server.on("POST", TOKEN_PATH, Reply(503, headers={"Retry-After": "3"}), token("tok-1"))
    made = provider(f"{server.url}{TOKEN_PATH}")
    assert get_token(made, mode) == "tok-1"
    assert sleeps(made, mode) == [3.0]


@MODES
def test_a_retry_after_longer_than_the_client_waits_raises_at_once(
    mode: str, server: ScriptedServer
) -> None:
    server.on("POST", TOKEN_PATH, Reply(429, headers={"Retry-After": "3600"}), token("tok-1"))
    made = provider(f"{server.url}{TOKEN_PATH}")
    error = failure(made, mode)
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 3600
    assert len(server.requests_to("POST", TOKEN_PATH)) == 1
    assert sleeps(made, mode) == []


@MODES
def test_408_and_a_dropped_connection_are_retried(mode: str, server: ScriptedServer) -> None:
    server.on("POST", TOKEN_PATH, Reply(408), Reply(drop=True), token("tok-1"))
    made = provider(f"{server.url}{TOKEN_PATH}")
    assert get_token(made, mode) == "tok-1"
    assert len(server.requests_to("POST", TOKEN_PATH)) == 3
    assert len(sleeps(made, mode)) == 2


@MODES
def test_a_refused_connection_is_retried_then_raised_typed(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    token_url = f"http://127.0.0.1:{closed_port()}{TOKEN_PATH}?tenant=t-77&client_secret={SECRET}"
    made = provider(token_url)
    error = failure(made, mode)
    assert type(error) is APIConnectionError
    assert redact_url(token_url) in str(error)
    assert f"after {DEFAULT_MAX_RETRIES} retries" in str(error)
    assert [backoff(0)[0] <= s <= backoff(1)[1] for s in sleeps(made, mode)] == [True, True]
    assert_never_shown(exposed(error, caplog), SECRET)
    assert_never_shown([repr(made)], SECRET)


@MODES
def test_retries_run_out_on_a_502_that_echoes_the_secret(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    with ScriptedServer(echoing("html502")) as server:
        made = provider(f"{server.url}{TOKEN_PATH}")
        error = failure(made, mode)
        assert len(server.requests) == 1 + DEFAULT_MAX_RETRIES
        assert SECRET in server.requests[-1].body.decode()  # sent, and echoed every time
    assert isinstance(error, APIStatusError) and error.status_code == 502
    assert len(sleeps(made, mode)) == DEFAULT_MAX_RETRIES
    assert "retrying" in caplog.text  # each retry is logged, without the secret
    assert_never_shown(exposed(error, caplog), SECRET)


@MODES
def test_a_header_the_parser_refuses_is_retried_and_never_shown(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    # h11's error quotes the header line, which holds the echoed secret.
    with ScriptedServer(echoing("badheader")) as server:
        made = provider(f"{server.url}{TOKEN_PATH}", max_retries=1)
        error = failure(made, mode)
        assert len(server.requests) == 2
    assert type(error) is APIConnectionError
    assert_never_shown(exposed(error, caplog), SECRET)


# --- not retried -------------------------------------------------------------------------------


@MODES
@pytest.mark.parametrize(
    ("status", "error", "expected"),
    [
        (400, "invalid_request", BadRequestError),
        (401, "invalid_client", AuthenticationError),
        (403, "unauthorized_client", PermissionDeniedError),
    ],
)
def test_refused_credentials_are_not_retried(
    mode: str,
    status: int,
    error: str,
    expected: type[APIError],
    server: ScriptedServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    refusal = {"error": error, "error_description": f"Client my-client with {SECRET} is unknown."}
    server.on("POST", TOKEN_PATH, Reply(status, refusal), token("tok-1"))
    made = provider(f"{server.url}{TOKEN_PATH}")
    raised = failure(made, mode)
    assert type(raised) is expected
    assert f"The token endpoint answered {status}" in str(raised)
    assert len(server.requests_to("POST", TOKEN_PATH)) == 1
    assert sleeps(made, mode) == []
    assert_never_shown(exposed(raised, caplog), SECRET)


@MODES
def test_max_retries_zero_sends_once(mode: str, server: ScriptedServer) -> None:
    server.on("POST", TOKEN_PATH, Reply(503), token("tok-1"))
    made = provider(f"{server.url}{TOKEN_PATH}", max_retries=0)
    error = failure(made, mode)
    assert isinstance(error, APIStatusError) and error.status_code == 503
    assert len(server.requests_to("POST", TOKEN_PATH)) == 1
    assert sleeps(made, mode) == []


@MODES
def test_max_retries_is_used_up_then_raised(mode: str, server: ScriptedServer) -> None:
    server.always(Reply(500))
    made = provider(f"{server.url}{TOKEN_PATH}", max_retries=4)
    error = failure(made, mode)
    assert isinstance(error, APIStatusError) and error.status_code == 500
    assert len(server.requests) == 5
    assert len(sleeps(made, mode)) == 4


@pytest.mark.parametrize("value", [-1, 1.5, True, "2", None])
def test_max_retries_is_checked(value: object) -> None:
    with pytest.raises(ConfigurationError, match="max_retries is"):
        ClientCredentialsProvider("id", "s", "https://a.invalid/t", max_retries=value)  # type: ignore[arg-type]


# --- an overall deadline per attempt -----------------------------------------------------------

# The status line and headers a byte per 0.1 s: about 10 s, though no read waits 0.1 s.
DRIPPING = Reply(200, {"access_token": "tok-1", "expires_in": 3600}, drip=0.1, drip_head=True)


@MODES
def test_a_dripping_token_answer_ends_at_the_deadline(
    mode: str, server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.always(DRIPPING)
    made = provider(f"{server.url}{TOKEN_PATH}", timeout=1.0, max_retries=0)
    started = time.monotonic()
    error = failure(made, mode)
    elapsed = time.monotonic() - started
    assert type(error) is APITimeoutError
    assert elapsed < 2.5
    assert "deadline of 1.0 s" in str(error)
    assert_never_shown(exposed(error, caplog), SECRET)


@MODES
def test_a_dripping_token_answer_is_retried(mode: str, server: ScriptedServer) -> None:
    server.on("POST", TOKEN_PATH, DRIPPING, token("tok-2"))
    made = provider(f"{server.url}{TOKEN_PATH}", timeout=0.5)
    assert get_token(made, mode) == "tok-2"
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    ("answer", "transport"),
    [
        pytest.param(DRIPPING, DeadlineTransport, id="headers-on-a-deadline-transport"),
        # Any transport: the deadline is checked between the body's reads (DeadlineStream).
        pytest.param(
            Reply(200, {"access_token": "x" * 40}, drip=0.1), httpx.HTTPTransport, id="body"
        ),
    ],
)
def test_an_own_http_client_bounds_a_dripping_answer(
    server: ScriptedServer, answer: Reply, transport: type[httpx.HTTPTransport]
) -> None:
    server.always(answer)
    with httpx.Client(transport=transport()) as http:
        made = provider(f"{server.url}{TOKEN_PATH}", timeout=1.0, max_retries=0, http_client=http)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            made.get_token()
        elapsed = time.monotonic() - started
    assert elapsed < 2.5


@pytest.mark.asyncio
async def test_an_own_async_http_client_bounds_dripping_headers(server: ScriptedServer) -> None:
    server.always(DRIPPING)
    async with httpx.AsyncClient() as http:
        made = provider(
            f"{server.url}{TOKEN_PATH}", timeout=1.0, max_retries=0, async_http_client=http
        )
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await made.aget_token()
        elapsed = time.monotonic() - started
    assert elapsed < 2.5


@MODES
def test_the_token_request_takes_its_proxy_from_the_environment(
    mode: str, server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The provider's own pool is httpx's, so HTTP_PROXY applies to it as to any httpx client.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setenv("HTTP_PROXY", server.url)
    server.always(token("tok-proxied"))
    made = provider(f"http://identity.example.invalid{TOKEN_PATH}", max_retries=0)
    assert get_token(made, mode) == "tok-proxied"
    assert server.requests[0].request_line.startswith(
        f"POST http://identity.example.invalid{TOKEN_PATH} "
    )
