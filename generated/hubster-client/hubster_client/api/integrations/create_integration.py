# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import Operation, encode_path_segment
from ...client import AuthenticatedClient, Client
from ...models.create_direct_integration import CreateDirectIntegration
from ...models.create_messenger_integration import CreateMessengerIntegration
from ...models.create_slack_integration import CreateSlackIntegration
from ...models.create_system_integration import CreateSystemIntegration
from ...models.create_twilio_sms_integration import CreateTwilioSmsIntegration
from ...models.create_web_chat_integration import CreateWebChatIntegration
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
    *,
    body: CreateDirectIntegration
    | CreateMessengerIntegration
    | CreateSlackIntegration
    | CreateSystemIntegration
    | CreateTwilioSmsIntegration
    | CreateWebChatIntegration,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/integrations/hubs/{hub_id}".format(
            hub_id=encode_path_segment(hub_id, safe=""),
        ),
    }

    if isinstance(body, CreateTwilioSmsIntegration):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CreateMessengerIntegration):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CreateWebChatIntegration):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CreateDirectIntegration):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CreateSystemIntegration):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DirectIntegration
    | MessengerIntegration
    | SlackIntegration
    | SystemIntegration
    | TwilioSmsIntegration
    | WebChatIntegration
    | ErrorResponse
    | None
):
    if response.status_code == 200:

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

        response_200 = _parse_response_200(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
    operation_id="createIntegration",
    method="POST",
    path_template="/api/v1/integrations/hubs/{hub_id}",
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
    """Parse a 2xx answer of ``create_integration`` into the type the spec declares for it."""
    if response.status_code == 200:

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

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DirectIntegration
    | MessengerIntegration
    | SlackIntegration
    | SystemIntegration
    | TwilioSmsIntegration
    | WebChatIntegration
    | ErrorResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hub_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDirectIntegration
    | CreateMessengerIntegration
    | CreateSlackIntegration
    | CreateSystemIntegration
    | CreateTwilioSmsIntegration
    | CreateWebChatIntegration,
) -> Response[
    DirectIntegration
    | MessengerIntegration
    | SlackIntegration
    | SystemIntegration
    | TwilioSmsIntegration
    | WebChatIntegration
    | ErrorResponse
]:
    """Create an integration

     Creates an integration of the given channel in the hub. The shape of `configuration`
    depends on `channelId`.

    Args:
        hub_id (str):
        body (CreateDirectIntegration | CreateMessengerIntegration | CreateSlackIntegration |
            CreateSystemIntegration | CreateTwilioSmsIntegration | CreateWebChatIntegration): A new
            integration; `channelId` decides which configuration applies.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirectIntegration | MessengerIntegration | SlackIntegration | SystemIntegration | TwilioSmsIntegration | WebChatIntegration | ErrorResponse]
    """

    kwargs = _get_kwargs(
        hub_id=hub_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hub_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDirectIntegration
    | CreateMessengerIntegration
    | CreateSlackIntegration
    | CreateSystemIntegration
    | CreateTwilioSmsIntegration
    | CreateWebChatIntegration,
) -> (
    DirectIntegration
    | MessengerIntegration
    | SlackIntegration
    | SystemIntegration
    | TwilioSmsIntegration
    | WebChatIntegration
    | ErrorResponse
    | None
):
    """Create an integration

     Creates an integration of the given channel in the hub. The shape of `configuration`
    depends on `channelId`.

    Args:
        hub_id (str):
        body (CreateDirectIntegration | CreateMessengerIntegration | CreateSlackIntegration |
            CreateSystemIntegration | CreateTwilioSmsIntegration | CreateWebChatIntegration): A new
            integration; `channelId` decides which configuration applies.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirectIntegration | MessengerIntegration | SlackIntegration | SystemIntegration | TwilioSmsIntegration | WebChatIntegration | ErrorResponse
    """

    return sync_detailed(
        hub_id=hub_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    hub_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDirectIntegration
    | CreateMessengerIntegration
    | CreateSlackIntegration
    | CreateSystemIntegration
    | CreateTwilioSmsIntegration
    | CreateWebChatIntegration,
) -> Response[
    DirectIntegration
    | MessengerIntegration
    | SlackIntegration
    | SystemIntegration
    | TwilioSmsIntegration
    | WebChatIntegration
    | ErrorResponse
]:
    """Create an integration

     Creates an integration of the given channel in the hub. The shape of `configuration`
    depends on `channelId`.

    Args:
        hub_id (str):
        body (CreateDirectIntegration | CreateMessengerIntegration | CreateSlackIntegration |
            CreateSystemIntegration | CreateTwilioSmsIntegration | CreateWebChatIntegration): A new
            integration; `channelId` decides which configuration applies.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirectIntegration | MessengerIntegration | SlackIntegration | SystemIntegration | TwilioSmsIntegration | WebChatIntegration | ErrorResponse]
    """

    kwargs = _get_kwargs(
        hub_id=hub_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hub_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDirectIntegration
    | CreateMessengerIntegration
    | CreateSlackIntegration
    | CreateSystemIntegration
    | CreateTwilioSmsIntegration
    | CreateWebChatIntegration,
) -> (
    DirectIntegration
    | MessengerIntegration
    | SlackIntegration
    | SystemIntegration
    | TwilioSmsIntegration
    | WebChatIntegration
    | ErrorResponse
    | None
):
    """Create an integration

     Creates an integration of the given channel in the hub. The shape of `configuration`
    depends on `channelId`.

    Args:
        hub_id (str):
        body (CreateDirectIntegration | CreateMessengerIntegration | CreateSlackIntegration |
            CreateSystemIntegration | CreateTwilioSmsIntegration | CreateWebChatIntegration): A new
            integration; `channelId` decides which configuration applies.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirectIntegration | MessengerIntegration | SlackIntegration | SystemIntegration | TwilioSmsIntegration | WebChatIntegration | ErrorResponse
    """

    return (
        await asyncio_detailed(
            hub_id=hub_id,
            client=client,
            body=body,
        )
    ).parsed
