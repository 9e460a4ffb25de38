"""The omission guard: pure checks, and the split retry in translate_paragraphs."""

import re
from pathlib import Path

import pytest

from translator import omission
from translator.config import Generation, ModelSpec, TranslationConfig
from translator.segment import split_sentences
from translator.translate import LOOP_RETRIED, OMISSION, OMISSION_RETRIED, translate_paragraphs

from .conftest import load_benchmark
from .fakes import IdentityBackend

# FLORES-101 dev: the real opus-mt-id-en dropped the first sentence.
SOURCE = ("Mari mulai dengan penjelasan tentang rencana Italia. Italia pada dasarnya adalah "
          "\"adik laki-laki\" dari Jerman dan Jepang.")
DROPPED = "Italians are basically German and Japanese brothers."
FULL = ("Let's start with an explanation about Italy's plans. Italy was mainly the \"little "
        "brother\" of Germany and Japan.")
SPM = Path(__file__).resolve().parents[2] / "shared" / "real-models" / "opus-mt-id-en"


def words(text: str) -> int:
    """A whitespace token count, like the base backend's."""
    return len(text.split()) + 1


def test_a_dropped_sentence_is_suspect_and_a_full_translation_is_not():
    assert omission.is_suspect(SOURCE, DROPPED, words)
    assert not omission.is_suspect(SOURCE, FULL, words)


@pytest.fixture(scope="module")
def real_count():
    """Token counts with the real opus-mt source.spm (as the backend counts: pieces + </s>)."""
    spm = pytest.importorskip("sentencepiece")
    if not (SPM / "source.spm").is_file():
        pytest.skip(f"real tokenizer not in {SPM}")
    sp = spm.SentencePieceProcessor(model_file=str(SPM / "source.spm"))
    return lambda text: len(sp.encode(text)) + 1


def test_with_the_real_source_tokenizer_too(real_count):
    count = real_count
    assert omission.is_suspect(SOURCE, DROPPED, count)
    assert not omission.is_suspect(SOURCE, FULL, count)


def test_coverage_scores_the_full_translation_higher():
    dropped = omission.coverage(SOURCE, DROPPED, words)
    full = omission.coverage(SOURCE, FULL, words)
    assert full.score > dropped.score
    assert dropped.sentences_lost == 1 and full.sentences_lost == 0
    assert "sentence" in dropped.describe()


def test_short_sources_are_never_judged():
    short = "Harga beras naik lagi."
    assert words(short) < omission.MIN_SOURCE_TOKENS
    assert not omission.is_suspect(short, "", words)


@pytest.mark.parametrize("source, output, lost", [
    ("Harga naik 5 persen di Surabaya.", "Prices rose 5 percent in Surabaya.", []),
    ("Harga naik 5 persen di Surabaya.", "Prices rose.", ["5", "Surabaya"]),
    ("Ia berkata \"kami siap\" kemarin.", "He said yesterday.", ["quotation"]),
    ("Ia berkata \"kami siap\" kemarin.", "He said \"we are ready\" yesterday.", []),
])
def test_lost_content(source, output, lost):
    assert omission.lost_content(source, output) == lost


@pytest.mark.parametrize("source, output, lost", [
    # Loanwords come back as their English cognates, whatever the spelling change.
    ("Teknologi mengubah kondisi politik kota.", "Technology changes the city's political "
     "condition.", []),
    ("Teknologi mengubah kondisi politik kota.", "Technology changes the city's politics.",
     ["kondisi"]),
    ("Paket itu dikirim ke lokasi baru.", "The package was sent to a new location.", []),
])
def test_lost_content_checks_loanword_cognates(source, output, lost):
    assert omission.lost_content(source, output) == lost


def test_native_words_with_loanword_endings_are_no_anchors():
    # menarik, diisi, berlaku: verb prefixes; kursi, naik: too short or no such ending.
    assert omission.loanwords("Ia menarik kursi yang diisi air, lalu naik; aturan berlaku.") == []
    assert omission.loanwords("Informasi teknologi dan aktivitas politik.") == [
        "informasi", "teknologi", "aktivitas", "politik"]


@pytest.mark.parametrize("output, restarted", [
    ("Your passport is valid for 6 months. as evidence of your visit.", True),
    ("Cubans with U.S. green cards visit the consulate. Then they wait.", False),
    ("The protest began at 11:00 a.m. local time on the street.", False),
    ("He met Dr. smith and Mr. jones there.", False),
])
def test_an_output_sentence_resuming_in_lowercase_is_a_restart(output, restarted):
    source = "Paspor Anda harus masih berlaku 6 bulan. Anda perlu tiket pulang."
    assert omission.coverage(source, output, words).restarted is restarted


def test_a_source_that_itself_resumes_in_lowercase_is_no_evidence():
    source = "Harga naik dll. dan warga antre panjang di pasar."
    assert not omission.coverage(source, "Prices rose etc. and people queued.", words).restarted


@pytest.mark.parametrize("ratio, restarted, lost, marks, sentences, suspect", [
    (0.70, True, ("kondisi",), 0, 0, True),  # between the weak and the evidence ratio
    (0.70, True, (), 0, 0, False),  # a lowercase restart alone: the model's style, no loss
    (0.70, False, ("kondisi",), 0, 0, False),  # a lost anchor alone: likely translated
    (0.70, False, (), 1, 1, True),  # the question went with its sentence
    (0.70, False, (), 1, 0, False),  # questions merged into one sentence
    (0.80, True, ("kondisi",), 1, 1, False),  # long enough whatever the evidence
    (0.60, False, (), 0, 1, True),  # the length rule as before
])
def test_evidence_of_a_cut_lowers_the_bar(ratio, restarted, lost, marks, sentences, suspect):
    assert omission.WEAK_RATIO < 0.70 < omission.EVIDENCE_RATIO < 0.80
    cov = omission.Coverage(ratio=ratio, sentences_lost=sentences, lost=lost,
                            restarted=restarted, marks_lost=marks)
    assert cov.suspect is suspect
    if restarted and suspect:
        assert "mid-sentence" in cov.describe()


# FLORES-101 dev lines the length rule alone missed: the real output, the human reference.
FLORES = [
    ("Nitrogen sebagai gas masih memiliki sifat yang sama dengan nitrogen cair. Kondisi cairnya "
     "lebih padat, tetapi molekulnya masih sama.",
     "Nitrogen as gas still has the same properties as liquid nitrogen. but the molecules are "
     "still the same.",
     "Nitrogen as a gas still has the same properties as liquid nitrogen. The liquid state is "
     "denser but the molecules are still the same."),
    ("Bagaimana gravitasi Io menarik saya? Jika Anda berdiri di permukaan Io, Anda akan berbobot "
     "lebih ringan dibanding saat berada di Bumi.",
     "If you stand on the surface of Io, you'll weigh lighter than when you're on Earth.",
     "How would Io's gravity pull on me? If you stood on the surface of Io, you would weigh less "
     "than you do on Earth."),
]


@pytest.mark.parametrize("source, output, ref", FLORES)
def test_real_outputs_that_lost_a_sentence_start_or_a_question(source, output, ref, real_count):
    count = real_count

    cov = omission.coverage(source, output, count)
    assert not cov.ratio < omission.WEAK_RATIO  # length alone does not see these
    assert omission.is_suspect(source, output, count)
    assert not omission.is_suspect(source, ref, count)


# FLORES-101 dev: a bracketed aside dropped (by opus-mt and microsoft alike), and a first
# sentence dropped with its number (nllb), against a merge that keeps the number (opus-mt).
VPN = ("Penyedia VPN (jaringan pribadi virtual ) pribadi adalah cara yang baik untuk menembus "
       "sensor politik dan penyaringan lokasi IP komersial.")
VPN_REF = ("Personal VPN (virtual private network) providers are an excellent way of "
           "circumventing both political censorship and commercial IP-geofiltering.")
AGENTS = ("Agen perjalanan sudah ada sejak abad ke-19. Agen perjalanan biasanya merupakan "
          "pilihan yang baik untuk perjalanan yang melampaui pengalaman pelancong sebelumnya "
          "tentang alam, budaya, bahasa, atau negara berpenghasilan rendah.")
AGENTS_DROPPED = ("Travel agents are usually a good choice for travel that goes beyond the "
                  "traveler's previous experience of nature, culture, language, or low-income "
                  "countries.")
AGENTS_MERGED = ("Travel agencies have existed since the 19th century, travel agents are usually "
                 "a good choice for travel that transcended previous travel experiences of "
                 "nature, culture, language, or low-income countries.")


@pytest.mark.parametrize("output", [
    "Personal VPN providers are a good way to penetrate political sensors and filter commercial "
    "IP locations.",
])
def test_a_dropped_bracketed_aside_is_suspect(output, real_count):
    cov = omission.coverage(VPN, output, real_count)
    assert cov.aside_lost and not cov.ratio < omission.STRONG_RATIO
    assert omission.is_suspect(VPN, output, real_count)
    assert "aside" in cov.describe()
    assert not omission.is_suspect(VPN, VPN_REF, real_count)


@pytest.mark.parametrize("source, output, lost", [
    ("Penyedia VPN (jaringan pribadi virtual) itu murah.", "VPN providers are cheap.", True),
    # The aside came back in brackets, or was too short to carry content of its own.
    ("Penyedia VPN (jaringan pribadi virtual) itu murah.",
     "VPN (virtual private network) providers are cheap.", False),
    ("Kecepatan angin (165 km/jam) tercatat kemarin.", "Wind speed was recorded.", False),
    ("Harga naik tajam kemarin.", "Prices rose.", False),
])
def test_drops_aside_needs_a_long_aside_gone_with_its_brackets(source, output, lost):
    assert omission.drops_aside(source, output) is lost


@pytest.mark.parametrize("ratio, aside, suspect", [
    (0.70, True, True),  # short enough for the lost aside to be content
    (0.70, False, False),
    (0.76, True, False),  # as long as a translation that kept the aside: no evidence of a loss
])
def test_a_lost_aside_counts_only_under_its_ratio(ratio, aside, suspect):
    assert omission.WEAK_RATIO < 0.70 < omission.ASIDE_RATIO < 0.76
    cov = omission.Coverage(ratio=ratio, sentences_lost=0, lost=(), aside_lost=aside)
    assert cov.suspect is suspect


def test_a_sentence_dropped_with_its_number_is_suspect(real_count):
    cov = omission.coverage(AGENTS, AGENTS_DROPPED, real_count)
    assert cov.numbers_lost and not cov.ratio < omission.EVIDENCE_RATIO  # long, yet a loss
    assert omission.is_suspect(AGENTS, AGENTS_DROPPED, real_count)
    assert "numbers" in cov.describe()
    # Two sentences merged into one that keeps the number: no loss.
    assert not omission.coverage(AGENTS, AGENTS_MERGED, real_count).numbers_lost
    assert not omission.is_suspect(AGENTS, AGENTS_MERGED, real_count)


@pytest.mark.parametrize("output, lost", [
    ("Prices rose sharply. The governor spoke on Monday.", True),  # 5 and 12 both gone
    ("Prices rose 5 percent. The governor spoke on Monday.", False),
    ("Prices rose by five percent on the 12th. The governor spoke.", False),
])
def test_drops_numbered_sentence_needs_every_number_of_a_sentence_gone(output, lost):
    source = "Harga naik 5 persen pada tanggal 12. Gubernur berbicara pada hari Senin."
    assert omission.drops_numbered_sentence(source, output) is lost


def test_numbers_lost_without_a_sentence_fewer_is_left_to_the_number_guard():
    cov = omission.Coverage(ratio=0.9, sentences_lost=0, lost=("5",), numbers_lost=True)
    assert not cov.suspect
    assert omission.Coverage(ratio=0.9, sentences_lost=1, lost=("5",), numbers_lost=True).suspect


@pytest.mark.parametrize("segment, pieces", [
    ("Satu dua tiga. Empat lima enam.", ["Satu dua tiga.", "Empat lima enam."]),
    ("Harga beras naik tajam, sehingga warga antre panjang.",
     ["Harga beras naik tajam,", "sehingga warga antre panjang."]),
    ("Harga naik.", ["Harga naik."]),  # no boundary: the segment itself
])
def test_retry_pieces_cut_at_sentences_then_clauses(segment, pieces):
    assert omission.retry_pieces(segment, words) == pieces


CFG = TranslationConfig(spec=ModelSpec("identity"), batch_size=4,
                        generation=Generation(num_beams=4),
                        retry=Generation(num_beams=6, no_repeat_ngram_size=3))
LONG = ("Harga naik. Pemerintah provinsi mengumumkan kebijakan baru untuk menurunkan harga "
        "beras di seluruh kabupaten pada minggu depan.")


def first_sentence_only(text: str, gen: Generation) -> str:
    """Like the real model: of a two-sentence input only the first sentence comes back."""
    return split_sentences(text)[0]


def test_a_dropped_sentence_is_retried_split_with_the_retry_settings():
    backend = IdentityBackend(first_sentence_only, batch_size=4)
    paras = translate_paragraphs(backend, [(LONG, [LONG])], CFG)
    assert paras[0].text == LONG  # each sentence translated alone comes back whole
    retry_batch, retry_gen = backend.batches[-1]
    assert sorted(retry_batch) == sorted(split_sentences(LONG))
    assert retry_gen.no_repeat_ngram_size == 3 and retry_gen.num_beams == 6
    assert [f.code for f in paras[0].flags] == [OMISSION_RETRIED]


def test_a_dropped_aside_is_retried_and_the_complete_retry_kept():
    # Under the base settings the aside goes (as the real model drops "(jaringan pribadi
    # virtual)"); the retry, cut at a clause boundary, keeps it.
    segment = ("Penyedia layanan VPN (jaringan pribadi virtual yang aman) adalah cara yang baik, "
               "dan murah, untuk menembus sensor politik di banyak negara.")
    def fake(text: str, gen: Generation) -> str:
        return text if gen.no_repeat_ngram_size else re.sub(r" \([^()]*\)", "", text)
    backend = IdentityBackend(fake, batch_size=4)
    paras = translate_paragraphs(backend, [(segment, [segment])], CFG)
    assert paras[0].text == segment
    assert [f.code for f in paras[0].flags] == [OMISSION_RETRIED]


def test_a_retry_that_still_omits_keeps_the_better_output_and_flags_it():
    # Every call returns its input's first three words: the retry covers more but not enough.
    backend = IdentityBackend(lambda t, g: " ".join(t.split()[:3]), batch_size=4)
    paras = translate_paragraphs(backend, [(LONG, [LONG])], CFG)
    assert paras[0].text == "Harga naik. Pemerintah provinsi mengumumkan"
    assert [f.code for f in paras[0].flags] == [OMISSION]


def test_a_complete_translation_is_not_retried():
    backend = IdentityBackend(batch_size=4)
    paras = translate_paragraphs(backend, [(LONG, [LONG])], CFG)
    assert len(backend.batches) == 1 and paras[0].flags == ()


def test_a_segment_the_loop_guard_retried_is_not_retried_again():
    # Loops under the base settings; the loop retry gives a short output, which stays as it is.
    backend = IdentityBackend(lambda t, g: "fine" if g.no_repeat_ngram_size else "la " * 9,
                              batch_size=4)
    paras = translate_paragraphs(backend, [(LONG, [LONG])], CFG)
    assert [f.code for f in paras[0].flags] == [LOOP_RETRIED]
    assert len(backend.batches) == 2  # the first try and the loop retry only


def test_a_retry_that_loops_is_not_kept():
    # The first output drops a sentence; every piece of the retry loops.
    def fake(text: str, gen: Generation) -> str:
        return "go home go home go home go home" if gen.no_repeat_ngram_size else "Harga naik."
    backend = IdentityBackend(fake, batch_size=4)
    paras = translate_paragraphs(backend, [(LONG, [LONG])], CFG)
    assert paras[0].text == "Harga naik."
    assert [f.code for f in paras[0].flags] == [OMISSION]


# --- benchmarks/guards.py: its oracles and its closing line ----------------------------------

@pytest.fixture(scope="module")
def bench():
    """benchmarks/guards.py loaded as a module."""
    return load_benchmark("guards")


@pytest.mark.parametrize("source, output, ref, lost", [
    ("Naik menjadi 2.243 orang.", "Up to 2,233 people.", "Up to 2,243 people.", ["2.243"]),
    ("Naik menjadi 2.243 orang.", "Up to 2,243 people.", "Up to 2,243 people.", []),
    # The reference converted the unit: it does not confirm the 16,1 (an oracle limit).
    ("Hujan 16,1 cm.", "Rain of 6.1 cm.", "Rain of 6.34 inches.", []),
    ("Sewa 9.000 tahun.", "A nine thousand-year lease.", "A 9,000 year lease.", []),
])
def test_number_oracle(bench, source, output, ref, lost):
    assert bench.numbers_lost(source, output, ref) == lost


def test_content_oracle_reads_number_words_as_numerals(bench):
    # "About 10 minutes" against the reference's "About ten minutes" kept that content.
    assert bench._stems("about ten minutes") == bench._stems("about 10 minutes")
    assert "the" not in bench._stems("the one")  # stop words stay out, "one" included


def test_content_oracle_needs_both_translations_to_lose_the_content(bench):
    out = "The sun doesn't have a crust like the Earth that you can stand on."
    ref = ("The Sun doesn't have a crust like the Earth that you can stand on. The whole Sun "
           "is made out of gases, fire, and plasma.")
    other = ("The Sun has no crust like Earth's to stand on. All of the Sun is made of gas, "
             "fire and plasma.")
    assert bench.content_lost_twice(out, ref, other, words)
    assert not bench.content_lost_twice(out, ref, out, words)  # the second kept no more


def test_content_oracle_sees_a_dropped_sentence_not_a_paraphrase(bench):
    ref = ("The Sun doesn't have a crust like the Earth that you can stand on. The whole Sun "
           "is made out of gases, fire, and plasma.")
    assert bench.content_lost("The sun doesn't have a crust like the Earth that you can stand "
                              "on.", ref, words)
    assert not bench.content_lost("The sun has no crust such as the Earth's for you to stand "
                                  "on; all of it is gas, fire and plasma.", ref, words)


def test_the_script_ends_with_the_summary_line(bench, tmp_path, capsys):
    src, out = "Harga naik 5 persen. Warga antre.", "Prices rose 5 percent. People queued."
    for split in ("dev", "test"):
        (tmp_path / f"flores-{split}.id").write_text(src + "\n", encoding="utf-8")
        (tmp_path / f"flores-{split}.en").write_text(out + "\n", encoding="utf-8")
        for system in bench.SYSTEMS:
            (tmp_path / f"flores-{split}.{system}.en").write_text(out + "\n", encoding="utf-8")
    assert bench.main(["--data", str(tmp_path), "--split", "test"]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith("num_p=n/a num_r=n/a omit_p=n/a omit_r=n/a name_p=")
    assert re.search(r" name_r=\S+ ref_flag_rate=\d\.\d{3}$", last)


def test_the_second_translation_of_google_is_microsoft(bench):
    assert bench.second_reference("opusmt") == "google"
    assert bench.second_reference("google") == "microsoft"


def test_the_closing_line_counts_a_loss_only_when_both_translations_keep_the_content(
        bench, tmp_path, capsys):
    # Line 1 drops its second sentence (the reference and google keep it): a loss. Line 2 is a
    # complete translation that the reference words differently and google words like it: a
    # loss for the old reference-only oracle alone, which the diagnostic line still shows.
    src = ["Matahari tidak memiliki kerak seperti Bumi yang bisa Anda injak. Seluruh Matahari "
           "terbuat dari gas, api, dan plasma.", "Tidak semua mendukung petinju perempuan."]
    ref = ["The Sun doesn't have a crust like the Earth that you can stand on. The whole Sun "
           "is made out of gases, fire, and plasma.",
           "Not all were supportive of the inclusion of the women's ranks in the games."]
    out = ["The sun doesn't have a crust like the Earth that you can stand on.",
           "Not everyone supports female boxers."]
    google = ["The Sun has no crust like Earth's to stand on. All of the Sun is made of gas, "
              "fire and plasma.", out[1]]
    files = {"id": src, "en": ref, "google.en": google}
    for split in ("dev", "test"):
        for system in bench.SYSTEMS:
            files.setdefault(f"{system}.en", out)
        for ext, lines in files.items():
            (tmp_path / f"flores-{split}.{ext}").write_text("\n".join(lines) + "\n",
                                                             encoding="utf-8")
    assert bench.main(["--data", str(tmp_path), "--split", "dev"]) == 0
    printed = capsys.readouterr().out
    assert " omit_p=1.000 omit_r=1.000 " in printed.strip().splitlines()[-1]
    old = next(line for line in printed.splitlines() if "old oracle" in line)
    assert "opusmt flagged 1, oracle 2, precision 1.000, recall 0.500" in old
