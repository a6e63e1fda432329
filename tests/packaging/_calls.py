"""One real call per API from inside a fresh venv, for the wheel and sdist install tests.

Each script is run by the venv's Python against the package's fake server, which runs in the
test process from generated/ (the ``fake`` fixture in conftest.py); ``call_and_check`` runs one
and checks what it printed and what the fake received.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ._venv import Venv

# One call per API, run inside the fresh venv: argv[1] is the base URL, argv[2] the token,
# argv[3] an API-specific argument. Prints what the test checks, as JSON.
SCRIPTS = {
    "autobutler": """
import json, sys
import autobutler_client
from autobutler_client import AutobutlerClient
with AutobutlerClient(token=sys.argv[2], base_url=sys.argv[1], max_retries=0) as client:
    result = client.mechanic_integrations.list()
print(json.dumps({
    "file": autobutler_client.__file__,
    "pydantic_loaded": "pydantic" in sys.modules,
    "type": type(result).__name__,
    "value": [i.integration_details.name for i in result.mechanic_integrations],
}))
""",
    "integratorio": """
import json, sys
import integratorio_client
from integratorio_client import IntegratorClient
with IntegratorClient(token=sys.argv[2], base_url=sys.argv[1], max_retries=0) as client:
    result = client.integrations.create({"name": sys.argv[3]})
print(json.dumps({
    "file": integratorio_client.__file__,
    "pydantic_loaded": "pydantic" in sys.modules,
    "type": type(result).__name__,
    "value": [result.name, result.id],
}))
""",
    "hubster": """
import json, sys
import hubster_client
from hubster_client import HubsterClient, models
body = models.CreateWebChatIntegration.from_dict({
    "channelId": "WebChat",
    "name": "wheel-test chat",
    "configuration": {"allowedOrigins": ["localhost"]},
})
with HubsterClient(token=sys.argv[2], base_url=sys.argv[1], max_retries=0) as client:
    result = client.integrations.create(sys.argv[3], body)
print(json.dumps({
    "file": hubster_client.__file__,
    "pydantic_loaded": "pydantic" in sys.modules,
    "type": type(result).__name__,
    "value": [result.name, result.hub_id],
}))
""",
}


def call_and_check(installed: Venv, api: str, fake: Any) -> None:
    """Run the API's script in ``installed`` against ``fake``, and check what it did."""
    argument = {"autobutler": "-", "integratorio": "wheel-test integration"}.get(api)
    if api == "hubster":
        argument = fake.add_hub()
    result = installed.run(
        installed.python, "-c", SCRIPTS[api], fake.base_url, fake.token, str(argument)
    )
    answer = json.loads(result.stdout.strip().splitlines()[-1])

    # Imported from the venv's site-packages, not from generated/ in the repository.
    assert Path(answer["file"]).is_relative_to(installed.path), answer["file"]
    # The base install needs no pydantic: only the [testing] extra's fakes use it.
    assert answer["pydantic_loaded"] is False
    recorded = [r for r in fake.requests if r.method != "HEAD"]
    assert len(recorded) == 1, recorded
    if api == "autobutler":
        assert answer["type"] == "MechanicIntegrationList"
        assert recorded[0].method == "GET" and recorded[0].path.endswith("/mechanic_integrations")
        assert all(name.startswith("MechanicIntegrations::") for name in answer["value"])
        assert answer["value"], "the fake offers integrations out of the box"
    elif api == "integratorio":
        assert answer["type"] == "Integration"
        name, new_id = answer["value"]
        assert name == "wheel-test integration"
        assert isinstance(new_id, str) and new_id
        assert recorded[0].method == "POST"
    else:
        assert answer["type"] == "WebChatIntegration"
        assert answer["value"] == ["wheel-test chat", argument]
        assert recorded[0].method == "POST"
