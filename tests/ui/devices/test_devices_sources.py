"""Serial (a real pty pair) and camera (a generated video file) scans arrive on the GUI thread."""

from __future__ import annotations

import os
import threading
import tty

import cv2
import numpy as np

from alsep_desktop.hardware.scanner.fake import FakeScanner
from alsep_desktop.hardware.scanner.synth import frame_with_code
from alsep_desktop.services.devices import DeviceSettings, SerialScannerSettings
from alsep_desktop.ui.devices.scanner_bridge import ScannerBridge

CODE = "0104600439931256215Ab+Cx7\x1d93dGVz"
OTHER = "0104870204391510215Zz9Kk1\x1d93AbCd"


def _pty(tmp_path):  # noqa: ANN001, ANN202
    master, slave = os.openpty()
    tty.setraw(slave)
    link = str(tmp_path / "ttyScanner")
    os.symlink(os.ttyname(slave), link)
    return master, slave, link


def test_serial_scans_arrive_as_signals_on_the_gui_thread(qtbot, tmp_path) -> None:
    master, slave, link = _pty(tmp_path)
    settings = DeviceSettings(serial_scanner=SerialScannerSettings(enabled=True, port=link, suffix="CR"))
    bridge = ScannerBridge(settings=settings)
    got: list[tuple[str, str, int]] = []
    states: list[tuple[str, str]] = []
    bridge.scanned_from.connect(lambda src, code: got.append((src, code, threading.get_ident())))
    bridge.state_changed.connect(lambda src, st: states.append((src, st)))
    try:
        bridge.install()
        qtbot.waitUntil(lambda: ("serial", "connected") in states, timeout=5000)
        with qtbot.waitSignal(bridge.scanned, timeout=5000) as blocker:
            os.write(master, CODE.encode("latin-1") + b"\r")
        assert blocker.args == [CODE]
        os.write(master, b"4870001000029\r")
        qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    finally:
        bridge.uninstall()
        os.close(master)
        os.close(slave)
    assert [(s, c) for s, c, _ in got] == [("serial", CODE), ("serial", "4870001000029")]
    assert {t for *_, t in got} == {threading.main_thread().ident}
    assert states[-1] == ("serial", "stopped")


def test_camera_scans_from_a_video_file(qtbot, tmp_path) -> None:
    path = str(tmp_path / "scan.avi")
    writer = cv2.VideoWriter(path, cv2.VideoWriter_fourcc(*"MJPG"), 10, (640, 360))
    assert writer.isOpened()
    blank = np.full((360, 640), 180, np.uint8)
    frames = [blank] * 2 + [frame_with_code(CODE, size=(640, 360), module=5)] * 2
    frames += [blank] * 20 + [frame_with_code(OTHER, size=(640, 360), module=5)]
    for f in frames:
        writer.write(cv2.cvtColor(f, cv2.COLOR_GRAY2BGR))
    writer.release()
    bridge = ScannerBridge(settings=DeviceSettings())
    got: list[tuple[str, str, int]] = []
    states: list[str] = []
    bridge.scanned_from.connect(lambda src, code: got.append((src, code, threading.get_ident())))
    bridge.state_changed.connect(lambda src, st: src == "camera" and states.append(st))
    bridge.start_camera(path)
    try:
        assert bridge.camera_running
        qtbot.waitUntil(lambda: "finished" in states, timeout=20_000)
    finally:
        bridge.stop_camera()
    assert [c for _, c, _ in got] == [CODE, OTHER]  # GS kept; CODE seen twice counts once
    assert {s for s, _, _ in got} == {"camera"} and {t for *_, t in got} == {threading.main_thread().ident}
    assert not bridge.camera_running and states[-1] == "stopped"


def test_camera_that_cannot_open_reports_finished_and_no_scan(qtbot, tmp_path) -> None:
    bridge = ScannerBridge(settings=DeviceSettings())
    scans: list[str] = []
    bridge.scanned.connect(scans.append)
    with qtbot.waitSignal(bridge.state_changed, timeout=10_000,
                          check_params_cb=lambda src, st: st == "finished"):
        bridge.start_camera(str(tmp_path / "missing.avi"))
    bridge.stop_camera()
    assert scans == []


def test_any_scanner_source_can_be_plugged_as_camera(qtbot) -> None:
    bridge = ScannerBridge(settings=DeviceSettings())
    with qtbot.waitSignals([bridge.scanned, bridge.scanned], timeout=5000):
        bridge.start_camera(scanner=FakeScanner([CODE, "4870001000029"]))
    bridge.stop_camera()
