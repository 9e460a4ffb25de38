"""Round twenty-five of the cleaner, title, published-time, outlet and author families (tuned
on fresh52-fresh55): a feed's closing credit, a consent vendor's or widget's word atop the
page, a district office's site over its parent government, a bar and the site's address
opening the lead, a network's regional edition in the copyright line, a stacked category
label, a blog's description line, a comment mark before a blog's header; the byline's clock
of the top bar's day, a village site's counted stamp, a top bar's weekday date amid widget
placeholders, a blog's date header under the day's; a blog post's title under its date
header; a reporter signing off whom the photo credit names (made-up text throughout)."""

from __future__ import annotations

from translator.clean import clean

HEADLINE = "Warga Desa Sukamaju Gotong Royong Perbaiki Jembatan Bambu yang Putus"
BODY = [
    "Puluhan warga Desa Sukamaju bergotong royong memperbaiki jembatan bambu yang putus "
    "diterjang banjir pada Minggu pagi. Jembatan itu menjadi satu-satunya akses warga menuju "
    "kebun dan sekolah di seberang sungai.",
    "Kepala Desa Sukamaju, Hendra Wijaya, mengatakan warga mengumpulkan bambu dan tali ijuk "
    "dari kebun masing-masing sejak Sabtu sore agar perbaikan selesai dalam sehari.",
    "Pemerintah kecamatan berjanji mengusulkan pembangunan jembatan beton permanen dalam "
    "musyawarah perencanaan pembangunan tahun depan agar warga tidak lagi terisolasi.",
]


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


# --- outlets ---------------------------------------------------------------------------------

def test_feed_credit_names_the_publisher_over_a_consent_vendor():
    page = _page("Quantcast", "Channel: Berita Daerah – Kabar Priangan",
                 "Viewing all 512 articles", HEADLINE, *BODY,
                 f"The post {HEADLINE} appeared first on Kabar Priangan.")
    assert clean(page).outlet == "Kabar Priangan"


def test_indonesian_feed_credit():
    page = _page("Berita Terbaru", HEADLINE, *BODY,
                 f"Pos {HEADLINE} muncul pertama kali di Suara Lembah.")
    assert clean(page).outlet == "Suara Lembah"


def test_widget_word_atop_the_page_is_no_outlet():
    for word in ("Notification", "Quantcast", "Notifikasi"):
        page = _page(word, "Viewing all 512 articles", "Browse latest", HEADLINE, *BODY)
        assert clean(page).outlet is None


def test_bar_and_address_open_the_lead():
    page = _page("Notification", "Slider", HEADLINE,
                 "Cianjur || kabarlembah.com " + BODY[0], *BODY[1:])
    assert clean(page).outlet == "kabarlembah.com"


def test_office_site_over_its_parent_government():
    page = _page("Kecamatan Sukaresmi", "Pemerintah Kabupaten Cianjur", "Beranda", "Profil",
                 HEADLINE, "Admin Kecamatan | 12 Februari 2026", *BODY)
    assert clean(page).outlet == "Kecamatan Sukaresmi"


def test_regional_edition_in_copyright_over_the_network_stamp():
    page = _page(HEADLINE, "Selasa, 17 Februari 2026 14:22 WIB",
                 "Cianjur (ANTARA) - " + BODY[0], *BODY[1:],
                 "COPYRIGHT © ANTARA News Jawa Barat 2026")
    assert clean(page).outlet == "ANTARA News Jawa Barat"


def test_stacked_category_label_is_no_masthead():
    page = _page("Yayasan Cahaya Lembah Indonesia", "Serving the Valley Since 1970",
                 "Kabar Paroki", "Kabar Paroki", HEADLINE, *BODY)
    assert clean(page).outlet != "Kabar Paroki"


def test_blog_description_line_names_the_site():
    page = _page("Warta Desa Sukamaju, Sekretariat: Jalan Raya Cianjur Km.12 Desa Sukamaju, "
                 "Telepon: 0263-000000. Kirim tulisan ke redaksi.",
                 "Sabtu, 14 Maret 2026", HEADLINE, *BODY)
    assert clean(page).outlet == "Warta Desa Sukamaju"


def test_comment_mark_before_a_blog_header():
    page = _page("--> KABAR SUKAMAJU | Deskripsi Singkat Blog di Sini", "Loading...",
                 "10 Februari 2026", HEADLINE, *BODY)
    assert clean(page).outlet == "KABAR SUKAMAJU"


# --- published ---------------------------------------------------------------------------------

def test_byline_clock_of_the_top_bars_day():
    page = _page("Kabarsukamaju.id - Berita Desa, Budaya dan Pertanian Terkini",
                 "kalender Senin, 02 Maret 2026", HEADLINE,
                 "Rina Marlina Senin, 02 Maret 2026 - 10:25 WIB", *BODY)
    assert clean(page).published == "2026-03-02T10:25:00+07:00"


def test_counted_stamp_of_a_village_site():
    page = _page("Desa Sukamaju", "Kecamatan Cibeber Kabupaten Cianjur", "Beranda", "Artikel",
                 HEADLINE, "09 Februari 2026 Administrator Dibaca 214 Kali", *BODY)
    assert clean(page).published == "2026-02-09"


def test_top_bar_date_amid_placeholders():
    page = _page("web page hit counter Kamis, 12 Maret 2026 spot_imgspot_img", "Related Posts",
                 HEADLINE, *BODY)
    assert clean(page).published == "2026-03-12"


def test_blog_date_header_under_the_days_date():
    page = _page("REKAP DANA DESA KABUPATEN CIANJUR 2026", "Pencarian", "INFO DESA",
                 "Jumat, 20 Februari 2026", "Selasa, 17 Februari 2026", HEADLINE, *BODY)
    assert clean(page).published == "2026-02-17"


# --- titles and authors ------------------------------------------------------------------------

def test_post_title_under_its_date_header():
    page = _page("Kabar Sukamaju", "Postingan Populer",
                 "Jembatan Bambu Desa Sukamaju Putus Diterjang Banjir Minggu Pagi",
                 "Pencarian", "INFO DESA",
                 "Selasa, 17 Februari 2026", HEADLINE, *BODY)
    assert clean(page).title == HEADLINE


def test_reporter_signing_off_whom_the_photo_credit_names():
    page = _page("Kabar Sukamaju", HEADLINE, BODY[0], "Warga memikul bambu ke tepi sungai.",
                 "[KABAR/Dimas Pratama]", *BODY[1:], "Dimas Pratama", "Artikel Sebelumnya",
                 "Judul Lain yang Tidak Terkait dengan Berita Ini")
    assert clean(page).author == "Dimas Pratama"
