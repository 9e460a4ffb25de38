"""Guards on (source segment, machine translation) pairs: pure functions, table-driven."""

import pytest

from translator.guards import collapse_loop, has_loop, is_translatable, number_mismatches


@pytest.mark.parametrize("segment, expected", [
    ("", False),
    ("   \n\t", False),
    ("***", False),
    ("—", False),
    ("...", False),
    ("•", False),
    ("* * *", False),
    ("-- ~ --", False),
    ("«»", False),
    ("© ®", False),
    ("Harga naik.", True),
    ("Kata.", True),
    ("a", True),
    ("2023", True),  # digits are content: the model renders "10.000" as "10,000"
    ("(1)", True),
    ("• Jakarta", True),
    ("Ékonomi", True),
])
def test_is_translatable(segment, expected):
    assert is_translatable(segment) is expected


@pytest.mark.parametrize("output", [
    "the the the the house",
    "The police said the the the the the",
    "in the city, in the city, in the city,",
    "go home go home go home go home go home",
    "He said that he said that he said that he would come.",
    "one two three four five six one two three four five six one two three four five six",
    "Prices rose in Jakarta. Prices rose in Jakarta. Prices rose in Jakarta.",
    "aaaaaaaaaaaa",
    "What!!!!!!!!",
    "It is ............ done",
    "ha ha ha ha",
    "very very very very good",
])
def test_has_loop_fires(output):
    assert has_loop(output)


@pytest.mark.parametrize("output", [
    "",
    "very, very good",
    "step by step",
    "bye bye",
    "ha ha",
    "no, no, no",  # a single word needs four in a row
    "Merdeka! Merdeka! Merdeka!",
    "apples, pears, plums and figs",
    "1, 2, 3",
    "Allahu Akbar, Allahu Akbar",
    "day after day after day",
    "The budget is Rp1000000000, up 10 percent.",
    "He waited... and waited.",
    "again and again",
])
def test_has_loop_does_not_fire_on_normal_text(output):
    assert not has_loop(output)


@pytest.mark.parametrize("output, expected", [
    ("the the the the house", "the house"),
    ("The the the the end", "The end"),
    ("in the city, in the city, in the city, and then", "in the city, and then"),
    ("It was in the city, in the city, in the city.", "It was in the city."),
    ("go home go home go home go home go home", "go home"),
    ("They go home go home go home now.", "They go home now."),
    ("in the city, in the city, in the city, in the", "in the city"),  # cut off mid-loop
    ("Wow!!!!!!!!!", "Wow!"),
    ("aaaaaaaaa", "a"),
    ("A said B said B said B said C", "A said B said C"),
    ("x y x y x y. Then z z z z.", "x y. Then z."),
    ("Nothing loops here.", "Nothing loops here."),
])
def test_collapse_loop(output, expected):
    assert collapse_loop(output) == expected
    assert not has_loop(collapse_loop(output))


@pytest.mark.parametrize("source, output", [
    ("Harganya Rp1.500.000.", "The price is Rp1,500,000."),
    ("Harganya Rp1.500.000.", "The price is Rp1.500.000."),  # Indonesian spelling copied
    ("Harganya Rp1.500.000.", "The price is IDR 1.5 million."),
    ("Harganya Rp1.500.000,00.", "The price is IDR 1,500,000.00."),
    ("Inflasi 3,5 persen.", "Inflation is 3.5 percent."),
    ("Inflasi 3,5%.", "Inflation is 3.5%."),
    ("Inflasi 3,5%.", "Inflation is 3,5%."),
    ("Sebanyak 1.200 orang hadir.", "As many as 1,200 people attended."),
    ("Sebanyak 1.200 orang hadir.", "As many as 1200 people attended."),
    ("Anggaran Rp 2,5 triliun.", "The budget is IDR 2.5 trillion."),
    ("Anggaran Rp 2,5 triliun.", "The budget is Rp 2,500 billion."),
    ("Anggaran Rp 2,5 triliun.", "The budget is Rp2.5tn."),
    ("Dana 1,5 juta dolar.", "Funds of 1.5 million dollars."),
    ("Utang 3 miliar.", "Debt of 3 billion."),
    ("Hadiah 500 ribu.", "A prize of 500 thousand."),
    ("Hadiah 500 ribu.", "A prize of IDR 500,000."),
    ("Hadiah Rp 1 juta.", "A prize of a million rupiah."),
    ("Gempa pukul 04.25 WIB.", "The quake hit at 04.25 WIB."),
    ("Gempa pukul 04.25 WIB.", "The quake hit at 04:25."),
    ("Gempa pukul 04.25 WIB.", "The quake hit at 4:25 local time."),
    ("Gempa pukul 04.25 WIB.", "The quake hit at 4.25 a.m."),
    ("Rapat pukul 16.30 WIB.", "The meeting is at 4:30 p.m."),
    ("Rapat pukul 16.00 WIB.", "The meeting is at 4 pm."),
    ("Pada 2/3/2023 ia tiba.", "On 2/3/2023 he arrived."),
    ("Pada 2/3/2023 ia tiba.", "On 3/2/2023 he arrived."),
    ("Pada 2/3/2023 ia tiba.", "On March 2, 2023 he arrived."),
    ("Pada 2/3/2023 ia tiba.", "On 2 March 2023 he arrived."),
    ("Pada 2/3/2023 ia tiba.", "On 2023-03-02 he arrived."),
    ("Putaran ke-2 dimulai.", "The 2nd round began."),
    ("Putaran ke-2 dimulai.", "The second round began."),
    ("HUT ke-78 RI.", "The 78th anniversary of Indonesia."),
    ("Sebanyak 3 orang tewas.", "Three people were killed."),
    ("Sebanyak 10 orang tewas.", "Ten people were killed."),
    ("Pada 2 Maret 2023 ia tiba.", "He arrived on March 2, 2023."),
    ("Skor 2-1 untuk tim tamu.", "The score was 2-1 to the visitors."),
    ("Versi 1.2.3 dirilis.", "Version 1.2.3 was released."),
    ("Tanpa angka.", "No numbers at all, except 42 here."),  # extra output numbers are fine
])
def test_numbers_that_survive_are_not_flagged(source, output):
    assert number_mismatches(source, output) == []


# False alarms on correct (human) translations of FLORES-101, issue 10: numbers as words,
# Indonesian "4 puluh", unit conversions a translator made, military time.
@pytest.mark.parametrize("source, output", [
    ("Sekitar 4 puluh markas.", "Some 40 bases."),
    ("Sebanyak 20 persen air.", "Twenty percent of the water."),
    ("Melukai lebih dari 20 orang.", "Injured more than twenty people."),
    ("Selesai di urutan ke-24.", "Finished twenty-fourth."),
    ("Penelitian abad ke-20.", "Twentieth century research."),
    ("Sekitar 9.000 tahun.", "About nine thousand years."),
    ("Badai berjarak 4.800 km dari Miami.", "The storm is 3,000 miles from Miami."),
    ("Mobil yang berjarak 152 meter.", "The car which was 500 feet away."),
    ("Curah hujan 16,1 cm.", "Rainfall of 6.34 inches."),
    ("Jalur kurang dari 1,6 km.", "Trails of less than a mile."),
    ("Angin 160-320 km/jam.", "Winds of 100-200 miles/hour."),
    ("Angin 64 km per jam.", "Winds of 40 mph."),
    ("Suhu 38 derajat.", "A temperature of 100 °F."),
    ("Sekitar pukul 12.00 GMT.", "At about 1200 GMT."),
    ("Antara pukul 22.00 dan 23.00.", "Between 2200 hours and 2300."),
    ("Lautan seluas 2,2 juta km2.", "An ocean of 2.2 million square kilometres."),
    ("Pada 2023-08-17 ia tiba.", "He arrived on August 17, 2023."),
    ("Jakarta, Senin (17/8) - Harga naik.", "Jakarta, Monday (August 17) - Prices rose."),
    ("Jakarta, Senin (17/8) - Harga naik.", "Jakarta, Monday (17/8) - Prices rose."),
])
def test_correct_renderings_of_numbers_are_not_flagged(source, output):
    assert number_mismatches(source, output) == []


@pytest.mark.parametrize("source, output, missing", [
    ("Sekitar 220 km (140 mil) dari Beijing.", "About 220 km (40 miles) from Beijing.", ["140"]),
    # 165 km/h is about 105 mph, but the 105 is the source's own number: the 165 was dropped.
    ("Angin 105 mil per jam (165 km/jam).", "Winds of 105 miles per hour.", ["165"]),
    ("Curah hujan 16,1 cm.", "Rainfall of 6.1 cm.", ["16,1"]),  # near 6.34 in, but in cm
    ("Lintasan sepanjang 1.600 km.", "A 1,000 km long track.", ["1.600"]),  # ~994 mi, not km
    ("Sekitar 4 puluh markas.", "Some four bases.", ["4 puluh"]),
    ("Selesai di urutan ke-24.", "Finished twenty-third.", ["ke-24"]),
    ("Pada 2023-08-17 ia tiba.", "He arrived on August 18, 2023.", ["2023-08-17"]),
    ("Jakarta, Senin (17/8) - Harga naik.", "Jakarta, Monday (September 17).", ["17/8"]),
])
def test_conversions_and_words_do_not_hide_real_mismatches(source, output, missing):
    assert number_mismatches(source, output) == missing


@pytest.mark.parametrize("source, output, missing", [
    ("Harganya Rp1.500.000.", "The price is Rp1,600,000.", ["1.500.000"]),
    ("Harganya Rp1.500.000.", "The price has risen.", ["1.500.000"]),
    ("Inflasi 3,5 persen.", "Inflation is 35 percent.", ["3,5"]),
    ("Sebanyak 1.200 orang hadir.", "As many as 1.2 people attended.", ["1.200"]),
    ("Sebanyak 1.200 orang hadir.", "As many as 12,000 people attended.", ["1.200"]),
    ("Anggaran Rp 2,5 triliun.", "The budget is IDR 2.5 billion.", ["2,5 triliun"]),
    ("Anggaran Rp 2,5 triliun.", "The budget is IDR 2.5.", ["2,5 triliun"]),  # scale dropped
    ("Gempa pukul 04.25 WIB.", "The quake hit at 4:52.", ["04.25"]),
    ("Pada 2/3/2023 ia tiba.", "On 2/3/2024 he arrived.", ["2/3/2023"]),
    ("Pada 2/3/2023 ia tiba.", "On February 2, 2023 he arrived.", ["2/3/2023"]),
    ("Pada 2/3/2023 ia tiba.", "In March 2023 he arrived.", ["2/3/2023"]),  # day lost
    ("Putaran ke-2 dimulai.", "The third round began.", ["ke-2"]),
    ("Sebanyak 3 orang tewas.", "Four people were killed.", ["3"]),
    ("Dari 5 korban, 2 luka berat dan 3 luka ringan.", "Of the 5 victims, 2 were badly hurt.",
     ["3"]),
    ("Harga 7 dan 7 lagi, lalu 9.", "Price 8 and 8 again, then 9.", ["7"]),  # once each
    ("Naik 10.000 dari 20.000.", "Up from 20,000.", ["10.000"]),
    ("Pukul 04.25 WIB 1.500 orang lari pada 2/3/2023.", "People ran.",
     ["04.25", "1.500", "2/3/2023"]),  # source order
])
def test_numbers_lost_or_changed_are_flagged(source, output, missing):
    assert number_mismatches(source, output) == missing
