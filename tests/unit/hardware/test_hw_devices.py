import threading
import time

import pytest

from alsep_desktop.domain.money import Money
from alsep_desktop.hardware.display import FakeCustomerDisplay, PoleDisplay
from alsep_desktop.hardware.drawer import FakeDrawer, PrinterDrawer
from alsep_desktop.hardware.errors import (
    ConnectorUnavailable,
    DrawerUnavailable,
    PrinterCoverOpen,
    PrinterOffline,
    PrinterPaperOut,
    UnknownPrinterProfile,
)
from alsep_desktop.hardware.handler import ScriptedHandler
from alsep_desktop.hardware.printer.config import PrinterConfig, build_printer, print_test_page
from alsep_desktop.hardware.printer.connectors.memory import MemoryConnector
from alsep_desktop.hardware.printer.fake import FakePrinter
from alsep_desktop.hardware.printer.layout import receipt_document
from alsep_desktop.hardware.printer.pdf import PdfPrinter, pdf_bytes
from alsep_desktop.hardware.printer.samples import sample_receipt
from alsep_desktop.hardware.printer.status import parse, valid
from alsep_desktop.hardware.profiles import PROFILES, get_profile
from alsep_desktop.hardware.protocols import (
    CashDrawer,
    CustomerDisplay,
    PaymentTerminal,
    ReceiptPrinter,
    ScannerSource,
    ScannerState,
    TerminalStatus,
)
from alsep_desktop.hardware.scanner.camera import RepeatFilter
from alsep_desktop.hardware.scanner.fake import FakeScanner
from alsep_desktop.hardware.scanner.serial import split_scans
from alsep_desktop.hardware.scanner.wedge import WedgeDecoder, WedgeScan, WedgeTyped
from alsep_desktop.hardware.terminal.fake import FakeTerminal
from alsep_desktop.hardware.worker import DeviceWorker


def test_fakes_fulfil_the_protocols(tmp_path) -> None:
    assert isinstance(FakePrinter(), ReceiptPrinter)
    assert isinstance(PdfPrinter(tmp_path, get_profile("generic-80")), ReceiptPrinter)
    assert isinstance(FakeDrawer(), CashDrawer)
    assert isinstance(FakeTerminal(), PaymentTerminal)
    assert isinstance(FakeCustomerDisplay(), CustomerDisplay)
    assert isinstance(FakeScanner(), ScannerSource)


def test_profiles_know_their_kazakh_pages() -> None:
    assert get_profile("epson-tm-t20ii").kazakh_page.number == 53
    assert get_profile("xprinter-xp58").kazakh_page is None
    assert {p.columns for p in PROFILES.values()} == {32, 48}
    with pytest.raises(UnknownPrinterProfile) as err:
        get_profile("nope")
    assert err.value.code == "printer.unknown_profile"


def test_status_bits() -> None:
    assert valid(0x12) and not valid(0x00)
    st = parse(0x12 | 0x08 | 0x04, 0x12 | 0x04, 0x12 | 0x0C)
    assert (st.online, st.drawer_open, st.cover_open, st.paper_near_end, st.paper_out) == (False, True, True, True, False)
    assert parse(0x12, 0x12, 0x72).paper_out


def test_fake_printer_refuses_to_print_on_paper_out_cover_open_offline() -> None:
    p = FakePrinter("epson-tm-t20ii")
    doc = receipt_document(sample_receipt(1), 48)
    p.print_document(doc)
    assert p.decoded().of_kind("cut") == ["partial"]
    before = len(p.output)
    p.set_paper_out()
    with pytest.raises(PrinterPaperOut) as err:
        p.print_document(doc)
    assert err.value.code == "printer.paper_out"
    p.set_paper_out(False)
    p.set_cover_open()
    with pytest.raises(PrinterCoverOpen):
        p.print_document(doc)
    p.set_cover_open(False)
    p.set_offline()
    with pytest.raises(PrinterOffline) as err2:
        p.print_document(doc)
    assert err2.value.code == "printer.offline"
    assert len(p.output) == before


def test_silent_printer_is_offline() -> None:
    from alsep_desktop.hardware.printer.driver import EscPosPrinter

    conn = MemoryConnector(can_read=True)  # no scripted replies: nothing answers
    printer = EscPosPrinter(conn, get_profile("epson-tm-t20ii"), status_timeout=0.01)
    assert not printer.status().online
    with pytest.raises(PrinterOffline):
        printer.print_document(receipt_document(sample_receipt(1), 48))


def test_drawer_kick_through_the_printer() -> None:
    p = FakePrinter("epson-tm-t20ii")
    drawer = PrinterDrawer(p, pin=1)
    drawer.open()
    assert p.output == b"\x1bp\x01\x32\xfa"
    assert drawer.is_open() is None
    with pytest.raises(DrawerUnavailable):
        p.kick_drawer(3)


def test_test_page_and_config_factory(tmp_path) -> None:
    fake = build_printer(PrinterConfig(kind="fake", profile="epson-tm-t20ii"))
    print_test_page(fake)
    assert "ӘҒҚҢӨҰҮҺІ әғқңөұүһі" in "\n".join(fake.decoded().lines())
    out = tmp_path / "lp0"
    file_printer = build_printer(PrinterConfig(kind="file", profile="generic-58", device=str(out)))
    print_test_page(file_printer)
    assert out.read_bytes().startswith(b"\x1b@")
    with pytest.raises(ConnectorUnavailable) as err:
        build_printer(PrinterConfig(kind="bluetooth"))
    assert err.value.code == "hardware.connector_unavailable"


def test_pdf_receipt(tmp_path) -> None:
    doc = receipt_document(sample_receipt(3), 48)
    data = pdf_bytes(doc, get_profile("generic-80"))
    assert data.startswith(b"%PDF-") and b"/Subtype /Image" in data
    printer = build_printer(PrinterConfig(kind="pdf", profile="generic-80", device=str(tmp_path / "pdf")))
    printer.print_document(doc)
    assert printer.saved[0].read_bytes().startswith(b"%PDF-")
    with pytest.raises(DrawerUnavailable):
        printer.kick_drawer()


def test_wedge_tells_a_scanner_from_a_person() -> None:
    w = WedgeDecoder()
    out = []
    t = 10.0
    for ch in "4600439931257":
        out += w.feed(ch, t)
        t += 0.004
    out += w.feed("\r", t)
    assert out == [WedgeScan("4600439931257")]
    out = []
    t = 20.0
    for ch in "12\r":
        out += w.feed(ch, t)
        t += 0.2
    assert out == [WedgeTyped("1"), WedgeTyped("2"), WedgeTyped("\r")]
    # a fast but short burst is typing; a GS inside a code is kept
    assert w.feed("a", 30.0) + w.feed("\r", 30.001) == [WedgeTyped("a\r")]
    out = []
    for i, ch in enumerate("0104600439931256\x1d93ab"):
        out += w.feed(ch, 40 + i * 0.003)
    assert out == [] and w.pending.endswith("\x1d93ab")
    assert w.feed("\n", 40.2) == [WedgeTyped("0104600439931256\x1d93ab"), WedgeTyped("\n")]


def test_wedge_without_terminator_ends_by_silence() -> None:
    w = WedgeDecoder(end_without_terminator=True)
    for i, ch in enumerate("12345678"):
        assert w.feed(ch, i * 0.002) == []
    assert w.poll(0.01) == []
    assert w.poll(0.2) == [WedgeScan("12345678")]


def test_split_scans_keeps_group_separator() -> None:
    buf = bytearray(b"0104600439931256\x1d93ab\r46001\r\n46")
    assert split_scans(buf, "ANY") == [b"0104600439931256\x1d93ab", b"46001"]
    assert buf == bytearray(b"46")
    buf = bytearray(b"a1\nb2\n")
    assert split_scans(buf, "CR") == [] and split_scans(buf, "LF") == [b"a1", b"b2"]


def test_repeat_filter() -> None:
    now = [0.0]
    f = RepeatFilter(1.5, lambda: now[0])
    assert f.fresh("A")
    now[0] = 1.0
    assert not f.fresh("A")
    now[0] = 2.0
    assert not f.fresh("A")  # still in view: refreshed at 1.0
    now[0] = 3.6
    assert f.fresh("A") and f.fresh("B")


def test_fake_scanner_delivers_in_order() -> None:
    got, states = [], []
    done = threading.Event()
    s = FakeScanner(["A", "B"])
    s.start(got.append, lambda st: (states.append(st), st is ScannerState.FINISHED and done.set()))
    assert done.wait(2)
    s.stop()
    assert [x.data for x in got] == ["A", "B"]
    assert states == [ScannerState.CONNECTED, ScannerState.FINISHED, ScannerState.STOPPED]


def test_fake_terminal_script_and_cancel() -> None:
    t = FakeTerminal([TerminalStatus.APPROVED, TerminalStatus.DECLINED, TerminalStatus.TIMEOUT])
    assert t.pay(Money(1000), reference="r1").approved
    assert t.pay(Money(1000), reference="r2").status is TerminalStatus.DECLINED
    assert t.refund(Money(1000), reference="r3").status is TerminalStatus.TIMEOUT
    slow = FakeTerminal(delay=5)
    threading.Timer(0.05, slow.cancel).start()
    start = time.monotonic()
    assert slow.pay(Money(1), reference="x").status is TerminalStatus.CANCELLED
    assert time.monotonic() - start < 2


def test_worker_runs_on_its_own_thread_and_retries_through_the_handler() -> None:
    with DeviceWorker() as worker:
        assert worker.call(threading.current_thread) is not threading.current_thread()
        assert worker.call(worker.in_worker) and not worker.in_worker()
        printer = FakePrinter()
        printer.set_paper_out()
        handler = ScriptedHandler(retries=[True])

        def attempt() -> str:
            try:
                printer.print_document(receipt_document(sample_receipt(1), 48))
            finally:
                printer.set_paper_out(False)  # the cashier loaded paper
            return "printed"

        assert worker.with_retry("printer", handler, attempt).result(5) == "printed"
        assert handler.asked == [("printer", "printer.paper_out")]
        refuse = ScriptedHandler(retries=[False])
        printer.set_offline()
        with pytest.raises(PrinterOffline):
            worker.with_retry("printer", refuse, lambda: printer.print_document(
                receipt_document(sample_receipt(1), 48))).result(5)


def test_displays() -> None:
    conn = MemoryConnector(can_read=False)
    PoleDisplay(conn, width=20).show("ИТОГО", "1 234,50")
    assert conn.output.endswith("ИТОГО".ljust(20).encode("cp866") + "1 234,50".ljust(20).encode("cp866"))
    fake = FakeCustomerDisplay()
    fake.show("Сүт", "450,00")
    assert fake.lines == ("Сүт", "450,00")
