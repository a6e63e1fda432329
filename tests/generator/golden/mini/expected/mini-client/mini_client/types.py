# Generated from specs/mini.yaml + overrides/mini/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/mini/ or generator/ and run `make generate`.
"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, Any, BinaryIO, ClassVar, Generic, Literal, SupportsIndex, TypeVar


class Unset:
    """The type of ``UNSET``: a field the API did not send, which ``to_dict()`` leaves out.

    There is one instance, ``UNSET``, and the generated code tests ``is UNSET``; so ``Unset()``,
    ``copy``, ``deepcopy`` and ``pickle`` (Celery, multiprocessing, caches) all give back that
    instance. A pickle names it by module and name, as it names a class, so a model pickled in
    one process reads back in another with ``UNSET`` where it was (tests/clients/test_pickling.py).
    """

    __slots__ = ()
    _instance: ClassVar["Unset | None"] = None

    def __new__(cls) -> "Unset":
        # Unpickling what an older client pickled (protocol 2 and later) calls it too.
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> "Unset":
        return self


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


# dataclasses, not attrs as in the stock template: the clients import this module, and attrs
# would add ~9 ms to `import <package>` (make bench); the models import attrs when first used.
@dataclass
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class WireDateTime(datetime.datetime):
    """A date-time read from the API that remembers the text it was read from.

    Why: integrator.io's PUT replaces the whole resource, so a read-modify-write must send back
    what it read. ``datetime.isoformat()`` would turn ``2017-08-07T18:34:07.786Z`` into
    ``2017-08-07T18:34:07.786000+00:00``: the same instant in other bytes. ``format_datetime``
    writes the remembered text instead. A datetime is immutable and every derived value
    (arithmetic, ``replace()``, ``astimezone()``) is a new object without the text, so the text
    is only ever written for the very instant it was read as.
    """

    __slots__ = ("_wire_text",)
    _wire_text: str

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        # copy, deepcopy and pickle keep the text (datetime's own reduce would drop it).
        text = getattr(self, "_wire_text", None)
        if text is None:
            return super().__reduce_ex__(protocol)
        return (parse_datetime, (text,))


def parse_datetime(text: str) -> datetime.datetime:
    """Read an RFC 3339 date-time from the API, keeping its text for ``format_datetime``."""
    value = WireDateTime.fromisoformat(text)
    value._wire_text = text
    return value


def format_datetime(value: datetime.datetime) -> str:
    """The wire text of ``value``: as it was read when unchanged, else ``isoformat()``."""
    text = getattr(value, "_wire_text", None)
    return text if isinstance(text, str) else value.isoformat()


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "WireDateTime",
    "format_datetime",
    "parse_datetime",
]
