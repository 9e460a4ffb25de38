"""Template lines: keys of a page's lines, and the store's knowledge of the lines an outlet
repeats on its pages, used by the cleaner (issue 9, part 4)."""

from __future__ import annotations

from translator.clean import clean, normalise
from translator.load import Loaded
from translator.pipeline import clean_input
from translator.store import Store, page_hash, template_lookup
from translator.templates import line_key, page_keys

# Furniture lines no table knows: a banner shaped like a headline, a promo shaped like a
# sentence. Only their recurring on the outlet's pages tells.
BANNER = "Promo Spesial Langganan Digital Hemat Hingga Akhir Bulan Ini"
PROMO = "Nikmati gratis ongkos kirim hingga 50 persen untuk pesanan pertama Anda di aplikasi kami!"
STORIES = [
    ("Harga Cabai di Pasar Induk Naik Dua Kali Lipat", [
        "Harga cabai rawit di Pasar Induk Kramat Jati naik dua kali lipat dalam sepekan terakhir "
        "karena pasokan dari daerah berkurang.",
        "Para pedagang mengatakan hujan deras membuat panen di sentra produksi terlambat sehingga "
        "harga terus naik."]),
    ("Banjir Rob Genangi Permukiman Warga di Pesisir Utara", [
        "Banjir rob kembali menggenangi ratusan rumah warga di pesisir utara sejak Selasa pagi "
        "akibat pasang air laut yang tinggi.",
        "Warga berharap pemerintah segera membangun tanggul permanen agar genangan tidak terus "
        "berulang setiap bulan."]),
    ("Pemkot Siapkan Ribuan Bibit Pohon untuk Taman Kota", [
        "Pemerintah kota menyiapkan ribuan bibit pohon peneduh yang akan ditanam di taman dan "
        "jalur hijau pada musim hujan ini.",
        "Kepala dinas pertamanan menyebut penanaman dilakukan bersama pelajar dan komunitas "
        "lingkungan di setiap kecamatan."]),
    ("Kereta Tambahan Disiapkan Jelang Libur Panjang", [
        "Operator kereta api menyiapkan belasan perjalanan tambahan untuk melayani lonjakan "
        "penumpang menjelang libur panjang akhir pekan.",
        "Tiket perjalanan tambahan sudah bisa dipesan melalui loket stasiun dan aplikasi resmi "
        "sejak Rabu siang."]),
]


def page(i: int, promo: str = "foot") -> str:
    """A copied page of one outlet: its banner above the headline, the date, the story under
    its dateline, and its promo at the foot, inside the story or not at all."""
    title, paras = STORIES[i]
    body = [f"JAKARTA, KOMPAS.com - {paras[0]}", *([PROMO] if promo == "body" else []), paras[1]]
    foot = [PROMO] if promo == "foot" else []
    return "\n".join([BANNER, title, f"Senin, {i + 4} Maret 2024 10:15 WIB", *body, *foot]) + "\n"


def test_line_key_ignores_case_spacing_punctuation_and_numbers():
    assert line_key("Baca juga: 12 Berita Terbaru!") == line_key("baca  JUGA 3 berita terbaru")
    assert line_key("Diskon 50% hari ini") == line_key("DISKON 75 % hari ini")


def test_line_key_folds_compatibility_characters():
    assert line_key("ＫＯＭＰＡＳ Ｔｖ ２４") == line_key("kompas tv 0")


def test_line_key_tells_different_words_apart():
    assert line_key("Baca juga berita lain") != line_key("Baca juga berita lainnya")
    assert len(line_key("apa saja")) == 16


def test_page_keys_are_the_normalised_lines_of_two_words_or_more():
    text = "Nasional\n  Harga\u00a0cabai   naik \nHarga cabai naik\n\u200bTutup iklan ini\n"
    assert page_keys(normalise(text)) == {line_key("harga cabai naik"), line_key("Tutup iklan ini")}


def _save(store: Store, text: str) -> int:
    """Store a page as the run does: its cleaned article, a brief's JSON, the page as read."""
    article = clean(text).to_dict()
    doc = {"source": {k: article[k] for k in ("title", "published", "dateline", "outlet",
                                              "language")} | {"origin": "t.txt"},
           "title": article["title"], "summary": "s",
           "paragraphs": [{"source": p, "text": p, "flags": []} for p in article["paragraphs"]],
           "models": {}, "version": "0"}
    return store.save(doc, article, text)


def test_store_knows_lines_that_recur_on_three_other_pages_of_the_outlet(tmp_path):
    path = tmp_path / "briefs.sqlite"
    with Store.open(path) as store:
        for i in range(2):
            _save(store, page(i))
        assert line_key(PROMO) not in template_lookup(path)("Kompas.com", page(3))
        _save(store, page(2))
        assert line_key(PROMO) in template_lookup(path)("kompas.com", page(3))
        assert template_lookup(path)("Detik", page(3)) == frozenset()
        # The page itself is not one of the others, stored or not.
        _save(store, page(3))
        assert line_key(PROMO) in store.template_keys("Kompas.com", min_articles=4)
        assert line_key(PROMO) not in store.template_keys("Kompas.com", min_articles=4,
                                                          exclude_article=page_hash(page(3)))


def test_no_store_knows_no_templates_and_is_not_created(tmp_path):
    path = tmp_path / "none.sqlite"
    assert template_lookup(path)("Kompas.com", page(0)) == frozenset()
    assert not path.exists()


def test_fourth_page_drops_the_outlets_template_line_but_keeps_it_in_the_body(tmp_path):
    path = tmp_path / "briefs.sqlite"
    fourth = Loaded(text=page(3, promo="none"), origin="t.txt", encoding="utf-8")
    # no store yet: the banner shares no words with the lead, so the headline wins already
    assert clean_input(fourth, template_lookup(path)).title == STORIES[3][0]
    with Store.open(path) as store:
        for i in range(3):
            _save(store, page(i))
    article = clean_input(fourth, template_lookup(path))
    assert article.title == STORIES[3][0] and BANNER not in article.paragraphs
    assert article.paragraphs[-1] == STORIES[3][1][1]
    inside = clean_input(Loaded(text=page(3, promo="body"), origin="t.txt", encoding="utf-8"),
                         template_lookup(path))
    assert PROMO in inside.paragraphs  # in the story only a table's pattern removes a line
