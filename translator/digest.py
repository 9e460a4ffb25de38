"""Stored briefs -> one digest document grouped by day: Markdown, self-contained HTML, or JSON.

Everything taken from articles is escaped (html.escape in HTML, render.md_text in Markdown) and
its control characters are shown as visible symbols (sanitize.safe_text, in every format but
JSON: briefs stored before that rule are made safe here too); the
HTML needs no network, no script and no external file: the Indonesian original of each
paragraph opens on demand with a plain <details> element. Guard flags read as in render.py
(plain words from flagtext.py, `[n]` marks, notes under the paragraph).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timezone
from html import escape as _html_escape
from itertools import groupby
from typing import Any

from .flagtext import flagged_line, flagged_sentences, footnotes, marked_outputs
from .render import local_time, markdown_paragraphs, md_line, md_text
from .result import Brief, Paragraph
from .sanitize import dumps_json, safe_text
from .store import Entry
from .version import __version__

FORMATS = ("markdown", "html", "json")


def day_label(day: str) -> str:
    """'2023-03-03' -> 'Friday 3 March 2023'."""
    d = date.fromisoformat(day)
    return f"{d:%A} {d.day} {d:%B %Y}"


def by_day(entries: Sequence[Entry]) -> list[tuple[str, list[Entry]]]:
    """Group entries (already sorted by day) into (day, entries) in their order."""
    return [(day, list(group)) for day, group in groupby(entries, key=lambda e: e.day)]


def meta_parts(entry: Entry) -> list[str]:
    """Outlet, local time (or when it was briefed), dateline: whichever are known."""
    s = entry.doc["source"]
    when = local_time(s.get("published"))
    if not when:
        when = f"briefed {_local_stamp(entry.processed_at)}"
    return [p for p in (s.get("outlet"), when, s.get("dateline")) if p]


def _local_stamp(stamp: str) -> str:
    try:
        return f"{datetime.fromisoformat(stamp).astimezone():%Y-%m-%d %H:%M}"
    except ValueError:
        return stamp


def _range_label(entries: Sequence[Entry]) -> str:
    days = sorted({e.day for e in entries})
    if not days:
        return ""
    first, last = day_label(days[0]), day_label(days[-1])
    return first if first == last else f"{first} – {last}"


def _count(n: int) -> str:
    return f"{n} brief" + ("" if n == 1 else "s")


def to_json(entries: Sequence[Entry], now: datetime | None = None) -> str:
    """{"generated_at", "count", "days": [{"day", "briefs": [{"id", ...brief JSON}]}]}."""
    now = now or datetime.now(timezone.utc)
    doc = {"generated_at": now.isoformat(timespec="seconds"), "version": __version__,
           "count": len(entries),
           "days": [{"day": day, "briefs": [{"id": e.id, **e.doc} for e in group]}
                    for day, group in by_day(entries)]}
    return dumps_json(doc) + "\n"


def to_markdown(entries: Sequence[Entry]) -> str:
    """One Markdown document: contents, then each day's briefs with their full translation."""
    groups = by_day(entries)
    out = ["# News digest", "", f"*{md_text(_range_label(entries))} · {_count(len(entries))}*", "",
           "## Contents", ""]
    for day, group in groups:
        out.append(f"- {day_label(day)}")
        out += [f"  - [{md_line(e.title)}](#brief-{e.id})" for e in group]
    for day, group in groups:
        out += ["", f"## {day_label(day)}"]
        for e in group:
            doc = e.doc
            out += ["", f'<a id="brief-{e.id}"></a>', "", f"### {md_line(e.title)}", "",
                    f"*{md_line(' · '.join(meta_parts(e)))}*", ""]
            if doc["source"].get("title") and doc.get("title"):
                out += [f"Original title: {md_line(doc['source']['title'])}", ""]
            out += [f"> Note: {md_line(n)}" for n in doc.get("notes", [])]
            paragraphs = _paragraphs(doc)
            count = flagged_sentences(paragraphs)
            out += [f"> ⚠ {flagged_line(count)}: see the numbered notes", ""] if count else []
            out += ["**Summary.** " + md_text(doc.get("summary") or "(no summary)"), "",
                    "#### Full translation", "", *markdown_paragraphs(paragraphs)]
            out.append(f"*Stored brief {e.id}: `brief show {e.id}`*")
    return "\n".join(out).rstrip() + "\n"


def _paragraphs(doc: dict[str, Any]) -> tuple[Paragraph, ...]:
    """A stored brief's paragraphs (one segment each: see flagtext for what that means)."""
    return Brief.from_dict(doc).paragraphs


_CSS = """
:root { color-scheme: light dark; --fg: #1c1c1c; --bg: #fdfdfb; --dim: #5d5d5d;
  --rule: #d9d6cf; --accent: #8a2d1a; --panel: #f3f1ec; --warn: #8a5a00; --mark: #fbe7b0; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e8e6e1; --bg: #161615; --dim: #a8a59e; --rule: #3a3935; --accent: #f09a7c;
    --panel: #22211f; --warn: #e0b050; --mark: #4d3b0c; } }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 1.0625rem/1.6 Georgia, "Times New Roman", serif; overflow-wrap: break-word; }
.wrap { max-width: 46rem; margin: 0 auto; padding: 1rem 1.1rem 4rem; }
header h1 { margin: .4rem 0 .1rem; font-size: 1.9rem; line-height: 1.2; }
.sub, .meta, .orig-title, .toc .outlet, footer { color: var(--dim);
  font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
.sub { margin: 0 0 1rem; font-size: .95rem; }
nav.toc { background: var(--panel); border-radius: .5rem; padding: .6rem 1rem .8rem; }
nav.toc h2 { font-size: 1.05rem; margin: .3rem 0; }
nav.toc ol { margin: 0; padding-left: 1.1rem; }
nav.toc > ol > li { margin: .4rem 0; }
nav.toc .toc-day { font-weight: bold; font-family: system-ui, sans-serif; font-size: .95rem; }
nav.toc li li { margin: .25rem 0; }
nav.toc .outlet { font-size: .85rem; }
a { color: var(--accent); }
section.day > h2 { margin: 2.2rem 0 .6rem; padding-bottom: .3rem; font-size: 1.35rem;
  border-bottom: 2px solid var(--rule); font-family: system-ui, sans-serif; }
article.brief { margin: 1.4rem 0 2rem; }
article.brief h3 { margin: 0 0 .3rem; font-size: 1.35rem; line-height: 1.3; }
.meta { margin: 0; font-size: .9rem; }
.orig-title { margin: .2rem 0 0; font-size: .9rem; font-style: italic; }
.note, .flag-count { color: var(--warn); font-size: .9rem; margin: .4rem 0; }
.flag-count { font-family: system-ui, sans-serif; }
.summary { margin: .8rem 0; padding: .7rem .9rem; background: var(--panel);
  border-left: 4px solid var(--accent); border-radius: .25rem; }
.summary strong { font-family: system-ui, sans-serif; font-size: .85rem; text-transform: uppercase;
  letter-spacing: .04em; color: var(--dim); display: block; }
h4 { font-family: system-ui, sans-serif; font-size: .95rem; margin: 1rem 0 .3rem;
  color: var(--dim); text-transform: uppercase; letter-spacing: .04em; }
.para { margin: 0 0 .9rem; }
.para p { margin: 0; }
.para details { margin: .25rem 0 0; font-size: .95rem; }
/* A tap target of at least 44 px (WCAG 2.5.5, Apple's HIG), the marker kept. */
.para summary { cursor: pointer; color: var(--accent); font-family: system-ui, sans-serif;
  font-size: .9rem; line-height: 1.5rem; padding: .625rem 0; min-height: 44px; }
.para details p { margin: .2rem 0 0; padding: .4rem .7rem; border-left: 3px solid var(--rule);
  color: var(--dim); font-style: italic; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: .15em; }
sup.mark, span.mark { color: var(--warn); font-family: system-ui, sans-serif; font-weight: bold;
  font-size: .75rem; }
.para .flag { color: var(--warn); font-size: .85rem; font-family: system-ui, sans-serif;
  margin: .3rem 0 0; }
.flag q { font-style: italic; }
.ref { font-size: .8rem; color: var(--dim); font-family: system-ui, sans-serif; }
footer { margin-top: 3rem; font-size: .8rem; border-top: 1px solid var(--rule);
  padding-top: .6rem; }
@media (max-width: 40rem) {
  /* Contents links a thumb can hit too: at least 44 px high. */
  nav.toc li a { display: inline-block; min-height: 44px; padding: .55rem 0; }
  nav.toc > ol > li, nav.toc li li { margin: 0; }
}
@media (min-width: 64rem) {
  .wrap { max-width: 72rem; }
  /* English and its flag notes in one cell, so the toggle is always in the right column. */
  .para { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
  .para > .en { grid-column: 1; }
  .para > details { grid-column: 2; margin: 0; }
  .para summary { padding-top: 0; }
}
"""


def escape(text: str) -> str:
    """html.escape after sanitize.safe_text: a browser ignores most control characters, but
    the page is also read with `cat`, `less` and in terminals."""
    return _html_escape(safe_text(text))


def to_html(entries: Sequence[Entry], now: datetime | None = None) -> str:
    """A single self-contained HTML page (inline CSS, no script, no external asset)."""
    now = now or datetime.now(timezone.utc)
    groups = by_day(entries)
    e_ = escape
    out = ['<!DOCTYPE html>', '<html lang="en">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<meta name="generator" content="brief">',
           f"<title>News digest · {e_(_range_label(entries))}</title>",
           f"<style>{_CSS}</style>", "</head>", "<body>", '<div class="wrap">',
           "<header>", "<h1>News digest</h1>",
           f'<p class="sub">{e_(_range_label(entries))} · {_count(len(entries))} · '
           "English briefs of Indonesian articles</p>", "</header>",
           '<nav class="toc" aria-label="Contents">', "<h2>Contents</h2>", "<ol>"]
    for day, group in groups:
        out.append(f'<li><a class="toc-day" href="#day-{day}">{e_(day_label(day))}</a><ol>')
        for e in group:
            outlet = f' <span class="outlet">· {e_(e.outlet)}</span>' if e.outlet else ""
            out.append(f'<li><a href="#brief-{e.id}">{e_(e.title)}</a>{outlet}</li>')
        out.append("</ol></li>")
    out += ["</ol>", "</nav>", "<main>"]
    for day, group in groups:
        out += [f'<section class="day" id="day-{day}">', f"<h2>{e_(day_label(day))}</h2>"]
        for e in group:
            out += _html_brief(e)
        out.append("</section>")
    out += ["</main>",
            f"<footer>Made by brief {e_(__version__)} on "
            f"{e_(now.astimezone().strftime('%Y-%m-%d %H:%M %Z'))}. Machine translation: "
            "check names, numbers and quotations against the original.</footer>",
            "</div>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def _html_brief(entry: Entry) -> list[str]:
    doc, e_ = entry.doc, escape
    src = doc["source"]
    out = [f'<article class="brief" id="brief-{entry.id}">', f"<h3>{e_(entry.title)}</h3>",
           f'<p class="meta">{e_(" · ".join(meta_parts(entry)))}</p>']
    if src.get("title") and doc.get("title"):
        out.append(f'<p class="orig-title" lang="id">Original title: {e_(src["title"])}</p>')
    out += [f'<p class="note">Note: {e_(n)}</p>' for n in doc.get("notes", [])]
    count = flagged_sentences(_paragraphs(doc))
    if count:
        out.append(f'<p class="flag-count">⚠ {flagged_line(count)}: see the numbered notes '
                   "under the paragraphs</p>")
    out.append(f'<p class="summary"><strong>Summary</strong>{e_(doc.get("summary") or "")}</p>')
    paragraphs = _paragraphs(doc)
    if paragraphs:
        out.append("<h4>Full translation</h4>")
    first = 1
    for p in paragraphs:
        out += _html_paragraph(p, first)
        first += len(footnotes(p))
    out += [f'<p class="ref">Stored brief {entry.id} · <code>brief show {entry.id}</code></p>',
            "</article>"]
    return out


def _html_paragraph(p: Paragraph, first: int) -> list[str]:
    """One paragraph: the English with its flag marks and notes in one grid cell, the
    Indonesian original's toggle in the next, whatever the flags (so toggles line up)."""
    notes = footnotes(p)
    words = []
    for text, numbers in marked_outputs(p, notes, first):
        # U+2060 WORD JOINER: a line may break before "[" after a full stop; not before a mark.
        marks = "".join(f'&#8288;<sup class="mark">[{n}]</sup>' for n in numbers)
        if text:
            words.append(f'<mark>{escape(text)}</mark>{marks}' if numbers else escape(text))
        elif marks and words:  # of unknown place: after the paragraph, unbroken from it
            words[-1] += marks
        elif marks:
            words.append(marks)
    out = ['<div class="para">', '<div class="en">', f'<p lang="en">{" ".join(words)}</p>']
    for n, note in enumerate(notes, first):
        # The whole paragraph is one tap away in the toggle: quote only a part of it.
        source = note.source if note.source and note.source != p.source.strip() else None
        quoted = f' Original: <q lang="id">{escape(source)}</q>' if source else ""
        out.append(f'<p class="flag"><span class="mark">[{n}]</span> '
                   f'{escape(" ".join(note.texts))}{quoted}</p>')
    out.append("</div>")
    if p.source != p.text:
        out += ["<details>", "<summary>Indonesian original</summary>",
                f'<p lang="id">{escape(p.source)}</p>', "</details>"]
    out.append("</div>")
    return out


def render_digest(entries: Sequence[Entry], fmt: str) -> str:
    """The digest in `fmt` (markdown | html | json)."""
    if fmt == "html":
        return to_html(entries)
    if fmt == "json":
        return to_json(entries)
    return to_markdown(entries)
