# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ResponseShapeError, redacting_repr
from .._runtime._models import SHAPE_ERRORS as _SHAPE_ERRORS
from .._runtime._models import shape_error_within as _shape_error_within
from ..types import UNSET, Unset

T = TypeVar("T", bound="OfferPriceDetails")


@_attrs_define
class OfferPriceDetails:
    """The offer's prices, line by line and in total.

    Attributes:
        line_items (list[OfferLineItem] | Unset): The offer's lines.
        pricing (str | Unset): How the offer is priced; `LINE_ITEMS` in the docs' example.
        subtotal (float | Unset): Total before VAT.
        total_number_of_hours (float | Unset): Hours of work in the offer.
        total_price (float | Unset): Total including VAT.
        totals_excluding_vat (OfferTotals | Unset): Totals of an offer by kind, either excluding or including VAT.
        totals_including_vat (OfferTotals | Unset): Totals of an offer by kind, either excluding or including VAT.
        vat (float | Unset): The VAT amount.
        vat_factor (float | Unset): The VAT factor applied (`0.25` is 25 %).
    """

    line_items: list[OfferLineItem] | Unset = UNSET
    pricing: str | Unset = UNSET
    subtotal: float | Unset = UNSET
    total_number_of_hours: float | Unset = UNSET
    total_price: float | Unset = UNSET
    totals_excluding_vat: OfferTotals | Unset = UNSET
    totals_including_vat: OfferTotals | Unset = UNSET
    vat: float | Unset = UNSET
    vat_factor: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        pricing = self.pricing

        subtotal = self.subtotal

        total_number_of_hours = self.total_number_of_hours

        total_price = self.total_price

        totals_excluding_vat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals_excluding_vat, Unset):
            totals_excluding_vat = self.totals_excluding_vat.to_dict()

        totals_including_vat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals_including_vat, Unset):
            totals_including_vat = self.totals_including_vat.to_dict()

        vat = self.vat

        vat_factor = self.vat_factor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if total_number_of_hours is not UNSET:
            field_dict["totalNumberOfHours"] = total_number_of_hours
        if total_price is not UNSET:
            field_dict["totalPrice"] = total_price
        if totals_excluding_vat is not UNSET:
            field_dict["totalsExcludingVat"] = totals_excluding_vat
        if totals_including_vat is not UNSET:
            field_dict["totalsIncludingVat"] = totals_including_vat
        if vat is not UNSET:
            field_dict["vat"] = vat
        if vat_factor is not UNSET:
            field_dict["vatFactor"] = vat_factor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        _wire_line_items = d.pop("lineItems", UNSET)
        try:
            _line_items = _wire_line_items
            line_items: list[OfferLineItem] | Unset = UNSET
            if _line_items is not UNSET:
                if not isinstance(_line_items, list):
                    raise ResponseShapeError("an array", "$", _line_items)
                line_items = []
                for line_items_item_data in _line_items:
                    try:
                        line_items_item = OfferLineItem.from_dict(line_items_item_data)

                    except _SHAPE_ERRORS as _error:
                        # The index of the item is the length of the list built so far.
                        raise _shape_error_within(
                            _error, f"[{len(line_items)}]", line_items_item_data, "an object"
                        ) from None
                    line_items.append(line_items_item)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(_error, ".lineItems", _wire_line_items, "an array") from None

        pricing = d.pop("pricing", UNSET)

        subtotal = d.pop("subtotal", UNSET)

        total_number_of_hours = d.pop("totalNumberOfHours", UNSET)

        total_price = d.pop("totalPrice", UNSET)

        _wire_totals_excluding_vat = d.pop("totalsExcludingVat", UNSET)
        try:
            _totals_excluding_vat = _wire_totals_excluding_vat
            totals_excluding_vat: OfferTotals | Unset
            if isinstance(_totals_excluding_vat, Unset):
                totals_excluding_vat = UNSET
            else:
                totals_excluding_vat = OfferTotals.from_dict(_totals_excluding_vat)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".totalsExcludingVat", _wire_totals_excluding_vat, "an object"
            ) from None

        _wire_totals_including_vat = d.pop("totalsIncludingVat", UNSET)
        try:
            _totals_including_vat = _wire_totals_including_vat
            totals_including_vat: OfferTotals | Unset
            if isinstance(_totals_including_vat, Unset):
                totals_including_vat = UNSET
            else:
                totals_including_vat = OfferTotals.from_dict(_totals_including_vat)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".totalsIncludingVat", _wire_totals_including_vat, "an object"
            ) from None

        vat = d.pop("vat", UNSET)

        vat_factor = d.pop("vatFactor", UNSET)

        offer_price_details = cls(
            line_items=line_items,
            pricing=pricing,
            subtotal=subtotal,
            total_number_of_hours=total_number_of_hours,
            total_price=total_price,
            totals_excluding_vat=totals_excluding_vat,
            totals_including_vat=totals_including_vat,
            vat=vat,
            vat_factor=vat_factor,
        )

        offer_price_details.additional_properties = d
        return offer_price_details

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
from ..models.offer_line_item import OfferLineItem  # noqa: E402
from ..models.offer_totals import OfferTotals  # noqa: E402
