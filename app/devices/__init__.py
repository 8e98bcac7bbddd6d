"""Devices: serial scales (protocol parsers, transport, reader threads, simulator) and scanners.

No Qt here: readers report through plain callbacks; ``app/ui`` turns them into signals.
"""
