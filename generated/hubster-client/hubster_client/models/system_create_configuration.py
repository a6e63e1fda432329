# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ResponseShapeError, redacting_repr
from .._runtime._models import SHAPE_ERRORS as _SHAPE_ERRORS
from .._runtime._models import shape_error_within as _shape_error_within

T = TypeVar("T", bound="SystemCreateConfiguration")


@_attrs_define
class SystemCreateConfiguration:
    """Settings of a new System (webhook) integration.

    Attributes:
        webhook_url (str): Where the subscribed activities are delivered.
        events (list[str]): Activity events to deliver, e.g. `message:customer`.
    """

    webhook_url: str
    events: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        webhook_url = self.webhook_url

        events = self.events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhookUrl": webhook_url,
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        webhook_url = d.pop("webhookUrl")

        _wire_events = d.pop("events")
        try:
            _events = _wire_events
            if not isinstance(_events, list) and _events is not None:
                raise ResponseShapeError("an array", "$", _events)
            events = cast(list[str], _events)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(_error, ".events", _wire_events, "an array") from None

        system_create_configuration = cls(
            webhook_url=webhook_url,
            events=events,
        )

        system_create_configuration.additional_properties = d
        return system_create_configuration

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
