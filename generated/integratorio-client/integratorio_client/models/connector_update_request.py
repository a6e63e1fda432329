# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ResponseShapeError, redacting_repr
from .._runtime._models import SHAPE_ERRORS as _SHAPE_ERRORS
from .._runtime._models import shape_error_within as _shape_error_within

T = TypeVar("T", bound="ConnectorUpdateRequest")


@_attrs_define
class ConnectorUpdateRequest:
    """Which installs a managed update is pushed to. Other fields are passed on.

    Attributes:
        integration_ids (list[str]): Ids of the installed integrations to update.
    """

    integration_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        integration_ids = self.integration_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_integrationIds": integration_ids,
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
        _wire_integration_ids = d.pop("_integrationIds")
        try:
            _integration_ids = _wire_integration_ids
            if not isinstance(_integration_ids, list) and _integration_ids is not None:
                raise ResponseShapeError("an array", "$", _integration_ids)
            integration_ids = cast(list[str], _integration_ids)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, "._integrationIds", _wire_integration_ids, "an array"
            ) from None

        connector_update_request = cls(
            integration_ids=integration_ids,
        )

        connector_update_request.additional_properties = d
        return connector_update_request

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
