"""On a terminal the progress moves and leaves nothing behind: `brief` runs on the sample with
its stdout and stderr on a pseudo-terminal, and the screen is replayed."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time

import pytest

from .conftest import ROOT, SAMPLE

_CSI = re.compile(r"\x1b\[([?0-9;]*)([A-Za-z])")


def screen(stream: str) -> list[str]:
    """The lines a terminal shows after `stream` (enough of a VT100 for rich: CR, LF, cursor up,
    erase line; styles and cursor visibility ignored)."""
    lines, row, col = [""], 0, 0
    i = 0
    while i < len(stream):
        m = _CSI.match(stream, i)
        if m:
            arg, op = m.groups()
            if op == "A":
                row = max(0, row - int(arg or 1))
            elif op == "K" and arg == "2":
                lines[row] = ""
            i = m.end()
            continue
        ch = stream[i]
        if ch == "\r":
            col = 0
        elif ch == "\n":
            row += 1
            col = 0
            if row == len(lines):
                lines.append("")
        elif ch >= " ":
            line = lines[row].ljust(col)
            lines[row] = line[:col] + ch + line[col + 1:]
            col += 1
        i += 1
    return [line.rstrip() for line in lines]


def test_screen_replays_an_erased_line():
    assert screen("kept\nbar 1/4\r\x1b[2Kbar 2/4\r\n\x1b[1A\x1b[2K") == ["kept", "", ""]


def _run_on_a_terminal(args: list[str], limit_s: float = 120) -> str:
    """Everything `brief ARGS` writes to a 100x30 terminal (stdout and stderr)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30"}
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen([sys.executable, "-m", "translator", *args], cwd=ROOT, env=env,
                            stdin=subprocess.DEVNULL, stdout=slave, stderr=slave)
    os.close(slave)
    chunks: list[bytes] = []
    deadline = time.monotonic() + limit_s
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    data = os.read(master, 65536)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not data:
                    break
                chunks.append(data)
            elif proc.poll() is not None:
                break
        assert proc.wait(timeout=30) == 0, b"".join(chunks).decode(errors="replace")[-2000:]
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
    return b"".join(chunks).decode("utf-8", errors="replace")


@pytest.mark.parametrize("tiny_models", ["ctranslate2"], indirect=True)
def test_the_bar_moves_before_the_brief_and_leaves_no_status_line(tiny_models):
    raw = _run_on_a_terminal([*tiny_models.args(), "--no-store", "--no-cache", str(SAMPLE)])
    plain = _CSI.sub("", raw)
    counts = [(int(d), int(t)) for d, t in re.findall(r"Translating\D*?(\d+)/(\d+)", plain)]
    assert counts, raw[-2000:]
    total = counts[0][1]
    assert total > 4 and any(0 < d < total for d, t in counts), counts  # seen mid-way
    first_mid = min(plain.index(f"{d}/{t}") for d, t in counts if 0 < d < t)
    assert first_mid < plain.index("SINDOnews")  # ... before the brief is printed
    shown = "\n".join(screen(raw))
    assert "SINDOnews" in shown and "╭" in shown  # the rich panel stays
    for status in ("Loading", "Translating", "Summarising"):
        assert status in raw and status not in shown, status
