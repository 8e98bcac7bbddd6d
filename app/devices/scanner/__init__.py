"""Barcode scanners: keyboard-wedge burst detection (pure) and a serial scanner reader."""

from app.devices.scanner.serial_scanner import SerialScannerReader
from app.devices.scanner.wedge import BurstThresholds, Verdict, WedgeDetector

__all__ = ["BurstThresholds", "SerialScannerReader", "Verdict", "WedgeDetector"]
