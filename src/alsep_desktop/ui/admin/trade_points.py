"""Trade points (seed 5.3): list, create, edit name, addresses (Russian and Kazakh) and position."""

from __future__ import annotations

from alsep_desktop.domain.validation import degrees_text
from alsep_desktop.services.admin.records import TradePointInfo
from alsep_desktop.ui.admin.common import Page, big_button, fill_table, make_table, selected_key
from alsep_desktop.ui.admin.ops import org as ops
from alsep_desktop.ui.qt import QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, translate


class TradePointsPage(Page):
    def build(self) -> None:
        lay = QVBoxLayout(self)
        self.table = make_table(self, [translate("AdminTradePoints", "Name"), translate("AdminTradePoints", "Address"), translate("AdminTradePoints", "Coordinates"),
                                       translate("AdminTradePoints", "Registers")])
        self.table.itemSelectionChanged.connect(self._selected)
        form = QFormLayout()
        self.name_edit, self.address_edit, self.address_kz_edit = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.lat_edit, self.lon_edit = QLineEdit(self), QLineEdit(self)
        self.lat_edit.setPlaceholderText("43.238949")
        self.lon_edit.setPlaceholderText("76.889709")
        position = QHBoxLayout()
        position.addWidget(self.lat_edit)
        position.addWidget(self.lon_edit)
        form.addRow(translate("AdminTradePoints", "Name"), self.name_edit)
        form.addRow(translate("AdminTradePoints", "Address"), self.address_edit)
        form.addRow(translate("AdminTradePoints", "Address in Kazakh"), self.address_kz_edit)
        form.addRow(translate("AdminTradePoints", "Latitude, longitude (decimal degrees)"), position)
        self.fields.update(name=self.name_edit, address=self.address_edit, address_kz=self.address_kz_edit,
                           latitude=self.lat_edit, longitude=self.lon_edit)
        buttons = QHBoxLayout()
        self.new_button = big_button(translate("AdminTradePoints", "New trade point"), self, "Ctrl+N")
        self.create_button = big_button(translate("AdminTradePoints", "Create"), self)
        self.save_button = big_button(translate("AdminTradePoints", "Save changes"), self, "Ctrl+S")
        for b in (self.new_button, self.create_button, self.save_button):
            buttons.addWidget(b)
        self.new_button.clicked.connect(self.clear_form)
        self.create_button.clicked.connect(self.create)
        self.save_button.clicked.connect(self.save)
        lay.addWidget(self.table, 1)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        lay.addWidget(self.status)
        self.points: list[TradePointInfo] = []
        self.save_button.setEnabled(False)

    def refresh(self) -> None:
        self.call(ops.load_trade_points(self.admin, self.principal), self.show_points)

    def show_points(self, points: list[TradePointInfo]) -> None:
        self.points = points
        fill_table(self.table, [(p.name, p.address, p.coordinates, p.registers) for p in points],
                   [p.id for p in points])

    def _selected(self) -> None:
        tp_id = selected_key(self.table)
        tp = next((p for p in self.points if p.id == tp_id), None)
        self.save_button.setEnabled(tp is not None)
        if tp is not None:
            self.name_edit.setText(tp.name)
            self.address_edit.setText(tp.address)
            self.address_kz_edit.setText(tp.address_kz)
            self.lat_edit.setText(degrees_text(tp.latitude))
            self.lon_edit.setText(degrees_text(tp.longitude))

    def clear_form(self) -> None:
        self.table.clearSelection()
        for e in (self.name_edit, self.address_edit, self.address_kz_edit, self.lat_edit, self.lon_edit):
            e.clear()
        self.save_button.setEnabled(False)
        self.name_edit.setFocus()

    def _values(self) -> tuple[str, str, str, str, str]:
        return (self.name_edit.text(), self.address_edit.text(), self.address_kz_edit.text(),
                self.lat_edit.text(), self.lon_edit.text())

    def create(self) -> None:
        op = ops.create_trade_point(self.admin, self.principal, *self._values())
        self.call(op, lambda _v: (self.done(translate("AdminTradePoints", "Trade point created.")), self.clear_form()))

    def save(self) -> None:
        tp_id = selected_key(self.table)
        if tp_id is None:
            return
        self.call(ops.save_trade_point(self.admin, self.principal, tp_id, *self._values()), lambda _v: self.done(translate("AdminTradePoints", "Trade point saved.")))
