# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
from typing import Any

import httpx

from ..._runtime import Operation, encode_path_segment
from ..._runtime._json import read_json as _read_json
from ...models.deactivation_result import DeactivationResult


def _get_kwargs(
    name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/mechanic_integrations/{name}".format(
            name=encode_path_segment(name, safe=":"),
        ),
    }

    return _kwargs


OPERATION = Operation(
    operation_id="deactivateMechanicIntegration",
    method="DELETE",
    path_template="/mechanic_integrations/{name}",
)


def _parse_success(response: httpx.Response) -> DeactivationResult:
    """Parse a 2xx answer of ``deactivate_mechanic_integration`` into the type the spec declares for it.

    Any 2xx status: one the spec does not list (200 for a documented 201, say) still says the
    server did what was asked, and an error would invite sending a create again. It is read as
    the 2xx answer the spec lists.
    """
    response_200 = DeactivationResult.from_dict(_read_json(response))

    return response_200
