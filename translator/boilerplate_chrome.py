"""Pure tables: lines of page chrome that no article prints as its text, kept apart from
boilerplate.py to keep that module short: a camera's file name and an assistant's offer left
in copied text (they join boilerplate.FURNITURE), a feed's footer that ends a story."""

from __future__ import annotations

import re

from .boilerplate_body import BODY_ROWS
from .boilerplate_links import LINK_ROWS

# WordPress's feed footer, "The post <headline> appeared first on <site>.", closes one story of
# a feed: what follows is the next one (joins boilerplate.END_MARKERS).
FEED_END_ROWS: tuple[tuple[str, str], ...] = (
    ("related", r"the post .{5,200} appeared first on .{2,80}"),
    # A pointer to related stories, "See related:", and the box about the publisher that
    # closes a company's or an agency's release, "Sekilas Tentang PLN", "About the company".
    ("related", r"see (?:related|also)\s*:?|sekilas tentang \S.{0,40}"
                r"|about (?:the )?(?:company|publisher)\W*"
                # round 31: the box named for the company, "About PT Samudra Dingin Nusantara",
                # "About Acme Logistics Group", "Tentang PT Kopi Nusantara": capitalised, no stop
                r"|(?:about|tentang) (?-i:(?:PT |The )?[A-Z][\w&.'-]*(?: (?:[A-Z][\w&.'-]*|of|and"
                r"|dan)){0,6})"),
    # A digest's credit to the source it copied, "Article from The Bali Sun": what follows is
    # the digest site's own blurb and links.
    ("related", r"(?:this )?article (?:from|courtesy of|first appeared on) (?-i:[A-Z]).{1,60}"),
    # A commentary site's disclosure under the article, "Pernyataan pengungkapan", "Disclosure
    # statement": the writer's funding and the site's partners follow, none of it the story.
    ("related", r"pernyataan pengungkapan|disclosure statement|lihat semua mitra"),
    # Round 33: a disclaimer's label alone on its line, "Disclaimer", "Penafian": the site's
    # notice on its content follows the story, none of it a paragraph
    ("related", r"(?:disclaimer|penafian|sanggahan)(?: redaksi)?"),
    # Round 35: a health article's reference list, "Referensi:", "Daftar Pustaka"
    ("related", r"referensi|references?|daftar pustaka|sumber referensi|rujukan"),
    # A blog theme's post footer, "Diposting oleh NAME di 19.40 Tidak ada komentar:", "Posted by
    # NAME at 7:40 PM 2 comments:": the post ends there; the pager and the archive follow.
    ("related", r"(?:diposting|diposkan|posted) (?:oleh|by) .{2,60}? (?:di|at|pada) "
                r"\d{1,2}[.:]\d{2}(?:\s?[ap]m)?(?:\s+(?:tidak ada komentar|no comments"
                r"|\d+ (?:komentar|comments?))\s*:?)?"),
    # A WordPress theme's post footer on a listing, "Posted in News | Leave a Comment »",
    # "Posted in Daerah | 3 Comments": the next post follows.
    ("related", r"(?:posted in|filed under|diposting di) [\w ,&-]{2,60}\|\s*(?:leave a comment"
                r"|\d+ comments?|tinggalkan komentar|\d+ komentar)\W*"),
    # Round 37: a release's media-contact block under its last paragraph, "For further
    # information, please contact:", "Media contact:", "Kontak Media:", "Narahubung:",
    # "Untuk informasi lebih lanjut, silakan hubungi:": a name, a desk, a telephone and an
    # e-mail follow, none of it the story.
    ("related", r"(?:for (?:further|more) information,? (?:please )?contact|media contacts?"
                r"|press contacts?|contact person|kontak (?:media|pers)|narahubung"
                r"|(?:untuk )?informasi lebih lanjut,? (?:silakan |silahkan )?hubungi)\s*:?"),
    # Round 37: a news theme's block header left alone by the copy, "Must Read", "Wajib Baca":
    # its links follow, or nothing when the copy lost them (then an advert's label, the lead)
    ("related", r"must read|wajib (?:di)?baca|harus dibaca"),
)
CHROME_ROWS: tuple[tuple[str, str], ...] = (
    # A photo's file name as its caption or alt text: "Oplus_16908288", "IMG_20260212_101010",
    # "DSC_0123.JPG", "WhatsApp Image 2026-02-12 at 10.10.10".
    ("file-name", r"(?:[a-z]{2,12}[_-]\d[\d_-]{3,30}|whatsapp image \d{4}-\d\d-\d\d at [\d.]+)"
                  r"(?:\.(?:jpe?g|png|webp|heic))?"),
    # A chat assistant's offer left at the end of text copied from it: "Jika Anda membutuhkan
    # versi untuk media sosial, ..., saya juga bisa bantu menyesuaikan.", "If you'd like, I can
    # also write ...".
    ("assistant", r"(?:jika|kalau|apabila|bila) anda (?:ingin|membutuhkan|mau|perlu)\b.{0,200}"
                  r"\bsaya (?:juga )?(?:bisa|dapat|siap)\b.{0,120}"
                  r"|(?:if you(?:'d| would)? like|let me know if)\b.{0,200}\bI (?:can|could)\b.*"),
    # A blog theme's pager and share row: "Posting Lebih Baru Posting Lama Beranda", "Newer
    # Post Older Post Home", "Kirimkan Ini lewat Email BlogThis! Berbagi ke Twitter ...".
    ("blog-pager", r"(?:(?:posting lebih baru|newer posts?)\s*)?(?:posting lama|older posts?)"
                   r"(?:\s*(?:beranda|home))?|(?:posting lebih baru|newer posts?)"
                   r"(?:\s*(?:beranda|home))?"
                   # round 37: a listing's bare pair, "« Sebelumnya   Berikutnya »", "« Previous
                   # Next »": no post's own navigation, which names the posts it links
                   r"|[«‹<]?\s*(?:sebelumnya|previous|prev)\s+(?:berikutnya|selanjutnya|next)"
                   r"\s*[»›>]?"),
    ("share", r"(?:kirimkan ini lewat email|email this)\s*blogthis!?"
              r"(?:\s*(?:berbagi ke|share to) \w+){0,5}"),
    # WordPress's like button as a copy shows it before its script runs: "Suka Memuat...".
    ("loading", r"(?:suka|like)\s+(?:memuat|loading)\W*"),
    # A running ticker of the day's briefs: "• 08:12 WIB. Emas - Harga emas naik ...": a clock
    # time, a topic word and a dash before each one-line brief; no paragraph opens with a clock.
    ("ticker", r"(?:[•·▪]\s*)?\d{1,2}[:.]\d{2}\s*(?-i:WIB|WITA|WIT)\.?\s+[^.!?\s][^.!?]{0,28}"
               r"\s[-–—]\s.{5,160}"),
    # A subscription plea phrased as a question to the reader: "Love what you're reading?
    # Subscribe and ...", "Enjoyed this story? Sign up ...".
    ("plea", r"(?:love|like|enjoy(?:ed|ing)?)\s+(?:what you(?:'|’)re reading|this (?:article|story"
             r"|post))\s*\?\s*(?:subscribe|sign up|join|follow|support)\b.{0,120}"),
    # Round 33: a newsroom's plea for donations set between the paragraphs: "As a nonprofit
    # newsroom, we depend on your support ... Donate any amount today", "Kami bergantung pada
    # dukungan pembaca. Donasi sekarang": the newsroom's need and an order to give, together.
    ("plea", r"(?=.*\b(?:(?:depends?|rel(?:y|ies)|counts?|bergantung|mengandalkan) (?:on |pada )?"
             r"(?:(?:your|readers'?|the) )?(?:support|generosity|dukungan)|(?:dukungan|bantuan) "
             r"(?:anda|pembaca|kamu)\b.{0,40}\b(?:kami butuhkan|sangat berarti bagi kami))\b)"
             r"(?=.*\b(?:donate (?:any amount|now|today|here)|give (?:now|today)|become a (?:member"
             r"|supporter|donor)|(?:donasi|berdonasi|dukung kami) (?:sekarang|di sini|hari ini)"
             r")\b).{20,500}"),
    # A reactions box's prompt over its buttons and the comment form: "What do you think?".
    ("plea", r"what do you think\s*\?"),
    # Round 35: a wire's or a charity's closing plea to the reader, an address or a mail box to
    # write to in it: "If you would like to help ..., visit https://...", "If you or your group
    # would like to partner with us ..., let us know at desk@...", "Jika Anda ingin membantu ...,
    # kunjungi www...."
    ("plea", r"(?:if you\b.{0,40}\bwould like to|(?:jika|bila|apabila) anda (?:ingin|mau|tertarik))"
             r"\b.{0,200}(?:https?://|www\.|[\w.-]+@[\w-]+\.[a-z]).{0,200}"),
    # A footer's offer of help and a radio's plug for its bulletin: "If you need assistance
    # please contact us at:", "Dengarkan Babe News setiap hari pukul 07.00 ... di 95.4 AM."
    ("plea", r"if you need (?:assistance|help|more information),? (?:please )?(?:contact|email"
             r"|call) us\b.*|(?:dengarkan|simak|listen to)\b.{2,80}\b\d{2,3}[.,]\d\s?(?-i:AM|FM)"
             r"\b.*"),
    # A browser's notice where a script did not run, and Joomla's cloak over an e-mail
    # address: "You don't have javascript enabled. Good luck with that.", "This email address
    # is being protected from spambots. You need JavaScript enabled to view it."
    ("browser", r"(?:you (?:don'?t|do not) have javascript enabled|(?:please )?enable javascript"
                r"|javascript (?:is )?(?:disabled|required)|this email address is being "
                r"protected from spambots)\b.*"),
    # An opinion column's note on its writer, set off by an asterisk: "*Penulis adalah dosen
    # ...", "*The writer is a researcher at ..."; round 34: or by nothing, a line of its own.
    ("writer-note", r"(?:\*+\s*)?(?:penulis|the (?:writer|author)) (?:adalah|merupakan|is)\b"
                    r".{3,200}"),
    # A translation's note on what it translated: "[Translated by NAME. The original title of
    # the article was "..."]".
    ("translator", r"[\[(]\s*translated by [^.\]]{2,60}\..{0,200}[\])]"),
    # A caption closed by its photographer and a stock-photo site with no brackets: "Anak-anak
    # membaca buku. Rizky Sabriansyah/Pexels" (a paragraph credits no picture library).
    ("caption-credit", r".{0,300}\b(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\s?/\s?"
                       r"(?:pexels|unsplash|pixabay|shutterstock|freepik|getty images|istock)"),
    # Round 33: a caption with no stop before its credit's label, the credit a word or three
    # and perhaps the day in brackets: "Ketua koperasi, H. Ali Foto : Kabar1 (17/03/26)",
    # "Warga memanen padi di Desa Mojo FOTO: Istimewa" (a paragraph ends in its stop).
    ("caption-credit", r"[^!?\"”]{10,200}[^.!?\"”\s]\s(?-i:Foto|FOTO|Photo|PHOTO)\s?:\s?"
                       r"[\w.&-]+(?: [\w.&-]+){0,2}(?:\s?\(\d{1,2}/\d{1,2}/\d{2,4}\))?"),
    # A caption's label as regional papers abbreviate it, "Ketgam : Warga ..." (keterangan
    # gambar), "Ket. foto: ...".
    ("caption", r"(?:ketgam|keterangan gambar|ket\.?\s*(?:foto|gambar))\s*:.*"
                # round 35: the picture's source named after "Dok." before the colon, "Dok.Komsos
                # : Pastor ...", "Dok. Humas Desa: Warga ..." (no sentence opens so)
                r"|dok\.\s?(?-i:[A-Z])[\w.-]{1,20}(?: (?-i:[A-Z])[\w.-]{1,20}){0,2}\s*:\s.*"),
    # A shouted domain and photographer, then the paper in brackets: "... Lhokseumawe.
    # SERAMBINEWS.COM/ZAINAL ABIDIN (Serambi)".
    ("caption-credit", r".*(?-i:\b[A-Z0-9-]+\.(?:COM|CO\.ID|ID|NET)/[A-Z][A-Z .'’-]{1,40})"
                       r"\s*\((?-i:[A-Z][\w .]{1,30})\)\.?"),
    # A one-sentence caption crediting the social account its picture came from: "Alat berat
    # memperbaiki ruas jalan.(Facebook)." (a paragraph cites the platform in its words).
    ("caption-credit", r"[^.!?]{10,200}[.!?]\s?\((?:facebook|instagram|twitter|tiktok|youtube"
                       r"|x\.com|fb|ig)\)\.?"),
    # A photo's credit naming the photographer and the site: "photo Yudha Prasetya -
    # Beritajakarta.id", "Foto Rina Astuti / kabartuban.com".
    ("caption-credit", r"(?:photo|foto)\s+(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\s*[-–—/]"
                       r"\s*[\w-]+(?:\.[\w-]+)*\.(?:id|com|net|org)"),
    # A photo's credit alone on its line, an agency's picture passed on by another: "Antara
    # Foto via Reuters", "Getty Images via AFP".
    ("caption-credit", r"(?-i:[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}) via (?:reuters|afp|ap"
                       r"|antara(?: foto)?|getty images|epa|anadolu)"),
    # Round 21. A comment form's prompts and an English tabloid's bars under the story: "Please
    # enter your comment!", "Share or comment on this article:", "Most watched News videos".
    ("english-chrome", r"please enter your (?:comment|name|e-?mail(?: address)?|website)"
                       r"(?: here)?\W*|share or comment on (?:this|the) (?:article|story|post)\W*"
                       r"|most watched (?:[\w ]{2,20} )?videos\W*"),
    # A licence notice under the story: "This work is licensed under Creative Commons ...",
    # "Creative Commons: Some rights reserved."
    ("copyright", r"this (?:work|article|story|post|content|page) is licensed under\b.{0,200}"
                  r"|creative commons\s*:\s*(?:some|all) rights reserved\W*"),
    # A blog's or a column's note that its pieces are its writers' views: "Blog posts represent
    # the views of X fellows and staff and not those of X, ...", "The views expressed here are
    # the author's own ..."; and a copying notice's second line, broken off its first ("...
    # artikel" / "di atas untuk konten ... tanpa seizin redaksi.").
    ("disclaimer", r"(?:blog )?posts? represents? the views of .{2,120}\band not (?:necessarily )?"
                   r"(?:those|the views) of\b.{0,120}|the (?:views|opinions) expressed (?:here"
                   r"|herein|in this (?:article|post|column) )?\s?are (?:those of the (?:author"
                   r"|writer)s?|(?:solely )?the (?:author|writer)(?:'s|s') own)\b.{0,160}"
                   r"|(?-i:[a-z]).{0,200}\btanpa\s+(?:se)?izin\w*\W{0,3}\s*(?:tertulis\s+)?"
                   r"(?:dari\s+)?(?:redaksi|penerbit)\W*"),
    # A caption closed by an agency's photo credit in brackets: "Residents wade through a
    # flooded street ... (AP Photo)", "(AP Photo/Name)"; a paragraph credits no photo.
    ("caption-credit", r".{10,400}[.!?]\s?\((?:AP|AFP|Reuters|EPA|Antara|Xinhua|Anadolu"
                       r"|Getty Images)? ?(?:Photo|Foto)(?:/[^()]{2,60})?\)\.?"),
    # A caption set in round brackets on a line of its own, with no stop: "(Suasana santri
    # putri meracik bumbu di halaman asrama)"; an aside of the story's ends in its stop.
    ("caption", r"\((?-i:[A-Z])[^()]{20,200}[^.!?()\s]\)"),
    # Round 31: a group photo's caption naming who stands where, "(kiri-kanan) Ketua ..., RD
    # ...", "Dari kiri ke kanan: ...", "(ki-ka) Bupati ..."; a story names no photo's order.
    ("caption", r".{0,200}(?:\((?:ki-ka|ka-ki|kiri-kanan|kanan-kiri|kiri ke kanan|dari kiri"
                r"(?: ke kanan)?|l-r|from left)\)|^(?:dari kiri ke kanan|from left to right)\s*:)"
                r".{10,400}"),
    # Round 31: a group photo's caption as one short sentence of its own, "Para peserta berfoto
    # bersama narasumber di depan aula.", "Bupati foto bersama para juara usai penyerahan
    # hadiah."; the story tells its event, not who posed where.
    # ("... ditutup dengan ... dan foto bersama": the event's last item, the story's words)
    ("caption", r"(?-i:[A-Z])[^.!?\"“”,]{0,120}\b(?<!dan )(?<!sesi )(?<!dengan )"
                r"(?:berfoto|foto|berpose) bersama\b"
                r"[^.!?\"“”]{5,160}\."),
    # Round 22: banners' alt texts run together, the advert's label glued to the word before
    # it with no space: "Majalah SantriIklan Radio Pondok", "Promo RamadanIklan", "HUT Kota
    # BatuAdvertisement" (no sentence glues a capitalised word so, nor ends without a stop).
    ("advert-alt", r"(?-i:[^.!?]{0,80}[a-z](?:Iklan|Advertisement|Sponsored)"
                   r"(?: [^.!?]{1,80})?)"),
    # Round 23. A plea to follow the site on a chat app, the channel named after "klik": "Nikmati
    # berita pilihan ... hanya dengan klik channel WhatsApp ini: https://...", "Cukup klik
    # saluran Telegram berikut"; and one to follow or tag its account on a platform: "Ikuti
    # program X bulan depan dan tandai akun kami di Instagram.", "Follow akun kami di TikTok".
    ("app-promo", r".{0,160}\bklik\s+(?:channel|saluran|grup|kanal)\s+(?:whatsapp|wa|telegram)\b.*"
                  r"|(?:ikuti|follow|tandai|tag|mention)\b.{0,160}\b(?:akun|account)\s+"
                  r"(?:resmi\s+)?(?:kami|us|our)\b.{0,30}\b(?:di|on)\s+(?:instagram|facebook"
                  r"|twitter|tiktok|youtube|threads|x)\b.{0,80}"),
    # Round 35. A health or shopping platform's plea closing its article, the reader hailed to
    # fetch the app: "... tanya dokter lewat Sehatku. Yuk, download aplikasinya sekarang di App
    # Store dan Google Play!", "Ayo unduh aplikasi X di Play Store." (no report hails so).
    ("app-promo", r"(?:.{0,400}[.!?]\s+)?(?:yuk|ayo|buruan|segera),?\s+(?:download|unduh)\s+"
                  r"(?:aplikasi\w*|app)\b.{0,80}\b(?:app ?store|google play|play store)\b.{0,80}"),
    # Round 38. A site's plea to fetch its phone edition: "Unduh versi Android situs berita X
    # DISINI !", "Download versi iOS aplikasi Y di sini", "Unduh Android app Z" (the phone's
    # system named as the edition, "versi Android", "Android app"; a tech desk's "Download iOS
    # 18 sekarang ..." names a system update, not the site's app).
    ("app-promo", r"(?:download|unduh)\s+(?:versi\s+(?:android|ios|iphone)\b"
                  r"|(?:android|ios|iphone)\s+(?:app|apps|aplikasi)\b).{0,100}"),
    # Round 35. A health article's list of references: its label alone on the line, and each
    # source cited with the year it was read, "Mayo Clinic. Diakses pada 2026. Pregnancy Week
    # by Week.", "NHS (2025). Accessed on 3 March 2026. Leg cramps."
    ("reference", r"[^.!?]{2,80}\.?(?:\s\(\d{4}\)\.)?\s+(?:diakses|accessed|retrieved)"
                  r"(?: pada| on)? [\w ,]{2,30}\.\s+.{2,200}"),
    # Round 23. A comment box's disclaimer: "Isi komentar sepenuhnya adalah tanggung jawab
    # pengguna dan diatur dalam UU ITE.", "Komentar menjadi tanggung jawab pembaca",
    # "Comments are the sole responsibility of their writers."
    ("comments", r"(?:isi )?komentar (?:sepenuhnya )?(?:adalah |menjadi |merupakan )?"
                 r"tanggung ?jawab (?:pengguna|pembaca|penulis(?:nya)?|komentator|pemberi"
                 r" komentar)\b.{0,120}|comments are the (?:sole )?responsibility of\b.{0,120}"),
) + LINK_ROWS + BODY_ROWS

# A camera's folder or file name copied before the first word of the lead with the photo:
# "DCIM106MEDIAAirmadidi,KLABATNEWS-Ratusan ..." (Android's DCIM folders), "IMG_20260212_101010".
# Round 26: a gallery's numbered picture name glued the same way, "Katalog 1Dalam kesempatan
# ...", "Foto 2Warga ...", "Dokumentasi_3Petugas ..." (no word of prose runs a digit into a
# capital).
# Round 27: an image's path of URL slugs copied over the lead, or before it with a space,
# the credit's slug last: "banjir-rob-pekalongan/foto-dok- Warga ...", "jalan-tol-cipali/
# humas-pupr Truk ..." (a slash between hyphened lower-case words: no sentence opens so).
GLUED_FILE_NAME = re.compile(r"^(?:DCIM\d{3}(?:MEDIA)?|IMG_\d{8}_\d{6}|Oplus_\d{6,}"
                             r"|[A-Z][a-z]{2,15}[ _-]\d{1,2}(?=[A-Z][a-z]{2}))(?=[A-Z])"
                             r"|^[a-z0-9]+(?:-[a-z0-9]+)+/[a-z0-9]+(?:-[a-z0-9]+)*-?"
                             r"(?:\s+(?=[A-Z])|$)")

# A picture's label before its caption, as "Foto:" is: "Banner image: A seaweed farmer ...".
# Left out of the body only: the caption's credit ("Image by X for Mongabay") still names the
# site for the outlet's look-up, so the line keeps its kind.
PICTURE_LABEL = re.compile(r"(?i)(?:banner|featured|header|main|top|lead) (?:image|photo"
                           r"|picture)\s*:\s*\S.*"
                           # a photographer's credit on its line: "Photo by Name for Site"
                           r"|(?:photo|image|picture|foto)s?\s+(?:by|oleh)\s+(?-i:[A-Z][\w.'’-]*"
                           r"(?: [A-Z][\w.'’-]*){0,3})(?:\s+(?:for|untuk|via)\s+.{2,60})?")
