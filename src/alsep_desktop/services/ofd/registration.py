"""Registration check against the OFD (spec §4.1): COMMAND_INFO at start-up and after an admin
updates the register's OFD data («Обновить данные», seed 8.4).

The register's serial number, registration number (RNM), OFD id, and the company's name and
BIN/IIN are compared with what the operator holds. A difference is kept (a setting per register)
and shown to the cashier and the admin, never hidden; the register keeps working, because the
operator, not the register, decides whether its documents are accepted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass

from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.requests import info_request
from alsep_desktop.kernel.clock import Clock
from alsep_desktop.services.ofd.delivery import DeliveryService
from alsep_desktop.services.ofd.document_facts import registration_of
from alsep_desktop.store.uow import SqlUnitOfWork

#: Fields compared, in the order they are shown.
FIELDS = ("serial_number", "registration_number", "ofd_id", "company_name", "company_iin_bin")


@dataclass(frozen=True, slots=True)
class Mismatch:
    field: str  # one of FIELDS
    ours: str
    theirs: str


@dataclass(frozen=True, slots=True)
class RegistrationCheck:
    checked: bool  # False: the OFD was not asked (documents wait) or did not answer
    mismatches: tuple[Mismatch, ...] = ()
    missing: tuple[str, ...] = ()  # 2.0.3 fields an older answer lacked
    code: str | None = None  # stable code of the outcome when not checked
    at: str = ""  # ISO time of the check

    @property
    def ok(self) -> bool:
        return self.checked and not self.mismatches


def _key(register_id: int) -> str:
    return f"ofd.registration_check.{register_id}"


def _norm(text: str) -> str:
    """Names compare without case, quotes or repeated spaces («ТОО "Ромашка"» == ТОО Ромашка)."""
    return re.sub(r"\s+", " ", re.sub(r"[«»\"'“”„]", "", text)).strip().casefold()


def compare(ours: dict[str, str], reg: pb.ServiceResponse.RegInfo) -> tuple[Mismatch, ...]:
    """Differences between our data and the OFD's; a value the OFD does not send is not compared."""
    theirs: dict[str, str | None] = {
        "serial_number": reg.kkm.serial_number if reg.kkm.HasField("serial_number") else None,
        "registration_number": reg.kkm.fns_kkm_id if reg.kkm.HasField("fns_kkm_id") else None,
        "ofd_id": reg.kkm.kkm_id if reg.kkm.HasField("kkm_id") else None,
        "company_name": reg.org.title if reg.org.HasField("title") else None,
        "company_iin_bin": reg.org.iin if reg.org.HasField("iin") else None,
    }
    out = []
    for name in FIELDS:
        value = theirs[name]
        if value is None:
            continue
        same = _norm(value) == _norm(ours[name]) if name == "company_name" else value.strip() == ours[name].strip()
        if not same:
            out.append(Mismatch(name, ours[name], value))
    return tuple(out)


class RegistrationCheckService:
    def __init__(self, uow: Callable[..., SqlUnitOfWork], clock: Clock, delivery: DeliveryService) -> None:
        self._uow = uow
        self._clock = clock
        self._delivery = delivery

    def check(self, register_id: int) -> RegistrationCheck:
        """Ask the OFD (COMMAND_INFO) and compare; the result is kept for ``last``."""
        with self._uow() as uow:
            reg = uow.org.register(register_id)
            if reg is None:
                return RegistrationCheck(False, code="register.not_found")
            registration = registration_of(uow, reg)
        ours = {"serial_number": registration.serial_number, "registration_number": registration.fns_kkm_id,
                "ofd_id": registration.kkm_id, "company_name": registration.org_title,
                "company_iin_bin": registration.org_iin}
        now = self._clock.now().isoformat()
        # Spec §5.2: no service command while a document waits for its answer.
        outcome = self._delivery.call_direct(register_id, info_request(registration))
        if outcome is None:
            result = RegistrationCheck(False, code="fiscal.documents_waiting", at=now)
        elif not outcome.accepted or outcome.response is None or not outcome.response.HasField("service"):
            result = RegistrationCheck(False, code=outcome.code if not outcome.accepted else "ofd.no_reg_info",
                                       missing=outcome.missing, at=now)
        else:
            result = RegistrationCheck(True, compare(ours, outcome.response.service.reg_info), outcome.missing,
                                       at=now)
        with self._uow() as uow:
            if result.checked or uow.org.get_setting(_key(register_id)) is None:
                uow.org.set_setting(_key(register_id), json.dumps(asdict(result), ensure_ascii=False))
                uow.commit()
        return result

    def last(self, register_id: int) -> RegistrationCheck | None:
        with self._uow() as uow:
            raw = uow.org.get_setting(_key(register_id))
        if not raw:
            return None
        data = json.loads(raw)
        return RegistrationCheck(
            data["checked"], tuple(Mismatch(**m) for m in data["mismatches"]), tuple(data["missing"]), data["code"],
            data["at"],
        )

