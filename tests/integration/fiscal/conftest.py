"""Fixtures: an in-process OFD sandbox on 127.0.0.1 (ephemeral port) and clients for it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from alsep_desktop.fiscal.client import OfdClient
from alsep_desktop.fiscal.sandbox import FiscalMemory, OfdSandbox
from alsep_desktop.fiscal.tokens import InMemoryTokenStore

OFD_DEVICE_ID = 1001
OFD_INITIAL_TOKEN = 555_000
OFD_SELLER_BIN = "111111111111"


@pytest.fixture
def ofd_sandbox() -> Iterator[OfdSandbox]:
    """A started sandbox with register ``OFD_DEVICE_ID`` / ``OFD_INITIAL_TOKEN``."""
    memory = FiscalMemory(seed=7)
    memory.register(OFD_DEVICE_ID, OFD_INITIAL_TOKEN, inn=OFD_SELLER_BIN)
    sandbox = OfdSandbox("127.0.0.1", 0, memory=memory, read_timeout=2.0).start()
    try:
        yield sandbox
    finally:
        sandbox.stop()


@pytest.fixture
def ofd_client_factory(ofd_sandbox: OfdSandbox) -> Callable[..., OfdClient]:
    """``make(retries=0, io_timeout=1.0, store=None)`` -> a client of ``ofd_sandbox``."""

    def make(*, retries: int = 0, io_timeout: float = 1.0, store: InMemoryTokenStore | None = None,
             device_id: int = OFD_DEVICE_ID, token: int = OFD_INITIAL_TOKEN,
             transaction_seconds: float = 0.0) -> OfdClient:
        """``transaction_seconds=0``: a 254/255 answer is the outcome at once (no resend)."""
        return OfdClient("127.0.0.1", ofd_sandbox.port, device_id, token, store or InMemoryTokenStore(),
                         connect_timeout=1.0, io_timeout=io_timeout, retries=retries, retry_delay=0.05,
                         transaction_seconds=transaction_seconds, busy_retry_delay=0.1)

    return make


@pytest.fixture
def ofd_client(ofd_client_factory: Callable[..., OfdClient]) -> OfdClient:
    return ofd_client_factory()
