"""Русский каталог: context → {English source → перевод}. Context '*' is shared."""

MESSAGES: dict[str, dict[str, str]] = {
    "*": {
        "OK": "ОК",
        "Cancel": "Отмена",
        "Save": "Сохранить",
        "Close": "Закрыть",
        "Error": "Ошибка",
    },
}
