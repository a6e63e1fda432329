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
            url: str = client.mechanic_integrations.job_url(IntegrationName.CRMP, 565973).url
            built = client.mechanic_integrations.build_offer(
                IntegrationName.TWM, job_id=565973, remote_id="10391678"
            )
            return [url, str(built.success)] + [
                i.integration_details.name for i in listing.mechanic_integrations
            ]

        async def use_async(client: AsyncAutobutlerClient) -> None:
            async with client.with_options(timeout=5.0, max_retries=0) as quick:
                await quick.mechanic_integrations.list()
                car = await quick.mechanic_integrations.car_url("MechanicIntegrations::X", 407340)
                print(car.url)
            raw = await client.mechanic_integrations.with_raw_response.update(
                IntegrationName.TWM, {"username": "u"}, extra_body={"note": 1}
            )
            result: bool = raw.parse().success
            print(result, raw.status_code)
    """,
    "integratorio_client": """
        def use(client: IntegratorClient) -> str | None:
            integration = client.integrations.get("5e1f00000000000000000001")
            integration.name = "renamed"
            client.integrations.update("5e1f00000000000000000001", integration)
            list(client.connectors.licenses.list("5e1f00000000000000000002"))
            try:
                client.integrations.delete("5e1f00000000000000000001")
            except NotFoundError:
                return None
            return integration.id if isinstance(integration.id, str) else None

        async def use_async(client: AsyncIntegratorClient) -> None:
            [i async for i in client.integrations.list(timeout=2.0, extra_query={"a": 1})]
            raw = client.integrations.with_raw_response
            first: APIResponse[list[Integration]] = await raw.list(limit=2)
            print([i.id for i in first.parse()], first.headers.get("link"))

        def use_raw(client: IntegratorClient) -> str | None:
            tenant = client.with_options(default_headers={"X-Tenant": "t"}, default_query={"q": 1})
            raw = tenant.connectors.licenses.with_raw_response.get(
                "c", "l", extra_headers={"X-Trace": "1"}, extra_query={"v": 2}, extra_body=None
            )
            also = tenant.connectors.with_raw_response.licenses.get("c", "l")
            request: httpx.Request = raw.http_request
            print(request.url, raw.status_code, also.parse().id)
            license_: License = raw.parse()
            return license_.id if isinstance(license_.id, str) else None

        quiet = IntegratorClient(default_headers={"X-Tenant": "t"}, default_query={"locale": "da"})
    """,
    "hubster_client": """
        def use(client: HubsterClient) -> object:
            try:
                return client.integrations.get("00000000-0000-0000-0000-000000000000")
            except AuthenticationError:
                return None

        async def use_async(client: AsyncHubsterClient) -> object:
            raw = await client.integrations.with_raw_response.list(hub_id="h")
            page: IntegrationPage = raw.parse()
            print(page.total, raw.headers)
            return await client.integrations.get("x", max_retries=1)
    """,
}


def _mypy_strict(path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["MYPYPATH"] = os.pathsep.join(str(p) for p in sorted((REPO / "generated").glob("*-client")))
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=path.parent,
        check=False,
    )


@pytest.mark.parametrize("package", sorted(USAGE))
def test_snippet_using_every_public_name_passes_mypy_strict(package: str, tmp_path: Path) -> None:
    names = sorted(importlib.import_module(package).__all__)
    snippet = "\n".join(
        [
            "from __future__ import annotations",
            "import httpx",
            f"from {package}.models import *  # noqa: F403",
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
    result = _mypy_strict(path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_lazy_modules_still_let_mypy_catch_misspelt_names(tmp_path: Path) -> None:
    # The package and models __init__ resolve names through a module __getattr__ at run time;
    # it is hidden from type checkers (PEP 562 would make every attribute `object`), so a name
    # that does not exist is still an error in a downstream project.
    path = tmp_path / "misspelt.py"
    path.write_text(
        textwrap.dedent(
            """
            import hubster_client
            from hubster_client import HubsterClient, Integration
            from hubster_client.models import DirectIntegration, NoSuchModel
            from integratorio_client import NoSuchName

            x: int = hubster_client.models.Typo
            """
        )
    )
    result = _mypy_strict(path)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert result.returncode == 1
    assert len(errors) == 3, result.stdout
    assert '"NoSuchModel"' in errors[0] and '"NoSuchName"' in errors[1]
    assert '"Typo"' in errors[2]
