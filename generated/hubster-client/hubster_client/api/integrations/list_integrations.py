# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
from typing import Any

import httpx

from ..._runtime import Operation
from ..._runtime._json import read_json as _read_json
from ...models.paginated_integrations import PaginatedIntegrations
from ...types import UNSET, Unset


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


OPERATION = Operation(
    operation_id="listIntegrations",
    method="GET",
    path_template="/api/v1/integrations",
)


def _parse_success(response: httpx.Response) -> PaginatedIntegrations:
    """Parse a 2xx answer of ``list_integrations`` into the type the spec declares for it.

    Any 2xx status: one the spec does not list (200 for a documented 201, say) still says the
    server did what was asked, and an error would invite sending a create again. It is read as
    the 2xx answer the spec lists.
    """
    response_200 = PaginatedIntegrations.from_dict(_read_json(response))

    return response_200
