"""Torch-free tokenisation for the CTranslate2 runtime: text <-> token strings.

Marian (opus-mt) models tokenise with sentencepiece (`source.spm` / `target.spm`) and map
pieces through a joint `vocab.json`; BART tokenises with byte-level BPE, which `tokenizers`
reads from the `tokenizer.json` saved at conversion time (or from vocab.json + merges.txt).
Both reproduce what transformers 5's tokenizers do for these models, so the two runtimes see
the same tokens. (transformers 5's MarianTokenizer sets up a Moses punctuation normaliser but
never calls it when encoding, so none is applied here either.)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import cached_property
from pathlib import Path

MARIAN_SPECIALS = {"</s>", "<unk>", "<pad>"}


class SubwordTokenizer:
    """Encode texts to token strings and decode token strings back to text."""

    def encode(self, text: str) -> list[str]:
        """The model's input tokens for `text`, special tokens included."""
        raise NotImplementedError

    def decode(self, tokens: Sequence[str]) -> str:
        """Text for generated tokens, special tokens dropped."""
        raise NotImplementedError

    def count(self, text: str) -> int:
        """len(encode(text)), where a tokenizer can count more cheaply."""
        return len(self.encode(text))


class MarianSubwords(SubwordTokenizer):
    """What MarianTokenizer does: source.spm pieces + </s>; pieces outside vocab.json are <unk>."""

    def __init__(self, model_dir: Path, unknown: Iterable[str] | None = None) -> None:
        import sentencepiece as spm

        self.model_dir = model_dir
        self.source = spm.SentencePieceProcessor(model_file=str(model_dir / "source.spm"))
        # The source pieces vocab.json lacks (unknown_source_pieces), where conversion listed
        # them: encoding then never reads vocab.json (1.4 MB of JSON, 60-100 ms).
        self.unknown = None if unknown is None else frozenset(unknown)

    # Read on first use: counting tokens (a run answered from the cache) needs neither.
    @cached_property
    def target(self):  # noqa: ANN201 - a sentencepiece processor
        import sentencepiece as spm

        return spm.SentencePieceProcessor(model_file=str(self.model_dir / "target.spm"))

    @cached_property
    def vocab(self) -> dict[str, int]:
        return json.loads((self.model_dir / "vocab.json").read_text(encoding="utf-8"))

    def _pieces(self, text: str) -> list[str]:
        code: list[str] = []
        # A leading >>xx<< target-language code is a token of its own, as in MarianTokenizer.
        if text.startswith(">>") and (end := text.find("<<")) != -1:
            code, text = [text[: end + 2]], text[end + 2:]
        return code + self.source.encode(text, out_type=str) if text else code

    def _in_vocab(self, piece: str) -> bool:
        """Whether vocab.json holds `piece`. With the list, a piece of source.spm is in unless
        listed; anything else (a character source.spm does not know, which comes out as
        itself; a language code) only vocab.json can tell, as it holds the target's too."""
        if self.unknown is None or self.source.piece_to_id(piece) == self.source.unk_id():
            return piece in self.vocab
        return piece not in self.unknown

    def encode(self, text: str) -> list[str]:
        return [p if self._in_vocab(p) else "<unk>" for p in self._pieces(text)] + ["</s>"]

    def count(self, text: str) -> int:
        return len(self._pieces(text)) + 1  # </s>; <unk> stands in one for one

    def decode(self, tokens: Sequence[str]) -> str:
        pieces = [t for t in tokens if t not in MARIAN_SPECIALS]
        return self.target.decode_pieces(pieces).replace("\u2581", " ").strip()


def unknown_source_pieces(model_dir: Path) -> list[str]:
    """The pieces of a Marian model's source.spm that its vocab.json lacks (MarianTokenizer
    encodes them as <unk>): 23 of 32,000 for opus-mt-id-en."""
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(model_dir / "source.spm"))
    vocab = json.loads((model_dir / "vocab.json").read_text(encoding="utf-8"))
    return sorted({sp.id_to_piece(i) for i in range(sp.get_piece_size())} - vocab.keys())


class BpeSubwords(SubwordTokenizer):
    """Byte-level BPE through `tokenizers`, with BART's <s> ... </s> around each input."""

    def __init__(self, model_dir: Path) -> None:
        from tokenizers import Tokenizer

        path = model_dir / "tokenizer.json"
        if path.is_file():
            self.tok = Tokenizer.from_file(str(path))
        else:
            self.tok = _bart_from_vocab(model_dir)
        self.specials = {t.content for t in self.tok.get_added_tokens_decoder().values()
                         if t.special}

    def encode(self, text: str) -> list[str]:
        return self.tok.encode(text).tokens

    def decode(self, tokens: Sequence[str]) -> str:
        ids = [i for t in tokens if t not in self.specials
               and (i := self.tok.token_to_id(t)) is not None]
        return self.tok.decode(ids, skip_special_tokens=True).strip()


def _bart_from_vocab(model_dir: Path):
    """A BART tokenizer built from vocab.json + merges.txt, as transformers builds it."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors

    bpe = models.BPE.from_file(str(model_dir / "vocab.json"), str(model_dir / "merges.txt"))
    tok = Tokenizer(bpe)
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    vocab = json.loads((model_dir / "vocab.json").read_text(encoding="utf-8"))
    tok.post_processor = processors.RobertaProcessing(
        ("</s>", vocab["</s>"]), ("<s>", vocab["<s>"]), add_prefix_space=False)
    tok.add_special_tokens([t for t in ("<s>", "<pad>", "</s>", "<unk>", "<mask>") if t in vocab])
    return tok


def load_subwords(model_dir: Path, kind: str,
                  unknown: Iterable[str] | None = None) -> SubwordTokenizer:
    """The tokenizer of a converted model: `kind` is "marian" or "bpe"; `unknown`, a Marian
    copy's `source_unknown` from its brief.json (None for a copy converted before conversion
    listed them: vocab.json is read instead)."""
    if kind == "marian":
        return MarianSubwords(model_dir, unknown)
    if kind == "bpe":
        return BpeSubwords(model_dir)
    raise ValueError(f"unknown tokenizer kind {kind!r}")
