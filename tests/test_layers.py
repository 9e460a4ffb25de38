"""The package's shape, read from its source with `ast` (no module of it is imported): module
sizes, no import cycles, imports only pointing down the layers, typed errors in errors.py, and
the reading commands and the pure tests free of the model stack.

Known current violations are listed below, one strict xfail each: when a refactor fixes one,
its test XPASSes and fails, and its entry must be removed; an entry naming a module or import
that no longer exists fails too (test_known_violations_are_current)."""

from __future__ import annotations

import ast
import fnmatch
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from translator.store import Store

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "translator"
MAX_LINES = 400

# Layers, bottom first: a module may import modules of its own layer and of those below it,
# never of one above. Patterns (fnmatch) name modules without the "translator." prefix;
# "__init__" is translator/__init__.py. The first matching layer wins.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("bottom", ("version", "errors", "config", "glossary_file", "result", "article", "sanitize",
                "paths", "yaml_text")),
    ("pure stages", ("clean", "lines", "story", "metadata", "boilerplate", "repair", "dedupe",
                     "dates", "language", "segment", "guards", "flagtext", "omission",
                     "names", "name_lists", "zones", "shapes", "datelines", "dateline_names",
                     "templates", "headline", "boilerplate_*", "name_spelling", "name_*", "publisher",
                     "dateline_shape", "dateline_more", "bare_bylines", "site_names", "decks",
                     "places_id", "listing", "dateline_lone", "top_names", "story_edges",
                     "runon", "runon_head", "title_model", "title_weights", "dateline_model",
                     "dateline_weights", "ranking", "dateline_address", "dateline_stamp",
                     "bylines_more", "logo_shapes", "outlet_more", "lead_zone",
                     "dateline_forms", "dateline_heads", "dateline_weekday", "title_shapes",
                     "bylines_credit",
                     "outlet_spelling", "dateline_lists", "mastheads", "outlet_tops",
                     "date_stamps", "glued", "teaser_strip", "dateline_swaps",
                     "ad_slot", "masthead_blocks", "credit_rows", "stamp_forms",
                     "dateline_guard", "photo_lead", "title_guard", "menu_mastheads",
                     "variant_tail", "dateline_grammar", "doc_titles",
                     "districts", "stopwords",
                     "signoff_tails",
                     "section_heads",
                     "dateline_setoffs", "dateline_loose",
                     "story_marks",
                     "dateline_marks", "dateline_furniture", "dateline_slots",
                     "title_reprint", "title_printings", "checks", "contents_box",
                     "foreign_zones", "meta_rows", "dateline_acronyms",
                     "dateline_agency", "dateline_styled",
                     "own_pitch", "runon_lead", "caption_slot",
                     "hijri_dates", "outlet_case", "masthead_footer",
                     "dateline_stops", "dateline_editions", "meta_cells", "site_icon",
                     "post_footer", "dateline_pairs", "dateline_regions", "posted_names")),
    ("I/O", ("load", "fetch", "html", "db", "cache", "clean_cache", "store", "digest", "render",
             "reporting", "pattern_cache", "html_sniff")),
    ("backends", ("backends", "backends.*")),
    ("stages", ("translate", "summarize")),
    ("pipeline", ("pipeline",)),
    # Many articles on Dask: the client side calls the pipeline; the worker side runs it; ahead
    # overlaps one article's summary with the next one's translation.
    ("runner", ("cluster", "cluster_worker", "ahead")),
    # translator/__init__.py is the public API (open_models, brief, ...), exported lazily.
    ("cli", ("cli", "cli.*", "__main__", "__init__")),
)

# Known violations today, each with the reason; remove an entry once it is fixed.
KNOWN_LONG: dict[str, str] = {}
KNOWN_CYCLES: dict[str, str] = {}
KNOWN_UPWARD: dict[tuple[str, str], str] = {}


def _name(path: Path) -> str:
    """translator/backends/base.py -> "backends.base"; translator/__init__.py -> "__init__"."""
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1]
    return ".".join(parts)


SOURCES: dict[str, Path] = {_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
TREES: dict[str, ast.Module] = {
    name: ast.parse(path.read_text(encoding="utf-8"), str(path)) for name, path in SOURCES.items()
}


def _package_of(name: str) -> list[str]:
    """The dotted package a module's relative imports start from, as parts."""
    if name == "__init__":
        return []
    parts = name.split(".")
    return parts if SOURCES[name].name == "__init__.py" else parts[:-1]


def _target(dotted: str) -> str | None:
    """A module of the package named by an absolute dotted name, else None."""
    if dotted == "translator":
        return "__init__"
    if dotted.startswith("translator."):
        short = dotted[len("translator."):]
        return short if short in SOURCES else None
    return None


def _imports(tree: ast.Module, name: str) -> set[str]:
    """The package's modules that module `name` imports anywhere: at the top, inside functions
    (lazy imports are dependencies too) or under TYPE_CHECKING."""
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found = [_target(a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = _package_of(name)
                base = base[:len(base) - (node.level - 1)]
                module = ".".join(["translator", *base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            # `from . import hub` imports the module hub; `from .db import x`, the module db.
            found = [_target(f"{module}.{a.name}") or _target(module) for a in node.names]
        else:
            continue
        out.update(t for t in found if t is not None and t != name)
    return out


IMPORTS: dict[str, set[str]] = {name: _imports(TREES[name], name) for name in SOURCES}
EDGES: list[tuple[str, str]] = sorted((a, b) for a, deps in IMPORTS.items() for b in deps)


def _runtime_graph() -> dict[str, set[str]]:
    """IMPORTS plus the parents that importing a submodule runs first: `from .backends.base
    import X` in convert runs backends/__init__.py (a package's own modules are exempt)."""
    graph = {name: set(deps) for name, deps in IMPORTS.items()}
    for name, deps in IMPORTS.items():
        for dep in deps:
            parts = dep.split(".")
            for i in range(1, len(parts)):
                parent = ".".join(parts[:i])
                if parent in SOURCES and not (name == parent or name.startswith(parent + ".")):
                    graph[name].add(parent)
    return graph


def _cycles(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """For each module in an import cycle, the modules of its cycle (Tarjan's SCCs)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: dict[str, set[str]] = {}

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component: set[str] = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                found.update(dict.fromkeys(component, component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


CYCLES = _cycles(_runtime_graph())


def _layer(name: str) -> int | None:
    """The index of the module's layer in LAYERS, or None when no pattern names it."""
    for i, (_, patterns) in enumerate(LAYERS):
        if any(fnmatch.fnmatchcase(name, p) for p in patterns):
            return i
    return None


def _known(table: dict, key: object, reason_prefix: str) -> list[pytest.MarkDecorator]:
    """A strict xfail mark when `key` is a known violation."""
    if key not in table:
        return []
    return [pytest.mark.xfail(strict=True, reason=f"{reason_prefix}: {table[key]}")]


def _per_module(table: dict[str, str], prefix: str) -> list:
    return [pytest.param(name, id=name, marks=_known(table, name, prefix)) for name in SOURCES]


# --- the structure ------------------------------------------------------------------------------

@pytest.mark.parametrize("module", _per_module(KNOWN_LONG, "known long module"))
def test_module_is_at_most_400_lines(module: str) -> None:
    lines = len(SOURCES[module].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"translator/{module}: {lines} lines (split it by job)"


@pytest.mark.parametrize("module", _per_module(KNOWN_CYCLES, "known import cycle"))
def test_module_is_in_no_import_cycle(module: str) -> None:
    assert module not in CYCLES, f"{module} is in an import cycle with {sorted(CYCLES[module])}"


@pytest.mark.parametrize("module", list(SOURCES))
def test_every_module_has_a_layer(module: str) -> None:
    assert _layer(module) is not None, f"add translator/{module} to LAYERS in {__file__}"


@pytest.mark.parametrize("edge", [
    pytest.param(edge, id=f"{edge[0]}->{edge[1]}", marks=_known(KNOWN_UPWARD, edge, "known"))
    for edge in EDGES
])
def test_import_points_down_the_layers(edge: tuple[str, str]) -> None:
    importer, imported = edge
    low, high = _layer(importer), _layer(imported)
    assert low is not None and high is not None, "every module needs a layer"
    assert high <= low, (f"{importer} ({LAYERS[low][0]}) imports {imported}, of the higher "
                         f"layer {LAYERS[high][0]}")


def test_known_violations_are_current() -> None:
    """Every known-violation entry names a module or import that exists (else remove it)."""
    stale = [m for m in [*KNOWN_LONG, *KNOWN_CYCLES] if m not in SOURCES]
    stale += [f"{a}->{b}" for a, b in KNOWN_UPWARD if (a, b) not in EDGES]
    assert not stale, f"remove these fixed entries from test_layers.py: {stale}"


def test_imports_inside_functions_and_relative_ones_count() -> None:
    lazy = ast.parse("import os\n\ndef f():\n    from .errors import BriefError\n"
                     "    from . import config\n    import translator.paths\n")
    assert _imports(lazy, "store") == {"errors", "config", "paths"}
    assert _imports(ast.parse("from ..errors import BriefError"), "backends.base") == {"errors"}


def test_typed_errors_live_in_errors_py() -> None:
    """No module but errors.py subclasses an error of errors.py (BriefError and family)."""
    errors = {node.name for node in TREES["errors"].body if isinstance(node, ast.ClassDef)}
    assert {"BriefError", "FetchError", "DatabaseError"} <= errors
    misplaced = [f"{name}.{node.name}" for name, tree in TREES.items() if name != "errors"
                 for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
                 if any(isinstance(b, ast.Name) and b.id in errors
                        or isinstance(b, ast.Attribute) and b.attr in errors
                        for b in node.bases)]
    assert not misplaced, f"move these errors to translator/errors.py: {misplaced}"


# --- what the light commands import -----------------------------------------------------------

_MODEL_CODE = ("translator.pipeline", "translator.backends")
# Runs the CLI in-process and reports the loaded modules on stderr after a marker.
_REPORT_MODULES = (
    "import sys\n"
    "from translator.cli import main\n"
    "rc = main(sys.argv[1:])\n"
    "print('@@modules', ' '.join(sorted(sys.modules)), file=sys.stderr)\n"
    "sys.exit(rc)\n"
)


def _doc() -> dict:
    """A stored brief's JSON as `brief --format json` prints it; no model made it."""
    return {
        "source": {"title": "Banjir rob di Jakarta Utara", "published": "2024-01-02T08:15:00+07:00",
                   "dateline": "JAKARTA", "outlet": "ANTARA", "author": None, "language": "id",
                   "origin": "rob.txt"},
        "title": "Tidal floods in North Jakarta",
        "summary": "Tidal floods hit North Jakarta.",
        "paragraphs": [{"source": "Banjir rob melanda Jakarta Utara.",
                        "text": "Tidal floods hit North Jakarta.", "flags": []}],
        "models": {"translation": {"id": "tiny-marian", "revision": "local"},
                   "summarization": {"id": "tiny-bart", "revision": "local"}},
        "length": "medium", "notes": [], "timings": {"total_s": 1.0}, "version": "0.1.0",
    }


@pytest.fixture()
def one_brief_store(tmp_path: Path) -> Path:
    """A store holding one brief, saved with translator.store directly (no models)."""
    path = tmp_path / "briefs.sqlite"
    doc = _doc()
    article = {"title": doc["source"]["title"], "published": doc["source"]["published"],
               "paragraphs": [p["source"] for p in doc["paragraphs"]]}
    with Store.open(path) as store:
        assert store.save(doc, article, "Banjir rob melanda Jakarta Utara.") == 1
    return path


@pytest.mark.parametrize("args", [
    pytest.param(["show", "1", "--format", "text"], id="show"),
    pytest.param(["show", "1", "--format", "json"], id="show-json"),
    pytest.param(["history"], id="history"),
    pytest.param(["digest"], id="digest"),
])
def test_reading_commands_import_no_model_code(args: list[str], one_brief_store: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _REPORT_MODULES, *args, "--store", str(one_brief_store)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={**os.environ, "NO_COLOR": "1"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Tidal floods" in proc.stdout  # the command really read the stored brief
    modules = proc.stderr.split("@@modules", 1)[1].split()
    loaded = [m for m in modules if m.startswith(_MODEL_CODE)]
    assert not loaded, f"brief {' '.join(args)} imported {loaded}"


_IMPORT_LINE = re.compile(r"^import time:\s*\d+\s*\|\s*\d+\s*\|\s*(\S+)\s*$", re.MULTILINE)
_ML_PACKAGES = ("torch", "transformers", "sentencepiece")


def test_pure_tests_run_without_the_ml_libraries() -> None:
    """`pytest tests/test_segment.py tests/test_clean.py` never imports torch, transformers or
    sentencepiece (-X importtime lists every import on stderr; --capture=sys, since pytest's
    default capture of file descriptor 2 would swallow the lines written at collection)."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "-n", "0",  # in this process: xdist's workers would import out of -X importtime's sight
         "--capture=sys", "tests/test_segment.py", "tests/test_clean.py"],
        capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:]
    imported = {m.split(".")[0] for m in _IMPORT_LINE.findall(proc.stderr)}
    assert len(imported) > 50, "no -X importtime lines read"  # the check can see imports
    assert "translator" in imported
    heavy = sorted(imported & set(_ML_PACKAGES))
    assert not heavy, f"the pure tests imported {heavy}"
