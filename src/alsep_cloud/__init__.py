"""Alsep Cloud: the back office the registers sync with (issue 14).

An ASGI (FastAPI) service over SQLAlchemy 2: companies, trade points, users, registers and
their catalogs, the change feed the desktop mirrors, and the fiscal documents registers
upload. It may import the pure ``alsep_desktop.domain`` and ``alsep_desktop.errors``, nothing
else of the desktop; the desktop never imports it.
"""

__version__ = "0.1.0"
