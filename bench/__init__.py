"""``make bench``: the performance figures of the generated clients, measured side by side.

Run ``python -m bench`` from the repository root (``--help`` for options); see ``_runner``.
"""
