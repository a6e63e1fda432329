"""``CHANGELOG.md``: one section per release, for the engineers of the services that import it.

Each section lists what changed in the wire contract ("API") and in the Python API ("Python"),
breaking changes first and each one marked, then additions, then everything else. The file is
committed as ``releases/<api>/CHANGELOG.md`` and copied into the package by the pipeline; the
wording of a released section may be edited there by hand (it is then part of the next build).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ._bump import Change, Level, ordered

_SCOPES = {"wire": "API", "python": "Python", "build": "Build"}
_HEADINGS = (
    (Level.MAJOR, "Breaking changes"),
    (Level.MINOR, "Added"),
    (Level.PATCH, "Changed"),
)
# More than this many entries at one level are summarised (an operation that is added brings a
# method, a model and fields: the reader needs the gist and the count, not pages).
MAX_ENTRIES_PER_LEVEL = 40


def header(distribution: str) -> str:
    return (
        f"# Changelog of {distribution}\n\n"
        "Versions follow semantic versioning for the code that imports the package: a major\n"
        "release may break it (its entries are marked **Breaking**), a minor one adds operations,\n"
        "fields or values, a patch changes no signature. `make release` writes each section from\n"
        "the differences with the previous release, both on the wire (API) and in Python.\n"
    )


def _entry(change: Change) -> str:
    mark = "**Breaking** " if change.breaking else ""
    return f"- {mark}{_SCOPES.get(change.scope, change.scope)}: {change.text}"


def section(
    version: str, date: str | None, changes: Sequence[Change], notes: Sequence[str] = ()
) -> str:
    """The Markdown section of one release."""
    title = f"## {version} ({date})" if date else f"## {version}"
    lines = [title, ""]
    for note in notes:
        lines += [note.strip(), ""]
    entries = ordered(changes)
    for level, heading in _HEADINGS:
        chosen = [c for c in entries if c.level is level]
        if not chosen:
            continue
        lines += [f"### {heading}", ""]
        lines += [_entry(c) for c in chosen[:MAX_ENTRIES_PER_LEVEL]]
        if len(chosen) > MAX_ENTRIES_PER_LEVEL:
            lines.append(f"- ... and {len(chosen) - MAX_ENTRIES_PER_LEVEL} more of this kind")
        lines.append("")
    return "\n".join(lines)


def add_section(path: Path, distribution: str, text: str) -> None:
    """Put ``text`` above the newest section of ``path`` (created with its header if new)."""
    current = path.read_text(encoding="utf-8") if path.is_file() else header(distribution)
    head, marker, rest = current.partition("\n## ")
    body = f"{head.rstrip()}\n\n{text.rstrip()}\n"
    if marker:
        body += f"\n## {rest}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")


def first_section(version: str, date: str | None) -> str:
    """The section of the release a baseline is first recorded for."""
    return section(
        version,
        date,
        [],
        [
            "The release this changelog starts from: later sections list what changed since, "
            "in the wire contract and in the Python API."
        ],
    )
