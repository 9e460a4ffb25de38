"""Pure (round 28): lines that never title a story, whatever ranked them first: a widget's or a
platform's credit label ("Delivered by FeedBurner", "Powered by Blogger", "Diberdayakan oleh
Blogger"), the site's own name at the page's top over its menu row (an office's portal:
"Dinas Komunikasi dan Informatika Kabupaten ..." / "Beranda" / "Profil" / "Informasi"), and a
line that is a link of the page's menu row or stands again in its footer, below the story
("Pemkab Sleman" heading the menu and printed over the copyright line; round 33: a link of two
words joined by "&", "Lifestyle & Leisure", and a breadcrumb of the menu's links, "Lifestyle &
Leisure / Travel", one slash or more; round 34: a blog's description in sentence case under its
name, over the date header, and a top line over a menu opening with "Beranda", whatever it
shares with the lead). Checked last, on the
rules' title and on the learned ranker's (title_model.py), so that a miss leaves no title
rather than furniture in its place. A line sharing two content words with the story's lead is a
headline at the top, never the site's name (a name shares a place with it at most)."""

from __future__ import annotations

import re
from dataclasses import replace

from .headline import MIN_SHARED, shared_with_lead
from .lines import Line
from .masthead_blocks import masthead_block, menu_link

# "Delivered by FeedBurner", "Powered by Blogger", "Diberdayakan oleh Blogger", "Theme by
# Sora Templates", "Designed by Kompi Ajaib": a widget's or a theme's credit, a name or two
# after "by"/"oleh" and nothing else.
_CREDIT_LABEL = re.compile(r"(?i)(?:delivered|powered|hosted|designed|developed|created|made"
                           r"|theme|template|diberdayakan|dikelola|didukung|dibuat|dikembangkan)"
                           r"\s+(?:by|oleh)\s+\S+(?:\s+\S+){0,2}")
_MENU_ITEMS = 3  # short links under the top line that make a menu row, at the least
_MAX_MENU_WORDS = 3
_MAX_FOOTER_WORDS = 8  # a site's name again in the footer is short
_LEAD_LINES = 4  # the story's first lines, read as its lead
_MAX_NAME_WORDS = 4  # a blog's name over its description
_TOP_LINES = 8  # the page's top, where its name stands over the menu
_HOME_LINKS = frozenset({"beranda", "home", "halaman utama", "depan"})


def _menu_below(lines: list[Line]) -> bool:
    """The page's first line stands over a row of short links (no date, no end mark)."""
    below = lines[1:1 + _MENU_ITEMS]
    return len(below) == _MENU_ITEMS and all(
        len(ln.text.split()) <= _MAX_MENU_WORDS and ln.kind != "date"
        and not ln.text.endswith((".", ":", "!", "?")) for ln in below)


def furniture_title(title: str | None, lines: list[Line], start: int) -> bool:
    """Whether `title` is one of the page's own furniture lines (the shapes above): `lines` is
    the whole page, `start` the story's first line."""
    if not title or not lines:
        return False
    text = title.strip()
    if _CREDIT_LABEL.fullmatch(text):
        return True
    if _over_home_menu(text, lines):
        return True
    if _welcome_banner(text, lines):
        return True
    story = " ".join(ln.text for ln in lines[start:start + _LEAD_LINES] if ln.kind == "text")
    if shared_with_lead(text, story) >= MIN_SHARED:
        return False  # a headline at the top names what the lead tells; a site's name does not
    texts = [ln.text.strip() for ln in lines]
    if texts[0] == text and _menu_below(lines) or text in masthead_block(texts):
        return True
    if _blog_description(text, lines):
        return True
    if menu_link(text, lines) or _menu_crumbs(text, lines):
        return True
    # the same short line above the story and again below its last paragraph: the site's name
    return len(text.split()) <= _MAX_FOOTER_WORDS and text in texts[:start] \
        and text in texts[start + 1:] and _footer_only(text, lines, start)


def _over_home_menu(text: str, lines: list[Line]) -> bool:
    """Round 34: a top line right over a menu row that opens with the home link ("Dinas ...
    Provinsi Kalimantan Tengah" / "Beranda" / "Profil" / "Layanan"), under a few stray lines
    ("- Portal"): the site's name, though the lead spells the office out."""
    for i, ln in enumerate(lines[:_TOP_LINES]):  # the first line's own rules are above
        if i and ln.text.strip() == text and i + 1 < len(lines) \
                and lines[i + 1].text.strip().lower() in _HOME_LINKS and _menu_below(lines[i:]):
            return True
    return False


def _blog_description(text: str, lines: list[Line]) -> bool:
    """Round 34: a blog's description under its name, over the first post's date header ("Oto
    Kita" / "Berita dan informasi seputar dunia otomotif" / "Kamis, 16 April 2026"): the
    page's second line, in sentence case, under a name of a few words."""
    if len(lines) < 3 or lines[1].text.strip() != text or lines[2].kind != "date" \
            or len(lines[0].text.split()) > _MAX_NAME_WORDS or text.endswith((".", ":", "?")):
        return False
    later = text.split()[1:]
    return len(later) >= 2 and sum(w[:1].isupper() for w in later) * 3 <= len(later)


_AMPERSAND = re.compile(r"\s+&\s+")
_CRUMB = re.compile(r"\s+[/>»›|]\s+")


def _menu_crumbs(text: str, lines: list[Line]) -> bool:
    """Each of the line's crumbs ("A / B", a crumb alone) is a link of the page's menu row, a
    link's words joined by "&" read as one ("Lifestyle & Leisure")."""
    if "&" not in text and not _CRUMB.search(text):
        return False  # menu_link read it
    joined = [replace(ln, text=_AMPERSAND.sub("&", ln.text)) for ln in lines]
    return all(menu_link(_AMPERSAND.sub("&", crumb), joined) for crumb in _CRUMB.split(text))


def _footer_only(text: str, lines: list[Line], start: int) -> bool:
    """`text` stands below the story's prose only after its last paragraph-sized line."""
    prose = [i for i, ln in enumerate(lines) if i >= start and ln.kind == "text"
             and len(ln.text.split()) > 2 * _MAX_FOOTER_WORDS]
    last = prose[-1] if prose else start
    return any(ln.text.strip() == text for ln in lines[last + 1:])


# Round 36: a site's greeting over the page ("Aum Swastyastu ... Welcome to the Kopi Corner",
# "Selamat Datang di Website Resmi Desa Sukamaju"), the name it greets with printed again.
_WELCOME = re.compile(r"(?i:\bwelcome to|\bselamat datang (?:di|ke))\s+(?i:the\s+)?"
                      r"(?P<name>[A-Z][^.!?]{2,60}?)[.!]?$")


def _welcome_banner(text: str, lines: list[Line]) -> bool:
    """A greeting line whose greeted name another line of the page prints again."""
    m = _WELCOME.search(text)
    if m is None:
        return False
    name = re.compile(rf"(?<!\w){re.escape(m['name'].strip())}(?!\w)", re.IGNORECASE)
    return any(ln.text.strip() != text and name.search(ln.text) for ln in lines)
