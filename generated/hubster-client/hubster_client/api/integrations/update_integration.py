# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import Operation, encode_path_segment
from ...client import AuthenticatedClient, Client
from ...models.direct_integration import DirectIntegration
from ...models.error_response import ErrorResponse
from ...models.messenger_integration import MessengerIntegration
from ...models.slack_integration import SlackIntegration
from ...models.system_integration import SystemIntegration
from ...models.twilio_sms_integration import TwilioSmsIntegration
from ...models.update_direct_integration import UpdateDirectIntegration
from ...models.update_messenger_integration import UpdateMessengerIntegration
from ...models.update_slack_integration import UpdateSlackIntegration
from ...models.update_system_integration import UpdateSystemIntegration
from ...models.update_twilio_sms_integration import UpdateTwilioSmsIntegration
from ...models.update_web_chat_integration import UpdateWebChatIntegration
from ...models.web_chat_integration import WebChatIntegration
from ...types import Response


def _get_kwargs(
    integration_id: str,
    *,
    body: UpdateDirectIntegration
    | UpdateMessengerIntegration
    | UpdateSlackIntegration
    | UpdateSystemIntegration
    | UpdateTwilioSmsIntegration
    | UpdateWebChatIntegration,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/integrations/hubs/{integration_id}".format(
            integration_id=encode_path_segment(integration_id, safe=""),
        ),
    }

    if isinstance(body, UpdateWebChatIntegration):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, UpdateDirectIntegration):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, UpdateSystemIntegration):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, UpdateTwilioSmsIntegration):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, UpdateMessengerIntegration):
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
    operation_id="updateIntegration",
    method="POST",
    path_template="/api/v1/integrations/hubs/{integration_id}",
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
    """Parse a 2xx answer of ``update_integration`` into the type the spec declares for it."""
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
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDirectIntegration
    | UpdateMessengerIntegration
    | UpdateSlackIntegration
    | UpdateSystemIntegration
    | UpdateTwilioSmsIntegration
    | UpdateWebChatIntegration,
) -> Response[
    DirectIntegration
    | MessengerIntegration
    | SlackIntegration
    | SystemIntegration
    | TwilioSmsIntegration
    | WebChatIntegration
    | ErrorResponse
]:
    """Update an integration

     Changes the name, the status or the configuration of an integration. Every field is
    optional. A configuration sent replaces the stored one as a whole. TwilioSMS, Messenger
    and Slack configurations cannot be changed (the server ignores them); delete and
    recreate such an integration instead. The body carries no `channelId`.

    Args:
        integration_id (str):
        body (UpdateDirectIntegration | UpdateMessengerIntegration | UpdateSlackIntegration |
            UpdateSystemIntegration | UpdateTwilioSmsIntegration | UpdateWebChatIntegration): Changes
            to an integration. The body has no `channelId`, so the variant is chosen by the
            caller; they differ only in the configuration they allow.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirectIntegration | MessengerIntegration | SlackIntegration | SystemIntegration | TwilioSmsIntegration | WebChatIntegration | ErrorResponse]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDirectIntegration
    | UpdateMessengerIntegration
    | UpdateSlackIntegration
    | UpdateSystemIntegration
    | UpdateTwilioSmsIntegration
    | UpdateWebChatIntegration,
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
    """Update an integration

     Changes the name, the status or the configuration of an integration. Every field is
    optional. A configuration sent replaces the stored one as a whole. TwilioSMS, Messenger
    and Slack configurations cannot be changed (the server ignores them); delete and
    recreate such an integration instead. The body carries no `channelId`.

    Args:
        integration_id (str):
        body (UpdateDirectIntegration | UpdateMessengerIntegration | UpdateSlackIntegration |
            UpdateSystemIntegration | UpdateTwilioSmsIntegration | UpdateWebChatIntegration): Changes
            to an integration. The body has no `channelId`, so the variant is chosen by the
            caller; they differ only in the configuration they allow.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirectIntegration | MessengerIntegration | SlackIntegration | SystemIntegration | TwilioSmsIntegration | WebChatIntegration | ErrorResponse
    """

    return sync_detailed(
        integration_id=integration_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDirectIntegration
    | UpdateMessengerIntegration
    | UpdateSlackIntegration
    | UpdateSystemIntegration
    | UpdateTwilioSmsIntegration
    | UpdateWebChatIntegration,
) -> Response[
    DirectIntegration
    | MessengerIntegration
    | SlackIntegration
    | SystemIntegration
    | TwilioSmsIntegration
    | WebChatIntegration
    | ErrorResponse
]:
    """Update an integration

     Changes the name, the status or the configuration of an integration. Every field is
    optional. A configuration sent replaces the stored one as a whole. TwilioSMS, Messenger
    and Slack configurations cannot be changed (the server ignores them); delete and
    recreate such an integration instead. The body carries no `channelId`.

    Args:
        integration_id (str):
        body (UpdateDirectIntegration | UpdateMessengerIntegration | UpdateSlackIntegration |
            UpdateSystemIntegration | UpdateTwilioSmsIntegration | UpdateWebChatIntegration): Changes
            to an integration. The body has no `channelId`, so the variant is chosen by the
            caller; they differ only in the configuration they allow.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirectIntegration | MessengerIntegration | SlackIntegration | SystemIntegration | TwilioSmsIntegration | WebChatIntegration | ErrorResponse]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDirectIntegration
    | UpdateMessengerIntegration
    | UpdateSlackIntegration
    | UpdateSystemIntegration
    | UpdateTwilioSmsIntegration
    | UpdateWebChatIntegration,
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
    """Update an integration

     Changes the name, the status or the configuration of an integration. Every field is
    optional. A configuration sent replaces the stored one as a whole. TwilioSMS, Messenger
    and Slack configurations cannot be changed (the server ignores them); delete and
    recreate such an integration instead. The body carries no `channelId`.

    Args:
        integration_id (str):
        body (UpdateDirectIntegration | UpdateMessengerIntegration | UpdateSlackIntegration |
            UpdateSystemIntegration | UpdateTwilioSmsIntegration | UpdateWebChatIntegration): Changes
            to an integration. The body has no `channelId`, so the variant is chosen by the
            caller; they differ only in the configuration they allow.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirectIntegration | MessengerIntegration | SlackIntegration | SystemIntegration | TwilioSmsIntegration | WebChatIntegration | ErrorResponse
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            client=client,
            body=body,
        )
    ).parsed
