"""A scanned marking code whose product is not in the catalog: ask the price and a name (seed 9.3.5).

``resolve_marking_scan`` is what the sale screen calls for a marking code: a known product gives
its line at once; an unknown one opens :class:`MarkingPriceDialog`; ``None`` means cancelled.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from alsep_desktop.domain.lines import LineItem
from alsep_desktop.errors import AlsepError
from alsep_desktop.services.marking import NeedsPrice, line_for_marking_code
from alsep_desktop.ui.devices.common import describe_error
from alsep_desktop.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    translate,
)
from alsep_desktop.ui.widgets.money_edit import MoneyEdit

if TYPE_CHECKING:
    from alsep_desktop.app.bootstrap import AppContext



class MarkingPriceDialog(QDialog):
    def __init__(self, need: NeedsPrice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.need = need
        self.result_line: LineItem | None = None
        self.setWindowTitle(translate("MarkingPriceDialog", "Marked product"))
        m = need.marking
        self.info = QLabel(translate("MarkingPriceDialog", "This product is not in the catalog. Enter its price.") + "\n"
                           + translate("MarkingPriceDialog", "GTIN %1, serial %2").replace("%1", m.gtin).replace("%2", m.serial), self)
        self.info.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setText(translate("MarkingPriceDialog", "Marked product %1").replace("%1", need.barcode))
        self.price = MoneyEdit(self, field="price")
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("MarkingPriceDialog", "Name"), self.name)
        form.addRow(translate("MarkingPriceDialog", "Price"), self.price)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("MarkingPriceDialog", "Add to receipt"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("MarkingPriceDialog", "Cancel"))
        buttons.accepted.connect(self.accept_price)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        lay = QVBoxLayout(self)
        lay.addWidget(self.info)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.price.setFocus()

    def accept_price(self) -> None:
        try:
            self.result_line = self.need.line(self.price.money(), self.name.text())
        except AlsepError as exc:
            self.error.setText(describe_error(exc))
            return
        self.accept()


def resolve_marking_scan(ctx: AppContext, register_id: int, code: str, parent: QWidget | None = None,
                         in_basket: Collection[str | None] = ()) -> LineItem | None:
    """The line for a scanned marking code; asks the price for an unknown product (modal).

    Raises :class:`InvalidMarkingCode` (not a marking code) or :class:`MarkingCodeRepeated`
    (``in_basket`` already has it); ``None`` when the cashier cancelled the price dialog.
    """
    found = line_for_marking_code(ctx.catalog, register_id, code, in_basket)
    if isinstance(found, LineItem):
        return found
    dialog = MarkingPriceDialog(found, parent)
    try:
        return dialog.result_line if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
