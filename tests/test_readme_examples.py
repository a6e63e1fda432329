"""Every Python block of the READMEs runs against the fakes and passes mypy --strict.

The blocks are those of README.md and of each package's README (``generated/<api>-client/
README.md``, from ``generator/templates/sdk/README.md.jinja``), found and run by pytest-examples,
one test per block, so a wrong example fails CI. They run as a reader would run them, except that
the vendors are the fakes on 127.0.0.1: the ``fakes`` fixture starts one per API, points
``<API>_BASE_URL`` at it, and stores what the examples name (an integration, a workshop login, a
hub). A block that defines ``test_*`` functions has them called, as pytest would.

A block that cannot run says so on its fence, ``python test="skip" reason="..."``; none does yet.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_examples import CodeExample, EvalExample, find_examples

from tests.support import Reply, ScriptedServer

REPO = Path(__file__).resolve().parent.parent
READMES = [REPO / "README.md", *sorted((REPO / "generated").glob("*-client/README.md"))]
EXAMPLES = list(find_examples(*READMES))
APIS = ("AUTOBUTLER", "INTEGRATORIO", "HUBSTER")

# What README.md's examples name, stored in the fakes before each block runs.
README_TOKEN = "..."  # token="..." in the examples
INTEGRATION_ID = "5e1f0c0a9b8f4a0012345678"  # Quick start, integrator.io
WORKSHOP_LOGIN = ("workshop@example.dk", "password")  # Quick start, Autobutler
HUB_ID = "8c2b5a0e-4d7f-4e39-9a51-0f3c2d1b7e6a"  # Quick start, Hubster
TOKEN_PATH = "/connect/token"


def _example_id(example: CodeExample) -> str:
    return f"{example.path.relative_to(REPO)}:{example.start_line}"


@pytest.fixture
def fakes(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The three fakes and Hubster's token endpoint on 127.0.0.1, as the examples expect them."""
    from autobutler_client.testing import FakeAutobutler
    from hubster_client import HubsterClient
    from hubster_client.testing import FakeHubster
    from integratorio_client.testing import FakeIntegrator, _fake

    for api in APIS:
        for suffix in ("TOKEN", "BASE_URL", "REGION", "CLIENT_LOG"):
            monkeypatch.delenv(f"{api}_{suffix}", raising=False)
    with (
        FakeAutobutler() as autobutler,
        FakeIntegrator(token=README_TOKEN) as integrator,
        FakeHubster() as hubster,
        ScriptedServer() as identity,
    ):
        autobutler.add_user(*WORKSHOP_LOGIN)
        with monkeypatch.context() as patch:
            # The quick start reads an integration by a fixed id; the fake makes ids at random.
            patch.setattr(_fake, "new_id", lambda: INTEGRATION_ID)
            integrator.add_integrations(1, {"name": "Orders"})
        hubster.add_hub(HUB_ID)
        answer = {"access_token": hubster.token, "token_type": "Bearer", "expires_in": 3600}
        identity.on("POST", TOKEN_PATH, Reply(200, answer))
        # from_client_credentials() takes its token URL as a default argument (the production
        # identity service); point that default at the local token endpoint.
        function: Any = HubsterClient.from_client_credentials.__func__  # type: ignore[attr-defined]
        monkeypatch.setattr(function, "__defaults__", (f"{identity.url}{TOKEN_PATH}",))
        for api, fake in (
            ("AUTOBUTLER", autobutler),
            ("INTEGRATORIO", integrator),
            ("HUBSTER", hubster),
        ):
            monkeypatch.setenv(f"{api}_BASE_URL", fake.base_url)
        yield


def test_every_readme_has_python_examples() -> None:
    found = {example.path for example in EXAMPLES}
    assert found == set(READMES), f"no Python block in {sorted(set(READMES) - found)}"
    assert sum(example.path == REPO / "README.md" for example in EXAMPLES) >= 5


@pytest.mark.parametrize("example", EXAMPLES, ids=_example_id)
@pytest.mark.usefixtures("fakes")
def test_readme_example_runs_against_the_fakes(
    example: CodeExample, eval_example: EvalExample
) -> None:
    settings = example.prefix_settings()
    if settings.get("test") == "skip":
        assert settings.get("reason"), f'{example}: say why it cannot run: reason="..."'
        pytest.skip(settings["reason"])
    module = eval_example.run(example)
    for name, value in module.items():
        if name.startswith("test_") and callable(value):
            value()


def test_readme_examples_pass_mypy_strict(tmp_path: Path) -> None:
    paths = []
    for example in EXAMPLES:
        # Named after the README and line, so that mypy's messages say which block is wrong.
        readme = (
            example.path.parent.name.replace("-", "_") if example.path.parent != REPO else "top"
        )
        path = tmp_path / f"readme_{readme}_line_{example.start_line}.py"
        path.write_text(example.source)
        paths.append(str(path))
    env = dict(os.environ)
    env["MYPYPATH"] = os.pathsep.join(str(p) for p in sorted((REPO / "generated").glob("*-client")))
    # Errors inside the packages are `make lint`'s to report; here only the examples' count.
    command = ["mypy", "--strict", "--no-incremental", "--follow-imports=silent", *paths]
    result = subprocess.run(
        [sys.executable, "-m", *command],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
