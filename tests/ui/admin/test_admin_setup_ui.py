"""An admin sets up a company from nothing in the window; a cashier cannot open the tab."""

from __future__ import annotations

from pathlib import Path

import pytest

from alsep_desktop.domain.roles import Role
from alsep_desktop.errors import PermissionDenied
from alsep_desktop.ui.admin import AdminTab


def test_cashier_is_refused(qtbot, sqlite_ctx, ops, cashier) -> None:
    tab = AdminTab(sqlite_ctx, ops, cashier)
    qtbot.addWidget(tab)
    assert tab.refused and tab.tabs is None and tab.pages == {}
    assert "admin" in tab.message.text().lower()
    with pytest.raises(PermissionDenied):
        sqlite_ctx.admin.local.registers.registers(cashier)


def test_setup_from_nothing(qtbot, sqlite_ctx, ops, tmp_path: Path) -> None:
    ctx = sqlite_ctx
    ctx.auth.create_user(None, "owner@shop.kz", "owner123", Role.ADMIN, full_name="Owner")
    admin = ctx.auth.login("owner@shop.kz", "owner123")
    tab = AdminTab(ctx, ops, admin)
    qtbot.addWidget(tab)
    tab.show()

    def settle(page) -> None:
        qtbot.waitUntil(lambda: page.pending == 0, timeout=10_000)

    # company: a bad BIN is refused with its field, then a good one is saved
    company = tab.show_page("company")
    settle(company)
    company.name_edit.setText("Береке")
    company.bin_edit.setText("260101500005")
    company.save_button.click()
    settle(company)
    assert company.error.isVisible() and company.error.text()
    company.bin_edit.setText("260101500004")
    company.vat_check.setChecked(True)
    company.vat_series_edit.setText("60001")
    company.vat_number_edit.setText("1234567")
    company.iban_edit.setText("KZ00826A1KZTD2995246")
    company.save_button.click()
    settle(company)
    assert "IBAN" in company.error.text()
    company.iban_edit.setText("KZ35826A1KZTD2995246")
    company.save_button.click()
    settle(company)
    settle(company)
    assert company.bin_edit.isReadOnly() and ctx.admin.local.company.company(admin).data.name == "Береке"

    # trade point
    tps = tab.show_page("trade_points")
    settle(tps)
    tps.name_edit.setText("Магазин на Абая")
    tps.lat_edit.setText("north")
    tps.lon_edit.setText("76.8897")
    tps.create_button.click()
    settle(tps)
    assert tps.error.text()
    tps.lat_edit.setText("43.2389")
    tps.create_button.click()
    settle(tps)
    settle(tps)
    assert tps.table.rowCount() == 1

    # cashier
    users = tab.show_page("users")
    settle(users)
    users.email_edit.setText("kassa@shop.kz")
    users.password_edit.setText("123")
    users.create_button.click()
    settle(users)
    assert users.error.text()
    users.password_edit.setText("kassa123")
    users.name_edit.setText("Айгерим Нұрланова")
    users.iin_edit.setText("880503400121")
    users.comment_edit.setText("утро")
    users.create_button.click()
    settle(users)
    settle(users)
    assert users.table.rowCount() == 2
    row = next(r for r in range(2) if users.table.item(r, 1).text() == "kassa@shop.kz")
    assert users.table.item(row, 0).text() == "Айгерим Нұрланова"
    assert users.table.item(row, 2).text() == "880503400121"
    users.table.selectRow(row)
    users.block_button.click()
    settle(users)
    settle(users)
    cashier_info = next(u for u in ctx.auth.list_users(admin) if u.email == "kassa@shop.kz")
    assert cashier_info.blocked and cashier_info.role is Role.CASHIER
    users.table.selectRow(row)
    users.new_password_edit.setText("newpass1")
    users.password_button.click()
    settle(users)
    users.table.selectRow(row)
    users.block_button.click()
    settle(users)
    assert ctx.auth.login("kassa@shop.kz", "newpass1").role is Role.CASHIER

    # register with OFD data and its passport
    regs = tab.show_page("registers")
    settle(regs)
    regs.name_edit.setText("ККМ №1")
    regs.create_button.click()
    settle(regs)
    settle(regs)
    assert regs.table.rowCount() == 1
    regs.table.selectRow(0)
    regs.system_id_edit.setText("671679")
    regs.reg_number_edit.setText("010100761567")
    regs.ofd_button.click()
    settle(regs)
    assert regs.error.text()  # the token is missing
    regs.token_edit.setText("tok-1")
    regs.ofd_button.click()
    settle(regs)
    settle(regs)
    [reg] = ctx.admin.local.registers.registers(admin)
    assert reg.active and reg.has_token and reg.registration_number == "010100761567"
    pdf = tmp_path / "passport.pdf"
    regs.table.selectRow(0)
    regs.ask_save_path = lambda suggested: str(pdf)
    regs.passport_button.click()
    settle(regs)
    assert pdf.read_bytes().startswith(b"%PDF") and str(pdf) in regs.status.text()
    regs.table.selectRow(0)
    regs.token_edit.setText("tok-2")
    regs.token_button.click()
    settle(regs)
    with ctx.uow() as uow:
        row = uow.org.register(reg.id)  # the token lives in the secrets store (decision 0013)
        assert row.ofd_token is None and uow.secret(row.ofd_token_ref) == "tok-2"

    # the register has its catalog with the free position
    products = tab.show_page("products")
    settle(products)
    settle(products)
    assert products.table.rowCount() == 1 and products.table.item(0, 0).text() == "9999"
