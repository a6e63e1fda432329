"""Path parameters are encoded so that they can never change which endpoint is called."""

from __future__ import annotations

import enum
import string
import uuid
from urllib.parse import quote, unquote

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.runtime import Operation, encode_path_segment
from generator.runtime._paths import join_path, url_with_path
from tests.support import Reply, ScriptedServer

from .conftest import GET, parse_json, sync_client

_ALLOWED = set(string.ascii_letters + string.digits + "-._~%")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("plain-Name_1.x~", "plain-Name_1.x~"),
        ("a/b", "a%2Fb"),
        ("a?b", "a%3Fb"),
        ("a#b", "a%23b"),
        ("100%", "100%25"),
        ("a b", "a%20b"),
        ("cr\rlf\n", "cr%0Dlf%0A"),
        ("été", "%C3%A9t%C3%A9"),
        ("日本", "%E6%97%A5%E6%9C%AC"),
        ("a::b", "a%3A%3Ab"),
        ("+&=;,@", "%2B%26%3D%3B%2C%40"),
        (".", "%2E"),
        ("..", "%2E%2E"),
        ("...", "..."),
        ("%2E%2E", "%252E%252E"),
    ],
)
def test_encode_path_segment_encodes_everything_reserved(value: str, expected: str) -> None:
    assert encode_path_segment(value) == expected


def test_safe_characters_are_kept() -> None:
    assert encode_path_segment("pkg::Name/x", safe=":") == "pkg::Name%2Fx"


@pytest.mark.parametrize("safe", ["/", "?", "#", "%", " ", "\n", ":/"])
def test_safe_may_not_include_structural_characters(safe: str) -> None:
    with pytest.raises(ValueError, match="may not contain"):
        encode_path_segment("x", safe=safe)


def test_non_string_values_are_rendered() -> None:
    class Colour(enum.Enum):
        RED = "red/ish"

    assert encode_path_segment(42) == "42"
    assert encode_path_segment(True) == "true"
    assert encode_path_segment(Colour.RED) == "red%2Fish"
    ident = uuid.UUID("12345678-1234-5678-1234-567812345678")
    assert encode_path_segment(ident) == str(ident)


@pytest.mark.parametrize("value", ["", None])
def test_empty_or_missing_values_are_refused(value: object) -> None:
    with pytest.raises(ValueError, match="another endpoint"):
        encode_path_segment(value)


def test_unsupported_types_are_refused() -> None:
    with pytest.raises(TypeError, match="cannot be used as a path parameter"):
        encode_path_segment(["a"])


@given(st.text(min_size=1))
def test_encoding_round_trips_and_is_one_segment(value: str) -> None:
    encoded = encode_path_segment(value)
    assert set(encoded) <= _ALLOWED
    assert encoded not in (".", "..")
    assert unquote(encoded, errors="strict") == value


@given(st.text(min_size=1))
def test_encoding_with_colon_safe_is_still_one_segment(value: str) -> None:
    encoded = encode_path_segment(value, safe=":")
    assert "/" not in encoded and "?" not in encoded and "#" not in encoded
    assert unquote(encoded, errors="strict") == value


def test_join_path_keeps_the_prefix_and_the_escapes() -> None:
    joined = join_path(b"/api/v2/mechanics/", "/things/a%2Fb/%2E%2E")
    assert joined == b"/api/v2/mechanics/things/a%2Fb/%2E%2E"


def test_join_path_encodes_literal_dot_segments() -> None:
    # openapi-python-client's quote(str(x), safe="") lets "." and ".." through.
    assert join_path(b"/api", "/things/../x/.") == b"/api/things/%2E%2E/x/%2E"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("things", "does not start with '/'"),
        ("/things?x=1", "must be percent-encoded"),
        ("/a b", "must be percent-encoded"),
        ("/caf\u00e9", "must be percent-encoded"),
        ("/things/%zz", "does not start a %XX escape"),
        ("/things/%2", "does not start a %XX escape"),
        ("/things//x", "empty segment"),
    ],
)
def test_join_path_refuses_unencoded_paths(path: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        join_path(b"/", path)


HOSTILE = [".", "..", "a/b", "../../admin", "q?x=1", "h#f", "50%", "sp ace", "l\r\nb", "ünï"]


def test_hostile_values_reach_the_wire_unchanged(server: ScriptedServer) -> None:
    server.always(Reply(200, {}))
    base = server.url + "/api/v2/mechanics"
    with sync_client(base) as client:
        for value in HOSTILE:
            client.request(GET, path="/things/" + encode_path_segment(value), parse=parse_json)
        client.request(
            Operation("get", "GET", "/n/{name}"),
            path="/n/" + encode_path_segment("pkg::Thing", safe=":"),
            parse=parse_json,
        )
    targets = [r.target for r in server.requests]
    expected = ["/api/v2/mechanics/things/" + encode_path_segment(v) for v in HOSTILE]
    assert targets == [*expected, "/api/v2/mechanics/n/pkg::Thing"]
    assert "/api/v2/mechanics/things/%2E%2E" in targets  # not normalised away by httpx


def test_send_kwargs_paths_from_openapi_python_client_stay_in_place(server: ScriptedServer) -> None:
    server.always(Reply(200, {}))
    with sync_client(server.url + "/api") as client:
        for value in ("..", "."):
            kwargs = {"method": "get", "url": "/things/{id}".format(id=quote(value, safe=""))}
            client.send_kwargs(GET, kwargs, parse_json)
    assert [r.target for r in server.requests] == ["/api/things/%2E%2E", "/api/things/%2E"]


def test_query_parameters_follow_the_encoded_path(server: ScriptedServer) -> None:
    server.reply(Reply(200, {}))
    with sync_client(server.url) as client:
        client.request(GET, path="/things/a%2Fb", params={"q": "x y&z"}, parse=parse_json)
    assert server.requests[0].target == "/things/a%2Fb?q=x+y%26z"


BASES = ["https://api.example.com", "https://api.example.com/v1", "http://127.0.0.1:8080/a/b/"]


@pytest.mark.parametrize("base", BASES)
@given(
    segments=st.lists(st.text(min_size=1), min_size=1, max_size=4), safe=st.sampled_from(["", ":"])
)
def test_url_with_path_gives_the_url_copy_with_would(
    base: str, segments: list[str], safe: str
) -> None:
    base_url = httpx.URL(base)
    path = "/" + "/".join(encode_path_segment(s, safe=safe) for s in segments)
    raw_path = join_path(base_url.raw_path, path)
    fast = url_with_path(base_url, raw_path)
    slow = base_url.copy_with(raw_path=raw_path)
    assert fast == slow
    assert str(fast) == str(slow)
    assert fast.raw_path == slow.raw_path == raw_path
    # httpx builds the request from it without touching the path.
    assert httpx.Request("GET", fast).url.raw_path == raw_path


def test_url_with_path_falls_back_to_copy_with(monkeypatch: pytest.MonkeyPatch) -> None:
    base = httpx.URL("https://api.example.com/v1")
    # A URL that does not keep its parts in _uri_reference (another httpx): no guessing.
    plain = httpx.URL.__new__(httpx.URL)
    monkeypatch.setattr(plain, "copy_with", lambda **kw: ("copy_with", kw), raising=False)
    assert url_with_path(plain, b"/v1/x") == ("copy_with", {"raw_path": b"/v1/x"})
    # A query or fragment in the path is never swapped in as path text.
    assert url_with_path(base, b"/v1/x?q=1").query == b"q=1"
