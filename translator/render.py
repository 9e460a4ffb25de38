"""Brief -> rich panel, plain text, Markdown or JSON.

Article text is outside text: every format but JSON shows its control characters as visible
symbols (translator/sanitize.py), and rendering, not storing, does it, so that briefs stored
before the rule are safe too.

Guard flags: JSON keeps their codes and details; the other formats give them in plain words
(translator/flagtext.py), mark the flagged sentence with `[n]` (and a colour on a terminal) and
put note n under its paragraph; the header says how many sentences were flagged. On a terminal
the full translation is printed under the box, not in it, so that a copy of it is clean.

On a terminal the CLI streams the rich view in parts as the brief is made (StreamedView): the
header box once the headline is translated, the paragraphs as they are final, then a
"Summary" box holding the flag count, which is known only then.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from .flagtext import Footnote, flagged_line, flagged_sentences, footnotes, marked_outputs
from .result import Brief, Paragraph
from .sanitize import dumps_json, safe_line, safe_text

FORMATS = ("text", "markdown", "json", "rich")
_ZONES = {"+07:00": "WIB", "+08:00": "WITA", "+09:00": "WIT"}


def local_time(published: str | None) -> str | None:
    """'2023-03-03T04:25:00+07:00' -> 'Fri 3 March 2023, 04:25 WIB' (the outlet's local time)."""
    if not published:
        return None
    try:
        dt = datetime.fromisoformat(published)
    except ValueError:
        return published
    day = f"{dt:%a} {dt.day} {dt:%B %Y}"
    if "T" not in published:
        return day
    offset = published[-6:] if published[-6] in "+-" else ""
    zone = _ZONES.get(offset, f"UTC{offset}" if offset else "")
    return f"{day}, {dt:%H:%M} {zone}".rstrip()


def meta_line(brief: Brief) -> str:
    """Outlet · local date and time · dateline, whichever are known."""
    a = brief.article
    parts = [a.outlet, local_time(a.published), a.dateline]
    return " · ".join(p for p in parts if p) or "source unknown"


def to_json(brief: Brief) -> str:
    """The README's JSON shape, pretty-printed."""
    return dumps_json(brief.to_dict())


def _flag_count_line(brief: Brief, full: bool) -> str | None:
    """The header's '2 sentences flagged: ...' line, or None when nothing is flagged."""
    count = flagged_sentences(brief.paragraphs)
    if not count:
        return None
    where = "see the numbered notes in the full translation" if full else "--full shows which"
    return f"{flagged_line(count)}: {where}"


def _numbered(brief: Brief) -> list[tuple[Paragraph, list[Footnote], int]]:
    """Each paragraph with its footnotes and the number of its first one (numbered through the
    whole brief, so that the header's count and the last note agree)."""
    out, first = [], 1
    for p in brief.paragraphs:
        notes = footnotes(p)
        out.append((p, notes, first))
        first += len(notes)
    return out


def _marked_text(p: Paragraph, notes: list[Footnote], first: int,
                 mark: Callable[[int], str]) -> str:
    """The paragraph's English with `mark(n)` after each flagged segment."""
    words = []
    for text, numbers in marked_outputs(p, notes, first):
        words += [text] if text else []
        words += ["".join(mark(n) for n in numbers)] if numbers else []
    return " ".join(words)


def to_text(brief: Brief, full: bool = False, width: int = 80) -> str:
    """Plain text with no escape codes, for pipes and files; a flagged sentence is followed by
    `[n]` and note n is under its paragraph."""
    wrap = textwrap.TextWrapper(width=width, break_long_words=False, break_on_hyphens=False)
    lines = [safe_line(brief.title or brief.article.title or "(untitled)"),
             safe_line(meta_line(brief))]
    if brief.article.title and brief.title:
        lines.append(f"Original title: {safe_line(brief.article.title)}")
    lines += [f"Note: {safe_line(n)}" for n in brief.notes]
    count = _flag_count_line(brief, full)
    lines += [f"! {count}"] if count else []
    lines += ["", *wrap.wrap(brief.summary or "(no summary)")]
    if full:
        lines += ["", "Full translation", "----------------"]
        for i, (p, notes, first) in enumerate(_numbered(brief), 1):
            lines += ["", *wrap.wrap(f"{i}. {_marked_text(p, notes, first, '[{}]'.format)}")]
            for n, note in enumerate(notes, first):
                lines += textwrap.wrap(safe_line(note.text()), width=width,
                                       initial_indent=f"    [{n}] ", subsequent_indent=" " * 8,
                                       break_long_words=False, break_on_hyphens=False)
    return safe_text("\n".join(lines)) + "\n"  # the wrapped paragraphs too


def to_markdown(brief: Brief, full: bool = False) -> str:
    """Markdown for notes and wikis; a flagged sentence is followed by `[n]` and note n is a
    quote under its paragraph."""
    out = [f"# {md_line(brief.title or brief.article.title or 'Untitled')}", "",
           f"*{md_line(meta_line(brief))}*", ""]
    if brief.article.title and brief.title:
        out += [f"Original title: {md_line(brief.article.title)}", ""]
    out += [f"> Note: {md_line(n)}" for n in brief.notes] + ([""] if brief.notes else [])
    count = _flag_count_line(brief, full)
    out += [f"> ⚠ {md_line(count)}", ""] if count else []
    out += ["## Summary", "", md_text(brief.summary or "(no summary)"), ""]
    if full:
        out += ["## Full translation", ""]
        out += markdown_paragraphs(brief.paragraphs)
    return "\n".join(out).rstrip() + "\n"


def markdown_paragraphs(paragraphs: Sequence[Paragraph], first: int = 1) -> list[str]:
    """Markdown lines of translated paragraphs with their flag marks and notes (the marks are
    this module's own `[n]`: article text has its brackets escaped, so it cannot make a link
    of them)."""
    out = []
    for p in paragraphs:
        notes = footnotes(p)
        pieces = [(md_text(t), ns) for t, ns in marked_outputs(p, notes, first)]
        words = [w for t, ns in pieces for w in ([t] if t else []) +
                 (["".join(f"[{n}]" for n in ns)] if ns else [])]
        out += [" ".join(words), ""]
        for n, note in enumerate(notes, first):
            out += [f"> ⚠ [{n}] {md_line(note.text())}", ""]
        first += len(notes)
    return out

def md_text(text: str) -> str:
    """Escape the characters that would turn article text into Markdown markup, and show its
    control characters (sanitize.safe_text)."""
    text = safe_text(text)
    for ch in "\\`*_[]<>#|":
        text = text.replace(ch, "\\" + ch)
    return text


def md_line(text: str) -> str:
    """md_text for a one-line context (heading, emphasis, quote): newlines, tabs become spaces."""
    return md_text(safe_line(text))


def rich_header(brief: Brief, full: bool = False) -> list[Any]:
    """The headline (wrapped, never cut), meta line, original title, notes and flag count."""
    from rich.text import Text

    # Text(), not markup strings, so "[" in an article is never read as a style; rich itself
    # passes ESC through, hence safe_line/safe_text on every piece of the article.
    parts: list[Any] = [
        Text(safe_line(brief.title or brief.article.title or "(untitled)"), style="bold"),
        Text(safe_line(meta_line(brief)), style="dim")]
    if brief.article.title and brief.title:
        parts.append(Text(f"Original title: {safe_line(brief.article.title)}",
                          style="dim italic"))
    parts += [Text(f"Note: {safe_line(n)}", style="yellow") for n in brief.notes]
    count = _flag_count_line(brief, full)
    parts += [Text(f"⚠ {count}", style="yellow")] if count else []
    return parts


def rich_summary(brief: Brief) -> Any:
    """The summary as rich Text."""
    from rich.text import Text

    return Text(safe_text(brief.summary or "(no summary)"))


def rich_panel(brief: Brief, full: bool = False) -> Any:
    """The boxed part: header and summary."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    return Panel(Group(*rich_header(brief, full), Text(""), rich_summary(brief)),
                 padding=(1, 2))


def rich_paragraph(number: int, p: Paragraph, first: int = 1) -> list[Any]:
    """One paragraph of the full translation: flagged sentences coloured and followed by
    `[n]`, then note n (its plain words and the source words) under the paragraph."""
    from rich.text import Text

    notes = footnotes(p)
    words = Text()
    for piece, numbers in marked_outputs(p, notes, first):
        if piece:
            words.append(" " if words else "")
            words.append(safe_text(piece), style="yellow" if numbers else "")
        if numbers:
            words.append((" " if words else "") + "".join(f"[{n}]" for n in numbers),
                         style="bold yellow")
    text = Text.assemble((f"{number}. ", "bold"), words)
    out: list[Any] = [Text(""), _Hanging(text, 0)]
    for n, note in enumerate(notes, first):
        line = Text.assemble((f"[{n}] ", "bold yellow"),
                             (safe_line(" ".join(note.texts)), "yellow"))
        if note.source:
            line.append(f" Original: “{safe_line(note.source)}”", style="dim")
        out.append(_Hanging(line, 3))
    return out


class _Hanging:
    """Text wrapped to the console with every line indented and no trailing blanks (rich's
    Padding fills each line to the full width and its wrapping leaves a blank at each break:
    a copy would carry the spaces)."""

    def __init__(self, text: Any, indent: int) -> None:
        self.text, self.indent = text, indent

    def __rich_console__(self, console: Any, options: Any) -> Any:
        """One Text per wrapped line, each starting with the indent."""
        from rich.text import Text

        for line in self.text.wrap(console, max(options.max_width - self.indent, 20)):
            line.rstrip()
            yield Text(" " * self.indent) + line if self.indent else line


def rich_full(brief: Brief) -> list[Any]:
    """The full translation, outside the box so that a copy of it holds no box characters."""
    from rich.text import Text

    out: list[Any] = [Text(""), Text("Full translation", style="bold underline")]
    for i, (p, _, first) in enumerate(_numbered(brief), 1):
        out += rich_paragraph(i, p, first)
    return out


def rich_renderable(brief: Brief, full: bool = False) -> Any:
    """For the terminal: a rich Panel (header, summary), then the full translation if asked."""
    from rich.console import Group

    panel = rich_panel(brief, full)
    return Group(panel, *rich_full(brief)) if full else panel

def rich_title_panel(brief: Brief) -> Any:
    """The streamed view's first part, once the headline is translated: the header (headline,
    metadata, original title, notes) in its box; the flag count comes with the summary."""
    from rich.console import Group
    from rich.panel import Panel

    return Panel(Group(*rich_header(replace(brief, paragraphs=()))), padding=(1, 2))


def rich_summary_panel(brief: Brief, full: bool = False) -> Any:
    """The streamed view's last part: the flag count (known only now) and the summary."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    count = _flag_count_line(brief, full)
    parts = [Text(f"⚠ {count}", style="yellow"), Text("")] if count else []
    return Panel(Group(*parts, rich_summary(brief)), title="Summary", title_align="left",
                 padding=(1, 2))


class StreamedView:
    """The rich view in parts, as brief() makes them (pipeline.Observer's events): the header
    box, the full translation's paragraphs (with --full), then the summary box. `part` gives
    what to print for an event, or None; paragraphs and notes are numbered through the brief,
    as in rich_full."""

    def __init__(self, full: bool = False) -> None:
        self.full = full
        self.number, self.first = 1, 1  # the next paragraph's number, and its first note's

    def part(self, kind: str, payload: Any) -> Any | None:
        """The renderable for one event: "title", "paragraphs" or "summary"."""
        from rich.console import Group
        from rich.text import Text

        if kind == "title":
            return rich_title_panel(payload)
        if kind == "summary":
            panel = rich_summary_panel(payload, self.full)
            return Group(Text(""), panel) if self.number > 1 else panel
        if kind != "paragraphs" or not self.full or not payload:
            return None
        out: list[Any] = []
        if self.number == 1:
            out += [Text(""), Text("Full translation", style="bold underline")]
        for p in payload:
            out += rich_paragraph(self.number, p, self.first)
            self.number += 1
            self.first += len(footnotes(p))
        return Group(*out)


def render(brief: Brief, fmt: str, full: bool = False) -> str | Any:
    """Text for text/markdown/json, a rich renderable for rich."""
    if fmt == "json":
        return to_json(brief)
    if fmt == "markdown":
        return to_markdown(brief, full)
    if fmt == "rich":
        return rich_renderable(brief, full)
    return to_text(brief, full)
