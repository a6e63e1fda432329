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
from ..types import UNSET, Unset

T = TypeVar("T", bound="IClientIdMapEntry")


@_attrs_define
class IClientIdMapEntry:
    """One entry of a connector's iClient map. Free-form beyond the listed fields.

    Attributes:
        id (bool | str | Unset): Id of the entry, a string. The documented example answers the boolean `false`
            instead, so `false` is accepted as well.
        i_client_ids (list[str] | Unset): Ids of the iClients for this entry.
        connection (IClientIdMapEntryConnection | Unset): Which connections the entry applies to, e.g. a `type` of
            `netsuite`.
    """

    id: bool | str | Unset = UNSET
    i_client_ids: list[str] | Unset = UNSET
    connection: IClientIdMapEntryConnection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        id: bool | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        i_client_ids: list[str] | Unset = UNSET
        if not isinstance(self.i_client_ids, Unset):
            i_client_ids = self.i_client_ids

        connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection, Unset):
            connection = self.connection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if i_client_ids is not UNSET:
            field_dict["_iClientIds"] = i_client_ids
        if connection is not UNSET:
            field_dict["connection"] = connection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        _wire_id = d.pop("_id", UNSET)
        try:

            def _parse_id(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            id = _parse_id(_wire_id)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, "._id", _wire_id, "one of the types the API description allows"
            ) from None

        _wire_i_client_ids = d.pop("_iClientIds", UNSET)
        try:
            _i_client_ids = _wire_i_client_ids
            if (
                not isinstance(_i_client_ids, list)
                and _i_client_ids is not None
                and _i_client_ids is not UNSET
            ):
                raise ResponseShapeError("an array", "$", _i_client_ids)
            i_client_ids = cast(list[str], _i_client_ids)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, "._iClientIds", _wire_i_client_ids, "an array"
            ) from None

        _wire_connection = d.pop("connection", UNSET)
        try:
            _connection = _wire_connection
            connection: IClientIdMapEntryConnection | Unset
            if isinstance(_connection, Unset):
                connection = UNSET
            else:
                connection = IClientIdMapEntryConnection.from_dict(_connection)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".connection", _wire_connection, "an object"
            ) from None

        i_client_id_map_entry = cls(
            id=id,
            i_client_ids=i_client_ids,
            connection=connection,
        )

        i_client_id_map_entry.additional_properties = d
        return i_client_id_map_entry

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
from ..models.i_client_id_map_entry_connection import IClientIdMapEntryConnection  # noqa: E402
