# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""Pydantic v2 models of the wire format, made by datamodel-code-generator from the same
overlaid spec as the client: a second, independent reading of it. The fake server validates
request bodies with them, so a disagreement between the two generators fails a test."""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import Literal

from pydantic import MISSING, AnyUrl, BaseModel, ConfigDict, Field, RootModel, SecretStr


class ChannelName(StrEnum):
    Hubster = "Hubster"
    Direct = "Direct"
    Bot = "Bot"
    System = "System"
    Messenger = "Messenger"
    TwilioSMS = "TwilioSMS"
    Line = "Line"
    Telegram = "Telegram"
    Kik = "Kik"
    WebChat = "WebChat"
    Slack = "Slack"


class ChannelCode(IntEnum):
    HUBSTER = 0
    DIRECT = 1
    BOT = 2
    SYSTEM = 3
    MESSENGER = 101
    TWILIO_SMS = 102
    LINE = 103
    TELEGRAM = 104
    KIK = 105
    WEB_CHAT = 106
    SLACK = 1001


class IntegrationStatus(IntEnum):
    ACTIVE = 3000
    CANCELED = 3001
    PAUSED = 3002


class IntegrationTypeName(StrEnum):
    None_ = "None"
    Hubster = "Hubster"
    Customer = "Customer"
    Agent = "Agent"
    Bot = "Bot"
    System = "System"


class IntegrationTypeCode(IntEnum):
    NONE = 0
    HUBSTER = 1
    CUSTOMER = 2
    AGENT = 3
    BOT = 4
    SYSTEM = 5


class TwilioSmsChannelCode(IntEnum):
    TWILIO_SMS = 102


class MessengerChannelCode(IntEnum):
    MESSENGER = 101


class WebChatChannelCode(IntEnum):
    WEB_CHAT = 106


class DirectChannelCode(IntEnum):
    DIRECT = 1


class SystemChannelCode(IntEnum):
    SYSTEM = 3


class SlackChannelCode(IntEnum):
    SLACK = 1001


class Message(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    type: str = Field(..., description="Message type, e.g. `text`.")
    text: str | MISSING = Field(MISSING, description="The text of a text message.")


class Error(BaseModel):
    code: int = Field(..., description="Numeric error code (e.g. 301 for PRT000301).")
    description: str = Field(..., description="Explanation, ending in the Portal error code.")


class ErrorResponse(BaseModel):
    status: int = Field(..., description="The HTTP status of the response, repeated.")
    errors: list[Error] = Field(..., description="One entry per problem.")


class ChannelId(StrEnum):
    TwilioSMS = "TwilioSMS"


class ChannelId1(StrEnum):
    Messenger = "Messenger"


class ChannelId2(StrEnum):
    WebChat = "WebChat"


class ChannelId3(StrEnum):
    Direct = "Direct"


class ChannelId4(StrEnum):
    System = "System"


class ChannelId5(StrEnum):
    Slack = "Slack"


class TwilioSmsCapabilities(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    mms: bool | MISSING = Field(MISSING, description="Can send and receive MMS.")
    sms: bool | MISSING = Field(MISSING, description="Can send and receive SMS.")
    voice: bool | MISSING = Field(MISSING, description="Can take voice calls.")


class MessengerConfiguration(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    appId: str | MISSING = Field(MISSING, description="Facebook app id.")
    pageId: str | MISSING = Field(MISSING, description="Facebook page id.")
    pageAccessToken: SecretStr | MISSING = Field(MISSING, description="Facebook page access token.")


class WebChatConfiguration(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    allowedOrigins: list[str] | MISSING = Field(
        MISSING, description="Domains allowed to host the web chat widget."
    )
    echo: bool | MISSING = Field(
        MISSING, description="Whether activities from this integration are echoed back to it."
    )
    start: list[Message] | MISSING = Field(
        MISSING, description="Messages shown when a conversation starts."
    )


class DirectConfiguration(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    integrationType: str | MISSING = Field(
        MISSING,
        description="Who the integration speaks for; real values are the names in `IntegrationTypeName`.\nThe documented GET example shows an unfilled placeholder instead.\n",
    )
    echo: bool | MISSING = Field(
        MISSING, description="Whether activities from this integration are echoed back to it."
    )
    webhookUrl: AnyUrl | MISSING = Field(
        MISSING, description="Where activities are delivered; without it they go over websockets."
    )
    publicSigningKey: str | MISSING = Field(
        MISSING, description="Public key for checking signed activities (examples are truncated)."
    )
    privateSigningKey: SecretStr | MISSING = Field(MISSING, description="Private signing key.")
    start: list[Message] | MISSING = Field(
        MISSING, description="Messages shown when a conversation starts."
    )
    welcomeMessage: str | MISSING = Field(
        MISSING, description="The greeting text, as reads answer it."
    )


class SystemConfiguration(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    webhookUrl: AnyUrl | MISSING = Field(
        MISSING, description="Where the subscribed activities are delivered."
    )
    events: list[str] | MISSING = Field(
        MISSING, description="Activity events delivered to the webhook, e.g. `message:customer`."
    )
    publicSigningKey: str | MISSING = Field(
        MISSING, description="Public key for checking signed activities."
    )
    privateSigningKey: SecretStr | MISSING = Field(MISSING, description="Private signing key.")


class SlackConfiguration(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    botAccessToken: SecretStr | MISSING = Field(
        MISSING, description="Slack bot token (`xoxb-...`)."
    )
    appAccessToken: SecretStr | MISSING = Field(
        MISSING, description="Slack user/app token (`xoxp-...`)."
    )
    defaultPublicChannel: str | MISSING = Field(
        MISSING, description="Slack channel posted to by default."
    )
    teamId: str | MISSING = Field(MISSING, description="Slack workspace (team) id.")
    botName: str | MISSING = Field(MISSING, description="Display name of the bot.")


class TwilioSmsCreateConfiguration(BaseModel):
    authToken: SecretStr = Field(..., description="Twilio auth token.")
    accountSid: str = Field(..., description="Twilio account SID (starts with `AC`).")
    numberSid: str = Field(
        ..., description="SID of the Twilio phone number to use (starts with `PN`)."
    )


class MessengerCreateConfiguration(BaseModel):
    pageAccessToken: SecretStr = Field(..., description="Facebook page access token.")


class WebChatCreateConfiguration(BaseModel):
    allowedOrigins: list[str] = Field(
        ..., description="Domains allowed to host the web chat widget (at least one).", min_length=1
    )
    start: list[Message] | MISSING = Field(
        MISSING, description="Messages shown when a conversation starts."
    )


class DirectCreateConfiguration(BaseModel):
    integrationType: IntegrationTypeName = Field(..., description="Who the integration speaks for.")
    echo: bool | MISSING = Field(
        MISSING, description="Echo activities received from this integration back to it."
    )
    webhookUrl: AnyUrl | MISSING = Field(
        MISSING, description="Where activities are delivered; without it they go over websockets."
    )
    start: list[Message] | MISSING = Field(
        MISSING, description="Messages shown when a conversation starts."
    )


class SystemCreateConfiguration(BaseModel):
    webhookUrl: AnyUrl = Field(..., description="Where the subscribed activities are delivered.")
    events: list[str] = Field(
        ..., description="Activity events to deliver, e.g. `message:customer`."
    )


class SlackCreateConfiguration(BaseModel):
    code: SecretStr = Field(..., description="The OAuth 2 code Slack handed out.")
    nonce: SecretStr | MISSING = Field(
        MISSING, description="The verification signature (current docs)."
    )
    state: SecretStr | MISSING = Field(
        MISSING,
        description="The OAuth 2 state, a UNIX time combined with the client secret (older docs).",
    )


class UpdateTwilioSmsIntegration(BaseModel):
    name: str | MISSING = Field(MISSING, description="New name, unique within the hub.")
    statusId: IntegrationStatus | MISSING = MISSING


class UpdateMessengerIntegration(BaseModel):
    name: str | MISSING = Field(MISSING, description="New name, unique within the hub.")
    statusId: IntegrationStatus | MISSING = MISSING


class UpdateSlackIntegration(BaseModel):
    name: str | MISSING = Field(MISSING, description="New name, unique within the hub.")
    statusId: IntegrationStatus | MISSING = MISSING


class WebChatUpdateConfiguration(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    allowedOrigins: list[str] | MISSING = Field(
        MISSING, description="Domains allowed to host the web chat widget."
    )
    start: list[Message] | MISSING = Field(
        MISSING, description="Messages shown when a conversation starts."
    )


class DirectUpdateConfiguration(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    integrationType: IntegrationTypeName | MISSING = Field(
        MISSING, description="Who the integration speaks for."
    )
    echo: bool | MISSING = Field(
        MISSING, description="Echo activities received from this integration back to it."
    )
    webhookUrl: AnyUrl | MISSING = Field(
        MISSING, description="Where activities are delivered; without it they go over websockets."
    )
    regenerateKeys: bool | MISSING = Field(
        MISSING, description="Generate a new pair of signing keys."
    )
    start: list[Message] | MISSING = Field(
        MISSING, description="Messages shown when a conversation starts."
    )


class SystemUpdateConfiguration(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    webhookUrl: AnyUrl | MISSING = Field(
        MISSING, description="Where the subscribed activities are delivered."
    )
    regenerateKeys: bool | MISSING = Field(
        MISSING, description="Generate a new pair of signing keys."
    )
    events: list[str] | MISSING = Field(
        MISSING, description="Activity events to deliver, e.g. `message:customer`."
    )


class MessengerIntegration(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    integrationId: str = Field(
        ..., description="Id of the integration (a UUID; documented examples use placeholders)."
    )
    hubId: str = Field(
        ..., description="Id of the hub (a UUID; documented examples use placeholders)."
    )
    inboundId: str | MISSING = Field(
        MISSING, description="Channel-side id of the inbound endpoint (answered by GET)."
    )
    integrationTypeId: IntegrationTypeName | IntegrationTypeCode = Field(
        ..., description="Who the integration speaks for, by name or by numeric code."
    )
    channelId: ChannelId1 = Field(
        ...,
        description="The channel, always by name: the client turns the numeric code that the documented GET answers (102 for TwilioSMS) into the name before parsing.",
    )
    name: str = Field(..., description="Name of the integration, unique within its hub.")
    statusId: IntegrationStatus
    configuration: MessengerConfiguration


class WebChatIntegration(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    integrationId: str = Field(
        ..., description="Id of the integration (a UUID; documented examples use placeholders)."
    )
    hubId: str = Field(
        ..., description="Id of the hub (a UUID; documented examples use placeholders)."
    )
    inboundId: str | MISSING = Field(
        MISSING, description="Channel-side id of the inbound endpoint (answered by GET)."
    )
    integrationTypeId: IntegrationTypeName | IntegrationTypeCode = Field(
        ..., description="Who the integration speaks for, by name or by numeric code."
    )
    channelId: ChannelId2 = Field(
        ...,
        description="The channel, always by name: the client turns the numeric code that the documented GET answers (102 for TwilioSMS) into the name before parsing.",
    )
    name: str = Field(..., description="Name of the integration, unique within its hub.")
    statusId: IntegrationStatus
    configuration: WebChatConfiguration


class DirectIntegration(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    integrationId: str = Field(
        ..., description="Id of the integration (a UUID; documented examples use placeholders)."
    )
    hubId: str = Field(
        ..., description="Id of the hub (a UUID; documented examples use placeholders)."
    )
    inboundId: str | MISSING = Field(
        MISSING, description="Channel-side id of the inbound endpoint (answered by GET)."
    )
    integrationTypeId: IntegrationTypeName | IntegrationTypeCode = Field(
        ..., description="Who the integration speaks for, by name or by numeric code."
    )
    channelId: ChannelId3 = Field(
        ...,
        description="The channel, always by name: the client turns the numeric code that the documented GET answers (102 for TwilioSMS) into the name before parsing.",
    )
    name: str = Field(..., description="Name of the integration, unique within its hub.")
    statusId: IntegrationStatus
    configuration: DirectConfiguration


class SystemIntegration(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    integrationId: str | MISSING = Field(
        MISSING, description="Id of the integration (a UUID; documented examples use placeholders)."
    )
    hubId: str | MISSING = Field(
        MISSING, description="Id of the hub (a UUID; documented examples use placeholders)."
    )
    inboundId: str | MISSING = Field(
        MISSING, description="Channel-side id of the inbound endpoint (answered by GET)."
    )
    integrationTypeId: IntegrationTypeName | IntegrationTypeCode = Field(
        ..., description="Who the integration speaks for, by name or by numeric code."
    )
    channelId: ChannelId4 = Field(
        ...,
        description="The channel, always by name: the client turns the numeric code that the documented GET answers (102 for TwilioSMS) into the name before parsing.",
    )
    name: str = Field(..., description="Name of the integration, unique within its hub.")
    statusId: IntegrationStatus | MISSING = MISSING
    configuration: SystemConfiguration


class SlackIntegration(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    integrationId: str = Field(
        ..., description="Id of the integration (a UUID; documented examples use placeholders)."
    )
    hubId: str = Field(
        ..., description="Id of the hub (a UUID; documented examples use placeholders)."
    )
    inboundId: str | MISSING = Field(
        MISSING, description="Channel-side id of the inbound endpoint (answered by GET)."
    )
    integrationTypeId: IntegrationTypeName | IntegrationTypeCode = Field(
        ..., description="Who the integration speaks for, by name or by numeric code."
    )
    channelId: ChannelId5 = Field(
        ...,
        description="The channel, always by name: the client turns the numeric code that the documented GET answers (102 for TwilioSMS) into the name before parsing.",
    )
    name: str = Field(..., description="Name of the integration, unique within its hub.")
    statusId: IntegrationStatus
    configuration: SlackConfiguration


class TwilioSmsConfiguration(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    accountSid: str | MISSING = Field(MISSING, description="Twilio account SID (starts with `AC`).")
    authToken: SecretStr | MISSING = Field(MISSING, description="Twilio auth token.")
    numberSid: str | MISSING = Field(
        MISSING, description="SID of the Twilio phone number (starts with `PN`)."
    )
    phoneNumber: str | MISSING = Field(
        MISSING, description="The phone number in E.164 form (examples are truncated)."
    )
    capabilities: TwilioSmsCapabilities | MISSING = MISSING


class CreateTwilioSmsIntegration(BaseModel):
    channelId: Literal["TwilioSMS"] = Field(
        ..., description="Channel type; always `TwilioSMS` here."
    )
    name: str = Field(..., description="Name of the integration, unique within the hub.")
    statusId: IntegrationStatus | None = Field(
        IntegrationStatus.ACTIVE, description="Initial status; active (3000) when left out."
    )
    configuration: TwilioSmsCreateConfiguration


class CreateMessengerIntegration(BaseModel):
    channelId: Literal["Messenger"] = Field(
        ..., description="Channel type; always `Messenger` here."
    )
    name: str = Field(..., description="Name of the integration, unique within the hub.")
    statusId: IntegrationStatus | None = Field(
        IntegrationStatus.ACTIVE, description="Initial status; active (3000) when left out."
    )
    configuration: MessengerCreateConfiguration


class CreateWebChatIntegration(BaseModel):
    channelId: Literal["WebChat"] = Field(..., description="Channel type; always `WebChat` here.")
    name: str = Field(..., description="Name of the integration, unique within the hub.")
    statusId: IntegrationStatus | None = Field(
        IntegrationStatus.ACTIVE, description="Initial status; active (3000) when left out."
    )
    configuration: WebChatCreateConfiguration


class CreateDirectIntegration(BaseModel):
    channelId: Literal["Direct"] = Field(..., description="Channel type; always `Direct` here.")
    name: str = Field(..., description="Name of the integration, unique within the hub.")
    statusId: IntegrationStatus | None = Field(
        IntegrationStatus.ACTIVE, description="Initial status; active (3000) when left out."
    )
    configuration: DirectCreateConfiguration


class CreateSystemIntegration(BaseModel):
    channelId: Literal["System"] = Field(..., description="Channel type; always `System` here.")
    name: str = Field(..., description="Name of the integration, unique within the hub.")
    statusId: IntegrationStatus | None = Field(
        IntegrationStatus.ACTIVE, description="Initial status; active (3000) when left out."
    )
    configuration: SystemCreateConfiguration


class CreateSlackIntegration(BaseModel):
    channelId: Literal["Slack"] = Field(..., description="Channel type; always `Slack` here.")
    name: str = Field(..., description="Name of the integration, unique within the hub.")
    statusId: IntegrationStatus | None = Field(
        IntegrationStatus.ACTIVE, description="Initial status; active (3000) when left out."
    )
    configuration: SlackCreateConfiguration


class UpdateWebChatIntegration(BaseModel):
    name: str | MISSING = Field(MISSING, description="New name, unique within the hub.")
    statusId: IntegrationStatus | MISSING = MISSING
    configuration: WebChatUpdateConfiguration | MISSING = MISSING


class UpdateDirectIntegration(BaseModel):
    name: str | MISSING = Field(MISSING, description="New name, unique within the hub.")
    statusId: IntegrationStatus | MISSING = MISSING
    configuration: DirectUpdateConfiguration | MISSING = MISSING


class UpdateSystemIntegration(BaseModel):
    name: str | MISSING = Field(MISSING, description="New name, unique within the hub.")
    statusId: IntegrationStatus | MISSING = MISSING
    configuration: SystemUpdateConfiguration | MISSING = MISSING


class TwilioSmsIntegration(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    integrationId: str = Field(
        ..., description="Id of the integration (a UUID; documented examples use placeholders)."
    )
    hubId: str = Field(
        ..., description="Id of the hub (a UUID; documented examples use placeholders)."
    )
    inboundId: str | MISSING = Field(
        MISSING,
        description="Channel-side id of the inbound endpoint (answered by GET, e.g. the Twilio account SID).",
    )
    integrationTypeId: IntegrationTypeName | IntegrationTypeCode = Field(
        ..., description="Who the integration speaks for, by name or by numeric code."
    )
    channelId: ChannelId = Field(
        ...,
        description="The channel, always by name: the client turns the numeric code that the documented GET answers (102 for TwilioSMS) into the name before parsing.",
    )
    name: str = Field(..., description="Name of the integration, unique within its hub.")
    statusId: IntegrationStatus
    configuration: TwilioSmsConfiguration


class CreateIntegrationRequest(
    RootModel[
        CreateTwilioSmsIntegration
        | CreateMessengerIntegration
        | CreateWebChatIntegration
        | CreateDirectIntegration
        | CreateSystemIntegration
        | CreateSlackIntegration
    ]
):
    root: (
        CreateTwilioSmsIntegration
        | CreateMessengerIntegration
        | CreateWebChatIntegration
        | CreateDirectIntegration
        | CreateSystemIntegration
        | CreateSlackIntegration
    ) = Field(
        ...,
        description="A new integration; `channelId` decides which configuration applies.",
        discriminator="channelId",
    )


class UpdateIntegrationRequest(
    RootModel[
        UpdateWebChatIntegration
        | UpdateDirectIntegration
        | UpdateSystemIntegration
        | UpdateTwilioSmsIntegration
        | UpdateMessengerIntegration
        | UpdateSlackIntegration
    ]
):
    root: (
        UpdateWebChatIntegration
        | UpdateDirectIntegration
        | UpdateSystemIntegration
        | UpdateTwilioSmsIntegration
        | UpdateMessengerIntegration
        | UpdateSlackIntegration
    ) = Field(
        ...,
        description="Changes to an integration. The body has no `channelId`, so the variant is chosen by the\ncaller; they differ only in the configuration they allow.\n",
    )


class Integration(
    RootModel[
        TwilioSmsIntegration
        | MessengerIntegration
        | WebChatIntegration
        | DirectIntegration
        | SystemIntegration
        | SlackIntegration
    ]
):
    root: (
        TwilioSmsIntegration
        | MessengerIntegration
        | WebChatIntegration
        | DirectIntegration
        | SystemIntegration
        | SlackIntegration
    ) = Field(
        ...,
        description="An integration as the API answers it. Which variant applies follows from `channelId`,\ngiven by name or, as the documented GET does, by numeric code.\n",
    )


class PaginatedIntegrations(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    pageNumber: int = Field(..., description="The page answered, counted from 0.")
    pageSize: int = Field(
        ..., description="The page size asked for (not the number of results on this page)."
    )
    total: int = Field(..., description="How many integrations all pages hold together.")
    results: list[Integration] = Field(..., description="The integrations of this page.")
