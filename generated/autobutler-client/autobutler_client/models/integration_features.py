# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ResponseShapeError, redacting_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationFeatures")


@_attrs_define
class IntegrationFeatures:
    """Flags for what the integration can do. More flags may appear.

    Attributes:
        supports_customer_lookup (bool | Unset): The integration can look customers up in the garage system.
        supports_open_job (bool | Unset): The integration can open a job in the garage system.
    """

    supports_customer_lookup: bool | Unset = UNSET
    supports_open_job: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        supports_customer_lookup = self.supports_customer_lookup

        supports_open_job = self.supports_open_job

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supports_customer_lookup is not UNSET:
            field_dict["supportsCustomerLookup"] = supports_customer_lookup
        if supports_open_job is not UNSET:
            field_dict["supportsOpenJob"] = supports_open_job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        supports_customer_lookup = d.pop("supportsCustomerLookup", UNSET)

        supports_open_job = d.pop("supportsOpenJob", UNSET)

        integration_features = cls(
            supports_customer_lookup=supports_customer_lookup,
            supports_open_job=supports_open_job,
        )

        integration_features.additional_properties = d
        return integration_features

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
