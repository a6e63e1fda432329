# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ResponseShapeError, redacting_repr
from .._runtime._models import SHAPE_ERRORS as _SHAPE_ERRORS
from .._runtime._models import shape_error_within as _shape_error_within

T = TypeVar("T", bound="IntegrationUpdate")


@_attrs_define
class IntegrationUpdate:
    """The values to store for the integration, keyed by field name (names taken from the
    integration's `authenticationFields` and `optionFields`). The set of fields differs per
    integration, so any key is accepted. Values can be credentials and are treated as secrets.

    """

    additional_properties: dict[str, bool | float | None | str] = _attrs_field(
        init=False, factory=dict
    )

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        integration_update = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:

                def _parse_additional_property(data: object) -> bool | float | None | str:
                    if data is None:
                        return data
                    return cast(bool | float | None | str, data)

                additional_property = _parse_additional_property(prop_dict)

            except _SHAPE_ERRORS as _error:
                raise _shape_error_within(
                    _error,
                    "." + prop_name,
                    prop_dict,
                    "one of the types the API description allows",
                ) from None
            additional_properties[prop_name] = additional_property

        integration_update.additional_properties = additional_properties
        return integration_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | float | None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | float | None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
