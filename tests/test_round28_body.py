"""Round 28 (body): the story kept, page furniture out, paragraphs exact. Example lines are
written for these tests in the manner of real pages."""

from translator.clean import clean, normalise
from translator.photo_lead import split_photo_captions

_HEAD = "Pemkab Gianyar Gelar Lomba Ogoh-Ogoh Remaja di Lapangan Astina"
_LEAD = ("Pemerintah Kabupaten Gianyar menggelar lomba ogoh-ogoh tingkat remaja di Lapangan "
         "Astina, Sabtu (14/3/2026). Sebanyak 28 sekaa teruna dari tujuh kecamatan ikut serta.")
_P2 = ("Kepala Dinas Kebudayaan Gianyar, Made Suarta, mengatakan lomba itu digelar untuk "
       "menjaga kreativitas generasi muda menjelang Hari Raya Nyepi tahun ini.")
_P3 = ("Menurut dia, penilaian mencakup keindahan bentuk, pesan cerita dan bahan ramah "
       "lingkungan yang dipakai para peserta dalam membuat ogoh-ogoh.")
_P4 = ("Tiga pemenang teratas akan diarak pada malam pengerupukan dan mendapat dana "
       "pembinaan dari pemerintah kabupaten untuk kegiatan sekaa berikutnya.")


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


def _story(*tail: str, before: tuple[str, ...] = ()) -> tuple[str, ...]:
    art = clean(_page("Gianyar Post", _HEAD, "Sabtu, 14 Maret 2026 10:00 WITA", *before,
                      _LEAD, _P2, _P3, *tail))
    return art.paragraphs


def test_comment_form_format_tips_are_furniture():
    # Drupal's tips under the comment box, bulleted
    assert _story(_P4, "Add new comment", "Plain text", "  • No HTML tags allowed.",
                  "  • Lines and paragraphs break automatically.",
                  "  • Web page addresses and email addresses turn into links automatically.",
                  ) == (_LEAD, _P2, _P3, _P4)


def test_caption_closed_by_photographer_over_address_is_furniture():
    caption = "Peserta mengarak ogoh-ogoh di depan panggung juri. (made wirawan/gianyarpost.id)"
    assert _story(caption, _P4) == (_LEAD, _P2, _P3, _P4)


def test_caption_closed_by_its_day_is_furniture():
    caption = "Para juara berfoto bersama dewan juri usai pengumuman. (Minggu, 15/3/2026)"
    assert _story(_P4, caption) == (_LEAD, _P2, _P3, _P4)


def test_desk_over_slashed_initials_cut_off_last_paragraph():
    assert _story(_P4 + " (Diskominfo/Wdy/Ari/ayu)")[-1] == _P4
    assert _story(_P4 + " (Prokopim/Ags/Nv)")[-1] == _P4


def test_writer_over_photo_credit_cut_off_last_paragraph():
    assert _story(_P4 + " (Wayan/ Foto istimewa)")[-1] == _P4
    assert _story(_P4 + " (Ketut Sura/Foto: Humas Pemkab)")[-1] == _P4


def test_source_line_signs_the_story_off_before_a_teaser():
    teaser = ("Pemkab Gianyar juga menyiapkan 12 titik parkir di sekitar lapangan. Penataan "
              "dilakukan agar penonton tidak memakai badan jalan.")
    assert _story(_P4, "Sumber : Humas Pemkab Gianyar",
                  "Pemkab Gianyar Siapkan Kantong Parkir Saat Pawai", teaser,
                  "« Sebelumnya Berikutnya »") == (_LEAD, _P2, _P3, _P4)


def test_story_resumes_past_a_source_line():
    assert _story("Sumber : Humas Pemkab Gianyar", _P4,
                  "Selain itu, panitia menyiapkan posko kesehatan di sisi utara lapangan "
                  "bagi penonton yang kelelahan selama lomba berlangsung."
                  )[:4] == (_LEAD, _P2, _P3, _P4)


def test_photo_label_and_title_glued_before_the_lead():
    glued = f"Foto : {_HEAD.replace(' di ', ' Di ')} {_LEAD}"
    art = clean(_page("Diskominfo Gianyar", "Beranda", "Berita", _HEAD, "Admin",
                      "Sabtu, 14 Maret 2026 10:00 WITA | 210 kali dibaca", glued, _P2, _P3,
                      _P4))
    assert art.paragraphs == (_LEAD, _P2, _P3, _P4)
    assert art.title == _HEAD


def test_photo_label_without_the_title_stays_one_line():
    line = "Foto : Warga Gianyar Menonton Lomba " + _LEAD
    assert split_photo_captions([_HEAD, line]) == [_HEAD, line]


def test_lone_caption_label_takes_its_caption_along():
    caption = "Bupati memukul kulkul tanda dibukanya lomba ogoh-ogoh, Sabtu (14/3)."
    assert _story(_P4, "Caption :", caption, "Berita Terkait") == (_LEAD, _P2, _P3, _P4)
    assert "Caption : " + caption in normalise(_page(_P4, "Caption :", caption))


def test_thai_read_of_a_dash_is_a_dash():
    from translator.repair import repair
    assert repair("SRAGEN, WARTAJATENG.COM \u0e42\u20ac\u201c Sebanyak 40 pelajar") \
        == "SRAGEN, WARTAJATENG.COM \u2013 Sebanyak 40 pelajar"
    assert repair("tunggu \u0e42\u20ac\u0e06") == "tunggu \u2026"
