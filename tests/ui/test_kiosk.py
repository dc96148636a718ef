"""Kiosk mode (issue 16): close, Alt+F4 and Ctrl+Q are refused without an administrator's
credentials and allowed with them; real key and mouse events through pytest-qt (offscreen)."""

from __future__ import annotations

import pytest

from alsep_desktop.app.demo import ADMIN, CASHIER, ensure_demo
from alsep_desktop.ui.kiosk import KioskGuard, check_with_auth, should_hide_cursor
from alsep_desktop.ui.main_window import MainWindow
from alsep_desktop.ui.qt import QApplication, Qt
from alsep_desktop.ui.start_screen import StartScreen


@pytest.fixture
def kiosk(qtbot, sqlite_ctx):  # noqa: ANN001, ANN201
    ensure_demo(sqlite_ctx)
    window = MainWindow(sqlite_ctx, run_selftest=False)
    qtbot.addWidget(window)
    guard = KioskGuard(window, check_with_auth(sqlite_ctx.auth), hide_cursor="never")
    window.kiosk_guard = guard
    guard.show()
    qtbot.waitExposed(window)
    yield window, guard
    guard.release()
    window.close()
    guard.uninstall()


def _sign(qtbot, guard: KioskGuard, login: str, password: str) -> None:  # noqa: ANN001
    dialog = guard.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.email, login)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_window_is_full_screen_on_top_without_frame(kiosk) -> None:  # noqa: ANN001
    window, _ = kiosk
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert window.isFullScreen()


def test_close_is_refused_and_asks_for_an_admin(qtbot, kiosk) -> None:  # noqa: ANN001
    window, guard = kiosk
    assert window.close() is False
    assert window.isVisible()
    assert guard.refused == 1
    qtbot.waitUntil(lambda: guard.dialog is not None and guard.dialog.isVisible())


@pytest.mark.parametrize("key, mods", [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
], ids=["alt-f4", "ctrl-q"])
def test_exit_keys_are_refused_without_admin_credentials(qtbot, kiosk, key, mods) -> None:  # noqa: ANN001
    window, guard = kiosk
    qtbot.keyClick(window.focusWidget() or window, key, mods)
    qtbot.waitUntil(lambda: guard.dialog is not None and guard.dialog.isVisible())
    assert window.isVisible() and not guard.released
    # a wrong password: refused, the reason said, the window stays
    _sign(qtbot, guard, ADMIN[0], "not-the-password")
    assert guard.dialog is not None and guard.dialog.isVisible()
    assert guard.dialog.message.text() != ""
    assert window.isVisible()
    # a cashier is not an administrator: refused too
    guard.dialog.email.clear()
    _sign(qtbot, guard, CASHIER[0], CASHIER[1])
    assert window.isVisible() and not guard.released
    # «Вернуться к работе»: the dialog goes, the kiosk stays
    qtbot.mouseClick(guard.dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: guard.dialog is None)
    assert window.isVisible()


@pytest.mark.parametrize("key, mods", [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
], ids=["alt-f4", "ctrl-q"])
def test_exit_keys_close_with_admin_credentials(qtbot, kiosk, key, mods) -> None:  # noqa: ANN001
    window, guard = kiosk
    qtbot.keyClick(window.focusWidget() or window, key, mods)
    qtbot.waitUntil(lambda: guard.dialog is not None and guard.dialog.isVisible())
    _sign(qtbot, guard, *ADMIN)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert guard.released


def test_close_button_path_with_admin_credentials(qtbot, kiosk) -> None:  # noqa: ANN001
    window, guard = kiosk
    window.close()
    qtbot.waitUntil(lambda: guard.dialog is not None and guard.dialog.isVisible())
    qtbot.keyClicks(guard.dialog.email, ADMIN[0])
    qtbot.keyClicks(guard.dialog.password, ADMIN[1])
    qtbot.keyClick(guard.dialog.password, Qt.Key.Key_Return)  # Enter signs
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_system_may_stop_a_kiosk(kiosk) -> None:  # noqa: ANN001
    window, guard = kiosk
    guard.release()  # what SIGTERM does (ui/app.py)
    assert window.close() is True
    assert guard.refused == 0


def test_cursor_setting(qtbot) -> None:  # noqa: ANN001
    assert should_hide_cursor("always") is True
    assert should_hide_cursor("never") is False
    # the offscreen platform has no touch screen
    assert should_hide_cursor("touch") is False


def test_cursor_hidden_when_configured(qtbot, sqlite_ctx) -> None:  # noqa: ANN001
    window = MainWindow(sqlite_ctx, run_selftest=False)
    qtbot.addWidget(window)
    guard = KioskGuard(window, lambda *_: None, hide_cursor="always")
    try:
        cursor = QApplication.overrideCursor()
        assert cursor is not None and cursor.shape() == Qt.CursorShape.BlankCursor
    finally:
        guard.uninstall()
        guard.release()
    assert QApplication.overrideCursor() is None


def test_start_screen_says_each_step_and_a_failure_plainly(qtbot) -> None:  # noqa: ANN001
    from alsep_desktop.store.errors import StoreError

    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    seen: list[str] = []
    ok = screen.run([("Opening the store", lambda: seen.append(screen.step.text())),
                     ("Starting devices", lambda: seen.append(screen.step.text()))])
    assert ok and seen == ["Opening the store", "Starting devices"]
    ok = screen.run([("Opening the store", lambda: (_ for _ in ()).throw(StoreError()))])
    assert not ok and screen.failed
    assert screen.close_button.isVisible()
    assert screen.step.text().startswith("Opening the store\n")
    assert "Traceback" not in screen.step.text()


def test_entry_point_starts_a_kiosk_through_the_start_screen(tmp_path) -> None:  # noqa: ANN001
    """``alsep-desktop --kiosk``: the start screen's steps, then the kiosk window (the hidden
    ``--quit-after-ms`` leaves as the system would)."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ALSEP_DATA_DIR=str(tmp_path / "data"))
    ready = tmp_path / "ready"
    proc = subprocess.run([sys.executable, "-m", "alsep_desktop", "--kiosk", "--quit-after-ms", "300",
                           "--ready-file", str(ready)], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert ready.exists() and float(ready.read_text()) > 0
    assert (tmp_path / "data" / "alsep.sqlite").exists()


def test_start_screen_can_be_cancelled_between_steps(qtbot) -> None:  # noqa: ANN001
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    ran: list[str] = []

    def first() -> None:  # works for a while on its thread; the screen keeps answering
        import time

        ran.append("store")
        time.sleep(0.5)

    from alsep_desktop.ui.qt import QTimer

    QTimer.singleShot(100, lambda: qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton))
    ok = screen.run([("Opening the store", first), ("Starting devices", lambda: ran.append("devices"))])
    assert not ok and screen.cancelled and not screen.failed
    assert ran == ["store"]  # the step under way finished; the next one never started
    assert not screen.cancel_button.isEnabled()


# -- an administrator's PIN also leaves the kiosk (decision 1607) --------------------------------
ADMIN_PIN = "4321"


def _give_admin_a_pin(ctx) -> None:  # noqa: ANN001
    ctx.auth.set_pin(ctx.auth.login(*ADMIN), ADMIN_PIN)


def test_admin_pin_typed_with_keys_closes_the_kiosk(qtbot, kiosk, sqlite_ctx) -> None:  # noqa: ANN001
    window, guard = kiosk
    _give_admin_a_pin(sqlite_ctx)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: guard.dialog is not None and guard.dialog.isVisible())
    # the cashier's PIN (1234) is a PIN, but the cashier is no administrator
    _sign(qtbot, guard, CASHIER[0], CASHIER[2])
    assert window.isVisible() and not guard.released
    assert guard.dialog.password.text() == ""  # cleared for the next try
    guard.dialog.email.clear()
    qtbot.keyClicks(guard.dialog.email, ADMIN[0])
    qtbot.keyClicks(guard.dialog.password, ADMIN_PIN)
    qtbot.keyClick(guard.dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert guard.released


def test_wrong_pins_share_the_prompt_lockout_with_passwords(qtbot, kiosk, sqlite_ctx) -> None:  # noqa: ANN001
    from alsep_desktop.ui.cashier.common import error_text

    window, guard = kiosk
    _give_admin_a_pin(sqlite_ctx)
    window.close()
    qtbot.waitUntil(lambda: guard.dialog is not None and guard.dialog.isVisible())
    dialog = guard.dialog
    wrong = ["9999", "wrong-password", "0000", "not-it", "1111"]  # five tries: PINs and passwords alike
    for n, secret in enumerate(wrong, start=1):
        dialog.email.clear()
        _sign(qtbot, guard, ADMIN[0], secret)
        assert window.isVisible() and not guard.released
        if n < len(wrong):
            assert dialog.message.text() == error_text(_rejected(len(wrong) - n)), dialog.message.text()
    # locked now: the right PIN is refused too, with the time the lock ends
    dialog.email.clear()
    _sign(qtbot, guard, ADMIN[0], ADMIN_PIN)
    assert window.isVisible() and not guard.released
    assert ":" in dialog.message.text() and dialog.message.text() != error_text(_rejected(1))


def _rejected(tries_left: int):  # noqa: ANN202
    from alsep_desktop.services.auth import AdminPinPromptRejected

    return AdminPinPromptRejected(tries_left=tries_left)


def test_pin_rules_of_the_service(sqlite_ctx, clock) -> None:  # noqa: ANN001
    """Only with ``pin_allowed``; never for a cashier; not once the PIN's own lockout disabled it."""
    from datetime import timedelta

    from alsep_desktop.errors import PermissionDenied
    from alsep_desktop.services.auth import (
        AccountLocked,
        AdminPromptRejected,
        InvalidCredentials,
        PinDisabled,
    )

    ensure_demo(sqlite_ctx)
    auth = sqlite_ctx.auth
    _give_admin_a_pin(sqlite_ctx)
    check = check_with_auth(auth)
    assert check(ADMIN[0], ADMIN_PIN).is_admin
    assert check(ADMIN[0], ADMIN[1]).is_admin  # the password still works
    # the returns' and Z's prompt takes no PIN
    with pytest.raises(AdminPromptRejected):
        auth.require_admin_credentials(ADMIN[0], ADMIN_PIN, method="z_report")
    with pytest.raises(PermissionDenied):  # the cashier's own PIN: right, but no administrator
        check(CASHIER[0], CASHIER[2])
    # three PIN lockouts on the lock screen disable the admin's PIN until a password sign-in
    admin_id = auth.login(*ADMIN).user_id
    for minutes in (1, 2, 4):
        for _ in range(5):
            with pytest.raises(InvalidCredentials):
                auth.login_pin(admin_id, "0000")
        with pytest.raises((AccountLocked, PinDisabled)):
            auth.login_pin(admin_id, ADMIN_PIN)
        clock.advance(timedelta(minutes=minutes, seconds=5))
    with pytest.raises(PinDisabled):
        auth.login_pin(admin_id, ADMIN_PIN)
    with pytest.raises(InvalidCredentials):
        check(ADMIN[0], ADMIN_PIN)
    assert check(ADMIN[0], ADMIN[1]).is_admin
