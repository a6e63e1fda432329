# Generated from specs/mini.yaml + overrides/mini/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/mini/ or generator/ and run `make generate`.
"""Pydantic v2 models of the wire format, made by datamodel-code-generator from the same
overlaid spec as the client: a second, independent reading of it. The fake server validates
request bodies with them, so a disagreement between the two generators fails a test."""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import Any

from pydantic import MISSING, BaseModel, Field, SecretStr


class Color(StrEnum):
    red = "red"
    green = "green"


class Size(IntEnum):
    integer_1 = 1
    integer_2 = 2


class Error(BaseModel):
    message: str | MISSING = MISSING


class Widget(BaseModel):
    field_id: str | MISSING = Field(MISSING, alias="_id", description="The widget id.")
    field_ownerId: str | MISSING = Field(MISSING, alias="_ownerId")
    name: str = Field(..., description='Names may contain "::".')
    color: Color | MISSING = MISSING
    size: Size | MISSING = MISSING
    apiKey: SecretStr | MISSING = MISSING
    settings: dict[str, Any] | MISSING = MISSING
    parts: list[Part] | MISSING = MISSING


class Part(BaseModel):
    name: str | MISSING = MISSING
    widget: Widget | MISSING = MISSING
    subparts: list[Part] | MISSING = MISSING


Widget.model_rebuild()
