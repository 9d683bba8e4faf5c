"""The packages of Tarnkappe form layers: imports point down only.

Read from the source with `ast` (nothing is imported), so the test is fast and sees every import —
at module level, inside functions, and under `TYPE_CHECKING` alike: an import deferred to dodge a
cycle is still a cycle in the design.

- No cycle between packages (`gateway`, `providers`, `routing`, ...; the top-level modules such as
  `app.py` count as packages of their own).
- The ground layer, `tarnkappe.core`, imports nothing else of Tarnkappe.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
ROOT_PACKAGE = "tarnkappe"
GROUND = "tarnkappe.core"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path) -> Iterator[str]:
    """Every `tarnkappe…` module or name that `path` imports (relative imports resolved)."""
    module = module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [base]
        else:
            continue
        yield from (t for t in targets if t == ROOT_PACKAGE or t.startswith(ROOT_PACKAGE + "."))


def package_of(module: str) -> str:
    """`tarnkappe.gateway.pipeline` → `tarnkappe.gateway`; a top-level module is its own package."""
    parts = module.split(".")
    return ".".join(parts[:2])


def package_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in sorted((SRC / ROOT_PACKAGE).rglob("*.py")):
        source = package_of(module_name(path))
        if source == ROOT_PACKAGE:  # tarnkappe/__init__.py, __main__.py
            continue
        for target in imported_modules(path):
            target_package = package_of(target)
            if target_package not in (source, ROOT_PACKAGE):
                graph.setdefault(source, set()).add(target_package)
        graph.setdefault(source, set())
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one package (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for successor in sorted(graph.get(node, ())):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_package_cycles() -> None:
    graph = package_graph()
    found = cycles(graph)
    details = [
        " ↔ ".join(c) + ": " + "; ".join(f"{a} → {b}" for a in c for b in sorted(graph[a]) if b in c) for c in found
    ]
    assert not found, "package cycles:\n" + "\n".join(details)


def test_ground_layer_imports_nothing_of_tarnkappe() -> None:
    offenders = [
        f"{module_name(path)} imports {target}"
        for path in sorted((SRC / GROUND.replace(".", "/")).rglob("*.py"))
        for target in imported_modules(path)
        if target != GROUND and not target.startswith(GROUND + ".")
    ]
    assert not offenders, "\n".join(offenders)


def test_the_checker_sees_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
