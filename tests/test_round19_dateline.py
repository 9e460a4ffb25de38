"""Round 19 of the cleaner, the dateline, outlet and author families (made-up text)."""

from __future__ import annotations

from translator.bare_bylines import bare_bylines
from translator.datelines import bare_dateline, match_dateline
from translator.lines import Line
from translator.publisher import outlet_of, top_name
from translator.site_names import clipped_logo, posted_by_site, self_named

LEAD = "Ratusan warga memadati lapangan desa untuk mengikuti kerja bakti sejak pagi tadi."
HEADLINE = "Warga Gelar Kerja Bakti Massal di Tepi Sungai Desa"


def _names(text: str, sites: tuple[str, ...] = ()) -> tuple[str | None, str | None] | None:
    found = match_dateline(text, sites)
    return found[:2] if found else None


def test_lone_place_then_bracketed_address_after_a_glued_dash() -> None:
    assert bare_dateline("Pekalongan-(wartapesisir.com)") == ("Pekalongan", "wartapesisir.com")


def test_lone_address_dash_place() -> None:
    # a place no table knows ("Halteng") stands beside the site's address
    assert bare_dateline("Kabarmaju.com- Halteng") == ("Halteng", "Kabarmaju.com")


def test_lone_spaced_address_place_and_trailing_dash() -> None:
    assert bare_dateline("Berita Kini.co.id, Semarang -") == ("Semarang", "Berita Kini.co.id")


def test_lone_known_place_and_the_logos_initials() -> None:
    assert bare_dateline("SORONG, KP", ("KabarPapua.com", "Beranda")) == ("SORONG", "KP")
    assert bare_dateline("SORONG, KP", ("Beranda",)) is None  # the initials of no logo
    assert bare_dateline("Sorong Raya, KP", ("KabarPapua.com",)) is None  # no known place


def test_lone_person_and_title_is_no_dateline() -> None:
    assert bare_dateline("Ir. Budi Santoso, Managing Director") is None
    assert bare_dateline("Home - News") is None


def test_shouted_place_glued_to_lower_case_address() -> None:
    assert _names(f"GARUTgarutpos.news.blog – {LEAD}") == ("GARUT", "garutpos.news.blog")


def test_place_office_in_brackets_and_day_month() -> None:
    found = match_dateline(f"Kudus (Humas Setda) 12/3- {LEAD}")
    assert found == ("Kudus", None, LEAD)


def test_regional_brand_before_known_place() -> None:
    assert _names(f"MMCJateng, Kudus – {LEAD}") == ("Kudus", "MMCJateng")


def test_caption_with_bracketed_credit_glued_before_dateline() -> None:
    text = f"Warga menanam bibit pohon di tepi sungai. (@dlh.kudus), KUDUS – {LEAD}"
    assert _names(text) == ("KUDUS", None)


def _page(first: str) -> list[Line]:
    return [Line(first, "text"), Line("Beranda", "widget"), Line(HEADLINE, "text"),
            Line(LEAD, "text")]


def test_logo_name_before_its_tagline() -> None:
    assert top_name(_page("Kudus Info | Kabar Seputar Kota Kretek"), HEADLINE) == "Kudus Info"
    assert top_name(_page("xKabarLink - Global Feed & Farm News"), HEADLINE) == "xKabarLink"
    # the headline's words before a bar are the tab title, no logo
    assert top_name(_page("Kerja Bakti | Kabar Seputar Kota Kretek"), HEADLINE) is None


def test_logo_word_with_digits_inside() -> None:
    assert top_name(_page("Jepara24Jam"), HEADLINE) == "Jepara24Jam"
    assert top_name(_page("Covid19"), HEADLINE) is None


def test_long_name_closed_by_publishers_word_is_no_section_label() -> None:
    assert top_name(_page("Kudus Raya Cyber News"), HEADLINE) == "Kudus Raya Cyber News"
    assert top_name(_page("Berita Kudus"), HEADLINE) is None


def _authors(lines: list[Line]) -> list[str | None]:
    return [ln.author for ln in bare_bylines(lines)]


def test_theme_meta_line_with_comment_count_gives_the_writer() -> None:
    lines = [Line(HEADLINE, "text"), Line("oleh : DEWI ANGGRAENI, 3 Komentar", "text"),
             Line(LEAD, "text")]
    assert bare_bylines(lines)[1] == Line(lines[1].text, "byline", author="DEWI ANGGRAENI")


def test_contribution_credit_with_date_keeps_its_line() -> None:
    credit = "Kontribusi dari Budi Santoso, 12 Maret 2026 10:15, Dibaca 40 kali."
    out = bare_bylines([Line(HEADLINE, "text"), Line(credit, "text"), Line(LEAD, "text")])
    assert (out[1].kind, out[1].author) == ("text", "Budi Santoso")  # the date read off it


def test_author_box_under_the_story() -> None:
    box = [Line(HEADLINE, "text"), Line(LEAD, "text"), Line("Sari Wulandari", "text"),
           Line("Peneliti Lembaga Kajian Media. Menulis tentang radio komunitas.", "text")]
    assert _authors(box)[2] == "Sari Wulandari"
    crosshead = [Line(HEADLINE, "text"), Line(LEAD, "text"), Line("Catatan Lapangan", "text"),
                 Line("Dosen hukum agraria, Sri Handayani, menilai aturan itu tersendat.", "text")]
    assert _authors(crosshead)[2] is None


def test_name_under_date_below_a_question_headline_over_a_credited_caption() -> None:
    lines = [Line("Can Village Nurseries Protect the Rivers of Kudus Regency?", "text"),
             Line("Monday, 23 February 2026 | 19:00", "date", date="2026-02-23T19:00:00+07:00"),
             Line("Rudi Hartono", "text"),
             Line("Warga menanam bibit di tepi sungai, Sabtu (21/2). ANTARA/Rudi Hartono", "text"),
             Line(LEAD, "text")]
    assert _authors(lines)[2] == "Rudi Hartono"


def test_joint_writer_editor_label() -> None:
    lines = [Line(HEADLINE, "text"), Line(LEAD, "text"),
             Line("Penulis/Editor: Dewi Anggraeni", "text"), Line("Tag Terkait:", "text")]
    assert _authors(lines)[2] == "Dewi Anggraeni"


def test_date_line_going_on_with_writer_and_site() -> None:
    dated = "Kamis, 19 Februari 2026 - 11:20 WIT Maria Kbarek - Kabar24Jam"
    lines = [Line("Kabar24Jam", "text"), Line(HEADLINE, "text"),
             Line(dated, "date", date="2026-02-19T11:20:00+09:00"), Line(LEAD, "text")]
    out = bare_bylines(lines)
    assert (out[2].author, out[2].kind, out[2].date) == ("Maria Kbarek", "date", lines[2].date)
    # a name before a dash and a word that is no site's name of the page is no byline
    other = [Line("Kabar24Jam", "text"), Line(HEADLINE, "text"),
             Line(dated.replace("Kabar24Jam", "Ekonomi"), "date", date=lines[2].date),
             Line(LEAD, "text")]
    assert _authors(other)[2] is None


def test_campus_before_a_campus_newsroom() -> None:
    text = "UNS Campus, UNS News – A team of students from the university took first place."
    assert _names(text) == ("UNS Campus", "UNS News")
    # a campus before a name that reads as no outlet's is no such dateline
    assert _names("UNS Campus, Rector Budi – A team of students from the university won.") \
        != ("UNS Campus", "Rector Budi")


def test_bare_name_over_a_labelled_writer_is_no_byline() -> None:
    # the labelled line below names the writer (a desk here); the bare name over it is a tag
    lines = [Line(HEADLINE, "text"), Line("Rudi Hartono", "text"),
             Line("Rabu, 18 Februari 2026 17:40 WIB", "date", date="2026-02-18T17:40:00+07:00"),
             Line("Penulis:redaksi", "text"), Line(LEAD, "text")]
    assert _authors(lines)[1] is None
    unlabelled = [*lines[:3], lines[4]]
    assert _authors(unlabelled)[1] == "Rudi Hartono"


def test_blog_footer_signs_the_post() -> None:
    lines = [Line(HEADLINE, "text"), Line(LEAD, "text"),
             Line("Posted by Rudi Hartono at 19:32 No comments:", "end"), Line("Share", "text")]
    assert _authors(lines)[2] == "Rudi Hartono"
    admin = Line("Posted by admin at 19:32 No comments:", "end")
    assert _authors([*lines[:2], admin, lines[3]])[2] is None


def test_writers_own_account_in_a_post_title_is_no_site() -> None:
    top = [Line("Monday 9 February 2026", "date"), Line("Catatan Kudus bersama Rudi Hartono",
                                                         "text")]
    footer = Line("Posted by Rudi Hartono at 19:32 No comments:", "end")
    assert posted_by_site([*top, Line(HEADLINE, "text"), Line(LEAD, "text"), Line(LEAD, "text"),
                           Line(LEAD, "text"), Line(LEAD, "text"), footer]) is None
    site = [Line("Rudi Hartono", "text"), *top[:1], Line(HEADLINE, "text"), Line(LEAD, "text"),
            Line(LEAD, "text"), Line(LEAD, "text"), Line(LEAD, "text"), footer]
    assert posted_by_site(site) == "Rudi Hartono"


def test_shouted_logo_spelled_as_the_page_writes_it() -> None:
    lines = [Line("BERITA PESISIR", "text"), Line("KOMUNITAS PENA", "text"), Line(HEADLINE, "text"),
             Line("Diposting oleh Berita Pesisir on Minggu, 15 Februari 2026", "text"),
             Line(LEAD, "text")]
    assert outlet_of(lines) == "Berita Pesisir"
    assert outlet_of([ln for ln in lines if "Diposting" not in ln.text]) == "BERITA PESISIR"


def test_short_form_clipping_the_logos_words() -> None:
    assert clipped_logo("rasuwafm", ["Radio Suara Wamena FM", "Beranda"]) == \
        "Radio Suara Wamena FM"
    assert clipped_logo("kompas", ["Kabar Opini Media Pos"]) is None
    assert clipped_logo("rsw", ["Radio Suara Wamena"]) is None  # too short to tell


def test_magazine_issue_line_names_the_outlet() -> None:
    assert self_named(["Baca juga", "Warta Pesisir 88: Apr-Jun 2026"]) == "Warta Pesisir"
    assert self_named(["Kudus 12: Maret 2026"]) is None  # a place and a date: no name
    assert self_named(["Warta Pesisir menulis 88 kisah pada 2026"]) is None


def test_desk_signing_with_the_sites_address() -> None:
    assert self_named(["Bagikan", "Redaksi KabarPesisir.co.id"]) == "KabarPesisir.co.id"
    assert self_named(["Redaksi menerima tulisan pembaca"]) is None  # a notice, no address
