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

T = TypeVar("T", bound="License")


@_attrs_define
class License:
    """A license that grants a user a connector. Any other field the server sends is kept.

    Attributes:
        id (str | Unset): The license's id. Real ids are 24 hexadecimal digits; the documented examples use the
            placeholder `123ab456c789de1011fg12h13i`.
        expires (datetime.datetime | Unset): When the license runs out (UTC).
        created (datetime.datetime | Unset): When the license was issued (UTC).
        opts (LicenseOptions | Unset): What the license includes. Free-form beyond the listed fields.
        user (LicenseUser | Unset): The user the license belongs to. Read-only; only the e-mail address is known until
            the
            user installs the connector, after which `_id` and `name` appear too.
        integration_id (str | Unset): Id of the install made with this license; absent until the user installs.
    """

    id: str | Unset = UNSET
    expires: datetime.datetime | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    opts: LicenseOptions | Unset = UNSET
    user: LicenseUser | Unset = UNSET
    integration_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        expires: str | Unset = UNSET
        if not isinstance(self.expires, Unset):
            expires = _format_datetime(self.expires)

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = _format_datetime(self.created)

        opts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opts, Unset):
            opts = self.opts.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        integration_id = self.integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if expires is not UNSET:
            field_dict["expires"] = expires
        if created is not UNSET:
            field_dict["created"] = created
        if opts is not UNSET:
            field_dict["opts"] = opts
        if user is not UNSET:
            field_dict["user"] = user
        if integration_id is not UNSET:
            field_dict["_integrationId"] = integration_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        id = d.pop("_id", UNSET)

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

        _wire_created = d.pop("created", UNSET)
        try:
            _created = _wire_created
            created: datetime.datetime | Unset
            if isinstance(_created, Unset):
                created = UNSET
            else:
                created = _parse_datetime(_created)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(_error, ".created", _wire_created, "a date-time") from None

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

        _wire_user = d.pop("user", UNSET)
        try:
            _user = _wire_user
            user: LicenseUser | Unset
            if isinstance(_user, Unset):
                user = UNSET
            else:
                user = LicenseUser.from_dict(_user)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(_error, ".user", _wire_user, "an object") from None

        integration_id = d.pop("_integrationId", UNSET)

        license_ = cls(
            id=id,
            expires=expires,
            created=created,
            opts=opts,
            user=user,
            integration_id=integration_id,
        )

        license_.additional_properties = d
        return license_

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
from ..models.license_user import LicenseUser  # noqa: E402
