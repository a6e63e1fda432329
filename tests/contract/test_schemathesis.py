"""schemathesis against each fake: no server errors, every response conforms to the spec.

schemathesis (pinned in requirements.lock) generates requests from specs/<api>.yaml, valid and
invalid ones (``--mode all``), sends them to the fake, and checks every answer: no 5xx, a status
the operation documents, the documented content type and headers, and a body that matches the
documented schema. The run is bounded (examples per operation, a fixed seed, no example
database) so it is repeatable and fits CI's time.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ._operations import spec_operations
from ._prism import SPECS

ST = Path(sys.executable).parent / "st"
CHECKS = ",".join(
    [
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_headers_conformance",
        "response_schema_conformance",
    ]
)
MAX_EXAMPLES = 30
SEED = 20260101
TIMEOUT = 300


def _fake(api: str) -> Any:
    if api == "autobutler":
        from autobutler_client.testing import FakeAutobutler

        return FakeAutobutler()
    if api == "integratorio":
        from integratorio_client.testing import FakeIntegrator

        # Without a rate limit: schemathesis sends far more than 100 requests in a burst, and
        # the point here is the shape of every answer, not the (separately tested) bucket.
        return FakeIntegrator(rate_limit=None)
    from hubster_client.testing import FakeHubster

    return FakeHubster()


def _authorization(api: str, token: str) -> str:
    # Autobutler wants the bare token (an apiKey scheme on Authorization); the others Bearer.
    return token if api == "autobutler" else f"Bearer {token}"


@pytest.fixture
def fake(request: pytest.FixtureRequest) -> Iterator[Any]:
    with _fake(request.param) as server:
        if request.param == "hubster":
            server.add_hub()
        yield server


@pytest.mark.skipif(not ST.exists(), reason=f"{ST} missing: run `make setup`")
@pytest.mark.parametrize("fake", ["autobutler", "integratorio", "hubster"], indirect=True)
def test_schemathesis_finds_no_nonconforming_answer(
    fake: Any, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    api = request.node.callspec.params["fake"]
    command = [
        str(ST),
        "run",
        str(SPECS / f"{api}.yaml"),
        "--url",
        fake.base_url,
        "--header",
        f"Authorization: {_authorization(api, fake.token)}",
        "--checks",
        CHECKS,
        "--mode",
        "all",
        "--max-examples",
        str(MAX_EXAMPLES),
        "--seed",
        str(SEED),
        "--generation-database",
        "none",
        "--workers",
        "1",
        "--request-timeout",
        "10",
        "--no-color",
    ]
    result = subprocess.run(
        command,
        cwd=tmp_path,  # schemathesis may write files next to itself; keep them out of the repo
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"schemathesis found problems ({api}):\n{output[-12000:]}"
    # It really exercised the fake: every operation of the spec was tested.
    operations = len(spec_operations(api))
    tested = re.search(r"Tested:\s+(\d+)", output)
    assert tested and int(tested.group(1)) == operations, output
    assert len(fake.requests) >= operations, output
