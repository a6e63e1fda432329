"""Fixtures shared by the contract tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._prism import ViolationRecorder


@pytest.fixture
def recorder() -> Iterator[ViolationRecorder]:
    """Records Prism's violation reports; closes the httpx clients it handed out."""
    recorder = ViolationRecorder()
    yield recorder
    recorder.close()
