"""Round twenty-three of the cleaner, body families (tuned on fresh44-fresh47): chat-app and
social-account pleas, a comment box's disclaimer, closing speech verbs, the Vietnamese agency's
end mark, a cried link under "Baca Juga", a dashed list kept apart from its label, a headline
list closing a newsletter, a match's line-ups, a page 2 opening with a crosshead, a letter's
greeting, and unlabelled inline links (made-up text throughout)."""

from __future__ import annotations

from tests.story_page import BODY, HEADLINE, page as _page, story as _story
from translator.boilerplate_lists import inline_links, link_list, roster_line
from translator.clean import clean
from translator.lines import Line, classify_one
from translator.repair import join_fragments
from translator.shapes import is_sentence, without_initials


# --- pleas and notices (boilerplate_chrome rows) ----------------------------------------------

def test_chat_channel_plea_after_klik_is_furniture() -> None:
    for plea in ("Dapatkan kabar desa terbaru langsung di ponselmu cukup dengan klik channel "
                 "WhatsApp ini: https://whatsapp.com/channel/0029AbCdEf",
                 "Simak berita pilihan setiap pagi, klik saluran Telegram berikut."):
        assert classify_one(plea).kind != "text"
        assert plea not in _story(tail=(plea,))


def test_plea_to_tag_or_follow_the_sites_account_is_furniture() -> None:
    for plea in ("Ikuti lomba foto desa bulan depan dan tandai akun kami di Instagram.",
                 "Follow akun resmi kami di TikTok untuk video liputan lainnya."):
        assert classify_one(plea).kind != "text"


def test_comment_box_disclaimer_is_furniture() -> None:
    for note in ("Isi komentar sepenuhnya adalah tanggung jawab pengguna dan diatur dalam UU ITE.",
                 "Komentar menjadi tanggung jawab pembaca sesuai ketentuan yang berlaku.",
                 "Comments are the sole responsibility of their writers."):
        assert classify_one(note).kind == "comments"
        assert note not in _story(tail=(note,))


# --- the story's own lines --------------------------------------------------------------------

def test_quote_closed_by_a_closing_verb_without_stop_is_a_sentence() -> None:
    for line in ("“Kami kerjakan bertahap supaya warga tetap bisa lewat,” Tutupnya",
                 "“Anggarannya sudah kami usulkan ke kabupaten tahun ini,” lanjutnya"):
        assert is_sentence(line)
        assert line in _story(tail=(line,))


def test_vietnamese_agency_end_mark_is_cut() -> None:
    assert without_initials("The ministry will review the plan next month./.") \
        == "The ministry will review the plan next month."


def test_cried_link_headline_under_baca_juga_is_dropped() -> None:
    link = "Daftar Lokasi Pasar Murah Selama Ramadan di Kabupaten Sukamaju, Cek!"
    got = _story("Baca Juga", link)
    assert link not in got
    assert BODY[2] in got


def test_dashed_list_item_is_not_glued_to_its_label() -> None:
    lines = ["Top Stories", "- Startup lender cuts staff as it moves to merchant loans.",
             "- Port operator posts record container volumes in January."]
    assert join_fragments(lines, lambda _s: True) == lines
    # a dateline split over two lines still joins: one dash line alone below its place
    assert join_fragments(["JAKARTA", "- Harga beras turun di pasar induk."], lambda _s: True) \
        == ["JAKARTA - Harga beras turun di pasar induk."]


def test_headline_list_closing_a_newsletter_is_dropped() -> None:
    items = ("- Startup lender cuts staff as it moves to merchant loans.",
             "- Port operator posts record container volumes in January.")
    lines = [Line(t, "text") for t in (*BODY, "Top Stories", *items, "Get it in your inbox")]
    assert link_list(lines, 0) == {3, 4, 5}
    got = _story(tail=("Top Stories", *items))
    assert not any(i in got for i in items) and "Top Stories" not in got
    # a list the story goes on after is its own
    assert link_list([*lines[:6], Line(BODY[1], "text")], 0) == set()


def test_line_ups_closing_a_match_report_are_kept() -> None:
    home = ("Persikas Sukamaju: Andi Wijaya; Budi Santoso, Candra Putra, Dedi Saputra, "
            "Eko Prasetyo; Fajar Nugraha, Gilang Ramadhan; Hadi Susanto, Irfan Hakim.")
    away = ("PS Sukasari: Joko Susilo; Kurnia Adi, Lukman Hadi, Mulyadi, Nanda Pratama; "
            "Oki Setiawan, Putra Jaya; Rian Hidayat, Sandi Permana.")
    assert roster_line(home) and roster_line(away)
    assert not roster_line("Harga: beras Rp13.000; gula Rp17.000.")
    got = _story(tail=("Susunan Pemain", home, away, "Tags: Liga 3 Persikas"))
    assert got[-3:] == ("Susunan Pemain", home, away)


def test_page_two_opening_with_a_crosshead_keeps_it() -> None:
    head = "Babak Kedua Persikas Sukamaju Tampil Menekan"
    page = _page("Kabar Sukamaju", HEADLINE, "Penulis: Rina Lestari",
                 "Senin, 23 Februari 2026 - 09:15 WIB", head, *BODY, "Halaman: 1 2",
                 "« Sebelumnya")
    assert clean(page).paragraphs[0] == head
    # the first page, with a pager onwards, has no crosshead there: left as it was
    first = page.replace("« Sebelumnya", "Selanjutnya »")
    assert clean(first).paragraphs[0] == BODY[0]


def test_letter_greeting_over_the_first_paragraph_is_kept() -> None:
    greeting = "Hi there. It's Rina again."
    page = _page("Weekly Letter", "Weekly Letter: After the flood",
                 "Written by Rina Lestari Published on Feb 23, 2026", greeting,
                 "The river rose again this week, and the village school had to close for three "
                 "days while parents and teachers cleared the mud from its classrooms.",
                 "The district office has promised a new embankment before the next rainy "
                 "season, though residents say they have heard that promise before.")
    assert clean(page).paragraphs[0] == greeting


def test_unlabelled_inline_links_go_once_one_is_shown() -> None:
    dated = "Prakiraan Cuaca Sukamaju Hari Selasa 24 Februari 2026: Hujan Ringan Sore Hari"
    link = "Antrean Kendaraan di Jalan Raya Sukamaju Diprediksi Memanjang Selama Perbaikan"
    paragraphs = [BODY[0], dated, BODY[1], link, BODY[2]]
    cased = [False, True, False, True, False]
    assert inline_links(paragraphs, cased, set()) == {1, 3}
    got = _story(dated, tail=(link, BODY[0].replace("Puluhan", "Ratusan")))
    assert link not in got and dated not in got
    # without a line shown to be a link, a long crosshead stays
    assert inline_links([BODY[0], link, BODY[1]], [False, True, False], set()) == set()
