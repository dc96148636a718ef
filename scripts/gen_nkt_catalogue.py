"""Write the OFD sandbox's national-catalogue (НКТ) fixture: a few hundred products shaped like
real Kazakh items, with ru and kk names, NTIN, units, marked tobacco and social goods.

Deterministic (no randomness, no clock): the same tables always give the same bytes, so the file
is committed and this script checks it (``--check``). Run from the repo root:

    .venv/bin/python scripts/gen_nkt_catalogue.py          # writes the file
    .venv/bin/python scripts/gen_nkt_catalogue.py --check  # exit 1 if the file is not up to date

Barcodes are EAN-13 under Kazakhstan's GS1 prefix 487 (tobacco also 460/465, as sold in KZ) with
valid check digits; NTINs are 13 digits under the catalogue's prefix 02 with valid check digits.
The made-up brands are not real ones. Decision 2201.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from alsep_desktop.domain.marking import gtin_check_digit  # noqa: E402

OUT = ROOT / "src" / "alsep_desktop" / "fiscal" / "sandbox" / "nkt_catalogue.json"
VERSION = 7  # the catalogue version the sandbox names in its answers
CREATED = "2026-11-02T09:00:00"  # Asia/Almaty, when this catalogue version was "published"

PIECE, KG = ("796", "шт", False), ("166", "кг", True)

GROUPS = [
    (1, "Хлеб и хлебобулочные изделия", "Нан және нан-тоқаш өнімдері"),
    (2, "Молоко и молочная продукция", "Сүт және сүт өнімдері"),
    (3, "Бакалея", "Бакалея"),
    (4, "Напитки", "Сусындар"),
    (5, "Мясо и мясная продукция", "Ет және ет өнімдері"),
    (6, "Овощи и фрукты", "Көкөністер мен жемістер"),
    (7, "Табачные изделия", "Темекі өнімдері"),
    (8, "Бытовая химия и товары для дома", "Тұрмыстық химия және үйге арналған тауарлар"),
    (9, "Кондитерские изделия", "Кондитерлік өнімдер"),
]

BRANDS = ["Береке", "Асыл", "Дала", "Алатау", "Шапағат"]

# (group, ru name, kk name, social, sizes as (ru, kk), how many brands)
PACKED = [
    (1, "Хлеб пшеничный формовой", "Қалыпқа салынған бидай наны", True, [("500 г", "500 г"), ("600 г", "600 г")], 4),
    (1, "Батон нарезной", "Туралған батон", False, [("400 г", "400 г")], 4),
    (1, "Хлеб ржано-пшеничный", "Қара бидай-бидай наны", False, [("500 г", "500 г")], 3),
    (1, "Лепёшка тандырная", "Тандыр нан", False, [("300 г", "300 г")], 3),
    (1, "Баурсаки", "Бауырсақ", False, [("500 г", "500 г")], 2),
    (2, "Молоко пастеризованное 2,5%", "Пастерленген сүт 2,5%", True, [("1 л", "1 л"), ("900 мл", "900 мл")], 5),
    (2, "Молоко пастеризованное 3,2%", "Пастерленген сүт 3,2%", True, [("1 л", "1 л")], 5),
    (2, "Кефир 1%", "Кефир 1%", True, [("900 мл", "900 мл"), ("450 мл", "450 мл")], 4),
    (2, "Айран 2%", "Айран 2%", False, [("1 л", "1 л"), ("500 мл", "500 мл")], 4),
    (2, "Сметана 20%", "Қаймақ 20%", False, [("400 г", "400 г"), ("200 г", "200 г")], 4),
    (2, "Творог 5%", "Сүзбе 5%", True, [("400 г", "400 г"), ("200 г", "200 г")], 4),
    (2, "Масло сливочное 72,5%", "Сары май 72,5%", True, [("200 г", "200 г"), ("400 г", "400 г")], 4),
    (2, "Сыр полутвёрдый 45%", "Жартылай қатты ірімшік 45%", False, [("200 г", "200 г")], 3),
    (2, "Кумыс", "Қымыз", False, [("1 л", "1 л"), ("500 мл", "500 мл")], 3),
    (2, "Шубат", "Шұбат", False, [("1 л", "1 л")], 3),
    (2, "Курт солёный", "Тұзды құрт", False, [("200 г", "200 г"), ("100 г", "100 г")], 3),
    (3, "Сахар-песок", "Қант құмы", True, [("1 кг", "1 кг"), ("5 кг", "5 кг")], 4),
    (3, "Соль поваренная пищевая йодированная", "Йодталған ас тұзы", True, [("1 кг", "1 кг")], 3),
    (3, "Мука пшеничная высшего сорта", "Жоғары сортты бидай ұны", True, [("2 кг", "2 кг"), ("5 кг", "5 кг")], 4),
    (3, "Рис шлифованный", "Жылтыратылған күріш", True, [("900 г", "900 г")], 4),
    (3, "Крупа гречневая ядрица", "Қарақұмық жармасы", True, [("800 г", "800 г")], 4),
    (3, "Макаронные изделия «Рожки»", "«Мүйізше» макарон өнімдері", True, [("400 г", "400 г")], 4),
    (3, "Масло подсолнечное рафинированное", "Тазартылған күнбағыс майы", True, [("1 л", "1 л"), ("5 л", "5 л")], 4),
    (3, "Яйца куриные столовые С1", "С1 асханалық тауық жұмыртқасы", True, [("10 шт", "10 дана")], 4),
    (3, "Чай чёрный гранулированный", "Түйіршіктелген қара шай", False, [("250 г", "250 г"), ("100 г", "100 г")], 4),
    (3, "Чай зелёный байховый", "Байхы көк шай", False, [("100 г", "100 г")], 3),
    (3, "Кофе растворимый", "Ерігіш кофе", False, [("100 г", "100 г")], 3),
    (4, "Вода питьевая негазированная", "Газдалмаған ауыз су", False,
     [("0,5 л", "0,5 л"), ("1,5 л", "1,5 л"), ("5 л", "5 л")], 4),
    (4, "Вода минеральная газированная", "Газдалған минералды су", False, [("0,5 л", "0,5 л"), ("1 л", "1 л")], 3),
    (4, "Сок яблочный осветлённый", "Мөлдірлетілген алма шырыны", False, [("1 л", "1 л")], 4),
    (4, "Напиток безалкогольный газированный «Тархун»", "«Тархун» алкогольсіз газдалған сусыны", False,
     [("1 л", "1 л")], 3),
    (8, "Мыло туалетное", "Иіс сабын", False, [("90 г", "90 г")], 4),
    (8, "Порошок стиральный автомат", "Автомат кір жуғыш ұнтағы", False, [("400 г", "400 г"), ("3 кг", "3 кг")], 4),
    (8, "Средство для мытья посуды", "Ыдыс жууға арналған құрал", False, [("500 мл", "500 мл")], 4),
    (8, "Бумага туалетная двухслойная", "Екі қабатты дәретхана қағазы", False, [("4 рулона", "4 орам")], 3),
    (9, "Печенье сахарное", "Қантты печенье", False, [("350 г", "350 г")], 4),
    (9, "Шоколад молочный", "Сүтті шоколад", False, [("100 г", "100 г")], 4),
    (9, "Конфеты шоколадные весовые в коробке", "Қораптағы шоколад кәмпиттері", False, [("300 г", "300 г")], 3),
    (9, "Халва подсолнечная", "Күнбағыс халуасы", False, [("350 г", "350 г")], 3),
    (9, "Зефир ванильный", "Ванильді зефир", False, [("250 г", "250 г")], 3),
]

# Weighed goods: sold by the kilogram (unit 166, fractional), (group, ru, kk, social)
WEIGHED = [
    (5, "Говядина на кости (лопаточно-грудная часть)", "Сүйекті сиыр еті (жауырын-төс бөлігі)", True),
    (5, "Говядина мякоть", "Сиыр етінің жұмсағы", False),
    (5, "Баранина на кости", "Сүйекті қой еті", False),
    (5, "Конина на кости", "Сүйекті жылқы еті", False),
    (5, "Фарш говяжий", "Сиыр етінің тартпасы", False),
    (5, "Тушка цыплёнка-бройлера", "Бройлер балапанының ұшасы", True),
    (5, "Окорочка куриные", "Тауықтың сан еті", False),
    (5, "Казы конское", "Жылқы қазысы", False),
    (5, "Шужук конский", "Жылқы шұжығы", False),
    (5, "Карта конская", "Жылқы қартасы", False),
    (6, "Картофель", "Картоп", True),
    (6, "Морковь", "Сәбіз", True),
    (6, "Лук репчатый", "Пияз", True),
    (6, "Капуста белокочанная", "Ақ қауданды қырыққабат", True),
    (6, "Свёкла столовая", "Асханалық қызылша", False),
    (6, "Томаты", "Қызанақ", False),
    (6, "Огурцы", "Қияр", False),
    (6, "Перец сладкий", "Тәтті бұрыш", False),
    (6, "Яблоки «Апорт»", "«Апорт» алмасы", False),
    (6, "Яблоки «Голден»", "«Голден» алмасы", False),
    (6, "Груши", "Алмұрт", False),
    (6, "Бананы", "Банан", False),
    (6, "Апельсины", "Апельсин", False),
    (6, "Лимоны", "Лимон", False),
    (6, "Виноград", "Жүзім", False),
    (6, "Арбуз", "Қарбыз", False),
    (6, "Дыня «Торпеда»", "«Торпеда» қауыны", False),
    (3, "Орехи грецкие очищенные", "Тазартылған грек жаңғағы", False),
]

# Marked tobacco (is_markedeac): made-up brands × lines, 20 sticks a pack
TOBACCO_BRANDS = ["Дала", "Алтын", "Шығыс", "Тұран", "Жібек жолы"]
TOBACCO_LINES = [("классик", "классик"), ("синие", "көк"), ("компакт", "компакт"), ("ментол", "ментол")]
# GTINs the project's marking codes and the demo already use (tests and demo find them here)
TOBACCO_KNOWN = [
    ("4600000000107", "Сигареты (маркированный товар)", "Темекі (таңбаланған тауар)"),
    ("4600439931256", "Сигареты «Ақ Орда» классик, 20 шт", "«Ақ Орда» классик темекісі, 20 дана"),
    ("4870204391510", "Сигареты «Көкжиек» синие, 20 шт", "«Көкжиек» көк темекісі, 20 дана"),
    ("4650117240408", "Сигареты «Сарыарқа» компакт, 20 шт", "«Сарыарқа» компакт темекісі, 20 дана"),
    ("4600266011725", "Сигареты «Нұр» ментол, 20 шт", "«Нұр» ментол темекісі, 20 дана"),
]


def ean13(body12: str) -> str:
    assert len(body12) == 12 and body12.isdigit(), body12
    return body12 + str(gtin_check_digit(body12))


def ntin_for(n: int) -> str:
    return ean13(f"02{n:010d}")


def build() -> dict[str, Any]:
    items: list[dict[str, object]] = []

    def add(group: int, barcode: str, title: str, title_kk: str, unit: tuple[str, str, bool], *,
            social: bool = False, marked: bool = False) -> None:
        assert gtin_check_digit(barcode[:-1]) == int(barcode[-1]), barcode
        n = len(items) + 1
        code, unit_title, fractional = unit
        items.append({"id": 100_000 + n, "group": group, "barcode": barcode, "title": title, "title_kk": title_kk,
                      "ntin": ntin_for(n), "unit": code, "unit_title": unit_title, "fractional": fractional,
                      "marked": marked, "social": social})

    for p, (group, ru, kk, social, sizes, brands) in enumerate(PACKED):
        for b, brand in enumerate(BRANDS[:brands]):
            for s, (size_ru, size_kk) in enumerate(sizes):
                company = 2100 + b * 10  # one GS1 company prefix per made-up brand
                barcode = ean13(f"487{company:04d}{p:03d}{s:02d}")
                add(group, barcode, f"{ru} «{brand}», {size_ru}", f"{kk} «{brand}», {size_kk}", PIECE, social=social)
    for w, (group, ru, kk, social) in enumerate(WEIGHED):
        add(group, ean13(f"4870500{w:05d}"), f"{ru}, весовой", f"{kk}, салмақпен", KG, social=social)
    for t, brand in enumerate(TOBACCO_BRANDS):
        for line, (ru_line, kk_line) in enumerate(TOBACCO_LINES):
            barcode = ean13(f"4870900{t:03d}{line:02d}")
            add(7, barcode, f"Сигареты «{brand}» {ru_line}, 20 шт", f"«{brand}» {kk_line} темекісі, 20 дана",
                PIECE, marked=True)
    for barcode, ru, kk in TOBACCO_KNOWN:
        add(7, barcode, ru, kk, PIECE, marked=True)
    barcodes = [i["barcode"] for i in items]
    assert len(set(barcodes)) == len(barcodes), "duplicate barcode"
    return {
        "version": VERSION, "created": CREATED,
        "groups": [{"id": gid, "title": ru, "title_kk": kk} for gid, ru, kk in GROUPS],
        "items": items,
    }


def render() -> str:
    """One group or item a line, so a change shows as a small diff."""
    data = build()
    head = {k: v for k, v in data.items() if k not in ("groups", "items")}
    lines = [json.dumps(head, ensure_ascii=False)[:-1] + ","]
    for key in ("groups", "items"):
        rows = [json.dumps(row, ensure_ascii=False) for row in data[key]]
        lines.append(f' "{key}": [\n  ' + ",\n  ".join(rows) + "\n ]" + ("," if key == "groups" else ""))
    return "\n".join(lines) + "\n}\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is not up to date: run scripts/gen_nkt_catalogue.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(json.loads(text)['items'])} items")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
