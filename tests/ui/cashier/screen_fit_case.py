"""The case that ``test_cashier_screen_fit.py`` runs in a child pytest on an offscreen screen of a
given size (``QT_QPA_PLATFORM=offscreen:configfile=…``; the file name does not start with
``test_``, so the suite itself never collects it on its 800×800 default screen).

On that screen: the real window's frame lies in ``QScreen.availableGeometry()``, its status bar
is shown inside it, and every visible button of the sale and return screens (and the login and
lock screens) lies wholly inside the window and every parent up to it — in ru, kk and en, before
and after a sale with long names, and after a language switch. The window's minimum size fits
the screen too, so no manual resize can push the status bar off.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QPoint, Qt

from alsep_desktop.ui.qt import QAbstractButton, QApplication, QWidget
from alsep_desktop.ui.translator import set_language

LONG = ("Молоко ультрапастеризованное «Простоквашино» 3,2 % в тетрапакете с крышкой 0,97 л "
        "Сүт ультрапастерленген 3,2 % тетрапакте")


#: a window manager's title bar, which offscreen's frame margins lack (openbox, xfwm, Windows: 24-32 px)
TITLE_BAR = 32


def hidden_part(widget: QWidget, window: QWidget) -> str | None:
    """Why ``widget`` is not wholly seen: the first parent (or the window) that cuts it, else None."""
    top_left, size = QPoint(0, 0), widget.size()
    parent = widget.parentWidget()
    while parent is not None:
        corner = widget.mapTo(parent, top_left)
        inside = parent.rect()
        if not (inside.contains(corner) and inside.contains(corner + QPoint(size.width() - 1, size.height() - 1))):
            return f"cut by {type(parent).__name__} {parent.objectName()!r} ({corner.x()},{corner.y()} " \
                   f"{size.width()}×{size.height()} in {inside.width()}×{inside.height()})"
        if parent is window:
            return None
        parent = parent.parentWidget()
    return "not in the window"


def cut_headers(table, where: str) -> list[str]:  # noqa: ANN001
    """Column titles cut short: a section narrower than its title's text."""
    header, model = table.horizontalHeader(), table.model()
    metrics, bad = header.fontMetrics(), []
    for col in range(model.columnCount()):
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        if title and not header.isSectionHidden(col) and header.sectionSize(col) < metrics.horizontalAdvance(title) + 8:
            bad.append(f"{where}: the column «{title}» is {header.sectionSize(col)} px, its title needs "
                       f"{metrics.horizontalAdvance(title) + 8}")
    return bad


def check_window(w, where: str) -> list[str]:  # noqa: ANN001
    QApplication.processEvents()
    room = w.screen().availableGeometry()
    bad = []
    frame = w.frameGeometry()
    if not room.contains(frame):
        bad.append(f"{where}: the frame {frame.getRect()} is not in the free area {room.getRect()}")
    extra = frame.size() - w.geometry().size()
    least = w.minimumSizeHint() + extra
    least.setHeight(least.height() + TITLE_BAR)
    if least.width() > room.width() or least.height() > room.height():
        bad.append(f"{where}: the window's minimum {least.width()}×{least.height()} (frame and a title bar included) exceeds "
                   f"{room.width()}×{room.height()}")
    bar = w.statusBar()
    if not bar.isVisible() or hidden_part(bar, w):
        bad.append(f"{where}: the status bar is not seen ({hidden_part(bar, w)})")
    screen = w.stack.currentWidget() if w.stack.currentWidget() is not w.tabs else w.tabs.currentWidget()
    if screen is w.sale and w.sale.table.columnWidth(1) < 120:  # the name column, not the figures, gives way
        bad.append(f"{where}: the basket's name column is {w.sale.table.columnWidth(1)} px wide (< 120)")
    for button in screen.findChildren(QAbstractButton):
        if button.isVisibleTo(w) and button.isVisible():
            why = hidden_part(button, w)
            if why:
                bad.append(f"{where}: {type(button).__name__} {button.objectName()!r} «{button.text()}» {why}")
    return bad


def test_the_window_fits_the_screen(counter, qtbot) -> None:
    w = counter.window
    want = tuple(int(v) for v in os.environ["ALSEP_FIT_SCREEN"].split("x"))
    room = w.screen().availableGeometry()
    assert (room.width(), room.height()) == want  # the child really runs on the screen it was given
    qtbot.waitUntil(lambda: room.contains(w.frameGeometry()), timeout=5000)
    bad = check_window(w, "login")
    counter.bind()
    counter.login()
    sold = None
    for language in ("ru", "kk", "en"):
        set_language(QApplication.instance(), language)
        counter.idle()
        w.show_tab(w.sale)
        bad += check_window(w, f"{language} sale, empty")
        w.sale.kkm.amount.setText("123456789,99")
        w.sale.kkm.name.setText(LONG)
        w.sale.add_free()
        w.on_scanned("4870001000029")
        w.sale.pay()
        w.sale.dialog.confirm()
        counter.wait(lambda before=sold: getattr(w.sale, "last_result", None) is not before)
        sold = w.sale.last_result
        counter.idle()
        bad += check_window(w, f"{language} sale, after a sale")
        w.on_scanned("4870001000029")
        w.sale.kkm.name.setText(LONG)
        w.sale.kkm.amount.setText("99999,99")
        w.sale.add_free()
        counter.idle()
        bad += check_window(w, f"{language} sale, a basket with long names")
        w.show_tab(w.receipts)
        counter.wait(lambda: w.receipts.table.rowCount() > 0)
        counter.idle()
        bad += check_window(w, f"{language} documents list")
        bad += cut_headers(w.receipts.table, f"{language} documents list")
        w.show_tab(w.returns)
        w.returns.sign.setText(sold.fiscal_sign)
        w.returns.find()
        counter.wait(lambda: w.returns.table.rowCount() == 2)
        counter.idle()
        bad += check_window(w, f"{language} returns, a receipt found")
        w.lock()
        counter.idle()
        bad += check_window(w, f"{language} lock screen")
        counter.login()
        w.sale.clear_basket()
    assert not bad, "\n".join(bad)


def test_the_admin_tab_fits_the_screen(counter, qtbot) -> None:
    """The admin signed in: the window with its status bar and every page of the admin tab."""
    from alsep_desktop.app.demo import ADMIN

    w = counter.window
    counter.bind()
    ctx = counter.pos.ctx
    ctx.auth.set_pin(ctx.auth.login(*ADMIN), "2468")  # no first-login PIN dialog
    counter.login(*ADMIN)
    counter.wait(lambda: w.admin_tab is not None)
    bad: list[str] = []
    for language in ("ru", "kk", "en"):
        set_language(QApplication.instance(), language)
        counter.idle()
        admin = w.admin_tab
        w.show_tab(admin)
        pages = admin.tabs
        for index in range(pages.count()):
            pages.setCurrentIndex(index)
            counter.idle()
            where = f"{language} admin «{pages.tabText(index)}»"
            bad += check_window(w, where)
            for button in pages.widget(index).findChildren(QAbstractButton):
                if button.isVisible():
                    why = hidden_part(button, w)
                    if why:
                        bad.append(f"{where}: {type(button).__name__} {button.objectName()!r} «{button.text()}» {why}")
    assert not bad, "\n".join(bad)
