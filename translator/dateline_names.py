"""Pure: what a dateline's name is: a known place, page furniture, an outlet's name."""

from __future__ import annotations

import re

from .boilerplate import FURNITURE, NOT_DATELINE_WORDS, OUTLET_WORDS, OUTLETS, PLACES, WIDGET_WORDS
from .lines import known_outlet
from .boilerplate_datelines import REGION_ABBREVIATIONS
from .dateline_acronyms import dated_bracket, site_short_form
from .places_id import REGIONS_ID
from .shapes import is_stopword

_DOMAIN = re.compile(r"(?:[\w-]+\.)+[a-z]{2,3}", re.IGNORECASE)
# An unknown all-capitals name this short is an acronym: an outlet ("KBR", "SL"), not a place.
_MAX_ACRONYM = 3
# Outlets' names as a whole dateline name, in any case: in running text "antara" is a word,
# but a dateline that is only "ANTARA" or "Pikiran Rakyat" names the outlet.
_OUTLET_NAMES = tuple(re.compile(o.pattern, re.IGNORECASE) for o in OUTLETS)
# Words of a place's own name ("KOTA BATU", "LAMPUNG TENGAH"): such a name is a place, not a
# brand, even when no table knows it.
_PLACE_PARTS = frozenset({
    "kota", "kabupaten", "kab", "pulau", "kepulauan", "tanjung", "sungai", "gunung", "teluk",
    "bandar", "barat", "timur", "utara", "selatan", "tengah", "baru", "kidul", "laut", "new",
    "north", "south", "east", "west"})


def opens_prose(words: list[str]) -> bool:
    """Whether a name's first word is a function word that opens prose ("Namun", "Di Jakarta",
    "Sementara itu"), not a place's own first word before a name ("KOTA JANTHO", "Kabupaten
    Sikka"); later words may be stopwords that name places ("Lampung Selatan")."""
    return is_stopword(words[0]) and not (len(words) > 1 and words[0].lower() in _PLACE_PARTS)


def _opens_with_place(text: str) -> bool:
    """The text's first word or two are a known place ("Bandung, ...", "New York ...")."""
    words = text.split()
    return any(is_place(" ".join(words[:n]).strip(",.")) for n in (1, 2))


# A region named with its kind: "Kabupaten Sampang", "Kab. Agam", "KOTA BATU", "Cirebon
# Regency", "Batu City"; the name itself may be an everyday word ("Kota Batu", "Kab. Bone").
_REGION_FORM = re.compile(r"(?:kabupaten|kab\.?|kota|kotamadya|provinsi|prov\.?)\s+(?P<a>.+)"
                          r"|(?P<b>.+?)\s+(?:regency|city|province)")


def is_place(name: str | None) -> bool:
    """A place the tables know ("Jakarta", "NEW DELHI", "Kabupaten Agam", "North Lombok")."""
    if not name:
        return False
    low = name.lower().strip(" .")
    if low in PLACES:
        return True
    if " " not in low:
        return False  # the forms below are two words or more
    m = _REGION_FORM.fullmatch(low)
    return bool(m) and (m["a"] or m["b"]) in REGIONS_ID


# round 38: an advert slot's label, a theme's words for where an advert goes ("ARTICLE AD BOX",
# "TOP BANNER", "Iklan Tengah", "AD SLOT"): an advert's word, with the slot's place and kind
_AD_LABEL = re.compile(
    r"(?i)(?:(?:article|in-article|top|bottom|side|sidebar|inline|header|footer|content|middle)"
    r"\s+)*(?:ad|ads|advert|advertisement|iklan|banner)(?:\s+(?:box|slot|space|unit|block|here"
    r"|area|container|placeholder|atas|bawah|tengah|samping|top|bottom|middle))*")


def is_furniture_word(name: str) -> bool:
    """Page chrome that a dateline shape can catch: "ADVERTISEMENT", "Premium", "EKSKLUSIF",
    an advert slot's label ("ARTICLE AD BOX")."""
    if is_place(name):
        return False
    words = name.lower().split()
    return all(w in WIDGET_WORDS or w in NOT_DATELINE_WORDS for w in words) \
        or any(rx.fullmatch(name) for _, rx in FURNITURE) or bool(_AD_LABEL.fullmatch(name))


# "InfoSAWIT", "KabarMadura": one word whose capitals start again after lower-case letters is a
# brand's spelling; no place is written so.
_CAMEL_BRAND = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
# "Bidikdotcom", "Kabardotid", "BERITADOTNET": a logo spelling out its address's dot; no place
# nor word of prose ends so.
_SPELLED_DOT = re.compile(r"[A-Za-z]{3,}dot(?:com|co|id|net|info)", re.IGNORECASE)
# "MALUKU INDOMEDI.COM", "SUARA KALBAR.CO.ID", "Warta Ekonomi.co.id": a logo of two or three
# words whose last carries the address's ending, every word in the same case (a place before
# an address, "MEDAN tribun-medan.com", is two names).
_WORDS_DOMAIN = re.compile(r"(?:[A-Z][A-Za-z0-9'’-]*\s){1,2}[A-Z][A-Za-z0-9-]*"
                           r"\.(?i:com|co\.id|co|id|net|news|info)")


def outlet_like(name: str, acronyms: bool = True) -> bool:
    """A name that reads as a publisher's: known, a domain, an outlet word ("MINEWS",
    "Radar Bogor") or (with `acronyms`) a short acronym that is no known place ("KBR")."""
    if _known(name):
        return True
    if is_place(name):
        return False
    if OUTLET_WORDS.search(name) or _CAMEL_BRAND.fullmatch(name) or _SPELLED_DOT.fullmatch(name):
        return True
    if _WORDS_DOMAIN.fullmatch(name) and _one_case(name.split()):
        return True
    letters = re.sub(r"\W", "", name)
    return acronyms and letters.isupper() and len(letters) <= _MAX_ACRONYM


def _one_case(words: list[str]) -> bool:
    """Every word shouted ("MALUKU INDOMEDI.COM") or every word capitalised, none shouted."""
    letters = [re.sub(r"[^A-Za-z]", "", w.split(".")[0]) for w in words]
    return all(w.isupper() for w in letters) or not any(w.isupper() for w in letters)


def outlet_name(name: str) -> str | None:
    """The display name of the known outlet that `name` is, in any case ("PIKIRAN RAKYAT")."""
    return known_outlet(name) or next(
        (o.name for o, rx in zip(OUTLETS, _OUTLET_NAMES, strict=True) if rx.fullmatch(name)),
        None)


def _named_after(brand: str, place: str) -> bool:
    """A brand named after the place that follows it ("Kabar Jambi, Jambi -", "Radar Bogor,
    BOGOR -"): two or more words, the last of them that place."""
    words = brand.split()
    return len(words) > 1 and words[-1].lower() == place.lower()


def _squash(text: str) -> str:
    """Letters and digits only, lower-case: "Poskota Kaltim" == "POSKOTA KALTIM"."""
    return re.sub(r"[\W_]+", "", text.lower())


def _known(name: str | None) -> bool:
    """A known outlet's name in any case, or a domain."""
    return bool(name) and bool(outlet_name(name) or _DOMAIN.fullmatch(name))


_MAX_BRAND_SPAN = 3  # "Batam Pos", "Radar Kota Bumi": the words a site's name runs to
_WEB_TAIL = re.compile(r"(?:\.(?:com|co|id|net|news|or|go))+$", re.IGNORECASE)


def names_itself(brand: str, sites: tuple[str, ...]) -> bool:
    """Whether the page's own top lines (`sites`) write `brand` as a name of one to three
    words or as its address ("batampos" in the credit "Foto. Name/ Batam Pos")."""
    want = _squash(brand)
    for text in sites:
        words = [w.strip("\"“”'‘’.,:;()/") for w in text.split()]
        for size in range(1, _MAX_BRAND_SPAN + 1):
            for k in range(len(words) - size + 1):
                span = words[k:k + size]
                if span[0][:1].isupper() and _squash(_WEB_TAIL.sub("", " ".join(span))) == want:
                    return True
    return False



# Words a regional brand glues before its place's name ("WARTABANGKA", "KabarBanten").
_BRAND_PREFIX = re.compile(r"(?:warta|berita|kabar|info|suara|radar|harian|koran|media|portal"
                           r"|lensa|jurnal|fokus|gema|sinar|metro|seputar|topik|liputan|kilas"
                           r"|detak|kita)", re.IGNORECASE)
_MIN_GLUED_PLACE = 4  # "bangka", "bone": shorter tails ("aru") are any word's letters
# Countries a foreign desk writes after the place ("KABAENA ISLAND, Indonesia — "): no outlet.
COUNTRIES = frozenset({"indonesia", "malaysia", "singapore", "singapura", "philippines",
                       "thailand", "vietnam", "timor-leste", "east timor", "australia",
                       "papua new guinea", "brunei"})


def glued_brand(name: str) -> bool:
    """One word gluing a publisher's word to a place the tables know ("WARTABANGKA",
    "Kabarbanten"); the word alone is no place."""
    m = _BRAND_PREFIX.match(name)
    tail = name[m.end():] if m and name.isalpha() else ""
    return len(tail) >= _MIN_GLUED_PLACE and is_place(tail) and not is_place(name)


def unnamed_elsewhere(place: str | None, texts: list[str]) -> bool:
    """A lone word before the lead's dash that no table knows as a place and that the page
    prints nowhere else but at a line's start before a dash: the outlet stamping its name
    ("Prolite – ", "Spektroom— " on its teasers too), since a story names its own place again
    ("Pesawaran, Jejamo.com –" over "... Kabupaten Pesawaran ..."). The desk's closing mark in
    brackets ("... agar melapor. (prolite)", "[spektroom]") is the outlet's stamp too."""
    if not place:
        return False
    texts = [_signed_off(place).sub("", t) for t in texts]
    if _regional_masthead(place):
        return not any(re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", t, re.IGNORECASE)
                       for t in texts
                       if not re.match(rf"\s*{re.escape(place)}\s*[-–—|~:]", t, re.IGNORECASE))
    if is_place(place) or place.isupper() or " " in place or not place.isalnum():
        return False
    word = re.compile(rf"(?<![\w.-]){re.escape(place)}(?![\w-])", re.IGNORECASE)
    stamp = re.compile(rf"\s*{re.escape(place)}\s*[-–—|~:]", re.IGNORECASE)
    return not any(len(word.findall(t)) > bool(stamp.match(t)) for t in texts)


def _signed_off(name: str) -> re.Pattern[str]:
    """The name in brackets closing a paragraph: a desk's sign-off, "(suarakita)", "[Prolite]"."""
    return re.compile(rf"[(\[]\s*{re.escape(name)}\s*[)\]]\s*$", re.IGNORECASE)


def _regional_masthead(name: str) -> bool:
    """A shouted name of two or three words, one a province's short form, that no table knows
    as a place: a regional paper's masthead ("KALTARA RAYA", "JATENG RAYA", "MALUT HARI INI"),
    which the caller takes for the outlet when the page prints it nowhere else."""
    words = name.split()
    return name.isupper() and 2 <= len(words) <= 3 and not is_place(name) \
        and all(w.isalpha() for w in words) \
        and any(w.lower() in REGION_ABBREVIATIONS for w in words)


_SEGMENT = re.compile(r"\s+[|–—-]\s+")
_MAX_SEGMENT_WORDS = 4  # "Berita Maluku Online": a site's name, not a headline


def masthead_opens(name: str, sites: tuple[str, ...]) -> bool:
    """Whether a short piece of the page's top lines (a logo, a window title's part between
    bars) is a site's name that opens with `name`, two words or more ("BERITA MALUKU" for
    "... | Berita Maluku Online | ..."); a kicker or headline is longer."""
    want = _squash(name)
    return len(name.split()) >= 2 and any(
        len(part.split()) <= _MAX_SEGMENT_WORDS and _squash(part).startswith(want)
        for text in sites for part in _SEGMENT.split(text.strip()))


def _shouted_brand(name: str) -> bool:
    """"MATA INDONESIA" before "JAKARTA": two or three shouted words that no table knows as a
    place and that hold no word of a place's name read as the outlet."""
    words = name.split()
    return name.isupper() and 2 <= len(words) <= 3 and not is_place(name) \
        and not is_place(words[0]) and not any(w.lower().strip(".") in _PLACE_PARTS for w in words)


def _regional_brand(name: str) -> bool:
    """One word that glues a province's short form to a prefix: "Kitasulsel", "BENTENGSUMBAR"."""
    low = name.lower()
    return name.isalnum() and any(low.endswith(r) and len(low) - len(r) >= _MAX_ACRONYM
                                  for r in REGION_ABBREVIATIONS)


def _without_chrome(place: str) -> str:
    """"ADVERTISEMENT JAKARTA" -> "JAKARTA": a label copied onto the dateline's line."""
    words = place.split()
    # round 31: not when one media noun would be left: "Jatim Newsroom", "Daerah News", "Sulsel
    # Post" are an outlet's name whose first word a menu also prints, no label on a place
    while len(words) > 1 and is_furniture_word(words[0]) \
            and not (len(words) == 2 and OUTLET_WORDS.fullmatch(words[1])):
        words.pop(0)
    return " ".join(words)


def _own_name(place: str | None, outlet: str | None, sites: tuple[str, ...]
              ) -> tuple[str | None, str | None]:
    """"BPPM MAHKAMAH — " on a page whose logo line is "BPPM MAHKAMAH": the page's own name,
    shouted there as here, stands where a place would, so it is the outlet (a caption's
    "KAPAL LAMBAT -" under a menu's "Kapal Lambat" is not)."""
    if dated_bracket(outlet):
        outlet = None  # round 36: "UNAIR (Monday, May 4, 2026) – ": the stamp's date
    if place and not outlet and not is_place(place) and site_short_form(place, sites):
        return None, None  # round 36: "UNDIP" under "Universitas Diponegoro": the site's stamp
    if place and place.isupper() and not outlet and not is_place(place) \
            and place in (s.strip() for s in sites):
        return None, place
    if place and not outlet and not is_place(place) and sites and place == sites[0].strip() \
            and not any(w.lower() in _PLACE_PARTS for w in place.split()):
        return None, place  # "Kabar Jambi" the page's first line, its logo, and its dateline
    if place and place.isupper() and place.isalpha() and not outlet and not is_place(place) \
            and any(s.strip().startswith(place + " ") and _regional_masthead(s.strip())
                    for s in sites):
        return None, None  # round 36: "KABAR - " under the logo "KABAR SULBAR": its first word
    return place, outlet
