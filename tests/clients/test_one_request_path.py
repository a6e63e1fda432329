"""One request path: nothing in a generated package sends a request around its ``_runtime``.

The runtime is where timeouts, retries, auth, the rate limit, logging and typed errors live; a
second way to send (openapi-python-client's ``sync``/``asyncio`` module functions and its
``Client``/``AuthenticatedClient``) would skip all of them. So the endpoint modules keep only
what the resource methods use (``_get_kwargs``, ``_parse_success``, ``OPERATION``), the stock
``client.py`` is not emitted, and this test reads every module of every package (the fakes in
``<package>.testing`` included) for calls that send.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

from generator._apis import REPO_ROOT

PACKAGES = ["autobutler_client", "hubster_client", "integratorio_client"]
# Methods that send (httpx's Client and AsyncClient, urllib, openapi-python-client's Client).
SENDING_METHODS = frozenset(
    {
        "request",
        "send",
        "stream",
        "build_request",
        "get_httpx_client",
        "get_async_httpx_client",
        "urlopen",
    }
)
# httpx's module functions that send, and its clients, which only the runtime builds.
SENDING_FUNCTIONS = frozenset(
    {"get", "post", "put", "patch", "delete", "head", "options", "request", "stream"}
)
HTTP_CLIENTS = frozenset({"Client", "AsyncClient"})
MODULES_THAT_SEND = frozenset({"urllib.request", "http.client", "requests", "aiohttp"})
# (module, call) pairs that look like sending and are not: the fake server wakes its own
# accept loop through a socketpair (generator/testing/_http.py).
NOT_REQUESTS = {("testing/_http.py", "wake[1].send")}


def _sources(package: str) -> list[Path]:
    root = next((REPO_ROOT / "generated").glob(f"*-client/{package}"))
    return sorted(p for p in root.rglob("*.py") if "_runtime" not in p.relative_to(root).parts)


def sending_calls(source: str, name: str) -> list[str]:
    """``"<name>:<line>: <call>"`` for each call in ``source`` that sends a request."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        where = f"{name}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import | ast.ImportFrom):
            modules = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                modules.append(node.module)
            found += [f"{where}: import {m}" for m in modules if m in MODULES_THAT_SEND]
            continue
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        call = ast.unparse(node.func)
        owner = node.func.value
        is_httpx = isinstance(owner, ast.Name) and owner.id == "httpx"
        if (
            node.func.attr in SENDING_METHODS
            or (is_httpx and node.func.attr in SENDING_FUNCTIONS | HTTP_CLIENTS)
        ) and (name, call) not in NOT_REQUESTS:
            found.append(f"{where}: {call}()")
    return found


def test_the_scan_finds_what_sends() -> None:
    source = (
        "import httpx\nimport urllib.request\n"
        "def a(client):\n    return client.get_httpx_client().request(method='get', url='/')\n"
        "def b():\n    return httpx.post('http://x')\n"
        "def c():\n    with httpx.Client() as http:\n"
        "        http.send(http.build_request('GET', '/'))\n"
    )
    assert sorted(sending_calls(source, "m.py")) == [
        "m.py:2: import urllib.request",
        "m.py:4: client.get_httpx_client()",
        "m.py:4: client.get_httpx_client().request()",
        "m.py:6: httpx.post()",
        "m.py:8: httpx.Client()",
        "m.py:9: http.build_request()",
        "m.py:9: http.send()",
    ]
    assert sending_calls("def f(c):\n    return c.send_kwargs(op, {}, parse=p)\n", "m.py") == []


@pytest.mark.parametrize("package", PACKAGES)
def test_no_module_sends_around_the_runtime(package: str) -> None:
    root = next((REPO_ROOT / "generated").glob(f"*-client/{package}"))
    found: list[str] = []
    for path in _sources(package):
        name = path.relative_to(root).as_posix()
        found += sending_calls(path.read_text(encoding="utf-8"), name)
    assert found == []


@pytest.mark.parametrize("package", PACKAGES)
def test_endpoint_modules_keep_only_what_the_resource_methods_use(package: str) -> None:
    api = importlib.import_module(f"{package}.api")
    modules = [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(api.__path__, f"{package}.api.")
        if not info.ispkg
    ]
    assert modules
    for module in modules:
        functions = {
            name
            for name, value in inspect.getmembers(module, inspect.isfunction)
            if value.__module__ == module.__name__
        }
        assert functions == {"_get_kwargs", "_parse_success"}, module.__name__
        for stock in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert not hasattr(module, stock), f"{module.__name__}.{stock}"
        assert hasattr(module, "OPERATION")


@pytest.mark.parametrize("package", PACKAGES)
def test_the_stock_client_is_gone(package: str) -> None:
    module = importlib.import_module(package)
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module(f"{package}.client")
    for name in ("Client", "AuthenticatedClient"):
        assert name not in module.__all__
        assert not hasattr(module, name)
