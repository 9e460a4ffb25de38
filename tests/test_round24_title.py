"""Round twenty-four of the cleaner: title, published and author families (made-up text)."""

from __future__ import annotations

from translator.bylines_credit import credited_bylines
from translator.clean import clean
from translator.headline import credit_tailed, headline_shaped, prefixed_copy
from translator.lines import Line, classify
from translator.metadata import author_of, title_of
from translator.outlet_spelling import grouped_owner
from translator.publisher import outlet_of

HEADLINE = "Warga Desa Sungai Raya Gotong Royong Bangun Dermaga Kayu Baru"
LEAD = ("Warga Desa Sungai Raya, Kecamatan Sungai Raya, bergotong royong membangun dermaga kayu "
        "baru di tepi Sungai Kapuas. Dermaga sepanjang 40 meter itu dipakai perahu warga untuk "
        "mengangkut hasil kebun karet dan sayur ke pasar kecamatan setiap pagi.")
BODY = [LEAD,
        "Kepala Desa Sungai Raya, Yohanes Liong, mengatakan dermaga lama sudah lapuk dan "
        "beberapa papannya patah sehingga berbahaya bagi anak-anak yang menyeberang ke sekolah.",
        "Pembangunan dermaga dibiayai dana desa dan swadaya warga, dan ditargetkan rampung "
        "sebelum musim air pasang tiba pada akhir bulan depan."]


def _text(*texts: str) -> list[Line]:
    return [Line(t, "text") for t in texts]


def test_a_caption_closed_by_a_photo_credit_after_a_slash():
    assert credit_tailed("Dermaga kayu di tepi Sungai Kapuas, Sungai Raya/ Foto by Kabarkapuas.com")
    assert credit_tailed("Perahu warga di dermaga lama / Foto: Humas Pemdes")
    assert credit_tailed("Anak-anak menyeberang sungai/Photo by Rina Sari")
    assert not credit_tailed(HEADLINE)
    caption = "Warga memasang papan dermaga di Sungai Raya/ Foto by Kabarkapuas.com"
    assert title_of(_text(HEADLINE.upper(), caption), lead=LEAD) == HEADLINE.upper()


def test_a_breadcrumb_glued_to_the_headline_is_a_copy_of_it():
    glued = f"BerandaDaerah{HEADLINE}"
    assert prefixed_copy(glued, [glued, HEADLINE])
    assert title_of(_text("Beranda", "Daerah", glued, HEADLINE), lead=LEAD) == HEADLINE
    # glued on, only capitalised words run together make a breadcrumb (an address is not)
    assert not prefixed_copy(f"kabarkapuas.com{HEADLINE}", [HEADLINE])


def test_an_agencys_slashed_acronyms_are_no_photo_credit():
    headline = "Cegah Sengketa Lahan, Kantor ATR/BPN Kapuas Data Ulang Tanah Warga Desa"
    assert headline_shaped(headline)
    assert headline_shaped("Dana BUMN/BUMD untuk Dermaga Warga Sungai Raya Cair Bulan Ini")
    # a photo desk's credit in the line stays a caption's
    assert not headline_shaped("Warga membangun dermaga kayu di Sungai Raya FOTO/IST")
    assert not headline_shaped("Warga membangun dermaga kayu di Sungai Raya ANTARA/Rudi")


def test_a_blogs_archive_title_is_no_headline_and_the_reposted_date_wins():
    assert not headline_shaped("Kabar Kapuas Hulu: Februari 2026")
    assert not headline_shaped("Catatan Warga Pesisir: March 2026")
    assert headline_shaped("Harga Karet Naik: Petani Sungai Raya Senang")
    page = ["Kabar Kapuas Hulu: February 2026", "Tuesday, February 17, 2026", HEADLINE,
            "Februari 16, 2026", *BODY]
    article = clean("\n\n".join(page))
    assert article.title == HEADLINE
    assert (article.published or "")[:10] == "2026-02-16"


def test_a_name_alone_that_the_photo_caption_credits_is_the_byline():
    caption = ("Warga memasang papan dermaga baru di tepi Sungai Kapuas, Senin pagi (16/2). "
               "(Yohana Mering/Kabar Kapuas)")
    lines = _text(HEADLINE, caption, "Yohana Mering", "Selasa, 17 Februari 2026 | 08:10 WIB",
                  *BODY)
    lines[3] = Line(lines[3].text, "date", date="2026-02-17T08:10:00+07:00")
    assert credited_bylines(lines)[2].author == "Yohana Mering"
    slash = "Foto: Kepala Desa Yohanes Liong (Kiri) di dermaga lama/ Yohana Mering"
    lines = _text("Kabar Kapuas", HEADLINE, "Yohana Mering", "Font Kecil", slash, *BODY)
    assert credited_bylines(lines)[2].author == "Yohana Mering"
    # the person the caption shows, not credits, is no writer
    shown = "Yohanes Liong meninjau dermaga lama di Sungai Raya, Senin (16/2)."
    lines = _text(HEADLINE, "Yohanes Liong", shown, *BODY)
    assert credited_bylines(lines)[1].author is None


def test_a_writers_label_with_the_name_in_brackets_and_a_rapporteur_close_the_story():
    lines = _text(*BODY, "penulis( Mariana)")
    assert credited_bylines(lines)[-1].author == "Mariana"
    lines = _text(*BODY, "Rapporteur: Dewi Anggraini")
    assert credited_bylines(lines)[-1].author == "Dewi Anggraini"
    assert credited_bylines(_text(*BODY, "Rapporteur: Redaksi"))[-1].author is None


def test_a_sites_team_account_is_no_writer():
    lines = [Line("Kabar Kapuas", "text"), Line("Kabar Kapuas Team", "byline",
                                                 author="Kabar Kapuas Team")]
    assert author_of(lines, ("Kabar Kapuas",)) is None
    lines = [Line("Kabar Kapuas", "text"), Line("Tim Kabar Kapuas", "byline",
                                                 author="Tim Kabar Kapuas")]
    assert author_of(lines, ("Kabar Kapuas",)) is None
    lines = [Line("Kabar Kapuas", "text"), Line("Yohana Mering", "byline",
                                                 author="Yohana Mering")]
    assert author_of(lines, ("Kabar Kapuas",)) == "Yohana Mering"


def test_a_groups_copyright_line_names_the_paper_before_the_group():
    assert grouped_owner("© 2026 Radar Kapuas - Jawa Pos Group", "Jawa Pos",
                         "Radar Kapuas") == "Radar Kapuas"
    assert grouped_owner("© 2026 Jawa Pos", "Jawa Pos", "Jawa Pos") is None
    page = classify(["Radar Kapuas", HEADLINE, *BODY, "© 2026 Radar Kapuas - Jawa Pos Group"])
    assert outlet_of(page) == "Radar Kapuas"


def test_the_dateline_keeps_a_shouted_address_the_logo_prints_and_a_regions_press_desk():
    page = ["Selasa, 17 Februari 2026", "KABARKAPUAS.CO", "Beranda", "Daerah", HEADLINE,
            "Warga di dermaga lama Sungai Raya/ Foto by Kabarkapuas.co",
            "KABARKAPUAS.CO, SUNGAI RAYA - " + LEAD, *BODY[1:]]
    assert clean("\n\n".join(page)).outlet == "KABARKAPUAS.CO"
    page = ["Pemerintah Kabupaten Kubu Raya", "Beranda", "Berita", HEADLINE,
            "SUNGAI RAYA, Diskominfo Kubura – " + LEAD, *BODY[1:]]
    article = clean("\n\n".join(page))
    assert (article.dateline, article.outlet) == ("SUNGAI RAYA", "Diskominfo Kubura")


def test_the_sites_address_alone_over_the_lead_names_the_outlet():
    page = ["BERITA", HEADLINE, "Bagikan artikel ini", "kabar kapuas.com",
            "Sungai Raya — " + LEAD, *BODY[1:]]
    assert clean("\n\n".join(page)).outlet == "kabar kapuas.com"
    # under the story's prose, an address is a link's or a credit's
    page = ["BERITA", HEADLINE, "Sungai Raya — " + LEAD, "kabar kapuas.com", *BODY[1:]]
    assert clean("\n\n".join(page)).outlet != "kabar kapuas.com"


def test_a_reprints_source_stamp_with_a_colon_names_the_outlet():
    story = ["Kapuas Watch", "Tuesday, March 03, 2026", "Villagers build a new jetty on the Kapuas",
             "ANTARA News, Pontianak: Villagers in Sungai Raya have built a forty-metre wooden "
             "jetty on the Kapuas River so that their boats can carry rubber to the market.",
             "The village head said the old jetty had rotted and several planks had broken, "
             "which made it dangerous for children crossing to school every morning.",
             "posted by Maria at 9:14 PM"]
    assert outlet_of(classify(story)) == "ANTARA News"
    # a name no table knows before the place is no source's stamp
    story[3] = story[3].replace("ANTARA News", "Warga Kapuas")
    assert outlet_of(classify(story)) != "Warga Kapuas"


def test_a_shouted_dateline_name_stays_shouted_under_a_shouted_logo():
    page = ["KABAR KAPUAS", "Beranda", "Daerah", HEADLINE, "SUNGAI RAYA, KABARKAPUAS – " + LEAD,
            *BODY[1:], "Ikuti Berita Kabarkapuas di Google News"]
    assert clean("\n\n".join(page)).outlet == "KABARKAPUAS"
