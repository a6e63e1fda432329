# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
from typing import Any

import httpx

from ..._runtime import Operation, encode_path_segment
from ...models.connector_update_request import ConnectorUpdateRequest


def _get_kwargs(
    id: str,
    *,
    body: ConnectorUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/connectors/{id}/update".format(
            id=encode_path_segment(id, safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = Operation(
    operation_id="pushConnectorUpdate",
    method="PUT",
    path_template="/connectors/{id}/update",
    idempotent=False,
)


def _parse_success(response: httpx.Response) -> None:
    """Parse a 2xx answer of ``push_connector_update`` into the type the spec declares for it.

    Any 2xx status: one the spec does not list (200 for a documented 201, say) still says the
    server did what was asked, and an error would invite sending a create again. It is read as
    the 2xx answer the spec lists.
    """
    return None
