"""The results table: printed, and written as JSON and Markdown."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ._machine import summary


@dataclass(frozen=True)
class Row:
    """One line of the table. ``holds`` is None for figures that are reported, not judged."""

    figure: str
    a: str
    b: str
    value: str
    target: str
    holds: bool | None

    @property
    def verdict(self) -> str:
        return "-" if self.holds is None else ("yes" if self.holds else "NO")


HEADERS = ("figure", "A", "B", "A/B or value", "target", "holds")


def _cells(row: Row) -> tuple[str, ...]:
    return (row.figure, row.a, row.b, row.value, row.target, row.verdict)


def text_table(rows: list[Row]) -> str:
    """A plain-text table with aligned columns."""
    table = [HEADERS, *(_cells(row) for row in rows)]
    widths = [max(len(line[i]) for line in table) for i in range(len(HEADERS))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True))
        for line in table
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def markdown(rows: list[Row], results: dict[str, Any]) -> str:
    """The results as Markdown: machine, options, table."""
    out = [
        "# `make bench` results",
        "",
        f"Measured {results['finished_at']} ({results['mode']} run, "
        f"{results['elapsed_s']:.0f} s) on: {summary(results['machine'])}.",
        "",
        "A and B ran side by side in the same run, alternating over several rounds; each cell "
        "is a median. The raw numbers and every round are in `latest.json`.",
        "",
        "| " + " | ".join(HEADERS) + " |",
        "| " + " | ".join("---" for _ in HEADERS) + " |",
    ]
    for row in rows:
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in _cells(row)) + " |")
    out.append("")
    return "\n".join(out)


def write(results_dir: Path, rows: list[Row], results: dict[str, Any]) -> list[Path]:
    """Write ``latest.json`` and ``latest.md`` atomically (``*.tmp`` then rename)."""
    results_dir.mkdir(parents=True, exist_ok=True)
    payload = {**results, "rows": [asdict(row) | {"verdict": row.verdict} for row in rows]}
    written = []
    for name, text in (
        ("latest.json", json.dumps(payload, indent=2, sort_keys=False) + "\n"),
        ("latest.md", markdown(rows, results)),
    ):
        path = results_dir / name
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
        written.append(path)
    return written
