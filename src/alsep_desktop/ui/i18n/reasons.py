"""Translations of ``ValidationError`` reasons: English template → sentence, per language.

A reason is raised as an English template literal with ``{name}`` placeholders
(``InvalidAmount(field, "'{value}' is not an amount (expected e.g. 1234.50)", value=text)``);
``describe`` looks the template up here and formats it with ``exc.reason_params``.
English needs no table: the template is English. Translations keep the same placeholders.
``tests/unit/arch/test_arch_reasons.py`` checks that every template raised has a ru and a kk
entry and that no entry is stale.
"""

from __future__ import annotations

REASONS: dict[str, dict[str, str]] = {
    "ru": {
        # -- amounts, quantities, percents ----------------------------------------------------
        "a float cannot be an amount of money": "сумма не может быть числом с плавающей точкой",
        "'{value}' is not an amount (expected e.g. 1234.50)": "«{value}» — не сумма (пример: 1234.50)",
        "{value} has more than 2 decimal places": "в {value} больше двух знаков после запятой",
        "{value} is not a number": "{value} — не число",
        "a float cannot be a quantity": "количество не может быть числом с плавающей точкой",
        "'{value}' is not a quantity (expected e.g. 1.250)": "«{value}» — не количество (пример: 1.250)",
        "{value} has more than 3 decimal places": "в {value} больше трёх знаков после запятой",
        "must not be negative": "значение не может быть отрицательным",
        "{value} % is over 100 %": "{value} % — больше 100 %",
        "a float cannot be a percent": "процент не может быть числом с плавающей точкой",
        "'{value}' is not a percent": "«{value}» — не процент",
        "'{value}' has more than 2 decimal places": "в «{value}» больше двух знаков после запятой",
        "{value} % is outside 0–100 %": "{value} % — вне диапазона 0–100 %",
        "unknown VAT rate '{value}' (allowed: {allowed})": "неизвестная ставка НДС «{value}» (допустимы: {allowed})",
        # -- receipt lines ----------------------------------------------------------------------
        "the line has no name": "у позиции нет названия",
        "negative price {value}": "отрицательная цена {value}",
        "price {value} is too large": "цена {value} слишком велика",
        "must be greater than zero": "значение должно быть больше нуля",
        "{value} is too large": "{value} — слишком много",
        "discount is larger than the line amount {limit}": "скидка больше суммы позиции {limit}",
        "discount {value} is larger than the subtotal {limit}": "скидка {value} больше суммы чека {limit}",
        "the receipt has no lines to adjust": "в чеке нет позиций для скидки или наценки",
        "the receipt has no line {position}": "в чеке нет позиции {position}",
        # -- marking codes -----------------------------------------------------------------------
        "GTIN must be 14 digits, got '{value}'": "GTIN должен состоять из 14 цифр, получено «{value}»",
        "GTIN {value} has a wrong check digit (expected {expected})":
            "у GTIN {value} неверная контрольная цифра (ожидалась {expected})",
        "AI ({ai}) is longer than {limit} characters and has no GS after it":
            "AI ({ai}) длиннее {limit} символов и после него нет разделителя GS",
        "unknown application identifier '{value}' at position {position}":
            "неизвестный идентификатор применения «{value}» в позиции {position}",
        "AI ({ai}) needs {length} characters": "для AI ({ai}) нужно {length} символов",
        "AI ({ai}) is empty": "AI ({ai}) пуст",
        "AI ({ai}) appears twice": "AI ({ai}) встречается дважды",
        "the marking code is empty": "код маркировки пуст",
        "a marking code starts with (01) GTIN": "код маркировки начинается с (01) GTIN",
        "the serial number (21) is missing": "нет серийного номера (21)",
        "the serial has characters outside printable ASCII": "в серийном номере есть недопустимые символы (не печатные ASCII)",
        "AI (91) key and AI (92) signature come together": "ключ AI (91) и подпись AI (92) указываются только вместе",
        "no crypto part: (91)+(92) or (93) is required": "нет криптохвоста: нужны (91)+(92) или (93)",
        # -- identifiers and formats -------------------------------------------------------------
        "an IIN/BIN has exactly 12 digits": "ИИН/БИН состоит ровно из 12 цифр",
        "IIN/BIN {value} fails its check digit": "у ИИН/БИН {value} неверная контрольная цифра",
        "a Kazakhstan IBAN is KZ, 2 check digits and 16 characters":
            "казахстанский IBAN — это KZ, 2 контрольные цифры и ещё 16 символов",
        "IBAN {value} fails its mod-97 check": "IBAN {value} не проходит проверку контрольных цифр (mod-97)",
        "a BIK (SWIFT/BIC) has 8 or 11 letters and digits": "БИК (SWIFT/BIC) состоит из 8 или 11 букв и цифр",
        "'{value}' is not an e-mail address": "«{value}» — не адрес электронной почты",
        "barcode '{value}' must be 1 to 14 digits": "штрихкод «{value}» должен состоять из 1–14 цифр",
        "an OKED code has 5 digits": "код ОКЭД состоит из 5 цифр",
        "an NTIN has 13 or 14 digits, got '{value}'": "NTIN состоит из 13 или 14 цифр, указано «{value}»",
        "'{value}' is not in decimal degrees (e.g. 43.238949)":
            "«{value}» — не градусы в десятичной записи (пример: 43.238949)",
        "latitude {value} is outside Kazakhstan (40.5 to 55.5)":
            "широта {value} — за пределами Казахстана (допустимо от 40.5 до 55.5)",
        "longitude {value} is outside Kazakhstan (46.5 to 87.5)":
            "долгота {value} — за пределами Казахстана (допустимо от 46.5 до 87.5)",
        "give both latitude and longitude, or neither": "укажите и широту, и долготу — или не указывайте ни одну",
        # -- printed documents ---------------------------------------------------------------------
        "a naive datetime; give an aware one (Asia/Almaty)":
            "время без часового пояса; укажите время с часовым поясом (Asia/Almaty)",
        "a VAT payer must print the VAT certificate series and number":
            "плательщик НДС должен печатать серию и номер свидетельства по НДС",
        "must be positive": "значение должно быть положительным",
        "a Z report needs the shift closing time": "для Z-отчёта нужно время закрытия смены",
        "a cash move must be greater than zero": "сумма внесения или изъятия должна быть больше нуля",
        # -- admin, organisation, catalog --------------------------------------------------------
        "the trade point name is empty": "не указано название торговой точки",
        "required": "обязательное поле",
        "product {product} is not in this register": "товара {product} нет в этой ККМ",
        "product {product} belongs to another register": "товар {product} относится к другой ККМ",
        "the company name is empty": "не указано название компании",
        "a VAT payer needs the certificate series and number": "для плательщика НДС нужны серия и номер свидетельства",
        "the register name is empty": "не указано название ККМ",
        "{value} is not a plausible year": "{value} — неправдоподобный год",
        "a number issued by the OFD (digits only)": "номер, выданный ОФД (только цифры)",
        "the bundle name is empty": "не указано название набора",
        "a bundle needs at least one product": "в наборе должен быть хотя бы один товар",
        "the product code is empty": "не указан код товара",
        "at most 64 characters": "не более 64 символов",
        "the product name is empty": "не указано название товара",
        "at most 255 characters": "не более 255 символов",
        "at most 512 characters": "не более 512 символов",
        # -- users ---------------------------------------------------------------------------------
        "at least {limit} characters": "не менее {limit} символов",
        "a PIN is 4 to 8 digits": "PIN-код — от 4 до 8 цифр",
        "you cannot block your own account": "нельзя заблокировать собственную учётную запись",
        # -- reports -------------------------------------------------------------------------------
        "the end is before the start": "конец периода раньше начала",
        "at most {limit} days": "не более {limit} дней",
        # -- devices -------------------------------------------------------------------------------
        "paper width must be 58 or 80 mm, got {value}": "ширина бумаги должна быть 58 или 80 мм, указано {value}",
        "unknown printer kind {value}": "неизвестный тип принтера {value}",
        "profile {profile} is not for {width} mm paper": "профиль {profile} не подходит для бумаги {width} мм",
        "the printer's address is empty": "не указан адрес принтера",
        "the port or path is empty": "не указан порт или путь",
        "a TCP port is between 1 and 65535": "TCP-порт — число от 1 до 65535",
        "one of {allowed}": "одно из значений: {allowed}",
        "the scanner port is empty": "не указан порт сканера",
        "key gap 5–500 ms, minimum length 1–64": "пауза между нажатиями 5–500 мс, минимальная длина 1–64",
        "the SMTP server is empty": "не указан SMTP-сервер",
    },
    "kk": {
        # -- amounts, quantities, percents ----------------------------------------------------
        "a float cannot be an amount of money": "сома өзгермелі нүктелі сан бола алмайды",
        "'{value}' is not an amount (expected e.g. 1234.50)": "«{value}» сома емес (мысалы: 1234.50)",
        "{value} has more than 2 decimal places": "{value} санында үтірден кейін екі таңбадан көп",
        "{value} is not a number": "{value} сан емес",
        "a float cannot be a quantity": "саны өзгермелі нүктелі сан бола алмайды",
        "'{value}' is not a quantity (expected e.g. 1.250)": "«{value}» саны емес (мысалы: 1.250)",
        "{value} has more than 3 decimal places": "{value} санында үтірден кейін үш таңбадан көп",
        "must not be negative": "мән теріс болмауы керек",
        "{value} % is over 100 %": "{value} % 100 %-дан асады",
        "a float cannot be a percent": "пайыз өзгермелі нүктелі сан бола алмайды",
        "'{value}' is not a percent": "«{value}» пайыз емес",
        "'{value}' has more than 2 decimal places": "«{value}» мәнінде үтірден кейін екі таңбадан көп",
        "{value} % is outside 0–100 %": "{value} % 0–100 % аралығынан тыс",
        "unknown VAT rate '{value}' (allowed: {allowed})":
            "ҚҚС мөлшерлемесі «{value}» белгісіз (рұқсат етілгендер: {allowed})",
        # -- receipt lines ----------------------------------------------------------------------
        "the line has no name": "позицияның атауы жоқ",
        "negative price {value}": "баға теріс: {value}",
        "price {value} is too large": "{value} бағасы тым үлкен",
        "must be greater than zero": "мән нөлден үлкен болуы керек",
        "{value} is too large": "{value} тым көп",
        "discount is larger than the line amount {limit}": "жеңілдік позиция сомасынан ({limit}) үлкен",
        "discount {value} is larger than the subtotal {limit}": "{value} жеңілдігі чек сомасынан ({limit}) үлкен",
        "the receipt has no lines to adjust": "чекте жеңілдік не үстеме қолданатын позиция жоқ",
        "the receipt has no line {position}": "чекте {position} позициясы жоқ",
        # -- marking codes -----------------------------------------------------------------------
        "GTIN must be 14 digits, got '{value}'": "GTIN 14 цифрдан тұруы керек, берілгені: «{value}»",
        "GTIN {value} has a wrong check digit (expected {expected})":
            "{value} GTIN-інің бақылау цифры қате ({expected} күтілген)",
        "AI ({ai}) is longer than {limit} characters and has no GS after it":
            "AI ({ai}) {limit} таңбадан ұзын және одан кейін GS бөлгіші жоқ",
        "unknown application identifier '{value}' at position {position}":
            "{position} орнында белгісіз қолдану идентификаторы «{value}»",
        "AI ({ai}) needs {length} characters": "AI ({ai}) үшін {length} таңба қажет",
        "AI ({ai}) is empty": "AI ({ai}) бос",
        "AI ({ai}) appears twice": "AI ({ai}) екі рет кездеседі",
        "the marking code is empty": "таңбалау коды бос",
        "a marking code starts with (01) GTIN": "таңбалау коды (01) GTIN-нен басталады",
        "the serial number (21) is missing": "сериялық нөмір (21) жоқ",
        "the serial has characters outside printable ASCII": "сериялық нөмірде жарамсыз таңбалар бар (басылатын ASCII емес)",
        "AI (91) key and AI (92) signature come together": "AI (91) кілті мен AI (92) қолтаңбасы тек бірге беріледі",
        "no crypto part: (91)+(92) or (93) is required": "криптобөлік жоқ: (91)+(92) немесе (93) қажет",
        # -- identifiers and formats -------------------------------------------------------------
        "an IIN/BIN has exactly 12 digits": "ЖСН/БСН дәл 12 цифрдан тұрады",
        "IIN/BIN {value} fails its check digit": "{value} ЖСН/БСН-інің бақылау цифры қате",
        "a Kazakhstan IBAN is KZ, 2 check digits and 16 characters":
            "Қазақстандық IBAN: KZ, 2 бақылау цифры және тағы 16 таңба",
        "IBAN {value} fails its mod-97 check": "{value} IBAN бақылау цифрларын тексеруден (mod-97) өтпейді",
        "a BIK (SWIFT/BIC) has 8 or 11 letters and digits": "БСК (SWIFT/BIC) 8 немесе 11 әріп пен цифрдан тұрады",
        "'{value}' is not an e-mail address": "«{value}» электрондық пошта мекенжайы емес",
        "barcode '{value}' must be 1 to 14 digits": "«{value}» штрихкоды 1–14 цифрдан тұруы керек",
        "an OKED code has 5 digits": "ЭҚЖЖ коды 5 цифрдан тұрады",
        "an NTIN has 13 or 14 digits, got '{value}'": "NTIN 13 немесе 14 цифрдан тұрады, берілгені: «{value}»",
        "'{value}' is not in decimal degrees (e.g. 43.238949)":
            "«{value}» ондық бөлшек түріндегі градус емес (мысалы: 43.238949)",
        "latitude {value} is outside Kazakhstan (40.5 to 55.5)":
            "{value} ендігі Қазақстан аумағынан тыс (40.5-тен 55.5-ке дейін болуы керек)",
        "longitude {value} is outside Kazakhstan (46.5 to 87.5)":
            "{value} бойлығы Қазақстан аумағынан тыс (46.5-тен 87.5-ке дейін болуы керек)",
        "give both latitude and longitude, or neither": "ендікті де, бойлықты да көрсетіңіз — немесе екеуін де бос қалдырыңыз",
        # -- printed documents ---------------------------------------------------------------------
        "a naive datetime; give an aware one (Asia/Almaty)":
            "уақыт белдеуі жоқ уақыт; уақыт белдеуімен көрсетіңіз (Asia/Almaty)",
        "a VAT payer must print the VAT certificate series and number":
            "ҚҚС төлеушісі ҚҚС куәлігінің сериясы мен нөмірін басып шығаруы керек",
        "must be positive": "мән оң болуы керек",
        "a Z report needs the shift closing time": "Z-есеп үшін ауысымның жабылу уақыты қажет",
        "a cash move must be greater than zero": "қолма-қол ақшаны енгізу не алу сомасы нөлден үлкен болуы керек",
        # -- admin, organisation, catalog --------------------------------------------------------
        "the trade point name is empty": "сауда нүктесінің атауы көрсетілмеген",
        "required": "міндетті өріс",
        "product {product} is not in this register": "{product} тауары бұл БКМ-де жоқ",
        "product {product} belongs to another register": "{product} тауары басқа БКМ-ге тиесілі",
        "the company name is empty": "компания атауы көрсетілмеген",
        "a VAT payer needs the certificate series and number": "ҚҚС төлеушісіне куәліктің сериясы мен нөмірі қажет",
        "the register name is empty": "БКМ атауы көрсетілмеген",
        "{value} is not a plausible year": "{value} — шындыққа ұқсамайтын жыл",
        "a number issued by the OFD (digits only)": "ФДО берген нөмір (тек цифрлар)",
        "the bundle name is empty": "жиынтық атауы көрсетілмеген",
        "a bundle needs at least one product": "жиынтықта кемінде бір тауар болуы керек",
        "the product code is empty": "тауар коды көрсетілмеген",
        "at most 64 characters": "64 таңбадан аспауы керек",
        "the product name is empty": "тауар атауы көрсетілмеген",
        "at most 255 characters": "255 таңбадан аспауы керек",
        "at most 512 characters": "512 таңбадан аспауы керек",
        # -- users ---------------------------------------------------------------------------------
        "at least {limit} characters": "кемінде {limit} таңба",
        "a PIN is 4 to 8 digits": "PIN-код 4-тен 8-ге дейін цифрдан тұрады",
        "you cannot block your own account": "өз тіркелгіңізді бұғаттай алмайсыз",
        # -- reports -------------------------------------------------------------------------------
        "the end is before the start": "кезеңнің соңы басынан ерте",
        "at most {limit} days": "{limit} күннен аспауы керек",
        # -- devices -------------------------------------------------------------------------------
        "paper width must be 58 or 80 mm, got {value}": "қағаз ені 58 немесе 80 мм болуы керек, көрсетілгені: {value}",
        "unknown printer kind {value}": "принтер түрі белгісіз: {value}",
        "profile {profile} is not for {width} mm paper": "{profile} профилі {width} мм қағазға арналмаған",
        "the printer's address is empty": "принтер мекенжайы көрсетілмеген",
        "the port or path is empty": "порт немесе жол көрсетілмеген",
        "a TCP port is between 1 and 65535": "TCP порты 1-ден 65535-ке дейінгі сан",
        "one of {allowed}": "мына мәндердің бірі: {allowed}",
        "the scanner port is empty": "сканер порты көрсетілмеген",
        "key gap 5–500 ms, minimum length 1–64": "пернелер арасындағы үзіліс 5–500 мс, ең аз ұзындық 1–64",
        "the SMTP server is empty": "SMTP сервері көрсетілмеген",
    },
}

#: Messages of catalog-import issues (``exchange.rows.ImportIssue``): English template → sentence.
#: An issue that wraps a ``ValidationError`` carries that error's template, found in ``REASONS``.
ISSUES: dict[str, dict[str, str]] = {
    "ru": {
        # -- whole CSV file --------------------------------------------------------------------------
        "file is UTF-16, not UTF-8 (save it as «CSV UTF-8»)": "файл в UTF-16, а не в UTF-8 (сохраните его как «CSV UTF-8»)",
        "file is not UTF-8 (looks like cp1251?); save it as «CSV UTF-8»":
            "файл не в UTF-8 (похоже на cp1251); сохраните его как «CSV UTF-8»",
        "file is not UTF-8 (unknown encoding); save it as «CSV UTF-8»":
            "файл не в UTF-8 (кодировка не распознана); сохраните его как «CSV UTF-8»",
        "broken CSV ({detail}); check the quotes": "повреждённый CSV ({detail}); проверьте кавычки",
        "the file is empty (no header line)": "файл пуст (нет строки заголовков)",
        "the file has a header but no products": "в файле есть заголовок, но нет товаров",
        "columns are separated by semicolons (;); the file must use commas "
        "(in Excel: Save as → «CSV UTF-8 (comma delimited)»)":
            "столбцы разделены точкой с запятой (;), а нужна запятая "
            "(в Excel: Сохранить как → «CSV UTF-8 (разделитель — запятая)»)",
        "columns are separated by tabs; the file must use commas (in Excel: Save as → «CSV UTF-8 (comma delimited)»)":
            "столбцы разделены табуляцией, а нужна запятая "
            "(в Excel: Сохранить как → «CSV UTF-8 (разделитель — запятая)»)",
        "columns are separated by bars (|); the file must use commas "
        "(in Excel: Save as → «CSV UTF-8 (comma delimited)»)":
            "столбцы разделены вертикальной чертой (|), а нужна запятая "
            "(в Excel: Сохранить как → «CSV UTF-8 (разделитель — запятая)»)",
        "column '{value}' is not known and is ignored": "столбец «{value}» неизвестен и пропущен",
        "column '{value}' appears twice": "столбец «{value}» встречается дважды",
        "missing column(s): {value} (found: {found})": "нет столбцов: {value} (найдены: {found})",
        # -- CSV rows and fields ---------------------------------------------------------------------
        "{count} values instead of {expected}": "значений {count} вместо {expected}",
        "{count} values instead of {expected}; a comma inside a name must be in double quotes":
            "значений {count} вместо {expected}; запятая внутри названия должна быть в двойных кавычках",
        "a value is required": "поле обязательно",
        "contains a control character (tab or line break)": "содержит управляющий символ (табуляцию или перенос строки)",
        "is {length} characters long (at most {limit})": "длина {length} символов (не более {limit})",
        "a price is required": "цена обязательна",
        "price {value} is negative": "цена {value} отрицательная",
        "'{value}' is not an amount": "«{value}» — не сумма",
        "'{value}' is not yes/no (use 1 or 0)": "«{value}» — не «да/нет» (укажите 1 или 0)",
        "unknown unit '{value}' (use an ОКЕИ code such as 796 or 166)":
            "неизвестная единица «{value}» (укажите код ОКЕИ, например 796 или 166)",
        "code '{value}' is also on row {first_row}": "код «{value}» уже есть в строке {first_row}",
        "barcode {value} is also on row {first_row}": "штрихкод {value} уже есть в строке {first_row}",
        # -- 1C (CommerceML) -------------------------------------------------------------------------
        "{file} is not a CommerceML file (root <{root}>)": "{file} — не файл CommerceML (корневой элемент <{root}>)",
        "{file} is not well-formed XML at line {position}, column {column}":
            "{file}: ошибка в XML в строке {position}, столбце {column}",
        "{file} holds only changes; export the full catalog from 1C (clear «Выгружать только изменения»)":
            "{file} содержит только изменения; выгрузите из 1С весь каталог "
            "(снимите флажок «Выгружать только изменения»)",
        "import.xml has no products (Каталог/Товары/Товар)": "в import.xml нет товаров (Каталог/Товары/Товар)",
        "price type «{value}» is not in offers.xml (available: {allowed})":
            "типа цен «{value}» нет в offers.xml (есть: {allowed})",
        "price type «{value}» is not in offers.xml (no ТипыЦен)": "типа цен «{value}» нет в offers.xml (нет раздела ТипыЦен)",
        "group {value} is not in Классификатор": "группы {value} нет в Классификаторе",
        "unit '{value}' is not known; sold by the piece": "единица «{value}» неизвестна; товар продаётся поштучно",
        "product {product} has no price of the chosen type": "у товара {product} нет цены выбранного типа",
        "price is in {value}, not KZT": "цена в {value}, а не в тенге (KZT)",
        "offer {product} has no product in import.xml": "для предложения {product} нет товара в import.xml",
        "{count} product(s) have no VAT rate in the file; used «{value}»":
            "товаров без ставки НДС в файле: {count}; применена ставка «{value}»",
    },
    "kk": {
        # -- whole CSV file --------------------------------------------------------------------------
        "file is UTF-16, not UTF-8 (save it as «CSV UTF-8»)": "файл UTF-8 емес, UTF-16 кодтауында («CSV UTF-8» ретінде сақтаңыз)",
        "file is not UTF-8 (looks like cp1251?); save it as «CSV UTF-8»":
            "файл UTF-8 кодтауында емес (cp1251 сияқты); оны «CSV UTF-8» ретінде сақтаңыз",
        "file is not UTF-8 (unknown encoding); save it as «CSV UTF-8»":
            "файл UTF-8 кодтауында емес (кодтау анықталмады); оны «CSV UTF-8» ретінде сақтаңыз",
        "broken CSV ({detail}); check the quotes": "CSV бүлінген ({detail}); тырнақшаларды тексеріңіз",
        "the file is empty (no header line)": "файл бос (тақырып жолы жоқ)",
        "the file has a header but no products": "файлда тақырып бар, бірақ тауарлар жоқ",
        "columns are separated by semicolons (;); the file must use commas "
        "(in Excel: Save as → «CSV UTF-8 (comma delimited)»)":
            "бағандар нүктелі үтірмен (;) бөлінген, ал үтір қажет "
            "(Excel-де: Басқаша сақтау → «CSV UTF-8 (бөлгіш — үтір)»)",
        "columns are separated by tabs; the file must use commas (in Excel: Save as → «CSV UTF-8 (comma delimited)»)":
            "бағандар табуляциямен бөлінген, ал үтір қажет "
            "(Excel-де: Басқаша сақтау → «CSV UTF-8 (бөлгіш — үтір)»)",
        "columns are separated by bars (|); the file must use commas "
        "(in Excel: Save as → «CSV UTF-8 (comma delimited)»)":
            "бағандар тік сызықпен (|) бөлінген, ал үтір қажет "
            "(Excel-де: Басқаша сақтау → «CSV UTF-8 (бөлгіш — үтір)»)",
        "column '{value}' is not known and is ignored": "«{value}» бағаны белгісіз, өткізіп жіберілді",
        "column '{value}' appears twice": "«{value}» бағаны екі рет кездеседі",
        "missing column(s): {value} (found: {found})": "бағандар жоқ: {value} (табылғандары: {found})",
        # -- CSV rows and fields ---------------------------------------------------------------------
        "{count} values instead of {expected}": "{expected} мәннің орнына {count} мән",
        "{count} values instead of {expected}; a comma inside a name must be in double quotes":
            "{expected} мәннің орнына {count} мән; атаудың ішіндегі үтір қос тырнақшада болуы керек",
        "a value is required": "өріс міндетті",
        "contains a control character (tab or line break)": "басқару таңбасы бар (табуляция немесе жол ауыстыру)",
        "is {length} characters long (at most {limit})": "ұзындығы {length} таңба ({limit} таңбадан аспауы керек)",
        "a price is required": "баға міндетті",
        "price {value} is negative": "{value} бағасы теріс",
        "'{value}' is not an amount": "«{value}» сома емес",
        "'{value}' is not yes/no (use 1 or 0)": "«{value}» «иә/жоқ» емес (1 немесе 0 көрсетіңіз)",
        "unknown unit '{value}' (use an ОКЕИ code such as 796 or 166)":
            "«{value}» өлшем бірлігі белгісіз (ОКЕИ кодын көрсетіңіз, мысалы 796 немесе 166)",
        "code '{value}' is also on row {first_row}": "«{value}» коды {first_row}-жолда да бар",
        "barcode {value} is also on row {first_row}": "{value} штрихкоды {first_row}-жолда да бар",
        # -- 1C (CommerceML) -------------------------------------------------------------------------
        "{file} is not a CommerceML file (root <{root}>)": "{file} CommerceML файлы емес (түбір элементі <{root}>)",
        "{file} is not well-formed XML at line {position}, column {column}":
            "{file}: XML қатесі, {position}-жол, {column}-баған",
        "{file} holds only changes; export the full catalog from 1C (clear «Выгружать только изменения»)":
            "{file} тек өзгерістерді қамтиды; 1С-тен бүкіл каталогты шығарыңыз "
            "(«Выгружать только изменения» белгісін алып тастаңыз)",
        "import.xml has no products (Каталог/Товары/Товар)": "import.xml ішінде тауарлар жоқ (Каталог/Товары/Товар)",
        "price type «{value}» is not in offers.xml (available: {allowed})":
            "offers.xml ішінде «{value}» баға түрі жоқ (барлары: {allowed})",
        "price type «{value}» is not in offers.xml (no ТипыЦен)":
            "offers.xml ішінде «{value}» баға түрі жоқ (ТипыЦен бөлімі жоқ)",
        "group {value} is not in Классификатор": "{value} тобы Классификаторда жоқ",
        "unit '{value}' is not known; sold by the piece": "«{value}» өлшем бірлігі белгісіз; тауар данамен сатылады",
        "product {product} has no price of the chosen type": "{product} тауарының таңдалған түрдегі бағасы жоқ",
        "price is in {value}, not KZT": "баға теңгемен (KZT) емес, {value} валютасында",
        "offer {product} has no product in import.xml": "{product} ұсынысына import.xml ішінде тауар жоқ",
        "{count} product(s) have no VAT rate in the file; used «{value}»":
            "файлда ҚҚС мөлшерлемесі жоқ тауарлар: {count}; «{value}» мөлшерлемесі қолданылды",
    },
}
