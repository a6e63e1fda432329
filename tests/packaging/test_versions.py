"""One version everywhere: sdk.yaml's `version:` as each generated package states it.

pyproject.toml (the wheel's metadata), ``<pkg>.__version__``, the User-Agent the client sends
(read on a real socket by the package's fake server), the package README, PROVENANCE.json and
the newest section of CHANGELOG.md must agree; `make release` changes them all at once by
changing sdk.yaml and regenerating.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import re
import tomllib
from collections.abc import Callable
from typing import Any

import pytest

from generator._apis import discover_apis

from ._venv import APIS, DISTS, PACKAGES, REPO_ROOT


def _autobutler(fake: Any) -> Callable[[], object]:
    from autobutler_client import AutobutlerClient

    client = AutobutlerClient(token=fake.token, base_url=fake.base_url)
    return lambda: client.mechanic_integrations.list()


def _integratorio(fake: Any) -> Callable[[], object]:
    from integratorio_client import IntegratorClient

    client = IntegratorClient(token=fake.token, base_url=fake.base_url)
    return lambda: list(client.integrations.list())


def _hubster(fake: Any) -> Callable[[], object]:
    from hubster_client import HubsterClient

    client = HubsterClient(token=fake.token, base_url=fake.base_url)
    return lambda: client.integrations.get("no-such-integration")


CALLS = {"autobutler": _autobutler, "integratorio": _integratorio, "hubster": _hubster}


def _user_agent(api: str, fake: Any) -> str:
    """The User-Agent of a call the package's client makes to its fake (an error answer does)."""
    errors = importlib.import_module(PACKAGES[api]).APIError
    with contextlib.suppress(errors):
        CALLS[api](fake)()
    return str(fake.requests[-1].headers["user-agent"])


@pytest.mark.parametrize("fake", APIS, indirect=True)
def test_every_place_states_the_version_of_sdk_yaml(fake: Any) -> None:
    api = next(name for name in APIS if type(fake).__module__.startswith(PACKAGES[name]))
    version = discover_apis(REPO_ROOT, [api])[0].settings.version
    dist_dir = REPO_ROOT / "generated" / DISTS[api]
    pyproject = tomllib.loads((dist_dir / "pyproject.toml").read_text())
    module = importlib.import_module(PACKAGES[api])
    readme = (dist_dir / "README.md").read_text()
    provenance = json.loads((dist_dir / "PROVENANCE.json").read_text())
    changelog = (dist_dir / "CHANGELOG.md").read_text()
    newest = re.search(r"^## (\S+)", changelog, re.MULTILINE)
    stated = {
        "pyproject.toml": pyproject["project"]["version"],
        "__version__": module.__version__,
        "User-Agent": _user_agent(api, fake).removeprefix(f"{DISTS[api]}/"),
        "README.md": re.search(r"^Version (\S+) ", readme, re.MULTILINE)[1],  # type: ignore[index]
        "PROVENANCE.json": provenance["version"],
        "CHANGELOG.md": newest[1] if newest else None,
    }
    assert stated == dict.fromkeys(stated, version)
    assert "__version__" in module.__all__
