"""Named operations of the documents the cloud refused (decision 1417, 2122)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alsep_desktop.domain.roles import Principal
    from alsep_desktop.ui.counter import Counter
    from alsep_desktop.ui.ops import Done, Failed


def refused_documents(counter: Counter, actor: Principal, done: Done, failed: Failed) -> None:
    """What the cloud refused: the document, when, the cloud's reason."""
    counter.ops.run(partial(counter.services.cloud_refused.list, actor), done, failed)


def retry_refused(counter: Counter, actor: Principal | None, document_id: int, done: Done, failed: Failed) -> None:
    """«Повторить»: the document back in the queue for the cloud (an administrator's)."""
    counter.ops.run(partial(counter.services.cloud_refused.retry, actor, document_id), done, failed)
