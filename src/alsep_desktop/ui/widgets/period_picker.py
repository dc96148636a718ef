"""Two dates (from, to) with quick choices; emits ``changed(date, date)``."""

from __future__ import annotations

from datetime import date, timedelta

from alsep_desktop.ui.qt import (
    QDate,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
    Signal,
    translate,
)
from alsep_desktop.ui.translator import ui_locale


class PeriodPicker(QWidget):
    changed = Signal(object, object)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.start_edit, self.end_edit = QDateEdit(self), QDateEdit(self)
        for e in (self.start_edit, self.end_edit):
            e.setCalendarPopup(True)
            e.setDisplayFormat("dd.MM.yyyy")
            e.setMinimumHeight(36)
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        self.today_button, self.week_button, self.month_button = QPushButton(self), QPushButton(self), QPushButton(self)
        for w in (self.from_label, self.start_edit, self.to_label, self.end_edit,
                  self.today_button, self.week_button, self.month_button):
            lay.addWidget(w)
        lay.addStretch(1)
        self.today_button.clicked.connect(lambda: self.set_period(today, today))
        self.week_button.clicked.connect(lambda: self.set_period(today - timedelta(days=6), today))
        self.month_button.clicked.connect(lambda: self.set_period(today - timedelta(days=29), today))
        self.set_period(today - timedelta(days=6), today, emit=False)
        self.start_edit.dateChanged.connect(self._emit)
        self.end_edit.dateChanged.connect(self._emit)
        self.retranslate()

    def retranslate(self) -> None:
        self.from_label.setText(translate("PeriodPicker", "From"))
        self.to_label.setText(translate("PeriodPicker", "to"))
        self.today_button.setText(translate("PeriodPicker", "Today"))
        self.week_button.setText(translate("PeriodPicker", "Week"))
        self.month_button.setText(translate("PeriodPicker", "30 days"))
        locale = ui_locale()  # the calendar speaks the window's language (issue 20: it stayed English)
        for e in (self.start_edit, self.end_edit):
            e.setLocale(locale)
            e.calendarWidget().setLocale(locale)

    def period(self) -> tuple[date, date]:
        return _as_date(self.start_edit.date()), _as_date(self.end_edit.date())

    def set_period(self, start: date, end: date, *, emit: bool = True) -> None:
        for e in (self.start_edit, self.end_edit):
            e.blockSignals(True)
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        self.end_edit.setDate(QDate(end.year, end.month, end.day))
        for e in (self.start_edit, self.end_edit):
            e.blockSignals(False)
        if emit:
            self._emit()

    def _emit(self) -> None:
        self.changed.emit(*self.period())


def _as_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
