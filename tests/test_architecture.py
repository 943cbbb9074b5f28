"""The layering the README promises, checked on the source: imports only point down.

analysis <- index <- searcher <- (gui, cli). index/ and searcher/ never import
Qt; gui/ never imports Whoosh; private Whoosh writer machinery is used in one
module only. Imports inside functions count too.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# telusur/cli/ is the entry point: it may open the app (gui), never the reverse.
LAYERS = {"analysis": 0, "index": 1, "searcher": 2, "gui": 3, "cli": 4}
FOLDERS = {
    "analysis": ROOT / "analysis", "index": ROOT / "index", "searcher": ROOT / "searcher", "gui": ROOT / "gui",
    "cli": ROOT / "telusur" / "cli",
}


def _modules() -> dict[str, list[Path]]:
    return {layer: sorted(folder.rglob("*.py")) for layer, folder in FOLDERS.items()}


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "telusur" or len(parts) < 2:
        return None
    return parts[1] if parts[1] in LAYERS else None


@pytest.mark.parametrize("layer", sorted(LAYERS))
def test_imports_only_point_down(layer: str) -> None:
    upward = []
    for path in _modules()[layer]:
        for module in _imports(path):
            target = _layer_of(module)
            if target is not None and target != layer and LAYERS[target] >= LAYERS[layer]:
                upward.append(f"{path.relative_to(ROOT)} imports {module}")
    assert upward == []


def test_no_bare_layer_imports() -> None:
    """Everything is imported as telusur.x: a bare `index` or `gui` would be another package."""
    bare = [
        f"{path.relative_to(ROOT)}: {module}"
        for paths in _modules().values()
        for path in paths
        for module in _imports(path)
        if module.split(".")[0] in {"analysis", "index", "searcher", "gui"}
    ]
    assert bare == []


@pytest.mark.parametrize("layer", ["analysis", "index", "searcher"])
def test_core_never_imports_qt(layer: str) -> None:
    qt = [f"{p.relative_to(ROOT)}: {m}" for p in _modules()[layer] for m in _imports(p) if m.startswith("PySide6")]
    assert qt == []


def test_gui_talks_to_the_core_not_to_whoosh() -> None:
    whoosh = [f"{p.relative_to(ROOT)}: {m}" for p in _modules()["gui"] for m in _imports(p) if m.startswith("whoosh")]
    assert whoosh == []


def test_whoosh_writer_internals_behind_one_door() -> None:
    """Private writer/segment calls (`._finalize_segment`, `_commit_toc`, ...) live in index/segments.py."""
    private = ("_finalize_segment", "_close_segment", "_commit_toc", "_merge_segments", "_check_state", "_lk=")
    offenders = [
        str(path.relative_to(ROOT))
        for paths in _modules().values()
        for path in paths
        if path.name != "segments.py" and any(p in path.read_text(encoding="utf-8") for p in private)
    ]
    assert offenders == []


def test_no_import_cycles_between_modules() -> None:
    """No module of the package imports, directly or through others, itself."""
    graph: dict[str, set[str]] = {}
    for layer, paths in _modules().items():
        for path in paths:
            rel = path.relative_to(FOLDERS[layer]).with_suffix("")
            parts = [p for p in rel.parts if p != "__init__"]
            name = ".".join(["telusur", layer, *parts])
            tree = ast.parse(path.read_text(encoding="utf-8"))
            deps: set[str] = set()
            package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.level:
                    base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                    if node.module:
                        deps.add(f"{base}.{node.module}")
                    else:  # from . import sibling: the sibling module, not the package
                        deps.update(f"{base}.{alias.name}" for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module:
                    deps.add(node.module)
            graph[name] = {d for d in deps if d.startswith("telusur.")}
    # Only edges between modules (a package's __init__ re-exporting is an edge too).
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(node: str, stack: list[str]) -> bool:
        state[node] = 1
        for dep in graph.get(node, ()):
            if dep not in graph or dep == node:
                continue
            if state.get(dep) == 1:
                cycle.extend(stack[stack.index(dep):] + [dep] if dep in stack else [node, dep])
                return True
            if state.get(dep) is None and visit(dep, [*stack, dep]):
                return True
        state[node] = 2
        return False

    for module in sorted(graph):
        if state.get(module) is None and visit(module, [module]):
            break
    assert cycle == [], " -> ".join(cycle)
