"""The demo mode's training accounts: plain constants, importable without the database
layer, so the log-in window can show them while the database is still being opened."""

from __future__ import annotations

DEMO_CLERK = ("1001", "246810", "Demo Clerk")
DEMO_SUPERVISOR = ("9001", "975310", "Demo Supervisor")
