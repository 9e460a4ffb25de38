"""Datelines in every order, and never a furniture word or an outlet as the place (issue 9)."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.datelines import (
    bare_dateline,
    lead_date,
    match_dateline,
    outlet_name,
    shape_dateline,
    unnamed_elsewhere,
)
from translator.lines import name_and_place

REST = "Pemerintah kota menyiapkan ribuan bibit pohon peneduh untuk taman kota."


@pytest.mark.parametrize(("opening", "place", "outlet"), [
    # the orders outlets print
    ("JAKARTA, KOMPAS.com - ", "JAKARTA", "KOMPAS.com"),
    ("Liputan6.com, Jakarta - ", "Jakarta", "Liputan6.com"),
    ("MINEWS, Kendari - ", "Kendari", "MINEWS"),  # OUTLET, CITY: the known place is the place
    ("KBR - Jakarta - ", "Jakarta", "KBR"),  # OUTLET - CITY -
    ("Suara.com - SURABAYA - ", "SURABAYA", "Suara.com"),
    ("DENPASAR - RADAR BALI - ", "DENPASAR", "RADAR BALI"),  # CITY - OUTLET -
    ("Garut, Jabar, Warta Priangan - ", "Garut", "Warta Priangan"),  # a province between
    ("Jakarta (ANTARA) - ", "Jakarta", "ANTARA"),
    # a city alone, and no dash at all when the next word starts the sentence
    ("PALU - ", "PALU", None),
    ("JAKARTA ", "JAKARTA", None),
    ("NEW DELHI ", "NEW DELHI", None),
    ("jpnn.com, MEDAN ", "MEDAN", "jpnn.com"),
    ("jpnn.com, MUARA TEWEH ", "MUARA TEWEH", "jpnn.com"),  # after an outlet, any capitals
    ("SEMARANG, KOMPAS.com ", "SEMARANG", "KOMPAS.com"),
    # an outlet is the outlet, not the place
    ("KBR - ", None, "KBR"),
    ("MINEWS - ", None, "MINEWS"),
    ("HARIAN JOGJA - ", None, "HARIAN JOGJA"),
    ("PIKIRAN RAKYAT - ", None, "PIKIRAN RAKYAT"),
    ("RMOL. ", None, "RMOL"),
    # a furniture word is no part of a dateline
    ("ADVERTISEMENT JAKARTA - ", "JAKARTA", None),
])
def test_dateline_names_place_and_outlet(opening: str, place: str | None,
                                         outlet: str | None) -> None:
    assert match_dateline(opening + REST) == (place, outlet, REST)


@pytest.mark.parametrize("line", [
    "ADVERTISEMENT - " + REST,
    "EKSKLUSIF - " + REST,
    "PREMIUM - " + REST,
    "KPK-Polri sepakat memperkuat kerja sama pengamanan menjelang libur panjang.",
    "Jakarta International Stadium kembali dipakai untuk laga tim nasional pekan depan.",
    "BMKG Memperkirakan hujan lebat turun di sebagian besar wilayah pada sore hari.",
    "ASEAN-Jepang sepakat memperkuat kerja sama ketahanan pangan di kawasan Asia Tenggara.",
    "Menurut Kepala Dinas - yang baru dilantik - pasokan beras aman hingga akhir tahun.",
])
def test_not_a_dateline(line: str) -> None:
    assert match_dateline(line) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("Jakarta", ("Jakarta", None)),
    ("PEKANBARU -", ("PEKANBARU", None)),
    ("BOGOR, KOMPAS.com", ("BOGOR", "KOMPAS.com")),
    ("MINEWS", (None, "MINEWS")),
    ("ADVERTISEMENT", None),
    ("PREMIUM", None),
    ("EKSKLUSIF", None),
    ("Nasional", None),
    ("KPK", None),  # a lone acronym is a label, not an outlet's dateline
])
def test_bare_dateline(line: str, expected: tuple[str | None, str | None] | None) -> None:
    assert bare_dateline(line) == expected


def test_outlet_names_are_known_in_any_case() -> None:
    assert outlet_name("PIKIRAN RAKYAT") == outlet_name("Pikiran Rakyat") == "Pikiran Rakyat"
    assert outlet_name("Harian Bogor Raya") is None


TITLE = "Pemkab Tambah 40 Bus Sekolah Gratis untuk Desa Terpencil"
P1 = ("Pemerintah Kabupaten Sleman menambah 40 bus sekolah gratis untuk melayani pelajar dari "
      "desa-desa terpencil mulai tahun ajaran baru.")
P2 = ("Kepala Dinas Perhubungan mengatakan armada baru itu akan melayani 12 rute yang selama ini "
      "belum terjangkau angkutan umum.")


@pytest.mark.parametrize(("opening", "dateline", "outlet"), [
    ("JAKARTA ", "JAKARTA", None),
    ("KBR - Jakarta - ", "Jakarta", "KBR"),
    ("jpnn.com, SLEMAN ", "SLEMAN", "JPNN.com"),
    ("MINEWS - ", None, "MINEWS"),
    ("ADVERTISEMENT JAKARTA - ", "JAKARTA", None),
])
def test_the_page_dateline_in_any_order(opening: str, dateline: str | None,
                                        outlet: str | None) -> None:
    article = clean(f"{TITLE}\nSenin, 10 Maret 2025 08:15 WIB\n{opening}{P1}\n{P2}")
    assert (article.dateline, article.outlet, article.paragraphs) == (dateline, outlet, (P1, P2))


def test_an_advert_label_above_the_story_is_no_dateline() -> None:
    article = clean("\n".join([TITLE, "Senin, 10 Maret 2025 08:15 WIB", "ADVERTISEMENT", P1, P2]))
    assert article.dateline is None and article.paragraphs == (P1, P2)


# --- issue 9, second round: shapes the outlets set showed ------------------------------------

@pytest.mark.parametrize(("opening", "place", "outlet"), [
    ("KABARPROGRESIF.COM: (Surabaya) ", "Surabaya", "KABARPROGRESIF.COM"),  # OUTLET: (City)
    ("BOGOR-RADAR BOGOR, ", "BOGOR", "RADAR BOGOR"),  # CITY-OUTLET, with no dash after
    ("BERAU, NOMORSATUKALTIM - ", "BERAU", "NOMORSATUKALTIM"),
    ("Jakarta. ", "Jakarta", None),  # a known city and a full stop
])
def test_second_round_dateline_shapes(opening: str, place: str, outlet: str | None) -> None:
    assert match_dateline(opening + REST) == (place, outlet, REST)


def test_two_places_joined_by_a_dash_are_no_city_and_outlet() -> None:
    found = match_dateline("JAKARTA-BANDUNG, " + REST)
    assert found is None or found[1] != "BANDUNG"


def test_a_caption_kicker_under_its_credit_is_no_dateline() -> None:
    caption = ("BANJIR DEMAK - Warga menyeberangi genangan banjir di Desa Wonorejo, Kecamatan "
               "Karanganyar, Senin (10/3/2025).")
    article = clean("\n".join([TITLE, "Senin, 10 Maret 2025 08:15 WIB", "TRIBUNJATENG/REZA AKBAR",
                               caption, f"TRIBUNJATENG.COM, DEMAK - {P1}", P2]))
    assert (article.dateline, article.paragraphs) == ("DEMAK", (P1, P2))


def test_a_dateline_further_down_wins_over_an_unknown_kicker() -> None:
    caption = "GENANGAN AIR - Warga melintas di jalan yang tergenang, Senin (10/3/2025) pagi."
    article = clean("\n".join([TITLE, "Senin, 10 Maret 2025 08:15 WIB", caption,
                               f"TRIBUNJATENG.COM, DEMAK - {P1}", P2]))
    assert (article.dateline, article.paragraphs) == ("DEMAK", (P1, P2))


def test_a_caption_glued_by_its_closing_dash_stays_apart_from_the_dateline() -> None:
    caption = "Kepala dinas meninjau ruang tunggu, Selasa (11/3/2025).-(Disway Kaltim/ Anisa)-"
    article = clean("\n".join([TITLE, "Senin, 10 Maret 2025 08:15 WIB", caption,
                               f"BERAU, NOMORSATUKALTIM - {P1}", P2]))
    assert (article.dateline, article.paragraphs) == ("BERAU", (P1, P2))


def test_a_teaser_lead_with_a_dateline_is_not_the_story_start() -> None:
    teaser = "KABARPROGRESIF.COM: (Surabaya) Pemkot menggelar pasar murah di 31 kecamatan untuk..."
    article = clean("\n".join(["Pemkot Gelar Pangan Murah di 31 Kecamatan", teaser,
                               "Sabtu, 15 Maret 2025", TITLE,
                               f"KABARPROGRESIF.COM: (Surabaya) {P1}", P2]))
    assert (article.title, article.dateline, article.paragraphs) == (TITLE, "Surabaya", (P1, P2))


def test_a_city_alone_above_the_date_line_is_the_dateline() -> None:
    article = clean("\n".join([TITLE, "Dewi Anggraini", "Jakarta", "Tue, March 18, 2025 | 04:12 pm",
                               P1, P2]))
    assert (article.dateline, article.paragraphs) == ("Jakarta", (P1, P2))


def test_a_section_name_above_a_headline_is_no_dateline() -> None:
    article = clean("\n".join(["Jakarta", TITLE, "Senin, 10 Maret 2025 08:15 WIB", P1, P2]))
    assert article.dateline is None


def test_a_known_city_with_a_full_stop_opens_the_story_after_a_standfirst() -> None:
    deck = ("The Environment Ministry has suspended the operating permits of three nickel "
            "smelters in Central Sulawesi, citing repeated breaches of waste disposal rules.")
    article = clean("\n".join([TITLE, "Senin, 10 Maret 2025 08:15 WIB", deck, f"Jakarta. {P1}",
                               P2]))
    assert (article.dateline, article.paragraphs) == ("Jakarta", (P1, P2))


# --- issue 9, third round: punctuation variants and name lines (the `fresh` set) -------------

@pytest.mark.parametrize(("opening", "place", "outlet"), [
    ("PANGANDARAN,FOKUSJabar.id: ", "PANGANDARAN", "FOKUSJabar.id"),  # no space, a colon
    ("SLEMAN, KOMPAS.com: ", "SLEMAN", "KOMPAS.com"),
    ("Liputan6.com, Jakarta: ", "Jakarta", "Liputan6.com"),
    ("Jakarta: ", "Jakarta", None),  # a known city and a colon
    ("Solo-", "Solo", None),  # a known city glued to its dash, in sentence case
    ("AIRMADIDI-", "AIRMADIDI", None),  # a shouted city no table knows, glued
    ("SUARAINDONESIA1, Manado – ", "Manado", "SUARAINDONESIA1"),  # a shouted outlet first
    ("BERITAKITA, Manado – ", "Manado", "BERITAKITA"),
])
def test_third_round_dateline_shapes(opening: str, place: str, outlet: str | None) -> None:
    assert match_dateline(opening + REST) == (place, outlet, REST)


@pytest.mark.parametrize("line", [
    "Catatan: " + REST,  # a colon after a word that is no place
    "Jakarta: kota ini menyiapkan ribuan bibit pohon peneduh untuk taman kota.",
    "Jakarta-Bandung kini bisa ditempuh dalam 40 menit dengan kereta cepat.",  # a route
    "COVID-Varian baru menyebar di tiga provinsi menurut data kementerian kesehatan.",
    "Kepala Dinas-Pemerintah kota menyiapkan ribuan bibit pohon peneduh untuk taman.",
])
def test_third_round_not_a_dateline(line: str) -> None:
    assert match_dateline(line) is None


@pytest.mark.parametrize(("line", "sites", "expected"), [
    ("SAMARINDA, Poskota Kaltim", ("Poskota Kaltim",), ("SAMARINDA", "Poskota Kaltim")),
    ("SAMARINDA, Radar Kaltim", (), ("SAMARINDA", "Radar Kaltim")),  # reads as an outlet
    ("SAMARINDA, Poskota Kaltim", (), None),  # neither known nor the page's logo
    ("SAMARINDA, Kalimantan Timur", (), None),  # a province, not an outlet
    ("Jakarta, Indonesia", (), None),
    ("Kepala Dinas, Budi Santoso", ("Budi Santoso",), None),  # no place first
])
def test_bare_city_and_outlet_line(line: str, sites: tuple[str, ...],
                                   expected: tuple[str, str] | None) -> None:
    assert bare_dateline(line, sites) == expected


def test_a_bare_city_and_outlet_line_opens_the_story() -> None:
    article = clean("\n".join(["Poskota Kaltim", TITLE, "Kamis, 13 Maret 2025 10:05 WITA",
                               "SAMARINDA, Poskota Kaltim", P1, P2]))
    assert (article.dateline, article.outlet, article.paragraphs) == \
        ("SAMARINDA", "Poskota Kaltim", (P1, P2))


def test_a_byline_with_its_place_gives_author_and_dateline() -> None:
    article = clean("\n".join(["Radar Jogja", TITLE, "Jumat, 14 Maret 2025 07:10 WIB",
                               "HENDRI UTOMO, Kulonprogo", P1, P2]))
    assert (article.author, article.dateline, article.outlet, article.paragraphs) == \
        ("HENDRI UTOMO", "Kulonprogo", "Radar Jogja", (P1, P2))


@pytest.mark.parametrize(("line", "expected"), [
    ("HENDRI UTOMO, Kulonprogo", ("HENDRI UTOMO", "Kulonprogo")),  # shouted name, any place
    ("Rina Ayu, Jakarta", ("Rina Ayu", "Jakarta")),  # a known place
    ("Rina Ayu, Kulonprogo", ("Rina Ayu", "Kulonprogo")),  # a regency the gazetteer knows
    ("Rina Ayu, Sukamaju", None),  # an unknown place under a name in sentence case
    ("Kabupaten Sleman, Yogyakarta", None),  # a region, not a person
    ("Jakarta, Indonesia", None),
    ("HENDRI UTOMO, SUKAMAJU", None),  # two shouted names: nothing tells which is which
    ("HENDRI UTOMO, KULONPROGO", ("HENDRI UTOMO", "KULONPROGO")),  # unless one is a place
    ("BUDI SANTOSO, Kepala Dinas", None),  # a role, not a place
])
def test_name_and_place_line(line: str, expected: tuple[str, str] | None) -> None:
    assert name_and_place(line) == expected


_REST4 = "Pemerintah kota menertibkan parkir liar di kawasan itu sejak Senin pagi."


@pytest.mark.parametrize(("opening", "place", "outlet"), [
    ("Medan | Bandar Meriah News -", "Medan", "Bandar Meriah News"),  # CITY | OUTLET -
    ("SK News, Katingan –", "Katingan", "SK News"),  # mixed-case OUTLET, City –
    ("Suara USU, Medan.", "Medan", "Suara USU"),  # OUTLET, City + full stop
    ("topmetro.news, Medan —", "Medan", "topmetro.news"),  # a .news domain
    ("Lebak, tvrijakartanews -", "Lebak", "tvrijakartanews"),  # lower-case outlet
])
def test_fourth_round_dateline_shapes(opening: str, place: str, outlet: str) -> None:
    assert match_dateline(f"{opening} {_REST4}") == (place, outlet, _REST4)


@pytest.mark.parametrize("line", [
    # a name and a place in mixed case that reads as no publisher's
    "Budi Santoso, Medan. Pemerintah kota menertibkan parkir liar di kawasan itu hari ini.",
    # a lower-case word after the comma that is no outlet's name
    "Lebak, kemarin - Pemerintah kota menertibkan parkir liar di kawasan itu sejak pagi.",
])
def test_fourth_round_shapes_leave_sentences(line: str) -> None:
    assert match_dateline(line) is None


# --- the shape detector: forms no row was written for (issue 9, round five) --------------------
LEAD = "Harga bahan pokok di pasar tradisional kembali naik menjelang akhir pekan ini."


@pytest.mark.parametrize(("opening", "place", "outlet"), [
    ("Wangi-Wangi (Antaranews Sultra) - ", "Wangi-Wangi", "Antaranews Sultra"),
    ("WAMENA (PAPOS) –", "WAMENA", "PAPOS"),  # a bracket, a dash glued to the sentence
    ("balitribune.co.id | Tabanan - ", "Tabanan", "balitribune.co.id"),
    ("Makassar, Sigapnews.com, ", "Makassar", "Sigapnews.com"),  # no dash: a comma ends it
    ("TABANAN ~ ", "TABANAN", None),
    ("MEDAN - DeteksiNusantara.Com. ", "MEDAN", "DeteksiNusantara.Com"),
    ("SINGARAJA | NUSABALI - ", "SINGARAJA", "NUSABALI"),  # CITY | OUTLET -
    ("Lampung Selatan – ", "Lampung Selatan", None),  # an unknown place in sentence case
    ("Kupang, Victory News - ", "Kupang", "Victory News"),
    ("Kabarkota.id, Sleman - ", "Sleman", "Kabarkota.id"),
    ("Denpasar ~ ", "Denpasar", None),
    ("KARANGASEM (Bali Express) - ", "KARANGASEM", "Bali Express"),
    ("jatimnow.com - Lamongan - ", "Lamongan", "jatimnow.com"),  # OUTLET - CITY -
    ("Ternate | Malutpost.id | ", "Ternate", "Malutpost.id"),
    ("SIDRAP, Parepos.co.id -- ", "SIDRAP", "Parepos.co.id"),
    ("BALIKPAPAN-", "BALIKPAPAN", None),  # glued to a known place
    ("MUARA ENIM — ", "MUARA ENIM", None),  # a shouted place no table knows
    ("Banjarbaru: (Kalselpos) ", "Banjarbaru", "Kalselpos"),
    ("KABARPAPUA.CO: (Nabire) ", "Nabire", "KABARPAPUA.CO"),  # OUTLET: (CITY)
    ("Sigi, Metrosulteng.com – ", "Sigi", "Metrosulteng.com"),
    ("Metrosulteng.com, Sigi – ", "Sigi", "Metrosulteng.com"),  # OUTLET, CITY -
    ("Bone Bolango ~ ", "Bone Bolango", None),
    ("LUWU TIMUR | KATASULSEL - ", "LUWU TIMUR", "KATASULSEL"),
    ("Kendari (ANTARA News) – ", "Kendari", "ANTARA News"),
    ("Tomohon - TribunManado.co.id - ", "Tomohon", "TribunManado.co.id"),
    ("BATAM, batampos.co.id: ", "BATAM", "batampos.co.id"),
    ("Padang Panjang | ", "Padang Panjang", None),
    ("Ngawi (beritajatim.com) — ", "Ngawi", "beritajatim.com"),  # a domain in brackets
])
def test_shape_reads_unseen_dateline_forms(opening: str, place: str | None,
                                           outlet: str | None) -> None:
    assert shape_dateline(opening + LEAD) == (place, outlet, LEAD)
    assert match_dateline(opening + LEAD) == (place, outlet, LEAD)


def test_shape_takes_the_outlet_the_page_names_itself() -> None:
    text = "GORONTALO | HULONTHALO - " + LEAD
    assert shape_dateline(text, sites=("Hulonthalo",)) == ("GORONTALO", "HULONTHALO", LEAD)


@pytest.mark.parametrize("line", [
    "Jakarta, yang selama ini menjadi pusat perdagangan, kembali dilanda banjir rob pagi ini.",
    "Di Jakarta, harga bahan pokok kembali naik menjelang akhir pekan ini menurut pedagang.",
    "Jakarta-Bandung kini bisa ditempuh kurang dari satu jam dengan kereta cepat Whoosh.",
    "ASEAN-Jepang sepakat memperkuat kerja sama ketahanan pangan di kawasan Asia Tenggara.",
    "Namun. Pemerintah daerah belum juga memutuskan besaran kenaikan tarif angkutan kota.",
    "Selasa - Pemerintah daerah belum juga memutuskan besaran kenaikan tarif angkutan kota.",
    "Jakarta, Pemerintah daerah belum juga memutuskan besaran kenaikan tarif angkutan kota.",
    "Kepala Dinas - Budi Santoso - mengatakan pasokan beras aman hingga akhir tahun ini.",
    "ADVERTISEMENT - Pemerintah daerah belum juga memutuskan besaran kenaikan tarif angkutan.",
    "Foto: Pemerintah daerah belum juga memutuskan besaran kenaikan tarif angkutan kota.",
    "Sementara itu, Pemerintah daerah belum juga memutuskan besaran kenaikan tarif angkutan.",
    "Menurut Kepala Dinas - yang baru dilantik - pasokan beras aman hingga akhir tahun.",
    "Pemerintah Kota Medan - kata dia - belum memutuskan besaran kenaikan tarif angkutan.",
    "Medan Tuntungan gelap gulita sejak sebulan terakhir karena kabel lampu jalan dicuri.",
    "TABANAN ~ Pemda",  # too short to be a story's first sentence
    "Jayanti Kusuma | March 12, 2025 | 11:42 am | Share",  # a byline line
    "Redaksi | Pedoman Media Siber | Kode Etik | Karir | Kontak Kami | Iklan",  # a menu
    # a dateline with no separator after the place: the unpunctuated reading owns it
    "Liputan6.com, Jakarta Harga beras medium di Pasar Induk Beras Cipinang turun lagi.",
])
def test_shape_leaves_sentence_starts_alone(line: str) -> None:
    found = shape_dateline(line)
    assert found is None, found
    if not line.startswith("Liputan6.com"):
        assert match_dateline(line) is None  # nor do the rows take it


# --- round six -------------------------------------------------------------------------------

def test_an_outlet_short_form_glued_to_the_place_by_a_full_stop() -> None:
    rest = "Tumpukan sampah di jalan masuk pasar dikeluhkan warga karena bau."
    assert match_dateline(f"MSC.MANADO - {rest}") == ("MANADO", "MSC", rest)
    # a web address is an outlet, not a short form and a place
    assert match_dateline(f"KBR.ID - {rest}")[:2] == (None, "KBR.ID")


def test_an_issuing_unit_after_the_dateline_is_cut() -> None:
    rest = "Pencurian ternak masih menjadi keresahan warga di sejumlah desa."
    assert match_dateline(f"Tribratanewssumbabarat.com – Polres Sumba Barat ; {rest}") \
        == (None, "Tribratanewssumbabarat.com", rest)
    # a semicolon later in the sentence is the sentence's own
    prose = "Warga Lamboya resah; pencurian ternak masih terjadi di sejumlah desa itu."
    assert match_dateline(f"SUMBA BARAT - {prose}")[2] == prose


# --- round seven: a brand glued to a province's short form; a rubric before the outlet ----

LEAD = ("Pemerintah Kota Makassar mengeruk saluran drainase di sepanjang Jalan Veteran Utara "
        "untuk mengurangi genangan.")


@pytest.mark.parametrize("brand", ["Kitasulsel", "BENTENGSUMBAR", "Fokusjabar"])
def test_a_brand_glued_to_a_province_before_a_known_place_is_the_outlet(brand: str) -> None:
    assert match_dateline(f"{brand}, Makassar—{LEAD}") == ("Makassar", brand, LEAD)


@pytest.mark.parametrize("first", ["Tegalwaru", "Bandungan"])
def test_two_names_without_a_glued_province_keep_their_order(first: str) -> None:
    # an unknown place before a known one: no brand, so no swap (the row's order stands)
    assert match_dateline(f"{first}, Bogor - {LEAD}")[:2] == (first, "Bogor")


def test_a_known_place_and_its_region_are_the_dateline_as_printed() -> None:
    # round 25 (dateline_lists.region_pair): "Cibinong, Bogor -", as "Jayapura, Papua -" and
    # "Gunungkidul, DIY -" in the fixtures: both names are the place, no outlet
    assert match_dateline(f"Cibinong, Bogor - {LEAD}")[:2] == ("Cibinong, Bogor", None)


def test_a_province_rubric_before_a_place_leaves_the_place() -> None:
    # the short form alone is a regional channel's name, not a brand glued to it
    assert match_dateline(f"Sulsel, Makassar - {LEAD}") == ("Makassar", None, LEAD)


@pytest.mark.parametrize("rubric", ["Berita Lokal", "Nasional", "Ekonomi", "Olahraga"])
def test_a_rubric_before_the_outlet_is_no_place(rubric: str) -> None:
    found = match_dateline(f"{rubric}, PIFA - {LEAD}")
    assert found is not None and found[0] is None and found[2] == LEAD


def test_a_known_place_before_the_outlet_stays_the_place() -> None:
    assert match_dateline(f"Makassar, PIFA - {LEAD}")[:2] == ("Makassar", "PIFA")


# --- round eight: a dated dateline, a bracketed dateline --------------------------------------

_LEAD = "Takmir masjid membuka dapur umum bagi mahasiswa rantau yang tidak pulang selama libur."


@pytest.mark.parametrize(("text", "place", "outlet"), [
    (f"Mudanews.com Medan, 14 Oktober 2025 — {_LEAD}", "Medan", "Mudanews.com"),
    (f"Medan, 14 Oktober 2025 — {_LEAD}", "Medan", None),
    (f"[BANTUL, MASJIDUNA] — {_LEAD}", "BANTUL", "MASJIDUNA"),
    (f"Relawan menyiapkan makanan. Foto: Masjiduna [BANTUL, MASJIDUNA] — {_LEAD}",
     "BANTUL", "MASJIDUNA"),
])
def test_dated_and_bracketed_datelines(text: str, place: str, outlet: str | None) -> None:
    found = match_dateline(text)
    assert found is not None and found[:2] == (place, outlet) and found[2] == _LEAD


@pytest.mark.parametrize("text", [
    f"Warga [sic] — {_LEAD}",  # a bracket inside a sentence, no credit before it
    f"Pada 14 Oktober 2025 — {_LEAD}",  # a date after a word that is no place
    "Warga Medan pada 14 Oktober 2025, Mereka datang ke lapangan untuk meminjam buku.",
])
def test_no_dateline_from_a_date_or_bracket_in_a_sentence(text: str) -> None:
    found = match_dateline(text)
    assert found is None or found[0] not in ("Medan", "sic", "Pada")


def test_a_shouted_rubric_over_english_prose_is_no_place() -> None:
    page = ("Indonesia opens new ferry route between Bitung and Davao\n\nGATHERINGS:\n"
            "An informed guide to happenings throughout the region and the world.\n\n"
            "Indonesia has opened a weekly ferry route between the port of Bitung and Davao, "
            "reports the Antara news agency.\n\nThe first voyage carried 86 passengers.")
    assert clean(page).dateline != "GATHERINGS"


def test_a_shouted_place_over_indonesian_prose_still_counts() -> None:
    page = ("Warga Pekanbaru Keluhkan Asap\n\nPEKANBARU\n"
            "Warga kota mengeluhkan kabut asap yang kembali menyelimuti kota sejak pagi hari.\n\n"
            "Dinas kesehatan membagikan masker gratis di sejumlah titik kota.")
    assert clean(page).dateline == "PEKANBARU"


# --- round nine: an outlet's name where the place would stand ---------------------------------
_FORUM = "Bertempat di Auditorium Fakultas Hukum, diskusi publik itu digelar pada Kamis."


def test_the_pages_own_shouted_name_is_the_outlet_not_the_place() -> None:
    sites = ("BPPM MAHKAMAH", "Pers Mahasiswa Fakultas Hukum")
    assert match_dateline(f"BPPM MAHKAMAH — {_FORUM}", sites) == (None, "BPPM MAHKAMAH", _FORUM)


@pytest.mark.parametrize(("text", "sites"), [
    (f"BPPM MAHKAMAH — {_FORUM}", ()),  # no logo line names it: an unknown shouted place
    (f"KAPAL LAMBAT - {_FORUM}", ("Kapal Lambat",)),  # a caption's label under a menu item
])
def test_a_shouted_name_the_page_does_not_shout_as_its_own_stays_the_place(
        text: str, sites: tuple[str, ...]) -> None:
    found = match_dateline(text, sites)
    assert found is not None and found[1] is None


def test_a_shouted_two_word_brand_before_a_known_place_is_the_outlet() -> None:
    text = "MATA INDONESIA, JAKARTA – Kementerian Kelautan dan Perikanan menyiapkan kapal pengawas."
    assert match_dateline(text)[:2] == ("JAKARTA", "MATA INDONESIA")


@pytest.mark.parametrize("text", [
    "KOTA BATU, MALANG – Pemerintah kota menyiapkan kapal pengawas di sana.",
    "LAMPUNG TENGAH, LAMPUNG – Pemerintah kabupaten menyiapkan kapal di sana.",
    "SUNGAI PENUH, JAMBI – Pemerintah kota menyiapkan kapal pengawas di sana.",
])
def test_a_shouted_regional_place_before_its_province_is_no_brand(text: str) -> None:
    # the place and its region as printed (round 25: the fixtures' "Jayapura, Papua"), no outlet
    found = match_dateline(text)
    assert found is not None and found[:2] == (text.split(" –")[0], None)


# A dateline split over two lines: the names above, the dash opening the lead below.
_SPLIT_LEAD = "Pemerintah kota menata ulang lapak pedagang kaki lima di sekitar pasar induk."


@pytest.mark.parametrize(("names", "dash", "place", "outlet"), [
    ("KOTA NEWS, Jambi", "– ", "Jambi", "KOTA NEWS"),
    ("Bengkulu", "- ", "Bengkulu", None),
    ("Kendari, Sultra Pos", "— ", "Kendari", "Sultra Pos"),
])
def test_a_dateline_split_over_two_lines(names: str, dash: str, place: str,
                                         outlet: str | None) -> None:
    article = clean(f"Pedagang Ditata Ulang di Pasar Induk Kota\n\n{names}\n{dash}{_SPLIT_LEAD}\n")
    assert article.dateline == place
    assert article.paragraphs[0] == _SPLIT_LEAD
    if outlet:
        assert article.outlet == outlet


def test_a_headline_above_a_dashed_line_is_no_dateline() -> None:
    page = ("Pedagang Ditata Ulang di Pasar Induk Kota Jambi Mulai Pekan Depan\n"
            f"– {_SPLIT_LEAD}\n")
    assert clean(page).dateline is None


def test_a_lower_case_brand_the_page_names_itself_is_an_outlet_only_dateline() -> None:
    found = match_dateline("kotapos – PT ASDP menambah dua trip malam di lintasan pelabuhan itu.",
                           ("Antrean kendaraan di pelabuhan. Foto. Aziz Maulana/ Kota Pos",))
    assert found == (None, "kotapos", "PT ASDP menambah dua trip malam di lintasan pelabuhan itu.")


def test_a_lower_case_word_before_a_dash_is_no_dateline_alone() -> None:
    assert match_dateline("kotapos – PT ASDP menambah dua trip malam di lintasan pelabuhan itu.",
                          ("Antrean kendaraan di pelabuhan.",)) is None


def test_a_brand_named_after_the_place_that_follows_it_is_the_outlet() -> None:
    found = match_dateline("Kabar Jambi, Jambi - Pemerintah kota menata ulang lapak pedagang.")
    assert found is not None and found[:2] == ("Jambi", "Kabar Jambi")


_OWN_LEAD = "Pemerintah kota menata ulang ratusan lapak pedagang kaki lima di sekitar pasar induk."
_OWN_MORE = "Wali kota menyebut penataan itu bukan penggusuran karena pedagang hanya dipindahkan."
_OWN_TITLE = "Pemkot Tata Ulang Ratusan Lapak PKL di Sekitar Pasar Induk"


@pytest.mark.parametrize("page", [
    f"Kabar Jambi\n\n{_OWN_TITLE}\n\nKabar Jambi – {_OWN_LEAD}\n\n{_OWN_MORE}\n",
    f"{_OWN_TITLE}\n\nKabar Jambi – {_OWN_LEAD}\n\n{_OWN_MORE}\n\n"
    "Copyright © 2026 Kabar Jambi. All rights reserved.\n",
])
def test_a_lone_dateline_name_the_page_goes_by_is_the_outlet_not_the_place(page: str) -> None:
    article = clean(page)
    assert (article.dateline, article.outlet) == (None, "Kabar Jambi")


def test_a_lone_unknown_name_stays_the_place_when_the_page_goes_by_another() -> None:
    page = f"{_OWN_TITLE}\n\nMuara Bungo – {_OWN_LEAD}\n\n{_OWN_MORE}\n\n© 2026 Kabar Jambi\n"
    assert clean(page).dateline == "Muara Bungo"


# --- round eleven: the names and separators of any punctuation -------------------------------

_R11 = "Pemerintah kabupaten membuka layanan kesehatan keliling di empat desa pesisir pekan ini."


@pytest.mark.parametrize(("opening", "place", "outlet"), [
    ("Sorong , Kabar Papua - ", "Sorong", "Kabar Papua"),  # a space before the comma
    ("Merauke, kabarselatan.com,-- ", "Merauke", "kabarselatan.com"),  # comma, double hyphen
    ("TELUK BINTUNI — kabarbintuni.id.", "TELUK BINTUNI", "kabarbintuni.id"),  # glued stop
    ("KAIMANA-beritakaimana.Com, ", "KAIMANA", "beritakaimana.Com"),  # place-hyphen-address
    ("KAIMANA.beritakaimana.com – ", "KAIMANA", "beritakaimana.com"),  # place-dot-address
    ("Berita Kaimana, Beritakaimana.com – ", "Kaimana", "Beritakaimana.com"),  # rubric first
    ("NasionalSORONG -", "SORONG", None),  # a section's name glued to the place
])
def test_round_eleven_separators_and_names(opening: str, place: str, outlet: str | None) -> None:
    assert match_dateline(opening + _R11, ("Kabar Papua",)) == (place, outlet, _R11)


def test_a_place_glued_to_its_address_may_lead_in_lower_case() -> None:
    rest = "pengelola taman nasional membatasi jumlah pendaki menjadi tiga ratus orang sehari."
    assert match_dateline("MATARAM.kabarrinjani.com – " + rest) == \
        ("MATARAM", "kabarrinjani.com", rest)
    assert match_dateline("Gelora – " + rest) is None  # no place and no address: prose


def test_a_metadata_token_before_the_dateline_is_cut_and_dates_the_story() -> None:
    line = "date 2026-03-04 Bandar Lampung (Lampungpos.id) — " + _R11
    assert match_dateline(line) == ("Bandar Lampung", "Lampungpos.id", _R11)
    assert lead_date(line) == "2026-03-04" and lead_date(_R11) is None
    page = f"Pemkab Buka Layanan Kesehatan Keliling di Desa Pesisir\n\n{line}\n\n{_OWN_MORE}\n"
    assert clean(page).published == "2026-03-04"


@pytest.mark.parametrize(("texts", "stamp"), [
    (["Lintasra – " + _R11, _OWN_MORE], True),  # printed nowhere else: the outlet's stamp
    (["Lintasra – " + _R11, "Teaser lain", "Lintasra— " + _OWN_MORE], True),  # its teasers too
    (["Pesisirbaru – " + _R11, "Warga Pesisirbaru menyambut layanan itu."], False),  # a place
    (["Sleman – " + _R11], False),  # a known place
    (["MUARA – " + _R11], False),  # shouted: a place
])
def test_a_lone_word_the_page_prints_nowhere_else_is_no_place(texts: list[str],
                                                              stamp: bool) -> None:
    assert unnamed_elsewhere(texts[0].split(" ")[0], texts) is stamp


def test_a_lone_stamp_is_the_outlet_only_on_a_page_that_names_no_publisher() -> None:
    lead = f"Lintasra – {_OWN_LEAD}"
    assert (clean(f"{_OWN_TITLE}\n\n{lead}\n\n{_OWN_MORE}\n").dateline,
            clean(f"{_OWN_TITLE}\n\n{lead}\n\n{_OWN_MORE}\n").outlet) == (None, "Lintasra")
    owned = clean(f"{_OWN_TITLE}\n\n{lead}\n\n{_OWN_MORE}\n\n© 2026 Kabar Jambi\n")
    assert owned.dateline == "Lintasra"


def test_a_rubric_over_its_blurb_yields_to_the_dateline_naming_the_outlet() -> None:
    page = ("INTERVIU\n\nSebuah rubrik yang mengetengahkan percakapan antara wartawan dan "
            "narasumber tentang suatu hal yang penting bagi pembaca.\n\n"
            f"{_OWN_TITLE}\n\nKABARKITA.COM | {_OWN_LEAD}\n\n{_OWN_MORE}\n")
    article = clean(page)
    assert (article.dateline, article.outlet) == (None, "KABARKITA.COM")
    assert article.paragraphs[0] == _OWN_LEAD


# --- round twelve: dateline names and separators of more kinds ---------------------------------

_R12 = ("Pemerintah kabupaten menyalurkan bantuan benih jagung kepada kelompok tani di lima "
        "kecamatan yang terdampak kekeringan panjang.")


@pytest.mark.parametrize(("opening", "place", "outlet"), [
    ("Southern Borneo News_ Banjarmasin - ", "Banjarmasin", "Southern Borneo News"),  # "_"
    ("Kupang, 101.7 FM– ", "Kupang", "101.7 FM"),  # a radio station signs with its frequency
    ("Jember, 88,5 FM - ", "Jember", "88,5 FM"),
    ("SERANG, BeritaKita21.Com ", "SERANG", "BeritaKita21.Com"),  # any case, no dash at all
])
def test_dateline_names_of_more_kinds(opening: str, place: str, outlet: str) -> None:
    assert match_dateline(opening + _R12) == (place, outlet, _R12)


def test_a_long_institution_may_open_the_sentence_after_place_and_outlet() -> None:
    lead = ("PT Perusahaan Listrik Negara (Persero) Unit Induk Distribusi Jawa Timur dan Bali "
            "menyiagakan 900 petugas selama libur panjang akhir pekan ini.")
    assert match_dateline("Malang, 97.2 FM–" + lead) == ("Malang", "97.2 FM", lead)


def test_a_caption_glued_before_the_dateline_is_cut() -> None:
    line = "Governor Andi Rahman., Makassar – " + "The governor said the new port would open soon."
    assert match_dateline(line) == ("Makassar", None,
                                    "The governor said the new port would open soon.")
    # prose with a full stop before a capitalised run is no caption: nothing names a place
    assert match_dateline("Rapat itu selesai. Kepala Dinas – Budi – mengatakan hal lain.") is None


def test_a_date_after_the_places_dash_is_no_part_of_the_lead() -> None:
    assert match_dateline("Sragen - Rabu, 11 Maret 2026. " + _R12) == ("Sragen", None, _R12)
    page = f"Pemkab Salurkan Benih Jagung untuk Petani\n\nSragen - Rabu, 11 Maret 2026. {_R12}\n"
    assert clean(page + "\n" + _OWN_MORE + "\n").published == "2026-03-11"


def test_a_names_short_form_in_brackets_is_no_dateline() -> None:
    lead = "Universitas Tadulako (Untad) menerima 60 mahasiswa baru dari Sulawesi Barat tahun ini."
    assert match_dateline(lead, ("UNIVERSITAS TADULAKO",)) is None


def test_a_caption_kicker_in_capitals_yields_to_the_stations_dateline() -> None:
    page = ("Pemkab Salurkan Benih Jagung untuk Petani\n\n"
            "BENIH DIBAGIKAN--Petugas membagikan benih jagung di Kecamatan Lowokwaru, Senin "
            "(2/3/26). Bantuan diberikan kepada lima kelompok tani. Dok/Humas\n\n"
            f"Malang, 97.2 FM–{_R12}\n\n{_OWN_MORE}\n\nWawancara lengkap bisa didengar di "
            "Radio Suara Malang setiap pagi.\n")
    article = clean(page)
    assert (article.dateline, article.outlet) == ("Malang", "Radio Suara Malang")
    assert article.paragraphs[0] == _R12


# --- round thirteen ----------------------------------------------------------------------------

_R13 = ("Dinas pertanian membagikan bibit kakao kepada kelompok tani di tiga desa yang baru "
        "selesai dilanda banjir.")
_R13_MORE = "Setiap kelompok menerima dua ratus bibit yang siap tanam pada musim hujan tahun ini."


def test_an_address_and_a_shouted_place_with_no_comma_between() -> None:
    assert match_dateline(f"KABARUTARA.ID MANADO – {_R13}") == ("MANADO", "KABARUTARA.ID", _R13)
    # a short shouted word after the address is the brand's own ("TV"), no place
    assert match_dateline(f"KABARUTARA.COM TV – {_R13}")[0] is None


def test_a_lower_case_brand_after_the_place_and_a_bar() -> None:
    assert match_dateline(f"KENDARI, kabartenggara | {_R13}") == ("KENDARI", "kabartenggara",
                                                                    _R13)
    # a time of day, a dash or a comma after the lower-case word: prose's asides
    for opening in ("KENDARI, kemarin | ", "KENDARI, kabartenggara - ",
                    "Budi, kabartenggara | "):
        found = match_dateline(opening + _R13)
        assert found is None or found[1] is None, (opening, found)


def test_the_pages_own_name_after_the_places_dash_with_no_second_dash() -> None:
    line = f"AMBON – WARTA MALUKU RAYA {_R13}"
    assert match_dateline(line, ("WARTA MALUKU RAYA",)) == ("AMBON", "WARTA MALUKU RAYA", _R13)
    assert match_dateline(line)[1] is None  # no logo that prints the name: the rows decide


def test_a_known_place_and_a_comma_open_the_first_paragraph() -> None:
    lead = ("Bitung, Dinas Perikanan Kota Bitung membagikan mesin perahu kepada nelayan kecil "
            "di pesisir utara.")
    page = f"Nelayan Bitung Terima Bantuan Mesin Perahu\n\n{lead}\n\n{_R13_MORE}\n"
    article = clean(page)
    assert article.dateline == "Bitung"
    assert article.paragraphs[0].startswith("Dinas Perikanan Kota Bitung")
    # match_dateline itself still leaves the shape alone (a later paragraph may open so)
    assert match_dateline(lead) is None
    # a place the story names nowhere again reads as the sentence's subject: no dateline
    other = ("Bitung, Dinas Perikanan membagikan mesin perahu kepada nelayan kecil di pesisir "
             "utara pulau itu.")
    assert clean(f"Nelayan Terima Bantuan Mesin Perahu\n\n{other}\n\n{_R13_MORE}\n").dateline \
        is None


def test_a_dateline_alone_on_its_line_with_a_stray_mark() -> None:
    assert bare_dateline('Kendari, Sultranews"', ("SULTRANEWS",)) == ("Kendari", "Sultranews")
    page = ("SULTRANEWS\n\nPetani Kakao Terima Bantuan Bibit\n\nKamis, 05 Feb 2026  10:14\n\n"
            f'Kendari, Sultranews"\n\n{_R13}\n\n{_R13_MORE}\n')
    article = clean(page)
    assert (article.dateline, article.paragraphs[0]) == ("Kendari", _R13)


def test_a_short_form_of_the_masthead_in_the_dateline_names_it() -> None:
    page = ("KABAR SELATAN\n\nPetani Kakao Terima Bantuan Bibit\n\n"
            f"BULUKUMBA |KS – {_R13}\n\n{_R13_MORE}\n")
    article = clean(page)
    assert (article.dateline, article.outlet) == ("BULUKUMBA", "KABAR SELATAN")


# --- round fourteen: the outlet's own name where a place would stand ---------------------------


@pytest.mark.parametrize(("opening", "place", "outlet"), [
    # a name ending in an outlet word (Reporter, Magazine, Portal...) is the outlet, and the
    # real place may follow it (`OUTLET - CITY |`)
    ("SULAWESI REPORTER - Palu | ", "Palu", "SULAWESI REPORTER"),
    ("NUSAMAGAZINE, MATARAM – ", "MATARAM", "NUSAMAGAZINE"),
    ("PORTALBALI, GIANYAR REGENCY - ", "GIANYAR REGENCY", "PORTALBALI"),
    ("Lensa Sulteng, – ", None, "Lensa Sulteng"),
    # a brand spelt in camel case before a shouted place
    ("InfoKOPI, TAKENGON – ", "TAKENGON", "InfoKOPI"),
])
def test_an_outlet_name_first_is_never_the_place(opening: str, place: str | None,
                                                 outlet: str) -> None:
    assert match_dateline(opening + _R13) == (place, outlet, _R13)


def test_a_region_named_by_its_compass_word_glued_to_its_dash() -> None:
    lead = f"Warga Minahasa Utara membersihkan sungai di pusat kota pada pagi hari. {_R13}"
    assert match_dateline(f"Minahasa Utara–{lead}") == ("Minahasa Utara", None, lead)
    # a pair of names whose first the story names nowhere again is a sentence's subject
    assert match_dateline(f"Korea Selatan–Jepang {_R13}") is None


def test_an_address_glued_to_the_first_word_of_the_sentence() -> None:
    assert match_dateline(f"KUPANG, kabarflores.com{_R13}") == ("KUPANG", "kabarflores.com", _R13)


def test_the_last_word_of_the_masthead_after_the_place_names_the_outlet() -> None:
    assert bare_dateline("ENDE, FLORES", ("HARIAN FLORES",)) == ("ENDE", "HARIAN FLORES")
    assert bare_dateline("ENDE, FLORES") is None  # no masthead that prints it


def test_a_capitalised_name_with_digits_glued_to_its_dash_is_the_outlet() -> None:
    assert match_dateline(f"Warta7-{_R13}") == (None, "Warta7", _R13)


# Round fifteen: a domain glued to the shouted place, a copy that lost the dash between the
# place and the lead's first word. (A spaced underscore for the dash, "TANJUNG SELOR _ ...",
# is pinned by fresh18's bulungan page in tests/test_outlet_fixtures.py.)
@pytest.mark.parametrize(("line", "place", "outlet", "rest"), [
    ("Publishnews.idSAROLANGUN – Puluhan sopir truk menyampaikan keluhan mereka kepada polisi.",
     "SAROLANGUN", "Publishnews.id", "Puluhan sopir truk menyampaikan keluhan mereka kepada"
     " polisi."),
    ("TEMPO.CO, BogorPemerintah Kota Bogor mulai menguji coba dua bus listrik pekan ini.",
     "Bogor", "TEMPO.CO", "Pemerintah Kota Bogor mulai menguji coba dua bus listrik pekan ini."),
])
def test_round_fifteen_dateline_shapes(line: str, place: str, outlet: str | None,
                                       rest: str) -> None:
    assert match_dateline(line) == (place, outlet, rest)



# Round sixteen (fresh19/fresh20 families): an agency in brackets after the place's region, an
# outlet after the place's comma, a word after the place's full stop, an address glued to the
# place; each needs a known place (or the address) and a spaced dash before a sentence.
@pytest.mark.parametrize(("opening", "place", "outlet"), [
    ("Kupang, NTT (ANTARA) – Pemerintah", "Kupang", "ANTARA"),
    ("Mataram, West Nusa Tenggara (ANTARA) - The", "Mataram", "ANTARA"),
    ("Medan, beritasumut – Pemerintah", "Medan", "beritasumut"),
    ("Ambon, Siwalima/Antara – Pemerintah", "Ambon", "Siwalima"),
    ("Kupang.Redaksi - Pemerintah", "Kupang", None),
    ("Tribunsumbar.comKabupaten Agam – Pemerintah", "Kabupaten Agam", "Tribunsumbar.com"),
])
def test_round_sixteen_dateline_shapes(opening: str, place: str, outlet: str | None) -> None:
    found = match_dateline(f"{opening} kota menggelar pasar murah di lima kelurahan pekan ini.")
    assert found is not None and found[:2] == (place, outlet)
    assert found[2].startswith(opening.split()[-1])


@pytest.mark.parametrize("line", [
    "Jakarta, kemarin – Pemerintah kota menggelar pasar murah di lima kelurahan pekan ini.",
    "Budi, Ketua RT (ANTARA) – Pemerintah kota menggelar pasar murah di lima kelurahan.",
    "Namun.Kemudian - Pemerintah kota menggelar pasar murah di lima kelurahan pekan ini.",
    "Medan, dan – Pemerintah kota menggelar pasar murah di lima kelurahan pekan ini.",
    "Kupang, Budi Santoso (ANTARA) – Pemerintah kota menggelar pasar murah di lima kelurahan.",
])
def test_round_sixteen_shapes_stay_strict(line: str) -> None:
    assert match_dateline(line) is None


def test_a_kicker_glued_before_the_shouted_city_is_no_part_of_the_lead() -> None:
    found = match_dateline("Warga Minta Jalan Diperbaiki MEDAN,  Pemerintah kota menggelar pasar "
                           "murah di lima kelurahan pekan ini.")
    assert found == ("MEDAN", None, "Pemerintah kota menggelar pasar murah di lima kelurahan "
                                    "pekan ini.")
    # prose before the city (a lower-case word) is a sentence, not a kicker
    assert match_dateline("Warga di Jalan Baru MEDAN, Pemerintah kota menggelar pasar murah di "
                          "lima kelurahan pekan ini.") is None


def test_a_camel_case_brand_glued_to_its_dash_is_cut_and_claims_no_outlet() -> None:
    found = match_dateline("KabarLEMBAH-Dinas Perikanan menyalurkan 12 unit mesin tempel kepada "
                           "kelompok nelayan pekan ini.")
    assert found == (None, None, "Dinas Perikanan menyalurkan 12 unit mesin tempel kepada "
                                 "kelompok nelayan pekan ini.")
