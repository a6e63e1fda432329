# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
from typing import Any

import httpx

from ..._runtime import Operation
from ..._runtime._json import read_json as _read_json
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tokens",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = Operation(
    operation_id="createToken",
    method="POST",
    path_template="/tokens",
    requires_auth=False,
)


def _parse_success(response: httpx.Response) -> TokenResponse:
    """Parse a 2xx answer of ``create_token`` into the type the spec declares for it.

    Any 2xx status: one the spec does not list (200 for a documented 201, say) still says the
    server did what was asked, and an error would invite sending a create again. It is read as
    the 2xx answer the spec lists.
    """
    response_200 = TokenResponse.from_dict(_read_json(response))

    return response_200
