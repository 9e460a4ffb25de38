"""Round 23, outlet and author: the families of publisher names and bylines added while tuning
on fresh44-fresh47, each with example lines written for this file in the manner of real pages."""

from __future__ import annotations

from translator.bylines_more import more_bylines
from translator.clean import clean
from translator.lines import Line, classify
from translator.logo_shapes import initialled_logo, institution_logo, periodical_logo
from translator.outlet_more import credited_address, lead_stamp
from translator.publisher import _masthead, dateline_outlet, outlet_of
from translator.site_names import posted_by_site

_REST = ("Kepala dinas setempat mengatakan pekerjaan itu ditargetkan rampung sebelum musim hujan "
         "tiba pada akhir bulan depan.\n\nWarga berharap pemerintah daerah juga memperbaiki "
         "saluran air di sepanjang jalan tersebut agar banjir tidak kembali terjadi.\n")
_BODY = ("warga Desa Tanjung Harapan bergotong royong memperbaiki jembatan kayu yang rusak "
         "diterjang banjir pekan lalu, Senin (16/2/2026).")


def _page(*top: str, lead: str, tail: str = "") -> str:
    return "\n\n".join((*top, lead, _REST + tail))


def _lines(text: str):
    return classify([t for t in text.split("\n") if t.strip()])


# --- the lead's stamp ---------------------------------------------------------------------

def test_a_place_a_bar_the_site_and_a_colon_stamp_the_lead() -> None:
    lead = f"Bireuen | Suara Peusangan : Puluhan {_BODY}"
    assert lead_stamp(_lines(_page("Jembatan Kayu Diperbaiki Warga", lead=lead))) \
        == "Suara Peusangan"


def test_a_capitalised_address_then_the_place_and_date_stamp_the_lead() -> None:
    lead = f"Kabarlahat.com, Lahat, 16 Februari 2026 – Puluhan {_BODY}"
    assert clean(_page("Jembatan Kayu Diperbaiki Warga", lead=lead)).outlet == "Kabarlahat.com"


def test_an_address_then_a_shouted_place_stamp_the_lead() -> None:
    lead = f"Lenteraambon.id AMBON – Puluhan {_BODY}"
    assert lead_stamp(_lines(_page("Jembatan Kayu Diperbaiki Warga", lead=lead))) \
        == "Lenteraambon.id"


def test_a_bracketed_name_after_the_place_with_a_comma_stamps_the_lead() -> None:
    lead = f"Waingapu (Sumbanews), {_BODY}"
    assert clean(_page("Jembatan Kayu Diperbaiki Warga", lead=lead)).outlet == "Sumbanews"
    lead = f"TERNATE, ( kabarmalut.id ), Puluhan {_BODY}"
    assert clean(_page("Jembatan Kayu Diperbaiki Warga", lead=lead)).outlet == "kabarmalut.id"


def test_a_bracketed_photo_credit_is_no_stamp() -> None:
    lead = f"Waingapu (Istimewa), {_BODY}"
    assert lead_stamp(_lines(_page("Jembatan Kayu Diperbaiki Warga", lead=lead))) is None


def test_a_one_word_brand_stamp_counts_when_the_story_signs_off_with_it() -> None:
    lead = f"Radiopase- Puluhan {_BODY}"
    page = _page("Jembatan Kayu Diperbaiki Warga", lead=lead,
                 tail="\nSelesai dikerjakan. (radiopase)\n")
    assert lead_stamp(_lines(page)) == "Radiopase"
    article = clean(page)
    assert article.outlet == "Radiopase" and article.dateline is None
    # no sign-off: the stamp may be a place no table knows, no brand
    assert lead_stamp(_lines(_page("Jembatan Kayu Diperbaiki Warga", lead=lead))) is None


# --- the page's top lines -------------------------------------------------------------------

def test_a_badge_label_printed_twice_is_no_masthead() -> None:
    page = _page("Powered By", "Powered By", "Jembatan Kayu Diperbaiki Warga",
                 lead=f"Puluhan {_BODY}")
    assert _masthead(_lines(page)) is None
    assert _masthead(_lines(page.replace("Powered By", "Kabar Sumba"))) == "Kabar Sumba"


def test_a_stamps_closing_full_stop_is_no_part_of_the_name() -> None:
    assert dateline_outlet("Warta Nagari Online.", _lines("Judul\n\nIsi")) == "Warta Nagari Online"
    assert dateline_outlet("Kabarpadang.com", _lines("Judul\n\nIsi")) == "Kabarpadang.com"


def test_blogger_indonesian_posted_by_line_names_the_blog() -> None:
    page = _page("Suara Lembah Baliem", "Kabar dari lembah", "Jembatan Kayu Diperbaiki Warga",
                 lead=f"Puluhan {_BODY}", tail="\nDiposting oleh Suara Lembah Baliem di 19.02\n")
    assert posted_by_site(_lines(page)) == "Suara Lembah Baliem"
    assert clean(page).outlet == "Suara Lembah Baliem"


def test_an_institution_over_its_page_when_the_story_names_it_whole() -> None:
    lead = ("Jakarta, 16 Februari 2026 — Badan Riset Pangan Nasional (BRPN) meluncurkan program "
            "pendampingan petani di dua puluh kabupaten mulai pekan ini.")
    page = _page("Badan Riset Pangan Nasional", "Beranda", "BRPN Dampingi Petani", lead=lead)
    assert institution_logo(_lines(page)) == "Badan Riset Pangan Nasional"
    # a headline opening with an office's name, named nowhere whole again: no logo
    headline = _page("Badan Gizi Tambah Dapur Umum", lead=f"Puluhan {_BODY}")
    assert institution_logo(_lines(headline)) is None


def test_a_logos_initials_written_as_a_word_name_the_organisation() -> None:
    page = _page("Dompet Peduli", "Warga Bangun Jembatan", lead=f"Relawan DP Lampung {_BODY}")
    assert initialled_logo(_lines(page)) == "Dompet Peduli"
    assert initialled_logo(_lines(page.replace("DP Lampung", "dari Lampung"))) is None


def test_a_caption_credit_with_the_sites_address_names_the_site() -> None:
    page = _page("Warga Bangun Jembatan",
                 "Warga memperbaiki jembatan, Senin (16/2/2026). (RUDI SANTOSO/BOLASPORTS.NET)",
                 lead=f"Puluhan {_BODY}")
    assert credited_address(_lines(page)) == "BOLASPORTS.NET"
    agency = page.replace("BOLASPORTS.NET", "ANTARA FOTO")
    assert credited_address(_lines(agency)) is None
    other = page.replace("RUDI SANTOSO/BOLASPORTS.NET", "Foto/beritasatu.com")
    assert credited_address(_lines(other)) is None


def test_a_place_and_a_periodicals_word_over_a_headline_are_the_sites_name() -> None:
    page = _page("Lombok Today", "Regency Plans New Ferry Schedule for the Gili Islands",
                 lead="The regency administration is preparing a new ferry schedule for the "
                      "three islands, officials said on Monday.")
    assert periodical_logo(_lines(page)) == "Lombok Today"
    assert outlet_of(_lines(page)) == "Lombok Today"
    assert periodical_logo(_lines(page.replace("Lombok Today", "Lombok Regency"))) is None


# --- bylines --------------------------------------------------------------------------------

def _authors(*texts: str) -> list[str | None]:
    return [ln.author for ln in more_bylines(classify(list(texts)))]


def test_a_newsroom_rank_signing_is_no_writer() -> None:
    page = _page("Jembatan Kayu Diperbaiki Warga", "Oleh Pemred", "16 Februari 2026",
                 lead=f"Puluhan {_BODY}")
    assert clean(page).author is None


def test_a_category_list_under_the_headline_is_no_byline() -> None:
    listed = "Berita, Kegiatan Kampus"
    assert more_bylines([Line(listed, "byline", author=listed)])[0].author is None
    assert more_bylines([Line("Sari Wulandari, Kampus", "byline",
                              author="Sari Wulandari, Kampus")])[0].author is not None
    page = _page("Jembatan Kayu Diperbaiki Warga", "Berita, Kegiatan Kampus", "16 Februari 2026",
                 lead=f"Puluhan {_BODY}", tail="\nPenulis: Sari Wulandari\n")
    assert clean(page).author == "Sari Wulandari"


def test_the_agency_after_the_writers_comma_is_dropped() -> None:
    page = _page("Bridge Rebuilt After Flood", "By Maria Lestari, Associated Press | Posted - Feb. "
                 "16, 2026", lead="Villagers rebuilt a wooden bridge washed away by floods last "
                 "week, officials said on Monday in the regency.")
    assert clean(page).author == "Maria Lestari"


def test_a_byline_with_its_date_label_after_the_writer() -> None:
    assert _authors("Judul Berita Hari Ini",
                    "oleh Dimas Prakoso diperbarui 16 Feb 2026, 09:10 WIB")[1] == "Dimas Prakoso"
    page = _page("Rain Slows the City", "Written by Ayu Kartika Published on Feb 16, 2026",
                 lead="Jakarta has had three days of heavy rain, and commuters waited hours for "
                      "rides across the city on Monday.")
    article = clean(page)
    assert article.author == "Ayu Kartika" and article.published == "2026-02-16"


def test_a_writers_label_then_the_writers_post_closing_the_story() -> None:
    page = _page("Membaca Pelan", lead=f"Puluhan {_BODY}",
                 tail="\nPenulis: Rina Oktaviani, Dosen Program Studi Sejarah Universitas Jambi\n")
    assert clean(page).author == "Rina Oktaviani"


def test_the_author_box_printing_the_name_twice_under_the_story() -> None:
    page = _page("Jembatan Kayu Diperbaiki Warga", lead=f"Puluhan {_BODY}",
                 tail="\nLombok\n\nBaiq Nurul Hidayah\n\nBaiq Nurul Hidayah\n\n"
                      "Artikel Sebelumnya\n")
    assert clean(page).author == "Baiq Nurul Hidayah"
    # a network's banner printed twice between paragraphs is no author box
    banner = _page("Jembatan Kayu Diperbaiki Warga", "Warta Nusa Network",
                   "Warta Nusa Network", lead=f"Puluhan {_BODY}")
    assert clean(banner).author is None
