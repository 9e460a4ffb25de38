"""CLI-level input cases: a URL briefed end to end with tiny models, and languages refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.local_server import LocalServer, Reply
from tests.test_language import JAVANESE, MALAY, SUNDANESE

PAGE = Path(__file__).resolve().parent / "fixtures" / "html" / "detik-arus-mudik.html"


# One runtime is enough here: fetching and extraction come before the models, and the
# transformers runtime of the tiny models takes tens of seconds on two busy cores.
@pytest.mark.parametrize("tiny_models", ["ctranslate2"], indirect=True)
def test_brief_url_gives_the_page_article_end_to_end(brief, tiny_models):
    with LocalServer() as server:
        server.routes["/berita"] = Reply(body=PAGE.read_bytes())
        run = brief("--format", "json", "--no-store", *tiny_models.args(),
                    f"{server.url}/berita")
    assert run.code == 0, run.err
    doc = json.loads(run.out)
    cleaned = json.loads(brief("clean", "--json", str(PAGE)).out)
    assert [p["source"] for p in doc["paragraphs"]] == cleaned["paragraphs"]
    assert doc["source"]["origin"] == f"{server.url}/berita"
    assert (doc["source"]["title"], doc["source"]["outlet"]) == (cleaned["title"], "detikcom")


@pytest.mark.parametrize(("text", "name"), [(JAVANESE, "Javanese"), (SUNDANESE, "Sundanese")])
def test_regional_languages_are_refused_without_force(brief, text, name):
    run = brief(stdin=(text + "\n\n" + text).encode())
    assert run.code == 2
    assert f"detected: {name}" in run.err and "--force" in run.err


def test_clean_json_reports_the_language(brief):
    run = brief("clean", "--json", stdin=(MALAY + "\n\n" + MALAY).encode())
    assert run.code == 0 and json.loads(run.out)["language"] == "ms"
