"""zones: the story found first, as the densest run of prose; header and footer zones, where a
line's shape suffices to drop it, and the body, where a line needs strong evidence."""

from __future__ import annotations

from translator.clean import clean, normalise
from translator.lines import classify
from translator.templates import line_key
from translator.zones import body_run

TITLE = "Nelayan Pesisir Sambut Pasar Ikan Higienis yang Baru Diresmikan"
DATE = "Senin, 12 Mei 2025 | 14:20 WIB"
P1 = ("Pemerintah kabupaten meresmikan pasar ikan higienis di kawasan pelabuhan nelayan pada "
      "Senin pagi. Pasar itu dibangun dengan anggaran daerah sebesar Rp12 miliar.")
P2 = ("Bupati mengatakan pasar tersebut akan menampung sedikitnya 200 pedagang ikan yang selama "
      "ini berjualan di pinggir jalan.")
P3 = ("Salah satu pedagang, Sutrisno, mengaku senang dengan fasilitas baru itu. Ia berharap "
      "retribusi yang dikenakan tidak memberatkan pedagang kecil.")
# A plea above the headline that no table names, and that reads like a paragraph.
PLEA = "Dukung jurnalisme warga dengan menjadi anggota kami dan nikmati semua fitur tambahan."


def _page(*lines: str) -> str:
    return "\n".join(lines)


def test_body_run_is_the_densest_run_of_prose() -> None:
    lines = classify(normalise(_page(PLEA, TITLE, DATE, P1, P2, "Berita Terkait", P3)))
    run = body_run(lines)
    assert run is not None and run[0] == 3  # not the plea, which a title and a date part


def test_body_run_spans_short_lines_between_paragraphs() -> None:
    lines = classify(normalise(_page(TITLE, DATE, P1, "ADVERTISEMENT", "Lihat Foto", P2, P3)))
    assert body_run(lines) == (2, 7)


def test_plea_above_the_headline_is_neither_title_nor_body() -> None:
    article = clean(_page(PLEA, TITLE, DATE, P1, P2))
    assert article.title == TITLE
    assert article.paragraphs == (P1, P2)


def test_lead_without_dateline_before_a_crosshead_is_kept() -> None:
    short_lead = "Pasar ikan higienis di pelabuhan nelayan resmi dibuka pada Senin pagi."
    article = clean(_page(TITLE, short_lead, "Harga Lebih Stabil", P2, P3))
    assert article.paragraphs[0] == short_lead


# --- footer zone: shape suffices --------------------------------------------------------------

def test_footer_link_list_with_dateline_teasers_is_dropped() -> None:
    article = clean(_page(TITLE, DATE, f"PESISIR - {P1}", P2, P3,
                          "Harga Solar untuk Nelayan Naik Mulai Bulan Depan",
                          "PESISIR - Harga solar bersubsidi untuk nelayan di wilayah pesisir akan "
                          "naik mulai bulan depan, menyusul...",
                          "Dermaga Baru Rampung Akhir Tahun"))
    assert article.paragraphs == (P1, P2, P3)


def test_footer_qa_block_is_dropped() -> None:
    article = clean(_page(TITLE, DATE, f"PESISIR - {P1}", P2, P3,
                          "Apa itu pasar ikan higienis?",
                          "Pasar ikan higienis adalah pasar dengan standar kebersihan dan rantai "
                          "dingin.",
                          "Kapan pasar ikan diresmikan?", "Pada Senin, 12 Mei 2025."))
    assert article.paragraphs == (P1, P2, P3)


def test_footer_caption_and_credit_are_dropped() -> None:
    article = clean(_page(TITLE, DATE, f"PESISIR - {P1}", P2, P3, "Rina Marlina/net",
                          "Bupati meninjau los ikan di pasar baru, Senin (12/5/2025). (Antara)"))
    assert article.paragraphs == (P1, P2, P3)


def test_closing_paragraph_with_source_credit_is_kept() -> None:
    closing = "Pasar itu akan dibuka setiap hari mulai pukul 04.00 WIB, kata Bupati. (Antara)"
    article = clean(_page(TITLE, DATE, f"PESISIR - {P1}", P2, P3, "Rencana Berikutnya", closing))
    assert article.paragraphs[-1] == closing


# --- body zone: strong evidence only ----------------------------------------------------------

def test_related_headline_with_dateline_teaser_inside_body_is_dropped() -> None:
    article = clean(_page(TITLE, DATE, f"PESISIR - {P1}",
                          "Harga Solar untuk Nelayan Naik Mulai Bulan Depan",
                          "PESISIR - Harga solar bersubsidi untuk nelayan di wilayah pesisir akan "
                          "naik mulai bulan depan.",
                          P2, P3))
    assert article.paragraphs == (P1, P2, P3)


def test_round_up_paragraph_with_its_own_dateline_is_kept() -> None:
    second = ("MALANG - Di Malang, pasar murah digelar di lima kecamatan sekaligus dan diserbu "
              "warga sejak pagi hari.")
    article = clean(_page(TITLE, DATE, f"SURABAYA - {P1}", second, P2, P3))
    assert second in article.paragraphs


def test_explainer_crossheads_that_are_questions_are_kept() -> None:
    q1, a1 = "Apa saja yang dijual?", ("Panitia menjual beras, minyak goreng, gula, dan telur "
                                       "dengan harga di bawah harga pasar tradisional.")
    q2, a2 = "Bagaimana cara mendaftar?", ("Warga cukup membawa KTP dan kartu keluarga ke "
                                           "lokasi, dan panitia mencatat setiap pembeli.")
    article = clean(_page(TITLE, DATE, f"PESISIR - {P1}", q1, a1, q2, a2, P2))
    assert article.paragraphs == (P1, q1, a1, q2, a2, P2)


def test_quotation_beside_template_debris_is_kept() -> None:
    quote = "“Kami tidak mau kehabisan minyak goreng”"
    article = clean(_page(TITLE, DATE, f"PESISIR - {P1}", quote, "Pasar Ikan Baru Dibuka",
                          P2, P3))
    assert quote in article.paragraphs


def test_body_sentence_quoting_an_advert_is_kept_whole() -> None:
    quoting = ("Iklan pasar murah itu disebar lewat media sosial dengan tulisan \"Klik di sini "
               "untuk daftar, kuota terbatas\" sehingga banyak warga datang lebih awal.")
    article = clean(_page(TITLE, DATE, f"PESISIR - {P1}", quoting, P2))
    assert article.paragraphs == (P1, quoting, P2)


def test_alt_text_twice_above_the_headline_is_not_the_title() -> None:
    alt = "Pasar ikan di pelabuhan nelayan"
    article = clean(_page(alt, alt, TITLE, DATE, f"PESISIR - {P1}", P2))
    assert article.title == TITLE


# --- template lines from the store ------------------------------------------------------------

SLOGAN = "Portal Berita Warga Pesisir Terpercaya Sejak 2010"
ABOUT = ("Kabarpesisir adalah portal berita warga yang terbit setiap hari dari kota pelabuhan "
         "di pesisir selatan.")


def test_template_line_in_header_and_footer_is_dropped() -> None:
    page = _page(SLOGAN, TITLE, DATE, f"PESISIR - {P1}", P2, P3, ABOUT)
    assert ABOUT in clean(page).paragraphs  # without the store: a paragraph like any other
    article = clean(page, templates=frozenset({line_key(SLOGAN), line_key(ABOUT)}))
    assert article.title == TITLE
    assert article.paragraphs == (P1, P2, P3)


def test_template_line_inside_body_is_kept_and_noted() -> None:
    page = _page(TITLE, DATE, f"PESISIR - {P1}", ABOUT, P2, P3)
    article = clean(page, templates=frozenset({line_key(ABOUT)}))
    assert article.paragraphs == (P1, ABOUT, P2, P3)
    assert any("1 line(s) inside the body recur" in n for n in article.notes)


def test_no_templates_no_note() -> None:
    article = clean(_page(TITLE, DATE, f"PESISIR - {P1}", P2, P3), templates=frozenset())
    assert not any("recur" in n for n in article.notes)


def test_caption_under_its_photo_credit_is_dropped() -> None:
    caption = "Bupati meninjau los ikan di pasar yang baru diresmikan, Senin (12/5/2025)"
    article = clean(_page(TITLE, DATE, f"PESISIR - {P1}", "ANTARA/Feri Purnama", caption,
                          P2, P3))
    assert article.paragraphs == (P1, P2, P3)


def test_paragraph_under_a_credit_that_reports_speech_is_kept() -> None:
    said = "Pasar itu akan buka setiap hari sejak subuh, kata Bupati kepada wartawan, Senin."
    article = clean(_page(TITLE, DATE, f"PESISIR - {P1}", "ANTARA/Feri Purnama", said, P2))
    assert said in article.paragraphs


# --- issue 9, second round ----------------------------------------------------------------------

def test_caption_under_its_credit_above_an_undated_lead_is_header() -> None:
    caption = "Pekerja di kawasan industri pengolahan nikel di Morowali, Sulawesi Tengah."
    article = clean(_page(TITLE, DATE, "KATADATA/Fauza Syahputra", caption, P1, P2))
    assert article.paragraphs == (P1, P2)


def test_a_short_lead_under_a_credit_with_no_story_after_it_is_kept() -> None:
    lead = "Pasar ikan higienis di kawasan pelabuhan nelayan resmi dibuka pada Senin pagi."
    article = clean(_page(TITLE, DATE, "ANTARA/Feri Purnama", lead))
    assert article.paragraphs == (lead,)


def test_a_long_lead_under_a_credit_is_the_story() -> None:
    lead = ("Pemerintah kabupaten meresmikan pasar ikan higienis di kawasan pelabuhan nelayan "
            "pada Senin pagi setelah pembangunan yang berlangsung selama hampir dua tahun dan "
            "menelan anggaran daerah sebesar dua belas miliar rupiah.")
    article = clean(_page(TITLE, DATE, "ANTARA/Feri Purnama", lead, P2))
    assert article.paragraphs == (lead, P2)


def test_a_tag_line_closes_the_run_so_a_recurring_line_below_it_is_dropped() -> None:
    recurring = ("Ikuti terus perkembangan berita terkini dari daerah Anda hanya di portal warta "
                 "pesisir setiap hari.")
    page = _page(TITLE, DATE, f"PESISIR - {P1}", P2, P3, "Tag: pasar ikan, nelayan", recurring)
    lines = classify(normalise(page))
    run = body_run(lines)
    assert run is not None and lines[run[1] - 1].text == P3
    article = clean(page, templates=frozenset({line_key(recurring)}))
    assert article.paragraphs == (P1, P2, P3)


def test_lowercase_alt_text_and_bracketed_image_credit_leave_the_body() -> None:
    page = _page(TITLE, DATE, P1, "pasar ikan higienis pelabuhan", P2,
                 "(Image: ©The Bali Sun – Made Ardika)", P3)
    assert clean(page).paragraphs == (P1, P2, P3)


def test_a_related_item_whose_teaser_repeats_its_headline_is_not_the_title() -> None:
    other = "Pelaku Jambret di Jalan Gatot Subroto Diringkus Warga"
    page = _page("Sumut", other, other + " Unit Reskrim Polsek Medan Baru.", "Kriminal 3 jam lalu",
                 TITLE, DATE, P1, P2, P3)
    article = clean(page)
    assert article.title == TITLE and article.paragraphs == (P1, P2, P3)
    # the headline itself printed twice (page title and breadcrumb) is still the title
    assert clean(_page(TITLE, TITLE, DATE, P1, P2, P3)).title == TITLE


def test_a_headline_twice_over_a_share_prompt_is_the_title_not_alt_text() -> None:
    # the headline printed twice (tab title and page title) over "Sebarkan artikel ini": the
    # prompt shares nothing with the lead, so the pair is no image's alt text
    page = _page(TITLE, "×", TITLE, "Sebarkan artikel ini", P1, P2, P3)
    assert clean(page).title == TITLE


def test_an_alt_text_pair_over_the_real_headline_still_goes() -> None:
    alt = "Pasar ikan baru di kawasan pelabuhan nelayan"
    assert clean(_page(alt, alt, TITLE, DATE, P1, P2, P3)).title == TITLE


def test_excerpts_of_other_posts_leave_the_body() -> None:
    teaser = ("Pemerintah menaikkan campuran biodiesel tahun depan. Pejabat kementerian menyebut "
              "impor solar akan turun. […]")
    article = clean(_page(TITLE, DATE, P1, P2, P3, teaser))
    assert article.paragraphs == (P1, P2, P3)


def test_a_headline_printed_three_times_over_a_deck_is_the_title() -> None:
    # repetition is evidence for a headline that names the lead: not alt text over a headline
    deck = "Pasar Baru dengan Aturan Baru untuk Pedagang Ikan"
    article = clean(_page("Portal Pesisir", TITLE, TITLE, TITLE, deck, f"PESISIR - {P1}", P2))
    assert article.title == TITLE
    assert list(article.paragraphs) == [P1, P2]


# --- round thirteen: what stands around a listing's post --------------------------------------

_P1 = ("Dinas pertanian membagikan bibit kakao kepada kelompok tani di tiga desa yang baru "
       "selesai dilanda banjir bulan lalu.")
_P2 = "Setiap kelompok menerima dua ratus bibit yang siap tanam pada musim hujan tahun ini."
_P3 = ("Kepala dinas mengatakan pendampingan akan diberikan selama enam bulan agar bibit tumbuh "
       "dengan baik di kebun warga.")


def test_a_featured_post_slider_above_the_post() -> None:
    slides = "".join(f"{head}\n\n{summary}\n\n" for head, summary in (
        ("Jembatan Gantung Desa Wolo Mulai Dibangun",
         "Pemerintah desa mulai membangun jembatan gantung yang "
         "menghubungkan dua dusun yang selama ini terpisah sungai."),
        ("Harga Ikan di Pasar Pagi Naik Tajam",
         "Pedagang ikan di pasar pagi mengeluhkan pasokan yang "
         "terus berkurang akibat cuaca buruk di laut selatan."),
        ("Sekolah Dasar Terpencil Terima Buku Baru",
         "Sebanyak tiga sekolah dasar di pedalaman menerima "
         "kiriman buku bacaan baru dari dinas pendidikan kabupaten."),
        ("Festival Budaya Digelar Akhir Pekan Ini",
         "Panitia festival budaya menyiapkan panggung utama di "
         "lapangan kota sejak pagi untuk tiga hari acara."),
        ("Puskesmas Keliling Sambangi Desa Terpencil",
         "Tim puskesmas keliling memeriksa kesehatan warga di desa "
         "yang jauh dari kota selama dua hari penuh.")))
    page = (f"{slides}Jumat, 20 Februari 2026\n\nPetani Kakao Terima Bantuan Bibit\n\n"
            f"Ende, KabarEnde.com - {_P1}\n\n{_P2}\n\n{_P3}\n")
    article = clean(page)
    assert article.title == "Petani Kakao Terima Bantuan Bibit"
    assert (article.dateline, article.outlet) == ("Ende", "KabarEnde.com")
    assert article.paragraphs == (_P1, _P2, _P3)


def test_the_next_post_under_the_share_bar_that_closes_both() -> None:
    page = (f"Petani Kakao Terima Bantuan Bibit\n\n{_P1} {_P2}\n\nShare:\n\n"
            "Nelayan Pesisir Selatan Tolak Kapal Pukat\n\nKetua kelompok nelayan.\n\n"
            "NELAYAN di pesisir selatan menolak kapal pukat yang beroperasi di dekat pantai "
            "karena merusak terumbu karang.\n\nShare:\n")
    assert clean(page).paragraphs == (f"{_P1} {_P2}",)


def test_a_headline_that_shares_no_word_with_the_story_is_a_link() -> None:
    page = (f"Petani Kakao Terima Bantuan Bibit\n\n{_P1}\n\n{_P2}\n\n"
            "Pemprov Siapkan Beasiswa untuk Lima Ribu Mahasiswa!\n\n{_P3}\n").replace("{_P3}", _P3)
    assert clean(page).paragraphs == (_P1, _P2, _P3)
    # a crosshead that names what the story tells stays
    crosshead = page.replace("Pemprov Siapkan Beasiswa untuk Lima Ribu Mahasiswa!",
                             "Pendampingan Kelompok Tani Selama Enam Bulan")
    assert "Pendampingan Kelompok Tani Selama Enam Bulan" in clean(crosshead).paragraphs


def test_a_blog_listing_s_next_post_below_the_story_is_dropped() -> None:
    page = ("Kabar Lembah\n\nJumat, 20 Februari 2026\n\nBanjir Rendam Tiga Desa di Hilir, "
            "Warga Mengungsi\n\nBanjir kiriman dari hulu sungai merendam tiga desa di kecamatan "
            "itu sejak Kamis pagi.\n\nSebanyak 86 kepala keluarga mengungsi ke balai desa dan "
            "rumah kerabat yang berada di dataran tinggi.\n\nRabu, 18 Februari 2026\n\n"
            "Festival Sungai Kembali Digelar Tahun Ini\n\nFestival sungai kembali digelar di kota "
            "itu pada bulan Mei setelah dua tahun absen.\n")
    paragraphs = clean(page).paragraphs
    assert paragraphs[-1].startswith("Sebanyak 86 kepala keluarga")
    assert not any("Festival" in p for p in paragraphs)
