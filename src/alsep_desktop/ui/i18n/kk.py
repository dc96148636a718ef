"""Қазақша каталог: context → {English source → аударма}. Context '*' is shared."""

MESSAGES: dict[str, dict[str, str]] = {
    "MainWindow": {
        "Alsep Desktop — online cash register": "Alsep Desktop — онлайн-касса",
        "Company: %1 (BIN %2)": "Компания: %1 (БСН %2)",
        "No company yet: an administrator sets it up in the admin tab.":
            "Компания әлі құрылмаған: әкімші оны «Әкімшілік» қойындысында толтырады.",
        "Register %1, serial %2, products: %3": "БКМ %1, зауыттық нөмірі %2, тауарлар: %3",
        "No register yet.": "БКМ әлі құрылмаған.",
        "Store ready, schema %1": "Дерекқор дайын, схема %1",
    },
    "*": {
        "OK": "ОК",
        "Cancel": "Болдырмау",
        "Save": "Сақтау",
        "Close": "Жабу",
        "Error": "Қате",
    },
}
