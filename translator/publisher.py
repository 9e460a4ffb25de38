"""Pure: which outlet published a page, as the page names itself: its dateline's publisher,
its copyright line, its logo or masthead, its own photo credit (split from metadata.py, which
re-exports the public names)."""

from __future__ import annotations

from .doc_titles import colon_titled_site, reprint_source

import re

from .boilerplate import WIDGET_WORDS
from .datelines import _PLACE_PARTS, _squash, is_place, outlet_name
from .headline import is_logo
from .lines import Line, known_outlet
from .logo_shapes import (
    brand_like,
    initialled_logo,
    institution_logo,
    logo_over_menu,
    periodical_logo,
)
from .menu_mastheads import unit_masthead
from .masthead_footer import masthead_signed
from .site_icon import news_source, site_icon
from .outlet_case import own_case
from .posted_names import posted_spelling
from .outlet_more import (
    acronym_logo,
    credited_address,
    followed_name,
    lead_stamp,
    office_copyright,
    plugged_paper,
    posted_source,
    repeated_brand,
    reprint_owner,
    section_label,
    signing_desk,
    source_field,
    unofficial,
    wire_reprint,
)
from .masthead_blocks import menu_link
from .mastheads import _WEB_SUFFIX, _address, _masthead, _region_blog, tagline_logo
from .outlet_spelling import (  # noqa: F401 (regional_edition re-exported)
    copyright_edition,
    grouped_owner,
    regional_edition,
)
from .outlet_tops import (agency_site, described_site, feed_credit, house_ad, office_site,
                          slogan_line)
from .site_names import (
    _TOP_CHROME,
    as_credited,
    below_chrome,
    clipped_logo,
    copyright_name,
    credited_source,
    late_name,
    logo_letters,
    masthead_of_short,
    posted_by_site,
    release_issuer,
    station_name,
    year_titled,
)
from .stamp_forms import stamp_form
from .top_names import _PARTICLES, _WEB_NAME, top_name  # noqa: F401  (top_name re-exported)

# Kinds of furniture whose outlet mentions are credits of others (photo agencies), not the
# publisher's name.
_NOT_PUBLISHER = {"caption", "caption-credit", "related-link", "republication"}
_LOGO_LINES = 5  # the page's top lines, where a copied logo or site name stands

def canonical_outlet(name: str, lines: list[Line] | None = None) -> str:
    """The display name of a known outlet ("KOMPAS.com" -> "Kompas.com"), else as the page's
    logo line spells it (`lines`), else `name` as the page prints it (a shouted address stays
    shouted: "GETARBABEL.COM")."""
    name = name.strip()
    return outlet_name(name) or (site_spelling(name, lines) if lines else None) or name


def _mixed(name: str) -> bool:
    """Round 30: a name in its brand's mixed case ("haba RAKYAT"), which a logo's address in
    small letters ("habarakyat.co.id", typography) never respells."""
    return not name.islower() and not name.isupper()


def site_spelling(name: str, lines: list[Line]) -> str | None:
    """How the page's own top lines spell an outlet's name ("TRIBUNJATENG.COM" is the logo
    line "TribunJateng.com", "KABARPROGRESIF.COM" the "Kabar Progresif" one), else None."""
    want = set(_keys(name))
    for ln in lines[:_LOGO_LINES]:
        text = _LOGO_WORD.sub("", ln.text).strip()
        if text and not text.isupper() and want.intersection(_keys(text)) \
                and not (text.islower() and _mixed(name)):
            return text
    return None


def dateline_outlet(name: str, lines: list[Line]) -> str:
    """_dateline_outlet, as the page spells the name (round 37, outlet_case.py); a stamp
    shouting the blog's own name, as its post footer types it (round 38, posted_names.py)."""
    found = _dateline_outlet(name, lines)  # "SAMPIT,PPOST": "PALANGKA POST", as the logo
    return (posted_spelling(found, lines) if _squash(found) == _squash(name) else None) \
        or own_case(found, lines) or name


def _dateline_outlet(name: str, lines: list[Line]) -> str:
    """The publisher a dateline names: a known outlet's display name; a name no table knows
    ("OT", "MEDIA CENTER": a short form, a newsroom unit) yields to the known outlet or the
    government site that the page's own furniture or logo names; a domain names the site
    itself ("TRIBUNBANJARMASIN.COM" on a page of the Tribun network's footer)."""
    # "Pasaman,Lintas Media News." a stamp's line closed by a full stop: no part of the name
    name = name[:-1] if name.endswith(".") and not name[:-1].endswith(".") else name
    if source := reprint_source(name, [ln.text for ln in lines]):
        return source  # round 30: an aggregator's copy, "Title – own.net" / "Title – Src.com"
    owner = next((n for n in (copyright_name(ln.text) for ln in lines if ln.kind == "copyright")
                  if n), None)
    if reprinted := wire_reprint(name, owner):
        return reprinted  # "PALU, Indonesia, AFP" on a page "Copyright © 2026 The China Post"
    if _DATELINE_OFFICE.fullmatch(name) and owner:
        return outlet_of(lines) or owner  # round 29: "POLRES MELAWI, POLDA KALBAR - ": offices
    station = station_name(name, [ln.text for ln in lines]) \
        or clipped_logo(name, [ln.text for ln in lines[:_LOGO_LINES] if ln.kind == "text"])
    if station:
        return station  # "Jayapura (rasudofm) -" on the page of "Radio Suara Dogiyai FM"
    if (form := stamp_form(name, lines)) is not None:
        return form  # round 26: "(RG.COM)" under "Rakyat Gorontalo" (stamp_forms.py)
    known = outlet_name(name)
    if known and (edition := copyright_edition(name, [ln.text for ln in lines
                                                      if ln.kind == "copyright"])):
        return edition
    stem = name.split(".")[0]
    if not known and "." in name and not stem.isupper() and not stem.islower():
        # "Newestindonesia.co.id, ...", "FOKUSJabar.id": an address in the site's own case;
        # a shouted or lower-case one ("BALIPOST.com") is typography, the logo's spelling wins
        return logo_letters(name, lines) or name
    if not known and " " not in name and "." not in name and name[:1].isupper() \
            and name[1:].islower() and len(name) > _MAX_SHORT_FORM \
            and name.lower() not in _NEWSROOM_UNITS:
        return name  # "Makassar, Timuronline –": a one-word brand as the page itself prints it
    if not known and name.isupper() and _logo_prints(name, lines):
        # "MASJIDUNA" over "[BANTUL, MASJIDUNA] —": the logo shouts it too; round 24, an
        # address too ("DIKSI.CO" over "DIKSI.CO, TENGGARONG - "), whatever a credit writes
        return name
    # a network's name is known ("ANTARA"), its regional edition ("Antaranews Sultra") is not
    edition = not known or (_squash(known) in _squash(name) and _squash(known) != _squash(name))
    own = _own_spelling(name, lines) if edition else None
    if own and stem.islower() and _printed(name, lines) > _printed(own, lines):
        return name  # "suaratifapapua.com" in dateline, headline and links; the logo once
    if own:
        return own
    if not known and name.isupper() and _shouted_logo(name, lines):
        return name  # round 24: "KUPANG, PENATIMOR – " under the logo "PENA TIMOR": the brand
    spelled = page_spelling(name, lines) if not known and stem.isupper() else None
    if spelled:
        return spelled
    if known and _CHANNEL.fullmatch(name) and _squash(name) != _squash(known) \
            and not any(_squash(known) in _squash(ln.text) for ln in lines):
        # round 30: "Samalanga, Aceh | detikNews –", "kumparanBisnis –" on a page that never
        # prints the network's own name: the channel as the page spells it
        return name
    if outlet_name(name) or "." in name:
        return canonical_outlet(name, lines)
    if (head := masthead_of_short(name, [ln.text for ln in lines[:1]])) is not None:
        return head  # "PONOROGO |DN –" under the masthead "DESTARA NEWS"
    if _OFFICE_DESK.fullmatch(name):
        return name  # round 24: "SIDOMULYO, Diskominfo Lamsel – ", the regency's own press desk
    page = outlet_of(lines)
    if page and (known_outlet(page) or _GOVERNMENT_SITE.fullmatch(page)
                 or (len(name) <= _MAX_SHORT_FORM and "." in page)
                 or (len(name) <= _MAX_SHORT_FORM and page == masthead_signed(lines))):
        # "MSC.MANADO -" on the page of ManadoSatuNews.com; round 37: "Palembang (PHU) —- ",
        # a ministry desk's code, on a page whose masthead and copyright line sign it
        return page
    return canonical_outlet(name, lines)


_MAX_SHORT_FORM = 4  # "OT", "MSC": a dateline's short form of the site's name
_CHANNEL = re.compile(r"[a-z]{4,}[A-Z][a-z]{2,}")  # a network's channel: "detikNews"
# Round 29: a police or army command or a local government in the dateline's place ("POLRES
# MELAWI, POLDA KALBAR - ", "KODIM 1207 - ", "PEMKAB SAMBAS - "): the story's office, the page's
# publisher the one its copyright line names.
_DATELINE_OFFICE = re.compile(r"(?i:polda|polres|polresta|polrestabes|polsek|kodim|korem"
                              r"|kodam|lanal|lanud|pemkab|pemkot|pemprov)\s+[\w-]+(?:\s[\w-]+)?")
# A government's press desk named with its region ("Diskominfo Lamsel", "Prokopim Kukar",
# "Kominfo Bantul"): the page's name for itself in its dateline, as an address would be.
_OFFICE_DESK = re.compile(r"(?i:diskominfo|diskominfotik|kominfo|prokopim)\s+[A-Z][\w-]+"
                          r"(?:\s[A-Z][\w-]+)?")
# A newsroom's unit signing the dateline ("Humas – "): the site's name stands elsewhere.
_NEWSROOM_UNITS = frozenset({"humas", "redaksi", "admin", "tim", "team", "staff", "operator",
                             "diskominfo", "kominfo"})


def _printed(name: str, lines: list[Line]) -> int:
    """How often the page prints `name` exactly so."""
    return sum(ln.text.count(name) for ln in lines)


def _shouted_logo(name: str, lines: list[Line]) -> bool:
    """Whether the page's logo shouts the dateline's name too, spaced its own way ("PENA
    TIMOR" over "KUPANG, PENATIMOR – "): capitals are the brand's, not the dateline's."""
    first = next((ln for ln in lines if ln.kind != "date"), None)
    return first is not None and first.text.isupper() and _squash(first.text) == _squash(name)


def _logo_prints(name: str, lines: list[Line]) -> bool:
    """Whether the page's first line, its logo, is `name` exactly as the dateline writes it (a
    top bar's date may stand over the logo: "Selasa, 17 Maret 2026" / "DIKSI.CO")."""
    first = next((ln for ln in lines if ln.kind != "date"), None)
    return first is not None and first.text == name


def page_spelling(name: str, lines: list[Line]) -> str | None:
    """How the page itself writes a shouted name no table knows, in its prose, credits or
    byline ("kepada Jabar Ekspres" for "JABAR EKSPRES", "TribunGorontalo.com" for
    "TRIBUNGORONTALO.COM", "Tim Tribun Manado" for "TRIBUNMANADO.CO.ID"); the whole name
    before its form without the web suffix; None when the page only shouts it."""
    whole, short = _keys(name)
    found: dict[str, str] = {}
    for ln in lines:
        # "TribunnewsSultra.com/ Name": a photo credit's slash is no part of the name
        words = [w.strip("\"“”'‘’.,:;()/") or w for w in re.split(r"\s+|/(?=\w)", ln.text)]
        for size in range(1, _MAX_BRAND_WORDS + 1):
            for k in range(len(words) - size + 1):
                if not all(_squash(w) for w in words[k:k + size]):
                    continue  # "TABLOIDELEMEN.com –": a dash is no word of a name
                text = " ".join(words[k:k + size])
                key = _squash(text)
                # "Tribun-timur.com" opening a sentence is the address capitalised as a
                # sentence's first word, no spelling of the brand's own ("... di
                # Tribunbanjarmasin.com", "TribunGorontalo.com" are)
                opening = (k == 0 or words[k - 1].endswith((".", "!", "?"))) \
                    and k + size < len(words) and words[k + size][:1].islower()
                if key in (whole, short) and not _WEB_SUFFIX.sub("", text).isupper() \
                        and text[0].isupper() and not re.search(r"[()*\[\]]", text) \
                        and not (opening and "." in text and text == text.capitalize()):
                    found.setdefault(key, text)
    brief = found.get(short)
    if brief and " " not in brief and brief == brief.capitalize() and "." in name:
        brief = None  # "Kontras7" for "KONTRAS7.CO.ID": a sentence's case tells no spelling
    return found.get(whole) or brief


def _own_spelling(name: str, lines: list[Line]) -> str | None:
    """The page's own spelling of the outlet a dateline names: its logo line ("Antaranews
    Sultra", a network's regional edition), the name in its copyright line ("© Sumut Pos
    2025" for "SUMUTPOS.CO"), the credit of its own photo ("Bali Tribune / ...")."""
    want = set(_keys(name))
    named = [ln.text for ln in lines[:_LOGO_LINES] if ln.kind == "text"]
    named += [t.split(" / ")[0] for t in (ln.text for ln in lines[:_LOGO_LINES * 2])
              if " / " in t]
    named += [n for n in (copyright_name(ln.text) for ln in lines if ln.kind == "copyright")
              if n]
    for text in named:
        if len(text.split()) <= _MAX_BRAND_WORDS and not text.isupper() and "." not in text \
                and _squash(text) in want:
            return text
    return None


def _keys(name: str) -> tuple[str, str]:
    """A name squashed whole and without its web suffix, the forms a page may spell it in
    ("KABARPROGRESIF.COM" -> "kabarprogresifcom", "kabarprogresif")."""
    return _squash(name), _squash(_WEB_SUFFIX.sub("", name))


_LOGO_WORD = re.compile(r"\s*\b(?:logo)\b\s*", re.IGNORECASE)
# A government site's name on its top line: "Pemerintah Kabupaten Sleman", "Pemkot Surabaya".
_GOVERNMENT_SITE = re.compile(r"(?:Pemerintah (?:Kabupaten|Kota|Provinsi|Kab\.)|Pemkab|Pemkot"
                              r"|Pemprov)(?: [A-Z][\w'’-]+){1,2}"
                              # a national institution: "Cabinet Secretariat of the Republic of
                              # Indonesia", "Kementerian Kesehatan Republik Indonesia"
                              r"|(?:[A-Z][\w&]+ )+(?:(?:of|and|for|the) (?:[A-Z][\w&]+ )+)*"
                              r"(?:of the Republic of Indonesia|Republik Indonesia)")
_MAX_BRAND_WORDS = 3


def outlet_of(lines: list[Line]) -> str | None:
    """The publisher named in the copyright line, else in other page furniture (not the body,
    which may quote other outlets); a shouted name no table knows as the page itself writes
    it elsewhere ("BERITA MANOKWARI" logo, "Diposting oleh Berita Manokwari")."""
    name = posted_source(lines) or news_source(lines) \
        or signing_desk(unofficial(_outlet_of(lines)), lines) \
        or office_copyright(lines) or masthead_signed(lines) or site_icon(lines)  # round 37
    name = unit_masthead(name, lines) or name  # round 28: a ministry's unit under its name
    name = own_case(name, lines)  # round 37: a mixed-case printing of it (outlet_case.py)
    if name and name.isupper() and not outlet_name(name):
        return page_spelling(name, lines) or name
    return name


def _outlet_of(lines: list[Line]) -> str | None:
    """outlet_of before a shouted name is spelled as the page writes it."""
    ranked = [ln for ln in lines if ln.kind == "copyright"] + \
             [ln for ln in lines if ln.kind not in _NOT_PUBLISHER | {"copyright", "text"}]
    # Last, the page's logo: a line near the top that is only an outlet's name ("kumparanNEWS").
    logos = [ln for ln in lines[:_LOGO_LINES] if ln.kind == "text" and is_logo(ln.text)]
    # "(Image: ©The Bali Sun – Name)": the site's own photo, credited with a copyright sign.
    owned = [ln for ln in lines if ln.kind in _NOT_PUBLISHER and "©" in ln.text]
    for ln in ranked + logos + owned:
        name = known_outlet(ln.text[ln.text.find("©"):] if ln in owned else ln.text)
        if name:
            edition = regional_edition(ln.text, name) or (grouped_owner(
                ln.text, name, copyright_name(ln.text)) if ln.kind == "copyright" else None)
            if edition and edition.isupper():
                edition = page_spelling(edition, lines) or edition  # "RMOL JATENG" logo
            return edition \
                or (_logo_case(ln.text, name) if ln in logos else None) \
                or _without_article(ln.text, name) or as_credited(ln, name) or name
    # A government site names itself on its top line ("Pemerintah Kabupaten Sleman"), a
    # regional outlet by its logo's text ("Kilas9", "Radar Jogja").
    top = [ln.text for ln in lines[:_LOGO_LINES] if ln.kind == "text"]
    government = office_site(lines) or agency_site(lines) or described_site(lines) \
        or next((t for t in top if _GOVERNMENT_SITE.fullmatch(t) and not menu_link(t, lines)),
                None) or _region_blog(lines)
    # the logo is the page's very first line (after a date a masthead may print above it):
    # further down, a short headline may read as one
    first = next((ln.text if ln.kind == "text" else "" for ln in lines if ln.kind != "date"), "")
    if not first or _TOP_CHROME.fullmatch(first):
        # "Skip to content" / "Masuk" / "Daftar" above the logo: the page's chrome, no name
        first = next((ln.text for ln in below_chrome(lines)[:1] if ln.kind == "text"), first)
    first = "" if slogan_line(first) else first  # round 26: a slogan, no name
    # then the name a copyright line gives that no table knows ("© 2026 Media RMD")
    owner = next((n for n in (copyright_name(ln.text, first) for ln in lines
                              if ln.kind == "copyright") if n), None)
    # ("HEADLINE NEWS" in the logo's place is a section's label, no name)
    logo = None if section_label(first) \
        else first if brand_like(first) or _WEB_NAME.fullmatch(first) \
        or logo_over_menu(lines if lines and first == lines[0].text else below_chrome(lines)) \
        else None
    logo = None if tagline_logo(logo, owner, lines) else colon_titled_site(  # round 31
        [ln.text for ln in lines]) or logo  # "© Name - Tagline"; "Site: Headline" printed again
    return credited_source(lines) or feed_credit(lines) or release_issuer(lines) \
        or reprint_owner(lines, owner) \
        or government \
        or (logo and _address(logo)) or owner or _masthead(lines) or _credited(lines) \
        or _credited_logo(first, lines) or posted_by_site(lines) or year_titled(lines) \
        or late_name(lines) or followed_name(lines) or source_field(lines) \
        or acronym_logo(lines) or plugged_paper(lines) or repeated_brand(lines) \
        or lead_stamp(lines) or institution_logo(lines) or initialled_logo(lines) \
        or credited_address(lines) or periodical_logo(lines) or house_ad(lines)


def _credited_logo(first: str, lines: list[Line]) -> str | None:
    """The page's first line when its own photo credit repeats it ("Sudut Kita" over "Foto:
    Sudut Kita/Rudi"): two or three capitalised words, no place and no section word."""
    words = first.split()
    if not 2 <= len(words) <= _MAX_BRAND_WORDS or is_place(first) \
            or not all(w[:1].isupper() for w in words) \
            or any(w.lower() in WIDGET_WORDS or w.lower() in _PLACE_PARTS for w in words):
        return None  # "Kabupaten Bantul" is a place even where no table knows it
    credit = re.compile(rf"(?:^|[\s:(]){re.escape(first)}\s*/\s*[A-Z]")
    return first if any(credit.search(ln.text) for ln in lines[1:]) else None


# A photo credit closing a caption: "... Rabu (25/2/2026). Harian Jogja/Rina Kusumawati".
_CAPTION_CREDIT = re.compile(r"(?:^|(?<=[.)])\s)\s*(?P<name>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})"
                             r"\s*/\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}$")


_PROSE_WORDS = 8  # a line of the story, not another caption or a link


def _credited(lines: list[Line]) -> str | None:
    """A known outlet that a caption's photo credit names and the story's prose names again
    ("... ditemui Harian Jogja"): the page's own photographer and reporter, not an agency's."""
    for k, ln in enumerate(lines[:_LOGO_LINES * 2]):
        m = _CAPTION_CREDIT.search(ln.text)
        name = known_outlet(m["name"]) if m else None
        if name and any(name in x.text for j, x in enumerate(lines)
                        if j != k and x.kind == "text" and len(x.text.split()) >= _PROSE_WORDS):
            return name
    return None


def _without_article(text: str, name: str) -> str | None:
    """A known masthead the line writes without its article ("Jakarta Post Latest News" for
    "The Jakarta Post"): the page's own form."""
    if name.startswith("The ") and name not in text and name[4:] in text:
        return name[4:]
    return None


def _logo_case(text: str, name: str) -> str | None:
    """A known outlet as its logo line writes the bare brand ("KONTAN English" -> "KONTAN"
    where the table says "Kontan"): the page's own case wins; a domain ("KONTAN.CO.ID") is
    not the bare brand, and the table's display name stands."""
    first = text.split()[0] if text.split() else ""
    # the same letters and spaces in another case; "TheJakartaPost" (a logo's joined alt
    # text) is no spelling of the masthead
    if first != name and "." not in first and first.lower() == name.lower():
        return first
    return None


def same_name(name: str, site: str) -> bool:
    """Whether a dateline's lone name is the site's own ("Kabar Jambi" for "kabarjambi.com")."""
    return _squash(name) == _squash(_WEB_SUFFIX.sub("", site))
