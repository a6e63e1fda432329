"""A downstream snippet that uses every public name of each package passes ``mypy --strict``.

The import list is built from each package's ``__all__``, so a name added to the surface is
type-checked here without editing this test; the body exercises the typical calls.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
USAGE = {
    "autobutler_client": """
        def use(client: AutobutlerClient) -> list[str]:
            listing = client.mechanic_integrations.list()
            try:
                client.mechanic_integrations.deactivate("MechanicIntegrations::TWMIntegration")
            except RateLimitError as exc:
                print(exc.retry_after)
            except APIStatusError as exc:
                print(exc.status_code, exc.field_errors)
            return [i.integration_details.name for i in listing.mechanic_integrations]

        async def use_async(client: AsyncAutobutlerClient) -> None:
            async with client.with_options(timeout=5.0, max_retries=0) as quick:
                await quick.mechanic_integrations.list()
    """,
    "integratorio_client": """
        def use(client: IntegratorClient) -> str | None:
            integration = client.integrations.get("5e1f00000000000000000001")
            integration.name = "renamed"
            client.integrations.update("5e1f00000000000000000001", integration)
            client.connectors.licenses.list("5e1f00000000000000000002")
            try:
                client.integrations.delete("5e1f00000000000000000001")
            except NotFoundError:
                return None
            return integration.id if isinstance(integration.id, str) else None

        async def use_async(client: AsyncIntegratorClient) -> None:
            await client.integrations.list(timeout=2.0)
    """,
    "hubster_client": """
        def use(client: HubsterClient) -> object:
            try:
                return client.integrations.get("00000000-0000-0000-0000-000000000000")
            except AuthenticationError:
                return None

        async def use_async(client: AsyncHubsterClient) -> object:
            return await client.integrations.get("x", max_retries=1)
    """,
}


@pytest.mark.parametrize("package", sorted(USAGE))
def test_snippet_using_every_public_name_passes_mypy_strict(package: str, tmp_path: Path) -> None:
    names = sorted(importlib.import_module(package).__all__)
    snippet = "\n".join(
        [
            "from __future__ import annotations",
            f"from {package} import (",
            *[f"    {name}," for name in names],
            ")",
            "",
            "EVERY_PUBLIC_NAME: list[object] = [",
            *[f"    {name}," for name in names],
            "]",
            textwrap.dedent(USAGE[package]),
        ]
    )
    path = tmp_path / f"use_{package}.py"
    path.write_text(snippet + "\n")
    env = dict(os.environ)
    env["MYPYPATH"] = os.pathsep.join(str(p) for p in sorted((REPO / "generated").glob("*-client")))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
