"""The national catalogue of goods (НКТ) by barcode: ``COMMAND_NOMENCLATURE`` with ``barcode``
(spec §3.7, new in 2.0.3), read into a typed, Qt-free answer. Decision 2200 is the flow.

* ``ask_nkt(client, barcode)`` sends the lookup in the register's own OFD session (its token and
  request numbers). The caller holds the register's OFD lock -- the one fiscal documents are
  delivered under (``services.fiscal_delivery.OfdChannel.lock``): the token is per register and
  sequential (spec §2), so a second, concurrent client with the same token must never exist.
  A lookup is a service command: it is not sent while a document is unanswered (spec §2, p. 5.2);
  the outcome then says ``NktDeferred`` and nothing went on the wire.
* ``read_lookup(outcome, barcode, answered_at)`` turns the outcome into an ``NktLookup``: the item
  (``found``) or result 3 ``ELEMENT_NOT_FOUND_BY_BARCODE`` (``found == False``, not an error); no
  answer, a refusal or an unreadable answer raise the typed ``NktError`` subclasses of
  ``fiscal.errors`` (stable codes ``fiscal.nkt_*``, sentences in ``fiscal.messages``).
* ``LookupPacer`` paces lookups per register (``pacer_for(device_id)``) and ``NktCache`` keeps
  answers with their date, in memory. The persistent cache (a store table) comes later; it can be
  filled from ``NktCache.entries()`` and seeded with ``put``.
* ``lookup_barcode`` joins them for a caller that already holds the lock (tests, the bench).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from alsep_desktop.domain.quantity import Unit
from alsep_desktop.fiscal.client import OfdClient, OfdOutcome, OutcomeStatus
from alsep_desktop.fiscal.codec import parse_message
from alsep_desktop.fiscal.convert import datetime_from_pb, money_from_pb
from alsep_desktop.fiscal.errors import (
    NktBadAnswer,
    NktBadBarcode,
    NktDeferred,
    NktOffline,
    NktRefused,
    NktUnavailable,
    OfdProtocolError,
)
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.requests import nomenclature_request
from alsep_desktop.kernel.clock import Clock

NR = pb.NomenclatureResponse
#: Longest barcode asked (GTIN-14 and the EAN family are 8-14 digits; a shop's own code may be longer).
MAX_BARCODE_LENGTH = 48
#: Default pacing per register: a burst of 3 lookups, then one every 0.5 s (decision 2200).
PACE_INTERVAL_S = 0.5
PACE_BURST = 3
#: How long a cached answer is used before the OFD is asked again (decision 2200).
FOUND_FRESH_FOR = timedelta(days=7)
NOT_FOUND_FRESH_FOR = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class NktItem:
    """One product as the national catalogue gives it (``Element`` + its ``Item``)."""

    element_id: int
    barcode: str
    title: str  # Element.title: the name in Russian, the receipt's НКТ name
    title_kk: str  # Element.title_kk ("" when the catalogue has none)
    ntin: str  # Item.ntin ("" when none)
    measure_unit_code: str  # OKEI-style code ("796" piece, "166" kilogram ...); "" when none
    measure_title: str = ""
    measure_fractional: bool = False  # sold in fractions of the unit (weighed goods)
    is_markedeac: bool = False  # marked goods: sold only with a marking code per unit
    is_social: bool = False  # socially important goods
    article: str = ""
    description: str = ""
    sell_price_tiyn: int | None = None  # a reference price when the catalogue gives one
    parent_group_id: int | None = None

    @property
    def unit(self) -> Unit | None:
        """The app's unit for ``measure_unit_code`` (None: a code the app does not know)."""
        try:
            return Unit(self.measure_unit_code)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class NktLookup:
    """The answer to one barcode: the item, or "the catalogue does not know it" (``item is None``)."""

    barcode: str
    item: NktItem | None
    version: int | None  # the catalogue version the answer names; None for an empty (0) version
    created_time: datetime | None  # NomenclatureResponse.created_time, when given
    answered_at: datetime  # when this register got the answer (the cache's date)

    @property
    def found(self) -> bool:
        return self.item is not None


def normalize_barcode(raw: str) -> str:
    """The barcode as asked: surrounding spaces removed; empty, too long or non-printable refused."""
    barcode = (raw or "").strip()
    if not barcode:
        raise NktBadBarcode(barcode=raw, reason="empty")
    if len(barcode) > MAX_BARCODE_LENGTH:
        raise NktBadBarcode(barcode=raw, reason=f"longer than {MAX_BARCODE_LENGTH} characters")
    if not all(33 <= ord(ch) < 127 for ch in barcode):
        raise NktBadBarcode(barcode=raw, reason="only printable ASCII without spaces")
    return barcode


def barcode_request(barcode: str) -> pb.Request:
    """``Request{COMMAND_NOMENCLATURE, nomenclature{barcode}}``: no ``current_version`` (optional
    since 203; with it the OFD could answer VERSION_IS_ACTUAL instead of the item) and no service
    block (not a document, spec §3.6)."""
    return nomenclature_request(barcode=normalize_barcode(barcode))


def ask_nkt(client: OfdClient, barcode: str) -> OfdOutcome:
    """Send the lookup in ``client``'s session; the caller holds the register's OFD lock.

    An unanswered DOCUMENT of the session is never resent from here (its verdict belongs to the
    delivery service): the lookup is then not sent and the outcome carries ``NktDeferred``. An
    unanswered earlier lookup is resent first by the client, as any unanswered request (decision
    0106), so the token chain stays whole.
    """
    request = barcode_request(barcode)
    state = client.state()
    if state.pending_payload is not None and _command_of(state.pending_payload) != pb.COMMAND_NOMENCLATURE:
        error = NktDeferred()
        return OfdOutcome(OutcomeStatus.NOT_SENT, pb.COMMAND_NOMENCLATURE, state.req_num, 0,
                          reason=str(error), error=error)
    return client.call(request)


def read_lookup(outcome: OfdOutcome, barcode: str, answered_at: datetime) -> NktLookup:
    """The typed answer of a lookup outcome (see the module doc); raises an ``NktError``."""
    barcode = normalize_barcode(barcode)
    if isinstance(outcome.error, NktDeferred):
        raise outcome.error
    if outcome.status is OutcomeStatus.REJECTED:
        raise NktRefused(outcome.result_code or 0, outcome.reason)
    if outcome.status is not OutcomeStatus.ACCEPTED or outcome.response is None:
        raise NktOffline(detail=outcome.error.code if outcome.error is not None else "no answer")
    response = outcome.response
    if not response.HasField("nomenclature"):
        raise NktBadAnswer(detail="the answer has no nomenclature")
    nom = response.nomenclature
    version = nom.version or None
    created = datetime_from_pb(nom.created_time) if nom.HasField("created_time") else None
    if nom.result == NR.RESULT_TYPE_ELEMENT_NOT_FOUND_BY_BARCODE:
        return NktLookup(barcode, None, version, created, answered_at)
    if nom.result == NR.RESULT_TYPE_NO_VERSION:
        raise NktUnavailable()
    if nom.result != NR.RESULT_TYPE_OK:
        raise NktBadAnswer(detail=f"result {nom.result} to a barcode question")
    element = _element_for(nom, barcode)
    return NktLookup(barcode, _item_of(element, barcode), version, created, answered_at)


def _element_for(nom: pb.NomenclatureResponse, barcode: str) -> pb.NomenclatureResponse.Element:
    items = [e for e in nom.elements if e.type == NR.ITEM and e.HasField("item")]
    if not items:
        raise NktBadAnswer(detail="result OK without an item")
    same = [e for e in items if same_code(e.item.barcode, barcode)]
    if same:
        return same[0]
    if len(items) == 1 and not items[0].item.barcode:
        return items[0]
    raise NktBadAnswer(detail=f"the item is for barcode {items[0].item.barcode!r}, not {barcode!r}")


def _item_of(element: pb.NomenclatureResponse.Element, barcode: str) -> NktItem:
    item = element.item
    try:
        price = money_from_pb(item.sell_price) if item.HasField("sell_price") else None
    except OfdProtocolError as exc:
        raise NktBadAnswer(detail=str(exc)) from exc
    return NktItem(
        element_id=element.id, barcode=item.barcode or barcode, title=element.title, title_kk=element.title_kk,
        ntin=item.ntin, measure_unit_code=item.measure_unit_code, measure_title=item.measure_title,
        measure_fractional=item.measure_fractional, is_markedeac=item.is_markedeac, is_social=item.is_social,
        article=item.article, description=item.description, sell_price_tiyn=price,
        parent_group_id=element.parent_group_id if element.HasField("parent_group_id") else None,
    )


def same_code(a: str, b: str) -> bool:
    """Equal barcodes; digit codes compare as GTINs (EAN-13 ``4870…`` equals GTIN-14 ``04870…``)."""
    if a.isdigit() and b.isdigit():
        return a.lstrip("0") == b.lstrip("0")
    return a == b


def _command_of(payload: bytes) -> int:
    try:
        return int(parse_message(pb.Request, payload, check_strings=False).command)
    except OfdProtocolError:
        return -1


# -- pacing ---------------------------------------------------------------------------------------
class LookupPacer:
    """A token bucket per register: ``burst`` lookups at once, then one per ``interval`` seconds.

    ``wait()`` blocks until the next lookup may go and takes its slot; call it BEFORE taking the
    register's OFD lock, so pacing never holds a sale's delivery back. ``take()`` takes the slot and
    returns the seconds to wait instead (for a caller that waits its own way, e.g. with a cancel).
    ``interval=0`` does not pace. Thread-safe.
    """

    def __init__(self, interval: float = PACE_INTERVAL_S, burst: int = PACE_BURST, *,
                 monotonic: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if interval < 0 or burst < 1:
            raise ValueError("interval must be >= 0 and burst >= 1")
        self.interval, self.burst = interval, burst
        self._monotonic, self._sleep = monotonic, sleep
        self._lock = threading.Lock()
        self._tokens = float(burst)
        self._at = monotonic()
        self.taken = 0

    def take(self) -> float:
        with self._lock:
            self.taken += 1
            if self.interval == 0:
                return 0.0
            now = self._monotonic()
            self._tokens = min(float(self.burst), self._tokens + (now - self._at) / self.interval)
            self._at = now
            self._tokens -= 1.0
            return 0.0 if self._tokens >= 0 else -self._tokens * self.interval

    def wait(self) -> float:
        delay = self.take()
        if delay > 0:
            self._sleep(delay)
        return delay


_PACERS: dict[int, LookupPacer] = {}
_PACERS_LOCK = threading.Lock()


def pacer_for(device_id: int) -> LookupPacer:
    """The process's pacer of one register (one register, one process: decision 0011)."""
    with _PACERS_LOCK:
        pacer = _PACERS.get(device_id)
        if pacer is None:
            pacer = _PACERS[device_id] = LookupPacer()
        return pacer


# -- cache ----------------------------------------------------------------------------------------
class NktCache:
    """Answers by barcode with their date, in memory (the store's persistent cache comes later).

    A found item is used for ``found_for`` after its answer, a "not found" for ``not_found_for``
    (the catalogue grows; an unknown barcode is asked again sooner). Thread-safe.
    """

    def __init__(self, clock: Clock, *, found_for: timedelta = FOUND_FRESH_FOR,
                 not_found_for: timedelta = NOT_FOUND_FRESH_FOR) -> None:
        self._clock = clock
        self.found_for, self.not_found_for = found_for, not_found_for
        self._lock = threading.Lock()
        self._entries: dict[str, NktLookup] = {}
        self.hits = self.misses = 0

    @staticmethod
    def _key(barcode: str) -> str:
        code = barcode.strip()
        return code.lstrip("0") if code.isdigit() else code

    def get(self, barcode: str) -> NktLookup | None:
        """The fresh answer for ``barcode``, or None (absent or too old)."""
        with self._lock:
            entry = self._entries.get(self._key(barcode))
            fresh_for = None if entry is None else (self.found_for if entry.found else self.not_found_for)
            if entry is None or fresh_for is None or self._clock.now() - entry.answered_at > fresh_for:
                self.misses += 1
                return None
            self.hits += 1
            return entry

    def put(self, lookup: NktLookup) -> None:
        with self._lock:
            key = self._key(lookup.barcode)
            old = self._entries.get(key)
            if old is None or old.answered_at <= lookup.answered_at:
                self._entries[key] = lookup

    def entries(self) -> list[NktLookup]:
        with self._lock:
            return list(self._entries.values())


def lookup_barcode(client: OfdClient, barcode: str, clock: Clock, *, cache: NktCache | None = None,
                   pacer: LookupPacer | None = None) -> NktLookup:
    """Cache, pacing, ask, read: for a caller that holds the register's OFD lock and has no
    outbox of its own (tests, the bench). The app goes through
    ``DeliveryService.lookup_barcode``, which also checks the outbox and notes the OFD's state."""
    barcode = normalize_barcode(barcode)
    if cache is not None and (hit := cache.get(barcode)) is not None:
        return hit
    (pacer or pacer_for(client.device_id)).wait()
    result = read_lookup(ask_nkt(client, barcode), barcode, clock.now())
    if cache is not None:
        cache.put(result)
    return result
