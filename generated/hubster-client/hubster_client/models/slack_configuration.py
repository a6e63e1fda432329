# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ResponseShapeError, redacting_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SlackConfiguration")


@_attrs_define
class SlackConfiguration:
    """Slack settings as answered. The documented GET answers PascalCase keys
    (`BotAccessToken`, `AppAccessToken`, `DefaultPublicChannel`, `TeamId`); they come
    through as additional properties.

        Attributes:
            bot_access_token (str | Unset): Slack bot token (`xoxb-...`).
            app_access_token (str | Unset): Slack user/app token (`xoxp-...`).
            default_public_channel (str | Unset): Slack channel posted to by default.
            team_id (str | Unset): Slack workspace (team) id.
            bot_name (str | Unset): Display name of the bot.
    """

    bot_access_token: str | Unset = UNSET
    app_access_token: str | Unset = UNSET
    default_public_channel: str | Unset = UNSET
    team_id: str | Unset = UNSET
    bot_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset(["app_access_token", "bot_access_token"]))

    def to_dict(self) -> dict[str, Any]:
        bot_access_token = self.bot_access_token

        app_access_token = self.app_access_token

        default_public_channel = self.default_public_channel

        team_id = self.team_id

        bot_name = self.bot_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bot_access_token is not UNSET:
            field_dict["botAccessToken"] = bot_access_token
        if app_access_token is not UNSET:
            field_dict["appAccessToken"] = app_access_token
        if default_public_channel is not UNSET:
            field_dict["defaultPublicChannel"] = default_public_channel
        if team_id is not UNSET:
            field_dict["teamId"] = team_id
        if bot_name is not UNSET:
            field_dict["botName"] = bot_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        bot_access_token = d.pop("botAccessToken", UNSET)

        app_access_token = d.pop("appAccessToken", UNSET)

        default_public_channel = d.pop("defaultPublicChannel", UNSET)

        team_id = d.pop("teamId", UNSET)

        bot_name = d.pop("botName", UNSET)

        slack_configuration = cls(
            bot_access_token=bot_access_token,
            app_access_token=app_access_token,
            default_public_channel=default_public_channel,
            team_id=team_id,
            bot_name=bot_name,
        )

        slack_configuration.additional_properties = d
        return slack_configuration

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
