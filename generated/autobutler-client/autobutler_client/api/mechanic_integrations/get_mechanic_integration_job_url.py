# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
from typing import Any

import httpx

from ..._runtime import Operation, encode_path_segment
from ..._runtime._json import read_json as _read_json
from ...models.integration_url import IntegrationUrl


def _get_kwargs(
    name: str,
    job_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mechanic_integrations/{name}/job_urls/{job_id}".format(
            name=encode_path_segment(name, safe=":"),
            job_id=encode_path_segment(job_id, safe=":"),
        ),
    }

    return _kwargs


OPERATION = Operation(
    operation_id="getMechanicIntegrationJobUrl",
    method="GET",
    path_template="/mechanic_integrations/{name}/job_urls/{job_id}",
    status_hints={
        400: "The integration does not support opening jobs (or is not configured for "
        "the workshop): check it with mechanic_integrations.list() and use an "
        "integration that offers this action."
    },
)


def _parse_success(response: httpx.Response) -> IntegrationUrl:
    """Parse a 2xx answer of ``get_mechanic_integration_job_url`` into the type the spec declares for it.

    Any 2xx status: one the spec does not list (200 for a documented 201, say) still says the
    server did what was asked, and an error would invite sending a create again. It is read as
    the 2xx answer the spec lists.
    """
    response_200 = IntegrationUrl.from_dict(_read_json(response))

    return response_200
