"""Main window shell. The cashier and admin screens plug in here (issues 5 and 7)."""

from __future__ import annotations

from alsep_desktop.app.bootstrap import AppContext
from alsep_desktop.store import migrate
from alsep_desktop.ui.qt import QLabel, QMainWindow, QVBoxLayout, QWidget, Qt, tr

CTX = "MainWindow"


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(tr(CTX, "Alsep Desktop — online cash register"))
        self.resize(1024, 700)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.company_label = QLabel(central)
        self.company_label.setObjectName("company_label")
        self.register_label = QLabel(central)
        self.register_label.setObjectName("register_label")
        for label in (self.company_label, self.register_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        self.setCentralWidget(central)
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.uow() as uow:
            company = uow.org.company()
            registers = uow.org.registers(company.id) if company else []
            products = uow.catalog.count(registers[0].id) if registers else 0
            company_text = (
                tr(CTX, "Company: %1 (BIN %2)").replace("%1", company.name).replace("%2", company.iin_bin)
                if company
                else tr(CTX, "No company yet: an administrator sets it up in the admin tab.")
            )
            if registers:
                reg = registers[0]
                register_text = (
                    tr(CTX, "Register %1, serial %2, products: %3")
                    .replace("%1", reg.name)
                    .replace("%2", reg.serial_number)
                    .replace("%3", str(products))
                )
            else:
                register_text = tr(CTX, "No register yet.")
        self.company_label.setText(company_text)
        self.register_label.setText(register_text)
        revision = migrate.current_revision(self.ctx.engine) or "-"
        self.statusBar().showMessage(tr(CTX, "Store ready, schema %1").replace("%1", revision))
