"""Round twenty-two of the cleaner, body families; first the tests round 21's body rules lacked:
a listing whose posts print their head twice or frame it with a date and a caption, English
chrome, licence and views notices, agency photo credits and bracketed captions, a
photographer's credit line, signed desks, a speaker's paragraph over its quotation, a short
crosshead holding a widget's word (made-up text throughout)."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.lines import classify_one
from translator.repair import join_fragments
from translator.shapes import without_initials
from translator.story_edges import sentence_head

HEADLINE = "Warga Desa Sukamaju Gotong Royong Perbaiki Jembatan Bambu yang Putus"
LEAD = ("Puluhan warga Desa Sukamaju bergotong royong memperbaiki jembatan bambu yang putus "
        "diterjang banjir pada Minggu pagi. Jembatan itu menjadi satu-satunya akses warga menuju "
        "kebun dan sekolah di seberang sungai.")
BODY = [
    LEAD,
    "Kepala Desa Sukamaju, Hendra Wijaya, mengatakan warga mengumpulkan bambu dan tali ijuk dari "
    "kebun masing-masing sejak Sabtu sore agar perbaikan selesai dalam sehari.",
    "Pemerintah kecamatan berjanji mengusulkan pembangunan jembatan beton permanen dalam "
    "musyawarah perencanaan pembangunan tahun depan agar warga tidak lagi terisolasi.",
]
LAST = "Warga berharap jembatan permanen segera dibangun sebelum musim hujan berikutnya tiba."
QUOTED = "“Kami tidak bisa menunggu bantuan terlalu lama,” ujar Hendra."

HEADLINE2 = "Harga Cabai Rawit di Pasar Induk Naik Dua Kali Lipat Jelang Ramadan"
BODY2 = [
    "Harga cabai rawit di pasar induk kabupaten naik dua kali lipat dalam sepekan terakhir "
    "menjelang Ramadan. Pedagang menyebut pasokan dari sentra produksi berkurang karena hujan.",
    "Seorang pedagang, Siti Aminah, mengaku kini menjual cabai rawit Rp80.000 per kilogram, "
    "padahal pekan lalu masih Rp40.000 per kilogram di lapak yang sama.",
]


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


# --- listing.next_doubled and next_captioned ---------------------------------------------------

def test_a_listing_whose_posts_print_their_head_twice_ends_at_the_next_post() -> None:
    page = _page("• " + HEADLINE, HEADLINE, *BODY, "• " + HEADLINE2, HEADLINE2, *BODY2)
    assert list(clean(page).paragraphs) == BODY


def test_a_listing_whose_posts_frame_the_head_with_a_date_and_caption_ends_there() -> None:
    page = _page("Jumat, 20 Februari 2026", HEADLINE, "Jembatan bambu", *BODY,
                 "Kamis, 19 Februari 2026", HEADLINE2, "Ilustrasi cabai", *BODY2)
    assert list(clean(page).paragraphs) == BODY


# --- boilerplate_chrome rows of round 21 --------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Please enter your comment!", "Please enter your name here", "Share or comment on this story:",
    "Most watched Sport videos",
    "This article is licensed under a Creative Commons Attribution-ShareAlike 4.0 License.",
    "Creative Commons: All rights reserved.",
    "Posts represent the views of the institute's researchers and not necessarily those of "
    "the institute, its donors or partners.",
    "The views expressed in this column are solely the writer's own and do not reflect the "
    "position of the editors.",
    "di atas untuk keperluan komersial tanpa izin tertulis dari redaksi.",
    "Relawan membagikan makanan kepada pengungsi di posko banjir, Senin. (AP Photo/Dita Alangkara)",
    "Petugas memadamkan api di gudang kayu yang terbakar. (Reuters Photo)",
    "(Suasana warga memperbaiki jembatan bambu di atas sungai)",
])
def test_round_21_chrome_lines_are_furniture(line: str) -> None:
    assert classify_one(line).kind != "text"
    page = _page(HEADLINE, *BODY, line, LAST)
    assert line not in clean(page).paragraphs


@pytest.mark.parametrize("line", [
    "(Warga menyebut jembatan itu sudah tiga kali putus sejak tahun lalu.)",
    "Warga memperbaiki jembatan itu tanpa bantuan dari pemerintah kabupaten.",
    "Please note that the bridge was built in 1998.",
])
def test_a_bracketed_aside_ending_in_its_stop_or_a_sentence_is_no_chrome(line: str) -> None:
    assert classify_one(line).kind == "text"


def test_a_photographers_credit_line_is_left_out_of_the_body() -> None:
    for credit in ("Photo by Rina Astuti for Kabar Desa", "Foto oleh Dedi Kurnia"):
        page = _page(HEADLINE, BODY[0], credit, *BODY[1:], LAST)
        assert list(clean(page).paragraphs) == [*BODY, LAST]


# --- boilerplate_credits._SIGNED_DESK ------------------------------------------------------------

@pytest.mark.parametrize("mark", [" (budi harsono)", " (RA. Pewarta Warga Sukamaju)",
                                  " [rin/kabardesa.com]", " (Adv-DPRD/Rs)", " Prokopim Garut/Wd"])
def test_a_signed_desk_after_the_last_sentence_is_cut_off(mark: str) -> None:
    assert without_initials(LAST + mark) == LAST
    assert without_initials(QUOTED + mark) == QUOTED


@pytest.mark.parametrize("kept", [" (dan lain-lain)", " (dan sebagainya)"])
def test_a_lower_case_aside_after_the_last_stop_is_no_signed_desk(kept: str) -> None:
    assert without_initials(LAST + kept) == LAST + kept


# --- repair: a speaker's paragraph over its own quotation paragraph ------------------------------

def test_a_speakers_paragraph_over_its_quotation_paragraph_is_not_joined() -> None:
    intro = ("Kepala Desa Sukamaju, Hendra Wijaya, yang ikut memikul bambu sejak pagi mengatakan "
             "warga sepakat memperbaiki jembatan sendiri,")
    # the copy sets the two paragraphs on lines of their own, no blank line between them
    assert join_fragments([intro, QUOTED], lambda s: True) == [intro, QUOTED]


def test_a_link_breaking_a_sentence_is_still_joined() -> None:
    lines = ["Warga memperbaiki jembatan", "bambu", "yang putus diterjang banjir."]
    assert join_fragments(lines, lambda s: True) == [
        "Warga memperbaiki jembatan bambu yang putus diterjang banjir."]


# --- story_edges.sentence_head -------------------------------------------------------------------

def test_a_short_head_with_one_widget_word_heads_a_section() -> None:
    assert sentence_head("Tiket masuk terjangkau".split())
    assert not sentence_head("Kirim komentar".split())
    assert not sentence_head("Berita terkait".split())


# --- round 22's own families ----------------------------------------------------------------

def test_a_templates_date_field_glued_before_the_lead_is_cut_off() -> None:
    page = _page(HEADLINE, "Oleh Rina Astuti", "date 2026-02-15 " + LEAD, *BODY[1:])
    assert list(clean(page).paragraphs) == BODY


@pytest.mark.parametrize("line", ["Radio Suara DesaIklan Koran Warga Online", "Promo LebaranIklan",
                                  "Pasang Iklan di Sini SekarangAdvertisement"])
def test_banner_alt_texts_glued_to_an_advert_label_are_furniture(line: str) -> None:
    assert classify_one(line).kind == "advert-alt"
    page = _page(HEADLINE, *BODY[:2], line, BODY[2], LAST)
    assert list(clean(page).paragraphs) == [*BODY, LAST]


@pytest.mark.parametrize("line", ["Periklanan daerah tumbuh pesat tahun ini.",
                                  "PerIklanan Nasional"])
def test_the_word_for_advertising_in_a_line_is_no_advert_alt(line: str) -> None:
    assert classify_one(line).kind != "advert-alt"


FULL_CAPTION = ("Warga memikul batang bambu menuju tepi sungai di Desa Sukamaju, Minggu, 15 "
                "Februari 2026. Perbaikan jembatan berlangsung sejak pagi hingga sore hari. "
                "(Dok. Warga)")


@pytest.mark.parametrize("cut", ["Warga memikul batang bambu menuju tepi sungai di Desa Sukamaju, "
                                 "Minggu, 15 Februari...",
                                 "Warga memikul batang bambu menuju tepi sungai di Desa Suka…"])
def test_a_captions_cut_form_over_its_full_form_is_no_paragraph(cut: str) -> None:
    page = _page(HEADLINE, *BODY[:2], cut, FULL_CAPTION, BODY[2], LAST)
    assert cut not in clean(page).paragraphs


def test_the_bylines_name_printed_again_alone_in_the_body_is_no_paragraph() -> None:
    page = _page(HEADLINE, "Oleh : Rina Kartika Sari", LEAD, "Rina Kartika Sari", *BODY[1:], LAST)
    article = clean(page)
    assert article.author == "Rina Kartika Sari"
    assert list(article.paragraphs) == [*BODY, LAST]


STANDFIRST = "Di tepi sungai yang deras, warga sebuah desa memilih tidak menunggu bantuan datang."


def test_one_sentence_over_the_lead_pictures_credit_is_a_standfirst() -> None:
    page = _page(HEADLINE, "Rina Astuti", "15 Februari 2026", STANDFIRST,
                 "Photo by Dedi Kurnia for Kabar Desa", *BODY, LAST)
    assert list(clean(page).paragraphs) == [*BODY, LAST]


def test_a_one_sentence_lead_over_another_credit_stays_the_lead() -> None:
    lead = BODY[0].split(". ")[0] + "."
    page = _page(HEADLINE, "15 Februari 2026", lead, "Foto: Dok. Warga", *BODY[1:], LAST)
    assert clean(page).paragraphs[0] == lead


GALLERY = ["PANEN RAYA", "Petani memanen padi di sawah Desa Sukamaju menjelang musim hujan.",
           "PASAR TAKJIL", "Pedagang menata kolak dan gorengan di lapak sepanjang jalan desa."]


def test_a_sidebar_photo_gallery_over_the_storys_date_is_no_lead() -> None:
    page = _page("EDISI CETAK", *GALLERY, "15 Februari 2026", "by Redaksi", HEADLINE, *BODY, LAST)
    assert list(clean(page).paragraphs) == [*BODY, LAST]


def test_labelled_parts_of_a_story_below_its_date_stay() -> None:
    # the same shape under the story's own date: its crossheads and their paragraphs
    page = _page(HEADLINE, "15 Februari 2026", LEAD, *GALLERY, *BODY[1:])
    paragraphs = clean(page).paragraphs
    assert GALLERY[1] in paragraphs and GALLERY[3] in paragraphs


def test_a_short_crosshead_naming_what_the_next_part_tells_stays() -> None:
    head = "Dari Hutan ke Meja Makan"
    page = _page(HEADLINE, *BODY[:2], head, BODY[2], LAST)
    assert list(clean(page).paragraphs) == [*BODY[:2], head, BODY[2], LAST]


def test_an_off_topic_link_between_paragraphs_still_goes() -> None:
    link = "Timnas Muda Juara Turnamen Sepak Bola Asia Tenggara Usai Menang Adu Penalti"
    page = _page(HEADLINE, *BODY[:2], link, BODY[2], LAST)
    assert link not in clean(page).paragraphs
