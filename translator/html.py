"""HTML page -> article text and the metadata its tags declare.

trafilatura finds the article body; when it finds too little, jusText with its Indonesian
stoplist tries. The page's own metadata (JSON-LD NewsArticle, Open Graph and article meta tags)
is read here and handed to `clean` as hints, which win over guesses from the text. A page nested
deeper than libxml2 parses (256 levels) is first flattened by a loop over its tags, so the
article below that depth is not lost. Everything heavy is imported inside the functions:
plain-text input never loads lxml or trafilatura."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .html_sniff import declared_charset, known_codec, looks_like_html  # noqa: F401

# Enough to believe an extraction: below this trafilatura probably caught a teaser or a
# caption, and jusText gets its turn.
MIN_BODY_CHARS = 250
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# libxml2 stops parsing at 256 levels of nesting and loses the rest of the page; a page that
# deep is flattened to this depth first (real news pages nest 20 to 40 levels).
MAX_DEPTH = 100
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr"}
_SELF_CLOSING_SIBLINGS = {"p", "li", "dt", "dd", "option", "tr", "td", "th"}
_KEEP_DEEP = {"p", "script", "style", "title", "textarea"}  # paragraphs; raw text stays code
_INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i",
           "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time",
           "u", "var"}
_ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                  "BlogPosting", "WebPage"}


@dataclass(frozen=True)
class Page:
    """The article text of a page (paragraphs separated by blank lines) and its metadata."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)  # title, published, outlet, author


def extract(html: str, url: str | None = None) -> Page:
    """The article body and metadata of an HTML page."""
    import lxml.html

    # lxml refuses a str that declares its encoding (XHTML); the text is decoded already.
    html = _XML_DECLARATION.sub("", html, count=1)
    try:
        tree = _parse(html)
        if tree is None:
            html = flatten(html)  # deeper than libxml2 goes: it would drop the rest of the page
            tree = lxml.html.fromstring(html)
    except Exception:  # lxml raises several types on junk; no body is the honest answer
        return Page(text="")
    meta = _metadata(tree)
    paragraphs = _guarded(_trafilatura, html, url)
    if sum(map(len, paragraphs)) < MIN_BODY_CHARS:
        fallback = _guarded(justext_paragraphs, html)
        if sum(map(len, fallback)) > sum(map(len, paragraphs)):
            paragraphs = fallback
    return Page(text="\n\n".join(paragraphs), meta=meta)


def _parse(html: str):
    """The lxml tree of a page, or None when its nesting went past libxml2's depth limit."""
    import lxml.html

    parser = lxml.html.HTMLParser()
    tree = lxml.html.fromstring(html, parser=parser)
    if any(e.type_name == "ERR_RESOURCE_LIMIT" or "Excessive depth" in e.message
           for e in parser.error_log):
        return None
    return tree


def _guarded(extractor, *args) -> list[str]:
    """An extractor's paragraphs; none when it recursed too deep on a pathological tree."""
    try:
        return extractor(*args)
    except RecursionError:
        return []


class _Flattener(HTMLParser):
    """Re-emits a page with every element below `max_depth` unwrapped (its text kept): a loop,
    not recursion, so 10,000 nested <div>s cost nothing."""

    def __init__(self, max_depth: int) -> None:
        super().__init__(convert_charrefs=False)
        self.max_depth = max_depth
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # open elements: (tag, re-emitted)
        self.depth = 0  # re-emitted elements open

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            self.out.append(self.get_starttag_text() or "")
            return
        if self.stack and self.stack[-1][0] == tag and tag in _SELF_CLOSING_SIBLINGS:
            self.handle_endtag(tag)  # <p>a<p>b: the first <p> ends where the second begins
        keep = self.depth < self.max_depth or tag in _KEEP_DEEP
        self.stack.append((tag, keep))
        if keep:
            self.depth += 1
            self.out.append(self.get_starttag_text() or "")
        elif tag not in _INLINE:
            self.out.append("\n")  # a block boundary still separates words

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                closed = self.stack[i:]
                del self.stack[i:]  # in place: copying the stack would be quadratic
                self.depth -= sum(kept for _, kept in closed)
                if closed[0][1]:
                    self.out.append(f"</{tag}>")
                elif tag not in _INLINE:
                    self.out.append("\n")
                return
        self.out.append(f"</{tag}>")  # a stray end tag: lxml ignores it as before

    def handle_data(self, data: str) -> None:
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.out.append(f"<![{data}]>")


def flatten(html: str, max_depth: int = MAX_DEPTH) -> str:
    """The page with elements nested deeper than `max_depth` unwrapped, their text kept."""
    flattener = _Flattener(max_depth)
    flattener.feed(html)
    flattener.close()
    return "".join(flattener.out)


def _trafilatura(html: str, url: str | None) -> list[str]:
    import trafilatura

    text = trafilatura.extract(html, url=url, output_format="txt", include_comments=False,
                               include_tables=False, include_images=False,
                               include_links=False, deduplicate=False)
    return [p.strip() for p in (text or "").splitlines() if p.strip()]


def justext_paragraphs(html: str) -> list[str]:
    """The article paragraphs jusText finds with the Indonesian stoplist (the fallback)."""
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
        except (ValueError, RecursionError):
            continue  # pages ship broken (or absurdly nested) JSON-LD; the meta tags still count
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
