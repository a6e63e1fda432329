"""A careless server that echoes what it was sent, and the checks that nothing of it leaks.

``echoing(shape)`` is a ``ScriptedServer`` responder: it answers with everything the request
carried (the ``Authorization`` header and the token in it, the raw target and body, every JSON,
form and query value) in the fault ``shape``: a JSON body, nested deep, a 400 ``description``
(Hubster's shape), a 422 refusal keyed by what was sent, an OAuth error, an HTML page on 200 or
502, a 2xx text or JSON body, a response header, or a header line the HTTP parser rejects.
``exposed(exc, caplog)`` gathers every text through which an exception and the logs could show
a secret; ``assert_never_shown`` checks a secret (or half of one) is in none of them.
Used by tests/runtime/test_secret_scrubbing.py and tests/clients/test_secret_echo.py.
"""

from __future__ import annotations

import html
import traceback
from collections.abc import Callable, Iterator
from urllib.parse import parse_qs, urlsplit

import pytest

from .server import Recorded, Reply

HTML_HEADERS = {"Content-Type": "text/html; charset=utf-8"}


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str):
        yield value


def sent_values(recorded: Recorded) -> list[str]:
    """Everything the request carried that a careless server might repeat."""
    said = [recorded.target, recorded.body.decode("utf-8", errors="replace")]
    authorization = recorded.header("authorization")
    if authorization:
        said += [authorization, authorization.split(" ", 1)[-1]]
    kind = recorded.headers.get("content-type", "")
    if "json" in kind:
        said += _strings(recorded.json())
    elif "form" in kind:
        said += recorded.form().values()
    said += [v for values in parse_qs(urlsplit(recorded.target).query).values() for v in values]
    return [text for text in said if text]


def echo_answer(shape: str, said: list[str], pad: str = "") -> Reply:
    """The fault ``shape`` with everything ``said`` in it, after ``pad`` filler characters."""
    joined = pad + " | ".join(said)
    page = (
        f"<html><body><h1>Oops</h1><pre>{joined}</pre><!-- {html.escape(joined)} --></body></html>"
    )
    if shape == "json":
        return Reply(400, {"message": f"Rejected: {joined}", "received": said})
    if shape == "nested":
        error = {"code": "invalid_ref", "message": joined, "meta": {"deep": [{"echo": said}]}}
        return Reply(409, {"errors": [error]})
    if shape == "description":
        errors = [
            {"code": 206, "description": f"Value '{pad}{text}' is not valid. (code: PRT000206)"}
            for text in said
        ]
        return Reply(400, {"status": 400, "errors": errors})
    if shape in ("refusal", "refusal2xx"):
        field_errors: dict[str, list[str]] = {"token": [f"{pad}{text} is wrong" for text in said]}
        field_errors.update({text: ["was sent"] for text in said})
        return Reply(422 if shape == "refusal" else 200, {"success": False, "errors": field_errors})
    if shape == "oauth":
        description = f"Unknown client or secret: {joined}"
        return Reply(400, {"error": "invalid_client", "error_description": description})
    if shape == "html200":
        return Reply(200, page, headers=HTML_HEADERS)
    if shape == "html502":
        return Reply(502, page, headers=HTML_HEADERS)
    if shape == "text2xx":
        return Reply(200, joined, headers={"Content-Type": "text/plain"})
    if shape == "shape2xx":
        return Reply(200, {"kind": said})
    if shape == "header":
        # Header values must be one line of latin-1; the secrets here are ASCII.
        challenge = f'Bearer error="invalid_token", token="{said[-1]}"'
        headers = {"WWW-Authenticate": challenge, "X-Echo": joined}
        return Reply(401, {"message": "Not allowed."}, headers=headers)
    if shape == "badheader":
        # A header line the HTTP parser refuses: its error quotes the line.
        return Reply(400, b"", headers={f"X-Echo {joined}": "1"})
    raise AssertionError(f"unknown fault shape {shape!r}")


def echoing(shape: str | None = None, pad: Callable[[], str] = str) -> Callable[[Recorded], Reply]:
    """A responder answering ``shape`` (by default the last segment of the path) with an echo."""

    def respond(recorded: Recorded) -> Reply:
        chosen = shape or recorded.path.rsplit("/", 1)[-1]
        return echo_answer(chosen, sent_values(recorded), pad())

    return respond


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo = [exc]
    while todo:
        link = todo.pop()
        if id(link) in seen:
            continue
        seen.add(id(link))
        yield link
        todo += [e for e in (link.__cause__, link.__context__) if e is not None]


def exposed(exc: BaseException, caplog: pytest.LogCaptureFixture | None = None) -> list[str]:
    """Every text through which ``exc`` (and the captured logs) could show a secret."""
    texts = ["".join(traceback.format_exception(exc))]
    if caplog is not None:
        texts += [caplog.text, *(record.getMessage() for record in caplog.records)]
    for link in _chain(exc):
        texts += [str(link), repr(link), repr(link.args)]
        for name in ("message", "details", "field_errors", "body"):
            if hasattr(link, name):
                texts.append(repr(getattr(link, name)))
    return texts


def assert_never_shown(texts: list[str], secret: str) -> None:
    """Neither ``secret`` nor a half of it (a cut through its middle) is in ``texts``."""
    half = max(6, len(secret) // 2)
    for text in texts:
        for part in (secret, secret[:half], secret[-half:]):
            assert part not in text, f"{part!r} leaked in {text[:2000]!r}"
