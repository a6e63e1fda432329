# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import Operation
from ...client import AuthenticatedClient, Client
from ...models.connector import Connector
from ...models.connector_create import ConnectorCreate
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: ConnectorCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/connectors",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Connector | ErrorBody:
    if response.status_code == 201:
        response_201 = Connector.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorBody.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    response_default = ErrorBody.from_dict(response.json())

    return response_default


OPERATION = Operation(
    operation_id="createConnector",
    method="POST",
    path_template="/connectors",
)


def _parse_success(response: httpx.Response) -> Connector:
    """Parse a 2xx answer of ``create_connector`` into the type the spec declares for it."""
    if response.status_code == 201:
        response_201 = Connector.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Connector | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConnectorCreate,
) -> Response[Connector | ErrorBody]:
    """Create a connector

     Creates a SmartConnector from the fields sent; `name` is required. The server generates
    the `handle`.

    Args:
        body (ConnectorCreate): A new connector: the fields of `Connector`, with `name` required.
            Read-only fields
            (`_id`, `handle`, `lastModified`, `numInstalls`) are set by the server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Connector | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ConnectorCreate,
) -> Connector | ErrorBody | None:
    """Create a connector

     Creates a SmartConnector from the fields sent; `name` is required. The server generates
    the `handle`.

    Args:
        body (ConnectorCreate): A new connector: the fields of `Connector`, with `name` required.
            Read-only fields
            (`_id`, `handle`, `lastModified`, `numInstalls`) are set by the server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Connector | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConnectorCreate,
) -> Response[Connector | ErrorBody]:
    """Create a connector

     Creates a SmartConnector from the fields sent; `name` is required. The server generates
    the `handle`.

    Args:
        body (ConnectorCreate): A new connector: the fields of `Connector`, with `name` required.
            Read-only fields
            (`_id`, `handle`, `lastModified`, `numInstalls`) are set by the server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Connector | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ConnectorCreate,
) -> Connector | ErrorBody | None:
    """Create a connector

     Creates a SmartConnector from the fields sent; `name` is required. The server generates
    the `handle`.

    Args:
        body (ConnectorCreate): A new connector: the fields of `Connector`, with `name` required.
            Read-only fields
            (`_id`, `handle`, `lastModified`, `numInstalls`) are set by the server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Connector | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
