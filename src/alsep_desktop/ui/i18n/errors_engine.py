"""Sentences for the fiscal engine's error codes (sales, returns, shifts, offline mode)."""

ERRORS: dict[str, dict[str, str]] = {
    "ru": {
        "fiscal.document_rejected": "ОФД отклонил документ: {reason}. Чек не фискализирован.",
        "fiscal.not_configured": "У ККМ нет данных ОФД (идентификатор и токен). Администратор заполняет их во вкладке «ККМ».",
        "fiscal.offline_limit": "Касса работает без связи с ОФД более 72 часов. Подключитесь к интернету, чтобы отправить документы ({count}).",
        "fiscal.register_inactive": "ККМ не активна: администратор должен заполнить данные ОФД.",
        "sale.nothing_to_return": "Позиция {position}: к возврату доступно только {left}.",
        "sale.receipt_not_found": "Чек с фискальным признаком {sign} на этой ККМ не найден.",
        "shift.expired": "Смена открыта более 24 часов. Закройте смену (Z-отчёт), затем продолжайте продажи.",
        "shift.none_open": "Нет открытой смены.",
        "shift.not_enough_cash": "В кассе только {cash}, нельзя выдать {amount}.",
    },
    "kk": {
        "fiscal.document_rejected": "ФДО құжатты қабылдамады: {reason}. Чек фискалданбады.",
        "fiscal.not_configured": "БКМ-де ФДО деректері жоқ (идентификатор мен токен). Әкімші оларды «БКМ» қойындысында толтырады.",
        "fiscal.offline_limit": "Касса ФДО-мен байланыссыз 72 сағаттан артық жұмыс істеп тұр. Құжаттарды ({count}) жіберу үшін интернетке қосылыңыз.",
        "fiscal.register_inactive": "БКМ белсенді емес: әкімші ФДО деректерін толтыруы керек.",
        "sale.nothing_to_return": "{position} позиция: қайтаруға тек {left} қолжетімді.",
        "sale.receipt_not_found": "Бұл БКМ-де {sign} фискалдық белгісі бар чек табылмады.",
        "shift.expired": "Ауысым 24 сағаттан артық ашық. Ауысымды жабыңыз (Z-есеп), содан кейін сатуды жалғастырыңыз.",
        "shift.none_open": "Ашық ауысым жоқ.",
        "shift.not_enough_cash": "Кассада тек {cash}, {amount} беру мүмкін емес.",
    },
    "en": {
        "fiscal.document_rejected": "The OFD refused the document: {reason}. The receipt is not fiscal.",
        "fiscal.not_configured": "The register has no OFD data (system id and token). An admin fills them in on the Registers tab.",
        "fiscal.offline_limit": "The register has been offline for more than 72 hours. Connect to the internet to upload {count} documents.",
        "fiscal.register_inactive": "The register is not active: an admin must complete its OFD data.",
        "sale.nothing_to_return": "Line {position}: only {left} can still be returned.",
        "sale.receipt_not_found": "No receipt with fiscal sign {sign} on this register.",
        "shift.expired": "The shift has been open for more than 24 hours. Close the shift (Z report) to go on selling.",
        "shift.none_open": "There is no open shift.",
        "shift.not_enough_cash": "Only {cash} in the drawer; cannot pay out {amount}.",
    },
}
