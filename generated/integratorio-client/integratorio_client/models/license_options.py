# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ResponseShapeError, redacting_repr
from .._runtime._models import SHAPE_ERRORS as _SHAPE_ERRORS
from .._runtime._models import shape_error_within as _shape_error_within
from ..types import UNSET, Unset

T = TypeVar("T", bound="LicenseOptions")


@_attrs_define
class LicenseOptions:
    """What the license includes. Free-form beyond the listed fields.

    Attributes:
        addon_licenses (list[AddonLicense] | Unset): Add-ons included with the license.
        connector_edition (str | Unset): Edition of the connector, e.g. `standard` or `enterprise`.
    """

    addon_licenses: list[AddonLicense] | Unset = UNSET
    connector_edition: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        addon_licenses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addon_licenses, Unset):
            addon_licenses = []
            for addon_licenses_item_data in self.addon_licenses:
                addon_licenses_item = addon_licenses_item_data.to_dict()
                addon_licenses.append(addon_licenses_item)

        connector_edition = self.connector_edition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if addon_licenses is not UNSET:
            field_dict["addonLicenses"] = addon_licenses
        if connector_edition is not UNSET:
            field_dict["connectorEdition"] = connector_edition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        _wire_addon_licenses = d.pop("addonLicenses", UNSET)
        try:
            _addon_licenses = _wire_addon_licenses
            addon_licenses: list[AddonLicense] | Unset = UNSET
            if _addon_licenses is not UNSET:
                if not isinstance(_addon_licenses, list):
                    raise ResponseShapeError("an array", "$", _addon_licenses)
                addon_licenses = []
                for addon_licenses_item_data in _addon_licenses:
                    try:
                        addon_licenses_item = AddonLicense.from_dict(addon_licenses_item_data)

                    except _SHAPE_ERRORS as _error:
                        # The index of the item is the length of the list built so far.
                        raise _shape_error_within(
                            _error,
                            f"[{len(addon_licenses)}]",
                            addon_licenses_item_data,
                            "an object",
                        ) from None
                    addon_licenses.append(addon_licenses_item)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".addonLicenses", _wire_addon_licenses, "an array"
            ) from None

        connector_edition = d.pop("connectorEdition", UNSET)

        license_options = cls(
            addon_licenses=addon_licenses,
            connector_edition=connector_edition,
        )

        license_options.additional_properties = d
        return license_options

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
from ..models.addon_license import AddonLicense  # noqa: E402
