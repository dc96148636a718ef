"""Error sentences of the cashier window (issue 5): printing without a printer and the self-test."""

from __future__ import annotations

ERRORS: dict[str, dict[str, str]] = {
    "ru": {
        "printing.no_printer": "Принтера нет: отправьте чек на e-mail покупателя или сохраните его в PDF.",
        "printing.no_smtp": "Отправка e-mail не настроена (SMTP). Сохраните чек в PDF.",
        "selftest.ofd_not_configured": "Адрес ОФД не задан в настройках.",
        "selftest.ofd_timeout": "Сервер ОФД не отвечает. Проверьте интернет и оплату услуг ОФД.",
        "selftest.ofd_refused": "Нет связи с сервером ОФД. Проверьте интернет и оплату услуг ОФД.",
        "selftest.ofd_rejected": "ОФД отклонил документы ({count}). Обратитесь к администратору.",
        "selftest.no_terminal": "POS-терминал не зарегистрирован — оплата картой через терминал недоступна.",
        "selftest.dns_failed": "Не удаётся найти сервер ОФД в сети (DNS). Проверьте подключение к интернету.",
        "selftest.no_route": "Нет подключения к сети. Проверьте кабель или Wi-Fi.",
    },
    "kk": {
        "printing.no_printer": "Принтер жоқ: чекті сатып алушының e-mail-іне жіберіңіз немесе PDF-ке сақтаңыз.",
        "printing.no_smtp": "E-mail жіберу бапталмаған (SMTP). Чекті PDF-ке сақтаңыз.",
        "selftest.ofd_not_configured": "ФДО мекенжайы баптауларда көрсетілмеген.",
        "selftest.ofd_timeout": "ФДО сервері жауап бермейді. Интернетті және ФДО қызметтерінің төлемін тексеріңіз.",
        "selftest.ofd_refused": "ФДО серверімен байланыс жоқ. Интернетті және ФДО қызметтерінің төлемін тексеріңіз.",
        "selftest.ofd_rejected": "ФДО құжаттарды қабылдамады ({count}). Әкімшіге хабарласыңыз.",
        "selftest.no_terminal": "POS-терминал тіркелмеген — терминал арқылы картамен төлеу қолжетімсіз.",
        "selftest.dns_failed": "ФДО серверін желіден табу мүмкін емес (DNS). Интернетке қосылуды тексеріңіз.",
        "selftest.no_route": "Желіге қосылым жоқ. Кабельді немесе Wi-Fi-ды тексеріңіз.",
    },
    "en": {
        "printing.no_printer": "There is no printer: send the receipt to the buyer's e-mail or save it as PDF.",
        "printing.no_smtp": "E-mail is not set up (SMTP). Save the receipt as PDF.",
        "selftest.ofd_not_configured": "The OFD address is not set in the settings.",
        "selftest.ofd_timeout": "The OFD server does not answer. Check the Internet and the OFD subscription.",
        "selftest.ofd_refused": "No connection to the OFD server. Check the Internet and the OFD subscription.",
        "selftest.ofd_rejected": "The OFD rejected documents ({count}). Contact the administrator.",
        "selftest.no_terminal": "No card terminal is registered: card payments through a terminal are unavailable.",
        "selftest.dns_failed": "The OFD server cannot be found (DNS). Check the Internet connection.",
        "selftest.no_route": "No network connection. Check the cable or Wi-Fi.",
    },
}
