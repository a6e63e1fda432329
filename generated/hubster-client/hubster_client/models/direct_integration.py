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
from ..models.integration_type_code import IntegrationTypeCode
from ..models.integration_type_name import IntegrationTypeName
from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectIntegration")


@_attrs_define
class DirectIntegration:
    """A Direct (own API client) integration as answered.

    Attributes:
        integration_id (str): Id of the integration (a UUID; documented examples use placeholders).
        hub_id (str): Id of the hub (a UUID; documented examples use placeholders).
        integration_type_id (IntegrationTypeCode | IntegrationTypeName): Who the integration speaks for, by name or by
            numeric code.
        channel_id (Literal['Direct']): The channel, always by name: the client turns the numeric code that the
            documented GET answers (102 for TwilioSMS) into the name before parsing.
        name (str): Name of the integration, unique within its hub.
        status_id (IntegrationStatus): Integration status: 3000 active, 3001 canceled, 3002 paused. Requests set 3000 or
            3002.
        configuration (DirectConfiguration): Direct integration settings as answered, including the generated signing
            keys. Reads
            answer `WebhookUrl`, `Echo` and `WelcomeMessage` in PascalCase; those come through as
            additional properties. An integration without a webhook may hold only `Echo`.
        inbound_id (str | Unset): Channel-side id of the inbound endpoint (answered by GET).
    """

    integration_id: str
    hub_id: str
    integration_type_id: IntegrationTypeCode | IntegrationTypeName
    channel_id: Literal["Direct"]
    name: str
    status_id: IntegrationStatus
    configuration: DirectConfiguration
    inbound_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        hub_id = self.hub_id

        integration_type_id: int | str
        if isinstance(self.integration_type_id, IntegrationTypeName):
            integration_type_id = self.integration_type_id.value
        else:
            integration_type_id = self.integration_type_id.value

        channel_id: Literal["Direct"]
        channel_id = self.channel_id

        name = self.name

        status_id = self.status_id.value

        configuration = self.configuration.to_dict()

        inbound_id = self.inbound_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integrationId": integration_id,
                "hubId": hub_id,
                "integrationTypeId": integration_type_id,
                "channelId": channel_id,
                "name": name,
                "statusId": status_id,
                "configuration": configuration,
            }
        )
        if inbound_id is not UNSET:
            field_dict["inboundId"] = inbound_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        integration_id = d.pop("integrationId")

        hub_id = d.pop("hubId")

        _wire_integration_type_id = d.pop("integrationTypeId")
        try:

            def _parse_integration_type_id(
                data: object,
            ) -> IntegrationTypeCode | IntegrationTypeName:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    integration_type_id_type_0 = IntegrationTypeName(data)

                    return integration_type_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, int):
                    raise TypeError()
                integration_type_id_type_1 = IntegrationTypeCode(data)

                return integration_type_id_type_1

            integration_type_id = _parse_integration_type_id(_wire_integration_type_id)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error,
                ".integrationTypeId",
                _wire_integration_type_id,
                "one of the types the API description allows",
            ) from None

        _wire_channel_id = d.pop("channelId")
        try:

            def _parse_channel_id(data: object) -> Literal["Direct"]:
                channel_id_type_0 = cast(Literal["Direct"], data)
                if channel_id_type_0 != "Direct":
                    raise ValueError(
                        f"channelId_type_0 must match const 'Direct', got '{channel_id_type_0}'"
                    )
                return channel_id_type_0

            channel_id = _parse_channel_id(_wire_channel_id)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error,
                ".channelId",
                _wire_channel_id,
                "one of the types the API description allows",
            ) from None

        name = d.pop("name")

        _wire_status_id = d.pop("statusId")
        try:
            status_id = IntegrationStatus(_wire_status_id)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".statusId", _wire_status_id, "one of the values the API description lists"
            ) from None

        _wire_configuration = d.pop("configuration")
        try:
            configuration = DirectConfiguration.from_dict(_wire_configuration)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".configuration", _wire_configuration, "an object"
            ) from None

        inbound_id = d.pop("inboundId", UNSET)

        direct_integration = cls(
            integration_id=integration_id,
            hub_id=hub_id,
            integration_type_id=integration_type_id,
            channel_id=channel_id,
            name=name,
            status_id=status_id,
            configuration=configuration,
            inbound_id=inbound_id,
        )

        direct_integration.additional_properties = d
        return direct_integration

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
from ..models.direct_configuration import DirectConfiguration  # noqa: E402
