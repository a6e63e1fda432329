# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._runtime import Operation
from ...client import AuthenticatedClient, Client
from ...models.mechanic_integration_list import MechanicIntegrationList
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mechanic_integrations",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | MechanicIntegrationList | None:
    if response.status_code == 200:
        response_200 = MechanicIntegrationList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


OPERATION = Operation(
    operation_id="listMechanicIntegrations",
    method="GET",
    path_template="/mechanic_integrations",
)


def _parse_success(response: httpx.Response) -> MechanicIntegrationList:
    """Parse a 2xx answer of ``list_mechanic_integrations`` into the type the spec declares for it."""
    if response.status_code == 200:
        response_200 = MechanicIntegrationList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | MechanicIntegrationList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | MechanicIntegrationList]:
    """List the integrations available to the workshop

     Answers every integration the workshop may use. Integrations the workshop has already
    switched on also carry their stored `configuration`; the others come without it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MechanicIntegrationList]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | MechanicIntegrationList | None:
    """List the integrations available to the workshop

     Answers every integration the workshop may use. Integrations the workshop has already
    switched on also carry their stored `configuration`; the others come without it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MechanicIntegrationList
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | MechanicIntegrationList]:
    """List the integrations available to the workshop

     Answers every integration the workshop may use. Integrations the workshop has already
    switched on also carry their stored `configuration`; the others come without it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MechanicIntegrationList]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | MechanicIntegrationList | None:
    """List the integrations available to the workshop

     Answers every integration the workshop may use. Integrations the workshop has already
    switched on also carry their stored `configuration`; the others come without it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MechanicIntegrationList
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
