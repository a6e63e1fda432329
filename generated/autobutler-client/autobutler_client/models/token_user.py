# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ResponseShapeError, redacting_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenUser")


@_attrs_define
class TokenUser:
    """The signed-in workshop. Keys beyond the documented ones are kept.

    Attributes:
        name (str | Unset): The workshop's name.
        country_id (int | Unset): The id of the country the workshop belongs to.
        locale (str | Unset): The locale configured for the workshop, such as `da`.
        vat_factor (float | Unset): The VAT factor configured for the workshop (`0.25` is 25 %).
        require_automatic_payment (bool | Unset): Whether the workshop must have automatic payment configured.
    """

    name: str | Unset = UNSET
    country_id: int | Unset = UNSET
    locale: str | Unset = UNSET
    vat_factor: float | Unset = UNSET
    require_automatic_payment: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        country_id = self.country_id

        locale = self.locale

        vat_factor = self.vat_factor

        require_automatic_payment = self.require_automatic_payment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if country_id is not UNSET:
            field_dict["countryId"] = country_id
        if locale is not UNSET:
            field_dict["locale"] = locale
        if vat_factor is not UNSET:
            field_dict["vatFactor"] = vat_factor
        if require_automatic_payment is not UNSET:
            field_dict["requireAutomaticPayment"] = require_automatic_payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        country_id = d.pop("countryId", UNSET)

        locale = d.pop("locale", UNSET)

        vat_factor = d.pop("vatFactor", UNSET)

        require_automatic_payment = d.pop("requireAutomaticPayment", UNSET)

        token_user = cls(
            name=name,
            country_id=country_id,
            locale=locale,
            vat_factor=vat_factor,
            require_automatic_payment=require_automatic_payment,
        )

        token_user.additional_properties = d
        return token_user

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
