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


# Whoosh's internals: modules and names that are not its public API (the codec,
# the file structures, the table of contents, byte packing, writer machinery)
# and attributes that are state rather than API. Only index/segments.py uses them.
WHOOSH_PRIVATE_MODULES = (
    "whoosh.codec", "whoosh.filedb.structfile", "whoosh.filedb.compound", "whoosh.filedb.filetables",
    "whoosh.filedb.gae", "whoosh.system", "whoosh.matching.mcore", "whoosh.automata.fst",
)
WHOOSH_PRIVATE_NAMES = {
    "whoosh.index": {"TOC", "clean_files", "_DEF_INDEX_NAME", "_EMPTY_TOC_VERSION"},
    "whoosh.writing": {"SegmentWriter", "MpWriter", "SerialMpWriter", "PostingPool"},
}
# Public-looking attributes that are Whoosh's state: the storage behind an
# index (its folder and files), a writer's per-document writer, the collector's counters.
WHOOSH_STATE_ATTRIBUTES = {"storage", "skipped_times", "perdocwriter"}
# Private names of other libraries, each with its reason.
ALLOWED_PRIVATE = {
    "os._exit": "documented API: a forked worker leaves without running the parent's exit handlers",
    "argparse._SubParsersAction": "the type add_subparsers() returns; argparse has no public name for it",
    "parser._actions": "argparse lists an existing parser's options nowhere else (cli/options.py)",
    "etree._Element": "lxml's element type has no public name (type hints only)",
    "sys._MEIPASS": "PyInstaller's documented attribute for a frozen app's bundled files",
}
ONE_DOOR = ROOT / "index" / "segments.py"


def _all_sources() -> list[Path]:
    """Every module of the package, the top-level telusur/*.py included."""
    return sorted({*[p for paths in _modules().values() for p in paths], *(ROOT / "telusur").glob("*.py")})


def _private_whoosh_uses(source: str, name: str) -> list[str]:
    """Each private use in ``source`` (module ``name``), as "name:line what"."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        where = f"{name}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import):
            found += [f"{where} import {a.name}" for a in node.names if a.name.startswith(WHOOSH_PRIVATE_MODULES)]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("whoosh"):
            names = {a.name for a in node.names}
            if node.module.startswith(WHOOSH_PRIVATE_MODULES):
                found.append(f"{where} from {node.module} import ...")
            bad = names & WHOOSH_PRIVATE_NAMES.get(node.module, set()) | {n for n in names if n.startswith("_")}
            found += [f"{where} from {node.module} import {n}" for n in sorted(bad)]
        elif isinstance(node, ast.Attribute):
            text = ast.unparse(node)
            owner = node.value.id if isinstance(node.value, ast.Name) else None
            private = node.attr.startswith("_") and not node.attr.startswith("__")
            if private and owner not in ("self", "cls") and text not in ALLOWED_PRIVATE:
                found.append(f"{where} {text}")
            elif node.attr in WHOOSH_STATE_ATTRIBUTES and owner != "self":
                found.append(f"{where} {text}")
        elif isinstance(node, ast.Call):
            func = node.func.id if isinstance(node.func, ast.Name) else None
            if func in ("getattr", "setattr", "hasattr", "delattr") and len(node.args) > 1:
                attr = node.args[1]
                if isinstance(attr, ast.Constant) and isinstance(attr.value, str) and (
                    attr.value.startswith("_") and not attr.value.startswith("__")
                    or attr.value in WHOOSH_STATE_ATTRIBUTES
                ) and f"{ast.unparse(node.args[0])}.{attr.value}" not in ALLOWED_PRIVATE:
                    found.append(f"{where} {ast.unparse(node)}")
            found += [f"{where} {k.arg}=" for k in node.keywords if k.arg and k.arg.startswith("_")]
    return found


def test_whoosh_internals_behind_one_door() -> None:
    """Private Whoosh modules, names and attributes (``._finalize_segment``, ``TOC``,
    ``storage.folder``, ``_lk=``, ...) live in index/segments.py; so does any other
    library's private name, except the few allowed above."""
    offenders = [
        use
        for path in _all_sources() if path != ONE_DOOR
        for use in _private_whoosh_uses(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    assert offenders == []


def test_the_door_check_sees_private_uses() -> None:
    """The check flags each kind of use it promises to (so an empty list above means something)."""
    probe = (
        "from whoosh.index import TOC\nfrom whoosh.codec.base import Segment\nimport whoosh.system\n"
        "w._finalize_segment()\nix.storage.folder\nc.skipped_times\ngetattr(w, '_added')\n"
        "f(_lk=False)\nself._mine\nos._exit(1)\nx.__class__\ngetattr(sys, '_MEIPASS', None)\n"
    )
    uses = sorted(u.split(" ", 1)[1] for u in _private_whoosh_uses(probe, "probe"))
    assert uses == sorted([
        "from whoosh.index import TOC", "from whoosh.codec.base import ...", "import whoosh.system",
        "w._finalize_segment", "ix.storage", "c.skipped_times", "getattr(w, '_added')", "_lk=",
    ])


def test_cli_and_gui_never_hold_whoosh_objects() -> None:
    """cli/ and gui/ open the index through ``Library.open_index`` and read through the
    searcher; they never import Whoosh nor ask the library for its Whoosh index or readers."""
    leaks = []
    for layer in ("cli", "gui"):
        for path in _modules()[layer]:
            leaks += [f"{path.relative_to(ROOT)}: {m}" for m in _imports(path) if m.split(".")[0] == "whoosh"]
            tree = ast.parse(path.read_text(encoding="utf-8"))
            leaks += [
                f"{path.relative_to(ROOT)}:{node.lineno} .{node.attr}"
                for node in ast.walk(tree)
                if isinstance(node, ast.Attribute) and node.attr in ("whoosh_index", "acronym_expansions")
            ]
    assert leaks == []


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
