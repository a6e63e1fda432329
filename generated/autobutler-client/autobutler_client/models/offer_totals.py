# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ResponseShapeError, redacting_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="OfferTotals")


@_attrs_define
class OfferTotals:
    """Totals of an offer by kind, either excluding or including VAT.

    Attributes:
        price_of_courtesy_car (float | Unset):
        price_of_parts (float | Unset):
        price_of_work (float | Unset):
        price_of_work_per_hour (float | Unset):
        service_fee (float | Unset):
    """

    price_of_courtesy_car: float | Unset = UNSET
    price_of_parts: float | Unset = UNSET
    price_of_work: float | Unset = UNSET
    price_of_work_per_hour: float | Unset = UNSET
    service_fee: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        price_of_courtesy_car = self.price_of_courtesy_car

        price_of_parts = self.price_of_parts

        price_of_work = self.price_of_work

        price_of_work_per_hour = self.price_of_work_per_hour

        service_fee = self.service_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price_of_courtesy_car is not UNSET:
            field_dict["priceOfCourtesyCar"] = price_of_courtesy_car
        if price_of_parts is not UNSET:
            field_dict["priceOfParts"] = price_of_parts
        if price_of_work is not UNSET:
            field_dict["priceOfWork"] = price_of_work
        if price_of_work_per_hour is not UNSET:
            field_dict["priceOfWorkPerHour"] = price_of_work_per_hour
        if service_fee is not UNSET:
            field_dict["serviceFee"] = service_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        price_of_courtesy_car = d.pop("priceOfCourtesyCar", UNSET)

        price_of_parts = d.pop("priceOfParts", UNSET)

        price_of_work = d.pop("priceOfWork", UNSET)

        price_of_work_per_hour = d.pop("priceOfWorkPerHour", UNSET)

        service_fee = d.pop("serviceFee", UNSET)

        offer_totals = cls(
            price_of_courtesy_car=price_of_courtesy_car,
            price_of_parts=price_of_parts,
            price_of_work=price_of_work,
            price_of_work_per_hour=price_of_work_per_hour,
            service_fee=service_fee,
        )

        offer_totals.additional_properties = d
        return offer_totals

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
