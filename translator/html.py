"""HTML page -> article text and the metadata its tags declare.

trafilatura finds the article body; when it finds too little, jusText with its Indonesian
stoplist tries. The page's own metadata (JSON-LD NewsArticle, Open Graph and article meta tags)
is read here and handed to `clean` as hints, which win over guesses from the text. Everything
heavy is imported inside the functions: plain-text input never loads lxml or trafilatura."""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, field

# Enough to believe an extraction: below this trafilatura probably caught a teaser or a
# caption, and jusText gets its turn.
MIN_BODY_CHARS = 250
_SNIFF_BYTES = 4096
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(rb"<(?:head|body|meta|title)\b", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                  "BlogPosting", "WebPage"}


@dataclass(frozen=True)
class Page:
    """The article text of a page (paragraphs separated by blank lines) and its metadata."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)  # title, published, outlet, author


def looks_like_html(data: bytes) -> bool:
    """True when the bytes start as an HTML document (by content, never by file name)."""
    head = data[:_SNIFF_BYTES].lstrip(codecs.BOM_UTF8)
    return bool(_HTML_START.match(head)) or (head.lstrip().startswith(b"<")
                                             and len(_HTML_TAGS.findall(head)) >= 2)


def declared_charset(data: bytes) -> str | None:
    """The charset a <meta> tag declares near the top of the page, if it is a known codec."""
    m = _META_CHARSET.search(data[:_SNIFF_BYTES * 4])
    return known_codec(m.group(1).decode("ascii", "replace")) if m else None


def known_codec(name: str | None) -> str | None:
    """`name` when Python knows that codec; iso-8859-1 is read as cp1252, as browsers do."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def extract(html: str, url: str | None = None) -> Page:
    """The article body and metadata of an HTML page."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # lxml raises several types on junk; no body is the honest answer
        return Page(text="")
    meta = _metadata(tree)
    paragraphs = _trafilatura(html, url)
    if sum(map(len, paragraphs)) < MIN_BODY_CHARS:
        fallback = _justext(html)
        if sum(map(len, fallback)) > sum(map(len, paragraphs)):
            paragraphs = fallback
    return Page(text="\n\n".join(paragraphs), meta=meta)


def _trafilatura(html: str, url: str | None) -> list[str]:
    import trafilatura

    text = trafilatura.extract(html, url=url, output_format="txt", include_comments=False,
                               include_tables=False, include_images=False,
                               include_links=False, deduplicate=False)
    return [p.strip() for p in (text or "").splitlines() if p.strip()]


def _justext(html: str) -> list[str]:
    import justext

    paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist("Indonesian"),
                                 encoding="utf-8")
    return [p.text.strip() for p in paragraphs if not p.is_boilerplate and p.text.strip()]


def _metadata(tree) -> dict[str, str]:
    """JSON-LD first (the most deliberate), then Open Graph / article / author meta tags."""
    meta: dict[str, str] = {}
    for item in _json_ld(tree):
        _put(meta, "title", item.get("headline"))
        _put(meta, "published", item.get("datePublished"))
        _put(meta, "author", _name(item.get("author")))
        _put(meta, "outlet", _name(item.get("publisher")))
    tags = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        if key and el.get("content") and key not in tags:
            tags[key] = el.get("content")
    _put(meta, "title", tags.get("og:title"))
    _put(meta, "published", tags.get("article:published_time") or tags.get("pubdate")
         or tags.get("publishdate") or tags.get("date"))
    _put(meta, "outlet", tags.get("og:site_name"))
    _put(meta, "author", tags.get("author") or tags.get("article:author"))
    return meta


def _json_ld(tree) -> list[dict]:
    """The article objects of the page's JSON-LD blocks (lists and @graph flattened)."""
    found: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue  # pages ship broken JSON-LD; the meta tags still count
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                stack.extend(item.get("@graph") or [])
                types = item.get("@type")
                types = set(types) if isinstance(types, list) else {types}
                if types & _ARTICLE_TYPES and item.get("headline"):
                    found.append(item)
    order = {"NewsArticle": 0, "ReportageNewsArticle": 0, "AnalysisNewsArticle": 0}
    return sorted(found, key=lambda d: order.get(d.get("@type"), 1)
                  if isinstance(d.get("@type"), str) else 0)


def _name(value) -> str | None:
    """A schema.org author or publisher: a string, a {"name": ...} object, or a list of them."""
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _put(meta: dict[str, str], key: str, value) -> None:
    if key not in meta and isinstance(value, str) and value.strip():
        meta[key] = " ".join(value.split())
