# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import Operation, encode_path_segment
from ...client import AuthenticatedClient, Client
from ...models.channel_name import ChannelName
from ...models.direct_integration import DirectIntegration
from ...models.error_response import ErrorResponse
from ...models.messenger_integration import MessengerIntegration
from ...models.slack_integration import SlackIntegration
from ...models.system_integration import SystemIntegration
from ...models.twilio_sms_integration import TwilioSmsIntegration
from ...models.web_chat_integration import WebChatIntegration
from ...types import Response


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorResponse
    | list[
        DirectIntegration
        | MessengerIntegration
        | SlackIntegration
        | SystemIntegration
        | TwilioSmsIntegration
        | WebChatIntegration
    ]
    | None
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

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

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 408:
        response_408 = ErrorResponse.from_dict(response.json())

        return response_408

    if response.status_code == 410:
        response_410 = ErrorResponse.from_dict(response.json())

        return response_410

    if response.status_code == 417:
        response_417 = ErrorResponse.from_dict(response.json())

        return response_417

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 501:
        response_501 = ErrorResponse.from_dict(response.json())

        return response_501

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


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
    """Parse a 2xx answer of ``list_integrations_by_channel_type`` into the type the spec declares for it."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

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

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ErrorResponse
    | list[
        DirectIntegration
        | MessengerIntegration
        | SlackIntegration
        | SystemIntegration
        | TwilioSmsIntegration
        | WebChatIntegration
    ]
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hub_id: str,
    channel_type: ChannelName,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ErrorResponse
    | list[
        DirectIntegration
        | MessengerIntegration
        | SlackIntegration
        | SystemIntegration
        | TwilioSmsIntegration
        | WebChatIntegration
    ]
]:
    """List a hub's integrations of one channel type

     Answers every integration of the hub whose channel is the given channel type, as a
    plain array (not paginated). Items have the shape of the get answer.

    Args:
        hub_id (str):
        channel_type (ChannelName): Channel types by name, as requests send them and current
            answers give them. The numeric
            code of each is in `ChannelCode` (Hubster 0, Direct 1, Bot 2, System 3, Messenger 101,
            TwilioSMS 102, Line 103, Telegram 104, Kik 105, WebChat 106, Slack 1001). Only Direct,
            System, Messenger, TwilioSMS, WebChat and Slack have documented integration
            configurations; Hubster is the platform's internal channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[DirectIntegration | MessengerIntegration | SlackIntegration | SystemIntegration | TwilioSmsIntegration | WebChatIntegration]]
    """

    kwargs = _get_kwargs(
        hub_id=hub_id,
        channel_type=channel_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hub_id: str,
    channel_type: ChannelName,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ErrorResponse
    | list[
        DirectIntegration
        | MessengerIntegration
        | SlackIntegration
        | SystemIntegration
        | TwilioSmsIntegration
        | WebChatIntegration
    ]
    | None
):
    """List a hub's integrations of one channel type

     Answers every integration of the hub whose channel is the given channel type, as a
    plain array (not paginated). Items have the shape of the get answer.

    Args:
        hub_id (str):
        channel_type (ChannelName): Channel types by name, as requests send them and current
            answers give them. The numeric
            code of each is in `ChannelCode` (Hubster 0, Direct 1, Bot 2, System 3, Messenger 101,
            TwilioSMS 102, Line 103, Telegram 104, Kik 105, WebChat 106, Slack 1001). Only Direct,
            System, Messenger, TwilioSMS, WebChat and Slack have documented integration
            configurations; Hubster is the platform's internal channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[DirectIntegration | MessengerIntegration | SlackIntegration | SystemIntegration | TwilioSmsIntegration | WebChatIntegration]
    """

    return sync_detailed(
        hub_id=hub_id,
        channel_type=channel_type,
        client=client,
    ).parsed


async def asyncio_detailed(
    hub_id: str,
    channel_type: ChannelName,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ErrorResponse
    | list[
        DirectIntegration
        | MessengerIntegration
        | SlackIntegration
        | SystemIntegration
        | TwilioSmsIntegration
        | WebChatIntegration
    ]
]:
    """List a hub's integrations of one channel type

     Answers every integration of the hub whose channel is the given channel type, as a
    plain array (not paginated). Items have the shape of the get answer.

    Args:
        hub_id (str):
        channel_type (ChannelName): Channel types by name, as requests send them and current
            answers give them. The numeric
            code of each is in `ChannelCode` (Hubster 0, Direct 1, Bot 2, System 3, Messenger 101,
            TwilioSMS 102, Line 103, Telegram 104, Kik 105, WebChat 106, Slack 1001). Only Direct,
            System, Messenger, TwilioSMS, WebChat and Slack have documented integration
            configurations; Hubster is the platform's internal channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[DirectIntegration | MessengerIntegration | SlackIntegration | SystemIntegration | TwilioSmsIntegration | WebChatIntegration]]
    """

    kwargs = _get_kwargs(
        hub_id=hub_id,
        channel_type=channel_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hub_id: str,
    channel_type: ChannelName,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ErrorResponse
    | list[
        DirectIntegration
        | MessengerIntegration
        | SlackIntegration
        | SystemIntegration
        | TwilioSmsIntegration
        | WebChatIntegration
    ]
    | None
):
    """List a hub's integrations of one channel type

     Answers every integration of the hub whose channel is the given channel type, as a
    plain array (not paginated). Items have the shape of the get answer.

    Args:
        hub_id (str):
        channel_type (ChannelName): Channel types by name, as requests send them and current
            answers give them. The numeric
            code of each is in `ChannelCode` (Hubster 0, Direct 1, Bot 2, System 3, Messenger 101,
            TwilioSMS 102, Line 103, Telegram 104, Kik 105, WebChat 106, Slack 1001). Only Direct,
            System, Messenger, TwilioSMS, WebChat and Slack have documented integration
            configurations; Hubster is the platform's internal channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[DirectIntegration | MessengerIntegration | SlackIntegration | SystemIntegration | TwilioSmsIntegration | WebChatIntegration]
    """

    return (
        await asyncio_detailed(
            hub_id=hub_id,
            channel_type=channel_type,
            client=client,
        )
    ).parsed
