"""Binding this PC to a register through the cloud, and unbinding it (seed 9.1, 9.5; decision 1411).

Qt-free. Binding: an administrator signs in to the cloud (e-mail and password, the cloud's
lockout applies), picks one of the company's registers, and the cloud answers a device
credential, kept in this PC's secrets store (never in the database or a log). A register bound
to another PC is refused with the seed's sentence «Данный ККМ привязан к другому устройству»;
the way out is «Отвязать устройство» (:meth:`CloudBinding.unbind`), which revokes that PC's
credential at once. Once the engine has mirrored the register, the local row is marked as this
PC's (what the login screen asks at start, decision 0011).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from alsep_desktop.cloud_client.admin_remote import CloudAdmin, CloudAuthRequired
from alsep_desktop.cloud_client.credentials import (
    forget_device_credential,
    load_device_credential,
    save_device_credential,
)
from alsep_desktop.cloud_client.errors import SyncNotConfigured
from alsep_desktop.errors import AlsepError, ValidationError
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP
from alsep_desktop.kernel.clock import Clock
from alsep_desktop.secrets import Vault
from alsep_desktop.store.locks import RegisterLocks
from alsep_desktop.store.uow import SqlUnitOfWork

log = logging.getLogger(__name__)

#: the seed's own sentence (9.1) and its way out (9.5), kept verbatim for the Russian window
SEED_BOUND_ELSEWHERE = "Данный ККМ привязан к другому устройству"
SEED_UNBIND = "Отвязать устройство"


class NotMirroredYet(AlsepError):
    code = "cloud.not_mirrored"
    template = "The register {name} has not reached this PC yet; wait for the first mirror to finish"


@dataclass(frozen=True, slots=True)
class CloudRegister:
    """A register as the cloud lists it for the bind dialog."""

    id: str
    name: str
    serial_number: str
    trade_point: str
    status: str
    bound: bool
    device_id: str | None

    def bound_elsewhere(self, device_id: str) -> bool:
        return self.bound and self.device_id not in (None, device_id)


class CloudBinding:
    def __init__(self, *, uow: Callable[..., SqlUnitOfWork], clock: Clock, vault: Vault, device_id: str,
                 remote: Callable[[], CloudAdmin | None], locks: RegisterLocks | None = None,
                 on_bound: Callable[[], None] | None = None, on_unbound: Callable[[], None] | None = None) -> None:
        self._uow, self._clock, self._vault = uow, clock, vault
        self.device_id = device_id
        self._remote = remote
        self._locks = locks
        #: the application starts (on_bound) or stops (on_unbound) its sync engine
        self.on_bound, self.on_unbound = on_bound, on_unbound
        #: this PC was unbound while running: the window says so until it is bound again
        self.unbound_here = False

    def _cloud(self) -> CloudAdmin:
        cloud = self._remote()
        if cloud is None:
            raise SyncNotConfigured()
        return cloud

    @property
    def available(self) -> bool:
        return self._remote() is not None

    # -- the bind dialog ------------------------------------------------------------------
    def sign_in(self, email: str, password: str, company: str | None = None) -> list[CloudRegister]:
        """The admin signs in to the cloud; the company's registers come back to choose from.

        ``company`` is the BIN/IIN the dialog shows (logins are unique per company, decision
        2051); left empty, this PC's own company, when it has one."""
        cloud = self._cloud()
        company = (company or "").strip() or self.known_company()
        if not company:
            raise ValidationError("company", QT_TRANSLATE_NOOP("Reasons", "required"))
        cloud.login(email, password, company=company)
        return self.registers()

    def known_company(self) -> str:
        """The BIN/IIN of this PC's company ("" before it has one): the bind dialog offers it."""
        with self._uow(read_only=True) as uow:
            company = uow.org.company()
            return company.iin_bin if company is not None else ""

    def registers(self) -> list[CloudRegister]:
        cloud = self._cloud()
        points = {tp["id"]: tp["name"] for tp in cloud.trade_points()}
        return [CloudRegister(r["id"], r["name"], r["serial_number"], points.get(r["trade_point_id"], ""), r["status"],
                              bool(r["bound"]), r.get("device_id")) for r in cloud.registers()]

    def bind(self, register_id: str) -> CloudRegister:
        """Bind the register to this PC; :class:`~alsep_desktop.cloud_client.admin_remote.BoundElsewhere`
        when another PC holds it. The credential goes to the secrets store."""
        cloud = self._cloud()
        if not cloud.signed_in:
            raise CloudAuthRequired()
        view, credential = cloud.bind(register_id, self.device_id)
        save_device_credential(self._vault, cloud_url=cloud.base_url, register_id=view["id"], credential=credential)
        self.unbound_here = False
        log.info("this PC is bound to cloud register %s (%s)", view["id"], view["serial_number"])
        if self.on_bound is not None:
            self.on_bound()
        return CloudRegister(view["id"], view["name"], view["serial_number"], "", view["status"], True, self.device_id)

    def unbind(self, register_id: str) -> None:
        """«Отвязать устройство»: the cloud revokes the bound PC's credential at once. When the
        register is this PC's own, the credential is forgotten here too and sync stops."""
        self._cloud().unbind(register_id)
        mine = load_device_credential(self._vault)
        if mine is not None and mine.register_id == register_id:
            self.forget_here()

    def mine(self) -> str | None:
        """The cloud id of the register this PC is bound to, or None."""
        cred = load_device_credential(self._vault)
        return cred.register_id if cred is not None else None

    def forget_here(self) -> None:
        """This PC is no longer bound: forget the credential, unmark the local register, stop sync."""
        forget_device_credential(self._vault)
        self.unbound_here = True
        with self._uow() as uow:
            reg = uow.org.register_of_device(self.device_id)
            while reg is not None:
                reg.bound_device_id = None
                uow.session.flush()
                reg = uow.org.register_of_device(self.device_id)
            uow.org.set_setting("bound_register_id", "")
            uow.commit()
        if self.on_unbound is not None:
            self.on_unbound()

    def mark_local(self, serial_number: str, name: str = "") -> int:
        """After the mirror brought the register: mark its local row as this PC's. Returns its local id."""
        with self._uow() as uow:
            reg = uow.org.register_by_serial(serial_number)
            if reg is None:
                raise NotMirroredYet(name=name or serial_number)
            other = uow.org.register_of_device(self.device_id)
            if other is not None and other.id != reg.id:
                other.bound_device_id = None
            reg.bound_device_id = self.device_id
            uow.org.set_setting("bound_register_id", str(reg.id))
            uow.audit.record(self._clock.now(), None, "bind", "register", reg.id, device=self.device_id, via="cloud")
            uow.commit()
            local_id = reg.id
        if self._locks is not None:
            self._locks.claim(local_id)
        return local_id
