"""Round 26 (body): the story kept, page furniture out, paragraphs exact. Example lines are
written for these tests in the manner of real pages."""

from translator import shapes
from translator.ad_slot import slot_tagline
from translator.boilerplate_chrome import GLUED_FILE_NAME
from translator.clean import clean
from translator.lead_zone import without_orphan_stamp
from translator.lines import Line, classify

_P1 = ("Pemerintah Kabupaten Tuban menambah dua unit mobil ambulans untuk puskesmas di wilayah "
       "pesisir utara mulai pekan depan.")
_P2 = ("Kepala Dinas Kesehatan Tuban, Rina Ayu, mengatakan kedua ambulans itu akan ditempatkan "
       "di Puskesmas Jenu dan Puskesmas Bancar.")
_P3 = ("Menurutnya, selama ini warga pesisir harus menunggu hampir satu jam sebelum ambulans "
       "dari kota tiba di rumah mereka.")
_P4 = ("Ia berharap penambahan armada itu bisa memangkas waktu tunggu menjadi kurang dari "
       "seperempat jam untuk setiap panggilan.")


def test_blog_description_over_date_header_opens_no_story():
    page = "\n\n".join([
        "Warta Pesisir Tuban",
        "Situs Warta Pesisir Tuban, saat ini sedang diperbarui. Sementara itu silakan membuka "
        "www.wartapesisir.blogspot.com. Mohon maaf bila tampilannya masih sederhana.",
        "Monday, March 2, 2026",
        "DUA AMBULANS BARU UNTUK PUSKESMAS PESISIR",
        _P1, _P2, _P3, _P4,
        "Posted by Warta Pesisir Tuban at 8:15 PM 0 comments",
        "Newer Posts Older Posts Home",
    ])
    art = clean(page)
    assert art.paragraphs == (_P1, _P2, _P3, _P4)


def test_hash_mark_and_desk_code_closing_the_story():
    text = _P4[:-1] + " selesai."
    assert shapes.bare(text + "#(KT)") == text
    assert shapes.bare(text + "#") == text
    assert shapes.bare(text + " (RDN-07)") == text


def test_hashed_signoff_keeps_the_last_paragraph():
    page = "\n".join(["Dua Ambulans Baru untuk Puskesmas Pesisir", "TUBAN (KT) – " + _P1, _P2,
                      _P3, _P4[:-1] + ".#(KT)", "Komentar"])
    assert clean(page).paragraphs[-1] == _P4


def test_indonesian_scroll_prompt_and_share_prompt_are_furniture():
    kinds = [ln.kind for ln in classify(["Scroll kebawah untuk lihat konten",
                                         "Gulir ke bawah untuk melanjutkan membaca",
                                         "Bagikan berita ini melalui :", "Share artikel via:",
                                         "Bagikan kepada teman via WhatsApp jika berguna."])]
    assert kinds == ["advert", "advert", "share", "share", "text"]


def test_site_slogan_on_an_advert_slot_is_dropped():
    lines = [Line("Kabar Tuban – Cepat Dan Terpercaya.", "text"),
             Line("Scroll kebawah untuk lihat konten", "advert")]
    assert slot_tagline(lines, 0)
    assert not slot_tagline([lines[0], Line(_P1, "text")], 0)
    page = "\n\n".join(["Dua Ambulans Baru untuk Puskesmas Pesisir", "TUBAN – " + _P1, _P2,
                        "Kabar Tuban – Cepat Dan Terpercaya.", "Scroll kebawah untuk lihat konten",
                        _P3, _P4])
    assert clean(page).paragraphs == (_P1, _P2, _P3, _P4)


def test_orphaned_dash_and_masthead_stamp_leave_the_lead():
    assert without_orphan_stamp("– Tuban. " + _P1, "Tuban", None) == _P1
    assert without_orphan_stamp("– " + _P1, None, None) == _P1
    assert without_orphan_stamp("Kabar.co Tuban - " + _P1, None, "Kabar.co Tuban") == _P1
    assert without_orphan_stamp("Kabar.co Tuban menggelar lomba.", None, "Kabar.co Tuban") is None
    assert without_orphan_stamp("- 5 orang tewas.", None, None) is None
    page = "\n\n".join(["Warta Pesisir", "Dua Ambulans Baru untuk Puskesmas Pesisir",
                        "Senin, 2 Maret 2026 | 10:05 WIB", "– " + _P1, _P2, _P3])
    assert clean(page).paragraphs[0] == _P1


def test_numbered_picture_name_glued_before_a_paragraph():
    assert GLUED_FILE_NAME.sub("", "Galeri 2Dalam kesempatan itu", count=1) == \
        "Dalam kesempatan itu"
    assert GLUED_FILE_NAME.sub("", "Pasal 12 ayat 3", count=1) == "Pasal 12 ayat 3"


def test_caption_under_credit_below_byline_is_no_lead():
    caption = "Petugas memeriksa ambulans baru di halaman Puskesmas Jenu, Senin (2/3/2026)."
    page = "\n".join(["Dua Ambulans Baru untuk Puskesmas Pesisir",
                      "Dinas kesehatan menambah armada untuk warga di pesisir utara Tuban "
                      "tahun ini.",
                      "Senin, 2 Maret 2026 10:05 WIB", "Penulis: Rina Ayu | Editor: Budi",
                      "KABARTUBAN.COM/RINA AYU", caption, _P1, _P2, _P3])
    assert caption not in clean(page).paragraphs
