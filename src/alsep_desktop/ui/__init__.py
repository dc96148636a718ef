"""The PySide6 front end. The only package that may import Qt (through ui/qt.py)."""
