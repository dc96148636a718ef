"""Pushing the queue of documents to the cloud, in order, each once (decision 1407).

The head of the queue goes first; a document not ready yet (no fiscal sign) or waiting for its
backoff holds the ones behind it (the cloud derives shifts from «open» and «z», so order
matters). A 4xx other than an authentication failure is final for that document: it is kept
as ``refused`` with the cloud's sentence and the queue moves on; 401/403 stop the round.
"""

from __future__ import annotations

import json
import logging
import threading

from alsep_desktop.cloud_client.credentials import DeviceCredential
from alsep_desktop.cloud_client.errors import CloudRefused, CloudUnreachable
from alsep_desktop.cloud_client.http import CloudHttp
from alsep_desktop.kernel.clock import Clock
from alsep_desktop.store.repositories.sync import endpoint_of, retry_delay
from alsep_desktop.store.uow import UowFactory

log = logging.getLogger(__name__)


class QueuePusher:
    def __init__(self, uow: UowFactory, clock: Clock, http: CloudHttp, credential: DeviceCredential) -> None:
        self.uow = uow
        self.clock = clock
        self.http = http
        self.credential = credential
        self.last_refused: CloudRefused | None = None

    def push(self, *, timeout: float | None = None, stop: threading.Event | None = None,
             force: bool = False) -> int:
        """Send waiting documents until the queue is empty or its head must wait; returns how many went."""
        sent = 0
        while stop is None or not stop.is_set():
            now = self.clock.now()
            with self.uow() as w:
                head = w.sync.head(1)
                if not head:
                    return sent
                item = head[0]
                if item.next_attempt_at is not None and item.next_attempt_at > now and not force:
                    return sent
                body = w.sync.freeze(item, now)
                if body == "":
                    w.sync.mark_skipped(item.id, "the document was rejected by the OFD or is gone")
                    w.commit()
                    continue
                if body is None:
                    return sent  # not fiscalized yet: the next round
                push_id, kind, attempts = item.id, item.kind, item.attempts
                w.commit()
            doc = json.loads(body)
            try:
                self.http.request("POST", endpoint_of(kind, doc), bearer=self.credential.credential, json=doc,
                                  timeout=timeout)
            except CloudUnreachable as exc:
                with self.uow() as w:
                    w.sync.mark_failed(push_id, exc.message, self.clock.now() + retry_delay(attempts))
                    w.commit()
                raise
            except CloudRefused as exc:
                if exc.status in (401, 403):
                    raise
                log.warning("the cloud refused document %s: %s", doc.get("key"), exc.cloud_code)
                self.last_refused = exc
                with self.uow() as w:
                    w.sync.mark_refused(push_id, f"{exc.status} {exc.cloud_code}: {exc.cloud_message}",
                                        self.clock.now())
                    w.commit()
                continue
            with self.uow() as w:
                w.sync.mark_sent(push_id, self.clock.now())
                w.commit()
            sent += 1
        return sent
