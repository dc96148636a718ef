"""Named operations of a receipt's output: paper, PDF, e-mail (decision 2122)."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alsep_desktop.services.printing import PrintingService
    from alsep_desktop.ui.counter import Counter
    from alsep_desktop.ui.ops import Done, Failed


def email_configured(counter: Counter, done: Done, failed: Failed) -> None:
    """Whether this PC can send a receipt by e-mail (the offer shows the button then)."""
    counter.ops.run(counter.printing.email_configured, done, failed)


def _save_pdf(printing: PrintingService, receipt_id: int, path: Path) -> Path:
    return printing.save_pdf(receipt_id, path) or path


def save_pdf(counter: Counter, receipt_id: int, path: Path, done: Done, failed: Failed) -> None:
    """The receipt as a PDF file; reports the path."""
    counter.ops.run(partial(_save_pdf, counter.printing, receipt_id, path), done, failed)


def email_receipt(counter: Counter, receipt_id: int, to: str, done: Done, failed: Failed) -> None:
    """The receipt to the buyer's address."""
    counter.ops.run(partial(counter.printing.email_receipt, receipt_id, to), done, failed)


def print_receipt(counter: Counter, receipt_id: int, *, duplicate: bool, done: Done, failed: Failed) -> None:
    """The receipt (or its duplicate) on paper."""
    counter.ops.run(partial(counter.printing.print_receipt, receipt_id, duplicate=duplicate), done, failed)
