# Generated from specs/mini.yaml + overrides/mini/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/mini/ or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ResponseShapeError, redacting_repr
from .._runtime._models import SHAPE_ERRORS as _SHAPE_ERRORS
from .._runtime._models import shape_error_within as _shape_error_within
from ..models.color import Color
from ..models.size import Size
from ..types import UNSET, Unset

T = TypeVar("T", bound="Widget")


@_attrs_define
class Widget:
    """
    Attributes:
        name (str): Names may contain "::".
        field_id (str | Unset): The widget id.
        field_owner_id (str | Unset):
        color (Color | Unset):
        size (Size | Unset):
        api_key (str | Unset):
        settings (WidgetSettings | Unset):
        parts (list[Part] | Unset):
    """

    name: str
    field_id: str | Unset = UNSET
    field_owner_id: str | Unset = UNSET
    color: Color | Unset = UNSET
    size: Size | Unset = UNSET
    api_key: str | Unset = UNSET
    settings: WidgetSettings | Unset = UNSET
    parts: list[Part] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset(["api_key"]))

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_id = self.field_id

        field_owner_id = self.field_owner_id

        color: str | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color.value

        size: int | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.value

        api_key = self.api_key

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parts, Unset):
            parts = []
            for parts_item_data in self.parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if field_owner_id is not UNSET:
            field_dict["_ownerId"] = field_owner_id
        if color is not UNSET:
            field_dict["color"] = color
        if size is not UNSET:
            field_dict["size"] = size
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if settings is not UNSET:
            field_dict["settings"] = settings
        if parts is not UNSET:
            field_dict["parts"] = parts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        name = d.pop("name")

        field_id = d.pop("_id", UNSET)

        field_owner_id = d.pop("_ownerId", UNSET)

        _wire_color = d.pop("color", UNSET)
        try:
            _color = _wire_color
            color: Color | Unset
            if isinstance(_color, Unset):
                color = UNSET
            else:
                color = Color(_color)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".color", _wire_color, "one of the values the API description lists"
            ) from None

        _wire_size = d.pop("size", UNSET)
        try:
            _size = _wire_size
            size: Size | Unset
            if isinstance(_size, Unset):
                size = UNSET
            else:
                size = Size(_size)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".size", _wire_size, "one of the values the API description lists"
            ) from None

        api_key = d.pop("apiKey", UNSET)

        _wire_settings = d.pop("settings", UNSET)
        try:
            _settings = _wire_settings
            settings: WidgetSettings | Unset
            if isinstance(_settings, Unset):
                settings = UNSET
            else:
                settings = WidgetSettings.from_dict(_settings)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(_error, ".settings", _wire_settings, "an object") from None

        _wire_parts = d.pop("parts", UNSET)
        try:
            _parts = _wire_parts
            parts: list[Part] | Unset = UNSET
            if _parts is not UNSET:
                if not isinstance(_parts, list):
                    raise ResponseShapeError("an array", "$", _parts)
                parts = []
                for parts_item_data in _parts:
                    try:
                        parts_item = Part.from_dict(parts_item_data)

                    except _SHAPE_ERRORS as _error:
                        # The index of the item is the length of the list built so far.
                        raise _shape_error_within(
                            _error, f"[{len(parts)}]", parts_item_data, "an object"
                        ) from None
                    parts.append(parts_item)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(_error, ".parts", _wire_parts, "an array") from None

        widget = cls(
            name=name,
            field_id=field_id,
            field_owner_id=field_owner_id,
            color=color,
            size=size,
            api_key=api_key,
            settings=settings,
            parts=parts,
        )

        widget.additional_properties = d
        return widget

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported after the class rather than at the top (models may
# refer to each other; by now this module's class exists for theirs to import) and rather than
# inside from_dict/to_dict as the stock template does, which costs about a microsecond per
# import per call (make bench parses 10,000 items).
from ..models.part import Part  # noqa: E402
from ..models.widget_settings import WidgetSettings  # noqa: E402
