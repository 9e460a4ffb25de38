"""Pure tables, round 24: furniture lines that stand inside the body, between a story's
paragraphs (a photo's caption in a blog engine's shortcode, a caption printed twice with its
credit between, a caption closed by a bracketed credit, an English advert's "click here"),
kept apart from boilerplate.py to keep that module short (they join boilerplate.FURNITURE
through boilerplate_chrome.CHROME_ROWS). Each row matches a whole normalised line."""

from __future__ import annotations

BODY_ROWS: tuple[tuple[str, str], ...] = (
    # WordPress's caption shortcode, left in where a copy took the post's source: '[caption
    # id="attachment_123" align="aligncenter" width="800"] Warga antre ...[/caption]', or the
    # opening tag on a line of its own and the caption, closed by "[/caption]", below it.
    ("caption", r"\[caption\b[^\]]*\].*|.*\[/caption\]"),
    # A caption printed twice, its credit between (the picture's caption, then its alt text):
    # "Antrean warga di loket Samsat, Senin (2/3).KOMPAS.com/Nama Fotografer Antrean warga di
    # loket Samsat, Senin (2/3).", "Petugas memeriksa ... Surabayadok. Humas Petugas
    # memeriksa ...": the first six words come again on the same line after a credit (a
    # slash, "dok", "foto", a domain); a paragraph that says a thing twice credits no photo,
    # nor does a link's address ("... http://x ..." is a link in the text, not a credit).
    ("caption-twice", r"(?!.*://)(?P<opening>(?:\S+ ){6}).*?(?:/|dok\.?|foto|photo|\.com|\.id)"
                      r"[^/]{0,60}?\s(?P=opening).*"),
    # A caption closed by its credit in brackets, a semicolon or nothing for the colon, no stop
    # before it: "Warga menimba air di sumur desa (Foto; Beritadaerah.com)", "Kapal bersandar
    # di dermaga (Dok Humas Pelindo)".
    ("caption-credit", r".{10,300}[^.!?\s]\s*\((?:foto|photo|dok\.?|sumber foto|gambar|image)"
                       r"\s*[;:.]?\s*[^()]{2,60}\)\.?"),
    # An English site's advert or plea pointing at a link, a short line of its own: "Need a
    # visa for Indonesia? Click here for more info", "Tap here to join our channel".
    ("advert", r"(?=.{0,160}$).*\b(?:click|tap) (?:here|this link|the link)\b.*"),
    # Round 26. An advert slot's prompt in Indonesian, the reader told to scroll past it:
    # "Scroll kebawah untuk lihat konten", "Scroll ke bawah untuk melanjutkan membaca", "Gulir
    # untuk membaca berita": a line of its own inside the body.
    ("advert", r"(?:scroll|gulir)(?: ke ?bawah)? untuk (?:lanjut|melanjutkan|(?:me)?lihat"
               r"|(?:mem)?baca)(?: (?:baca|membaca|konten|berita|artikel|isi))*\W*"),
    # A share bar's prompt, in Indonesian, a line of its own (printed over and under the story):
    # "Bagikan informasi Beritanya Via :", "Bagikan artikel ini melalui:", "Share berita ini
    # ke:", "Sebarkan lewat :". The verb, three words at most, then the channel's preposition.
    ("share", r"(?:bagikan|sebarkan|share)(?: [\w-]+){0,3} (?:via|melalui|lewat|ke)\s*:?\W*"),
    # Round 27. An empty comment box's line, right under the story's last paragraph: "No
    # comments yet.", "There are no comments yet", "Belum ada komentar.", "Be the first to
    # comment!", "Jadilah yang pertama berkomentar".
    ("comments", r"(?:there are )?no comments(?: yet)?\W*|belum ada komentar\W*"
                 r"|be the first to comment\W*|jadilah (?:yang )?(?:pertama|orang pertama) "
                 r"(?:yang )?(?:berkomentar|memberi komentar)\W*"),
)
