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
    # Round 28. A comment form's text-format tips, as Drupal prints them under the box: "Plain
    # text", "No HTML tags allowed.", "Lines and paragraphs break automatically.", "Web page
    # addresses and email addresses turn into links automatically.", "Allowed HTML tags: <a>".
    ("comments", r"[•*-]?\s*(?:no html tags allowed|lines and paragraphs break automatically"
                 r"|web page addresses and e-?mail addresses turn into links automatically"
                 r"|allowed html tags\s*:.*)\W*"),
    # A photo's caption of one sentence closed by its photographer's full name over the outlet's
    # address, after the stop: "Relawan menata buku di rak. (rina wulandari/harianjogja.com)",
    # "Warga antre minyak goreng. (Foto: Budi Santoso/radarbali.id)" (a desk's initials over
    # the address, "(ahm/voa-islam.com)", sign the story off: boilerplate_credits).
    ("caption", r"(?!.*[.!?]\s+[A-Z\"“].*\()[A-Z\"“][^()]{10,250}[.!?]\s*\((?:foto\s*:?\s*)?"
                r"[a-z]+(?: [a-z]+){1,3}\s?/\s?(?:[\w-]+\.)+[a-z]{2,3}\)"),
    # A photo's caption of one sentence closed by the day it was taken, in brackets after the
    # stop: "Para peserta berfoto bersama usai penutupan. (Ahad, 8/2/2026)", "Bupati menyerahkan
    # bantuan. (Senin, 9/3/2026)": a story's sentence names its day before its stop.
    ("caption", r"(?!.*[.!?]\s+[A-Z\"“].*\()[A-Z\"“][^()]{10,250}[.!?]\s*\((?:senin|selasa|rabu"
                r"|kamis|jum'?at|sabtu|minggu|ahad),\s*\d{1,2}/\d{1,2}/\d{2,4}\)"),
    # Round 34. WordPress's comment form under the story, English or Indonesian: the field
    # labels ("Name *", "Website", "Situs Web"), "Your email address will not be published.",
    # "This site uses Akismet to reduce spam. ...", "Save my name, email, and website ...".
    ("comments", r"(?:name|nama|e-?mail|website|situs web|comment|komentar)\s*\*?"
                 r"|(?:your email address will not be published|alamat email anda tidak akan"
                 r" dipublikasikan|this site uses akismet to reduce spam|situs ini menggunakan"
                 r" akismet untuk mengurangi spam|save my name, email,? and website|simpan nama,"
                 r" email,? dan situs web saya)\b.{0,160}"),
    # A photo's credit alone in a bracket with spaces inside, between paragraphs:
    # "( photo : kabarkota.co )", "[ foto : dok. pribadi ]".
    ("caption", r"[(\[]\s*(?:foto|photo|image|gambar|sumber foto|sumber gambar)\s*:\s*"
                r"[^()\[\]]{2,40}[)\]]\.?"),
    # A caption of one sentence closed by its credit in words after the stop: "The old harbour
    # at dusk. Photo by Kabar Hulu.", "Warga memanen padi. Foto oleh Rina Wati." (one capital
    # word at least, no slash; a story's sentence names no photographer after its stop).
    ("caption", r"(?-i:[A-Z\"“])[^!?\"“”]{10,250}[.!]\s+(?:photo|image|picture|foto|gambar)"
                r"\s+(?:by|oleh|courtesy of|credit)\s*:?\s+(?-i:[A-Z@])[^.!?\"“”/]{1,40}\.?"),
    # Round 36. A caption closed by its credit after the stop, the outlet and the photographer
    # set off by a slash or a colon: "Students walk past ... Sydney. Source: SBS / Name",
    # "Harga sewa naik.(ABC News: Name Name)" (a source named for data, "(Sumber: Badan Pusat
    # Statistik)", is the story's own: never "sumber", "source" or "data" before the colon).
    ("caption-credit", r"(?-i:[A-Z\"“])[^!?\"“”]{10,250}[.!]\s+(?:source|sumber|credit"
                       r"|kredit)\s*:\s*[\w .&'’-]{2,30}\s?/\s?(?-i:[A-Z])[\w .'’-]{1,40}"
                       r"|(?-i:[A-Z\"“])[^!?\"“”()]{10,250}[.!]\s*\("
                       r"(?!(?:sumber|source|data)\b)(?-i:[A-Z])[\w .]{1,30}:\s*"
                       r"(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})\)"),
    # A broadcaster's caption labels with a comma: "Sumber gambar, Name", "Keterangan gambar,
    # Warga menjemur ...", "Image source, Getty Images", "Image caption, ...".
    ("caption", r"(?:sumber gambar|keterangan gambar|image source|image caption)\s*,.*"),
    # A radio's plug for its programme closing the story: "Dengarkan Radio Kita setiap Senin
    # ... di aplikasi Radio Kita.", "Listen to X every weekday on ... radio".
    ("plea", r"(?:dengarkan|simak|listen to)\s+(?-i:[A-Z])[\w .]{1,40}\s+(?:setiap|tiap|every)\b"
             r".{2,160}\b(?:radio|aplikasi|app|podcast|spotify)\b.*"),
    # A related label glued to the headline it labels: "TerkaitJudul ...", "RelatedHeadline".
    ("related", r"(?-i:(?:Terkait|Baca [Jj]uga|Lihat [Jj]uga|Related)(?=[A-Z]))\S.*"),
    # A caption whose credit follows a slash, an account's address as the source: "Potret Name
    # bersama lawan mainnya/ Foto: instagram.com/handle |", "Suasana pasar / Foto: Dok. Pribadi"
    # (no bracket: a paragraph closed by "(Writer/Foto: Humas)" keeps its text, round 28).
    ("caption-credit", r"[^()]{3,250}?\s?/\s?(?:foto|photo|image|gambar)\s*:\s*[^/|()]{2,40}"
                       r"(?:/[\w.-]{1,40})?\s*\|?"),
    # A review's notice that what follows gives the plot away, fifteen words at most: "WARNING!
    # Tulisan di bawah ini mengandung SPOILER!!!", "Spoiler alert!", "Awas, ada spoiler".
    ("disclaimer", r"(?=(?:\S+\s+){0,14}\S+$)(?:(?:warning|peringatan|awas|perhatian"
                   r"|spoiler alert)\b.*\bspoiler|.*\b(?:mengandung|berisi|contains?|ada)\s+"
                   r"(?:sedikit\s+|banyak\s+)?spoiler).*"),
)
