# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import Operation, encode_path_segment
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.install_base_entry import InstallBaseEntry
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/connectors/{id}/installBase".format(
            id=encode_path_segment(id, safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[InstallBaseEntry]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = InstallBaseEntry.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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
    operation_id="getConnectorInstallBase",
    method="GET",
    path_template="/connectors/{id}/installBase",
)


def _parse_success(response: httpx.Response) -> list[InstallBaseEntry]:
    """Parse a 2xx answer of ``get_connector_install_base`` into the type the spec declares for it."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = InstallBaseEntry.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | list[InstallBaseEntry]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[ErrorBody | list[InstallBaseEntry]]:
    """Get a connector's install base

     Answers the installs of the connector in users' accounts, at most 1,000 per answer;
    when more exist, the `Link` header's `rel="next"` URL fetches the next page.

    Args:
        id (str):
        limit (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[InstallBaseEntry]]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        skip=skip,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> ErrorBody | list[InstallBaseEntry] | None:
    """Get a connector's install base

     Answers the installs of the connector in users' accounts, at most 1,000 per answer;
    when more exist, the `Link` header's `rel="next"` URL fetches the next page.

    Args:
        id (str):
        limit (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[InstallBaseEntry]
    """

    return sync_detailed(
        id=id,
        client=client,
        limit=limit,
        skip=skip,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[ErrorBody | list[InstallBaseEntry]]:
    """Get a connector's install base

     Answers the installs of the connector in users' accounts, at most 1,000 per answer;
    when more exist, the `Link` header's `rel="next"` URL fetches the next page.

    Args:
        id (str):
        limit (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[InstallBaseEntry]]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        skip=skip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> ErrorBody | list[InstallBaseEntry] | None:
    """Get a connector's install base

     Answers the installs of the connector in users' accounts, at most 1,000 per answer;
    when more exist, the `Link` header's `rel="next"` URL fetches the next page.

    Args:
        id (str):
        limit (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[InstallBaseEntry]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            limit=limit,
            skip=skip,
        )
    ).parsed
