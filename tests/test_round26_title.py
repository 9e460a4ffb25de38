"""Round 26 (titles, published times, outlets, authors): each rule's own examples."""

from translator.clean import clean
from translator.credit_rows import credit_row, listed_credit, person_shaped
from translator.date_stamps import clipping_stamp
from translator.lines import Line
from translator.masthead_blocks import masthead_block, venue_named
from translator.outlet_tops import agency_site, chrome_word, house_ad, slogan_line
from translator.stamp_forms import stamp_form

_LEAD = ("Pemerintah Kabupaten Lingga menggelar operasi pasar di tiga kecamatan pada Senin, "
         "9 Maret 2026, untuk menahan kenaikan harga beras menjelang Lebaran tahun ini.")
_MORE = ("Kepala Dinas Perdagangan Lingga mengatakan sebanyak 1.500 paket beras disediakan "
         "dengan harga yang lebih rendah daripada harga pasar di setiap kecamatan.")


def test_masthead_block_over_menu():
    texts = ["Program Studi Ilmu Hukum", "Fakultas Hukum Universitas Negeri Padang", "Beranda",
             "Profil", "Akademik", "Berita", "Dosen Hukum Latih Perangkat Desa Soal Perdes"]
    assert masthead_block(texts) == {texts[0], texts[1]}
    assert masthead_block(["Kabar Lingga", "Beranda", "Profil", "Berita"]) == set()


def test_masthead_lines_never_title():
    page = "\n".join(["Program Studi Ilmu Hukum", "Fakultas Hukum Universitas Negeri Padang",
                      "Beranda", "Profil", "Akademik", "Kontak",
                      "Kampus Latih Aparatur Nagari Soal Regulasi",
                      "PADANG - Fakultas Hukum Universitas Negeri Padang menggelar pelatihan bagi "
                      "aparatur nagari di Kabupaten Padang Pariaman pada Senin, 9 Maret 2026, "
                      "bersama pemerintah kabupaten.",
                      "Pelatihan diikuti 60 perangkat desa dari 20 nagari dan berlangsung "
                      "selama dua hari di aula kantor bupati setempat."])
    assert clean(page).title == "Kampus Latih Aparatur Nagari Soal Regulasi"


def test_loading_words_are_chrome():
    assert chrome_word("Harap Tunggu") and chrome_word("Loading...") and chrome_word("Memuat...")
    assert not chrome_word("Kabar Lingga")


def test_agency_under_label_is_the_site():
    lines = [Line("Mohon tunggu", "text"), Line("PPID KABUPATEN LINGGA", "text"),
             Line("Dinas Kominfo Lingga", "byline"), Line("9 Maret 2026", "date")]
    assert agency_site(lines) == "Dinas Kominfo Lingga"
    assert agency_site([Line("Kabar Lingga", "text"), Line("Dinas Kominfo Lingga", "text")]) \
        is None


def test_agency_page_outlet_and_no_writer():
    page = "\n".join(["Harap Tunggu", "PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI",
                      "Diskominfo Lingga", "9 March 2026",
                      "Pemkab Lingga Gelar Operasi Pasar Beras di Tiga Kecamatan",
                      _LEAD, _MORE])
    article = clean(page)
    assert article.outlet == "Diskominfo Lingga"
    assert article.author is None


def test_slogan_line():
    assert slogan_line("BERITA ONLINE TERVIRAL") and slogan_line("Portal Berita Terpercaya")
    assert not slogan_line("Berita Lingga") and not slogan_line("Media Online")


def test_slogan_yields_to_copyright():
    page = "\n".join(["PORTAL BERITA TERPERCAYA",
                      "Pemkab Lingga Gelar Operasi Pasar Beras di Tiga Kecamatan",
                      _LEAD, _MORE, "Copyright © 2026 linggapos.co"])
    assert clean(page).outlet != "PORTAL BERITA TERPERCAYA"


def test_credit_row():
    row = "Oleh : Rina Wati Editor : Redaksi Senin, 9 Maret 2026 - 10:15 WIB Lingga"
    assert credit_row(row) == "Rina Wati"
    assert credit_row("Oleh : Rina Wati Editor : Redaksi") is None  # undated: no row


def test_credit_row_dates_and_credits_the_page():
    page = "\n".join(["Pemkab Lingga Gelar Operasi Pasar Beras di Tiga Kecamatan",
                      "Oleh : Rina Wati Editor : Redaksi Senin, 9 Maret 2026 - 10:15 WIB",
                      _LEAD, _MORE])
    article = clean(page)
    assert article.author == "Rina Wati"
    assert article.published == "2026-03-09T10:15:00+07:00"


def test_listed_credit():
    assert listed_credit("- Penulis : Dewi Lestari") == "Dewi Lestari"
    assert listed_credit("• Reporter: Andi Saputra") == "Andi Saputra"
    assert listed_credit("- Editor : Rahmat Hidayat") is None


def test_clipping_stamp():
    assert clipping_stamp("The Jakarta Post, Sumenep, Fri, 02/13/2026 9:47 AM") \
        == "2026-02-13T09:47:00+07:00"
    assert clipping_stamp("Antara, Jakarta, Senin, 2 Maret 2026") is None  # no time
    assert person_shaped("Wahyu Prasetyo") and not person_shaped("The Jakarta Post")


def test_clipping_stamp_beats_blog_date_and_names_writer():
    page = "\n".join(["Java Clippings", "news from Indonesia in English",
                      "Thursday, March 5, 2026", "Lingga fishermen get new cold storage",
                      "Andi Saputra", "The Jakarta Post, Lingga, Fri, 03/06/2026 8:30 AM",
                      "Fishermen in Lingga regency, Riau Islands, received a new cold storage "
                      "unit that can keep up to ten tonnes of fish fresh for a week.",
                      "The regency administration said the unit cost Rp 2 billion and was "
                      "funded from the provincial budget this year."])
    article = clean(page)
    assert article.published == "2026-03-06T08:30:00+07:00"
    assert article.author == "Andi Saputra"


def test_venue_and_network_are_no_writer():
    assert venue_named("Kretek Museum") and venue_named("Pantai Kuta")
    assert venue_named("Jaringan Berita SMSI")
    assert not venue_named("Dwi Rahayu")


def test_stamp_form():
    top = [Line("Kabar Lingga", "text"), Line("Beranda", "widget")]
    assert stamp_form("KL.COM", top) == "Kabar Lingga"
    assert stamp_form("KABARLINGAA.COM", [Line("Kabarlingga.com", "text")]) == "Kabarlingga.com"
    assert stamp_form("KL", top) is None  # no web suffix: no initials' address


def test_house_ad():
    lines = [Line("Warta Lingga - Terdepan Menyorot Fakta.", "text")]
    assert house_ad(lines) == "Warta Lingga"
    assert house_ad([Line("Kepala Dinas - Bapak Ahmad", "text")]) is None


def test_english_particle_in_top_name():
    page = "\n".join(["Journeys in Lingga", "Island stories, culture and events",
                      "Tuesday, March 10, 2026", "Lingga Opens a Malay Heritage Museum",
                      "The regency of Lingga in the Riau Islands has opened a heritage museum "
                      "that keeps manuscripts of the old Malay sultanate.",
                      "The museum is open from Tuesday to Sunday and entry costs Rp 5,000 for "
                      "adults and Rp 2,000 for children."])
    assert clean(page).outlet == "Journeys in Lingga"
