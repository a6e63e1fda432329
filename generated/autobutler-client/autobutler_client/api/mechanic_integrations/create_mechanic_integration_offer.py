# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._runtime import Operation, encode_path_segment
from ...client import AuthenticatedClient, Client
from ...models.offer_request import OfferRequest
from ...models.offer_result import OfferResult
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    name: str,
    *,
    body: OfferRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mechanic_integrations/{name}/offers".format(
            name=encode_path_segment(name, safe=":"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | OfferResult | ValidationErrorBody | None:
    if response.status_code == 200:
        response_200 = OfferResult.from_dict(response.json())

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
    operation_id="createMechanicIntegrationOffer",
    method="POST",
    path_template="/mechanic_integrations/{name}/offers",
    status_hints={
        400: "The integration does not support building offers, or refused the values "
        "named above: use an integration that offers this action, or fix job_id "
        "and remote_id."
    },
)


def _parse_success(response: httpx.Response) -> OfferResult:
    """Parse a 2xx answer of ``create_mechanic_integration_offer`` into the type the spec declares for it."""
    if response.status_code == 200:
        response_200 = OfferResult.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | OfferResult | ValidationErrorBody]:
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
    body: OfferRequest,
) -> Response[Any | OfferResult | ValidationErrorBody]:
    """Build an offer from a quotation in the integration's system

     Builds an offer for a job from the details of a quotation (`remoteId`) stored in the
    garage system behind a configured integration, and answers the offer with `success`.
    Each call builds an offer: it is not safe to repeat.

    An integration that cannot build offers answers `400`. Values Autobutler refuses come
    with `400` as well, with the messages per field in `errors`.

    Args:
        name (str):
        body (OfferRequest): Which job to build an offer for, from which quotation of the
            integration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OfferResult | ValidationErrorBody]
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
    body: OfferRequest,
) -> Any | OfferResult | ValidationErrorBody | None:
    """Build an offer from a quotation in the integration's system

     Builds an offer for a job from the details of a quotation (`remoteId`) stored in the
    garage system behind a configured integration, and answers the offer with `success`.
    Each call builds an offer: it is not safe to repeat.

    An integration that cannot build offers answers `400`. Values Autobutler refuses come
    with `400` as well, with the messages per field in `errors`.

    Args:
        name (str):
        body (OfferRequest): Which job to build an offer for, from which quotation of the
            integration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OfferResult | ValidationErrorBody
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
    body: OfferRequest,
) -> Response[Any | OfferResult | ValidationErrorBody]:
    """Build an offer from a quotation in the integration's system

     Builds an offer for a job from the details of a quotation (`remoteId`) stored in the
    garage system behind a configured integration, and answers the offer with `success`.
    Each call builds an offer: it is not safe to repeat.

    An integration that cannot build offers answers `400`. Values Autobutler refuses come
    with `400` as well, with the messages per field in `errors`.

    Args:
        name (str):
        body (OfferRequest): Which job to build an offer for, from which quotation of the
            integration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OfferResult | ValidationErrorBody]
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
    body: OfferRequest,
) -> Any | OfferResult | ValidationErrorBody | None:
    """Build an offer from a quotation in the integration's system

     Builds an offer for a job from the details of a quotation (`remoteId`) stored in the
    garage system behind a configured integration, and answers the offer with `success`.
    Each call builds an offer: it is not safe to repeat.

    An integration that cannot build offers answers `400`. Values Autobutler refuses come
    with `400` as well, with the messages per field in `errors`.

    Args:
        name (str):
        body (OfferRequest): Which job to build an offer for, from which quotation of the
            integration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OfferResult | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            body=body,
        )
    ).parsed
