"""The name guard (translator/names.py): proper names of the source that the translation
lost or altered, exonyms allowed, and a user's glossary checked end to end."""

from __future__ import annotations

import json

import pytest

from translator.names import name_changes, source_names

from .conftest import SAMPLE


@pytest.mark.parametrize("source, output, lost", [
    # Real opus-mt-id-en errors on FLORES-101.
    ("Pemimpinnya adalah Dr. Malar Balasubramanian dari rumah sakit itu.",
     "The leader is Dr. Malar Rekabramanian of the hospital.", ["Balasubramanian"]),
    ("Pilot tersebut diidentifikasi sebagai Pemimpin Skuadron Dilokrit Pattavee.",
     "The pilot was identified as the Squadron Leader of the Pattavee Diplocrit.", ["Dilokrit"]),
    ("Ia berangkat ke Antarktika Pedalaman bulan lalu.",
     "He left for The Deepest Interface last month.", ["Antarktika"]),
    ("Banjir melanda Jakarta Pusat dan Jawa Timur.", "Floods hit Central Jakarta and Java.",
     ["Jawa Timur"]),
])
def test_a_lost_or_altered_name_is_reported(source, output, lost):
    assert name_changes(source, output) == lost


@pytest.mark.parametrize("source, output", [
    ("Banjir melanda Jakarta Pusat dan Jawa Timur.", "Floods hit Central Jakarta and East Java."),
    ("Kapal itu berlayar di Laut Cina Selatan dekat Papua Barat.",
     "The ship sailed in the South China Sea near West Papua."),
    ("Menteri Luar Negeri AS bertemu Presiden Rusia pada hari Senin.",
     "The US Foreign Minister met the Russian President on Monday."),
    ("Warga Kanada itu tinggal di Kopenhagen dan Bukares.",
     "The Canadian lives in Copenhagen and Bucharest."),  # usual transliterations
    ("Sekarang Jepang menjadi mitra Amerika Serikat.",
     "Now Japan is a partner of the United States."),  # sentence-start word is not a name
])
def test_exonyms_transliterations_and_common_words_pass(source, output):
    assert name_changes(source, output) == []


def test_names_are_capitalised_runs_acronyms_and_words_after_titles():
    text = ("Presiden Joko Widodo tiba di Kota Batu. KPK memeriksa Gubernur Anies. "
            "Menurut polisi, Jl. Thamrin ditutup.")
    assert source_names(text) == ["Joko Widodo", "Kota Batu", "KPK", "Gubernur Anies",
                                  "Jl. Thamrin"]


def test_glossary_terms_are_checked_and_their_miss_is_named():
    glossary = {"Tanah Abang": "keep", "Kota Batu": "Batu City", "Bogor": "keep"}
    src = "Pasar Tanah Abang dan Kota Batu ramai."
    assert name_changes(src, "The Land of Abang market and the City of Stone are busy.",
                        glossary) == ["glossary: Tanah Abang -> keep",
                                      "glossary: Kota Batu -> Batu City"]
    assert name_changes(src, "Tanah Abang market and Batu City are busy.",
                        glossary) == []  # Bogor is not in the source: not checked


def test_a_glossary_term_the_tiny_model_mangles_is_flagged_in_json(brief, tiny_model_dirs,
                                                                   tmp_path):
    glossary = tmp_path / "glossary.tsv"
    # The tiny model echoes sample words ("Lavrov"), never this English form.
    glossary.write_text("# term\tEnglish\nLavrov\tSergey Viktorovich Lavrov\n",
                        encoding="utf-8")
    r = brief("--format", "json", "--no-store", "--glossary", str(glossary),
              "--translation-model", str(tiny_model_dirs.marian),
              "--summary-model", str(tiny_model_dirs.bart), str(SAMPLE))
    assert r.code == 0, r.err
    details = [f["detail"] for p in json.loads(r.out)["paragraphs"] for f in p["flags"]
               if f["code"] == "name_changed"]
    assert any("glossary: Lavrov -> Sergey Viktorovich Lavrov" in d for d in details)


def test_a_bad_glossary_file_is_one_error_line_and_exit_2(brief, tmp_path):
    bad = tmp_path / "glossary.tsv"
    bad.write_text("Tanah Abang\n", encoding="utf-8")
    r = brief("--no-store", "--glossary", str(bad), str(SAMPLE))
    assert r.code == 2
    assert r.err.strip().splitlines() == [
        f"brief: error: glossary {bad}: line 1: expected `source term<TAB>English term` "
        "(or `keep`), found 1 tab-separated field(s)"]


def test_a_glossary_term_counts_only_as_whole_words():
    glossary = {"Batu": "keep"}
    assert name_changes("Batuan itu keras.", "The rock is hard.", glossary) == []
    assert name_changes("Ia tinggal di Kota Batu.", "He lives in Batuville.", glossary) == [
        "glossary: Batu -> keep"]
