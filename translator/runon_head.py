"""Pure: the header of a page run together into one line (runon.py), taken apart: its
menu, its headline, the sentence the headline is glued to, and the copies of the headline
that mark where it starts and ends."""

from __future__ import annotations

import re

from .boilerplate import WIDGET_WORDS
from .datelines import match_dateline

# A page prints its headline more than once (breadcrumb, headline, caption); run together, the
# copies mark where the headline starts and ends. Looked for among the page's first words.
_HEAD_TOKENS = 250
_MIN_REPEAT_TOKENS = 5
_TITLE_CASE_SHARE = 0.6


def repeat_cuts(line: str) -> list[int]:
    """Offsets before and after both copies of each title-cased run of words that the line's
    head repeats ("Satpol PP Tertibkan 58 Lapak ... Satpol PP Tertibkan 58 Lapak"), longest
    first, runs that overlap a longer one left out."""
    tokens = list(re.finditer(r"\S+", line))[:_HEAD_TOKENS]
    words = [t.group().rstrip(".,:;") for t in tokens]  # case kept: prose lowers its words
    runs = []  # (length, first start, second start)
    for i in range(len(words)):
        for j in range(i + _MIN_REPEAT_TOKENS, len(words)):
            if words[i] != words[j] or (i and words[i - 1] == words[j - 1]):
                continue  # not the start of a maximal run
            n = 0
            while j + n < len(words) and i + n < j and words[i + n] == words[j + n]:
                n += 1
            if n >= _MIN_REPEAT_TOKENS and _title_run(words[i:i + n]) \
                    and not (_in_prose(words, i, n) or _in_prose(words, j, n)):
                runs.append((n, i, j))
    taken: set[int] = set()
    cuts: set[int] = set()
    for n, i, j in sorted(runs, reverse=True):
        held = set(range(i, i + n)) | set(range(j, j + n))
        if held & taken:
            continue
        taken |= held
        cuts |= {tokens[i].start(), tokens[i + n - 1].end(), tokens[j].start(),
                 tokens[j + n - 1].end()}
    return sorted(cuts - {0, len(line)})


def _title_run(words: list[str]) -> bool:
    """Mostly capitalised words: a headline, not a sentence quoted twice."""
    return sum(w[:1].isupper() or w[:1].isdigit() for w in words) >= _TITLE_CASE_SHARE * len(words)


def _in_prose(words: list[str], start: int, n: int) -> bool:
    """Whether a copy stands inside a sentence: a lower-case word right before or after it
    ("... melantik | 24 Penyuluh Agama Islam | di ...")."""
    around = words[start - 1:start] + words[start + n:start + n + 1]
    return any(w.isalpha() and w.islower() for w in around)


# Words a title-cased headline writes in lower case ("Petani di Lereng Ijen Mulai Panen").
HEADLINE_SMALL = frozenset((
    "di", "ke", "dari", "dan", "yang", "untuk", "dengan", "pada", "dalam", "atau", "hingga",
    "jadi", "bagi", "soal", "usai", "jelang", "saat", "demi", "via", "vs", "of", "the", "to", "in",
    "on", "for", "and", "at", "by", "a", "an", "as", "with", "from", "tentang", "oleh", "atas",
    "antara", "terhadap", "sebagai", "serta", "karena", "agar", "akan", "tak",
))
_MIN_HEADLINE_WORDS = 4
_MAX_HEADLINE_WORDS = 20
_MIN_LEAD_WORDS = 8


def split_header(pieces: list[str]) -> list[str]:
    """The pieces with the page's header taken apart: a menu or the site's name before the
    headline set on a line of its own ("VIVA Bola | Timnas ..."), and a title-cased headline
    cut from the sentence glued after it ("... Mulai Panen Raya | Petani di lereng ...").
    The header ends at the first sentence, dateline or headline."""
    out: list[str] = []
    for i, piece in enumerate(pieces):
        if match_dateline(piece):
            return out + pieces[i:]
        menu = _menu_end(piece)
        if menu is not None:
            out.append(piece[:menu].rstrip())
            piece = piece[menu:]
        cut = _headline_end(piece)
        if cut is not None:
            return [*out, piece[:cut].rstrip(), piece[cut:], *pieces[i + 1:]]
        out.append(piece)
        if _FINAL.search(piece) and len(piece.split()) >= _MIN_LEAD_WORDS:
            return out + pieces[i + 1:]
    return out


# A menu's separators and a site's address: "Beranda » Berita »", "BERIMBANG.com".
_MENU_MARK = re.compile(r"[»›>|/•·:-]+|[\w-]+\.(?:com|co\.id|id|net|org|news)")
_FINAL = re.compile(r"[.!?…][\"'”’)\]]*$")


_MAX_MENU_TOKENS = 7


def _menu_end(piece: str) -> int | None:
    """Where a header's run of menu words and site names ends, when a headline follows it: a
    few words that end in a menu word or an address, with two menu words or a site's shouted
    name or address among them ("KBR Beranda Nasional BERITA", "CNN Indonesia Nasional")."""
    tokens = list(re.finditer(r"\S+", piece))
    end, menus, named = None, 0, False
    for i, tok in enumerate(tokens[:_MAX_MENU_TOKENS]):
        word = tok.group().strip(",")
        address = bool(_MENU_MARK.fullmatch(word)) and "." in word
        menu_word = word.lower() in WIDGET_WORDS or bool(_MENU_MARK.fullmatch(word))
        if not (menu_word or word[:1].isupper()):
            break
        menus += menu_word and not address
        named = named or address or (word.isupper() and len(word) >= 2 and not menu_word)
        if menu_word and (menus >= 2 or named):
            end = i + 1
    if end is None or len(tokens) - end < _MIN_HEADLINE_WORDS \
            or not tokens[end].group()[:1].isupper():
        return None
    return tokens[end].start()


def _headline_end(piece: str) -> int | None:
    """Where a title-cased run of words at the piece's start gives way to a sentence: before
    the capitalised word that lower-case words follow; None when the piece is no such pair."""
    tokens = list(re.finditer(r"\S+", piece))
    for i, tok in enumerate(tokens):
        word = tok.group()
        if word[:1].isupper() or word[:1].isdigit() or word.lower() in HEADLINE_SMALL \
                or not word[:1].isalnum():
            continue
        # The first lower-case content word: the sentence opened at the capitalised word
        # before it ("... Jelang Ramadan | Pasokan dari sentra ...").
        head = i - 1
        while head > 0 and tokens[head].group().lower() in HEADLINE_SMALL:
            head -= 1
        lead = len(tokens) - head
        if head < _MIN_HEADLINE_WORDS or head > _MAX_HEADLINE_WORDS or lead < _MIN_LEAD_WORDS:
            return None
        if not tokens[head].group()[:1].isupper() or piece[:tokens[head].start()].rstrip() \
                .endswith((".", "!", "?", ":", ",")):
            return None
        return tokens[head].start()
    return None
