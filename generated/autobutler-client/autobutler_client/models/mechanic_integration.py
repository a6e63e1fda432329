# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ResponseShapeError, redacting_repr
from .._runtime._models import SHAPE_ERRORS as _SHAPE_ERRORS
from .._runtime._models import shape_error_within as _shape_error_within
from ..types import UNSET, Unset

T = TypeVar("T", bound="MechanicIntegration")


@_attrs_define
class MechanicIntegration:
    """One integration, with the workshop's stored configuration when it is active.

    Attributes:
        integration_details (IntegrationDetails): What kind of integration this is and which fields it takes.
        configuration (IntegrationConfiguration | None | Unset): What the workshop has stored for this integration. Left
            out (or empty) when the
            integration is not active for the workshop.
    """

    integration_details: IntegrationDetails
    configuration: IntegrationConfiguration | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        integration_details = self.integration_details.to_dict()

        configuration: dict[str, Any] | None | Unset
        if isinstance(self.configuration, Unset):
            configuration = UNSET
        elif isinstance(self.configuration, IntegrationConfiguration):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integrationDetails": integration_details,
            }
        )
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
        _wire_integration_details = d.pop("integrationDetails")
        try:
            integration_details = IntegrationDetails.from_dict(_wire_integration_details)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".integrationDetails", _wire_integration_details, "an object"
            ) from None

        _wire_configuration = d.pop("configuration", UNSET)
        try:

            def _parse_configuration(data: object) -> IntegrationConfiguration | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    configuration_type_0 = IntegrationConfiguration.from_dict(data)

                    return configuration_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(IntegrationConfiguration | None | Unset, data)

            configuration = _parse_configuration(_wire_configuration)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error,
                ".configuration",
                _wire_configuration,
                "one of the types the API description allows",
            ) from None

        mechanic_integration = cls(
            integration_details=integration_details,
            configuration=configuration,
        )

        mechanic_integration.additional_properties = d
        return mechanic_integration

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
from ..models.integration_configuration import IntegrationConfiguration  # noqa: E402
from ..models.integration_details import IntegrationDetails  # noqa: E402
