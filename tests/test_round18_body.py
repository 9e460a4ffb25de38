"""Round eighteen of the cleaner, body families: closing marks, a listing's next item told by
the story's dateline printed again, link and about-box rows (made-up text throughout)."""

from __future__ import annotations

import pytest

from translator.boilerplate import END_MARKERS, FURNITURE
from translator.clean import clean
from translator.lines import classify
from translator.listing import next_item
from translator.repair import headline_repeats_split
from translator.shapes import closing_initials, pictured_caption, without_initials

HEADLINE = "Petani Garam di Pesisir Tuban Keluhkan Harga Anjlok Jelang Panen Raya"
BODY = [
    "Ratusan petani garam di pesisir Tuban mengeluhkan harga garam yang anjlok menjelang panen "
    "raya tahun ini. Mereka meminta pemerintah daerah membeli hasil panen agar harga kembali "
    "stabil.",
    "Menurut Ketua Kelompok Tani Garam Sumber Rejeki, Darmaji, harga garam di tingkat petani "
    "turun dari Rp900 menjadi Rp400 per kilogram dalam dua pekan terakhir.",
    "Dinas Perikanan setempat menyatakan akan berkoordinasi dengan koperasi untuk menyerap hasil "
    "panen petani garam di tiga kecamatan pesisir pada bulan depan.",
]
NEXT_LEAD = ("Pemerintah kabupaten menyiapkan delapan titik pasar murah yang digelar bergiliran "
             "selama bulan puasa untuk menekan harga kebutuhan pokok warga.")


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize("mark", ["[*]", "[]", "(red JOS)", "( Bran )", "(DN-AR)", "(tl/01)"])
def test_end_marks_after_the_last_sentence_are_cut_off(mark: str) -> None:
    line = f"Harga garam diperkirakan naik lagi setelah musim hujan berakhir.{mark}"
    assert closing_initials(line) is not None
    assert without_initials(line) == "Harga garam diperkirakan naik lagi setelah musim hujan " \
                                     "berakhir."


def test_spaced_brackets_around_a_word_of_the_story_stay() -> None:
    # lower case inside spaced brackets is no desk's code
    line = "Harga garam diperkirakan naik lagi setelah musim hujan. ( lihat tabel )"
    assert closing_initials(line) is None


def test_initials_after_a_speech_verb_without_its_stop_are_cut_off() -> None:
    line = "“Kami minta harga dasar garam segera ditetapkan,” pungkasnya (GM)"
    assert without_initials(line) == "“Kami minta harga dasar garam segera ditetapkan,” pungkasnya"
    # a word that merely ends so keeps its bracket: no speech verb before it
    assert closing_initials("Warga menanam bibit pohon nyanya (GM)") is None


def test_a_dateline_line_printed_again_opens_the_next_item() -> None:
    page = _page(HEADLINE, "WARTA news.com, TUBAN", *BODY,
                 "Jalan Berlubang di Ruas Jenu Mulai Ditambal",
                 "Petugas menambal lubang di ruas jalan Jenu. Foto ; Ani",
                 "WARTA news.com, TUBAN", NEXT_LEAD)
    article = clean(page)
    assert list(article.paragraphs) == BODY


def test_a_headline_with_a_comma_printed_again_is_no_next_item() -> None:
    # the next page of a long story prints its headline again; only a shouted place after
    # the comma makes a line a dateline
    title = "Harga Garam Anjlok, Petani Tuban Minta Pemkab Turun Tangan"
    page = _page(title, BODY[0], BODY[1], title, BODY[2])
    assert list(clean(page).paragraphs) == BODY


@pytest.mark.parametrize("line", ["See related:", "Sekilas Tentang PT Garam", "About the company",
                                  "Article from The Tuban Post"])
def test_related_pointers_and_about_boxes_close_the_story(line: str) -> None:
    assert any(rx.fullmatch(line) for _kind, rx in END_MARKERS)
    boiler = ("PT Garam adalah badan usaha milik negara yang memproduksi garam industri dan garam "
              "konsumsi bagi seluruh rakyat Indonesia sejak lama.")
    article = clean(_page(HEADLINE, *BODY, line, boiler))
    assert list(article.paragraphs) == BODY


def test_a_bare_read_prompt_with_a_headline_is_a_link() -> None:
    line = "Baca: Bupati Tuban Tinjau Gudang Garam Rakyat di Palang"
    assert any(rx.fullmatch(line) for _kind, rx in FURNITURE)
    # a sentence after the colon is no link's headline
    assert not any(rx.fullmatch("Baca: warga diminta membaca aturan baru.")
                   for _kind, rx in FURNITURE)
    article = clean(_page(HEADLINE, BODY[0], BODY[1], line, BODY[2]))
    assert list(article.paragraphs) == BODY


def test_a_pictures_label_and_its_caption_stay_out_of_the_body() -> None:
    caption = "Banner image: A salt farmer on the Tuban coast. Image by Ani Lestari for Warta."
    article = clean(_page(HEADLINE, *BODY, caption))
    assert list(article.paragraphs) == BODY


def test_bare_initials_in_title_case_after_the_last_sentence_are_cut_off() -> None:
    line = "Kepala desa berharap kegiatan serupa digelar lagi bagi ibu-ibu di desanya. Jh"
    assert without_initials(line) == line[:-3]
    # a sentence that merely ends in a short capitalised word keeps it
    assert closing_initials("Bantuan tiba dari Pemkab dan Jh") is None
    assert closing_initials("The market was rebuilt after the fire, said Mr. Li") is None


def test_a_quote_closed_by_its_glued_verb_and_speaker_is_a_paragraph() -> None:
    last = ("“Perbaikan pipa butuh tiga hari lagi. Sementara itu kami kirim mobil tangki gratis "
            "ke warga mulai besok pagi.”Jelas Agustinus")
    article = clean(_page(HEADLINE, *BODY, last, "Share this:", "Facebook", "Like this:"))
    assert list(article.paragraphs) == [*BODY, last]


def test_next_item_points_at_the_headline_over_the_repeated_dateline() -> None:
    lines = classify([HEADLINE, "WARTA news.com, TUBAN", *BODY, "Jalan Jenu Mulai Ditambal",
                      "WARTA news.com, TUBAN", NEXT_LEAD])
    assert next_item(lines, 2) == 5
    assert next_item(classify([HEADLINE, *BODY, NEXT_LEAD]), 1) is None


def test_a_headline_glued_again_before_its_lead_is_split_off() -> None:
    glued = f"{HEADLINE} {BODY[0]}"
    assert headline_repeats_split([HEADLINE, glued, BODY[1]]) == [HEADLINE, BODY[0], BODY[1]]
    article = clean(_page(HEADLINE, glued, *BODY[1:]))
    assert list(article.paragraphs) == BODY
    # a picture's short caption glued after the headline (alt text) stays as it is
    alt = [HEADLINE, f"{HEADLINE} Petani garam di Tuban."]
    assert headline_repeats_split(alt) == alt


def test_a_sliders_teaser_cut_off_above_the_story_is_no_lead() -> None:
    teaser = "Harga garam di tingkat petani turun tajam dalam dua pekan terakhir menjelang..."
    page = _page("Featured Post", HEADLINE, teaser, HEADLINE, *BODY)
    article = clean(page)
    assert article.title == HEADLINE
    assert list(article.paragraphs) == BODY


def test_a_caption_naming_the_speaker_quoted_above_stays_out() -> None:
    quote = ("“Kami minta harga dasar garam segera ditetapkan agar petani tidak terus merugi,” "
             "ujar Ketua Kelompok Tani Garam Tuban, Darmaji Santoso kepada wartawan.")
    caption = "Ketua Poktan Tuban, Darmaji Santoso"
    assert pictured_caption(caption, quote)
    assert not pictured_caption("Harga Cabai, Bawang Merah", quote)  # a crosshead: no one quoted
    article = clean(_page(HEADLINE, BODY[0], quote, caption, *BODY[1:]))
    assert list(article.paragraphs) == [BODY[0], quote, *BODY[1:]]
