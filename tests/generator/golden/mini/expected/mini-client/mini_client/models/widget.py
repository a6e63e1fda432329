# Generated from specs/mini.yaml + overrides/mini/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/mini/ or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import redacting_repr
from ..models.color import Color
from ..models.size import Size
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.widget_settings import WidgetSettings


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
    """

    name: str
    field_id: str | Unset = UNSET
    field_owner_id: str | Unset = UNSET
    color: Color | Unset = UNSET
    size: Size | Unset = UNSET
    api_key: str | Unset = UNSET
    settings: WidgetSettings | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.widget_settings import WidgetSettings  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        field_id = d.pop("_id", UNSET)

        field_owner_id = d.pop("_ownerId", UNSET)

        _color = d.pop("color", UNSET)
        color: Color | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = Color(_color)

        _size = d.pop("size", UNSET)
        size: Size | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = Size(_size)

        api_key = d.pop("apiKey", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: WidgetSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = WidgetSettings.from_dict(_settings)

        widget = cls(
            name=name,
            field_id=field_id,
            field_owner_id=field_owner_id,
            color=color,
            size=size,
            api_key=api_key,
            settings=settings,
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
