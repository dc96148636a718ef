"""Shared pieces of the admin screens: a page base running service calls through ``OpRunner``,
error sentences (never tracebacks), field names and table helpers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import shiboken6

from alsep_desktop.app.bootstrap import AppContext
from alsep_desktop.domain.roles import Principal
from alsep_desktop.errors import ValidationError
from alsep_desktop.services.admin.choice import AdminServices
from alsep_desktop.services.changes import Changes
from alsep_desktop.services.reports import Period
from alsep_desktop.ui.i18n.errors import describe
from alsep_desktop.ui.ops import OpRunner
from alsep_desktop.ui.qt import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
    translate,
)
from alsep_desktop.ui.translator import current_language
from alsep_desktop.ui.widgets.period_picker import PeriodPicker

BUTTON_HEIGHT = 44


def field_name(field: str) -> str:
    """The translated label of a service field key (``ValidationError.field``)."""
    names = {
        "name": translate("AdminCommon", "Name"), "iin_bin": translate("AdminCommon", "BIN/IIN"), "iin": translate("AdminCommon", "IIN"),
        "vat_number": translate("AdminCommon", "VAT certificate"), "oked": translate("AdminCommon", "OKED code"), "iban": translate("AdminCommon", "IBAN"),
        "bik": translate("AdminCommon", "BIK"), "phone": translate("AdminCommon", "Phone"), "email": translate("AdminCommon", "Login (e-mail)"),
        "password": translate("AdminCommon", "Password"), "code": translate("AdminCommon", "Code"),
        "group_code": translate("AdminCommon", "Group code"), "barcode": translate("AdminCommon", "Barcode"), "price": translate("AdminCommon", "Price"),
        "markup": translate("AdminCommon", "Markup, %"), "discount": translate("AdminCommon", "Discount, %"), "vat_rate": translate("AdminCommon", "VAT"),
        "ofd_system_id": translate("AdminCommon", "OFD system id"), "registration_number": translate("AdminCommon", "Registration number"),
        "ofd_token": translate("AdminCommon", "OFD token"), "year_of_manufacture": translate("AdminCommon", "Year of manufacture"),
        "items": translate("AdminCommon", "Products"), "quantity": translate("AdminCommon", "Quantity"), "period": translate("AdminCommon", "Period"),
        "blocked": translate("AdminCommon", "Blocked"), "legal_address": translate("AdminCommon", "Legal address"),
        "address": translate("AdminCommon", "Address"), "address_kz": translate("AdminCommon", "Address in Kazakh"),
        "latitude": translate("AdminCommon", "Latitude"), "longitude": translate("AdminCommon", "Longitude"), "ntin": translate("AdminCommon", "NTIN"),
        "unit": translate("AdminCommon", "Unit of measure"), "marked": translate("AdminCommon", "Marked goods"),
    }
    return names.get(field, field)


def describe_error(exc: BaseException) -> str:
    """A plain translated sentence for any error (never the exception text)."""
    return describe(exc, current_language(), field_name)


def big_button(text: str, parent: QWidget, shortcut: str | None = None) -> QPushButton:
    b = QPushButton(text, parent)
    b.setMinimumHeight(BUTTON_HEIGHT)
    if shortcut:
        b.setShortcut(shortcut)
        b.setToolTip(shortcut)
    return b


def make_table(parent: QWidget, headers: Sequence[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(list(headers))
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    t.verticalHeader().setDefaultSectionSize(34)
    return t


def fill_table(table: QTableWidget, rows: Sequence[Sequence[Any]], keys: Sequence[Any] | None = None) -> None:
    """Fill ``table``; ``keys[i]`` is stored on the first cell of row ``i`` (``Qt.UserRole``)."""
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if c == 0 and keys is not None:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)


def selected_key(table: QTableWidget) -> Any:
    row = table.currentRow()
    if row < 0 or table.item(row, 0) is None:
        return None
    return table.item(row, 0).data(Qt.ItemDataRole.UserRole)


class ErrorLabel(QLabel):
    """The page's error line. ``reserve``: its line's height is kept while it is hidden, so a form
    does not jump when an error appears (issue 20)."""

    def __init__(self, parent: QWidget, *, reserve: bool = True) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020; font-weight: bold;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if reserve:
            policy = self.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            self.setSizePolicy(policy)
            self.setMinimumHeight(self.fontMetrics().lineSpacing() + 4)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class Page(QWidget):
    """A sub-tab of the admin tab. ``call`` runs a service call off the GUI thread."""

    def __init__(self, ctx: AppContext, ops: OpRunner, principal: Principal, parent: QWidget | None = None, *,
                 admin: AdminServices | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.ops, self.principal = ctx, ops, principal
        #: where edits go (decision 2130): the admin tab's set, chosen once when the tab was built
        self.admin = admin if admin is not None else ctx.admin.current()
        self.error = ErrorLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.fields: dict[str, QWidget] = {}  # service field key → input widget, to focus on errors
        self.pending = 0
        self._awaiting = ""  # the success sentence of an edit still on its way through the mirror
        self.build()

    def build(self) -> None:
        """Create the widgets (subclasses)."""

    # -- overridable hooks (tests replace them; no modal dialogs in tests) -----------------
    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, translate("AdminCommon", "Please confirm"), text)
        return answer == QMessageBox.StandardButton.Yes

    # -- service calls ------------------------------------------------------------------------
    def call(self, fn: Callable[[], Any], on_ok: Callable[[Any], None] | None = None,
             on_fail: Callable[[Exception], None] | None = None) -> None:
        self.pending += 1
        self.error.show_error("")

        def ok(value: Any) -> None:
            if not shiboken6.isValid(self):  # the page went (a language switch, a sign-out) meanwhile
                return
            self.pending -= 1
            if on_ok is not None:
                on_ok(value)

        def fail(exc: Exception) -> None:
            if not shiboken6.isValid(self):
                return
            self.pending -= 1
            (on_fail or self.fail)(exc)

        self.ops.run(fn, ok, fail)

    def fail(self, exc: BaseException) -> None:
        self.status.setText("")  # one message at a time: an old success line does not stay under it
        self._awaiting = ""
        self.error.show_error(describe_error(exc))
        if isinstance(exc, ValidationError) and exc.field in self.fields:
            self.fields[exc.field].setFocus()

    def say(self, text: str) -> None:
        if text:
            self.error.show_error("")
        self.status.setText(text)

    def done(self, text: str) -> None:
        """An edit succeeded: say so, or, with a cloud whose change has not reached this PC's
        mirror yet, that it is on its way (the page reloads and says ``text`` when it arrives)."""
        line = self.admin.line
        if line is not None and line.waiting_for_mirror:
            self._awaiting = text
            self.say(translate("AdminCommon", "Saved in the cloud; waiting for it to come back through the mirror…"))
        else:
            self._awaiting = ""
            self.say(text)

    def mirror_arrived(self) -> None:
        """The mirror applied a change from the cloud (the admin tab's cloud line noticed)."""
        self.refresh()
        line = self.admin.line
        if self._awaiting and (line is None or not line.waiting_for_mirror):
            self.say(self._awaiting)
            self._awaiting = ""

    def period_of(self, picker: PeriodPicker) -> Period | None:
        """The picker's period, or None with the reason shown beside the page (e.g. an end before
        the start)."""
        try:
            return Period(*picker.period())
        except Exception as exc:
            self.fail(exc)
            return None

    def refresh(self) -> None:
        """Reload the page's data (called on entry and when a relevant change is announced)."""

    def on_changes(self, changes: Changes) -> None:
        if changes.org or changes.catalog or changes.users or changes.receipts:
            self.refresh()
