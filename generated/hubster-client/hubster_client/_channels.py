# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""Hubster integrations: one class per channel, chosen by ``channelId``.

Quirk 2 (Hubster) of the README. The docs answer an integration with ``channelId`` as a name
(``"TwilioSMS"``, create and update) or as its numeric code (``102``, the GET example, seed 003
lines 679-698), and spell configuration keys in camelCase (create) or PascalCase (GET and the
WebChat answers), misspelling one as ``AcccountSid``. The stock generated parser tries the
variants in order and keeps the PascalCase keys only as unknown extras, so a TwilioSMS answer
could end up with an empty ``account_sid``. Here the variant is picked by ``channelId`` alone
(never by trying), after ``normalise_integration`` has put the answer into the camelCase,
by-name form the models read. A channel the client does not know becomes an
``UnknownIntegration`` that keeps every field.

Used by ``client.integrations.create/update/get`` through the ``parse:`` hook in
``overrides/hubster/sdk.yaml``. Proven by ``tests/overrides/test_hubster_quirks.py``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, Final, TypeAlias

import attrs
import httpx

from ._runtime import ResponseShapeError, redacting_repr
from .models import (
    DirectConfiguration,
    DirectIntegration,
    IntegrationStatus,
    IntegrationTypeName,
    Message,
    MessengerConfiguration,
    MessengerIntegration,
    SlackConfiguration,
    SlackIntegration,
    SystemConfiguration,
    SystemIntegration,
    TwilioSmsCapabilities,
    TwilioSmsConfiguration,
    TwilioSmsIntegration,
    WebChatConfiguration,
    WebChatIntegration,
)
from .types import UNSET, Unset

# Channel types by name and numeric code (API-FACTS.md, Hubster "Channel types"). Requests use
# the name; the documented GET answers the number.
CHANNEL_CODES: Final[Mapping[str, int]] = MappingProxyType(
    {
        "Direct": 1,
        "Bot": 2,
        "System": 3,
        "Messenger": 101,
        "TwilioSMS": 102,
        "Line": 103,
        "Telegram": 104,
        "Kik": 105,
        "WebChat": 106,
        "Slack": 1001,
    }
)
CHANNEL_NAMES: Final[Mapping[int, str]] = MappingProxyType(
    {code: name for name, code in CHANNEL_CODES.items()}
)


def _wire_name(attribute: str) -> str:
    head, *rest = attribute.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


# The configuration keys the models know, by their lower-case form. Taken from the generated
# models so that a key added to the spec is normalised without touching this file.
_CONFIGURATION_MODELS: Final = (
    TwilioSmsConfiguration,
    TwilioSmsCapabilities,
    MessengerConfiguration,
    WebChatConfiguration,
    DirectConfiguration,
    SystemConfiguration,
    SlackConfiguration,
    Message,
)
_KNOWN_KEYS: Final[Mapping[str, str]] = MappingProxyType(
    {
        # The GET example misspells the account SID (seed 003 lines 688 and 732).
        "acccountsid": "accountSid",
        **{
            _wire_name(field.name).lower(): _wire_name(field.name)
            for model in _CONFIGURATION_MODELS
            for field in attrs.fields(model)
            if field.name != "additional_properties"
        },
    }
)


def _normalise_keys(value: Any) -> Any:
    """Copy ``value`` with every known key in its camelCase spelling, at any depth.

    A key is renamed only when it is a known key in another spelling (``AuthToken``,
    ``AcccountSid``) and the camelCase spelling is not present too; any other key is kept as
    sent, so nothing the server answers is lost (it lands in ``additional_properties``).
    """
    if isinstance(value, Mapping):
        result: dict[str, Any] = {}
        for key, item in value.items():
            canonical = _KNOWN_KEYS.get(key.lower()) if isinstance(key, str) else None
            name = canonical if canonical is not None and canonical not in value else key
            result[name] = _normalise_keys(item)
        return result
    if isinstance(value, list):
        return [_normalise_keys(item) for item in value]
    return value


def channel_name(channel_id: object) -> object:
    """The channel's name for a name or a numeric code; anything else is returned unchanged."""
    if isinstance(channel_id, int) and not isinstance(channel_id, bool):
        return CHANNEL_NAMES.get(channel_id, channel_id)
    return channel_id


def normalise_integration(data: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of an integration as answered, in the form the models read.

    ``channelId`` becomes the channel's name when it is a known numeric code, and the keys of
    ``configuration`` (nested objects too) their camelCase spelling: ``AuthToken`` ->
    ``authToken``, ``AcccountSid`` -> ``accountSid``, ``Capabilities.Mms`` ->
    ``capabilities.mms``. Unknown keys are kept as they are. ``data`` is not changed.
    """
    result = copy.deepcopy(dict(data))
    if "channelId" in result:
        result["channelId"] = channel_name(result["channelId"])
    if "configuration" in result:
        result["configuration"] = _normalise_keys(result["configuration"])
    return result


def _typed(value: object, kind: type[Any]) -> Any:
    return value if isinstance(value, kind) and not isinstance(value, bool) else UNSET


@attrs.define(repr=False)
class UnknownIntegration:
    """An integration of a channel this client has no class for (``WhatsApp``, ``107``, ``Line``).

    Nothing is dropped: ``raw`` is the answer exactly as received and ``to_dict()`` returns it,
    so a read-modify-write keeps every field. The common fields are offered typed where they
    are present with the expected type; ``channel_id`` is the name when the code is a known one
    (``103`` -> ``"Line"``), otherwise the value as answered.
    """

    channel_id: str | int
    raw: dict[str, Any]
    integration_id: str | Unset = UNSET
    hub_id: str | Unset = UNSET
    inbound_id: str | Unset = UNSET
    integration_type_id: int | IntegrationTypeName | Unset = UNSET
    name: str | Unset = UNSET
    status_id: IntegrationStatus | Unset = UNSET
    # The configuration as answered (keys in whatever spelling the server used).
    configuration: dict[str, Any] | Unset = UNSET

    def __repr__(self) -> str:
        # Why: integrations carry credentials (tokens, signing keys) under keys this client
        # may not know; redacting_repr hides every secret-looking key at any depth of `raw`.
        return redacting_repr(self)

    def to_dict(self) -> dict[str, Any]:
        """The integration exactly as answered."""
        return copy.deepcopy(self.raw)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> UnknownIntegration:
        raw = copy.deepcopy(dict(src_dict))
        channel_id = channel_name(raw.get("channelId"))
        if not isinstance(channel_id, str | int) or isinstance(channel_id, bool):
            raise ResponseShapeError(
                "a channel name or numeric code", "$.channelId", raw.get("channelId")
            )
        status = raw.get("statusId")
        type_id = raw.get("integrationTypeId")
        configuration = raw.get("configuration")
        return cls(
            channel_id=channel_id,
            raw=raw,
            integration_id=_typed(raw.get("integrationId"), str),
            hub_id=_typed(raw.get("hubId"), str),
            inbound_id=_typed(raw.get("inboundId"), str),
            integration_type_id=(
                IntegrationTypeName(type_id) if isinstance(type_id, str) else _typed(type_id, int)
            ),
            name=_typed(raw.get("name"), str),
            # IntegrationStatus keeps unknown codes (quirk 8), so any whole number fits.
            status_id=(
                IntegrationStatus(status)
                if isinstance(status, int) and not isinstance(status, bool)
                else UNSET
            ),
            configuration=(
                copy.deepcopy(configuration) if isinstance(configuration, dict) else UNSET
            ),
        )


Integration: TypeAlias = (
    TwilioSmsIntegration
    | MessengerIntegration
    | WebChatIntegration
    | DirectIntegration
    | SystemIntegration
    | SlackIntegration
    | UnknownIntegration
)
"""An integration as answered: one class per channel, ``UnknownIntegration`` for the rest."""

_VARIANTS: Final[Mapping[str, Callable[[Mapping[str, Any]], Integration]]] = MappingProxyType(
    {
        "TwilioSMS": TwilioSmsIntegration.from_dict,
        "Messenger": MessengerIntegration.from_dict,
        "WebChat": WebChatIntegration.from_dict,
        "Direct": DirectIntegration.from_dict,
        "System": SystemIntegration.from_dict,
        "Slack": SlackIntegration.from_dict,
    }
)


def parse_integration(data: object) -> Integration:
    """Parse an integration as answered into the class of its channel.

    The class follows from ``channelId`` alone, by name or numeric code; no variant is tried
    and discarded. A known channel whose answer lacks a required field raises (the runtime
    reports it as ``APIResponseValidationError``); an unknown channel never does.
    """
    if not isinstance(data, Mapping):
        raise ResponseShapeError("an integration object", "$", data)
    if "channelId" not in data:
        raise ResponseShapeError("an integration with a channelId", "$.channelId", None)
    normalised = normalise_integration(data)
    channel = normalised["channelId"]
    parse = _VARIANTS.get(channel) if isinstance(channel, str) else None
    if parse is None:
        return UnknownIntegration.from_dict(data)
    return parse(normalised)


def parse_integration_response(response: httpx.Response) -> Integration:
    """The ``parse:`` hook of create, update and get (called for 2xx answers only)."""
    return parse_integration(response.json())


__all__ = [
    "CHANNEL_CODES",
    "CHANNEL_NAMES",
    "Integration",
    "UnknownIntegration",
    "channel_name",
    "normalise_integration",
    "parse_integration",
    "parse_integration_response",
]
