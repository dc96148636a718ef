"""Card terminal registry (seed 7 «Создание POS терминала», 8.6 «Обновить реквизиты»): the
company's terminals with serial number, model, trade point, register, cashier, bank and the
settlement IBAN/BIK; add and change, each change audited and shown in the history below."""

from __future__ import annotations

from alsep_desktop.services.terminal.registry import (
    TerminalChange,
    TerminalChoices,
    TerminalEntry,
    TerminalInfo,
)
from alsep_desktop.ui.admin.common import Page, big_button, fill_table, make_table, selected_key
from alsep_desktop.ui.admin.ops import reports as ops
from alsep_desktop.ui.i18n.errors import field_label
from alsep_desktop.ui.qt import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    translate,
)
from alsep_desktop.ui.translator import current_language


class TerminalsPage(Page):
    def build(self) -> None:
        self.service = self.ctx.terminal_registry  # built by the composition root
        lay = QVBoxLayout(self)
        self.table = make_table(self, [
            translate("AdminTerminals", "Serial number"), translate("AdminTerminals", "Model"),
            translate("AdminTerminals", "Trade point"), translate("AdminTerminals", "Register"),
            translate("AdminTerminals", "Cashier"), translate("AdminTerminals", "Bank"),
            translate("AdminTerminals", "IBAN"), translate("AdminTerminals", "BIK"),
            translate("AdminTerminals", "In use")])
        self.table.itemSelectionChanged.connect(self._selected)
        form = QFormLayout()
        self.serial_edit, self.model_edit, self.bank_edit = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.iban_edit, self.bik_edit = QLineEdit(self), QLineEdit(self)
        self.serial_edit.setPlaceholderText(translate("AdminTerminals", "S/N on the back of the terminal"))
        self.iban_edit.setPlaceholderText("KZ00 000A 0000 0000 0000")
        self.bik_edit.setPlaceholderText("CASPKZKA")
        self.iban_edit.setMaxLength(34)
        self.bik_edit.setMaxLength(14)
        self.tp_combo, self.register_combo, self.cashier_combo = QComboBox(self), QComboBox(self), QComboBox(self)
        self.active_check = QCheckBox(translate("AdminTerminals", "In use"), self)
        self.active_check.setChecked(True)
        form.addRow(translate("AdminTerminals", "Serial number"), self.serial_edit)
        form.addRow(translate("AdminTerminals", "Model"), self.model_edit)
        form.addRow(translate("AdminTerminals", "Trade point"), self.tp_combo)
        form.addRow(translate("AdminTerminals", "Register it serves"), self.register_combo)
        form.addRow(translate("AdminTerminals", "Cashier"), self.cashier_combo)
        form.addRow(translate("AdminTerminals", "Bank"), self.bank_edit)
        form.addRow(translate("AdminTerminals", "Settlement IBAN"), self.iban_edit)
        form.addRow(translate("AdminTerminals", "BIK of the bank"), self.bik_edit)
        form.addRow("", self.active_check)
        self.fields.update(serial_number=self.serial_edit, model=self.model_edit, bank=self.bank_edit,
                           iban=self.iban_edit, bik=self.bik_edit, trade_point_id=self.tp_combo,
                           register_id=self.register_combo, cashier_id=self.cashier_combo)
        buttons = QHBoxLayout()
        self.new_button = big_button(translate("AdminTerminals", "New terminal"), self, "Ctrl+N")
        self.create_button = big_button(translate("AdminTerminals", "Add terminal"), self)
        self.save_button = big_button(translate("AdminTerminals", "Save changes"), self, "Ctrl+S")
        for b in (self.new_button, self.create_button, self.save_button):
            buttons.addWidget(b)
        self.new_button.clicked.connect(self.clear_form)
        self.create_button.clicked.connect(self.create)
        self.save_button.clicked.connect(self.save)
        self.note = QLabel(translate(
            "AdminTerminals", "A new IBAN applies to the refunds of the whole current bank day (seed 8.6). "
            "Every change is recorded with who made it."), self)
        self.note.setWordWrap(True)
        self.history = QListWidget(self)
        self.history.setMaximumHeight(110)
        lay.addWidget(self.table, 1)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        lay.addWidget(self.status)
        lay.addWidget(self.note)
        lay.addWidget(QLabel(translate("AdminTerminals", "Changes of the selected terminal"), self))
        lay.addWidget(self.history)
        self.terminals: list[TerminalInfo] = []
        self.choices = TerminalChoices({}, {}, {})
        self.save_button.setEnabled(False)

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.call(ops.load_terminals(self.service, self.principal), self._loaded)

    def _loaded(self, value: tuple[TerminalChoices, list[TerminalInfo]]) -> None:
        choices, terminals = value
        self.choices = choices
        none = translate("AdminTerminals", "— none —")
        for combo, items, optional in ((self.tp_combo, choices.trade_points, True),
                                       (self.register_combo, choices.registers, True),
                                       (self.cashier_combo, choices.users, True)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if optional:
                combo.addItem(none, None)
            for key, name in items.items():
                combo.addItem(name, key)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.show_terminals(terminals)

    def show_terminals(self, terminals: list[TerminalInfo]) -> None:
        selected = selected_key(self.table)
        self.terminals = terminals
        yes, no = translate("AdminTerminals", "yes"), translate("AdminTerminals", "no")
        fill_table(self.table, [(t.entry.serial_number, t.entry.model, t.trade_point, t.register, t.cashier, t.entry.bank,
                                 t.entry.iban, t.entry.bik, yes if t.entry.active else no) for t in terminals],
                   [t.id for t in terminals])
        if selected is not None:
            self.table.blockSignals(True)
            for row, t in enumerate(terminals):
                if t.id == selected:
                    self.table.selectRow(row)
            self.table.blockSignals(False)
            self._selected()  # the form and the history as stored now

    def _current(self) -> TerminalInfo | None:
        tid = selected_key(self.table)
        return next((t for t in self.terminals if t.id == tid), None)

    def _selected(self) -> None:
        t = self._current()
        self.save_button.setEnabled(t is not None)
        self.history.clear()
        if t is None:
            return
        e = t.entry
        self.serial_edit.setText(e.serial_number)
        self.model_edit.setText(e.model)
        self.bank_edit.setText(e.bank)
        self.iban_edit.setText(e.iban)
        self.bik_edit.setText(e.bik)
        self.active_check.setChecked(e.active)
        for combo, key in ((self.tp_combo, e.trade_point_id), (self.register_combo, e.register_id),
                           (self.cashier_combo, e.cashier_id)):
            combo.setCurrentIndex(max(0, combo.findData(key)))
        self.call(ops.terminal_history(self.service, self.principal, t.id), self._show_history)

    def _show_history(self, changes: list[TerminalChange]) -> None:
        self.history.clear()
        for ch in changes:
            what = "; ".join(f"{_label(k)}: {self._shown(k, v[0])} → {self._shown(k, v[1])}"
                             for k, v in ch.changes.items() if v[0] != v[1])
            self.history.addItem(f"{ch.at.astimezone(self.ctx.clock.now().tzinfo):%d.%m.%Y %H:%M} · {ch.user} · {what}")

    def _shown(self, key: str, value: object) -> str:
        names = {"trade_point_id": self.choices.trade_points, "register_id": self.choices.registers,
                 "cashier_id": self.choices.users}.get(key)
        if names is not None and isinstance(value, int):
            return names.get(value, str(value))
        if isinstance(value, bool):
            return translate("AdminTerminals", "yes") if value else translate("AdminTerminals", "no")
        return "—" if value in (None, "") else str(value)

    def clear_form(self) -> None:
        self.table.clearSelection()
        for e in (self.serial_edit, self.model_edit, self.bank_edit, self.iban_edit, self.bik_edit):
            e.clear()
        for combo in (self.tp_combo, self.register_combo, self.cashier_combo):
            combo.setCurrentIndex(0)
        self.active_check.setChecked(True)
        self.save_button.setEnabled(False)
        self.history.clear()
        self.serial_edit.setFocus()

    # -- saving ---------------------------------------------------------------------------
    def _entry(self) -> TerminalEntry:
        return TerminalEntry(self.serial_edit.text(), self.model_edit.text(), self.tp_combo.currentData(),
                             self.register_combo.currentData(), self.cashier_combo.currentData(), self.bank_edit.text(),
                             self.iban_edit.text(), self.bik_edit.text(), self.active_check.isChecked())

    def create(self) -> None:
        entry = self._entry()
        self.call(ops.add_terminal(self.service, self.principal, entry),
                  lambda _id: self.say(translate("AdminTerminals", "Terminal added to the registry.")))

    def save(self) -> None:
        t = self._current()
        if t is None:
            return
        self.call(ops.save_terminal(self.service, self.principal, t.id, self._entry(), t.version),
                  lambda _v: self.say(translate("AdminTerminals", "Terminal saved; the change is in its history.")))


def _label(key: str) -> str:
    if key == "active":
        return translate("AdminTerminals", "In use")
    return field_label(key, current_language())

