"""A scripted :class:`DeviceHandler` for tests, benches and headless runs (the UI has the real one)."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from alsep_desktop.hardware.errors import HardwareError


class ScriptedHandler:
    def __init__(self, retries: Iterable[bool] = (), pins: Iterable[str | None] = ()) -> None:
        self._retries = deque(retries)
        self._pins = deque(pins)
        self.asked: list[tuple[str, str]] = []  # (device, error code)
        self.notices: list[tuple[str, str]] = []

    def ask_retry(self, device: str, error: HardwareError) -> bool:
        self.asked.append((device, error.code))
        return self._retries.popleft() if self._retries else False

    def ask_pin(self, device: str, prompt: str) -> str | None:
        return self._pins.popleft() if self._pins else None

    def notify(self, device: str, code: str) -> None:
        self.notices.append((device, code))
