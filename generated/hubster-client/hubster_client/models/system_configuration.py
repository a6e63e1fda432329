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
from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemConfiguration")


@_attrs_define
class SystemConfiguration:
    """System (webhook) integration settings as answered, including the signing keys.

    Attributes:
        webhook_url (str | Unset): Where the subscribed activities are delivered.
        events (list[str] | Unset): Activity events delivered to the webhook, e.g. `message:customer`.
        public_signing_key (str | Unset): Public key for checking signed activities.
        private_signing_key (str | Unset): Private signing key.
    """

    webhook_url: str | Unset = UNSET
    events: list[str] | Unset = UNSET
    public_signing_key: str | Unset = UNSET
    private_signing_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset(["private_signing_key"]))

    def to_dict(self) -> dict[str, Any]:
        webhook_url = self.webhook_url

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        public_signing_key = self.public_signing_key

        private_signing_key = self.private_signing_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if events is not UNSET:
            field_dict["events"] = events
        if public_signing_key is not UNSET:
            field_dict["publicSigningKey"] = public_signing_key
        if private_signing_key is not UNSET:
            field_dict["privateSigningKey"] = private_signing_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        webhook_url = d.pop("webhookUrl", UNSET)

        _wire_events = d.pop("events", UNSET)
        try:
            _events = _wire_events
            if not isinstance(_events, list) and _events is not None and _events is not UNSET:
                raise ResponseShapeError("an array", "$", _events)
            events = cast(list[str], _events)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(_error, ".events", _wire_events, "an array") from None

        public_signing_key = d.pop("publicSigningKey", UNSET)

        private_signing_key = d.pop("privateSigningKey", UNSET)

        system_configuration = cls(
            webhook_url=webhook_url,
            events=events,
            public_signing_key=public_signing_key,
            private_signing_key=private_signing_key,
        )

        system_configuration.additional_properties = d
        return system_configuration

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
