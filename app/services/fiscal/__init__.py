"""Fiscal registers (54-FZ online cash registers) behind one boundary, ``FiscalRegister``."""
