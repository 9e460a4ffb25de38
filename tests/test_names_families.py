"""The name guard's false-alarm families found on held-out human references (NTREX-128,
TICO-19) and a miss family of FLORES dev: each a shape, tested on made-up lines of that shape."""

from __future__ import annotations

import pytest

from translator.name_spelling import misspelt
from translator.names import name_changes


@pytest.mark.parametrize("source, output", [
    # A Latin ending Indonesian keeps and English swaps or drops.
    ("Kisah itu berasal dari zaman Pontius Pilatus di Yudea.",
     "The story dates from the time of Pontius Pilate in Judea."),
    ("Surat itu ditulis oleh Rasul Paulus kepada jemaat.",
     "The letter was written by the Apostle Paul to the church."),
    # English adds an h the unified letters hide (ph is read as f).
    ("Mereka menemukan kelelawar Rhinolopus di gua itu.", "They found Rhinolophus bats there."),
    # A sentence end glued to a number ("Bioeasy.80%"): two words, not one name.
    ("Alat itu dibuat oleh Shenzhen Bioeasy.80% alat uji itu rusak.",
     "The kits were made by Shenzhen Bioeasy.80% of the kits were broken."),
    # A hyphenated name English writes as one word.
    ("Kami membatalkan acara seperti Edit-a-thon minggu ini.",
     "We cancelled events such as editathons this week."),
    # An acronym's expansion in the source is kept by the acronym.
    ("Studi itu mengukur Disability-adjusted Life Year (DALY) di sana.",
     "The study measured DALYs there."),
    # A language English names by its country; a lowercase word spelt a little like a name
    # is a word, not the name altered (an altered name keeps its capital).
    ("Kalender itu ditulis dalam bahasa Mandarin kuno.",
     "The calendar was written in ancient Chinese."),
    ("Dia menulis di Twitter pada hari Senin.", "He tweeted about it on Monday."),
    # Time zones a translator drops with the time's aside, Indonesian words in capitals.
    ("Kerusuhan pecah pukul 09:30 BST (GMT+0100) di penjara itu.",
     "Disorder broke out at 09:30 BST at the prison."),
    ("Pada saat mereka mengatakan, OKE, ini bencana, kami bisa menerima bantuan.",
     "Once they say, OK, this is a disaster, we can accept help."),
    ("Pompa itu pas di dalam BH menyusui.", "The pump fits inside a nursing bra."),
])
def test_a_family_of_correct_translations_is_not_flagged(source, output):
    assert name_changes(source, output) == []


@pytest.mark.parametrize("source, output, lost", [
    # The same shapes with the name really lost or altered are still reported.
    ("Schumacher akan menggantikan Felipe Massa yang cedera.",
     "Schumacher will replace the injured Felipe Mass.", ["Massa"]),
    ("Studi itu mengukur Disability-adjusted Life Year (DALY) di sana.",
     "The study measured it there.", ["DALY"]),
    ("Mereka menemukan kelelawar Rhinolopus di gua itu.", "They found Rhinolaphus bats there.",
     ["Rhinolopus"]),
])
def test_the_same_shapes_still_report_a_lost_name(source, output, lost):
    assert [w for w in name_changes(source, output) if w in lost] == lost


def test_a_latin_ending_swapped_is_no_misspelling_but_a_letter_dropped_is():
    assert not misspelt("Pilatus", "Pilate")
    assert not misspelt("Paulus", "Paul")
    assert misspelt("Massa", "Mass")


SOURCE = ("Hotel di ujung pantai menawarkan sarapan dan makan malam untuk semua tamu. "
          "Pulau Kenawa dan Gili Lawang hanya menawarkan tenda.")


def test_names_lost_with_a_sentence_start_the_output_resumes_after_are_reported():
    # Long enough that the clause-dropped length rule does not see it: the lowercase restart
    # shows the model dropped the start of the sentence, names and all.
    cut = ("The hotel at the end of the beach offers breakfast and dinner for all guests. "
           "and only offers tents for camping.")
    assert len(cut) > 0.65 * len(SOURCE)
    assert name_changes(SOURCE, cut) == ["Kenawa", "Gili", "Lawang"]
    full = ("The hotel at the end of the beach offers breakfast and dinner for all guests. "
            "Kenawa Island and Gili Lawang only offer tents.")
    assert name_changes(SOURCE, full) == []
