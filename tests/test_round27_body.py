"""Round 27 (body): the story kept, page furniture out, paragraphs exact. Example lines are
written for these tests in the manner of real pages."""

from translator import shapes
from translator.boilerplate_chrome import GLUED_FILE_NAME
from translator.clean import clean
from translator.lines import classify
from translator.teaser_strip import past_teasers

_LEAD = ("Dinas Pendidikan Kota Cirebon menggelar lomba cerdas cermat antarsekolah dasar di "
         "aula balai kota, Sabtu (7/3/2026). Sebanyak 32 tim dari sepuluh kecamatan ikut serta.")
_P2 = ("Kepala Dinas Pendidikan Kota Cirebon, Asep Supriatna, mengatakan lomba itu digelar "
       "untuk menumbuhkan minat baca siswa sejak dini di luar jam pelajaran.")
_P3 = ("Menurut dia, soal yang diujikan mencakup pengetahuan umum, sejarah daerah, dan "
       "matematika sederhana yang disusun para guru pendamping.")
_P4 = ("Pemenang lomba akan mewakili Kota Cirebon pada tingkat provinsi yang dijadwalkan "
       "berlangsung di Bandung pada akhir April mendatang.")
_HEAD = "Lomba Cerdas Cermat Antarsekolah Dasar Digelar di Balai Kota Cirebon"


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


def test_strip_of_decks_above_the_post_is_no_lead():
    # a slider's decks (one printed twice) over the post's headline and its stamped lead
    art = clean(_page(
        "Warta Cirebon", "Pendidikan", "Olahraga",
        "Jadwal Lengkap Turnamen Futsal Pelajar Cirebon 2026",
        "TURNAMEN futsal pelajar se-Kota Cirebon segera bergulir. Simak jadwalnya.",
        "TURNAMEN futsal pelajar se-Kota Cirebon segera bergulir. Simak jadwalnya.",
        "Persib Muda resmi memperkenalkan tiga pemain baru pekan ini.",
        "Pengurus cabor catur Kota Cirebon menggelar simultan di alun-alun.",
        _HEAD, "Warta Cirebon, Cirebon - " + _LEAD, _P2, _P3, _P4, "Berita Terkait"))
    assert art.paragraphs == (_LEAD, _P2, _P3, _P4)
    assert art.title == _HEAD


def test_decks_over_an_unstamped_lead_show_no_strip():
    # the same short lines over a headline and a lead with no dateline: no strip is shown
    lines = classify(["Lomba dibuka wali kota pagi ini.", "Peserta datang sejak pukul enam.",
                      _HEAD, _LEAD, _P2, _P3])
    assert past_teasers(lines, 0) is None
    stamped = classify(["Lomba dibuka wali kota pagi ini.", "Peserta datang sejak pukul enam.",
                        _HEAD, "CIREBON - " + _LEAD, _P2, _P3])
    assert past_teasers(stamped, 0) == 2


def test_section_blurb_over_the_post_head_is_no_lead():
    # a blog section's motto, its rubric row, the headline, the deck, byline and date
    blurb = ("Notes from the archipelago. What does the region really look like? Our writers "
             "based around Southeast Asia give you a view from the ground on politics and "
             "society.")
    deck = "Schools say a new quiz league will lift reading. Parents hope it lasts this time."
    en = [
        "For the second year running, primary schools across Cirebon have entered a city-wide "
        "quiz league meant to get children reading outside class hours.",
        "The education office says 32 teams from ten districts took part in the first round, "
        "held in the town hall on Saturday, and that the winners will go on to Bandung.",
        "Teachers say the questions, drawn up by volunteers, lean on local history as much as "
        "on general knowledge, which they hope will keep pupils curious about their city.",
    ]
    art = clean(_page("Regional Review", "Southeast Asia", "Subscribe", "Island Notes", blurb,
                      "Island Notes | Education | Southeast Asia",
                      "Cirebon Bets on a Quiz League to Get Children Reading", deck,
                      "By Dewi Lestari", "March 9, 2026", *en, "TAGS"))
    assert art.paragraphs == tuple(en)


def test_clipping_listing_next_post_under_its_own_source_line():
    # a clipping site's category page: headline, source and date, captioned photo, story;
    # then the next post headed the same way with another source
    art = clean(_page(
        "Clippings Indonesia", "Category Archives: Education",
        "Cirebon schools join a city quiz league",
        "Kompas Daily, March 8, 2026",
        "Pupils answer questions during a quiz in Cirebon, West Java, on March 7. (KD Photo/Staff)",
        "Primary schools in Cirebon have joined a city-wide quiz league to get children "
        "reading outside class hours, the local education office said on Saturday.",
        "The office said 32 teams from ten districts took part in the first round, held in "
        "the town hall, and that the winners would compete in Bandung in April.",
        "Bandung opens two new public libraries in the north",
        "Antara News, February 27, 2026",
        "Visitors browse shelves at a new library in Bandung. (AFP Photo/Staff)",
        "The Bandung city government on Friday opened two public libraries in the northern "
        "districts, each with a children's corner and free internet access.",
        "« Older posts"))
    assert len(art.paragraphs) == 2
    assert art.paragraphs[0].startswith("Primary schools in Cirebon")


def test_signoff_with_a_space_inside_the_bracket_or_initials():
    end = _P4[:-1] + "."
    assert shapes.bare(end + " ( Andi Lubis HR).") == end
    assert shapes.bare(end + " (Dewi Sartika )") == end
    assert shapes.bare(end + " (Bank Rakyat)") == end  # (as before: a name signed off)


def test_reprint_credit_after_the_writers_name():
    end = _P4
    assert shapes.bare(end + " (Budi Santoso) Source Harian Kalteng") == end
    assert shapes.bare(end + " (Rina) Sumber Radar Banjar") == end
    art = clean(_page("Warta Cirebon", _HEAD, "Sabtu, 7 Maret 2026", _LEAD, _P2, _P3,
                      _P4 + " (Budi Santoso) Source Harian Kalteng", "Komentar"))
    assert art.paragraphs == (_LEAD, _P2, _P3, _P4)


def test_image_slug_path_over_or_before_the_lead():
    assert GLUED_FILE_NAME.sub("", "banjir-rob-pekalongan/foto-dok- Warga", count=1) == "Warga"
    assert GLUED_FILE_NAME.sub("", "jalan-tol-cipali/humas-pupr", count=1) == ""
    assert GLUED_FILE_NAME.sub("", "Jalan Tol Cipali/Humas PUPR", count=1) \
        == "Jalan Tol Cipali/Humas PUPR"
    art = clean(_page(_HEAD, _HEAD, "lomba-cerdas-cermat-cirebon/warta-dok-", _LEAD, _P2, _P3))
    assert art.paragraphs[0] == _LEAD


def test_next_post_over_the_pager_and_its_label():
    # a listing's next post (author account, headline, teaser), then "Posts navigation"
    art = clean(_page("Warta Cirebon", "Monthly Archives: Maret 2026", "Byadmin", _HEAD,
                      _LEAD, _P2, _P3, _P4, "Byadmin",
                      "Harga Cabai Rawit di Pasar Kanoman Turun Jelang Ramadan",
                      "Harga cabai rawit di Pasar Kanoman turun hingga Rp10 ribu per kilogram "
                      "dalam sepekan terakhir menjelang bulan puasa.",
                      "Posts navigation", "Older posts"))
    assert art.paragraphs == (_LEAD, _P2, _P3, _P4)


def test_empty_comment_box_lines_are_furniture():
    kinds = [ln.kind for ln in classify(["No comments yet.", "There are no comments yet",
                                         "Belum ada komentar.", "Be the first to comment!",
                                         "Jadilah yang pertama berkomentar",
                                         "Belum ada komentar resmi dari pihak sekolah."])]
    assert kinds == ["comments"] * 5 + ["text"]
