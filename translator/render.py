"""Brief -> rich panel, plain text, Markdown or JSON.

Article text is outside text: every format but JSON shows its control characters as visible
symbols (translator/sanitize.py), and rendering, not storing, does it, so that briefs stored
before the rule are safe too.
"""

from __future__ import annotations

import textwrap
from datetime import datetime
from typing import Any

from .result import Brief, Flag
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


def _flag_text(flag: Flag) -> str:
    return f"{flag.code} (segment {flag.segment + 1})" + (f": {flag.detail}" if flag.detail else "")


def to_json(brief: Brief) -> str:
    """The README's JSON shape, pretty-printed."""
    return dumps_json(brief.to_dict())


def to_text(brief: Brief, full: bool = False, width: int = 80) -> str:
    """Plain text with no escape codes, for pipes and files."""
    wrap = textwrap.TextWrapper(width=width, break_long_words=False, break_on_hyphens=False)
    lines = [safe_line(brief.title or brief.article.title or "(untitled)"),
             safe_line(meta_line(brief))]
    if brief.article.title and brief.title:
        lines.append(f"Original title: {safe_line(brief.article.title)}")
    lines += [f"Note: {safe_line(n)}" for n in brief.notes]
    lines += ["", *wrap.wrap(brief.summary or "(no summary)")]
    if full:
        lines += ["", "Full translation", "----------------"]
        for i, p in enumerate(brief.paragraphs, 1):
            lines += ["", *wrap.wrap(f"[{i}] {p.text}")]
            lines += [f"    ! {safe_line(_flag_text(f))}" for f in p.flags]
    return safe_text("\n".join(lines)) + "\n"  # the wrapped paragraphs too


def to_markdown(brief: Brief, full: bool = False) -> str:
    """Markdown for notes and wikis."""
    out = [f"# {md_line(brief.title or brief.article.title or 'Untitled')}", "",
           f"*{md_line(meta_line(brief))}*", ""]
    if brief.article.title and brief.title:
        out += [f"Original title: {md_line(brief.article.title)}", ""]
    out += [f"> Note: {md_line(n)}" for n in brief.notes] + ([""] if brief.notes else [])
    out += ["## Summary", "", md_text(brief.summary or "(no summary)"), ""]
    if full:
        out += ["## Full translation", ""]
        for p in brief.paragraphs:
            out += [md_text(p.text), ""]
            out += [f"> ⚠ {md_line(_flag_text(f))}" for f in p.flags] + ([""] if p.flags else [])
    return "\n".join(out).rstrip() + "\n"


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


def rich_renderable(brief: Brief, full: bool = False) -> Any:
    """A rich Panel for the terminal."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    # Text(), not markup strings, so "[" in an article is never read as a style; rich itself
    # passes ESC through, hence safe_line/safe_text on every piece of the article.
    parts: list[Any] = [Text(safe_line(meta_line(brief)), style="dim")]
    if brief.article.title and brief.title:
        parts.append(Text(safe_line(brief.article.title), style="dim italic"))
    parts += [Text(f"Note: {safe_line(n)}", style="yellow") for n in brief.notes]
    parts += [Text(""), Text(safe_text(brief.summary or "(no summary)"))]
    if full:
        parts += [Text(""), Text("Full translation", style="bold underline")]
        for i, p in enumerate(brief.paragraphs, 1):
            parts += [Text(""), Text.assemble((f"{i}. ", "bold"), safe_text(p.text))]
            parts += [Text(f"   ⚠ {safe_line(_flag_text(f))}", style="yellow") for f in p.flags]
    title = Text(safe_line(brief.title or brief.article.title or "(untitled)"), style="bold")
    return Panel(Group(*parts), title=title, title_align="left", padding=(1, 2))


def render(brief: Brief, fmt: str, full: bool = False) -> str | Any:
    """Text for text/markdown/json, a rich renderable for rich."""
    if fmt == "json":
        return to_json(brief)
    if fmt == "markdown":
        return to_markdown(brief, full)
    if fmt == "rich":
        return rich_renderable(brief, full)
    return to_text(brief, full)
