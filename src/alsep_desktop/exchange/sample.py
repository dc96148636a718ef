"""A realistic, deterministic catalog of any size, for tests, benches and demo mode.

Russian and Kazakh names, groups like ``1.2``, unique EAN-13 barcodes with the Kazakhstan
GS1 prefix 487 and a correct check digit, prices with tiyn, VAT mostly at the standard rate,
a few weighed goods, discounts, markups and price-editable services.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Unit
from alsep_desktop.exchange.csv_catalog import write_csv
from alsep_desktop.exchange.progress import Source
from alsep_desktop.exchange.rows import ProductRow

_GROUPS: tuple[tuple[str, tuple[str, ...], Unit], ...] = (
    ("1", ("Сүт", "Молоко", "Айран", "Қымыз", "Шұбат", "Кефир", "Ірімшік", "Сметана"), Unit.PIECE),
    ("2", ("Нан", "Хлеб бородинский", "Бауырсақ", "Лепёшка", "Батон нарезной"), Unit.PIECE),
    ("3", ("Қазы", "Шұжық", "Колбаса докторская", "Жая", "Сосиски"), Unit.KILOGRAM),
    ("4", ("Шай", "Чай чёрный", "Кофе молотый", "Қант", "Сахар-песок", "Тұз"), Unit.PIECE),
    ("5", ("Алма", "Яблоки апорт", "Қызанақ", "Картофель", "Пияз", "Сәбіз"), Unit.KILOGRAM),
    ("6", ("Жеткізу қызметі", "Услуга упаковки", "Подарочная упаковка"), Unit.SERVICE),
)
_BRANDS = (
    "Фуд Мастер",
    "Адал",
    "Rahat",
    "Баян Сұлу",
    "Шымкентская",
    "Ет-Ақ",
    "Өскемен",
    "Lactel",
    "",
)
_SIZES = ("0,5 л", "1 л", "900 г", "450 г", "250 г", "1 кг", "200 мл", "5 шт", "")


def ean13(body12: str) -> str:
    """``body12`` plus its EAN-13 check digit."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return body12 + str((10 - total % 10) % 10)


def sample_rows(n: int, *, seed: int = 7) -> Iterator[ProductRow]:
    """``n`` valid, unique product rows; the same ``n`` and ``seed`` give the same rows."""
    rnd = random.Random(seed)
    vat_codes = ("16",) * 8 + ("none", "0")
    for i in range(1, n + 1):
        group, words, unit = _GROUPS[rnd.randrange(len(_GROUPS))]
        sub = rnd.randint(1, 4)
        name = " ".join(
            p for p in (rnd.choice(words), rnd.choice(_BRANDS), rnd.choice(_SIZES)) if p
        )
        if unit is Unit.SERVICE:
            price = Money(rnd.randint(0, 500) * 100)
        else:
            price = Money(rnd.randint(50, 60_000) * 100 + rnd.choice((0, 0, 50, 99, 25)))
        yield ProductRow(
            code=str(i),
            group_code=f"{group}.{sub}",
            barcode="" if unit is Unit.SERVICE else ean13(f"487{i:09d}"),
            name=f"{name} №{i}" if rnd.random() < 0.3 else name,
            price=price,
            discount_bp=rnd.choice((0, 0, 0, 0, 500, 1000, 250)),
            markup_bp=rnd.choice((0, 0, 0, 1500)),
            vat=rnd.choice(vat_codes),
            editable_price=unit is Unit.SERVICE,
            unit=unit,
        )


def write_sample_csv(dest: Source, n: int, *, seed: int = 7) -> int:
    """Write ``n`` sample rows as a catalog CSV (same format as the export). Returns ``n``."""
    return write_csv(sample_rows(n, seed=seed), dest)
