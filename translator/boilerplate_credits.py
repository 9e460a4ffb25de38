"""Pure tables: credits glued to the end of the story's last paragraph, which are no part of
its text: the labels of who wrote and edited it, and a digest's credit to its source with the
source's date ("... choices. (Coconuts.co 06/02/2026)"), and the end marks and desk codes
that boilerplate.TRAILING_INITIALS reads besides its own."""

from __future__ import annotations

import re

from .signoff_tails import DESK_TAILS

# "... kepada warga. Naskah : BPBD Sulbar Editor : Tim Humas Pemprov Sulbar": one to four
# label-and-name pairs after the last sentence.
_CREDIT_LABELS = r"naskah|teks|penulis|editor|redaktur|reporter|pewarta|foto|sumber|writer"
# Round 27: a reprint's credit after the writer's name in brackets, with no colon: "... murah.
# (Budi Santoso) Source Harian Kalteng", "... tahun ini. (Rina) Sumber Radar Banjar".
GLUED_CREDITS = re.compile(
    rf"(?<=[.!?\"”’])(?:\s+(?:{_CREDIT_LABELS})\s*:\s*(?-i:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)"
    r"{0,5})){1,4}$"
    r"|(?<=[.!?\"”’])\s+\((?-i:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\)\s+(?:source|sumber)\s+"
    r"(?-i:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4})$", re.IGNORECASE)
# "(Coconuts.co 06/02/2026)", "(Thebalisun.com 26/01/2021)": a source's address and its date
# (day first, as Indonesian pages write it) in brackets after the last sentence.
SOURCE_CREDIT = re.compile(
    r"(?<=[.!?\"”’])\s+\((?P<source>(?:[A-Za-z0-9-]+\.)+[a-z]{2,3})\s+"
    r"(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})\)$")

# Round 22: a page template's date field left glued before the lead by a copy of its markup:
# "date 2026-02-17 For decades ...", "date 2025-03-14T08:00 Warga ..." (the field's label and
# an ISO date; no sentence opens so).
GLUED_STAMP = re.compile(r"^date\s+\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\s+(?=\S)")


def source_credit(text: str) -> tuple[str, str] | None:
    """(source, ISO date) of a digest's source credit closing `text`, else None."""
    m = SOURCE_CREDIT.search(text)
    if m is None or not (1 <= int(m["day"]) <= 31 and 1 <= int(m["month"]) <= 12):
        return None
    return m["source"], f"{m['year']}-{int(m['month']):02d}-{int(m['day']):02d}"


# A reporter signing off with a first name alone, glued or not: "... setiap pagi. (Patar)",
# "... tutupnya.(Irwan)": one capitalised word in brackets; a source's credit ("(Antara)",
# "(Reuters)", "(Tribunnews)") is the story's attribution and stays, as does a picture's
# ("(Istimewa)", on a caption).
_SOURCES = (r"antara\w*|reuters|afp|ap|bernama|xinhua|kyodo|yonhap|aap|bbc|cnn|kompas\w*|tempo"
            r"|detik\w*|okezone|liputan\w*|kumparan|republika|sindo\w*|inilah\w*|viva\w*|tirto"
            r"|istimewa|ilustrasi|dokumentasi|foto|photo|\w*(?:news|post|pos|times|tv|fm|online"
            r"|media|daily|press|pers)")
_FIRST_NAME_SIGNOFF = rf"\((?!(?i:{_SOURCES})\))(?-i:[A-Z][a-z]{{2,11}})\)"
# A desk's initials and the editor's, slashed with no brackets and glued to the stop of a
# word: "... pungkasnya.mam/r." (no web address has a word of three letters before its ".").
_BARE_SLASHED = r"(?<=[a-z]{3}[.!?])(?-i:[a-z]{2,4}/[a-z]{1,2})"
# An editor's name in lower case after a hash mark, "... tegasnya.# jojo": no sentence of the
# story ends so (a campaign's hashtag is written "#SaveKPK", glued and capitalised).
_HASH_SIGNOFF = r"(?-i:#\s?[a-z]{2,12})"
# More closing marks after the last sentence (joined into boilerplate.TRAILING_INITIALS): an
# end mark of an asterisk or nothing in square brackets, "... kata Iskandar. [*]", "... KUA.[]";
# the newsroom ("red", redaksi) and its desk's capitals, "(red JOS)"; a desk's short code in
# title case with spaces inside the brackets, "( Bran )"; two desks' capitals joined by a
# hyphen, "(DN-AR)"; a reporter's initials and number, "(tl/01)"; an editor's initials in
# title case with no brackets at all, "... di desanya. Jh" (no word stands alone so; after a
# word's stop, not a title's: "... said Mr. Li" keeps its name).
# Round 20: a desk's code of a digit and a letter or a letter and digits, "(2c)", "(c37)", or
# a reporter's number alone, "(09)"; a writer's name in lower case after an asterisk, "(*andi
# surya)"; a label or desk glued to its capitals, "(EditorMRC)", "(DiskominfoKKT)"; the
# editor's two capitals alone after the last stop, "... ujarnya. SK" (three, "IST", credit a
# caption's photo); an end mark of four or five asterisks, "(****)"; a writer's initials over
# the desk, "(hms/Humas FBS)"; the newsroom's "red" glued to the last stop, "... Bangka
# Tengah.red"; a lone asterisk after the last stop, "... tidak terputus. *". No sentence of a
# story ends with any of them.
_CODED_DESK = (r"\((?:\d[a-z]{1,2}|[a-z]{1,2}\d{1,3}|\d{2,3})\)"
               r"|\(\*\s?[a-z]{2,12}(?: [a-z]{2,12}){0,2}\)"
               r"|\([A-Z][a-z]{3,12}[A-Z]{2,6}\)|\(\*{4,5}\)"
               r"|(?<=[a-z]{2}[.!?”’\"]\s)[A-Z]{2}"
               r"|\([a-z]{2,5}/[A-Z][a-z]+(?: [A-Z]{2,6})?\)|(?<=[A-Za-z]{3}[.!?])(?-i:red)"
               r"|\*")
# Round 21: a writer's name in lower case, two or three words, "(yohanes seran)"; a citizen
# reporter's initials before the label, "(RH. Pewarta Warga Pajo)"; a writer's initials over
# the site's address, "[ahm/voa-islam.com]"; an advertorial's code of a label, a desk and
# the editor's initials, "(Adv-DPRD/Tj)"; a desk and an editor's initials slashed with no
# brackets after the last stop, "... terstruktur. MC Kalsel/Rd". No sentence ends so.
# Round 22: a lower-case aside is no name: "(dan sebagainya)", "(lihat tabel)", "(foto
# bersama)" hold a function word or a pointer no name holds.
_ASIDE_WORDS = (r"dan|atau|yang|di|ke|dari|untuk|dengan|pada|oleh|ini|itu|lain|sebagainya"
                r"|seterusnya|lainnya|sebelumnya|berikutnya|bersambung|selesai|lihat|baca|foto"
                r"|gambar|sumber|tabel|grafik|video|tidak|belum|sudah|akan|juga|saja|per|se")
_SIGNED_DESK = (rf"\((?!(?:[a-z]+ ){{0,2}}(?:{_ASIDE_WORDS})\b)(?-i:[a-z]{{2,12}}"
                r"(?: [a-z]{2,12}){1,2})\)"
                r"|\((?-i:[A-Z]{1,4})\.?,?\s+(?i:pewarta|reporter|wartawan|kontributor"
                r"|koresponden)\b[^()]{2,60}\)"
                r"|[(\[](?-i:[a-z]{2,5})/(?:[\w-]+\.)+[a-z]{2,3}[)\]]"
                r"|\((?-i:[A-Z][a-z]{1,3}-[A-Z]{2,6}(?:/[A-Za-z]{1,4})?)\)"
                r"|(?<=[a-z]{2}[.!?”’\"]\s)(?-i:[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}/[A-Z][a-z]{0,3})")
# "(Humasressb.dok)": a press office's documentation desk ("dok"), not a source ("(Antara)")
SOURCE_SIGNOFF = r"\([A-Z][a-z]{3,20}\.dok\)"
# What a plea offers ("Dapatkan berita terbaru ...", "Dapatkan informasi ..."); round 29: a
# magazine's plea for its print edition, "Dapatkan pembahasan yang lebih lengkap di Tabloid
# X.", "Dapatkan ulasan selengkapnya di Majalah Y."
PLEA_OBJECTS = r"berita|update|info|informasi|notifikasi|artikel|pembahasan|ulasan|liputan"
END_MARKS = (r"\[\*?\]|\((?i:red)\.?\s+[A-Z]{2,5}\)|[(\[]\s+[A-Z][A-Za-z]{1,4}\s+[)\]]"
             r"|\([A-Z]{2,4}-[A-Z]{2,4}\)|\([a-z]{2,4}/\d{1,3}\)|(?<=[a-z]{2}[.!?”’\"]\s)[A-Z][a-z]{1,2}"
             rf"|{_FIRST_NAME_SIGNOFF}|{_BARE_SLASHED}|{_HASH_SIGNOFF}|{_CODED_DESK}"
             rf"|{_SIGNED_DESK}|{DESK_TAILS}"  # round 33: signoff_tails.py
             # Round 23: Vietnam's news agency closes every story with "./." ("... rainy
             # season./.", "... next month./."), as VietnamPlus and VNA's English pages print it.
             r"|(?<=\.)/(?=\.$)"
             # Round 25: a desk's code and story number, in brackets, stars after it: "[KC.11]**",
             # "[RK.07]", "(TB.102)" (the desk's letters, a stop, the number); a desk's and
             # editors' codes whose bracket the copy cut off: "[mpk/Eng.dewi_ed.dr", "[ant/rd".
             r"|[(\[](?-i:[A-Z]{2,4})\.\s?\d{1,3}[)\]]\**|\[(?-i:[a-z]{2,5})/[\w.]{2,40}\]?"
             # Round 26: a hash mark glued to the last stop, before the desk's code or alone:
             # "... selesai.#(KP)", "... warga.# (Red)", "... kemarin.#". No sentence ends so.
             r"|(?<=[.!?”’\"])#(?=\s?[(\[]|$)"
             # a desk's capitals and the reporter's number, hyphened: "(LMC-05)", "(TR-12)"
             r"|\((?!COVID)(?-i:[A-Z]{2,5})-\d{1,3}\)"
             # Round 29: a writer's short nickname with an apostrophe: "(Ten’s)", "(Din's)"
             r"|\((?-i:[A-Z][a-z]{1,2}[’'][a-z]{1,2})\)"
             # Round 28: a desk's name over its writers' and editor's initials, two or more
             # slashed codes after a word too long to be initials: "(Diskominfotik/Rif/Cni/angge)",
             # "(Prokopim/Ags/nv)", "(Humas/Rd/Ed)"; a writer's name over the photo's credit:
             # "(Irwan/ Foto istimewa)", "(Rina/Foto: Humas Pemkot)", "(Budi/foto dok)".
             r"|\((?-i:[A-Z][A-Za-z]{4,15})(?:/(?-i:[A-Za-z]{2,8})){2,4}\)"
             r"|\((?-i:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s?/\s?(?i:foto|photo)\b[^()/]{0,30}\)")
# Where the closing marks stand: after the last sentence's stop. A writer may leave the stop
# out after the speech verb ("... di tempat lain,” pungkasnya (GM)"): shapes.closing_initials
# then reads the marks after the verb.
AFTER_STOP = r"(?<=[.!?\"”’])"
SAID_BEFORE_MARK = re.compile(
    r"\b(?:katanya|ujarnya|pungkasnya|jelasnya|tuturnya|tambahnya|ungkapnya|imbuhnya"
    r"|terangnya|tegasnya|paparnya|ucapnya|sebutnya)(?=\s*[(\[][^()\[\]]{1,40}[)\]]$)")
