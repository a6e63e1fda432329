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
from ..models.integration_details_authentication_type import IntegrationDetailsAuthenticationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationDetails")


@_attrs_define
class IntegrationDetails:
    """What kind of integration this is and which fields it takes.

    Attributes:
        authentication_fields (list[str]): Names of the fields the workshop fills in to authenticate with the system.
        authentication_type (IntegrationDetailsAuthenticationType): How the integration authenticates: `simple` means
            username, password or token fields;
            `oauth2` means an OAuth 2 flow.
        features (IntegrationFeatures): Flags for what the integration can do. More flags may appear.
        name (str): The integration's unique identifier, e.g. `MechanicIntegrations::TWMIntegration`.
        option_fields (list[str]): Names of the fields that set the integration's options.
        countries (list[str] | Unset): Country codes (lower-case, two letters in the examples) of the countries where
            the
            integration is offered. Missing from the PATCH response.
    """

    authentication_fields: list[str]
    authentication_type: IntegrationDetailsAuthenticationType
    features: IntegrationFeatures
    name: str
    option_fields: list[str]
    countries: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        authentication_fields = self.authentication_fields

        authentication_type = self.authentication_type.value

        features = self.features.to_dict()

        name = self.name

        option_fields = self.option_fields

        countries: list[str] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = self.countries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authenticationFields": authentication_fields,
                "authenticationType": authentication_type,
                "features": features,
                "name": name,
                "optionFields": option_fields,
            }
        )
        if countries is not UNSET:
            field_dict["countries"] = countries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        _wire_authentication_fields = d.pop("authenticationFields")
        try:
            _authentication_fields = _wire_authentication_fields
            if not isinstance(_authentication_fields, list) and _authentication_fields is not None:
                raise ResponseShapeError("an array", "$", _authentication_fields)
            authentication_fields = cast(list[str], _authentication_fields)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".authenticationFields", _wire_authentication_fields, "an array"
            ) from None

        _wire_authentication_type = d.pop("authenticationType")
        try:
            authentication_type = IntegrationDetailsAuthenticationType(_wire_authentication_type)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error,
                ".authenticationType",
                _wire_authentication_type,
                "one of the values the API description lists",
            ) from None

        _wire_features = d.pop("features")
        try:
            features = IntegrationFeatures.from_dict(_wire_features)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(_error, ".features", _wire_features, "an object") from None

        name = d.pop("name")

        _wire_option_fields = d.pop("optionFields")
        try:
            _option_fields = _wire_option_fields
            if not isinstance(_option_fields, list) and _option_fields is not None:
                raise ResponseShapeError("an array", "$", _option_fields)
            option_fields = cast(list[str], _option_fields)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".optionFields", _wire_option_fields, "an array"
            ) from None

        _wire_countries = d.pop("countries", UNSET)
        try:
            _countries = _wire_countries
            if (
                not isinstance(_countries, list)
                and _countries is not None
                and _countries is not UNSET
            ):
                raise ResponseShapeError("an array", "$", _countries)
            countries = cast(list[str], _countries)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(_error, ".countries", _wire_countries, "an array") from None

        integration_details = cls(
            authentication_fields=authentication_fields,
            authentication_type=authentication_type,
            features=features,
            name=name,
            option_fields=option_fields,
            countries=countries,
        )

        integration_details.additional_properties = d
        return integration_details

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
from ..models.integration_features import IntegrationFeatures  # noqa: E402
