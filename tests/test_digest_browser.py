"""The HTML digest as a reader sees it, in headless Chromium (Debian's `chromium`) via Playwright.

Skips with the reason when Playwright or /usr/bin/chromium is missing; never downloads a browser.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from translator.digest import to_html
from translator.store import Store, default_path

from .test_digest import FLAGGED, FLAGS, NASTY
from .test_store import make_doc, save

# The chromium the skip below found is the one launched (Debian's, or another on PATH).
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
if not os.path.exists(CHROMIUM):
    pytest.skip("chromium is not installed (apt-get install -y chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


def test_a_phone_reader_sees_headlines_summaries_and_the_original_on_demand(browser, tmp_path):
    with Store.open(default_path()) as store:
        save(store, make_doc(title="Rice prices climb", summary="Rice costs more in Jakarta.",
                             paragraphs=[("Harga beras naik di pasar.", "Rice prices rose.")]))
        save(store, make_doc(title="Police find a script", summary="A tag was found.",
                             published="2024-01-03T10:00:00+07:00",
                             paragraphs=[(NASTY, "Police found <script>alert(1)</script>.")]))
        html = to_html(store.query())
    page_file = tmp_path / "digest.html"
    page_file.write_text(html, encoding="utf-8")
    context = browser.new_context(viewport={"width": 390, "height": 844},
                                  device_scale_factor=1, is_mobile=True, has_touch=True)
    page = context.new_page()
    errors, dialogs = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(page_file.as_uri())
    text = page.inner_text("body")
    for expected in ("Rice prices climb", "Police find a script", "Rice costs more in Jakarta.",
                     "A tag was found.", "Contents"):
        assert expected in text
    # Article markup is shown as text, never run or rendered.
    assert "<script>alert(1)</script>" in text
    assert page.locator("article b").count() == 0 and dialogs == []
    original = page.get_by_text("Harga beras naik di pasar.")
    assert not original.is_visible()
    page.locator("article", has_text="Rice prices climb").get_by_text(
        "Indonesian original").click()
    assert original.is_visible()
    for summary in page.locator("summary").all():
        summary.click()
    assert "<b>tebal</b>" in page.inner_text("body")  # the Indonesian, as text
    # Nothing wider than the phone: no sideways scrolling.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(tmp_path / "phone.png"), full_page=True)
    assert (tmp_path / "phone.png").stat().st_size > 1000
    if os.environ.get("BRIEF_SCREENSHOT_DIR"):
        shutil.copy(tmp_path / "phone.png", os.environ["BRIEF_SCREENSHOT_DIR"])
    assert errors == []
    context.close()


def _flagged_page(tmp_path) -> str:
    """A digest file whose brief mixes plain and flagged paragraphs (one with two notes)."""
    doc = make_doc(title="Traders count falls in Batu", summary="Fewer traders came.",
                   paragraphs=[("Harga beras naik di pasar.", "Rice prices rose at the market."),
                               *FLAGGED, ("Pasar ramai lagi.", "The market is busy again.")])
    for p, flags in zip(doc["paragraphs"][1:3], FLAGS, strict=True):
        p["flags"] = flags
    with Store.open(default_path()) as store:
        save(store, doc)
        html = to_html(store.query())
    page_file = tmp_path / "flagged.html"
    page_file.write_text(html, encoding="utf-8")
    return page_file.as_uri()


@pytest.mark.parametrize("width", [390, 1280])
def test_toggles_stay_in_one_column_whatever_the_flags(browser, tmp_path, width):
    context = browser.new_context(viewport={"width": width, "height": 900},
                                  device_scale_factor=1, is_mobile=width < 600,
                                  has_touch=width < 600)
    page = context.new_page()
    page.goto(_flagged_page(tmp_path))
    toggles = [page.locator(".para summary").nth(i).bounding_box()
               for i in range(page.locator(".para summary").count())]
    # every paragraph's toggle, flagged or not, starts at the same x: one column
    boxes = page.evaluate("""() => [...document.querySelectorAll('.para')].map(p => {
        const s = p.querySelector('summary'), e = p.querySelector('.en');
        return {toggle: s && s.getBoundingClientRect().toJSON(),
                english: e.getBoundingClientRect().toJSON(),
                flags: p.querySelectorAll('.flag').length}; })""")
    assert [b["flags"] for b in boxes] == [0, 1, 1, 0]
    assert len({round(b["toggle"]["x"]) for b in boxes}) == 1 and len(toggles) == 4
    for b in boxes:
        if width >= 1024:  # beside the English, at its top, whatever the notes under it
            assert b["toggle"]["x"] >= b["english"]["right"]
            assert abs(b["toggle"]["y"] - b["english"]["y"]) < 2
        else:  # under the English and its notes
            assert b["toggle"]["y"] >= b["english"]["bottom"]
            assert b["toggle"]["height"] >= 44  # a tap target a thumb can hit
    if width < 600:
        links = page.evaluate("""() => [...document.querySelectorAll('nav.toc a')].map(
            a => a.getBoundingClientRect().height)""")
        assert links and min(links) >= 44
    # the flags in plain words, with their marks, never a code
    text = page.inner_text("body")
    assert "Number check: 20 and 2/3/2023 are not in the English." in text
    assert "Name check: Kota Batu is not in the English." in text
    assert "number_mismatch" not in text and "name_changed" not in text
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    shot = tmp_path / f"digest-flagged-{width}.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 1000
    if os.environ.get("BRIEF_SCREENSHOTS"):
        out = Path(__file__).resolve().parent.parent / "benchmarks" / "out"
        out.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, out / shot.name)
        shot = out / shot.name
    print(f"screenshot: {shot}")
    context.close()
