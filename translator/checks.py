"""The checks an article passes before it is translated: its length and its language.

Pure: they read the cleaned Article and raise InputError or LanguageError (the CLI maps both
to exit codes), or return the notes a brief carries about its language."""

from __future__ import annotations

from .article import Article
from .errors import InputError, LanguageError
from .language import language_name

TRANSLATABLE = {"id": "Indonesian", "ms": "Malay"}
# The longest article briefed, in words after cleaning (~700 KB of text; a long feature runs
# to ~5,000). Memory stays flat however long the text (the models get a batch at a time), but
# the run time grows with it; the cap also stops a wrong file (a book, a dump) early.
MAX_ARTICLE_WORDS = 100_000


def check_length(article: Article, max_words: int = MAX_ARTICLE_WORDS) -> None:
    """Raise InputError when the article is over `max_words` words."""
    words = sum(len(p.split()) for p in article.paragraphs) + len((article.title or "").split())
    if words > max_words:
        raise InputError(f"article too long: {words:,} words (brief takes at most "
                         f"{max_words:,}; split it)")


def check_language(article: Article, force: bool = False) -> list[str]:
    """Notes about the article's language; LanguageError when it is not one brief translates
    (Indonesian, or Malay with a note) and not `force`d."""
    lang = article.language or "und"
    if lang == "en":
        return ["The article is in English: translation skipped, summary only."]
    if lang == "ms":
        return ["The article looks Malay, not Indonesian: translated with the Indonesian model."]
    if lang in TRANSLATABLE or force:
        return [] if lang in TRANSLATABLE else [f"Language {lang!r} forced through as Indonesian."]
    detected = language_name(lang) + ("" if lang == "und" else f" ({lang})")
    raise LanguageError(f"The article does not look Indonesian (detected: {detected}); brief "
                        "translates Indonesian: use --force to translate it anyway")
