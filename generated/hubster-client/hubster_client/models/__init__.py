# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""Contains all the data models used in inputs/outputs"""

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
from .integration_type_name import IntegrationTypeName
from .message import Message
from .messenger_channel_code import MessengerChannelCode
from .messenger_configuration import MessengerConfiguration
from .messenger_create_configuration import MessengerCreateConfiguration
from .messenger_integration import MessengerIntegration
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
    "IntegrationTypeName",
    "Message",
    "MessengerChannelCode",
    "MessengerConfiguration",
    "MessengerCreateConfiguration",
    "MessengerIntegration",
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
