"""A private CUPS scheduler for tests and benchmarks: the real ``cupsd`` and ``lp``.

The scheduler runs from a temporary folder on a loopback port (``CUPS_SERVER`` points every
CUPS client of the test process there, Qt's printer list included, so no test ever reaches
the machine's own printers). Each queue is a raw queue on CUPS's ``socket`` backend
(AppSocket / JetDirect, what network office printers speak on port 9100); the "printer"
at the other end is a TCP listener here that keeps every job's bytes, so a test sees
exactly what CUPS delivered.

Needs Debian's ``cups`` (``cupsd``, ``lpadmin`` and the socket backend); :func:`missing`
says what is absent, for a test's skip reason.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

SOCKET_BACKEND = Path("/usr/lib/cups/backend/socket")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def missing() -> str:
    """Why a private CUPS cannot run here ('' when it can)."""
    for tool in ("cupsd", "lpadmin", "lp", "lpstat"):
        if shutil.which(tool) is None and not Path(f"/usr/sbin/{tool}").exists():
            return f"CUPS is not installed ({tool} missing): apt-get install cups"
    if not SOCKET_BACKEND.exists():
        return "CUPS's socket backend is missing: apt-get install cups"
    return ""


def _tool(name: str) -> str:
    return shutil.which(name) or f"/usr/sbin/{name}"


@dataclass
class CapturedPrinter:
    """An AppSocket printer on loopback: keeps the bytes of every job CUPS sends it."""

    queue: str
    jobs: list[bytes] = field(default_factory=list)
    port: int = 0
    _listener: socket.socket | None = None
    _arrived: threading.Condition = field(default_factory=threading.Condition)

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        self.port = int(listener.getsockname()[1])
        self._listener = listener
        threading.Thread(target=self._serve, name=f"printer-{self.queue}", daemon=True).start()

    def _serve(self) -> None:
        assert self._listener is not None
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            with conn:
                chunks = []
                while chunk := conn.recv(65536):
                    chunks.append(chunk)
            with self._arrived:
                self.jobs.append(b"".join(chunks))
                self._arrived.notify_all()

    def wait_for(self, count: int, timeout: float = 20.0) -> list[bytes]:
        """The jobs, once ``count`` of them arrived (``AssertionError`` after ``timeout``)."""
        with self._arrived:
            if not self._arrived.wait_for(lambda: len(self.jobs) >= count, timeout):
                raise AssertionError(f"{self.queue}: {len(self.jobs)} of {count} jobs arrived")
            return list(self.jobs)

    def close(self) -> None:
        if self._listener is not None:
            self._listener.close()


class CupsServer:
    """``cupsd`` in the foreground from ``folder`` (default: a new folder under /tmp) on
    ``127.0.0.1:port``. The folder is readable by all: a root scheduler runs its backends
    as the ``lp`` user, which must reach the spooled files."""

    def __init__(self, folder: Path | None, port: int) -> None:
        self._own_folder = folder is None
        if folder is None:
            folder = Path(tempfile.mkdtemp(prefix="postcounter-cups-"))
            folder.chmod(0o755)
        self.folder = folder
        self.port = port
        self.address = f"127.0.0.1:{port}"
        self.printers: dict[str, CapturedPrinter] = {}
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        folder = self.folder
        for sub in ("spool", "cache", "state", "log", "ppd", "ssl"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
        (folder / "cupsd.conf").write_text(
            f"Listen 127.0.0.1:{self.port}\n"
            "LogLevel warn\nWebInterface No\nBrowsing No\nMaxJobs 0\nPreserveJobHistory No\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order allow,deny\n    Allow all\n"
            "  </Limit>\n</Policy>\n"
        )
        (folder / "cups-files.conf").write_text(
            f"ServerRoot {folder}\nRequestRoot {folder}/spool\nCacheDir {folder}/cache\n"
            f"StateDir {folder}/state\nTempDir {folder}/spool\n"
            f"ErrorLog {folder}/log/error_log\nAccessLog /dev/null\nPageLog /dev/null\n"
        )
        self._process = subprocess.Popen(
            [
                _tool("cupsd"),
                "-f",
                *("-c", str(folder / "cupsd.conf")),
                "-s",
                str(folder / "cups-files.conf"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"cupsd exited: see {folder}/log/error_log")
            ready = subprocess.run(
                [_tool("lpstat"), "-h", self.address, "-r"], capture_output=True, check=False
            )
            if b"is running" in ready.stdout:
                return
            time.sleep(0.1)
        raise RuntimeError("cupsd did not start in 20 s")

    def add_printer(self, queue: str) -> CapturedPrinter:
        """A raw queue ``queue`` whose device is a new :class:`CapturedPrinter`."""
        printer = CapturedPrinter(queue)
        printer.start()
        subprocess.run(
            [
                _tool("lpadmin"),
                "-h",
                self.address,
                "-p",
                queue,
                "-E",
                "-v",
                f"socket://127.0.0.1:{printer.port}",
            ],
            check=True,
            capture_output=True,
        )
        self.printers[queue] = printer
        return printer

    def stop(self) -> None:
        for printer in self.printers.values():
            printer.close()
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
        if self._own_folder:
            shutil.rmtree(self.folder, ignore_errors=True)


def client_environment(address: str) -> None:
    """Points this process's CUPS clients (``lp``, Qt's printer list) at ``address``."""
    os.environ["CUPS_SERVER"] = address
