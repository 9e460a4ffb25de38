"""Round 35, published time: families fresh98-101 missed, widened by the family. Made-up pages
(none copied from a fixture); each test fails without its rule, each decoy keeps the result it
had before."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.date_stamps import header_stamp

LEAD = ("Puluhan pedagang sayur di Pasar Sukamakmur mengeluhkan atap los yang bocor setiap kali "
        "hujan turun, sehingga dagangan mereka sering basah dan cepat busuk.")
P2 = ("Ketua paguyuban pedagang, Warsono, mengatakan keluhan itu sudah disampaikan kepada "
      "pengelola pasar sejak tahun lalu, namun belum ada perbaikan yang berarti.")
P3 = ("Pengelola pasar berjanji mengusulkan anggaran perbaikan atap dalam pembahasan anggaran "
      "perubahan dan memasang terpal sementara di los yang paling parah.")
HEAD = "Atap Los Pasar Sukamakmur Bocor, Pedagang Sayur Merugi Tiap Hujan"


def _page(*meta: str, site: str = "Kabar Sukamakmur") -> str:
    return "\n\n".join([site, "Beranda", "Berita", HEAD, *meta, LEAD, P2, P3,
                        "Bagikan:", "Facebook", "WhatsApp", f"© 2026 {site}"])


# --- the WordPress "Posted on DATE by NAME" with the poster a desk's account in lower case
# ("by humas setwan", "by tim redaksi"), which no byline test reads: the date still dates the
# post (date_stamps.header_stamp) -----------------------------------------------------------

@pytest.mark.parametrize("stamp,iso", [
    ("Posted on 14 Mei 2026 by humas pemkab", "2026-05-14"),
    ("Posted on 3 Juni 2026 by tim redaksi", "2026-06-03"),
    ("Diposting pada 21 Maret 2026 oleh admin desa", "2026-03-21"),
    ("Published on 9 February 2026 by humas dprd", "2026-02-09"),
])
def test_posted_on_by_a_desk_account(stamp, iso):
    assert header_stamp(stamp)
    assert clean(_page(stamp)).published == iso


@pytest.mark.parametrize("line", [
    "Posted on 14 Mei 2026 by",  # no poster: the label's line, not this family
    "Pada 14 Mei 2026 oleh warga yang datang dari desa sebelah ke balai",
    "Dilaporkan 14 Mei 2026 oleh humas pemkab",
])
def test_decoy_posted_on_lines(line):
    assert not header_stamp(line)


# --- a theme's meta bullets under the title: the date in one bullet, the hour with its zone in
# the next ("• 12 June 2026" / "• 09:30 WITA"): the hour joins the date (metadata._LONE_CLOCK) -

@pytest.mark.parametrize("meta,iso", [
    (("• 12 Juni 2026", "• 09:30 WITA"), "2026-06-12T09:30:00+08:00"),
    (("• 3 March 2026", "• 14:05 WIB", "• Berita, Sleman"), "2026-03-03T14:05:00+07:00"),
    (("· 20 Mei 2026", "· 07.45 WIT"), "2026-05-20T07:45:00+09:00"),
])
def test_bulleted_hour_joins_the_date(meta, iso):
    assert clean(_page(*meta)).published == iso


@pytest.mark.parametrize("meta,iso", [
    (("• 12 Juni 2026",), "2026-06-12"),  # no hour: the bare date
    (("• 12 Juni 2026", "• 5 komentar"), "2026-06-12"),
])
def test_decoy_bullets_without_an_hour(meta, iso):
    assert clean(_page(*meta)).published == iso
