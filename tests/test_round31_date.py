"""Round 31, DATE: the rules that were meant to catch a family, widened by it (own lines)."""

from translator.dateline_guard import common_phrase, furniture_place
from translator.dateline_names import _without_chrome
from translator.datelines import bare_dateline, match_dateline
from translator.dates import split_dated


def test_wire_name_in_brackets_after_an_english_dated_dateline():
    # "PLACE, Mon D, YYYY – (Wire) – Lead": the wire's name between two dashes goes with the date
    line = ("SURABAYA, Feb 3, 2026 - (Media OutReach) - Sebuah perusahaan logistik membuka "
            "gudang baru di kawasan industri.")
    assert split_dated(line) == ("SURABAYA — Sebuah perusahaan logistik membuka gudang baru di "
                                 "kawasan industri.", "2026-02-03")
    assert match_dateline(line)[:2] == ("SURABAYA", None)
    assert match_dateline(line)[2].startswith("Sebuah perusahaan")


def test_office_running_on_past_the_logo_is_no_glued_place():
    # the logo "Polda Sulawesi" over "Polda Sulawesi Tengah — ": the issuing office, no place
    line = ("Polda Sulawesi Tengah — Satlantas Polres Palu menggelar operasi keselamatan di "
            "jalan utama kota.")
    assert match_dateline(line, ("Polda Sulawesi",))[0] is None


def test_newsroom_of_a_province_is_the_outlet_not_a_place():
    # "Jateng Newsroom – ": a menu word then a media noun is an outlet's name, nothing stripped
    assert _without_chrome("Jatim Newsroom") == "Jatim Newsroom"
    assert _without_chrome("Berita Jakarta") == "Jakarta"  # a label on a place still goes
    found = match_dateline("Jateng Newsroom – Pemerintah Provinsi Jawa Tengah menggelar rapat "
                           "koordinasi penanganan banjir.")
    assert found is not None and found[0] is None and found[1] == "Jateng Newsroom"
    assert furniture_place("Sulsel Post")


def test_capitals_banner_of_common_words_is_no_dateline():
    for banner in ("PELAYANAN KESEHATAN GRATIS", "Perencanaan Anggaran Daerah",
                   "DARI DESA UNTUK NEGERI"):
        assert common_phrase(banner)
        assert bare_dateline(banner) is None
    for place in ("KEBAYORAN LAMA", "TANJUNG SELOR", "PEMATANG SIANTAR", "KUALA KENCANA"):
        assert not common_phrase(place)
        assert bare_dateline(place) == (place, None)
