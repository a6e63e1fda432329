"""Load a YAML/JSON spec and keep, for every JSON pointer, the line it came from.

Validators report places as JSON paths; people fix files by line. This module parses once with
PyYAML's composer so every error can name ``file:line`` as well as the pointer.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ._errors import SpecError


def escape_pointer_token(token: str | int) -> str:
    """Escape one JSON-pointer token (RFC 6901)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(parts: Sequence[str | int]) -> str:
    """Build a JSON pointer such as ``/paths/~1tokens/post`` from its parts."""
    return "".join("/" + escape_pointer_token(part) for part in parts)


@dataclass
class SpecDocument:
    """A parsed spec with a pointer -> line map for error messages."""

    path: Path
    data: dict[str, Any]
    lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, parts: Sequence[str | int]) -> int | None:
        """Return the 1-based line of the deepest existing prefix of ``parts``."""
        for end in range(len(parts), -1, -1):
            line = self.lines.get(pointer(parts[:end]))
            if line is not None:
                return line
        return None

    def where(self, parts: Sequence[str | int]) -> str:
        """Describe a place as ``file:line (pointer)`` for messages."""
        line = self.line_of(parts)
        location = f"{self.path}:{line}" if line is not None else str(self.path)
        return f"{location} (at {pointer(parts) or '/'})"


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate mapping keys instead of silently keeping the last."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: dict[Any, yaml.Node] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            first = seen[key].start_mark.line + 1
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping",
                node.start_mark,
                f"found duplicate key {key!r} (first defined on line {first})",
                key_node.start_mark,
            )
        seen[key] = key_node
    return loader.construct_mapping(node, deep=True)


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _construct_mapping,
)


def _walk_nodes(node: yaml.Node, parts: list[str | int]) -> Iterator[tuple[str, int]]:
    yield pointer(parts), node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = str(key_node.value)
            yield pointer([*parts, key]), key_node.start_mark.line + 1
            for item in _walk_nodes(value_node, [*parts, key]):
                if item[0] != pointer([*parts, key]):
                    yield item
    elif isinstance(node, yaml.SequenceNode):
        for index, item_node in enumerate(node.value):
            yield from _walk_nodes(item_node, [*parts, index])


def load_spec(path: Path) -> SpecDocument:
    """Parse ``path``; a syntax error raises SpecError naming the file, line and column."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError("load", f"Cannot read {path}: {exc.strerror}.") from exc
    try:
        node = yaml.compose(text, Loader=_UniqueKeyLoader)
        data = yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        place = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        problem = exc.problem or exc.context or "invalid YAML"
        raise SpecError(
            "load", f"{place}: {problem}. Fix the YAML syntax at that place and run again."
        ) from exc
    if not isinstance(data, dict):
        raise SpecError(
            "load", f"{path}: the document must be a mapping with an 'openapi' key at the top."
        )
    lines = dict(_walk_nodes(node, [])) if node is not None else {}
    return SpecDocument(path=path, data=data, lines=lines)
