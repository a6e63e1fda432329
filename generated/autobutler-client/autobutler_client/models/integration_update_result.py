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

T = TypeVar("T", bound="IntegrationUpdateResult")


@_attrs_define
class IntegrationUpdateResult:
    """Outcome of switching an integration on or changing it. The same shape carries success
    (`success: true` with `configuration` and `integrationDetails`) and failure
    (`success: false` with `errors`).

        Attributes:
            success (bool): Whether the integration was switched on or changed.
            configuration (IntegrationConfiguration | Unset): What the workshop has stored for an active integration.
            integration_details (IntegrationDetails | Unset): What kind of integration this is and which fields it takes.
            errors (FieldErrors | None | Unset): Why the change was refused. May be blank.
    """

    success: bool
    configuration: IntegrationConfiguration | Unset = UNSET
    integration_details: IntegrationDetails | Unset = UNSET
    errors: FieldErrors | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        integration_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integration_details, Unset):
            integration_details = self.integration_details.to_dict()

        errors: dict[str, Any] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, FieldErrors):
            errors = self.errors.to_dict()
        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if integration_details is not UNSET:
            field_dict["integrationDetails"] = integration_details
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        success = d.pop("success")

        _wire_configuration = d.pop("configuration", UNSET)
        try:
            _configuration = _wire_configuration
            configuration: IntegrationConfiguration | Unset
            if isinstance(_configuration, Unset):
                configuration = UNSET
            else:
                configuration = IntegrationConfiguration.from_dict(_configuration)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".configuration", _wire_configuration, "an object"
            ) from None

        _wire_integration_details = d.pop("integrationDetails", UNSET)
        try:
            _integration_details = _wire_integration_details
            integration_details: IntegrationDetails | Unset
            if isinstance(_integration_details, Unset):
                integration_details = UNSET
            else:
                integration_details = IntegrationDetails.from_dict(_integration_details)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".integrationDetails", _wire_integration_details, "an object"
            ) from None

        _wire_errors = d.pop("errors", UNSET)
        try:

            def _parse_errors(data: object) -> FieldErrors | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    errors_type_0 = FieldErrors.from_dict(data)

                    return errors_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(FieldErrors | None | Unset, data)

            errors = _parse_errors(_wire_errors)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".errors", _wire_errors, "one of the types the API description allows"
            ) from None

        integration_update_result = cls(
            success=success,
            configuration=configuration,
            integration_details=integration_details,
            errors=errors,
        )

        integration_update_result.additional_properties = d
        return integration_update_result

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
from ..models.field_errors import FieldErrors  # noqa: E402
from ..models.integration_configuration import IntegrationConfiguration  # noqa: E402
from ..models.integration_details import IntegrationDetails  # noqa: E402
