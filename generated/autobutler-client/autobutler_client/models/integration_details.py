# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import redacting_repr
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
        d = dict(src_dict)
        authentication_fields = cast(list[str], d.pop("authenticationFields"))

        authentication_type = IntegrationDetailsAuthenticationType(d.pop("authenticationType"))

        features = IntegrationFeatures.from_dict(d.pop("features"))

        name = d.pop("name")

        option_fields = cast(list[str], d.pop("optionFields"))

        countries = cast(list[str], d.pop("countries", UNSET))

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
