"""Pure: the dateline that opens a story ("JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta -",
"KBR - Jakarta -", "JAKARTA Pemerintah ...") as its place and its outlet.

The shapes are rows of boilerplate.DATELINES; this module decides what the names in them are.
An outlet is the outlet, not the place ("KBR -", "MINEWS -", "RMOL."); a furniture word is
neither ("ADVERTISEMENT", "Premium"); in the order `X - Y -` whichever is a known place is the
place."""

from __future__ import annotations

import re

from .boilerplate import BARE_DATELINE, DATELINES, MIN_DATELINE_REST_WORDS
from .boilerplate_datelines import _DOMAIN
from .boilerplate_datelines import BRACKETED as _BRACKETED
from .dateline_address import (
    address_dateline,
    lower_brand,
    named_as_region,
    place_then_brand,
    tidy_head,
)
from .dateline_lists import (
    aside as _aside,
    listed,
    logo_word,
    place_list,
    region_pair,
    region_tail,
    short_form,
    tagline,
    web_name,
)
from .dateline_lone import (  # noqa: F401  (comma_dateline re-exported)
    comma_dateline,
    logo_initials,
    lone_dateline,
)
from .dateline_guard import (TILDE_ISSUER, domain_then_place, furniture_place, guard, tidy_lead,
                             village_pair)
from .dateline_heads import (  # noqa: F401  (lead_date re-exported)
    _CAPTION_STOP,
    _DATE_FIRST,
    _GLUED_CAPTION,
    _GLUED_DOMAIN,
    _GLUED_LABEL,
    _META_DATE,
    after_image_name,
    area_not_outlet,
    country_headline,
    lead_date,
    numbered_brand,
)
from .dateline_forms import (
    address_first,
    forms_dateline,
    logo_alone,
    logo_glued_place,
    logo_led,
    named_first,
    stopless,
)
from .dateline_loose import dated_lone, loose_dateline, masthead_ending, trimmed_region
from .dateline_furniture import furniture_reading
from .dateline_slots import _own_masthead, brand_place_lead, empty_slot, media_brand_place
from .dateline_marks import marked_dateline, route_headline
from .dateline_more import brand_after_bar, more_dateline, stamped_lead
from .dateline_styled import styled_dateline
from .dateline_names import (  # noqa: F401  (re-exported)
    _MAX_ACRONYM,
    _PLACE_PARTS,
    COUNTRIES,
    _known,
    _named_after,
    _opens_with_place,
    _own_name,
    _regional_brand,
    _shouted_brand,
    _squash,
    _without_chrome,
    glued_brand,
    is_furniture_word,
    is_place,
    masthead_opens,
    names_itself,
    outlet_like,
    outlet_name,
    unnamed_elsewhere,
)
from .dateline_shape import (  # noqa: F401  (shape_dateline re-exported)
    _DATE_WORDS,
    _MIN_UPPER_PLACE,
    _glued_place,
    place_domain,
    shape_dateline,
    without_rubric_word,
)
from .dateline_stamp import (
    bare_stamp,
    barred_stamp,
    brand_then_place,
    dashed_outlet,
    dotted_brand,
    head_stamp,
    logo_short,
    province_stamp,
    round_stamp,
    shares_logo_word,
    unpunctuated,
    without_bracket_date,
)
from .dateline_swaps import (institution_stamp, place_after_outlet, place_then_domain,
                             shouted_pair, slashed_or_desk, brand_before_place, swapped_lead)
from .dateline_grammar import grammar_dateline, lone_stamp, longer_reading
from .dates import split_dated
from .shapes import is_stopword

Dateline = tuple[str | None, str | None, str]


# "Tribratanewssumbabarat.com – Polres Sumba Barat ; Pencurian ...": the unit that issued the
# story, a few capitalised words and a semicolon between the dateline and the first sentence.
_ISSUER = re.compile(r"[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,4}\s*;\s+(?=[A-Z\"“])")


# "North Lombok (ANN), Public Relations Regional Secretariat of KLU – Regent ...": after the
# dateline's comma, the press office that issued the story, then a dash.
_OFFICE_ISSUER = re.compile(
    r"(?=[^–—-]*\b(?:Public Relations|Humas|Prokopim|Diskominfo|Secretariat|Sekretariat|Setda"
    r"|Biro|Bureau|Press Office)\b)[A-Z][\w.]*(?:\s(?:[A-Z][\w.&]*|of|and|the|for|dan)){0,7}"
    r"\s*[-–—]{1,2}\s+(?=[A-Z\"“])")


def match_dateline(text: str, sites: tuple[str, ...] = ()) -> Dateline | None:
    """(place, outlet, paragraph text) when the line opens with a dateline: a row of the
    tables, else the dateline's shape (shape_dateline); `sites`: the page's names for itself.
    An issuing unit after it ("Polres Sumba Barat ;") is no part of the paragraph."""
    # "Governor Andi Rahman., Makassar –": a name closed by its full stop before the comma
    # is a caption's, glued before the dateline (read below), never a dateline's name
    text = tidy_lead(tidy_head(printed := text))  # "(Padang, Sumatera Barat) - "
    found = None if _CAPTION_STOP.match(text) else marked_dateline(
        text, lambda line: _match_dateline(line, sites)) or shouted_pair(text) \
        or logo_led(text, sites) or round_stamp(text) or province_stamp(text) or head_stamp(text) \
        or _match_dateline(text, sites)
    if found and _DATE_FIRST.match(found[2]) and (dated := split_dated(text)):
        # "Purwodadi - Senin, 16 Februari 2026. Pengadilan ...": the date is no part of the lead
        found = _match_dateline(dated[0], sites) or found
    elif found is None and (dated := split_dated(text)):
        found = _match_dateline(dated[0], sites)  # "Medan, 14 Oktober 2025 — ": the date cut
        if found and found[1] and re.search(rf"\d{{4}},\s*{re.escape(found[1])}\b", text):
            found = (found[0], None, found[2])  # "KUPANG, Mar 9, 2026, ANTARA. ": the source
        if found and not is_place(found[0]) and is_stopword(found[0] or ""):
            found = None  # "Pada 14 Oktober 2025 — ": a sentence that opens with its date
    if found is None and (bracket := _BRACKETED.match(text)):
        found = _match_dateline(f"{bracket.group('names')} — {text[bracket.end():]}", sites)
    if found is None and (meta := _META_DATE.match(text)):
        after = text[meta.end():]  # "date 2026-02-10 Bandar Lampung", "Posted on http://..."
        found = _match_dateline(after, sites) or address_dateline(after, sites)
    if found is None and (caption := _GLUED_CAPTION.match(text)):
        found = _match_dateline(text[caption.end():], sites)
        if found and not (is_place(found[0]) or found[1]):
            found = None  # only a known place or an outlet tells the dateline from prose
    if found is None and (glued := _GLUED_DOMAIN.match(text)):
        # "MEDAN, mediasergap.comPersatuan pedagang ...": the address glued to the first word
        found = _match_dateline(f"{glued.group()} - {text[glued.end():]}", sites)
        found = found if found and found[1] else None
    if found is None:  # "sukabumiheadline.com l Puluhan ...": a letter l for the bar
        found = barred_stamp(text, lambda line: _match_dateline(line, sites))
    if found is None and (undated := without_bracket_date(text)):
        found = _match_dateline(undated, sites)  # "Cilacap, x.co.id[24 Februari 2026] – "
        # only a known place or a web address tells the stamp from prose ("Rapat, Dewan Kota")
        found = found if found and (is_place(found[0]) or "." in (found[1] or "")) else None
    if found is None:  # "SOFIFI, ( infopublic.id ), ", "X.com, Palembang, 18 Februari 2026 – "
        found = stamped_lead(text, lambda line: _match_dateline(line, sites))
    if found is None and (shown := after_image_name(text)) is not None:
        found = _match_dateline(shown, sites)  # "web_bapendaKUALA KAPUAS – ": a file name
        found = found if found and (is_place(found[0]) or (found[0] or "").isupper()) else None
    if found is None and (found := more_dateline(text) or address_dateline(text, sites)
                          or bare_stamp(text) or forms_dateline(text, sites)
                          or numbered_brand(text)  # "KABAR KALIMANTAN 1, Sampit – "
                          or domain_then_place(text)  # "sieradmu.com Klaten – "
                          or swapped_lead(text) or styled_dateline(text, match_dateline)
                          or grammar_dateline(text)  # round 30: the grammar
                          or loose_dateline(text)  # round 34: loose set-offs
                          or empty_slot(text) or brand_place_lead(text)) is None:  # round 35
        return None
    found = longer_reading(text, found)  # "WS - Tanjung Welas (12/3) – ": the place, date cut
    if found[0] is None and (label := _GLUED_LABEL.match(text)) \
            and (again := _match_dateline(text[label.end():], sites)) and is_place(again[0]):
        found = again  # "OnAMBON,MRNews.- ": an empty "On DATE" line's word glued on
    if found[1] and found[1].endswith(".") and found[1].count(".") == 1:
        found = (found[0], found[1][:-1], found[2])  # "AMBON,MRNews.- ": the stop, no name's
    if found[0] is None and found[1] \
            and (then := _match_dateline(found[2]) or match_dateline(found[2])) \
            and is_place((then[0] or "").split(",")[0]) and then[1] is None:
        found = (then[0], found[1], then[2])  # "THE REPORTER - Banda Aceh | Pemerintah ..."
    found = place_after_outlet(found)  # "Gardamedia.org- Medan (11/2) Pemerintahan ..."
    if found[0] is None and found[1] and (split := place_then_brand(found[1])
                                                or place_then_domain(found[1])
                                                or media_brand_place(found[1])):
        found = (*split, found[2])  # "Payakumbuh Archipelagopost - ": no comma between them
    if found[1] is None and (split := brand_then_place(found[0])):
        found = (*split, found[2])  # "Lensadialektika Lebak - ": the brand, then the place
    if found[0] and found[1] is None and (short := logo_short(found[2], sites)):
        found = (found[0], None, short)  # "MALANG-KAV.10 Antrean ..." under "Kavling 10"
    if found[1] is None and (logo := logo_word(found[0], sites)):
        found = (None, logo, found[2])  # "SYARIAH – " under "Fakultas Syariah UIN ...": its stamp
    if found[1] is None and shares_logo_word(found[0], sites):
        found = (None, found[0], found[2])  # "LINTAS BIINMAFFO,- " under "TV Biinmaffo"
    if found[1] is None and (named := named_first(found[2], sites)
                             or (found[0] and dashed_outlet(found[2]))):
        found = (found[0], *named)  # "SIDOARJO – KORAN MERAH PUTIH Polres ...": no second dash
    found = brand_after_bar(text, found)  # "Takengen | Lintas Gayo : Sebuah ..."
    if found[0] is None and tagline(found[2]):
        return None  # "Langit7.id - Dakwah, Al-Quran, Berita Terkini dan Tafsir": the site's motto
    if found[1] is None and (glued := logo_glued_place(found[0], sites)):
        found = (glued, None, found[2])  # "Kilas Bengkulu Utara –" under "Kilas Bengkulu"
    found = address_first((stopless(found[0]), *found[1:]))
    if found[1] and len(found[1]) > _MAX_ACRONYM and found[1].lower() in _DATE_WORDS:
        # "Kupang, Senin (9/2/2026) –": a day, no outlet ("NATUNA, MON —": an outlet's initials)
        found = (found[0], None, found[2])
    found = region_pair(text, found)  # "PEKANBARU, RIAU - ": the city and its province
    found = institution_stamp(found)  # "Kejati Gorontalo – Kamis 12 Februari 2026 ..."
    found = guard(text, village_pair(text, trimmed_region(printed, found)))  # no office, outlet
    found = area_not_outlet(text, found)  # "ABEPURA (KOTA JAYAPURA) - ": the area, no outlet
    if country_headline(found) or route_headline(text, found) or furniture_reading(found):
        return None  # "Indonesia - Jakarta clinics see more ...": a desk's headline
    issuer = _ISSUER.match(found[2]) or TILDE_ISSUER.match(found[2])  # "Polres X ~ Humas~ "
    if issuer is None and text.endswith(", " + found[2]):
        issuer = _OFFICE_ISSUER.match(found[2])
    return (*found[:2], found[2][issuer.end():]) if issuer else found


def _match_dateline(text: str, sites: tuple[str, ...] = ()) -> Dateline | None:
    """match_dateline before the issuing unit is cut."""
    if listed_places := place_list(text):
        return listed_places  # "X.COM, BANGKA BARAT, JEBUS -": the rows read one place of three
    for row in DATELINES:
        m = row.pattern.fullmatch(text)
        if not m or len(m.group("rest").split()) < MIN_DATELINE_REST_WORDS:
            continue
        g = m.groupdict()
        if f"({(g.get('outlet') or '').strip()})" in text \
                and short_form(g.get("place"), g.get("outlet")):
            continue  # "Kepolisian Daerah (Polda) Papua ...": the name's short form, no outlet
        names = _resolve(g.get("place"), g.get("outlet"))
        if names is None:
            continue
        place, outlet = _own_name(*names, sites)
        if names[0] and outlet == names[0] and not names[1] \
                and named_as_region(names[0], m.group("rest")):
            place, outlet = names  # "KOBA – ... Kecamatan Koba": a kicker up top, the place here
        if row.pair and outlet and place and is_place(outlet) and not is_place(place) \
                and place.isupper() and " " not in place and not _known(place):
            place, outlet = outlet, place  # "LHOKSEUMAWE - MEDIAPORTALANDA -": the place first
        if row.strict and not (is_place(place) or _known(outlet)):
            own = None if place and outlet else place or outlet
            if not (own and masthead_opens(own, sites)):
                continue
            place, outlet = None, own  # "BERITA MALUKU. " under the logo "Berita Maluku Online"
        if row.pair and not any(is_place(n) or _known(n) for n in names):
            continue
        if row.named and not (outlet and (outlet_like(outlet, acronyms=False)
                                          or (is_place(place) and _regional_brand(outlet)))):
            continue  # "JAKARTA-BANDUNG, Kereta ...": two places, no outlet
        rest = m.group("rest").strip()
        if row.glued and not _glued_place(place, rest):
            continue
        if rest[0].islower() and not (is_place(place) or _known(outlet)):
            continue  # "Menurut Kepala Dinas - yang ...": an aside, not a dateline
        if place and not outlet and _aside(place, rest):
            continue
        longer = shape_dateline(text, sites)
        if longer and len(longer[2]) < len(rest) and place in (longer[0], None):
            return longer  # "MEDAN - DeteksiNusantara.Com. ...": the row read one name of two
        return place, outlet, rest
    shaped = shape_dateline(text, sites)
    if shaped and text.startswith(f"{shaped[0]} ({shaped[1]})") and short_form(*shaped[:2]):
        shaped = None  # "Kepolisian Daerah (Polda) Papua ...": the name's short form
    return shaped or listed(text) or unpunctuated(text) or lower_brand(text, sites)


def bare_dateline(text: str, sites: tuple[str, ...] = ()) -> tuple[str | None, str | None] | None:
    """(place, outlet) when a line is only a dateline: "JAKARTA -", "Jakarta", "KOMPAS.com -",
    "SAMARINDA, Poskota Kaltim" (an outlet's name that reads as one, or that the page's own
    top lines, `sites`, print as its logo); else a shape only the lead-line tables read
    ("Swaramalut.com- Halut", "Warta Ekonomi.co.id, Jakarta -")."""
    if BARE_DATELINE.fullmatch(_STRAY_END.sub("", text)) and "." not in text:
        # a shape the table reads and _bare turns down ("ENDE, FLORES") stays turned down,
        # unless its short name is the initials of the page's logo ("MIMIKA, BM")
        found = _bare(text, sites) or logo_initials(text, sites) or logo_alone(text, sites)
    else:
        found = _bare(text, sites) \
            or dated_lone(text, lambda head: bare_dateline(head, sites)) \
            or lone_dateline(text, sites, match_dateline) or region_tail(text) \
            or slashed_or_desk(text)  # round 34: dated_lone, "UNPATTI-Ambon, Kamis (19/2)."
    # round 30: "KARANG ASRI, KS (12/3/2026)" on its line: the place, the outlet's initials
    lone = lone_stamp(text)
    if lone and (lone[1] or not found):
        found = lone
    if found and furniture_place(found[0]):  # "Dinas Pendidikan -": an office is no place
        found = (None, found[1]) if found[1] else None
    return None if is_furniture_word(text.strip()) else found  # round 38: "AD SLOT", an advert


def _bare(text: str, sites: tuple[str, ...]) -> tuple[str | None, str | None] | None:
    """bare_dateline by the BARE_DATELINE shape alone."""
    m = BARE_DATELINE.fullmatch(_STRAY_END.sub("", text))
    if m is None:
        return None
    place = m.group("place")
    outlet = m.group("outlet") or m.group("outlet2") or m.group("outlet3")
    named = m.group("outlet4")
    if text.rstrip().endswith(":") and m.group("outlet3") and not is_place(place or "") \
            and not outlet_like(outlet, acronyms=False):  # round 34: "Kalindaqdaq (Pantun X) :"
        return None  # a label over the verse it introduces, no dateline
    if named:
        # "SAMARINDA, Poskota Kaltim": a shouted or known place, then a name that is no place
        masthead = masthead_ending(named, sites)
        if not place or is_place(named) or is_furniture_word(named) \
                or not (is_place(place) or place.isupper() or _own_masthead(place, named, sites)) \
                or not (outlet_like(named, acronyms=False) or masthead
                        or _squash(named) in map(_squash, sites)):
            return None
        outlet = masthead or named
    # "Pangkalpinang — Www.hami-news.com": after a known place a web address is the outlet,
    # as printed, though alone it is a link
    web = bool(outlet and _WWW.match(outlet) and m.group("outlet2") and is_place(place))
    names = _resolve(place, _WWW.sub("", outlet) if web else outlet, acronyms=False)
    if names is None:  # a lone "KPK" line is a label
        return None
    place, outlet = stopless(names[0]), outlet if web else names[1]
    if place and not outlet and not is_place(place) \
            and not (place.isupper() and len(place) >= _MIN_UPPER_PLACE):
        return None  # "Nasional", "Baca": a word on a line is not a dateline
    if not place and not outlet:
        return None
    return place, outlet


_WWW = re.compile(r"www\.", re.IGNORECASE)
# A stray mark after a dateline alone on its line: `Palembang, Aliansinews"`.
_STRAY_END = re.compile(r"\s*[\"“”'’*]+$")


_OUTLET_DOT_PLACE = re.compile(r"(?P<outlet>[A-Z]{2,5})\.(?P<place>[A-Z][A-Za-z'’ ]+)")
# "GOPOS.ID GORONTALO –": the outlet's address and the place with no comma between them.
_DOMAIN_THEN_PLACE = re.compile(rf"(?P<domain>{_DOMAIN})\.?\s+(?P<place>[A-Z][A-Za-z'’]+"
                                r"(?:\s[A-Z][A-Za-z'’]+)?)")


def _resolve(place: str | None, outlet: str | None, acronyms: bool = True
             ) -> tuple[str | None, str | None] | None:
    """The names of a dateline as (place, outlet), the roles fixed by what each name is; None
    when a name is page furniture."""
    place = place.strip() if place else None
    outlet = outlet.strip() if outlet else None
    split = place_domain(outlet) if outlet and not place else None
    if split:
        place, outlet = split  # "MATARAM.lombokjournal.com"
    if place and outlet and _known(outlet) and not is_place(outlet):
        place = without_rubric_word(place)  # "Berita Pesawaran, Jejamo.com –"
    spaced = _DOMAIN_THEN_PLACE.fullmatch(place) if place and not outlet else None
    named = spaced.group("place") if spaced else ""
    if spaced and not outlet_like(named) and (
            is_place(named) or (named.isupper() and len(named) >= _MIN_UPPER_PLACE)):
        place, outlet = named, spaced.group("domain")
    glued = _OUTLET_DOT_PLACE.fullmatch(place) if place and not outlet else None
    if glued and dotted_brand(glued.group("outlet"), glued.group("place")):
        place, outlet = None, place  # "SUARA.NABIRE -": the logo's spelling of one name
    elif glued and is_place(glued.group("place")):
        # "MSC.MANADO -": the outlet's short form and the place, joined by a full stop
        place, outlet = glued.group("place"), glued.group("outlet")
    if place and not outlet_like(place, acronyms):
        place = _without_chrome(place)
    if place and outlet and is_furniture_word(place) and not is_furniture_word(outlet):
        # "Berita Lokal, PIFA -": the rubric stands where a place would ("Sulsel, Makassar -":
        # before the place itself)
        place, outlet = (outlet, None) if is_place(outlet) else (None, outlet)
    if any(n and is_furniture_word(n) for n in (place, outlet)):
        return None
    if place and outlet and is_place(outlet) and not is_place(place) \
            and (outlet_like(place, acronyms) or (place.isupper() and not outlet.isupper())
                 or _regional_brand(place) or _shouted_brand(place)
                 or brand_before_place(place, outlet)
                 or _named_after(place, outlet)):
        # "KBR - Jakarta -": the known place is the place; so in "SUARAINDONESIA1, Manado -",
        # where an unknown shouted name stands before a known place in sentence case, and in
        # "Kitasulsel, Makassar—", where a brand glued to a province's short form does
        place, outlet = outlet, place
    if place and outlet and outlet.lower() in COUNTRIES:
        outlet = None  # "KABAENA ISLAND, Indonesia — ": the country, no outlet
    if place and outlet and outlet.isupper() and not outlet_like(outlet) \
            and (outlet_like(place, acronyms=False) or glued_brand(place)):
        place, outlet = outlet, place  # "PORTALJABAR, CIREBON REGENCY -": the outlet goes first
    if place and outlet and web_name(place) and not web_name(outlet) and not outlet_like(outlet):
        place, outlet = outlet, place  # "PILAR BEKASI.COM (Bantargebang) –": the address first
    if place and not outlet and outlet_like(place, acronyms):
        place, outlet = None, place  # "VIVA -", "RMOL.", "KBR -" name the outlet, not a place
    return place, outlet
