"""Pure tables: a blog theme's widget titles ("Social Items") and a roundup's pointer to the
full story, one line under each item's summary ("Baca berita selengkapnya di sini.", "Simak
lebih jauh tentang X di sini.", "Baca selengkapnya: <headline>"), kept apart from
boilerplate.py to keep that module short (they join boilerplate.FURNITURE through
boilerplate_chrome.CHROME_ROWS)."""

from __future__ import annotations

LINK_ROWS: tuple[tuple[str, str], ...] = (
    # A Blogger theme's widget titles, printed as lines of their own ("Social Items" over the
    # post), and the default titles of its gadgets ("Image Hosting", "Arsip Blog", "Total
    # Pageviews", "Laporkan Penyalahgunaan"): never a site's name, nor a headline.
    ("widget-title", r"(?:social (?:items|plugin|icons|links)|popular posts|featured posts?"
                     r"|recent posts|blog archive|menu footer widget|image hosting"
                     r"|(?:arsip|daftar) blog|blog ?list|postingan (?:populer|unggulan|terbaru)"
                     r"|total (?:page ?views|tayangan(?: halaman)?)|followers|pengikut"
                     r"|about me|mengenai saya|contact form|formulir kontak|link ?list"
                     r"|search this blog|cari blog ini|report abuse|laporkan penyalahgunaan"
                     r"|labels?)\W*"),
    # An imperative to read on that ends in a link's words: a story's own sentence never opens
    # with "Baca"/"Simak" and points "di sini"; bounded, so a paragraph is never taken.
    ("related-link", r"(?:baca|simak|lihat|cek|klik)\b(?=.{0,90}$)[^.!?]*\b(?:selengkapnya"
                     r"|lebih (?:jauh|lanjut|lengkap)|berita(?:nya)?|artikel(?:nya)?)\b[^.!?]*"
                     r"\b(?:di ?sini|here)\s*[.!]?"),
    # "Baca selengkapnya: <headline>": the full story's headline after the prompt's colon.
    ("related-link", r"(?:baca|simak|lihat) (?:berita |artikel )?selengkapnya\s*[:>»|-]\s*"
                     r"[^.!?]{5,150}"),
    # "Baca: <headline>": a link's headline after the bare prompt and its colon, no sentence;
    # "BacaJuga: <headline>", the prompt's words run together.
    ("related-link", r"(?:baca|simak|lihat)(?:juga)?\s*:\s*[^.!?]{5,150}"),
    # A listing's arrow link closing each post's summary: "Read ›", "Read on »", "Baca →": the
    # post is over, the next post's summary follows (a story's lines never end on an arrow).
    ("end", r"(?:read|baca)(?: on| post| artikel)?\s*[›»→]+"),
    # "READ <headline>": an English site's shouted prompt before a link's title-cased headline.
    ("related-link", r"(?-i:READ(?: (?:ALSO|MORE))?)\s*:?\s+"
                     r"(?-i:[A-Z][\w’'-]*(?: [\w’'-]+){2,20})"),
)
