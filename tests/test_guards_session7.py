"""The name and omission guards' seventh-session families (issue 10), on sentences written for
these tests."""

from __future__ import annotations

import pytest

from translator import omission
from translator.name_lexicon import Lexicon
from translator.name_spelling import fold, present
from translator.names import name_changes


# Indonesian -is for English -ist and its kin: the stem before -is opens an English word of the
# family (Kolonis: Colonist, Colonial, Colonialists, Colonic; Aktivis: activists).
@pytest.mark.parametrize(("source", "output"), [
    ("Pasukan itu menyerang benteng para Kolonis di tepi sungai.",
     "The troops attacked the fort of the Colonialists on the river bank."),
    ("Pasukan itu menyerang benteng para Kolonis di tepi sungai.",
     "The troops attacked the Colonial fort on the river bank."),
    ("Para Aktivis berkumpul di depan gedung parlemen sejak pagi.",
     "The Activists gathered in front of the parliament building since morning."),
    ("Gerakan para Nasionalis menguat setelah perang berakhir.",
     "The Nationalist movement grew stronger after the war ended."),
])
def test_indonesian_is_comes_back_as_its_english_kin(source, output):
    assert name_changes(source, output, None, None, Lexicon(), None) == []


@pytest.mark.parametrize(("source", "output", "lost"), [
    # A name ending in -is keeps its s: a letter changed before it is still the name altered.
    ("Menurut pelatih Andreas Mavrakis, tim itu sudah siap bertanding.",
     "According to coach Andreas Mavrekis, the team is ready to compete.", ["Mavrakis"]),
    # The stem must be four letters or more: short -is names are not read as -ist words.
    ("Ia lahir di kota Tunis pada musim dingin.", "He was born in the city of Tunic in winter.",
     ["Tunis"]),
])
def test_names_ending_in_is_are_still_checked(source, output, lost):
    assert name_changes(source, output, None, None, Lexicon(), None) == lost


def test_is_kin_needs_an_english_ending_after_the_stem():
    assert present("Kolonis", fold("the colonists"))
    assert present("Kolonis", fold("a colonic position"))
    assert not present("Kolonis", fold("the colonelship"))


def _count(text: str) -> int:
    """A whitespace token count (the guard's ratios are relative, so any counter will do)."""
    return len(text.split()) + 1


# A long aside whose brackets are gone and one of whose own anchors (a loanword's cognate, a
# number) is gone too went whole, up to ASIDE_ANCHORS_RATIO of the usual length.
ASIDE_SOURCE = ("Layanan VPN (jaringan pribadi virtual) pribadi adalah cara yang baik untuk "
                "melewati sensor politik di banyak negara.")


def test_a_long_aside_lost_with_its_own_loanword_is_a_dropped_aside():
    output = "A personal VPN service is a good way to get around political censorship."
    assert omission.drops_anchored_aside(ASIDE_SOURCE, output)
    # The aside's words kept without brackets: its loanword comes back, nothing was lost.
    kept = ("A personal VPN service, a virtual private network, is a good way to get around "
            "political censorship in many countries.")
    assert not omission.drops_anchored_aside(ASIDE_SOURCE, kept)
    # Brackets kept: no aside lost.
    assert not omission.drops_anchored_aside(
        ASIDE_SOURCE, "A personal VPN (private network) is a good way around censorship.")


def test_an_aside_of_names_only_is_no_anchor():
    # Names in an aside are often translated ("(sentimen anti-Uni Eropa)": "anti-EU"), so they
    # are not the trace of a cut; nor is a short aside (the other rules see its number or name).
    source = ("Para politisi harus mendengar kaum skeptis (penentang Uni Eropa) yang makin "
              "banyak di negara itu.")
    assert not omission.drops_anchored_aside(
        source, "Politicians must listen to the growing anti-EU sceptics in that country.")
    short = "Angin bertiup dengan kecepatan 105 mil per jam (165 km/jam) menuju barat laut."
    assert not omission.drops_anchored_aside(short, "The wind blew at 105 mph to the northwest.")


@pytest.mark.parametrize(("ratio", "suspect"), [(0.70, True), (0.78, True), (0.82, False)])
def test_a_lost_aside_with_its_anchor_is_judged_up_to_its_own_ratio(ratio, suspect):
    cov = omission.Coverage(ratio=ratio, sentences_lost=0, lost=("virtual",), aside_lost=True,
                            aside_anchors_lost=True)
    assert cov.suspect is suspect
    # Without the anchor gone, the plain aside rule's lower limit holds.
    plain = omission.Coverage(ratio=ratio, sentences_lost=0, lost=(), aside_lost=True)
    assert plain.suspect is (ratio < omission.ASIDE_RATIO)
