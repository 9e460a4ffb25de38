"""Fetch a news page over HTTP(S) with the limits a command-line tool needs.

urllib3 (already a dependency of trafilatura) with retries off and redirects followed by hand,
so each failure becomes one clear message: DNS, refused connection, timeout, HTTP status,
not HTML, too large, too many redirects. trafilatura's own fetch hides these."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from .errors import InputError

# A browser's headers: some outlets serve bots a consent wall or a 403.
USER_AGENT = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/126.0 Safari/537.36")
HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
    "Accept-Language": "id,en;q=0.5",
}
CONNECT_TIMEOUT = 10.0  # seconds to open the connection
READ_TIMEOUT = 20.0  # seconds of silence while reading, and for the whole body
MAX_BYTES = 5_000_000  # = load.MAX_BYTES: a news page is well under 1 MB
MAX_REDIRECTS = 5
_REDIRECTS = (301, 302, 303, 307, 308)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


class FetchError(InputError):
    """The page could not be fetched (exit status 2, like any bad input)."""


@dataclass(frozen=True)
class Fetched:
    """A page's bytes, the URL they came from after redirects, and the HTTP charset."""

    url: str
    body: bytes
    charset: str | None


def is_url(source: str) -> bool:
    """True for an http:// or https:// address."""
    return source.lower().startswith(("http://", "https://"))


def fetch(url: str, *, connect_timeout: float = CONNECT_TIMEOUT,
          read_timeout: float = READ_TIMEOUT, max_bytes: int = MAX_BYTES,
          max_redirects: int = MAX_REDIRECTS) -> Fetched:
    """GET an HTML page; raise FetchError with a one-line reason on any failure."""
    import urllib3

    pool = urllib3.PoolManager(headers=HEADERS, retries=False,
                               timeout=urllib3.Timeout(connect=connect_timeout,
                                                       read=read_timeout))
    try:
        for _ in range(max_redirects + 1):
            _check_scheme(url)
            response = _get(pool, url)
            if response.status not in _REDIRECTS:
                return _read(response, url, max_bytes, read_timeout)
            location = response.headers.get("Location")
            response.release_conn()
            if not location:
                raise FetchError(f"{url}: HTTP {response.status} redirect without a Location")
            url = urljoin(url, location)
        raise FetchError(f"{url}: too many redirects (more than {max_redirects})")
    finally:
        pool.clear()


def _check_scheme(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url}: not an http(s) URL")


def _get(pool, url: str):
    from urllib3 import exceptions as ex

    host = urlsplit(url).hostname
    try:
        return pool.request("GET", url, redirect=False, preload_content=False)
    except ex.NameResolutionError:
        raise FetchError(f"{url}: cannot resolve host name {host!r}") from None
    except ex.NewConnectionError as e:  # a subclass of ConnectTimeoutError: test it first
        if "refused" in str(e).lower():
            raise FetchError(f"{url}: connection refused by {host}") from None
        raise FetchError(f"{url}: cannot connect to {host} ({_first_line(e)})") from None
    except ex.ConnectTimeoutError:
        raise FetchError(f"{url}: timed out connecting to {host}") from None
    except ex.ReadTimeoutError:
        raise FetchError(f"{url}: timed out waiting for {host}") from None
    except ex.SSLError as e:
        raise FetchError(f"{url}: TLS error ({_first_line(e)})") from None
    except ex.HTTPError as e:
        raise FetchError(f"{url}: {_first_line(e)}") from None


def _read(response, url: str, max_bytes: int, read_timeout: float) -> Fetched:
    from urllib3 import exceptions as ex

    try:
        if response.status >= 400:
            raise FetchError(f"{url}: HTTP {response.status} {response.reason or ''}".rstrip())
        ctype = response.headers.get("Content-Type", "")
        mime = ctype.split(";")[0].strip().lower()
        if mime and mime not in _HTML_TYPES:
            raise FetchError(f"{url}: not an HTML page (Content-Type {mime})")
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > max_bytes:
            raise FetchError(f"{url}: page too large ({int(length):,} bytes; limit "
                             f"{max_bytes:,})")
        deadline = time.monotonic() + read_timeout
        chunks, size = [], 0
        for chunk in response.stream(65536):
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"{url}: page too large (over {max_bytes:,} bytes)")
            if time.monotonic() > deadline:
                raise FetchError(f"{url}: timed out reading the page")
            chunks.append(chunk)
    except ex.ReadTimeoutError:
        raise FetchError(f"{url}: timed out reading the page") from None
    except ex.HTTPError as e:
        raise FetchError(f"{url}: {_first_line(e)}") from None
    finally:
        response.release_conn()
    match = _CHARSET.search(ctype)
    return Fetched(url=url, body=b"".join(chunks), charset=match.group(1) if match else None)


def _first_line(error: BaseException) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__
