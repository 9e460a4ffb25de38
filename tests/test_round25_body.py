"""Round twenty-five of the cleaner, body families (tuned on fresh52-fresh55): a blog's strip of
featured posts over the post, a listing's next post over the blog's pager, a listing's arrow
link closing each summary, a byline closing the story over a shop's box, a caption over its
bracketed credit, a post's excerpt over its lead, a crosshead over a sentence announcing a
quote, paragraphs glued round a CMS shortcode, Blogger's template placeholders, desk codes
closing a paragraph, a deck glued to the lead and the stamp before a place only the ranker
found (made-up text throughout)."""

from __future__ import annotations

from tests.story_page import BODY, HEADLINE, page as _page
from translator.clean import clean
from translator.glued import split_glued
from translator.lead_zone import without_deck, without_guessed_stamp
from translator.lines import classify_one
from translator.shapes import without_initials


def test_featured_posts_over_the_post_are_skipped() -> None:
    # Blogspot's featured posts (headline, one stamped teaser each), then the post itself
    page = _page(
        "Kabar Sukamaju, Sekretariat: Jalan Raya Sukamaju Km.3, Telepon: 0262-000000",
        "Petuah Lama Tentang Menjaga Ucapan di Kampung",
        "KS,- Para tetua kampung kembali membicarakan petuah lama tentang menepati ucapan.",
        "Jalan Tani Dusun Kidul Mulai Dicor",
        "KS,- Warga Dusun Kidul bergotong royong mengecor jalan tani sepanjang 400 meter.",
        "Senin, 23 Februari 2026",
        HEADLINE,
        "KS,- " + BODY[0], *BODY[1:], "Bagikan")
    got = clean(page)
    assert got.paragraphs == tuple(BODY)
    assert got.title == HEADLINE


def test_next_post_over_the_pager_is_cut() -> None:
    page = _page("Kabar Sukamaju", "Home", HEADLINE, *BODY,
                 "Pedagang Pasar Cileungsi Keluhkan Retribusi Baru Pemerintah",
                 "Pedagang Pasar Cileungsi mengeluhkan kenaikan retribusi harian yang berlaku "
                 "sejak awal bulan. Mereka meminta pengelola pasar meninjau ulang tarif itu.",
                 "Older Posts", "Copyright © 2026 Kabar Sukamaju")
    assert clean(page).paragraphs == tuple(BODY)


def test_arrow_link_closes_a_listing_post() -> None:
    assert classify_one("Read ›").kind == "end"
    page = _page("sukamaju.net", "Articles — March 2026", "• " + HEADLINE, *BODY, "Read ›",
                 "• Harga gabah di tingkat petani Karawang naik menjelang musim panen raya.",
                 "Read ›")
    assert clean(page).paragraphs == tuple(BODY)


def test_byline_closing_the_story_ends_it() -> None:
    page = _page("Kabar Sukamaju", HEADLINE, *BODY, "Oleh: Redaksi",
                 "Buku Panduan Kader Desa",
                 "Buku ini berisi panduan ringkas bagi kader desa yang baru dilantik tahun ini.",
                 "Judul : Buku Panduan Kader Desa", "Harga: Rp 45.000")
    assert clean(page).paragraphs == tuple(BODY)


def test_caption_over_its_bracketed_credit() -> None:
    caption = "Warga memikul batang bambu menuju tepi sungai di Desa Sukamaju."
    page = _page("Kabar Sukamaju", HEADLINE, *BODY[:2], caption, "[KABAR/Dedi Suryadi]", BODY[2])
    assert clean(page).paragraphs == tuple(BODY)
    # a round-bracketed pair closing the story signs it off: the last paragraph stays
    signed = _page("Kabar Sukamaju", HEADLINE, *BODY, "(Sajidin/Dede)", "Bagikan")
    assert clean(signed).paragraphs[-1] == BODY[2]


def test_excerpt_over_the_lead_is_dropped() -> None:
    lead = "SUKAMAJU.ID – " + BODY[0]
    excerpt = f"{lead} {BODY[1][:60].rsplit(' ', 1)[0]} K […]"
    page = _page("SUKAMAJU.ID", HEADLINE, excerpt, lead, *BODY[1:])
    assert clean(page).paragraphs == tuple(BODY)


def test_crosshead_over_a_quote_intro_is_kept() -> None:
    intro = "Ia kemudian mengutip pesan para sesepuh desa:"
    quote = ("“Jembatan ini milik kita bersama, maka kita pula yang harus merawatnya setiap "
             "musim hujan datang,” katanya.")
    page = _page("Kabar Sukamaju", HEADLINE, *BODY[:2], "Pesan Para Sesepuh", intro, quote,
                 BODY[2])
    assert "Pesan Para Sesepuh" in clean(page).paragraphs


def test_paragraphs_glued_round_a_shortcode_are_split() -> None:
    glued = ("Warga Sukamaju memperbaiki jembatan bambu pada Minggu pagi. Jembatan itu akses "
             "utama ke sekolah.Kepala desa memimpin kerja bakti itu sejak pagi.[related_posts]"
             "Camat berjanji mengusulkan jembatan beton.\"Kami ingin warga aman,\" katanya.")
    assert split_glued(glued) == [
        "Warga Sukamaju memperbaiki jembatan bambu pada Minggu pagi. Jembatan itu akses "
        "utama ke sekolah.",
        "Kepala desa memimpin kerja bakti itu sejak pagi.",
        "Camat berjanji mengusulkan jembatan beton.",
        "\"Kami ingin warga aman,\" katanya."]
    page = _page("Kabar Sukamaju", HEADLINE, glued, "Bagikan")
    assert len(clean(page).paragraphs) == 4
    # no shortcode: the writer's own typing ("Jl.Merdeka", "ton.Namun"), kept whole
    typed = "Panen mencapai 900 ton.Namun harga turun di Jl.Merdeka.Pedagang pun mengeluh keras."
    assert split_glued(typed) == [typed]
    # a photo's caption shortcode is left to the caption rules
    caption = "[caption id=\"a_1\" width=\"600\"] Warga memikul bambu.[/caption]"
    assert split_glued(caption) == [caption]


def test_blogger_template_placeholders_are_furniture() -> None:
    for line in ("Now replace these sentences with your own descriptions.",
                 "This theme is Bloggerized by Someone - Premiumbloggertemplates.com."):
        assert classify_one(line).kind == "template"


def test_desk_codes_closing_a_paragraph() -> None:
    assert without_initials("Jembatan itu dibuka kembali, ujar Rudi. [KS.07]**") \
        == "Jembatan itu dibuka kembali, ujar Rudi."
    assert without_initials("The bridge reopened on Monday. [abc/Eng.rina_ed.dr") \
        == "The bridge reopened on Monday."


def test_deck_glued_to_the_lead() -> None:
    rest = ("Suasana balai desa Sukamaju pada Minggu pagi terasa lebih ramai daripada biasanya "
            "karena puluhan warga datang membawa bambu.")
    assert without_deck("Gotong Royong Warga di Desa Sukamaju: " + rest) == rest
    assert without_deck("Kepala desa mengatakan: " + rest) is None
    page = _page("Kabar Sukamaju", HEADLINE, "Gotong Royong Warga di Desa Sukamaju: " + rest,
                 *BODY[1:])
    assert clean(page).paragraphs[0] == rest


def test_stamp_before_a_guessed_place_is_stripped() -> None:
    assert without_guessed_stamp("BOGOR,[KS],- Jembatan bambu diperbaiki warga.", "BOGOR") \
        == "Jembatan bambu diperbaiki warga."
    assert without_guessed_stamp("Kepala Desa Bogor - Jembatan itu diperbaiki.", "Jakarta") is None
    assert without_guessed_stamp("Bogor || kabarsukamaju.com Pj. Bupati meninjau jembatan.",
                                 "Bogor") == "Pj. Bupati meninjau jembatan."
    assert without_guessed_stamp("KABAR Bogor – Warga memperbaiki jembatan.", "Bogor") \
        == "Warga memperbaiki jembatan."
