"""Pure: the names a site gives itself outside a masthead or a dateline - a portal's welcome
line, a platform's notice about its users' pieces, a radio station's name beside the
frequency it signs its datelines with."""

from __future__ import annotations

import re

from .dateline_names import _squash, is_place
from .lines import Line, known_outlet

# A portal names itself: "selamat datang di website Pengadilan Negeri Purwodadi kelas 1 B",
# "Welcome to the official website of X", "Retizen bersifat User Generated Content (UGC)".
_SELF_NAMED = re.compile(
    r"(?i:selamat datang di (?:website|situs|laman|portal)(?: resmi)?|welcome to (?:the )?"
    r"(?:official )?(?:website|site|portal) of)\s+(?P<name>[A-Z][\w.]*"
    # round 35: a text-to-speech widget's prompt glued after it ("... Banjarmasin Click to
    # listen highlighted text!") is no part of the name
    r"(?:\s(?!(?i:click|klik|powered|listen)\b)[A-Z][\w.]*){0,5})"
    r"|(?P<platform>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})\s+(?i:bersifat|merupakan|adalah)\s+"
    r"(?i:(?:sebuah )?(?:platform |situs |media )?user[- ]generated content)")
# "Semarang, 92.6 FM–": a radio station signs with its frequency; its name stands elsewhere.
_FREQUENCY = re.compile(r"\d{2,3}[.,]\d\s?FM")
_RADIO = re.compile(r"\bRadio\s[A-Z][\w]+(?:\s[A-Z][\w]+)?")


def self_named(texts: list[str]) -> str | None:
    """The name a portal's welcome line or a platform's notice gives itself, else the name a
    magazine's issue line prints ("Inside Indonesia 163: Jan-Mar 2026") or the address its
    desk signs with ("Redaksi MediaPatriot.co.id"), else None."""
    for text in texts:
        m = _SELF_NAMED.search(text)
        if m:
            return m.group("name") or m.group("platform")
    issue = next((m for text in texts if (m := _ISSUE_LINE.fullmatch(text.strip()))), None)
    if issue and not is_place(issue.group("name")):
        return issue.group("name")
    desk = next((m for text in texts if (m := _DESK_SIGN.fullmatch(text.strip()))), None)
    return desk.group("name") if desk else None


# The desk signing the story by the site's address: "Redaksi MediaPatriot.co.id".
_DESK_SIGN = re.compile(r"(?:Tim\s+)?(?i:redaksi)\s+(?P<name>[A-Za-z][\w-]*(?:\.[a-z]{2,6})+)\.?")


# A magazine's issue line: its name, the issue's number and the months it covers.
_ISSUE_LINE = re.compile(r"(?P<name>[A-Z][\w'’]+(?:\s[A-Z][\w'’]+){0,3})\s+(?:No\.?\s*|Edisi\s+"
                         r"|Issue\s+)?\d{1,4}\s*:\s*[A-Z][a-z]{2,8}(?:\s?[-–/]\s?[A-Z][a-z]{2,8})?"
                         r"\s+\d{4}")


def station_name(name: str, texts: list[str]) -> str | None:
    """A radio station's name ("Radio Idola") the page prints, when its dateline signs with
    the station's frequency (`name`, "92.6 FM"); else None."""
    if not _FREQUENCY.fullmatch(name):
        return None
    return next((m.group() for text in texts if (m := _RADIO.search(text))), None)


_MAX_SHORT = 4  # "DN", "SP": a dateline's short form of the masthead
_MAX_MASTHEAD_WORDS = 4


def masthead_of_short(name: str, texts: list[str]) -> str | None:
    """The masthead (the page's first line) a dateline's short form abbreviates: "DN" for
    "DESTARA NEWS", "SP" for "SUMSELPERS" - its letters in order, the first the masthead's
    first, each word's initial when the masthead has as many words; else None."""
    if not (2 <= len(name) <= _MAX_SHORT and name.isalpha() and name.isupper()) or not texts:
        return None
    # ". BeritaSimalungun | Online": the logo's stray mark and its tagline are no part of it
    head = _TAGLINE.split(texts[0].strip(" .|"), maxsplit=1)[0].strip()
    words = head.split()
    if not 1 <= len(words) <= _MAX_MASTHEAD_WORDS or re.search(r"[.!?,:]$", head) \
            or _squash(head) == name.lower():
        return None
    if len(words) > 1:
        return head if len(words) == len(name) and all(
            w[:1].upper() == c for w, c in zip(words, name, strict=True)) else None
    letters = iter(_squash(head)[1:])
    return head if _squash(head)[:1] == name[0].lower() \
        and all(c in letters for c in name[1:].lower()) else None


def as_credited(ln: Line, name: str) -> str | None:
    """A source credit's outlet as the credit prints it ("Source: Antara News"), a name of
    the known outlet's own."""
    printed = re.sub(r"(?i)^(?:sumber|source)\s*:\s*", "", ln.text).strip(" .")
    return printed if ln.kind == "source" and known_outlet(printed) == name else None


_MAX_OWNER_WORDS = 3  # a copyright line's name: "Media RMD", "Sumut Pos"
_MAX_MASTHEAD_OWNER_WORDS = 7  # "MAN Insan Cendekia Aceh Timur": a school's or office's name


def copyright_name(text: str, masthead: str | None = None) -> str | None:
    """The name a copyright line gives ("Copyright © 2026 Media RMD", "© Sumut Pos 2025",
    "Copyright © 2025 bungnews.com"): one to three words, no place, no furniture; a longer
    one when the page's first line, its `masthead`, is that name ("MAN Insan Cendekia X")."""
    # "(Copyright 2026 by BNO News. All rights reserved.)": a wire's notice in brackets, its
    # owner after "by"
    text = _BRACKETED_NOTICE.sub(r"\g<notice>", text.strip())
    bare = _COPYRIGHT_WORDS.sub(" ", text)
    bare = re.sub(r"\s+", " ", bare).strip(" .,-–|")
    bare = re.sub(r"^(?i:by)\s+", "", bare)
    bare = _own_initials(_LEGAL_TAIL.sub("", bare))  # round 36: "TATOLI, I.P", "X Radio.XR"
    if masthead and bare == masthead.strip() and len(bare.split()) <= _MAX_MASTHEAD_OWNER_WORDS:
        return bare
    if len(bare.split()) > _MAX_OWNER_WORDS:
        # "© 2026 VOI - Waktunya Merevolusi Pemberitaan": the name, then the site's tagline
        bare = _TAGLINE.split(bare, maxsplit=1)[0]
    words = bare.split()
    if not 1 <= len(words) <= _MAX_OWNER_WORDS or is_place(bare) \
            or not all(w[0].isupper() or "." in w for w in words):
        return None
    return bare


_TAGLINE = re.compile(r"\s+[-–—|]\s+")
# Round 36: a legal form after the name ("TATOLI, I.P.", "Kopi Corner, Inc."), and the name's
# initials glued after a stop ("China Radio International.CRI"): neither is part of the name.
_LEGAL_TAIL = re.compile(r",?\s+(?:I\.P|Inc|Ltd|LLC|GmbH|S\.A)\.?$")
_GLUED_INITIALS = re.compile(r"(?P<name>.*[a-z])\.(?P<short>[A-Z]{2,6})")


def _own_initials(name: str) -> str:
    """The name without its own initials glued on after a full stop."""
    m = _GLUED_INITIALS.fullmatch(name)
    if m and "".join(w[0] for w in m["name"].split()) == m["short"]:
        return m["name"]
    return name


_BRACKETED_NOTICE = re.compile(r"\((?P<notice>(?i:copyright|©)[^()]*)\)")
# What a copyright line says besides the name.
_COPYRIGHT_WORDS = re.compile(r"(?i:copyright|hak cipta|all rights reserved|dilindungi|semua hak\b"
                              r"|undang-undang|powered by\b.*)|©|\(c\)|\b(?:19|20)\d{2}\b"
                              r"(?:\s*[-–]\s*(?:19|20)\d{2})?")


# A blog's footer signs each post with the account: "Posted by X at 9:12 AM", "Diposkan oleh
# X", "Posted by X on Jumat, ...".
# (Blogger's Indonesian: "Diposting oleh Save Nabire di 20.14")
_POSTED_BY = re.compile(r"(?:Posted by|Diposkan oleh|Diposting oleh|Dikirim oleh)\s+"
                        r"(?P<name>[A-Z][\w.&'’-]*"
                        r"(?:\s[A-Z][\w.&'’-]*){0,3}?)(?:\s+(?:at|on|pada|di)\s.*)?")
_TOP_LINES = 5


def posted_by_site(lines: list[Line]) -> str | None:
    """The blog account that signs the post when the page's top lines (its masthead or window
    title) print that name: the site posting as itself ("Posted by Tourism Indonesia" under
    the blog name "Tourism Indonesia"); a writer's own account is named nowhere up there."""
    tops = [ln.text for ln in lines[:_TOP_LINES]]
    for ln in lines[_TOP_LINES:]:
        m = _POSTED_BY.fullmatch(ln.text.strip())
        name = m.group("name") if m else None
        # the name as the masthead's own words, not inside a post's title after a lower-case
        # word ("Mukomuko bersama Amris Tj": the writer's compilation, his own account)
        if name and len(name.split()) >= 2 and any(
                re.search(rf"(?<![\w-])(?<![a-z] ){re.escape(name)}(?![\w-])", t) for t in tops):
            # round 27: the blog's title names its desk after a dash ("IIMS ASEAN - Indonesia"
            # over "Posted by IIMS ASEAN", "Kabar Kampus - Makassar"): the blog's full name
            return next((t for t in tops[:1] if re.fullmatch(
                rf"{re.escape(name)}\s[-–—]\s[A-Z][a-z]+", t.strip())), name).strip()
    return None


# A copy's line crediting where it was taken from, by a name or an address in brackets:
# "Article from The Bali Sun", "Sumber : (sahabatsawit.com)" (a bare "Sumber: x.go.id" under
# a blog's own retelling names where the facts came from, fresh23, not the story's outlet).
# Round 29: a reprint's note ("This article originally appeared on Eco-Business.", "This story
# first appeared in The Diplomat", "Artikel ini telah tayang di Kompas.com").
_SOURCE_LINE = re.compile(r"(?:Article from|Artikel dari|Originally published (?:by|in|on)"
                          r"|This (?:article|story|piece) (?:was )?(?:originally|first) "
                          r"(?:appeared|published) (?:on|in|by)"
                          r"|Artikel ini (?:telah )?(?:tayang|terbit) (?:di|pertama kali di))\s+"
                          r"(?P<name>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})\.?"
                          r"|(?i:sumber|source)\s*:\s*\((?P<web>[\w-]+(?:\.[a-z]{2,6})+)\)\.?")


# Round 27: a clipping's source after the reporter's bracketed sign-off closing the story
# ("... lebih murah. (Rahmat Hidayat) Source Koran Kontras", "(ant) Sumber: Radar Banjarmasin",
# "(rh) Sumber : Banjarmasin Post."): the paper the copy was taken from (an outlet's name).
_SIGNED_SOURCE = re.compile(r"\)\s+(?i:source|sumber)\s*:?\s+"
                            r"(?P<name>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})\.?$")


# "6 menit VOAIndonesia", "2 jam VOAIndonesia": an aggregator's item stamp, how long ago and
# the source it copied, a brand's one word in camel case
_AGGREGATED = re.compile(r"\d{1,2}\s+(?i:menit|jam|hari|minutes?|hours?|days?)(?:\s+(?i:lalu|ago))?"
                         r"\s+(?P<name>[A-Z][a-z]*[A-Z]\w*[a-z]\w*)(?=[.\s]|$)")


def credited_source(lines: list[Line]) -> str | None:
    """The outlet a copied story credits on a line of its own, as written; else None."""
    for ln in lines:
        m = _SOURCE_LINE.fullmatch(ln.text.strip()) \
            if ln.kind in ("text", "source", "republication") else None
        if m:
            return (m.group("name") or m.group("web")).rstrip(".")  # "... on Eco-Business."
    from .dateline_names import outlet_like  # here: dateline_names imports this module's kin

    signed = next((m["name"] for ln in lines if ln.kind == "text"
                   and (m := _SIGNED_SOURCE.search(ln.text.strip())) and outlet_like(m["name"])),
                  None)
    if signed:
        return signed
    stamps = [m.group("name") for ln in lines if (m := _AGGREGATED.match(ln.text.strip()))]
    # the same source on two items' stamps at least: the aggregator's copy of that outlet
    return stamps[0] if len(stamps) >= 2 and len(set(stamps)) == 1 else None


_MIN_TYPO_LETTERS = 8  # a long name's letters swapped; short ones are other names


def logo_letters(name: str, lines: list[Line]) -> str | None:
    """The logo line a dateline's address misspells, the same letters in another order
    ("Kalanindependen.id" under the logo "Kanalindependen.id"): the logo's spelling."""
    key = _squash(name)
    for ln in lines[:_TOP_LINES]:
        text = ln.text.strip()
        other = _squash(text)
        if len(key) >= _MIN_TYPO_LETTERS and other != key and sorted(other) == sorted(key) \
                and other[0] == key[0] and other[-3:] == key[-3:]:
            return text
    return None


# A press release copied whole: its label alone on a line, then the issuer ("SIARAN PERS" /
# "KEMENTERIAN KELAUTAN DAN PERIKANAN" / "NOMOR: ...").
_RELEASE_LABEL = re.compile(r"(?i:siaran pers|press release|rilis pers)")
_ISSUER_WORDS = re.compile(r"(?i:kementerian|ministry|badan|dinas|pemerintah|komisi|lembaga"
                           r"|pt|bank|universitas|kepolisian|polda|polres)\b")
_MAX_ISSUER_WORDS = 7
# A blog's archive window title: the year, a tilde or bar, the blog's name.
_YEAR_TITLE = re.compile(r"(?:19|20)\d{2}\s*[~|]\s*(?P<name>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,5})")


def release_issuer(lines: list[Line]) -> str | None:
    """The office a copied press release names right under its label, as printed; else None."""
    for i, ln in enumerate(lines[:-1]):
        if _RELEASE_LABEL.fullmatch(ln.text.strip()):
            name = lines[i + 1].text.strip()
            if _ISSUER_WORDS.match(name) and len(name.split()) <= _MAX_ISSUER_WORDS \
                    and not re.search(r"[.!?:,]$", name) and not is_place(name):
                return name
    return None


def year_titled(lines: list[Line]) -> str | None:
    """The blog's name in an archive window title on the page's first line ("2026 ~ Name")."""
    m = _YEAR_TITLE.fullmatch(lines[0].text.strip()) if lines else None
    return m.group("name") if m else None


_MIN_CLIPPED, _MIN_CLIPPED_WORDS = 4, 3  # "rasudofm": four letters at least, from three words


def clipped_logo(name: str, texts: list[str]) -> str | None:
    """The logo line that a lower-case short form clips word by word, the first letters of
    each word run together ("rasudofm" for "Radio Suara Dogiyai FM"); None without one."""
    if not re.fullmatch(rf"[a-z]{{{_MIN_CLIPPED},20}}", name):
        return None
    for text in texts:
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
        if _MIN_CLIPPED_WORDS <= len(words) <= len(name) and _clips(name, words):
            return text.strip()
    return None


def _clips(name: str, words: list[str]) -> bool:
    """Whether `name` is a non-empty prefix of every word in turn, run together."""
    if not words:
        return not name
    head = words[0]
    return any(name.startswith(head[:k]) and _clips(name[k:], words[1:])
               for k in range(min(len(head), len(name)), 0, -1))


# The names a page gives itself in a line of its own that no masthead rule reads, tried last:
# "Sumber : Serambinews.com" (a repost's source, by its address; an office's ".go.id" is where
# the facts came from, fresh23), "16 Februari 2026 , Suara Banyumas" (the source after the
# copy's date), "photo Yudha Prasetya - Beritajakarta.id" (the site's own photographer).
_SOURCE_ADDRESS = re.compile(r"(?i:sumber|source)\s*:\s*(?P<name>[A-Za-z][\w-]*"
                             r"(?:\.(?!go\b|ac\b|sch\b)[a-z]{2,6})+)\.?")
_DATED_SOURCE = re.compile(r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*,\s*(?P<name>[A-Z][\w.]*"
                           r"(?:\s[A-Z][\w.]*){0,2})")
_PHOTO_ADDRESS = re.compile(r"(?i:photo|foto)\s*:?\s+[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,3}"
                            r"\s+[-–/]\s+(?P<name>[A-Za-z][\w-]*(?:\.[a-z]{2,6})+)")
# "sumber1news" alone under the headline: the site's account, a brand's one lower-case word
_ACCOUNT = re.compile(r"[a-z][a-z0-9]{3,24}")
_ACCOUNT_REACH = 6  # the page's first lines, where the headline and the account stand


def late_name(lines: list[Line]) -> str | None:
    """The outlet a source, date or photo-credit line names, or the site's account line under
    the headline, as written; else None (tried when nothing else names the page)."""
    from .dateline_names import outlet_like  # here: dateline_names imports this module's kin

    for ln in lines:
        text = ln.text.strip()
        m = _SOURCE_ADDRESS.fullmatch(text) or _PHOTO_ADDRESS.fullmatch(text) \
            or (_DATED_SOURCE.fullmatch(text) if ln.kind == "date" else None)
        if m and not is_place(m.group("name")) and outlet_like(m.group("name"), acronyms=False):
            return m.group("name")
    top = lines[:_ACCOUNT_REACH]
    return next((ln.text for i, ln in enumerate(top) if i and ln.kind == "text"
                 and _ACCOUNT.fullmatch(ln.text) and outlet_like(ln.text, acronyms=False)
                 and not is_place(ln.text)), None)


# Lines above a logo that are the page's chrome: a skip link, the account links.
_TOP_CHROME = re.compile(r"(?i:skip to (?:main )?content|lompat ke konten|masuk|daftar|login"
                         r"|log in|register|sign in|sign up)")


def below_chrome(lines: list[Line]) -> list[Line]:
    """The page from its first line that is no date, skip link or account link on (a menu's
    "Beranda" stays: a short headline below it is no logo)."""
    k = 0
    while k < len(lines) and (lines[k].kind == "date"
                              or _TOP_CHROME.fullmatch(lines[k].text.strip())):
        k += 1
    return lines[k:]
