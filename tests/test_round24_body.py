"""Round twenty-four of the cleaner, body families (tuned on fresh48-fresh51): a blog engine's
caption shortcode, a caption printed twice round its credit, a caption closed by a bracketed
credit, an English advert's "click here", a release's paragraphs joined by runs of spaces, a
hyphenated desk code, an unlabelled link naming nothing the part below it tells, the lead set
above the outlet's stamped paragraph, a press office's label before the lead, and a section's
label printed over each teaser below the story (made-up text throughout)."""

from __future__ import annotations

from tests.story_page import BODY, HEADLINE, page as _page, story as _story
from translator.boilerplate_lists import aside_links
from translator.clean import clean
from translator.headline import content_words, title_cased
from translator.lead_zone import without_release_label
from translator.lines import classify_one
from translator.repair import split_spaced
from translator.shapes import without_initials


def _furniture(line: str) -> bool:
    return classify_one(line).kind != "text"


# --- captions and adverts inside the body (boilerplate_body rows) ------------------------------

def test_wordpress_caption_shortcode_is_furniture() -> None:
    assert _furniture('[caption id="attachment_5521" align="alignright" width="640"] Warga '
                      "menyeberangi sungai dengan rakit bambu.[/caption]")
    assert _furniture('[caption id="attachment_90" align="aligncenter" width="1024"]')
    assert _furniture("FOTO/Dok Desa: Warga memikul bambu menuju tepi sungai.[/caption]")
    paragraphs = _story('[caption id="attachment_5521" align="alignright" width="640"]',
                        "Warga memikul bambu menuju tepi sungai, Minggu (22/2).[/caption]")
    assert paragraphs == tuple(BODY)


def test_caption_printed_twice_round_its_credit_is_furniture() -> None:
    assert _furniture("Warga memikul bambu menuju tepi sungai di Desa Sukamaju, Minggu (22/2)."
                      "KABARSUKAMAJU/Rina Lestari Warga memikul bambu menuju tepi sungai di Desa "
                      "Sukamaju, Minggu (22/2).")
    assert _furniture("Perahu nelayan bersandar di dermaga Pelabuhan Lama saat air pasang naik"
                      "dok. Humas Pelindo Perahu nelayan bersandar di dermaga Pelabuhan Lama")
    # a paragraph naming an office twice does not repeat its opening six words
    assert not _furniture("Kepala Dinas Pekerjaan Umum Kabupaten Bogor mengatakan perbaikan "
                          "dimulai pekan depan, sedangkan Kepala Dinas Perhubungan menyiapkan "
                          "rekayasa lalu lintas.")


def test_caption_closed_by_bracketed_credit_is_furniture() -> None:
    assert _furniture("Warga menimba air di sumur desa saat kemarau (Foto; Kabarsukamaju.com)")
    assert _furniture("Kapal cepat bersandar di dermaga Bacan (Dok Humas KSOP)")
    # a paragraph's sentence keeps its stop before any bracket
    assert not _furniture("Warga menimba air di sumur desa. Kemarau sudah berlangsung tiga "
                          "bulan, kata kepala desa.")


def test_english_click_here_advert_is_furniture() -> None:
    assert _furniture("Looking for a driver in Lombok? Click here for more infos")
    assert _furniture("Tap here to join our WhatsApp group")
    paragraphs = clean(_page(
        "Island Weekly", "Ferry Schedule Changes Ahead of Holiday Season",
        "Ferry operators in Padangbai will add three night crossings to Lembar from next week, "
        "the harbour authority said on Monday.",
        "Need a visa for Indonesia? Click here for more infos",
        "The extra crossings will run until the end of the school holidays, when the usual "
        "timetable returns.")).paragraphs
    assert not any("Click here" in p for p in paragraphs)


# --- a release's paragraphs on one line (repair.split_spaced) ----------------------------------

def test_paragraphs_joined_by_runs_of_spaces_are_split() -> None:
    line = (f"{BODY[0]}   “Kami bekerja sampai sore,” kata Hendra.   Warga berharap jembatan "
            "permanen segera dibangun.")
    assert split_spaced(line) == [BODY[0], "“Kami bekerja sampai sore,” kata Hendra.",
                                  "Warga berharap jembatan permanen segera dibangun."]
    paragraphs = clean(_page("Kabar Sukamaju", HEADLINE, line, BODY[1], BODY[2])).paragraphs
    assert paragraphs[:3] == (BODY[0], "“Kami bekerja sampai sore,” kata Hendra.",
                              "Warga berharap jembatan permanen segera dibangun.")


def test_one_run_of_spaces_or_a_shouted_ticker_is_not_split() -> None:
    one = "Jembatan itu putus pada Minggu.   Warga lalu memakai rakit."
    assert split_spaced(one) == [one]
    ticker = "BANJIR RENDAM DUA DESA.   JALAN PROVINSI DITUTUP.   HARGA CABAI NAIK."
    assert split_spaced(ticker) == [ticker]


# --- a desk code with a hyphen (boilerplate._INITIALS) -----------------------------------------

def test_hyphenated_desk_code_closing_a_paragraph_is_removed() -> None:
    text = "Hasilnya akan dipaparkan pada temu lapang akhir April mendatang.(adv-red)"
    assert without_initials(text) == "Hasilnya akan dipaparkan pada temu lapang akhir April " \
        "mendatang."
    assert _furniture("(rls-red)")


# --- an unlabelled link among the paragraphs (boilerplate_lists.aside_links) -------------------

def test_link_naming_nothing_of_the_part_below_is_dropped() -> None:
    # it names the village, as the story does, but nothing the paragraph below it tells
    link = "Pasar Murah Minyak Goreng Digelar di Balai Desa Sukamaju"
    assert title_cased(link)
    paragraphs = [BODY[0], BODY[1], link, BODY[2]]
    story = frozenset().union(*(content_words(p) for p in BODY))
    assert aside_links(paragraphs, [title_cased(p) for p in paragraphs], story) == {2}
    assert link not in _story(link)


def test_crosshead_naming_the_part_below_stays() -> None:
    crosshead = "Warga Kumpulkan Bambu dan Tali Ijuk dari Kebun"
    paragraphs = [BODY[0], crosshead, BODY[1], BODY[2]]
    story = frozenset().union(*(content_words(p) for p in BODY))
    assert aside_links(paragraphs, [title_cased(p) for p in paragraphs], story) == set()


# --- the lead above the stamped paragraph (lead_zone.lead_above_stamp) -------------------------

def test_lead_set_above_the_outlet_stamp_is_kept() -> None:
    lead = ("Dinas Perhubungan menyiapkan 40 bus gratis bagi warga yang mudik dari Terminal "
            "Sukamaju. Pendaftaran dibuka mulai Senin pekan depan.")
    stamped = ("kabarsukamaju.com-Hal tersebut disampaikan Kepala Dinas Perhubungan, Rudi "
               "Hartono, di kantornya, Jumat (20/2/2026). Kuota tahun ini naik dua kali lipat.")
    article = clean(_page("kabarsukamaju.com", "Dishub Siapkan 40 Bus Mudik Gratis",
                          "Petugas memeriksa bus di Terminal Sukamaju. Foto: Dok Dishub",
                          lead, stamped, BODY[2]))
    assert article.paragraphs[:2] == (lead, stamped.split("-", 1)[1])


# --- a press office's label before the lead (lead_zone.without_release_label) ------------------

def test_press_office_label_before_the_lead_is_removed() -> None:
    assert without_release_label(f"Siaran Pers: {BODY[0]}") == BODY[0]
    assert without_release_label(f"Berita Humas – {BODY[0]}") == BODY[0]
    assert without_release_label(BODY[0]) is None
    paragraphs = clean(_page("Humas Kabupaten", HEADLINE, f"Berita Humas: {BODY[0]}",
                             BODY[1], BODY[2])).paragraphs
    assert paragraphs[0] == BODY[0]


# --- a section's label over each teaser below the story (listing.next_labelled) ----------------

def test_section_label_over_each_teaser_below_the_story_ends_it() -> None:
    paragraphs = clean(_page(
        "BERITA", HEADLINE, *BODY, "penulis( Rina Lestari)",
        "BERITA", "Warga Desa Sukamulya mengeluhkan jalan berlubang di depan pasar yang tak "
        "kunjung diperbaiki sejak awal tahun.",
        "BERITA", "Dinas Kesehatan menggelar vaksinasi massal di lima puskesmas.")).paragraphs
    assert paragraphs == tuple(BODY)


# --- a caption with no stop between paragraphs (story_edges.stopless_caption) ------------------

def test_stopless_caption_between_paragraphs_is_dropped() -> None:
    caption = ("Kepala Desa Sukamaju saat meninjau perbaikan jembatan bambu di Dusun Krajan, "
               "Kecamatan Cibeber")
    assert caption not in _story(caption)


def test_stopless_line_with_a_speech_verb_or_a_capitalised_link_stays() -> None:
    speech = ("Camat Cibeber mengatakan warga bekerja sejak pagi saat air sungai mulai surut di "
              "Dusun Krajan")
    assert speech in _story(speech)
