# Generated from specs/mini.yaml + overrides/mini/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/mini/ or generator/ and run `make generate`.
"""Turn a pydantic ``ValidationError`` into plain problems each fake words in its API's shape.

The fakes validate request bodies with the pydantic models that datamodel-code-generator made
from the same spec as the client (``_wire_models.py``): a second, independent reading of it. A
body the client builds but these models refuse is a disagreement between the two generators,
and the fake answers it with the API's documented validation error, so a test fails.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a body: where, what, and whether a value is simply missing."""

    location: tuple[str | int, ...]
    message: str
    missing: bool

    @property
    def field(self) -> str:
        """The location as ``a.b[0].c``; empty for the body as a whole."""
        return location_text(self.location)


def location_text(location: tuple[str | int, ...]) -> str:
    text = ""
    for part in location:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def problems(exc: ValidationError) -> list[Problem]:
    """Every problem pydantic found, in its order."""
    found: list[Problem] = []
    for error in exc.errors(include_url=False, include_input=False):
        location = tuple(part for part in error["loc"] if isinstance(part, str | int))
        found.append(Problem(location, str(error["msg"]), error["type"] == "missing"))
    return found


def validate(model: type[BaseModel], data: Any) -> list[Problem]:
    """Validate ``data`` (parsed JSON) against ``model``; no problems means it is valid.

    Validation only: the fakes store what was sent, not the model's coerced copy, so unknown
    keys and exact spellings survive a round trip as they would on the real server.
    """
    try:
        # Strict JSON mode: the wire's own types only (0 is not a boolean, "1" is not an
        # integer), while date-times and enums are still read from their JSON strings.
        parsed = model.model_validate_json(json.dumps(data), strict=True)
    except ValidationError as exc:
        return problems(exc)
    # A Literal[False] still matches 0 (0 == False in Python); the parsed copy then holds a
    # boolean where the body held a number, which the spec does not allow.
    dumped = parsed.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return list(_bool_mismatches(dumped, data, ()))


def _bool_mismatches(parsed: Any, sent: Any, location: tuple[str | int, ...]) -> Iterator[Problem]:
    if isinstance(parsed, bool) and not isinstance(sent, bool):
        yield Problem(location, "Input should be a valid boolean", False)
    elif isinstance(parsed, dict) and isinstance(sent, dict):
        for key, value in parsed.items():
            if key in sent:
                yield from _bool_mismatches(value, sent[key], (*location, key))
    elif isinstance(parsed, list) and isinstance(sent, list):
        for index, (value, original) in enumerate(zip(parsed, sent, strict=False)):
            yield from _bool_mismatches(value, original, (*location, index))
