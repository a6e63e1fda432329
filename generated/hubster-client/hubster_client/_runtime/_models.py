# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""Helpers for the generated models."""

from __future__ import annotations

from typing import Any

from ._redaction import REDACTED, is_secret_key, redact_json


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
