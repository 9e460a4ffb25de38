"""A guard that refuses, and records, every network access beyond this machine.

Used by the autouse fixture in conftest.py and, standard library only, by subprocesses that
must run with a fresh import of huggingface_hub (tests/test_e2e_content.py). Loopback
connections (127.0.0.0/8, ::1, localhost) and Unix sockets pass; anything else raises the
error a machine without network would give (so code under test takes its offline path) and
is recorded, so a test can also fail on an attempt that the code swallowed.
"""

from __future__ import annotations

import errno
import ipaddress
import socket
from collections.abc import Iterator
from contextlib import contextmanager

LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


def is_local_host(host: object) -> bool:
    """True for loopback addresses and names that never leave this machine."""
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return True  # not an internet address (e.g. AF_NETLINK's integers)
    name = host.strip("[]").split("%")[0].lower().rstrip(".")
    if name in LOCAL_NAMES or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _is_numeric(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]").split("%")[0])
        return True
    except ValueError:
        return False


@contextmanager
def network_guard() -> Iterator[list[str]]:
    """Patch socket connects and name lookups for the block; yields the list of attempts."""
    attempts: list[str] = []
    connect, connect_ex = socket.socket.connect, socket.socket.connect_ex
    create_connection, getaddrinfo = socket.create_connection, socket.getaddrinfo

    def blocked_address(address: object) -> str | None:
        if isinstance(address, tuple) and address and not is_local_host(address[0]):
            return f"{address[0]}:{address[1] if len(address) > 1 else ''}"
        return None  # loopback, a Unix socket path, or no internet address at all

    def guarded_connect(self, address):
        where = blocked_address(address)
        if where:
            attempts.append(f"connect {where}")
            raise OSError(errno.ENETUNREACH, f"network blocked by the test guard: {where}")
        return connect(self, address)

    def guarded_connect_ex(self, address):
        where = blocked_address(address)
        if where:
            attempts.append(f"connect_ex {where}")
            return errno.ENETUNREACH
        return connect_ex(self, address)

    def guarded_create_connection(address, *args, **kwargs):
        where = blocked_address(address)
        if where:
            attempts.append(f"create_connection {where}")
            raise OSError(errno.ENETUNREACH, f"network blocked by the test guard: {where}")
        return create_connection(address, *args, **kwargs)

    def guarded_getaddrinfo(host, *args, **kwargs):
        text = host.decode("ascii", "replace") if isinstance(host, bytes) else host
        if isinstance(text, str) and not is_local_host(text) and not _is_numeric(text):
            # RFC 2606: .invalid never resolves; answer as a resolver would, without asking one.
            if not text.lower().rstrip(".").endswith(".invalid"):
                attempts.append(f"getaddrinfo {text}")
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = guarded_connect_ex  # type: ignore[method-assign]
    socket.create_connection = guarded_create_connection  # type: ignore[assignment]
    socket.getaddrinfo = guarded_getaddrinfo  # type: ignore[assignment]
    try:
        yield attempts
    finally:
        socket.socket.connect, socket.socket.connect_ex = connect, connect_ex  # type: ignore
        socket.create_connection, socket.getaddrinfo = create_connection, getaddrinfo
