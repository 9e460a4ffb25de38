"""Round 29 (BODY): list markers on lines of their own, variant blurbs under the body, credits
glued after the last stop, a sidebar plea over the stamped lead, crossheads with particles, a
nickname sign-off, a magazine's print plea, a pull quote over the dateline."""

from translator.clean import clean
from translator.glued import split_glued_credit
from translator.variant_tail import without_variant_tail

_LEAD = ("Warga Desa Sukamaju menggelar kerja bakti membersihkan saluran irigasi sepanjang dua "
         "kilometer pada Minggu pagi bersama perangkat desa dan petugas kecamatan.")
_SECOND = ("Kepala desa mengatakan kegiatan itu digelar menjelang musim tanam agar air dari "
           "bendungan bisa mengalir lancar ke sawah warga di tiga dusun.")
_THIRD = ("Ia berharap warga terus menjaga saluran dengan tidak membuang sampah ke sungai dan "
          "melaporkan kerusakan pintu air kepada perangkat desa.")


def _paragraphs(text: str) -> list[str]:
    return list(clean(text).paragraphs)


def test_lone_list_marker_drops_from_its_item():
    page = (f"Kabar Desa\n\nWarga Gelar Kerja Bakti Irigasi\n\nSukamaju - {_LEAD}\n"
            "Panitia menerapkan beberapa aturan bagi peserta:\n-\n"
            "Setiap peserta membawa cangkul sendiri dari rumah.\n-\n"
            "Peserta datang paling lambat pukul tujuh pagi di balai desa.\n"
            f"{_SECOND}\n")
    got = _paragraphs(page)
    assert "Setiap peserta membawa cangkul sendiri dari rumah." in got
    assert "Peserta datang paling lambat pukul tujuh pagi di balai desa." in got
    assert not any(p.startswith("- ") for p in got)


def test_variant_blurbs_under_the_body_go():
    story = [_LEAD, _SECOND, _THIRD]
    blurbs = ["Kementerian PUPR mencatat 45 bendungan irigasi baru rampung tahun ini di Jawa.",
              "Sebanyak 45 bendungan irigasi baru ditargetkan selesai, sebagian besar di Jawa.",
              "Pemerintah memperkirakan 45 bendungan irigasi baru mulai beroperasi pada 2027."]
    assert without_variant_tail(story + blurbs) == story
    # a figure the story itself names earlier is its own, kept
    own = [_LEAD + " Ada 45 bendungan irigasi baru.", _SECOND, _THIRD]
    assert without_variant_tail(own + blurbs) == own + blurbs
    # two paragraphs sharing a figure are no run of blurbs
    assert without_variant_tail(story + blurbs[:2]) == story + blurbs[:2]


def test_credit_glued_after_the_last_stop_is_set_apart():
    line = ("Several operators have asked the state utility to connect their plants to the grid "
            "as the cost of running their own units continues to climb.Image source: "
            "AGENCY/Photographer NameSource: Another Site")
    head, tail = split_glued_credit(line)
    assert head.endswith("continues to climb.")
    assert tail.startswith("Image source:")
    assert split_glued_credit("Harga naik.Sumber: X") == ["Harga naik.Sumber: X"]  # too short


def test_sidebar_plea_over_a_stamped_lead_yields_to_the_lead():
    # no date between the title and the lead: the lead's stamp alone says where it starts
    page = ("Coal Weekly keeps you posted\n\nSubmit Your Stories\n"
            "We welcome story submissions from experts in the areas of shipping, ports, "
            "logistics, etc.\n\nTo Submit your story please click here.\n\n"
            "Search News\nLatest Port Headlines\n"
            "PORT TARIFFS RISE FOR THE SECOND QUARTER IN EAST KALIMANTAN\n\n\n"
            "Analyst : Budi Santoso\n"
            "Coalweekly.com - The port authority in Samarinda has raised its handling tariffs "
            "for the second quarter, citing higher fuel and labour costs at the terminal.\n\n"
            "Shipping agents said the increase would be passed on to buyers of barge cargoes "
            "loading at the river terminals, which handle most of the province's exports.\n\n"
            "The authority is expected to review the tariffs again at the end of June.\n")
    got = _paragraphs(page)
    assert got[0].startswith("The port authority in Samarinda")
    assert not any("submissions" in p for p in got)


def test_crosshead_with_a_particle_stays():
    page = (f"Kabar Desa\n\nIrigasi Desa Sukamaju Kembali Lancar\n\n{_LEAD}\n\n{_SECOND}\n\n"
            f"Manfaat bagi Petani\n\n{_THIRD}\n\nTags\nirigasi\n")
    assert "Manfaat bagi Petani" in _paragraphs(page)


def test_nickname_signoff_with_an_apostrophe_is_cut():
    page = (f"Kabar Desa\n\nIrigasi Desa Sukamaju Kembali Lancar\n\n{_LEAD}\n\n{_SECOND}\n\n"
            f"{_THIRD} (Din’s)\n")
    got = _paragraphs(page)
    assert got[-1] == _THIRD


def test_magazine_print_plea_goes():
    page = (f"Kabar Desa\n\nIrigasi Desa Sukamaju Kembali Lancar\n\n{_LEAD}\n\n{_SECOND}\n\n"
            f"{_THIRD}\n\nDapatkan ulasan yang lebih lengkap dan mendalam di Majalah Desa.\n\n"
            "Tag\nirigasi\n")
    assert not any("Majalah Desa" in p for p in _paragraphs(page))


def test_pull_quote_cut_at_its_comma_never_joins_the_dateline():
    quote = "Kalau airnya lancar, kami bisa tanam dua kali setahun"
    page = (f"Kabar Desa\n\nIrigasi Desa Sukamaju Kembali Lancar\n\n"
            "Senin, 16 Februari 2026 18:30 WIB\n\n"
            f"{quote},\nSukamaju (Kabar Desa) - {_LEAD}\n\n{_SECOND}\n\n"
            f"\"{quote},\" kata seorang petani.\n\n{_THIRD}\n")
    got = _paragraphs(page)
    assert got[0] == _LEAD
    assert f"\"{quote},\" kata seorang petani." in got


def test_leftover_stamps_leave_the_lead():
    from translator.lead_zone import without_site_stamp
    rest = ("Warga Desa Sukamaju menggelar kerja bakti membersihkan saluran irigasi pada "
            "Minggu pagi.")
    assert without_site_stamp([f"Kabarkota - {rest}", _SECOND], "Kabarkota") == [rest, _SECOND]
    assert without_site_stamp([f"SeleBintang Hiburan – {rest}"], "SeleBintang") == [rest]
    assert without_site_stamp([f"WARGA.media-{rest}"], None) == [rest]
    assert without_site_stamp([f"March 3, 2026 – {rest}"], None) == [rest]
    assert without_site_stamp([f"3 Maret 2026 - {rest}"], None) == [rest]
    # a lead that merely names the outlet, with no dash after it, stays whole
    whole = f"Kabarkota meraih penghargaan pers daerah tahun ini. {rest}"
    assert without_site_stamp([whole], "Kabarkota") == [whole]


def test_clean_cuts_the_outlets_leftover_stamp():
    page = ("KABARKOTA\nBerita Kota Terkini\n\nIrigasi Desa Sukamaju Kembali Lancar\n\n"
            f"DAERAH - Kabarkota - {_LEAD}\n{_SECOND}\n{_THIRD}\n")
    got = _paragraphs(page)
    assert got[0] == _LEAD


def test_guessed_place_with_a_colon_leaves_the_bulleted_lead():
    from translator.lead_zone import without_guessed_stamp
    lead = ("Sorong: ■ More than 800 residents have fled their homes after floods hit the "
            "town, the local disaster agency said.")
    assert without_guessed_stamp(lead, "Sorong") == lead[len("Sorong: "):]
    assert without_guessed_stamp("Menurut warga: air naik cepat sekali.", "Sorong") is None
