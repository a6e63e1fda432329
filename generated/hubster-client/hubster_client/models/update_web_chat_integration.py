# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ResponseShapeError, redacting_repr
from .._runtime._models import SHAPE_ERRORS as _SHAPE_ERRORS
from .._runtime._models import shape_error_within as _shape_error_within
from ..models.integration_status import IntegrationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWebChatIntegration")


@_attrs_define
class UpdateWebChatIntegration:
    """Changes to a web chat widget integration.

    Attributes:
        name (str | Unset): New name, unique within the hub.
        status_id (IntegrationStatus | Unset): Integration status: 3000 active, 3001 canceled, 3002 paused. Requests set
            3000 or 3002.
        configuration (WebChatUpdateConfiguration | Unset): New web chat settings. They replace the stored ones, so send
            `allowedOrigins` too.
    """

    name: str | Unset = UNSET
    status_id: IntegrationStatus | Unset = UNSET
    configuration: WebChatUpdateConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status_id: int | Unset = UNSET
        if not isinstance(self.status_id, Unset):
            status_id = self.status_id.value

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if status_id is not UNSET:
            field_dict["statusId"] = status_id
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        name = d.pop("name", UNSET)

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

        _wire_configuration = d.pop("configuration", UNSET)
        try:
            _configuration = _wire_configuration
            configuration: WebChatUpdateConfiguration | Unset
            if isinstance(_configuration, Unset):
                configuration = UNSET
            else:
                configuration = WebChatUpdateConfiguration.from_dict(_configuration)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".configuration", _wire_configuration, "an object"
            ) from None

        update_web_chat_integration = cls(
            name=name,
            status_id=status_id,
            configuration=configuration,
        )

        update_web_chat_integration.additional_properties = d
        return update_web_chat_integration

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
from ..models.web_chat_update_configuration import WebChatUpdateConfiguration  # noqa: E402
