"""Logging is switched on by <PREFIX>_CLIENT_LOG and never shows a secret."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator

import pytest

from generator.runtime import (
    APIConnectionError,
    ConfigurationError,
    InternalServerError,
    SyncAPIClient,
    configure_logging,
    get_logger,
)
from generator.runtime._constants import LOG_BODY_LIMIT
from generator.runtime._logging import _RuntimeHandler
from tests.support import Reply, ScriptedServer, closed_port

from .conftest import CONFIG, GET, POST, TOKEN, parse_json, sync_client

LOGGER = CONFIG.package


@pytest.fixture(autouse=True)
def _reset_logger() -> Iterator[None]:
    yield
    logger = get_logger(LOGGER)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    logger.setLevel(logging.NOTSET)


def _text(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(record.getMessage() for record in caplog.records)


def test_env_var_sets_the_level_and_adds_one_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RTTEST_CLIENT_LOG", "info")
    with sync_client("https://x.invalid"), sync_client("https://x.invalid"):
        pass
    logger = get_logger(LOGGER)
    assert logger.level == logging.INFO
    assert sum(isinstance(h, _RuntimeHandler) for h in logger.handlers) == 1


def test_without_the_env_var_nothing_is_configured() -> None:
    with sync_client("https://x.invalid"):
        pass
    logger = get_logger(LOGGER)
    assert logger.level == logging.NOTSET and logger.handlers == []


def test_unknown_level_warns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RTTEST_CLIENT_LOG", "verbose")
    with pytest.warns(UserWarning, match="RTTEST_CLIENT_LOG='verbose'"):
        configure_logging(LOGGER, "RTTEST")
    assert get_logger(LOGGER).handlers == []


def test_info_logs_failed_attempts_and_retries_but_not_routine_successes(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("RTTEST_CLIENT_LOG", "info")
    server.reply(Reply(503), Reply(200, {}))
    with sync_client(server.url) as client:
        client.request(GET, path="/things/1", parse=parse_json)
    attempts = [r.getMessage() for r in caplog.records if "-> " in r.getMessage()]
    assert len(attempts) == 1 and "-> 503 Service Unavailable (attempt 1, " in attempts[0]
    assert "retrying in" in _text(caplog)


def test_each_attempt_is_logged_without_secrets(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("RTTEST_CLIENT_LOG", "debug")
    server.reply(Reply(503), Reply(200, {}))
    with sync_client(server.url) as client:
        client.request(GET, path="/things/1", params={"access_token": "QSECRET"}, parse=parse_json)
    attempts = [r.getMessage() for r in caplog.records if "-> " in r.getMessage()]
    assert len(attempts) == 2
    assert attempts[0].startswith(
        f"getThing: GET {server.url}/things/1?access_token=*** -> 503 Service Unavailable "
        "(attempt 1, "
    )
    assert attempts[1].startswith(f"getThing: GET {server.url}/things/1?access_token=*** -> 200 OK")
    assert "(attempt 2, " in attempts[1] and attempts[1].endswith(" ms)")
    assert "retrying in" in _text(caplog)
    assert TOKEN not in _text(caplog) and "QSECRET" not in _text(caplog)


def test_debug_logs_bodies_redacted(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("RTTEST_CLIENT_LOG", "debug")
    server.reply(Reply(200, {"accessToken": "RESP-SECRET", "name": "visible"}))
    config = type(CONFIG)(**{**CONFIG.__dict__, "sensitive_fields": frozenset({"pin"})})
    with sync_client(server.url, config=config) as client:
        client.request(
            POST,
            path="/things",
            json={"password": "hunter2", "pin": "4321", "name": "n1"},
            parse=parse_json,
        )
    text = _text(caplog)
    for secret in (TOKEN, "hunter2", "4321", "RESP-SECRET"):
        assert secret not in text
    assert '"name": "n1"' in text and '"name": "visible"' in text
    assert "'authorization': '***'" in text


def test_failed_attempts_are_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("RTTEST_CLIENT_LOG", "info")
    with sync_client(f"http://127.0.0.1:{closed_port()}", max_retries=1) as client:
        with pytest.raises(APIConnectionError):
            client.request(POST, path="/things", parse=parse_json)
    assert "-> ConnectError (attempt 2, " in _text(caplog)


def test_hostile_base_url_never_shows(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("RTTEST_CLIENT_LOG", "debug")
    for hostile in (
        "https://alice:s3cr3tpw@127.0.0.1:1/",
        "https://127.0.0.1:1/?api_key=s3cr3tpw",
        "https://127.0.0.1:1/#s3cr3tpw",
        "ftp://alice:s3cr3tpw@127.0.0.1/",
        "https://alice:s3cr3tpw@[::1",
    ):
        with pytest.raises(ConfigurationError) as caught:
            SyncAPIClient(config=CONFIG, token=TOKEN, base_url=hostile)
        assert "s3cr3tpw" not in str(caught.value) and "alice" not in str(caught.value)
    monkeypatch.setenv("RTTEST_BASE_URL", "https://alice:s3cr3tpw@127.0.0.1:1/")
    with pytest.raises(ConfigurationError, match="RTTEST_BASE_URL") as caught:
        SyncAPIClient(config=CONFIG, token=TOKEN)
    assert "s3cr3tpw" not in str(caught.value) and "alice" not in str(caught.value)
    assert "s3cr3tpw" not in _text(caplog) and "alice" not in _text(caplog)


def test_error_messages_do_not_contain_the_token(
    server: ScriptedServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RTTEST_CLIENT_LOG", "debug")
    server.always(Reply(500, {"message": f"token {TOKEN} broke us"}))
    with sync_client(server.url, max_retries=0) as client:
        with pytest.raises(InternalServerError) as caught:
            client.request(GET, path="/things/1", parse=parse_json)
    assert TOKEN not in str(caught.value)
    assert TOKEN not in _text(caplog)


def test_debug_never_logs_an_echoed_body_secret_even_in_part(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # The server repeats the secret sent under "pin" (a field only the spec knows is secret)
    # in a response header and in a body long enough to be cut right through the secret.
    monkeypatch.setenv("RTTEST_CLIENT_LOG", "debug")
    secret = "pin-SECRET-0123456789"
    cut_at = LOG_BODY_LIMIT - len('{"note": "') - len(secret) // 2
    echo = {"note": "x" * cut_at + secret + "y" * 100}
    server.reply(Reply(200, echo, headers={"X-Debug-Echo": f"pin={secret}; ok"}))
    config = dataclasses.replace(CONFIG, sensitive_fields=frozenset({"pin"}))
    with sync_client(server.url, config=config) as client:
        client.request(POST, path="/things", json={"pin": secret}, parse=parse_json)
    text = _text(caplog)
    assert "X-Debug-Echo".lower() in text and "x" * 100 in text
    for part in (secret, secret[:8], secret[-8:]):
        assert part not in text
