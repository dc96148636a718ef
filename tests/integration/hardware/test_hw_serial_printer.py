"""The serial (RS-232 / virtual COM) printer through a real pseudo-terminal pair: the test plays
the printer on the master side, answering DLE EOT status requests and collecting the receipt."""

from __future__ import annotations

import os
import select
import threading
import tty

import pytest

from alsep_desktop.hardware.errors import PrinterPaperOut
from alsep_desktop.hardware.printer.config import PrinterConfig, build_printer
from alsep_desktop.hardware.printer.decode import decode
from alsep_desktop.hardware.printer.layout import receipt_document
from alsep_desktop.hardware.printer.samples import sample_receipt
from alsep_desktop.hardware.profiles import get_profile

STATUS = {b"\x10\x04\x01": 0x12, b"\x10\x04\x02": 0x12, b"\x10\x04\x04": None}


class PtyPrinter:
    def __init__(self, tmp_path) -> None:  # noqa: ANN001
        self.master, self.slave = os.openpty()
        tty.setraw(self.master)
        tty.setraw(self.slave)
        self.path = str(tmp_path / "ttyPrinter")
        os.symlink(os.ttyname(self.slave), self.path)
        self.received = bytearray()
        self.paper = 0x12
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        pending = bytearray()
        while not self.stop.is_set():
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if not ready:
                continue
            try:
                pending += os.read(self.master, 65536)
            except OSError:
                return
            while pending:
                for req, reply in STATUS.items():
                    if pending.startswith(req):
                        os.write(self.master, bytes([self.paper if reply is None else reply]))
                        del pending[: len(req)]
                        break
                else:
                    self.received.append(pending.pop(0))

    def close(self) -> None:
        self.stop.set()
        self.thread.join(1)
        os.close(self.master)
        os.close(self.slave)


@pytest.fixture
def pty_printer(tmp_path):  # noqa: ANN001, ANN201
    p = PtyPrinter(tmp_path)
    yield p
    p.close()


def test_serial_printer_prints_and_reads_status(pty_printer: PtyPrinter) -> None:
    printer = build_printer(PrinterConfig(kind="serial", profile="epson-tm-t20ii", device=pty_printer.path,
                                          baudrate=19200, timeout=2))
    doc = receipt_document(sample_receipt(2), 48)
    printer.print_document(doc)
    status = printer.status()
    assert status.known and status.online and not status.paper_out
    printer.close()
    prof = get_profile("epson-tm-t20ii")
    d = decode(bytes(pty_printer.received), {c.number: c.codec for c in prof.code_pages}, 48)
    texts = [v[0] for k, v in d.events if k == "text"]
    assert texts[:1] == [doc.text_lines()[0]] and len(texts) > 10
    pty_printer.paper = 0x72  # the paper-end sensor
    with pytest.raises(PrinterPaperOut):
        printer.print_document(doc)
