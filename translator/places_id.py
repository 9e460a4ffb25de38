"""Data: Indonesia's gazetteer for datelines. Every province (38), every regency (kabupaten,
416) with its seat (ibu kota kabupaten) and every city (kota, 98), as the Ministry of Home
Affairs' list of regions stood after the Papua provinces of 2022: written from knowledge of
that list, the names cross-checked against a public list of regions (none copied), the counts
per province pinned by tests/test_places_id.py.
Also the provinces' English and short forms ("West Java", "NTB") and, by rule, a name's English
forms ("North Lombok" for Lombok Utara, "Riau Islands" for Kepulauan Riau). The "Kabupaten X",
"Kota X", "Kab. X", "X Regency" and "X City" forms are read by rule in dateline_names.is_place,
not listed here. Names that are everyday words ("Batu", "Bone", "Metro", "Puncak", "Raya") are
kept apart in COMMON_WORDS, and the provinces' short forms ("Sulsel", "NTB") in SHORT_FORMS:
alone they are no evidence of a place."""

from __future__ import annotations

# One row per province: (name, its other forms, "Regency=Seat; ..." (no "=" when the seat
# bears the regency's name), "City; ...").
PROVINCES: tuple[tuple[str, str, str, str], ...] = (
    ("Aceh", "Nanggroe Aceh Darussalam|NAD",
     "Aceh Barat=Meulaboh; Aceh Barat Daya=Blangpidie; Aceh Besar=Kota Jantho; Aceh Jaya=Calang;"
     " Aceh Selatan=Tapaktuan; Aceh Singkil=Singkil; Aceh Tamiang=Karang Baru; Aceh Tengah="
     "Takengon; Aceh Tenggara=Kutacane; Aceh Timur=Idi Rayeuk; Aceh Utara=Lhoksukon; Bener Meriah"
     "=Redelong; Bireuen; Gayo Lues=Blangkejeren; Nagan Raya=Suka Makmue; Pidie=Sigli; Pidie Jaya"
     "=Meureudu; Simeulue=Sinabang",
     "Banda Aceh; Langsa; Lhokseumawe; Sabang; Subulussalam"),
    ("Sumatera Utara", "North Sumatra|Sumut",
     "Asahan=Kisaran; Batu Bara=Limapuluh; Dairi=Sidikalang; Deli Serdang=Lubuk Pakam; Humbang "
     "Hasundutan=Dolok Sanggul; Karo=Kabanjahe; Labuhanbatu=Rantauprapat; Labuhanbatu Selatan="
     "Kotapinang; Labuhanbatu Utara=Aek Kanopan; Langkat=Stabat; Mandailing Natal=Panyabungan; "
     "Nias=Gido; Nias Barat=Lahomi; Nias Selatan=Teluk Dalam; Nias Utara=Lotu; Padang Lawas="
     "Sibuhuan; Padang Lawas Utara=Gunung Tua; Pakpak Bharat=Salak; Samosir=Pangururan; Serdang "
     "Bedagai=Sei Rampah; Simalungun=Raya; Tapanuli Selatan=Sipirok; Tapanuli Tengah=Pandan; "
     "Tapanuli Utara=Tarutung; Toba=Balige",
     "Binjai; Gunungsitoli; Medan; Padangsidimpuan; Pematangsiantar; Sibolga; Tanjungbalai; "
     "Tebing Tinggi"),
    ("Sumatera Barat", "West Sumatra|Sumbar",
     "Agam=Lubuk Basung; Dharmasraya=Pulau Punjung; Kepulauan Mentawai=Tuapejat; Lima Puluh Kota="
     "Sarilamak; Padang Pariaman=Parit Malintang; Pasaman=Lubuk Sikaping; Pasaman Barat=Simpang "
     "Empat; Pesisir Selatan=Painan; Sijunjung=Muaro Sijunjung; Solok=Arosuka; Solok Selatan="
     "Padang Aro; Tanah Datar=Batusangkar",
     "Bukittinggi; Padang; Padang Panjang; Pariaman; Payakumbuh; Sawahlunto; Solok"),
    ("Riau", "",
     "Bengkalis; Indragiri Hilir=Tembilahan; Indragiri Hulu=Rengat; Kampar=Bangkinang; Kepulauan "
     "Meranti=Selatpanjang; Kuantan Singingi=Teluk Kuantan; Pelalawan=Pangkalan Kerinci; Rokan "
     "Hilir=Bagansiapiapi; Rokan Hulu=Pasir Pengaraian; Siak=Siak Sri Indrapura",
     "Dumai; Pekanbaru"),
    ("Kepulauan Riau", "Riau Islands|Kepri",
     "Bintan=Bandar Seri Bentan; Karimun=Tanjung Balai Karimun; Kepulauan Anambas=Tarempa; "
     "Lingga=Daik; Natuna=Ranai",
     "Batam; Tanjungpinang"),
    ("Jambi", "",
     "Batanghari=Muara Bulian; Bungo=Muara Bungo; Kerinci=Siulak; Merangin=Bangko; Muaro Jambi="
     "Sengeti; Sarolangun; Tanjung Jabung Barat=Kuala Tungkal; Tanjung Jabung Timur=Muara Sabak; "
     "Tebo=Muara Tebo",
     "Jambi; Sungai Penuh"),
    ("Sumatera Selatan", "South Sumatra|Sumsel",
     "Banyuasin=Pangkalan Balai; Empat Lawang=Tebing Tinggi; Lahat; Muara Enim; Musi Banyuasin="
     "Sekayu; Musi Rawas=Muara Beliti; Musi Rawas Utara=Rupit; Ogan Ilir=Indralaya; Ogan Komering "
     "Ilir=Kayuagung; Ogan Komering Ulu=Baturaja; Ogan Komering Ulu Selatan=Muaradua; Ogan "
     "Komering Ulu Timur=Martapura; Penukal Abab Lematang Ilir=Talang Ubi",
     "Lubuklinggau; Pagar Alam; Palembang; Prabumulih"),
    ("Kepulauan Bangka Belitung", "Bangka Belitung|Bangka Belitung Islands|Babel",
     "Bangka=Sungailiat; Bangka Barat=Muntok; Bangka Selatan=Toboali; Bangka Tengah=Koba; "
     "Belitung=Tanjung Pandan; Belitung Timur=Manggar",
     "Pangkalpinang"),
    ("Bengkulu", "",
     "Bengkulu Selatan=Manna; Bengkulu Tengah=Karang Tinggi; Bengkulu Utara=Arga Makmur; Kaur="
     "Bintuhan; Kepahiang; Lebong=Muara Aman; Mukomuko; Rejang Lebong=Curup; Seluma=Tais",
     "Bengkulu"),
    ("Lampung", "",
     "Lampung Barat=Liwa; Lampung Selatan=Kalianda; Lampung Tengah=Gunung Sugih; Lampung Timur="
     "Sukadana; Lampung Utara=Kotabumi; Mesuji; Pesawaran=Gedong Tataan; Pesisir Barat=Krui; "
     "Pringsewu; Tanggamus=Kota Agung; Tulang Bawang=Menggala; Tulang Bawang Barat=Panaragan; "
     "Way Kanan=Blambangan Umpu",
     "Bandar Lampung; Metro"),
    ("DKI Jakarta", "Daerah Khusus Jakarta|Daerah Khusus Ibukota Jakarta",
     "Kepulauan Seribu=Pulau Pramuka",
     "Jakarta Barat; Jakarta Pusat; Jakarta Selatan; Jakarta Timur; Jakarta Utara"),
    ("Jawa Barat", "West Java|Jabar",
     "Bandung=Soreang; Bandung Barat=Ngamprah; Bekasi=Cikarang; Bogor=Cibinong; Ciamis; Cianjur;"
     " Cirebon=Sumber; Garut; Indramayu; Karawang; Kuningan; Majalengka; Pangandaran=Parigi; "
     "Purwakarta; Subang; Sukabumi=Palabuhanratu; Sumedang; Tasikmalaya=Singaparna",
     "Bandung; Banjar; Bekasi; Bogor; Cimahi; Cirebon; Depok; Sukabumi; Tasikmalaya"),
    ("Banten", "",
     "Lebak=Rangkasbitung; Pandeglang; Serang=Ciruas; Tangerang=Tigaraksa",
     "Cilegon; Serang; Tangerang; Tangerang Selatan"),
    ("Jawa Tengah", "Central Java|Jateng",
     "Banjarnegara; Banyumas=Purwokerto; Batang; Blora; Boyolali; Brebes; Cilacap; Demak; "
     "Grobogan=Purwodadi; Jepara; Karanganyar; Kebumen; Kendal; Klaten; Kudus; Magelang=Mungkid;"
     " Pati; Pekalongan=Kajen; Pemalang; Purbalingga; Purworejo; Rembang; Semarang=Ungaran; "
     "Sragen; Sukoharjo; Tegal=Slawi; Temanggung; Wonogiri; Wonosobo",
     "Magelang; Pekalongan; Salatiga; Semarang; Surakarta; Tegal"),
    ("Daerah Istimewa Yogyakarta", "DI Yogyakarta|DIY|Special Region of Yogyakarta",
     "Bantul; Gunungkidul=Wonosari; Kulon Progo=Wates; Sleman",
     "Yogyakarta"),
    ("Jawa Timur", "East Java|Jatim",
     "Bangkalan; Banyuwangi; Blitar=Kanigoro; Bojonegoro; Bondowoso; Gresik; Jember; Jombang; "
     "Kediri=Ngasem; Lamongan; Lumajang; Madiun=Mejayan; Magetan; Malang=Kepanjen; Mojokerto="
     "Mojosari; Nganjuk; Ngawi; Pacitan; Pamekasan; Pasuruan=Bangil; Ponorogo; Probolinggo="
     "Kraksaan; Sampang; Sidoarjo; Situbondo; Sumenep; Trenggalek; Tuban; Tulungagung",
     "Batu; Blitar; Kediri; Madiun; Malang; Mojokerto; Pasuruan; Probolinggo; Surabaya"),
    ("Bali", "",
     "Badung=Mangupura; Bangli; Buleleng=Singaraja; Gianyar; Jembrana=Negara; Karangasem="
     "Amlapura; Klungkung=Semarapura; Tabanan",
     "Denpasar"),
    ("Nusa Tenggara Barat", "West Nusa Tenggara|NTB",
     "Bima=Woha; Dompu; Lombok Barat=Gerung; Lombok Tengah=Praya; Lombok Timur=Selong; Lombok "
     "Utara=Tanjung; Sumbawa=Sumbawa Besar; Sumbawa Barat=Taliwang",
     "Bima; Mataram"),
    ("Nusa Tenggara Timur", "East Nusa Tenggara|NTT",
     "Alor=Kalabahi; Belu=Atambua; Ende; Flores Timur=Larantuka; Kupang=Oelamasi; Lembata="
     "Lewoleba; Malaka=Betun; Manggarai=Ruteng; Manggarai Barat=Labuan Bajo; Manggarai Timur="
     "Borong; Nagekeo=Mbay; Ngada=Bajawa; Rote Ndao=Ba'a; Sabu Raijua=Seba; Sikka=Maumere; Sumba "
     "Barat=Waikabubak; Sumba Barat Daya=Tambolaka; Sumba Tengah=Waibakul; Sumba Timur=Waingapu;"
     " Timor Tengah Selatan=Soe; Timor Tengah Utara=Kefamenanu",
     "Kupang"),
    ("Kalimantan Barat", "West Kalimantan|Kalbar",
     "Bengkayang; Kapuas Hulu=Putussibau; Kayong Utara=Sukadana; Ketapang; Kubu Raya=Sungai Raya;"
     " Landak=Ngabang; Melawi=Nanga Pinoh; Mempawah; Sambas; Sanggau; Sekadau; Sintang",
     "Pontianak; Singkawang"),
    ("Kalimantan Tengah", "Central Kalimantan|Kalteng",
     "Barito Selatan=Buntok; Barito Timur=Tamiang Layang; Barito Utara=Muara Teweh; Gunung Mas="
     "Kuala Kurun; Kapuas=Kuala Kapuas; Katingan=Kasongan; Kotawaringin Barat=Pangkalan Bun; "
     "Kotawaringin Timur=Sampit; Lamandau=Nanga Bulik; Murung Raya=Puruk Cahu; Pulang Pisau; "
     "Seruyan=Kuala Pembuang; Sukamara",
     "Palangka Raya"),
    ("Kalimantan Selatan", "South Kalimantan|Kalsel",
     "Balangan=Paringin; Banjar=Martapura; Barito Kuala=Marabahan; Hulu Sungai Selatan=Kandangan;"
     " Hulu Sungai Tengah=Barabai; Hulu Sungai Utara=Amuntai; Kotabaru; Tabalong=Tanjung; Tanah "
     "Bumbu=Batulicin; Tanah Laut=Pelaihari; Tapin=Rantau",
     "Banjarbaru; Banjarmasin"),
    ("Kalimantan Timur", "East Kalimantan|Kaltim",
     "Berau=Tanjung Redeb; Kutai Barat=Sendawar; Kutai Kartanegara=Tenggarong; Kutai Timur="
     "Sangatta; Mahakam Ulu=Ujoh Bilang; Paser=Tana Paser; Penajam Paser Utara=Penajam",
     "Balikpapan; Bontang; Samarinda"),
    ("Kalimantan Utara", "North Kalimantan|Kaltara",
     "Bulungan=Tanjung Selor; Malinau; Nunukan; Tana Tidung=Tideng Pale",
     "Tarakan"),
    ("Sulawesi Utara", "North Sulawesi|Sulut",
     "Bolaang Mongondow=Lolak; Bolaang Mongondow Selatan=Bolaang Uki; Bolaang Mongondow Timur="
     "Tutuyan; Bolaang Mongondow Utara=Boroko; Kepulauan Sangihe=Tahuna; Kepulauan Siau "
     "Tagulandang Biaro=Ondong Siau; Kepulauan Talaud=Melonguane; Minahasa=Tondano; Minahasa "
     "Selatan=Amurang; Minahasa Tenggara=Ratahan; Minahasa Utara=Airmadidi",
     "Bitung; Kotamobagu; Manado; Tomohon"),
    ("Gorontalo", "",
     "Boalemo=Tilamuta; Bone Bolango=Suwawa; Gorontalo=Limboto; Gorontalo Utara=Kwandang; "
     "Pohuwato=Marisa",
     "Gorontalo"),
    ("Sulawesi Tengah", "Central Sulawesi|Sulteng",
     "Banggai=Luwuk; Banggai Kepulauan=Salakan; Banggai Laut=Banggai; Buol; Donggala=Banawa; "
     "Morowali=Bungku; Morowali Utara=Kolonodale; Parigi Moutong=Parigi; Poso; Sigi=Sigi Biromaru;"
     " Tojo Una-Una=Ampana; Tolitoli",
     "Palu"),
    ("Sulawesi Barat", "West Sulawesi|Sulbar",
     "Majene; Mamasa; Mamuju; Mamuju Tengah=Tobadak; Pasangkayu; Polewali Mandar=Polewali",
     ""),
    ("Sulawesi Selatan", "South Sulawesi|Sulsel",
     "Bantaeng; Barru; Bone=Watampone; Bulukumba; Enrekang; Gowa=Sungguminasa; Jeneponto; "
     "Kepulauan Selayar=Benteng; Luwu=Belopa; Luwu Timur=Malili; Luwu Utara=Masamba; Maros; "
     "Pangkajene dan Kepulauan=Pangkajene; Pinrang; Sidenreng Rappang=Sidrap; Sinjai; Soppeng="
     "Watansoppeng; Takalar=Pattallassang; Tana Toraja=Makale; Toraja Utara=Rantepao; Wajo="
     "Sengkang",
     "Makassar; Palopo; Parepare"),
    ("Sulawesi Tenggara", "Southeast Sulawesi|Sultra",
     "Bombana=Rumbia; Buton=Pasarwajo; Buton Selatan=Batauga; Buton Tengah=Labungkari; Buton "
     "Utara=Buranga; Kolaka; Kolaka Timur=Tirawuta; Kolaka Utara=Lasusua; Konawe=Unaaha; Konawe "
     "Kepulauan=Langara; Konawe Selatan=Andoolo; Konawe Utara=Wanggudu; Muna=Raha; Muna Barat="
     "Laworo; Wakatobi=Wangi-Wangi",
     "Baubau; Kendari"),
    ("Maluku", "",
     "Buru=Namlea; Buru Selatan=Namrole; Kepulauan Aru=Dobo; Kepulauan Tanimbar=Saumlaki; Maluku "
     "Barat Daya=Tiakur; Maluku Tengah=Masohi; Maluku Tenggara=Langgur; Seram Bagian Barat=Piru;"
     " Seram Bagian Timur=Bula",
     "Ambon; Tual"),
    ("Maluku Utara", "North Maluku|Malut",
     "Halmahera Barat=Jailolo; Halmahera Selatan=Labuha; Halmahera Tengah=Weda; Halmahera Timur="
     "Maba; Halmahera Utara=Tobelo; Kepulauan Sula=Sanana; Pulau Morotai=Daruba; Pulau Taliabu="
     "Bobong",
     "Ternate; Tidore Kepulauan"),
    ("Papua", "",
     "Biak Numfor=Biak; Jayapura=Sentani; Keerom=Waris; Kepulauan Yapen=Serui; Mamberamo Raya="
     "Burmeso; Sarmi; Supiori=Sorendiweri; Waropen=Botawa",
     "Jayapura"),
    ("Papua Barat", "West Papua",
     "Fakfak; Kaimana; Manokwari; Manokwari Selatan=Ransiki; Pegunungan Arfak=Anggi; Teluk "
     "Bintuni=Bintuni; Teluk Wondama=Rasiei",
     ""),
    ("Papua Barat Daya", "Southwest Papua",
     "Maybrat=Kumurkek; Raja Ampat=Waisai; Sorong=Aimas; Sorong Selatan=Teminabuan; Tambrauw=Fef",
     "Sorong"),
    ("Papua Tengah", "Central Papua",
     "Deiyai=Waghete; Dogiyai=Kigamani; Intan Jaya=Sugapa; Mimika=Timika; Nabire; Paniai="
     "Enarotali; Puncak=Ilaga; Puncak Jaya=Mulia",
     ""),
    ("Papua Pegunungan", "Highland Papua|Papua Highlands",
     "Jayawijaya=Wamena; Lanny Jaya=Tiom; Mamberamo Tengah=Kobakma; Nduga=Kenyam; Pegunungan "
     "Bintang=Oksibil; Tolikara=Karubaga; Yahukimo=Dekai; Yalimo=Elelim",
     ""),
    ("Papua Selatan", "South Papua",
     "Asmat=Agats; Boven Digoel=Tanah Merah; Mappi=Kepi; Merauke",
     ""),
)
# Towns datelines name that are neither seats nor cities (the main town under another name,
# a regency's old seat, a district that datelines name, as "Wasior" for Teluk Wondama), and
# other spellings and former names of regions ("Batubara", "Mamuju Utara" for Pasangkayu).
TOWNS = ("Jakarta|Batubara|Mamuju Utara|Maluku Tenggara Barat|Toba Samosir|Banyu Asin"
         "|Padangsidempuan|Sidikalang|Kisaran|Wasior|Kuta|Ubud|Nusa Dua|Kintamani|Labuan Bajo"
         "|Bukit Tinggi"
         "|Kotamobagu|Cikarang|Cibinong|Soreang|Serui|Timika|Sentani|Jantho|Idi|Pelabuhan Ratu"
         "|Tarogong|Caruban|Sidrap|Sangata|Tanjung Pinang|Pangkal Pinang|Kayu Agung|Kulonprogo"
         "|Gunung Kidul|Tolitoli|Toli-Toli|Palangkaraya|Bau-Bau|Pare-Pare|Rantau Prapat"
         "|Selat Panjang|Tanjung Pandan|Tanjungpandan|Tanjung Balai|Pagaralam|Sawah Lunto"
         "|Padang Sidempuan|Siantar|Tebingtinggi|Lubuk Linggau|Kota Bumi")
# Regencies' short forms in central and eastern Indonesia, as datelines, press desks and site
# names print them ("Kukar", "Lotim", "Parimo", "Halut"): read only for a stamp's zone (a time
# with no zone on a Kukar page is WITA), not as datelines' places, for many are everyday
# syllables elsewhere. Short form = the regency's name above, lower-case.
REGENCY_SHORT: dict[str, str] = dict(item.split("=") for item in """
kukar=kutai kartanegara|kutim=kutai timur|kubar=kutai barat|ppu=penajam paser utara
|mahulu=mahakam ulu|hss=hulu sungai selatan|hst=hulu sungai tengah|hsu=hulu sungai utara
|batola=barito kuala|tanbu=tanah bumbu|lobar=lombok barat|loteng=lombok tengah
|lotim=lombok timur|klu=lombok utara|ksb=sumbawa barat|mabar=manggarai barat
|matim=manggarai timur|sbd=sumba barat daya|tts=timor tengah selatan|ttu=timor tengah utara
|pangkep=pangkajene dan kepulauan|sidrap=sidenreng rappang|lutim=luwu timur|lutra=luwu utara
|tator=tana toraja|torut=toraja utara|parimo=parigi moutong|touna=tojo una-una
|morut=morowali utara|bangkep=banggai kepulauan|konsel=konawe selatan|konut=konawe utara
|koltim=kolaka timur|kolut=kolaka utara|busel=buton selatan|buteng=buton tengah
|butur=buton utara|mubar=muna barat|konkep=konawe kepulauan|minut=minahasa utara
|minsel=minahasa selatan|mitra=minahasa tenggara|bolmong=bolaang mongondow
|boltim=bolaang mongondow timur|bolsel=bolaang mongondow selatan
|bolmut=bolaang mongondow utara|sitaro=kepulauan siau tagulandang biaro|bonebol=bone bolango
|gorut=gorontalo utara|malteng=maluku tengah|malra=maluku tenggara|mbd=maluku barat daya
|sbb=seram bagian barat|sbt=seram bagian timur|bursel=buru selatan|halut=halmahera utara
|halsel=halmahera selatan|halbar=halmahera barat|halteng=halmahera tengah
|haltim=halmahera timur|kepsul=kepulauan sula
""".replace("\n", "").split("|"))
# Names that are everyday words, acronyms or common section names ("batu" stone, "bone",
# "metro", "puncak" summit, "raya" great, "negara" state, "kisaran" range, "IDI" the doctors'
# association): no evidence of a place on their own; read only with "Kabupaten"/"Kota" or
# "Regency"/"City", or in shapes that need no known place.
COMMON_WORDS = frozenset(w.strip() for w in """
batu|bone|metro|puncak|raya|negara|sumber|salak|pandan|tanjung|benteng|mulia|rantau|parigi
|koba|bula|seba|daik|fef|tais|kepi|waris|manna|raha|lotu|gido|weda|maba|anggi|tiom|rupit
|buru|landak|borong|marisa|rumbia|limapuluh|tanah merah|teluk dalam|simpang empat|sungai raya
|kisaran|idi
""".replace("\n", "").split("|"))

# A direction that closes a region's name, and its English form ("Lombok Utara" = "North
# Lombok"); "Barat Daya" before "Barat", so the longer suffix is read first.
_DIRECTIONS = (("barat daya", "southwest"), ("tenggara", "southeast"), ("utara", "north"),
               ("selatan", "south"), ("timur", "east"), ("barat", "west"), ("tengah", "central"))


def _english(name: str) -> list[str]:
    """A region's usual English forms: "Lombok Utara" -> "North Lombok", "Kepulauan Riau" ->
    "Riau Islands", "Sumatera Barat" -> "West Sumatra"."""
    low = name.lower().replace("sumatera", "sumatra")
    forms = [low] if low != name.lower() else []
    for suffix, english in _DIRECTIONS:
        if low.endswith(" " + suffix):
            forms.append(f"{english} {low[:-len(suffix) - 1]}")
            break
    if low.startswith("kepulauan "):
        forms.append(low.removeprefix("kepulauan ") + " islands")
    return forms


def _gazetteer() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str],
                        frozenset[str]]:
    """(provinces, regencies, cities, seats and towns, provinces' short forms), lower-case,
    English forms added; a one-word other form of a province ("Sulsel", "NTB") is its short
    form."""
    provinces: set[str] = set()
    short: set[str] = set()
    regencies: set[str] = set()
    cities: set[str] = set()
    seats: set[str] = {t.lower() for t in TOWNS.split("|")}
    for province, others, regency_text, city_text in PROVINCES:
        for name in (province, *filter(None, others.split("|"))):
            if name != province and " " not in name:
                short.add(name.lower())
                continue
            provinces.update([name.lower(), *_english(name)])
        for item in filter(None, (i.strip() for i in regency_text.split(";"))):
            regency, _, seat = item.partition("=")
            regencies.update([regency.lower(), *_english(regency)])
            seats.add((seat or regency).lower())
        for city in filter(None, (c.strip() for c in city_text.split(";"))):
            cities.update([city.lower(), *_english(city)])
    return frozenset(provinces), frozenset(regencies), frozenset(cities), frozenset(seats), \
        frozenset(short)


PROVINCE_NAMES, REGENCY_NAMES, CITY_NAMES, SEAT_NAMES, SHORT_FORMS = _gazetteer()
# Every name above a dateline may give alone, less the everyday words. The provinces' short
# forms ("Sulsel", "Jabar") are not among them: a regional channel's rubric and a brand's
# suffix ("Kitasulsel") more often than a dateline's place (boilerplate_datelines lists them).
PLACES_ID = (PROVINCE_NAMES | REGENCY_NAMES | CITY_NAMES | SEAT_NAMES) - COMMON_WORDS
# Every name, everyday words included: for "Kota Batu", "Kabupaten Puncak", "Bone Regency".
REGIONS_ID = REGENCY_NAMES | CITY_NAMES | PROVINCE_NAMES
