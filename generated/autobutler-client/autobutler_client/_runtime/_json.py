# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
"""JSON in and out: an answer is read only into values the client can send back unchanged.

A read-modify-write sends back what a read built (integrator.io's PUT replaces the whole
resource, celigo/integrator-api-docs integration.md), so a value that reads but cannot be
written back is a trap: the update fails with a raw ``ValueError`` or, worse, sends another
value. ``json.loads`` accepts three such things:

- a number past a float's range: ``1e400`` reads as ``inf``, which httpx refuses to send
  (``allow_nan=False``), and ``1e-400`` reads as ``0.0``, which it sends as ``0.0``;
- the ``NaN`` and ``Infinity`` literals, which are not JSON at all (RFC 8259, section 6);
- a lone surrogate escape (``"\\ud800"``): valid JSON text whose string is not Unicode, so
  encoding it as UTF-8 fails.

A float cannot remember the text it came from, so ``read_json`` refuses the first two at read
time with ``UnwritableValue`` (the runtime reports an ``APIResponseValidationError`` naming the
JSON path). A lone surrogate is kept: ``encode_json`` writes it back as the escape it came as and
every other character as it came. Proven by tests/clients/test_odd_answers.py.
"""

from __future__ import annotations

import json
from typing import Any, Final

import httpx

_INFINITIES: Final = frozenset({float("inf"), float("-inf")})
_NONZERO_DIGITS: Final = frozenset("123456789")


class UnwritableValue(ValueError):
    """A value of an answer the client could not send back unchanged.

    ``value`` is its JSON text, ``path`` where it is and ``reason`` why it cannot be kept.
    """

    def __init__(self, value: str, reason: str, path: str = "$") -> None:
        self.value = value
        self.reason = reason
        self.path = path
        super().__init__(f"{value} at {path}, {reason}")


_NOT_JSON: Final = "a float value that JSON has no way to write"


class _Refused:
    """Stands for a refused literal while ``_locate`` looks for its path."""

    __slots__ = ("reason", "value")

    def __init__(self, value: str, reason: str) -> None:
        self.value = value
        self.reason = reason


def _float_trouble(text: str) -> str | None:
    """Why a float cannot hold the number literal ``text``, or None when it can."""
    value = float(text)
    if value in _INFINITIES:
        return "past the range of a float (about ±1.8e308)"
    if not value and _NONZERO_DIGITS.intersection(text.partition("e")[0].partition("E")[0]):
        return "too small for a float: it would read as 0"
    return None


def _checked_float(text: str) -> float:
    # Called by the decoder for every literal with a fraction or an exponent.
    trouble = _float_trouble(text)
    if trouble is not None:
        raise UnwritableValue(f"the number {text}", trouble)
    return float(text)


def _refuse_constant(text: str) -> Any:
    raise UnwritableValue(text, _NOT_JSON)


def _mark_float(text: str) -> Any:
    trouble = _float_trouble(text)
    return float(text) if trouble is None else _Refused(f"the number {text}", trouble)


def _mark_constant(text: str) -> Any:
    return _Refused(text, _NOT_JSON)


# Built once: json.loads(..., parse_float=...) would build a decoder per call.
_DECODER: Final = json.JSONDecoder(parse_float=_checked_float, parse_constant=_refuse_constant)
_MARKING_DECODER: Final = json.JSONDecoder(parse_float=_mark_float, parse_constant=_mark_constant)


def _text(content: bytes) -> str:
    # What json.loads does with bytes: UTF-8, -16 or -32 by the first bytes.
    return content.decode(json.detect_encoding(content), "surrogatepass")


def _locate(value: Any) -> tuple[str, _Refused]:
    """The JSON path of the first refused value, in document order, and the value."""
    stack: list[tuple[Any, str]] = [(value, "$")]
    while stack:
        item, path = stack.pop()
        if isinstance(item, _Refused):
            return path, item
        if isinstance(item, dict):
            stack.extend((v, f"{path}.{k}") for k, v in reversed(item.items()))
        elif isinstance(item, list):
            stack.extend((v, f"{path}[{i}]") for i, v in reversed(list(enumerate(item))))
    return "$", _Refused("a value", "that a float cannot hold")  # not reached


def read_json(response: httpx.Response) -> Any:
    """The decoded body of ``response``, refusing what could not be sent back unchanged.

    Raises ``UnwritableValue`` (a ``ValueError``) for a number a float cannot hold and for
    ``NaN``/``Infinity``, ``json.JSONDecodeError`` for a body that is not JSON, and
    ``RecursionError`` for nesting deeper than Python's recursion limit.
    """
    text = _text(response.content)
    try:
        return _DECODER.decode(text)
    except UnwritableValue:
        # Only now, on the failure path, find where it was: a second decode that marks instead.
        path, refused = _locate(_MARKING_DECODER.decode(text))
        raise UnwritableValue(refused.value, refused.reason, path) from None


def encode_json(value: Any) -> bytes:
    """``value`` as httpx encodes a ``json=`` body, with lone surrogates written as escapes.

    httpx writes ``json.dumps(..., ensure_ascii=False, separators=(",", ":"),
    allow_nan=False)`` as UTF-8, which cannot encode a lone surrogate. Only a surrogate can
    fail to encode, and in JSON text it can only stand inside a string, where
    ``backslashreplace`` writes it as the JSON escape ``\\udXXX``: the same string, while every
    other character keeps its bytes.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.encode("utf-8", "backslashreplace")


def copy_json(value: Any) -> Any:
    """A deep copy of a decoded JSON value, at any depth (no recursion, unlike deepcopy).

    Only dicts and lists are copied; anything else is immutable in decoded JSON and is shared.
    """
    if not isinstance(value, dict | list):
        return value
    root: Any = {} if isinstance(value, dict) else []
    stack: list[tuple[Any, Any]] = [(value, root)]
    while stack:
        source, target = stack.pop()
        items = source.items() if isinstance(source, dict) else enumerate(source)
        for key, item in items:
            if isinstance(item, dict | list):
                copied: Any = {} if isinstance(item, dict) else []
                stack.append((item, copied))
                item = copied
            if isinstance(target, dict):
                target[key] = item
            else:
                target.append(item)
    return root
