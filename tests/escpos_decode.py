"""A small ESC/POS decoder for the tests: commands, text in its code page, QR data, cut.

Written from Epson's ESC/POS command reference, independently of python-escpos, so a test
reads the bytes as a printer would.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# ESC t n: the character code tables the receipts use (Epson numbering).
CODE_PAGES = {0: "cp437", 16: "cp1252", 17: "cp866"}


@dataclass
class Decoded:
    """What a printer would do with the bytes."""

    commands: list[str] = field(default_factory=list)
    text: str = ""
    qr: list[str] = field(default_factory=list)
    bold_text: str = ""
    cuts: int = 0


def decode(data: bytes) -> Decoded:
    out = Decoded()
    page, bold, i = "cp437", False, 0
    while i < len(data):
        b = data[i]
        if b == 0x1B:  # ESC
            cmd = data[i + 1 : i + 2]
            if cmd == b"@":
                out.commands.append("init")
                i += 2
                continue
            arg = data[i + 2]
            if cmd == b"t":
                page = CODE_PAGES[arg]
            elif cmd == b"E":
                bold = bool(arg & 1)
            elif cmd not in (b"!", b"a", b"d"):
                raise ValueError(f"unknown command ESC {cmd!r} at {i}")
            out.commands.append(f"ESC {cmd.decode()} {arg}")
            i += 3
        elif b == 0x1D:  # GS
            cmd = data[i + 1 : i + 2]
            if cmd == b"V":
                m = data[i + 2]
                out.commands.append("cut")
                out.cuts += 1
                i += 4 if m in (65, 66) else 3
            elif cmd == b"(" and data[i + 2 : i + 3] == b"k":
                n = data[i + 3] + 256 * data[i + 4]
                body = data[i + 5 : i + 5 + n]
                cn, fn = body[0], body[1]
                if (cn, fn) == (49, 80):  # store the QR data
                    out.qr.append(body[3:].decode("ascii"))
                out.commands.append(f"qr fn {chr(fn)}")
                i += 5 + n
            else:
                raise ValueError(f"unknown command GS {cmd!r} at {i}")
        else:
            j = i
            while j < len(data) and data[j] not in (0x1B, 0x1D):
                j += 1
            chunk = data[i:j].decode(page)
            out.text += chunk
            if bold:
                out.bold_text += chunk
            i = j
    return out
