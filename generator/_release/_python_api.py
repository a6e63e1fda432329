"""The package's Python API: a griffe dump for the baseline, and what changed since.

griffe (https://mkdocstrings.github.io/griffe/guide/users/checking/) finds what breaks: removed
names, methods and parameters, parameters that moved, changed kind or default, or became
required. Measured on these packages, griffe 2.4.1 misses four things, which the walk below adds:

- the resource classes (``client.integrations`` is an ``Integrations``) live in the private
  ``_client`` module, which griffe's walk of the public API skips: it is compared explicitly;
- a changed annotation (a parameter, return or attribute going from ``str`` to ``int``) is not
  reported: annotations are compared as text;
- the models are attrs classes, whose ``__init__`` griffe does not see: a new field without a
  default, or a field losing its default, is a new required constructor argument;
- additions are not reported at all (they make a minor release).

The dump keeps only what the comparison reads, so that the committed baseline stays small and
its diff shows API changes only: public objects, the private objects they re-export or derive
from, no docstrings, no file paths and no line numbers.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import griffe

from ._bump import Change, Level

# Private modules of the package root whose public classes users still hold: the resource
# classes that `client.<resource>` returns (generator/templates/sdk/_client.py.jinja).
WALKED_PRIVATE_MODULES = ("_client",)
# Kept out of the dump: text that is not API (docstrings), machine-specific paths, line numbers,
# and the import tables (every name the walk keeps is public through `__all__` or its own name,
# never through an import).
_DROPPED_KEYS = ("docstring", "filepath", "endlineno", "imports", "analysis")


def load_package(package: str, dist_dir: Path) -> griffe.Module:
    """The package as griffe reads its source (static analysis only: nothing is imported)."""
    module = griffe.load(package, search_paths=[dist_dir], allow_inspection=False)
    assert isinstance(module, griffe.Module)
    return module


def _target(alias: griffe.Alias, package: str) -> griffe.Object | None:
    """The object an alias of the package re-exports, or None for other packages' names."""
    try:
        target = alias.final_target
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None
    if not target.path.startswith(f"{package}.") or isinstance(target, griffe.Alias):
        return None
    return target


def _is_surface(member: griffe.Object | griffe.Alias, parent: griffe.Object) -> bool:
    if parent.parent is None and member.name in WALKED_PRIVATE_MODULES:
        return True
    return member.is_public


def _kept_paths(root: griffe.Module) -> set[str]:
    """Paths of every object the comparison reads, their re-exports and their ancestors."""
    keep: set[str] = set()

    def visit(obj: griffe.Object) -> None:
        if obj.path in keep:
            return
        keep.add(obj.path)
        if isinstance(obj, griffe.Class):
            for base in obj.resolved_bases:
                if base.path.startswith(f"{root.name}."):
                    visit(base)
        for member in list(obj.members.values()):
            if not _is_surface(member, obj):
                continue
            if isinstance(member, griffe.Alias):
                target = _target(member, root.name)
                if target is None:
                    continue
                hop: griffe.Object | griffe.Alias = member
                while isinstance(hop, griffe.Alias):  # every alias of a chain of re-exports
                    keep.add(hop.path)
                    hop = hop.target
                visit(target)
            else:
                visit(member)

    visit(root)
    ancestors = {".".join(p.split(".")[:i]) for p in keep for i in range(1, p.count(".") + 1)}
    return keep | ancestors


def _text(expression: Any) -> Any:
    """An expression's source text (``str | None``): what the comparison reads of it."""
    if isinstance(expression, dict) and "cls" in expression:
        return str(json.loads(json.dumps(expression), object_hook=griffe.json_decoder))
    return expression


def _prune(node: dict[str, Any], path: str, keep: set[str]) -> dict[str, Any]:
    for key in _DROPPED_KEYS:
        node.pop(key, None)
    if node.get("runtime") is True:
        del node["runtime"]  # the decoder's default
    if "lineno" in node:
        node["lineno"] = 0  # required by griffe's decoder; 0 keeps the dump free of line moves
    # Annotations and values as text. Class bases stay expressions, so that inherited members
    # resolve in the loaded dump, and so do parameter defaults, which griffe compares as such.
    for key in ("annotation", "returns", "value"):
        if key in node:
            node[key] = _text(node[key])
    for item in [*node.get("parameters", ()), *node.get("decorators", ())]:
        for key in ("annotation", "value"):
            if key in item:
                item[key] = _text(item[key])
        if "lineno" in item:
            item["lineno"] = 0
    members = node.get("members")
    if isinstance(members, dict):
        node["members"] = {
            name: _prune(child, f"{path}.{name}", keep)
            for name, child in members.items()
            if f"{path}.{name}" in keep
        }
    return node


def dump(root: griffe.Module) -> str:
    """The JSON the baseline stores: the public surface, deterministic, paths stripped."""
    data = json.loads(root.as_json(full=False))
    _prune(data, root.name, _kept_paths(root))
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def load_dump(text: str, package: str) -> griffe.Module:
    """A dump back as griffe objects, in a collection of its own (aliases resolve in it)."""
    module = json.loads(text, object_hook=griffe.json_decoder)
    if not isinstance(module, griffe.Module) or module.name != package:
        raise ValueError(f"not a griffe dump of {package}")
    collection = griffe.ModulesCollection()
    collection[package] = module
    return module


# --- Comparison ---------------------------------------------------------------------------------


def _value(value: object) -> str:
    if isinstance(value, griffe.Parameter):
        return f"`{value.name}`"
    return f"`{value}`" if value not in (None, "") else "nothing"


def _explain(breakage: griffe.Breakage, names: dict[str, str]) -> str:
    path = _display(breakage.obj.path, names)
    kind = breakage.kind
    old, new = breakage.old_value, breakage.new_value
    if kind is griffe.BreakageKind.OBJECT_REMOVED:
        return f"`{path}` was removed"
    if kind is griffe.BreakageKind.PARAMETER_ADDED_REQUIRED:
        return f"`{path}()` takes a new required parameter {_value(new)}"
    if kind is griffe.BreakageKind.PARAMETER_CHANGED_REQUIRED:
        return f"`{path}()`: parameter {_value(old)} became required"
    if kind is griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT:
        return (
            f"`{path}()`: the default of `{old.name}` changed from {_value(old.default)} to "
            f"{_value(new.default)}"
        )
    if kind is griffe.BreakageKind.PARAMETER_CHANGED_KIND:
        return (
            f"`{path}()`: parameter `{old.name}` changed from {old.kind.value} to {new.kind.value}"
        )
    if kind in (griffe.BreakageKind.PARAMETER_REMOVED, griffe.BreakageKind.PARAMETER_MOVED):
        detail = f" ({breakage.details})" if breakage.details else ""
        return f"`{path}()`: {kind.value.lower()}: {_value(old)}{detail}"
    return f"`{path}`: {kind.value.lower()} (was {_value(old)}, now {_value(new)})"


def _display(canonical: str, names: dict[str, str]) -> str:
    """The name users write for a canonical griffe path (its members' too)."""
    head, rest = canonical, ""
    while head:
        if head in names:
            return _shown(f"{names[head]}{rest}".lstrip("."))
        head, _, last = head.rpartition(".")
        rest = f".{last}{rest}"
    return canonical


def _griffe_breakages(
    old: griffe.Module, new: griffe.Module, names: dict[str, str]
) -> Iterator[Change]:
    pairs: list[tuple[griffe.Object | griffe.Alias, griffe.Object | griffe.Alias]] = [(old, new)]
    for name in WALKED_PRIVATE_MODULES:
        if name in old.members and name in new.members:
            pairs.append((old.members[name], new.members[name]))
    for old_obj, new_obj in pairs:
        for breakage in griffe.find_breaking_changes(old_obj, new_obj):
            yield Change(Level.MAJOR, "python", _explain(breakage, names))


def surface(root: griffe.Module) -> dict[str, tuple[str, griffe.Object]]:
    """Canonical path -> (the shortest public path to it, the object), re-exports followed.

    Breadth first, so that ``models.License`` (the re-export users write) names the class
    rather than ``models.license.License`` (where openapi-python-client defines it).
    """
    found: dict[str, tuple[str, griffe.Object]] = {root.path: ("", root)}
    queue: deque[tuple[str, griffe.Object]] = deque([("", root)])
    while queue:
        prefix, obj = queue.popleft()
        for name, member in obj.members.items():
            if not _is_surface(member, obj):
                continue
            target = _target(member, root.name) if isinstance(member, griffe.Alias) else member
            if target is None or target.path in found:
                continue
            display = f"{prefix}{name}"
            found[target.path] = (display, target)
            if isinstance(target, griffe.Module | griffe.Class):
                queue.append((f"{display}.", target))
    return found


def _shown(display: str) -> str:
    """How users write a name: ``Integrations.list`` (through ``client.integrations``)."""
    for name in WALKED_PRIVATE_MODULES:
        display = display.removeprefix(f"{name}.")
    return display


def _annotation(obj: object) -> str:
    return "" if obj is None else str(obj)


def _is_attrs_class(obj: griffe.Class) -> bool:
    return any(str(d.value).endswith(("attrs_define", "define", "frozen")) for d in obj.decorators)


def _attrs_fields(obj: griffe.Class) -> dict[str, bool]:
    """Field name -> whether the constructor requires it (no default in the class body)."""
    return {
        name: member.value is None
        for name, member in obj.members.items()
        if isinstance(member, griffe.Attribute)
        and not name.startswith("_")
        and member.annotation is not None
        and "property" not in member.labels
        and not str(member.value or "").startswith(("_attrs_field(init=False", "field(init=False"))
    }


def _is_required_field(obj: griffe.Object) -> bool:
    parent = obj.parent
    return (
        isinstance(parent, griffe.Class)
        and _is_attrs_class(parent)
        and _attrs_fields(parent).get(obj.name, False)
    )


def _signature_changes(path: str, old: griffe.Function, new: griffe.Function) -> Iterator[Change]:
    new_params = {p.name: p for p in new.parameters}
    for param in old.parameters:
        after = new_params.get(param.name)
        if after is None:
            continue  # a removed parameter is griffe's to report
        before, now = _annotation(param.annotation), _annotation(after.annotation)
        if before != now:
            yield Change(
                Level.MAJOR,
                "python",
                f"`{path}()`: parameter `{param.name}` changed type from `{before}` to `{now}`",
            )
    old_names = {p.name for p in old.parameters}
    for param in new.parameters:
        if param.name not in old_names and not param.required:
            yield Change(Level.MINOR, "python", f"`{path}()` takes a new optional `{param.name}`")
    before, now = _annotation(old.returns), _annotation(new.returns)
    if before != now:
        yield Change(Level.MAJOR, "python", f"`{path}()` returns `{now}` (was `{before}`)")


def _gap_changes(
    old_surface: dict[str, tuple[str, griffe.Object]],
    new_surface: dict[str, tuple[str, griffe.Object]],
) -> Iterator[Change]:
    old_names = {display for display, _ in old_surface.values()}
    for canonical, (display, new) in new_surface.items():
        path = _shown(display)
        if canonical not in old_surface:
            # Only the top of what was added, and not the modules openapi-python-client puts
            # each model and operation in: the class or method is what users see.
            if display.rpartition(".")[0] not in old_names or isinstance(new, griffe.Module):
                continue
            if new.is_special and new.name != "__init__":
                continue  # `__repr__`, `__reduce__`, ...: how an object behaves, not new API
            if _is_required_field(new):
                continue  # reported as a new required field of its class
            call = "()" if isinstance(new, griffe.Function) else ""
            yield Change(Level.MINOR, "python", f"`{path}{call}` was added")
            continue
        old = old_surface[canonical][1]
        if isinstance(old, griffe.Function) and isinstance(new, griffe.Function):
            yield from _signature_changes(path, old, new)
        elif isinstance(old, griffe.Attribute) and isinstance(new, griffe.Attribute):
            before, now = _annotation(old.annotation), _annotation(new.annotation)
            if before != now:
                yield Change(
                    Level.MAJOR, "python", f"`{path}` changed type from `{before}` to `{now}`"
                )
        elif isinstance(old, griffe.Class) and isinstance(new, griffe.Class):
            if _is_attrs_class(old) and _is_attrs_class(new):
                yield from _field_changes(path, _attrs_fields(old), _attrs_fields(new))


def _field_changes(path: str, old: dict[str, bool], new: dict[str, bool]) -> Iterator[Change]:
    for name, required in new.items():
        if name not in old and required:
            yield Change(
                Level.MAJOR,
                "python",
                f"`{path}` has a new required field `{name}` (its constructor needs it)",
            )
        elif name in old and required and not old[name]:
            yield Change(Level.MAJOR, "python", f"`{path}.{name}` became required")


def compare(old: griffe.Module, new: griffe.Module) -> list[Change]:
    """Every change of the Python API between two versions of a package."""
    old_surface, new_surface = surface(old), surface(new)
    names = {canonical: display for canonical, (display, _) in old_surface.items()}
    names.update({c: d for c, (d, _) in new_surface.items() if c not in names})
    return [*_griffe_breakages(old, new, names), *_gap_changes(old_surface, new_surface)]
