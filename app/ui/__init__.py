"""PySide6 widgets and Qt glue: the only layer that imports Qt widgets."""
