"""The demo company that `make run` starts with: idempotent, all data made up.

Logins (shown on the login screen in demo mode):
admin@demo.kz / admin123 (admin) and cashier@demo.kz / cashier123, PIN 1234 (cashier).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alsep_desktop.app.bootstrap import AppContext
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Quantity, Unit
from alsep_desktop.domain.roles import Role
from alsep_desktop.services.auth import principal_of
from alsep_desktop.services.catalog import ProductDraft
from alsep_desktop.services.org import CompanyData

DEMO_BIN = "260101500004"
ADMIN = ("admin@demo.kz", "admin123")
CASHIER = ("cashier@demo.kz", "cashier123", "1234")
#: the names receipts and OFD tickets show (decision 2050)
ADMIN_NAME = "Ерлан Жұмабаев"
CASHIER_NAME = "Айгүл Сейтқали"
DEMO_OFD_SYSTEM_ID = "100001"
DEMO_OFD_REG_NUMBER = "010100000001"
DEMO_OFD_TOKEN = "555000"

DEMO_PRODUCTS = [
    # code, group, name, barcode, price, vat, unit
    ("1", "1", "Хлеб пшеничный", "4870001000012", "250.00", "16", Unit.PIECE),
    ("2", "1", "Молоко 2,5% 1 л", "4870001000029", "520.00", "16", Unit.PIECE),
    ("3", "1", "Кефир 1% 900 мл", "4870001000036", "610.00", "16", Unit.PIECE),
    ("4", "2", "Яблоки Апорт, кг", "2000000000046", "890.00", "16", Unit.KILOGRAM),
    ("5", "2", "Картофель, кг", "2000000000053", "280.00", "16", Unit.KILOGRAM),
    ("6", "3", "Чай чёрный «Қазақстан» 100 г", "4870001000067", "1150.00", "16", Unit.PIECE),
    ("7", "3", "Сахар 1 кг", "4870001000074", "560.00", "16", Unit.PIECE),
    ("8", "4", "Вода питьевая 1,5 л", "4870001000081", "240.00", "16", Unit.PIECE),
    ("9", "5", "Пакет майка", "4870001000098", "20.00", "16", Unit.PIECE),
    ("10", "6", "Сигареты (маркированный товар)", "4600000000107", "1100.00", "16", Unit.PIECE),
]
DEMO_MARKED = frozenset({"10"})  # codes of marked goods (sold with a DataMatrix code)
DEMO_NTIN = {"2": "0200000000029"}  # code → National Catalogue code (made up)


@dataclass(frozen=True)
class DemoIds:
    company_id: int
    register_id: int
    admin_id: int
    cashier_id: int


def ensure_demo(ctx: AppContext) -> DemoIds:
    with ctx.uow() as uow:
        company = uow.org.company_by_iin_bin(DEMO_BIN)
        if company is not None:  # this PC's register first (the cloud demo's mirrored one, issue 14)
            reg = uow.org.register_of_device(ctx.config.device_id()) or uow.org.registers(company.id)[0]
            admin = uow.users.by_email(ADMIN[0])
            cashier = uow.users.by_email(CASHIER[0])
            assert admin is not None and cashier is not None
            return DemoIds(company.id, reg.id, admin.id, cashier.id)

    company_id = ctx.org.create_company(
        None,
        CompanyData(
            name="Демо Дүкен", iin_bin=DEMO_BIN, vat_payer=True, vat_series="60001", vat_number="0000001",
            legal_address="г. Алматы, ул. Абая, 1", oked="47111", phone="+7 700 000 00 00",
            iban="KZ44856A000000012345", bik="KCJBKZKX", address_kz="Алматы қ., Абай к-сі, 1",
        ),
    ).value
    admin_info = ctx.auth.create_user(
        None, ADMIN[0], ADMIN[1], Role.ADMIN, full_name=ADMIN_NAME, company_id=company_id
    ).value
    admin = ctx.auth.login(ADMIN[0], ADMIN[1])
    cashier_info = ctx.auth.create_user(admin, CASHIER[0], CASHIER[1], Role.CASHIER, full_name=CASHIER_NAME).value
    with ctx.uow() as uow:
        cashier_user = uow.users.get(cashier_info.id)
        assert cashier_user is not None
        cashier = principal_of(cashier_user)
    ctx.auth.set_pin(cashier, CASHIER[2])
    tp_id = ctx.org.create_trade_point(
        admin, "Магазин на Абая", "г. Алматы, пр. Абая, 10", address_kz="Алматы қ., Абай даңғ., 10",
        latitude=43_238_949, longitude=76_889_709,
    ).value
    register_id = ctx.org.create_register(admin, tp_id, "ККМ №1").value
    ctx.org.update_register_ofd(
        admin, register_id, system_id=DEMO_OFD_SYSTEM_ID, registration_number=DEMO_OFD_REG_NUMBER,
        token=DEMO_OFD_TOKEN, vat_payer=True,
    )
    for code, group, name, barcode, price, vat, unit in DEMO_PRODUCTS:
        ctx.catalog.add_product(
            admin, register_id,
            ProductDraft(code=code, group_code=group, name=name, barcode=barcode, price=Money.parse(price),
                         vat_code=vat, unit=unit, editable_price=unit is Unit.KILOGRAM,
                         ntin=DEMO_NTIN.get(code, ""), marked=code in DEMO_MARKED),
        )
    products = ctx.catalog.list_products(register_id)
    by_code = {p.code: p for p in products}
    ctx.catalog.add_bundle(
        admin, register_id, "Завтрак: хлеб + молоко", "2999999999992",
        [(by_code["1"].uuid, Quantity.of(1)), (by_code["2"].uuid, Quantity.of(1))],
    )
    return DemoIds(company_id, register_id, admin_info.id, cashier_info.id)


def start_demo_sandbox(ctx: AppContext, *, port: int = 0, read_timeout: float = 5.0,
                       state_file: Path | None = None):  # noqa: ANN201
    """Start the local OFD sandbox in-process for the demo register and point the app at it.

    With ``state_file`` the sandbox's fiscal memory is loaded from (and, by
    ``stop_demo_sandbox``, saved to) that file, so the demo's OFD remembers its documents,
    tokens and shifts across runs. A fresh sandbox registers the demo register with the token
    the store currently holds.
    """
    from alsep_desktop.fiscal.sandbox import FiscalMemory, OfdSandbox, persist

    ids = ensure_demo(ctx)
    device = int(DEMO_OFD_SYSTEM_ID)
    memory = persist.load(state_file) if state_file is not None else None
    with ctx.uow() as uow:
        session_row = uow.outbox.session_row(ids.register_id)
        token = int(session_row.token) if session_row is not None else 0
        if not token:  # the session starts with the entered token (kept in the secrets store)
            reg = uow.org.register(ids.register_id)
            token = int(uow.secret(reg.ofd_token_ref if reg else None) or DEMO_OFD_TOKEN)
        in_step = memory is not None and memory.current_token(device) == token
        if not in_step and session_row is not None and session_row.pending_payload is not None:
            uow.outbox.forget_unanswered(ids.register_id)  # that sandbox has no answer to repeat
            uow.commit()
    if memory is None:
        memory = FiscalMemory()
        memory.register(device, token, inn=DEMO_BIN)
    elif not in_step:  # the app was stopped without saving the sandbox: take the store's token
        memory.reset_token(device, token)
    sandbox = OfdSandbox("127.0.0.1", port, memory=memory, read_timeout=read_timeout).start()
    ctx.config.ofd_host, ctx.config.ofd_port = "127.0.0.1", sandbox.port
    ctx.delivery.forget_channels()
    return sandbox


def stop_demo_sandbox(sandbox, state_file: Path | None = None) -> None:  # noqa: ANN001
    from alsep_desktop.fiscal.sandbox import persist

    sandbox.stop()
    if state_file is not None:
        persist.save(sandbox.memory, state_file)
