"""Issue 20: the date pickers showed an English calendar in the Russian window."""

from __future__ import annotations

from datetime import date

from alsep_desktop.ui.qt import QApplication, QEvent, QLocale
from alsep_desktop.ui.translator import current_language, set_language
from alsep_desktop.ui.widgets.period_picker import PeriodPicker


def test_the_calendar_speaks_the_window_language_and_follows_a_switch(qtbot) -> None:
    app = QApplication.instance()
    before = current_language()
    try:
        set_language(app, "ru")
        picker = PeriodPicker(date(2026, 12, 7))
        qtbot.addWidget(picker)
        calendar = picker.start_edit.calendarWidget()
        assert calendar.locale().language() == QLocale.Language.Russian
        assert calendar.locale().standaloneMonthName(12).lower() == "декабрь"
        assert calendar.firstDayOfWeek().name == "Monday"
        set_language(app, "kk")
        QApplication.sendEvent(picker, QEvent(QEvent.Type.LanguageChange))
        picker.retranslate()
        assert picker.end_edit.calendarWidget().locale().language() == QLocale.Language.Kazakh
        set_language(app, "en")
        picker.retranslate()
        assert picker.start_edit.calendarWidget().locale().language() == QLocale.Language.English
    finally:
        set_language(app, before)
