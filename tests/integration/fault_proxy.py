"""A fault-injecting HTTP/1.1 proxy for the sync tests (loopback TCP, one thread per connection).

Each request taken from ``faults`` (a list consumed front to back, then ``default``):
``pass``; ``drop`` (forward, wait for central's answer, close without answering);
``reset`` (forward, send half the answer, then reset the connection); ``slow`` (forward,
hold the answer ``delay`` seconds so the client times out after central committed);
``500``; ``503`` (with ``Retry-After: 1``), both without forwarding; ``refuse`` (close at once).
Bodies are framed by Content-Length, which is all httpx and uvicorn use here.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time


def _read_message(sock: socket.socket, buf: bytearray) -> bytes | None:
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buf += chunk
    head_end = buf.index(b"\r\n\r\n") + 4
    length = 0
    for line in bytes(buf[:head_end]).split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    while len(buf) < head_end + length:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buf += chunk
    message = bytes(buf[: head_end + length])
    del buf[: head_end + length]
    return message


def _reset(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.close()


class FaultProxy:
    """Listens on a free loopback port and forwards to ``upstream_port``."""

    def __init__(self, upstream_port: int, faults: list[str] | None = None, delay: float = 2.0):
        self.upstream_port = upstream_port
        self.faults = list(faults or [])
        self.default = "pass"
        self.delay = delay
        self.log: list[str] = []
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._closed = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def next_fault(self) -> str:
        with self._lock:
            fault = self.faults.pop(0) if self.faults else self.default
            self.log.append(fault)
            return fault

    def close(self) -> None:
        self._closed = True
        self._listener.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        upstream: socket.socket | None = None
        cbuf, ubuf = bytearray(), bytearray()
        try:
            while True:
                request = _read_message(client, cbuf)
                if request is None:
                    return
                is_health = request.startswith(b"GET /health")
                fault = "pass" if is_health else self.next_fault()
                if fault == "refuse":
                    _reset(client)
                    return
                if fault in ("500", "503"):
                    body = b'{"detail":"injected fault"}'
                    extra = b"Retry-After: 1\r\n" if fault == "503" else b""
                    reason = b"Internal Server Error" if fault == "500" else b"Service Unavailable"
                    client.sendall(
                        b"HTTP/1.1 " + fault.encode() + b" " + reason + b"\r\n"
                        b"content-type: application/json\r\n"
                        + extra
                        + b"content-length: "
                        + str(len(body)).encode()
                        + b"\r\n\r\n"
                        + body
                    )
                    continue
                if upstream is None:
                    upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
                upstream.sendall(request)
                response = _read_message(upstream, ubuf)
                if response is None:
                    _reset(client)
                    return
                if fault == "drop":
                    client.close()
                    return
                if fault == "reset":
                    client.sendall(response[: len(response) // 2])
                    _reset(client)
                    return
                if fault == "slow":
                    time.sleep(self.delay)
                client.sendall(response)
        except OSError:
            _reset(client)
        finally:
            if upstream is not None:
                with contextlib.suppress(OSError):
                    upstream.close()
            with contextlib.suppress(OSError):
                client.close()
