"""Secrets never reach a repr, a log line or an exception message."""

from __future__ import annotations

import base64
import html
import json
import time
import traceback
from typing import Any
from urllib.parse import quote

import attrs
import httpx
import pytest

from generator.runtime import (
    REDACTED,
    redact_headers,
    redact_json,
    redact_url,
    redacting_repr,
    safe_repr,
)
from generator.runtime._redaction import (
    Scrubber,
    is_secret_key,
    redact_form,
    redact_text,
    request_secrets,
    scrub_secrets,
)

LISTED = [
    "authorization",
    "token",
    "accessToken",
    "access_token",
    "refreshToken",
    "refresh_token",
    "password",
    "client_secret",
    "authToken",
    "pageAccessToken",
    "privateSigningKey",
    "botAccessToken",
    "appAccessToken",
    "code",
    "state",
    "credentials",
]


def _spellings(name: str) -> list[str]:
    pascal = name[0].upper() + name[1:]
    return [name, name.lower(), name.upper(), pascal, name.replace("_", "-")]


@pytest.mark.parametrize("name", LISTED)
def test_every_listed_key_is_secret_in_every_spelling(name: str) -> None:
    for spelling in _spellings(name):
        assert is_secret_key(spelling), spelling
        assert redact_json({spelling: "s3cr3t"}) == {spelling: REDACTED}


@pytest.mark.parametrize("name", ["webhookVerifyToken", "x-auth-token", "apiKey", "dbPassword"])
def test_unlisted_names_ending_like_secrets_are_secret(name: str) -> None:
    assert is_secret_key(name)


@pytest.mark.parametrize("name", ["name", "tokenType", "expiresIn", "countryCode", "status"])
def test_ordinary_names_are_not_secret(name: str) -> None:
    assert not is_secret_key(name)


def test_redact_json_is_deep_and_keeps_structure() -> None:
    value: dict[str, Any] = {
        "name": "shop",
        "integrations": [{"id": 1, "accessToken": "a"}, {"id": 2, "nested": {"password": "p"}}],
        "refresh_token": None,
    }
    assert redact_json(value) == {
        "name": "shop",
        "integrations": [
            {"id": 1, "accessToken": REDACTED},
            {"id": 2, "nested": {"password": REDACTED}},
        ],
        "refresh_token": None,
    }
    assert value["integrations"][0]["accessToken"] == "a"  # the input is not modified


def test_credentials_objects_are_redacted_entirely() -> None:
    value = {"credentials": {"username": "bob", "host": "h", "extra": {"port": 22, "x": None}}}
    assert redact_json(value) == {
        "credentials": {
            "username": REDACTED,
            "host": REDACTED,
            "extra": {"port": REDACTED, "x": None},
        }
    }


def test_extra_keys_from_the_package() -> None:
    assert redact_json({"pin": "1234", "name": "n"}, frozenset({"pin"})) == {
        "pin": REDACTED,
        "name": "n",
    }
    assert safe_repr({"PIN": 1}, frozenset({"pin"})) == "{'PIN': '***'}"


def test_redact_headers() -> None:
    headers = httpx.Headers(
        {"Authorization": "Bearer abc", "Cookie": "s=1", "X-Api-Key": "k", "Accept": "x"}
    )
    assert redact_headers(headers) == {
        "authorization": REDACTED,
        "cookie": REDACTED,
        "x-api-key": REDACTED,
        "accept": "x",
    }


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://user:pw@api.example.com/a/b?token=t&x=1#frag",
            "https://api.example.com/a/b?token=***&x=***",
        ),
        ("http://127.0.0.1:8080/p", "http://127.0.0.1:8080/p"),
        ("https://h.example/p%2Fq", "https://h.example/p%2Fq"),
    ],
)
def test_redact_url(url: str, expected: str) -> None:
    assert redact_url(url) == expected
    assert redact_url(httpx.URL(url)) == expected


def test_redact_url_of_garbage_shows_nothing() -> None:
    assert redact_url("http://[::1") == "<unparseable URL>"


def test_redact_form_and_text() -> None:
    assert redact_form("grant_type=x&client_secret=s&code=c") == (
        "grant_type=x&client_secret=%2A%2A%2A&code=%2A%2A%2A"
    )
    text = 'oops {"password": "p1", "user": "u"} Authorization: Bearer abc.def token=xyz&a=b'
    redacted = redact_text(text)
    for secret in ("p1", "abc.def", "xyz"):
        assert secret not in redacted
    assert '"user": "u"' in redacted and "a=b" in redacted
    assert json.loads(redact_text('{"token": "t", "n": 1}')) == {"token": REDACTED, "n": 1}


def test_scrub_secrets() -> None:
    assert scrub_secrets("token abcdef rejected", ["abcdef"]) == "token *** rejected"
    assert scrub_secrets("a b", ["a"]) == "a b"  # too short to scrub safely


@attrs.define(repr=False)
class Integration:
    name: str
    page_access_token: str
    pin: str
    settings: dict[str, object] = attrs.field(factory=dict)
    additional_properties: dict[str, object] = attrs.field(factory=dict)

    def __repr__(self) -> str:
        return redacting_repr(self, frozenset({"pin"}))


def test_redacting_repr_of_a_model() -> None:
    model = Integration(
        name="shop",
        page_access_token="EAAG-secret",
        pin="9999",
        settings={"credentials": {"user": "u"}},
        additional_properties={"botAccessToken": "b-secret"},
    )
    text = repr(model)
    for secret in ("EAAG-secret", "9999", "b-secret", "'u'"):
        assert secret not in text
    assert text.startswith("Integration(name='shop', page_access_token='***', pin='***'")
    assert repr(Integration("n", "t", "p")).count("***") == 2


def test_redacting_repr_of_a_plain_object() -> None:
    class Plain:
        def __init__(self) -> None:
            self.user = "u"
            self.password = "pw"
            self._private = "hidden"

    assert redacting_repr(Plain()) == "Plain(user='u', password='***')"


# --- what a call sends, and the scrubber it feeds ---------------------------------------------


def test_code_and_state_are_secret_when_sent_but_not_when_answered() -> None:
    # OAuth's code and state in a request; error codes in an answer (celigo/integrator-api-docs'
    # "code": "invalid_ref", Hubster's numeric "code").
    sent = {"code": "oauth-code", "state": "oauth-state"}
    answered = {"errors": [{"code": "invalid_ref"}], "state": "failed", "token": "t0k3n"}
    assert redact_json(sent) == {"code": REDACTED, "state": REDACTED}
    assert redact_json(answered, frozenset({"code"}), answer=True) == {
        "errors": [{"code": "invalid_ref"}],
        "state": "failed",
        "token": REDACTED,
    }
    assert not is_secret_key("code", frozenset({"code"}), answer=True)
    assert is_secret_key("accessToken", answer=True)


def test_request_secrets_collects_headers_query_and_body_values_under_secret_keys() -> None:
    basic = base64.b64encode(b"alice:basic-pass").decode()
    request = httpx.Request(
        "POST",
        "https://api.example.invalid/x?access_token=q%2Bsecret&page=2",
        headers={
            "Authorization": "Bearer tok-abc",
            "X-Api-Key": "key-123",
            "Proxy-Authorization": f"Basic {basic}",
            "Cookie": "session=sess-456; theme=dark",
        },
        json={
            "name": "shop",
            "pin": 123456,
            "configuration": {"authToken": "twilio-tok", "sid": "AC1"},
            "credentials": {"username": "bob-user", "port": 2222},
            "code": "oauth-code",
        },
    )
    found = set(request_secrets(request, frozenset({"pin"})))
    expected = {
        "Bearer tok-abc", "tok-abc", "key-123", "basic-pass", "alice:basic-pass",
        "q%2Bsecret", "q+secret", "123456", "twilio-tok", "bob-user", "2222", "oauth-code",
        "sess-456",
    }  # fmt: skip
    assert expected <= found
    assert not {"shop", "AC1", "2", "Bearer", "POST"} & found


def test_request_secrets_of_a_form_body() -> None:
    request = httpx.Request(
        "POST", "https://id.example.invalid/connect/token",
        data={"grant_type": "client_credentials", "client_id": "cid", "client_secret": "s&cret v"},
    )  # fmt: skip
    found = request_secrets(request)
    assert "s&cret v" in found and "s%26cret+v" in found
    assert "client_credentials" not in found and "cid" not in found


@pytest.mark.parametrize(
    "written",
    [
        'p"ss/w<o>rd&\\x',  # as is
        json.dumps('p"ss/w<o>rd&\\x')[1:-1],
        json.dumps('p"ss/w<o>rd&\\x')[1:-1].replace("/", "\\/"),
        quote('p"ss/w<o>rd&\\x', safe=""),
        html.escape('p"ss/w<o>rd&\\x'),
        repr('p"ss/w<o>rd&\\x')[1:-1],
        html.escape(json.dumps('p"ss/w<o>rd&\\x')[1:-1]),  # a debug page showing the JSON body
    ],
)
def test_scrubber_finds_a_secret_however_an_echo_wrote_it(written: str) -> None:
    scrubber = Scrubber(['p"ss/w<o>rd&\\x'])
    assert scrubber.literal(f"before {written} after") == "before *** after"


def test_scrubber_replaces_known_secrets_before_patterns_cut_them() -> None:
    # "Bearer" stops at ":"; a token with a colon must still go whole.
    scrubber = Scrubber(["abc:def-ghi"])
    assert scrubber.text("sent Bearer abc:def-ghi here") == "sent Bearer *** here"


def test_scrubber_value_keeps_shape_keys_and_error_codes() -> None:
    scrubber = Scrubber(["tok-SECRET"], frozenset({"code"}))
    body = {"errors": {"tok-SECRET": ["is wrong"], "password": ["too short"]}, "code": 301}
    assert scrubber.value(body) == {
        "errors": {REDACTED: ["is wrong"], "password": ["too short"]},
        "code": 301,
    }


def test_scrubber_cleans_an_exception_chain_in_place() -> None:
    secret = "-".join(("tok", "SECRET", "1"))  # not in this file's source, which tracebacks show
    try:
        try:
            raise ValueError(f"inner {secret} value", secret.encode())
        except ValueError as inner:
            raise RuntimeError(inner) from KeyError(secret)
    except RuntimeError as outer:
        caught = outer
    assert secret in "".join(traceback.format_exception(caught))
    Scrubber([secret]).exception(caught)
    shown = "".join(traceback.format_exception(caught))
    assert secret not in shown
    assert "inner *** value" in shown


def test_key_value_pattern_takes_linear_time_on_a_long_word() -> None:
    # A match tried at every letter of a 50,000-letter word took about 25 s.
    started = time.monotonic()
    assert redact_text("y" * 50_000 + "=1 password=pw") == "y" * 50_000 + "=1 password=***"
    assert time.monotonic() - started < 2.0
