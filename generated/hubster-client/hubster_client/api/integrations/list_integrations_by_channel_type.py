# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
from typing import Any

import httpx

from ..._runtime import Operation, ResponseShapeError, encode_path_segment
from ..._runtime._json import read_json as _read_json
from ..._runtime._models import SHAPE_ERRORS as _SHAPE_ERRORS
from ..._runtime._models import shape_error_within as _shape_error_within
from ...models.channel_name import ChannelName
from ...models.direct_integration import DirectIntegration
from ...models.messenger_integration import MessengerIntegration
from ...models.slack_integration import SlackIntegration
from ...models.system_integration import SystemIntegration
from ...models.twilio_sms_integration import TwilioSmsIntegration
from ...models.web_chat_integration import WebChatIntegration


def _get_kwargs(
    hub_id: str,
    channel_type: ChannelName,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/integrations/hubs/{hub_id}/{channel_type}".format(
            hub_id=encode_path_segment(hub_id, safe=""),
            channel_type=encode_path_segment(channel_type, safe=""),
        ),
    }

    return _kwargs


OPERATION = Operation(
    operation_id="listIntegrationsByChannelType",
    method="GET",
    path_template="/api/v1/integrations/hubs/{hub_id}/{channel_type}",
)


def _parse_success(
    response: httpx.Response,
) -> list[
    DirectIntegration
    | MessengerIntegration
    | SlackIntegration
    | SystemIntegration
    | TwilioSmsIntegration
    | WebChatIntegration
]:
    """Parse a 2xx answer of ``list_integrations_by_channel_type`` into the type the spec declares for it.

    Any 2xx status: one the spec does not list (200 for a documented 201, say) still says the
    server did what was asked, and an error would invite sending a create again. It is read as
    the 2xx answer the spec lists.
    """
    _response_200 = _read_json(response)
    if not isinstance(_response_200, list):
        raise ResponseShapeError("an array", "$", _response_200)
    response_200: list[
        DirectIntegration
        | MessengerIntegration
        | SlackIntegration
        | SystemIntegration
        | TwilioSmsIntegration
        | WebChatIntegration
    ] = []
    for response_200_item_data in _response_200:
        try:

            def _parse_response_200_item(
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

            response_200_item = _parse_response_200_item(response_200_item_data)

        except _SHAPE_ERRORS as _error:
            # The index of the item is the length of the list built so far.
            raise _shape_error_within(
                _error,
                f"[{len(response_200)}]",
                response_200_item_data,
                "a value of the type the API description gives",
            ) from None
        response_200.append(response_200_item)

    return response_200
