# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import Operation
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.paginated_integrations import PaginatedIntegrations
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    hub_id: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["hubId"] = hub_id

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/integrations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaginatedIntegrations | None:
    if response.status_code == 200:
        response_200 = PaginatedIntegrations.from_dict(response.json())

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
    operation_id="listIntegrations",
    method="GET",
    path_template="/api/v1/integrations",
)


def _parse_success(response: httpx.Response) -> PaginatedIntegrations:
    """Parse a 2xx answer of ``list_integrations`` into the type the spec declares for it."""
    if response.status_code == 200:
        response_200 = PaginatedIntegrations.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | PaginatedIntegrations]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    hub_id: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedIntegrations]:
    """List integrations, a page at a time

     Answers one page of the integrations the token can see, optionally of one hub only:
    `{"pageNumber", "pageSize", "total", "results"}`. Ask for pageNumber 0, 1, 2, ... until
    `(pageNumber + 1) * pageSize >= total`. `total` counts the results of every page.

    Args:
        hub_id (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedIntegrations]
    """

    kwargs = _get_kwargs(
        hub_id=hub_id,
        page_number=page_number,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    hub_id: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ErrorResponse | PaginatedIntegrations | None:
    """List integrations, a page at a time

     Answers one page of the integrations the token can see, optionally of one hub only:
    `{"pageNumber", "pageSize", "total", "results"}`. Ask for pageNumber 0, 1, 2, ... until
    `(pageNumber + 1) * pageSize >= total`. `total` counts the results of every page.

    Args:
        hub_id (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedIntegrations
    """

    return sync_detailed(
        client=client,
        hub_id=hub_id,
        page_number=page_number,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    hub_id: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedIntegrations]:
    """List integrations, a page at a time

     Answers one page of the integrations the token can see, optionally of one hub only:
    `{"pageNumber", "pageSize", "total", "results"}`. Ask for pageNumber 0, 1, 2, ... until
    `(pageNumber + 1) * pageSize >= total`. `total` counts the results of every page.

    Args:
        hub_id (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedIntegrations]
    """

    kwargs = _get_kwargs(
        hub_id=hub_id,
        page_number=page_number,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    hub_id: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ErrorResponse | PaginatedIntegrations | None:
    """List integrations, a page at a time

     Answers one page of the integrations the token can see, optionally of one hub only:
    `{"pageNumber", "pageSize", "total", "results"}`. Ask for pageNumber 0, 1, 2, ... until
    `(pageNumber + 1) * pageSize >= total`. `total` counts the results of every page.

    Args:
        hub_id (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedIntegrations
    """

    return (
        await asyncio_detailed(
            client=client,
            hub_id=hub_id,
            page_number=page_number,
            page_size=page_size,
        )
    ).parsed
