"""Users have a name (issue 20, decision 2050): the admin types it in the user form with real key
events, renames a user in place, and the cashier's next receipt and its OFD ticket say that name
after «Кассир» — never the login."""

from __future__ import annotations

from sqlalchemy import select

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import PaymentKind
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.hardware.printer.decode import decode
from alsep_desktop.hardware.printer.render import render
from alsep_desktop.hardware.profiles import get_profile
from alsep_desktop.services.printing import PrintingService
from alsep_desktop.store.models import FiscalOutbox
from alsep_desktop.ui.qt import QApplication, QEvent, QKeyEvent, Qt

LOGIN = "anna@demo.kz"


def _type(qtbot, widget, text: str) -> None:  # noqa: ANN001
    """Clear the field and type ``text`` key by key (QTest's keyClicks knows ASCII only)."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    for ch in text:
        key = ord(ch.upper()) if ch.isascii() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def _row_of(page, login: str) -> int:  # noqa: ANN001
    return next(r for r in range(page.table.rowCount()) if page.table.item(r, 1).text() == login)


def test_the_name_is_required_typed_shown_renamed_and_printed(ui, qtbot) -> None:  # noqa: ANN001
    ctx = ui.ctx
    admin = ctx.auth.login("admin@demo.kz", "admin123")
    users = ui.page("users")
    before = len(ctx.auth.list_users(admin))

    # no name: refused on the name field, nothing created
    _type(qtbot, users.email_edit, LOGIN)
    _type(qtbot, users.password_edit, "anna-pass-1")
    qtbot.mouseClick(users.create_button, Qt.MouseButton.LeftButton)
    ui.settle(users)
    assert users.error.isVisible() and users.error.text()
    assert users.name_edit.hasFocus()
    assert len(ctx.auth.list_users(admin)) == before

    # a name: created, and the list shows it in its own column
    _type(qtbot, users.name_edit, "Анна Ли")
    qtbot.mouseClick(users.create_button, Qt.MouseButton.LeftButton)
    ui.settle(users)
    ui.settle(users)
    assert not users.error.text(), users.error.text()
    row = _row_of(users, LOGIN)
    assert users.table.item(row, 0).text() == "Анна Ли"

    # renamed in place: the field shows the selected user's name; Enter saves the new one
    users.table.selectRow(row)
    assert users.rename_edit.text() == "Анна Ли"
    _type(qtbot, users.rename_edit, "   ")
    qtbot.keyClick(users.rename_edit, Qt.Key.Key_Return)
    ui.settle(users)
    assert users.error.text() and users.rename_edit.hasFocus()  # an empty name is refused
    users.table.selectRow(_row_of(users, LOGIN))
    _type(qtbot, users.rename_edit, "Анна Ким")
    qtbot.keyClick(users.rename_edit, Qt.Key.Key_Return)
    ui.settle(users)
    ui.settle(users)
    assert users.table.item(_row_of(users, LOGIN), 0).text() == "Анна Ким"

    # her next receipt and its OFD ticket name her
    cashier = ctx.auth.login(LOGIN, "anna-pass-1")
    sold = ctx.sales.quick_sale(cashier, ui.register_id, Money(50_000), PaymentKind.CASH).value
    profile = get_profile("epson-tm-t20ii")
    doc = PrintingService(ctx.uow, ctx.clock, ctx.vat_table).receipt_document(sold.id)
    lines = decode(render(doc, profile), {c.number: c.codec for c in profile.code_pages}, profile.columns).lines()
    line = next(t.split("|", 1)[-1] for t in lines if "Кассир" in t)
    assert line.split() == ["Кассир", "Анна", "Ким"] and LOGIN not in "\n".join(lines)
    with ctx.uow() as uow:
        payload = uow.session.scalars(select(FiscalOutbox.payload).order_by(FiscalOutbox.id.desc())).first()
    request = pb.Request.FromString(payload)
    assert request.ticket.operator.name == "Анна Ким"
    assert request.ticket.operator.code == cashier.user_id
