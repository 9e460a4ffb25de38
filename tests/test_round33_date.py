"""Round 33, published: a header's stamp that names the outlet and its section before the day
and hour, side by side behind a bullet or a bar ("Radio Kota • Ekonomi 10 Maret 2026 JAM
06:00:00 WIB"): the date-line test leaves it as text for the words before the date."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.date_stamps import clipping_stamp

LEAD = ("Memasuki pekan kedua Ramadan, harga bawang merah di Pasar Induk Lambaro mulai turun "
        "setelah sempat melonjak di awal bulan puasa karena pasokan dari Brebes tersendat.")
P2 = ("Pedagang menyebut pasokan kembali normal sejak awal pekan. Harga bawang merah kini "
      "dijual 32 ribu rupiah per kilogram, turun dari 41 ribu rupiah sepekan sebelumnya.")
P3 = ("Dinas Perdagangan memastikan akan menggelar pasar murah di lima kecamatan menjelang "
      "Lebaran untuk menahan kenaikan harga kebutuhan pokok lainnya.")


@pytest.mark.parametrize("stamp,iso", [
    ("Radio Kota Aceh • Ekonomi 10 Maret 2026 JAM 06:00:00 WIB", "2026-03-10T06:00:00+07:00"),
    ("TV Lokal Jambi | Daerah | 4 Februari 2026 pukul 19.30 WIB", "2026-02-04T19:30:00+07:00"),
    ("Suara Pantura · Hukum 12 Januari 2026 08:15 WIB", "2026-01-12T08:15:00+07:00"),
    ("Kanal Borneo • Sosial Budaya • Senin, 2 Maret 2026 - 14:05 WITA",
     "2026-03-02T14:05:00+08:00"),
    ("Warta Timur • Politik 21/01/2026 10:00 WIT", "2026-01-21T10:00:00+09:00"),
    ("Siaran Kita | Olahraga 9 April 2026 Jam 21:10 WIB", "2026-04-09T21:10:00+07:00"),
])
def test_outlet_section_stamp(stamp, iso):
    assert clipping_stamp(stamp) == iso
    page = "\n".join(["Berita ❯ Kota", "HARGA BAWANG MERAH TURUN DI PASAR INDUK", stamp,
                      LEAD, P2, P3, "Wartawan : RINA", "Berita Lainnya",
                      "Pasar Murah Digelar di Kantor Gubernur", "09 Maret 2026 JAM 18:12:40 WIB"])
    assert clean(page).published == iso


@pytest.mark.parametrize("text", [
    "Radio Kota Aceh • Ekonomi 10 Maret 2026",  # no hour: no stamp of this shape
    "Harga bawang turun sejak 10 Maret 2026 pukul 06:00 WIB",  # a sentence, no bullet
    "Jadwal • Pasar murah digelar di lima kecamatan mulai 10 Maret 2026 pukul 08.00 WIB "
    "hingga menjelang Lebaran",  # a teaser's sentence behind its bullet
    "Radio Kota Aceh • Ekonomi",
    "Kamis | Maret 5, 2026 WIB Last Updated 2026-03-05T01:00:00Z",  # a bar's day, an update
])
def test_decoys_no_stamp(text):
    assert clipping_stamp(text) is None
