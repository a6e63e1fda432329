# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""Hubster integrations: one class per channel, chosen by ``channelId``.

Quirk 2 (Hubster) of overrides/README.md. The docs answer an integration with ``channelId`` as
a name (``"TwilioSMS"``: create, update and the other answers of the current docs) or as its
numeric code (``102``: the first GET example, hubsterio/docs,
docs/api/portal/2_integration.rst:718-737), ``integrationTypeId`` likewise (``"Customer"`` or
``2``), and spell configuration keys in camelCase (create) or PascalCase (GET and the WebChat
answers; ``WebhookUrl``, ``Echo`` and ``WelcomeMessage`` of Direct reads,
2_integration.rst:846-851), once misspelling one as ``AcccountSid``. The stock generated parser
tries the variants in order and keeps the PascalCase keys only as unknown extras, so a TwilioSMS
answer could end up with an empty ``account_sid``. Here the variant is picked by ``channelId``
alone (never by trying), after ``normalise_integration`` has put the answer into the camelCase,
by-name form the models read. Normalising renames only the keys the spec names, in the objects
the spec describes, and never drops a value: of two keys that spell one name (``AccountSid``
and ``AcccountSid``) one is read and the other kept as sent (tests/clients/
test_odd_answers.py). A channel the client does not know becomes an ``UnknownIntegration``
that keeps every field.

Used through the ``parse:`` hooks in ``overrides/hubster/sdk.yaml``: one integration
(``client.integrations.create/update/get``), a plain array (``list_by_channel_type``,
2_integration.rst:900-964) and a page (``list``, docs/api/0_overview.rst:127-179). Proven by
``tests/overrides/test_hubster_quirks.py`` and ``tests/overrides/test_hubster_collection.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, Final, TypeAlias, TypeGuard

import attrs
import httpx

from ._runtime import ResponseShapeError, redacting_repr
from ._runtime._json import copy_json, read_json
from .models import (
    DirectConfiguration,
    DirectIntegration,
    IntegrationStatus,
    IntegrationTypeCode,
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

# Channel types by name and numeric code (hubsterio/docs, docs/api/5_types.rst:21-71; Hubster 0
# from the vendor's SDK, hubsterio/Hubster.Abstractions, Hubster.Abstractions/Enums/ChannelType.cs
# lines 9-30). Requests and current answers use the name; the first GET example
# (2_integration.rst:723) answers the number. Proven by tests/overrides/test_hubster_quirks.py::
# test_the_public_channel_table_is_the_documented_one.
CHANNEL_CODES: Final[Mapping[str, int]] = MappingProxyType(
    {
        "Hubster": 0,
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
# Integration types by name and numeric code: hubsterio/Hubster.Abstractions,
# Hubster.Abstractions/Enums/IntegrationType.cs:9-17 (serialised by name there, as current
# answers are; the first GET example, 2_integration.rst:722, answers 2 for a Customer
# integration). Proven by tests/overrides/test_hubster_quirks.py::
# test_the_public_integration_type_table_is_the_sdks.
INTEGRATION_TYPE_CODES: Final[Mapping[str, int]] = MappingProxyType(
    {"None": 0, "Hubster": 1, "Customer": 2, "Agent": 3, "Bot": 4, "System": 5}
)
INTEGRATION_TYPE_NAMES: Final[Mapping[int, str]] = MappingProxyType(
    {code: name for name, code in INTEGRATION_TYPE_CODES.items()}
)


def _wire_name(attribute: str) -> str:
    head, *rest = attribute.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


# The class of each channel the client knows; `parse_integration` picks one by channelId.
_CHANNEL_CLASSES: Final[Mapping[str, type[Any]]] = MappingProxyType(
    {
        "TwilioSMS": TwilioSmsIntegration,
        "Messenger": MessengerIntegration,
        "WebChat": WebChatIntegration,
        "Direct": DirectIntegration,
        "System": SystemIntegration,
        "Slack": SlackIntegration,
    }
)
# The models a configuration is read with, the nested ones (capabilities, messages) included.
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
_MODELS_BY_NAME: Final = {model.__name__: model for model in _CONFIGURATION_MODELS}


def _model_named(annotation: object) -> type[Any] | None:
    """The configuration model an attribute's annotation names (``list[Message] | Unset``)."""
    for word in re.findall(r"\w+", str(annotation)):
        if word in _MODELS_BY_NAME:
            return _MODELS_BY_NAME[word]
    return None


def _shape(model: type[Any]) -> tuple[dict[str, str], dict[str, type[Any]]]:
    """The keys ``model`` reads, by their lower-case spelling, and its nested models by key.

    Taken from the generated models, so that a key added to the spec is normalised without
    touching this file.
    """
    keys: dict[str, str] = {}
    nested: dict[str, type[Any]] = {}
    for field in attrs.fields(model):
        if field.name == "additional_properties":
            continue
        wire = _wire_name(field.name)
        keys[wire.lower()] = wire
        inner = _model_named(field.type)
        if inner is not None:
            nested[wire] = inner
    return keys, nested


_SHAPES: Final = {model: _shape(model) for model in _CONFIGURATION_MODELS}
# The GET examples misspell the account SID (2_integration.rst:727, and line 732 of its
# 2020-10-24 version); the documented spelling wins when both are sent.
_ALIASES: Final[Mapping[type[Any], Mapping[str, str]]] = MappingProxyType(
    {TwilioSmsConfiguration: {"acccountsid": "accountSid"}}
)
_CONFIGURATION_OF: Final[Mapping[str, type[Any] | None]] = MappingProxyType(
    {
        channel: _model_named(attrs.fields_dict(cls)["configuration"].type)
        for channel, cls in _CHANNEL_CLASSES.items()
    }
)


def _normalise_object(value: Mapping[str, Any], model: type[Any]) -> dict[str, Any]:
    """``value``, an object read as ``model``, with the keys ``model`` reads in their spelling.

    Only the keys the spec names for this object are renamed (``AuthToken`` -> ``authToken``,
    ``AcccountSid`` -> ``accountSid``), and only the objects nested under them are looked into:
    the keys of objects the spec does not describe stay as sent. When two keys spell one name
    (``AccountSid`` and ``AcccountSid``), the exact spelling wins, then one that differs only
    in case, then an alias; the other keeps its own spelling, so its value survives too (in
    ``additional_properties``, and written back by ``to_dict()``).
    """
    keys, nested = _SHAPES[model]
    aliases = _ALIASES.get(model, {})
    chosen: dict[str, tuple[int, str]] = {}  # name -> (rank, the key that supplies it)
    for key in value:
        if not isinstance(key, str):
            continue
        name = keys.get(key.lower())
        rank = 0 if key == name else 1
        if name is None:
            name, rank = aliases.get(key.lower()), 2
            if name is None:
                continue
        if name not in chosen or rank < chosen[name][0]:
            chosen[name] = (rank, key)
    renamed = {key: name for name, (_, key) in chosen.items()}
    result: dict[str, Any] = {}
    for key, item in value.items():
        name = renamed.get(key)
        if name is None:
            result[key] = item
        else:
            inner = nested.get(name)
            result[name] = item if inner is None else _normalise_nested(item, inner)
    return result


def _normalise_nested(value: Any, model: type[Any]) -> Any:
    if isinstance(value, Mapping):
        return _normalise_object(value, model)
    if isinstance(value, list):
        return [_normalise_object(v, model) if isinstance(v, Mapping) else v for v in value]
    return value


def _is_whole_number(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def channel_name(channel_id: object) -> object:
    """The channel's name for a name or a numeric code; anything else is returned unchanged."""
    if _is_whole_number(channel_id):
        return CHANNEL_NAMES.get(channel_id, channel_id)
    return channel_id


def integration_type_name(type_id: object) -> object:
    """The integration type's name for a name or a known code (``2`` -> ``"Customer"``).

    Anything else (an unknown code, a name this client does not know) is returned unchanged.
    """
    if _is_whole_number(type_id):
        return INTEGRATION_TYPE_NAMES.get(type_id, type_id)
    return type_id


def normalise_integration(data: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of an integration as answered, in the form the models read.

    ``channelId`` and ``integrationTypeId`` become names when they are known numeric codes
    (``102`` -> ``"TwilioSMS"``, ``2`` -> ``"Customer"``), and the configuration keys of a known
    channel, in the objects the spec describes, their camelCase spelling: ``AuthToken`` ->
    ``authToken``, ``AcccountSid`` -> ``accountSid``, ``Capabilities.Mms`` ->
    ``capabilities.mms``, ``WelcomeMessage`` -> ``welcomeMessage``. Every other key is kept as
    sent, at any depth. ``data`` is not changed.
    """
    result: dict[str, Any] = copy_json(dict(data))
    if "channelId" in result:
        result["channelId"] = channel_name(result["channelId"])
    if "integrationTypeId" in result:
        result["integrationTypeId"] = integration_type_name(result["integrationTypeId"])
    channel = result.get("channelId")
    model = _CONFIGURATION_OF.get(channel) if isinstance(channel, str) else None
    configuration = result.get("configuration")
    if model is not None and isinstance(configuration, Mapping):
        result["configuration"] = _normalise_object(configuration, model)
    return result


def _typed(value: object, kind: type[Any]) -> Any:
    return value if isinstance(value, kind) and not isinstance(value, bool) else UNSET


def _integration_type(type_id: object) -> IntegrationTypeName | IntegrationTypeCode | Unset:
    # Both enums keep values they do not know (quirk 8), so any string or whole number fits.
    named = integration_type_name(type_id)
    if isinstance(named, str):
        return IntegrationTypeName(named)
    if _is_whole_number(named):
        return IntegrationTypeCode(named)
    return UNSET


@attrs.define(repr=False)
class UnknownIntegration:
    """An integration of a channel this client has no class for (``WhatsApp``, ``107``, ``Line``).

    Nothing is dropped: ``raw`` is the answer exactly as received and ``to_dict()`` returns it,
    so a read-modify-write keeps every field. The common fields are offered typed where they
    are present with the expected type; ``channel_id`` and ``integration_type_id`` are names when
    the code is a known one (``103`` -> ``"Line"``, ``2`` -> ``IntegrationTypeName.CUSTOMER``),
    otherwise the value as answered.
    """

    channel_id: str | int
    raw: dict[str, Any]
    integration_id: str | Unset = UNSET
    hub_id: str | Unset = UNSET
    inbound_id: str | Unset = UNSET
    integration_type_id: IntegrationTypeName | IntegrationTypeCode | Unset = UNSET
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
        raw: dict[str, Any] = copy_json(self.raw)
        return raw

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> UnknownIntegration:
        return cls._from_dict(src_dict, "$")

    @classmethod
    def _from_dict(cls, src_dict: Mapping[str, Any], path: str) -> UnknownIntegration:
        raw: dict[str, Any] = copy_json(dict(src_dict))
        channel_id = channel_name(raw.get("channelId"))
        if not isinstance(channel_id, str | int) or isinstance(channel_id, bool):
            raise ResponseShapeError(
                "a channel name or numeric code", f"{path}.channelId", raw.get("channelId")
            )
        status = raw.get("statusId")
        configuration = raw.get("configuration")
        return cls(
            channel_id=channel_id,
            raw=raw,
            integration_id=_typed(raw.get("integrationId"), str),
            hub_id=_typed(raw.get("hubId"), str),
            inbound_id=_typed(raw.get("inboundId"), str),
            integration_type_id=_integration_type(raw.get("integrationTypeId")),
            name=_typed(raw.get("name"), str),
            # IntegrationStatus keeps unknown codes (quirk 8), so any whole number fits.
            status_id=IntegrationStatus(status) if _is_whole_number(status) else UNSET,
            configuration=(copy_json(configuration) if isinstance(configuration, dict) else UNSET),
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
    {channel: cls.from_dict for channel, cls in _CHANNEL_CLASSES.items()}
)


def _parse_integration(data: object, path: str) -> Integration:
    if not isinstance(data, Mapping):
        raise ResponseShapeError("an integration object", path, data)
    if "channelId" not in data:
        raise ResponseShapeError("an integration with a channelId", f"{path}.channelId", None)
    normalised = normalise_integration(data)
    channel = normalised["channelId"]
    parse = _VARIANTS.get(channel) if isinstance(channel, str) else None
    if parse is None:
        return UnknownIntegration._from_dict(data, path)
    try:
        return parse(normalised)
    except ResponseShapeError as exc:
        raise exc.within(path[1:]) from None  # "$.results[3]": where this integration is


def parse_integration(data: object) -> Integration:
    """Parse an integration as answered into the class of its channel.

    The class follows from ``channelId`` alone, by name or numeric code; no variant is tried
    and discarded. A known channel whose answer lacks a required field raises (the runtime
    reports it as ``APIResponseValidationError``); an unknown channel never does.
    """
    return _parse_integration(data, "$")


def parse_integration_response(response: httpx.Response) -> Integration:
    """The ``parse:`` hook of create, update and get (called for 2xx answers only)."""
    return parse_integration(read_json(response))


def _parse_integrations(data: object, path: str) -> list[Integration]:
    if not isinstance(data, list):
        raise ResponseShapeError("an array of integrations", path, data)
    return [_parse_integration(item, f"{path}[{index}]") for index, item in enumerate(data)]


def parse_integration_list(data: object) -> list[Integration]:
    """Parse an array of integrations (get by channel type), each as ``parse_integration`` does."""
    return _parse_integrations(data, "$")


def parse_integration_list_response(response: httpx.Response) -> list[Integration]:
    """The ``parse:`` hook of list_by_channel_type (called for 2xx answers only)."""
    return parse_integration_list(read_json(response))


# Wire name -> attribute of the page's numbers (docs/api/0_overview.rst:164-179).
_PAGE_NUMBERS: Final = (
    ("pageNumber", "page_number"),
    ("pageSize", "page_size"),
    ("total", "total"),
)


@attrs.define(repr=False)
class IntegrationPage:
    """One page of ``client.integrations.list``: ``{"pageNumber", "pageSize", "total", "results"}``.

    hubsterio/docs, docs/api/0_overview.rst:127-179 ("Paginated Results"). ``results`` holds each
    integration as the class of its channel (``UnknownIntegration`` for the rest), parsed as
    ``get`` parses one. ``total`` counts the results of every page; the next page is
    ``page_number + 1`` until ``(page_number + 1) * page_size >= total``. Keys of the page other
    than these four are kept in ``additional_properties``.
    """

    page_number: int
    page_size: int
    total: int
    results: list[Integration]
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

    def __repr__(self) -> str:
        # Each integration's own repr hides its secrets; unknown page keys are redacted too.
        extra = {"additional_properties": self.additional_properties}
        return (
            f"IntegrationPage(page_number={self.page_number!r}, page_size={self.page_size!r}, "
            f"total={self.total!r}, results={self.results!r}, "
            f"{redacting_repr(_Extra(**extra))[len('_Extra(') : -1]})"
        )

    def to_dict(self) -> dict[str, Any]:
        """The page as the wire spells it (each integration through its own ``to_dict()``)."""
        return {
            **copy_json(self.additional_properties),
            "pageNumber": self.page_number,
            "pageSize": self.page_size,
            "total": self.total,
            "results": [item.to_dict() for item in self.results],
        }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> IntegrationPage:
        """Parse a page as answered; raises ``ResponseShapeError`` naming what is wrong where."""
        if not isinstance(src_dict, Mapping):
            raise ResponseShapeError("a page of integrations", "$", src_dict)
        numbers: dict[str, int] = {}
        for wire, attribute in _PAGE_NUMBERS:
            value = src_dict.get(wire)
            if not _is_whole_number(value):
                raise ResponseShapeError("a whole number", f"$.{wire}", value)
            numbers[attribute] = value
        if "results" not in src_dict:
            raise ResponseShapeError("an array of integrations", "$.results", None)
        known = {wire for wire, _ in _PAGE_NUMBERS} | {"results"}
        return cls(
            page_number=numbers["page_number"],
            page_size=numbers["page_size"],
            total=numbers["total"],
            results=_parse_integrations(src_dict["results"], "$.results"),
            additional_properties={
                key: copy_json(value) for key, value in src_dict.items() if key not in known
            },
        )


@attrs.define
class _Extra:
    additional_properties: dict[str, Any]


def parse_integration_page(data: object) -> IntegrationPage:
    """Parse a page of the collection; each result into the class of its channel."""
    if not isinstance(data, Mapping):
        raise ResponseShapeError("a page of integrations", "$", data)
    return IntegrationPage.from_dict(data)


def parse_integration_page_response(response: httpx.Response) -> IntegrationPage:
    """The ``parse:`` hook of list (called for 2xx answers only)."""
    return parse_integration_page(read_json(response))


__all__ = [
    "CHANNEL_CODES",
    "CHANNEL_NAMES",
    "INTEGRATION_TYPE_CODES",
    "INTEGRATION_TYPE_NAMES",
    "Integration",
    "IntegrationPage",
    "UnknownIntegration",
    "channel_name",
    "integration_type_name",
    "normalise_integration",
    "parse_integration",
    "parse_integration_list",
    "parse_integration_list_response",
    "parse_integration_page",
    "parse_integration_page_response",
    "parse_integration_response",
]
