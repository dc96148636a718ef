"""Русский каталог: context → {English source → перевод}. Context '*' is shared."""

MESSAGES: dict[str, dict[str, str]] = {
    "MainWindow": {
        "Alsep Desktop — online cash register": "Alsep Desktop — онлайн-касса",
        "Company: %1 (BIN %2)": "Компания: %1 (БИН %2)",
        "No company yet: an administrator sets it up in the admin tab.":
            "Компания ещё не создана: администратор заполняет её во вкладке «Администрирование».",
        "Register %1, serial %2, products: %3": "ККМ %1, заводской номер %2, товаров: %3",
        "No register yet.": "ККМ ещё не создана.",
        "Store ready, schema %1": "База данных готова, схема %1",
    },
    "*": {
        "OK": "ОК",
        "Cancel": "Отмена",
        "Save": "Сохранить",
        "Close": "Закрыть",
        "Error": "Ошибка",
    },
}
