"""Percent-encoding of path parameters, and joining encoded paths onto the base URL.

A path parameter is data, never structure: whatever a caller passes, the request must reach the
endpoint the generated method names. So every character outside RFC 3986's *unreserved* set is
percent-encoded, including ``/ ? # %``, and a value that is exactly ``.`` or ``..`` becomes
``%2E`` or ``%2E%2E``: as a literal dot segment it would be removed by URL normalisation (httpx
0.28 does so in ``URL.copy_with``) and send the request to the parent resource.

httpx keeps existing ``%XX`` escapes as they are and does not decode ``%2E``, so the bytes built
here are the bytes on the wire; ``tests/runtime/test_paths.py`` checks this on a real socket.
"""

from __future__ import annotations

import datetime
import enum
import string
import sys
from typing import Final

import httpx

_UNRESERVED: Final = frozenset(string.ascii_letters + string.digits + "-._~")
# Characters that may appear literally in an already-encoded path: RFC 3986 pchar plus "/".
_PATH_CHARS: Final = _UNRESERVED | frozenset("!$&'()*+,;=:@/%")
# These would end or restructure the path whatever the API; `safe` may never include them.
_NEVER_SAFE: Final = frozenset("/?#%\r\n ")
_HEX: Final = frozenset(string.hexdigits)


def _to_text(value: object) -> str:
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8")
    if isinstance(value, str | int | float):
        return str(value)
    # uuid is not imported here: it costs ~3 ms of import time (it imports platform), and a
    # value cannot be a UUID unless the caller has imported uuid already.
    uuid_module = sys.modules.get("uuid")
    if uuid_module is not None and isinstance(value, uuid_module.UUID):
        return str(value)
    raise TypeError(
        f"A {type(value).__name__} cannot be used as a path parameter. "
        "Pass a str, int, float, bool, UUID, date or Enum."
    )


def encode_path_segment(value: object, *, safe: str = "") -> str:
    """Percent-encode ``value`` for use as exactly one path segment.

    ``safe`` lists characters to leave as they are, such as ``":"`` for names that contain
    ``::``; it may not contain ``/ ? # %``, space or line breaks.
    """
    if unsafe := _NEVER_SAFE.intersection(safe):
        raise ValueError(
            f"encode_path_segment(safe=...) may not contain {''.join(sorted(unsafe))!r}: those "
            "characters would change the path's structure. Remove them from `safe`."
        )
    if value is None:
        raise ValueError(
            "A path parameter is None. Pass a value: a missing segment would call another endpoint."
        )
    text = _to_text(value)
    if not text:
        raise ValueError(
            "A path parameter is the empty string. Pass a non-empty value: an empty segment "
            "would call another endpoint."
        )
    keep = _UNRESERVED.union(safe) if safe else _UNRESERVED
    if keep.issuperset(text):  # the common case (ids), checked in C rather than per character
        encoded = text
    else:
        encoded = "".join(
            char if char in keep else "".join(f"%{byte:02X}" for byte in char.encode("utf-8"))
            for char in text
        )
    if encoded in (".", ".."):
        return "%2E" * len(encoded)
    return encoded


def join_path(base_path: bytes, path: str) -> bytes:
    """Append the encoded ``path`` to the base URL's path, changing nothing in it.

    ``path`` must already be encoded (see ``encode_path_segment``). A literal ``.`` or ``..``
    segment, which openapi-python-client's ``quote(..., safe="")`` lets through, is encoded so
    that it stays data.
    """
    if path and not path.startswith("/"):
        raise ValueError(
            f"The request path {path!r} does not start with '/'. Pass the path relative to the "
            "base URL, starting with '/'."
        )
    if not _PATH_CHARS.issuperset(path):
        bad = sorted({char for char in path if char not in _PATH_CHARS})
        raise ValueError(
            f"The request path contains characters that must be percent-encoded: {bad!r}. "
            "Encode each path parameter with encode_path_segment()."
        )
    _check_escapes(path)
    segments = path.split("/")
    if "" in segments[1:-1]:
        raise ValueError(
            "The request path contains an empty segment ('//'), which would call another "
            "endpoint. A path parameter was probably empty; pass a non-empty value."
        )
    segments = ["%2E" * len(s) if s in (".", "..") else s for s in segments]
    return base_path.rstrip(b"/") + "/".join(segments).encode("ascii")


def _check_escapes(path: str) -> None:
    index = path.find("%")
    while index != -1:
        if not (_HEX.issuperset(path[index + 1 : index + 3]) and len(path) >= index + 3):
            raise ValueError(
                "The request path contains a '%' that does not start a %XX escape. Encode each "
                "path parameter with encode_path_segment()."
            )
        index = path.find("%", index + 1)


def url_with_path(base: httpx.URL, raw_path: bytes) -> httpx.URL:
    """``base`` with its path replaced by ``raw_path``, as ``join_path`` built it.

    Why not ``base.copy_with(raw_path=...)``: that parses and validates the whole URL again,
    about 15 µs, a third of the runtime's own CPU per call (measured by ``make bench``). Nothing
    here needs it: ``join_path`` has checked every character of the path and every ``%XX``
    escape, encoded the dot segments, and the base URL has no query or fragment (the client
    refuses them). So only the path of httpx's parsed URL is swapped. On an httpx whose URL
    internals differ this falls back to ``copy_with``; ``tests/runtime/test_paths.py`` checks
    that both give the same URL.
    """
    replace = getattr(getattr(base, "_uri_reference", None), "_replace", None)
    if replace is None or b"?" in raw_path or b"#" in raw_path:
        return base.copy_with(raw_path=raw_path)
    url = httpx.URL.__new__(httpx.URL)
    url._uri_reference = replace(path=raw_path.decode("ascii"))
    return url
