"""The network (port 9100) printer against a local TCP server answering DLE EOT."""

import socket
import threading

import pytest

from alsep_desktop.hardware.errors import PrinterOffline, PrinterPaperOut
from alsep_desktop.hardware.printer.config import PrinterConfig, build_printer
from alsep_desktop.hardware.printer.decode import decode
from alsep_desktop.hardware.printer.layout import receipt_document
from alsep_desktop.hardware.printer.samples import sample_receipt
from alsep_desktop.hardware.profiles import get_profile


class ToyPrinter:
    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]
        self.received = bytearray()
        self.paper = 0x12
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                while True:
                    data = conn.recv(65536)
                    if not data:
                        break
                    for req, reply in ((b"\x10\x04\x01", 0x12), (b"\x10\x04\x02", 0x12), (b"\x10\x04\x04", None)):
                        if data == req:
                            conn.sendall(bytes([self.paper if reply is None else reply]))
                            break
                    else:
                        self.received += data

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def toy():
    t = ToyPrinter()
    yield t
    t.close()


def test_prints_and_reports_paper_out(toy: ToyPrinter) -> None:
    printer = build_printer(PrinterConfig(kind="network", profile="epson-tm-t20ii", host="127.0.0.1",
                                          port=toy.port, timeout=2))
    doc = receipt_document(sample_receipt(2), 48)
    printer.print_document(doc)
    assert printer.status().known and printer.status().online
    printer.close()
    toy.thread.join(0.2)
    prof = get_profile("epson-tm-t20ii")
    d = decode(bytes(toy.received), {c.number: c.codec for c in prof.code_pages}, 48)
    assert [v[0] for k, v in d.events if k == "text"][:1] == [doc.text_lines()[0]]
    toy.paper = 0x72
    with pytest.raises(PrinterPaperOut):
        printer.print_document(doc)


def test_unreachable_printer_is_offline() -> None:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there
    printer = build_printer(PrinterConfig(kind="network", profile="epson-tm-t20ii", host="127.0.0.1", port=port, timeout=1))
    with pytest.raises(PrinterOffline) as err:
        printer.print_document(receipt_document(sample_receipt(1), 48))
    assert err.value.code == "printer.offline"
