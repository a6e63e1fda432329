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

T = TypeVar("T", bound="IntegrationConfiguration")


@_attrs_define
class IntegrationConfiguration:
    """What the workshop has stored for an active integration.

    Attributes:
        credentials (IntegrationConfigurationCredentials): The stored sign-in values, keyed by field name. May hold keys
            beyond the integration's
            `authenticationFields`. The values are secrets.
        id (int): Identifier of this stored configuration.
        options (IntegrationConfigurationOptions): The stored option values, keyed by field name. May hold keys beyond
            the integration's
            `optionFields`.
    """

    credentials: IntegrationConfigurationCredentials
    id: int
    options: IntegrationConfigurationOptions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        credentials = self.credentials.to_dict()

        id = self.id

        options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credentials": credentials,
                "id": id,
                "options": options,
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
        _wire_credentials = d.pop("credentials")
        try:
            credentials = IntegrationConfigurationCredentials.from_dict(_wire_credentials)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".credentials", _wire_credentials, "an object"
            ) from None

        id = d.pop("id")

        _wire_options = d.pop("options")
        try:
            options = IntegrationConfigurationOptions.from_dict(_wire_options)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(_error, ".options", _wire_options, "an object") from None

        integration_configuration = cls(
            credentials=credentials,
            id=id,
            options=options,
        )

        integration_configuration.additional_properties = d
        return integration_configuration

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
from ..models.integration_configuration_credentials import IntegrationConfigurationCredentials  # noqa: E402
from ..models.integration_configuration_options import IntegrationConfigurationOptions  # noqa: E402
