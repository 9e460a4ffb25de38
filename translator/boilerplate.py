"""Data for `clean`: what Indonesian news pages pad a story with, as tables of patterns.

Boilerplate families (each row of FURNITURE names its kind; the kind only helps debugging):
- page chrome: loading notices, font-size buttons (A A A), menu paths (Home > News), section
  menus (a line of section names), share widgets (a line of network names), one-word buttons;
- pagination: "Halaman 1 2 Selanjutnya", "Halaman 2 dari 3", page numbers, "Show All";
- adverts: ADVERTISEMENT, SCROLL TO CONTINUE WITH CONTENT, sponsored labels;
- related links: inline "Baca juga: <headline>"; a bare "Baca juga" header makes the headline
  lines under it links (RELATED_HEADERS); "Berita Terkait" and friends close the article
  (END_MARKERS); auto-generated Q&A/FAQ blocks are skipped from their header (QA_HEADERS);
- pleas: newsletter, subscription and paywall, app download, WhatsApp/Telegram channels,
  Google News;
- summary boxes above the lead ("Poin Penting", "Ringkasan") share QA_HEADERS;
- pictures and media: captions ("Foto: ...", "... (KOMPAS.com/NAME)", "ANTARA FOTO/X/Y"),
  photo credits, "Lihat Foto", video embeds ([Gambas:Video 20detik]), audio players;
- people: bylines, editor and reporter lines (BYLINES), reporter initials "(dil)", "[ald]";
- page end: end marks (***), copyright and network footers, republication notes, disclaimers,
  tags, comment widgets, render timings.

Outlet-specific knowledge is rows, never code: to support a new outlet add an OUTLETS row
(boilerplate_outlets.py: its display name and how pages spell it) and, only if its pages use a
new dateline shape, a DATELINES row; a furniture line nobody else prints is one FURNITURE row.
Line patterns match a whole normalised line (`fullmatch`), case-insensitive unless a part is
wrapped in (?-i:...).
"""

from __future__ import annotations

import re

from .boilerplate_chrome import CHROME_ROWS, FEED_END_ROWS
from .boilerplate_credits import (AFTER_STOP, END_MARKS, GLUED_CREDITS, GLUED_STAMP, PLEA_OBJECTS,
                                  SOURCE_CREDIT, SOURCE_SIGNOFF as _SOURCE_SIGNOFF)
from .boilerplate_datelines import (  # noqa: F401  (re-exported)
    BARE_DATELINE,
    DATELINES,
    MIN_DATELINE_REST_WORDS,
    NOT_DATELINE_WORDS,
    OUTLET_WORDS,
    PLACES,
    UNPUNCTUATED_DATELINE,
    Dateline,
)
from .boilerplate_outlets import OUTLET_PATTERNS, OUTLETS, Outlet  # noqa: F401  (re-exported)


def _compile_lines(rows: tuple[tuple[str, str], ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(kind, regex) rows -> (kind, compiled) rows, case-insensitive."""
    return tuple((kind, re.compile(rx, re.IGNORECASE)) for kind, rx in rows)


# Who photo credits name: agencies, outlets' own photo desks, "documentation", "handout".
_CREDITS = (r"kompas\.com|antara foto|antara|detikcom|sindonews|dok\.?|istimewa|tangkapan layar"
            r"|shutterstock|afp|reuters|ap(?: photo)?|getty images|epa|tribunnews|freepik"
            r"|unsplash|pexels|humas[\w .]*|cnn indonesia|kumparan|tempo|liputan6\.com")

# Credits that only ever label pictures (never a news agency cited for a paragraph).
_PHOTO_CREDITS = (r"dok\.?|istimewa|tangkapan layar|shutterstock|getty images|antara foto"
                  r"|ap photo|freepik|unsplash|pexels|ilustrasi")

# Reporter initials an outlet closes a story with, "(ian)", "(rrd/das)", "[ald]", "(*/ant)",
# and desk codes, "(Z-2)", "(Ant/S-1)": case-sensitive (initials lower-case, codes upper-case),
# so wrapped in (?-i:...) inside a case-insensitive table.
# "(mcr8/jpnn)": a desk's initials may carry a number; "(adv-red)", "(rls-red)": a hyphen.
# "(safrizal)": a reporter's name in lower case stands where the initials would.
_INITIALS = r"[(\[](?:\*/)?[a-z]{2,10}(?:-?\d{1,2})?(?:\s*[/-]\s*[a-z*]{1,6}\d{0,2}){0,3}[)\]]"
# "(Diskominfo/Ang)", "(Humas/Rd)": a desk and an editor's capitalised initials.
_DESK_INITIALS = r"\([A-Z][A-Za-z]{2,15}/[A-Z][a-z]{1,3}\)"
# "(MC. Isen Mulang/rdn)": a newsroom unit's writer and the editor's initials.
_NAMED_DESK = r"\((?:[A-Z]{2,4}\.\s*)?[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,3}/[a-z]{2,5}\)"
# "(OL-13)": the desk's letters may be two; "(Red)": the newsroom (redaksi) signs off.
_DESK_CODE = r"\((?:(?:[A-Za-z]{2,4}/)?[A-Z]{1,2}-?\d{1,3}|Red)\)"

# Words that make up share widgets, section menus and buttons: a line made only of these is
# page chrome, whatever order they come in.
def _words(text: str) -> frozenset[str]:
    """A word set written as running text, which reads better than a list of quoted words."""
    return frozenset(text.split())


WIDGET_WORDS = _words("""
bagikan share shares tweet facebook fb twitter x whatsapp wa telegram line linkedin pinterest
email e-mail copy link links salin tautan url komentar comments comment like suka follow ikuti
unfollow simpan save print cetak kirim send home beranda news berita nasional internasional
ekonomi bisnis finansial keuangan politik hukum olahraga sport sports bola otomotif tekno
teknologi sains lifestyle gaya hidup hiburan seleb selebriti entertainment kesehatan health
travel wisata kuliner food edukasi pendidikan regional daerah megapolitan metro jabodetabek
dunia world internasional opini kolom video foto infografis indeks index terkini terbaru
populer trending premium kanal channel menu search cari login masuk daftar register logout
keluar langganan subscribe berlangganan tutup close more lainnya selengkapnya lanjut kembali
back top atas next prev sebelumnya berikutnya selanjutnya muat load hide ads iklan tv live
streaming podcast kategori category tag tags topik rubrik properti perempuan wanita
muslim khazanah islam religi haji jateng jatim jabar diy sumut sulsel bali papua and dan
global market markets investasi saham bursa fintech startup energi humaniora kriminal
peristiwa ragam viral unik lokal cek fakta fact check games game esports musik film jakarta
""")

# Section names only: used to tell a menu line from a headline ("Nasional Ekonomi Bola").
MENU_MIN_SHARE = 0.75

# Lines that are never article text, by kind. Each regex must match the WHOLE line.
FURNITURE = _compile_lines((
    ("loading", r"loading\.*|memuat\.*|please wait\.*|sedang memuat\W*"),
    ("font-size", r"(?:A[+-]?\s*){1,3}|ukuran (?:huruf|font)\W*|text size\W*"),
    ("pagination", r"halaman\s*:?(?:\s*\d+)*(?:\s+(?:selanjutnya|berikutnya|next|»|›|>))?"
                   r"|(?:halaman|page)\s+\d+\s+(?:dari|of)\s+\d+|\d{1,3}"
                   r"|\d{1,2}\s+(?:dari|of)\s+\d{1,2}\s+(?:halaman|pages?)"  # "2 dari 3 halaman"
                   r"|(?:[«‹<]\s*)?(?:prev(?:ious)?|sebelumnya)?(?:\s*\d{1,3}){1,12}\s*"
                   r"(?:next|selanjutnya|berikutnya)?(?:\s*[»›>])?"
                   r"|(?:halaman\s+)?(?:selanjutnya|berikutnya|sebelumnya)\W*|next page|show all"
                   r"|tampilkan semua|lihat semua|(?:baca|lihat) selengkapnya\W*|selengkapnya\W*"
                   r"|(?:lanjut(?:kan)?|lanjut baca|baca) (?:ke )?halaman (?:\d+|berikut\w*)\W*"
                   r"|(?:halaman|page) (?:selanjutnya|berikutnya|sebelumnya|\d+)\W*"
                   r"|(?:bersambung ke (?:hal(?:aman)?\.?|page)|continued on page)\s*\d{1,3}"
                   r"|continue reading\W*|read (?:more|next)\W*|load more|muat lebih banyak"),
    ("advert", r"advertisement|scroll to (?:continue|resume)(?: with)?(?: content)?|iklan|ads?"
               r"|sponsored|konten (?:sponsor|berbayar|premium)|ad by \w+|hide ads"
               r"|tutup iklan|close ads?|(?:artikel|konten) (?:ini )?(?:berlanjut|dilanjutkan)"
               r" (?:di bawah|setelah iklan)\W*|story continues below(?: advertisement)?"
               r"|\W*(?:advertisement|iklan)\W*"
               # "Advertisement. Scroll to continue reading.": the label and its prompt
               r"|(?:(?:advertisement|iklan)\W+)?scroll to (?:continue|resume)"
               r"(?: with)?(?: content| reading)?\W*"
               r"|gulir (?:ke bawah )?untuk (?:lanjut|melanjutkan) (?:baca|membaca)\W*"),
    # "Baca juga: <headline>" inline; the bare "Baca juga" header is RELATED_HEADERS below.
    ("related-link", r"(?:baca|lihat|simak|cek)\s+(?:juga|pula|lainnya)\s*[:>»-]?\s*\S.*"
                     r"|(?:baca|read) (?:also|more|juga)\s*:.*|pilihan editor\s*:.*"
                     r"|(?:artikel|berita) (?:terkait|menarik|lainnya)\s*:.*"
                     r"|(?:related|see also|also read)\s*:.*|\W*baca juga\W+.*"),
    ("video", r"simak\s+(?:video|juga|breaking news|berita|selengkapnya|informasi|artikel|live)\b.*"
              r"|\[gambas:[^\]]*\]|(?:tonton|saksikan)(?:\s+juga)?(?:\s+video)?\s*:.*|video\s*:.*"
              r"|(?:video|foto) pilihan(?: hari ini)?\W*|(?:play|putar) video\W*"
              r"|jangan lewatkan video[\w ]*\W*|(?:watch|tonton) (?:the )?video\W*"
              r"|(?=.{0,70}$)(?:saksikan|tonton|simak|lihat|watch)\b.*\bvideo\b.*"
              # "Watch the video “<title>” here:": a player's prompt with the clip's title
              r"|(?:watch|tonton|saksikan) (?:the )?video\b.{0,160}\b(?:here|di sini|berikut)\s*:"
              # "VIDEO BANJIR DEMAK: WARGA ...": a shouted media label before its colon.
              r"|(?-i:(?:VIDEO|FOTO|INFOGRAFIS|GALERI)(?: [A-Z0-9'’-]+){0,6}:\s.*)"),
    # "(Image: ©The Bali Sun – Name)": the label may open a bracket.
    ("caption", r"\(?(?:foto|photo|ilustrasi|gambar|dok\.?|keterangan foto|sumber foto|image"
                r"|caption|credit)\s*:.*|ilustrasi\W*|\(?ilustrasi[^)]{0,40}\)?\.?"),
    # A caption ends in its credit: "... New Delhi, India. Foto/Reuters", "... (KOMPAS.com/X)",
    # "... Foto: Dok. Humas", "ANTARA FOTO/Aprillio Akbar/foc."
    ("caption-credit", r".*\b(?:foto|photo|dok)\s*/\s*[\w &'’-]{2,40}(?:/[\w &'’-]{1,20})*"
                       r"(?:/[a-z]{2,5}\.)?\)?"),
    ("caption-credit", r".*\b(?:kompas\.com|antara foto|dok\.?)/[\w .&'’-]{2,40}(?<!\.)\)?"),
    # "KOMPAS/PRIYOMBODO", "ANTARA/Aditya": a photo desk and photographer on their own line.
    ("caption-credit", r"(?-i:[A-Z][A-Za-z0-9.&-]*(?: [A-Z][A-Za-z0-9.&-]*){0,2}/"
                       r"[A-Z][\w .'’-]{1,40})"),
    # "... di Banjar. TRIBUNNEWS.COM/M RIZKI RAMADHAN": a shouted domain and photographer.
    ("caption-credit", r".*(?-i:\b[A-Z0-9-]+\.(?:COM|CO\.ID|ID|NET)/[A-Z][A-Z .'’-]{1,40})"),
    ("caption-credit", r".{0,300}[.)]\s*\(?(?:foto|photo|sumber foto|image|credit)\s*:\s*"
                       r"[^!?\"”]{2,60}\)?\.?"),
    # "(KOMPAS.com/NAME)": a credit with a slash; "(hms/Humas)", "... pasar. (Humas/Redaksi)" sign.
    ("caption-credit", rf"(?!.*[.!?\"”]\s*\([^()/]*/\s*red(?:aksi)?\)$).*\((?:foto\s*:?\s*)?"
                       rf"(?:{_CREDITS})\s*/[^()]*\)"
                       rf"|.*\((?!(?!dok|foto)[a-z]{{2,5}}/)[^()]*/\s*(?:{_CREDITS})\)"),
    # "(Outlet/Photographer)" closes a caption; after a stop only with a person's name ("...
    # katanya. (Antara/AFP)" credits agencies), never after a quote's verb (round 34).
    ("caption-credit", r".{0,400}[^.!?\"”’\s]\s*\((?-i:[A-Z][\w.]*(?: [\w.]+){0,3})/"
                       r"(?-i:[A-Z][\w. ]{1,40})(?:/[\w. ]{1,20})?\)\.?"
                       r"|(?!.*[”\"],?\s+\w+nya\b).{0,400}\((?-i:[A-Z][\w.]*(?: [\w.]+){0,3})/"
                       r"(?-i:[A-Z][\w.]*(?: [A-Z][\w.]*){1,3})(?:/[\w. ]{1,20})?\)\.?"),
    # "(AFP)" after a phrase closes a caption, but "... katanya. (Antara)" closes a paragraph;
    # "(Dok. Istimewa)" is a photo credit wherever it stands.
    ("caption-credit", rf".*[^.!?\"”’'\s]\s*\((?:foto\s*:?\s*)?(?:{_CREDITS})[^()]*\)"
                       rf"|.*\((?:foto\s*:?\s*)?(?:{_PHOTO_CREDITS})[^()]*\)"),
    ("photo-ui", r"lihat foto|(?:\d+\s+)?foto|galeri foto|perbesar|zoom|klik untuk memperbesar"
                 r"|(?:\d+\s*/\s*\d+)|geser untuk melihat.*|swipe.*"),
    ("broken-image", r"(?:gambar|image|foto)(?: tidak| not)? (?:tersedia|available|ditemukan)\W*"
                     r"|\S+\.(?:jpe?g|png|gif|webp|svg)(?:\?\S*)?|\[?image\]?|\[?img\]?"),
    # Reporter initials closing an article: "(ian)", "(rrd/das)", "[ald]", "(*/ant)", "(Z-2)".
    ("initials", rf"(?-i:{_INITIALS})|[(\[]\*[)\]]|(?-i:{_DESK_CODE})"
                 r"|(?-i:\((?:ANT|ant|Ant)(?:/\w+)?\))"),
    ("end-mark", r"[*#~=_—–-]{3,}|(?:\*\s*){3,}|\(?(?:end|selesai|tamat|habis)\)?"
                 r"|-+\s*(?:end|selesai)\s*-+|\(\*{3}\)|\.{3,}"),
    ("newsletter", r"(?:sign ?up|register|daftar)(?: (?:now|free|here|sekarang|gratis))?\W*"
                   rf"|.*\bnewsletter\b.*|dapatkan\s+(?:{PLEA_OBJECTS})\b.*"
                   r"|.*\bdaftar sekarang\W*|sudah (?:berlangganan|punya akun)\W.*"
                   r"|(?:subscribe|berlangganan|langganan)(?: (?:now|sekarang|here|di sini))?\W*"
                   r"|.*\b(?:subscribe|berlangganan) (?:now|sekarang|to (?:our|the) newsletter"
                   r"|di sini|gratis)\b.*|.*\b(?:khusus|hanya) (?:untuk )?(?:pelanggan|pembaca"
                   r" premium|member|subscribers?)\W*|(?:berlangganan|subscribe|masuk|login|daftar)"
                   r" (?:untuk|to) (?:membaca|melanjutkan|read|continue)\b.*"),
    ("app-promo", r"(?:download|unduh)\s+(?:aplikasi|app)\b.*|pilih saluran andalanmu.*"
                  r"|(?=.*\b(?:dapatkan|ikuti|gabung|bergabung|join|follow|simak|update|klik|pantau"
                  r"|berita|news|informasi|info|kunjungi|berlangganan|subscribe)\b).*\b(?:di|on|via"
                  r"|lewat|melalui|dan|&)\s+(?:google news|whatsapp channel"
                  r"|saluran whatsapp|channel whatsapp|grup telegram|telegram channel|wa channel"
                  r"|grup whatsapp)\b.*|(?:whatsapp|wa|telegram) channel\W.*"
                  r"|(?:ikuti|follow)\s+(?:kami|us|berita|kanal|saluran|akun|update|instagram"
                  r"|tiktok|youtube)\b.*"
                  r"|.*\bklik (?:di ?sini|(?:link|tautan) (?:berikut|ini|di bawah))\b.*"
                  r"|.*\b(?:https?://)?(?:t\.me|bit\.ly|wa\.me|s\.id)/\S+.*"
                  r"|(?:ayo|yuk|mari)\W+(?:gabung|bergabung)\b.*|.*\b(?:gabung|bergabung|join)\b"
                  r".{0,40}\b(?:grup|channel|saluran)\s+(?:telegram|whatsapp|wa)\b.*"),
    ("copyright", r"(?:copyright|hak cipta|©|\(c\)).*|.*all rights reserved\W*"
                  r"|.*\b(?:kompas gramedia|kg media|emtek|mnc (?:group|media|portal)"
                  r"|tribun network|jawa pos group|viva (?:group|media)|media group network"
                  r"|tempo media group|detik network|trans media|cnn indonesia network)\b"
                  r"[^.!?]{0,40}"
                  r"|(?:part of|bagian dari|a member of)\s.{0,60}\b(?:network|group|media)\W*"),
    ("republication", r"artikel ini (?:telah |sudah )?(?:tayang|terbit|dipublikasikan|dimuat)"
                      r"\b.*|this (?:article|story) (?:was|has been|first) (?:first )?"
                      r"(?:published|appeared)\b.*"),
    # ... and a citizen-journalism platform's notice that its pieces are its users' ("X
    # bersifat User Generated Content (UGC). ...", "X merupakan platform UGC untuk ...").
    ("disclaimer", r"disclaimer\s*:.*|disclaimer\W*|dilarang (?:keras )?(?:mengambil|mengutip"
                   r"|menyalin)\b.*|.*\bpengindeksan otomatis\b.*|catatan redaksi\s*:.{0,200}"
                   r"|.{0,60}\b(?:bersifat|merupakan|adalah) (?:sebuah )?(?:platform |situs "
                   r"|media )?user[- ]generated content\b.*"),
    # "rendered in 0.2 s", "read/ rendering in 0.2277 seconds (0.1#10.140)"
    ("render-stats", r"(?:\S+\s+)?render(?:ed|ing)? in [\d.]+ ?(?:seconds|detik|s)\b.{0,40}"
                     r"|page generated in .*"),
    ("read-time", r"(?:waktu baca\s*:?\s*)?\d+\s*(?:menit|min(?:ute)?s?)(?: baca| read)?\W*"
                  r"|(?:dibaca|views?|dilihat)\s*:?\s*[\d.,]+(?:\s*kali)?|[\d.,]+\s*(?:kali dibaca"
                  r"|views?|x dibaca|pembaca)|\d+\s*(?:jam|menit|detik|hari|minggu|bulan) "
                  r"(?:yang )?lalu|\d+\s*(?:hours?|minutes?|days?) ago"),
    ("source", r"sumber\s*:.*|source\s*:.*"),
    # The site's contact block: an office's label, and its street address ending in the
    # postal code ("Menara X Lantai 5, Jalan Y 21, Jakarta Pusat, ..., 10270.").
    ("address", r"(?:kantor|alamat)\s+(?:redaksi|iklan|pusat|perwakilan|biro|pemasaran)\W*"
                r"|(?:editorial|head|advertising) office\W*"
                r"|.{0,80}\b(?:jalan|jl\.?)\s.{0,100},\s*(?:indonesia,?\s*)?\d{5}\W*"),
    ("tags", r"(?:tags?|topik|topics?|kata kunci|keywords?)\s*:.*|#\w+(?:\s+#\w+)*"),
    ("breadcrumb", r"(?:home|beranda|news|berita)\s*[>»›/|]\s*.*|(?:[\w&-]+(?: [\w&-]+)?\s*[>»›]"
                   r"\s*){1,5}[\w&-]+(?: [\w&-]+)?"),
    ("audio", r"dengarkan(?:\s+(?:berita|artikel)(?:\s+ini)?)?|listen to this article"
              r"|\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?|(?:putar|play) audio\W*"),
    ("comments", r"\d*\s*komentar|(?:tulis|beri|berikan|lihat|kirim|laporkan) komentar"
                 r"|login untuk berkomentar|.*\bkomentar (?:anda|kamu)\b.{0,80}"
                 r"|terima ?kasih\.? kami sudah menerima laporan.*|(?:laporkan|report)\W*"),
    ("url", r"(?:https?://|www\.)\S+"),
    ("menu-bar", r"(?:[^|•·]{1,25}\s*[|•·]\s*){3,}[^|•·]{1,25}"),
    ("credit", r"tim (?:riset|redaksi|liputan|editor|editorial)\b.{0,40}|editorial team"),
    ("teaser", r"kamu sudah tahu informasi ini\W*|(?:jangan lewatkan|don'?t miss)\W*"
               r"|(?:artikel|berita) ini (?:sudah|telah) diperbarui\W*"),
    ("reaction", r"(?:senang|sedih|terkejut|marah|terinspirasi|bangga|takut|lucu)"
                 r"(?:\s+(?:senang|sedih|terkejut|marah|terinspirasi|bangga|takut|lucu))*"
                 r"|bagaimana perasaan(?:mu| anda)(?: setelah)?.*\?"),
    # Advertiser and sponsor disclosures: "Artikel ini merupakan kerja sama X dengan Y",
    # "(adv)", "Sponsored by X", "Konten ini dipersembahkan oleh X".
    ("sponsor", r"(?:artikel|konten|tulisan|berita|informasi) ini (?:merupakan |adalah )?"
                r"(?:hasil )?(?:kerja ?sama|kolaborasi|advertorial|konten (?:berbayar|bersponsor"
                r"|sponsor)|sponsored|disponsori|dipersembahkan|didukung oleh)\b.{0,150}"
                r"|(?:advertorial|konten (?:berbayar|bersponsor)|sponsored(?: content| post)?"
                r"|paid (?:content|partnership)|partner content|branded content|promoted"
                r"|\((?:adv|advertorial|ads)\))\W*"
                # "Promosi Mitsubishi XForce: Stylish ...": a sponsored headline's label.
                r"|(?-i:Promosi|PROMOSI)\s+(?-i:[A-Z])[^.!?]{2,120}"
                r"|(?:sponsored by|presented by|powered by|in partnership with|dipersembahkan oleh"
                r"|disponsori oleh)\s[^.!?,]{1,50}\W*"),
    # Pleas to read without adverts (a paywall's): "Baca berita tanpa iklan. Berlangganan ...".
    ("newsletter", r"(?:baca|nikmati|akses|mau|ingin|ayo|yuk)\b.{0,50}\btanpa iklan\b.*"),
    # Site chrome in English on English-language sites: comment, feedback and social bars.
    ("english-chrome", r"connect with us\W*|follow us(?: on [\w ,&]{1,40})?\W*"
                       r"|leave a (?:comment|reply)\W*|post a comment\W*|add a comment\W*"
                       r"|(?:\d+\s+)?comments?(?:\s*\(\d+\))?\W*|join the (?:conversation"
                       r"|discussion)\W*|(?:send|give|share) (?:us )?(?:your )?feedback\W*"
                       r"|feedback\W*|was this (?:article|story|page) helpful\W*"
                       r"|report an? (?:error|typo|problem)\W*|share (?:this|the) (?:article"
                       r"|story|post)\W*|share on \w+|(?:sign|log) ?(?:in|up) to (?:comment"
                       r"|continue|read)\b.*|most (?:read|viewed|popular|shared)\W*"
                       r"|(?:top|latest|breaking) (?:stories|news)\W*|back to top\W*"
                       r"|privacy policy|terms (?:of (?:use|service)|and conditions)|contact us"
                       r"|about us|advertise(?: with us)?|careers|get the app\W*"
                       r"|download (?:our|the) app\b.*|copy link|link copied\W*"
                       r"|print(?: this)?(?: article| story)?|email (?:this )?(?:article|story)"
                       r"|you (?:might|may) (?:also )?like\W*|recommended(?: for you)?\W*"
                       r"|read (?:the )?full (?:story|article)\W*"
                       r"|(?:thank you|thanks) for (?:reading|your feedback)\W{0,3}"
                       r"|please update your browser\W*|your browser is out of date\b.*"
                       r"|.*\bclick on the icons to get to the download page\W*"),
    # A weather widget: "Video Weather icon 31°C", "31°C Partly Cloudy", "26℃ - 32℃" (a
    # sentence that gives a temperature ends in a full stop and is not matched).
    ("weather", r"(?:.{0,30}\s)?-?\d{1,2}\s*(?:°\s*[CF]|℃)(?:\s*-\s*\d{1,2}\s*(?:°\s*[CF]|℃))?"
                r"(?:\s+[A-Za-z ]{0,30})?"),
    # A blog template's placeholders, left in: "This is default featured slide 1 title", "Go to
    # Blogger edit html ...", "This theme is Bloggerized by ...", a shortcode "4/footer/recent".
    ("template", r"this is (?:the )?default (?:featured )?(?:slide|post|image)s? ?\d* \w+"
                 r"|go to blogger edit html\b.*|\d+/[a-z-]+/(?:recent|random|label)\b.*"
                 r"|now replace these sentences\b.*|this theme is bloggerized by\b.*"),
) + CHROME_ROWS)

# Headers of the related-headline blocks that close a page: the article is over (unless the
# page carries on: the title again, or a run of full paragraphs).
END_MARKERS = _compile_lines((
    ("related", r"(?:baca\s+)?(?:berita|artikel|topik|video|konten|foto)\s+"
                r"(?:terkait|lainnya|pilihan|terpopuler|populer|menarik|rekomendasi|terbaru"
                r"|lain)(?:\s+\w+){0,2}"),
    ("related", r"rekomendasi(?:\s+(?:berita|artikel|untuk\s+anda))?|terpopuler|populer"
                r"|terkini|berita terkini|pilihan redaksi|pilihan untukmu|most popular"
                r"|related(?:\s+(?:articles?|news|stories|posts?))?|read more|trending|terbaru"
                r"|tags?|komentar|menarik dibaca|jangan lewatkan|you may also like|more stories"
                r"|baca lainnya|terpopuler hari ini|news update|berita pilihan"
                r"|(?:latest|top) news|editor'?s? picks?|next article|previous article"
                r"|(?:artikel|berita) (?:selanjutnya|sebelumnya)|read next|up next"
                r"|pilihan editor|(?:komentar|comments?)\s*\(\d+\)|kamu (?:mungkin )?"
                r"(?:juga )?suka|artikel lain(?:nya)?|indeks berita|populer hari ini"),
) + FEED_END_ROWS)

# A bare "Baca juga" header: the short headline lines after it are links, not text.
RELATED_HEADERS = _compile_lines((
    ("related", r"(?:baca|lihat|simak|cek)\s*(?:juga|pula)|baca selanjutnya|also read"
                r"|read also|(?:artikel|berita) terkait"),
))

# Auto-generated question-and-answer blocks: everything from the header on is not the story.
QA_HEADERS = _compile_lines((
    ("qa", r"(?:faq|q\s*&\s*a|tanya[ -]jawab|pertanyaan (?:yang )?(?:sering|umum)\b.*"
           r"|pertanyaan (?:dan|&) jawaban\b.*|pertanyaan seputar\b.*|frequently asked questions"
           r"|people also ask|orang juga bertanya|ringkasan (?:berita|ai|artikel)"
           r"|poin(?:-poin)? penting(?: berita| artikel)?|key (?:points|takeaways)"
           r"|intisari(?: berita)?|rangkuman(?: berita)?|\W*ringkasan\W*)"),
))
# Lines opening a question or answer inside such a block (also without a header).
QA_LINES = re.compile(r"(?:q|pertanyaan|question)\s*\d*\s*:\s+.*", re.IGNORECASE)

# Byline lines; `name` is the person. Labels are case-insensitive, names start upper-case.
_NAME = r"(?P<name>[A-Z][^\n]*?)"
BYLINES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(rx)) for role, rx in (
        ("author", r"(?i:redaktur\s*&\s*reporter|penulis|reporter|pewarta|peliput|wartawan"
                   r"|kontributor|writer|author|jurnalis"
                   r"|koresponden|rep|laporan|ditulis oleh|(?:written|reported|prepared) by|teks)\b"
                   r"(?!\s+(?i:wartawan|reporter|koresponden|kontributor)\b)"
                   rf"\s*[:|]?\s*{_NAME}?\s*"),
        # "Oleh Rina, Rabu, 12 Maret 2025 | ...": the name, a comma, the date
        ("author", rf"(?i:oleh|by)\s*:?\s*(?:{_NAME}(?:\s+(?i:pada|on|-)\s+.*"
                   r"|,\s+(?=(?:[A-Za-z']+,?\s+)?\d{1,2}(?:\s+[A-Za-z]{3,}\.?\s+\d{4}"
                   r"|[/.-]\d{1,2}[/.-]\d{2,4})).*)?)?"),
        # "Posted on 19 Maret 2025 by admin" (WordPress): the date first, then the name
        ("author", r"(?i:posted|diposting|published|dipublikasikan)\s+(?i:on|pada)\s+"
                   r"\S.{2,40}?\s+(?i:by|oleh)\s+(?P<name>\S.*?)"),
        # "Laporan Rian Saputra, wartawan jejamo.com, Portal Berita ...": name, then role
        ("author", r"(?i:laporan|oleh|by)\s*:?\s*(?P<name>[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,4}),"
                   r"\s*(?i:jurnalis|wartawan|reporter|kontributor|koresponden)\b.*"),
        # "Special Report by Name at West Papua Media": a report's writer and the outlet
        ("author", r"(?i:(?:special\s+|exclusive\s+|staff\s+)?report\s+by)\s+"
                   rf"{_NAME}(?:\s+(?i:at|for|of)\s+[A-Z].*)?"),
        # "Laporan Wartawan Tribunnews.com, Rina Ayu" / "Kontributor Surabaya, Achmad Faizal"
        ("author", r"(?i:laporan\s+(?:wartawan|reporter|koresponden|kontributor)|kontributor"
                   r"|koresponden)\s+[\w. ]{2,40},\s*" + _NAME),
        ("editor", r"(?i:editor|penyunting|redaktur|red|editing|(?:edited|translated) by"
                   r"|translator|penerjemah|fotografer|videografer|photographer|sub-?editor"
                   rf"|redaktur pelaksana|uploader|publisher|publish)\b\s*[:|]?\s*{_NAME}?\s*"),
        # "Name, Jurnalis" (Okezone)
        ("author", rf"{_NAME},\s*(?i:jurnalis|wartawan|reporter|kontributor|koresponden)"),
        # detikcom, Bisnis, Liputan6: "Herdi Alif Al Hikam - detikFinance"
        # (or the desk: "Tim detikJabar - detikJabar")
        ("author", r"(?P<name>[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,4}|Tim\s+[\w.]+)\s+[-–]\s+"
                   r"(?:detik[A-Z]\w*|kumparan[A-Z]*|[\w.]+\.(?:com|co\.id|id))"),
    )
)
MAX_NAME_WORDS = 8
# Words a person's name may hold in lower case ("Muhammad bin Salman", "Ahmad al Faruq").
NAME_PARTICLES = _words("bin binti al el van von de der da dos di la le")
# Splits a byline line into parts: "Penulis: X | Editor: Y", "Rep: X/ Red: Y", "X · date".
# A line of labels one after another, "Editor : X Penulis : Y Publish : Z", parts at each label.
BYLINE_SEPARATORS = re.compile(r"\s*[|·•]\s*|\s*/\s+|\s+/\s*|\s+[-–]\s+(?=\S)|\s{2,}"
                               r"|\s+(?=(?i:penulis|editor|reporter|pewarta|peliput|publish"
                               r"|fotografer|penyunting|redaktur|wartawan)\s+:\s)")
# "Diperbarui ..." is the update time; the publication time is any other date line.
UPDATED = re.compile(r"\b(?:diperbarui|pembaruan|update[d]?|last updated|terakhir diubah"
                     r"|modified|revised)\b", re.IGNORECASE)
# "Dipublikasikan ...", "Published ...": the date after it is the publication time, even on a
# line that also names an update time ("Terbit 10/3 08:15 | Diperbarui 10/3 10:00").
PUBLISHED = re.compile(r"\b(?:dipublikasikan|dipublikasi|diterbitkan|terbit|published|posted"
                       r"|diunggah|tayang|first published)\b", re.IGNORECASE)

# Junk glued onto a paragraph's line, removed from the paragraph's text: an advert label before
# or after it, a "Baca juga: <headline>" link after its last sentence.
INLINE_JUNK: tuple[re.Pattern[str], ...] = tuple(re.compile(p, re.IGNORECASE) for p in (
    # A label before the paragraph; "Iklan itu ..." (an advert the story is about) stays.
    r"^(?:advertisement|scroll to continue with content|(?-i:IKLAN))\s+(?=\S)",
    r"(?<=[.!?\"”’])\s+(?:advertisement|scroll to continue with content)$",
    r"(?<=[.!?\"”’])\s+(?:baca|lihat|simak) (?:juga|pula)\s*:.*$",
    # a source's credit glued after the last sentence: "... (23/2/2026). Dikutip di Posko
    # Malut.Com", "... Sumber: Antara"
    r"(?<=[.!?\"”’])\s+(?:dikutip (?:di|dari)|sumber\s*:)\s+"
    r"(?-i:[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,4})$",
)) + (GLUED_CREDITS, SOURCE_CREDIT, GLUED_STAMP)
# Initials an outlet appends to the last paragraph: "... lanjutnya. (ian)", "... [ald]", "(*)",
# "(Z-2)", an end mark "***", a reporter's credit "(Laporan Reporter Pos-Kupang.com, Name)",
# "(MC. Isen Mulang/rdn)"; removed from the paragraph's text after its last sentence.
_REPORTER_CREDIT = (r"\((?i:laporan\s+)?(?i:reporter|wartawan|kontributor|koresponden|pewarta)"
                    r"\b[^()]{2,60}\)")
# A reporter signing off with a full name: "(Rudi Sembiring)", "( Andi Lubis HR)".
_NAMED_SIGNOFF = r"\(\s?(?-i:[A-Z][a-z]+(?: (?:[A-Z][a-z]+|[A-Z]{2,3})){1,2})\s?\)"
# After the last sentence: a desk's initials in title case or capitals, "(Nad)", "(HMS)",
# "[ADV]"; a label "(Advertorial)", "(Rilis)"; a code of slashed parts in any case,
# "(R17/FM/SB/Adv)", "(*/Red)"; an end mark "(***)". None of them is a word of the story; a
# source agency's credit ("(Antaranews)") is the story's attribution and stays.
_TITLED_INITIALS = r"[(\[][A-Z][A-Za-z]{1,3}[)\]]|\((?:Advertorial|Rilis|Humas|Redaksi|\*{2,3})\)"
_SLASHED_CODE = r"\((?:\*|[A-Za-z]{1,4}\d{0,3}|Humas)(?:/[A-Za-z]{1,15}\d{0,3}){1,4}\)"
# Two may stand together: "... carriages by the end of the year. (dpr)(+)".
TRAILING_INITIALS = re.compile(
    rf"{AFTER_STOP}(?:\s*(?:{_INITIALS}|\([*+]\)|{_DESK_CODE}|{_DESK_INITIALS}|\*{{3}}"
    rf"|{_REPORTER_CREDIT}|{_NAMED_DESK}|{_NAMED_SIGNOFF}|{_SOURCE_SIGNOFF}|{_TITLED_INITIALS}"
    rf"|{_SLASHED_CODE}|{END_MARKS})){{1,2}}\.?$")  # "... bulan.(BP7).": stray stop after
