"""Pure: guess whether a text is Indonesian, Malay or English from its function words."""

from __future__ import annotations

import re


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

# Words one variety uses and the other avoids, with how strongly each points that way.
# Weight 2: the other variety practically never writes it; 1: it leans; 0.5: a faint hint.
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
    "kerana": 2, "boleh": 2, "sahaja": 2, "ialah": 2, "iaitu": 2, "bahawa": 2, "kerajaan": 1,
    "polis": 2, "wang": 2, "selepas": 2, "lepas": 1, "semalam": 1, "mahkamah": 0.5,
    "daripada": 1, "manakala": 2, "baharu": 2, "kenderaan": 2, "pejabat": 2, "akhbar": 2,
    "memberitahu": 2, "menerusi": 2, "sebarang": 2, "semasa": 1, "isnin": 2, "khamis": 2,
    "jumaat": 2, "rm": 2, "ringgit": 2, "universiti": 2, "encik": 2, "mesti": 1,
    "kenyataan": 1, "berkata": 1, "ahli": 1, "ramai": 1, "jabatan": 1, "tempoh": 2,
    "hospital": 2, "bilangan": 2, "dipercayai": 2, "mendapati": 2, "kakitangan": 2,
    "syarikat": 2, "peratus": 2, "projek": 2, "beliau": 0.5, "apabila": 0.5, "turut": 0.5,
}

# Fewer words than this is a title or a fragment: too little to tell the language.
MIN_WORDS = 6
# Share of words a profile must cover before it is believed; English news is ~40% function
# words, Indonesian ~30%; unrelated languages reach a few percent by accident ("in", "a").
MIN_COVERAGE = 0.15

_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """ "id", "ms", "en", or "und" when the text is too short or matches no profile."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return "und"
    english = sum(w in ENGLISH for w in words) / len(words)
    family = sum(w in MALAY_FAMILY or w in INDONESIAN or w in MALAY for w in words) / len(words)
    if max(english, family) < MIN_COVERAGE:
        return "und"
    if english > family:
        return "en"
    indonesian = sum(INDONESIAN.get(w, 0) for w in words)
    malay = sum(MALAY.get(w, 0) for w in words)
    # Without markers either way, Indonesian: it is what brief is for and the likelier input.
    return "ms" if malay > indonesian else "id"
