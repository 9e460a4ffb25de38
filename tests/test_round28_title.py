"""Round 28 (titles, published times, outlets, authors). Example lines are written for these
tests in the manner of real pages."""

from translator.clean import clean
from translator.dates import dates_in
from translator.lines import Line
from translator.menu_mastheads import menu_masthead
from translator.title_guard import furniture_title
from translator.title_shapes import without_lone_dash

_HEAD = "Wabup Gianyar Buka Lomba Ogoh-Ogoh Remaja di Sukawati"
_LEAD = ("Wakil Bupati Gianyar membuka lomba ogoh-ogoh remaja se-Kecamatan Sukawati di "
         "lapangan desa, Sabtu (14/3). Sebanyak 24 sekaa teruna ikut serta dalam lomba itu.")
_P2 = ("Dalam sambutannya, wakil bupati menyampaikan lomba ogoh-ogoh menjadi wadah kreativitas "
       "generasi muda menjelang Hari Suci Nyepi yang jatuh pekan depan.")
_P3 = ("Ketua panitia menjelaskan penilaian meliputi bentuk, gerak, tema dan kekompakan "
       "penabuh baleganjur yang mengiringi setiap ogoh-ogoh di arena lomba.")
_OFFICE = "Dinas Komunikasi dan Informatika Kabupaten Gianyar"
_MENU = ("Beranda", "Profil", "Informasi", "Layanan", "Kontak")


def _page(*lines: str) -> str:
    return "\n".join(lines)


def test_lone_dash_joined_to_the_headline_is_cut():
    texts = ["Informasi › Berita", "- " + _HEAD, "Admin"]
    assert without_lone_dash(texts)[1] == _HEAD


def test_dashed_list_of_links_keeps_its_dashes():
    texts = ["- Pemkab Gianyar Gelar Pasar Murah", "- Bupati Resmikan Pasar Desa", _HEAD]
    assert without_lone_dash(texts)[:2] == texts[:2]


def test_office_portal_titles_the_story_under_its_lone_dash():
    art = clean(_page(_OFFICE, *_MENU, "Informasi › Berita", "-", _HEAD, "Admin",
                      "Sabtu, 14 Maret 2026 10:00 WITA | 120 kali dibaca", _LEAD, _P2, _P3))
    assert art.title == _HEAD
    assert art.outlet == _OFFICE


def test_office_name_over_the_menu_is_never_the_title():
    lines = [Line(t, "text") for t in (_OFFICE, *_MENU, _LEAD, _P2)]
    assert furniture_title(_OFFICE, lines, len(_MENU) + 1)
    # a headline at the top names what the lead tells: it stays
    lines = [Line(t, "text") for t in (_HEAD, *_MENU, _LEAD, _P2)]
    assert not furniture_title(_HEAD, lines, len(_MENU) + 1)


def test_widget_credit_label_is_never_the_title():
    lines = [Line(t, "text") for t in ("Delivered by FeedBurner", _LEAD, _P2)]
    assert furniture_title("Delivered by FeedBurner", lines, 1)
    assert furniture_title("Powered by Blogger", lines, 1)
    art = clean(_page("Delivered by FeedBurner", "Warga Sukawati", _LEAD, _P2, _P3))
    assert art.title != "Delivered by FeedBurner"


def test_update_stamp_alone_is_no_publication_date():
    art = clean(_page("Bali Kini", "Berita", _HEAD, "  • Update : 10 Mar 2026 14:22:07",
                      _LEAD, _P2, _P3))
    assert art.published is None


def test_date_before_the_last_updated_mark_is_the_posts():
    found = dates_in("Selasa, 17 Februari 2026 | Last Updated 2026-02-18T02:15:40Z")
    assert found[0] == ("2026-02-17", False)
    assert found[-1][1] is True


def test_name_by_name_gives_the_author_once():
    art = clean(_page("Kabar Seni", _HEAD, "Made Sukarta by Made Sukarta", "March 14, 2026",
                      _LEAD, _P2, _P3))
    assert art.author == "Made Sukarta"


def test_writers_item_of_a_bulleted_menu_is_no_byline():
    art = clean(_page("Kabar Seni", "  • Esai", "  • Penulis", "  • Buku",
                      "    • Buku Puisi", "  • Kontak", _HEAD, "March 14, 2026", _LEAD,
                      _P2, _P3))
    assert art.author is None


def test_school_name_over_its_menu_after_loader_letters():
    lines = [Line(t, "text") for t in ("G", "N", "I", "SMA Negeri 3 Gianyar", *_MENU, _HEAD)]
    assert menu_masthead(lines, _HEAD) == "SMA Negeri 3 Gianyar"
    # a headline over a byline and a date is no menu's masthead
    lines = [Line(t, "text") for t in (_HEAD, "Made Sukarta", "Sabtu, 14 Maret 2026", _LEAD)]
    assert menu_masthead(lines, None) is None


def test_official_portal_label_right_over_the_headline():
    art = clean(_page("Portal Resmi Pemerintah Kota Denpasar", "", _HEAD, "", _LEAD, "", _P2,
                      "", _P3))
    assert art.outlet == "Pemerintah Kota Denpasar"


def test_government_copyright_names_the_outlet():
    from translator.outlet_more import office_copyright
    lines = [Line("Website Resmi Desa Sukamaju", "text"), Line(_LEAD, "text"),
             Line("© 2026 Pemerintah Desa Sukamaju", "copyright")]
    assert office_copyright(lines) == "Pemerintah Desa Sukamaju"
    lines[-1] = Line("Copyright © 2025 Pemerintah Kabupaten Sleman. All rights reserved", "text")
    assert office_copyright(lines) == "Pemerintah Kabupaten Sleman"
    assert office_copyright([Line("© 2026 Kabar Sleman", "text")]) is None


def test_shouted_stamp_keeping_the_logos_first_and_last_words():
    from translator.stamp_forms import stamp_form
    logo = [Line("RadarBorneoNews", "text"), Line("Beranda", "text")]
    assert stamp_form("RADARNEWS", logo) == "RadarBorneoNews"
    assert stamp_form("RADARNEWS", [Line("Radar Borneo News", "text")]) == "Radar Borneo News"
    assert stamp_form("RADARBORNEO", logo) is None


def test_ministrys_unit_is_the_lowest_line_of_its_stacked_masthead():
    from translator.menu_mastheads import unit_masthead
    lines = [Line(t, "text") for t in ("Kementerian Keuangan", "Direktorat Jenderal Pajak",
                                       "KPP Pratama Gianyar", *_MENU, _HEAD, _LEAD)]
    assert unit_masthead("Kementerian Keuangan", lines) == "KPP Pratama Gianyar"
    # a faculty's sub-site over its university: the top line is the site's own, left
    lines = [Line(t, "text") for t in ("Magister Kenotariatan", "Fakultas Hukum Universitas "
                                       "Udayana", *_MENU, _HEAD, _LEAD)]
    assert unit_masthead("Magister Kenotariatan", lines) is None


def test_reprint_block_under_the_post_names_the_source():
    from translator.outlet_more import posted_source
    lines = [Line(t, "text") for t in ("KabarDesa.com", "Beranda", _HEAD, _LEAD,
                                       "Post: KabarDesa.com", "Sumber: Warta Gianyar")]
    assert posted_source(lines) == "Warta Gianyar"
    # a credit to the office's press desk alone is no reprint block
    lines[4] = Line("Editor: Made Sukarta", "text")
    assert posted_source(lines) is None
