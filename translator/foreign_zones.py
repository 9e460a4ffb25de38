"""Round 36: the zone of a place outside Indonesia, for a page that prints a time and no zone.

A foreign service's page ("Taichung, 14 Mei (CNA) – ", "TAOYUAN – ", the site "KDEI Taipei",
"SBS Indonesian") prints its times in the local time of the place it is written from: the
dateline's place, else the office's city or the service's home. That place's UTC offset on the
page's own date is taken, daylight saving included (Sydney is +11:00 in January, +10:00 in
May; Berlin +01:00 in winter, +02:00 in summer). WIB/WITA/WIT stay for places in Indonesia
(dates.zone_of_place); a place in Jakarta time's own band (Bangkok, Hanoi) changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo  # the system's zone database (or tzdata's)

# (place names, IANA zone, standard offset): cities and countries a foreign page writes from,
# and the foreign services named by their home.
_PLACES: tuple[tuple[str, str, str], ...] = (
    (r"taiwan|taipei|taichung|taoyuan|kaohsiung|tainan|hsinchu|changhua|focus taiwan|cna",
     "Asia/Taipei", "+08:00"),
    (r"hong ?kong|macau|macao|china|tiongkok|beijing|shanghai|guangzhou|shenzhen|nanning"
     r"|kunming|guangxi|china radio international|cri", "Asia/Shanghai", "+08:00"),
    (r"singapura|singapore|kuala lumpur|malaysia|sabah|sarawak|penang|johor|manila"
     r"|filipina|philippines|perth", "Asia/Singapore", "+08:00"),
    (r"seoul|ansan|busan|incheon|korea|korea selatan|south korea|kbs|arirang",
     "Asia/Seoul", "+09:00"),
    (r"tokyo|osaka|nagoya|fukuoka|jepang|japan|nhk", "Asia/Tokyo", "+09:00"),
    (r"dili|timor[- ]leste|batugade|tatoli", "Asia/Dili", "+09:00"),
    (r"sydney|canberra|newcastle|wollongong|sbs|abc indonesia|abc news", "Australia/Sydney",
     "+10:00"),
    (r"melbourne|victoria|geelong", "Australia/Melbourne", "+10:00"),
    (r"brisbane|queensland|gold coast", "Australia/Brisbane", "+10:00"),
    (r"darwin", "Australia/Darwin", "+09:30"),
    (r"adelaide", "Australia/Adelaide", "+09:30"),
    (r"auckland|wellington|selandia baru|new zealand", "Pacific/Auckland", "+12:00"),
    (r"berlin|bonn|k[öo]ln|cologne|hamburg|m[üu]nchen|munich|frankfurt|jerman|germany"
     r"|dw indonesia|deutsche welle", "Europe/Berlin", "+01:00"),
    (r"amsterdam|den haag|the hague|groningen|leiden|rotterdam|utrecht|belanda|netherlands",
     "Europe/Amsterdam", "+01:00"),
    (r"paris|prancis|perancis|france", "Europe/Paris", "+01:00"),
    (r"london|inggris|britain|england|bbc", "Europe/London", "+00:00"),
    (r"istanbul|ankara|turki|t[üu]rkiye|turkey|trt|anadolu", "Europe/Istanbul", "+03:00"),
    (r"riyadh|jeddah|makkah|mekkah|madinah|saudi", "Asia/Riyadh", "+03:00"),
    (r"dubai|abu dhabi|uni emirat arab", "Asia/Dubai", "+04:00"),
    (r"washington|new york|voa", "America/New_York", "-05:00"),
)
_PATTERNS = tuple((re.compile(rf"(?i)(?<![\w-])(?:{rx})(?![\w-])"), zone, std)
                  for rx, zone, std in _PLACES)


def _offset_on(zone: str, std: str, iso: str) -> str:
    """The zone's offset at the wall-clock time `iso` (its own offset ignored); the zone's
    standard offset where the zone database lacks it."""
    try:
        when = dt.datetime.fromisoformat(iso[:19]).replace(tzinfo=ZoneInfo(zone))
    except (ValueError, KeyError, OSError):
        return std
    delta = when.utcoffset() or dt.timedelta(0)
    minutes = int(delta.total_seconds() // 60)
    sign, minutes = ("+" if minutes >= 0 else "-"), abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def foreign_offset(iso: str, name: str | None) -> str | None:
    """The UTC offset at `iso`'s date and hour of the foreign place or service `name` names
    ("Taichung", "KDEI Taipei", "SBS Indonesian"), else None."""
    if not name:
        return None
    for pattern, zone, std in _PATTERNS:
        if pattern.search(name):
            return _offset_on(zone, std, iso)
    return None
