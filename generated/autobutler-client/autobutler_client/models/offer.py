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

T = TypeVar("T", bound="Offer")


@_attrs_define
class Offer:
    """An offer built from the integration's quotation. The docs document it by example only;
    fields it shows only as `null` carry no type here, and unknown keys are kept.

        Attributes:
            acceptance_text (Any | Unset): Not documented; `null` in the docs' example.
            accepted_to_complete_at (Any | Unset): Not documented; `null` in the docs' example.
            available_on (Any | Unset): Not documented; `null` in the docs' example.
            body (Any | Unset): Not documented; `null` in the docs' example.
            cancel_comment (Any | Unset): Not documented; `null` in the docs' example.
            cancelled_at (Any | Unset): Not documented; `null` in the docs' example.
            car_pickup_at (Any | Unset): Not documented; `null` in the docs' example.
            completion_note (Any | Unset): Not documented; `null` in the docs' example.
            completion_time_of_day (Any | Unset): Not documented; `null` in the docs' example.
            courtesy_car (bool | Unset): Whether the workshop lends a courtesy car.
            created_at (Any | Unset): Not documented; `null` in the docs' example (the offer is not saved yet).
            declined_at (Any | Unset): Not documented; `null` in the docs' example.
            draft (bool | Unset): Whether the offer is a draft.
            expiration_date (Any | Unset): Not documented; `null` in the docs' example.
            guarantee_on_parts (Any | Unset): Not documented; `null` in the docs' example.
            guarantee_on_work (Any | Unset): Not documented; `null` in the docs' example.
            id (Any | Unset): Not documented; `null` in the docs' example (the offer is not saved yet).
            job_will_be_completed_on (Any | Unset): Not documented; `null` in the docs' example.
            lost (bool | Unset): Whether the offer is lost.
            market_price (Any | Unset): Not documented; `null` in the docs' example.
            mechanic_integration_data (MechanicIntegrationData | Unset): The integration's own data behind an offer or a
                line, keyed by integration name
                (`MechanicIntegrations::TWMIntegration`). The values are the garage system's raw data.
            pickup_time_of_day (Any | Unset): Not documented; `null` in the docs' example.
            price_details (OfferPriceDetails | Unset): The offer's prices, line by line and in total.
            quality_of_parts (Any | Unset): Not documented; `null` in the docs' example.
            rejected_explanation (Any | Unset): Not documented; `null` in the docs' example.
            rejected_reason (Any | Unset): Not documented; `null` in the docs' example.
    """

    acceptance_text: Any | Unset = UNSET
    accepted_to_complete_at: Any | Unset = UNSET
    available_on: Any | Unset = UNSET
    body: Any | Unset = UNSET
    cancel_comment: Any | Unset = UNSET
    cancelled_at: Any | Unset = UNSET
    car_pickup_at: Any | Unset = UNSET
    completion_note: Any | Unset = UNSET
    completion_time_of_day: Any | Unset = UNSET
    courtesy_car: bool | Unset = UNSET
    created_at: Any | Unset = UNSET
    declined_at: Any | Unset = UNSET
    draft: bool | Unset = UNSET
    expiration_date: Any | Unset = UNSET
    guarantee_on_parts: Any | Unset = UNSET
    guarantee_on_work: Any | Unset = UNSET
    id: Any | Unset = UNSET
    job_will_be_completed_on: Any | Unset = UNSET
    lost: bool | Unset = UNSET
    market_price: Any | Unset = UNSET
    mechanic_integration_data: MechanicIntegrationData | Unset = UNSET
    pickup_time_of_day: Any | Unset = UNSET
    price_details: OfferPriceDetails | Unset = UNSET
    quality_of_parts: Any | Unset = UNSET
    rejected_explanation: Any | Unset = UNSET
    rejected_reason: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        acceptance_text = self.acceptance_text

        accepted_to_complete_at = self.accepted_to_complete_at

        available_on = self.available_on

        body = self.body

        cancel_comment = self.cancel_comment

        cancelled_at = self.cancelled_at

        car_pickup_at = self.car_pickup_at

        completion_note = self.completion_note

        completion_time_of_day = self.completion_time_of_day

        courtesy_car = self.courtesy_car

        created_at = self.created_at

        declined_at = self.declined_at

        draft = self.draft

        expiration_date = self.expiration_date

        guarantee_on_parts = self.guarantee_on_parts

        guarantee_on_work = self.guarantee_on_work

        id = self.id

        job_will_be_completed_on = self.job_will_be_completed_on

        lost = self.lost

        market_price = self.market_price

        mechanic_integration_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mechanic_integration_data, Unset):
            mechanic_integration_data = self.mechanic_integration_data.to_dict()

        pickup_time_of_day = self.pickup_time_of_day

        price_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_details, Unset):
            price_details = self.price_details.to_dict()

        quality_of_parts = self.quality_of_parts

        rejected_explanation = self.rejected_explanation

        rejected_reason = self.rejected_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acceptance_text is not UNSET:
            field_dict["acceptanceText"] = acceptance_text
        if accepted_to_complete_at is not UNSET:
            field_dict["acceptedToCompleteAt"] = accepted_to_complete_at
        if available_on is not UNSET:
            field_dict["availableOn"] = available_on
        if body is not UNSET:
            field_dict["body"] = body
        if cancel_comment is not UNSET:
            field_dict["cancelComment"] = cancel_comment
        if cancelled_at is not UNSET:
            field_dict["cancelledAt"] = cancelled_at
        if car_pickup_at is not UNSET:
            field_dict["carPickupAt"] = car_pickup_at
        if completion_note is not UNSET:
            field_dict["completionNote"] = completion_note
        if completion_time_of_day is not UNSET:
            field_dict["completionTimeOfDay"] = completion_time_of_day
        if courtesy_car is not UNSET:
            field_dict["courtesyCar"] = courtesy_car
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if declined_at is not UNSET:
            field_dict["declinedAt"] = declined_at
        if draft is not UNSET:
            field_dict["draft"] = draft
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if guarantee_on_parts is not UNSET:
            field_dict["guaranteeOnParts"] = guarantee_on_parts
        if guarantee_on_work is not UNSET:
            field_dict["guaranteeOnWork"] = guarantee_on_work
        if id is not UNSET:
            field_dict["id"] = id
        if job_will_be_completed_on is not UNSET:
            field_dict["jobWillBeCompletedOn"] = job_will_be_completed_on
        if lost is not UNSET:
            field_dict["lost"] = lost
        if market_price is not UNSET:
            field_dict["marketPrice"] = market_price
        if mechanic_integration_data is not UNSET:
            field_dict["mechanicIntegrationData"] = mechanic_integration_data
        if pickup_time_of_day is not UNSET:
            field_dict["pickupTimeOfDay"] = pickup_time_of_day
        if price_details is not UNSET:
            field_dict["priceDetails"] = price_details
        if quality_of_parts is not UNSET:
            field_dict["qualityOfParts"] = quality_of_parts
        if rejected_explanation is not UNSET:
            field_dict["rejectedExplanation"] = rejected_explanation
        if rejected_reason is not UNSET:
            field_dict["rejectedReason"] = rejected_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        acceptance_text = d.pop("acceptanceText", UNSET)

        accepted_to_complete_at = d.pop("acceptedToCompleteAt", UNSET)

        available_on = d.pop("availableOn", UNSET)

        body = d.pop("body", UNSET)

        cancel_comment = d.pop("cancelComment", UNSET)

        cancelled_at = d.pop("cancelledAt", UNSET)

        car_pickup_at = d.pop("carPickupAt", UNSET)

        completion_note = d.pop("completionNote", UNSET)

        completion_time_of_day = d.pop("completionTimeOfDay", UNSET)

        courtesy_car = d.pop("courtesyCar", UNSET)

        created_at = d.pop("createdAt", UNSET)

        declined_at = d.pop("declinedAt", UNSET)

        draft = d.pop("draft", UNSET)

        expiration_date = d.pop("expirationDate", UNSET)

        guarantee_on_parts = d.pop("guaranteeOnParts", UNSET)

        guarantee_on_work = d.pop("guaranteeOnWork", UNSET)

        id = d.pop("id", UNSET)

        job_will_be_completed_on = d.pop("jobWillBeCompletedOn", UNSET)

        lost = d.pop("lost", UNSET)

        market_price = d.pop("marketPrice", UNSET)

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

        pickup_time_of_day = d.pop("pickupTimeOfDay", UNSET)

        _wire_price_details = d.pop("priceDetails", UNSET)
        try:
            _price_details = _wire_price_details
            price_details: OfferPriceDetails | Unset
            if isinstance(_price_details, Unset):
                price_details = UNSET
            else:
                price_details = OfferPriceDetails.from_dict(_price_details)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".priceDetails", _wire_price_details, "an object"
            ) from None

        quality_of_parts = d.pop("qualityOfParts", UNSET)

        rejected_explanation = d.pop("rejectedExplanation", UNSET)

        rejected_reason = d.pop("rejectedReason", UNSET)

        offer = cls(
            acceptance_text=acceptance_text,
            accepted_to_complete_at=accepted_to_complete_at,
            available_on=available_on,
            body=body,
            cancel_comment=cancel_comment,
            cancelled_at=cancelled_at,
            car_pickup_at=car_pickup_at,
            completion_note=completion_note,
            completion_time_of_day=completion_time_of_day,
            courtesy_car=courtesy_car,
            created_at=created_at,
            declined_at=declined_at,
            draft=draft,
            expiration_date=expiration_date,
            guarantee_on_parts=guarantee_on_parts,
            guarantee_on_work=guarantee_on_work,
            id=id,
            job_will_be_completed_on=job_will_be_completed_on,
            lost=lost,
            market_price=market_price,
            mechanic_integration_data=mechanic_integration_data,
            pickup_time_of_day=pickup_time_of_day,
            price_details=price_details,
            quality_of_parts=quality_of_parts,
            rejected_explanation=rejected_explanation,
            rejected_reason=rejected_reason,
        )

        offer.additional_properties = d
        return offer

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
from ..models.offer_price_details import OfferPriceDetails  # noqa: E402
