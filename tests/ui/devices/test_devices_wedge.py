"""Keyboard-wedge scans vs people typing, through the application event filter (offscreen).

Keys meant for a focused text input pass at once (issue 11); bursts are claimed only with
another focus (here the form's button, which ignores letters: they reach the form) or, in a
text field, when they begin with the prefix the settings name."""

from __future__ import annotations

import pytest

from alsep_desktop.services.devices import DeviceSettings, WedgeSettings
from alsep_desktop.ui.devices.scanner_bridge import SCAN_AS_TEXT, ScannerBridge
from alsep_desktop.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from tests.ui.devices.conftest import ManualClock, send_key, type_text

CODE = "0104600439931256215Ab+Cx7\x1d93dGVz"
SCAN_GAP = 0.004  # a scanner: a few ms between keys
HUMAN_GAP = 0.18  # a quick person


class Form(QWidget):
    """A line edit and a button, and the keys that reached the form itself (propagated)."""

    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit(self)
        self.button = QPushButton("OK", self)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        lay = QVBoxLayout(self)
        for w in (self.edit, self.button, self.secret):
            lay.addWidget(w)
        self.propagated: list[str] = []
        self.entered = 0
        self.edit.returnPressed.connect(self._enter)

    def _enter(self) -> None:
        self.entered += 1

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001
        self.propagated.append(event.text())


@pytest.fixture
def setup(qtbot, kclock):
    form = Form()
    qtbot.addWidget(form)
    form.show()
    form.edit.setFocus()
    bridge = ScannerBridge(settings=DeviceSettings(), clock=kclock)
    bridge.install()
    scans: list[str] = []
    bridge.scanned.connect(scans.append)
    yield form, bridge, scans, kclock
    bridge.uninstall()


def test_focus_is_where_the_keys_go(setup) -> None:
    form, *_ = setup
    assert form.edit is form.window().focusWidget()


def test_scanner_burst_is_swallowed_and_emitted_with_gs(setup) -> None:
    form, bridge, scans, clock = setup
    form.button.setFocus()
    type_text(form.button, clock, CODE + "\r", SCAN_GAP)
    assert scans == [CODE] and "\x1d" in scans[0]
    assert form.edit.text() == "" and form.entered == 0 and form.propagated == []
    assert bridge.held_text == ""


def test_two_bursts_back_to_back_and_a_tab_suffix(setup) -> None:
    form, _, scans, clock = setup
    form.button.setFocus()
    type_text(form.button, clock, "4870001000029\r", SCAN_GAP)
    clock.t += 0.3
    type_text(form.button, clock, "4870001000012\t", SCAN_GAP)
    assert scans == ["4870001000029", "4870001000012"]
    assert form.propagated == []


def test_fast_typing_into_a_text_field_arrives_at_once_and_in_order(setup) -> None:
    """5 ms per key, then a click reads the field: nothing held, dropped or reordered."""
    form, bridge, scans, clock = setup
    type_text(form.edit, clock, "5000", 0.005)
    assert form.edit.text() == "5000" and bridge.held_text == ""  # before any timer ran
    type_text(form.edit, clock, "4870001000029\r", SCAN_GAP)  # a scan into a text field is its text
    assert form.edit.text() == "50004870001000029" and form.entered == 1 and scans == []


def test_a_prefixed_burst_is_claimed_in_a_text_field(qtbot, kclock) -> None:
    form = Form()
    qtbot.addWidget(form)
    form.show()
    form.edit.setFocus()
    bridge = ScannerBridge(settings=DeviceSettings(wedge=WedgeSettings(prefix="]~")), clock=kclock)
    bridge.install()
    scans: list[str] = []
    bridge.scanned.connect(scans.append)
    try:
        type_text(form.edit, kclock, "12", 0.005)
        type_text(form.edit, kclock, "]~4870001000029\r", SCAN_GAP)
        assert scans == ["4870001000029"] and form.edit.text() == "12" and form.entered == 0
        type_text(form.edit, kclock, "]x", 0.005)  # not the prefix: released in order at once
        assert form.edit.text() == "12]x" and bridge.held_text == ""
    finally:
        bridge.uninstall()


def test_human_typing_reaches_the_line_edit_in_order(setup) -> None:
    form, _, scans, clock = setup
    type_text(form.edit, clock, "Молоко 2,5%", HUMAN_GAP)
    clock.t += HUMAN_GAP
    type_text(form.edit, clock, "\r", HUMAN_GAP)
    assert form.edit.text() == "Молоко 2,5%"
    assert form.entered == 1  # Enter passed through to the line edit
    assert scans == []


def test_held_keys_are_released_by_poll_after_the_gap(setup) -> None:
    form, bridge, scans, clock = setup
    form.button.setFocus()
    type_text(form.button, clock, "12", 0.01)  # fast, but no terminator follows
    assert form.propagated == [] and bridge.held_text == "12"
    bridge.poll()  # too early: still held
    assert bridge.held_text == "12"
    clock.t += 0.2
    bridge.poll()
    assert form.propagated == ["1", "2"] and bridge.held_text == "" and scans == []


def test_the_timer_releases_typing_by_itself(qtbot) -> None:
    form = Form()
    qtbot.addWidget(form)
    form.show()
    form.button.setFocus()
    bridge = ScannerBridge(settings=DeviceSettings())  # the real clock and the real timer
    bridge.install()
    try:
        send_key(form.button, ord("A"), Qt.KeyboardModifier.ShiftModifier, "A")
        assert form.propagated == []  # held for a few ms
        qtbot.waitUntil(lambda: form.propagated == ["A"], timeout=2000)
    finally:
        bridge.uninstall()


def test_short_fast_burst_is_typing(setup) -> None:
    form, _, scans, clock = setup
    type_text(form.edit, clock, "12\r", SCAN_GAP)  # shorter than min_length: a person's quick "12⏎"
    assert form.edit.text() == "12" and form.entered == 1 and scans == []


def test_slow_start_then_fast_keys_is_typing(setup) -> None:
    form, _, scans, clock = setup
    type_text(form.edit, clock, "4", SCAN_GAP)
    clock.t += HUMAN_GAP  # a pause after the first key
    type_text(form.edit, clock, "870\r", SCAN_GAP)
    # "4" was released when the gap was seen; "870⏎" is too short to be a scan
    assert form.edit.text() == "4870" and scans == []


def test_navigation_key_releases_held_text_first(setup) -> None:
    form, _, scans, clock = setup
    type_text(form.edit, clock, "ab", HUMAN_GAP)  # "b" is still held
    send_key(form.edit, int(Qt.Key.Key_Left))
    type_text(form.edit, clock, "X", HUMAN_GAP)
    clock.t += 1
    form.edit.setFocus()
    type_text(form.edit, clock, "\r", HUMAN_GAP)
    assert form.edit.text() == "aXb" and scans == []


def test_password_fields_are_never_held(setup) -> None:
    form, bridge, scans, clock = setup
    form.secret.setFocus()
    type_text(form.secret, clock, "1234567\r", SCAN_GAP)
    assert form.secret.text() == "1234567" and scans == [] and bridge.held_text == ""


def test_scan_into_a_widget_that_asks_for_text(setup) -> None:
    form, _, scans, clock = setup
    form.edit.setProperty(SCAN_AS_TEXT, True)
    type_text(form.edit, clock, "4870001000029\r", SCAN_GAP)
    assert form.edit.text() == "4870001000029" and form.entered == 1 and scans == []


def test_keys_ignored_by_a_button_propagate_once(setup) -> None:
    form, _, scans, clock = setup
    form.button.setFocus()
    type_text(form.button, clock, "xyz", HUMAN_GAP)  # "z" is still held
    clock.t += 1
    type_text(form.button, clock, "4870001000029\r", SCAN_GAP)  # its first key releases "z"
    assert scans == ["4870001000029"]
    # the button ignores letters: each reached its parent once, the scan not at all
    assert form.propagated == ["x", "y", "z"]


def test_human_typing_in_a_dialog_and_enter_accepts_it(qtbot, kclock) -> None:
    dialog = QDialog()
    edit = QLineEdit(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, dialog)
    buttons.accepted.connect(dialog.accept)
    lay = QVBoxLayout(dialog)
    lay.addWidget(edit)
    lay.addWidget(buttons)
    qtbot.addWidget(dialog)
    dialog.show()
    edit.setFocus()
    bridge = ScannerBridge(settings=DeviceSettings(), clock=kclock)
    bridge.install()
    scans: list[str] = []
    bridge.scanned.connect(scans.append)
    try:
        type_text(edit, kclock, "1500", HUMAN_GAP)
        kclock.t += 1
        type_text(edit, kclock, "\r", HUMAN_GAP)
        assert edit.text() == "1500" and scans == []
        assert dialog.result() == QDialog.DialogCode.Accepted
    finally:
        bridge.uninstall()


def test_qtbot_keyclicks_scanner_and_person(qtbot, setup) -> None:
    form, _, scans, clock = setup
    clock.step = SCAN_GAP  # the filter reads the clock once per key: 4 ms between keys
    form.button.setFocus()
    qtbot.keyClicks(form.button, "4870001000029")
    qtbot.keyClick(form.button, Qt.Key.Key_Return)
    assert scans == ["4870001000029"] and form.edit.text() == ""
    form.edit.setFocus()
    clock.step = HUMAN_GAP
    qtbot.keyClicks(form.edit, "Kefir")
    qtbot.keyClick(form.edit, Qt.Key.Key_Return)
    assert form.edit.text() == "Kefir" and form.entered == 1 and scans == ["4870001000029"]


def test_suffixless_scanner_ends_by_silence(qtbot, kclock) -> None:
    form = Form()
    qtbot.addWidget(form)
    form.show()
    form.button.setFocus()
    settings = DeviceSettings(wedge=WedgeSettings(end_without_terminator=True))
    bridge = ScannerBridge(settings=settings, clock=kclock)
    bridge.install()
    scans: list[str] = []
    bridge.scanned.connect(scans.append)
    try:
        type_text(form.button, kclock, "4870001000029", SCAN_GAP)
        kclock.t += 0.2
        bridge.poll()
        assert scans == ["4870001000029"] and form.propagated == []
    finally:
        bridge.uninstall()


def test_paused_and_uninstalled_bridges_hold_nothing(setup) -> None:
    form, bridge, scans, clock = setup
    bridge.paused = True
    type_text(form.edit, clock, "4870001000029\r", SCAN_GAP)
    assert form.edit.text() == "4870001000029" and scans == []
    bridge.paused = False
    form.edit.clear()
    bridge.uninstall()
    type_text(form.edit, clock, "4870001000029\r", SCAN_GAP)
    assert form.edit.text() == "4870001000029" and scans == []


def test_manual_clock_steps() -> None:
    c = ManualClock(0.0, 0.5)
    assert (c(), c()) == (0.5, 1.0)


def test_decoder_prefix() -> None:
    from alsep_desktop.hardware.scanner.wedge import WedgeDecoder, WedgeScan

    d = WedgeDecoder(prefix="]~")
    assert not WedgeDecoder().continues_prefix("]", 0.0)
    assert d.continues_prefix("]", 0.0) and not d.continues_prefix("x", 0.0)
    out = []
    for i, ch in enumerate("]~12345\r"):
        assert d.continues_prefix(ch, i * 0.004)
        out += d.feed(ch, i * 0.004)
    assert out == [WedgeScan("12345", 2)]
