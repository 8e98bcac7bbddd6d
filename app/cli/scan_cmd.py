"""``scan classify TEXT``: say what a scanned text is (S10, domestic tracker, EAN-13, badge)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.domain.scan import ScanKind, classify


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("scan", help="classify scanned barcodes")
    sub = p.add_subparsers(dest="scan_command", required=True, metavar="ACTION")
    c = sub.add_parser("classify", help="print what TEXT is; exit 0 only for a valid S10")
    c.add_argument("text", nargs="+")
    c.add_argument("--badge-prefix", default="STAFF:", help="prefix of staff badge barcodes")
    c.set_defaults(handler=_classify)


def _classify(args: argparse.Namespace) -> int:
    status = 0
    for text in args.text:
        result = classify(text, args.badge_prefix)
        out = sys.stdout if result.kind is ScanKind.S10 else sys.stderr
        print(f"{result.value}\t{result.kind.value}\t{result.message}", file=out)
        if result.kind is not ScanKind.S10:
            status = 1
    return status
