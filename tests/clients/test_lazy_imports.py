"""``import <package>`` loads the clients and the runtime; everything else loads on first use.

The package ``__init__``, ``models/__init__`` and the resource methods defer their imports
(templates package_init.py.jinja, models_init.py.jinja and sdk/_client.py.jinja), which is what
keeps the import-time figure of ``make bench`` within its target. These tests pin both halves:
what is not imported up front, and that every public name still resolves to the real object.
Each check runs in a fresh interpreter, since this process has imported everything already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ["autobutler_client", "hubster_client", "integratorio_client"]


def _run(code: str) -> dict[str, object]:
    env = dict(os.environ)
    dists = [str(p) for p in sorted((REPO / "generated").glob("*-client"))]
    env["PYTHONPATH"] = os.pathsep.join(dists)
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


@pytest.mark.parametrize("package", PACKAGES)
def test_import_loads_no_model_operation_or_attrs(package: str) -> None:
    loaded = _run(
        f"""
        import json, sys
        import httpx
        before = set(sys.modules)
        import {package}
        print(json.dumps(sorted(set(sys.modules) - before)))
        """
    )
    assert isinstance(loaded, list)
    assert f"{package}._client" in loaded  # the check would pass vacuously otherwise
    deferred = [
        name
        for name in loaded
        if name.startswith((f"{package}.models.", f"{package}.api.", f"{package}.testing"))
        or name in (f"{package}._raw_client", "attrs", "attr", "uuid", "asyncio")
        # httpx imports httpcore when a pool is built; so does DeadlineTransport (its sockets).
        or name.startswith(("httpcore", f"{package}._runtime._deadline_sockets"))
    ]
    assert deferred == [], f"import {package} loaded {deferred}; they should wait for first use"


@pytest.mark.parametrize("package", PACKAGES)
def test_every_public_name_resolves_to_the_defining_object(package: str) -> None:
    result = _run(
        f"""
        import importlib, json, sys
        import {package} as pkg
        from {package} import models

        wrong = [name for name in pkg.__all__ if getattr(pkg, name, None) is None]
        if pkg.models is not sys.modules["{package}.models"]:
            wrong.append("models")
        for name in models.__all__:
            value = getattr(models, name)
            home = importlib.import_module(value.__module__)
            if getattr(home, name) is not value or not value.__module__.startswith(models.__name__):
                wrong.append(name)
        star = {{}}
        exec(f"from {package}.models import *", star)
        missing = sorted(set(models.__all__) - set(star))
        print(json.dumps({{
            "wrong": wrong,
            "star_missing": missing,
            "dir_ok": set(pkg.__all__) <= set(dir(pkg)) and set(models.__all__) <= set(dir(models)),
            "models_count": len(models.__all__),
        }}))
        """
    )
    assert result["wrong"] == []
    assert result["star_missing"] == []
    assert result["dir_ok"] is True
    assert isinstance(result["models_count"], int) and result["models_count"] > 3


def test_lazy_names_are_the_ones_their_modules_define() -> None:
    result = _run(
        """
        import json
        import hubster_client, autobutler_client, integratorio_client
        from hubster_client import Integration, UnknownIntegration, DEMO_TOKEN_URL
        from hubster_client import _auth, _channels
        from autobutler_client import IntegrationName, IntegrationValidationError
        from autobutler_client import _names, _validation
        print(json.dumps([
            Integration is _channels.Integration,
            UnknownIntegration is _channels.UnknownIntegration,
            DEMO_TOKEN_URL == _auth.DEMO_TOKEN_URL,
            IntegrationName is _names.IntegrationName,
            IntegrationValidationError is _validation.IntegrationValidationError,
            integratorio_client.APIResponse is integratorio_client._runtime.APIResponse,
        ]))
        """
    )
    assert result == [True] * 6


@pytest.mark.parametrize("package", PACKAGES)
def test_unknown_names_raise_attribute_error(package: str) -> None:
    result = _run(
        f"""
        import json
        import {package} as pkg
        messages = []
        for module in (pkg, pkg.models):
            try:
                getattr(module, "NoSuchName")
            except AttributeError as exc:
                messages.append(str(exc))
        try:
            from {package}.models import NoSuchModel  # noqa: F401
        except ImportError as exc:
            messages.append(type(exc).__name__)
        print(json.dumps(messages))
        """
    )
    assert result == [
        f"module '{package}' has no attribute 'NoSuchName'",
        f"module '{package}.models' has no attribute 'NoSuchName'",
        "ImportError",
    ]


def test_first_call_imports_only_its_operation() -> None:
    # The resource method imports its endpoint module on first call; the others stay unloaded.
    result = _run(
        """
        import json, sys
        import integratorio_client
        client = integratorio_client.IntegratorClient(token="t", base_url="http://127.0.0.1:9")
        try:
            client.integrations.get("x", max_retries=0, timeout=0.5)
        except integratorio_client.APIConnectionError:
            pass
        client.close()
        api = sorted(m for m in sys.modules if m.startswith("integratorio_client.api."))
        print(json.dumps(api))
        """
    )
    assert result == [
        "integratorio_client.api.integrations",
        "integratorio_client.api.integrations.get_integration",
    ]
