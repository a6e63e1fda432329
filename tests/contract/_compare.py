"""Compare what a client parsed with the JSON it was given."""

from __future__ import annotations

import datetime
from typing import Any


def _as_datetime(value: object) -> datetime.datetime | None:
    if not isinstance(value, str) or len(value) < 19 or value[4:5] != "-" or value[10:11] != "T":
        return None
    try:
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def to_wire(value: Any) -> Any:
    """A parsed result back as JSON-like data (models through ``to_dict()``)."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list):
        return [to_wire(item) for item in value]
    if isinstance(value, dict):
        return {key: to_wire(item) for key, item in value.items()}
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    raise AssertionError(f"{type(value).__name__} is neither a model nor JSON data: {value!r}")


def differences(parsed: Any, wire: Any, where: str = "$") -> list[str]:
    """Where ``parsed`` (JSON-like) and ``wire`` differ; date-times compare as instants."""
    if isinstance(wire, dict):
        if not isinstance(parsed, dict):
            return [f"{where}: expected an object, got {parsed!r}"]
        found = [f"{where}: key {k!r} lost" for k in wire.keys() - parsed.keys()]
        found += [f"{where}: key {k!r} invented" for k in parsed.keys() - wire.keys()]
        for key in wire.keys() & parsed.keys():
            found += differences(parsed[key], wire[key], f"{where}.{key}")
        return found
    if isinstance(wire, list):
        if not isinstance(parsed, list) or len(parsed) != len(wire):
            return [f"{where}: expected {len(wire)} items, got {parsed!r}"]
        return [
            d
            for i, (p, w) in enumerate(zip(parsed, wire, strict=True))
            for d in differences(p, w, f"{where}[{i}]")
        ]
    wire_time, parsed_time = _as_datetime(wire), _as_datetime(parsed)
    if wire_time is not None and parsed_time is not None:
        return [] if wire_time == parsed_time else [f"{where}: {parsed!r} != {wire!r}"]
    if parsed != wire or type(parsed) is not type(wire):
        return [f"{where}: {parsed!r} != {wire!r}"]
    return []
