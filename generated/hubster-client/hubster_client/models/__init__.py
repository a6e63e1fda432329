# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""Every model and enum of the API, each imported on first use.

Why lazy: importing all of them at ``import`` time costs about half a millisecond per model,
and a program that uses three of them should not pay for the rest (import time is a
``make bench`` figure). ``from <package>.models import Model`` and ``models.Model`` work as
usual; type checkers read the imports under ``TYPE_CHECKING`` and never see ``__getattr__``, so
a misspelt name stays an error.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .channel_code import ChannelCode
    from .channel_name import ChannelName
    from .create_direct_integration import CreateDirectIntegration
    from .create_messenger_integration import CreateMessengerIntegration
    from .create_slack_integration import CreateSlackIntegration
    from .create_system_integration import CreateSystemIntegration
    from .create_twilio_sms_integration import CreateTwilioSmsIntegration
    from .create_web_chat_integration import CreateWebChatIntegration
    from .direct_channel_code import DirectChannelCode
    from .direct_configuration import DirectConfiguration
    from .direct_create_configuration import DirectCreateConfiguration
    from .direct_integration import DirectIntegration
    from .direct_update_configuration import DirectUpdateConfiguration
    from .error_response import ErrorResponse
    from .error_response_errors_item import ErrorResponseErrorsItem
    from .integration_status import IntegrationStatus
    from .integration_type_code import IntegrationTypeCode
    from .integration_type_name import IntegrationTypeName
    from .message import Message
    from .messenger_channel_code import MessengerChannelCode
    from .messenger_configuration import MessengerConfiguration
    from .messenger_create_configuration import MessengerCreateConfiguration
    from .messenger_integration import MessengerIntegration
    from .paginated_integrations import PaginatedIntegrations
    from .slack_channel_code import SlackChannelCode
    from .slack_configuration import SlackConfiguration
    from .slack_create_configuration import SlackCreateConfiguration
    from .slack_integration import SlackIntegration
    from .system_channel_code import SystemChannelCode
    from .system_configuration import SystemConfiguration
    from .system_create_configuration import SystemCreateConfiguration
    from .system_integration import SystemIntegration
    from .system_update_configuration import SystemUpdateConfiguration
    from .twilio_sms_capabilities import TwilioSmsCapabilities
    from .twilio_sms_channel_code import TwilioSmsChannelCode
    from .twilio_sms_configuration import TwilioSmsConfiguration
    from .twilio_sms_create_configuration import TwilioSmsCreateConfiguration
    from .twilio_sms_integration import TwilioSmsIntegration
    from .update_direct_integration import UpdateDirectIntegration
    from .update_messenger_integration import UpdateMessengerIntegration
    from .update_slack_integration import UpdateSlackIntegration
    from .update_system_integration import UpdateSystemIntegration
    from .update_twilio_sms_integration import UpdateTwilioSmsIntegration
    from .update_web_chat_integration import UpdateWebChatIntegration
    from .web_chat_channel_code import WebChatChannelCode
    from .web_chat_configuration import WebChatConfiguration
    from .web_chat_create_configuration import WebChatCreateConfiguration
    from .web_chat_integration import WebChatIntegration
    from .web_chat_update_configuration import WebChatUpdateConfiguration

# Model name -> the module that defines it.
_MODULES: dict[str, str] = {
    "ChannelCode": ".channel_code",
    "ChannelName": ".channel_name",
    "CreateDirectIntegration": ".create_direct_integration",
    "CreateMessengerIntegration": ".create_messenger_integration",
    "CreateSlackIntegration": ".create_slack_integration",
    "CreateSystemIntegration": ".create_system_integration",
    "CreateTwilioSmsIntegration": ".create_twilio_sms_integration",
    "CreateWebChatIntegration": ".create_web_chat_integration",
    "DirectChannelCode": ".direct_channel_code",
    "DirectConfiguration": ".direct_configuration",
    "DirectCreateConfiguration": ".direct_create_configuration",
    "DirectIntegration": ".direct_integration",
    "DirectUpdateConfiguration": ".direct_update_configuration",
    "ErrorResponse": ".error_response",
    "ErrorResponseErrorsItem": ".error_response_errors_item",
    "IntegrationStatus": ".integration_status",
    "IntegrationTypeCode": ".integration_type_code",
    "IntegrationTypeName": ".integration_type_name",
    "Message": ".message",
    "MessengerChannelCode": ".messenger_channel_code",
    "MessengerConfiguration": ".messenger_configuration",
    "MessengerCreateConfiguration": ".messenger_create_configuration",
    "MessengerIntegration": ".messenger_integration",
    "PaginatedIntegrations": ".paginated_integrations",
    "SlackChannelCode": ".slack_channel_code",
    "SlackConfiguration": ".slack_configuration",
    "SlackCreateConfiguration": ".slack_create_configuration",
    "SlackIntegration": ".slack_integration",
    "SystemChannelCode": ".system_channel_code",
    "SystemConfiguration": ".system_configuration",
    "SystemCreateConfiguration": ".system_create_configuration",
    "SystemIntegration": ".system_integration",
    "SystemUpdateConfiguration": ".system_update_configuration",
    "TwilioSmsCapabilities": ".twilio_sms_capabilities",
    "TwilioSmsChannelCode": ".twilio_sms_channel_code",
    "TwilioSmsConfiguration": ".twilio_sms_configuration",
    "TwilioSmsCreateConfiguration": ".twilio_sms_create_configuration",
    "TwilioSmsIntegration": ".twilio_sms_integration",
    "UpdateDirectIntegration": ".update_direct_integration",
    "UpdateMessengerIntegration": ".update_messenger_integration",
    "UpdateSlackIntegration": ".update_slack_integration",
    "UpdateSystemIntegration": ".update_system_integration",
    "UpdateTwilioSmsIntegration": ".update_twilio_sms_integration",
    "UpdateWebChatIntegration": ".update_web_chat_integration",
    "WebChatChannelCode": ".web_chat_channel_code",
    "WebChatConfiguration": ".web_chat_configuration",
    "WebChatCreateConfiguration": ".web_chat_create_configuration",
    "WebChatIntegration": ".web_chat_integration",
    "WebChatUpdateConfiguration": ".web_chat_update_configuration",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(module, __name__), name)
        globals()[name] = value  # later lookups find it without calling __getattr__
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = (
    "ChannelCode",
    "ChannelName",
    "CreateDirectIntegration",
    "CreateMessengerIntegration",
    "CreateSlackIntegration",
    "CreateSystemIntegration",
    "CreateTwilioSmsIntegration",
    "CreateWebChatIntegration",
    "DirectChannelCode",
    "DirectConfiguration",
    "DirectCreateConfiguration",
    "DirectIntegration",
    "DirectUpdateConfiguration",
    "ErrorResponse",
    "ErrorResponseErrorsItem",
    "IntegrationStatus",
    "IntegrationTypeCode",
    "IntegrationTypeName",
    "Message",
    "MessengerChannelCode",
    "MessengerConfiguration",
    "MessengerCreateConfiguration",
    "MessengerIntegration",
    "PaginatedIntegrations",
    "SlackChannelCode",
    "SlackConfiguration",
    "SlackCreateConfiguration",
    "SlackIntegration",
    "SystemChannelCode",
    "SystemConfiguration",
    "SystemCreateConfiguration",
    "SystemIntegration",
    "SystemUpdateConfiguration",
    "TwilioSmsCapabilities",
    "TwilioSmsChannelCode",
    "TwilioSmsConfiguration",
    "TwilioSmsCreateConfiguration",
    "TwilioSmsIntegration",
    "UpdateDirectIntegration",
    "UpdateMessengerIntegration",
    "UpdateSlackIntegration",
    "UpdateSystemIntegration",
    "UpdateTwilioSmsIntegration",
    "UpdateWebChatIntegration",
    "WebChatChannelCode",
    "WebChatConfiguration",
    "WebChatCreateConfiguration",
    "WebChatIntegration",
    "WebChatUpdateConfiguration",
)
