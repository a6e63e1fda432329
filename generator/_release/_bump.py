"""Levels of change, the entries that justify them, and the next version they call for.

Semantic versioning (https://semver.org/) as downstream services read it: they pin
``>=1,<2``, so a major release is the only one allowed to break their code (or the wire contract
their code relies on), a minor one only adds, and a patch changes no signature at all.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .._errors import GenerationError

_VERSION = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")


class Level(enum.IntEnum):
    """How much a change matters to code that uses the package; higher wins."""

    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3


@dataclass(frozen=True, order=True)
class Change:
    """One line of the changelog: what changed, at which level, seen from where.

    ``scope`` is ``"python"`` (the package's Python API), ``"wire"`` (the overlaid spec: what
    goes over HTTP) or ``"build"`` (the generated files, when neither of the others moved).
    """

    level: Level
    scope: str
    text: str

    @property
    def breaking(self) -> bool:
        return self.level is Level.MAJOR


def overall(changes: Iterable[Change]) -> Level:
    """The level of a release that contains ``changes``."""
    return max((change.level for change in changes), default=Level.NONE)


def ordered(changes: Iterable[Change]) -> list[Change]:
    """Unique entries, breaking first, then additions, then the rest; wire before Python."""
    unique = set(changes)
    return sorted(unique, key=lambda c: (-c.level, c.scope != "wire", c.text))


def parse_version(text: str, where: str) -> tuple[int, int, int]:
    match = _VERSION.fullmatch(text)
    if match is None:
        raise GenerationError(
            "release",
            f"{where}: version {text!r} is not MAJOR.MINOR.PATCH (such as 1.4.0); releases "
            "number packages that way only, so set one of that form.",
        )
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def next_version(version: str, level: Level, where: str = "the baseline") -> str:
    """The version after ``version`` for a release of ``level`` (NONE: ``version`` itself)."""
    major, minor, patch = parse_version(version, where)
    if level is Level.MAJOR:
        return f"{major + 1}.0.0"
    if level is Level.MINOR:
        return f"{major}.{minor + 1}.0"
    if level is Level.PATCH:
        return f"{major}.{minor}.{patch + 1}"
    return version
