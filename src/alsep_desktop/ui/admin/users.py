"""Users (seed 5.4, 8.5): list, create (cashier or admin), rename, change password, block/unblock.

Every user has a name: receipts and OFD tickets say it after «Кассир» (decision 2050)."""

from __future__ import annotations

from alsep_desktop.domain.roles import Role
from alsep_desktop.domain.user_name import USER_NAME_MAX
from alsep_desktop.kernel.clock import ALMATY
from alsep_desktop.services.auth import UserInfo
from alsep_desktop.ui.admin.common import Page, big_button, fill_table, make_table, selected_key
from alsep_desktop.ui.admin.ops import org as ops
from alsep_desktop.ui.qt import (
    QCheckBox,
    QComboBox,
    QDate,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    translate,
)


class UsersPage(Page):
    def build(self) -> None:
        lay = QVBoxLayout(self)
        self.table = make_table(self, [translate("AdminUsers", "Full name"), translate("AdminUsers", "Login"), translate("AdminUsers", "IIN"), translate("AdminUsers", "Role"), translate("AdminUsers", "Comment"),
                                       translate("AdminUsers", "Created"), translate("AdminUsers", "Status")])
        self.table.itemSelectionChanged.connect(self._selected)
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.block_button = big_button(translate("AdminUsers", "Block / unblock"), self)
        self.new_password_edit = QLineEdit(self)
        self.new_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password_edit.setPlaceholderText(translate("AdminUsers", "New password"))
        self.password_button = big_button(translate("AdminUsers", "Change password"), self)
        for w in (self.block_button, self.new_password_edit, self.password_button):
            row.addWidget(w)
        self.block_button.clicked.connect(self.toggle_block)
        self.password_button.clicked.connect(self.change_password)
        lay.addLayout(row)
        rename = QHBoxLayout()
        self.rename_edit = QLineEdit(self)
        self.rename_edit.setObjectName("admin_user_rename")
        self.rename_edit.setMaxLength(USER_NAME_MAX)
        self.rename_edit.setPlaceholderText(translate("AdminUsers", "Name of the selected user"))
        self.rename_edit.returnPressed.connect(self.rename)
        self.rename_button = big_button(translate("AdminUsers", "Save name"), self)
        self.rename_button.setObjectName("admin_user_rename_save")
        self.rename_button.clicked.connect(self.rename)
        rename.addWidget(self.rename_edit, 1)
        rename.addWidget(self.rename_button)
        lay.addLayout(rename)

        box = QGroupBox(translate("AdminUsers", "New user"), self)
        form = QFormLayout(box)
        self.name_edit = QLineEdit(box)
        self.name_edit.setObjectName("admin_user_name")
        self.name_edit.setMaxLength(USER_NAME_MAX)
        self.name_edit.setPlaceholderText(translate("AdminUsers", "First and last name, as the receipt shows it"))
        self.email_edit, self.password_edit, self.iin_edit = QLineEdit(box), QLineEdit(box), QLineEdit(box)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.iin_edit.setMaxLength(12)
        self.birth_check = QCheckBox(translate("AdminUsers", "Birth date given"), box)
        self.birth_edit = QDateEdit(box)
        self.birth_edit.setCalendarPopup(True)
        self.birth_edit.setDisplayFormat("dd.MM.yyyy")
        self.birth_edit.setDate(QDate(1990, 1, 1))
        self.birth_edit.setEnabled(False)
        self.birth_check.toggled.connect(self.birth_edit.setEnabled)
        self.role_combo = QComboBox(box)
        self.role_combo.addItem(translate("AdminUsers", "Cashier"), Role.CASHIER)
        self.role_combo.addItem(translate("AdminUsers", "Administrator"), Role.ADMIN)
        self.comment_edit = QLineEdit(box)
        birth = QHBoxLayout()
        birth.addWidget(self.birth_check)
        birth.addWidget(self.birth_edit)
        form.addRow(translate("AdminUsers", "Full name"), self.name_edit)
        form.addRow(translate("AdminUsers", "Login (e-mail)"), self.email_edit)
        form.addRow(translate("AdminUsers", "Password"), self.password_edit)
        form.addRow(translate("AdminUsers", "IIN (optional)"), self.iin_edit)
        form.addRow(translate("AdminUsers", "Birth date (optional)"), birth)
        form.addRow(translate("AdminUsers", "Role"), self.role_combo)
        form.addRow(translate("AdminUsers", "Comment"), self.comment_edit)
        self.create_button = big_button(translate("AdminUsers", "Create user"), box)
        self.create_button.clicked.connect(self.create)
        form.addRow(self.create_button)
        self.fields.update(full_name=self.name_edit, email=self.email_edit, password=self.password_edit, iin=self.iin_edit)
        lay.addWidget(box)
        lay.addWidget(self.error)
        lay.addWidget(self.status)
        self.users: list[UserInfo] = []
        self._selected()

    def refresh(self) -> None:
        self.call(ops.load_users(self.ctx.auth, self.principal), self.show_users)

    def show_users(self, users: list[UserInfo]) -> None:
        self.users = users
        roles = {Role.ADMIN: translate("AdminUsers", "Administrator"), Role.CASHIER: translate("AdminUsers", "Cashier")}
        fill_table(self.table, [
            (u.full_name, u.email, u.iin or "", roles[u.role], u.comment,
             u.created_at.astimezone(ALMATY).strftime("%d.%m.%Y") if u.created_at else "",  # type: ignore[attr-defined]
             translate("AdminUsers", "Blocked") if u.blocked else translate("AdminUsers", "Active"))
            for u in users
        ], [u.id for u in users])

    def _selected(self) -> None:
        has = selected_key(self.table) is not None
        self.block_button.setEnabled(has)
        self.password_button.setEnabled(has)
        self.rename_edit.setEnabled(has)
        self.rename_button.setEnabled(has)
        user = self._user() if has else None
        self.rename_edit.setText(user.full_name if user is not None else "")

    def _user(self) -> UserInfo | None:
        uid = selected_key(self.table)
        return next((u for u in self.users if u.id == uid), None)

    def create(self) -> None:
        name, email, password = self.name_edit.text(), self.email_edit.text(), self.password_edit.text()
        iin = self.iin_edit.text().strip() or None
        birth = self.birth_edit.date().toPython() if self.birth_check.isChecked() else None
        role, comment = self.role_combo.currentData(), self.comment_edit.text()

        def done(_v: object) -> None:
            self.say(translate("AdminUsers", "User created."))
            for e in (self.name_edit, self.email_edit, self.password_edit, self.iin_edit, self.comment_edit):
                e.clear()

        self.fields["full_name"] = self.name_edit
        self.call(ops.create_user(self.admin, self.principal, email, password, role, full_name=name, iin=iin,
                                  birth_date=birth, comment=comment), done)

    def rename(self) -> None:
        user, name = self._user(), self.rename_edit.text()
        if user is not None:
            self.fields["full_name"] = self.rename_edit
            self.call(ops.rename_user(self.admin, self.principal, user.id, name),
                      lambda _v: self.say(translate("AdminUsers", "Name saved.")))

    def toggle_block(self) -> None:
        user = self._user()
        if user is not None:
            self.call(ops.block_user(self.admin, self.principal, user.id, not user.blocked),
                      lambda _v: self.say(translate("AdminUsers", "User unblocked.") if user.blocked else translate("AdminUsers", "User blocked.")))

    def change_password(self) -> None:
        user, password = self._user(), self.new_password_edit.text()
        if user is not None:
            self.call(ops.change_password(self.admin, self.principal, user.id, password),
                      lambda _v: (self.new_password_edit.clear(), self.say(translate("AdminUsers", "Password changed."))))
