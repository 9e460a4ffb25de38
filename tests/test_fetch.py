"""Fetching a page: every failure is one clear line and exit status 2; against 127.0.0.1 only."""

from __future__ import annotations

import socket

import pytest

from tests.local_server import LocalServer, Reply
from translator import fetch
from translator.errors import ExitStatus

PAGE = (b"<!doctype html><html><head><title>t</title></head><body><p>"
        + b"Harga beras naik di Jakarta karena pasokan berkurang, kata pedagang. " * 8
        + b"</p></body></html>")


@pytest.fixture(scope="module")
def server():
    with LocalServer() as srv:
        srv.routes.update({
            "/page": Reply(body=PAGE),
            "/moved": Reply(302, headers={"Location": "/page"}),
            "/loop": Reply(302, headers={"Location": "/loop"}),
            "/nolocation": Reply(302, headers={}),
            "/missing": Reply(404, b"<html>gone</html>"),
            "/broken": Reply(500, b"<html>oops</html>"),
            "/pdf": Reply(body=b"%PDF-1.7", headers={"Content-Type": "application/pdf"}),
            "/huge-declared": Reply(body=b"<html></html>", headers={
                "Content-Type": "text/html", "Content-Length": str(10**9)}),
            "/huge": Reply(body=b"<html>" + b"a" * 5_000_001 + b"</html>", streamed=True),
            "/streamed": Reply(body=PAGE, streamed=True),
            "/slow": Reply(body=PAGE, delay=1.5),
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
    ("/slow", {"read_timeout": 0.3}, "timed out"),
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
