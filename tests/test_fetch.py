"""Fetching a page: every failure is one clear line and exit status 2; against 127.0.0.1 only."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path

import pytest

from tests.hostile_server import HEAD, HostileServer, drips, replies
from tests.local_server import LocalServer, Reply
from translator import fetch
from translator.errors import ConfigError, ExitStatus

PAGE = (b"<!doctype html><html><head><title>t</title></head><body><p>"
        + b"Harga beras naik di Jakarta karena pasokan berkurang, kata pedagang. " * 8
        + b"</p></body></html>")


# Redirects carry a body, as real ones do ("<html>Moved</html>"): a client that leaves it unread
# on a kept-alive connection finds the next request on that connection refused.
MOVED = b"<html><body>Moved</body></html>"
HTML_PAGE = Path(__file__).resolve().parent / "fixtures" / "html" / "detik-arus-mudik.html"


def _chain(name: str, hops: int, target: str) -> dict[str, Reply]:
    """/{name}N redirects to /{name}N-1 ... /{name}1 to `target`: N hops from /{name}N."""
    return {f"/{name}{n}": Reply(301 if n % 2 else 302, MOVED, {
        "Location": f"/{name}{n - 1}" if n > 1 else target, "Content-Type": "text/html"})
        for n in range(1, hops + 1)}


@pytest.fixture(scope="module")
def server():
    # HTTP/1.1 with keep-alive, as nearly every real server speaks.
    with LocalServer(keep_alive=True) as srv:
        srv.routes.update(_chain("hop", 6, "/page"))
        srv.routes.update(_chain("to-article", 5, "/article"))
        srv.routes.update({
            "/page": Reply(body=PAGE),
            "/moved": Reply(302, MOVED, {"Location": "/page"}),
            "/loop": Reply(302, MOVED, {"Location": "/loop"}),
            "/nolocation": Reply(302, headers={}),
            "/missing": Reply(404, b"<html>gone</html>"),
            "/broken": Reply(500, b"<html>oops</html>"),
            "/pdf": Reply(body=b"%PDF-1.7", headers={"Content-Type": "application/pdf"}),
            "/huge-declared": Reply(body=b"<html></html>", headers={
                "Content-Type": "text/html", "Content-Length": str(10**9)}),
            "/huge": Reply(body=b"<html>" + b"a" * 5_000_001 + b"</html>", streamed=True),
            "/streamed": Reply(body=PAGE, streamed=True),
            "/slow": Reply(body=PAGE, delay=1.5),
            "/untyped": Reply(body=PAGE, headers={}),
            "/escape": Reply(302, MOVED, {"Location": "/\x1b[2Jgone"}),
            "/article": Reply(body=HTML_PAGE.read_bytes()),
            "/latin": Reply(body="<html><body>Jum\xe9at</body></html>".encode("cp1252"),
                            headers={"Content-Type": "text/html; charset=windows-1252"}),
        })
        yield srv


def _refused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed on exit: nothing listens there


def test_fetch_returns_the_body_and_sends_browser_headers(server):
    page = fetch.fetch(f"{server.url}/page")
    assert page.body == PAGE and page.charset == "utf-8"
    headers = server.seen[-1]
    assert headers["User-Agent"].startswith("Mozilla/5.0")
    assert headers["Accept-Language"].startswith("id")


def test_redirects_are_followed(server):
    page = fetch.fetch(f"{server.url}/moved")
    assert page.url == f"{server.url}/page" and page.body == PAGE


def test_five_redirects_on_a_kept_alive_connection_reach_the_page(server):
    page = fetch.fetch(f"{server.url}/hop5")
    assert page.url == f"{server.url}/page" and page.body == PAGE


def test_a_sixth_redirect_is_refused(server):
    with pytest.raises(fetch.FetchError, match=r"too many redirects \(more than 5\)"):
        fetch.fetch(f"{server.url}/hop6")


def test_a_redirect_location_cannot_put_escape_codes_in_the_message(server):
    with pytest.raises(fetch.FetchError) as info:
        fetch.fetch(f"{server.url}/escape")
    assert str(info.value) == f"{server.url}/%1B%5B2Jgone: HTTP 404 Not Found"


def test_http_charset_is_reported(server):
    assert fetch.fetch(f"{server.url}/latin").charset == "windows-1252"


@pytest.mark.parametrize(("path", "kwargs", "message"), [
    ("/missing", {}, "HTTP 404 Not Found"),
    ("/broken", {}, "HTTP 500 Internal Server Error"),
    ("/pdf", {}, "not an HTML page (Content-Type application/pdf)"),
    ("/loop", {"max_redirects": 3}, "too many redirects (more than 3)"),
    ("/nolocation", {}, "redirect without a Location"),
    ("/huge-declared", {}, "page too large (1,000,000,000 bytes"),
    ("/page", {"max_bytes": 100}, f"page too large ({len(PAGE):,} bytes; limit 100)"),
    ("/streamed", {"max_bytes": 100}, "page too large (over 100 bytes)"),
    ("/slow", {"timeout": 0.3}, "timed out reading the page (0.3 s limit)"),
    ("/untyped", {}, "not an HTML page (no Content-Type)"),
])
def test_each_failure_has_its_message(server, path, kwargs, message):
    with pytest.raises(fetch.FetchError) as info:
        fetch.fetch(f"{server.url}{path}", **kwargs)
    assert message in str(info.value)
    assert info.value.exit_status == ExitStatus.BAD_INPUT


def test_refused_connection():
    url = f"http://127.0.0.1:{_refused_port()}/x"
    with pytest.raises(fetch.FetchError, match="connection refused by 127.0.0.1"):
        fetch.fetch(url)


def test_unresolvable_host():
    # RFC 2606: .invalid never resolves, so this needs no network to fail the same way.
    with pytest.raises(fetch.FetchError, match="cannot resolve host name 'brief-test.invalid'"):
        fetch.fetch("http://brief-test.invalid/berita")


@pytest.mark.parametrize("url", ["ftp://example.com/a.html", "http:///nohost"])
def test_only_http_urls_are_fetched(url):
    with pytest.raises(fetch.FetchError, match="not an http"):
        fetch.fetch(url)


@pytest.mark.parametrize(("path", "message"), [
    ("/missing", "HTTP 404 Not Found"),
    ("/broken", "HTTP 500"),
    ("/pdf", "not an HTML page"),
    ("/untyped", "not an HTML page (no Content-Type)"),
    ("/hop6", "too many redirects (more than 5)"),
    ("/loop", "too many redirects (more than 5)"),
    ("/huge", "page too large (over 5,000,000 bytes)"),
])
@pytest.mark.parametrize("command", [["clean"], []])
def test_cli_reports_fetch_failures_in_one_line_with_status_2(brief, server, command, path,
                                                            message):
    run = brief(*command, f"{server.url}{path}")
    assert run.code == 2
    assert run.err.count("\n") == 1 and run.err.startswith("brief: error: ")
    assert message in run.err
    assert "Traceback" not in run.err


def test_cli_reports_refused_and_dns_failures(brief):
    for url, message in [(f"http://127.0.0.1:{_refused_port()}/", "connection refused"),
                         ("https://brief-test.invalid/", "cannot resolve host name")]:
        run = brief("clean", url)
        assert (run.code, message in run.err, run.err.count("\n")) == (2, True, 1), run.err


# Deadlines: a server that sends a byte every 50 ms never lets one read time out, so only a
# deadline for the whole fetch ends the wait. The servers give up after 5 s, which fails the
# timing assertions below instead of hanging the run.
DEADLINE = 1.0
MARGIN = 0.5


@pytest.mark.parametrize(("script", "message"), [
    (drips(b"HTTP/1.1 200 OK\r\n", b"X-Padding: " + b"a" * 1000), "timed out waiting for"),
    (drips(HEAD + b"Content-Length: 1000\r\n\r\n", b"<p>" * 400), "timed out reading"),
    (drips(HEAD + b"Transfer-Encoding: chunked\r\n\r\n", b"1\r\na\r\n" * 200),
     "timed out reading"),
], ids=["headers", "body", "chunked-body"])
def test_a_dripping_server_is_cut_off_at_the_deadline(script, message):
    with HostileServer(script) as srv:
        start = time.monotonic()
        with pytest.raises(fetch.FetchError) as info:
            fetch.fetch(f"{srv.url}/drip", timeout=DEADLINE)
        elapsed = time.monotonic() - start
    assert DEADLINE - 0.05 < elapsed < DEADLINE + MARGIN
    assert message in str(info.value) and f"({DEADLINE:g} s limit)" in str(info.value)
    assert _fetch_threads_end(), "the fetch thread is still blocked after the deadline"


def _fetch_threads_end(within: float = 1.0) -> bool:
    end = time.monotonic() + within
    while any(t.name == "brief-fetch" for t in threading.enumerate()):
        if time.monotonic() > end:
            return False
        time.sleep(0.01)
    return True


def test_the_deadline_covers_every_redirect_together():
    # Each hop answers within 0.3 s; four of them overrun a 1 s deadline.
    def script(conn, stop):
        stop.wait(0.3)
        conn.sendall(b"HTTP/1.1 302 Found\r\nLocation: /again\r\nContent-Length: 0\r\n\r\n")

    with HostileServer(script) as srv:
        start = time.monotonic()
        with pytest.raises(fetch.FetchError, match=r"timed out .*\(1 s limit\)"):
            fetch.fetch(f"{srv.url}/a", timeout=1.0)
        assert time.monotonic() - start < 1.0 + MARGIN


def test_the_deadline_comes_from_brief_fetch_timeout(monkeypatch):
    monkeypatch.setenv("BRIEF_FETCH_TIMEOUT", "0.5")
    with HostileServer(drips(b"HTTP/1.1 200 OK\r\n", b"X" * 1000)) as srv:
        start = time.monotonic()
        with pytest.raises(fetch.FetchError, match=r"timed out waiting for 127.0.0.1 \(0.5 s"):
            fetch.fetch(f"{srv.url}/")
        assert time.monotonic() - start < 0.5 + MARGIN


@pytest.mark.parametrize("value", ["soon", "0", "-3", "nan", "inf"])
def test_a_bad_brief_fetch_timeout_is_a_config_error(monkeypatch, value):
    monkeypatch.setenv("BRIEF_FETCH_TIMEOUT", value)
    with pytest.raises(ConfigError, match="BRIEF_FETCH_TIMEOUT"):
        fetch.fetch("http://127.0.0.1:9/")


def test_the_default_deadline_is_30_seconds(monkeypatch):
    monkeypatch.delenv("BRIEF_FETCH_TIMEOUT", raising=False)
    assert fetch.fetch_timeout() == fetch.FETCH_TIMEOUT == 30.0


# Broken replies: each becomes one plain sentence, never a repr of urllib3's exception tuple.
LONG_REASON = "Not Found " + "x" * 500


@pytest.mark.parametrize(("raw", "message"), [
    (HEAD + b"Content-Length: 1000\r\n\r\n" + b"a" * 100,
     "connection closed after 100 of 1,000 bytes"),
    (HEAD + b"Transfer-Encoding: chunked\r\n\r\n" + b"10\r\nabc",
     "connection closed before the end of the page"),
    (HEAD + b"Transfer-Encoding: chunked\r\n\r\n" + b"zz\r\nabc\r\n",
     "invalid chunked encoding"),
    (b"", "127.0.0.1 closed the connection without a response"),
    (b"SSH-2.0-OpenSSH_9.6\r\n\r\n", "not an HTTP response"),
    (b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 70_000 + b"\r\n\r\n",
     "invalid HTTP response (got more than 65536 bytes when reading header line)"),
    (f"HTTP/1.1 404 {LONG_REASON}\r\nContent-Length: 0\r\n\r\n".encode(),
     f"HTTP 404 {LONG_REASON[:99]}\u2026"),
    (HEAD + b"Content-Encoding: gzip\r\nContent-Length: 9\r\n\r\nnot gzip!",
     "cannot decode the page (Content-Encoding gzip)"),
], ids=["short-body", "short-chunk", "bad-chunk", "no-reply", "not-http", "long-header",
        "long-reason", "bad-gzip"])
def test_a_broken_reply_is_one_plain_line(raw, message):
    with HostileServer(replies(raw)) as srv, pytest.raises(fetch.FetchError) as info:
        fetch.fetch(f"{srv.url}/x", timeout=5)
    text = str(info.value)
    assert text == f"{srv.url}/x: {message}"
    assert info.value.exit_status == ExitStatus.BAD_INPUT


def test_cli_briefs_the_page_behind_five_redirects(brief, server):
    by_url = brief("clean", "--json", f"{server.url}/to-article5")
    by_file = brief("clean", "--json", str(HTML_PAGE))
    assert by_url.code == by_file.code == 0, by_url.err
    doc = json.loads(by_url.out)
    assert doc == json.loads(by_file.out) and len(doc["paragraphs"]) > 3
