"""The store of briefs: schema, upserts, search, concurrent writers, a killed batch, and the
reading commands (history, show) on full, empty and broken stores."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date, datetime, timezone

import pytest

from translator.db import connect, schema_version
from translator.errors import DatabaseError
from translator.store import MIGRATIONS, Store, default_path, page_hash
from translator.templates import line_key

from .conftest import ROOT, SAMPLE, SAMPLES


def make_doc(title="Floods hit Jakarta", summary="Floods hit Jakarta after heavy rain.",
             paragraphs=(("Banjir melanda Jakarta.", "Floods hit Jakarta."),),
             outlet="Kompas", published="2024-01-02T08:15:00+07:00", title_source=None,
             flags=()) -> dict:
    """A brief's JSON as `brief --format json` prints it, without running a model."""
    return {
        "source": {"title": title_source or f"Judul: {title}", "published": published,
                   "dateline": "JAKARTA", "outlet": outlet, "author": None, "language": "id",
                   "origin": "test.txt"},
        "title": title, "summary": summary,
        "paragraphs": [{"source": s, "text": t, "flags": list(flags)} for s, t in paragraphs],
        "models": {"translation": {"id": "tiny-marian", "revision": "local"},
                   "summarization": {"id": "tiny-bart", "revision": "local"}},
        "length": "medium", "notes": [], "timings": {"total_s": 1.0}, "version": "0.1.0",
    }


def article_of(doc: dict) -> dict:
    s = doc["source"]
    return {"title": s["title"], "published": s["published"], "dateline": s["dateline"],
            "outlet": s["outlet"], "author": None, "language": "id",
            "paragraphs": [p["source"] for p in doc["paragraphs"]]}


def save(store: Store, doc: dict, **kw) -> int:
    return store.save(doc, article_of(doc), "original text\n" + doc["title"], **kw)


def test_schema_is_versioned_and_fresh_store_is_empty(tmp_path):
    with Store.open(tmp_path / "s.sqlite") as store:
        assert schema_version(store.conn) == len(MIGRATIONS) == 2
        assert store.count() == 0 and store.query() == []
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_default_path_follows_brief_home(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEF_HOME", str(tmp_path / "home"))
    assert default_path() == tmp_path / "home" / "briefs.sqlite"


def test_saving_keeps_everything_needed_to_render_again(tmp_path):
    doc = make_doc(flags=[{"code": "number_mismatch", "segment": 0, "detail": "12"}])
    with Store.open(tmp_path / "s.sqlite") as store:
        i = save(store, doc)
        entry = store.get(i)
        row = store.conn.execute("SELECT * FROM briefs WHERE id = ?", (i,)).fetchone()
    assert entry.doc == doc and entry.day == "2024-01-02"
    assert row["original"].startswith("original text")
    assert json.loads(row["article_json"])["paragraphs"] == ["Banjir melanda Jakarta."]
    assert json.loads(row["models_json"])["translation"]["id"] == "tiny-marian"
    assert row["outlet"] == "Kompas" and row["summary"] == doc["summary"]
    assert datetime.fromisoformat(row["processed_at"]).tzinfo is not None


def test_the_same_article_twice_is_one_entry_updated(tmp_path):
    with Store.open(tmp_path / "s.sqlite") as store:
        first = save(store, make_doc(summary="old summary"),
                     now=datetime(2024, 1, 2, tzinfo=timezone.utc))
        again = save(store, make_doc(summary="new summary"),
                     now=datetime(2024, 1, 3, tzinfo=timezone.utc))
        other = save(store, make_doc(title="Something else"))
        assert first == again != other and store.count() == 2
        entry = store.get(first)
        assert entry.doc["summary"] == "new summary"
        assert entry.created_at.startswith("2024-01-02")
        assert entry.processed_at.startswith("2024-01-03")
        assert [e.id for e in store.query(search="old")] == []
        assert [e.id for e in store.query(search="new summary")] == [first]


def test_a_store_of_the_first_schema_upgrades_with_nothing_lost(tmp_path):
    path = tmp_path / "s.sqlite"
    old = connect(path, MIGRATIONS[:1])
    old.execute("INSERT INTO briefs (content_hash, title, outlet, day, summary, original, "
                "article_json, brief_json, models_json, created_at, processed_at) VALUES "
                "('h', 'Floods', 'Kompas', '2024-01-02', 's', 'o', '{}', ?, '{}', 't', 't')",
                (json.dumps(make_doc()),))
    old.execute("INSERT INTO briefs_fts (rowid, english, indonesian) VALUES (1, 'floods', '')")
    old.close()
    with Store.open(path) as store:
        assert schema_version(store.conn) == 2 and store.count() == 1
        assert store.get(1).doc == make_doc() and [e.id for e in store.query(search="floods")]
        assert store.template_keys("Kompas") == frozenset()  # no keys for briefs of before
        new = save(store, make_doc(title="Rain"))
        assert store.conn.execute("SELECT count(*) FROM template_lines WHERE brief_id = ?",
                                  (new,)).fetchone()[0] == 1  # "original text"; "Rain" is one word


PROMO = "Unduh aplikasi kami untuk berita terkini"


def _page(n: int) -> str:
    return f"Berita nomor {n} hari ini\n{PROMO}\nIsi berita yang ke {n} dan lain-lain."


def test_template_keys_count_distinct_pages_of_the_outlet(tmp_path):
    with Store.open(tmp_path / "s.sqlite") as store:
        for n, outlet in enumerate(["Kompas", "Kompas", "Detik"]):
            doc = make_doc(title=f"T{n}", outlet=outlet)
            store.save(doc, article_of(doc), _page(n))
        doc = make_doc(title="T1 again", outlet="Kompas")
        store.save(doc, article_of(doc), _page(1))  # the same page again, another brief
        assert line_key(PROMO) not in store.template_keys("Kompas", min_articles=3)
        doc = make_doc(title="T3", outlet="KOMPAS")
        store.save(doc, article_of(doc), _page(3))
        assert line_key(PROMO) in store.template_keys("kompas")
        # Numbers are folded into the key: "Berita nomor 1 hari ini" is on every page.
        assert line_key("Berita nomor 9 hari ini") in store.template_keys("Kompas")
        assert line_key(PROMO) not in store.template_keys(
            "Kompas", exclude_article=page_hash(_page(3)))


def test_template_keys_is_one_indexed_query(tmp_path):
    with Store.open(tmp_path / "s.sqlite") as store:
        plan = " ".join(r[-1] for r in store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT key FROM template_lines WHERE outlet = ? AND page IS "
            "NOT ? GROUP BY key HAVING count(DISTINCT page) >= ?", ("Kompas", None, 3)))
    assert "USING COVERING INDEX template_lines_outlet" in plan and "SCAN template_lines" \
        not in plan.replace("USING COVERING INDEX", "")


def test_a_brief_and_its_template_keys_are_saved_together_or_not_at_all(tmp_path):
    with Store.open(tmp_path / "s.sqlite") as store:
        doc = make_doc()
        store.save(doc, article_of(doc), _page(1))
        # The index write fails after the brief's row went in: the row goes too.
        store.conn.execute("CREATE TRIGGER full BEFORE INSERT ON template_lines BEGIN "
                           "SELECT RAISE(ABORT, 'disk full'); END")
        other = make_doc(title="Other")
        with pytest.raises(DatabaseError):
            store.save(other, article_of(other), _page(2))
        assert store.count() == 1
        assert store.conn.execute("SELECT count(DISTINCT page) FROM template_lines"
                                  ).fetchone()[0] == 1


def test_rebriefing_a_page_replaces_its_keys(tmp_path):
    with Store.open(tmp_path / "s.sqlite") as store:
        doc = make_doc()
        first = store.save(doc, article_of(doc), "Baris pertama di sini\nBaris kedua di sana")
        again = store.save(doc, article_of(doc), "Baris ketiga yang baru")
        assert first == again
        keys = {r[0] for r in store.conn.execute("SELECT key FROM template_lines")}
    assert keys == {line_key("Baris ketiga yang baru")}


def test_day_is_the_published_date_in_its_own_zone_else_the_processing_date(tmp_path):
    with Store.open(tmp_path / "s.sqlite") as store:
        late = save(store, make_doc(title="Late", published="2024-01-02T23:30:00+07:00"))
        undated = save(store, make_doc(title="Undated", published=None),
                       now=datetime(2024, 5, 6, 12, tzinfo=timezone.utc))
        assert store.get(late).day == "2024-01-02"  # 16:30 UTC, still the 2nd in Jakarta
        assert store.get(undated).day == datetime(2024, 5, 6, 12, tzinfo=timezone.utc
                                                  ).astimezone().date().isoformat()


def test_query_filters_and_orders_newest_first(tmp_path):
    with Store.open(tmp_path / "s.sqlite") as store:
        a = save(store, make_doc(title="A", outlet="Kompas", published="2024-01-01T09:00+07:00"))
        b = save(store, make_doc(title="B", outlet="detik", published="2024-01-03T09:00+07:00"))
        c = save(store, make_doc(title="C", outlet="Kompas", published="2024-01-03T18:00+07:00"))
        assert [e.id for e in store.query()] == [c, b, a]
        assert [e.id for e in store.query(oldest_first=True)] == [a, b, c]
        assert [e.id for e in store.query(since=date(2024, 1, 2))] == [c, b]
        assert [e.id for e in store.query(until=date(2024, 1, 2))] == [a]
        assert [e.id for e in store.query(outlets=["kompas"])] == [c, a]
        assert [e.id for e in store.query(limit=1)] == [c]


def test_full_text_search_finds_english_and_indonesian_words(tmp_path):
    with Store.open(tmp_path / "s.sqlite") as store:
        rice = save(store, make_doc(title="Rice prices climb", summary="Rice is dearer.",
                                    paragraphs=[("Harga beras naik di pasar.",
                                                 "The price of rice rose at the market.")]))
        save(store, make_doc(title="Minister meets envoy", summary="Talks in Delhi.",
                             paragraphs=[("Menteri bertemu utusan.", "The minister met.")]))
        assert [e.id for e in store.query(search="market")] == [rice]  # English
        assert [e.id for e in store.query(search="beras")] == [rice]  # Indonesian
        assert [e.id for e in store.query(search="harga pasar")] == [rice]  # every word
        assert [e.id for e in store.query(search="PASAR")] == [rice]  # any case
        assert store.query(search="beras envoy") == []
        assert store.query(search='"; DROP TABLE briefs; --') == []  # words, not syntax
        assert store.count() == 2


# A writer in its own interpreter that imports only translator (a spawned multiprocessing child
# would re-import this module, its conftest and torch: slow under load), from a neutral cwd.
WRITER = textwrap.dedent("""
    import json, sys
    from translator.store import Store

    saves = json.loads(sys.stdin.readline())
    print("ready", flush=True)
    sys.stdin.readline()  # "go": both writers start at once
    with Store.open(sys.argv[1]) as store:
        for doc, article, original in saves:
            store.save(doc, article, original)
    print("ok")
""")
HANG_S = 600  # a hang guard only: SQLite's busy timeout (db.BUSY_TIMEOUT_S) bounds each wait


def test_two_processes_writing_at_once_both_succeed(tmp_path):
    path = str(tmp_path / "s.sqlite")
    Store.open(path).close()  # the schema exists; both writers race on rows only
    procs = {}
    for name in ("x", "y"):
        docs = [make_doc(title=f"{name} {i}", summary=f"{name} number {i}") for i in range(25)]
        saves = [(d, article_of(d), "original text\n" + d["title"]) for d in docs]
        procs[name] = p = subprocess.Popen([sys.executable, "-c", WRITER, path], cwd=tmp_path,
                                           stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                           stderr=subprocess.PIPE, text=True)
        p.stdin.write(json.dumps(saves) + "\n")
        p.stdin.flush()
    for name, p in procs.items():  # both have started and imported: let them race
        assert p.stdout.readline() == "ready\n", f"writer {name}: {p.communicate()}"
    for p in procs.values():
        p.stdin.write("go\n")
        p.stdin.flush()
    try:
        results = {name: p.communicate(timeout=HANG_S) for name, p in procs.items()}
    except subprocess.TimeoutExpired:
        for p in procs.values():
            p.kill()
        pytest.fail(f"a writer was still running after {HANG_S} s: hung, not slow")
    assert [p.returncode for p in procs.values()] == [0, 0], results
    with Store.open(path) as store:
        assert store.count() == 50
        assert len(store.query(search="x", limit=100)) == 25
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("tiny_models", ["ctranslate2"], indirect=True)  # runtime-independent
def test_a_batch_killed_midway_keeps_every_finished_article_intact(tmp_path, tiny_models):
    """SIGKILL a real `brief` process after its first article is stored."""
    inputs = []
    lead = "Menteri Luar Negeri Amerika Serikat (AS) Antony Blinken"
    for i in range(12):  # distinct articles: a changed first sentence changes the content hash
        f = tmp_path / f"a{i:02}.txt"
        f.write_text(SAMPLE.read_text().replace(lead, f"Pada hari ke-{i + 1}, {lead}", 1))
        inputs.append(str(f))
    db = tmp_path / "store.sqlite"
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}  # same BRIEF_HOME: converted tiny models
    proc = subprocess.Popen([sys.executable, "-m", "translator", "--format", "json",
                             "--store", str(db), *tiny_models.args(), *inputs], cwd=ROOT,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while _rows(db) == 0:
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "no article was stored in time"
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    with Store.open(db) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        entries = store.query(limit=100)
        assert 1 <= len(entries) < 12
        for e in entries:  # every row is a whole brief
            assert len(e.doc["paragraphs"]) == 8 and e.doc["summary"].strip()
            assert e.doc["paragraphs"][0]["source"].startswith("Pada hari ke-")
            assert e.doc["source"]["origin"] in inputs
        fts = store.conn.execute("SELECT count(*) FROM briefs_fts").fetchone()[0]
        assert fts == len(entries)


def _rows(db) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM briefs").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:  # not created or not migrated yet
        return 0


# --- the reading commands -------------------------------------------------------------------

@pytest.fixture
def stored(tmp_path, monkeypatch):
    """A store in BRIEF_HOME with three briefs; returns their ids (oldest first)."""
    with Store.open(default_path()) as store:
        return [save(store, make_doc(title="Rice prices climb", outlet="detik",
                                     published="2024-01-01T07:00:00+07:00",
                                     paragraphs=[("Harga beras naik.", "Rice prices rose.")])),
                save(store, make_doc(title="Floods in Jakarta", outlet="Kompas",
                                     published="2024-01-02T09:30:00+07:00")),
                save(store, make_doc(title="Envoys meet", outlet="SINDOnews",
                                     published="2024-01-03T04:25:00+07:00"))]


def test_history_lists_newest_first(brief, stored):
    r = brief("history")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert [int(line.split()[0]) for line in lines] == stored[::-1]
    assert "2024-01-03" in lines[0] and "SINDOnews" in lines[0] and "Envoys meet" in lines[0]


def test_history_filters_and_json(brief, stored):
    r = brief("history", "--format", "json", "--since", "2024-01-02", "--outlet", "KOMPAS")
    assert r.code == 0, r.err
    rows = json.loads(r.out)
    assert [row["id"] for row in rows] == [stored[1]]
    assert rows[0]["outlet"] == "Kompas" and rows[0]["published"].startswith("2024-01-02")
    assert [row["id"] for row in json.loads(brief("history", "--format", "json", "--search",
                                                  "beras").out)] == [stored[0]]
    assert len(brief("history", "--limit", "2").out.splitlines()) == 2


def test_history_with_no_match_says_so(brief, stored):
    r = brief("history", "--search", "volcano")
    assert r.code == 0 and r.out == "" and "no stored brief matches" in r.err


def test_history_bad_date_is_a_usage_error(brief):
    r = brief("history", "--since", "last tuesday")
    assert r.code == 2 and "not a date" in r.err and r.err.count("\n") == 1


@pytest.mark.parametrize("args", [["history"], ["history", "--format", "json"],
                                  ["digest"], ["digest", "--format", "html"]])
def test_every_reading_command_on_an_empty_store_says_so(brief, args):
    r = brief(*args)
    assert r.code == (2 if args[0] == "digest" else 0)  # nothing to digest is bad input
    assert "no briefs stored yet" in r.err and r.err.count("\n") == 1
    assert r.out in ("", "[]\n")
    assert not default_path().exists()  # reading never creates a store


def test_show_on_an_empty_store_and_a_missing_id_exit_2(brief, tmp_path):
    r = brief("show", "1")
    assert r.code == 2 and "no briefs stored yet" in r.err and r.err.count("\n") == 1
    Store.open(default_path()).close()
    r = brief("show", "1")
    assert r.code == 2 and "no briefs stored yet" in r.err


def test_show_a_missing_id_exits_2(brief, stored):
    r = brief("show", "999")
    assert r.code == 2 and r.out == ""
    assert r.err == "brief: error: no stored brief with id 999 (see `brief history`)\n"


@pytest.mark.parametrize("fmt, expect", [
    ("text", "Kompas · Tue 2 January 2024, 09:30 WIB · JAKARTA"),
    ("markdown", "# Floods in Jakarta"),
])
def test_show_renders_a_stored_brief(brief, stored, fmt, expect):
    r = brief("show", str(stored[1]), "--format", fmt, "--full")
    assert r.code == 0, r.err
    assert expect in r.out and "Floods hit Jakarta." in r.out


def test_show_json_is_the_stored_document(brief, stored):
    r = brief("show", str(stored[1]), "--format", "json")
    assert r.code == 0 and json.loads(r.out)["title"] == "Floods in Jakarta"


def test_show_loads_no_model_library(stored):
    """`brief show` in a fresh interpreter: neither torch nor transformers gets imported."""
    code = ("import sys; from translator.cli import main; "
            "rc = main(['show', sys.argv[1], '--format', 'text', '--full']); "
            "heavy = sorted(m for m in ('torch', 'transformers', 'huggingface_hub', "
            "'sentencepiece', 'ctranslate2') if m in sys.modules); "
            "print('HEAVY', heavy, rc)")
    out = subprocess.run([sys.executable, "-c", code, str(stored[2])], cwd=ROOT, env=os.environ,
                         capture_output=True, text=True, timeout=60)
    assert "Envoys meet" in out.stdout, out.stderr
    assert out.stdout.rstrip().endswith("HEAVY [] 0")


@pytest.mark.parametrize("tiny_models", ["ctranslate2"], indirect=True)  # runtime-independent
def test_a_store_that_cannot_be_written_does_not_lose_the_brief(brief, tiny_models, tmp_path):
    bad = tmp_path / "not-a-db.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    r = brief("--format", "json", "--store", str(bad), *tiny_models.args(), str(SAMPLE))
    assert r.code == 0, r.err
    assert json.loads(r.out)["summary"].strip()
    assert "not saved to the store" in r.err and "Traceback" not in r.err


@pytest.mark.parametrize("tiny_models", ["ctranslate2"], indirect=True)  # runtime-independent
def test_run_stores_briefs_and_no_store_skips(brief, tiny_models, tmp_path):
    other = tmp_path / "detik.txt"
    other.write_bytes((SAMPLES / "detik-harga-beras.txt").read_bytes())
    assert brief("--no-store", *tiny_models.args(), str(SAMPLE)).code == 0
    assert not default_path().exists()
    r = brief("--format", "json", *tiny_models.args(), str(SAMPLE))
    assert r.code == 0, r.err
    assert brief(*tiny_models.args(), str(SAMPLE)).code == 0  # same article: updated
    with Store.open(default_path()) as store:
        (entry,) = store.query()
        printed = json.loads(r.out)
        assert entry.doc["paragraphs"] == printed["paragraphs"]
        assert entry.doc["source"]["outlet"] == "SINDOnews" and entry.day == "2023-03-03"
