"""Pure: shape detectors, which tell whole families of page furniture by their shape rather
than by their words: question-and-answer blocks, link lists and teaser leads, captions and
credits, image alt text and logo text, and prose (the story's own lines).

Each detector answers for one line (or for a run of lines) and says nothing about where the
line stands; zones.py decides how much evidence a line needs in its zone."""

from __future__ import annotations

import re

from .boilerplate import TRAILING_INITIALS
from .boilerplate_credits import AFTER_STOP, GLUED_CREDITS, SAID_BEFORE_MARK
from .signoff_tails import CLOSING_TAIL, SAID_NAME_BEFORE_MARK
from .stopwords import is_stopword  # noqa: F401  (re-exported: the dateline modules read it here)
from .stopwords import stopwords as _stopwords

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# A sentence ends in . ! ? or an ellipsis, possibly inside quotes or brackets.
_FINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")
_QUESTION = re.compile(r"\?[\"'”’»)\]]*$")
_OPEN_QUOTE = re.compile(r"^[\"“‘'«„]")
# A lead cut off by a teaser box: "... warga di sekitar lokasi..." (the cut, not a sentence end).
_CUT = re.compile(r"[^\s.!?\"”’][\s]*(?:\.{3,}|…)$")
# "... officials said. (Antara)": a source credit after the last sentence.
# The closing marks alone, with no stop before them (after a speech verb).
_MARKS_ONLY = re.compile(TRAILING_INITIALS.pattern.removeprefix(AFTER_STOP))
_TRAILING_CREDIT = re.compile(r"(?<=[.!?\"”’])\s*[(\[][^()\[\]]{2,40}[)\]]$")
_MIN_PROSE_WORDS = 8
_MIN_SENTENCE_WORDS = 3
# Share of function words in a line of running text; headlines and menus run far lower in
# English, while an Indonesian headline keeps its prepositions: the length and the sentence end
# carry the rest (jusText's thresholds are 0.30/0.32 for whole paragraphs).
_MIN_STOPWORD_SHARE = 0.15
_MIN_PROSE_STOPWORD_SHARE = 0.2  # the story's paragraphs run at 0.3 and more
_MAX_HEADLINE_WORDS = 20
_MAX_QUESTION_WORDS = 25
_MAX_ANSWER_WORDS = 50
_MAX_LAST_ANSWER_WORDS = 30
_MAX_CAPTION_WORDS = 14


def bare(text: str) -> str:
    """A line without the initials, end mark or source credit closing it ("... aman. (ian)",
    "... said. (Antara)"), as its shape is judged."""
    text = GLUED_CREDITS.sub("", text).strip() or text  # "... Editor : Tim Humas"
    text = without_initials(text) or text
    text = CLOSING_TAIL.sub("", text).strip() or text  # "... gereja. Berkah Dalem"
    return _TRAILING_CREDIT.sub("", text).strip() or text


def closing_initials(text: str) -> re.Match[str] | None:
    """The desk's initials closing a paragraph ("... aman. (ian)"), unless the bracket spells
    the initials of the words right before it, the story defining an acronym ("... known as
    “Peremajaan Sawit Rakyat” (PSR).")."""
    m = TRAILING_INITIALS.search(text)
    if m is None and text.endswith((")", "]")) and (said := SAID_BEFORE_MARK.search(text)
                                                    or SAID_NAME_BEFORE_MARK.search(text)):
        m = _MARKS_ONLY.match(text, said.end())  # "... lain,” pungkasnya (GM)": no stop
    if m is None:
        return None
    code = re.sub(r"[^A-Za-z]", "", m.group())
    if len(code) < 2 or not code.isupper():
        return m
    before = [w for w in _WORD.findall(text[:m.start()]) if w[:1].isalpha()][-len(code):]
    spelled = "".join(w[0] for w in before).upper()
    return None if spelled == code else m


def without_initials(text: str) -> str:
    """The paragraph without the desk's closing initials (closing_initials); twice, as a
    writer's name may stand before the end mark ("... pekan. (Silvia). ***")."""
    for _ in range(2):
        m = closing_initials(text)
        if m is None:
            break
        text = text[:m.start()].strip()
    return text


def words(text: str) -> list[str]:
    """The line's words (letters, with inner hyphens and apostrophes), lower-case."""
    return [w.lower() for w in _WORD.findall(text)]


def stopword_share(text: str) -> float:
    """The share of the line's words that are function words (jusText's stoplists)."""
    ws = words(text)
    if not ws:
        return 0.0
    stop = _stopwords()
    return sum(w in stop for w in ws) / len(ws)


# "... dapat diunduh di http://ppid.sragenkab.go.id/?page_id=143": a bare address ends it.
URL_END = re.compile(r"\s(?:https?://|www\.)\S+$")


# A quotation closed by whom it quotes with the stop left off: "... pimpinan dayah,” ujarnya",
# "... besok pagi.”Jelas Agustinus" (the verb glued to the quote mark, then the speaker);
# round 23: the closing verbs too, "... dua minggu,” Tutupnya", "...,” lanjutnya", "papar Andi".
_SAID_END = re.compile(r"[”\"’],?\s*(?i:ujar|kata|tutur|jelas|tegas|imbuh|ungkap|tambah|pungkas"
                       r"|terang|ucap|sebut|tutup|lanjut|papar|beber|sambung)"
                       r"(?:nya|\s+[A-Z][^.!?”\"]{1,60})$")


# "... di belakang permukiman mereka,( Jumat 13 Februari 2026)": a lead closed by its date in
# brackets, the stop left off.
DATE_END = re.compile(r"[,\s]\(\s*(?:[A-Z][a-z]+,?\s+)?\d{1,2}(?:\s+[A-Za-z]+\s+|/\d{1,2}/)"
                      r"\d{4}\s*\)$")


# Round 34: a quotation of two sentences or more whose last one lost its stop, the closing mark
# kept ('"Lolos atau tidak, ... bekal untuk kalian. Terus belajar dan jaga nama baik SMADA "').
WHOLE_QUOTE = re.compile(r"[\"“][^\"“”]+[.!?]\s[^\"“”]+\s?[\"”]")


def is_sentence(text: str) -> bool:
    """A sentence of running text: a few words, function words among them, a sentence end."""
    ws = words(text)
    return (len(ws) >= _MIN_SENTENCE_WORDS
            and bool(_FINAL.search(text) or URL_END.search(text) or _SAID_END.search(text)
                     or DATE_END.search(text) or WHOLE_QUOTE.fullmatch(text))
            and not _CUT.search(text) and stopword_share(text) >= _MIN_STOPWORD_SHARE)


def ends_sentence(text: str) -> bool:
    """A short line that ends like a sentence ("Stok dipastikan aman."), not cut off."""
    return (len(text.split()) >= 2 and bool(_FINAL.search(text)) and not _CUT.search(text)
            and not text[0].islower())


def is_prose(text: str) -> bool:
    """A full paragraph of the story's kind: a sentence of eight words or more."""
    return len(text.split()) >= _MIN_PROSE_WORDS and is_sentence(text) \
        and stopword_share(text) >= _MIN_PROSE_STOPWORD_SHARE


def prose_weight(text: str) -> float:
    """How much a line counts towards the densest run of prose: long sentences most, short
    sentences a little, anything else nothing (zones.py charges those)."""
    if is_prose(text):
        return min(len(text.split()), 60) / 10
    return 0.2 if is_sentence(text) else 0.0


def is_speech(text: str) -> bool:
    """A quotation paragraph: opens with a quote mark and reads as a sentence, not a title-cased
    headline ("“Kami tidak akan mundur”, kata dia" is the story's)."""
    if not _OPEN_QUOTE.match(text):
        return False
    long_words = [w for w in _WORD.findall(text) if len(w) >= 4]
    return len(long_words) < 3 or sum(w[0].isupper() for w in long_words) < 0.6 * len(long_words)


def headline_shaped(text: str) -> bool:
    """Short, capitalised and without a sentence end: a headline or a link, not a paragraph."""
    return (0 < len(text.split()) <= _MAX_HEADLINE_WORDS and not _FINAL.search(text)
            and not text.endswith((",", ";", ":")) and not text[0].islower()
            and not is_speech(text))


# "... support palm oil prices. […]": the excerpt marker a blog engine puts after a teaser.
_EXCERPT = re.compile(r"\S\s*\[(?:…|\.{3})\]$")


def excerpt_cut(text: str) -> bool:
    """Another post's excerpt, ended with a bracketed ellipsis ("[…]", "[...]")."""
    return len(text.split()) >= 6 and bool(_EXCERPT.search(text))


def is_teaser_cut(text: str) -> bool:
    """A teaser lead cut off by the page: several words ending in "..." mid-sentence."""
    return len(text.split()) >= 6 and bool(_CUT.search(text)) and not is_speech(text)


# --- questions --------------------------------------------------------------------------------

_INTERROGATIVE = re.compile(
    r"(?i:apa|apakah|kapan|siapa|siapakah|mengapa|kenapa|bagaimana|berapa|berapakah|di ?mana"
    r"|ke ?mana|dari ?mana|seperti apa|bisakah|benarkah|adakah|haruskah|bolehkah|what|when"
    r"|who|why|how|where|which|is|are|does|do|can|will)\b")


def is_question(text: str) -> bool:
    """A line that is one question and not a quotation: "Apa itu ...?", "Kapan ...?"."""
    return (bool(_QUESTION.search(text)) and len(text.split()) <= _MAX_QUESTION_WORDS
            and not _OPEN_QUOTE.match(text) and text.count("?") == 1)


def qa_blocks(texts: list[str]) -> list[tuple[int, int, int]]:
    """Runs of question lines, each followed by at most one short answer line:
    (start, end, questions) for runs of two or more questions."""
    out: list[tuple[int, int, int]] = []
    i = 0
    while i < len(texts):
        if not is_question(texts[i]):
            i += 1
            continue
        start, j, questions = i, i, 0
        while j < len(texts) and is_question(texts[j]):
            questions += 1
            j += 1
            if j < len(texts) and not is_question(texts[j]) \
                    and len(texts[j].split()) <= _MAX_ANSWER_WORDS \
                    and (j + 1 >= len(texts) or is_question(texts[j + 1])
                         or len(texts[j].split()) <= _MAX_LAST_ANSWER_WORDS):
                j += 1  # its answer; after the last question only a short one
        if questions >= 2:
            out.append((start, j, questions))
        i = max(j, i + 1)
    return out


def answers_short(texts: list[str], start: int, end: int, limit: int = 30) -> bool:
    """Every non-question line of the run is a short answer (auto-generated blocks)."""
    return all(is_question(t) or len(t.split()) <= limit for t in texts[start:end])


# --- captions, credits, alt text --------------------------------------------------------------

# Agencies and picture desks a caption or credit names.
_AGENCY = (r"antara(?: foto)?|afp|reuters|ap|epa|xinhua|anadolu|getty(?: images)?|net|istimewa"
           r"|ist|dok(?:umentasi)?\.?|humas[\w .-]{0,30}|ho|handout|shutterstock|freepik")
_NET_CREDIT = re.compile(r".{2,300}?[\w.)\]]\s*/\s*(?:net|internet|google)\.?\)?", re.IGNORECASE)
# "... di Garut, Jawa Barat, Senin (2/3/2025). (ANTARA)" or "... (Antara/Feri)"
_AGENCY_TAIL = re.compile(rf".{{2,400}}?\s*[(\[](?:foto\s*:?\s*)?(?i:{_AGENCY})"
                          r"(?:\s*/[^()\[\]]{1,40})?[)\]]\.?")
_AGENCY_WORD = re.compile(rf"(?i:\b(?:{_AGENCY})\b)")
_SPEECH_VERB = re.compile(r"(?i)\b(?:kata|ujar|ungkap|jelas|tutur|tegas|tambah|imbuh|sebut"
                          r"|katanya|ujarnya|ungkapnya|jelasnya|tuturnya|tegasnya|tambahnya"
                          r"|imbuhnya|menurut|said|says|told|according)\b")
_ALT_LEAD = re.compile(r"(?i:logo|banner|ikon|icon|image|gambar|thumbnail|avatar|header)\b")


# A caption whose photo credit follows its last full stop in capitals, with a slash: "... Medan,
# Senin (22/12). ISTIMEWA/SUMUT POS.", "... Sulawesi Tenggara. ANTARA/La Ode Rusdi".
_SLASH_CREDIT = re.compile(r".{20,400}?[.)]\s+(?-i:[A-Z][A-Z.&-]+(?: [A-Z][A-Z.&-]+){0,2})\s*/\s*"
                           r"(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\.?")


def slash_credit(text: str) -> bool:
    """A caption ending in a credit "DESK/NAME" after its last sentence, not reported speech:
    no paragraph of a story ends so."""
    return bool(_SLASH_CREDIT.fullmatch(text)) and not _SPEECH_VERB.search(text) \
        and len(text.split()) <= 60


def net_credit(text: str) -> bool:
    """A caption credited "name/net" (an internet picture): never a line of the story."""
    return bool(_NET_CREDIT.fullmatch(text))


def agency_caption(text: str) -> bool:
    """A line that ends in an agency's credit in brackets and is not reported speech:
    a caption ("Warga melintas ... Senin (2/3). (ANTARA)"), weak evidence on its own, since
    "... katanya. (Antara)" closes a paragraph the agency wrote."""
    return bool(_AGENCY_TAIL.fullmatch(text)) and not _SPEECH_VERB.search(text) \
        and len(text.split()) <= 60


def reported_speech(text: str) -> bool:
    """A line that reports what someone said (a speech verb or a quotation)."""
    return bool(_SPEECH_VERB.search(text)) or bool(re.search(r"[\"“”]", text))


# "Kadishub Lingga, Junaidi Rahman": who a picture shows, a role and a name, no sentence;
# "KETUA KUB Sinar Laut, Herman bersama anggota kelompok": with whom, the role shouted.
_PICTURED = re.compile(r"(?P<role>[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}), "
                       r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
                       r"(?P<with> (?:bersama|dan|didampingi|with|and)\b[^.!?]{3,80})?")


def pictured_caption(text: str, above: str) -> bool:
    """A picture's caption naming whom it shows, that person quoted in the paragraph above:
    a crosshead never repeats the speaker's role and name. A one-word name, or the people
    beside him, only with the role as the paragraph writes it."""
    m = _PICTURED.fullmatch(text)
    if m is None or f", {m['name']}" not in above or not is_prose(above):
        return False
    return (len(m["name"].split()) >= 2 and not m["with"]) \
        or f"{m['role']}, {m['name']}".casefold() in above.casefold()


def name_credit(text: str) -> bool:
    """A short line of a name and an agency, set apart by a mark: "Feri Purnama | ANTARA",
    "Presiden Joko Widodo. (ANTARA)", "Rudy Gunawan/AFP"."""
    ws = text.split()
    m = _AGENCY_WORD.search(text)
    if not 2 <= len(ws) <= _MAX_CAPTION_WORDS or m is None or _SPEECH_VERB.search(text):
        return False
    if not re.search(r"[/|(\[.·-]\s*$", text[:m.start()]):
        return False  # "Kantor Berita Antara" is a name, not a credit
    rest = _WORD.findall(_AGENCY_WORD.sub(" ", text))
    return 0 < len(rest) <= 8 and all(w[0].isupper() for w in rest)


def alt_text(text: str) -> bool:
    """Image alt text and logo text a copy keeps: "Logo Header Antaranews", "Banner ... 2025--",
    "Logo iosLogo android"."""
    return (bool(_ALT_LEAD.match(text)) and len(text.split()) <= 8
            and not _FINAL.search(text.rstrip("-–— "))) \
        or (text.endswith("--") and len(text.split()) >= 3 and not text.isupper())


# Alt text a copy keeps as a line of its own, all in lower case ("canggu shortcut road
# traffic"): a story's line never opens lower-case once hard wraps are undone.
_LOWER_LABEL = re.compile(r"[a-z][a-z0-9'’&-]*(?: [a-z0-9'’&-]+){1,7}")


def lowercase_label(text: str) -> bool:
    """A short line of lower-case words with no punctuation: an image's alt text or a logo's."""
    return bool(_LOWER_LABEL.fullmatch(text))


# Icon-font ligatures a copy keeps as words: "calendar_month Jum, 30 Mei 2025", "visibility 103".
_ICON = re.compile(r"(?:[a-z]+(?:_[a-z]+)+|visibility|schedule|bookmark_border|thumb_up)"
                   r"(?:\s+\S.{0,60})?")


def icon_text(text: str) -> bool:
    """A line led by an icon font's ligature name (snake_case, lower-case): page chrome."""
    return bool(_ICON.fullmatch(text)) and (text.split()[0].count("_") > 0
                                            or len(text.split()) <= 2)


_SHARE_BAR = re.compile(r"(?:(?:bagikan|share|kirim|send)(?:\s+(?:ke|on|via|to|lewat))?"
                        r"\s+[\w.]+(?:\s+(?-i:[A-Z])[\w.]*)?\s*){2,}", re.IGNORECASE)


def share_bar(text: str) -> bool:
    """A share bar a copy glued into one line: "Bagikan ke WhatsAppBagikan ke Twitter"."""
    return bool(_SHARE_BAR.fullmatch(re.sub(r"(?<=[a-z])(?=[A-Z][a-z])", " ", text)))


# A question to the reader about the page itself, in either language (an English site may keep
# its Indonesian feedback box): "Bagaimana tanggapan Anda mengenai artikel ini?", "Apakah
# berita ini bermanfaat?", "What do you think of this article?".
_READER_PROMPT = re.compile(
    r"[^.!?\"“”]{0,80}\b(?:(?:artikel|berita|tulisan|konten|informasi) ini"
    r"|this (?:article|story|news|post|page))\b[^.!?\"“”]{0,40}\?", re.IGNORECASE)
_MAX_PROMPT_WORDS = 14


def reader_prompt(text: str) -> bool:
    """A feedback box's question to the reader about the article: never a line of the story."""
    return len(text.split()) <= _MAX_PROMPT_WORDS and bool(_READER_PROMPT.fullmatch(text))


_DEFINES = re.compile(r"\s+(?:is an?|is the|was an?|adalah|merupakan|ialah)\s+")


def tag_blurb(tag: str, text: str) -> bool:
    """A tag box's definition under its tag: "Bali" then "Bali is an Indonesian province ..."."""
    ws = tag.split()
    return 0 < len(ws) <= 3 and tag[0].isupper() and not ends_sentence(tag) \
        and text.startswith(tag) and bool(_DEFINES.match(text, len(tag)))


# An English site's closing pitch naming itself: "Find more SE Asian News courtesy of The
# Thaiger.", "Read more stories like this at Coconuts Bali."; a platform is not the site.
_MORE_FROM = re.compile(
    r"(?i:find|read|get|see|discover)\s+more\b[^.!?\"“”]{0,60}?\s(?i:courtesy of|at|on|from)\s+"
    r"(?P<name>(?:The\s)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}?)\.?")
_PLATFORMS = re.compile(r"(?i:google|facebook|instagram|twitter|youtube|whatsapp|telegram"
                        r"|tiktok|linkedin|spotify)\b")


def more_from(text: str) -> str | None:
    """The site a closing "find more ... courtesy of X" pitch names, else None."""
    m = _MORE_FROM.fullmatch(text)
    if m is None or len(text.split()) > _MAX_PROMPT_WORDS or _PLATFORMS.search(m["name"]):
        return None
    return m["name"].rstrip(".")

