"""Sample payloads: the SmartConnector integration example of specs/integratorio.yaml.

Read from the spec (the ``smartConnectorIntegration`` example of ``getIntegration``) so that the
figures use a realistic, nested model: four install steps, free-form settings, a timestamp.
"""

from __future__ import annotations

import copy
import functools
import json
from typing import Any

import yaml

from ._paths import REPO_ROOT

SPEC = REPO_ROOT / "specs" / "integratorio.yaml"
TOKEN = "bench-token"


@functools.cache
def integration_example() -> dict[str, Any]:
    """One integration as the API answers it (a dict fresh from JSON)."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    response = spec["paths"]["/integrations/{_id}"]["get"]["responses"]["200"]
    value = response["content"]["application/json"]["examples"]["smartConnectorIntegration"]
    example: dict[str, Any] = value["value"]
    # YAML may read the timestamp as a datetime; the wire has a string.
    return dict(json.loads(json.dumps(example, default=str)))


def integration_body() -> bytes:
    """The example as the bytes of a JSON answer."""
    return json.dumps(integration_example()).encode()


def integration_list(count: int) -> list[dict[str, Any]]:
    """``count`` distinct integrations (ids differ) as a list answer would carry them."""
    items = []
    base = integration_example()
    for index in range(count):
        item = copy.deepcopy(base)
        item["_id"] = f"{index:024x}"
        item["name"] = f"{base['name']} #{index}"
        items.append(item)
    return items
