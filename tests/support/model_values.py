"""Values of every generated model: from the vendors' examples, and drawn by hypothesis.

``model_classes(package)`` lists the attrs classes a package answers and takes: every model of
``<package>.models`` and, for Hubster, the override classes of ``_channels``.
``instances(cls)`` is a hypothesis strategy of ``cls`` built from its attrs fields and their type
hints: every optional field set or ``UNSET``, enums with known and unknown values, date-times
read from wire text (``WireDateTime``) and made in Python, free-form JSON in ``Any`` fields and
``additional_properties``. ``example_instances(package)`` parses every JSON block of the vendor
and seed examples (tests/support/examples.py) with every model that reads it, and answers each
model found in the results, nested ones included.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import types
import typing
from collections.abc import Iterator
from typing import Any

import attrs
from hypothesis import strategies as st

from .examples import seed_blocks, vendor_blocks

PACKAGES = ("autobutler_client", "integratorio_client", "hubster_client")
_API = {
    "autobutler_client": "autobutler",
    "integratorio_client": "integratorio",
    "hubster_client": "hubster",
}
# Hand-written classes the clients answer besides the generated models.
_OVERRIDE_CLASSES = {"hubster_client": ("_channels", ("UnknownIntegration", "IntegrationPage"))}

JSON: st.SearchStrategy[Any] = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def model_classes(package: str) -> list[type[Any]]:
    """Every attrs class of ``<package>.models``, and the override classes the client answers."""
    models = importlib.import_module(f"{package}.models")
    found = [getattr(models, name) for name in models.__all__]
    classes = [cls for cls in found if attrs.has(cls)]
    if package in _OVERRIDE_CLASSES:
        module_name, names = _OVERRIDE_CLASSES[package]
        module = importlib.import_module(f"{package}.{module_name}")
        classes += [getattr(module, name) for name in names]
    return classes


def _datetimes(package: str) -> st.SearchStrategy[datetime.datetime]:
    parse = importlib.import_module(f"{package}.types").parse_datetime
    instants = st.datetimes(timezones=st.just(datetime.UTC))
    as_read = instants.flatmap(
        lambda value: st.sampled_from(
            [value.isoformat(), value.isoformat().replace("+00:00", "Z")]
        ).map(parse)
    )
    return instants | as_read


def _enum_values(cls: type[enum.Enum]) -> st.SearchStrategy[Any]:
    known = st.sampled_from(list(cls))
    values = {member.value for member in cls}
    unknown: st.SearchStrategy[Any]
    if issubclass(cls, int):
        unknown = st.integers(-1000, 10_000).filter(lambda v: v not in values)
    else:
        unknown = st.text(min_size=1, max_size=8).filter(lambda v: v not in values)
    # The generated enums keep values they do not know (quirk 8 of overrides/README.md).
    return known | unknown.map(cls)


def _for_hint(hint: Any, package: str) -> st.SearchStrategy[Any]:
    unset = importlib.import_module(f"{package}.types")
    origin = typing.get_origin(hint)
    if hint is unset.Unset:
        return st.just(unset.UNSET)
    if hint is type(None):
        return st.none()
    if hint is Any:
        return JSON
    if origin in (typing.Union, types.UnionType):
        return st.one_of([_for_hint(arg, package) for arg in typing.get_args(hint)])
    if origin is typing.Literal:
        return st.sampled_from(typing.get_args(hint))
    if origin is list:
        (item,) = typing.get_args(hint)
        return st.lists(_for_hint(item, package), max_size=2)
    if origin is dict:
        _, value = typing.get_args(hint)
        return st.dictionaries(st.text(max_size=6), _for_hint(value, package), max_size=3)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _enum_values(hint)
    if hint is bool:
        return st.booleans()
    if hint is int:
        return st.integers(-(2**53), 2**53)
    if hint is float:
        return st.floats(allow_nan=False, allow_infinity=False)
    if hint is str:
        return st.text(max_size=12)
    if hint is datetime.datetime:
        return _datetimes(package)
    if isinstance(hint, type) and attrs.has(hint):
        return st.deferred(lambda: instances(hint))
    raise AssertionError(f"no strategy for {hint!r}: add one to tests/support/model_values.py")


def instances(cls: type[Any]) -> st.SearchStrategy[Any]:
    """Instances of the attrs class ``cls``, every field drawn from its type hint."""
    if cls not in _STRATEGIES:
        _STRATEGIES[cls] = _instances(cls)
    return _STRATEGIES[cls]


_STRATEGIES: dict[type[Any], st.SearchStrategy[Any]] = {}


def _instances(cls: type[Any]) -> st.SearchStrategy[Any]:
    if cls.__name__ == "UnknownIntegration":
        return _unknown_integrations(cls)
    package = cls.__module__.split(".", 1)[0]
    hints = typing.get_type_hints(cls)
    arguments = {
        field.alias: _for_hint(hints[field.name], package)
        for field in attrs.fields(cls)
        if field.init
    }
    # Unknown keys (``additional_properties``) are set after construction, typed as declared.
    extra = [
        _for_hint(hints[field.name], package)
        for field in attrs.fields(cls)
        if not field.init and field.name == "additional_properties"
    ]

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        instance = cls(**{name: draw(strategy) for name, strategy in arguments.items()})
        for strategy in extra:
            instance.additional_properties = draw(strategy)
        return instance

    return build()


def _unknown_integrations(cls: type[Any]) -> st.SearchStrategy[Any]:
    # Hubster's UnknownIntegration is the answer as read (``raw``), parsed by its from_dict:
    # drawn as answers of channels the client has no class for.
    answers = st.builds(
        lambda channel, extra: {**extra, "channelId": channel},
        st.sampled_from(["WhatsApp", 107, "Line", 105]),
        st.dictionaries(st.text(max_size=6), JSON, max_size=3)
        | st.fixed_dictionaries(
            {"name": st.text(max_size=8)},
            optional={"statusId": st.integers(0, 5000), "configuration": JSON},
        ),
    )
    return answers.map(cls.from_dict)


def _blocks(package: str) -> Iterator[Any]:
    api = _API[package]
    yield from (block["value"] for block in vendor_blocks(api))
    yield from (block["value"] for block in seed_blocks() if block["spec"] == f"{api}.yaml")


def _json_objects(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _json_objects(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_objects(item)


def nested_models(value: Any) -> Iterator[Any]:
    """``value`` and every attrs instance inside it (fields, lists and dicts of them)."""
    if attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            yield from nested_models(getattr(value, field.name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from nested_models(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from nested_models(item)


def example_instances(package: str) -> list[Any]:
    """Every model read from the examples: each object of each block, by each class that reads
    at least one of its declared fields from it, and every model nested in what it read."""
    found: list[Any] = []
    classes = model_classes(package)
    for block in _blocks(package):
        for data in _json_objects(block):
            for cls in classes:
                try:
                    instance = cls.from_dict(data)
                except (KeyError, TypeError, ValueError, AttributeError):
                    continue
                if _read_something(instance):
                    found += nested_models(instance)
    return found


def _read_something(instance: Any) -> bool:
    unset = importlib.import_module(f"{type(instance).__module__.split('.', 1)[0]}.types").UNSET
    return any(
        getattr(instance, field.name) is not unset
        for field in attrs.fields(type(instance))
        if field.name not in ("additional_properties", "raw")
    )
