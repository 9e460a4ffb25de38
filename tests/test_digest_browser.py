"""The HTML digest as a reader sees it, in headless Chromium (Debian's `chromium`) via Playwright.

Skips with the reason when Playwright or /usr/bin/chromium is missing; never downloads a browser.
"""

from __future__ import annotations

import os
import shutil

import pytest

from translator.digest import to_html
from translator.store import Store, default_path

from .test_digest import NASTY
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
