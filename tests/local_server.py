"""A tiny HTTP server on 127.0.0.1 for fetch tests: routes of canned responses, in a thread."""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {
        "Content-Type": "text/html; charset=utf-8"})
    delay: float = 0.0  # seconds to wait before sending the body (after the headers)
    streamed: bool = False  # no Content-Length: the client learns the size by reading


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        # A client may close a kept-alive connection with a reply unread (a reset): normal.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class LocalServer:
    """Serves `routes` (path -> Reply); records the request headers it saw. With `keep_alive`
    it speaks HTTP/1.1 and keeps each connection open for the next request, as most servers do."""

    def __init__(self, keep_alive: bool = False) -> None:
        self.routes: dict[str, Reply] = {}
        self.seen: list[dict[str, str]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1" if keep_alive else "HTTP/1.0"

            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                server.seen.append(dict(self.headers))
                reply = server.routes.get(self.path, Reply(404, b"<html>not here</html>"))
                self.send_response(reply.status)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                if "Content-Length" not in reply.headers and not reply.streamed:
                    self.send_header("Content-Length", str(len(reply.body)))
                if reply.streamed and keep_alive:  # the end of the body is the end of the line
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                if reply.delay:
                    time.sleep(reply.delay)
                # The client may give up (timeout, size cap): what the test wanted.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(reply.body)

            def log_message(self, *args) -> None:
                pass

        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
