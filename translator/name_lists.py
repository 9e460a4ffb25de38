"""Word lists of the name guard (translator/names.py): exonyms, capitalised Indonesian words
that translate as common words, abbreviations that do, and the titles a name follows."""

from __future__ import annotations

# Source phrase -> English forms that count as the same name (any one suffices).
EXONYMS: dict[str, tuple[str, ...]] = {
    "Jakarta Pusat": ("Central Jakarta",), "Jakarta Selatan": ("South Jakarta",),
    "Jakarta Utara": ("North Jakarta",), "Jakarta Barat": ("West Jakarta",),
    "Jakarta Timur": ("East Jakarta",), "Jawa Timur": ("East Java",),
    "Jawa Barat": ("West Java",), "Jawa Tengah": ("Central Java",), "Jawa": ("Java",),
    "Sumatera Utara": ("North Sumatra",), "Sumatera Barat": ("West Sumatra",),
    "Sumatera": ("Sumatra",), "Papua Barat": ("West Papua",),
    "Kalimantan": ("Kalimantan", "Borneo"), "Laut Cina Selatan": ("South China Sea",),
    "Amerika Serikat": ("United States", "US", "U.S.", "USA", "America"),
    "Amerika Utara": ("North America",), "Amerika Selatan": ("South America",),
    "Amerika Latin": ("Latin America",), "Amerika": ("America", "US", "U.S."),
    "Selandia Baru": ("New Zealand",), "Korea Selatan": ("South Korea",),
    "Korea Utara": ("North Korea",), "Afrika Selatan": ("South Africa",),
    "Timur Tengah": ("Middle East",), "Eropa": ("Europe", "Euro"), "Afrika": ("Africa",),
    "Arab Saudi": ("Saudi Arabia", "Saudi"),
    "Britania Raya": ("United Kingdom", "Great Britain", "Britain", "British", "UK", "U.K."),
    "Inggris Raya": ("Great Britain", "United Kingdom", "Britain", "British", "UK"),
    "Inggris": ("Britain", "British", "Briton", "England", "English", "UK", "U.K."),
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
    "Spanyol": ("Spain", "Spanish", "Spaniard"), "Italia": ("Italy", "Italian"),
    "Mesir": ("Egypt",),
    "Yunani": ("Greece", "Greek"), "Turki": ("Turkey", "Turkish", "Turk", "Türkiye"),
    "Filipina": ("Philippines", "Filipino"), "Brasil": ("Brazil",),
    "Kanada": ("Canada",), "Swiss": ("Switzerland", "Swiss"),
    "Swedia": ("Sweden", "Swedish", "Swede"),
    "Norwegia": ("Norway", "Norwegian"), "Finlandia": ("Finland", "Finnish"),
    "Polandia": ("Poland", "Polish"), "Ukraina": ("Ukraine",), "Irlandia": ("Ireland", "Irish"),
    "Skotlandia": ("Scotland", "Scottish", "Scot"), "Islandia": ("Iceland",), "Kuba": ("Cuba",),
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
    "Islam": ("Islam", "Islamic", "Muslim"), "Buddha": ("Buddha", "Buddhist", "Buddhism"),
    "AS": ("US", "U.S.", "USA", "United States", "America"),
    "PBB": ("UN", "U.N.", "United Nations"),
    "UE": ("EU", "European Union"), "Uni Eropa": ("European Union", "EU"),
    "Uni Emirat Arab": ("United Arab Emirates", "UAE", "Emirates"),
    "Uni Soviet": ("Soviet Union", "USSR", "Soviet"), "Soviet": ("Soviet",),
    # Old-world names Indonesian spells its own way.
    "Rumania": ("Romania", "Romanian"), "Sansekerta": ("Sanskrit",), "Sanskerta": ("Sanskrit",),
    "Firaun": ("Pharaoh",), "Asiria": ("Assyria", "Assyrian"), "Babilonia": ("Babylon",),
    "Mesopotamia": ("Mesopotamia",), "Persia": ("Persia", "Persian"), "Ibrani": ("Hebrew",),
    "Masehi": ("AD", "A.D.", "CE", "C.E.", "BC", "B.C.", "BCE", "Christ"),
    "Injil": ("Gospel", "Bible"),
    "Alquran": ("Quran", "Koran", "Qur'an"), "Al-Quran": ("Quran", "Koran", "Qur'an"),
    "Kairo": ("Cairo",), "Damaskus": ("Damascus",), "Bagdad": ("Baghdad",),
    "Athena": ("Athens", "Athena"), "Venesia": ("Venice",), "Napoli": ("Naples",),
    "Florensia": ("Florence",), "Jenewa": ("Geneva",), "Brussel": ("Brussels",),
    "Den Haag": ("The Hague",), "Warsawa": ("Warsaw",), "Lisabon": ("Lisbon",),
    "Vatikan": ("Vatican",), "Siberia": ("Siberia",), "Selandia": ("Zealand",),
    "Utsmaniyah": ("Ottoman",), "Usmani": ("Ottoman",), "Tionghoa": ("Chinese", "China"),
    "Ceko": ("Czech",), "Cekoslowakia": ("Czechoslovakia",), "Madinah": ("Medina",),
    "Mekkah": ("Mecca", "Makkah"), "Mekah": ("Mecca", "Makkah"), "Matius": ("Matthew",),
    "Syiah": ("Shia", "Shiite", "Shi'ite"), "Benggala": ("Bengal",), "A.S": ("US", "U.S."),
    "Antartika": ("Antarctica", "Antarctic"),
    "Arab": ("Arab", "Arabic", "Arabia", "Arabian", "dromedary"),  # unta Arab: a dromedary
    "Meksiko": ("Mexico", "Mexican"), "Hindia": ("India", "Indian", "Indies"),
    "Angkatan Laut Inggris": ("Royal Navy", "British Navy"),
    # Languages English names by their country (bahasa Mandarin: Chinese).
    "Mandarin": ("Mandarin", "Chinese"), "Kanton": ("Cantonese",),
}

# Capitalised source words that translate as common nouns or adjectives: never required.
COMMON = frozenset("""
senin selasa rabu kamis jumat jum'at sabtu minggu ahad januari februari maret april mei juni
juli agustus september oktober november desember presiden wakil menteri perdana gubernur bupati
walikota wali kota kabupaten provinsi kepala ketua direktur jenderal raja ratu pangeran putri
sultan kaisar tuan nyonya nona tn ny nn sdr gbr hlm bapak ibu pak bu dr prof sang santo santa
saint nabi tuhan dewa
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
inspektur komisaris brigadir ajun kanselir
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

# Indonesian abbreviations that translate as common words (RUU: bill, WIB: local time, BH:
# bra), Indonesian words written in capitals (OKE: OK), and time zones, which a translator
# converts or drops with the time's aside ("09:30 BST (GMT+0100)": "09:30 BST").
ABBREVIATIONS = frozenset("""
ruu uu rs rsud rsup tbc wib wita wit pm dprd mpr sd smp sma smk pt tbk bumn apbn apbd phk bbm
sim ktp ham lsm asn pns pilkada pilpres capres cawapres menkes menlu mendagri kapolri kapolda
kapolres wapres dirut jubir balita lansia narkoba ormas parpol ibu-kota pdii pd kk rt rw
asi apd sdm ispa rjp tps wni wna tki tkw atm stnk umr ump ukm umkm sdm ipo pbb-p nik
bh oke
gmt utc bst cet cest est edt cst cdt pst pdt
""".split())  # noqa: SIM905 - a word list reads best as text

# Words after which the next capitalised run is a name, wherever it stands.
TITLES = frozenset({"dr", "dr.", "prof", "prof.", "presiden", "menteri", "gubernur", "bupati",
                    "walikota", "jenderal", "raja", "ratu", "pangeran", "sultan", "paus",
                    "kota", "kabupaten", "provinsi", "jl", "jl.", "jalan", "pulau", "gunung",
                    "sungai", "desa", "kecamatan", "kampung", "tuan", "nyonya", "bapak", "ibu",
                    "pak", "bu", "sang", "santo", "kapten", "kolonel", "letnan",
                    "kanselir"})
