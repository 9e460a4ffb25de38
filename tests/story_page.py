"""One made-up village story (headline and three paragraphs) that the round tests of the body
rules set furniture around: `page` joins lines as a copied page; `story` puts `middle` lines
between the second and third paragraphs (and `tail` after them) and returns what clean keeps."""

from __future__ import annotations

from translator.clean import clean

HEADLINE = "Warga Desa Sukamaju Gotong Royong Perbaiki Jembatan Bambu yang Putus"
BODY = [
    "Puluhan warga Desa Sukamaju bergotong royong memperbaiki jembatan bambu yang putus "
    "diterjang banjir pada Minggu pagi. Jembatan itu menjadi satu-satunya akses warga menuju "
    "kebun dan sekolah di seberang sungai.",
    "Kepala Desa Sukamaju, Hendra Wijaya, mengatakan warga mengumpulkan bambu dan tali ijuk dari "
    "kebun masing-masing sejak Sabtu sore agar perbaikan selesai dalam sehari.",
    "Pemerintah kecamatan berjanji mengusulkan pembangunan jembatan beton permanen dalam "
    "musyawarah perencanaan pembangunan tahun depan agar warga tidak lagi terisolasi.",
]


def page(*lines: str) -> str:
    """The lines as a copied page, a blank line between each."""
    return "\n\n".join(lines)


def story(*middle: str, tail: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The paragraphs clean keeps of the story with `middle` inside it and `tail` after it."""
    return clean(page("Kabar Sukamaju", HEADLINE, "Senin, 23 Februari 2026 - 09:15 WIB",
                      *BODY[:2], *middle, BODY[2], *tail)).paragraphs
