"""Cleaned articles remembered in the translation cache (translator/clean_cache.py, issue 15):
a warm run never imports the cleaner, yet always gets the Article a fresh clean would give:
the same input under the same cleaner code and the same template lines of the store."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import fields
from pathlib import Path

import pytest

from translator import clean_cache
from translator.article import Article
from translator.cache import CacheOpener, TranslationCache, default_path
from translator.clean import clean
from translator.config import load_config
from translator.errors import InputError
from translator.load import Loaded, read_path
from translator import pipeline
from translator.pipeline import Models, clean_input, open_models
from translator.store import Store, template_lookup

from .conftest import ROOT, SAMPLE
from .test_lazy_loading import article, on_ctranslate2, setup  # noqa: F401 - a fixture
from .test_templates import PROMO, STORIES, _save, page

FIXTURES = ROOT / "tests" / "fixtures"
# Pages of each kind the round trip must keep: notes (and English), English, no title (two:
# a cleaner change may give one a title), HTML with its meta tags, the sample.
PAGES = [FIXTURES / p for p in (
    "fresh/setkab-en-rice-reserves.txt", "fresh/medcom-en-ferry-fares.txt",
    "fresh10/cermat-banjir-rob-ternate.txt", "fresh18/suarakaltara-kuota-pupuk.txt",
    "fresh32/halamancurup-kasus-dbd-rejang-lebong.txt", "html/kompas-harga-bbm.html")] + [SAMPLE]


def loaded_text(text: str) -> Loaded:
    return Loaded(text=text, origin="t.txt", encoding="utf-8")


def test_a_cached_cleaning_is_the_fresh_clean_field_by_field(tmp_path):
    path = tmp_path / "cache.sqlite"
    with_cache = TranslationCache.open(path)
    fresh = []
    for p in PAGES:
        loaded = read_path(str(p))
        fresh.append((loaded, clean(loaded.text, **loaded.meta)))
        assert clean_input(loaded, cache=with_cache) == fresh[-1][1]  # a miss: cleaned, stored
    with_cache.close()
    articles = [a for _, a in fresh]
    assert any(a.notes for a in articles) and any(a.language == "en" for a in articles)
    assert any(a.title is None for a in articles) and any(lo.meta for lo, _ in fresh)
    again = TranslationCache.open(path)  # another process's connection to the file
    assert again.info().cleaned == len(PAGES)
    for loaded, want in fresh:
        found = clean_cache.lookup(again, loaded.text, loaded.meta, None)
        assert found is not None and found.cached, loaded.origin
        for f in fields(Article):
            got, expected = getattr(found.article, f.name), getattr(want, f.name)
            assert got == expected and type(got) is type(expected), (loaded.origin, f.name)
        assert found.lines == clean_cache.line_keys(loaded.text)  # what the store files
        assert clean_input(loaded, cache=again) == want


def test_another_input_or_other_hints_are_another_entry(tmp_path):
    cache = TranslationCache.open(tmp_path / "cache.sqlite")
    loaded = read_path(str(PAGES[-2]))  # an HTML page: its meta tags are hints to the cleaner
    clean_input(loaded, cache=cache)
    assert clean_cache.lookup(cache, loaded.text, loaded.meta, None) is not None
    assert clean_cache.lookup(cache, loaded.text, {}, None) is None
    assert clean_cache.lookup(cache, loaded.text + " ", loaded.meta, None) is None
    assert clean_cache.lookup(cache, loaded.text, {**loaded.meta, "title": "Lain"}, None) is None


def test_an_edited_or_upgraded_cleaner_never_reuses_an_old_entry(tmp_path, monkeypatch):
    package = tmp_path / "translator"
    package.mkdir()
    for src in (ROOT / "translator").glob("*.py"):
        shutil.copy(src, package / src.name)
    monkeypatch.setattr(clean_cache, "_PACKAGE", package)
    clean_cache.code_fingerprint.cache_clear()
    try:
        before = clean_cache.code_fingerprint()
        assert before and len(before) == 64
        clean_cache.code_fingerprint.cache_clear()
        assert clean_cache.code_fingerprint() == before  # the same code, the same fingerprint
        source = package / "dates.py"
        text = source.read_text(encoding="utf-8")
        source.write_text(text.replace("0", "1", 1), encoding="utf-8")  # the same length
        clean_cache.code_fingerprint.cache_clear()
        edited = clean_cache.code_fingerprint()
        monkeypatch.setattr(clean_cache, "__version__", "99.0")
        clean_cache.code_fingerprint.cache_clear()
        upgraded = clean_cache.code_fingerprint()
        assert len({before, edited, upgraded}) == 3
    finally:
        monkeypatch.undo()
        clean_cache.code_fingerprint.cache_clear()
    # An entry of another cleaner is not used, and storing drops it.
    cache = TranslationCache.open(tmp_path / "cache.sqlite")
    loaded = loaded_text(page(0))
    monkeypatch.setattr(clean_cache, "code_fingerprint", lambda: "old cleaner")
    clean_input(loaded, cache=cache)
    assert clean_cache.lookup(cache, loaded.text, {}, None) is not None
    monkeypatch.undo()
    assert clean_cache.lookup(cache, loaded.text, {}, None) is None
    clean_input(loaded, cache=cache)
    assert [r[0] for r in cache.conn.execute("SELECT code FROM cleaned")] \
        == [clean_cache.code_fingerprint()]


def test_a_page_that_became_template_affected_is_cleaned_again(tmp_path):
    store, cache = tmp_path / "briefs.sqlite", TranslationCache.open(tmp_path / "cache.sqlite")
    fourth = loaded_text(page(3))  # the outlet's banner over it, its promo at the foot
    before = clean_input(fourth, template_lookup(store), cache=cache)
    assert before.title != STORIES[3][0] and PROMO in before.paragraphs  # nothing known yet
    found = clean_cache.lookup(cache, fourth.text, {}, template_lookup(store))
    assert found is not None and found.article == before and found.outlet == "Kompas.com"
    with Store.open(store) as s:
        for i in range(3):  # three other pages of the outlet: banner and promo are template
            _save(s, page(i))
    assert clean_cache.lookup(cache, fourth.text, {}, template_lookup(store)) is None
    after = clean_input(fourth, template_lookup(store), cache=cache)
    assert after == clean(fourth.text, templates=template_lookup(store)("Kompas.com",
                                                                        fourth.text))
    assert after.title == STORIES[3][0] and PROMO not in after.paragraphs
    # The entry is now the template-affected cleaning: used while the keys stay the same ...
    found = clean_cache.lookup(cache, fourth.text, {}, template_lookup(store))
    assert found is not None and found.article == after
    # ... and not by a run without the store (`--no-store`), which cleans without them.
    assert clean_cache.lookup(cache, fourth.text, {}, None) is None
    assert clean_input(fourth, None, cache=cache) == before


def test_a_row_that_is_not_an_article_is_a_miss(tmp_path):
    cache = TranslationCache.open(tmp_path / "cache.sqlite")
    loaded = loaded_text(page(1))
    want = clean_input(loaded, cache=cache)
    for doc in ('{"paragraphs": ["x"]}', "[1, 2]", "not json",
                json.dumps({**want.to_record(), "title": 5})):
        cache.conn.execute("UPDATE cleaned SET article = ?", (doc,))
        assert clean_cache.lookup(cache, loaded.text, {}, None) is None
        assert clean_input(loaded, cache=cache) == want  # cleaned afresh and stored again
        assert clean_cache.lookup(cache, loaded.text, {}, None) is not None


def test_article_records_round_trip_and_refuse_other_shapes():
    a = Article(paragraphs=("Satu.", "Dua \ud800."), title=None, notes=("n",), language="id")
    assert Article.from_record(json.loads(json.dumps(a.to_record()))) == a
    record = a.to_record()
    for bad in ({k: v for k, v in record.items() if k != "notes"}, {**record, "extra": None},
                {**record, "paragraphs": "Satu."}, {**record, "notes": [1]},
                {**record, "outlet": ["x"]}, ["Satu."]):
        with pytest.raises(ValueError):
            Article.from_record(bad)


def test_a_failing_cache_warns_once_and_cleaning_goes_on(tmp_path):
    warnings: list[str] = []
    cache = TranslationCache.open(tmp_path / "cache.sqlite", warn=warnings.append)
    cache.conn.execute("DROP TABLE cleaned")
    loaded = loaded_text(page(2))
    assert clean_input(loaded, cache=cache) == clean(loaded.text)
    assert clean_input(loaded, cache=cache) == clean(loaded.text)
    assert len(warnings) == 1 and "translation cache" in warnings[0] and cache.disabled


def test_a_read_only_cache_is_not_used_and_the_brief_still_cleans(tmp_path):
    path = tmp_path / "ro" / "cache.sqlite"
    path.parent.mkdir()
    TranslationCache.open(path).close()
    path.chmod(0o444)
    path.parent.chmod(0o555)
    try:
        warnings: list[str] = []
        opener = CacheOpener(path, warn=warnings.append)
        loaded = loaded_text(page(2))
        assert clean_input(loaded, cache=opener.existing()) == clean(loaded.text)
    finally:
        path.parent.chmod(0o755)
        path.chmod(0o644)
    if opener.opened is None:  # root may write anyway; else one warning, no cache
        assert len(warnings) == 1


def test_a_lookup_before_the_checks_creates_no_cache_file(tmp_path):
    opener = CacheOpener(tmp_path / "cache.sqlite")
    models = Models(config=None, loader=lambda role: None, cache=opener)
    assert models.clean_cache() is None and not opener.path.exists()
    assert models.clean_cache(opened_only=True) is None
    opener()
    assert models.clean_cache() is opener.opened is models.clean_cache(opened_only=True)


def test_cache_clear_and_info_count_cleaned_articles(brief, tmp_path):
    cache = TranslationCache.open(default_path())
    clean_input(loaded_text(page(0)), cache=cache)
    clean_input(loaded_text(page(1)), cache=cache)
    cache.close()
    info = brief("cache", "info", "--json")
    assert info.code == 0 and json.loads(info.out)["cleaned"] == 2
    assert "cleaned\t2" in brief("cache", "info").out
    assert brief("cache", "clear").code == 0
    assert TranslationCache.open(default_path()).info().cleaned == 0


# A fresh process: does the brief import the cleaner, and what JSON does it give?
FRESH = """
import json, sys
from pathlib import Path
from translator import brief, open_models
from translator.load import Loaded
models = open_models(Path({config!r}), offline=True, cache={cache})
doc = brief(Loaded(text={text!r}, origin="", encoding="utf-8"), models).to_dict()
doc.pop("timings")
print(json.dumps({{"doc": doc, "clean": "translator.clean" in sys.modules,
                  "loaded": list(models.loaded)}}))
"""


def fresh_brief(config: Path, text: str, cache: bool = True) -> dict:
    code = textwrap.dedent(FRESH.format(config=str(config), text=text, cache=cache))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@on_ctranslate2
def test_a_warm_brief_in_a_fresh_process_never_imports_the_cleaner(setup):  # noqa: F811
    config, _ = setup
    cold = fresh_brief(config, article())
    assert cold["clean"] and cold["loaded"] == ["translation", "summarization"]
    assert TranslationCache.open(default_path()).info().cleaned == 1
    warm = fresh_brief(config, article())
    assert not warm["clean"] and warm["loaded"] == []
    assert warm["doc"] == cold["doc"]
    # Without the cache (`--no-cache`) every run cleans.
    assert fresh_brief(config, article(), cache=False)["clean"]


CLI = """
import sys
from translator.cli import main
try:
    main({args!r})
finally:
    print("clean imported:", "translator.clean" in sys.modules, file=sys.stderr)
"""


def cli_twice(config: Path, path: Path, *args: str) -> tuple[dict, dict, str, str]:
    """`brief --config CONFIG --format json ARGS PATH` in two fresh processes: (cold JSON,
    warm JSON, whether each imported translator.clean, as it says)."""
    code = CLI.format(args=["--config", str(config), "--format", "json", *args, str(path)])

    def run() -> tuple[dict, str]:
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              cwd=ROOT)
        assert proc.returncode == 0, proc.stderr
        doc = json.loads(proc.stdout)
        doc.pop("timings")
        return doc, proc.stderr.strip().splitlines()[-1]

    (cold, cold_said), (warm, warm_said) = run(), run()
    return cold, warm, cold_said, warm_said


@on_ctranslate2
def test_a_warm_cli_brief_never_imports_the_cleaner(setup, tmp_path):  # noqa: F811
    config, _ = setup
    path = tmp_path / "artikel.txt"
    path.write_text(article(), encoding="utf-8")
    cold, warm, cold_said, warm_said = cli_twice(config, path, "--no-store")
    assert cold_said == "clean imported: True" and warm_said == "clean imported: False"
    assert warm == cold


@on_ctranslate2
def test_a_warm_cli_brief_that_stores_never_imports_the_cleaner(setup, tmp_path):  # noqa: F811
    config, _ = setup
    path = tmp_path / "artikel.txt"
    path.write_text(article(), encoding="utf-8")
    cold, warm, cold_said, warm_said = cli_twice(config, path)
    assert warm == cold and cold_said == "clean imported: True"
    with Store.open() as store:  # both runs stored the brief (the same row)
        assert store.count() == 1
    assert warm_said == "clean imported: False"


def test_no_cache_remembers_nothing():
    models = open_models(offline=True, cache=False)
    assert models.clean_cache() is None and models.clean_cache(opened_only=True) is None
    assert not default_path().exists()


def test_clean_input_without_a_cache_stores_nothing(tmp_path):
    loaded = loaded_text(page(0))
    assert clean_input(loaded) == clean(loaded.text)
    with pytest.raises(sqlite3.OperationalError):  # no cache file was made anywhere
        sqlite3.connect(f"file:{default_path()}?mode=ro", uri=True).execute("SELECT 1")


def test_input_that_fails_its_checks_creates_no_cache_file(tmp_path):
    missing = str(tmp_path / "no-model")
    models = open_models(load_config().with_models(missing, missing), offline=True)
    with pytest.raises(InputError, match="no article text found"):
        pipeline.brief("   \n\n ---\n", models)
    with pytest.raises(InputError, match="article too long"):  # cleaned, then refused
        pipeline.brief(page(0), models, pipeline.Options(max_words=3))
    assert not default_path().exists() and models.loaded == ()
