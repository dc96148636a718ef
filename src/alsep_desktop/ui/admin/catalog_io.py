"""CSV / 1C catalog import and CSV export of one register, off the GUI thread.

An import first reads the file without applying it (``preview_catalog_file``): the operator sees
what was found — format, files, encoding, separator, decimal comma, 1C price type, rows — and
every warning in a scrollable list, then applies it; the catalog is replaced all or nothing
(``services/exchange.py``), or with a cloud imported into the cloud all or nothing and mirrored
back (decision 1419). A rejected file opens the list of every error with its row, line and
column as written in the file, which can be saved. Progress callbacks arrive on the worker thread
and are re-emitted through a signal, so the ``QProgressDialog`` is only touched on the GUI
thread; its Cancel sets the ``CancelToken``.
"""

from __future__ import annotations

from pathlib import Path

from alsep_desktop.exchange.progress import CancelToken
from alsep_desktop.exchange.report import write_issue_report
from alsep_desktop.exchange.rows import ImportFailed, ImportIssue
from alsep_desktop.services.exchange import CatalogPreview
from alsep_desktop.ui.admin.common import Page, big_button, describe_error, fill_table, make_table
from alsep_desktop.ui.admin.csv_labels import csv_labels
from alsep_desktop.ui.admin.ops import catalog as ops
from alsep_desktop.ui.file_dialogs import save_path
from alsep_desktop.ui.i18n.errors import error_message, issue_text
from alsep_desktop.ui.qt import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
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


def _issue_rows(issues: tuple[ImportIssue, ...]) -> list[tuple]:
    lang = current_language()
    return [
        (i.row if i.row is not None else "", i.line if i.line is not None else "", i.column or i.field or "",
         i.file or "", f"{error_message(lang, i.code)} ({issue_text(i, lang)})")
        for i in issues
    ]


def _issues_table(parent: QWidget, issues: tuple[ImportIssue, ...]):  # noqa: ANN202
    table = make_table(parent, [translate("AdminCatalogIO", "Row"), translate("AdminCatalogIO", "Line"),
                                translate("AdminCatalogIO", "Column"), translate("AdminCatalogIO", "File"),
                                translate("AdminCatalogIO", "Problem")])
    fill_table(table, _issue_rows(issues))
    return table


class _IssuesDialog(QDialog):
    """A summary, the scrollable list of issues, and a button that saves the list as CSV."""

    def __init__(self, parent: QWidget, title: str, summary: str, issues: tuple[ImportIssue, ...]) -> None:
        super().__init__(parent)
        self.issues = issues
        self.setWindowTitle(title)
        self.resize(820, 460)
        self.lay = QVBoxLayout(self)
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.lay.addWidget(self.summary)
        self.table = _issues_table(self, issues)
        self.lay.addWidget(self.table, 1)
        self.buttons = QHBoxLayout()
        self.save_button = big_button(translate("AdminCatalogIO", "Save the list…"), self)
        self.save_button.setEnabled(bool(issues))
        self.save_button.clicked.connect(self.save_list)
        self.buttons.addWidget(self.save_button)
        self.buttons.addStretch(1)
        self.lay.addLayout(self.buttons)

    def ask_save_path(self) -> str:
        return save_path(self, translate("AdminCatalogIO", "Save the list"), "catalog-issues.csv", "CSV (*.csv)")

    def save_list(self) -> None:
        path = self.ask_save_path()
        if path:  # in the window's language, like the list (decision 2041)
            lang = current_language()
            write_issue_report(self.issues, path, labels=csv_labels(), describe=lambda i: issue_text(i, lang))


class ImportErrorsDialog(_IssuesDialog):
    """Every error (and warning) of a rejected file: row, line, column as in the file, the problem."""

    def __init__(self, parent: QWidget, error: ImportFailed, warnings: tuple[ImportIssue, ...] = ()) -> None:
        super().__init__(parent, translate("AdminCatalogIO", "The file was not imported"), describe_error(error),
                         tuple(error.issues) + tuple(warnings))
        close = big_button(translate("AdminCatalogIO", "Close"), self)
        close.clicked.connect(self.accept)
        self.buttons.addWidget(close)


def describe_preview(preview: CatalogPreview, in_cloud: bool = False) -> str:
    """What was found in the file, in the window's language."""
    if preview.kind == "csv":
        separator = {",": translate("AdminCatalogIO", "comma"), ";": translate("AdminCatalogIO", "semicolon"),
                     "\t": translate("AdminCatalogIO", "tab"), "|": translate("AdminCatalogIO", "vertical bar")}
        lines = [translate("AdminCatalogIO", "CSV file, encoding %1, columns separated by %2.")
                 .replace("%1", preview.encoding or "?")
                 .replace("%2", separator.get(preview.delimiter or ",", preview.delimiter or "?"))]
        if preview.decimal_comma:
            lines.append(translate("AdminCatalogIO", "Prices are written with a decimal comma."))
    else:
        lines = [translate("AdminCatalogIO", "1C export (CommerceML): %1.").replace("%1", ", ".join(preview.files))]
        if preview.price_type:
            lines.append(translate("AdminCatalogIO", "Price type: %1.").replace("%1", preview.price_type))
    lines.append(translate("AdminCatalogIO", "%n row(s) read", None, preview.rows_read) + "; "
                 + translate("AdminCatalogIO", "%n product(s) to import", None, preview.rows_ok) + ".")
    if preview.warnings:
        lines.append(translate("AdminCatalogIO", "%n warning(s): those rows are fixed or skipped as listed.", None,
                               len(preview.warnings) + preview.warnings_dropped))
    if in_cloud:
        lines.append(translate("AdminCatalogIO", "The products go to the cloud in one piece: new codes are added, "
                                                 "products with the same code are updated, the others stay."))
    elif preview.removes:
        lines.append(removal_text(preview.removes))
    return "\n".join(lines)


def removal_text(count: int) -> str:
    return translate("AdminCatalogIO", "%n product(s) of this register are not in the file: the import removes them.",
                     None, count)


class ImportPreviewDialog(_IssuesDialog):
    """What the file holds, before anything changes; «Import» replaces the catalog with it."""

    def __init__(self, parent: QWidget, preview: CatalogPreview, in_cloud: bool = False) -> None:
        super().__init__(parent, translate("AdminCatalogIO", "Import the catalog?"), describe_preview(preview, in_cloud),
                         preview.warnings)
        self.preview = preview
        cancel = big_button(translate("AdminCatalogIO", "Cancel"), self)
        cancel.clicked.connect(self.reject)
        self.apply_button = big_button(translate("AdminCatalogIO", "Import"), self)
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.accept)
        self.buttons.addWidget(cancel)
        self.buttons.addWidget(self.apply_button)


class CatalogIO:
    """Import/export actions of the products page."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.progress_dialog: QProgressDialog | None = None
        self.errors_dialog: ImportErrorsDialog | None = None
        self.preview_dialog: ImportPreviewDialog | None = None
        self.removal_box: QMessageBox | None = None  # «remove N products?» after the preview (decision 2040)
        self.token: CancelToken | None = None
        self._bridge = _Progress()
        self._bridge.moved.connect(self._moved, Qt.ConnectionType.QueuedConnection)

    def start_import(self, register_id: int, path: str, offers: str | None = None) -> None:
        """Read the file first (nothing changes), then show what was found."""
        page = self.page
        token = self._start_progress(translate("AdminCatalogIO", "Reading %1…").replace("%1", Path(path).name))
        bridge = self._bridge

        op = ops.preview_catalog(page.ctx, page.principal, register_id, path, offers, progress=bridge.moved.emit,
                                 cancel=token)
        page.call(op, lambda preview: self._previewed(register_id, path, offers, preview), self._failed)

    def _start_progress(self, text: str) -> CancelToken:
        token = CancelToken()
        self.token = token
        dlg = QProgressDialog(text, translate("AdminCatalogIO", "Cancel"), 0, 1000, self.page)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(300)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.canceled.connect(token.cancel)
        self.progress_dialog = dlg
        return token

    def _previewed(self, register_id: int, path: str, offers: str | None, preview: CatalogPreview) -> None:
        self._close_progress()
        if not preview.ok:
            self._failed(ImportFailed(preview.errors), preview.warnings)
            return
        dlg = ImportPreviewDialog(self.page, preview, self._in_cloud())
        dlg.accepted.connect(lambda: self._ask_removal(register_id, path, offers, preview))
        self.preview_dialog = dlg
        dlg.open()

    def _ask_removal(self, register_id: int, path: str, offers: str | None, preview: CatalogPreview) -> None:
        """A local import that removes products asks once more, naming how many (decision 2040)."""
        if not preview.removes or self._in_cloud():
            self.apply(register_id, path, offers, preview)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, translate("AdminCatalogIO", "Remove products?"),
                          removal_text(preview.removes) + "\n" + translate(
                              "AdminCatalogIO", "Remove them and import the file?"), QMessageBox.StandardButton.NoButton,
                          self.page)  # fmt: skip
        self.remove_button = box.addButton(translate("AdminCatalogIO", "Remove %n and import", None, preview.removes),
                                           QMessageBox.ButtonRole.DestructiveRole)  # fmt: skip
        self.keep_button = box.addButton(translate("AdminCatalogIO", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.keep_button)

        def answered(_result: int) -> None:
            if box.clickedButton() is self.remove_button:
                self.apply(register_id, path, offers, preview, replace=True)
            else:
                self.page.say(translate("AdminCatalogIO", "Import cancelled: the catalog is unchanged."))

        box.finished.connect(answered)
        self.removal_box = box
        box.open()

    def apply(self, register_id: int, path: str, offers: str | None, preview: CatalogPreview,
              replace: bool = False) -> None:
        """Replace the catalog with the file as it was shown (same encoding, separator, price type)."""
        page = self.page
        token = self._start_progress(translate("AdminCatalogIO", "Importing %1…").replace("%1", Path(path).name))
        bridge = self._bridge

        op = ops.import_catalog(page.ctx, page.principal, register_id, path, offers, preview, replace=replace,
                                progress=bridge.moved.emit, cancel=token)
        in_cloud = self._in_cloud()
        page.call(op, lambda imported: self._done(imported.count, in_cloud), self._failed)

    def _in_cloud(self) -> bool:
        return self.page.admin.in_cloud

    def _moved(self, done: int, total: int) -> None:
        if self.progress_dialog is not None and total > 0:
            self.progress_dialog.setValue(min(1000, done * 1000 // total))

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect()
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _done(self, count: int, in_cloud: bool = False) -> None:
        self._close_progress()
        if in_cloud:
            self.page.say(translate("AdminCatalogIO", "Catalog imported into the cloud: %n product(s) added or updated.",
                                    None, count))
        else:
            self.page.say(translate("AdminCatalogIO", "Catalog replaced: %n product(s) imported.", None, count))

    def _failed(self, exc: Exception, warnings: tuple[ImportIssue, ...] = ()) -> None:
        self._close_progress()
        self.page.fail(exc)
        if isinstance(exc, ImportFailed):
            self.errors_dialog = ImportErrorsDialog(self.page, exc, warnings)
            self.errors_dialog.open()

    def export(self, register_id: int, path: str) -> None:
        page = self.page
        page.call(ops.export_catalog(page.ctx, page.principal, register_id, path),
                  lambda n: page.say(translate("AdminCatalogIO", "Exported %n product(s).", None, n)))
