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

T = TypeVar("T", bound="OfferLineItem")


@_attrs_define
class OfferLineItem:
    """One line of an offer.

    Attributes:
        article_number (str | Unset): The article number in the garage system.
        category (Any | Unset): Not documented; `null` in the docs' example.
        created_at (Any | Unset): Not documented; `null` in the docs' example.
        customer_price (float | Unset):
        description (str | Unset): The line's text.
        discount_percent (float | Unset):
        discounted_customer_price (float | Unset):
        discounted_customer_price_with_vat (float | Unset):
        gross_price (float | Unset):
        id (Any | Unset): Not documented; `null` in the docs' example.
        manufacturer (Any | Unset): Not documented; `null` in the docs' example.
        mechanic_integration_data (MechanicIntegrationData | Unset): The integration's own data behind an offer or a
            line, keyed by integration name
            (`MechanicIntegrations::TWMIntegration`). The values are the garage system's raw data.
        net_price (float | Unset):
        partner_data (OfferLineItemPartnerData | Unset): Not documented; an empty object in the docs' example.
        quantity (float | Unset):
        subtotal (float | Unset):
        subtotal_with_vat (float | Unset):
        type_ (str | Unset): Not documented; an empty string in the docs' example.
        unit (str | Unset): The unit of `quantity`, such as `pcs` or `hours`.
    """

    article_number: str | Unset = UNSET
    category: Any | Unset = UNSET
    created_at: Any | Unset = UNSET
    customer_price: float | Unset = UNSET
    description: str | Unset = UNSET
    discount_percent: float | Unset = UNSET
    discounted_customer_price: float | Unset = UNSET
    discounted_customer_price_with_vat: float | Unset = UNSET
    gross_price: float | Unset = UNSET
    id: Any | Unset = UNSET
    manufacturer: Any | Unset = UNSET
    mechanic_integration_data: MechanicIntegrationData | Unset = UNSET
    net_price: float | Unset = UNSET
    partner_data: OfferLineItemPartnerData | Unset = UNSET
    quantity: float | Unset = UNSET
    subtotal: float | Unset = UNSET
    subtotal_with_vat: float | Unset = UNSET
    type_: str | Unset = UNSET
    unit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        article_number = self.article_number

        category = self.category

        created_at = self.created_at

        customer_price = self.customer_price

        description = self.description

        discount_percent = self.discount_percent

        discounted_customer_price = self.discounted_customer_price

        discounted_customer_price_with_vat = self.discounted_customer_price_with_vat

        gross_price = self.gross_price

        id = self.id

        manufacturer = self.manufacturer

        mechanic_integration_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mechanic_integration_data, Unset):
            mechanic_integration_data = self.mechanic_integration_data.to_dict()

        net_price = self.net_price

        partner_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner_data, Unset):
            partner_data = self.partner_data.to_dict()

        quantity = self.quantity

        subtotal = self.subtotal

        subtotal_with_vat = self.subtotal_with_vat

        type_ = self.type_

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if article_number is not UNSET:
            field_dict["articleNumber"] = article_number
        if category is not UNSET:
            field_dict["category"] = category
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if customer_price is not UNSET:
            field_dict["customerPrice"] = customer_price
        if description is not UNSET:
            field_dict["description"] = description
        if discount_percent is not UNSET:
            field_dict["discountPercent"] = discount_percent
        if discounted_customer_price is not UNSET:
            field_dict["discountedCustomerPrice"] = discounted_customer_price
        if discounted_customer_price_with_vat is not UNSET:
            field_dict["discountedCustomerPriceWithVat"] = discounted_customer_price_with_vat
        if gross_price is not UNSET:
            field_dict["grossPrice"] = gross_price
        if id is not UNSET:
            field_dict["id"] = id
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if mechanic_integration_data is not UNSET:
            field_dict["mechanicIntegrationData"] = mechanic_integration_data
        if net_price is not UNSET:
            field_dict["netPrice"] = net_price
        if partner_data is not UNSET:
            field_dict["partnerData"] = partner_data
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if subtotal_with_vat is not UNSET:
            field_dict["subtotalWithVat"] = subtotal_with_vat
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        article_number = d.pop("articleNumber", UNSET)

        category = d.pop("category", UNSET)

        created_at = d.pop("createdAt", UNSET)

        customer_price = d.pop("customerPrice", UNSET)

        description = d.pop("description", UNSET)

        discount_percent = d.pop("discountPercent", UNSET)

        discounted_customer_price = d.pop("discountedCustomerPrice", UNSET)

        discounted_customer_price_with_vat = d.pop("discountedCustomerPriceWithVat", UNSET)

        gross_price = d.pop("grossPrice", UNSET)

        id = d.pop("id", UNSET)

        manufacturer = d.pop("manufacturer", UNSET)

        _wire_mechanic_integration_data = d.pop("mechanicIntegrationData", UNSET)
        try:
            _mechanic_integration_data = _wire_mechanic_integration_data
            mechanic_integration_data: MechanicIntegrationData | Unset
            if isinstance(_mechanic_integration_data, Unset):
                mechanic_integration_data = UNSET
            else:
                mechanic_integration_data = MechanicIntegrationData.from_dict(
                    _mechanic_integration_data
                )

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".mechanicIntegrationData", _wire_mechanic_integration_data, "an object"
            ) from None

        net_price = d.pop("netPrice", UNSET)

        _wire_partner_data = d.pop("partnerData", UNSET)
        try:
            _partner_data = _wire_partner_data
            partner_data: OfferLineItemPartnerData | Unset
            if isinstance(_partner_data, Unset):
                partner_data = UNSET
            else:
                partner_data = OfferLineItemPartnerData.from_dict(_partner_data)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".partnerData", _wire_partner_data, "an object"
            ) from None

        quantity = d.pop("quantity", UNSET)

        subtotal = d.pop("subtotal", UNSET)

        subtotal_with_vat = d.pop("subtotalWithVat", UNSET)

        type_ = d.pop("type", UNSET)

        unit = d.pop("unit", UNSET)

        offer_line_item = cls(
            article_number=article_number,
            category=category,
            created_at=created_at,
            customer_price=customer_price,
            description=description,
            discount_percent=discount_percent,
            discounted_customer_price=discounted_customer_price,
            discounted_customer_price_with_vat=discounted_customer_price_with_vat,
            gross_price=gross_price,
            id=id,
            manufacturer=manufacturer,
            mechanic_integration_data=mechanic_integration_data,
            net_price=net_price,
            partner_data=partner_data,
            quantity=quantity,
            subtotal=subtotal,
            subtotal_with_vat=subtotal_with_vat,
            type_=type_,
            unit=unit,
        )

        offer_line_item.additional_properties = d
        return offer_line_item

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
from ..models.mechanic_integration_data import MechanicIntegrationData  # noqa: E402
from ..models.offer_line_item_partner_data import OfferLineItemPartnerData  # noqa: E402
