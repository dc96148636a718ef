"""Root of every typed error in Alsep Desktop.

Each error class carries a stable ``code`` (a dotted string) and keyword ``params``.
The UI maps ``code`` to a translated sentence; it never parses ``str(error)``.
``str(error)`` is an English sentence for logs and for the operator CLI.
"""

from __future__ import annotations

from typing import Any, ClassVar


class _KeepMissing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def safe_format(template: str, params: dict[str, Any]) -> str:
    """``template.format(**params)`` that never raises: a missing name stays ``{name}``."""
    try:
        return template.format_map(_KeepMissing(params))
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return template


class AlsepError(Exception):
    """Base of all expected (user-facing) errors."""

    code: ClassVar[str] = "error"
    template: ClassVar[str] = "Unexpected error"

    def __init__(self, message: str | None = None, /, **params: Any) -> None:
        self.params: dict[str, Any] = params
        if message is None:
            try:
                message = self.template.format(**params)
            except (KeyError, IndexError):
                message = self.template
        super().__init__(message)

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.template


class ValidationError(AlsepError):
    """Bad input. ``field`` names the offending field, ``row`` the row of an import.

    ``reason`` is an English TEMPLATE literal with ``{name}`` placeholders filled from
    ``params``, marked for translation in the context ``Reasons``
    (``InvalidAmount(field, QT_TRANSLATE_NOOP("Reasons", "'{value}' is not an amount"), value=text)``,
    ``alsep_desktop/i18n_marker.py``). The UI translates ``reason_template`` from the Qt Linguist
    files and formats it with ``reason_params``; ``reason`` and ``str(error)`` stay the formatted
    English text.
    """

    code = "validation"
    template = "Invalid value for {field}: {reason}"

    def __init__(self, field: str, reason: str, *, row: int | None = None, **params: Any) -> None:
        self.field = field
        self.reason_template = reason
        self.reason_params: dict[str, Any] = dict(params)
        self.reason = safe_format(reason, params)
        self.row = row
        where = f"row {row}, field {field}" if row is not None else f"field {field}"
        super().__init__(f"{where}: {self.reason}", field=field, reason=self.reason, row=row, **params)


class NotFoundError(AlsepError):
    code = "not_found"
    template = "{what} not found: {key}"


class PermissionDenied(AlsepError):
    code = "auth.permission_denied"
    template = "This action needs the {role} role"


class NotImplementedFeature(AlsepError):
    """A capability that is not built yet. Raised, never silently ignored."""

    code = "not_implemented"
    template = "Not implemented yet: {feature}"
