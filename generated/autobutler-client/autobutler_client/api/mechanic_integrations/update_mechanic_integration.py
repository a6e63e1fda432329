# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._runtime import Operation, encode_path_segment
from ...client import AuthenticatedClient, Client
from ...models.integration_update import IntegrationUpdate
from ...models.integration_update_result import IntegrationUpdateResult
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    name: str,
    *,
    body: IntegrationUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/mechanic_integrations/{name}".format(
            name=encode_path_segment(name, safe=":"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | IntegrationUpdateResult | ValidationErrorBody | None:
    if response.status_code == 200:
        response_200 = IntegrationUpdateResult.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 422:
        response_422 = ValidationErrorBody.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


OPERATION = Operation(
    operation_id="updateMechanicIntegration",
    method="PATCH",
    path_template="/mechanic_integrations/{name}",
)


def _parse_success(response: httpx.Response) -> IntegrationUpdateResult:
    """Parse a 2xx answer of ``update_mechanic_integration`` into the type the spec declares for it."""
    if response.status_code == 200:
        response_200 = IntegrationUpdateResult.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | IntegrationUpdateResult | ValidationErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationUpdate,
) -> Response[Any | IntegrationUpdateResult | ValidationErrorBody]:
    """Switch an integration on, or change its settings

     Switches the named integration on for the workshop, or replaces the values stored for an
    integration that is already on. Which fields the body needs depends on the integration:
    its `authenticationFields` and `optionFields` from the list operation name them.

    The docs show the failure body (`success: false` with `errors`) without saying which
    HTTP status carries it, so it is declared both on `200` and on `422`.

    Args:
        name (str):
        body (IntegrationUpdate): The values to store for the integration, keyed by field name
            (names taken from the
            integration's `authenticationFields` and `optionFields`). The set of fields differs per
            integration, so any key is accepted. Values can be credentials and are treated as secrets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IntegrationUpdateResult | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationUpdate,
) -> Any | IntegrationUpdateResult | ValidationErrorBody | None:
    """Switch an integration on, or change its settings

     Switches the named integration on for the workshop, or replaces the values stored for an
    integration that is already on. Which fields the body needs depends on the integration:
    its `authenticationFields` and `optionFields` from the list operation name them.

    The docs show the failure body (`success: false` with `errors`) without saying which
    HTTP status carries it, so it is declared both on `200` and on `422`.

    Args:
        name (str):
        body (IntegrationUpdate): The values to store for the integration, keyed by field name
            (names taken from the
            integration's `authenticationFields` and `optionFields`). The set of fields differs per
            integration, so any key is accepted. Values can be credentials and are treated as secrets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IntegrationUpdateResult | ValidationErrorBody
    """

    return sync_detailed(
        name=name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationUpdate,
) -> Response[Any | IntegrationUpdateResult | ValidationErrorBody]:
    """Switch an integration on, or change its settings

     Switches the named integration on for the workshop, or replaces the values stored for an
    integration that is already on. Which fields the body needs depends on the integration:
    its `authenticationFields` and `optionFields` from the list operation name them.

    The docs show the failure body (`success: false` with `errors`) without saying which
    HTTP status carries it, so it is declared both on `200` and on `422`.

    Args:
        name (str):
        body (IntegrationUpdate): The values to store for the integration, keyed by field name
            (names taken from the
            integration's `authenticationFields` and `optionFields`). The set of fields differs per
            integration, so any key is accepted. Values can be credentials and are treated as secrets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IntegrationUpdateResult | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationUpdate,
) -> Any | IntegrationUpdateResult | ValidationErrorBody | None:
    """Switch an integration on, or change its settings

     Switches the named integration on for the workshop, or replaces the values stored for an
    integration that is already on. Which fields the body needs depends on the integration:
    its `authenticationFields` and `optionFields` from the list operation name them.

    The docs show the failure body (`success: false` with `errors`) without saying which
    HTTP status carries it, so it is declared both on `200` and on `422`.

    Args:
        name (str):
        body (IntegrationUpdate): The values to store for the integration, keyed by field name
            (names taken from the
            integration's `authenticationFields` and `optionFields`). The set of fields differs per
            integration, so any key is accepted. Values can be credentials and are treated as secrets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IntegrationUpdateResult | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            body=body,
        )
    ).parsed
