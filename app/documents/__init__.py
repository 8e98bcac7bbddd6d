"""Printed documents: labels (PDF and ZPL), CN 23, receipts and daily manifests (reportlab)."""
