"""`make publish` into a real package index, then a consumer project installed from it.

pypiserver runs on 127.0.0.1 over an empty directory; `make publish PUBLISH_URL=...` builds an
sdist and a wheel per package into dist/ and uploads them with twine, credentials from
TWINE_USERNAME/TWINE_PASSWORD.
Then ONE fresh venv (for the module) installs tests/downstream/ (the ``integration-hub``
consumer: a service built on the three clients) with pip pointed at that index: the three
clients can only come from it, because pip runs with the machine's pip configuration off and
the only other source is a wheelhouse of third-party wheels (httpx, attrs, pydantic, mypy,
pytest, hatchling: see conftest.py, filled from the normal configured index). pip's install
report proves where each client came from. The consumer then passes `mypy --strict` and its own
test suite against the fakes the clients ship (``<pkg>.testing``), inside that venv.

Then releases, in a copy of the repository (the workspace): an additive edit of integrator.io's
spec becomes the next minor version with `make release` and `make publish` (which leaves the
unchanged packages' files on the index alone: same bytes), and a breaking one is stopped by the
gate and becomes the next major version. The consumer, pinned below that major, installs the
minor release and still passes; a consumer pinned to the new major gets it and sees the break.

This is the only test that runs `make publish` in the repository (and so the only one that
touches dist/).
"""

from __future__ import annotations

import datetime
import json
import os
import re
import secrets
import shutil
import subprocess
import tarfile
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from ._venv import (
    APIS,
    DISTS,
    PACKAGES,
    REPO_ROOT,
    SOURCE_DATE_EPOCH,
    TOOL_PYTHON,
    Venv,
    copy_tree,
    pypiserver,
    released_version,
    run,
)

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


def _make(
    cwd: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    # A nested make must not inherit the outer `make test`'s flags (jobserver descriptors).
    clean = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    return subprocess.run(
        ["make", *args],
        cwd=cwd,
        env={**clean, **(env or {})},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=MAKE_TIMEOUT,
    )


@pytest.fixture(scope="module")
def published(index: Index) -> Publish:
    username = f"publisher-{secrets.token_hex(4)}"
    password = f"pw-{secrets.token_hex(16)}"
    credentials = {"TWINE_USERNAME": username, "TWINE_PASSWORD": password}
    result = _make(REPO_ROOT, "publish", f"PUBLISH_URL={index.url}/", env=credentials)
    return Publish(result, username, password)


# --- Releases, in a copy of the repository -------------------------------------------------------

# What `make release` and `make publish` read and write; .venv is linked, not copied.
WORKSPACE_PARTS = (
    "Makefile",
    "requirements.lock",
    "package-lock.json",
    "generator",
    "specs",
    "overrides",
    "releases",
    "generated",
    "tools",
)
RELEASE_DATE = "2026-12-01"
# integrator.io's LicenseCreate is what the consumer's ConnectorLicensing.grant() sends: an
# optional `notes` is added (additive), then `expires`, which grant() sets, is removed (breaking).
LICENSE_CREATE_TAIL = """\
        opts:
          $ref: "#/components/schemas/LicenseOptions"
    LicenseUpdate:
"""
WITH_NOTES = """\
        opts:
          $ref: "#/components/schemas/LicenseOptions"
        notes:
          type: string
          description: A note for the people who administer the license.
    LicenseUpdate:
"""
EXPIRES_THEN_WITH_NOTES = (
    """\
        expires:
          type: string
          format: date-time
          description: When the license runs out (UTC).
"""
    + WITH_NOTES
)


def _bumped(version: str, part: str) -> str:
    major, minor, _ = (int(n) for n in version.split("."))
    return f"{major + 1}.0.0" if part == "major" else f"{major}.{minor + 1}.0"


@dataclass
class Workspace:
    root: Path
    credentials: dict[str, str]

    def make(self, *args: str) -> subprocess.CompletedProcess[str]:
        return _make(self.root, *args, env=self.credentials)

    def generator(self, *args: str) -> subprocess.CompletedProcess[str]:
        return run(
            [TOOL_PYTHON, "-m", "generator", *args],
            cwd=self.root,
            timeout=MAKE_TIMEOUT,
            check=False,
        )

    def version(self, api: str) -> str:
        return released_version(api, self.root)

    def edit_spec(self, api: str, old: str, new: str) -> None:
        spec = self.root / "specs" / f"{api}.yaml"
        text = spec.read_text()
        assert text.count(old) == 1, f"the edit's anchor is not unique in {spec}"
        spec.write_text(text.replace(old, new))


@dataclass
class Release:
    before: dict[str, str]  # api -> version before the edit
    after: dict[str, str]
    release: subprocess.CompletedProcess[str]
    publish: subprocess.CompletedProcess[str]
    gate: subprocess.CompletedProcess[str] | None = None  # `release --check` before releasing

    def assert_ok(self) -> None:
        for step in (self.release, self.publish):
            assert step.returncode == 0, f"{step.args}\n{step.stdout}\n{step.stderr}"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory, published: Publish) -> Workspace:
    assert published.result.returncode == 0, published.output
    root = tmp_path_factory.mktemp("workspace")
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "build", ".*_cache")
    for part in WORKSPACE_PARTS:
        source = REPO_ROOT / part
        if source.is_dir():
            shutil.copytree(source, root / part, ignore=ignore)
        else:
            shutil.copy2(source, root / part)  # the mtime too: make sees .venv as up to date
    (root / ".venv").symlink_to(REPO_ROOT / ".venv")
    credentials = {"TWINE_USERNAME": published.username, "TWINE_PASSWORD": published.password}
    return Workspace(root, credentials)


def _release(workspace: Workspace, index: Index, gate: bool = False) -> Release:
    before = {api: workspace.version(api) for api in APIS}
    checked = None
    if gate:
        workspace.generator("generate")
        checked = workspace.generator("release", "--check")
    released = workspace.make("release", f"RELEASE_DATE={RELEASE_DATE}")
    publish = workspace.make("publish", f"PUBLISH_URL={index.url}/")
    after = {api: workspace.version(api) for api in APIS}
    return Release(before, after, released, publish, checked)


@pytest.fixture(scope="module")
def minor_release(workspace: Workspace, index: Index) -> Release:
    workspace.edit_spec("integratorio", LICENSE_CREATE_TAIL, WITH_NOTES)
    return _release(workspace, index)


@pytest.fixture(scope="module")
def major_release(workspace: Workspace, index: Index, minor_release: Release) -> Release:
    minor_release.assert_ok()
    workspace.edit_spec("integratorio", EXPIRES_THEN_WITH_NOTES, WITH_NOTES)
    return _release(workspace, index, gate=True)


@pytest.fixture(scope="module")
def consumer(
    tmp_path_factory: pytest.TempPathFactory,
    index: Index,
    published: Publish,
    major_release: Release,
    wheelhouse: Path,
) -> Consumer:
    assert published.result.returncode == 0, published.output
    major_release.assert_ok()  # the index holds every release: the pins choose
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


def _dists(api: str) -> list[str]:
    """The two files of ``api``'s package as this repository releases it (before any edit)."""
    version = released_version(api)
    return [f"{PACKAGES[api]}-{version}-py3-none-any.whl", f"{PACKAGES[api]}-{version}.tar.gz"]


def test_make_publish_uploads_a_wheel_and_an_sdist_per_package(
    index: Index, published: Publish
) -> None:
    assert published.result.returncode == 0, published.output
    uploaded = sorted(p.name for p in index.packages.iterdir())
    assert uploaded == sorted(name for api in APIS for name in _dists(api))
    # `make wheels` built exactly those into dist/ (two per package), and twine sent them all.
    assert sorted(p.name for p in (REPO_ROOT / "dist").iterdir()) == uploaded
    for name in uploaded:
        assert name in published.output


def test_make_publish_uploads_dists_stamped_with_source_date_epoch(
    index: Index, published: Publish
) -> None:
    # The Makefile exports SOURCE_DATE_EPOCH, so every file in what it uploads carries that time
    # (not the build's): the bytes depend on the sources only. test_sdists.py rebuilds and
    # compares bytes; this checks that `make publish` is the build that gets the setting.
    assert published.result.returncode == 0, published.output
    epoch = int(SOURCE_DATE_EPOCH)
    stamp = datetime.datetime.fromtimestamp(epoch, datetime.UTC).timetuple()[:6]
    for api in APIS:
        wheel, sdist = (index.packages / name for name in _dists(api))
        with zipfile.ZipFile(wheel) as archive:
            assert {info.date_time for info in archive.infolist()} == {stamp}, wheel.name
        with tarfile.open(sdist) as archive:
            assert {member.mtime for member in archive.getmembers()} == {epoch}, sdist.name
        gzip_mtime = int.from_bytes(sdist.read_bytes()[4:8], "little")  # RFC 1952, MTIME
        assert gzip_mtime == epoch, sdist.name


def test_make_publish_never_prints_the_credentials(published: Publish) -> None:
    assert published.result.returncode == 0, published.output
    assert published.password not in published.output
    assert published.username not in published.output


def test_the_index_serves_each_client(index: Index, published: Publish) -> None:
    assert published.result.returncode == 0, published.output
    for api in APIS:
        with urllib.request.urlopen(f"{index.url}/simple/{DISTS[api]}/", timeout=10) as page:
            html = page.read().decode()
        for name in _dists(api):
            assert name in html


def _held(index: Index, api: str, version: str) -> list[str]:
    names = (f"{PACKAGES[api]}-{version}-py3-none-any.whl", f"{PACKAGES[api]}-{version}.tar.gz")
    return [name for name in names if (index.packages / name).is_file()]


def _newest_section(changelog: str) -> str:
    return changelog.split("\n## ", 2)[1]


def test_an_additive_edit_is_released_as_a_minor_version_of_that_package_only(
    index: Index, workspace: Workspace, minor_release: Release
) -> None:
    minor_release.assert_ok()
    before, after = minor_release.before, minor_release.after
    assert after == {**before, "integratorio": _bumped(before["integratorio"], "minor")}
    output = minor_release.publish.stdout
    new = after["integratorio"]
    assert len(_held(index, "integratorio", new)) == 2
    for name in _held(index, "integratorio", new):
        assert f"Uploading {name}" in output, output
    # The packages whose inputs did not change were rebuilt byte for byte, so publishing them
    # again is a no-op that says so.
    for api in ("autobutler", "hubster"):
        for name in _dists(api):
            assert f"{name}: the index has it with the same bytes; not uploaded again." in output
    changelog = (workspace.root / "releases" / "integratorio" / "CHANGELOG.md").read_text()
    section = _newest_section(changelog)
    assert section.startswith(f"{new} ({RELEASE_DATE})\n"), section
    assert "### Breaking changes" not in section
    assert "- API: request field `LicenseCreate.notes` added" in section
    assert "- Python: `models.LicenseCreate.notes` was added" in section


def test_the_gate_stops_a_breaking_edit_until_it_is_released(major_release: Release) -> None:
    gate = major_release.gate
    assert gate is not None and gate.returncode == 1, gate
    before = major_release.before["integratorio"]
    assert gate.stderr.startswith(
        f"integratorio-client: generated/integratorio-client differs from its last release "
        f"({before}, releases/integratorio/) in a way that needs version "
        f"{_bumped(before, 'major')} (major), and that version was not set. Run `make release`"
    ), gate.stderr
    assert "- request field `LicenseCreate.expires` removed" in gate.stderr
    assert "- `models.LicenseCreate.expires` was removed" in gate.stderr


def test_a_breaking_edit_is_released_as_a_major_version(
    index: Index, workspace: Workspace, major_release: Release
) -> None:
    major_release.assert_ok()
    before, after = major_release.before, major_release.after
    new = _bumped(before["integratorio"], "major")
    assert after == {**before, "integratorio": new}
    assert len(_held(index, "integratorio", new)) == 2
    # The sdist on the index carries the changelog: breaking changes first, each one marked.
    sdist = index.packages / f"integratorio_client-{new}.tar.gz"
    with tarfile.open(sdist) as archive:
        member = archive.extractfile(f"integratorio_client-{new}/CHANGELOG.md")
        assert member is not None
        changelog = member.read().decode()
    section = _newest_section(changelog)
    assert section.startswith(f"{new} ({RELEASE_DATE})\n\n### Breaking changes\n"), section
    assert "- **Breaking** API: request field `LicenseCreate.expires` removed" in section
    assert "- **Breaking** Python: `models.LicenseCreate.expires` was removed" in section
    assert f"\n## {before['integratorio']} ({RELEASE_DATE})\n" in changelog  # the 1.1.0 section


def test_the_consumer_got_the_clients_from_the_local_index(
    consumer: Consumer, index: Index
) -> None:
    sources = {
        item["metadata"]["name"]: item["download_info"]["url"]
        for item in consumer.report["install"]
    }
    for api in APIS:
        assert sources[DISTS[api]].startswith(f"{index.url}/"), sources[DISTS[api]]
    # The index holds this repository's release of integratorio-client, the additive (minor)
    # release after it and the breaking (major) one: the consumer's pin takes the minor one;
    # the others have only this repository's release.
    versions = {
        item["metadata"]["name"]: item["metadata"]["version"] for item in consumer.report["install"]
    }
    assert {dist: versions[dist] for dist in DISTS.values()} == {
        "autobutler-client": released_version("autobutler"),
        "integratorio-client": _bumped(released_version("integratorio"), "minor"),
        "hubster-client": released_version("hubster"),
    }
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


def test_a_consumer_pinned_to_the_new_major_gets_it_and_sees_the_break(
    tmp_path_factory: pytest.TempPathFactory,
    index: Index,
    major_release: Release,
    wheelhouse: Path,
) -> None:
    major_release.assert_ok()
    new = major_release.after["integratorio"]
    root = tmp_path_factory.mktemp("consumer-v2")
    project = copy_tree(DOWNSTREAM, root / "integration-hub")
    venv = Venv.create(root / "venv")
    venv.pip_install(
        "--index-url",
        f"{index.url}/simple/",
        "--find-links",
        str(wheelhouse),
        f"integratorio-client>={new.split('.')[0]}",
        "autobutler-client>=1,<2",
        "hubster-client>=1,<2",
        "mypy",
    )
    probe = venv.run(
        venv.python, "-c", "import integratorio_client; print(integratorio_client.__version__)"
    )
    assert probe.stdout.strip() == new
    # The consumer's code sets the field 2.0.0 removed: mypy says so where it is used.
    result = venv.run(venv.python, "-m", "mypy", "--strict", "src", cwd=project, check=False)
    assert result.returncode == 1, result.stdout + result.stderr
    assert re.search(
        r'src/integration_hub/licensing\.py:\d+: error: "LicenseCreate" has no attribute "expires"',
        result.stdout,
    ), result.stdout
