"""Plant known bugs one at a time in a copy of the project and check that the tests catch each.

    python benchmarks/mutants.py              # every mutant, each against its own test files
    python benchmarks/mutants.py M2 M9        # only these
    python benchmarks/mutants.py --full       # the whole suite per mutant (slow)
    python benchmarks/mutants.py --list       # what each mutant does, and its tests
    python benchmarks/mutants.py M5 M6 --tests tests/test_cache_keys.py   # other test files

The project's files (tracked, plus untracked ones git does not ignore) are copied to a temp
folder; each mutant is a set of exact search/replace edits on that copy. A search string that
is not found exactly once stops the script (exit 2) rather than planting nothing: after a
refactor, update the edits here. The unmutated copy is tested first (exit 2 if it fails).
Exit status: 0 when every mutant was killed, 1 when any survived.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 900  # per pytest run; a mutant that hangs the tests counts as killed


@dataclass(frozen=True)
class Mutant:
    name: str
    description: str
    edits: tuple[tuple[str, str, str], ...]  # (file, search, replace)
    tests: tuple[str, ...]  # pytest file globs (relative to the root), run in this order


E2E = "tests/test_e2e_content.py"
_HASH = 'return hashlib.sha256(doc.encode("utf-8")).hexdigest(), doc'
_SUMMARY = "summarize(models.summarizer, [p.text for p in translated], sgen,"


def _hash_without(key: str) -> str:
    """The cache key hashing the signature document without `model.<key>` (the document kept)."""
    return ('_d = json.loads(doc); _d["model"].pop("' + key + '", None)\n'
            '        return hashlib.sha256(json.dumps(_d, sort_keys=True).encode("utf-8"))'
            '.hexdigest(), doc')


MUTANTS = (
    Mutant("M1", "--offline ignored (no env set, models opened online)", (
        ("translator/cli/run.py", 'os.environ["HF_HUB_OFFLINE"] = "1"', "pass"),
        ("translator/cli/run.py", "models = open_models(cfg, offline=offline,",
         "models = open_models(cfg, offline=False,"),
    ), (E2E, "tests/test_hub.py")),
    Mutant("M2", "English headline is the Indonesian title", (
        ("translator/pipeline.py", "title = translated.pop(0).text if article.title",
         "title = translated.pop(0).source if article.title"),
    ), (E2E,)),
    Mutant("M3", "summariser never sees the last paragraph", (
        ("translator/pipeline.py", _SUMMARY,
         "summarize(models.summarizer, [p.text for p in translated[:-1]], sgen,"),
    ), (E2E,)),
    Mutant("M4", "--length changes the label only, not the generation", (
        ("translator/pipeline.py", _SUMMARY,
         "summarize(models.summarizer, [p.text for p in translated], scfg.generation,"),
    ), (E2E,)),
    Mutant("M5", "model id left out of the cache key's hash", (
        ("translator/result.py", _HASH, _hash_without("id")),
    ), ("tests/test_cache_keys.py", "tests/test_cached_backend.py")),
    Mutant("M6", "local-folder fingerprint left out of the cache key's hash", (
        ("translator/result.py", _HASH, _hash_without("files")),
    ), ("tests/test_cache_keys.py", "tests/test_cached_backend.py")),
    Mutant("M7", "Store.save without its transaction", (
        ("translator/store.py", "            with transaction(self.conn):\n"
         "                rowid = self.conn.execute(",
         "            if True:\n                rowid = self.conn.execute("),
    ), ("tests/test_atomicity.py", "tests/test_store.py", "tests/test_db*.py")),
    Mutant("M8", "cache batch write without its transaction", (
        ("translator/cache.py", "            with transaction(self.conn):\n"
         "                if sig not in self._known:",
         "            if True:\n                if sig not in self._known:"),
    ), ("tests/test_atomicity.py", "tests/test_cache_storage.py")),
    Mutant("M9", "English paragraphs reversed (sources kept in order)", (
        ("translator/pipeline.py", "title = translated.pop(0).text if article.title else None\n",
         "title = translated.pop(0).text if article.title else None\n"
         "    translated = [__import__('dataclasses').replace(_p, outputs=_o) for _p, _o in "
         "zip(translated, [q.outputs for q in translated][::-1])]\n"),
    ), (E2E,)),
    Mutant("M9b", "translations reassembled in reverse order (title included)", (
        ("translator/translate.py", "zip(todo, sources, outputs, strict=True)",
         "zip(todo, sources, outputs[::-1], strict=True)"),
    ), (E2E,)),
)


class PlantError(Exception):
    """An edit's search string is not in the source exactly once."""


def project_files(root: Path) -> list[str]:
    """Tracked files and untracked ones git does not ignore (new tests not yet committed)."""
    out = subprocess.run(["git", "-C", str(root), "ls-files", "-z", "--cached", "--others",
                          "--exclude-standard"], check=True, capture_output=True).stdout
    return sorted({p for p in out.decode().split("\0") if p and (root / p).is_file()})


def copy_project(root: Path, dest: Path) -> None:
    for rel in project_files(root):
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / rel, target)


def plant(copy: Path, mutant: Mutant) -> dict[Path, str]:
    """Apply the mutant's edits; the original texts of the files changed."""
    originals: dict[Path, str] = {}
    for rel, search, replace in mutant.edits:
        path = copy / rel
        if path not in originals:
            originals[path] = path.read_text(encoding="utf-8")
        current = path.read_text(encoding="utf-8")
        n = current.count(search)
        if n != 1:
            restore(originals)
            raise PlantError(f"{mutant.name}: search string found {n} times in {rel} "
                             f"(expected once): {search!r}; update benchmarks/mutants.py")
        path.write_text(current.replace(search, replace), encoding="utf-8")
    return originals


def restore(originals: dict[Path, str]) -> None:
    for path, text in originals.items():
        path.write_text(text, encoding="utf-8")


def test_files(copy: Path, patterns: tuple[str, ...]) -> list[str]:
    """The files the globs match in the copy, in the order given, each once."""
    files: list[str] = []
    for pattern in patterns:
        for path in sorted(copy.glob(pattern)):
            rel = path.relative_to(copy).as_posix()
            if rel not in files:
                files.append(rel)
    return files


_FAILED = re.compile(r"^(?:FAILED|ERROR) (.+?)(?: - .*)?$", re.M)
_WHY = re.compile(r"^E +(.+)$", re.M)


def run_tests(copy: Path, files: list[str]) -> tuple[bool, str, str, float]:
    """(passed, first failing test or a note, its first error line, seconds) of pytest -x."""
    env = {**os.environ, "PYTHONPATH": str(copy), "PYTHONDONTWRITEBYTECODE": "1"}
    cmd = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-rfE",
           *files]
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=copy, env=env, capture_output=True, text=True,
                              timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return False, f"timeout after {TIMEOUT_S}s", "", time.perf_counter() - t0
    seconds = time.perf_counter() - t0
    if proc.returncode == 0:
        return True, "", "", seconds
    why = _WHY.search(proc.stdout)
    why_line = why.group(1)[:160] if why else ""
    m = _FAILED.search(proc.stdout)
    if m:
        return False, m.group(1), why_line, seconds
    tail = (proc.stdout + proc.stderr).strip().splitlines()[-1:] or ["?"]
    return False, f"pytest exit {proc.returncode}: {tail[0][:80]}", why_line, seconds


def main(argv: list[str] | None = None) -> int:
    """Run the mutants; print a table; 0 when all were killed."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="mutants to run (default: all)")
    ap.add_argument("--full", action="store_true", help="run the whole suite per mutant")
    ap.add_argument("--tests", nargs="+", metavar="GLOB",
                    help="test files for every chosen mutant, instead of each one's own")
    ap.add_argument("--list", action="store_true", help="list the mutants and exit")
    ap.add_argument("--keep", action="store_true", help="keep the temp copy (its path is shown)")
    ap.add_argument("--no-baseline", action="store_true",
                    help="skip the run on the unmutated copy")
    args = ap.parse_args(argv)

    chosen = [m for m in MUTANTS if not args.names or m.name in args.names]
    unknown = set(args.names) - {m.name for m in MUTANTS}
    if unknown:
        print(f"mutants.py: unknown mutant(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    if args.list:
        for m in chosen:
            print(f"{m.name:4} {m.description}\n     edits: {', '.join(e[0] for e in m.edits)}"
                  f"\n     tests: {' '.join(m.tests)}")
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="brief-mutants-"))
    try:
        copy = tmp / "project"
        copy_project(ROOT, copy)
        print(f"copy: {copy}", file=sys.stderr)
        plans = {m.name: (["tests"] if args.full else
                          test_files(copy, tuple(args.tests) if args.tests else m.tests))
                 for m in chosen}
        for name, files in plans.items():
            if not files:
                print(f"mutants.py: {name}: no test file matches its globs", file=sys.stderr)
                return 2
        for m in chosen:  # check every edit applies before spending minutes on tests
            restore(plant(copy, m))
        if not args.no_baseline:
            union = ["tests"] if args.full else list(dict.fromkeys(
                f for files in plans.values() for f in files))
            ok, where, why, secs = run_tests(copy, union)
            print(f"baseline (unmutated): {'passed' if ok else 'FAILED ' + where} "
                  f"in {secs:.0f}s", file=sys.stderr)
            if not ok:
                print(f"  {why}", file=sys.stderr)
                return 2
        rows = []
        for m in chosen:
            originals = plant(copy, m)
            try:
                ok, where, why, secs = run_tests(copy, plans[m.name])
            finally:
                restore(originals)
            rows.append((m.name, m.description, "SURVIVED" if ok else "killed",
                         where if not ok else "(no test failed)", secs))
            print(f"{m.name}: {rows[-1][2]} {rows[-1][3]} ({secs:.0f}s)"
                  + (f"\n  {why}" if why else ""), file=sys.stderr)
    except PlantError as e:
        print(f"mutants.py: {e}", file=sys.stderr)
        return 2
    finally:
        if args.keep:
            print(f"kept: {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    width = max(len(r[1]) for r in rows)
    print(f"{'mutant':6}  {'description':{width}}  {'result':8}  {'seconds':>7}  by")
    for name, desc, result, where, secs in rows:
        print(f"{name:6}  {desc:{width}}  {result:8}  {secs:7.0f}  {where}")
    survived = [r[0] for r in rows if r[2] == "SURVIVED"]
    print(f"{len(rows) - len(survived)} of {len(rows)} killed"
          + (f"; survived: {', '.join(survived)}" if survived else ""))
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main())
