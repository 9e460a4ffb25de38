"""shapes: furniture families told by their shape; each detector with lines it must claim and
story lines it must leave alone. The lines are written in the manner of real pages."""

from __future__ import annotations

import pytest

from translator import shapes


@pytest.mark.parametrize("line", [
    "Rina Marlina/net",
    "Ilustrasi rumah subsidi. Dok/net",
    "Petugas memeriksa kendaraan di gerbang tol. Foto ilustrasi/Net",
])
def test_net_credit(line: str) -> None:
    assert shapes.net_credit(line)


@pytest.mark.parametrize("line", [
    "Warga mengunggah video itu ke internet pada Senin malam.",
    "Harga paket data naik 10 persen, kata operator.",
    "Jaringan internet di desa itu putus sejak Senin.",
])
def test_net_credit_leaves_sentences(line: str) -> None:
    assert not shapes.net_credit(line)


@pytest.mark.parametrize("line", [
    "Feri Purnama | ANTARA",
    "Gubernur Jawa Barat Dedi Mulyadi. (ANTARA)",
    "Rudy Gunawan/AFP",
    "Kepala Dinas Kelautan Ahmad Yani (Istimewa)",
])
def test_name_credit(line: str) -> None:
    assert shapes.name_credit(line)


@pytest.mark.parametrize("line", [
    "Kantor Berita Antara",  # a name, no credit mark
    "Hal itu disampaikan Kepala Dinas, kata dia. (Antara)",  # reported speech
    "Pemerintah juga menyalurkan bantuan kepada warga yang terdampak banjir (ANTARA)",
])
def test_name_credit_leaves_names_and_paragraphs(line: str) -> None:
    assert not shapes.name_credit(line)


@pytest.mark.parametrize("line", [
    "Warga melintas di jalan yang rusak di Garut, Senin (2/3/2025). (ANTARA)",
    "Petugas membersihkan lumpur di depan rumah warga (Antara/Feri)",
])
def test_agency_caption(line: str) -> None:
    assert shapes.agency_caption(line)


@pytest.mark.parametrize("line", [
    "Pemerintah juga menyalurkan bantuan, katanya. (Antara)",
    "The regency plans to add cold storage next year, officials said. (Antara)",
])
def test_agency_caption_leaves_reported_speech(line: str) -> None:
    assert not shapes.agency_caption(line)


@pytest.mark.parametrize("line", [
    "Logo Header Kabarpesisir Kuala Lumpur", "Logo iosLogo android",
    "Banner Diskominfo Kabupaten Pesisir 2025--", "Thumbnail Video Banjir",
])
def test_alt_text(line: str) -> None:
    assert shapes.alt_text(line)


@pytest.mark.parametrize("line", [
    "Logo baru kabupaten diluncurkan dalam upacara hari jadi ke-75.",
    "JAKARTA --",
    "Gambar itu beredar luas di media sosial sejak Senin.",
])
def test_alt_text_leaves_sentences(line: str) -> None:
    assert not shapes.alt_text(line)


@pytest.mark.parametrize(("line", "cut"), [
    ("PESISIR, KABARPESISIR - Harga solar bersubsidi untuk nelayan akan naik, menyusul...", True),
    ("Pemerintah kota menyiapkan 3.000 paket sembako yang dijual di lima kecamatan…", True),
    ("Warga menunggu... dan menunggu lagi sampai sore hari tiba.", False),
    ("“Kami sudah berusaha, tapi ...”", False),
    ("Menunggu...", False),
])
def test_teaser_cut(line: str, cut: bool) -> None:
    assert shapes.is_teaser_cut(line) is cut


@pytest.mark.parametrize(("line", "question"), [
    ("Apa itu pasar ikan higienis?", True),
    ("Kapan pasar ikan diresmikan?", True),
    ("What is a hygienic fish market?", True),
    ("“Kapan jalan ini diperbaiki?”", False),  # a quotation
    ("Mengapa harga naik? Ini penjelasannya?", False),  # two questions: a standfirst
    ("Pasar diresmikan pada Senin.", False),
])
def test_is_question(line: str, question: bool) -> None:
    assert shapes.is_question(line) is question


def test_qa_block_with_short_answers() -> None:
    texts = ["Apa itu pasar ikan higienis?", "Pasar dengan standar kebersihan.",
             "Kapan pasar diresmikan?", "Pada Senin.", "Siapa yang meresmikan?", "Bupati."]
    assert shapes.qa_blocks(texts) == [(0, 6, 3)]


def test_qa_block_of_bare_questions() -> None:
    texts = ["Apa itu pasar ikan higienis?", "Kapan pasar diresmikan?"]
    assert shapes.qa_blocks(texts) == [(0, 2, 2)]


def test_single_question_is_no_block() -> None:
    assert shapes.qa_blocks(["Lalu, apa yang terjadi?", "Warga berlarian ke luar rumah."]) == []


@pytest.mark.parametrize(("line", "speech"), [
    ("“Kami tidak mau kehabisan minyak goreng”", True),
    ("\"Saya tidak akan mundur dari jabatan ini,\" katanya", True),
    ("\"Saya Tidak Takut\", Kata Menteri Soal Ancaman Pemakzulan", False),  # a headline
    ("Harga Beras Naik Lagi", False),
])
def test_is_speech(line: str, speech: bool) -> None:
    assert shapes.is_speech(line) is speech


def test_quotation_is_not_headline_shaped() -> None:
    assert not shapes.headline_shaped("“Kami tidak mau kehabisan minyak goreng”")
    assert shapes.headline_shaped("Harga Solar untuk Nelayan Naik Mulai Bulan Depan")


@pytest.mark.parametrize(("line", "prose"), [
    ("Pemerintah kabupaten meresmikan pasar ikan higienis di kawasan pelabuhan pada Senin.",
     True),
    ("The market will house at least 200 fish traders who sold their catch by the road.", True),
    ("Nelayan Pesisir Sambut Pasar Ikan Higienis yang Baru Diresmikan Bupati", False),
    ("Facebook Twitter WhatsApp Telegram LinkedIn Pinterest Salin Tautan Bagikan Cetak.", False),
])
def test_is_prose_needs_function_words_and_a_sentence_end(line: str, prose: bool) -> None:
    assert shapes.is_prose(line) is prose


def test_bare_strips_closing_initials_and_credit() -> None:
    assert shapes.bare("Stok dipastikan aman. (ian)") == "Stok dipastikan aman."
    assert shapes.bare("Officials said. (Antara)") == "Officials said."
    assert shapes.bare("Presiden tiba di lokasi (AFP)") == "Presiden tiba di lokasi (AFP)"


def test_stoplists_are_jusText_s() -> None:
    justext = pytest.importorskip("justext")
    assert shapes._stopwords() == (justext.get_stoplist("Indonesian")
                                   | justext.get_stoplist("English"))


@pytest.mark.parametrize(("line", "icon"), [
    ("calendar_month Jum, 30 Mei 2025", True),
    ("visibility 103", True),
    ("light_mode", True),
    ("visibility pelabuhan menurun karena kabut tebal sejak pagi.", False),
    ("Jadwal kapal berubah karena cuaca buruk.", False),
])
def test_icon_text(line: str, icon: bool) -> None:
    assert shapes.icon_text(line) is icon


@pytest.mark.parametrize(("line", "bar"), [
    ("Bagikan ke WhatsAppBagikan ke TwitterBagikan ke Facebook", True),
    ("Share on Facebook Share on X", True),
    ("Bagikan ke warga sekitar paket sembako itu, kata camat.", False),
])
def test_share_bar(line: str, bar: bool) -> None:
    assert shapes.share_bar(line) is bar


@pytest.mark.parametrize("line", [
    "Bagaimana tanggapan anda mengenai artikel ini?",
    "Apakah berita ini bermanfaat?",
    "What do you think of this article?",
    "How do you feel after reading this story?",
])
def test_reader_prompt(line: str) -> None:
    assert shapes.reader_prompt(line)


@pytest.mark.parametrize("line", [
    "Bagaimana nasib warga setelah banjir surut?",  # the story's own question
    "Apakah harga akan turun?",
    "“Siapa yang menulis berita ini?” tanya dia.",  # quoted in a sentence
    "Berita ini ditulis berdasarkan keterangan polisi dan saksi di lokasi kejadian.",
    "Mengapa artikel ini penting bagi warga yang tinggal di bantaran sungai dan bagi "
    "pemerintah daerah yang setiap tahun menghadapi banjir besar di musim hujan?",  # too long
])
def test_not_a_reader_prompt(line: str) -> None:
    assert not shapes.reader_prompt(line)


@pytest.mark.parametrize("line", ["canggu shortcut road traffic", "bali sun group",
                                  "jembatan gantung katingan"])
def test_lowercase_label(line: str) -> None:
    assert shapes.lowercase_label(line)


@pytest.mark.parametrize("line", [
    "Canggu shortcut road traffic",  # capitalised: a headline or a crosshead
    "warga",  # one word
    "dan warga sekitar mengeluhkan banjir yang datang setiap tahun.",  # a sentence end
    "a road closure, for two weeks",  # punctuation
])
def test_lowercase_label_leaves_other_lines(line: str) -> None:
    assert not shapes.lowercase_label(line)


@pytest.mark.parametrize(("line", "credited"), [
    ("CEK KESEHATAN: Petugas memeriksa kadar hemoglobin pelajar di Medan, Senin (22/12). "
     "ISTIMEWA/SUMUT POS.", True),
    ("Petani menjemur rumput laut di Desa Mola Selatan, Wakatobi. ANTARA/La Ode Rusdi", True),
    ("Warga antre solar di SPBU Jalan Sudirman, Dumai, Selasa (5/8). DOK/RIAU POS", True),
    # the story's own sentences
    ("Harga cabai naik, kata pedagang. ANTARA/Budi", False),  # reported speech
    ("Dinas menyiapkan 40 bus sekolah untuk rute Sleman/Bantul mulai pekan depan.", False),
    ("Rute KRL Jakarta/Bogor kembali normal setelah perbaikan sinyal selesai pagi ini.", False),
])
def test_slash_credit_caption(line: str, credited: bool) -> None:
    assert shapes.slash_credit(line) is credited


def test_stopwords_are_jusTexts() -> None:
    assert shapes.is_stopword("Namun") and shapes.is_stopword("di")
    assert not shapes.is_stopword("Tabanan")


def test_excerpt_cut() -> None:
    assert shapes.excerpt_cut("Energy ministry officials said the mandate would cut imports. […]")
    assert shapes.excerpt_cut("Pemerintah menaikkan campuran biodiesel tahun depan [...]")
    assert not shapes.excerpt_cut("Harga naik [...]")  # too short to be a teaser
    assert not shapes.excerpt_cut("Ia mengatakan, \"kami [...] akan terus berjuang\" kemarin.")


# --- round nine: a tag box's definition under its tag -----------------------------------------
def test_a_tags_definition_under_the_tag_is_a_blurb() -> None:
    assert shapes.tag_blurb("Bali", "Bali is an Indonesian province and island east of Java.")
    assert shapes.tag_blurb("Basarnas", "Basarnas adalah lembaga pencarian dan pertolongan.")


@pytest.mark.parametrize(("tag", "text"), [
    ("Bali", "Bali has reopened its port after the ferry was towed away, officials said."),
    ("Bali is busy.", "Bali is an Indonesian province and island east of Java."),
    ("Lombok", "Bali is an Indonesian province and island east of Java."),
])
def test_a_sentence_about_the_tag_is_no_blurb(tag: str, text: str) -> None:
    assert not shapes.tag_blurb(tag, text)


def test_a_bare_address_ends_a_sentence() -> None:
    line = "Formulir pendaftaran dapat diunduh oleh warga di http://dinkes.example.go.id/?id=12"
    assert shapes.is_sentence(line) and shapes.is_prose(line)
    assert not shapes.is_sentence("Formulir pendaftaran dapat diunduh oleh warga di laman itu")


def test_a_line_is_judged_without_the_credits_glued_to_its_last_sentence() -> None:
    line = ("Petugas akan terus memantau debit sungai bersama warga desa setempat. "
            "Naskah : BPBD Demak Editor : Tim Humas Pemkab Demak")
    assert shapes.bare(line) == "Petugas akan terus memantau debit sungai bersama warga desa " \
        "setempat."
    assert shapes.is_prose(shapes.bare(line))
    # a label inside a sentence is its own word: nothing is cut
    said = "Kata editor: Tim kami sudah memeriksa semua data yang masuk."
    assert shapes.bare(said) == said


def test_an_acronym_the_words_before_it_spell_is_no_desk_code() -> None:
    defined = "Warga menerima bantuan yang disebut “Bantuan Langsung Tunai” (BLT)."
    assert shapes.closing_initials(defined) is None
    assert shapes.without_initials(defined) == defined
    signed = "Warga menerima bantuan itu pada pekan lalu. (BLT)"
    assert shapes.without_initials(signed) == "Warga menerima bantuan itu pada pekan lalu."
