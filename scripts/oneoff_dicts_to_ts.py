#!/usr/bin/env python3
"""ONE-OFF (issue 11): fill the extracted .ts files from the former Python catalogs.

Run once, after the call sites were made extractable: it runs ``translations.py update``,
then writes into every unfinished message of ``alsep_ru.ts`` / ``alsep_kk.ts`` the translation
the Python dictionaries of ``ui/i18n`` held at commit ``BASE`` (read from git, so the dicts can
be deleted), plus the few strings this change introduced (plural forms, field labels, the PIN
message). It prints what it could not fill. The .ts files are the source of truth afterwards;
this script is deleted in the next commit.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))
import translations  # noqa: E402

BASE = "d3a913f"
OLD = "src/alsep_desktop/ui/i18n"
NFORMS = {"ru": 3, "kk": 2, "en": 2}


def old_module(name: str) -> dict:
    """The literal tables (``MESSAGES``, ``ERRORS``, ``REASONS``, ``ISSUES``) of a module at BASE."""
    text = subprocess.run(["git", "show", f"{BASE}:{OLD}/{name}"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout
    out = {}
    for node in ast.parse(text).body:
        if isinstance(node, ast.AnnAssign | ast.Assign):
            target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
            if isinstance(target, ast.Name) and target.id in ("MESSAGES", "ERRORS", "REASONS", "ISSUES"):
                out[target.id] = ast.literal_eval(node.value)
    return out


def old_tables() -> tuple[dict, dict, dict, dict]:
    names = subprocess.run(["git", "ls-tree", "--name-only", f"{BASE}:{OLD}"], cwd=ROOT, check=True,
                           capture_output=True, text=True).stdout.split()
    catalogs: dict[str, dict[str, dict[str, str]]] = {"ru": {}, "kk": {}}
    errors: dict[str, dict[str, str]] = {"ru": {}, "kk": {}, "en": {}}
    reasons: dict = {}
    issues: dict = {}
    for name in names:
        stem = name.removesuffix(".py")
        lang = stem.rpartition("_")[2] if "_" in stem else stem
        tables = old_module(name)
        if lang in ("ru", "kk") and "MESSAGES" in tables:
            for context, table in tables["MESSAGES"].items():
                catalogs[lang].setdefault(context, {}).update(table)
        if stem.startswith("errors"):
            for lang_, table in tables["ERRORS"].items():
                errors[lang_].update(table)
        if stem == "reasons":
            reasons, issues = tables["REASONS"], tables["ISSUES"]
    return catalogs, errors, reasons, issues


# -- strings this change introduced ---------------------------------------------------------------

PLURALS: dict[tuple[str, str], dict[str, list[str]]] = {
    ("AdminCatalogIO", "Catalog replaced: %n product(s) imported."): {
        "ru": ["Номенклатура заменена: импортирован %n товар.", "Номенклатура заменена: импортировано %n товара.",
               "Номенклатура заменена: импортировано %n товаров."],
        "kk": ["Номенклатура ауыстырылды: %n тауар импортталды."] * 2,
        "en": ["Catalog replaced: %n product imported.", "Catalog replaced: %n products imported."],
    },
    ("AdminCatalogIO", "Exported %n product(s)."): {
        "ru": ["Выгружен %n товар.", "Выгружено %n товара.", "Выгружено %n товаров."],
        "kk": ["%n тауар экспортталды."] * 2,
        "en": ["Exported %n product.", "Exported %n products."],
    },
    ("AdminSales", "Exported %n line(s)."): {
        "ru": ["Выгружена %n строка.", "Выгружено %n строки.", "Выгружено %n строк."],
        "kk": ["%n жол экспортталды."] * 2,
        "en": ["Exported %n line.", "Exported %n lines."],
    },
    ("AdminDashboard", "Sales: %n receipt(s), %1"): {
        "ru": ["Продажи: %n чек, %1", "Продажи: %n чека, %1", "Продажи: %n чеков, %1"],
        "kk": ["Сатулар: %n чек, %1"] * 2,
        "en": ["Sales: %n receipt, %1", "Sales: %n receipts, %1"],
    },
    ("AdminDashboard", "Returns: %n receipt(s), %1"): {
        "ru": ["Возвраты: %n чек, %1", "Возвраты: %n чека, %1", "Возвраты: %n чеков, %1"],
        "kk": ["Қайтарулар: %n чек, %1"] * 2,
        "en": ["Returns: %n receipt, %1", "Returns: %n receipts, %1"],
    },
    ("CashierStatus", "OFD: offline, %n document(s) waiting"): {
        "ru": ["ОФД: нет связи, %n документ ждёт отправки", "ОФД: нет связи, %n документа ждут отправки",
               "ОФД: нет связи, %n документов ждут отправки"],
        "kk": ["ФДО: байланыс жоқ, %n құжат жіберуді күтуде"] * 2,
        "en": ["OFD: offline, %n document waiting", "OFD: offline, %n documents waiting"],
    },
    ("Errors", "The file was not imported: {count} error(s) found. The catalog is unchanged."): {
        "ru": ["Файл не импортирован: найдена {count} ошибка. Каталог не изменён.",
               "Файл не импортирован: найдены {count} ошибки. Каталог не изменён.",
               "Файл не импортирован: найдено {count} ошибок. Каталог не изменён."],
        "kk": ["Файл импортталмады: {count} қате табылды. Каталог өзгермеді."] * 2,
        "en": ["The file was not imported: {count} error found. The catalog is unchanged.",
               "The file was not imported: {count} errors found. The catalog is unchanged."],
    },
    ("Errors", "The OFD rejected {count} document(s). Contact the administrator."): {
        "ru": ["ОФД отклонил {count} документ. Обратитесь к администратору.",
               "ОФД отклонил {count} документа. Обратитесь к администратору.",
               "ОФД отклонил {count} документов. Обратитесь к администратору."],
        "kk": ["ФДО {count} құжатты қабылдамады. Әкімшіге хабарласыңыз."] * 2,
        "en": ["The OFD rejected {count} document. Contact the administrator.",
               "The OFD rejected {count} documents. Contact the administrator."],
    },
    ("Errors", "The register has been offline for more than 72 hours. "
               "Connect to the internet to upload {count} document(s)."): {
        "ru": ["Касса работает без связи с ОФД более 72 часов. Подключитесь к интернету, чтобы отправить "
               f"{{count}} {word}." for word in ("документ", "документа", "документов")],
        "kk": ["Касса ФДО-мен байланыссыз 72 сағаттан артық жұмыс істеп тұр. {count} құжатты жіберу үшін "
               "интернетке қосылыңыз."] * 2,
        "en": ["The register has been offline for more than 72 hours. Connect to the internet to upload "
               f"{{count}} {word}." for word in ("document", "documents")],
    },
    ("ImportIssues", "{count} product(s) have no VAT rate in the file; used «{value}»"): {
        "ru": ["у {count} товара нет ставки НДС в файле; применена ставка «{value}»",
               "у {count} товаров нет ставки НДС в файле; применена ставка «{value}»",
               "у {count} товаров нет ставки НДС в файле; применена ставка «{value}»"],
        "kk": ["файлда {count} тауардың ҚҚС мөлшерлемесі жоқ; «{value}» мөлшерлемесі қолданылды"] * 2,
        "en": ["{count} product has no VAT rate in the file; used «{value}»",
               "{count} products have no VAT rate in the file; used «{value}»"],
    },
    ("ImportIssues", "{count} values instead of {expected}"): {
        "ru": ["{count} значение вместо {expected}", "{count} значения вместо {expected}",
               "{count} значений вместо {expected}"],
        "kk": ["{expected} мәннің орнына {count} мән"] * 2,
        "en": ["{count} value instead of {expected}", "{count} values instead of {expected}"],
    },
    ("ImportIssues", "{count} values instead of {expected}; a comma inside a name must be in double quotes"): {
        "ru": [f"{{count}} {w} вместо {{expected}}; запятая внутри названия должна быть в двойных кавычках"
               for w in ("значение", "значения", "значений")],
        "kk": ["{expected} мәннің орнына {count} мән; атаудың ішіндегі үтір қос тырнақшада болуы керек"] * 2,
        "en": ["{count} value instead of {expected}; a comma inside a name must be in double quotes",
               "{count} values instead of {expected}; a comma inside a name must be in double quotes"],
    },
}

SINGLE: dict[tuple[str, str], dict[str, str]] = {
    ("CashierLogin", "Wrong PIN."): {"ru": "Неверный PIN-код.", "kk": "PIN-код қате."},
}

#: Field labels not already translated in the admin or device screens.
FIELDS: dict[str, dict[str, str]] = {
    "Amount": {"ru": "Сумма", "kk": "Сома"},
    "Price": {"ru": "Цена", "kk": "Баға"},
    "Received": {"ru": "Получено", "kk": "Алынды"},
    "Discount": {"ru": "Скидка", "kk": "Жеңілдік"},
    "Markup": {"ru": "Наценка", "kk": "Үстеме"},
    "Percent": {"ru": "Процент", "kk": "Пайыз"},
    "Discount or markup": {"ru": "Скидка или наценка", "kk": "Жеңілдік немесе үстеме"},
    "Discount on the receipt": {"ru": "Скидка на чек", "kk": "Чекке жеңілдік"},
    "Line": {"ru": "Позиция", "kk": "Позиция"},
    "VAT rate": {"ru": "Ставка НДС", "kk": "ҚҚС мөлшерлемесі"},
    "Receipt number": {"ru": "Номер чека", "kk": "Чек нөмірі"},
    "Shift number": {"ru": "Номер смены", "kk": "Ауысым нөмірі"},
    "Shift closing time": {"ru": "Время закрытия смены", "kk": "Ауысымның жабылу уақыты"},
    "Buyer's IIN/BIN": {"ru": "ИИН/БИН покупателя", "kk": "Сатып алушының ЖСН/БСН"},
    "GTIN": {"ru": "GTIN", "kk": "GTIN"},
    "Marking code": {"ru": "Код маркировки", "kk": "Таңбалау коды"},
    "VAT certificate series": {"ru": "Серия свидетельства НДС", "kk": "ҚҚС куәлігінің сериясы"},
    "PIN": {"ru": "PIN-код", "kk": "PIN-код"},
    "Value": {"ru": "Значение", "kk": "Мән"},
}


def lookup(lang: str, context: str, source: str, tables: tuple) -> str | list[str] | None:
    catalogs, errors, reasons, issues = tables
    if (context, source) in PLURALS:
        return PLURALS[(context, source)].get(lang)
    if (context, source) in SINGLE:
        return SINGLE[(context, source)][lang]
    if lang == "en":
        return None
    if context == "Errors":
        codes = [code for code, text in errors["en"].items() if text == source]
        found = {errors[lang][code] for code in codes}
        if len(found) > 1:
            print(f"conflict [{lang}] {source!r}: {found}")
        return next(iter(found), None)
    if context == "Reasons":
        return reasons[lang].get(source)
    if context == "ImportIssues":
        return issues[lang].get(source)
    if context == "Fields":
        if source in FIELDS:
            return FIELDS[source][lang]
        for screen in ("AdminCommon", "DeviceCommon"):
            if source in catalogs[lang].get(screen, {}):
                return catalogs[lang][screen][source]
        return None
    return catalogs[lang].get(context, {}).get(source)


def fill(lang: str, tables: tuple) -> list[tuple[str, str]]:
    path = translations.ts_path(lang)
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            found = lookup(lang, name, source, tables)
            numerus = message.get("numerus") == "yes"
            if found is None or numerus != isinstance(found, list):
                missing.append((name, source))
                continue
            if numerus:
                assert len(found) == NFORMS[lang], (lang, source)
                for form, text in zip(translation.findall("numerusform"), found, strict=True):
                    form.text = text
            else:
                translation.text = found
            del translation.attrib["type"]
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    translations.update()
    tables = old_tables()
    for lang in ("ru", "kk", "en"):
        for context, source in fill(lang, tables):
            print(f"not filled [{lang}] {context}: {source!r}")
    translations.update()  # lupdate rewrites the files in its own layout
    return 0


if __name__ == "__main__":
    sys.exit(main())
