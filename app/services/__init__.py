"""Use cases that combine domain, store, devices, sync and documents: what the UI and CLI call."""
