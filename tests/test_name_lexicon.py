"""The name guard's learned lexicon (translator/name_lexicon.py), its English-word test, and
the CV helpers of benchmarks/guards_cv.py."""

from __future__ import annotations

import pytest

from tests.conftest import load_benchmark
from translator import names
from translator.name_acronyms import units
from translator.name_lexicon import MIN_COOCCUR, Lexicon, learn, module_text, parse, translated
from translator.name_spelling import fold, present
from translator.names import name_changes, source_names


def _pairs(source: str, english: str, times: int) -> list[tuple[str, str]]:
    return [(source, english)] * times


def test_word_written_lowercase_as_often_as_capitalised_is_ordinary() -> None:
    pairs = [("Kami ke Balairung itu kemarin.", "We went to the hall yesterday."),
             ("Di sana ada balairung baru.", "There is a new hall there.")]
    assert "balairung" in learn(pairs, source_names).ordinary


def test_word_only_ever_capitalised_is_no_ordinary_word() -> None:
    pairs = [("Kami bertemu Sutrisno kemarin.", "We met Sutrisno yesterday.")] * 3
    assert "sutrisno" not in learn(pairs, source_names).ordinary


def test_known_words_are_left_out_of_the_table() -> None:
    pairs = [("Di sana ada balairung baru.", "There is a new hall there.")]
    assert "balairung" not in learn(pairs, source_names, known=lambda w: w == "balairung").ordinary


@pytest.mark.parametrize(("times", "expected"), [(MIN_COOCCUR - 1, ()), (MIN_COOCCUR, ("hall",))])
def test_partner_needs_enough_lines_together(times: int, expected: tuple[str, ...]) -> None:
    pairs = _pairs("Kami ke Balairung Agung.", "We went to the Great Hall.", times)
    assert tuple(e for e in learn(pairs, source_names).partners.get("balairung", ())
                 if e == "hall") == expected


def test_a_source_word_copied_into_the_english_is_no_partner() -> None:
    pairs = _pairs("Felipe Massa menang.", "Felipe Massa won.", 4)
    assert "felipe" not in learn(pairs, source_names).partners.get("massa", ())


def test_translated_by_partner_or_by_lowercase_in_the_same_line() -> None:
    lex = Lexicon(partners={"balairung": ("hall",)}, same_line=True)
    assert translated("Balairung", "Ke Balairung.", {"the", "hall"}, lex)
    assert not translated("Balairung", "Ke Balairung.", {"the", "room"}, lex)
    assert translated("Bank", "Bank itu bank terbesar.", set(), lex)
    assert not translated("Bank", "Bank itu bank terbesar.", set(), Lexicon())


def test_table_text_round_trips() -> None:
    lex = Lexicon(frozenset({"balairung", "adaptif"}), {"selandia": ("zealand",),
                                                         "mahkamah": ("court", "supreme")}, True)
    space: dict[str, str] = {}
    exec(module_text(lex, "note\n"), space)  # noqa: S102  (the generated module's own text)
    assert parse(space["ORDINARY"], space["PARTNERS"]) == lex


# "Kastilo" and "Castle" are spelt alike (the altered-name test), yet Castle is English's word.
SOURCE = "Kami mengunjungi Kastilo Merah di sana kemarin sore."
OUTPUT = "We visited the Red Castle there yesterday afternoon."


def test_similar_output_word_is_an_altered_name_without_evidence() -> None:
    assert name_changes(SOURCE, OUTPUT, lexicon=Lexicon()) == ["Kastilo"]


def test_partner_in_the_output_makes_it_a_translation() -> None:
    lex = Lexicon(partners={"kastilo": ("castle",)})
    assert name_changes(SOURCE, OUTPUT, lexicon=lex) == []


def test_whole_english_word_is_no_altered_name() -> None:
    assert name_changes(SOURCE, OUTPUT, lexicon=Lexicon(),
                        is_english=lambda w: w == "Castle") == []


def test_mangled_name_is_still_flagged_with_the_english_test() -> None:
    out = "We visited the Red Kastiro there yesterday afternoon."
    assert name_changes(SOURCE, out, lexicon=Lexicon(),
                        is_english=lambda w: w == "Castle") == ["Kastilo"]


def test_cv_blocks_cover_every_line_once() -> None:
    cv = load_benchmark("guards_cv")
    got = [i for block in cv.blocks(10, 3) for i in block]
    assert got == list(range(10))


def test_cv_drops_entries_only_the_held_out_block_has_and_restores_them() -> None:
    cv = load_benchmark("guards_cv")
    held, rest = ["Ke Kamboja dan Hongaria."], ["Ke Hongaria saja."]
    before = dict(names.EXONYMS)
    with cv.lists_without(held, rest) as dropped:
        assert "Kamboja" not in names.EXONYMS and "Hongaria" in names.EXONYMS
        assert dropped >= 1
    assert before == names.EXONYMS


@pytest.mark.parametrize(("source", "expected"), [
    ("Batu itu dijual mulai dari USD 11.000 per ons.", {"USD"}),
    ("Kuil itu dihancurkan pada 21 Juli 356 SM oleh api.", {"SM"}),
    ("Virus itu memakai reseptor ACE2 di sel.", set()),  # a name with its digit, no unit
    ("Kantor KPK memeriksa dia kemarin.", set()),
])
def test_acronym_beside_a_numeral_is_a_unit(source: str, expected: set[str]) -> None:
    assert units(source) == expected


def test_unit_acronym_converted_is_not_flagged() -> None:
    source = "Tiket itu dijual seharga IDR 50.000 di stasiun kota kemarin."
    assert name_changes(source, "The tickets sold for Rp50,000 at the city station yesterday.",
                        lexicon=Lexicon()) == []


def test_name_moved_into_english_form_is_not_absent() -> None:
    source = "Piquet Jr. dipecat setelah Grand Prix Bolgaria 2009."
    output = "Piquet Jr. was sacked after the 2009 Bulgarian Grand Prix."
    assert name_changes(source, output, lexicon=Lexicon(),
                        is_english=lambda w: w == "Bulgarian") == []


def test_name_dropped_after_its_kept_half_is_still_flagged() -> None:
    source = "Piquet Jr. dipecat setelah Grand Prix Bolgaria 2009."
    output = "Piquet Jr. was sacked after the 2009 Grand Prix."
    assert name_changes(source, output, lexicon=Lexicon(),
                        is_english=lambda w: w == "Bulgarian") == ["Bolgaria"]


@pytest.mark.parametrize(("name", "output", "kept"), [
    ("Sansekerta", "written in Sanskrit.", True),  # the schwa Indonesian puts in a cluster
    ("Melayu", "among the Malays there", True),
    ("Kalousis", "Dr. Kalausis said", False),  # a vowel changed is still a name altered
    ("Sekolah", "the school", False),  # a letter changed: only letters added count
])
def test_schwa_and_final_vowel_indonesian_adds(name: str, output: str, kept: bool) -> None:
    assert present(name, fold(output)) is kept
