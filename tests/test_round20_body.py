"""Round twenty of the cleaner, body families: closing desk codes of digits and letters, an
asterisked lower-case sign-off, a glued editor's label, a longer end mark (made-up text
throughout)."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.shapes import without_initials

HEADLINE = "Petani Garam di Pesisir Tuban Keluhkan Harga Anjlok Jelang Panen Raya"
LEAD = ("Ratusan petani garam di pesisir Tuban mengeluhkan harga garam yang anjlok menjelang "
        "panen raya tahun ini. Mereka meminta pemerintah daerah membeli hasil panen agar harga "
        "kembali stabil.")
BODY = [
    LEAD,
    "Menurut Ketua Kelompok Tani Garam Sumber Rejeki, Darmaji, harga garam di tingkat petani "
    "turun dari Rp900 menjadi Rp400 per kilogram dalam dua pekan terakhir.",
    "Dinas Perikanan setempat menyatakan akan berkoordinasi dengan koperasi untuk menyerap hasil "
    "panen petani garam di tiga kecamatan pesisir pada bulan depan.",
]
LAST = "Koperasi juga akan membeli dua gudang baru untuk menyimpan garam petani saat harga jatuh."
QUOTED = "“Kami minta petani tetap menyimpan garam sampai harga membaik,” ujarnya."


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize("mark", [" (4b)", "(k12)", " (07)", " (*budi santoso)", " (*rina)",
                                  " (EditorTKP)", "(****)", " (dwi/Humas DPU)", "red", " *",
                                  " (DiskominfoTBN)", " RS"])
def test_a_desk_code_or_sign_off_after_the_last_sentence_is_cut_off(mark: str) -> None:
    assert without_initials(LAST + mark) == LAST
    assert without_initials(QUOTED + mark) == QUOTED


@pytest.mark.parametrize("kept", [" (2026)", " (5)", " (Antara)", " IST", " (YouTube)"])
def test_a_year_a_single_digit_or_a_source_is_not_a_desk_code(kept: str) -> None:
    assert without_initials(LAST + kept) == LAST + kept


def test_a_last_paragraph_signed_with_initials_over_the_desk_is_no_caption() -> None:
    # "(Name/Humas)" closes a photo's caption; lower-case initials before the slash sign a story
    page = _page(HEADLINE, *BODY, LAST + " (dwi/Humas DPU)", "diunggah oleh admin")
    assert list(clean(page).paragraphs) == [*BODY, LAST]


def test_the_story_ends_without_its_desk_code() -> None:
    page = _page(HEADLINE, *BODY, LAST + " (3d)")
    assert list(clean(page).paragraphs) == [*BODY, LAST]


INTRO = ("Akun Facebook “Kabar Warga Tuban” pada Senin (9/2/2026) mengunggah video tumpukan "
         "garam dengan narasi:")
CLAIM = "“GARAM TUBAN SUDAH DICAMPUR BAHAN KIMIA, JANGAN DIBELI!!!”"


def test_a_lead_that_introduces_a_shouted_quote_with_a_colon_opens_the_story() -> None:
    page = _page("Cek Fakta", HEADLINE, "Sumber: Facebook", INTRO, CLAIM, *BODY[1:])
    assert list(clean(page).paragraphs) == [INTRO, CLAIM, *BODY[1:]]


def test_a_short_label_with_a_colon_over_a_quote_is_no_lead() -> None:
    page = _page(HEADLINE, "Berikut kutipannya:", "“Kami menolak harga itu,” kata Darmaji.",
                 *BODY)
    assert "Berikut kutipannya:" not in clean(page).paragraphs


POINTS = ["● Harga garam di tingkat petani turun lebih dari separuh dalam dua pekan terakhir.",
          "● Koperasi akan menyerap hasil panen petani di tiga kecamatan pesisir."]


def test_bulleted_key_points_above_the_lead_are_no_body() -> None:
    page = _page(HEADLINE, "Penulis", "Rina Astuti", *POINTS, *BODY)
    assert list(clean(page).paragraphs) == BODY


def test_a_bulleted_list_below_the_lead_stays_in_the_story() -> None:
    page = _page(HEADLINE, BODY[0], *POINTS, *BODY[1:])
    assert list(clean(page).paragraphs) == [BODY[0], *POINTS, *BODY[1:]]


def test_a_commentary_sites_disclosure_closes_the_story() -> None:
    page = _page(HEADLINE, *BODY, "Pernyataan pengungkapan",
                 "Rina Astuti menerima dana hibah penelitian dari sebuah yayasan untuk riset yang "
                 "dibahas dalam artikel ini.")
    assert list(clean(page).paragraphs) == BODY


def test_a_caption_closed_by_a_stock_photo_credit_is_no_paragraph() -> None:
    caption = "Petani garam memanen garam di tambak pesisir Tuban. Andi Pratama/Unsplash"
    page = _page(HEADLINE, BODY[0], caption, *BODY[1:])
    assert list(clean(page).paragraphs) == BODY


def test_the_lead_that_ranks_titles_stops_at_the_storys_end_mark() -> None:
    # the disclosure's blurb names the writer's campus, as the line under the byline does
    headline = "Garam petani bukan komoditas kecil: riset di 12 desa pesisir Tuban soal harga"
    page = _page("Edisi Indonesia", "Lingkungan", headline, "Penulis", "Rina Astuti",
                 "Dosen Ilmu Kelautan, Universitas Cendana Raya",
                 *POINTS, *BODY, "Pernyataan pengungkapan",
                 "Rina Astuti, Dosen Ilmu Kelautan Universitas Cendana Raya, menerima dana hibah "
                 "dari Universitas Cendana Raya untuk riset yang dibahas dalam artikel ini.")
    article = clean(page)
    assert article.title == headline
    assert list(article.paragraphs) == BODY


NEXT_HEAD = "Warga Pesisir Keluhkan Jalan Rusak Menuju Tambak"
NEXT_LEAD = ("Warga Desa Karangagung mengeluhkan kerusakan jalan menuju tambak garam yang tak "
             "kunjung diperbaiki sejak tahun lalu.")


@pytest.mark.parametrize("dated", [("Selasa 10 Februari 2026", "Kamis 5 Februari 2026"),
                                   ("February 14, 2026 Add Comment",
                                    "February 13, 2026 Add Comment")])
@pytest.mark.parametrize("date_first", [True, False])
def test_a_listings_next_post_under_the_storys_head_printed_again_is_cut(
        dated: tuple[str, str], date_first: bool) -> None:
    def head(title: str, date: str) -> tuple[str, str]:
        return (date, title) if date_first else (title, date)

    page = _page("Blog Kabar Pesisir", *head(HEADLINE + ".", dated[0]), *BODY,
                 *head(NEXT_HEAD + ".", dated[1]), NEXT_LEAD)
    assert list(clean(page).paragraphs) == BODY


def test_a_next_post_that_opens_with_the_storys_dateline_is_cut() -> None:
    opener = "kabarpesisir.com, Tuban - "
    page = _page(HEADLINE, opener + BODY[0], *BODY[1:], " ", opener + NEXT_LEAD,
                 "Petugas masih memeriksa kerusakan di sepanjang jalan desa itu pada sore hari.")
    assert list(clean(page).paragraphs) == BODY


def test_a_next_post_under_the_storys_dateline_with_another_date_is_cut() -> None:
    page = _page(HEADLINE, "Kita News - Bekasi, 23/02/2026. " + BODY[0], *BODY[1:],
                 "Kita News - Bekasi, 22/02/2026. " + NEXT_LEAD)
    paragraphs = clean(page).paragraphs
    assert len(paragraphs) == len(BODY) and not any(NEXT_LEAD in p for p in paragraphs)


def test_a_later_paragraph_opening_with_the_place_alone_stays() -> None:
    later = "Tuban, kata dia, memang dikenal sebagai daerah penghasil garam di pesisir utara."
    page = _page(HEADLINE, "Tuban, Kabar Pesisir - " + BODY[0], *BODY[1:], later)
    assert list(clean(page).paragraphs) == [*BODY, later]


@pytest.mark.parametrize("caption", [
    "Ketgam : Petani memanen garam di tambak pesisir Tuban.",
    "Petani memanen garam di tambak pesisir Tuban. KABARTUBAN.COM/ANDI PRATAMA (Kabar)",
    "Petani memanen garam di tambak pesisir Tuban.(Instagram).",
])
def test_a_caption_between_paragraphs_is_no_paragraph(caption: str) -> None:
    page = _page(HEADLINE, BODY[0], caption, *BODY[1:])
    assert list(clean(page).paragraphs) == BODY


def test_a_caption_over_its_photos_lone_credit_opens_no_story() -> None:
    caption = "Farmers harvest salt at a pond on the coast of Tuban, Feb. 17, 2026."
    lead = ("Hundreds of salt farmers on the coast of Tuban have complained that the price of "
            "salt has fallen ahead of the harvest, officials said Tuesday.")
    more = ("The farmers asked the regional government to buy the harvest so that the price "
            "would recover before the end of the season.")
    page = _page("News", "Salt Farmers in Tuban Complain as Prices Fall Before Harvest",
                 "Rina Astuti", "Tuban, Indonesia", caption, "Antara Foto via Reuters",
                 "Updated at 4:10 p.m. ET on 2026-02-17", lead, more)
    assert list(clean(page).paragraphs) == [lead, more]


def test_a_one_sentence_lead_over_a_caption_with_its_own_credit_stays() -> None:
    caption = "Petani memanen garam.(Facebook)."
    page = _page(HEADLINE, LEAD.split(". ")[0] + ".", caption, *BODY[1:])
    assert clean(page).paragraphs[0] == LEAD.split(". ")[0] + "."


EN_TITLE = "Tuban Adds Four Salt Warehouses for Coastal Farmers"
EN_BODY = ["The Tuban Regency Government has added four salt warehouses on the coast to store "
           "the harvest of farmers while the price is low.",
           "Head of the fisheries office, Darmaji, said the warehouses could hold up to 300 tons "
           "of salt each and would be run by the farmers' cooperative."]


def test_a_browser_notice_and_a_headline_closed_by_a_stop_open_no_story() -> None:
    page = _page("You don't have javascript enabled. Good luck with that.", "Pencarian",
                 "Pemkab Tuban Tambah Empat Gudang Garam untuk Petani Pesisir.",
                 "photo Andi Pratama - Kabartuban.id", EN_TITLE, *EN_BODY)
    article = clean(page)
    assert list(article.paragraphs) == EN_BODY
    assert article.title == EN_TITLE


def test_a_lead_full_of_names_is_no_headline_closed_by_a_stop() -> None:
    lead = ("Satuan Polisi Pamong Praja Kabupaten Tuban dan Dinas Perikanan Jawa Timur menggelar "
            "patroli pesisir di Pantai Boom Tuban, Kamis (26/2/2026).")
    page = _page(HEADLINE, lead, *BODY[1:])
    assert list(clean(page).paragraphs) == [lead, *BODY[1:]]


def test_an_email_cloak_notice_is_no_paragraph() -> None:
    notice = ("This email address is being protected from spambots. You need JavaScript enabled "
              "to view it.")
    page = _page(EN_TITLE, *EN_BODY, "If you need assistance please contact us at:", notice)
    assert notice not in clean(page).paragraphs


def test_a_digests_next_item_under_its_row_of_sources_is_cut() -> None:
    next_lead = ("The city will open two new night bus routes to the coast starting in March, "
                 "the transport agency said on Wednesday.")
    page = _page("Media Monitoring", EN_TITLE, "Kompas (; Tempo (", *EN_BODY,
                 "Tuban to add night bus routes to the coast", "CNN Indonesia (; Detik (",
                 next_lead)
    assert list(clean(page).paragraphs) == EN_BODY


def test_the_sites_name_in_lower_case_over_its_blurb_closes_the_story() -> None:
    page = _page(EN_TITLE, *EN_BODY, "the salt coast of java",
                 "A quiet and friendly coast of Indonesia, one among many salt regions.")
    assert list(clean(page).paragraphs) == EN_BODY


@pytest.mark.parametrize("plea", [
    "If you need assistance please contact us at:",
    "Dengarkan Radio Pesisir setiap hari pukul 07.00 WIB di 98.2 FM.",
])
def test_a_footers_offer_of_help_or_a_radios_plug_is_no_paragraph(plea: str) -> None:
    page = _page(HEADLINE, *BODY, plea)
    assert list(clean(page).paragraphs) == BODY


def test_a_wordpress_post_footer_closes_a_listings_post() -> None:
    caption = ("Halaman kantor koperasi garam di Jalan Pantai ikut dihiasi puluhan lampion merah "
               "menjelang Tahun Baru Imlek.")
    page = _page(HEADLINE, *BODY, "Posted in News | Leave a Comment »",
                 "Lampion Imlek Hiasi Kantor Koperasi Garam", "Februari 7, 2026", caption)
    assert list(clean(page).paragraphs) == BODY


def test_a_caption_naming_the_speaker_above_and_those_beside_him_is_no_paragraph() -> None:
    quoted = ("“Dengan gudang baru, kami bisa menyimpan garam lebih lama,” ungkap Ketua "
              "Koperasi Garam Makmur, Darmaji, usai menerima bantuan.")
    caption = "KETUA Koperasi Garam Makmur, Darmaji bersama anggota koperasi"
    page = _page(HEADLINE, BODY[0], quoted, caption, *BODY[1:])
    assert list(clean(page).paragraphs) == [BODY[0], quoted, *BODY[1:]]


def test_a_crosshead_after_a_quote_naming_someone_else_stays() -> None:
    quoted = ("“Dengan gudang baru, kami bisa menyimpan garam lebih lama,” ungkap Ketua "
              "Koperasi Garam Makmur, Darmaji, usai menerima bantuan.")
    head = "Panen Raya, Harga Bersama Petani"
    page = _page(HEADLINE, BODY[0], quoted, head, *BODY[1:])
    assert head in clean(page).paragraphs


def test_a_bulleted_list_the_lead_announces_with_a_colon_stays() -> None:
    intro = "Dinas Perikanan Tuban menyiapkan tiga langkah untuk menolong petani garam berikut:"
    page = _page(HEADLINE, intro, *POINTS, *BODY[1:])
    assert list(clean(page).paragraphs) == [intro, *POINTS, *BODY[1:]]
