"""Errors the pipeline raises.

PipelineError                 a step failed; generated/ is left exactly as it was
 +-- SpecError                a spec cannot be read or is not valid OpenAPI 3.1
 +-- OverlayError             an overlay is malformed or an action matches nothing
 +-- GenerationError          openapi-python-client, ruff or an injection step failed
"""

from __future__ import annotations


class PipelineError(Exception):
    """A pipeline step failed; the message names the step, the file and the place."""

    def __init__(self, step: str, message: str) -> None:
        super().__init__(f"[{step}] {message}")
        self.step = step
        self.message = message


class SpecError(PipelineError):
    """A spec file cannot be parsed or does not validate."""


class OverlayError(PipelineError):
    """An overlay document is malformed or one of its actions matches nothing."""


class GenerationError(PipelineError):
    """Code generation, formatting or injection failed."""
