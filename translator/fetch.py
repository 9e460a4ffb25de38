"""Fetch a news page over HTTP(S) with the limits a command-line tool needs.

urllib3 (already a dependency of trafilatura) at the connection level: one fresh connection per
request, closed after it, and redirects followed by hand, so an unread redirect body can never
poison a kept-alive connection, and each failure becomes one clear message: DNS, refused
connection, timeout, HTTP status, not HTML, too large, cut short, too many redirects.

One deadline covers the whole fetch (connecting, headers, body, every redirect). A server can
send a byte a second and never let a single read time out, so the fetch runs in a daemon thread
that the caller waits for with that deadline; when it passes, the caller reports the timeout at
once and shuts the thread's socket down, which ends any read the thread is blocked in."""

from __future__ import annotations

import contextlib
import http.client
import math
import os
import re
import socket
import ssl
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urljoin

from .errors import ConfigError, FetchError

# A browser's headers: some outlets serve bots a consent wall or a 403.
USER_AGENT = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/126.0 Safari/537.36")
HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
    "Accept-Language": "id,en;q=0.5",
}
FETCH_TIMEOUT = 30.0  # seconds for the whole fetch; BRIEF_FETCH_TIMEOUT overrides it
TIMEOUT_ENV = "BRIEF_FETCH_TIMEOUT"
MAX_BYTES = 5_000_000  # = load.MAX_BYTES: a news page is well under 1 MB
MAX_REDIRECTS = 5
_CHUNK = 16384
_REDIRECTS = (301, 302, 303, 307, 308)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Fetched:
    """A page's bytes, the URL they came from after redirects, and the HTTP charset."""

    url: str
    body: bytes
    charset: str | None


def is_url(source: str) -> bool:
    """True for an http:// or https:// address."""
    return source.lower().startswith(("http://", "https://"))


def fetch_timeout(timeout: float | None = None) -> float:
    """The deadline in seconds: `timeout`, else $BRIEF_FETCH_TIMEOUT, else FETCH_TIMEOUT."""
    if timeout is not None:
        if not 0 < timeout < math.inf:
            raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
        return float(timeout)
    raw = os.environ.get(TIMEOUT_ENV, "").strip()
    if not raw:
        return FETCH_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not 0 < value < math.inf:
        raise ConfigError(f"{TIMEOUT_ENV} must be a positive number of seconds, not {raw!r}")
    return value


def fetch(url: str, *, timeout: float | None = None, max_bytes: int = MAX_BYTES,
          max_redirects: int = MAX_REDIRECTS) -> Fetched:
    """GET an HTML page within one deadline; raise FetchError with a one-line reason."""
    attempt = _Attempt(url, fetch_timeout(timeout))
    worker = threading.Thread(target=attempt.run, args=(max_bytes, max_redirects),
                              name="brief-fetch", daemon=True)
    worker.start()
    late: FetchError | None = None
    try:
        worker.join(attempt.budget)
        if worker.is_alive():  # worded now: after abort() the worker runs on to its end
            late = attempt.timed_out()
    finally:
        if worker.is_alive():  # the deadline passed, or Ctrl-C: stop the worker's reads
            attempt.abort()
    if late is not None:
        raise late
    if attempt.error is not None:
        raise attempt.error
    assert attempt.result is not None
    return attempt.result


class _Attempt:
    """One fetch, run in the worker thread; what the waiting caller needs to report on it."""

    def __init__(self, url: str, budget: float) -> None:
        self.url, self.budget = url, budget
        self.deadline = time.monotonic() + budget
        self.host = ""
        self.stage = "connecting"
        self.headers: Mapping[str, str] = {}  # the last response's, for error messages
        self.result: Fetched | None = None
        self.error: Exception | None = None
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None
        self._aborted = False

    def run(self, max_bytes: int, max_redirects: int) -> None:
        """The whole fetch; the outcome lands in `result` or `error`."""
        try:
            self.result = self._follow(max_bytes, max_redirects)
        except FetchError as e:
            self.error = e
        except Exception as e:  # noqa: BLE001 (handed to the caller, most as one line)
            self.error = self._explain(e)

    def _follow(self, max_bytes: int, max_redirects: int) -> Fetched:
        for _ in range(max_redirects + 1):
            status, location, page = self._request(max_bytes)
            if page is not None:
                return page
            if not location:
                raise FetchError(f"{self.shown}: HTTP {status} redirect without a Location")
            self.url = urljoin(self.url, location)
        raise FetchError(f"{self.shown}: too many redirects (more than {max_redirects})")

    def _request(self, max_bytes: int) -> tuple[int, str | None, Fetched | None]:
        """One GET on its own connection: (status, Location, None) for a redirect."""
        from urllib3.connection import HTTPConnection, HTTPSConnection
        from urllib3.exceptions import LocationParseError
        from urllib3.util import parse_url

        try:
            # parse_url percent-encodes what a URL may not hold (spaces, escape codes).
            parts = parse_url(self.url)
        except LocationParseError:
            raise FetchError(f"{self.shown}: not a valid URL") from None
        scheme = (parts.scheme or "").lower()
        if scheme not in ("http", "https") or not parts.host:
            raise FetchError(f"{self.shown}: not an http(s) URL")
        self.url, self.host, self.headers = parts.url, parts.host, {}
        self.stage = f"connecting to {_shown(self.host)}"
        kind = HTTPSConnection if scheme == "https" else HTTPConnection
        conn = kind(self.host, parts.port, timeout=self._remaining())
        try:
            conn.connect()
            self._watch(conn.sock)
            self.stage = f"waiting for {_shown(self.host)}"
            conn.request("GET", parts.request_uri, headers=HEADERS, preload_content=False)
            conn.timeout = self._remaining()  # getresponse() sets it on the socket
            response = conn.getresponse()
            self.headers = response.headers
            if response.status in _REDIRECTS:  # its body is never read: the connection closes
                return response.status, response.headers.get("Location"), None
            self.stage = "reading the page"
            return response.status, None, self._read(response, max_bytes)
        finally:
            conn.close()

    def _read(self, response, max_bytes: int) -> Fetched:
        if response.status >= 400:
            reason = _shown(response.reason or "", 100)
            raise FetchError(f"{self.shown}: HTTP {response.status} {reason}".rstrip())
        ctype = response.headers.get("Content-Type", "")
        mime = ctype.split(";")[0].strip().lower()
        if not mime:
            raise FetchError(f"{self.shown}: not an HTML page (no Content-Type)")
        if mime not in _HTML_TYPES:
            raise FetchError(f"{self.shown}: not an HTML page (Content-Type {_shown(mime, 100)})")
        length = response.headers.get("Content-Length", "").strip()
        if length.isdigit() and int(length) > max_bytes:
            raise FetchError(f"{self.shown}: page too large ({int(length):,} bytes; limit "
                             f"{max_bytes:,})")
        chunks, size = [], 0
        for chunk in response.stream(_CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"{self.shown}: page too large (over {max_bytes:,} bytes)")
            chunks.append(chunk)
            self._sock_timeout()
        match = _CHARSET.search(ctype)
        return Fetched(url=self.url, body=b"".join(chunks),
                       charset=match.group(1) if match else None)

    def _remaining(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise self.timed_out()
        return left

    def _watch(self, sock: socket.socket | None) -> None:
        """Remember the socket so abort() can end a read blocked on it."""
        with self._lock:
            self._sock = sock
            if self._aborted:
                raise self.timed_out()

    def _sock_timeout(self) -> None:
        # Each read may wait only for what is left of the deadline (belt to abort's braces).
        # fileno -1: http.client has closed the socket after the last byte.
        if self._sock is not None and self._sock.fileno() != -1:
            self._sock.settimeout(self._remaining())

    def abort(self) -> None:
        """Called from the waiting thread at the deadline: end the worker's blocked read."""
        with self._lock:
            self._aborted = True
            # The plain socket's shutdown, also for TLS: it wakes a blocked recv() at once and
            # leaves the SSL object alone while the worker is inside it. OSError: already closed.
            if self._sock is not None:
                with contextlib.suppress(OSError):
                    socket.socket.shutdown(self._sock, socket.SHUT_RDWR)

    def timed_out(self) -> FetchError:
        """The timeout error for the stage the fetch is in."""
        return FetchError(f"{self.shown}: timed out {self.stage} ({self.budget:g} s limit)")

    @property
    def shown(self) -> str:
        """The current URL as error messages show it."""
        return _shown(self.url)

    def _explain(self, error: Exception) -> Exception:
        """One line for any exception urllib3, http.client, ssl or a socket raised; anything
        else is a bug and is returned as it is."""
        from urllib3 import exceptions as ex

        if isinstance(error, ex.ProtocolError) and len(error.args) > 1 \
                and isinstance(error.args[1], Exception):
            error = error.args[1]  # ('Connection broken: ...', the real error)
        url, host = self.shown, _shown(self.host)
        if self._aborted or time.monotonic() >= self.deadline:
            return self.timed_out()  # whatever broke, it broke because time ran out
        if isinstance(error, (ex.NameResolutionError, socket.gaierror)):
            return FetchError(f"{url}: cannot resolve host name {host!r}")
        if isinstance(error, ex.NewConnectionError):  # a subclass of ConnectTimeoutError
            if "refused" in str(error).lower():
                return FetchError(f"{url}: connection refused by {host}")
            return FetchError(f"{url}: cannot connect to {host} ({_reason(error)})")
        if isinstance(error, (ex.TimeoutError, TimeoutError)):
            return self.timed_out()
        if isinstance(error, ex.InvalidChunkLength) and error.length.strip():
            return FetchError(f"{url}: invalid chunked encoding")
        if isinstance(error, http.client.IncompleteRead):  # InvalidChunkLength b"" too
            return FetchError(f"{url}: {self._cut_short(error)}")
        if isinstance(error, http.client.RemoteDisconnected):
            return FetchError(f"{url}: {host} closed the connection without a response")
        if isinstance(error, http.client.BadStatusLine):
            return FetchError(f"{url}: not an HTTP response")
        if isinstance(error, http.client.InvalidURL):
            return FetchError(f"{url}: not a valid URL")
        if isinstance(error, http.client.HTTPException):
            return FetchError(f"{url}: invalid HTTP response ({_reason(error)})")
        if isinstance(error, (ssl.SSLError, ssl.CertificateError, ex.SSLError)):
            return FetchError(f"{url}: TLS error ({_reason(error)})")
        if isinstance(error, ex.DecodeError):
            coding = _shown(self.headers.get("Content-Encoding", "?"), 40)
            return FetchError(f"{url}: cannot decode the page (Content-Encoding {coding})")
        if isinstance(error, OSError):
            return FetchError(f"{url}: connection to {host} failed ({_reason(error)})")
        if isinstance(error, ex.HTTPError):
            return FetchError(f"{url}: {_reason(error)}")
        return error

    def _cut_short(self, error: http.client.IncompleteRead) -> str:
        """'connection closed after N of M bytes' when the page declared its length."""
        length = self.headers.get("Content-Length", "").strip()
        chunked = "chunked" in self.headers.get("Transfer-Encoding", "").lower()
        if chunked or not length.isdigit():
            return "connection closed before the end of the page"
        got = error.partial if isinstance(error.partial, int) else len(error.partial)
        return f"connection closed after {got:,} of {int(length):,} bytes"


def _shown(value: str, limit: int = 200) -> str:
    """One line of at most `limit` characters: header values and URLs come from the server.
    (Escape codes are left to the CLI's sanitiser; a line break would split the message.)"""
    value = _SPACE.sub(" ", value).strip()
    return value if len(value) <= limit else value[:limit - 1] + "\u2026"


def _reason(error: BaseException) -> str:
    text = str(error).strip()
    return _shown(text.splitlines()[0], 100) if text else type(error).__name__
