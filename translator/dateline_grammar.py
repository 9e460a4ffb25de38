"""A dateline grammar, read when the tables and shapes found none (round 30): a place (with
its province or region), an optional outlet stamp before or after it, an optional date, then a
separator before the capitalised lead word:

    "Lembah Sari, Jawa Tengah | kabarlembah.com – Warga ..."   (place, region, bar, outlet)
    "Kali Asri, warta RAKYAT | Tradisi ..."                     (place, a lower+CAPS outlet)
    "KARANG ASRI, KS (12/3/2026) - Ratusan ..."                  (place, initials, date)
    "kabarkota.id | Tanjung Welas Kamis (12/3/2026) — Warga ..." (outlet, bar, place, date)
    "16 March 2026, 09:12 WIB, KARANG ASRI – Farmers ..."       (a stamp before the place)
"""
from __future__ import annotations

import re

from .dateline_guard import furniture_place
from .dates import DAYS, MONTHS
from .dateline_names import is_place

# the weekdays and months of translator/dates.py as a dateline prints them, capitalised
# ("Kamis", "Maret", "Mar."): a shouted "SENIN" after a shouted place is read by other rules
_DAYS = "(?:" + "|".join(d.capitalize() for d in sorted(DAYS, key=len, reverse=True)) + ")"
_MONTHS = "(?:" + "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True)) \
    + r")\.?"
_NUMERIC = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"
# "(12/3/2026)", "(Kamis, 12/3)", "Kamis (12/3/2026)", ", 12 Maret 2026"
_DATE = (rf"(?:\s*\((?:{_DAYS},?\s*)?{_NUMERIC}\)|\s+{_DAYS}\s*\({_NUMERIC}\)"
         rf"|\s*,?\s*(?:{_DAYS},?\s*)?\d{{1,2}}\s+{_MONTHS}\s+\d{{4}})")
# a place: one to four capitalised words ("Lembah Sari", "KABUPATEN WONOREJA", "Desa Mulya")
_WORD = rf"(?!{_DAYS}\b)[A-Z][A-Za-z'’-]*"
_PLACE = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"
_REGION = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"
# an outlet's stamp: a web address, initials, one capitalised or camel-case word, or a lower
# word before a capitalised one ("kabarkota.id", "KS", "Wartasari", "detikKota", "warta RAKYAT")
_DOMAIN = r"[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?i:com|co\.id|id|net|org|news|tv|info|online|co)\b"
_OUTLET = (rf"(?:{_DOMAIN}|[A-Z]{{2,5}}|[A-Z][a-z]+(?:[A-Z][a-z]+)*|[a-z]+[A-Z][A-Za-z]*"
           rf"|[a-z]+\s[A-Z]{{3,}})")
_SEP = r"(?:\s*,\s*-|\s*[-–—:|]{1,2})\s*"
_LEAD = r"(?P<rest>[\"“'‘]?[A-Z].*)"
# a stamp of the post's date and hour before the place: "16 March 2026, 09:12 WIB, "
_STAMP = re.compile(rf"(?:{_DAYS},?\s*)?\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}\s*[,|]?\s*"
                    rf"(?:pukul\s*)?\d{{1,2}}[:.]\d{{2}}(?:\s*(?:WIB|WITA|WIT))?\s*[,|]\s*")

_FORMS = (
    # place (, region) , | outlet (date) sep lead
    ("place_outlet", re.compile(rf"(?P<place>{_PLACE})(?:,\s*(?P<region>{_REGION}))?"
                                rf"(?:,\s*|\s*\|\s*)(?P<outlet>{_OUTLET})(?P<date>{_DATE})?"
                                rf"{_SEP}{_LEAD}")),
    # outlet , - | place (date) sep lead
    ("outlet_place", re.compile(rf"(?P<outlet>{_OUTLET})(?:,\s*|\s+[-–—|]\s+)"
                                rf"(?P<place>{_PLACE})(?:,\s*(?P<region>{_REGION}))?"
                                rf"(?P<date>{_DATE})?{_SEP}{_LEAD}")),
    # place.outlet.com (date) sep lead
    ("glued", re.compile(rf"(?P<place>{_PLACE})\.(?P<outlet>{_DOMAIN})(?P<date>{_DATE})?"
                         rf"{_SEP}{_LEAD}")),
    # place (, region) (date) sep lead
    ("place", re.compile(rf"(?P<place>{_PLACE})(?:,\s*(?P<region>{_REGION}))?"
                         rf"(?P<date>{_DATE})?{_SEP}{_LEAD}")),
    # PLACE (date) Lead: no separator, a capitalised place before a capitalised lead word
    ("bare", re.compile(rf"(?P<place>[A-Z]{{3,}}(?:\s+[A-Z]{{3,}}){{0,2}})(?P<date>{_DATE})?"
                        rf"\s+(?P<rest>[A-Z][a-z]+\s+[a-z].*[.!?\"”])")),
)
_MIN_REST_WORDS = 5
_MAX_PREFIX_WORDS = 9
# words that open a sentence or a page's label, never a place ("Baca Juga: ", "Foto: ")
_NOT_PLACE = frozenset("""baca juga foto sumber editor penulis reporter laporan oleh video
    simak lihat tags tag kategori berita terkait artikel catatan keterangan ilustrasi update
    dan atau yang di ke dari pada untuk ini itu the a an by""".split())


# a label after a comma, never an outlet ("Kampung Media X, Sekretariat: Jalan ...")
_NOT_OUTLET = frozenset("sekretariat alamat redaksi kantor telepon telp email kontak".split())
# words that open an area's name: "Kabupaten Wonoreja", "Desa Mulya" are places by their shape
_AREA_WORDS = frozenset({"Kabupaten", "Kota", "Desa", "Kecamatan", "Kelurahan"})


def _placelike(place: str) -> bool:
    words = place.split()
    return not any(w.lower().strip("'’") in _NOT_PLACE for w in words)


def grammar_dateline(text: str) -> tuple[str | None, str | None, str] | None:
    """(place, outlet, lead) read by the grammar above, else None."""
    line = text.strip()
    if stamp := _STAMP.match(line):
        line = line[stamp.end():]
    for name, form in _FORMS:
        m = form.fullmatch(line)
        if not m:
            continue
        rest = m["rest"].strip()
        prefix = line[:m.start("rest")]
        if len(rest.split()) < _MIN_REST_WORDS or len(prefix.split()) > _MAX_PREFIX_WORDS:
            continue
        place = m["place"].strip()
        outlet = m.groupdict().get("outlet")
        region = m.groupdict().get("region")
        if not _placelike(place) or region and not _placelike(region):
            continue
        if outlet and is_place(outlet) and name == "place_outlet" and not region:
            region, outlet = outlet, None  # "Lembah Sari, Aceh –": the province, no outlet
        if name == "outlet_place" and outlet and " " not in outlet and is_place(outlet) \
                and not is_place(place):
            continue
        # only a stamp (outlet, date, an hour before it), a known or capitalised place tells a
        # dateline from a sentence's opening words ("Kepala Desa Sari: Warga ...")
        if "|" in rest or outlet and outlet.lower() in _NOT_OUTLET:
            continue  # "Stunting | Perubahan Iklim | ...": a menu's row; "X, Sekretariat: "
        if not (outlet or m["date"] or stamp or is_place(place)
                or name == "bare" or place.split()[0] in _AREA_WORDS):
            continue
        if name == "bare" and " " not in place and not (m["date"] or is_place(place)):
            continue  # "NASIONAL Warga ...", "KPK Tetapkan ...": a rubric or a name, no place
        if name == "place_outlet" and not (m["date"] or stamp or is_place(place)) \
                and re.fullmatch(r"[A-Z]{2,5}|[A-Z][a-z]+", outlet or ""):
            continue  # "Rapat Pleno, DIY | ": initials or a word after unknown words, no date
        if name == "place" and ":" in prefix[-3:] and not (m["date"] or is_place(place)):
            continue  # "Kepala Desa: Warga ...": a label, not a place
        if furniture_place(place) or region and furniture_place(region):
            continue  # "Rapat, Dewan Kota (12/2/2026)- ": an office is never the place
        if re.search(r"\S[-–]$", prefix) and not (m["date"] or outlet or place.isupper()):
            continue  # "Jakarta-Bandung kini ...": a route; "JAKARTA-Kementerian" is a dateline
        if region and not outlet:
            place = f"{place}, {region}"  # "PEKANBARU, RIAU - ": the city and its province
        return place, outlet, rest
    return None


def longer_reading(text: str, found: tuple[str | None, str | None, str]
                   ) -> tuple[str | None, str | None, str]:
    """The grammar's reading where it cuts more of the line than the rules did and names a
    place: "kabarkota.id - Tanjung Welas (12/3/2026) – Warga ..." read as the outlet alone
    left the place and date in the lead; "Tanjung Welas | KS (12/3/2026) - " the same."""
    again = grammar_dateline(text)
    if again and again[0] and len(again[2]) < len(found[2]) and found[2].endswith(again[2]) \
            and re.search(rf"\d|\b{_DAYS}\b", found[2][:len(found[2]) - len(again[2])]):
        return again  # only a date left in the lead tells: "Salahutu - Info Digital - " is not
    if again and again[0] and again[2] == found[2] and found[0] \
            and re.search(rf"\d|\.\w|\s{_DAYS}$", found[0]) \
            and not re.search(rf"\d|\.\w|\s{_DAYS}$", again[0]):
        # the rules' place kept a day, a date or an address: "Tanjung Welas Kamis (12/3) - ",
        # "Desa Mulya.kabarkota.id, 12 Maret 2026 - "
        return again
    return found


_LONE = re.compile(rf"(?P<place>{_PLACE})(?:,\s*(?P<region>{_REGION}))?"
                   rf"(?:(?:,\s*|\s*\|\s*)(?P<outlet>{_OUTLET}))?(?P<date>{_DATE})"
                   rf"(?:{_SEP})?")


def lone_stamp(text: str) -> tuple[str | None, str | None] | None:
    """(place, outlet) of a line that is a dateline with its date and nothing else, the lead on
    the next line: "KARANG ASRI, KS (12/3/2026)", "Tanjung Welas, kabarkota.id, 12 Maret
    2026 -", "Lembah Sari Kamis (12/3/2026)". The date is required: alone, the words may be a
    label or a name."""
    m = _LONE.fullmatch(text.strip())
    if m is None or not _placelike(m["place"]) or (m["outlet"] or "").lower() in _NOT_OUTLET:
        return None
    place, outlet, region = m["place"], m["outlet"], m["region"]
    if region and not outlet and not is_place(region) and re.fullmatch(_OUTLET, region):
        region, outlet = None, region  # "KARANG ASRI, KS (12/3)": initials, no province
    if outlet and is_place(outlet) and not region:
        return f"{place}, {outlet}", None
    return (place if outlet or not region else f"{place}, {region}"), outlet
