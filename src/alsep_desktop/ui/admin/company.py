"""Company data (seed 5.2, 8.2): every field editable except the BIN/IIN once created.

The form is loaded again each time the page is shown and when the mirror brings a change, unless
the admin has typed something meanwhile; saving sends what the form showed when loaded, so the
cloud refuses a stale edit only when someone else changed the record (decision 2030)."""

from __future__ import annotations

from alsep_desktop.services.admin.records import CompanyInfo
from alsep_desktop.services.org import CompanyData
from alsep_desktop.ui.admin.common import Page, big_button
from alsep_desktop.ui.admin.ops import org as ops
from alsep_desktop.ui.qt import QCheckBox, QComboBox, QFormLayout, QLineEdit, QVBoxLayout, translate

READ_ONLY_STYLE = "QLineEdit { background: #ececec; color: #555555; border: 1px solid #c8c8c8; }"

TAX_REGIMES = ("general", "simplified", "patent", "retail_tax", "agricultural")


class CompanyPage(Page):
    def build(self) -> None:
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit, self.bin_edit = QLineEdit(self), QLineEdit(self)
        self.bin_edit.setMaxLength(12)
        self.regime_combo = QComboBox(self)
        labels = {"general": translate("AdminCompany", "General regime"), "simplified": translate("AdminCompany", "Simplified declaration"),
                  "patent": translate("AdminCompany", "Patent"), "retail_tax": translate("AdminCompany", "Retail tax"),
                  "agricultural": translate("AdminCompany", "Agricultural producers")}
        for key in TAX_REGIMES:
            self.regime_combo.addItem(labels[key], key)
        self.vat_check = QCheckBox(translate("AdminCompany", "VAT payer"), self)
        self.vat_series_edit, self.vat_number_edit = QLineEdit(self), QLineEdit(self)
        self.address_edit, self.oked_edit = QLineEdit(self), QLineEdit(self)
        self.address_kz_edit = QLineEdit(self)
        self.oked_edit.setMaxLength(5)
        self.phone_edit, self.iban_edit, self.bik_edit = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.iban_edit.setPlaceholderText("KZ65914002203KZ0018H")
        rows = [
            (translate("AdminCompany", "Name (no quotes, no TOO/IP)"), self.name_edit, "name"),
            (translate("AdminCompany", "BIN/IIN"), self.bin_edit, "iin_bin"),
            (translate("AdminCompany", "Tax regime"), self.regime_combo, "tax_regime"),
            ("", self.vat_check, "vat_payer"),
            (translate("AdminCompany", "VAT certificate series"), self.vat_series_edit, "vat_series"),
            (translate("AdminCompany", "VAT certificate number"), self.vat_number_edit, "vat_number"),
            (translate("AdminCompany", "Legal address"), self.address_edit, "legal_address"),
            (translate("AdminCompany", "Legal address in Kazakh"), self.address_kz_edit, "address_kz"),
            (translate("AdminCompany", "OKED code"), self.oked_edit, "oked"),
            (translate("AdminCompany", "Phone"), self.phone_edit, "phone"),
            (translate("AdminCompany", "IBAN (optional)"), self.iban_edit, "iban"),
            (translate("AdminCompany", "Bank BIK (optional)"), self.bik_edit, "bik"),
        ]
        for label, widget, key in rows:
            form.addRow(label, widget)
            self.fields[key] = widget
        self.vat_check.toggled.connect(self._vat_toggled)
        self.save_button = big_button(translate("AdminCompany", "Save company"), self, "Ctrl+S")
        self.save_button.clicked.connect(self.save)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.save_button)
        lay.addWidget(self.status)
        lay.addStretch(1)
        self.info: CompanyInfo | None = None
        self._shown: CompanyData | None = None  # the form as filled from the store (to see typing)
        self._vat_toggled(False)

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)  # type: ignore[arg-type]
        if self.info is not None and not self.pending:
            self.refresh()  # entering the page again shows what the mirror holds now

    def dirty(self) -> bool:
        """The admin changed the form since it was filled."""
        return self._shown is not None and self.data() != self._shown

    def _vat_toggled(self, on: bool) -> None:
        self.vat_series_edit.setEnabled(on)
        self.vat_number_edit.setEnabled(on)

    def refresh(self) -> None:
        if self.dirty():
            return  # the admin's typing stays; a change by someone else is refused when saved
        self.call(ops.load_company(self.admin, self.principal), self.show_company)

    def show_company(self, info: CompanyInfo | None) -> None:
        if self.dirty():
            return  # typed while the data was read
        self.info = info
        self.bin_edit.setReadOnly(info is not None)
        self.bin_edit.setStyleSheet(READ_ONLY_STYLE if info is not None else "")
        self.bin_edit.setToolTip(translate("AdminCompany", "The BIN/IIN cannot be changed after creation.") if info else "")
        if info is None:
            self.say(translate("AdminCompany", "No company yet: fill in the data and save."))
            return
        d = info.data
        self.name_edit.setText(d.name)
        self.bin_edit.setText(d.iin_bin)
        self.regime_combo.setCurrentIndex(max(0, self.regime_combo.findData(d.tax_regime)))
        self.vat_check.setChecked(d.vat_payer)
        for edit, value in ((self.vat_series_edit, d.vat_series), (self.vat_number_edit, d.vat_number),
                            (self.address_edit, d.legal_address), (self.address_kz_edit, d.address_kz),
                            (self.oked_edit, d.oked),
                            (self.phone_edit, d.phone), (self.iban_edit, d.iban), (self.bik_edit, d.bik)):
            edit.setText(value or "")
        self._shown = self.data()

    def data(self) -> CompanyData:
        vat = self.vat_check.isChecked()
        return CompanyData(
            name=self.name_edit.text(), iin_bin=self.bin_edit.text().strip(),
            tax_regime=self.regime_combo.currentData(), vat_payer=vat,
            vat_series=self.vat_series_edit.text() if vat else None,
            vat_number=self.vat_number_edit.text() if vat else None,
            legal_address=self.address_edit.text(), oked=self.oked_edit.text().strip() or None,
            phone=self.phone_edit.text().strip() or None, iban=self.iban_edit.text().strip() or None,
            bik=self.bik_edit.text().strip() or None, address_kz=self.address_kz_edit.text(),
        )

    def save(self) -> None:
        data = self.data()
        if self.info is None:
            self.call(ops.create_company(self.admin, self.principal, data), lambda _v: self._saved(data))
        else:
            seen = self.info.data
            self.call(ops.save_company(self.admin, self.principal, data, seen), lambda _v: self._saved(data))

    def _saved(self, data: CompanyData) -> None:
        self.done(translate("AdminCompany", "Company data saved."))
        if self.info is not None:  # what the cloud holds now: the next save is compared with it
            self.info = type(self.info)(self.info.id, data, self.info.created_at)
        self._shown = self.data()  # not typing any more: the next load fills the form again
        line = self.admin.line
        if line is None or not line.waiting_for_mirror:
            self.refresh()  # else the form keeps what was saved until the mirror brings it
