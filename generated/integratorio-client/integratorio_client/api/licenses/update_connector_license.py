# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
from typing import Any

import httpx

from ..._runtime import Operation, encode_path_segment
from ..._runtime._json import read_json as _read_json
from ...models.license_ import License
from ...models.license_update import LicenseUpdate


def _get_kwargs(
    id: str,
    id_of_license: str,
    *,
    body: LicenseUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/connectors/{id}/licenses/{id_of_license}".format(
            id=encode_path_segment(id, safe=""),
            id_of_license=encode_path_segment(id_of_license, safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = Operation(
    operation_id="updateConnectorLicense",
    method="PUT",
    path_template="/connectors/{id}/licenses/{id_of_license}",
)


def _parse_success(response: httpx.Response) -> License:
    """Parse a 2xx answer of ``update_connector_license`` into the type the spec declares for it.

    Any 2xx status: one the spec does not list (200 for a documented 201, say) still says the
    server did what was asked, and an error would invite sending a create again. It is read as
    the 2xx answer the spec lists.
    """
    response_200 = License.from_dict(_read_json(response))

    return response_200
