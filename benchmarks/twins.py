"""The twins of benchmarks/speed.py: setups, builds, the bench models.yaml, the English stand-in.

Real-config twins (../shared/real-models/ beside the checkout): random weights with the real
config.json, tokenizers and generation defaults of opus-mt-id-en and distilbart-cnn-12-6, so
token counts, special tokens, vocabulary sizes and the converter path are the real ones. Their
outputs are noise, so two things are fixed for every contender alike:

- output lengths: each segment gets ceil(1.04 x (its source pieces + </s>)) new tokens, the
  last one </s> (on FLORES the real opus-mt writes 27.7 target pieces per 26.6 source pieces);
  the summary gets SUMMARY_TOKENS;
- the English: once a segment is generated its text is replaced by real English of the same
  length in target.spm pieces (FLORES-101 dev English, from a place fixed by the segment), so
  the guards and the summariser see real English of the length the translation would have.

Without ../shared the made-up twins of tests/model_factory.py (shapes only) stand in, as before.
Only `build` imports torch; everything else here is torch-free (the launcher stays lean).
"""

from __future__ import annotations

import json
import math
import shutil
import statistics
import sys
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
SHARED = ROOT.parent / "shared"
REAL = SHARED / "real-models"
PARALLEL = SHARED / "parallel"
FLORES = PARALLEL / "flores101-id-en"
RATIO = 1.04  # real opus-mt target pieces per source piece on FLORES
SUMMARY_TOKENS = 80  # distilbart-cnn writes 56..142 (min_length..max_length); ~3 sentences


def have_real() -> bool:
    """True when the real model files and FLORES are beside the checkout."""
    return all((REAL / m / "config.json").is_file()
               for m in ("opus-mt-id-en", "distilbart-cnn-12-6")) and \
        (FLORES / "flores-dev.en").is_file()


@dataclass(frozen=True)
class Setup:
    """Which twins, and the fixed generation settings every contender uses."""

    name: str
    real: bool  # real-config twins; else made-up tokenizers (the fallback)
    marian: dict = field(default_factory=dict)  # shape overrides
    bart: dict = field(default_factory=dict)
    translation_tokens: int = 0  # 0: 1.04 x each segment's source; else this many (made-up)
    summary_tokens: int = SUMMARY_TOKENS


def setups() -> dict[str, Setup]:
    """The full and quick setups, real-config where ../shared has the files."""
    small = {"d_model": 64, "encoder_layers": 1, "decoder_layers": 1, "encoder_ffn_dim": 128,
             "decoder_ffn_dim": 128}
    if have_real():
        return {"full": Setup("full", True),
                "quick": Setup("quick", True, small, small, summary_tokens=12)}
    marian = {"d_model": 512, "encoder_layers": 6, "decoder_layers": 6, "heads": 8,
              "ffn_dim": 2048, "pad_vocab_to": 54_796}
    bart = {"d_model": 1024, "encoder_layers": 12, "decoder_layers": 6, "heads": 16,
            "ffn_dim": 4096, "pad_vocab_to": 50_264}
    return {"full": Setup("full", False, marian, bart, 48, 96),
            "quick": Setup("quick", False, {"d_model": 64, "ffn_dim": 128},
                           {"d_model": 64, "ffn_dim": 128}, 8, 12)}


def build(setup: Setup) -> tuple[Path, Path]:
    """The two twins under benchmarks/out/<name>/, built unless already there (imports torch)."""
    sys.path.insert(0, str(ROOT))
    from tests import model_factory as mf

    base = OUT / setup.name
    marker = base / "built.json"
    want = {"real": setup.real, "marian": setup.marian, "bart": setup.bart}
    marian, bart = base / "opus-mt-id-en-twin", base / "distilbart-cnn-12-6-twin"
    if marker.is_file() and json.loads(marker.read_text()) == want:
        return marian, bart
    shutil.rmtree(base, ignore_errors=True)
    t0 = time.perf_counter()
    if setup.real:
        mf.build_real_marian(marian, REAL / "opus-mt-id-en", **setup.marian)
        mf.build_real_bart(bart, REAL / "distilbart-cnn-12-6", **setup.bart)
    else:
        corpus = mf.corpus_lines(sorted((ROOT / "samples").glob("*.txt")))
        mf.build_marian(marian, corpus, **setup.marian, num_beams=6)
        mf.build_bart(bart, corpus, **setup.bart)
    marker.write_text(json.dumps(want))
    print(f"built the {setup.name} twins in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return marian, bart


def bench_config(setup: Setup, marian: Path, bart: Path, path: Path, *,
                 use_vmap: bool | None = None, summary_vmap: bool = False) -> Path:
    """The packaged models.yaml with the twins, fixed output lengths and (real twins) one
    segment per translation call, so each segment stops at its own length."""
    cfg = yaml.safe_load((ROOT / "translator" / "models.yaml").read_text(encoding="utf-8"))
    t, s = cfg["translation"], cfg["summarization"]
    t["model"], s["model"] = str(marian), str(bart)
    t["runtime"] = s["runtime"] = "auto"
    beams = t["generation"].get("num_beams", 4)
    if setup.real:
        # Random weights never write </s>: min above max makes every output max long, and
        # max = ceil(1.04 x input tokens); one segment a call, or a batch would run to its
        # longest (the real model's beam search drops finished segments from the batch).
        t["generation"] = {"num_beams": beams, "length_ratio": RATIO, "length_extra": 0,
                           "min_new_tokens": 10_000}
        t["batch_size"] = 1
    else:
        n = setup.translation_tokens
        t["generation"] = {"num_beams": beams, "min_new_tokens": n - 1, "max_new_tokens": n}
        # `<dummyN>` noise splits ~6 ways in BPE: the real window would map-reduce rounds the
        # real models never need on this article (the made-up twins' old hack).
        s["window_tokens"] = 1_000_000
    if use_vmap is not None:  # else the packaged default (on)
        t["use_vmap"] = use_vmap
    if summary_vmap:
        s["use_vmap"] = True
    n = setup.summary_tokens
    # min one below max: CTranslate2 spends no step on the forced </s>.
    s["lengths"]["medium"] = {"min_new_tokens": n - 1, "max_new_tokens": n}
    path.write_text(yaml.safe_dump(cfg, sort_keys=False), encoding="utf-8")
    return path


class EnglishStandIn:
    """Real English of the length the translation of a segment would have (see the module)."""

    def __init__(self, marian_dir: Path, english: Path = FLORES / "flores-dev.en",
                 source: Any = None, target: Any = None) -> None:
        # `source`/`target`: the contender's own loaded sentencepiece processors, so that
        # this scaffolding (which no real run has) costs the timed process no tokenizer load.
        import sentencepiece as spm

        self.source = source or spm.SentencePieceProcessor(
            model_file=str(marian_dir / "source.spm"))
        self.target = target or spm.SentencePieceProcessor(
            model_file=str(marian_dir / "target.spm"))
        self.words = english.read_text(encoding="utf-8").split()
        self._pieces: dict[str, int] = {}

    def source_pieces(self, segment: str) -> int:
        """The segment's source pieces, </s> not counted."""
        return len(self.source.encode(segment))

    def new_tokens(self, segment: str) -> int:
        """New tokens generated for the segment (the last one </s>)."""
        return math.ceil(RATIO * (self.source_pieces(segment) + 1))

    def english(self, segment: str) -> str:
        """English words from a place the segment fixes, new_tokens - 1 target pieces long."""
        want = self.new_tokens(segment) - 1
        i = zlib.crc32(segment.encode("utf-8")) % len(self.words)
        out: list[str] = []
        have = 0
        while have < want:
            word = self.words[i % len(self.words)]
            if word not in self._pieces:
                self._pieces[word] = len(self.target.encode(word))
            have += self._pieces[word]
            out.append(word)
            i += 1
        text = " ".join(out)
        return text[:1].upper() + text[1:] + ("" if text[-1:] in ".!?\"" else ".")


def install_stand_in(marian_dir: Path) -> None:
    """Make brief's CTranslate2 translator hand on stand-in English after generating."""
    from translator.backends import ctranslate2_backend as ct2
    from translator.backends.subwords import MarianSubwords
    from translator.result import Generated, score_of

    made: list[EnglishStandIn] = []  # on the first model call: a warm brief makes none
    run = ct2.CTranslate2Backend._run  # every model call, batches run in parallel included

    def _run(self, jobs, gen, longest=None):  # type: ignore[no-untyped-def]
        for (texts, _), out in zip(jobs, run(self, jobs, gen, longest), strict=True):
            if not isinstance(self.tokenizer, MarianSubwords):
                yield out
            else:
                if not made:
                    made.append(EnglishStandIn(marian_dir, source=self.tokenizer.source,
                                               target=self.tokenizer.target))
                yield [Generated(made[0].english(t), score_of(o))
                       for t, o in zip(texts, out, strict=True)]

    ct2.CTranslate2Backend._run = _run  # type: ignore[method-assign]


def article_stats(article_path: Path, marian_dir: Path, bart_dir: Path) -> dict:
    """Paragraphs, segments, source pieces (with </s>), the title's, and the stand-in English
    body's length in target pieces and BART tokens: what every contender works on."""
    sys.path.insert(0, str(ROOT))
    from tokenizers import Tokenizer

    from translator.clean import clean
    from translator.segment import segment_paragraphs

    stand = EnglishStandIn(marian_dir)
    article = clean(article_path.read_text(encoding="utf-8"))
    count = lambda text: stand.source_pieces(text) + 1  # noqa: E731 - as brief counts
    segs = segment_paragraphs(list(article.paragraphs), count, 200)
    flat = [s for p in segs for s in p]
    body = "\n".join(" ".join(stand.english(s) for s in p) for p in segs)
    bart = Tokenizer.from_file(str(bart_dir / "tokenizer.json"))
    return {"paragraphs": len(article.paragraphs), "segments": len(flat),
            "source_pieces": sum(map(count, flat)), "longest": max(map(count, flat)),
            "title_pieces": count(article.title) if article.title else 0,
            "english_pieces": sum(stand.new_tokens(s) - 1 for s in flat),
            "english_bart_tokens": len(bart.encode(body).ids)}


# --- the contenders' and the launcher's helpers --------------------------------------------

def baseline(spec: dict) -> dict:
    """(a): transformers float32, one generate call per segment, one for the summary."""
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    from translator.clean import clean
    from translator.segment import segment_paragraphs

    if spec.get("threads"):
        torch.set_num_threads(spec["threads"])

    def load(path):
        return (AutoTokenizer.from_pretrained(path),
                AutoModelForSeq2SeqLM.from_pretrained(path, dtype=torch.float32).eval())

    mtok, mmodel = load(spec["marian"])
    btok, bmodel = load(spec["bart"])
    stand = (EnglishStandIn(Path(spec["marian"]), source=mtok.spm_source,
                            target=mtok.spm_target) if spec["real"] else None)
    article = clean(Path(spec["article"]).read_text(encoding="utf-8"))
    texts = ([article.title] if article.title else []) + list(article.paragraphs)
    count = lambda text: len(mtok(text)["input_ids"])  # noqa: E731
    beams, english, segment_count = spec["beams"], [], 0
    with torch.inference_mode():
        for segments in segment_paragraphs(texts, count, 200):
            segment_count += len(segments)
            outs = []
            for seg in segments:
                n = stand.new_tokens(seg) if stand else spec["translation_tokens"]
                out = mmodel.generate(**mtok([seg], return_tensors="pt"), num_beams=beams,
                                      min_new_tokens=n, max_new_tokens=n)
                outs.append(stand.english(seg) if stand else mtok.decode(
                    out[0], skip_special_tokens=True))
            english.append(" ".join(outs))
        body = "\n".join(english[1:] if article.title else english)
        enc = btok(body, return_tensors="pt", truncation=True, max_length=1024)
        s = spec["summary_tokens"]
        out = bmodel.generate(**enc, num_beams=beams, min_new_tokens=s, max_new_tokens=s,
                              no_repeat_ngram_size=3, length_penalty=2.0)
    return {"segments": segment_count, "summary_input": int(enc["input_ids"].shape[1]),
            "summary": btok.decode(out[0], skip_special_tokens=True)}


def summary_cost(spec: dict) -> dict:
    """Where the summary's time goes: the encoder (one decoding step) against the full beam
    search of `summary_tokens` steps, and greedy, on the converted twin (CTranslate2)."""
    import ctranslate2

    from translator.backends.subwords import load_subwords

    tr = ctranslate2.Translator(spec["bart_ct2"], device="cpu", compute_type="int8",
                                inter_threads=1, intra_threads=max(1, spec["threads"]))
    tokens = load_subwords(Path(spec["bart_ct2"]), "bpe").encode(spec["body"])[:1024]
    n = spec["summary_tokens"]

    def run(beams: int, steps: int) -> float:
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            tr.translate_batch([tokens], target_prefix=[["<s>"]], beam_size=beams,
                               min_decoding_length=steps, max_decoding_length=steps,
                               no_repeat_ngram_size=3, length_penalty=2.0)
            times.append(time.perf_counter() - t0)
        return statistics.median(times)

    enc = run(4, 1)
    return {"input_tokens": len(tokens), "encoder_s": enc, "beam4_s": run(4, n),
            "greedy_s": run(1, n), "steps": n}


def throughput_articles(count: int = 20) -> list[Path]:
    """`count` distinct Indonesian articles: the samples, then the text fixtures."""
    found = sorted((ROOT / "samples").glob("*.txt")) + sorted(
        p for p in (ROOT / "tests" / "fixtures" / "text").glob("*.txt") if "-en-" not in p.name)
    return found[:count]


def pulled(out: str, marker: str) -> str | None:
    """The last field of the first `brief models pull` output row containing `marker`."""
    row = next((r for r in out.splitlines() if marker in r), None)
    return row.split("\t")[-1].split(": ", 1)[-1] if row else None


def vmap_coverage(path: Path, marian: Path) -> tuple[float, float] | None:
    """The shortlist's coverage of the real opus-mt's FLORES test output (real target.spm)."""
    import sentencepiece as spm

    from translator.backends import vmap

    if not path.is_file():
        return None
    sp = [spm.SentencePieceProcessor(model_file=str(marian / f)) for f in
          ("source.spm", "target.spm")]
    pairs = zip(vmap.read_lines(FLORES / "flores-test.id"),
                vmap.read_lines(FLORES / "flores-test.opusmt.en"), strict=True)
    return vmap.coverage(vmap.read(path), pairs, *sp)
