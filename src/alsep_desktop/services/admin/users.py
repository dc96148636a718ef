"""Users (seed 5.4): creating, renaming, blocking and new passwords."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from alsep_desktop.cloud_client.admin_remote import CloudAdmin
from alsep_desktop.domain.roles import Principal, Role
from alsep_desktop.domain.user_name import validate_user_name
from alsep_desktop.errors import NotFoundError, ValidationError
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP
from alsep_desktop.services.admin.cloud_line import CloudLine, CloudRecord, stale_if_moved
from alsep_desktop.services.auth import AuthService, UserInfo
from alsep_desktop.services.changes import Changes, OpResult
from alsep_desktop.store.uow import SqlUnitOfWork


class UserAdmin(Protocol):
    def create_user(self, actor: Principal, email: str, password: str, role: Role, *, full_name: str,
                    iin: str | None = None, birth_date: date | None = None,
                    comment: str = "") -> OpResult[UserInfo] | OpResult[CloudRecord]: ...
    def update_user(self, actor: Principal, user_id: int, *, full_name: str | None = None,
                    comment: str | None = None) -> OpResult[UserInfo] | OpResult[None]: ...
    def set_blocked(self, actor: Principal, user_id: int, blocked: bool) -> OpResult[None]: ...
    def change_password(self, actor: Principal, user_id: int, new_password: str) -> OpResult[None]: ...


class LocalUsers:
    """The users of this PC's store (the authentication service checks the role and the rules)."""

    def __init__(self, auth: AuthService) -> None:
        self._auth = auth

    def create_user(self, actor: Principal, email: str, password: str, role: Role, *, full_name: str,
                    iin: str | None = None, birth_date: date | None = None, comment: str = "") -> OpResult[UserInfo]:
        return self._auth.create_user(actor, email, password, role, full_name=full_name, iin=iin,
                                      birth_date=birth_date, comment=comment)

    def update_user(self, actor: Principal, user_id: int, *, full_name: str | None = None,
                    comment: str | None = None) -> OpResult[UserInfo]:
        return self._auth.update_user(actor, user_id, full_name=full_name, comment=comment)

    def set_blocked(self, actor: Principal, user_id: int, blocked: bool) -> OpResult[None]:
        return self._auth.set_blocked(actor, user_id, blocked)

    def change_password(self, actor: Principal, user_id: int, new_password: str) -> OpResult[None]:
        return self._auth.change_password(actor, user_id, new_password)


class CloudUsers:
    """The company's users in the cloud; the mirror brings them (and their password hashes) back."""

    def __init__(self, line: CloudLine) -> None:
        self._line = line

    def create_user(self, actor: Principal, email: str, password: str, role: Role, *, full_name: str,
                    iin: str | None = None, birth_date: date | None = None,
                    comment: str = "") -> OpResult[CloudRecord]:
        body: CloudRecord = {"email": email.strip(), "password": password, "role": role.value,
                             "full_name": validate_user_name(full_name), "iin": iin or None}
        if comment:
            body["comment"] = comment
        if birth_date:
            body["birth_date"] = birth_date.isoformat()
        return self._line.edit(actor, lambda c, _uow: c.create_user(body), Changes(users=True))

    def set_blocked(self, actor: Principal, user_id: int, blocked: bool) -> OpResult[None]:
        if actor.user_id == user_id and blocked:
            raise ValidationError("blocked", QT_TRANSLATE_NOOP("Reasons", "you cannot block your own account"))
        return self._patch(actor, user_id, {"blocked": blocked})

    def update_user(self, actor: Principal, user_id: int, *, full_name: str | None = None,
                    comment: str | None = None) -> OpResult[None]:
        """The user's name and comment; only what changed since the mirror's copy is sent, and a
        change someone made meanwhile is refused as a stale edit (decision 1410)."""
        if full_name is not None:
            full_name = validate_user_name(full_name)

        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> None:
            local = uow.users.get(user_id)
            if local is None:
                raise NotFoundError(what="user", key=user_id)
            changes: CloudRecord = {}
            if full_name is not None and full_name != local.full_name:
                changes["full_name"] = full_name
            if comment is not None:  # the mirror keeps no comment: sent as given
                changes["comment"] = comment
            if not changes:
                return
            current = c.user(local.uuid)
            if "full_name" in changes:  # the name the admin saw is the mirror's
                stale_if_moved("user", {"full_name": local.full_name}, current)
            c.patch_user(local.uuid, int(current["version"]), changes)

        return self._line.edit(actor, work, Changes(users=True))

    def change_password(self, actor: Principal, user_id: int, new_password: str) -> OpResult[None]:
        return self._patch(actor, user_id, {"password": new_password})

    def _patch(self, actor: Principal, user_id: int, body: CloudRecord) -> OpResult[None]:
        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> None:
            user = uow.users.get(user_id)
            if user is None:
                raise NotFoundError(what="user", key=user_id)
            current = c.user(user.uuid)
            c.patch_user(user.uuid, int(current["version"]), body)

        return self._line.edit(actor, work, Changes(users=True))
