# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._runtime import Operation, encode_path_segment
from ...client import AuthenticatedClient, Client
from ...models.integration_url import IntegrationUrl
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    name: str,
    car_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mechanic_integrations/{name}/car_urls/{car_id}".format(
            name=encode_path_segment(name, safe=":"),
            car_id=encode_path_segment(car_id, safe=":"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | IntegrationUrl | ValidationErrorBody | None:
    if response.status_code == 200:
        response_200 = IntegrationUrl.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ValidationErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


OPERATION = Operation(
    operation_id="getMechanicIntegrationCarUrl",
    method="GET",
    path_template="/mechanic_integrations/{name}/car_urls/{car_id}",
    status_hints={
        400: "The integration does not support opening cars (or is not configured for "
        "the workshop): check it with mechanic_integrations.list() and use an "
        "integration that offers this action."
    },
)


def _parse_success(response: httpx.Response) -> IntegrationUrl:
    """Parse a 2xx answer of ``get_mechanic_integration_car_url`` into the type the spec declares for it."""
    if response.status_code == 200:
        response_200 = IntegrationUrl.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | IntegrationUrl | ValidationErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    car_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | IntegrationUrl | ValidationErrorBody]:
    """Get a URL that opens a car in the integration's system

     Answers a URL that opens the given car in the garage system behind a configured
    integration. The URL is the integration's own and is returned as it is; it need not be
    an `http(s)` URL (the docs' example is `autofrontal:/REG=AD61451`). An integration that
    cannot open cars answers `400`.

    Args:
        name (str):
        car_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IntegrationUrl | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        name=name,
        car_id=car_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    car_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | IntegrationUrl | ValidationErrorBody | None:
    """Get a URL that opens a car in the integration's system

     Answers a URL that opens the given car in the garage system behind a configured
    integration. The URL is the integration's own and is returned as it is; it need not be
    an `http(s)` URL (the docs' example is `autofrontal:/REG=AD61451`). An integration that
    cannot open cars answers `400`.

    Args:
        name (str):
        car_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IntegrationUrl | ValidationErrorBody
    """

    return sync_detailed(
        name=name,
        car_id=car_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    name: str,
    car_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | IntegrationUrl | ValidationErrorBody]:
    """Get a URL that opens a car in the integration's system

     Answers a URL that opens the given car in the garage system behind a configured
    integration. The URL is the integration's own and is returned as it is; it need not be
    an `http(s)` URL (the docs' example is `autofrontal:/REG=AD61451`). An integration that
    cannot open cars answers `400`.

    Args:
        name (str):
        car_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IntegrationUrl | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        name=name,
        car_id=car_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    car_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | IntegrationUrl | ValidationErrorBody | None:
    """Get a URL that opens a car in the integration's system

     Answers a URL that opens the given car in the garage system behind a configured
    integration. The URL is the integration's own and is returned as it is; it need not be
    an `http(s)` URL (the docs' example is `autofrontal:/REG=AD61451`). An integration that
    cannot open cars answers `400`.

    Args:
        name (str):
        car_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IntegrationUrl | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            name=name,
            car_id=car_id,
            client=client,
        )
    ).parsed
