"""Pure: the proper names of an Indonesian source that are missing or altered in its English
translation, allowing known exonyms (Jawa Timur -> East Java) and a user's glossary.

Names are capitalised words not at a sentence start, acronyms, and the words after a title
(`Dr.`, `Presiden`) or a place word (`Kota`, `Kabupaten`, `Jl.`). Capitalised Indonesian words
that translate as common words (days, months, titles, directions, nationalities) are not
required. Tuned on FLORES-101 dev (see benchmarks/guards.py)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from .config import KEEP

# Source phrase -> English forms that count as the same name (any one suffices).
EXONYMS: dict[str, tuple[str, ...]] = {
    "Jakarta Pusat": ("Central Jakarta",), "Jakarta Selatan": ("South Jakarta",),
    "Jakarta Utara": ("North Jakarta",), "Jakarta Barat": ("West Jakarta",),
    "Jakarta Timur": ("East Jakarta",), "Jawa Timur": ("East Java",),
    "Jawa Barat": ("West Java",), "Jawa Tengah": ("Central Java",), "Jawa": ("Java",),
    "Sumatera Utara": ("North Sumatra",), "Sumatera Barat": ("West Sumatra",),
    "Sumatera": ("Sumatra",), "Papua Barat": ("West Papua",),
    "Kalimantan": ("Kalimantan", "Borneo"), "Laut Cina Selatan": ("South China Sea",),
    "Amerika Serikat": ("United States", "US", "U.S.", "America"),
    "Amerika Utara": ("North America",), "Amerika Selatan": ("South America",),
    "Amerika Latin": ("Latin America",), "Amerika": ("America", "US", "U.S."),
    "Selandia Baru": ("New Zealand",), "Korea Selatan": ("South Korea",),
    "Korea Utara": ("North Korea",), "Afrika Selatan": ("South Africa",),
    "Timur Tengah": ("Middle East",), "Eropa": ("Europe",), "Afrika": ("Africa",),
    "Arab Saudi": ("Saudi Arabia", "Saudi"),
    "Inggris Raya": ("Great Britain", "United Kingdom", "Britain", "British", "UK"),
    "Inggris": ("Britain", "British", "England", "English", "UK", "U.K."),
    "Rusia": ("Russia",), "Cina": ("China", "Chinese"), "Tiongkok": ("China", "Chinese"),
    "Jepang": ("Japan",), "Britania": ("Britain", "British", "UK"), "Romawi": ("Roman", "Rome"),
    "Kroasia": ("Croatia",), "Mars": ("Mars", "Martian"), "Denmark": ("Denmark", "Danish"),
    "Thailand": ("Thailand", "Thai"), "Afghanistan": ("Afghan",), "Afganistan": ("Afghan",),
    "Belgia": ("Belgium", "Belgian"), "Hongaria": ("Hungary", "Hungarian"),
    "Maladewa": ("Maldives",), "Melayu": ("Malay", "Malaysian"), "Praha": ("Prague",),
    "PDB": ("GDP",), "SM": ("BC", "BCE", "B.C."), "Makkah": ("Mecca", "Makkah"),
    "USD": ("USD", "$", "dollar"), "DPR": ("DPR", "House"),
    "Belanda": ("Netherlands", "Dutch", "Holland"), "Prancis": ("France", "French"),
    "Perancis": ("France", "French"), "Jerman": ("Germany", "German"),
    "Spanyol": ("Spain", "Spanish"), "Italia": ("Italy", "Italian"), "Mesir": ("Egypt",),
    "Yunani": ("Greece", "Greek"), "Turki": ("Turkey", "Turkish", "Türkiye"),
    "Filipina": ("Philippines", "Filipino"), "Meksiko": ("Mexico",), "Brasil": ("Brazil",),
    "Kanada": ("Canada",), "Swiss": ("Switzerland", "Swiss"), "Swedia": ("Sweden", "Swedish"),
    "Norwegia": ("Norway", "Norwegian"), "Finlandia": ("Finland", "Finnish"),
    "Polandia": ("Poland", "Polish"), "Ukraina": ("Ukraine",), "Irlandia": ("Ireland", "Irish"),
    "Skotlandia": ("Scotland", "Scottish"), "Islandia": ("Iceland",), "Kuba": ("Cuba",),
    "Palestina": ("Palestine", "Palestinian"), "Irak": ("Iraq",), "Suriah": ("Syria",),
    "Yordania": ("Jordan",), "Maroko": ("Morocco",), "Aljazair": ("Algeria",),
    "Etiopia": ("Ethiopia",), "Kamboja": ("Cambodia",), "Singapura": ("Singapore",),
    "Antarktika": ("Antarctica", "Antarctic"), "Arktik": ("Arctic",),
    "Atlantik": ("Atlantic",), "Pasifik": ("Pacific",), "Mediterania": ("Mediterranean",),
    "Karibia": ("Caribbean",), "Skandinavia": ("Scandinavia",), "Hawaii": ("Hawaii",),
    "Yerusalem": ("Jerusalem",), "Roma": ("Rome", "Roman"), "Moskow": ("Moscow",),
    "Beijing": ("Beijing", "Peking"), "Lisboa": ("Lisbon",), "Wina": ("Vienna",),
    "Paus": ("Pope",), "Yesus": ("Jesus",), "Kristus": ("Christ",),
    "Kristen": ("Christian", "Christianity"), "Katolik": ("Catholic",),
    "Yahudi": ("Jewish", "Jew", "Jews", "Judaism"), "Alkitab": ("Bible",),
    "Islam": ("Islam", "Islamic", "Muslim"), "Buddha": ("Buddha", "Buddhist"),
    "AS": ("US", "U.S.", "United States", "America"), "PBB": ("UN", "U.N.", "United Nations"),
    "UE": ("EU", "European Union"), "Uni Eropa": ("European Union", "EU"),
}

# Capitalised source words that translate as common nouns or adjectives: never required.
COMMON = frozenset("""
senin selasa rabu kamis jumat jum'at sabtu minggu ahad januari februari maret april mei juni
juli agustus september oktober november desember presiden wakil menteri perdana gubernur bupati
walikota wali kota kabupaten provinsi kepala ketua direktur jenderal raja ratu pangeran putri
sultan kaisar tuan nyonya nona bapak ibu pak bu dr prof sang santo santa saint nabi tuhan dewa
dewi universitas sekolah institut departemen kementerian dewan majelis mahkamah agung
pengadilan partai kepolisian polisi tentara angkatan darat udara laut sungai gunung pulau
kepulauan selat teluk danau tanjung semenanjung samudra samudera gurun lembah benua utara
selatan timur barat tengah raya baru besar kecil merah putih hitam hijau biru kuning emas perak
negara nasional internasional pusat republik kerajaan kekaisaran federasi serikat persatuan
bangsa bangsa-bangsa organisasi komite komisi badan lembaga perusahaan museum istana masjid
gereja kuil candi menara jembatan bandara stasiun pelabuhan jalan taman hutan kebun perang
dunia piala olimpiade liga kejuaraan festival hari natal paskah lebaran tahun abad zaman era
perjanjian konstitusi undang-undang piagam deklarasi revolusi orang suku bahasa timur-tengah
saat kemudian namun tetapi meskipun karena dia ia mereka kami kita anda saya ini itu yang dan
di ke dari pada untuk dengan bagian kelompok tim grup klub asosiasi uni ordo umat gedung ruang
kantor anggota staf pemimpin skuadron kapten letnan kolonel mayor sersan kopral laksamana
marsekal komandan panglima pasukan divisi brigade batalyon resimen armada mantan satu dua tiga
empat lima enam tujuh delapan sembilan sepuluh puluh ratus ribu juta kedua ketiga keempat
kelima keenam ketujuh kedelapan kesembilan kesepuluh pertama air akhir alam anak aset asli
badai balapan basket belahan benteng bukit bulan bumi daftar desa dingin distrik energi gambar
geologi hakim hal hewan hukum kastel kategori kawasan kelas keluarga komunitas konservatif
laki-laki lapangan lari layanan liar luar matahari medis musim negeri otoritas pangkalan
parlemen pedalaman pembalap pemerintah penduduk penjaga pipa politik pos rakyat rumah sains
saluran saraf satwa sejarah seluruh semi seni sering sistem situs tahunan tanah terbaik terbang
terbuka terjun tinggi transportasi tropis tua tur kutub siklon liat skala pengawas pasal
antariksa survei penerus insinyur kolonis balai masehi tv uu kongres dinasti guru warisan
operasi singa perunggu pameran jl minimal artikel mural elektron proton lorong ciuman sajian
perut kutukan penyedia penjara makam wilayah warga rencana tk mentari bintang langit planet
galaksi tata surya panas gugur timur-laut tenggara barat-daya barat-laut pantai kawah lautan
kerajaan-kerajaan kapur konservasi cagar wisata mampu pariwisata dinas sekretaris bendahara
juru bicara duta konsul konsulat kedutaan senator senat jaksa uskup pendeta imam biksu biarawan
hak asasi manusia kebebasan kemerdekaan keuangan pertahanan keamanan dalam umum khusus daerah
perwakilan kerja sama ekonomi sosial budaya ilmu pengetahuan teknologi informasi komunikasi
sumber daya mineral lingkungan hidup kehutanan pertanian perikanan kelautan perhubungan agama
juara pemilu pemilihan dokumen laporan surat kabar majalah berita televisi radio film lagu
album buku novel kitab puisi drama opera teater musik tari lukisan patung monumen prasasti batu
besi purba kuno modern klasik pertengahan sakit klinik apotek hotel restoran pasar toko mal
plaza stadion arena sirkuit kolam terminal bandar kereta api kapal pesawat mobil truk bus jalur
rute lintas tol pegunungan dataran rendah hulu hilir muara delta rawa tambang ladang sawah
dusun kampung kelurahan kecamatan negara-negara wilayah-wilayah zona selatan-barat khatulistiwa
garis lintang bujur waktu standar hari-hari libur idul fitri adha imlek nyepi waisak perdamaian
persahabatan perjuangan pembebasan reformasi orde lama demokrasi demokratik sosialis komunis
liberal buruh pekerja pemuda mahasiswa pelajar dosen profesor doktor dokter perawat bidan ahli
ilmuwan peneliti sejarawan filsuf penyair penulis pelukis pemusik penyanyi aktor aktris
sutradara produser pelatih pemain atlet pelari perenang petinju pegulat pesepakbola kiper wasit
juri penonton suporter penggemar tamu pembawa acara pulau-pulau danau-danau sungai-sungai gua
goa tebing karang teluk-teluk selat-selat laut-laut samudra-samudra benua-benua tengah-tengah
pusat-pusat kota-kota ibukota metropolitan provinsi-provinsi angin topan tornado gempa tsunami
letusan banjir kekeringan kebakaran wabah pandemi virus penyakit flu demam kanker jantung
paru-paru otak darah tulang kulit mata telinga
""".split())  # noqa: SIM905 - a word list reads best as text
# Indonesian derived nouns (pe-...-an, ke-...-an, per-...-an) are common words, not names.
_DERIVED = re.compile(r"(?i)^(?:pe[mn]?|peng|peny|per|ke|ber)[a-z]{3,}an$")
# Endings the two languages put on the same name (Kaspia/Caspian, Saturnus/Saturn).
_ENDINGS = re.compile(r"(?:ians?|ese|ish|ia|ium|us|um|an|es|a|e|i|o|y|s)$")
# Indonesian spelling of a name vs. the English one, reduced to a rough consonant skeleton.
_SOUNDS = (("ph", "f"), ("th", "t"), ("ch", "k"), ("kh", "k"), ("sy", "s"), ("sh", "s"),
           ("x", "ks"), ("ci", "si"), ("ce", "se"), ("cy", "si"), ("c", "k"), ("q", "k"),
           ("z", "s"), ("v", "f"), ("w", "f"), ("j", "y"), ("y", "i"))
# Indonesian loanword endings and their English ones (Produksi: Production, Desain: Design).
_LOANS = (("isasi", "ization"), ("asi", "ation"), ("si", "tion"), ("tas", "ty"), ("if", "ive"),
          ("ik", "ic"), ("ur", "ure"), ("isme", "ism"), ("is", "ist"), ("logi", "logy"),
          ("grafi", "graphy"), ("ain", "ign"), ("er", "re"), ("i", "y"))
# Indonesian abbreviations that translate as common words (RUU: bill, WIB: local time).
ABBREVIATIONS = frozenset("""
ruu uu rs rsud rsup tbc wib wita wit pm dprd mpr sd smp sma smk pt tbk bumn apbn apbd phk bbm
sim ktp ham lsm asn pns pilkada pilpres capres cawapres menkes menlu mendagri kapolri kapolda
kapolres wapres dirut jubir balita lansia narkoba ormas parpol ibu-kota pdii pd kk rt rw
""".split())  # noqa: SIM905 - a word list reads best as text

# Words after which the next capitalised run is a name, wherever it stands.
TITLES = frozenset({"dr", "dr.", "prof", "prof.", "presiden", "menteri", "gubernur", "bupati",
                    "walikota", "jenderal", "raja", "ratu", "pangeran", "sultan", "paus",
                    "kota", "kabupaten", "provinsi", "jl", "jl.", "jalan", "pulau", "gunung",
                    "sungai", "desa", "kecamatan", "kampung", "tuan", "nyonya", "bapak", "ibu",
                    "pak", "bu", "sang", "santo", "kapten", "kolonel", "letnan"})

_WORD = re.compile(r"[^\W_][\w'’.-]*", re.UNICODE)
_OPENERS = "\"“‘'([«—–-"
_MOJIBAKE = ("Ã", "Â", "â")
_NYA = re.compile(r"(?i)-?nya$")


def _fold(text: str) -> str:
    """Casefolded, accents stripped, apostrophes unified: how names are compared."""
    text = unicodedata.normalize("NFKD", text).replace("’", "'")
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_name_like(word: str) -> bool:
    """Capitalised (or an acronym, or letters mixed with digits like G20)."""
    if any(mark in word for mark in _MOJIBAKE):
        return False  # text decoded twice: its words cannot be compared
    return word[:1].isupper() or (word[:1].isdigit() and any("A" <= c <= "Z" for c in word))


def _abbreviation(raw: str) -> bool:
    """A word whose final dot does not end a sentence: a title, an initial, U.S."""
    return raw.lower() in TITLES or (len(raw) == 2 and raw[0].isupper()) or \
        (raw.count(".") > 1 and _is_acronym(raw))


def _words(text: str) -> list[tuple[str, bool]]:
    """(word, starts a sentence or a quotation) for each word of `text`."""
    out: list[tuple[str, bool]] = []
    prev, prev_end = "", 0
    for m in _WORD.finditer(text):
        raw, gap = m.group(), text[prev_end:m.start()]
        starts = not prev or (prev.endswith(".") and not _abbreviation(prev)) \
            or any(c in _OPENERS or c in ".!?…" for c in gap)
        out.append((raw if raw.lower() in TITLES else raw.rstrip(".-'’"), starts))
        prev, prev_end = raw, m.end()
    return out


def source_names(source: str) -> list[str]:
    """The proper names of `source`, as runs of words (e.g. "Malar Balasubramanian"). A word
    opening a sentence is not one (Indonesian capitalises "Menurut", "Setelah" there)."""
    names: list[str] = []
    run: list[str] = []
    after_title = False
    for word, starts in _words(source):
        bare = word if _is_acronym(word) else _NYA.sub("", word)
        named = _is_name_like(bare) and (not starts or after_title or _is_acronym(bare))
        if run and starts and not after_title:  # a new sentence ends the name before it
            names.append(" ".join(run))
            run = []
        if named:
            run.append(bare)
        elif run:
            names.append(" ".join(run))
            run = []
        after_title = bare.lower() in TITLES
    if run:
        names.append(" ".join(run))
    return names


def _skeleton(word: str) -> str:
    """A spelling-independent key: sounds unified, ending and vowels dropped, no doubles."""
    word = _fold(word)
    for a, b in _SOUNDS:
        word = word.replace(a, b)
    word = _ENDINGS.sub("", word) or word
    key = word[0] + re.sub(r"[aeiouy'h-]", "", word[1:])
    return re.sub(r"(.)\1+", r"\1", key)


def _stem(word: str) -> str:
    """The word with its sounds unified and a name ending dropped (Kaspia, Caspian: kasp)."""
    word = _fold(word)
    for a, b in _SOUNDS:
        word = word.replace(a, b)
    return _ENDINGS.sub("", word) or word


def _loan_forms(word: str) -> list[str]:
    """`word` and its English spelling where it ends like a loanword."""
    folded = _fold(word)
    forms = [word]
    for ours, theirs in _LOANS:
        if folded.endswith(ours) and len(folded) > len(ours) + 2:
            forms.append(folded[: -len(ours)] + theirs)
            break
    return forms


def _present(form: str, folded_output: str, fuzzy: bool = True) -> bool:
    """Whether `form` or, for one word, its loanword spelling occurs in the output."""
    forms = _loan_forms(form) if fuzzy and " " not in form and not _is_acronym(form) else [form]
    return any(_present_form(f, folded_output, fuzzy) for f in forms)


def _present_form(form: str, folded_output: str, fuzzy: bool = True) -> bool:
    """Whether `form` occurs in the output: as words starting with it (Japan, Japanese), or
    for one word, spelt the English way (Kopenhagen: Copenhagen, Rumania: Romanian)."""
    short = _is_acronym(form) or len(form) <= 3  # US must not match "use"
    pattern = r"(?<![\w$])" + re.escape(_fold(form)) + \
        (r"s?(?!\w)" if short and form[-1:].isalnum() else "")  # REM, REMs
    if re.search(pattern, folded_output) is not None:
        return True
    if " " in form or short or not fuzzy:
        return False
    stem, key = _stem(form), _skeleton(form)
    for w in re.findall(r"[^\W\d_][\w'-]*", folded_output):
        if _stem(w) == stem:
            return True
        other = _skeleton(w)
        if len(key) >= 3 and other.startswith(key):  # English may add letters, not drop them
            return True
    return False


def _missing_words(name: str, folded_output: str) -> list[str]:
    """The words of `name` the output lacks, after exonyms and common words are allowed."""
    words = name.split()
    missing: list[str] = []
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):  # the longest known phrase first
            phrase = " ".join(words[i:j])
            if phrase in EXONYMS:
                forms = (*EXONYMS[phrase], phrase)
                if not any(_present(f, folded_output) for f in forms):
                    missing.append(phrase)
                i = j
                break
        else:
            word = words[i]
            i += 1
            # Each part of a compound stands alone (Tibet-Mongolia, November-Februari).
            parts = [p for p in word.split("-") if p and not _common(p)] if "-" in word \
                else [word]
            if _common(word) or not parts:
                continue
            if not all(_present(p, folded_output) for p in parts):
                missing.append(word)
    return missing


def _common(word: str) -> bool:
    """A capitalised word that translates as a common word (not required in the output)."""
    folded = _fold(word).rstrip(".")
    return len(word) < 2 or folded in COMMON or folded in ABBREVIATIONS \
        or bool(_DERIVED.match(folded))


def _contains(term: str, text: str) -> bool:
    """Whether `term` occurs in `text` as whole words (case and accents aside)."""
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, _fold(term).split())) + r"(?!\w)"
    return re.search(pattern, _fold(text)) is not None


def _evident(name: str, missing: list[str]) -> bool:
    """Whether a name's missing words are surely a name lost, not a common word translated:
    an acronym or a known exonym is missing, a title or place word leads the name, or the
    output kept another word of it ("Dr. Malar Rekabramanian" for "Malar Balasubramanian")."""
    if not missing:
        return False
    words = name.split()
    if any(_is_acronym(w) or w in EXONYMS for w in missing):
        return True
    if words[0].lower() in TITLES:
        return True
    lost = {w for m in missing for w in m.split()}
    return any(w not in lost and not _common(w) for w in words)


def name_changes(source: str, output: str, glossary: Mapping[str, str] | None = None
                 ) -> list[str]:
    """The source names missing or altered in `output`, in source order; a glossary term of
    the source that the output lacks reads `glossary: TERM -> ENGLISH` (or `-> keep`)."""
    folded = _fold(output)
    found: list[str] = []
    covered: set[str] = set()
    for term, english in (glossary or {}).items():
        if not _contains(term, source):
            continue
        covered.update(_fold(w) for w in term.split())
        wanted = term if english == KEEP else english
        if not _contains(wanted, output):  # exactly the form the user asked for
            found.append(f"glossary: {term} -> {english}")
    for name in source_names(source):
        if all(_fold(w) in covered for w in name.split()):
            continue  # the glossary's entry speaks for it
        missing = [w for w in _missing_words(name, folded)
                   if not all(_fold(x) in covered for x in w.split())]
        if not _evident(name, missing):
            continue
        for word in missing:
            if word not in found:
                found.append(word)
    return found
