"""`make publish` into a real package index, then a consumer project installed from it.

pypiserver runs on 127.0.0.1 over an empty directory; `make publish PUBLISH_URL=...` builds the
wheels into dist/ and uploads them with twine, credentials from TWINE_USERNAME/TWINE_PASSWORD.
Then ONE fresh venv (for the module) installs tests/downstream/ (the ``integration-hub``
consumer: a service built on the three clients) with pip pointed at that index: the three
clients can only come from it, because pip runs with the machine's pip configuration off and
the only other source is a wheelhouse of third-party wheels (httpx, attrs, pydantic, mypy,
pytest, hatchling: see conftest.py, filled from the normal configured index). pip's install
report proves where each client came from. The consumer then passes `mypy --strict` and its own
test suite against the fakes the clients ship (``<pkg>.testing``), inside that venv.

This is the only test that runs `make publish` (and so the only one that touches dist/).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import subprocess
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from ._venv import APIS, DISTS, PACKAGES, REPO_ROOT, Venv, copy_tree, pypiserver

DOWNSTREAM = REPO_ROOT / "tests" / "downstream"
MAKE_TIMEOUT = 900  # make publish may regenerate a stale package first (`wheels: generate`)


@dataclass
class Index:
    url: str
    packages: Path


@dataclass
class Publish:
    result: subprocess.CompletedProcess[str]
    username: str
    password: str

    @property
    def output(self) -> str:
        return self.result.stdout + self.result.stderr


@dataclass
class Consumer:
    venv: Venv
    project: Path
    report: dict[str, Any]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Index]:
    root = tmp_path_factory.mktemp("index")
    packages = root / "packages"
    packages.mkdir()
    with pypiserver(packages, root / "pypiserver.log") as url:
        yield Index(url, packages)


@pytest.fixture(scope="module")
def published(index: Index) -> Publish:
    username = f"publisher-{secrets.token_hex(4)}"
    password = f"pw-{secrets.token_hex(16)}"
    # A nested make must not inherit the outer `make test`'s flags (jobserver descriptors).
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    env.update(TWINE_USERNAME=username, TWINE_PASSWORD=password)
    result = subprocess.run(
        ["make", "publish", f"PUBLISH_URL={index.url}/"],
        cwd=REPO_ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=MAKE_TIMEOUT,
    )
    return Publish(result, username, password)


@pytest.fixture(scope="module")
def consumer(
    tmp_path_factory: pytest.TempPathFactory, index: Index, published: Publish, wheelhouse: Path
) -> Consumer:
    assert published.result.returncode == 0, published.output
    root = tmp_path_factory.mktemp("consumer")
    project = copy_tree(DOWNSTREAM, root / "integration-hub")
    venv = Venv.create(root / "venv")
    report_path = root / "pip-report.json"
    venv.pip_install(
        # Our three clients: from the local index only (pip's own configuration is off).
        "--index-url",
        f"{index.url}/simple/",
        # Third-party wheels and the build backend: from the wheelhouse.
        "--find-links",
        str(wheelhouse),
        "--report",
        str(report_path),
        f"{project}[dev]",
    )
    return Consumer(venv, project, json.loads(report_path.read_text()))


def test_make_publish_uploads_one_wheel_per_package(index: Index, published: Publish) -> None:
    assert published.result.returncode == 0, published.output
    uploaded = sorted(p.name for p in index.packages.iterdir())
    assert uploaded == sorted(f"{PACKAGES[api]}-1.0.0-py3-none-any.whl" for api in APIS)
    # `make wheels` built exactly those into dist/ (one per package), and twine sent them all.
    assert sorted(p.name for p in (REPO_ROOT / "dist").glob("*.whl")) == uploaded
    for name in uploaded:
        assert name in published.output


def test_make_publish_never_prints_the_credentials(published: Publish) -> None:
    assert published.result.returncode == 0, published.output
    assert published.password not in published.output
    assert published.username not in published.output


def test_the_index_serves_each_client(index: Index, published: Publish) -> None:
    assert published.result.returncode == 0, published.output
    for api in APIS:
        with urllib.request.urlopen(f"{index.url}/simple/{DISTS[api]}/", timeout=10) as page:
            html = page.read().decode()
        assert f"{PACKAGES[api]}-1.0.0-py3-none-any.whl" in html


def test_the_consumer_got_the_clients_from_the_local_index(
    consumer: Consumer, index: Index
) -> None:
    sources = {
        item["metadata"]["name"]: item["download_info"]["url"]
        for item in consumer.report["install"]
    }
    for api in APIS:
        assert sources[DISTS[api]].startswith(f"{index.url}/"), sources[DISTS[api]]
    # ... and nothing else did: every third-party wheel came from the wheelhouse.
    others = {name: url for name, url in sources.items() if name not in DISTS.values()}
    assert others, "the consumer installed no third-party dependencies?"
    for name, url in others.items():
        if name == "integration-hub":
            assert url.startswith("file://"), url  # the project directory itself
        else:
            assert url.startswith("file://") and url.endswith(".whl"), (name, url)
    # The installed clients are the venv's, not generated/ in this repository.
    probe = consumer.venv.run(
        consumer.venv.python,
        "-c",
        "import json, autobutler_client as a, integratorio_client as i, hubster_client as h;"
        "print(json.dumps([m.__file__ for m in (a, i, h)]))",
    )
    for path in json.loads(probe.stdout):
        assert Path(path).is_relative_to(consumer.venv.path), path


def test_the_consumer_passes_mypy_strict(consumer: Consumer) -> None:
    result = consumer.venv.run(
        consumer.venv.python,
        "-m",
        "mypy",
        "--strict",
        "src",
        "tests",
        cwd=consumer.project,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"Success: no issues found in \d+ source files", result.stdout), result.stdout


def test_the_consumer_tests_pass_against_the_fakes(consumer: Consumer) -> None:
    result = consumer.venv.run(
        consumer.venv.python,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "tests",
        cwd=consumer.project,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    summary = re.search(r"^(\d+) passed in [\d.]+s", output, re.MULTILINE)
    assert summary, output
    assert int(summary.group(1)) >= 10, output
    assert not re.search(r"\b(failed|skipped|error|xfailed)\b", output.splitlines()[-1]), output
