"""Client construction, request building, copies, closing, parsing and package hygiene."""

from __future__ import annotations

import ast
import functools
import sys
from pathlib import Path
from typing import Any, NoReturn

import httpx
import pytest

from generator import runtime
from generator.runtime import (
    APIResponseValidationError,
    AsyncAPIClient,
    AsyncAPIResource,
    ClientConfig,
    ConfigurationError,
    LoginTokenProvider,
    NotFoundError,
    Operation,
    RateLimit,
    RequestOptions,
    ResponseShapeError,
    SyncAPIClient,
    SyncAPIResource,
)
from tests.support import Reply, ScriptedServer

from .conftest import CONFIG, GET, POST, TOKEN, async_client, parse_json, sync_client

RUNTIME_DIR = Path(runtime.__file__).parent


# --- construction -------------------------------------------------------------------------------


def test_base_url_comes_from_argument_then_env_then_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with SyncAPIClient(config=CONFIG, token=TOKEN) as client:
        assert client.base_url == "https://api.example.invalid/api/v1"
    monkeypatch.setenv("RTTEST_BASE_URL", "https://env.example.invalid/v2/")
    with SyncAPIClient(config=CONFIG, token=TOKEN) as client:
        assert client.base_url == "https://env.example.invalid/v2"
    with SyncAPIClient(config=CONFIG, token=TOKEN, base_url="http://arg.invalid") as client:
        assert client.base_url == "http://arg.invalid/"


@pytest.mark.parametrize(
    ("base_url", "problem"),
    [
        ("ftp://files.invalid/", "absolute http:// or https://"),
        ("/relative/path", "absolute http:// or https://"),
        ("https://h.invalid/?a=1", "query string or fragment"),
        ("https://h.invalid/#x", "query string or fragment"),
        ("https://u:p@h.invalid/", "user name or password"),
        ("https://h.invalid:port/", "not a valid URL"),
    ],
)
def test_bad_base_urls_are_refused(base_url: str, problem: str) -> None:
    with pytest.raises(ConfigurationError, match=problem):
        SyncAPIClient(config=CONFIG, token=TOKEN, base_url=base_url)


@pytest.mark.parametrize("max_retries", [-1, True, 1.5])
def test_bad_max_retries_are_refused(max_retries: Any) -> None:
    with pytest.raises(ConfigurationError, match="max_retries"):
        SyncAPIClient(config=CONFIG, token=TOKEN, max_retries=max_retries)


def test_wrong_token_type_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="token must be"):
        SyncAPIClient(config=CONFIG, token=42)  # type: ignore[arg-type]


@pytest.mark.asyncio
async def test_http_client_of_the_wrong_kind_is_refused() -> None:
    async with httpx.AsyncClient() as async_http:
        with pytest.raises(ConfigurationError, match="httpx.Client"):
            SyncAPIClient(config=CONFIG, token=TOKEN, http_client=async_http)  # type: ignore[arg-type]
    with httpx.Client() as sync_http, pytest.raises(ConfigurationError, match="AsyncClient"):
        AsyncAPIClient(config=CONFIG, token=TOKEN, http_client=sync_http)  # type: ignore[arg-type]


# --- requests on the wire -----------------------------------------------------------------------


def test_default_and_extra_headers(server: ScriptedServer) -> None:
    server.always(Reply(200, {}))
    with sync_client(server.url) as client:
        client.request(
            POST,
            path="/things",
            json={"a": 1},
            headers={"X-Op": "1"},
            parse=parse_json,
            options=RequestOptions(extra_headers={"X-Call": "2", "accept": "text/csv"}),
        )
        client.request(
            GET,
            path="/things/1",
            parse=parse_json,
            options=RequestOptions(extra_headers={"authorization": "Basic b3ZlcnJpZGU="}),
        )
    override = server.requests[1]
    sent_auth = [v for k, v in override.raw_headers if k.lower() == "authorization"]
    assert sent_auth == ["Basic b3ZlcnJpZGU="]
    headers = server.requests[0].headers
    assert [k.lower() for k, _ in server.requests[0].raw_headers].count("accept") == 1
    assert headers["user-agent"] == "rt-test/1.0"
    assert headers["accept"] == "text/csv"
    assert headers["x-op"] == "1" and headers["x-call"] == "2"
    assert headers["content-type"] == "application/json"
    assert server.requests[0].body == b'{"a":1}'


def test_default_user_agent_names_the_package(server: ScriptedServer) -> None:
    server.always(Reply(200, {}))
    config = ClientConfig("Hubster", "hubster_client", "RTTEST", "https://x.invalid")
    with sync_client(server.url, config=config) as client:
        client.request(GET, path="/things/1", parse=parse_json)
    assert server.requests[0].headers["user-agent"].startswith("hubster_client python-httpx/")
    assert server.requests[0].headers["accept"] == "application/json"


def _sent(request_headers: list[tuple[str, str]], name: str) -> list[str]:
    return [v for k, v in request_headers if k.lower() == name]


def test_default_headers_go_once_whoever_owns_the_pool(server: ScriptedServer) -> None:
    # Our own pool carries User-Agent and Accept itself; a caller's pool has them added to each
    # request, replacing its own. Either way each is sent once, with our value.
    server.always(Reply(200, {}))
    with sync_client(server.url) as client:
        client.request(GET, path="/things/1", parse=parse_json)
    borrowed = httpx.Client(headers={"User-Agent": "theirs/1", "Accept": "*/*", "X-Pool": "p"})
    with borrowed, sync_client(server.url, http_client=borrowed) as client:
        client.request(GET, path="/things/2", parse=parse_json)
    for recorded in server.requests:
        assert _sent(recorded.raw_headers, "user-agent") == ["rt-test/1.0"]
        assert _sent(recorded.raw_headers, "accept") == ["application/json"]
        assert len(_sent(recorded.raw_headers, "authorization")) == 1
    assert server.requests[1].headers["x-pool"] == "p"


@pytest.mark.asyncio
async def test_async_default_headers_go_once_whoever_owns_the_pool(
    server: ScriptedServer,
) -> None:
    server.always(Reply(200, {}))
    async with async_client(server.url) as client:
        await client.request(GET, path="/things/1", parse=parse_json)
    borrowed = httpx.AsyncClient(headers={"User-Agent": "theirs/1", "Accept": "*/*"})
    async with borrowed, async_client(server.url, http_client=borrowed) as client:
        await client.request(GET, path="/things/2", parse=parse_json)
    for recorded in server.requests:
        assert _sent(recorded.raw_headers, "user-agent") == ["rt-test/1.0"]
        assert _sent(recorded.raw_headers, "accept") == ["application/json"]


def test_path_is_appended_to_the_base_path(server: ScriptedServer) -> None:
    server.always(Reply(200, {}))
    for base in ("/api/v2/mechanics", "/api/v2/mechanics/"):
        with sync_client(server.url + base) as client:
            client.request(GET, path="/things/a%2Fb", parse=parse_json)
    assert [r.target for r in server.requests] == ["/api/v2/mechanics/things/a%2Fb"] * 2


def test_send_kwargs_accepts_openapi_python_client_kwargs(server: ScriptedServer) -> None:
    server.always(Reply(200, {"id": 3}))
    kwargs = {
        "method": "post",
        "url": "/things",
        "params": {"dry_run": "true"},
        "json": {"name": "x"},
        "headers": {"X-Request-Id": "r1"},
    }
    with sync_client(server.url) as client:
        assert client.send_kwargs(POST, kwargs, parse_json) == {"id": 3}
        with pytest.raises(ValueError, match="does not know"):
            client.send_kwargs(POST, {**kwargs, "auth": None}, parse_json)
        with pytest.raises(ValueError, match="method 'get'"):
            client.send_kwargs(POST, {**kwargs, "method": "get"}, parse_json)
    recorded = server.requests[0]
    assert recorded.request_line == "POST /things?dry_run=true HTTP/1.1"
    assert recorded.body == b'{"name":"x"}' and recorded.headers["x-request-id"] == "r1"
    assert len(server.requests) == 1


@pytest.mark.asyncio
async def test_async_send_kwargs(server: ScriptedServer) -> None:
    server.always(Reply(200, {"id": 4}))
    async with async_client(server.url) as client:
        result = await client.send_kwargs(GET, {"method": "get", "url": "/things/4"}, parse_json)
    assert result == {"id": 4}
    assert server.requests[0].target == "/things/4"


# --- parsing --------------------------------------------------------------------------------------


def test_parse_is_not_called_for_errors(server: ScriptedServer) -> None:
    server.always(Reply(404, {"message": "missing"}))

    def parse(response: httpx.Response) -> NoReturn:
        raise AssertionError("parse was called")

    with sync_client(server.url) as client, pytest.raises(NotFoundError):
        client.request(GET, path="/things/1", parse=parse)


def test_non_json_success_body(server: ScriptedServer) -> None:
    html = "<html>token=abc123 " + "y" * 400 + "</html>"
    server.always(Reply(200, html, headers={"Content-Type": "text/html"}))
    with sync_client(server.url) as client, pytest.raises(APIResponseValidationError) as caught:
        client.request(GET, path="/things/1", parse=parse_json)
    message = str(caught.value)
    assert "not JSON" in message and "'text/html'" in message
    assert "getThing (GET /things/1)" in message
    assert "abc123" not in message and "y" * 250 not in message
    assert caught.value.response is not None and caught.value.response.status_code == 200


def test_missing_key_in_success_body(server: ScriptedServer) -> None:
    server.always(Reply(200, {"id": 1}))
    with sync_client(server.url) as client, pytest.raises(APIResponseValidationError) as caught:
        client.request(GET, path="/things/1", parse=lambda r: r.json()["name"])
    assert "getThing (GET /things/1)" in str(caught.value)
    assert "the required key 'name' is missing" in str(caught.value)
    assert caught.value.body == {"id": 1}
    assert isinstance(caught.value.__cause__, KeyError)


def test_shape_errors_carry_their_path(server: ScriptedServer) -> None:
    server.always(Reply(200, {"integrations": [{}, {}, {}, None]}))

    def parse(response: httpx.Response) -> NoReturn:
        raise ResponseShapeError("an object with key 'name'", "$.integrations[3]", None)

    with sync_client(server.url) as client, pytest.raises(APIResponseValidationError) as caught:
        client.request(GET, path="/things/1", parse=parse)
    assert caught.value.path == "$.integrations[3]"
    assert "Expected an object with key 'name' at $.integrations[3], got null" in str(caught.value)


@pytest.mark.parametrize("exc", [TypeError("bad type"), AttributeError("no attr")])
def test_other_parser_failures_are_wrapped(server: ScriptedServer, exc: Exception) -> None:
    server.always(Reply(200, {}))

    def parse(response: httpx.Response) -> NoReturn:
        raise exc

    with sync_client(server.url) as client, pytest.raises(APIResponseValidationError) as caught:
        client.request(GET, path="/things/1", parse=parse)
    assert f"{type(exc).__name__}: {exc}" in str(caught.value)
    assert caught.value.__cause__ is exc


# --- copies and closing ---------------------------------------------------------------------------


class Things(SyncAPIResource):
    def get(self, thing_id: int) -> Any:
        return self._client.request(GET, path=f"/things/{thing_id}", parse=parse_json)


class Client(SyncAPIClient):
    """Shaped like a generated client: resource namespaces bound in ``_bind_resources``."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(config=CONFIG, **kwargs)
        self._bind_resources()

    def _bind_resources(self) -> None:
        self.things = Things(self)


def test_with_options_shares_pool_auth_and_bucket() -> None:
    provider = LoginTokenProvider(lambda: "t")
    with Client(token=provider, rate_limit=RateLimit(5, 1.0), timeout=4.0) as client:
        copy = client.with_options(timeout=1.0, max_retries=0)
        assert copy._http is client._http
        assert copy._auth is provider
        assert copy.rate_limiter is client.rate_limiter is not None
        assert (copy.timeout.read, copy.max_retries) == (1.0, 0)
        assert (client.timeout.read, client.max_retries) == (4.0, 2)
        assert copy.things._client is copy and client.things._client is client
        other = client.with_options(token="other-token")
        assert other._auth is not provider and client._auth is provider


def test_copies_use_their_own_settings(server: ScriptedServer) -> None:
    server.always(Reply(503))
    with Client(token=TOKEN, base_url=server.url) as client:
        client._sleep = lambda seconds: None
        with pytest.raises(runtime.InternalServerError):
            client.with_options(max_retries=0).things.get(1)
    assert len(server.requests) == 1


def test_context_manager_closes_an_owned_client_only() -> None:
    with sync_client("https://x.invalid") as client:
        copy = client.with_options(timeout=2.0)
        copy.close()  # a copy never closes the shared pool
        assert not client._http.is_closed
    assert client._http.is_closed
    with httpx.Client() as borrowed:
        with sync_client("https://x.invalid", http_client=borrowed):
            pass
        assert not borrowed.is_closed


@pytest.mark.asyncio
async def test_async_context_manager_closes_an_owned_client_only() -> None:
    async with async_client("https://x.invalid") as client:
        pass
    assert client._http.is_closed
    async with httpx.AsyncClient() as borrowed:
        async with async_client("https://x.invalid", http_client=borrowed):
            pass
        assert not borrowed.is_closed


def test_async_resource_holds_its_client() -> None:
    client = async_client("https://x.invalid")
    assert AsyncAPIResource(client)._client is client


# --- package hygiene ------------------------------------------------------------------------------


@functools.cache
def _imports() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in RUNTIME_DIR.glob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
        found[path.name] = names
    return found


def test_runtime_imports_only_stdlib_httpx_and_attrs() -> None:
    allowed = set(sys.stdlib_module_names) | {"httpx", "attrs", "__future__"}
    # httpx's own transport layer, for the sync pool's deadline (_deadline.DeadlineTransport);
    # a dependency of every package beside httpx.
    allowed |= {"httpcore"}
    # The optional [redis] extra, imported only when a client shares its bucket through Redis
    # (tests/runtime/test_shared_rate_limit.py::test_importing_the_package_does_not_import_redis).
    optional = {"_redis_store.py": {"redis"}}
    for module, names in _imports().items():
        assert names <= allowed | optional.get(module, set()), (module, names - allowed)


def test_runtime_code_names_no_api() -> None:
    # Docstrings may cite an API's error format as an example; code and strings may not.
    apis = ("hubster", "celigo", "integratorio", "autobutler")
    for path in RUNTIME_DIR.glob("*.py"):
        tree = ast.parse(path.read_text())
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) not in docstrings:
                    assert not any(api in node.value.lower() for api in apis), (path, node.value)
            elif isinstance(node, ast.Name | ast.alias):
                name = node.id if isinstance(node, ast.Name) else node.name
                assert not any(api in name.lower() for api in apis), (path, name)


def test_all_is_explicit_and_complete() -> None:
    assert sorted(runtime.__all__) == sorted(set(runtime.__all__))
    for name in runtime.__all__:
        assert hasattr(runtime, name), name


def test_operation_and_config_are_frozen() -> None:
    with pytest.raises(AttributeError):
        GET.method = "POST"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        CONFIG.api_name = "x"  # type: ignore[misc]
    assert Operation("x", "get", "/").idempotent is None
