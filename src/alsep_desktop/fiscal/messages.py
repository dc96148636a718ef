"""Cashier-facing messages for OFD outcomes, keyed by stable codes, in ru / kk / en.

Keys: ``ofd.<result name>`` for every OFD result code (see ``ResultCode.stable_code``),
``ofd.unknown_result`` for a code we do not know, and the ``fiscal.*`` error codes.
The UI looks codes up here; it never parses exception strings.
"""

from __future__ import annotations

RU: dict[str, str] = {
    "ofd.ok": "Данные приняты ОФД.",
    "ofd.unknown_id": "Касса не зарегистрирована в ОФД. Проверьте регистрационный номер кассы.",
    "ofd.invalid_token": (
        "Invalid token: ОФД не принимает токен кассы. Сгенерируйте новый токен на портале ОФД и обновите его: вкладка "
        "«Админ» → ККМ → «Обновить данные»."
    ),
    "ofd.protocol_error": "Ошибка протокола обмена с ОФД. Обратитесь в службу поддержки.",
    "ofd.unknown_command": "ОФД не знает эту команду. Обратитесь в службу поддержки.",
    "ofd.unsupported_command": "ОФД не поддерживает эту операцию для вашей кассы.",
    "ofd.invalid_configuration": "Неверные настройки кассы в ОФД. Обратитесь в службу поддержки.",
    "ofd.ssl_is_not_allowed": "Защищённое соединение с ОФД не подключено. Используйте открытый канал.",
    "ofd.invalid_request_number": "Сбой нумерации запросов к ОФД. Повторите операцию.",
    "ofd.invalid_retry_request": "Повторный запрос не совпал с исходным. Повторите операцию.",
    "ofd.cant_cancel_ticket": "Этот чек уже нельзя отменить.",
    "ofd.open_shift_timeout_expired": "Смена открыта более 24 часов. Закройте смену.",
    "ofd.invalid_login_password": "Неверный логин или пароль.",
    "ofd.incorrect_request_data": "ОФД отклонил данные документа. Проверьте чек и отправьте снова.",
    "ofd.not_enough_cash": "В кассе недостаточно наличных для этой операции.",
    "ofd.blocked": "Касса заблокирована в ОФД (например, услуга не оплачена). Обратитесь в ОФД.",
    "ofd.shift_already_opened": "Смена уже открыта в ОФД.",
    "ofd.same_taxpayer_and_customer": "ИИН/БИН покупателя совпадает с продавцом. Исправьте и повторите.",
    "ofd.service_temporarily_unavailable": "ОФД временно недоступен. Касса повторит отправку.",
    "ofd.unknown_error": "Неизвестная ошибка ОФД. Касса повторит отправку.",
    "ofd.unknown_result": "ОФД вернул неизвестный код ответа. Обратитесь в службу поддержки.",
    "fiscal.not_sent": "Нет связи с ОФД. Документ не отправлен, касса повторит позже.",
    "fiscal.unknown_outcome": "ОФД не ответил. Касса повторит отправку того же документа.",
    "fiscal.protocol": "Ответ ОФД повреждён. Касса повторит отправку.",
    "fiscal.encode": "Документ сформирован неверно. Обратитесь в службу поддержки.",
    "fiscal.rejected": "ОФД отклонил запрос.",
    "fiscal.error": "Ошибка фискального модуля.",
    "fiscal.nkt": "Не удалось обратиться к Национальному каталогу товаров (НКТ).",
    "fiscal.nkt_bad_barcode": (
        "Этот штрихкод нельзя искать в НКТ: он пустой, слишком длинный или содержит недопустимые символы."
    ),
    "fiscal.nkt_deferred": "Сначала касса отправит в ОФД ожидающие документы; поиск в НКТ будет доступен после этого.",
    "fiscal.nkt_offline": "Нет связи с ОФД: поиск в НКТ сейчас недоступен. Продажа известных товаров продолжается.",
    "fiscal.nkt_refused": "ОФД отклонил запрос к НКТ. Продажа известных товаров продолжается.",
    "fiscal.nkt_unavailable": "ОФД сейчас не предоставляет Национальный каталог товаров. Повторите позже.",
    "fiscal.nkt_bad_answer": "Ответ НКТ не удалось прочитать. Повторите позже или обратитесь в службу поддержки.",
}

KK: dict[str, str] = {
    "ofd.ok": "Деректерді ФДО қабылдады.",
    "ofd.unknown_id": "Касса ФДО-да тіркелмеген. Кассаның тіркеу нөмірін тексеріңіз.",
    "ofd.invalid_token": (
        "Invalid token: ФДО касса токенін қабылдамайды. ФДО порталында жаңа токен жасап, оны жаңартыңыз: «Әкімші» "
        "қойындысы → ККМ → «Деректерді жаңарту»."
    ),
    "ofd.protocol_error": "ФДО-мен алмасу хаттамасының қатесі. Қолдау қызметіне хабарласыңыз.",
    "ofd.unknown_command": "ФДО бұл пәрменді білмейді. Қолдау қызметіне хабарласыңыз.",
    "ofd.unsupported_command": "ФДО сіздің кассаңыз үшін бұл операцияны қолдамайды.",
    "ofd.invalid_configuration": "ФДО-дағы касса баптаулары қате. Қолдау қызметіне хабарласыңыз.",
    "ofd.ssl_is_not_allowed": "ФДО-мен қорғалған байланыс қосылмаған. Ашық арнаны пайдаланыңыз.",
    "ofd.invalid_request_number": "ФДО-ға сұраулар нөмірленуінде ақау. Операцияны қайталаңыз.",
    "ofd.invalid_retry_request": "Қайталанған сұрау бастапқымен сәйкес келмеді. Операцияны қайталаңыз.",
    "ofd.cant_cancel_ticket": "Бұл чекті енді болдырмау мүмкін емес.",
    "ofd.open_shift_timeout_expired": "Ауысым 24 сағаттан артық ашық тұр. Ауысымды жабыңыз.",
    "ofd.invalid_login_password": "Логин немесе құпиясөз қате.",
    "ofd.incorrect_request_data": "ФДО құжат деректерін қабылдамады. Чекті тексеріп, қайта жіберіңіз.",
    "ofd.not_enough_cash": "Бұл операция үшін кассада қолма-қол ақша жеткіліксіз.",
    "ofd.blocked": "Касса ФДО-да бұғатталған (мысалы, қызмет төленбеген). ФДО-ға хабарласыңыз.",
    "ofd.shift_already_opened": "Ауысым ФДО-да әлдеқашан ашық.",
    "ofd.same_taxpayer_and_customer": "Сатып алушының ЖСН/БСН сатушыныкімен бірдей. Түзетіп, қайталаңыз.",
    "ofd.service_temporarily_unavailable": "ФДО уақытша қолжетімсіз. Касса жіберуді қайталайды.",
    "ofd.unknown_error": "ФДО-ның белгісіз қатесі. Касса жіберуді қайталайды.",
    "ofd.unknown_result": "ФДО белгісіз жауап кодын қайтарды. Қолдау қызметіне хабарласыңыз.",
    "fiscal.not_sent": "ФДО-мен байланыс жоқ. Құжат жіберілмеді, касса кейінірек қайталайды.",
    "fiscal.unknown_outcome": "ФДО жауап бермеді. Касса сол құжатты қайта жібереді.",
    "fiscal.protocol": "ФДО жауабы бүлінген. Касса жіберуді қайталайды.",
    "fiscal.encode": "Құжат қате жасалған. Қолдау қызметіне хабарласыңыз.",
    "fiscal.rejected": "ФДО сұрауды қабылдамады.",
    "fiscal.error": "Фискалдық модуль қатесі.",
    "fiscal.nkt": "Ұлттық тауарлар каталогына (ҰТК) жүгіну мүмкін болмады.",
    "fiscal.nkt_bad_barcode": (
        "Бұл штрихкодты ҰТК-дан іздеуге болмайды: ол бос, тым ұзын немесе рұқсат етілмеген таңбалары бар."
    ),
    "fiscal.nkt_deferred": "Алдымен касса күтіп тұрған құжаттарды ФДО-ға жібереді; одан кейін ҰТК-дан іздеуге болады.",
    "fiscal.nkt_offline": "ФДО-мен байланыс жоқ: ҰТК-дан іздеу қазір қолжетімсіз. Белгілі тауарларды сату жалғасады.",
    "fiscal.nkt_refused": "ФДО ҰТК-ға сұрауды қабылдамады. Белгілі тауарларды сату жалғасады.",
    "fiscal.nkt_unavailable": "ФДО қазір Ұлттық тауарлар каталогын ұсынбайды. Кейінірек қайталаңыз.",
    "fiscal.nkt_bad_answer": (
        "ҰТК жауабын оқу мүмкін болмады. Кейінірек қайталаңыз немесе қолдау қызметіне хабарласыңыз."
    ),
}

EN: dict[str, str] = {
    "ofd.ok": "Accepted by the OFD.",
    "ofd.unknown_id": "This register is not registered at the OFD. Check its registration number.",
    "ofd.invalid_token": (
        "Invalid token: the OFD does not accept the register's token. Generate a new token on the OFD portal and enter "
        "it: Admin tab → Registers → Update data."
    ),
    "ofd.protocol_error": "Protocol error talking to the OFD. Contact support.",
    "ofd.unknown_command": "The OFD does not know this command. Contact support.",
    "ofd.unsupported_command": "The OFD does not support this operation for your register.",
    "ofd.invalid_configuration": "The register's settings at the OFD are wrong. Contact support.",
    "ofd.ssl_is_not_allowed": "A secure connection to the OFD is not enabled. Use the open channel.",
    "ofd.invalid_request_number": "Request numbering with the OFD went out of step. Try again.",
    "ofd.invalid_retry_request": "The repeated request did not match the original. Try again.",
    "ofd.cant_cancel_ticket": "This receipt can no longer be cancelled.",
    "ofd.open_shift_timeout_expired": "The shift has been open for more than 24 hours. Close the shift.",
    "ofd.invalid_login_password": "Wrong login or password.",
    "ofd.incorrect_request_data": "The OFD refused the document data. Check the receipt and send it again.",
    "ofd.not_enough_cash": "There is not enough cash in the drawer for this operation.",
    "ofd.blocked": "The register is blocked at the OFD (for example, the service is unpaid). Contact the OFD.",
    "ofd.shift_already_opened": "The shift is already open at the OFD.",
    "ofd.same_taxpayer_and_customer": "The buyer's IIN/BIN equals the seller's. Correct it and retry.",
    "ofd.service_temporarily_unavailable": "The OFD is temporarily unavailable. The register will retry.",
    "ofd.unknown_error": "Unknown OFD error. The register will retry.",
    "ofd.unknown_result": "The OFD returned an unknown result code. Contact support.",
    "fiscal.not_sent": "No connection to the OFD. The document was not sent; the register will retry later.",
    "fiscal.unknown_outcome": "The OFD did not answer. The register will resend the same document.",
    "fiscal.protocol": "The OFD's answer was damaged. The register will retry.",
    "fiscal.encode": "The document was built incorrectly. Contact support.",
    "fiscal.rejected": "The OFD refused the request.",
    "fiscal.error": "Fiscal module error.",
    "fiscal.nkt": "The National Catalogue of Goods (NKT) could not be asked.",
    "fiscal.nkt_bad_barcode": (
        "This barcode cannot be looked up in the NKT: it is empty, too long or has characters that are not allowed."
    ),
    "fiscal.nkt_deferred": (
        "The register first delivers its waiting documents to the OFD; the NKT lookup is available after that."
    ),
    "fiscal.nkt_offline": (
        "No connection to the OFD: the NKT lookup is not available now. Known products can still be sold."
    ),
    "fiscal.nkt_refused": "The OFD refused the NKT lookup. Known products can still be sold.",
    "fiscal.nkt_unavailable": "The OFD does not provide the National Catalogue of Goods now. Try again later.",
    "fiscal.nkt_bad_answer": "The NKT answer could not be read. Try again later or contact support.",
}

TABLES: dict[str, dict[str, str]] = {"ru": RU, "kk": KK, "en": EN}


def message_for(code: str, lang: str = "ru") -> str:
    """The sentence for ``code`` in ``lang`` (falls back to ru, then to the generic error)."""
    table = TABLES.get(lang, RU)
    return table.get(code) or RU.get(code) or table["fiscal.error"]
