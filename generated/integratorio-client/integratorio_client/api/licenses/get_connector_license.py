# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import Operation, encode_path_segment
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.license_ import License
from ...types import Response


def _get_kwargs(
    id: str,
    id_of_license: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/connectors/{id}/licenses/{id_of_license}".format(
            id=encode_path_segment(id, safe=""),
            id_of_license=encode_path_segment(id_of_license, safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | License:
    if response.status_code == 200:
        response_200 = License.from_dict(response.json())

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
    operation_id="getConnectorLicense",
    method="GET",
    path_template="/connectors/{id}/licenses/{id_of_license}",
)


def _parse_success(response: httpx.Response) -> License:
    """Parse a 2xx answer of ``get_connector_license`` into the type the spec declares for it."""
    if response.status_code == 200:
        response_200 = License.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | License]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    id_of_license: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | License]:
    """Get a license

     Answers one license of the connector.

    Args:
        id (str):
        id_of_license (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | License]
    """

    kwargs = _get_kwargs(
        id=id,
        id_of_license=id_of_license,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    id_of_license: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | License | None:
    """Get a license

     Answers one license of the connector.

    Args:
        id (str):
        id_of_license (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | License
    """

    return sync_detailed(
        id=id,
        id_of_license=id_of_license,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    id_of_license: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | License]:
    """Get a license

     Answers one license of the connector.

    Args:
        id (str):
        id_of_license (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | License]
    """

    kwargs = _get_kwargs(
        id=id,
        id_of_license=id_of_license,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    id_of_license: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | License | None:
    """Get a license

     Answers one license of the connector.

    Args:
        id (str):
        id_of_license (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | License
    """

    return (
        await asyncio_detailed(
            id=id,
            id_of_license=id_of_license,
            client=client,
        )
    ).parsed
