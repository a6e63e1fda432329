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
from ..types import UNSET, Unset

T = TypeVar("T", bound="Part")


@_attrs_define
class Part:
    """Models that refer to each other (Widget <-> Part) and to themselves.

    Attributes:
        name (str | Unset):
        widget (Widget | Unset):
        subparts (list[Part] | Unset):
    """

    name: str | Unset = UNSET
    widget: Widget | Unset = UNSET
    subparts: list[Part] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        widget: dict[str, Any] | Unset = UNSET
        if not isinstance(self.widget, Unset):
            widget = self.widget.to_dict()

        subparts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subparts, Unset):
            subparts = []
            for subparts_item_data in self.subparts:
                subparts_item = subparts_item_data.to_dict()
                subparts.append(subparts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if widget is not UNSET:
            field_dict["widget"] = widget
        if subparts is not UNSET:
            field_dict["subparts"] = subparts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _wire_widget = d.pop("widget", UNSET)
        try:
            _widget = _wire_widget
            widget: Widget | Unset
            if isinstance(_widget, Unset):
                widget = UNSET
            else:
                widget = Widget.from_dict(_widget)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(_error, ".widget", _wire_widget, "an object") from None

        _wire_subparts = d.pop("subparts", UNSET)
        try:
            _subparts = _wire_subparts
            subparts: list[Part] | Unset = UNSET
            if _subparts is not UNSET:
                if not isinstance(_subparts, list):
                    raise ResponseShapeError("an array", "$", _subparts)
                subparts = []
                for subparts_item_data in _subparts:
                    try:
                        subparts_item = Part.from_dict(subparts_item_data)

                    except _SHAPE_ERRORS as _error:
                        # The index of the item is the length of the list built so far.
                        raise _shape_error_within(
                            _error, f"[{len(subparts)}]", subparts_item_data, "an object"
                        ) from None
                    subparts.append(subparts_item)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(_error, ".subparts", _wire_subparts, "an array") from None

        part = cls(
            name=name,
            widget=widget,
            subparts=subparts,
        )

        part.additional_properties = d
        return part

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
from ..models.widget import Widget  # noqa: E402
