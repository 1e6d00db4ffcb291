"""Running ``marginalia-cli`` as a person does: a process of its own, in a terminal or not.

:func:`run_cli` starts the installed command line in a new session whose controlling
terminal is a pseudo-terminal (Python's ``pty``) when ``terminal=True``: stdin and stderr
are the terminal, stdout a pipe (as in ``marginalia-cli … --json > out.json``), and Ctrl+C is
the byte ``\\x03`` typed into the terminal, which the terminal driver turns into SIGINT for
the command — the real thing, not a signal sent by hand.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import tempfile
import termios
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

#: SGR sequences that set a colour (foreground, background, 256 colours, true colour).
COLOUR = re.compile(rb"\x1b\[(?:[0-9;]*;)?(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;[0-9;]*)?m")
ESCAPE = re.compile(rb"\x1b\[")
_CONTROL = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "marginalia.desktop.cli.main", *args]


def cli_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The test's environment (isolated configuration), a colour terminal, no debug output."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "MARGINALIA_DEBUG")}
    env.update({"TERM": "xterm-256color", "COLUMNS": "120", "LINES": "40"})
    env.update(extra or {})
    return env


@dataclass
class Finished:
    status: int
    out: bytes
    terminal: bytes
    seconds: float

    @property
    def err(self) -> str:
        return self.terminal.decode("utf-8", "replace")

    @property
    def text(self) -> str:
        """What the terminal showed, without its control sequences."""
        return _CONTROL.sub("", self.err)


def _as_controlling_terminal() -> None:
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def run_cli(
    args: Sequence[str],
    *,
    cwd: Path,
    env: Mapping[str, str] | None = None,
    terminal: bool = True,
    interrupt_when: Callable[[bytes, float], bool] | None = None,
    timeout: float = 120,
) -> Finished:
    """Run ``args``; with ``interrupt_when(terminal_output, seconds)`` true, press Ctrl+C."""
    env = cli_env(env)
    start = time.monotonic()
    if not terminal:
        done = subprocess.run(
            cli(*args), cwd=cwd, env=env, capture_output=True, timeout=timeout, check=False
        )
        return Finished(done.returncode, done.stdout, done.stderr, time.monotonic() - start)
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    with tempfile.TemporaryFile() as stdout:
        process = subprocess.Popen(
            cli(*args),
            cwd=cwd,
            env=env,
            stdin=slave,
            stdout=stdout,
            stderr=slave,
            start_new_session=True,
            preexec_fn=_as_controlling_terminal,
        )
        os.close(slave)
        try:
            seen = _read_terminal(process, master, start, timeout, interrupt_when)
            status = process.wait(timeout=timeout)
        finally:
            os.close(master)
        stdout.seek(0)
        out = stdout.read()
    return Finished(status, out, seen, time.monotonic() - start)


def _read_terminal(
    process: subprocess.Popen[bytes],
    master: int,
    start: float,
    timeout: float,
    interrupt_when: Callable[[bytes, float], bool] | None,
) -> bytes:
    seen = b""
    pressed = False
    while True:
        elapsed = time.monotonic() - start
        if elapsed > timeout:
            process.kill()
            raise TimeoutError(f"{process.args!r} ran longer than {timeout} s")
        if not pressed and interrupt_when is not None and interrupt_when(seen, elapsed):
            os.write(master, b"\x03")  # Ctrl+C, typed
            pressed = True
        ended = process.poll() is not None
        ready, _, _ = select.select([master], [], [], 0 if ended else 0.02)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # every copy of the terminal closed: the command has ended
                chunk = b""
            if not chunk:
                return seen
            seen += chunk
        elif ended:  # and all it wrote has been read
            return seen
