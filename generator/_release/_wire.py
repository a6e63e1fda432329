"""The wire contract: what changed between two overlaid specs, and how much it matters.

Home-made because no maintained OpenAPI diff tool reaches this project and reads OpenAPI 3.1
(oasdiff is not on PyPI or npm; openapi-diff refuses 3.1; api-smart-diff reports a removed
response field as harmless and a renamed path parameter as a new path). So it stays small:
operations are matched by operationId, and schemas are compared after following their $refs,
knowing which way the data flows. What a client sends (parameters, request bodies) breaks when
it is narrowed; what it receives (responses) breaks when it is widened or loses a field.
tests/generator/test_release_table.py holds the table of spec edits and the level each gets.
"""

from __future__ import annotations

import datetime
import json
import re
from typing import Any

from ._bump import Change, Level

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
REQUEST, RESPONSE = "request", "response"
# Limits that make a request schema narrower when they go down (max) or up (min).
_UPPER_LIMITS = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
_LOWER_LIMITS = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")
_COMBINATORS = ("allOf", "oneOf", "anyOf")


def jsonable(value: Any) -> Any:
    """The spec as JSON has it: YAML's dates and integer keys (``200:``) become strings."""
    if isinstance(value, dict):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [jsonable(item) for item in value]
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    return value


def spec_text(spec: dict[str, Any]) -> str:
    """The overlaid spec as the baseline stores it (sorted keys: the same spec, the same text)."""
    return json.dumps(jsonable(spec), indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def _operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any], list[Any]]]:
    """operationId -> (method, path, operation, path-level parameters)."""
    found: dict[str, tuple[str, str, dict[str, Any], list[Any]]] = {}
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                op_id = str(operation.get("operationId") or f"{method.upper()} {path}")
                found[op_id] = (method, path, operation, list(item.get("parameters") or []))
    return found


def _types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    kinds = {kind} if isinstance(kind, str) else set(kind or ())
    if schema.get("nullable") is True:
        kinds.add("null")
    if "number" in kinds:
        kinds.add("integer")  # every integer is a number: integer -> number only widens
    return kinds


def _shown(kinds: set[str]) -> str:
    shown = sorted(kinds - {"integer"} if "number" in kinds else kinds)
    return " | ".join(shown) or "any"


class _Comparer:
    """Compares two specs; collects the changes with the operations they were found in."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.found: dict[tuple[Level, str], set[str]] = {}
        self.touched: set[str] = set()  # operations and schemas that produced an entry
        self.operation = ""
        self._seen: set[tuple[str, str, str]] = set()

    def add(self, level: Level, text: str, subject: str = "") -> None:
        self.found.setdefault((level, text), set()).add(self.operation)
        self.touched.add(self.operation)
        if subject:  # the schema a field belongs to: `Widget` for `Widget.parts[].name`
            self.touched.add(re.split(r"[.\[ ]", subject, maxsplit=1)[0])

    def changes(self) -> list[Change]:
        changes = []
        for (level, text), operations in self.found.items():
            named = sorted(op for op in operations if op)
            where = f" (in {', '.join(f'`{op}`' for op in named)})" if named else ""
            changes.append(Change(level, "wire", text + where))
        return changes

    # --- References -----------------------------------------------------------------------------

    def _resolve(self, doc: dict[str, Any], node: Any) -> tuple[dict[str, Any], str]:
        """The schema (or parameter, body, response) a node stands for, and its ref name."""
        name = ""
        for _ in range(32):  # a chain of refs, never a loop
            if not isinstance(node, dict) or not isinstance(node.get("$ref"), str):
                break
            ref = node["$ref"]
            name = ref.rsplit("/", 1)[-1]
            target: Any = doc
            for part in ref.removeprefix("#/").split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                target = target.get(part) if isinstance(target, dict) else None
            node = target
        return (node if isinstance(node, dict) else {}), name

    # --- Operations -----------------------------------------------------------------------------

    def compare(self) -> list[Change]:
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        for op_id, (method, path, _, _) in old_ops.items():
            if op_id not in new_ops:
                self.add(Level.MAJOR, f"operation `{op_id}` (`{method.upper()} {path}`) removed")
        for op_id, (method, path, _, _) in new_ops.items():
            if op_id not in old_ops:
                self.add(Level.MINOR, f"operation `{op_id}` (`{method.upper()} {path}`) added")
        for op_id in old_ops.keys() & new_ops.keys():
            self.operation = op_id
            self._operation(old_ops[op_id], new_ops[op_id])
            self.operation = ""
        self._documentation(old_ops, new_ops)
        return self.changes()

    def _operation(
        self,
        old: tuple[str, str, dict[str, Any], list[Any]],
        new: tuple[str, str, dict[str, Any], list[Any]],
    ) -> None:
        (old_method, old_path, old_op, old_shared), (new_method, new_path, new_op, new_shared) = (
            old,
            new,
        )
        # Path parameters are matched by position: renaming `{hubId}` changes no URL.
        old_url = re.sub(r"\{[^}]*\}", "{}", old_path)
        if (old_method, old_url) != (new_method, re.sub(r"\{[^}]*\}", "{}", new_path)):
            self.add(
                Level.MAJOR,
                f"`{old_method.upper()} {old_path}` moved to `{new_method.upper()} {new_path}`",
            )
        self._parameters(old_path, old_shared, old_op, new_path, new_shared, new_op)
        self._request_body(old_op.get("requestBody"), new_op.get("requestBody"))
        self._responses(old_op.get("responses") or {}, new_op.get("responses") or {})

    def _parameter_map(
        self, doc: dict[str, Any], path: str, shared: list[Any], op: dict[str, Any]
    ) -> dict[tuple[str, str], dict[str, Any]]:
        positions = re.findall(r"\{([^}]*)\}", path)
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for node in [*shared, *(op.get("parameters") or [])]:  # the operation's win
            param, _ = self._resolve(doc, node)
            where, name = str(param.get("in", "")), str(param.get("name", ""))
            if where == "path" and name in positions:
                name = f"#{positions.index(name)}"
            found[(where, name)] = param
        return found

    def _parameters(
        self,
        old_path: str,
        old_shared: list[Any],
        old_op: dict[str, Any],
        new_path: str,
        new_shared: list[Any],
        new_op: dict[str, Any],
    ) -> None:
        old = self._parameter_map(self.old, old_path, old_shared, old_op)
        new = self._parameter_map(self.new, new_path, new_shared, new_op)
        for key, param in old.items():
            label = f"{key[0]} parameter `{param.get('name')}`"
            schema_label = f"{param.get('name')} ({key[0]} parameter)"
            if key not in new:
                self.add(Level.MAJOR, f"{label} removed")
                continue
            after = new[key]
            if after.get("required") and not param.get("required"):
                self.add(Level.MAJOR, f"{label} became required")
            elif param.get("required") and not after.get("required"):
                self.add(Level.MINOR, f"{label} became optional")
            self._schema(param.get("schema"), after.get("schema"), schema_label, REQUEST)
        for key, param in new.items():
            if key not in old:
                label = f"{key[0]} parameter `{param.get('name')}`"
                if param.get("required"):
                    self.add(Level.MAJOR, f"new required {label}")
                else:
                    self.add(Level.MINOR, f"optional {label} added")

    def _request_body(self, old_node: Any, new_node: Any) -> None:
        old, _ = self._resolve(self.old, old_node)
        new, _ = self._resolve(self.new, new_node)
        if old and not new:
            self.add(Level.MAJOR, "request body removed")
            return
        if new and not old:
            required = bool(new.get("required"))
            self.add(
                Level.MAJOR if required else Level.MINOR,
                "now requires a request body" if required else "optional request body added",
            )
            return
        if not old:
            return
        if new.get("required") and not old.get("required"):
            self.add(Level.MAJOR, "the request body became required")
        self._content(old.get("content") or {}, new.get("content") or {}, "request body", REQUEST)

    def _responses(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        for status, node in old.items():
            success = status.startswith("2") or status == "default"
            if status not in new:
                level = Level.MAJOR if success else Level.PATCH
                self.add(level, f"no longer answers `{status}`")
                continue
            before, _ = self._resolve(self.old, node)
            after, _ = self._resolve(self.new, new[status])
            self._content(
                before.get("content") or {},
                after.get("content") or {},
                f"`{status}` response",
                RESPONSE,
            )
        for status in new.keys() - old.keys():
            level = Level.MINOR if status.startswith("2") else Level.PATCH
            self.add(level, f"documents a `{status}` answer")

    def _content(self, old: dict[str, Any], new: dict[str, Any], label: str, flow: str) -> None:
        for media in old.keys() - new.keys():
            self.add(Level.MAJOR, f"{label}: `{media}` no longer offered")
        for media in new.keys() - old.keys():
            self.add(Level.MINOR, f"{label}: `{media}` added")
        for media in old.keys() & new.keys():
            before, after = old[media] or {}, new[media] or {}
            self._schema(before.get("schema"), after.get("schema"), label, flow)

    # --- Schemas --------------------------------------------------------------------------------

    def _schema(self, old_node: Any, new_node: Any, label: str, flow: str) -> None:
        old, old_name = self._resolve(self.old, old_node)
        new, new_name = self._resolve(self.new, new_node)
        key = (old_name or repr(id(old)), new_name or repr(id(new)), flow)
        if (old_name or new_name) and key in self._seen:
            return  # a recursive schema (Part -> Part), already being compared
        self._seen.add(key)
        try:
            self._schema_body(old, new, new_name or label, flow)
        finally:
            self._seen.discard(key)

    def _schema_body(self, old: dict[str, Any], new: dict[str, Any], label: str, flow: str) -> None:
        sends = flow == REQUEST
        self._types(old, new, label, sends)
        if old.get("format") != new.get("format"):
            self.add(
                Level.MAJOR,
                f"{flow} `{label}`: format changed from `{old.get('format')}` to "
                f"`{new.get('format')}`",
                label,
            )
        self._enum(old, new, label, flow)
        if sends:
            self._limits(old, new, label)
        self._properties(old, new, label, flow)
        if "items" in old or "items" in new:
            self._schema(old.get("items"), new.get("items"), f"{label}[]", flow)
        for word in _COMBINATORS:
            self._variants(old.get(word) or [], new.get(word) or [], label, word, flow)
        before, after = old.get("additionalProperties"), new.get("additionalProperties")
        if sends and before is not False and after is False:
            self.add(Level.MAJOR, f"request `{label}` no longer accepts other fields", label)
        elif sends and before is False and after is not False:
            self.add(Level.MINOR, f"request `{label}` accepts other fields", label)

    def _types(self, old: dict[str, Any], new: dict[str, Any], label: str, sends: bool) -> None:
        before, after = _types(old), _types(new)
        if before == after:
            return
        lost = bool(before - after) or (not before and after)  # "any" is wider than a type
        gained = bool(after - before) or (before and not after)
        text = f"`{label}`: type changed from `{_shown(before)}` to `{_shown(after)}`"
        # Narrowing what a client may send breaks callers; widening what it may receive
        # breaks code that relied on the old type (a new `null` included).
        breaking = lost if sends else gained
        self.add(
            Level.MAJOR if breaking else Level.MINOR,
            f"{'request' if sends else 'response'} {text}",
            label,
        )

    def _enum(self, old: dict[str, Any], new: dict[str, Any], label: str, flow: str) -> None:
        before = old.get("enum") if "enum" in old else ([old["const"]] if "const" in old else None)
        after = new.get("enum") if "enum" in new else ([new["const"]] if "const" in new else None)
        if before is None and after is None:
            return
        if before is None or after is None:
            narrowed = after is not None
            breaking = narrowed if flow == REQUEST else not narrowed
            what = "now limited to a list of values" if narrowed else "no longer limited to a list"
            self.add(Level.MAJOR if breaking else Level.MINOR, f"{flow} `{label}`: {what}", label)
            return
        for value in before:
            if value not in after:
                self.add(Level.MAJOR, f"value `{value}` of `{label}` removed", label)
        for value in after:
            if value not in before:
                self.add(Level.MINOR, f"value `{value}` of `{label}` added", label)

    def _limits(self, old: dict[str, Any], new: dict[str, Any], label: str) -> None:
        for word in (*_UPPER_LIMITS, *_LOWER_LIMITS, "pattern"):
            before, after = old.get(word), new.get(word)
            if before == after:
                continue
            if after is None:
                narrowed = False
            elif before is None or word == "pattern":
                narrowed = True
            else:
                narrowed = after < before if word in _UPPER_LIMITS else after > before
            if before is None:
                what = f"now `{word}: {after}`"
            elif after is None:
                what = f"no longer `{word}: {before}`"
            else:
                what = f"`{word}` changed from `{before}` to `{after}`"
            self.add(Level.MAJOR if narrowed else Level.MINOR, f"request `{label}`: {what}", label)

    def _properties(self, old: dict[str, Any], new: dict[str, Any], label: str, flow: str) -> None:
        before, after = old.get("properties") or {}, new.get("properties") or {}
        old_required, new_required = set(old.get("required") or ()), set(new.get("required") or ())
        # A field the server alone writes is not sent, and one the client alone writes is not
        # received: such a field does not count on that side.
        hidden = "readOnly" if flow == REQUEST else "writeOnly"

        def counts(schema: Any, doc: dict[str, Any]) -> bool:
            return not self._resolve(doc, schema)[0].get(hidden)

        for name, schema in before.items():
            field = f"`{label}.{name}`"
            if name not in after:
                if counts(schema, self.old):
                    self.add(Level.MAJOR, f"{flow} field {field} removed", label)
                continue
            if not (counts(schema, self.old) and counts(after[name], self.new)):
                continue
            was, now = name in old_required, name in new_required
            if flow == REQUEST and now and not was:
                self.add(Level.MAJOR, f"request field {field} became required", label)
            elif flow == REQUEST and was and not now:
                self.add(Level.MINOR, f"request field {field} became optional", label)
            elif flow == RESPONSE and was and not now:
                self.add(Level.MAJOR, f"response field {field} may now be absent", label)
            elif flow == RESPONSE and now and not was:
                self.add(Level.MINOR, f"response field {field} is now always present", label)
            self._schema(schema, after[name], f"{label}.{name}", flow)
        for name, schema in after.items():
            if name in before or not counts(schema, self.new):
                continue
            field = f"`{label}.{name}`"
            if flow == REQUEST and name in new_required:
                self.add(Level.MAJOR, f"new required request field {field}", label)
            else:
                self.add(Level.MINOR, f"{flow} field {field} added", label)

    def _variants(self, old: list[Any], new: list[Any], label: str, word: str, flow: str) -> None:
        def key(doc: dict[str, Any], node: Any, index: int) -> str:
            return self._resolve(doc, node)[1] or f"#{index}"

        before = {key(self.old, node, i): node for i, node in enumerate(old)}
        after = {key(self.new, node, i): node for i, node in enumerate(new)}
        for name in before.keys() - after.keys():
            breaking = flow == REQUEST
            self.add(
                Level.MAJOR if breaking else Level.MINOR,
                f"{flow} `{label}`: `{word}` variant `{name}` removed",
                label,
            )
        for name in after.keys() - before.keys():
            breaking = flow == RESPONSE and word != "allOf"
            self.add(
                Level.MAJOR if breaking else Level.MINOR,
                f"{flow} `{label}`: `{word}` variant `{name}` added",
                label,
            )
        for name in before.keys() & after.keys():
            self._schema(before[name], after[name], label, flow)

    # --- Everything else ------------------------------------------------------------------------

    def _documentation(
        self,
        old_ops: dict[str, tuple[str, str, dict[str, Any], list[Any]]],
        new_ops: dict[str, tuple[str, str, dict[str, Any], list[Any]]],
    ) -> None:
        """Patch entries for what differs without changing the contract (descriptions, ...)."""
        for op_id in sorted(old_ops.keys() & new_ops.keys()):
            if op_id not in self.touched and old_ops[op_id][2:] != new_ops[op_id][2:]:
                self.add(Level.PATCH, f"operation `{op_id}`: descriptions or examples changed")
        old_schemas = (self.old.get("components") or {}).get("schemas") or {}
        new_schemas = (self.new.get("components") or {}).get("schemas") or {}
        for name in sorted(old_schemas.keys() & new_schemas.keys()):
            if name not in self.touched and old_schemas[name] != new_schemas[name]:
                self.add(Level.PATCH, f"schema `{name}`: descriptions or examples changed")
        rest = ("paths", "components")
        if {k: v for k, v in self.old.items() if k not in rest} != {
            k: v for k, v in self.new.items() if k not in rest
        }:
            self.add(Level.PATCH, "the API's description, servers or tags changed")


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change of the wire contract from ``old`` to ``new`` (overlaid specs, as JSON)."""
    return _Comparer(jsonable(old), jsonable(new)).compare()
