# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ResponseShapeError, redacting_repr
from .._runtime._models import SHAPE_ERRORS as _SHAPE_ERRORS
from .._runtime._models import shape_error_within as _shape_error_within
from ..types import UNSET, Unset
from ..types import format_datetime as _format_datetime
from ..types import parse_datetime as _parse_datetime

T = TypeVar("T", bound="LicenseUpdate")


@_attrs_define
class LicenseUpdate:
    """Changes to a license. No e-mail address is needed.

    Attributes:
        expires (datetime.datetime | Unset): When the license runs out (UTC).
        opts (LicenseOptions | Unset): What the license includes. Free-form beyond the listed fields.
    """

    expires: datetime.datetime | Unset = UNSET
    opts: LicenseOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        expires: str | Unset = UNSET
        if not isinstance(self.expires, Unset):
            expires = _format_datetime(self.expires)

        opts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opts, Unset):
            opts = self.opts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires is not UNSET:
            field_dict["expires"] = expires
        if opts is not UNSET:
            field_dict["opts"] = opts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        _wire_expires = d.pop("expires", UNSET)
        try:
            _expires = _wire_expires
            expires: datetime.datetime | Unset
            if isinstance(_expires, Unset):
                expires = UNSET
            else:
                expires = _parse_datetime(_expires)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(_error, ".expires", _wire_expires, "a date-time") from None

        _wire_opts = d.pop("opts", UNSET)
        try:
            _opts = _wire_opts
            opts: LicenseOptions | Unset
            if isinstance(_opts, Unset):
                opts = UNSET
            else:
                opts = LicenseOptions.from_dict(_opts)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(_error, ".opts", _wire_opts, "an object") from None

        license_update = cls(
            expires=expires,
            opts=opts,
        )

        license_update.additional_properties = d
        return license_update

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
from ..models.license_options import LicenseOptions  # noqa: E402
