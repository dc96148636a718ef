"""Writes of the cloud mirror into the local catalog, users and register (issue 14, decision 1406).

``apply_page`` applies one feed page and moves the cursor in the caller's transaction, so a cut
at any point leaves either the whole page with its cursor or neither. Records are matched by
``uuid`` = the cloud's id. Core statements in bulk (a first mirror is 100,000 products).

Unique keys a compacted feed can cross (a barcode or code that moved from one product to
another, the older holder's change coming later): the local holder gives it up first (barcode
NULL, code ``~<uuid>``); its own change comes later in the same feed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from alsep_desktop.store.base import table_of
from alsep_desktop.store.models import (
    Bundle,
    BundleItem,
    Company,
    Product,
    Register,
    TradePoint,
    User,
)
from alsep_desktop.store.models.sync import CloudSyncState
from alsep_desktop.store.models.terminal_registry import PaymentTerminal

_P = table_of(Product)
_B = table_of(Bundle)
_BI = table_of(BundleItem)
_U = table_of(User)

_COMPANY_FIELDS = ("name", "iin_bin", "tax_regime", "vat_payer", "vat_series", "vat_number", "oked", "phone", "iban",
                   "bik")
_COMPANY_NULLABLE = {"vat_series", "vat_number", "oked", "phone", "iban", "bik"}
_PRODUCT_FIELDS = ("code", "group_code", "name", "barcode", "price_tiyn", "vat_code", "unit", "ntin", "marked",
                   "editable_price", "markup_bp", "discount_bp")
SecretPut = Callable[[str, str], str]  # (purpose, value) → secret name
SecretGet = Callable[[str | None], str | None]


def _chunks(items: list[Any], n: int = 500) -> Iterable[list[Any]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


class MirrorWriter:
    """``fresh``: the uuids this pull inserted into a register that had no product when it began
    (None otherwise); with it, a page of new records is one INSERT without look-ups."""

    def __init__(self, session: Session, fresh: set[str] | None = None) -> None:
        self.session = session
        self.fresh = fresh

    @staticmethod
    def has_products(session: Session, register_id: int) -> bool:
        return session.execute(select(_P.c.id).where(_P.c.register_id == register_id).limit(1)).first() is not None

    # -- register, trade point, company --------------------------------------------------
    def apply_register(self, data: dict[str, Any], now: datetime, *, put_secret: SecretPut | None,
                       get_secret: SecretGet | None) -> int:
        """Create or update the local company, trade point and register from the cloud's settings;
        returns the local register id. A local record with the same BIN/serial is adopted."""
        s = self.session
        c = data["company"]
        company = s.scalars(select(Company).where(Company.uuid == c["id"])).first() or \
            s.scalars(select(Company).where(Company.iin_bin == c["iin_bin"])).first()
        if company is None:
            company = Company(uuid=c["id"], created_at=now, name=c["name"], iin_bin=c["iin_bin"])
            s.add(company)
        company.uuid = c["id"]
        for f in _COMPANY_FIELDS:  # a cloud older than the field sends none: the local value stays
            if f in c:
                setattr(company, f, (c[f] or None) if f in _COMPANY_NULLABLE else c[f])
        company.legal_address = c.get("legal_address") or ""
        company.address_kz = c.get("address_kz") or ""
        s.flush()
        t = data["trade_point"]
        tp = s.scalars(select(TradePoint).where(TradePoint.uuid == t["id"])).first()
        if tp is None:
            tp = TradePoint(uuid=t["id"], company_id=company.id, name=t["name"], created_at=now)
            s.add(tp)
        tp.company_id, tp.name = company.id, t["name"]
        tp.address, tp.address_kz = t.get("address") or "", t.get("address_kz") or ""
        tp.latitude, tp.longitude = t.get("latitude"), t.get("longitude")
        s.flush()
        if "trade_points" in data:
            self._mirror_trade_points(company.id, data["trade_points"], now)
        reg = s.scalars(select(Register).where(Register.uuid == data["id"])).first() or \
            s.scalars(select(Register).where(Register.serial_number == data["serial_number"])).first()
        if reg is None:
            reg = Register(uuid=data["id"], company_id=company.id, trade_point_id=tp.id, name=data["name"],
                           serial_number=data["serial_number"], year_of_manufacture=data["year_of_manufacture"],
                           created_at=now)
            s.add(reg)
        reg.uuid, reg.company_id, reg.trade_point_id = data["id"], company.id, tp.id
        for f in ("name", "serial_number", "year_of_manufacture", "status", "vat_payer"):
            setattr(reg, f, data[f])
        ofd = data.get("ofd") or {}
        reg.ofd_system_id, reg.registration_number = ofd.get("system_id"), ofd.get("registration_number")
        token = ofd.get("token")
        if token and put_secret is not None and (get_secret is None or get_secret(reg.ofd_token_ref) != token):
            from alsep_desktop.store.secret_move import ofd_token_purpose

            reg.ofd_token_ref = put_secret(ofd_token_purpose(reg.uuid), token)  # never in the database
            reg.ofd_token_updated_at = now
        elif not token:
            reg.ofd_token_ref = None
        s.flush()
        return reg.id

    def _mirror_trade_points(self, company_id: int, points: list[dict[str, Any]], now: datetime) -> None:
        """The company's trade points as the cloud lists them (decision 2030). One the cloud no
        longer lists is removed here unless something of this PC still points at it (its
        register, a card terminal of the registry)."""
        s = self.session
        known = {tp.uuid: tp for tp in s.scalars(select(TradePoint).where(TradePoint.company_id == company_id))}
        for t in points:
            tp = known.pop(t["id"], None)
            if tp is None:
                tp = TradePoint(uuid=t["id"], company_id=company_id, name=t["name"], created_at=now)
                s.add(tp)
            tp.name = t["name"]
            tp.address, tp.address_kz = t.get("address") or "", t.get("address_kz") or ""
            tp.latitude, tp.longitude = t.get("latitude"), t.get("longitude")
        for tp in known.values():
            used = s.execute(select(Register.id).where(Register.trade_point_id == tp.id).limit(1)).first() or \
                s.execute(select(PaymentTerminal.id).where(PaymentTerminal.trade_point_id == tp.id).limit(1)).first()
            if used is None:
                s.delete(tp)
        s.flush()

    # -- the page ---------------------------------------------------------------------------
    def apply_changes(self, register_id: int, company_id: int, changes: list[dict[str, Any]], now: datetime,
                      state: CloudSyncState) -> None:
        """Apply ``changes`` (oldest first) in runs of one kind, keeping feed order across kinds."""
        run: list[dict[str, Any]] = []
        for ch in changes:
            if run and (run[-1]["kind"], run[-1]["op"] == "upsert") != (ch["kind"], ch["op"] == "upsert"):
                self._apply_run(register_id, company_id, run, now, state)
                run = []
            run.append(ch)
        if run:
            self._apply_run(register_id, company_id, run, now, state)
        self._retry_pending_bundles(register_id, now, state)

    def _apply_run(self, register_id: int, company_id: int, run: list[dict[str, Any]], now: datetime,
                   state: CloudSyncState) -> None:
        kind, op = run[0]["kind"], run[0]["op"]
        if kind == "product":
            if op == "upsert":
                self._upsert_products(register_id, [c["data"] for c in run], now)
            else:
                ids = [c["id"] for c in run]
                for part in _chunks(ids):
                    self.session.execute(delete(_P).where(_P.c.register_id == register_id, _P.c.uuid.in_(part)))
        elif kind == "bundle":
            for c in run:
                if op == "upsert":
                    self._upsert_bundle(register_id, c["data"], now, state)
                else:
                    self.session.execute(delete(_B).where(_B.c.register_id == register_id, _B.c.uuid == c["id"]))
                    self._drop_pending(state, c["id"])
        elif kind == "user":
            for c in run:
                if op == "upsert":
                    self._upsert_user(company_id, c["data"], now)
                else:  # revoke: the row stays (receipts name their cashier), the user cannot sign in
                    self.session.execute(update(_U).where(_U.c.uuid == c["id"]).values(blocked=True))
        # kind == "register" is applied by the caller (it needs the secrets store)

    def _upsert_products(self, register_id: int, rows: list[dict[str, Any]], now: datetime) -> None:
        conn = self.session.connection()
        fresh = self.fresh
        if fresh is not None and not any(r["id"] in fresh for r in rows):
            # a first mirror into an empty register: every record is new; a unique key crossed
            # within this pull fails the insert, and the caller redoes the page the careful way
            _insert_plain(conn, rows, register_id, now)
            fresh.update(r["id"] for r in rows)
            return
        by_uuid = {r["id"]: r for r in rows}  # a record appears once per page (compacted log)
        uuids = list(by_uuid)
        existing: dict[str, tuple[int, str, str | None]] = {}
        for part in _chunks(uuids):
            for u, i, code, barcode in conn.execute(
                    select(_P.c.uuid, _P.c.id, _P.c.code, _P.c.barcode).where(_P.c.uuid.in_(part))):
                existing[u] = (i, code, barcode)
        # unique keys that move: a new record's, or a code/barcode that changed (a price edit moves none)
        moving = [r for r in rows if r["id"] not in existing
                  or existing[r["id"]][1:] != (r["code"], r.get("barcode") or None)]
        if moving:
            # give up barcodes and codes that now belong to another record of this page
            barcodes = [r["barcode"] for r in moving if r.get("barcode")]
            codes = [r["code"] for r in moving]
            for part in _chunks(barcodes):
                conn.execute(update(_P).where(_P.c.register_id == register_id, _P.c.barcode.in_(part),
                                              _P.c.uuid.not_in(uuids)).values(barcode=None))
            for part in _chunks(codes):
                holders = conn.execute(select(_P.c.id, _P.c.uuid).where(
                    _P.c.register_id == register_id, _P.c.code.in_(part), _P.c.uuid.not_in(uuids))).all()
                if holders:
                    conn.execute(update(_P).where(_P.c.id == bindparam("b_id")).values(code=bindparam("b_code")),
                                 [{"b_id": i, "b_code": "~" + u} for i, u in holders])
            movers = [r for r in moving if r["id"] in existing]
            if movers:  # the page's own records may swap barcodes/codes among themselves: clear first
                conn.execute(update(_P).where(_P.c.id == bindparam("b_id")).values(
                    barcode=None, code=bindparam("b_code")),
                    [{"b_id": existing[r["id"]][0], "b_code": "~" + r["id"]} for r in movers])
        updates = [r for r in rows if r["id"] in existing]
        if updates:
            _update_plain(conn, [(existing[r["id"]][0], r) for r in updates], now)
        inserts = [r for r in rows if r["id"] not in existing]
        if inserts:
            _insert_plain(conn, inserts, register_id, now)
        if fresh is not None:
            fresh.update(by_uuid)

    def _upsert_bundle(self, register_id: int, data: dict[str, Any], now: datetime, state: CloudSyncState) -> None:
        conn = self.session.connection()
        uuid = data["id"]
        wanted = [i["product_id"] for i in data.get("items", [])]
        local = {u: i for u, i in conn.execute(select(_P.c.uuid, _P.c.id).where(
            _P.c.register_id == register_id, _P.c.uuid.in_(wanted)))} if wanted else {}
        if len(local) < len(set(wanted)):  # a product of the bundle comes later in the feed
            self._keep_pending(state, data)
            return
        self._drop_pending(state, uuid)
        conn.execute(update(_B).where(_B.c.register_id == register_id, _B.c.barcode == data["barcode"],
                                      _B.c.uuid != uuid).values(barcode="~" + uuid[:13]))
        bundle_id = conn.execute(select(_B.c.id).where(_B.c.uuid == uuid)).scalar()
        if bundle_id is None:
            bundle_id = conn.execute(insert(_B).returning(_B.c.id), {
                "uuid": uuid, "register_id": register_id, "name": data["name"], "barcode": data["barcode"],
                "created_at": now}).scalar_one()
        else:
            conn.execute(update(_B).where(_B.c.id == bundle_id).values(name=data["name"], barcode=data["barcode"]))
            conn.execute(delete(_BI).where(_BI.c.bundle_id == bundle_id))
        if wanted:
            conn.execute(insert(_BI), [{"bundle_id": bundle_id, "product_id": local[i["product_id"]],
                                        "quantity_milli": int(i["quantity_milli"])} for i in data["items"]])

    def _upsert_user(self, company_id: int, data: dict[str, Any], now: datetime) -> None:
        conn = self.session.connection()
        uid = conn.execute(select(_U.c.id).where(_U.c.uuid == data["id"])).scalar() or \
            conn.execute(select(_U.c.id).where(_U.c.email == data["email"])).scalar()
        # an e-mail that moved to another cloud user: the older local holder lets it go
        conn.execute(update(_U).where(_U.c.email == data["email"], _U.c.uuid != data["id"], _U.c.id != (uid or 0))
                     .values(email="~" + data["id"] + ":" + data["email"][:200], blocked=True))
        values = {"uuid": data["id"], "company_id": company_id, "email": data["email"], "role": data["role"],
                  # a cloud older than names (decision 2050) sends none: the login stands in
                  "full_name": (data.get("full_name") or "").strip() or data["email"], "iin": data.get("iin"),
                  "password_hash": data["password_hash"], "blocked": False}
        if uid is None:
            conn.execute(insert(_U), {**values, "created_at": now})
        else:
            conn.execute(update(_U).where(_U.c.id == uid).values(values))

    # -- bundles waiting for a product ----------------------------------------------------
    @staticmethod
    def _pending(state: CloudSyncState) -> dict[str, Any]:
        return json.loads(state.pending_json) if state.pending_json else {}

    def _keep_pending(self, state: CloudSyncState, data: dict[str, Any]) -> None:
        pending = self._pending(state)
        pending[data["id"]] = data
        state.pending_json = json.dumps(pending, sort_keys=True)

    def _drop_pending(self, state: CloudSyncState, uuid: str) -> None:
        pending = self._pending(state)
        if pending.pop(uuid, None) is not None:
            state.pending_json = json.dumps(pending, sort_keys=True) if pending else None

    def _retry_pending_bundles(self, register_id: int, now: datetime, state: CloudSyncState) -> None:
        for data in list(self._pending(state).values()):
            self._upsert_bundle(register_id, data, now, state)


_INSERT_COLUMNS = ("uuid", "register_id", "code", "group_code", "name", "barcode", "price_tiyn", "vat_code", "unit",
                   "ntin", "marked", "editable_price", "markup_bp", "discount_bp", "name_search", "created_at",
                   "updated_at")


def _stamp(conn: Connection, now: datetime) -> Any:
    """``now`` as the column type binds it for this dialect, once per page. On SQLite the text
    the sqlite3 module would make of it per row (``isoformat(" ")``), so no per-row adapter runs."""
    proc = _P.c.created_at.type.bind_processor(conn.dialect)
    stamp = proc(now) if proc else now
    if conn.dialect.name == "sqlite" and isinstance(stamp, datetime):
        stamp = stamp.isoformat(" ")
    return stamp


def _insert_plain(conn: Connection, rows: list[dict[str, Any]], register_id: int, now: datetime) -> None:
    """One DB-API ``executemany`` of the feed's product records, built straight into parameter
    tuples (no per-row dict, no SQLAlchemy parameter processing; decision 1409): every row of a
    page has the same time stamps, converted once."""
    if not rows:
        return
    stamp = _stamp(conn, now)
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO product ({', '.join(_INSERT_COLUMNS)}) VALUES ({', '.join([mark] * len(_INSERT_COLUMNS))})"
    conn.exec_driver_sql(sql, [
        (r["id"], register_id, r["code"], r.get("group_code") or "", r["name"], r.get("barcode"), r["price_tiyn"],
         r["vat_code"], r.get("unit") or "796", r.get("ntin"), bool(r.get("marked")), bool(r.get("editable_price")),
         int(r.get("markup_bp") or 0), int(r.get("discount_bp") or 0), r["name"].casefold(), stamp, stamp)
        for r in rows])


def _update_plain(conn: Connection, rows: list[tuple[int, dict[str, Any]]], now: datetime) -> None:
    """The page's changed records in one DB-API ``executemany`` (as ``_insert_plain``)."""
    stamp = _stamp(conn, now)
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    cols = (*_PRODUCT_FIELDS, "name_search", "updated_at")
    sql = f"UPDATE product SET {', '.join(f'{c} = {mark}' for c in cols)} WHERE id = {mark}"
    conn.exec_driver_sql(sql, [(*(_value(r, f) for f in _PRODUCT_FIELDS), r["name"].casefold(), stamp, pid)
                               for pid, r in rows])


def _value(r: dict[str, Any], f: str) -> Any:
    v = r.get(f)
    if f in ("group_code",):
        return v or ""
    if f in ("markup_bp", "discount_bp"):
        return int(v or 0)
    if f in ("marked", "editable_price"):
        return bool(v)
    if f == "unit":
        return v or "796"
    return v
