"""Round 27 (titles, published times, outlets, authors): each rule's own examples."""

from translator.clean import clean
from translator.headline import alt_with_name, headline_shaped, prefixed_copy
from translator.lines import Line
from translator.logo_shapes import logo_over_menu
from translator.masthead_blocks import menu_link
from translator.site_names import credited_source, posted_by_site
from translator.stamp_forms import stamp_form
from translator.title_shapes import copied_from_lead, credit_inside

_LEAD = ("Pemerintah Desa Sukamaju bersama warga memperbaiki jembatan gantung yang putus "
         "diterjang banjir pada Minggu pagi, 8 Maret 2026, agar anak-anak bisa kembali "
         "menyeberang ke sekolah di seberang sungai.")
_MORE = ("Kepala Desa Sukamaju, Hendra Wijaya, mengatakan perbaikan jembatan menghabiskan "
         "dana desa sebesar Rp 45 juta dan dikerjakan warga secara bergotong royong selama "
         "tiga hari berturut-turut.")
_LAST = ("Pemerintah kecamatan berjanji mengusulkan pembangunan jembatan beton permanen "
         "dalam musyawarah perencanaan pembangunan tahun depan.")


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


# --- titles ---------------------------------------------------------------------------------

def test_region_rubric_is_no_photo_credit():
    text = "AFRICA/KENYA – In Turkana, a school garden feeds pupils through the long drought"
    assert not credit_inside(text)
    assert headline_shaped(text)
    assert credit_inside("Petani memanen padi di Demak FOTO/Reuters")


def test_hyphened_crumb_glued_to_the_headline_is_a_copy():
    headline = "New rail line links Medan with the Kualanamu airport"
    header = ["Rail Weekly", "HomeSouth-EastNew rail line links Medan with the Kualanamu airport",
              headline]
    assert prefixed_copy(header[1], header)
    assert not prefixed_copy(headline, header)


def test_site_address_run_together_after_a_copy():
    headline = "Warga Sukamaju Perbaiki Jembatan Gantung yang Putus Diterjang Banjir"
    header = [f"{headline} kabarsukamajuco", headline]
    assert alt_with_name(header[0], header)
    assert not alt_with_name(f"{headline} lagi", header)
    page = _page(f"{headline} kabarsukamajuco", headline, "Senin, 9 Maret 2026 - 10:15 WIB",
                 _LEAD, _MORE, _LAST)
    assert clean(page).title == headline


def test_shouted_post_title_under_the_blog_date_header():
    page = _page("KABAR SUKAMAJU", "Berita Seputar Pemerintah Desa Sukamaju",
                 "Senin, 9 Maret 2026", "WARGA PERBAIKI JEMBATAN GANTUNG SUKAMAJU",
                 _LEAD, _MORE, _LAST)
    assert clean(page).title == "WARGA PERBAIKI JEMBATAN GANTUNG SUKAMAJU"


def test_sentence_case_post_title_under_a_month_first_date_header():
    lead = ("Dozens of villagers in Sukamaju repaired a suspension bridge that floods had torn "
            "away on Sunday, so that children can cross the river to school again.")
    more = ("The village head, Hendra Wijaya, said the repairs of the suspension bridge cost "
            "45 million rupiah from the village fund and took three days of shared work.")
    page = _page("Kabar Nusantara - Java",
                 "Stories from the villages of Java, told by their people",
                 "Monday, March 9, 2026",
                 "Java - Sukamaju villagers rebuild their suspension bridge after floods",
                 lead, more, _LAST)
    assert clean(page).title == \
        "Java - Sukamaju villagers rebuild their suspension bridge after floods"


def test_sentence_case_post_title_sharing_most_with_the_lead():
    lead = ("Dozens of villagers in Sukamaju repaired a suspension bridge that floods had torn "
            "away on Sunday, so that children can cross the river to school again.")
    more = ("The village head, Hendra Wijaya, said the repairs of the suspension bridge cost "
            "45 million rupiah from the village fund and took three days of shared work.")
    page = _page("Kabar Nusantara", "Stories of villagers, floods and bridges from Sukamaju",
                 "Monday, March 9, 2026",
                 "Sukamaju villagers rebuild the suspension bridge floods tore away",
                 lead, more, _LAST)
    assert clean(page).title == "Sukamaju villagers rebuild the suspension bridge floods tore away"


def test_label_copied_from_the_lead_never_titles():
    lead = ("The regency has opened a new trail at the Sungai Wain Protected Forest (Hutan "
            "Lindung Sungai Wain), where visitors can watch hornbills and sun bears in the "
            "early morning from two wooden towers.")
    more = ("Forest ranger Budi Santoso said the new trail had been built by the villagers of "
            "Karang Joang over three months, with funds from the regency's tourism budget.")
    assert copied_from_lead("the Sungai Wain Protected Forest", lead)
    assert not copied_from_lead("Balikpapan Opens New Forest Trail for Birdwatchers", lead)
    page = _page("Borneo Trails", "Home", "Nature", "Travel", "Tag: Balikpapan",
                 "The Sungai Wain Protected Forest",
                 "Balikpapan Opens New Forest Trail for Hornbill Watchers",
                 lead, more, _LAST)
    assert clean(page).title == "Balikpapan Opens New Forest Trail for Hornbill Watchers"


# --- authors --------------------------------------------------------------------------------

def test_comment_form_heading_names_no_writer():
    for heading in ("Tinggalkan Balasan", "Tulis Tanggapan"):
        page = _page("Kabar Sukamaju", "Beranda", "Daerah", "Politik",
                     "Warga Sukamaju Perbaiki Jembatan Gantung yang Putus Diterjang Banjir",
                     _LEAD, _MORE, _LAST, "(Budi Santoso)", heading,
                     "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
                     "Komentar *", "Nama *")
        assert clean(page).author is None


# --- outlets --------------------------------------------------------------------------------

def test_menu_link_named_after_an_office():
    lines = [Line(t, "text") for t in ("Warta Borneo", "BERITA TERKINI", "Pemkab Tapin",
                                       "Olahraga", "Pemprov Kalsel", "Senin, 9 Maret 2026")]
    assert menu_link("Pemkab Tapin", lines) and menu_link("Pemprov Kalsel", lines)
    sleman = [Line(t, "text") for t in ("Pemkab Sleman", "Beranda", "Profil", "Layanan")]
    assert not menu_link("Pemkab Sleman", sleman)


def test_menu_of_offices_leaves_the_copyright_name():
    page = _page("Warta Borneo", "Pemprov Kalsel", "Wakil Rakyat", "Pemkab Tapin",
                 "Senin, 9 Maret 2026",
                 "Warga Sukamaju Perbaiki Jembatan Gantung yang Putus Diterjang Banjir",
                 _LEAD, _MORE, _LAST,
                 "Copyright © 2026 Warta Borneo. All rights reserved.")
    assert clean(page).outlet == "Warta Borneo"


def test_shouted_stamp_of_initials_and_last_word():
    lines = [Line("KALTIM POST", "text"), Line("Harian Pagi Kalimantan Timur", "text")]
    assert stamp_form("KPOST", lines) == "KALTIM POST"
    assert stamp_form("KPost", lines) is None  # the brand's own mixed case stays as written
    assert stamp_form("KTPOST", lines) is None


def test_clipping_source_after_the_sign_off():
    lines = [Line("Sarang Berita", "text"),
             Line(f"{_LAST} (Rahmat Hidayat) Sumber: Radar Banjarmasin", "text")]
    assert credited_source(lines) == "Radar Banjarmasin"
    assert credited_source([Line(f"{_LAST} (rh) Sumber: Dinas Kesehatan", "text")]) is None


def test_short_lower_case_logo_over_a_menu_row():
    lines = [Line(t, "text") for t in ("kabi", "Mobil", "Motor", "Tips", "Komunitas",
                                       "Bengkel Umum Mulai Layani Mobil Listrik")]
    assert logo_over_menu(lines)
    assert not logo_over_menu([Line(t, "text") for t in (
        "kabi", "Mobil", "Bengkel Umum Mulai Layani Mobil Listrik di Bekasi", "Motor", "Tips")])


def test_blog_title_with_its_desk_after_a_dash():
    lines = [Line("Kabar ASEAN - Vietnam", "text"), Line("News from the desk", "text"),
             *[Line(_MORE, "text")] * 6, Line("Posted by Kabar ASEAN", "end")]
    assert posted_by_site(lines) == "Kabar ASEAN - Vietnam"
    lines[0] = Line("Kabar ASEAN", "text")
    assert posted_by_site(lines) == "Kabar ASEAN"
