"""The operating system's print spooler (CUPS): finished PDFs handed over as they are.

On Linux and macOS every installed printer is a CUPS queue, and CUPS takes PDF on every
queue (its filters turn it into what the printer speaks). So the documents reportlab made
go to ``lp`` unchanged: vector barcodes and text reach the printer sharp, and handing a
document over costs one short-lived ``lp`` process (a few milliseconds) instead of
rasterising every page at the printer's resolution and painting it through ``QPrinter``
(hundreds of milliseconds at 300 dpi, and Qt stores painted pages as JPEG). Windows has no
CUPS: there the UI paints through ``QPrinter`` as before.

``lp`` finds the CUPS server as every CUPS client does (``CUPS_SERVER``, ``~/.cups/
client.conf``, the local scheduler). Nothing personal goes to it: a job's title is the
document's name and the item's S10 number.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass

# A document bigger than this is not one of the counter's (a day's manifest of a busy
# branch is a few hundred KiB): refused before it reaches the spooler.
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
MAX_TITLE_CHARS = 120
SUBMIT_TIMEOUT_S = 15.0

_REQUEST_ID = re.compile(r"request id is (\S+)")
_UNSAFE_TITLE = re.compile(r"[^\w .,:/#()+-]", re.UNICODE)


class SpoolError(OSError):
    """The spooler did not take a document. ``reason`` says why, for the clerk's message:
    ``unknown-printer``, ``not-accepting``, ``no-scheduler``, ``timeout``, ``too-big``
    or ``refused`` (anything else; ``detail`` holds what ``lp`` said)."""

    def __init__(self, reason: str, queue: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {queue}: {detail}".rstrip(": "))
        self.reason = reason
        self.queue = queue
        self.detail = detail


@dataclass(frozen=True, slots=True)
class CupsSpooler:
    """Submits PDF documents to CUPS queues with the ``lp`` command."""

    lp: str
    timeout: float = SUBMIT_TIMEOUT_S

    @classmethod
    def find(cls) -> CupsSpooler | None:
        """The spooler of this machine; ``None`` on Windows or without CUPS's ``lp``."""
        if sys.platform == "win32":
            return None
        lp = shutil.which("lp")
        return cls(lp) if lp else None

    def submit(self, queue: str, title: str, pdf: bytes) -> str:
        """Queue ``pdf`` on ``queue`` under ``title``; returns CUPS's request id
        (``queue-123``). Raises :class:`SpoolError` when the spooler did not take it."""
        return self.submit_all([(queue, title, pdf)])[0]

    def submit_all(self, jobs: list[tuple[str, str, bytes]]) -> list[str]:
        """Queue several ``(queue, title, pdf)`` jobs; their request ids, in order.

        Jobs for different queues are handed over at the same time (each ``lp`` spends
        most of its few milliseconds waiting for the scheduler); jobs for one queue one
        after the other, so the printer prints them in the order given. Every job is tried
        before the first refusal is raised."""
        for queue, _title, pdf in jobs:
            if not queue or queue.startswith("-") or len(queue) > 127:
                raise SpoolError("unknown-printer", queue[:127])
            if len(pdf) > MAX_DOCUMENT_BYTES:
                raise SpoolError("too-big", queue, f"{len(pdf)} bytes")
        by_queue: dict[str, list[int]] = {}
        for index, (queue, _title, _pdf) in enumerate(jobs):
            by_queue.setdefault(queue, []).append(index)
        ids = [""] * len(jobs)
        first_error: SpoolError | None = None
        for turn in range(max(len(indexes) for indexes in by_queue.values()) if jobs else 0):
            now = [indexes[turn] for indexes in by_queue.values() if turn < len(indexes)]
            started = [(index, self._start(*jobs[index][:2])) for index in now]
            for index, process in started:
                queue, _title, pdf = jobs[index]
                try:
                    ids[index] = self._finish(queue, pdf, process)
                except SpoolError as exc:
                    first_error = first_error or exc
        if first_error is not None:
            raise first_error
        return ids

    def _start(self, queue: str, title: str) -> subprocess.Popen[bytes] | OSError:
        command = [self.lp, "-d", queue, "-t", job_title(title), "-o", "fit-to-page", "-"]
        try:
            return subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
            )
        except OSError as exc:
            return exc

    def _finish(self, queue: str, pdf: bytes, process: subprocess.Popen[bytes] | OSError) -> str:
        if isinstance(process, OSError):
            raise SpoolError("no-scheduler", queue, process.strerror or "")
        try:
            out, _ = process.communicate(pdf, timeout=self.timeout)
        except subprocess.TimeoutExpired as exc:
            process.kill()
            process.communicate()
            raise SpoolError("timeout", queue, f"{self.timeout:.0f} s") from exc
        said = out.decode("utf-8", "replace").strip()
        if process.returncode != 0:
            raise SpoolError(_reason(said), queue, said[:300])
        found = _REQUEST_ID.search(said)
        return found.group(1) if found else ""


def job_title(title: str) -> str:
    """A job title CUPS and every printer's display take: printable, short."""
    return _UNSAFE_TITLE.sub(" ", title).strip()[:MAX_TITLE_CHARS] or "PostCounter"


def _reason(said: str) -> str:
    text = said.lower()
    if "does not exist" in text or "not found" in text:
        return "unknown-printer"
    if "not accepting" in text:
        return "not-accepting"
    if "scheduler is not running" in text or "connection refused" in text:
        return "no-scheduler"
    return "refused"
