"""A fast run of ``make bench`` (``python -m bench --quick``): every figure must come out.

Not a timing test: the targets may hold or not on the machine that runs it. It proves that the
harness measures every figure of the issue, prints the table and writes the results files.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]

# One row per figure of the issue (and the peak-memory rows it asks for): (prefix, suffix).
EXPECTED_ROWS = (
    ("per-call CPU, sync,", "client vs raw httpx get().json()"),
    ("per-call CPU, sync,", "client vs raw httpx get().json() + from_dict"),
    ("per-call CPU, async,", "client vs raw httpx get().json()"),
    ("per-call CPU, async,", "client vs raw httpx get().json() + from_dict"),
    ("bulk creates, sync, sustained rate after the burst", "8 threads, client bucket 18)"),
    ("bulk creates, sync, 429 answers", ""),
    ("bulk run, sync, peak memory", ""),
    ("bulk creates, async, sustained rate after the burst", "4 asyncio tasks, client bucket 18)"),
    ("bulk creates, async, 429 answers", ""),
    ("bulk run, async, peak memory", ""),
    ("shared bucket, sync, together: sustained rate after the burst", "for 1.5 s)"),
    ("shared bucket, sync, 429 answers: Redis-shared vs process-local", ""),
    ("shared bucket, async, together: sustained rate after the burst", "for 1.5 s)"),
    ("shared bucket, async, 429 answers: Redis-shared vs process-local", ""),
    ("shared bucket, Redis killed at 1/3 and back at 2/3 of the run", "calls failed / 429 answers"),
    ("shared bucket, sync: one acquisition + release, Redis-shared", "vs in-process bucket"),
    ("shared bucket, async: one acquisition + release, Redis-shared", "vs in-process bucket"),
    (
        "list 600 integrations (3 pages of 200), client CPU, sync,",
        "each page's list of models built by from_dict",
    ),
    (
        "list 600 integrations (3 pages of 200), client CPU, async,",
        "each page's list of models built by from_dict",
    ),
    ("list, sync, peak memory (tracemalloc)", "3 pages vs 1 page of 200"),
    ("list, async, peak memory (tracemalloc)", "3 pages vs 1 page of 200"),
    ("parse 2,000 items: from_dict vs model_validate", ""),
    ("parse 2,000-item answer bytes, peak memory", ""),
    ("full regeneration: make clean; make generate", ""),
    ("no-op regeneration: make generate again", ""),
    ("one spec touched (hubster): make generate", ""),
    ("import autobutler_client", ""),
    ("import integratorio_client", ""),
    ("import hubster_client", ""),
)


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, Any], Path]:
    results_dir = tmp_path_factory.mktemp("bench-results")
    env = {k: v for k, v in os.environ.items() if not k.endswith("_CLIENT_LOG")}
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--results-dir", str(results_dir)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    data = json.loads((results_dir / "latest.json").read_text(encoding="utf-8"))
    return result.stdout, data, results_dir


def test_every_figure_is_measured(quick_run: tuple[str, dict[str, Any], Path]) -> None:
    _, data, _ = quick_run
    assert data["mode"] == "quick"
    assert data["failed"] == []
    assert set(data["figures"]) == {"cpu", "bulk", "shared", "pages", "parse", "regen", "import"}
    figures = [row["figure"] for row in data["rows"]]
    for prefix, suffix in EXPECTED_ROWS:
        assert any(f.startswith(prefix) and f.endswith(suffix) for f in figures), (
            f"no row for {prefix!r}...{suffix!r} in {figures}"
        )


def test_every_judged_row_has_a_verdict(quick_run: tuple[str, dict[str, Any], Path]) -> None:
    _, data, _ = quick_run
    for row in data["rows"]:
        assert row["verdict"] in ("yes", "NO", "-")
        assert (row["verdict"] == "-") == (row["holds"] is None)
        assert row["value"], row


def test_raw_numbers_are_real_measurements(quick_run: tuple[str, dict[str, Any], Path]) -> None:
    _, data, _ = quick_run
    figures = data["figures"]
    for mode in ("sync", "async"):
        medians = figures["cpu"][mode]["median_us"]
        assert set(medians) >= {"client", "raw-json", "raw-model"}
        assert all(0 < value < math.inf for value in medians.values())
    for mode, workers in (("sync", 8), ("async", 4)):
        bulk = figures["bulk"][mode]
        assert bulk["mode"] == mode and bulk["workers"] == workers
        assert bulk["created"] > bulk["capacity"]  # the burst and then some
        assert bulk["fake_recorded_creates"] >= bulk["created"]
        assert bulk["peak_rss_mib"] > 0 and bulk["client_cpu_s"] > 0 and bulk["fake_cpu_s"] > 0
        assert bulk["ceiling_client_per_second"] > 0 and bulk["ceiling_raw_per_second"] > 0
    shared = figures["shared"]
    for name in ("sync-shared", "sync-local", "async-shared", "async-local", "fallback"):
        fleet = shared[name]
        assert fleet["processes"] == 4 and fleet["created"] > fleet["capacity"], name
        assert fleet["fake_recorded_creates"] >= fleet["created"], name
    for mode in ("sync", "async"):
        assert 0 < shared["cost"][mode]["local"] < shared["cost"][mode]["shared"] < 1.0
    pages = figures["pages"]
    assert (pages["items"], pages["page_size"], pages["pages"]) == (600, 200, 3)
    for mode in ("sync", "async"):
        medians = pages[mode]["median_ms"]
        assert set(medians) == {"client", "raw-model", "raw-page", "raw-json"}
        assert all(0 < value < math.inf for value in medians.values())
        peaks = pages[mode]["memory"]["median_peak_mib"]
        assert peaks["all-pages"] > 0 and peaks["one-page"] > 0
    assert pages["sync"]["memory"]["median_peak_mib"]["kept"] > 0
    parse = figures["parse"]
    assert parse["items"] == 2_000
    assert parse["peak_mib_generated"] > 0 and parse["peak_mib_pydantic"] > 0
    regen = figures["regen"]
    assert set(regen["full_rebuilt"][0]) >= {"autobutler", "hubster", "integratorio"}
    assert regen["noop_rebuilt_nothing"] and regen["touch_rebuilt_only_touched"]
    packages = figures["import"]["packages"]
    assert set(packages) == {"autobutler_client", "integratorio_client", "hubster_client"}
    assert all(p["median_package_ms"] > 0 for p in packages.values())
    assert data["machine"]["cpu"] and data["machine"]["python"].startswith("CPython")


def test_table_is_printed_and_files_written(quick_run: tuple[str, dict[str, Any], Path]) -> None:
    stdout, data, results_dir = quick_run
    assert stdout.startswith("make bench (quick): ")
    assert "figure" in stdout and "holds" in stdout
    for row in data["rows"]:
        assert row["figure"] in stdout
    markdown = (results_dir / "latest.md").read_text(encoding="utf-8")
    assert "| figure | A | B |" in markdown
    assert data["machine"]["cpu"] in markdown
    assert not list(results_dir.glob("*.tmp"))
