# Generated from specs/mini.yaml + overrides/mini/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/mini/ or generator/ and run `make generate`.
from typing import Any

import httpx

from ..._runtime import Operation, encode_path_segment
from ..._runtime._json import read_json as _read_json
from ...models.widget import Widget


def _get_kwargs(
    name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/widgets/{name}".format(
            name=encode_path_segment(name, safe=":"),
        ),
    }

    return _kwargs


OPERATION = Operation(
    operation_id="getWidget",
    method="GET",
    path_template="/widgets/{name}",
    status_hints={400: "Widgets of this kind cannot be read."},
)


def _parse_success(response: httpx.Response) -> Widget:
    """Parse a 2xx answer of ``get_widget`` into the type the spec declares for it.

    Any 2xx status: one the spec does not list (200 for a documented 201, say) still says the
    server did what was asked, and an error would invite sending a create again. It is read as
    the 2xx answer the spec lists.
    """
    response_200 = Widget.from_dict(_read_json(response))

    return response_200
