"""Round 24, wired by the lead: a weather widget's city is no dateline, and a "place - address"
line over the lead is no writer's byline (the readers live in dateline_lone and dateline_model)."""

import pytest

from translator.clean import clean

BODY = (
    "Ratusan pedagang memadati lapangan kota sejak pagi untuk mengikuti pasar murah yang "
    "digelar pemerintah daerah menjelang bulan puasa.\n\n"
    "Kepala dinas perdagangan mengatakan harga beras, minyak goreng dan gula di pasar murah "
    "itu lebih rendah dibandingkan harga di pasar tradisional.\n\n"
    "Menurut dia, kegiatan serupa akan digelar di setiap kecamatan hingga akhir bulan depan "
    "agar warga di desa juga bisa menikmatinya.\n\n"
    "Seorang pembeli mengaku senang karena bisa berhemat hampir seratus ribu rupiah untuk "
    "kebutuhan dapur selama sepekan.")


@pytest.mark.parametrize(("temperature", "city"), [("31.2 C", "Denpasar"), ("29°C Cerah", "Kupang")])
def test_the_city_of_a_weather_widget_is_no_dateline(temperature, city):
    page = (f"KABAR UTARA\n{temperature}\n{city}\nKamis, 5 Maret 2026\nBeranda\nEkonomi\n"
            "Pasar Murah Jelang Ramadan Diserbu Ratusan Warga\n"
            "Kamis, 5 Maret 2026 09:14 WIB\n\n" + BODY + "\n\nBagikan:\nFacebook\nTwitter")
    article = clean(page)
    assert article.title == "Pasar Murah Jelang Ramadan Diserbu Ratusan Warga"
    assert article.dateline is None


def test_a_place_and_the_address_over_the_lead_is_no_byline():
    page = ("BERANDA\nDAERAH\nPasar Murah Jelang Ramadan Diserbu Ratusan Warga\n"
            "Rabu, 4 Maret 2026 10:02 WIB\nSumba Barat - Kabarsumba.com\n\n" + BODY
            + "\n\nTag: pasar murah\n© 2026 Kabarsumba.com")
    article = clean(page)
    assert article.author is None
    assert article.dateline == "Sumba Barat"


@pytest.mark.parametrize(("head", "place", "outlet"), [
    ("Detik.com, Jakarta, Kamis - ", "Jakarta", "Detik.com"),
    ("TRIBUNNEWS.COM, MEDAN, SENIN – ", "MEDAN", "TRIBUNNEWS.COM"),
    ("Antaranews.com, Kupang, Jumat - ", "Kupang", "Antaranews.com"),
])
def test_a_weekday_between_the_place_and_the_dash_is_no_place(head, place, outlet):
    from translator.datelines import match_dateline

    lead = "Pemerintah provinsi menyiapkan posko banjir di sepuluh kelurahan sejak pagi."
    assert match_dateline(head + lead) == (place, outlet, lead)
