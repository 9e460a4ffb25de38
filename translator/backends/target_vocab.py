"""The translation model's target vocabulary, read from its own tokenizer files, for the name
guard's English-word test: an output word that is one whole piece of the model's target.spm
is a word English knows (Cambodia, Roman), so it is English's own name for a source word, not
the name altered (a mangled name is cut in pieces: Kala usi s).

No runtime has to offer it (the backends keep their one-method interface): a backend that
says where its tokenizer files are (`model_dir`: a CTranslate2 copy keeps Marian's spm files
beside its weights, a transformers model folder has them as downloaded) gets the test; any
other, or a folder without target.spm, gets None and the guard runs without it. The file is
read on the first word asked about, once per file in a process; the cached wrapper stores the
answers with the article's token counts, so a rerun answered from the cache reads nothing."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

TARGET_SPM = "target.spm"
# The key under which the cached wrapper keeps a word's target-piece count apart from its
# source-token count (backends/cached.py: CachedBackend.remembered).
KIND = "target"


class TargetPieces:
    """A target.spm read on first use; `count(word)` is how many pieces it cuts the word in
    (0 when the file cannot be read: then no word is whole, as without the test)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.loads = 0  # how many times the file was read (once at most)
        self._sp: Any = None
        self._failed = False
        self._lock = threading.Lock()

    def _processor(self) -> Any:
        with self._lock:  # guard() may run from a watched run's worker thread
            if self._sp is None and not self._failed:
                try:
                    import sentencepiece as spm

                    self._sp = spm.SentencePieceProcessor(model_file=str(self.path))
                    self.loads += 1
                except (ImportError, OSError, RuntimeError):
                    self._failed = True  # a damaged or foreign file: the guard goes without
            return self._sp

    def count(self, word: str) -> int:
        """The number of target pieces of `word` (0 if the vocabulary is unreadable)."""
        sp = self._processor()
        return len(sp.encode(word)) if sp is not None else 0


@functools.lru_cache(maxsize=8)
def target_pieces(path: Path) -> TargetPieces:
    """The one TargetPieces of a target.spm file in this process (each model reads it once)."""
    return TargetPieces(path)


def english_word_test(backend: object) -> Callable[[str], bool] | None:
    """`is_english(word)` for the name guard from the backend's target vocabulary (one whole
    target.spm piece), or None when the backend has none; nothing is read until it is asked."""
    folder = getattr(backend, "model_dir", None)
    if not isinstance(folder, Path) or not (folder / TARGET_SPM).is_file():
        return None
    pieces = target_pieces(folder / TARGET_SPM)
    remembered = getattr(backend, "remembered", None)
    if callable(remembered):
        def count(word: str) -> int:
            return remembered(word, pieces.count, KIND)
    else:
        count = pieces.count
    return functools.lru_cache(maxsize=4096)(lambda word: count(word) == 1)
