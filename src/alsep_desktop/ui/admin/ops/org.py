"""Company, trade points, users, registers and the cloud sign-in (admin tab, decision 2131)."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from alsep_desktop.domain.roles import Principal, Role
from alsep_desktop.domain.validation import parse_degrees
from alsep_desktop.services.admin.choice import AdminServices
from alsep_desktop.services.admin.cloud_line import CloudLine, CloudRecord
from alsep_desktop.services.admin.records import CompanyInfo, RegisterInfo, TradePointInfo
from alsep_desktop.services.auth import AuthService, UserInfo
from alsep_desktop.services.changes import OpResult
from alsep_desktop.services.ofd.registration import RegistrationCheck, RegistrationCheckService
from alsep_desktop.services.org import CompanyData
from alsep_desktop.services.passport import passport_pdf
from alsep_desktop.ui.admin.ops import Op


# -- the cloud line -------------------------------------------------------------------------------
def sign_in_to_cloud(line: CloudLine, actor: Principal, email: str, password: str) -> Op[str]:
    """«Войти в облако»: the administrator's cloud e-mail and password."""
    return partial(line.sign_in, actor, email, password)


# -- company --------------------------------------------------------------------------------------
def load_company(admin: AdminServices, actor: Principal) -> Op[CompanyInfo | None]:
    return partial(admin.company.company, actor)


def create_company(admin: AdminServices, actor: Principal, data: CompanyData) -> Op[OpResult[int]]:
    return partial(admin.company.create_company, actor, data)


def save_company(admin: AdminServices, actor: Principal, data: CompanyData,
                 seen: CompanyData | None) -> Op[OpResult[None]]:
    """``seen``: the company as the form showed it (a cloud refuses a change made since)."""
    return partial(admin.company.update_company, actor, data, seen)


# -- trade points ---------------------------------------------------------------------------------
def load_trade_points(admin: AdminServices, actor: Principal) -> Op[list[TradePointInfo]]:
    return partial(admin.trade_points.trade_points, actor)


def create_trade_point(admin: AdminServices, actor: Principal, name: str, address: str, address_kz: str,
                       latitude: str, longitude: str) -> Op[OpResult[int] | OpResult[CloudRecord]]:
    """The degrees are parsed in the op: a typo fails like any other field."""

    def op() -> OpResult[int] | OpResult[CloudRecord]:
        return admin.trade_points.create_trade_point(
            actor, name, address, address_kz=address_kz, latitude=parse_degrees(latitude, field="latitude"),
            longitude=parse_degrees(longitude, field="longitude"))

    return op


def save_trade_point(admin: AdminServices, actor: Principal, tp_id: int, name: str, address: str, address_kz: str,
                     latitude: str, longitude: str) -> Op[OpResult[None]]:
    def op() -> OpResult[None]:
        return admin.trade_points.update_trade_point(
            actor, tp_id, name, address, address_kz=address_kz, latitude=parse_degrees(latitude, field="latitude"),
            longitude=parse_degrees(longitude, field="longitude"))

    return op


# -- users ----------------------------------------------------------------------------------------
def load_users(auth: AuthService, actor: Principal) -> Op[list[UserInfo]]:
    return partial(auth.list_users, actor)


def create_user(admin: AdminServices, actor: Principal, email: str, password: str, role: Role, *, full_name: str,
                iin: str | None, birth_date: date | None,
                comment: str) -> Op[OpResult[UserInfo] | OpResult[CloudRecord]]:
    return partial(admin.users.create_user, actor, email, password, role, full_name=full_name, iin=iin,
                   birth_date=birth_date, comment=comment)


def rename_user(admin: AdminServices, actor: Principal, user_id: int,
                full_name: str) -> Op[OpResult[UserInfo] | OpResult[None]]:
    return partial(admin.users.update_user, actor, user_id, full_name=full_name)


def block_user(admin: AdminServices, actor: Principal, user_id: int, blocked: bool) -> Op[OpResult[None]]:
    """Block (``blocked``) or unblock a user."""
    return partial(admin.users.set_blocked, actor, user_id, blocked)


def change_password(admin: AdminServices, actor: Principal, user_id: int, password: str) -> Op[OpResult[None]]:
    return partial(admin.users.change_password, actor, user_id, password)


# -- registers ------------------------------------------------------------------------------------
def load_registers(admin: AdminServices, actor: Principal) -> Op[list[RegisterInfo]]:
    return partial(admin.registers.registers, actor)


def load_registers_and_points(admin: AdminServices,
                              actor: Principal) -> Op[tuple[list[RegisterInfo], list[TradePointInfo]]]:
    def op() -> tuple[list[RegisterInfo], list[TradePointInfo]]:
        return admin.registers.registers(actor), admin.trade_points.trade_points(actor)

    return op


def create_register(admin: AdminServices, actor: Principal, trade_point_id: int, name: str,
                    year: int | None) -> Op[OpResult[int] | OpResult[CloudRecord]]:
    return partial(admin.registers.create_register, actor, trade_point_id, name, year)


def save_ofd_data(admin: AdminServices, actor: Principal, register_id: int, *, system_id: str,
                  registration_number: str, token: str, vat_payer: bool) -> Op[OpResult[None]]:
    """«Обновить данные»: an empty token keeps the stored one."""
    return partial(admin.registers.update_ofd, actor, register_id, system_id=system_id,
                   registration_number=registration_number, token=token, vat_payer=vat_payer)


def check_ofd(registration: RegistrationCheckService, register_id: int) -> Op[RegistrationCheck]:
    """What the OFD holds about the register, compared with this PC's data."""
    return partial(registration.check, register_id)


def update_token(admin: AdminServices, actor: Principal, register_id: int, token: str) -> Op[OpResult[None]]:
    return partial(admin.registers.update_token, actor, register_id, token)


def unbind_register(admin: AdminServices, actor: Principal, register_id: int) -> Op[OpResult[None]]:
    """«Отвязать устройство» (seed 9.5)."""
    return partial(admin.registers.unbind_device, actor, register_id)


def save_passport(admin: AdminServices, actor: Principal, register_id: int, path: str) -> Op[str]:
    """The register's passport as a PDF at ``path`` (returned)."""

    def op() -> str:
        Path(path).write_bytes(passport_pdf(admin.registers.passport(actor, register_id)))
        return path

    return op
