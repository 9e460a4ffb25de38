"""Sentence splitting and segment fitting for Indonesian news text."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from translator.segment import (
    ABBREVIATIONS,
    fit_segments,
    segment_paragraphs,
    split_sentences,
)

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "sindonews-blinken-lavrov.txt"


def words(text: str) -> int:
    """A stand-in token counter: one token per word."""
    return len(text.split())


def collapsed(text: str) -> str:
    return " ".join(text.split())


SENTENCE_CASES = [
    # plain boundaries
    ("Harga naik. Warga mengeluh.", ["Harga naik.", "Warga mengeluh."]),
    ("Apa itu? Tidak ada yang tahu! Semua diam.",
     ["Apa itu?", "Tidak ada yang tahu!", "Semua diam."]),
    ("Benarkah?! Dia tidak percaya.", ["Benarkah?!", "Dia tidak percaya."]),
    ("Korban tewas mencapai 12 orang. 5 orang lainnya luka-luka.",
     ["Korban tewas mencapai 12 orang.", "5 orang lainnya luka-luka."]),
    ("Tidak ada titik di sini", ["Tidak ada titik di sini"]),
    ("harga naik. warga mengeluh.", ["harga naik. warga mengeluh."]),
    # titles and abbreviations
    ("Menurut dr. Siti, pasien membaik. Ia pulang kemarin.",
     ["Menurut dr. Siti, pasien membaik.", "Ia pulang kemarin."]),
    ("Prof. Dr. Ir. H. Budi Santoso hadir di acara itu.",
     ["Prof. Dr. Ir. H. Budi Santoso hadir di acara itu."]),
    ("Kantornya di Jl. Sudirman No. 5, Kec. Tanah Abang.",
     ["Kantornya di Jl. Sudirman No. 5, Kec. Tanah Abang."]),
    ("Hj. Ani dan Drs. Ahmad, M.Si. datang bersama Bpk. Joko.",
     ["Hj. Ani dan Drs. Ahmad, M.Si. datang bersama Bpk. Joko."]),
    ("Kombes. Pol. Ade Ary dan AKBP. Budi memimpin operasi.",
     ["Kombes. Pol. Ade Ary dan AKBP. Budi memimpin operasi."]),
    ("Jend. TNI (Purn.) Moeldoko hadir.", ["Jend. TNI (Purn.) Moeldoko hadir."]),
    ("Saham PT. Astra International Tbk. naik 2 persen.",
     ["Saham PT. Astra International Tbk. naik 2 persen."]),
    ("Mereka membeli beras, gula, dll. untuk bantuan.",
     ["Mereka membeli beras, gula, dll. untuk bantuan."]),
    ("Surat a.n. Kepala Dinas dikirim u.p. Sdr. Rudi.",
     ["Surat a.n. Kepala Dinas dikirim u.p. Sdr. Rudi."]),
    ("Lihat hlm. 12 dan hubungi tel. 021-555.", ["Lihat hlm. 12 dan hubungi tel. 021-555."]),
    ("Laga Persija vs. Persib berakhir imbang.", ["Laga Persija vs. Persib berakhir imbang."]),
    ("Menko Polhukam Moh. Mahfud MD mengutip QS. Al-Baqarah ayat 2. Isinya jelas.",
     ["Menko Polhukam Moh. Mahfud MD mengutip QS. Al-Baqarah ayat 2.", "Isinya jelas."]),
    # a suffix abbreviation may end a sentence when a capitalised word follows
    ("Ia dibantu Rahman, S.H. Dia seorang pengacara.",
     ["Ia dibantu Rahman, S.H.", "Dia seorang pengacara."]),
    ("Gelarnya S.H. M.H. Ia lulus tahun lalu.", ["Gelarnya S.H. M.H.", "Ia lulus tahun lalu."]),
    ("Mereka membawa beras, gula, dll. Semua dibagikan.",
     ["Mereka membawa beras, gula, dll.", "Semua dibagikan."]),
    # numbers, money, times, dates, versions
    ("Dana Rp1.500.000 dan Rp 2,5 triliun cair. Inflasi 3,5 persen.",
     ["Dana Rp1.500.000 dan Rp 2,5 triliun cair.", "Inflasi 3,5 persen."]),
    ("Sebanyak 1.200 orang hadir pukul 12.30. Acara selesai.",
     ["Sebanyak 1.200 orang hadir pukul 12.30.", "Acara selesai."]),
    ("Gempa terjadi pukul 04.25 WIB. Pukul 19.00 WITA warga kembali.",
     ["Gempa terjadi pukul 04.25 WIB.", "Pukul 19.00 WITA warga kembali."]),
    ("Pada Kamis (2/3/2023) dan 02.03.2023 rapat digelar.",
     ["Pada Kamis (2/3/2023) dan 02.03.2023 rapat digelar."]),
    ("Biaya Rp. 50.000 per orang.", ["Biaya Rp. 50.000 per orang."]),
    ("Aplikasi versi 2.0.1 dirilis. Versi 3.0 menyusul.",
     ["Aplikasi versi 2.0.1 dirilis.", "Versi 3.0 menyusul."]),
    ("Rapat pada Kamis (2/3/2023). Hasilnya belum diumumkan.",
     ["Rapat pada Kamis (2/3/2023).", "Hasilnya belum diumumkan."]),
    # initials
    ("Susilo B. Yudhoyono bertemu A. Rahman di Jakarta.",
     ["Susilo B. Yudhoyono bertemu A. Rahman di Jakarta."]),
    ("Buku J.K. Rowling laris. Penerbit senang.", ["Buku J.K. Rowling laris.", "Penerbit senang."]),
    # URLs, emails, domains
    ("Dikutip dari Kompas.com dan detik.com, kabar itu benar. Sumber lain membantah.",
     ["Dikutip dari Kompas.com dan detik.com, kabar itu benar.", "Sumber lain membantah."]),
    ("Kirim ke nama@contoh.co.id atau buka www.antaranews.com. Gratis.",
     ["Kirim ke nama@contoh.co.id atau buka www.antaranews.com.", "Gratis."]),
    # ellipsis
    ("Dia ragu dan... lalu pergi.", ["Dia ragu dan... lalu pergi."]),
    ("Dia menunggu… Tidak ada yang datang.", ["Dia menunggu…", "Tidak ada yang datang."]),
    # quotes
    ('"Kami siap," kata dia. Rapat dimulai.', ['"Kami siap," kata dia.', "Rapat dimulai."]),
    ('"Kami siap!" kata dia.', ['"Kami siap!" kata dia.']),
    ('"Kami siap. Kami akan menang," kata dia.', ['"Kami siap. Kami akan menang," kata dia.']),
    ("“Kami siap. Kami akan menang,” ujarnya. Lalu ia pergi.",
     ["“Kami siap. Kami akan menang,” ujarnya.", "Lalu ia pergi."]),
    ('Dia berkata, "Kami siap." Lalu ia pergi.', ['Dia berkata, "Kami siap."', "Lalu ia pergi."]),
    ('Semua setuju. "Ini baik," katanya.', ["Semua setuju.", '"Ini baik," katanya.']),
    ("Semua setuju. “Ini baik,” katanya.", ["Semua setuju.", "“Ini baik,” katanya."]),
    ("Ia pergi (tanpa pamit.) Lalu kembali.", ["Ia pergi (tanpa pamit.)", "Lalu kembali."]),
    # a quote continued from an earlier paragraph: the closing quote has no opening here
    ('Kami siap. Kami akan menang," kata dia.', ["Kami siap.", 'Kami akan menang," kata dia.']),
    # whitespace of any kind is collapsed
    ("  Harga\tnaik.\n\nWarga\u00a0mengeluh.  ", ["Harga naik.", "Warga mengeluh."]),
    ("", []),
    ("   \n ", []),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_CASES,
                         ids=[c[0][:40] for c in SENTENCE_CASES])
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected
    assert " ".join(expected) == collapsed(text)  # the table itself obeys the invariant


def test_abbreviation_table_is_data():
    assert ABBREVIATIONS["Prof."] == "title"
    assert ABBREVIATIONS["S.H."] == "suffix"
    assert "dr." in ABBREVIATIONS and "Dr." in ABBREVIATIONS


# --- fit_segments ---------------------------------------------------------------------------

def test_short_sentences_pass_through_unmerged():
    assert fit_segments(["Satu dua.", "Tiga."], words, 50) == ["Satu dua.", "Tiga."]


def test_blank_sentences_dropped_and_whitespace_collapsed():
    assert fit_segments(["  ", "Satu\n dua.", ""], words, 5) == ["Satu dua."]


def test_semicolon_before_comma():
    sentence = "a b c, d e; f g h, i j."
    assert fit_segments([sentence], words, 6) == ["a b c, d e;", "f g h, i j."]


def test_colon_before_comma():
    sentence = "Ia menyebut tiga hal: ekonomi, politik, dan budaya."
    assert fit_segments([sentence], words, 5) == ["Ia menyebut tiga hal:",
                                                  "ekonomi, politik, dan budaya."]


def test_neighbouring_clauses_packed_together():
    sentence = "satu dua, tiga empat, lima enam, tujuh delapan."
    assert fit_segments([sentence], words, 4) == ["satu dua, tiga empat,",
                                                  "lima enam, tujuh delapan."]


def test_dash_split():
    sentence = "NEW DELHI - Menteri Luar Negeri bertemu Lavrov hari ini."
    assert fit_segments([sentence], words, 7) == ["NEW DELHI -",
                                                  "Menteri Luar Negeri bertemu Lavrov hari ini."]


def test_conjunctions_when_no_punctuation():
    sentence = "Pemerintah menaikkan harga bahan bakar sehingga warga yang miskin kesulitan"
    assert fit_segments([sentence], words, 6) == [
        "Pemerintah menaikkan harga bahan bakar", "sehingga warga yang miskin kesulitan"]


def test_comma_kept_and_conjunction_used_inside_the_long_clause():
    sentence = "Ia datang, lalu pergi karena hujan turun sangat deras sekali malam itu."
    assert fit_segments([sentence], words, 7) == [
        "Ia datang,", "lalu pergi", "karena hujan turun sangat", "deras sekali malam itu."]


def test_words_as_last_resort_in_even_pieces():
    sentence = "satu dua tiga empat lima enam tujuh delapan sembilan"
    # Greedy filling would leave "sembilan" alone; the pieces are evened out instead.
    assert fit_segments([sentence], words, 4) == ["satu dua tiga", "empat lima enam",
                                                  "tujuh delapan sembilan"]


def test_word_cut_does_not_cross_a_stronger_boundary():
    assert fit_segments(["a b c d e f g, h."], words, 4) == ["a b c d", "e f g,", "h."]


def test_long_quotation_is_cut_at_its_sentences_first():
    para = '"Kami siap, sungguh. Kami akan menang, pasti. Kami kuat," kata dia.'
    assert split_sentences(para) == [para]
    assert fit_segments(split_sentences(para), words, 5) == [
        '"Kami siap, sungguh.', "Kami akan menang, pasti.", 'Kami kuat," kata dia.']


def test_word_longer_than_limit_is_kept_whole():
    long_word = "x" * 50
    count = len  # characters as tokens
    segs = fit_segments([f"ab {long_word} cd."], count, 10)
    assert segs == ["ab", long_word, "cd."]


def test_rejects_nonpositive_limit():
    with pytest.raises(ValueError):
        fit_segments(["a"], words, 0)


# --- segment_paragraphs ---------------------------------------------------------------------

def test_segment_paragraphs_keeps_count_and_order():
    paras = ["Satu. Dua.", "", "   ", "Tiga empat lima enam tujuh.", "Delapan."]
    assert segment_paragraphs(paras, words, 3) == [
        ["Satu.", "Dua."], [], [], ["Tiga empat lima", "enam tujuh."], ["Delapan."]]


# --- the invariant, on generated paragraphs --------------------------------------------------

VOCAB = """
    Harga naik. turun, Dr. dr. Prof. Jl. No. 5 H. Hj. S.H. M.Si. dll. dsb. Tbk. PT. a.n. B. J.K.
    Rp1.500.000 Rp 2,5 triliun 3,5 persen 1.200 12.30 04.25 WIB 2/3/2023 02.03.2023 Kompas.com
    www.antaranews.com nama@contoh.co.id dan... lalu… Kami siap! Mengapa? ?! " "Kami siap,"
    kata dia. ujarnya. “Ini ” ‘a’ (AS) pamit.) - – — ; : , yang dan tetapi namun sehingga
    karena serta atau Rusia Ukraina G20 bertemu kemarin 10 menit
"""
VOCAB_WORDS = VOCAB.split()
SPACES = [" ", " ", " ", "  ", "\n", "\t", "\u00a0", " \n "]


def _random_paragraph(rng: random.Random) -> str:
    n = rng.randint(0, 60)
    parts = [rng.choice(SPACES) if rng.random() < 0.2 else ""]
    for _ in range(n):
        parts += [rng.choice(VOCAB_WORDS), rng.choice(SPACES)]
    return "".join(parts)


@pytest.mark.parametrize("seed", range(4))
def test_invariant_on_random_paragraphs(seed):
    rng = random.Random(seed)
    for _ in range(150):
        para = _random_paragraph(rng)
        sentences = split_sentences(para)
        assert " ".join(sentences) == collapsed(para)
        assert all(s and s == s.strip() for s in sentences)
        limit = rng.randint(1, 12)
        (segs,) = segment_paragraphs([para], words, limit)
        assert " ".join(segs) == collapsed(para)
        assert all(words(s) <= limit for s in segs)  # no word is over one token here
        # Counters like a real tokenizer's: a fixed cost per text (EOS), or many tokens a word.
        for count, cap in ((lambda s: words(s) + 1, limit), (len, 20)):
            segs = fit_segments(sentences, count, cap)
            assert " ".join(segs) == collapsed(para)
            assert all(count(s) <= cap or " " not in s for s in segs)


def test_sample_article_body():
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    segmented = segment_paragraphs(lines, words, 15)
    assert len(segmented) == len(lines)
    for line, segs in zip(lines, segmented, strict=True):
        assert " ".join(segs) == collapsed(line)
        assert all(words(s) <= 15 for s in segs)
    # A quotation closed by its attribution is one sentence; the next quotation starts another.
    quote = next(line for line in lines if line.startswith("\u201cAkhiri perang"))
    assert split_sentences(quote) == [quote]
    quotes = next(line for line in lines if line.startswith("\u201cKepatuhan"))
    first, second = split_sentences(quotes)
    assert first.endswith("kata Blinken kepada Lavrov.") and second.startswith("\u201cBahwa")
    dateline = next(line for line in lines if line.startswith("NEW DELHI"))
    assert split_sentences(dateline)[0].endswith("Kamis (2/3/2023).")
    assert split_sentences(dateline)[1].startswith("Ini merupakan pembicaraan")
