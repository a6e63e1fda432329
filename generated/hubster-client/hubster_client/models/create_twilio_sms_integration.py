# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ResponseShapeError, redacting_repr
from .._runtime._models import SHAPE_ERRORS as _SHAPE_ERRORS
from .._runtime._models import shape_error_within as _shape_error_within
from ..models.integration_status import IntegrationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTwilioSmsIntegration")


@_attrs_define
class CreateTwilioSmsIntegration:
    """A new Twilio SMS integration.

    Attributes:
        channel_id (Literal['TwilioSMS']): Channel type; always `TwilioSMS` here. Default: 'TwilioSMS'.
        name (str): Name of the integration, unique within the hub.
        configuration (TwilioSmsCreateConfiguration): Twilio credentials for a new integration.
        status_id (IntegrationStatus | Unset): Integration status: 3000 active, 3001 canceled, 3002 paused. Requests set
            3000 or 3002.
    """

    name: str
    configuration: TwilioSmsCreateConfiguration
    channel_id: Literal["TwilioSMS"] = "TwilioSMS"
    status_id: IntegrationStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        channel_id = self.channel_id

        name = self.name

        configuration = self.configuration.to_dict()

        status_id: int | Unset = UNSET
        if not isinstance(self.status_id, Unset):
            status_id = self.status_id.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channelId": channel_id,
                "name": name,
                "configuration": configuration,
            }
        )
        if status_id is not UNSET:
            field_dict["statusId"] = status_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        _wire_channel_id = d.pop("channelId")
        try:
            channel_id = cast(Literal["TwilioSMS"], _wire_channel_id)
            if channel_id != "TwilioSMS":
                raise ValueError(f"channelId must match const 'TwilioSMS', got '{channel_id}'")
        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error,
                ".channelId",
                _wire_channel_id,
                "a value of the type the API description gives",
            ) from None

        name = d.pop("name")

        _wire_configuration = d.pop("configuration")
        try:
            configuration = TwilioSmsCreateConfiguration.from_dict(_wire_configuration)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".configuration", _wire_configuration, "an object"
            ) from None

        _wire_status_id = d.pop("statusId", UNSET)
        try:
            _status_id = _wire_status_id
            status_id: IntegrationStatus | Unset
            if isinstance(_status_id, Unset):
                status_id = UNSET
            else:
                status_id = IntegrationStatus(_status_id)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".statusId", _wire_status_id, "one of the values the API description lists"
            ) from None

        create_twilio_sms_integration = cls(
            channel_id=channel_id,
            name=name,
            configuration=configuration,
            status_id=status_id,
        )

        create_twilio_sms_integration.additional_properties = d
        return create_twilio_sms_integration

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
from ..models.twilio_sms_create_configuration import TwilioSmsCreateConfiguration  # noqa: E402
