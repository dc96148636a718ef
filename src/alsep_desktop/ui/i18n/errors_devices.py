"""Error sentences of the device settings and marked goods (issue 6)."""

from __future__ import annotations

ERRORS: dict[str, dict[str, str]] = {
    "ru": {
        "devices.no_printer": "Касса работает без принтера. Выберите принтер в настройках оборудования.",
        "marking.price_required": "Укажите цену маркированного товара (больше нуля).",
        "marking.repeated": "Эта пачка (серийный номер {serial}) уже есть в чеке.",
    },
    "kk": {
        "devices.no_printer": "Касса принтерсіз жұмыс істейді. Құрылғы баптауларынан принтерді таңдаңыз.",
        "marking.price_required": "Таңбаланған тауардың бағасын енгізіңіз (нөлден жоғары).",
        "marking.repeated": "Бұл қорап (сериялық нөмірі {serial}) чекте бар.",
    },
    "en": {
        "devices.no_printer": "The register works without a printer. Choose a printer in the device settings.",
        "marking.price_required": "Enter the price of the marked product (above zero).",
        "marking.repeated": "This pack (serial {serial}) is already in the receipt.",
    },
}
