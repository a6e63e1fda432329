# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ResponseShapeError, redacting_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessengerConfiguration")


@_attrs_define
class MessengerConfiguration:
    """Messenger settings as answered. The documented GET answers `PageAccessToken` in
    PascalCase; it comes through as an additional property.

        Attributes:
            app_id (str | Unset): Facebook app id.
            page_id (str | Unset): Facebook page id.
            page_access_token (str | Unset): Facebook page access token.
    """

    app_id: str | Unset = UNSET
    page_id: str | Unset = UNSET
    page_access_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset(["page_access_token"]))

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        page_id = self.page_id

        page_access_token = self.page_access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if page_id is not UNSET:
            field_dict["pageId"] = page_id
        if page_access_token is not UNSET:
            field_dict["pageAccessToken"] = page_access_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        app_id = d.pop("appId", UNSET)

        page_id = d.pop("pageId", UNSET)

        page_access_token = d.pop("pageAccessToken", UNSET)

        messenger_configuration = cls(
            app_id=app_id,
            page_id=page_id,
            page_access_token=page_access_token,
        )

        messenger_configuration.additional_properties = d
        return messenger_configuration

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
