"""Layering rules of architecture.md, asserted over every module's imports (AST) and at run time.

Rules: the core (everything but ``desktop.ui``) never imports Qt; the GUI never imports the store
or the vault (it talks to services; types pass through ``desktop.services.ui_types``); services
never import the GUI; the domain imports neither store, content, vault, pdf, services nor GUI;
content never imports the store, services or GUI; module-level imports form no cycle.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop"

# (importer prefix, forbidden prefix, why)
RULES = [
    ("desktop.ui", "desktop.store", "de GUI praat met services, niet met de opslag"),
    ("desktop.ui", "desktop.vault", "de GUI raakt geen sleutelmateriaal"),
    ("desktop.services", "desktop.ui", "services kennen de GUI niet"),
    ("desktop.domain", "desktop.store", "domein is puur Python"),
    ("desktop.domain", "desktop.content", "domein is puur Python"),
    ("desktop.domain", "desktop.services", "domein is puur Python"),
    ("desktop.domain", "desktop.ui", "domein is puur Python"),
    ("desktop.domain", "desktop.vault", "domein is puur Python"),
    ("desktop.domain", "desktop.pdf", "domein is puur Python"),
    ("desktop.content", "desktop.store", "inhoud laden kent de opslag niet"),
    ("desktop.content", "desktop.services", "inhoud laden kent de services niet"),
    ("desktop.content", "desktop.ui", "inhoud laden kent de GUI niet"),
    ("desktop.store", "desktop.services", "opslag kent de services niet"),
    ("desktop.store", "desktop.ui", "opslag kent de GUI niet"),
    ("desktop.vault", "desktop.services", "kluis kent de services niet"),
    ("desktop.vault", "desktop.ui", "kluis kent de GUI niet"),
    ("desktop.pdf", "desktop.ui", "PDF kent de GUI niet"),
    ("desktop.pdf", "desktop.store", "PDF rendert domeinobjecten"),
]
QT = ("PySide6", "shiboken6")

# Shrinking baseline of type-only (``if TYPE_CHECKING:``) imports that break a rule: empty now (the
# route and checklist schemas live in ``desktop.domain``; content re-exports them). Never add to it.
TYPE_ONLY_BASELINE: set[tuple[str, str]] = set()


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def _resolve(node: ast.ImportFrom, current: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = current.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imports(path: Path, top_level_only: bool = False) -> list[tuple[int, str]]:
    """(line, imported module) for every import in the file (also inside functions and TYPE_CHECKING)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    current = module_name(path)
    is_package = path.name == "__init__.py"
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: list[tuple[int, str]] = []
    known = modules_cache()
    for node in nodes:
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(node, current, is_package)
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.append((node.lineno, candidate if candidate in known else base))
    return found


_CACHE: dict[str, Path] = {}


def modules_cache() -> dict[str, Path]:
    if not _CACHE:
        _CACHE.update(modules())
    return _CACHE


def type_only_lines(path: Path) -> set[int]:
    """Line numbers of imports inside ``if TYPE_CHECKING:`` blocks."""
    lines: set[int] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                if isinstance(inner, ast.Import | ast.ImportFrom):
                    lines.add(inner.lineno)
    return lines


def _is_under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def violations() -> list[str]:
    bad = []
    for name, path in sorted(modules_cache().items()):
        for line, target in imports(path):
            for importer, forbidden, why in RULES:
                if (name, forbidden) in TYPE_ONLY_BASELINE and line in type_only_lines(path):
                    continue
                if _is_under(name, importer) and _is_under(target, forbidden):
                    bad.append(f"{path.relative_to(ROOT)}:{line}: {target} ({why})")
            if not _is_under(name, "desktop.ui") and name != "desktop.cli" and target.split(".")[0] in QT:
                bad.append(f"{path.relative_to(ROOT)}:{line}: {target} (kern zonder Qt)")
    return bad


def test_no_layering_violations():
    assert violations() == []


def test_the_rules_catch_a_violation(tmp_path, monkeypatch):
    """The checker itself must fail on a GUI module that imports the store (a test that can fail)."""
    fake_root = tmp_path
    (fake_root / "desktop" / "ui").mkdir(parents=True)
    (fake_root / "desktop" / "__init__.py").write_text("")
    (fake_root / "desktop" / "ui" / "__init__.py").write_text("")
    (fake_root / "desktop" / "ui" / "bad.py").write_text("from desktop.store.cases import ListQuery\n")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", fake_root)
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake_root / "desktop")
    _CACHE.clear()
    try:
        found = violations()
    finally:
        _CACHE.clear()
    assert len(found) == 1 and "desktop/ui/bad.py:1: desktop.store.cases" in found[0]


def _graph() -> dict[str, set[str]]:
    known = modules_cache()
    graph: dict[str, set[str]] = {}
    for name, path in known.items():
        targets = set()
        for _, target in imports(path, top_level_only=True):
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name and target.startswith("desktop"):
                targets.add(target)
        graph[name] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]
    sys.setrecursionlimit(max(10000, sys.getrecursionlimit()))

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _package_edges_only(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """Drop edges from a package ``__init__`` to its own submodules (re-exports, not cycles of design)."""
    return {v: {w for w in ws if not w.startswith(v + ".")} for v, ws in graph.items()}


def test_no_import_cycles():
    assert cycles(_package_edges_only(_graph())) == []


def test_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_core_packages_do_not_load_qt_at_run_time():
    names = sorted(n for n in modules_cache()
                   if any(_is_under(n, f"desktop.{p}") for p in ("domain", "store", "vault", "content", "pdf",
                                                                  "services")))
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == ""


# Shrinking baseline of raw SQL calls left in services (all SQL belongs in desktop/store/*_repo.py).
# Lower a number when you move a query; never raise one or add a file.
SQL_IN_SERVICES_BASELINE: dict[str, int] = {
    "desktop/services/cases.py": 3, "desktop/services/checklists.py": 1, "desktop/services/links.py": 1,
    "desktop/services/monitoring/retention.py": 2,
}


def sql_calls_in_services() -> dict[str, int]:
    counts: dict[str, int] = {}
    for name, path in modules_cache().items():
        if not _is_under(name, "desktop.services") or name == "desktop.services.register":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        n = sum(1 for node in ast.walk(tree) if isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("execute", "executemany", "executescript"))
        if n:
            counts[str(path.relative_to(ROOT))] = n
    return counts


def test_sql_stays_in_the_store():
    found = sql_calls_in_services()
    worse = {f: n for f, n in found.items() if n > SQL_IN_SERVICES_BASELINE.get(f, 0)}
    assert worse == {}, f"SQL hoort in desktop/store/*_repo.py: {worse}"

