"""Raw-socket servers on 127.0.0.1 that misbehave on purpose: drip bytes, lie about lengths,
break off mid-reply. Each connection runs a script in a daemon thread; `stop` ends them all."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable

Script = Callable[[socket.socket, threading.Event], None]

HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"


class HostileServer:
    """Reads each request's head, then runs `script(conn, stop)`; closes the connection after."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.stop = threading.Event()
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.05)  # accept() wakes up to notice `stop`
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.threads: list[threading.Thread] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            worker = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            self.threads.append(worker)
            worker.start()

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        # The client giving up (a reset, a broken pipe) is what most tests want.
        with conn, contextlib.suppress(OSError):
            request = b""
            while b"\r\n\r\n" not in request:
                data = conn.recv(4096)
                if not data:
                    return
                request += data
            self.script(conn, self.stop)

    def __enter__(self) -> HostileServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join(2)
        self.sock.close()
        for worker in self.threads:
            worker.join(2)


def replies(raw: bytes) -> Script:
    """Send `raw` at once, then close the connection."""
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(raw)
    return script


def drips(prefix: bytes, dripped: bytes, interval: float = 0.05, limit: float = 5.0) -> Script:
    """Send `prefix` at once, then `dripped` a byte per `interval` seconds: for at most `limit`
    seconds, so a client with no deadline fails the test instead of hanging it."""
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(prefix)
        end = time.monotonic() + limit
        for i in range(len(dripped)):
            if stop.wait(interval) or time.monotonic() > end:
                return
            conn.sendall(dripped[i:i + 1])
    return script
