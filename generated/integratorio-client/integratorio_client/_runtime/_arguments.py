# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""Checking a resource method's arguments before anything is sent.

A wrong argument fails where it was passed, with a ``TypeError`` that names the method, the
argument and what it takes: not as an ``AttributeError`` deep in a request builder, and never as
a request the server acts on (a ``None`` id would call another endpoint; a dict that does not
fit the model would send an empty object over a stored one). The generated methods
(generator/templates/sdk/_client.py.jinja) call these only off their fast path: an argument of
the expected type costs one ``isinstance``. Proven by tests/clients/test_argument_types.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ._errors import ResponseShapeError
from ._models import SHAPE_ERRORS
from ._paths import _to_text

ModelT = TypeVar("ModelT")


def _kind(value: object) -> str:
    """``None``, ``a list``, ``an Integration``: how a message names what was passed."""
    if value is None:
        return "None"
    name = type(value).__name__
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def _names(models: tuple[type, ...]) -> str:
    names = [model.__name__ for model in models]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def model_body(model: type[ModelT], value: object, where: str, name: str) -> ModelT:
    """``value`` as ``model`` for the body argument ``name`` of ``where``: a mapping is read
    with ``model.from_dict``; anything else raises ``TypeError``."""
    cls = model.__name__
    if not isinstance(value, Mapping):
        raise TypeError(
            f"{where}() takes `{name}` as a {cls} or a dict of its fields, not {_kind(value)}. "
            f"Pass the {cls} (as another call returned it, or built in code) or a dict."
        )
    try:
        built: ModelT = cast(Any, model).from_dict(value)
        return built
    except SHAPE_ERRORS as exc:
        if isinstance(exc, ResponseShapeError):
            reason = str(exc)
        elif isinstance(exc, KeyError):
            reason = f"the required key {exc.args[0]!r} is missing"
        else:
            reason = f"{type(exc).__name__}: {exc}"
        raise TypeError(
            f"The dict passed as `{name}` to {where}() does not fit {cls}: {reason}. Fix the "
            f"dict ($ is the dict itself), or build a {cls}."
        ) from None


class MappingBody:
    """A body given as a plain mapping where the spec allows several models: sent as it is."""

    __slots__ = ("_fields",)

    def __init__(self, fields: Mapping[str, Any]) -> None:
        self._fields = fields

    def to_dict(self) -> dict[str, Any]:
        return dict(self._fields)


def union_body(models: tuple[type, ...], value: object, where: str, name: str) -> object:
    """The body argument ``name`` of ``where``, which takes one of ``models``, when it is not
    one of them: a mapping is sent as it is, another model (one a read returned, which the
    README's read-modify-write passes back) as its ``to_dict()``; anything else raises."""
    if isinstance(value, Mapping):
        return MappingBody(value)
    if callable(getattr(value, "to_dict", None)):
        return value
    raise TypeError(
        f"{where}() takes `{name}` as {_names(models)}, or a dict of the fields to send, not "
        f"{_kind(value)}. Build one of those classes, or pass a dict."
    )


def check_path_argument(value: object, where: str, name: str) -> None:
    """Raise ``TypeError`` unless ``value`` can stand as one path segment (see ``_paths``)."""
    if value is None:
        raise TypeError(
            f"{where}() got None for `{name}`. Pass the {name} as a string: without it the "
            "request would go to another endpoint."
        )
    try:
        _to_text(value)
    except TypeError:
        several = (
            " To act on several, call the method once for each."
            if isinstance(value, list | tuple | set | frozenset)
            else ""
        )
        raise TypeError(
            f"{where}() takes `{name}` as a string (or a number, UUID, date or Enum), not "
            f"{_kind(value)}.{several}"
        ) from None


def nested_type_error(exc: AttributeError, where: str, name: str) -> TypeError:
    """The ``TypeError`` for a body whose ``to_dict()`` failed on a field of the wrong type
    (a dict where a model is expected, a string where an enum or a date-time is)."""
    what = f"a field of `{name}`" if name else "an argument"
    return TypeError(
        f"{where}(): {what} has the wrong type ({exc}). Build nested values with the model "
        "classes, enums and datetimes the annotations name"
        + (", or pass the whole body as a dict." if name else ".")
    )
