"""Қазақша каталог: context → {English source → аударма}. Context '*' is shared."""

MESSAGES: dict[str, dict[str, str]] = {
    "*": {
        "OK": "ОК",
        "Cancel": "Болдырмау",
        "Save": "Сақтау",
        "Close": "Жабу",
        "Error": "Қате",
    },
}
