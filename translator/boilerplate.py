"""Data for `clean`: page-furniture lines, section ends, datelines, bylines and outlets.

Everything outlet-specific lives here as table rows, so supporting a new outlet means adding
rows, not code. Line patterns are matched against a whole normalised line (`fullmatch`).
"""

from __future__ import annotations

import re
from typing import NamedTuple


def _compile_lines(rows: tuple[tuple[str, str], ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(kind, regex) rows -> (kind, compiled) rows, case-insensitive."""
    return tuple((kind, re.compile(rx, re.IGNORECASE)) for kind, rx in rows)


# Who photo credits name: agencies, outlets' own photo desks, "documentation", "handout".
_CREDITS = (r"kompas\.com|antara foto|antara|detikcom|sindonews|dok\.?|istimewa|tangkapan layar"
            r"|shutterstock|afp|reuters|ap(?: photo)?|getty images|epa|tribunnews")

# Credits that only ever label pictures (never a news agency cited for a paragraph).
_PHOTO_CREDITS = r"dok\.?|istimewa|tangkapan layar|shutterstock|getty images|antara foto|ap photo"

# Lines that are never article text, by kind (the kind only helps tests and debugging).
# Each regex must match the WHOLE line; `(?-i:...)` marks the parts that are case-sensitive.
FURNITURE = _compile_lines((
    ("loading", r"loading\.*|memuat\.*|please wait\.*"),
    ("font-size", r"(?:A[+-]?\s*){1,3}"),
    ("pagination", r"halaman\s*:?(?:\s*\d+)*|halaman \d+ dari \d+|\d{1,3}"
                   r"|(?:halaman\s+)?(?:selanjutnya|berikutnya|sebelumnya)|next page|show all"
                   r"|tampilkan semua|lihat semua|(?:baca|lihat) selengkapnya\W*|selengkapnya"),
    ("share", r"(?:bagikan|share|tweet|facebook|twitter|x|whatsapp|telegram|line|linkedin"
              r"|pinterest|e-?mail|copy link|salin (?:tautan|link)"
              r"|(?:link|url|tautan) (?:telah )?disalin)\s*:?"),
    ("advert", r"advertisement|scroll to (?:continue|resume)(?: with content)?|iklan|ads?"
               r"|sponsored|konten (?:sponsor|berbayar)|ad by \w+"),
    # "Baca juga: <headline>" inline; the bare "Baca juga" header is RELATED_HEADERS below.
    ("related-link", r"(?:baca|lihat|simak)\s+(?:juga|pula)\s*:?\s*\S.*"),
    ("video", r"simak\s+(?:video|juga|breaking news|berita|selengkapnya|informasi|artikel|live)\b.*"
              r"|\[gambas:[^\]]*\]|(?:tonton|saksikan)(?:\s+juga)?(?:\s+video)?\s*:.*|video\s*:.*"),
    ("caption", r"(?:foto|photo|ilustrasi|gambar|dok\.?|keterangan foto)\s*:.*"),
    # A caption ends in its credit: "... New Delhi, India. Foto/Reuters", "... (KOMPAS.com/X)".
    ("caption-credit", r".*\b(?:foto|photo|dok)\s*/\s*[\w &/'’-]{2,40}"),
    ("caption-credit", r".*\b(?:kompas\.com|antara foto|dok\.?)/[\w .&'’-]{2,40}(?<!\.)"),
    # "(KOMPAS.com/NAME)", "(Name/detikcom)": a credit with a slash is never article text.
    ("caption-credit", rf".*\((?:foto\s*:?\s*)?(?:{_CREDITS})\s*/[^()]*\)"
                       rf"|.*\([^()]*/\s*(?:{_CREDITS})\)"),
    # "(AFP)" after a phrase closes a caption, but "... katanya. (Antara)" closes a paragraph;
    # "(Dok. Istimewa)" is a photo credit wherever it stands.
    ("caption-credit", rf".*[^.!?\"”’'\s]\s*\((?:foto\s*:?\s*)?(?:{_CREDITS})[^()]*\)"
                       rf"|.*\((?:foto\s*:?\s*)?(?:{_PHOTO_CREDITS})[^()]*\)"),
    ("photo-ui", r"lihat foto|(?:\d+\s+)?foto|galeri foto|perbesar"),
    # Reporter initials closing an article: "(ian)", "(rrd/das)".
    ("initials", r"(?-i:\([a-z]{2,5}(?:/[a-z]{2,5})*\))|\(\*\)"),
    ("newsletter", r".*\bnewsletter\b.*|dapatkan\s+(?:berita|update|info|informasi|notifikasi)\b.*"
                   r"|.*\bdaftar sekarang\W*"),
    ("app-promo", r"(?:download|unduh)\s+(?:aplikasi|app)\b.*|pilih saluran andalanmu.*"
                  r"|.*\b(?:whatsapp channel|saluran whatsapp|google news)\b.*"
                  r"|(?:ikuti|follow)\s+(?:kami|us|berita|kanal|saluran|akun)\b.*"),
    ("copyright", r"(?:copyright|hak cipta|©|\(c\)).*|.*all rights reserved\W*"),
    ("render-stats", r"render(?:ed)? in [\d.]+ ?(?:seconds|detik|s)|page generated in .*"),
    ("source", r"sumber\s*:.*"),
    ("tags", r"(?:tags?|topik)\s*:.*"),
    ("breadcrumb", r"(?:home|beranda|news|berita)\s*[>»/|]\s*.*"),
    ("audio", r"dengarkan(?:\s+(?:berita|artikel)(?:\s+ini)?)?|listen to this article"
              r"|\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?"),
    ("comments", r"\d*\s*komentar|(?:tulis|beri|lihat) komentar|login untuk berkomentar"),
    ("url", r"(?:https?://|www\.)\S+"),
))

# Headers of the related-headline blocks that close a page: the article is over.
END_MARKERS = _compile_lines((
    ("related", r"(?:berita|artikel|topik|video|konten|foto)\s+"
                r"(?:terkait|lainnya|pilihan|terpopuler|populer|menarik|rekomendasi|terbaru)"),
    ("related", r"rekomendasi(?:\s+(?:berita|artikel|untuk\s+anda))?|terpopuler|populer"
                r"|terkini|berita terkini|pilihan redaksi|pilihan untukmu|most popular"
                r"|related(?:\s+(?:articles?|news))?|read more|trending|terbaru|tags?|komentar"),
))

# A bare "Baca juga" header: the short headline lines after it are links, not text.
RELATED_HEADERS = _compile_lines((
    ("related", r"(?:baca|lihat|simak)\s+(?:juga|pula)|baca selanjutnya"),
))

# Datelines open the first paragraph. `place` and/or `outlet` are captured; `rest` is the
# paragraph's own text. Tried in order; the first that matches wins.
_DASH = r"(?:\s+[-–—]{1,2}\s*|\s*[-–—]{1,2}\s+|\s*—\s*)"
_PLACE_UPPER = r"[A-Z][A-Z.'’]*(?:\s[A-Z][A-Z.'’]*){0,3}"
_PLACE_TITLE = r"[A-Z][a-z.'’]+(?:\s[A-Z][a-z.'’]+){0,3}"
_DOMAIN = r"(?:[A-Za-z0-9]+\.)+(?:com|co|id|net|ID|COM|CO)"
DATELINES: tuple[re.Pattern[str], ...] = tuple(re.compile(p) for p in (
    # Liputan6.com, Jakarta - / TEMPO.CO, Jakarta - / REPUBLIKA.CO.ID, JAKARTA -- (before the next
    # row, which would read TEMPO.CO as a place)
    rf"(?P<outlet>{_DOMAIN}),\s*(?P<place>{_PLACE_UPPER}|{_PLACE_TITLE}){_DASH}(?P<rest>.+)",
    # JAKARTA, KOMPAS.com - / JAKARTA, investor.id - / Jakarta, CNN Indonesia --
    rf"(?P<place>{_PLACE_UPPER}|{_PLACE_TITLE}),\s*"
    rf"(?P<outlet>{_DOMAIN}|[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,2}}){_DASH}(?P<rest>.+)",
    # Jakarta (ANTARA) - / WASHINGTON (Reuters) -
    rf"(?P<place>{_PLACE_UPPER}|{_PLACE_TITLE})\s*\((?P<outlet>[^()]{{2,30}})\){_DASH}(?P<rest>.+)",
    # Suara.com - / Merdeka.com -
    rf"(?P<outlet>{_DOMAIN}){_DASH}(?P<rest>.+)",
    # NEW DELHI - / JAKARTA -- / Jakarta -
    rf"(?P<place>{_PLACE_UPPER}|{_PLACE_TITLE}){_DASH}(?P<rest>.+)",
))
# A dateline introduces a paragraph; a short line "Home - News" is a menu.
MIN_DATELINE_REST_WORDS = 6

# Byline lines; `name` is the person. Labels are case-insensitive, names start upper-case.
_NAME = r"(?P<name>[A-Z][^\n]*)"
BYLINES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(rx)) for role, rx in (
        ("author", r"(?i:penulis|reporter|pewarta|wartawan|kontributor|writer|author)"
                   rf"\s*[:|]?\s*{_NAME}?"),
        ("author", rf"(?i:oleh|by)\s*:\s*{_NAME}"),
        ("editor", rf"(?i:editor|penyunting|redaktur)\s*[:|]?\s*{_NAME}?"),
        # detikcom: "Herdi Alif Al Hikam - detikFinance"
        ("author", r"(?P<name>[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,4})\s+-\s+(?:detik[A-Z]\w*)"),
    )
)
MAX_NAME_WORDS = 8


class Outlet(NamedTuple):
    """A news outlet: its display name and a regex for how pages name it."""

    name: str
    pattern: str  # case-sensitive unless wrapped in (?i:...): "antara" is also a common word


OUTLETS: tuple[Outlet, ...] = (
    Outlet("SINDOnews", r"(?i:sindonews(?:\.com)?)"),
    Outlet("Kompas.com", r"(?i:kompas\.com|kompas cyber media)"),
    Outlet("detikcom", r"(?i:detik\.com)|detikcom|detik[A-Z]\w+|20detik"),
    Outlet("Liputan6.com", r"(?i:liputan6(?:\.com)?)"),
    Outlet("ANTARA", r"ANTARA|Antara News|(?i:antaranews\.com)|\(Antara\)"),
    Outlet("Tempo.co", r"(?i:tempo\.co)|TEMPO|Koran Tempo|Majalah Tempo"),
    Outlet("CNN Indonesia", r"CNN Indonesia|(?i:cnnindonesia\.com)"),
    Outlet("CNBC Indonesia", r"CNBC Indonesia|(?i:cnbcindonesia\.com)"),
    Outlet("Tribunnews.com", r"(?i:tribunnews(?:\.com)?)"),
    Outlet("Okezone", r"(?i:okezone(?:\.com)?)"),
    Outlet("Republika", r"(?i:republika(?:\.co\.id)?)"),
    Outlet("Investor.id", r"(?i:investor\.id)|Investor Daily"),
    Outlet("IDN Times", r"IDN Times|(?i:idntimes\.com)"),
    Outlet("kumparan", r"(?i:kumparan(?:\.com)?)"),
    Outlet("Suara.com", r"(?i:suara\.com)"),
    Outlet("Merdeka.com", r"(?i:merdeka\.com)"),
    Outlet("Bisnis.com", r"(?i:bisnis\.com)|Bisnis Indonesia"),
    Outlet("Jawa Pos", r"(?i:jawapos\.com)|Jawa ?Pos"),
    Outlet("Media Indonesia", r"Media Indonesia|(?i:mediaindonesia\.com)"),
    Outlet("Katadata", r"(?i:katadata(?:\.co\.id)?)"),
    Outlet("Kontan", r"(?i:kontan\.co\.id)|KONTAN|Kontan\.co\.id"),
    Outlet("VIVA", r"(?i:viva\.co\.id)"),
    Outlet("The Jakarta Post", r"(?i:the jakarta post|thejakartapost\.com)"),
)
OUTLET_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (o.name, re.compile(rf"(?<![\w.]){o.pattern}(?![\w])")) for o in OUTLETS
)
