# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ResponseShapeError, redacting_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SlackCreateConfiguration")


@_attrs_define
class SlackCreateConfiguration:
    """Values from Slack's OAuth 2 redirect for a new integration: `code`, and `nonce` (current
    docs) or `state` (the older page), as your Slack app received them.

        Attributes:
            code (str): The OAuth 2 code Slack handed out.
            nonce (str | Unset): The verification signature (current docs).
            state (str | Unset): The OAuth 2 state, a UNIX time combined with the client secret (older docs).
    """

    code: str
    nonce: str | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset(["code", "nonce", "state"]))

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        nonce = self.nonce

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if nonce is not UNSET:
            field_dict["nonce"] = nonce
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        code = d.pop("code")

        nonce = d.pop("nonce", UNSET)

        state = d.pop("state", UNSET)

        slack_create_configuration = cls(
            code=code,
            nonce=nonce,
            state=state,
        )

        slack_create_configuration.additional_properties = d
        return slack_create_configuration

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
