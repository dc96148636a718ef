"""Every file dialog of the app (decision 2002): one place that picks the folder, the language
and the kind of dialog, so the admin pages only say what they want.

* **Folder**: the folder of the last file chosen in this run; at first the user's Documents
  folder (home when there is none), never the program's own folder (the working directory).
  A suggested name is put into that folder.
* **Language**: on Linux the dialog is Qt's own (the desktop's native one would speak the
  desktop's language, and a bare X server has none): its labels are set here through
  ``translate()`` (Qt's ``qtbase_ru`` lacks «Look in:» and «Files of type:» of Qt 6), the
  rest (columns, tool tips, «Cancel») comes from Qt's ``qtbase_<lang>`` catalog that
  ``ui/translator.py`` installs. Windows and macOS keep their native dialog, which speaks the
  system's language.
* **Lifetime**: the dialog is made here in Python and deleted after use; the static
  ``QFileDialog.get*FileName`` helpers made it in C++, which is where the keyboard wedge met a
  window with a temporary wrapper (decision 2001).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from alsep_desktop.ui.qt import QDialog, QFileDialog, QStandardPaths, QWidget, translate

_NATIVE = sys.platform in ("win32", "darwin")
_last_folder: Path | None = None


def start_folder() -> Path:
    """Where a dialog opens: the last folder used, else Documents, else home."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if docs and Path(docs).is_dir():
        return Path(docs)
    return Path.home()


def remember(path: str) -> None:
    """The folder of ``path`` is where the next dialog opens."""
    global _last_folder
    if path:
        _last_folder = Path(path).parent


def forget() -> None:
    """Back to Documents (tests; a sign-out could too)."""
    global _last_folder
    _last_folder = None


def open_path(parent: QWidget | None, caption: str, pattern: str) -> str:
    """An existing file chosen by the user; "" when cancelled."""
    dialog = _dialog(parent, caption, pattern)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, translate("FileDialogs", "&Open"))
    return _run(dialog)


def save_path(parent: QWidget | None, caption: str, suggested: str, pattern: str) -> str:
    """Where to write a file (``suggested``: a name, put into the start folder); "" when cancelled.
    A name typed without an extension gets the pattern's (``report`` → ``report.csv``)."""
    dialog = _dialog(parent, caption, pattern)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, translate("FileDialogs", "&Save"))
    suffix = _suffix(pattern)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    if suggested:
        dialog.selectFile(suggested if os.path.isabs(suggested) else str(start_folder() / suggested))
    return _run(dialog)


def _dialog(parent: QWidget | None, caption: str, pattern: str) -> QFileDialog:
    dialog = QFileDialog(parent, caption, str(start_folder()), pattern)
    dialog.setObjectName("file_dialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, not _NATIVE)
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, translate("FileDialogs", "Look in:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileName, translate("FileDialogs", "File name:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, translate("FileDialogs", "Files of type:"))
    dialog.setLabelText(QFileDialog.DialogLabel.Reject, translate("FileDialogs", "Cancel"))
    return dialog


def _run(dialog: QFileDialog) -> str:
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return ""
        files = dialog.selectedFiles()
        path = files[0] if files else ""
        remember(path)
        return path
    finally:
        dialog.deleteLater()


def _suffix(pattern: str) -> str:
    """``CSV (*.csv *.txt)`` → ``csv`` (the first extension of the first filter)."""
    found = re.search(r"\*\.(\w+)", pattern)
    return found.group(1) if found else ""
