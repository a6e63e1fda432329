"""Tests of the fake servers shipped in ``<package>.testing``, and the helpers they share.

``spec_client`` makes an httpx client whose every answer is checked against the API's wire
spec (``specs/<api>.yaml``, the spec Prism and schemathesis use) with openapi-core: a fake that
answers a status the operation does not declare, or a body that breaks its schema, fails the
test that provoked it. The fakes run on 127.0.0.1; openapi-core matches paths against the
spec's server URL, so the check swaps the production host in.
"""

from __future__ import annotations

import functools
from pathlib import Path

import httpx
import yaml
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

REPO_ROOT = Path(__file__).resolve().parents[2]
SPECS = REPO_ROOT / "specs"
PRODUCTION_HOSTS = {
    "autobutler": "https://www.autobutler.dk",
    "integratorio": "https://api.integrator.io",
    "hubster": "https://portal-api.hubster.io",
}


@functools.cache
def _openapi(api: str) -> OpenAPI:
    spec = yaml.safe_load((SPECS / f"{api}.yaml").read_text(encoding="utf-8"))
    return OpenAPI.from_dict(spec)


def check_against_spec(api: str, response: httpx.Response) -> None:
    """Fail unless ``response`` is one the spec declares for its request (status and body)."""
    response.read()
    request = response.request
    content_type = response.headers.get("content-type")
    mock_request = MockRequest(
        PRODUCTION_HOSTS[api],
        request.method.lower(),
        request.url.raw_path.decode("ascii").split("?", 1)[0],
        content_type=request.headers.get("content-type", "application/json"),
    )
    mock_response = MockResponse(
        response.content,
        response.status_code,
        headers=dict(response.headers),
        content_type=content_type.split(";", 1)[0] if content_type else None,
    )
    try:
        _openapi(api).validate_response(mock_request, mock_response)
    except Exception as exc:
        detail = getattr(exc, "__cause__", None) or exc
        raise AssertionError(
            f"{request.method} {request.url.path} answered {response.status_code} "
            f"{response.text[:300]!r}, which specs/{api}.yaml does not allow: {detail}"
        ) from exc


def spec_client(api: str, base_url: str, headers: dict[str, str] | None = None) -> httpx.Client:
    """An httpx client for a fake whose every answer is checked with ``check_against_spec``."""

    def hook(response: httpx.Response) -> None:
        check_against_spec(api, response)

    return httpx.Client(
        base_url=base_url,
        headers=headers or {},
        timeout=10.0,
        event_hooks={"response": [hook]},
    )
