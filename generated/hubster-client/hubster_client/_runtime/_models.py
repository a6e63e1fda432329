# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""Helpers for the generated models: their ``repr`` and the errors of their ``from_dict``.

``from_dict`` reads a decoded answer. It never guesses: a value of the wrong JSON type for a
model (an array for an object, an object for an array) raises ``ResponseShapeError`` rather
than becoming an empty or made-up model, which a following update would send back over the
stored resource (tests/clients/test_odd_answers.py). Each enclosing ``from_dict`` adds its key
or index to the error's path on the way up, so the runtime can say where: ``$.install[1]``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from ._errors import ResponseShapeError
from ._redaction import REDACTED, is_secret_key, redact_json

# What reading a nested value can raise when it is not what the spec says: our own shape error,
# a missing required key (KeyError), and what the stock conversions raise (datetime, enums).
SHAPE_ERRORS: Final = (ResponseShapeError, KeyError, TypeError, ValueError, AttributeError)


def redacting_repr(obj: object, sensitive: frozenset[str] = frozenset()) -> str:
    """``repr`` of a model that prints ``***`` for secret attributes.

    Generated attrs models use it as ``__repr__``. An attribute is secret when its name is in
    ``sensitive`` or is always secret (see ``_redaction``); dicts and lists are redacted deeply
    so that ``additional_properties`` cannot leak a token either.
    """
    import attrs  # noqa: PLC0415 - loaded by the models already; not at `import <package>`

    cls = type(obj)
    names: list[str]
    if attrs.has(cls):
        names = [a.name for a in attrs.fields(cls) if a.repr]
    else:
        names = [name for name in vars(obj) if not name.startswith("_")]
    parts = []
    for name in names:
        value: Any = getattr(obj, name)
        public = name.lstrip("_")
        if is_secret_key(public, sensitive) and value is not None and _is_set(value):
            shown = repr(REDACTED)
        elif isinstance(value, dict | list | tuple):
            shown = repr(redact_json(value, sensitive))
        else:
            shown = repr(value)
        parts.append(f"{public}={shown}")
    return f"{cls.__name__}({', '.join(parts)})"


def _is_set(value: object) -> bool:
    # openapi-python-client's UNSET sentinel is falsy and says nothing secret; show it as is.
    return type(value).__name__ != "Unset"


def shape_error_within(error: Exception, segment: str, value: object, expected: str) -> Exception:
    """``error``, raised while reading ``value`` at ``segment`` of its parent, as a path error.

    ``segment`` is ``".key"`` or ``"[index]"``. A ``ResponseShapeError`` from deeper down gets
    the segment in front of its path; a ``KeyError`` is the required key missing from ``value``
    (deeper ones were turned into shape errors at their own level); anything else (a
    ``TypeError`` from a date-time that is a number, say) becomes "expected ``expected``".
    """
    if isinstance(error, ResponseShapeError):
        return error.within(segment)
    if isinstance(error, KeyError) and isinstance(value, Mapping):
        key = error.args[0] if error.args else "?"
        return ResponseShapeError(f"an object with the required key {key!r}", f"${segment}", value)
    return ResponseShapeError(expected, f"${segment}", value)
