# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
from typing import Any

import httpx

from ..._runtime import Operation
from ..._runtime._json import read_json as _read_json
from ...models.mechanic_integration_list import MechanicIntegrationList


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mechanic_integrations",
    }

    return _kwargs


OPERATION = Operation(
    operation_id="listMechanicIntegrations",
    method="GET",
    path_template="/mechanic_integrations",
)


def _parse_success(response: httpx.Response) -> MechanicIntegrationList:
    """Parse a 2xx answer of ``list_mechanic_integrations`` into the type the spec declares for it.

    Any 2xx status: one the spec does not list (200 for a documented 201, say) still says the
    server did what was asked, and an error would invite sending a create again. It is read as
    the 2xx answer the spec lists.
    """
    response_200 = MechanicIntegrationList.from_dict(_read_json(response))

    return response_200
