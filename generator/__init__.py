"""The client generator: turns ``specs/*.yaml`` into the packages under ``generated/``.

Run it as ``python -m generator`` (the Makefile wraps it). The pipeline, per API::

    validate spec -> apply overlay (strict) -> validate again -> openapi-python-client
      -> inject runtime and override modules -> ruff -> banner + provenance -> swap into generated/

``generator.runtime`` is the hand-written HTTP runtime that every generated package receives as
its private ``_runtime`` subpackage.
"""
