"""CSV / 1C catalog import and CSV export of one register, off the GUI thread.

The import replaces the register's catalog all or nothing (``services/exchange.py``). Progress
callbacks arrive on the worker thread and are re-emitted through a signal, so the
``QProgressDialog`` is only touched on the GUI thread; its Cancel sets the ``CancelToken``.
A rejected file opens a table of every bad row with its row, line and field.
"""

from __future__ import annotations

from pathlib import Path

from alsep_desktop.exchange.progress import CancelToken
from alsep_desktop.exchange.rows import ImportFailed
from alsep_desktop.services.exchange import export_catalog_file, import_catalog_file
from alsep_desktop.ui.admin.common import Page, big_button, describe_error, fill_table, make_table
from alsep_desktop.ui.i18n.errors import error_message, issue_text
from alsep_desktop.ui.qt import (
    QDialog,
    QLabel,
    QObject,
    QProgressDialog,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from alsep_desktop.ui.translator import current_language


class _Progress(QObject):
    moved = Signal(int, int)  # emitted on the worker thread, delivered on the GUI thread


class ImportErrorsDialog(QDialog):
    """Every error of a rejected file: row, line, field and the problem."""

    def __init__(self, parent: QWidget, error: ImportFailed) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AdminCatalogIO", "The file was not imported"))
        self.resize(760, 420)
        lay = QVBoxLayout(self)
        self.summary = QLabel(describe_error(error), self)
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.table = make_table(self, [translate("AdminCatalogIO", "Row"), translate("AdminCatalogIO", "Line"), translate("AdminCatalogIO", "Field"), translate("AdminCatalogIO", "Problem")])
        lang = current_language()
        fill_table(self.table, [
            (i.row if i.row is not None else "", i.line if i.line is not None else "", i.field or "",
             f"{error_message(lang, i.code)} ({issue_text(i, lang)})")
            for i in error.issues
        ])
        lay.addWidget(self.table, 1)
        close = big_button(translate("AdminCatalogIO", "Close"), self)
        close.clicked.connect(self.accept)
        lay.addWidget(close)


class CatalogIO:
    """Import/export actions of the products page."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.progress_dialog: QProgressDialog | None = None
        self.errors_dialog: ImportErrorsDialog | None = None
        self.token: CancelToken | None = None
        self._bridge = _Progress()
        self._bridge.moved.connect(self._moved, Qt.ConnectionType.QueuedConnection)

    def start_import(self, register_id: int, path: str, offers: str | None = None) -> None:
        page, token = self.page, CancelToken()
        self.token = token
        dlg = QProgressDialog(translate("AdminCatalogIO", "Importing %1…").replace("%1", Path(path).name), translate("AdminCatalogIO", "Cancel"), 0, 1000, page)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(300)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.canceled.connect(token.cancel)
        self.progress_dialog = dlg
        bridge = self._bridge

        def op():  # noqa: ANN202 - runs on the worker thread
            return import_catalog_file(page.ctx, page.principal, register_id, Path(path), offers=offers,
                                       progress=lambda done, total: bridge.moved.emit(done, total), cancel=token)

        page.call(op, self._done, self._failed)

    def _moved(self, done: int, total: int) -> None:
        if self.progress_dialog is not None and total > 0:
            self.progress_dialog.setValue(min(1000, done * 1000 // total))

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect()
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _done(self, count: int) -> None:
        self._close_progress()
        self.page.say(translate("AdminCatalogIO", "Catalog replaced: %n product(s) imported.", None, count))

    def _failed(self, exc: Exception) -> None:
        self._close_progress()
        self.page.fail(exc)
        if isinstance(exc, ImportFailed):
            self.errors_dialog = ImportErrorsDialog(self.page, exc)
            self.errors_dialog.open()

    def export(self, register_id: int, path: str) -> None:
        page = self.page
        page.call(lambda: export_catalog_file(page.ctx, page.principal, register_id, Path(path)),
                  lambda n: page.say(translate("AdminCatalogIO", "Exported %n product(s).", None, n)))
