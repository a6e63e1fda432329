"""One wheel per package, each usable on its own from a fresh virtual environment.

The wheels are built the way `make wheels` builds them (``pip wheel --no-deps
--no-build-isolation``), into a temp dir. ONE fresh venv serves the module: each wheel is
installed into it WITHOUT extras (third-party dependencies from the wheelhouse, see conftest),
then a script run by that venv's Python imports the package and calls one operation against the
package's fake server, which runs in this test process from generated/.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ._venv import APIS, DISTS, PACKAGES, Venv

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


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Venv:
    return Venv.create(tmp_path_factory.mktemp("wheel-venv") / "venv")


@pytest.fixture(scope="module")
def installed(venv: Venv, wheels: dict[str, Path], wheelhouse: Path) -> Venv:
    # No index at all: the wheel files are named, their dependencies come from the wheelhouse.
    venv.pip_install("--no-index", "--find-links", str(wheelhouse), *map(str, wheels.values()))
    return venv


def test_one_wheel_per_package(wheels: dict[str, Path]) -> None:
    assert sorted(wheels) == sorted(APIS)
    for api, wheel in wheels.items():
        assert wheel.name == f"{PACKAGES[api]}-1.0.0-py3-none-any.whl"
        with zipfile.ZipFile(wheel) as archive:
            names = archive.namelist()
        top_level = {name.split("/")[0] for name in names}
        # The package and its metadata, nothing else (no tests, no build leftovers).
        assert top_level == {PACKAGES[api], f"{PACKAGES[api]}-1.0.0.dist-info"}
        for part in ("py.typed", "_runtime/__init__.py", "testing/__init__.py", "_client.py"):
            assert f"{PACKAGES[api]}/{part}" in names, f"{wheel.name} lacks {part}"
        metadata = zipfile.ZipFile(wheel).read(f"{PACKAGES[api]}-1.0.0.dist-info/METADATA")
        text = metadata.decode()
        assert f"Name: {DISTS[api]}" in text
        assert "Provides-Extra: testing" in text


def _fake(api: str) -> Any:
    if api == "autobutler":
        from autobutler_client.testing import FakeAutobutler

        return FakeAutobutler()
    if api == "integratorio":
        from integratorio_client.testing import FakeIntegrator

        return FakeIntegrator()
    from hubster_client.testing import FakeHubster

    return FakeHubster()


@pytest.fixture
def fake(request: pytest.FixtureRequest) -> Iterator[Any]:
    with _fake(request.param) as server:
        yield server


@pytest.mark.parametrize("fake", APIS, indirect=True, ids=APIS)
def test_installed_wheel_imports_and_calls_an_operation(
    installed: Venv, fake: Any, request: pytest.FixtureRequest
) -> None:
    api = request.node.callspec.params["fake"]
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
