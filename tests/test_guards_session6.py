"""The name guard's sixth-session families (issue 10), on sentences written for these tests."""

from __future__ import annotations

import pytest

from translator.name_lexicon import Lexicon
from translator.names import name_changes


def _english(*words: str):  # noqa: ANN202  (a fake of target.spm's whole words)
    return lambda w: w in words


# English's own spelling of a word beside a kept name: a first name, a title or a country
# (Yohanes Kepler: Johannes Kepler, Marsekal Italo: Marshal Italo, Grand Prix Hongaria: Grand
# Prix Hungary) is no misspelling when English knows the word whole and it is spelt like it.
ENGLISH_BESIDE = [
    ("Menurut catatan, Yohanes Kepler tinggal di Praha.",
     "According to records, Johannes Kepler lived in Prague.", "Johannes"),
    ("Menurut catatan, Kristoforus Kolumbus tinggal di Genoa.",
     "According to records, Christopher Columbus lived in Genoa.", "Christopher"),
    ("Tim itu menang di Grand Prix Bolgaria tahun lalu dengan mudah.",
     "The team won the Grand Prix Bulgaria last year with ease.", "Bulgaria"),
]


@pytest.mark.parametrize(("source", "output", "word"), ENGLISH_BESIDE)
def test_english_spelling_beside_a_kept_name_is_no_misspelling(source, output, word):
    assert name_changes(source, output, None, None, Lexicon(), _english(word)) == []
    # Without the English vocabulary it is still read as the name misspelt.
    assert name_changes(source, output, None, None, Lexicon(), None) != []


@pytest.mark.parametrize(("source", "output", "word", "lost"), [
    # The name cut short is still a misspelling, English word or not (Massa: Mass).
    ("Pembalap Felipe Massa finis di urutan ketiga pada balapan itu.",
     "Driver Felipe Mass finished third in the race.", "Mass", ["Massa"]),
    # An English word only somewhat like the name is another word in its place.
    ("Tim itu menang di Grand Prix Bolgaria tahun lalu dengan mudah.",
     "The team won the Grand Prix Bologna last year with ease.", "Bologna", ["Bolgaria"]),
    # A misspelling English does not know whole is still flagged.
    ("Tim itu menang di Grand Prix Bolgaria tahun lalu dengan mudah.",
     "The team won the Grand Prix Bulgarian last year with ease.", "", ["Bolgaria"]),
])
def test_a_name_misspelt_beside_its_kept_half_is_still_flagged(source, output, word, lost):
    assert name_changes(source, output, None, None, Lexicon(), _english(word)) == lost


# A Latin t before i and a vowel, which English keeps and Indonesian writes as s (Croatia:
# Kroasia, Dalmatia: Dalmasia, Ignatius: Ignasius, Domitian: Domisianus).
@pytest.mark.parametrize(("source", "output"), [
    ("Santo Ignasius mendirikan ordo itu di Roma.", "Saint Ignatius founded the order in Rome."),
    ("Pantai Dalmasia dikenal karena airnya yang jernih.",
     "The Dalmatian coast is known for its clear water."),
    ("Kaisar Domisianus memerintah dengan keras.", "Emperor Domitian ruled harshly."),
    ("Pelabuhan Horasio dibangun oleh para pedagang.", "Horatio's harbour was built by traders."),
])
def test_latin_ti_written_si_is_the_same_name(source, output):
    assert name_changes(source, output, None, None, Lexicon(), None) == []


def test_a_letter_changed_beyond_the_ti_rule_is_still_altered():
    assert name_changes("Pantai Dalmasia dikenal karena airnya yang jernih.",
                        "The Dalmanian coast is known for its clear water.",
                        None, None, Lexicon(), None) == ["Dalmasia"]


# An acronym kept under a lowercase prefix of one or two letters is kept: a kind of it, as
# biology and technology write it (ACE2: hACE2, RNA: mRNA, VTOL: eVTOL).
@pytest.mark.parametrize(("source", "output", "lost"), [
    ("Vaksin itu memakai RNA duta untuk melatih tubuh.",
     "The vaccine uses mRNA to train the body.", []),
    ("Pesawat VTOL listrik itu diuji di Bandung.",
     "The electric eVTOL aircraft was tested in Bandung.", []),
    ("Vaksin itu memakai RNA duta untuk melatih tubuh.",
     "The vaccine uses DNA to train the body.", ["RNA"]),
    ("Vaksin itu memakai RNA duta untuk melatih tubuh.",
     "The vaccine uses aRNAb to train the body.", ["RNA"]),
])
def test_an_acronym_under_a_lowercase_prefix_is_kept(source, output, lost):
    assert name_changes(source, output, None, None, Lexicon(), None) == lost
