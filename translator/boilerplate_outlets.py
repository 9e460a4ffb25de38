"""Data for `clean`: the news outlets the cleaner knows by name (boilerplate.py re-exports them).

A known outlet is named in a dateline, a byline, a copyright line or a logo; its row gives the
name to display and how pages spell it."""

from __future__ import annotations

import re
from typing import NamedTuple


class Outlet(NamedTuple):
    """A news outlet: its display name and a regex for how pages name it."""

    name: str
    pattern: str  # case-sensitive unless wrapped in (?i:...): "antara" is also a common word


OUTLETS: tuple[Outlet, ...] = (
    Outlet("SINDOnews", r"(?i:sindonews(?:\.com)?)"),
    Outlet("Kompas.com", r"(?i:kompas\.com|kompas cyber media)"),
    Outlet("Kompas.id", r"(?i:kompas\.id)|Harian Kompas|KOMPAS(?!\.com|[\s.]?TV)"),
    Outlet("detikcom", r"(?i:detik\.com)|detikcom|detik[A-Z]\w+|20detik"),
    Outlet("Liputan6.com", r"(?i:liputan6(?:\.com)?)"),
    Outlet("ANTARA", r"ANTARA|Antara News|(?i:antaranews\.com)|\(Antara\)|Kantor Berita Antara"),
    Outlet("Tempo.co", r"(?i:tempo\.co)|TEMPO|Koran Tempo|Majalah Tempo"),
    Outlet("CNN Indonesia", r"CNN Indonesia|(?i:cnnindonesia\.com)"),
    Outlet("CNBC Indonesia", r"CNBC Indonesia|(?i:cnbcindonesia\.com)"),
    Outlet("Tribunnews.com", r"(?i:tribunnews(?:\.com)?)"),
    Outlet("Okezone", r"(?i:okezone(?:\.com)?)"),
    Outlet("Republika", r"(?i:republika(?:\.co\.id|\.id)?)"),
    Outlet("Investor.id", r"(?i:investor\.id)|Investor Daily"),
    Outlet("IDN Times", r"IDN Times|(?i:idntimes\.com)"),
    Outlet("kumparan", r"(?i:kumparan(?:\.com)?)|kumparan[A-Z]+"),
    Outlet("Suara.com", r"(?i:suara\.com)"),
    Outlet("Merdeka.com", r"(?i:merdeka\.com)"),
    Outlet("Bisnis.com", r"(?i:bisnis\.com)|Bisnis Indonesia"),
    Outlet("Jawa Pos", r"(?i:jawapos\.com)|Jawa ?Pos"),
    Outlet("Media Indonesia", r"Media Indonesia|(?i:mediaindonesia\.com)"),
    Outlet("Katadata", r"(?i:katadata(?:\.co\.id)?)"),
    Outlet("Kontan", r"(?i:kontan\.co\.id)|KONTAN|Kontan\.co\.id"),
    Outlet("VIVA", r"(?i:viva\.co\.id)|VIVA"),
    Outlet("JPNN.com", r"(?i:jpnn(?:\.com)?)"),
    Outlet("iNews.id", r"(?i:inews\.id)|iNews(?:\.id)?|iNewsTV"),
    Outlet("RMOL", r"(?i:rmol\.id)|RMOL"),
    Outlet("Tirto.id", r"(?i:tirto\.id)"),
    Outlet("Beritasatu", r"(?i:beritasatu(?:\.com)?)"),
    Outlet("Medcom.id", r"(?i:medcom\.id)"),
    Outlet("Pikiran Rakyat", r"(?i:pikiran-rakyat\.com)|Pikiran Rakyat"),
    Outlet("The Jakarta Post", r"(?i:the jakarta post|thejakartapost(?:\.com)?)|Jakarta Post"),
    Outlet("Jakarta Globe", r"(?i:jakarta ?globe(?:\.id)?)"),
    Outlet("Disway Kaltim", r"Disway Kaltim|(?i:nomorsatukaltim(?:\.disway\.id)?)"),
    Outlet("Harian Jogja", r"Harian Jogja|(?i:harianjogja(?:\.com)?)"),
    Outlet("SuaraIndonesia1", r"(?i:suaraindonesia1(?:\.com)?)"),
    # Regional and English-language sites of the fresh2 development set (issue 9, round 4).
    Outlet("Posmetro Medan", r"(?i:posmetro[ -]?medan(?:\.com)?)"),
    Outlet("Pos Kupang", r"(?i:pos-kupang(?:\.\s?com)?|pos kupang)"),
    Outlet("Papua Pos", r"Papua Pos|PAPOS|(?i:papuapos\.com)"),
    Outlet("Global Timur Nusantara News", r"(?i:globaltimurnn(?:\.com)?"
                                          r"|global timur nusantara news(?:\.com)?)"),
    Outlet("Seputar Kaltim", r"Seputar Kaltim|(?i:seputarkaltim\.com)"),
    Outlet("Suara Kahayan News", r"Suara Kahayan News|SK News"),
    Outlet("TVRI Jakarta News", r"(?i:tvri ?jakarta ?news)"),
    Outlet("indotimur.com", r"(?i:indotimur(?:\.com)?)"),
    Outlet("Coconuts Jakarta", r"Coconuts Jakarta"),
    Outlet("Indonesia Expat", r"Indonesia Expat|(?i:indonesiaexpat\.id)"),
    Outlet("The Bali Sun", r"(?i:the bali sun|thebalisun\.com)"),
    Outlet("UNIPA Surabaya", r"UNIPA Surabaya"),
)
OUTLET_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    # the alternatives grouped, so that the word edges hold for each ("iNews" in "LimaSisiNews")
    (o.name, re.compile(rf"(?<![\w.])(?:{o.pattern})(?![\w])")) for o in OUTLETS
)
