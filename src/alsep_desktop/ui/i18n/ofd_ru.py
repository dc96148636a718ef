"""Русский каталог: проверка регистрационных данных в ОФД (issue 10)."""

MESSAGES: dict[str, dict[str, str]] = {
    "RegistrationCheck": {
        "Serial number": "Заводской номер",
        "Registration number (RNM)": "Регистрационный номер (РНМ)",
        "OFD id": "Идентификатор ОФД",
        "Company name": "Наименование организации",
        "BIN/IIN": "БИН/ИИН",
        "The OFD data could not be checked now; the register will check again at the next start.":
            "Сейчас проверить данные в ОФД не удалось; касса проверит их снова при следующем запуске.",
        "The OFD confirms the register's data.": "ОФД подтверждает данные кассы.",
        "The OFD holds other data for this register. Check them in the admin tab (Registers → Update data) "
        "and with the OFD:":
            "В ОФД записаны другие данные этой кассы. Проверьте их во вкладке «Админ» (ККМ → «Обновить данные») "
            "и в ОФД:",
        "%1: here «%2», at the OFD «%3»": "%1: в кассе «%2», в ОФД «%3»",
        "Registration data differ": "Регистрационные данные не совпадают",
    },
}
