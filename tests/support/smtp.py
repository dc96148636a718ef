"""A local SMTP server (aiosmtpd) on 127.0.0.1 that keeps the messages it receives."""

from __future__ import annotations

import email.message
import socket
from collections.abc import Iterator
from contextlib import contextmanager

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message


class Inbox(Message):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[email.message.Message] = []

    def handle_message(self, message) -> None:  # noqa: ANN001
        self.messages.append(message)


@contextmanager
def local_smtp() -> Iterator[tuple[Controller, Inbox]]:
    """(controller, inbox) of a started server; ``controller.port`` is its port."""
    inbox = Inbox()
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield controller, inbox
    finally:
        controller.stop()
