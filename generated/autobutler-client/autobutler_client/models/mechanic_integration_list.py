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

T = TypeVar("T", bound="MechanicIntegrationList")


@_attrs_define
class MechanicIntegrationList:
    """The integrations on offer to the workshop.

    Attributes:
        mechanic_integrations (list[MechanicIntegration]): One entry per integration the workshop may use.
    """

    mechanic_integrations: list[MechanicIntegration]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        mechanic_integrations = []
        for mechanic_integrations_item_data in self.mechanic_integrations:
            mechanic_integrations_item = mechanic_integrations_item_data.to_dict()
            mechanic_integrations.append(mechanic_integrations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mechanicIntegrations": mechanic_integrations,
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
        _wire_mechanic_integrations = d.pop("mechanicIntegrations")
        try:
            _mechanic_integrations = _wire_mechanic_integrations
            if not isinstance(_mechanic_integrations, list):
                raise ResponseShapeError("an array", "$", _mechanic_integrations)
            mechanic_integrations: list[MechanicIntegration] = []
            for mechanic_integrations_item_data in _mechanic_integrations:
                try:
                    mechanic_integrations_item = MechanicIntegration.from_dict(
                        mechanic_integrations_item_data
                    )

                except _SHAPE_ERRORS as _error:
                    # The index of the item is the length of the list built so far.
                    raise _shape_error_within(
                        _error,
                        f"[{len(mechanic_integrations)}]",
                        mechanic_integrations_item_data,
                        "an object",
                    ) from None
                mechanic_integrations.append(mechanic_integrations_item)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".mechanicIntegrations", _wire_mechanic_integrations, "an array"
            ) from None

        mechanic_integration_list = cls(
            mechanic_integrations=mechanic_integrations,
        )

        mechanic_integration_list.additional_properties = d
        return mechanic_integration_list

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
from ..models.mechanic_integration import MechanicIntegration  # noqa: E402
