#!/usr/bin/env python3
"""Upload sdists and wheels to a package index without ever replacing a released file.

twine's ``--skip-existing`` skips a file whose name the index already has, whatever its bytes:
a rebuilt 1.1.0 with different code would be dropped silently (or, on an index that allows
overwriting, replace what services already installed). So before anything is uploaded, this
reads the index's simple page of each project (PEP 503), takes each file's sha256 from its link
(``#sha256=...``; the file is downloaded and hashed when the index gives none) and sorts the
files to publish:

- on the index with the same bytes: not uploaded again, and said so;
- on the index with other bytes: an error, and nothing at all is uploaded;
- not on the index: uploaded with twine, which reads TWINE_USERNAME / TWINE_PASSWORD.

Usage: python tools/publish.py --repository-url URL [--index-url URL] DIST...
The index URL defaults to the repository URL + ``simple/`` (pypiserver, Nexus and Artifactory
serve it there); pass the simple index of others, such as ``https://host/+simple/`` (devpi).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import html.parser
import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

TIMEOUT = 60  # seconds for one page or file of the index


class _Links(html.parser.HTMLParser):
    """The ``href`` of every anchor of a simple page."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def project_of(dist: Path) -> str:
    """The normalised project name of a wheel or sdist file (PEP 503, PEP 427, PEP 625)."""
    name = dist.name
    if name.endswith(".whl"):
        project = name.split("-")[0]
    elif name.endswith(".tar.gz"):
        project = name.removesuffix(".tar.gz").rsplit("-", 1)[0]
    else:
        raise SystemExit(f"{dist} is neither a wheel nor an sdist (.tar.gz); publish only those.")
    return re.sub(r"[-_.]+", "-", project).lower()


def _open(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"Accept": "text/html"})
    user, password = os.environ.get("TWINE_USERNAME"), os.environ.get("TWINE_PASSWORD")
    if user and password:  # an index that needs them to be read, as twine does to upload
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    with urllib.request.urlopen(request, timeout=TIMEOUT) as answer:  # noqa: S310 - the index
        body: bytes = answer.read()
        return body


def released_files(index_url: str, project: str) -> dict[str, str]:
    """File name -> sha256 of every file the index holds for ``project`` (empty if none)."""
    page_url = urllib.parse.urljoin(index_url, f"{project}/")
    try:
        page = _open(page_url)
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return {}  # the project is new to the index
        raise
    parser = _Links()
    parser.feed(page.decode("utf-8", errors="replace"))
    files: dict[str, str] = {}
    for href in parser.hrefs:
        url, _, fragment = urllib.parse.urljoin(page_url, href).partition("#")
        name = urllib.parse.unquote(urllib.parse.urlsplit(url).path.rsplit("/", 1)[-1])
        algorithm, _, digest = fragment.partition("=")
        if algorithm != "sha256" or not digest:
            digest = hashlib.sha256(_open(url)).hexdigest()
        files[name] = digest.lower()
    return files


def plan(dists: list[Path], index_url: str) -> tuple[list[Path], list[str], list[str]]:
    """(files to upload, lines about files already there, lines about conflicting files)."""
    upload: list[Path] = []
    same: list[str] = []
    conflicts: list[str] = []
    released: dict[str, dict[str, str]] = {}
    for dist in dists:
        project = project_of(dist)
        if project not in released:
            released[project] = released_files(index_url, project)
        local = hashlib.sha256(dist.read_bytes()).hexdigest()
        remote = released[project].get(dist.name)
        if remote is None:
            upload.append(dist)
        elif remote == local:
            same.append(f"{dist.name}: the index has it with the same bytes; not uploaded again.")
        else:
            conflicts.append(
                f"{dist.name}: the index already has this file with different bytes (index "
                f"sha256 {remote}, this build {local})."
            )
    return upload, same, conflicts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repository-url", required=True, help="the index's upload URL")
    parser.add_argument("--index-url", help="its simple index (default: the upload URL + simple/)")
    parser.add_argument("dists", nargs="+", type=Path, help="the sdists and wheels")
    args = parser.parse_args(argv)
    index_url = args.index_url or args.repository_url.rstrip("/") + "/simple/"
    index_url = index_url.rstrip("/") + "/"
    try:
        upload, same, conflicts = plan(args.dists, index_url)
    except (urllib.error.URLError, OSError) as exc:
        print(
            f"Cannot read the index at {index_url}: {exc}. Check that it runs and that "
            "PUBLISH_INDEX_URL (its simple index) is right; nothing was uploaded.",
            file=sys.stderr,
        )
        return 2
    for line in same:
        print(line)
    if conflicts:
        print("\n".join(conflicts), file=sys.stderr)
        print(
            "A released version is never replaced, so nothing was uploaded. These sources differ "
            "from the release of the same version: run `make release` so that the change gets a "
            "new version, or build the released commit (the builds are byte for byte the same "
            "from the same sources, SOURCE_DATE_EPOCH and tools).",
            file=sys.stderr,
        )
        return 1
    if not upload:
        print("Nothing to upload: the index already has every file with the same bytes.")
        return 0
    command = [sys.executable, "-m", "twine", "upload", "--non-interactive"]
    command += ["--disable-progress-bar", "--repository-url", args.repository_url]
    return subprocess.run([*command, *map(str, upload)], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
