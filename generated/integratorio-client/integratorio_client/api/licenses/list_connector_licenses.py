# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
from typing import Any

import httpx

from ..._runtime import Operation, ResponseShapeError, encode_path_segment
from ..._runtime._json import read_json as _read_json
from ..._runtime._models import SHAPE_ERRORS as _SHAPE_ERRORS
from ..._runtime._models import shape_error_within as _shape_error_within
from ...models.license_ import License
from ...types import UNSET, Unset


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
        "url": "/connectors/{id}/licenses".format(
            id=encode_path_segment(id, safe=""),
        ),
        "params": params,
    }

    return _kwargs


OPERATION = Operation(
    operation_id="listConnectorLicenses",
    method="GET",
    path_template="/connectors/{id}/licenses",
)


def _parse_success(response: httpx.Response) -> list[License]:
    """Parse a 2xx answer of ``list_connector_licenses`` into the type the spec declares for it.

    Any 2xx status: one the spec does not list (200 for a documented 201, say) still says the
    server did what was asked, and an error would invite sending a create again. It is read as
    the 2xx answer the spec lists.
    """
    _response_200 = _read_json(response)
    if not isinstance(_response_200, list):
        raise ResponseShapeError("an array", "$", _response_200)
    response_200: list[License] = []
    for response_200_item_data in _response_200:
        try:
            response_200_item = License.from_dict(response_200_item_data)

        except _SHAPE_ERRORS as _error:
            # The index of the item is the length of the list built so far.
            raise _shape_error_within(
                _error, f"[{len(response_200)}]", response_200_item_data, "an object"
            ) from None
        response_200.append(response_200_item)

    return response_200
