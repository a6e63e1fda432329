# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
from typing import Any

import httpx

from ..._runtime import Operation, encode_path_segment
from ..._runtime._json import read_json as _read_json
from ...models.direct_integration import DirectIntegration
from ...models.messenger_integration import MessengerIntegration
from ...models.slack_integration import SlackIntegration
from ...models.system_integration import SystemIntegration
from ...models.twilio_sms_integration import TwilioSmsIntegration
from ...models.web_chat_integration import WebChatIntegration


def _get_kwargs(
    integration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/integrations/{integration_id}".format(
            integration_id=encode_path_segment(integration_id, safe=""),
        ),
    }

    return _kwargs


OPERATION = Operation(
    operation_id="getIntegration",
    method="GET",
    path_template="/api/v1/integrations/{integration_id}",
)


def _parse_success(
    response: httpx.Response,
) -> (
    DirectIntegration
    | MessengerIntegration
    | SlackIntegration
    | SystemIntegration
    | TwilioSmsIntegration
    | WebChatIntegration
):
    """Parse a 2xx answer of ``get_integration`` into the type the spec declares for it.

    Any 2xx status: one the spec does not list (200 for a documented 201, say) still says the
    server did what was asked, and an error would invite sending a create again. It is read as
    the 2xx answer the spec lists.
    """

    def _parse_response_200(
        data: object,
    ) -> (
        DirectIntegration
        | MessengerIntegration
        | SlackIntegration
        | SystemIntegration
        | TwilioSmsIntegration
        | WebChatIntegration
    ):
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_integration_type_0 = TwilioSmsIntegration.from_dict(data)

            return componentsschemas_integration_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_integration_type_1 = MessengerIntegration.from_dict(data)

            return componentsschemas_integration_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_integration_type_2 = WebChatIntegration.from_dict(data)

            return componentsschemas_integration_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_integration_type_3 = DirectIntegration.from_dict(data)

            return componentsschemas_integration_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_integration_type_4 = SystemIntegration.from_dict(data)

            return componentsschemas_integration_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_integration_type_5 = SlackIntegration.from_dict(data)

        return componentsschemas_integration_type_5

    response_200 = _parse_response_200(_read_json(response))

    return response_200
