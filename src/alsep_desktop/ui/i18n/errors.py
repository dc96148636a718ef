"""Error code → sentence, per language. The UI shows these, never exception text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

ERRORS: dict[str, dict[str, str]] = {
    "ru": {
        "error": "Непредвиденная ошибка. Повторите действие; если не помогает — обратитесь в поддержку.",
        "validation": "Неверное значение в поле «{field}»: {reason}",
        "not_found": "Не найдено: {what} {key}",
        "not_implemented": "Эта функция ещё не реализована: {feature}",
        "auth.permission_denied": "Недостаточно прав: нужна роль «{role}».",
        "auth.invalid_credentials": "Неверный логин или пароль.",
        "auth.locked": "Слишком много неудачных попыток. Повторите после {until}.",
        "auth.blocked": "Учётная запись заблокирована.",
        "auth.duplicate_user": "Пользователь с логином {email} уже есть.",
        "domain.insufficient_payment": "Оплата {paid} не покрывает сумму {total}.",
        "domain.invalid_payment": "Неверная оплата.",
        "domain.invalid_payment.not_positive": "Сумма оплаты должна быть больше нуля.",
        "domain.invalid_payment.negative_total": "Сумма чека отрицательная.",
        "domain.invalid_payment.non_cash_over_total":
            "Безналичная оплата {non_cash} больше суммы чека {total}: сдача выдаётся только с наличных.",
        "domain.empty_receipt": "В чеке нет позиций.",
        "catalog.duplicate": "У другого товара этой ККМ уже есть {field} {value}.",
        "org.company_exists": "Компания с БИН/ИИН {iin_bin} уже зарегистрирована.",
        "org.register_bound_elsewhere":
            "Данный ККМ используется другим устройством. Отвяжите устройство во вкладке «ККМ».",
        "exchange.import_failed": "Файл не импортирован: найдены ошибки ({count}). Каталог не изменён.",
        "exchange.cancelled": "Импорт отменён. Каталог не изменён.",
        "auth": "Ошибка входа.",
        "domain": "Операция невозможна.",
        "domain.illegal_transition": "Операция невозможна в текущем состоянии ({machine}: {source} → {target}).",
        "domain.invalid_adjustment": "Неверная скидка или наценка: {reason}",
        "domain.invalid_amount": "Неверная сумма в поле «{field}»: {reason}",
        "domain.invalid_quantity": "Неверное количество: {reason}",
        "domain.invalid_marking_code": "Неверный код маркировки: {reason}",
        "domain.no_such_line": "В корзине нет позиции {index}.",
        "domain.unknown_vat_rate": "Неизвестная ставка НДС: {reason}",
        "exchange": "Ошибка обмена файлами каталога.",
        "hardware": "Ошибка оборудования.",
        "hardware.connector_unavailable": "Способ подключения устройства недоступен на этом компьютере.",
        "printer.offline": "Принтер не найден или не отвечает. Проверьте кабель и питание.",
        "printer.paper_out": "Нет бумаги в принтере. Вставьте новый рулон.",
        "printer.cover_open": "Открыта крышка принтера. Закройте её.",
        "printer.unsupported": "Принтер не поддерживает эту функцию.",
        "printer.unknown_profile": "Неизвестная модель принтера. Выберите профиль в настройках.",
        "drawer.unavailable": "Денежный ящик недоступен.",
        "scanner.disconnected": "Сканер отключён. Касса переподключится автоматически.",
        "camera.unavailable": "Камера недоступна.",
        "terminal.unavailable": "Платёжный терминал недоступен.",
        "display.unavailable": "Дисплей покупателя недоступен.",
        "receipt.email_failed": "Не удалось отправить чек по e-mail.",
        "receipt.pdf_failed": "Не удалось сохранить чек в PDF.",
        "device.worker_stopped": "Служба устройств остановлена. Перезапустите программу.",
    },
    "kk": {
        "error": "Күтпеген қате. Әрекетті қайталаңыз; көмектеспесе — қолдау қызметіне хабарласыңыз.",
        "validation": "«{field}» өрісіндегі мән қате: {reason}",
        "not_found": "Табылмады: {what} {key}",
        "not_implemented": "Бұл функция әлі іске асырылмаған: {feature}",
        "auth.permission_denied": "Құқық жеткіліксіз: «{role}» рөлі қажет.",
        "auth.invalid_credentials": "Логин немесе құпиясөз қате.",
        "auth.locked": "Сәтсіз әрекеттер тым көп. {until} кейін қайталаңыз.",
        "auth.blocked": "Тіркелгі бұғатталған.",
        "auth.duplicate_user": "{email} логині бар пайдаланушы бұрыннан бар.",
        "domain.insufficient_payment": "{paid} төлемі {total} сомасын жаппайды.",
        "domain.invalid_payment": "Төлем қате.",
        "domain.invalid_payment.not_positive": "Төлем сомасы нөлден үлкен болуы керек.",
        "domain.invalid_payment.negative_total": "Чек сомасы теріс.",
        "domain.invalid_payment.non_cash_over_total":
            "Қолма-қолсыз төлем {non_cash} чек сомасынан {total} артық: қайтарым тек қолма-қол ақшадан беріледі.",
        "domain.empty_receipt": "Чекте позиция жоқ.",
        "catalog.duplicate": "Осы БКМ-нің басқа тауарында {field} {value} бар.",
        "org.company_exists": "{iin_bin} БСН/ЖСН компаниясы бұрыннан тіркелген.",
        "org.register_bound_elsewhere":
            "Бұл БКМ басқа құрылғыда қолданылады. «БКМ» қойындысында құрылғыны ажыратыңыз.",
        "exchange.import_failed": "Файл импортталмады: қателер табылды ({count}). Каталог өзгермеді.",
        "exchange.cancelled": "Импорт тоқтатылды. Каталог өзгермеді.",
        "auth": "Кіру қатесі.",
        "domain": "Операция мүмкін емес.",
        "domain.illegal_transition": "Ағымдағы күйде операция мүмкін емес ({machine}: {source} → {target}).",
        "domain.invalid_adjustment": "Жеңілдік немесе үстеме қате: {reason}",
        "domain.invalid_amount": "«{field}» өрісіндегі сома қате: {reason}",
        "domain.invalid_quantity": "Саны қате: {reason}",
        "domain.invalid_marking_code": "Таңбалау коды қате: {reason}",
        "domain.no_such_line": "Себетте {index} позициясы жоқ.",
        "domain.unknown_vat_rate": "ҚҚС мөлшерлемесі белгісіз: {reason}",
        "exchange": "Каталог файлдарымен алмасу қатесі.",
        "hardware": "Жабдық қатесі.",
        "hardware.connector_unavailable": "Бұл компьютерде құрылғыны қосу тәсілі қолжетімсіз.",
        "printer.offline": "Принтер табылмады немесе жауап бермейді. Кабель мен қуатты тексеріңіз.",
        "printer.paper_out": "Принтерде қағаз жоқ. Жаңа орам салыңыз.",
        "printer.cover_open": "Принтер қақпағы ашық. Оны жабыңыз.",
        "printer.unsupported": "Принтер бұл функцияны қолдамайды.",
        "printer.unknown_profile": "Принтер моделі белгісіз. Баптауларда профильді таңдаңыз.",
        "drawer.unavailable": "Ақша жәшігі қолжетімсіз.",
        "scanner.disconnected": "Сканер ажыратылды. Касса автоматты түрде қайта қосылады.",
        "camera.unavailable": "Камера қолжетімсіз.",
        "terminal.unavailable": "Төлем терминалы қолжетімсіз.",
        "display.unavailable": "Сатып алушы дисплейі қолжетімсіз.",
        "receipt.email_failed": "Чекті e-mail арқылы жіберу мүмкін болмады.",
        "receipt.pdf_failed": "Чекті PDF-ке сақтау мүмкін болмады.",
        "device.worker_stopped": "Құрылғылар қызметі тоқтады. Бағдарламаны қайта іске қосыңыз.",
    },
    "en": {
        "error": "Unexpected error. Try again; if it persists, contact support.",
        "validation": "Invalid value in field '{field}': {reason}",
        "not_found": "Not found: {what} {key}",
        "not_implemented": "This function is not implemented yet: {feature}",
        "auth.permission_denied": "Not allowed: this needs the '{role}' role.",
        "auth.invalid_credentials": "Wrong login or password.",
        "auth.locked": "Too many failed attempts. Try again after {until}.",
        "auth.blocked": "This account is blocked.",
        "auth.duplicate_user": "A user with login {email} already exists.",
        "domain.insufficient_payment": "Payment {paid} does not cover the total {total}.",
        "domain.invalid_payment": "Invalid payment.",
        "domain.invalid_payment.not_positive": "A payment must be greater than zero.",
        "domain.invalid_payment.negative_total": "The receipt total is negative.",
        "domain.invalid_payment.non_cash_over_total":
            "Non-cash payments {non_cash} exceed the total {total}: change is given only from cash.",
        "domain.empty_receipt": "The receipt has no lines.",
        "catalog.duplicate": "Another product of this register already has {field} {value}.",
        "org.company_exists": "A company with IIN/BIN {iin_bin} is already registered.",
        "org.register_bound_elsewhere": "This register is used by another device. Unbind it in the Registers tab.",
        "exchange.import_failed": "The file was not imported: {count} errors found. The catalog is unchanged.",
        "exchange.cancelled": "Import cancelled. The catalog is unchanged.",
        "auth": "Sign-in error.",
        "domain": "This operation is not possible.",
        "domain.illegal_transition": "Not possible in the current state ({machine}: {source} → {target}).",
        "domain.invalid_adjustment": "Invalid discount or markup: {reason}",
        "domain.invalid_amount": "Invalid amount in field '{field}': {reason}",
        "domain.invalid_quantity": "Invalid quantity: {reason}",
        "domain.invalid_marking_code": "Invalid marking code: {reason}",
        "domain.no_such_line": "There is no line {index} in the basket.",
        "domain.unknown_vat_rate": "Unknown VAT rate: {reason}",
        "exchange": "Catalog file exchange error.",
        "hardware": "Device error.",
        "hardware.connector_unavailable": "This device connection is not available on this computer.",
        "printer.offline": "Printer not found or not answering. Check the cable and power.",
        "printer.paper_out": "The printer is out of paper. Insert a new roll.",
        "printer.cover_open": "The printer cover is open. Close it.",
        "printer.unsupported": "The printer does not support this function.",
        "printer.unknown_profile": "Unknown printer model. Choose a profile in the settings.",
        "drawer.unavailable": "The cash drawer is not available.",
        "scanner.disconnected": "The scanner is disconnected. It will be reconnected automatically.",
        "camera.unavailable": "The camera is not available.",
        "terminal.unavailable": "The payment terminal is not available.",
        "display.unavailable": "The customer display is not available.",
        "receipt.email_failed": "Could not send the receipt by e-mail.",
        "receipt.pdf_failed": "Could not save the receipt as PDF.",
        "device.worker_stopped": "The device service stopped. Restart the program.",
    },
}


def _merge_area_tables() -> None:
    """Add the tables of every ``errors_<area>.py`` module (same shape as ``ERRORS``)."""
    import importlib
    import pkgutil

    package = importlib.import_module("alsep_desktop.ui.i18n")
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("errors_"):
            module = importlib.import_module(f"alsep_desktop.ui.i18n.{info.name}")
            for lang, table in module.ERRORS.items():
                ERRORS.setdefault(lang, {}).update(table)


_merge_area_tables()


def error_message(language: str, code: str, params: dict[str, Any] | None = None) -> str:
    """A translated sentence for an error ``code``; falls back through parent codes."""
    if code.startswith(("ofd.", "fiscal.")):
        from alsep_desktop.fiscal.messages import TABLES

        fiscal = TABLES.get(language) or TABLES["ru"]
        if code in fiscal:
            return fiscal[code]
    table = ERRORS.get(language) or ERRORS["ru"]
    params = dict(params or {})
    key = code
    while key:
        if key in table:
            try:
                return table[key].format(**params)
            except (KeyError, IndexError):
                return table[key]
        key = key.rpartition(".")[0]
    return table["error"]


def has_message(language: str, code: str) -> bool:
    """True when ``code`` or one of its dotted parents (not the root) has a sentence."""
    if code.startswith(("ofd.", "fiscal.")):
        from alsep_desktop.fiscal.messages import TABLES

        if code in TABLES.get(language, {}):
            return True
    table = ERRORS.get(language, {})
    if code in table:
        return True
    key = code
    while key:
        if key in table and key != "error":
            return True
        key = key.rpartition(".")[0]
    return code == "error"


def translated_reason(exc: BaseException, language: str) -> str:
    """The reason of a ``ValidationError`` in ``language`` (English when no translation)."""
    from alsep_desktop.errors import safe_format
    from alsep_desktop.ui.i18n.reasons import REASONS

    template = getattr(exc, "reason_template", None)
    english = str(getattr(exc, "reason", ""))
    if not isinstance(template, str):
        return english
    translated = REASONS.get(language, {}).get(template)
    if translated is None:
        return english
    return safe_format(translated, getattr(exc, "reason_params", {}) or {})


def issue_text(issue: Any, language: str) -> str:
    """The message of a catalog-import issue in ``language`` (its English text when untranslated)."""
    from alsep_desktop.errors import safe_format
    from alsep_desktop.ui.i18n.reasons import ISSUES, REASONS

    template = getattr(issue, "template", None) or issue.message
    translated = ISSUES.get(language, {}).get(template) or REASONS.get(language, {}).get(template)
    if translated is None:
        return issue.message
    return safe_format(translated, getattr(issue, "params", {}) or {})


def error_params(exc: BaseException, language: str) -> dict[str, Any]:
    """``exc.params`` ready for a sentence in ``language``: a validation reason is translated."""
    from alsep_desktop.errors import AlsepError, ValidationError

    params = dict(exc.params) if isinstance(exc, AlsepError) else {}
    if isinstance(exc, ValidationError):
        params["reason"] = translated_reason(exc, language)
    return params


def describe(exc: BaseException, language: str, field_label: Callable[[str], str] = lambda f: f) -> str:
    """A translated sentence for any error; unexpected ones get the generic sentence.

    ``field_label`` turns a ``ValidationError.field`` into the label the screen shows;
    its English ``reason`` is replaced by the translation of ``reason_template``.
    """
    from alsep_desktop.errors import AlsepError, ValidationError

    if not isinstance(exc, AlsepError):
        return error_message(language, "error")
    params = error_params(exc, language)
    if isinstance(exc, ValidationError):
        label = field_label(exc.field)
        params["field"] = label
        text = error_message(language, exc.code, params)
        return text if label in text else f"{label}: {text}"
    return error_message(language, exc.code, params)
