"""Round 38, published times: generated variants of the family that fresh110-113 (and, under
the convention every set now follows, forty earlier pages) missed, a blog post's footer time
completing the date header's bare date, and decoys of similar shape that must keep today's
reading (made-up blogs, places, names and headlines; none copied from a fixture)."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.post_footer import footer_time

LEAD = ("Puluhan pedagang sayur di pasar desa mengeluhkan atap los yang bocor setiap kali hujan "
        "deras turun sehingga dagangan mereka basah dan cepat busuk.")
P2 = ("Kepala pasar, Suryadi, mengatakan perbaikan atap sudah diusulkan kepada dinas sejak awal "
      "tahun tetapi anggaran baru bisa dicairkan pada triwulan ketiga.")
P3 = ("Sementara menunggu perbaikan, pedagang memasang terpal di atas lapak dengan biaya sendiri "
      "agar tetap bisa berjualan saat musim hujan.")
HEAD = "Atap Los Pasar Desa Bocor, Pedagang Sayur Pasang Terpal Sendiri"


def _blog(date: str, footer: str, *, lead: str = LEAD, blog: str = "Warta Lereng",
          more: tuple[str, ...] = ()) -> str:
    return "\n\n".join([blog.upper(), "Kabar dari kaki gunung", "Beranda", date, HEAD, lead, P2,
                        P3, footer, "Label: Ekonomi", *more, "Posting Lebih Baru Posting Lama "
                        "Beranda", "Langganan: Posting Komentar (Atom)"])


@pytest.mark.parametrize("date,footer,iso", [
    ("Senin, 16 Maret 2026", "Diposting oleh Warta Lereng di 10.15 Tidak ada komentar:",
     "2026-03-16T10:15:00+07:00"),
    ("Rabu, 08 April 2026", "Diposkan oleh Admin di 20:05 0 komentar",
     "2026-04-08T20:05:00+07:00"),
    ("Kamis, 2 Juli 2026", "Diposting oleh Redaksi Warta di 7.40", "2026-07-02T07:40:00+07:00"),
    ("Tuesday, March 10, 2026", "Posted by Warta Lereng at 9:12 PM 0 comments",
     "2026-03-10T21:12:00+07:00"),
    ("Friday, May 22, 2026", "Posted by admin at 12:30 AM", "2026-05-22T00:30:00+07:00"),
    ("Sunday, June 14, 2026", "Posted by Hendra W. at 12:05 PM No comments:",
     "2026-06-14T12:05:00+07:00"),
    ("Sabtu, 10 Oktober 2026", "Posted by Humas Desa at 15.40", "2026-10-10T15:40:00+07:00"),
])
def test_footer_time_completes_the_date_header(date, footer, iso):
    assert clean(_blog(date, footer)).published == iso


def test_footer_time_takes_the_zone_of_the_place():
    lead = "Mataram - " + LEAD
    assert clean(_blog("Jumat, 22 Mei 2026", "Diposting oleh Admin di 14.35", lead=lead)
                 ).published == "2026-05-22T14:35:00+08:00"
    lead = "JAYAPURA - " + LEAD
    assert clean(_blog("Jumat, 22 Mei 2026", "Diposting oleh Admin di 14.35", lead=lead)
                 ).published == "2026-05-22T14:35:00+09:00"


def test_the_first_footer_signs_the_story_on_a_listing_page():
    more = ("Kamis, 15 Oktober 2026", "Jalan Desa Longsor, Warga Gotong Royong",
            "Warga bergotong royong menyingkirkan tanah longsor dari jalan desa ...",
            "Diposting oleh Warta Lereng di 08.40 0 komentar")
    page = _blog("Jumat, 16 Oktober 2026", "Diposting oleh Warta Lereng di 19.10 0 komentar",
                 more=more)
    assert clean(page).published == "2026-10-16T19:10:00+07:00"


@pytest.mark.parametrize("line", [
    "Posted by Berita Lereng on Jumat, 20 Februari 2026",  # a footer's date: no time
    "Diposting oleh Warta Lereng",  # no time at all
    "Diposting oleh Warta Lereng di Ekonomi, Daerah",  # the post's labels
    "Posted by admin at 14:20 PM",  # no clock a theme prints
    "Posted by admin at 10.15.2026",  # a date, not a time
    "Acara dibuka pukul 10.15 oleh bupati di pendopo kabupaten.",  # a sentence with an hour
    "Pesan yang diposting oleh akun itu di media sosial pada 19.40 malam langsung viral dan "
    "dibagikan ribuan kali oleh warganet yang marah.",  # a sentence: its signer is no account
])
def test_decoy_not_a_footer_time(line):
    assert footer_time(line) is None


def test_decoy_a_stamp_with_its_own_hour_keeps_it():
    page = _blog("Senin, 16 Maret 2026 - 08:00 WIB", "Diposting oleh Warta Lereng di 10.15")
    assert clean(page).published == "2026-03-16T08:00:00+07:00"


def test_decoy_no_date_on_the_page_no_time_made_up():
    page = "\n\n".join(["WARTA LERENG", "Beranda", HEAD, LEAD, P2, P3,
                        "Diposting oleh Warta Lereng di 10.15", "Posting Lama Beranda"])
    assert clean(page).published is None


# --- the zone of a zoneless time: a regency's short form names its zone ("KUKAR - ", "Lotim,
# Kabar ... -"), and a dateline's place known in Jakarta time is Jakarta time, whatever the
# site's name says ("PONOROGO, TIMES Singapore -") --------------------------------------------

def _stamped(dateline: str, site: str = "Kabar Pesisir") -> str:
    return "\n\n".join([site, "Beranda", HEAD, "Rabu, 10 Juni 2026 19:40", dateline + LEAD, P2,
                        P3, "Bagikan:", f"© 2026 {site}"])


@pytest.mark.parametrize("dateline,offset", [
    ("KUKAR - ", "+08:00"),
    ("Lotim - ", "+08:00"),
    ("PARIMO, Kabar Pesisir - ", "+08:00"),
    ("Halut - ", "+09:00"),
    ("Konsel - ", "+08:00"),
])
def test_regency_short_form_gives_its_zone(dateline, offset):
    assert clean(_stamped(dateline)).published == "2026-06-10T19:40:00" + offset


@pytest.mark.parametrize("dateline,site", [
    ("PONOROGO, TIMES Singapore - ", "TIMES Singapore"),
    ("Kediri - ", "Kabar Manila"),
])
def test_a_jakarta_time_place_outranks_the_site_name(dateline, site):
    assert clean(_stamped(dateline, site)).published == "2026-06-10T19:40:00+07:00"


def test_decoy_site_abroad_with_no_place_keeps_its_zone():
    page = "\n\n".join(["TIMES Singapore", "Home", HEAD, "Rabu, 10 Juni 2026 19:40", LEAD, P2,
                        P3, "© 2026 TIMES Singapore"])
    assert clean(page).published == "2026-06-10T19:40:00+08:00"


def test_regency_short_forms_name_regencies_of_the_gazetteer():
    from translator.dates import zone_of_place
    from translator.places_id import REGENCY_NAMES, REGENCY_SHORT
    assert REGENCY_SHORT and all(name in REGENCY_NAMES for name in REGENCY_SHORT.values())
    assert all(zone_of_place(short) for short in REGENCY_SHORT)  # each one outside WIB
