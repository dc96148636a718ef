"""The serial scanner over a real pseudo-terminal, unplugged and plugged back."""

import os
import queue
import tty

from alsep_desktop.hardware.protocols import ScannerState
from alsep_desktop.hardware.scanner.serial import SerialScanner, SerialScannerConfig


def _pty_behind(link):
    master, slave = os.openpty()
    tty.setraw(slave)
    if os.path.lexists(link):
        os.unlink(link)
    os.symlink(os.ttyname(slave), link)
    return master, slave


def _wait_state(states: "queue.Queue[ScannerState]", wanted: ScannerState, timeout: float = 5.0) -> None:
    while True:
        if states.get(timeout=timeout) is wanted:
            return


def test_scans_survive_an_unplug(tmp_path) -> None:
    link = str(tmp_path / "ttyScanner")
    master, slave = _pty_behind(link)
    scans: queue.Queue = queue.Queue()
    states: queue.Queue = queue.Queue()
    scanner = SerialScanner(SerialScannerConfig(link, 9600, suffix="CR", backoff_max=0.2))
    scanner.start(scans.put, states.put)
    try:
        _wait_state(states, ScannerState.CONNECTED)
        os.write(master, b"4600439931257\r0104600439931256215Ab+Cx7\x1d93dGVz\r")
        assert scans.get(timeout=5).data == "4600439931257"
        assert scans.get(timeout=5).data == "0104600439931256215Ab+Cx7\x1d93dGVz"
        os.write(master, b"12345")  # half a scan, then the cable is pulled
        os.close(master)
        os.close(slave)
        _wait_state(states, ScannerState.DISCONNECTED)
        master, slave = _pty_behind(link)  # plugged back: a new device behind the same path
        _wait_state(states, ScannerState.CONNECTED)
        os.write(master, b"4870204391510\r")
        got = scans.get(timeout=5)
        assert got.data == "4870204391510" and got.source == link
        assert scanner.reconnects >= 1
    finally:
        scanner.stop()
        os.close(master)
        os.close(slave)
    assert scanner.state is ScannerState.STOPPED
    assert scans.empty()
