"""Pure, round 28: a photo's caption set apart from the story's text, on a page's lines.

Two shapes of regency and provincial portals, each seen on many real pages:
- the photo's label and its caption glued before the lead on one line, the caption being the
  post's title again (the picture's alt text): "Foto : Bupati Resmikan Pasar Desa Kuta Bupati
  I Made ... meresmikan ...", "Foto: Wabup Buka Lomba Baleganjur Remaja Wakil Bupati ...":
  the label and the title go on a line of their own, and the lead starts where the title
  ends;
- a caption's label on a line of its own, the caption on the line below it ("Caption :" over
  "Wakil Bupati memukul kulkul ...", "Keterangan foto:" over "Warga antre ..."): the two are
  joined into one "Caption : ..." line, which the caption rows drop whole."""

from __future__ import annotations

import re

# "Foto : ", "Foto: ", "Photo : ", "Gambar : " opening a line.
_PHOTO_LABEL = re.compile(r"(?i)(?:foto|photo|gambar)\s*:\s*")
# A caption's label alone: "Caption :", "Keterangan foto:", "Keterangan Gambar :".
_CAPTION_LABEL = re.compile(r"(?i)(?:caption|photo caption|keterangan (?:foto|gambar)"
                            r"|ket(?:\.|erangan)? foto)\s*:")
_WORD = re.compile(r"[^\W_]+")
_MAX_TITLE_WORDS = 25
_MIN_LEAD_WORDS = 12  # what follows the title is a paragraph, not a second headline


def _key(text: str) -> str:
    """The line's words in lower case ("- Wabup Buka ..." and "Wabup buka ..." are one)."""
    return " ".join(_WORD.findall(text.lower()))


def _title_then_lead(line: str, titles: set[str]) -> list[str] | None:
    """["Foto : <title>", lead] when `line` is a photo label, a line of the page repeated
    (any case) and a lead of its own; else None."""
    m = _PHOTO_LABEL.match(line)
    if m is None:
        return None
    words = line[m.end():].split(" ")
    for k in range(min(len(words) - _MIN_LEAD_WORDS, _MAX_TITLE_WORDS), 2, -1):
        if _key(" ".join(words[:k])) in titles and words[k][:1].isupper():
            return [line[:m.end()] + " ".join(words[:k]), " ".join(words[k:])]
    return None


def split_photo_captions(lines: list[str]) -> list[str]:
    """The page's lines with a title glued after a photo label split off its lead, and a
    caption's lone label joined to the caption under it (see the module's docstring)."""
    titles = {_key(ln) for ln in lines if 3 <= len(ln.split()) <= _MAX_TITLE_WORDS}
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _CAPTION_LABEL.fullmatch(line) and i + 1 < len(lines):
            out.append(f"{line} {lines[i + 1]}")
            i += 2
            continue
        out.extend(_title_then_lead(line, titles) or [line])
        i += 1
    return out
