"""The KKM panel (seed 9.3): amount, quantity and name, keypad, «+», «Быстрая оплата», «Безнал»."""

from __future__ import annotations

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Quantity
from alsep_desktop.ui.cashier.common import (
    TOUCH_HEIGHT,
    Counter,
    big_button,
    bind_key,
    set_font,
    with_key,
)
from alsep_desktop.ui.qt import (
    QCheckBox,
    QEvent,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRegularExpression,
    QRegularExpressionValidator,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)

KEY_ADD = "Ins"
KEY_QUICK = "F5"
KEY_NONCASH = "Ctrl+B"
KEY_MIN_HEIGHT = 40  # px


class KkmPanel(QWidget):
    add_requested = Signal()
    quick_requested = Signal()

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        lay = QVBoxLayout(self)
        self.title = QLabel(self)
        set_font(self.title, 18, bold=True)
        lay.addWidget(self.title)
        form = QFormLayout()
        self.amount = QLineEdit(self)
        self.amount.setObjectName("kkm_amount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        set_font(self.amount, 26)
        self.amount.setMinimumHeight(TOUCH_HEIGHT + 8)
        self.amount.setValidator(QRegularExpressionValidator(QRegularExpression(r"^[\d ]{0,12}([.,]\d{0,2})?$"),
                                                             self))
        self.amount.setPlaceholderText("0,00")
        self.amount.returnPressed.connect(self.add_requested.emit)
        self.quantity = QLineEdit("1", self)
        self.quantity.setObjectName("kkm_quantity")
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.name = QLineEdit(self)
        self.name.setObjectName("kkm_name")
        for w in (self.quantity, self.name):
            w.setMinimumHeight(TOUCH_HEIGHT - 8)
        self.amount_label, self.quantity_label, self.name_label = QLabel(self), QLabel(self), QLabel(self)
        form.addRow(self.amount_label, self.amount)
        form.addRow(self.quantity_label, self.quantity)
        form.addRow(self.name_label, self.name)
        lay.addLayout(form)
        self.non_cash = QCheckBox(self)
        self.non_cash.setObjectName("kkm_non_cash")
        self.non_cash.setMinimumHeight(TOUCH_HEIGHT - 8)
        bind_key(self.non_cash, counter.shortcut(KEY_NONCASH, lambda: translate("CashierKeypad", "«Безнал»: non-cash receipt")))
        lay.addWidget(self.non_cash)
        grid = QGridLayout()
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "C", "0", ","]
        self.keys: dict[str, QWidget] = {}
        for i, key in enumerate(keys):
            btn = big_button(key, self, name=f"key_{key}")
            # as tall as the screen allows, 40 to 64 px: on a low screen the keys give way, not the status bar
            btn.setMinimumHeight(KEY_MIN_HEIGHT)
            btn.setMaximumHeight(TOUCH_HEIGHT + 16)
            btn.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            set_font(btn, 20)
            btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            btn.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(btn, i // 3, i % 3)
            self.keys[key] = btn
        lay.addLayout(grid)
        self.add_button = big_button("", self, name="kkm_add")
        bind_key(self.add_button, counter.shortcut(KEY_ADD, lambda: translate("CashierKeypad", "Add a free position (+)")))
        self.add_button.clicked.connect(self.add_requested.emit)
        self.quick_button = big_button("", self, name="kkm_quick")
        bind_key(self.quick_button, counter.shortcut(KEY_QUICK, lambda: translate("CashierKeypad", "Quick payment")))
        self.quick_button.clicked.connect(self.quick_requested.emit)
        lay.addWidget(self.add_button)
        lay.addWidget(self.quick_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("CashierKeypad", "KKM"))
        self.amount_label.setText(translate("CashierKeypad", "Amount"))
        self.quantity_label.setText(translate("CashierKeypad", "Quantity"))
        self.name_label.setText(translate("CashierKeypad", "Name"))
        self.name.setPlaceholderText(translate("CashierKeypad", "Free position"))
        self.non_cash.setText(with_key(translate("CashierKeypad", "Non-cash («Безнал»)"), KEY_NONCASH).replace("\n", " "))
        self.add_button.setText(with_key(translate("CashierKeypad", "+ Add to the basket"), KEY_ADD))
        self.quick_button.setText(with_key(translate("CashierKeypad", "Quick payment"), KEY_QUICK))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def press(self, key: str) -> None:
        if key == "C":
            self.amount.clear()
            return
        text = self.amount.text() + key
        state = self.amount.validator().validate(text, len(text))[0]
        if state != QRegularExpressionValidator.State.Invalid:
            self.amount.setText(text)

    def money(self) -> Money:
        return Money.parse(self.amount.text().replace(" ", "") or "0", field="amount")

    def qty(self, unit: object = None) -> Quantity:
        return Quantity.parse(self.quantity.text() or "1", field="quantity")

    def reset(self) -> None:
        self.amount.clear()
        self.quantity.setText("1")
        self.name.clear()
