"""Қазақша каталог: ФДО-дағы тіркеу деректерін тексеру (issue 10)."""

MESSAGES: dict[str, dict[str, str]] = {
    "RegistrationCheck": {
        "Serial number": "Зауыттық нөмір",
        "Registration number (RNM)": "Тіркеу нөмірі (ТНМ)",
        "OFD id": "ФДО идентификаторы",
        "Company name": "Ұйымның атауы",
        "BIN/IIN": "БСН/ЖСН",
        "The OFD data could not be checked now; the register will check again at the next start.":
            "ФДО-дағы деректерді қазір тексеру мүмкін болмады; касса оларды келесі іске қосқанда қайта тексереді.",
        "The OFD confirms the register's data.": "ФДО касса деректерін растайды.",
        "The OFD holds other data for this register. Check them in the admin tab (Registers → Update data) "
        "and with the OFD:":
            "ФДО-да бұл кассаның басқа деректері жазылған. Оларды «Әкімші» қойындысында (БКМ → «Деректерді жаңарту») "
            "және ФДО-да тексеріңіз:",
        "%1: here «%2», at the OFD «%3»": "%1: кассада «%2», ФДО-да «%3»",
        "Registration data differ": "Тіркеу деректері сәйкес келмейді",
    },
}
