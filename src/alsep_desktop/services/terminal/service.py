"""The card terminal of this register as the app uses it (issue 15). Qt-free.

Holds the driver the device settings ask for (Kaspi POS, or none), its journal, and the seed's
terminal functions that are not part of a sale: the terminal-only payment with «ФИСКАЛИЗАЦИЯ» off
and its later receipt with «Безнал» (seed 9.3, 9.4), the refund by RRN / order number (the seed's
cancel), the pending reconciliation list (decision 0703), registration, the test payment of 1 ₸,
"update keys" (seed 9.4.1: not needed for Kaspi) and resuming open processes at start.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time

from alsep_desktop.domain.basket import Basket
from alsep_desktop.domain.catalog import FREE_POSITION_CODE, FREE_POSITION_GROUP, FREE_POSITION_NAME
from alsep_desktop.domain.lines import LineItem
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import CardSlip, Payment, PaymentKind
from alsep_desktop.domain.quantity import Quantity
from alsep_desktop.domain.roles import Principal
from alsep_desktop.domain.tax import VatTable
from alsep_desktop.errors import AlsepError
from alsep_desktop.hardware.protocols import PaymentTerminal, TerminalInfo, TerminalResult
from alsep_desktop.hardware.terminal.factory import terminal_from_settings
from alsep_desktop.hardware.terminal.kaspi.tokens import TokenStore
from alsep_desktop.hardware.terminal.listeners import RegistrationPrompt
from alsep_desktop.kernel.clock import ALMATY, Clock
from alsep_desktop.services.card_payment import (
    OriginalPayment,
    check_remainder,
    raise_unless_approved,
)
from alsep_desktop.services.changes import OpResult
from alsep_desktop.services.devices import TerminalSettings
from alsep_desktop.services.documents import DocumentResult
from alsep_desktop.services.guard import require_admin, require_user
from alsep_desktop.services.sale import SaleService
from alsep_desktop.services.terminal_basket import sold_since
from alsep_desktop.services.terminal_journal import JournalEntry, OperationContext, TerminalJournal
from alsep_desktop.store.uow import SqlUnitOfWork

log = logging.getLogger(__name__)


class NoTerminal(AlsepError):
    code = "terminal.unavailable.none"
    template = "No card terminal is set up in the device settings"


class KeysNotNeeded(AlsepError):
    """Seed 9.4.1 «Обновить ключи»: the Kaspi terminal keeps its own keys with the bank."""

    code = "terminal.keys_not_needed"
    template = ("The Kaspi terminal updates its keys with the bank by itself: there is nothing to update from "
                "the register")


class CancelTooLate(AlsepError):
    code = "terminal.cancel_too_late"
    template = "This terminal cancels payments only on the same day until {until}; use a return instead"


class AlreadyFiscalized(AlsepError):
    code = "terminal.already_fiscalized"
    template = "This payment is on fiscal receipt №{number}: pay it back with a return of that receipt"


class NothingLeftToRefund(AlsepError):
    code = "terminal.nothing_to_refund"
    template = "The payment {transaction} is already paid back in full"


class FiscalizationIsOn(AlsepError):
    code = "terminal.fiscalization_on"
    template = "«ФИСКАЛИЗАЦИЯ» is on: take card payments with the sale, not on the terminal alone"


class PartlyRefunded(AlsepError):
    code = "terminal.partly_refunded"
    template = "{refunded} of this payment was already refunded: refund the rest instead of issuing a receipt"


class SoldMeanwhile(AlsepError):
    """The goods a late approval paid for were sold on another receipt while it was pending (2011)."""

    code = "terminal.sold_meanwhile"
    template = ("The goods of this payment were sold on receipt №{number} after it: if that was this customer, "
                "refund the payment to the card instead of issuing a second receipt")


class BasketTotalDiffers(AlsepError):
    code = "terminal.basket_total_differs"
    template = ("The basket now totals {current} but the payment was for {paid}: issue the receipt of the basket "
                "as it was paid, or refund the payment")


class NotTheRightOperation(AlsepError):
    code = "terminal.not_pending"
    template = "The terminal operation {id} is not one that waits for a receipt or a refund"


@dataclass(frozen=True, slots=True)
class TestPayment:
    payment: TerminalResult
    refund: TerminalResult


class TerminalService:
    """Built by the composition root (``app/terminal.py``) from the dependencies it uses."""

    def __init__(self, uow: Callable[..., SqlUnitOfWork], clock: Clock, sales: SaleService, vat_table: VatTable,
                 token_store: TokenStore, *, journal: TerminalJournal | None = None) -> None:
        self._uow = uow
        self._clock = clock
        self._sales = sales
        self._vat = vat_table
        self.tokens = token_store
        self.journal = journal or TerminalJournal(uow, clock)
        self.driver: PaymentTerminal | None = None
        self.settings_vendor = "none"
        self.fiscalization = True
        self.cancel_until = ""
        self._lock = threading.Lock()
        self._serial = threading.RLock()  # receipts and refunds of journal entries, one at a time

    # -- the driver ----------------------------------------------------------------------------
    def configure(self, settings: TerminalSettings, *,
                  driver: PaymentTerminal | None = None) -> PaymentTerminal | None:
        """(Re)build the driver from the device settings' terminal section
        (``driver``: one built elsewhere, e.g. a scripted fake in tests)."""
        old = self.driver
        if driver is None:
            driver = terminal_from_settings(settings.driver_settings(), store=self.tokens,
                                            listener=self.journal, now=self._clock.now)
        with self._lock:
            self.driver = driver
            self.settings_vendor = settings.vendor
            self.fiscalization = bool(settings.fiscalization)
            self.cancel_until = settings.cancel_until or ""
        if old is not None and old is not driver:
            _close(old)  # its background checks stop: the new driver takes them over
            if driver is not None:
                self.journal.resume(driver)
        return driver

    def start(self, register_id: int | None) -> int:
        """After a restart: link approved operations to the receipts written just before the stop
        (0715), then follow the processes the journal left open, for this register."""
        self.journal.set_register(register_id)
        self.journal.reconcile_receipts(register_id)
        if self.driver is None:
            return 0
        return self.journal.resume(self.driver, register_id)

    def set_cashier(self, register_id: int | None, cashier: Principal | None) -> None:
        self.journal.set_register(register_id, cashier.user_id if cashier is not None else None)

    def close(self) -> None:
        if self.driver is not None:
            _close(self.driver)

    def require(self) -> PaymentTerminal:
        if self.driver is None:
            raise NoTerminal()
        return self.driver

    @property
    def is_kaspi(self) -> bool:
        from alsep_desktop.hardware.terminal.vendors import spec_of

        spec = spec_of(self.driver)  # the vendor's declared pairing, not hasattr (decision 2110)
        return spec is not None and spec.pairing is not None

    # -- pairing and checks ------------------------------------------------------------------
    def register(self, actor: Principal | None, prompt: RegistrationPrompt | None = None) -> object:
        """Register the integration (the cashier presses «Разрешить» on the terminal); admin only.
        Through the vendor's declared pairing (decision 2110); ``None`` for a vendor that does not
        pair (the settings page offers no pairing for it)."""
        from alsep_desktop.hardware.terminal.vendors import spec_of

        with self._uow(read_only=True) as uow:
            require_admin(actor, uow)
        driver = self.require()
        spec = spec_of(driver)
        if spec is None or spec.pairing is None:
            return None
        pairing = spec.pairing.register(driver, prompt)
        self.journal.resume(driver)  # what a lost pairing left unfollowed is asked about again (2010)
        return pairing

    def forget_pairing(self, actor: Principal | None) -> None:
        with self._uow(read_only=True) as uow:
            require_admin(actor, uow)
        forget = getattr(self.require(), "forget", None)
        if forget is not None:
            forget()

    def trust_certificate(self, actor: Principal | None, fingerprint: str) -> None:
        """The administrator confirmed the new certificate the terminal presents (0704)."""
        with self._uow(read_only=True) as uow:
            require_admin(actor, uow)
        trust = getattr(self.require(), "trust_presented_certificate", None)  # Kaspi's TLS pinning only
        if trust is not None:
            trust(fingerprint)

    def device_info(self) -> TerminalInfo:
        return self.require().device_info()

    def update_keys(self) -> None:
        """Seed 9.4.1. The Kaspi API has no key update (spec §3): say so plainly."""
        self.require()
        raise KeysNotNeeded()

    def cancel_wait(self) -> None:
        if self.driver is not None:
            self.driver.cancel()

    def test_payment(self, actor: Principal | None) -> TestPayment:
        """1 ₸ charged and paid back at once (the settings' «Тестовый платёж»), journaled as such."""
        with self._uow(read_only=True) as uow:
            actor = require_admin(actor, uow)
        driver = self.require()
        ctx = OperationContext(None, actor.user_id, terminal_only=True)
        reference = f"test-{uuid.uuid4()}"
        self.journal.expect(reference, ctx)
        paid = driver.pay(Money(100), reference=reference)
        raise_unless_approved(paid)
        back = driver.refund(Money(100), reference=reference, original_rrn=paid.rrn, method=paid.method)
        raise_unless_approved(back)
        return TestPayment(paid, back)

    # -- «ФИСКАЛИЗАЦИЯ» off: terminal-only payments ------------------------------------------------
    def pay_terminal_only(self, cashier: Principal | None, register_id: int, amount: Money) -> JournalEntry:
        """A payment on the terminal without a fiscal receipt (seed 9.4, «ФИСКАЛИЗАЦИЯ» off): journaled
        as not fiscalized and kept in view until :meth:`issue_receipt` or :meth:`refund_entry`."""
        with self._uow(read_only=True) as uow:
            cashier = require_user(cashier, uow)
        driver = self.require()
        if self.fiscalization:
            raise FiscalizationIsOn()
        reference = str(uuid.uuid4())
        self.journal.expect(reference, OperationContext(register_id, cashier.user_id, terminal_only=True))
        result = driver.pay(amount, reference=reference)
        raise_unless_approved(result)
        entry = self.journal.get(result.operation_id) if result.operation_id else None
        if entry is None:  # a driver without a journal of its own (the scripted fake)
            entry = self._record_untracked(result, register_id, cashier, reference)
        return entry

    def open_terminal_only(self, register_id: int | None) -> list[JournalEntry]:
        return self.journal.terminal_only_open(register_id)

    def issue_receipt(self, cashier: Principal | None, register_id: int, operation_id: str, *,
                      basket: Basket | None = None, sold_again_ok: bool = False) -> OpResult[DocumentResult]:
        """The fiscal receipt of an approved payment no receipt holds. A payment a sale started (its
        basket kept with the operation, 2011) gets that sale's lines and tenders — or ``basket``, the
        cashier's current one, when it totals the same; refused when the same goods were sold on
        another receipt meanwhile, unless ``sold_again_ok``. A terminal-only payment gets one
        free-position line paid with «Безнал». The journal links the receipt; the late result is
        acknowledged."""
        with self._serial:  # one receipt per payment, even when the button is pressed twice
            return self._issue_receipt(cashier, register_id, operation_id, basket, sold_again_ok)

    def _issue_receipt(self, cashier: Principal | None, register_id: int, operation_id: str,
                       basket: Basket | None, sold_again_ok: bool) -> OpResult[DocumentResult]:
        entry = self._open_entry(operation_id)
        if entry.refunded.tiyn:  # partly paid back: a receipt of the whole would not match the money kept
            raise PartlyRefunded(refunded=entry.refunded.format())
        slip = CardSlip(terminal_id=entry.terminal_id or "", auth_code=entry.auth_code or "",
                        rrn=entry.transaction_id or "", method=entry.method or "card")
        sale = entry.sale if entry.sale is not None and entry.sale.card == entry.amount else None
        if sale is not None:
            goods = basket if basket is not None else sale.basket
            if goods.totals().total != sale.total:
                raise BasketTotalDiffers(current=goods.totals().total.format(), paid=sale.total.format())
            if not sold_again_ok:
                with self._uow(read_only=True) as uow:
                    number = sold_since(uow, register_id, entry.started_at, goods)
                if number is not None:
                    raise SoldMeanwhile(number=str(number))
            done = self._sales.sell(cashier, register_id, goods, list(sale.payments),
                                    card_slip=slip, doc_uuid=self._receipt_uuid(entry.reference))
        else:
            with self._uow(read_only=True) as uow:
                product = uow.catalog.by_code(register_id, FREE_POSITION_CODE)
                vat = self._vat.get(product.vat_code) if product else self._vat.get("none")
            line = LineItem(name=FREE_POSITION_NAME, unit_price=entry.amount, quantity=Quantity.one(), vat=vat,
                            code=FREE_POSITION_CODE, group_code=FREE_POSITION_GROUP)
            done = self._sales.sell(cashier, register_id, Basket().add(line),
                                    [Payment(PaymentKind.NON_CASH, entry.amount, slip)],
                                    doc_uuid=self._receipt_uuid(entry.reference))
        self.journal.link_receipt([entry.id], done.value.id)
        self._acknowledge(entry.id)
        return done

    # -- refunds by RRN / order number (the seed's cancel) ---------------------------------------
    def refund_entry(self, cashier: Principal | None, operation_id: str, amount: Money | None = None) -> TerminalResult:
        """Pay back a payment no receipt holds (terminal-only, or a late approval), whole or in part."""
        with self._serial:
            entry = self._open_entry(operation_id)
            amount = amount if amount is not None else entry.left_to_refund
            return self._refund_entry(cashier, entry, amount)

    def _refund_entry(self, cashier: Principal | None, entry: JournalEntry, amount: Money) -> TerminalResult:
        result = self.refund_by_transaction(cashier, entry.transaction_id or "", amount, entry.method,
                                            register_id=entry.register_id)
        after = self.journal.get(entry.id)
        if after is not None and after.left_to_refund.tiyn == 0:  # paid back in full: off the pending list
            self._acknowledge(entry.id)
        return result

    def refund_by_transaction(self, cashier: Principal | None, transaction_id: str, amount: Money,
                              method: str | None = None, *, register_id: int | None = None) -> TerminalResult:
        """Refund by card RRN or QR order number at any time (Kaspi); a terminal with the seed's rule
        cancels only the same day until ``cancel_until``. A payment on a fiscal receipt goes back
        with a return of that receipt instead; one the journal does not know needs an administrator."""
        with self._serial:
            return self._refund_by_transaction(cashier, transaction_id, amount, method, register_id)

    def _refund_by_transaction(self, cashier: Principal | None, transaction_id: str, amount: Money,
                               method: str | None, register_id: int | None) -> TerminalResult:
        driver = self.require()
        known = self.journal.payment_by_transaction(transaction_id) if transaction_id else None
        with self._uow(read_only=True) as uow:
            # money to a card the register never took (not in its journal): an administrator's decision
            cashier = require_user(cashier, uow) if known is not None else require_admin(cashier, uow)
        if known is not None:
            if known.fiscalized:
                raise AlreadyFiscalized(number=str(known.receipt_id or "-"))
            if known.left_to_refund.tiyn == 0:
                raise NothingLeftToRefund(transaction=transaction_id)
            check_remainder(known, amount)
            method = method or known.method
            self._check_cancel_rule(known.started_at)
        else:
            self._check_cancel_rule(None)
        reference = str(uuid.uuid4())
        self.journal.expect(reference, OperationContext(register_id, cashier.user_id, terminal_only=True))
        result = driver.refund(amount, reference=reference, original_rrn=transaction_id or None, method=method)
        raise_unless_approved(result)
        return result

    def original_of_receipt(self, receipt_id: int) -> OriginalPayment | None:
        """What a return of that receipt names on the terminal (its payment's RRN / order number, method)."""
        entry = self.journal.payment_of_receipt(receipt_id)
        if entry is None or not entry.transaction_id:
            return None
        return OriginalPayment(entry.transaction_id, entry.method)

    # -- pending reconciliation ------------------------------------------------------------------
    def pending(self, register_id: int | None) -> list[JournalEntry]:
        return self.journal.pending(register_id)

    def acknowledge(self, operation_id: str) -> None:
        """The cashier has seen it (a late decline; a "check the terminal" done by hand)."""
        self._acknowledge(operation_id)

    def check(self, operation_id: str) -> JournalEntry | None:
        """Ask the terminal again now for a pending operation (status / actualize)."""
        entry = self.journal.get(operation_id)
        driver = self.require()
        if entry is not None and entry.process_id:
            driver.check(entry.process_id)
        return self.journal.get(operation_id)

    # -- internals -----------------------------------------------------------------------------
    def _open_entry(self, operation_id: str) -> JournalEntry:
        entry = self.journal.get(operation_id)
        if entry is None or not entry.approved or entry.kind != "payment":
            raise NotTheRightOperation(id=operation_id)
        if entry.fiscalized:
            raise AlreadyFiscalized(number=str(entry.receipt_id or "-"))
        return entry

    def _receipt_uuid(self, reference: str) -> str | None:
        """The payment's reference as its receipt's uuid (a crash before the link is repaired at the
        next start, 0715) when it is a uuid no receipt has yet; else a new one."""
        try:
            value = str(uuid.UUID(reference))
        except (ValueError, TypeError):
            return None
        if value != reference:
            return None
        with self._uow(read_only=True) as uow:
            taken = uow.receipts.by_uuid(value) is not None
        return None if taken else value

    def _acknowledge(self, operation_id: str) -> None:
        self.journal.acknowledge(operation_id)
        if self.driver is not None:
            try:
                self.driver.acknowledge(operation_id)
            except KeyError:
                pass  # the driver never knew it (another run): the journal is what counts

    def _check_cancel_rule(self, paid_at: datetime | None) -> None:
        if not self.cancel_until:
            return
        hh, mm = (int(x) for x in self.cancel_until.split(":"))
        now = self._clock.now().astimezone(ALMATY)
        same_day = paid_at is None or paid_at.astimezone(ALMATY).date() == now.date()
        if not same_day or now.time() > time(hh, mm):
            raise CancelTooLate(until=self.cancel_until)

    def _record_untracked(self, result: TerminalResult, register_id: int, cashier: Principal,
                          reference: str) -> JournalEntry:
        from alsep_desktop.hardware.terminal.journal import (
            OperationKind,
            ProcessState,
            TerminalOperation,
        )

        now = self._clock.now()
        op = TerminalOperation(id=str(uuid.uuid4()), reference=reference, kind=OperationKind.PAYMENT,
                               amount=result.amount, started_at=now, updated_at=now, vendor="other",
                               state=ProcessState.SUCCESS, transaction_id=result.rrn, method=result.method or "card",
                               auth_code=result.auth_code, terminal_id=result.terminal_id,
                               reported=result.status, process_id=result.process_id)
        self.journal.on_operation(op)
        entry = self.journal.get(op.id)
        assert entry is not None, "the journal keeps every operation it is given"
        return entry


def _close(driver: object) -> None:
    close = getattr(driver, "close", None)
    if close is not None:
        try:
            close()
        except Exception:  # noqa: BLE001
            log.warning("closing the terminal driver failed", exc_info=True)


def start_terminal(service: TerminalService, settings: TerminalSettings) -> TerminalService:
    """``service`` with the driver of the saved device ``settings``, and the processes the journal
    left open resumed (decision 0703). A settings error leaves no driver (logged; the settings
    screen shows what is wrong). The app's service is built by ``app/terminal.py``."""
    try:
        service.configure(settings)
    except (ValueError, AlsepError):
        log.exception("the card terminal of the device settings cannot be used")
    service.start(None)
    return service
