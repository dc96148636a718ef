"""The counter with configured devices: a serial scanner on a pty and a webcam (a video file) fill
the basket, and the sale prints through a FILE printer connector whose bytes are decoded."""

from __future__ import annotations

import os
import tty
from dataclasses import replace

import cv2
import numpy as np

from alsep_desktop.app.demo import ADMIN
from alsep_desktop.domain.marking import GS
from alsep_desktop.hardware.printer.decode import canon, decode, read_raster_line
from alsep_desktop.hardware.profiles import get_profile
from alsep_desktop.hardware.scanner.synth import frame_with_code
from alsep_desktop.services.devices import CameraSettings, PrinterSettings, SerialScannerSettings
from alsep_desktop.ui.main_window import MainWindow
from alsep_desktop.ui.qt import QApplication
from alsep_desktop.ui.translator import set_language
from tests.support.pos import make_pos
from tests.ui.cashier.conftest import Counter

MARKED = f"0104600000000107215Ab+Cx7{GS}93dGVz"  # the demo's marked cigarettes (EAN-13 4600000000107)


def _video(path: str) -> None:
    writer = cv2.VideoWriter(path, cv2.VideoWriter_fourcc(*"MJPG"), 10, (640, 360))
    blank = np.full((360, 640), 180, np.uint8)
    for f in [blank] * 2 + [frame_with_code(MARKED, size=(640, 360), module=5)] * 2 + [blank] * 3:
        writer.write(cv2.cvtColor(f, cv2.COLOR_GRAY2BGR))
    writer.release()


def test_scanners_and_file_printer_end_to_end(qtbot, tmp_path) -> None:
    set_language(QApplication.instance(), "ru")
    pos = make_pos(tmp_path)
    master, slave = os.openpty()
    tty.setraw(slave)
    link = str(tmp_path / "ttyScanner")
    os.symlink(os.ttyname(slave), link)
    out = tmp_path / "printer.bin"
    video = str(tmp_path / "camera.avi")
    _video(video)
    admin = pos.ctx.auth.login(*ADMIN)
    settings = pos.ctx.devices.load()
    settings = replace(
        settings,
        printer=PrinterSettings(no_printer=False, paper_mm=58, kind="file", device=str(out), profile="generic-58",
                                check_status=False),
        serial_scanner=SerialScannerSettings(enabled=True, port=link, suffix="CR"),
        camera=CameraSettings(file=video),
    )
    pos.ctx.devices.save(admin, settings)
    window = MainWindow(pos.ctx, run_selftest=False)
    qtbot.addWidget(window)
    window.show()
    counter = Counter(pos, window, None, qtbot)  # type: ignore[arg-type]
    try:
        counter.bind()
        counter.login()
        states: list[tuple[str, str]] = []
        window.scanners.state_changed.connect(lambda src, st: states.append((src, st)))
        window.install_scanners(QApplication.instance())
        qtbot.waitUntil(lambda: ("serial", "connected") in states, timeout=5000)
        os.write(master, b"4870001000029\r")  # the serial scanner reads a milk barcode
        qtbot.waitUntil(lambda: len(window.sale.basket.lines) == 1, timeout=5000)
        window.camera_action.setChecked(True)  # the webcam reads the pack's DataMatrix
        qtbot.waitUntil(lambda: len(window.sale.basket.lines) == 2, timeout=20_000)
        window.camera_action.setChecked(False)
        lines = window.sale.basket.lines
        assert lines[0].barcode == "4870001000029" and lines[1].marking_code == MARKED
        window.sale.pay()
        window.sale.dialog.received.setText("2000")
        window.sale.dialog.confirm()
        qtbot.waitUntil(lambda: getattr(window.sale, "last_result", None) is not None, timeout=10_000)
        qtbot.waitUntil(lambda: "напечатан" in window.sale.message.text(), timeout=10_000)
    finally:
        window.close()
        os.close(master)
        os.close(slave)
        pos.ctx.close()
        pos.stop_ofd()
    result = window.sale.last_result
    profile = get_profile("generic-58")
    printed = decode(out.read_bytes(), {cp.number: cp.codec for cp in profile.code_pages}, profile.columns)
    # the demo company's name has Kazakh letters and this profile has no Kazakh code page: the
    # receipt went out as raster strips, read back glyph by glyph
    rows = [canon(read_raster_line(strip, profile.columns)[0]) for strip in printed.rasters() if strip.height == 24]
    text = "\n".join(rows)
    assert canon(result.fiscal_sign) in text
    assert canon("1 620,00") in text or canon("1620.00") in text
    assert canon("Демо Дүкен") in text
    assert printed.of_kind("kick"), "a cash sale opens the drawer"
