"""Guess the language of an article body: Indonesian, Malay, Javanese, Sundanese, English, or a
language of another script (Chinese, Russian, Arabic, Thai ...).

Four steps, cheapest first: the Unicode script of the letters names a language written in
another alphabet (Chinese, Russian, Arabic, Thai ...); function-word coverage says whether the
text is in a language brief knows at all ("und" otherwise: lingua, limited to a few languages,
would force French into one of them); small word profiles spot Javanese and Sundanese (lingua
has no model for either); lingua (`lingua-language-detector`, models shipped in the wheel,
loaded on first use) chooses between Indonesian, Malay and English. Indonesian and Malay are
close enough that lingua alone calls one Indonesian news sentence in six Malay, so "ms" also
needs words only Malay writes."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def _words(text: str) -> frozenset[str]:
    """A word set written as running text, which reads better than a list of quoted words."""
    return frozenset(text.split())


# The most frequent function words of English news text.
ENGLISH = _words("""
the of and to a in is that for it was on with as by at from he she his her they their be are
were been has have had not this an which will would who said but or its after about than also
more into over we i you there what when can could our these those up out new no one
""")

# Function words Indonesian and Malay share; they say "Malay family", not which one.
MALAY_FAMILY = _words("""
yang dan di ke dari ini itu dengan untuk pada tidak dalam akan oleh juga atau ada mereka telah
sudah kata bahwa para sebagai kami kita saya lebih dia ia kepada bagi antara serta namun tetapi
jika kalau sejak hingga sehingga menurut setiap semua beberapa masih hanya lagi pun belum sangat
perlu dapat harus tahun hari negara orang baru kini saat ketika menjadi terhadap secara
""")

# Function words of Javanese (ngoko and krama) and Sundanese that Indonesian does not use.
JAVANESE = _words("""
lan ing sing ora iki kuwi kae wis uwis arep karo marang menyang saka dening uga banjur nanging
amarga merga yaiku kang ingkang saha kaliyan punika menika sampun boten mboten dhateng saking
wonten ana ono isih kudu dadi nalika supaya utawa mung akeh liyane kabeh dheweke panjenengan
wong ngendikane ujare jarene yen kanggo
""")
SUNDANESE = _words("""
jeung nu teh téh ti henteu teu moal geus ieu eta éta anu keur oge ogé kana urang sareng ku dina
kanggo pikeun ngan deui tina mah atawa lamun upami saur cenah nyaeta nyaéta dinten jalma aya
sanes kitu kieu sabab margi tapi tos parantos nuju yén anjeunna kedah nyarios payun hareup
""")

# Words one variety uses and the other avoids, with how strongly each points that way.
# Weight 2: the other variety practically never writes it; 1: it leans; 0.5: a faint hint.
# Words Indonesian news also writes (berkata, daripada, mahkamah, pejabat, jabatan, lepas
# pantai, beliau, mendapati ...) are left out: on the NTREX-128 Indonesian sentences they
# turned Indonesian into Malay.
INDONESIAN: dict[str, float] = {
    "karena": 2, "bisa": 2, "saja": 1, "yaitu": 2, "yakni": 2, "adalah": 1, "bahwa": 1,
    "pemerintah": 2, "pengadilan": 2, "polisi": 1, "kepolisian": 2, "uang": 2, "tersebut": 1,
    "mengatakan": 1, "ujarnya": 2, "ujar": 2, "tuturnya": 2, "kata": 0.5, "kantor": 2,
    "setelah": 1, "kemarin": 2, "senin": 1, "kamis": 1, "jumat": 1, "rp": 2, "rupiah": 2,
    "persen": 2, "perusahaan": 2, "proyek": 2, "rumah": 0.5, "sakit": 0.5, "provinsi": 1,
    "kabupaten": 2, "anggota": 1, "kendaraan": 2, "universitas": 2, "nggak": 2, "enggak": 2,
    "gak": 2, "banget": 2, "mendapatkan": 0.5, "sedangkan": 1, "sementara": 0.5, "agar": 1,
}
MALAY: dict[str, float] = {
    "kerana": 2, "boleh": 0.5, "sahaja": 2, "iaitu": 2, "bahawa": 2, "kerajaan": 1,
    "polis": 2, "wang": 2, "selepas": 2, "semalam": 0.5, "manakala": 2, "baharu": 2,
    "kenderaan": 2, "akhbar": 2, "menerusi": 1, "sebarang": 1, "isnin": 2, "khamis": 2,
    "jumaat": 2, "rm": 2, "ringgit": 1, "universiti": 2, "encik": 2, "tempoh": 2,
    "dipercayai": 1, "kakitangan": 2, "syarikat": 2, "peratus": 2, "projek": 2,
}

# Fewer words than this is a title or a fragment: too little to tell the language.
MIN_WORDS = 6
# Share of words a profile must cover before it is believed; English news is ~40% function
# words, Indonesian ~30%; unrelated languages reach a few percent by accident ("in", "a").
MIN_COVERAGE = 0.15
# A Malay-family text with fewer function words (a round-up of short items, dense noun phrases:
# 0.10-0.15 seen on news pages; FLORES Indonesian never under 0.18 in 5-line chunks) is still
# believed when lingua, asked between Indonesian, Malay and English, also says Malay family;
# unrelated languages stay under this by far (Italian's "di" gives a few percent).
MIN_FAMILY_WITH_LINGUA = 0.08
# Malay marker weight a text must show, beyond its Indonesian markers, to be called Malay.
MIN_MALAY_MARGIN = 2

_WORD = re.compile(r"[^\W\d_]+")

# Language of each script (the first word of a letter's Unicode name) other than Latin. A
# script shared by several languages names its most likely one; _script_language refines a few.
SCRIPTS = {
    "CJK": "zh", "HIRAGANA": "ja", "KATAKANA": "ja", "HANGUL": "ko", "ARABIC": "ar",
    "CYRILLIC": "ru", "GREEK": "el", "HEBREW": "he", "THAI": "th", "LAO": "lo", "KHMER": "km",
    "MYANMAR": "my", "DEVANAGARI": "hi", "BENGALI": "bn", "GURMUKHI": "pa", "GUJARATI": "gu",
    "TAMIL": "ta", "TELUGU": "te", "KANNADA": "kn", "MALAYALAM": "ml", "SINHALA": "si",
    "GEORGIAN": "ka", "ARMENIAN": "hy", "ETHIOPIC": "am", "TIBETAN": "bo",
}
LANGUAGE_NAMES = {
    "id": "Indonesian", "ms": "Malay", "en": "English", "jv": "Javanese", "su": "Sundanese",
    "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "ar": "Arabic", "fa": "Persian",
    "ur": "Urdu", "ru": "Russian", "uk": "Ukrainian", "el": "Greek", "he": "Hebrew",
    "th": "Thai", "lo": "Lao", "km": "Khmer", "my": "Burmese", "hi": "Hindi", "bn": "Bengali",
    "pa": "Punjabi", "gu": "Gujarati", "ta": "Tamil", "te": "Telugu", "kn": "Kannada",
    "ml": "Malayalam", "si": "Sinhala", "ka": "Georgian", "hy": "Armenian", "am": "Amharic",
    "bo": "Tibetan", "und": "no language brief knows",
}
# Share of letters a script must hold to decide the language: an Indonesian article quoting
# an Arabic phrase or a Chinese name stays Indonesian.
MIN_SCRIPT_SHARE = 0.5
_SCRIPT_SAMPLE = 5000  # letters looked at; the opening of an article is enough
_URDU_LETTERS = set("ٹڈڑںےۓ")
_PERSIAN_LETTERS = set("پچژگ")  # also in Urdu, which is checked first
_UKRAINIAN_LETTERS = set("іїєґІЇЄҐ")


def language_name(code: str) -> str:
    """The English name of a language code detect_language returns ("zh" -> "Chinese")."""
    return LANGUAGE_NAMES.get(code, code)


def script_language(text: str) -> str | None:
    """The language the letters' script points to ("zh", "ru", "ar" ...), or None when most
    letters are Latin (or there are none)."""
    counts: dict[str, int] = {}
    letters = 0
    for ch in text:
        if not ch.isalpha():
            continue
        letters += 1
        if ch.isascii():
            script = "LATIN"
        else:
            name = unicodedata.name(ch, "")
            script = name.split(" ", 1)[0] if name else "UNKNOWN"
        counts[script] = counts.get(script, 0) + 1
        if letters >= _SCRIPT_SAMPLE:
            break
    found: dict[str, int] = {}
    for script, n in counts.items():
        if script in SCRIPTS:
            found[SCRIPTS[script]] = found.get(SCRIPTS[script], 0) + n
    if not found or sum(found.values()) < MIN_SCRIPT_SHARE * letters:
        return None
    return _refine(max(found, key=found.__getitem__), text, found)


def _refine(code: str, text: str, found: dict[str, int]) -> str:
    """Tell apart languages that share a script, by letters only one of them uses."""
    if code == "zh" and found.get("ja", 0) * 10 >= found["zh"]:
        return "ja"  # Japanese mixes kanji with kana; Chinese writes no kana
    letters = set(text[:_SCRIPT_SAMPLE * 4])
    if code == "ar":
        return "ur" if letters & _URDU_LETTERS else "fa" if letters & _PERSIAN_LETTERS else "ar"
    if code == "ru" and letters & _UKRAINIAN_LETTERS:
        return "uk"
    return code


def detect_language(text: str) -> str:
    """ "id", "ms", "en", "jv", "su", a language of another script ("zh", "ru", "ar", "th" ...),
    or "und" when the text is too short or none of these."""
    other = script_language(text)
    if other is not None:
        return other  # a few characters of Chinese say more than six Latin words would
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return "und"
    english = _coverage(words, ENGLISH)
    family = sum(w in MALAY_FAMILY or w in INDONESIAN or w in MALAY for w in words) / len(words)
    regional = {"jv": _coverage(words, JAVANESE), "su": _coverage(words, SUNDANESE)}
    local = max(regional, key=regional.__getitem__)
    if regional[local] > max(english, family) and regional[local] >= MIN_COVERAGE:
        return local
    guess = None
    if max(english, family) < MIN_COVERAGE:
        if family < MIN_FAMILY_WITH_LINGUA or english >= family:
            return "und"
        guess = _lingua(text)
        if guess not in ("id", "ms"):
            return "und"
    guess = guess or _lingua(text)
    if guess == "en" or (guess is None and english > family):
        return "en"
    indonesian = sum(INDONESIAN.get(w, 0) for w in words)
    malay = sum(MALAY.get(w, 0) for w in words)
    # Without clear Malay spellings, Indonesian: it is what brief is for and the likelier input.
    return "ms" if guess == "ms" and malay - indonesian >= MIN_MALAY_MARGIN else "id"


def _coverage(words: list[str], profile: frozenset[str]) -> float:
    return sum(w in profile for w in words) / len(words)


def _lingua(text: str) -> str | None:
    """lingua's pick among Indonesian, Malay and English, or None when it cannot tell."""
    from lingua import Language

    codes = {Language.INDONESIAN: "id", Language.MALAY: "ms", Language.ENGLISH: "en"}
    return codes.get(_detector().detect_language_of(text))


@lru_cache(maxsize=1)
def _detector():
    """Built on first use: three languages' n-gram models load in tens of milliseconds."""
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.INDONESIAN, Language.MALAY, Language.ENGLISH).build()
