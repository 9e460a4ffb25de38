"""Round 23b: the last lead stamps, a labelled publication date and a place over the site's
brand (tuned on fresh44-47). Each example is written for the test, in the manner of real pages."""

from translator.clean import clean
from translator.dateline_more import place_and_brand
from translator.datelines import match_dateline


def test_spaced_bracketed_address_between_commas():
    # "SOFIFI, ( infopublic.id ), ": the address in spaced brackets, a comma on each side
    found = match_dateline("TERNATE, ( malutpost.id ), Pemerintah Kota Ternate menggelar operasi"
                           " pasar murah di Kelurahan Gamalama pada Senin pagi.")
    assert found == ("TERNATE", "malutpost.id", "Pemerintah Kota Ternate menggelar operasi pasar"
                     " murah di Kelurahan Gamalama pada Senin pagi.")


def test_address_place_and_date_before_the_dash():
    lead = "Pemerintah Kabupaten Bungo menyalurkan bantuan benih padi kepada kelompok tani."
    assert match_dateline(f"Tribunjambi.com, Muara Bungo, 2 Maret 2026 – {lead}") == (
        "Muara Bungo", "Tribunjambi.com", lead)
    assert match_dateline(f"Tribunjambi.com, Muara Bungo, Senin, 2 Maret 2026 - {lead}") == (
        "Muara Bungo", "Tribunjambi.com", lead)


def test_brand_and_spaced_colon_after_the_place_bar():
    found = match_dateline("Bireuen | Atjeh Watch : Ratusan warga memadati alun-alun kota untuk"
                           " menyaksikan pawai budaya tahunan.")
    assert found == ("Bireuen", "Atjeh Watch", "Ratusan warga memadati alun-alun kota untuk"
                     " menyaksikan pawai budaya tahunan.")


def test_regency_and_stop_after_the_place():
    found = match_dateline("Toboali- Bangka Selatan. Pemerintah Kabupaten Bangka Selatan"
                           " menyalurkan bantuan jaring kepada nelayan di pesisir.")
    assert found == ("Toboali", None, "Pemerintah Kabupaten Bangka Selatan menyalurkan bantuan"
                     " jaring kepada nelayan di pesisir.")


_DATED_PAGE = """Berita Kota

Dinas Pertanian Latih Petani Muda Olah Pupuk Organik

{date}

Kupang, 4 Maret 2026 — Dinas Pertanian Kota Kupang melatih 40 petani muda mengolah limbah ternak \
menjadi pupuk organik di Kelurahan Oesapa. Pelatihan berlangsung dua hari.

Kepala Dinas Pertanian, Maria Lenggu, mengatakan pelatihan ini bagian dari program regenerasi \
petani di kota itu.

Para peserta juga diajak mengunjungi kebun percontohan milik kelompok tani di Kelurahan Lasiana.
"""


def test_labelled_publication_date_beats_the_datelines_day():
    assert clean(_DATED_PAGE.format(date="Diterbitkan pada: 05/03/2026")).published \
        == "2026-03-05"


def test_unlabelled_header_date_still_yields_to_the_dateline():
    assert clean(_DATED_PAGE.format(date="Kamis, 5 Maret 2026")).published == "2026-03-04"


_BRAND_PAGE = """Berita Daerah

Kelompok Tani Belu Panen Jagung di Lahan Kering

{stamp}
Kelompok tani di Desa Naekasa, Kecamatan Tasifeto Barat, Kabupaten Belu, memanen jagung hibrida \
di lahan kering seluas 12 hektare pekan lalu.
Ketua kelompok tani, Agustinus Mali, mengatakan hasil panen tahun ini naik hampir dua kali lipat \
dibanding tahun lalu.
"Kami pakai benih yang tahan kering dan pupuk dari dinas," katanya.

0 komentar:
"""


def test_place_and_one_brand_word_over_the_lead():
    article = clean(_BRAND_PAGE.format(stamp="Atambua, Timorline"))
    assert (article.dateline, article.outlet, article.author) == ("Atambua", "Timorline", None)
    assert article.paragraphs[0].startswith("Kelompok tani di Desa Naekasa")


def test_place_and_a_persons_two_names_stay_a_byline():
    article = clean(_BRAND_PAGE.format(stamp="Atambua, Yohanes Mali"))
    assert article.outlet is None and article.author is not None
    assert place_and_brand("Atambua, Yohanes Mali") is None
    assert place_and_brand("Atambua, Indonesia") is None  # a place, then its country
