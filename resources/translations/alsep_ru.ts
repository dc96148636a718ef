<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AdminBundleDialog</name>
    <message>
        <source>Add product</source>
        <translation>Добавить товар</translation>
    </message>
    <message>
        <source>Barcode (digits)</source>
        <translation>Штрихкод (цифры)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Edit bundle</source>
        <translation>Изменить пакет</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>New bundle</source>
        <translation>Новый пакет</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Убрать строку</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>AdminCatalogIO</name>
    <message numerus="yes">
        <source>%n product(s) of this register are not in the file: the import removes them.</source>
        <translation>
            <numerusform>%n товара этой кассы нет в файле: импорт его удалит.</numerusform>
            <numerusform>%n товаров этой кассы нет в файле: импорт их удалит.</numerusform>
            <numerusform>%n товаров этой кассы нет в файле: импорт их удалит.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) to import</source>
        <translation>
            <numerusform>%n товар к загрузке</numerusform>
            <numerusform>%n товара к загрузке</numerusform>
            <numerusform>%n товаров к загрузке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>прочитана %n строка</numerusform>
            <numerusform>прочитано %n строки</numerusform>
            <numerusform>прочитано %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): those rows are fixed or skipped as listed.</source>
        <translation>
            <numerusform>%n предупреждение: эти строки исправлены или пропущены, как указано в списке.</numerusform>
            <numerusform>%n предупреждения: эти строки исправлены или пропущены, как указано в списке.</numerusform>
            <numerusform>%n предупреждений: эти строки исправлены или пропущены, как указано в списке.</numerusform>
        </translation>
    </message>
    <message>
        <source>1C export (CommerceML): %1.</source>
        <translation>Выгрузка 1С (CommerceML): %1.</translation>
    </message>
    <message>
        <source>CSV file, encoding %1, columns separated by %2.</source>
        <translation>Файл CSV, кодировка %1, разделитель столбцов — %2.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>Catalog imported into the cloud: %n product(s) added or updated.</source>
        <translation>
            <numerusform>Номенклатура загружена в облако: %n товар добавлен или обновлён.</numerusform>
            <numerusform>Номенклатура загружена в облако: %n товара добавлено или обновлено.</numerusform>
            <numerusform>Номенклатура загружена в облако: %n товаров добавлено или обновлено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Catalog replaced: %n product(s) imported.</source>
        <translation>
            <numerusform>Номенклатура заменена: импортирован %n товар.</numerusform>
            <numerusform>Номенклатура заменена: импортировано %n товара.</numerusform>
            <numerusform>Номенклатура заменена: импортировано %n товаров.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n product(s).</source>
        <translation>
            <numerusform>Выгружен %n товар.</numerusform>
            <numerusform>Выгружено %n товара.</numerusform>
            <numerusform>Выгружено %n товаров.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <source>Import cancelled: the catalog is unchanged.</source>
        <translation>Импорт отменён: каталог не изменён.</translation>
    </message>
    <message>
        <source>Import the catalog?</source>
        <translation>Загрузить каталог?</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка файла</translation>
    </message>
    <message>
        <source>Price type: %1.</source>
        <translation>Тип цен: %1.</translation>
    </message>
    <message>
        <source>Prices are written with a decimal comma.</source>
        <translation>Цены записаны с десятичной запятой.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n and import</source>
        <translation>
            <numerusform>Удалить %n и импортировать</numerusform>
            <numerusform>Удалить %n и импортировать</numerusform>
            <numerusform>Удалить %n и импортировать</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove products?</source>
        <translation>Удалить товары?</translation>
    </message>
    <message>
        <source>Remove them and import the file?</source>
        <translation>Удалить их и импортировать файл?</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation>Сохранить список</translation>
    </message>
    <message>
        <source>Save the list…</source>
        <translation>Сохранить список…</translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation>Файл не импортирован</translation>
    </message>
    <message>
        <source>The products go to the cloud in one piece: new codes are added, products with the same code are updated, the others stay.</source>
        <translation>Товары уходят в облако одним пакетом: новые коды добавляются, товары с тем же кодом обновляются, остальные остаются.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>вертикальная черта</translation>
    </message>
</context>
<context>
    <name>AdminCloud</name>
    <message>
        <source>Cloud e-mail</source>
        <translation>E-mail в облаке</translation>
    </message>
    <message>
        <source>Cloud password</source>
        <translation>Пароль в облаке</translation>
    </message>
    <message>
        <source>Edits go to the cloud (signed in as %1) and come back through the mirror.</source>
        <translation>Изменения уходят в облако (вход: %1) и возвращаются через зеркало.</translation>
    </message>
    <message>
        <source>Edits go to the cloud: sign in with the administrator&apos;s cloud e-mail and password.</source>
        <translation>Изменения уходят в облако: войдите с e-mail и паролем администратора в облаке.</translation>
    </message>
    <message>
        <source>Sign in to the cloud</source>
        <extracomment>the mirror applied something from the cloud (or an edit on its way arrived): pages reload</extracomment>
        <translation>Войти в облако</translation>
    </message>
</context>
<context>
    <name>AdminCommon</name>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Address in Kazakh</source>
        <translation>Адрес на казахском</translation>
    </message>
    <message>
        <source>BIK</source>
        <translation>БИК</translation>
    </message>
    <message>
        <source>BIN/IIN</source>
        <translation>БИН/ИИН</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>Group code</source>
        <translation>Код группы</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <source>Login (e-mail)</source>
        <translation>Логин (e-mail)</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Marked goods</source>
        <translation>Маркированный товар</translation>
    </message>
    <message>
        <source>Markup, %</source>
        <translation>Наценка, %</translation>
    </message>
    <message>
        <source>NTIN</source>
        <translation>NTIN (код НКТ)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>OFD system id</source>
        <translation>Системный идентификатор ОФД</translation>
    </message>
    <message>
        <source>OFD token</source>
        <translation>Токен ОФД</translation>
    </message>
    <message>
        <source>OKED code</source>
        <translation>Код ОКЭД</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <extracomment>where edits go (decision 2130): the admin tab&apos;s set, chosen once when the tab was built</extracomment>
        <translation>Подтвердите действие</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Saved in the cloud; waiting for it to come back through the mirror…</source>
        <translation>Сохранено в облаке; ждём, когда изменение вернётся через зеркало…</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>VAT certificate</source>
        <translation>Свидетельство НДС</translation>
    </message>
    <message>
        <source>Year of manufacture</source>
        <translation>Год выпуска</translation>
    </message>
</context>
<context>
    <name>AdminCompany</name>
    <message>
        <source>Agricultural producers</source>
        <translation>Для сельхозпроизводителей</translation>
    </message>
    <message>
        <source>BIN/IIN</source>
        <translation>БИН/ИИН</translation>
    </message>
    <message>
        <source>Bank BIK (optional)</source>
        <translation>БИК банка (необязательно)</translation>
    </message>
    <message>
        <source>Company data saved.</source>
        <translation>Данные компании сохранены.</translation>
    </message>
    <message>
        <source>General regime</source>
        <translation>Общеустановленный режим</translation>
    </message>
    <message>
        <source>IBAN (optional)</source>
        <translation>Расчётный счёт IBAN (необязательно)</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <source>Legal address in Kazakh</source>
        <translation>Юридический адрес на казахском</translation>
    </message>
    <message>
        <source>Name (no quotes, no TOO/IP)</source>
        <translation>Наименование (без кавычек и ТОО/ИП)</translation>
    </message>
    <message>
        <source>No company yet: fill in the data and save.</source>
        <translation>Компании ещё нет: заполните данные и сохраните.</translation>
    </message>
    <message>
        <source>OKED code</source>
        <translation>Код ОКЭД</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>Патент</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Retail tax</source>
        <translation>Розничный налог</translation>
    </message>
    <message>
        <source>Save company</source>
        <translation>Сохранить данные компании</translation>
    </message>
    <message>
        <source>Simplified declaration</source>
        <translation>Упрощённая декларация</translation>
    </message>
    <message>
        <source>Tax regime</source>
        <translation>Налоговый режим</translation>
    </message>
    <message>
        <source>The BIN/IIN cannot be changed after creation.</source>
        <translation>БИН/ИИН нельзя изменить после создания.</translation>
    </message>
    <message>
        <source>VAT certificate number</source>
        <translation>Номер свидетельства НДС</translation>
    </message>
    <message>
        <source>VAT certificate series</source>
        <translation>Серия свидетельства НДС</translation>
    </message>
    <message>
        <source>VAT payer</source>
        <translation>Плательщик НДС</translation>
    </message>
</context>
<context>
    <name>AdminDashboard</name>
    <message>
        <source>All registers</source>
        <translation>Все ККМ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Average receipt: %1</source>
        <translation>Средний чек: %1</translation>
    </message>
    <message>
        <source>Card data are approximate and are not payment documents.</source>
        <translation>Данные о безналичных платежах приблизительные и не являются платёжными документами.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Dashboard exported.</source>
        <translation>Аналитика выгружена.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Экспорт аналитики</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Вид оплаты</translation>
    </message>
    <message>
        <source>Payment mix</source>
        <translation>Виды оплаты</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message numerus="yes">
        <source>Returns: %n receipt(s), %1</source>
        <translation>
            <numerusform>Возвраты: %n чек, %1</numerusform>
            <numerusform>Возвраты: %n чека, %1</numerusform>
            <numerusform>Возвраты: %n чеков, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Revenue per day</source>
        <translation>Выручка по дням</translation>
    </message>
    <message>
        <source>Revenue: %1</source>
        <translation>Выручка: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sales: %n receipt(s), %1</source>
        <translation>
            <numerusform>Продажи: %n чек, %1</numerusform>
            <numerusform>Продажи: %n чека, %1</numerusform>
            <numerusform>Продажи: %n чеков, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Популярные товары</translation>
    </message>
</context>
<context>
    <name>AdminProductDialog</name>
    <message>
        <source>13 or 14 digits from the National Catalogue</source>
        <translation>13 или 14 цифр из Национального каталога товаров</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Добавить товар</translation>
    </message>
    <message>
        <source>Barcode (digits)</source>
        <translation>Штрихкод (цифры)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cashier may change the price</source>
        <translation>Изменяемая цена (кассир может менять цену)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Изменить товар</translation>
    </message>
    <message>
        <source>Gram</source>
        <translation>Грамм</translation>
    </message>
    <message>
        <source>Group code</source>
        <translation>Код группы</translation>
    </message>
    <message>
        <source>Kilogram</source>
        <translation>Килограмм</translation>
    </message>
    <message>
        <source>Litre</source>
        <translation>Литр</translation>
    </message>
    <message>
        <source>Marked goods (sold with a DataMatrix code)</source>
        <translation>Маркированный товар (продаётся по коду DataMatrix)</translation>
    </message>
    <message>
        <source>Markup, %</source>
        <translation>Наценка, %</translation>
    </message>
    <message>
        <source>Metre</source>
        <translation>Метр</translation>
    </message>
    <message>
        <source>NTIN</source>
        <translation>NTIN (код НКТ)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>Штука</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Square metre</source>
        <translation>Квадратный метр</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Ставка НДС</translation>
    </message>
    <message>
        <source>Without VAT</source>
        <translation>Без НДС</translation>
    </message>
</context>
<context>
    <name>AdminProducts</name>
    <message>
        <source>(first %1 shown; refine the search)</source>
        <translation>(показаны первые %1; уточните поиск)</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Добавить товар</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Bundle deleted.</source>
        <translation>Пакет удалён.</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Пакеты товаров</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Выберите файл CSV</translation>
    </message>
    <message>
        <source>Choose import.xml (offers.xml must be next to it)</source>
        <translation>Выберите import.xml (offers.xml должен лежать рядом)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Create a register first: each register has its own catalog.</source>
        <translation>Сначала создайте ККМ: у каждой ККМ своя номенклатура.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete %1? It is also removed from every bundle.</source>
        <translation>Удалить «%1»? Товар удалится и из всех пакетов.</translation>
    </message>
    <message>
        <source>Delete bundle</source>
        <translation>Удалить пакет</translation>
    </message>
    <message>
        <source>Delete the bundle %1?</source>
        <translation>Удалить пакет «%1»?</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Edit bundle</source>
        <translation>Изменить пакет</translation>
    </message>
    <message>
        <source>Editable price</source>
        <translation>Изменяемая цена</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message>
        <source>Export the catalog</source>
        <translation>Экспорт номенклатуры</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Group code</source>
        <translation>Код группы</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Импорт CSV</translation>
    </message>
    <message>
        <source>Import from 1C</source>
        <translation>Импорт из 1С</translation>
    </message>
    <message>
        <source>Importing adds the file&apos;s products to this register&apos;s catalog in the cloud and updates those with the same code. Continue?</source>
        <translation>Импорт добавит товары файла в номенклатуру этой ККМ в облаке и обновит товары с тем же кодом. Продолжить?</translation>
    </message>
    <message>
        <source>Importing replaces ALL products of this register. Continue?</source>
        <translation>Импорт заменит ВСЕ товары этой ККМ. Продолжить?</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Маркировка</translation>
    </message>
    <message>
        <source>Markup, %</source>
        <translation>Наценка, %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>New bundle</source>
        <translation>Новый пакет</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Product deleted.</source>
        <translation>Товар удалён.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Products: %1 of %2</source>
        <translation>Товаров: %1 из %2</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>ККМ</translation>
    </message>
    <message>
        <source>Search by name, code or barcode</source>
        <translation>Поиск по названию, коду или штрихкоду</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>without VAT</source>
        <translation>без НДС</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
</context>
<context>
    <name>AdminRegisters</name>
    <message>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>Привязана</translation>
    </message>
    <message>
        <source>Create a trade point first.</source>
        <translation>Сначала создайте торговую точку.</translation>
    </message>
    <message>
        <source>Create register</source>
        <translation>Создать ККМ</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Device unbound.</source>
        <translation>Устройство отвязано.</translation>
    </message>
    <message>
        <source>Download passport</source>
        <translation>Скачать паспорт</translation>
    </message>
    <message>
        <source>Invalid token: enter a new one</source>
        <translation>Invalid token: введите новый токен</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>Новая ККМ</translation>
    </message>
    <message>
        <source>OFD data (update data)</source>
        <translation>Данные ОФД (обновить данные)</translation>
    </message>
    <message>
        <source>OFD data saved.</source>
        <translation>Данные ОФД сохранены.</translation>
    </message>
    <message>
        <source>OFD system id</source>
        <translation>Системный идентификатор ОФД</translation>
    </message>
    <message>
        <source>Passport saved: %1</source>
        <translation>Паспорт сохранён: %1</translation>
    </message>
    <message>
        <source>Register created. Download its passport for the OFD registration.</source>
        <translation>ККМ создана. Скачайте паспорт для регистрации в ОФД.</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Save OFD data</source>
        <translation>Сохранить данные ОФД</translation>
    </message>
    <message>
        <source>Save the passport</source>
        <translation>Сохранить паспорт</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>Token is set; enter a new one to replace it</source>
        <translation>Токен задан; введите новый, чтобы заменить</translation>
    </message>
    <message>
        <source>Token updated.</source>
        <translation>Токен обновлён.</translation>
    </message>
    <message>
        <source>Trade point</source>
        <translation>Торговая точка</translation>
    </message>
    <message>
        <source>Unbind device</source>
        <translation>Отвязать устройство</translation>
    </message>
    <message>
        <source>Unbind this register from its computer? A register with an open shift cannot be unbound: close the shift (Z report) first. Once unbound, the register does not sell until it is bound again.</source>
        <translation>Отвязать эту ККМ от её компьютера? ККМ с открытой сменой отвязать нельзя: сначала закройте смену (Z-отчёт). После отвязки ККМ не продаёт, пока её снова не привяжут.</translation>
    </message>
    <message>
        <source>Update token only</source>
        <translation>Обновить только токен</translation>
    </message>
    <message>
        <source>VAT payer</source>
        <translation>Плательщик НДС</translation>
    </message>
    <message>
        <source>Waiting for OFD data</source>
        <translation>Ожидает данных ОФД</translation>
    </message>
    <message>
        <source>Year of manufacture</source>
        <translation>Год выпуска</translation>
    </message>
</context>
<context>
    <name>AdminSales</name>
    <message>
        <source>(first %1 shown; export the CSV for all)</source>
        <translation>(показаны первые %1; все строки — в экспорте CSV)</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточкой</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message>
        <source>Export sales</source>
        <translation>Экспорт продаж</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line(s).</source>
        <translation>
            <numerusform>Выгружена %n строка.</numerusform>
            <numerusform>Выгружено %n строки.</numerusform>
            <numerusform>Выгружено %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Строк: %1</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>ККМ</translation>
    </message>
</context>
<context>
    <name>AdminTab</name>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <source>Only an administrator can open the admin panel.</source>
        <extracomment>decision 2130: the local or the cloud services, chosen once for this tab&apos;s life (binding, unbinding and signing in again rebuild the tab)</extracomment>
        <translation>Административную панель может открыть только администратор.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>ККМ</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Terminal reports</source>
        <translation>Отчёты терминалов</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Терминалы</translation>
    </message>
    <message>
        <source>Trade points</source>
        <translation>Торговые точки</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
</context>
<context>
    <name>AdminTerminalReports</name>
    <message>
        <source>All terminals</source>
        <translation>Все терминалы</translation>
    </message>
    <message>
        <source>All terminals of the company (cloud)</source>
        <translation>Все терминалы компании (облако)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрена</translation>
    </message>
    <message>
        <source>Approved payments %1, refunds %2, net %3; operations: %4.</source>
        <translation>Одобрено оплат на %1, возвратов на %2, итого %3; операций: %4.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Card, %</source>
        <translation>Карта, %</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>Commission rates for the estimate</source>
        <translation>Ставки комиссии для оценки</translation>
    </message>
    <message>
        <source>Commission rates saved.</source>
        <translation>Ставки комиссии сохранены.</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Пока неизвестно</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Операций</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>QR</source>
        <translation>QR</translation>
    </message>
    <message>
        <source>QR, %</source>
        <translation>QR, %</translation>
    </message>
    <message>
        <source>RRN / order</source>
        <translation>RRN / заказ</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>ККМ</translation>
    </message>
    <message>
        <source>Save rates</source>
        <translation>Сохранить ставки</translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation>Сохранить выписку</translation>
    </message>
    <message>
        <source>Statement (Excel)</source>
        <translation>Выписка (Excel)</translation>
    </message>
    <message>
        <source>Statement saved to %1 (lines: %2, credited %3). The commission in it is an estimate.</source>
        <translation>Выписка сохранена в %1 (строк: %2, к зачислению %3). Комиссия в ней — оценка.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итоговый отчёт</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <source>The first %1 operations are shown; the summary counts all.</source>
        <translation>Показаны первые %1 операций; итоговый отчёт учитывает все.</translation>
    </message>
    <message>
        <source>The terminal does not report the bank&apos;s commission: the statement estimates it from these rates. The bank&apos;s own statement is the payment document.</source>
        <translation>Терминал не сообщает комиссию банка: выписка оценивает её по этим ставкам. Платёжный документ — выписка самого банка.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Список транзакций</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Writing the statement…</source>
        <translation>Запись выписки…</translation>
    </message>
    <message>
        <source>not fiscalized</source>
        <translation>без фискального чека</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестен</translation>
    </message>
</context>
<context>
    <name>AdminTerminals</name>
    <message>
        <source>A new IBAN applies to the refunds of the whole current bank day (seed 8.6). Every change is recorded with who made it.</source>
        <translation>Новый IBAN применяется к возмещениям за весь текущий банковский день. Каждое изменение записывается вместе с тем, кто его сделал.</translation>
    </message>
    <message>
        <source>Add terminal</source>
        <translation>Добавить терминал</translation>
    </message>
    <message>
        <source>BIK</source>
        <translation>БИК</translation>
    </message>
    <message>
        <source>BIK of the bank</source>
        <translation>БИК банка</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>Changes of the selected terminal</source>
        <translation>Изменения выбранного терминала</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>New terminal</source>
        <translation>Новый терминал</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>ККМ</translation>
    </message>
    <message>
        <source>Register it serves</source>
        <translation>ККМ, которую он обслуживает</translation>
    </message>
    <message>
        <source>S/N on the back of the terminal</source>
        <translation>S/N на задней стороне терминала</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Settlement IBAN</source>
        <translation>IBAN для возмещений</translation>
    </message>
    <message>
        <source>Terminal added to the registry.</source>
        <translation>Терминал добавлен в реестр.</translation>
    </message>
    <message>
        <source>Terminal saved; the change is in its history.</source>
        <translation>Терминал сохранён; изменение записано в его историю.</translation>
    </message>
    <message>
        <source>Trade point</source>
        <translation>Торговая точка</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
</context>
<context>
    <name>AdminTradePoints</name>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Address in Kazakh</source>
        <translation>Адрес на казахском</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Latitude, longitude (decimal degrees)</source>
        <translation>Широта, долгота (в градусах, например 43.238949)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>New trade point</source>
        <translation>Новая точка</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>ККМ</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Trade point created.</source>
        <translation>Торговая точка создана.</translation>
    </message>
    <message>
        <source>Trade point saved.</source>
        <translation>Торговая точка сохранена.</translation>
    </message>
</context>
<context>
    <name>AdminUsers</name>
    <message>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Birth date (optional)</source>
        <translation>Дата рождения (необязательно)</translation>
    </message>
    <message>
        <source>Birth date given</source>
        <translation>Указать дату рождения</translation>
    </message>
    <message>
        <source>Block / unblock</source>
        <translation>Заблокировать / разблокировать</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Создать пользователя</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <source>First and last name, as the receipt shows it</source>
        <translation>Имя и фамилия, как в чеке</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>IIN (optional)</source>
        <translation>ИИН (необязательно)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Login (e-mail)</source>
        <translation>Логин (e-mail)</translation>
    </message>
    <message>
        <source>Name of the selected user</source>
        <translation>ФИО выбранного пользователя</translation>
    </message>
    <message>
        <source>Name saved.</source>
        <translation>ФИО сохранено.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>Сохранить ФИО</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>User blocked.</source>
        <translation>Пользователь заблокирован.</translation>
    </message>
    <message>
        <source>User created.</source>
        <translation>Пользователь создан.</translation>
    </message>
    <message>
        <source>User unblocked.</source>
        <translation>Пользователь разблокирован.</translation>
    </message>
</context>
<context>
    <name>Cashier</name>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s login and password</source>
        <translation>Введите логин и пароль администратора</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>CashierBasket</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>Наценка</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
</context>
<context>
    <name>CashierBind</name>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Company BIN/IIN</source>
        <translation>БИН/ИИН компании</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s cloud login and password</source>
        <translation>Введите логин и пароль администратора в облаке</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s login and password</source>
        <translation>Введите логин и пароль администратора</translation>
    </message>
    <message>
        <source>Loading was stopped; it goes on from where it stopped. Press Save to continue.</source>
        <translation>Загрузка остановлена; она продолжится с того же места. Нажмите «Сохранить», чтобы продолжить.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>ККМ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Set up the register</source>
        <translation>Настроить ККМ</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>The company has no registers yet: add one in the admin panel.</source>
        <translation>У компании ещё нет ККМ: добавьте её в панели администратора.</translation>
    </message>
    <message>
        <source>The other device was unbound. Press Save to bind the register to this PC.</source>
        <translation>Другое устройство отвязано. Нажмите «Сохранить», чтобы привязать ККМ к этому компьютеру.</translation>
    </message>
    <message>
        <source>The register is bound in the cloud, but this PC&apos;s sync engine is not running: restart the program to load the register&apos;s data.</source>
        <translation>ККМ привязан в облаке, но синхронизация на этом компьютере не запущена: перезапустите программу, чтобы загрузить данные ККМ.</translation>
    </message>
    <message>
        <source>This PC: %1</source>
        <translation>Этот компьютер: %1</translation>
    </message>
    <message>
        <source>This register is bound to another device</source>
        <translation>Данный ККМ привязан к другому устройству</translation>
    </message>
    <message>
        <source>Unbind the device</source>
        <translation>Отвязать устройство</translation>
    </message>
    <message>
        <source>bound to another device</source>
        <translation>привязан к другому устройству</translation>
    </message>
</context>
<context>
    <name>CashierCash</name>
    <message>
        <source>Cash in the drawer</source>
        <translation>Наличные в кассе</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Пополнить</translation>
    </message>
    <message>
        <source>Deposit cash</source>
        <translation>Пополнение кассы</translation>
    </message>
    <message>
        <source>Deposited %1.</source>
        <translation>Внесено %1.</translation>
    </message>
    <message>
        <source>In the drawer: %1</source>
        <translation>В кассе: %1</translation>
    </message>
    <message>
        <source>Type the amount first.</source>
        <translation>Сначала введите сумму.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Изъять</translation>
    </message>
    <message>
        <source>Withdraw cash</source>
        <translation>Изъятие из кассы</translation>
    </message>
    <message>
        <source>Withdrawn %1.</source>
        <translation>Изъято %1.</translation>
    </message>
</context>
<context>
    <name>CashierChoose</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Choose a product</source>
        <translation>Выберите товар</translation>
    </message>
</context>
<context>
    <name>CashierHelp</name>
    <message>
        <source>Close [F1 / Esc]</source>
        <translation>Закрыть [F1 / Esc]</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
</context>
<context>
    <name>CashierKeypad</name>
    <message>
        <source>+ Add to the basket</source>
        <translation>+ Добавить в корзину</translation>
    </message>
    <message>
        <source>Add a free position (+)</source>
        <translation>Добавить свободную позицию (+)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Free position</source>
        <translation>Свободная позиция</translation>
    </message>
    <message>
        <source>KKM</source>
        <translation>ККМ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Non-cash («Безнал»)</source>
        <translation>Безнал</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Quick payment</source>
        <translation>Быстрая оплата</translation>
    </message>
    <message>
        <source>«Безнал»: non-cash receipt</source>
        <translation>«Безнал»: чек с признаком безналичной оплаты</translation>
    </message>
</context>
<context>
    <name>CashierLineDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation>Изменить позицию</translation>
    </message>
    <message>
        <source>Enter the price of %1</source>
        <translation>Введите цену: %1</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>Наценка</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Price per kg</source>
        <translation>Цена за кг</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Type the weight first.</source>
        <translation>Сначала введите вес.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Weight of %1 in kg</source>
        <translation>Вес «%1» в кг</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>Вес, кг</translation>
    </message>
</context>
<context>
    <name>CashierLogin</name>
    <message>
        <source>A PIN is 4 to 8 digits, nothing else: type it again.</source>
        <extracomment>set by the login screen: stores the PIN; the dialog closes when it is stored (issue 20)</extracomment>
        <translation>ПИН-код — это от 4 до 8 цифр, без букв и других знаков: введите его ещё раз.</translation>
    </message>
    <message>
        <source>Alsep Desktop — cash register</source>
        <translation>Alsep Desktop — касса</translation>
    </message>
    <message>
        <source>Choose a PIN (4 to 8 digits) to unlock the register quickly.</source>
        <translation>Придумайте ПИН-код (от 4 до 8 цифр) для быстрого входа в кассу.</translation>
    </message>
    <message>
        <source>Demo: admin@demo.kz / admin123, cashier@demo.kz / cashier123, PIN 1234</source>
        <translation>Демо: admin@demo.kz / admin123, cashier@demo.kz / cashier123, ПИН 1234</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Locked. Cashier: %1</source>
        <translation>Касса заблокирована. Кассир: %1</translation>
    </message>
    <message>
        <source>Login (e-mail)</source>
        <translation>Логин (e-mail)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ПИН-код</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>ПИН-код ещё раз</translation>
    </message>
    <message>
        <source>PIN for quick entry</source>
        <translation>ПИН-код для быстрого входа</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Сохранить ПИН-код</translation>
    </message>
    <message>
        <source>Set up the register</source>
        <translation>Настроить ККМ</translation>
    </message>
    <message>
        <source>Set up the register first.</source>
        <translation>Сначала настройте ККМ.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Switch cashier</source>
        <translation>Сменить кассира</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>ПИН-коды не совпадают.</translation>
    </message>
    <message>
        <source>This register is not registered: sign in as an administrator to register it (Set up the register).</source>
        <translation>Данный ККМ не зарегистрирован, зайдите под администратором, чтобы зарегистрировать («Настроить ККМ»).</translation>
    </message>
    <message>
        <source>This register is registered: %1 (serial %2), %3.</source>
        <translation>Данный ККМ зарегистрирован: %1 (ЗНМ %2), %3.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
    <message>
        <source>Your PIN is saved: it unlocks the register (Ctrl+L locks it).</source>
        <translation>Ваш ПИН-код сохранён: им открывается касса (Ctrl+L — заблокировать).</translation>
    </message>
</context>
<context>
    <name>CashierOutput</name>
    <message>
        <source>Buyer&apos;s e-mail</source>
        <translation>E-mail покупателя</translation>
    </message>
    <message>
        <source>Duplicate printed.</source>
        <translation>Дубликат напечатан.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>No printer on this PC: the receipt is not on paper.</source>
        <translation>На этом компьютере нет принтера: чек не напечатан на бумаге.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Чек напечатан.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Show the receipt</source>
        <translation>Показать чек</translation>
    </message>
    <message>
        <source>The receipt is saved as %1.</source>
        <translation>Чек сохранён в файл %1.</translation>
    </message>
    <message>
        <source>The receipt is sent to %1.</source>
        <translation>Чек отправлен на %1.</translation>
    </message>
</context>
<context>
    <name>CashierPayment</name>
    <message>
        <source>%1 by other kinds is more than the %2 to pay.</source>
        <translation>%1 другими способами — больше, чем %2 к оплате.</translation>
    </message>
    <message>
        <source>A card payment is still pending</source>
        <translation>Оплата картой ещё не завершена</translation>
    </message>
    <message>
        <source>A card payment of %1 for these goods, started at %2, is still pending. The terminal may still approve it, and the buyer would pay twice.</source>
        <translation>Оплата картой %1 за эти товары, начатая %2, ещё не завершена. Терминал может ещё одобрить её, и покупатель заплатит дважды.</translation>
    </message>
    <message>
        <source>Additionally</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Банковская карта</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <source>Change the amounts</source>
        <translation>Изменить суммы</translation>
    </message>
    <message>
        <source>Discount on the receipt</source>
        <translation>Скидка на чек</translation>
    </message>
    <message>
        <source>If the first payment is approved later, the register does not issue its receipt: it offers the refund to the card.</source>
        <translation>Если первую оплату одобрят позже, касса не выдаст по ней чек и предложит вернуть деньги на карту.</translation>
    </message>
    <message>
        <source>Markup on the receipt</source>
        <translation>Наценка на чек</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Смешанная</translation>
    </message>
    <message>
        <source>Non-cash</source>
        <translation>Безнал</translation>
    </message>
    <message>
        <source>Non-cash receipt («Безнал»): no card terminal is used.</source>
        <translation>Чек с признаком «Безнал»: терминал для карт не используется.</translation>
    </message>
    <message>
        <source>Not enough: %1 received, %2 to pay.</source>
        <translation>Недостаточно: получено %1, к оплате %2.</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Оплатить</translation>
    </message>
    <message>
        <source>Pay again</source>
        <translation>Оплатить заново</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Received in cash</source>
        <translation>Получено наличными</translation>
    </message>
    <message>
        <source>The Terminal tab shows the pending payment and its outcome.</source>
        <translation>На вкладке «Терминал» — незавершённая оплата и её результат.</translation>
    </message>
    <message>
        <source>The card share must be whole tenge: change the amounts.</source>
        <translation>Сумма по карте должна быть в целых тенге: измените суммы.</translation>
    </message>
    <message>
        <source>The card terminal takes whole tenge: %1 to the card and %2 in cash?</source>
        <translation>Терминал принимает только целые тенге: %1 картой и %2 наличными?</translation>
    </message>
    <message>
        <source>Tiyn to cash</source>
        <translation>Тиыны — наличными</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>К оплате: %1</translation>
    </message>
    <message>
        <source>To the card</source>
        <translation>На карту</translation>
    </message>
    <message>
        <source>Wait for the terminal</source>
        <translation>Ждать терминал</translation>
    </message>
</context>
<context>
    <name>CashierPin</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Изменить ПИН-код</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Новый ПИН-код</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Новый ПИН-код ещё раз</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>ПИН-код или пароль</translation>
    </message>
    <message>
        <source>The two new PINs differ.</source>
        <translation>Новые ПИН-коды не совпадают.</translation>
    </message>
    <message>
        <source>Your present PIN or password, then the new PIN (4 to 8 digits) twice.</source>
        <translation>Текущий ПИН-код или пароль, затем новый ПИН-код (от 4 до 8 цифр) два раза.</translation>
    </message>
</context>
<context>
    <name>CashierPreview</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Duplicate preview</source>
        <extracomment>keys that move the paper while the preview is shown (the counter keeps the keyboard, decision 2022)</extracomment>
        <translation>Просмотр дубликата</translation>
    </message>
    <message>
        <source>Receipt preview</source>
        <translation>Просмотр чека</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Просмотр отчёта</translation>
    </message>
    <message>
        <source>This is what the printer prints (no paper receipt on this PC).</source>
        <translation>Так чек выглядит на бумаге (на этом ПК чек не печатается).</translation>
    </message>
    <message>
        <source>This is what the printer prints.</source>
        <translation>Так его печатает принтер.</translation>
    </message>
    <message>
        <source>X report preview</source>
        <translation>Просмотр X-отчёта</translation>
    </message>
    <message>
        <source>Z report preview</source>
        <translation>Просмотр Z-отчёта</translation>
    </message>
</context>
<context>
    <name>CashierReceipts</name>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>Cash deposits and withdrawals</source>
        <translation>Внесения и изъятия</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дубликат чека</translation>
    </message>
    <message>
        <source>Duplicate of the selected receipt</source>
        <extracomment>the filter&apos;s choices: (key, kinds or None for all, refused only)</extracomment>
        <translation>Дубликат выбранного чека</translation>
    </message>
    <message>
        <source>Fiscal sign</source>
        <translation>Фискальный признак</translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation>Отметить как обработанный</translation>
    </message>
    <message>
        <source>OFD</source>
        <translation>ОФД</translation>
    </message>
    <message>
        <source>Offline data: the register&apos;s documents and the OFD</source>
        <translation>Автономные данные: документы кассы и ОФД</translation>
    </message>
    <message>
        <source>Older documents</source>
        <translation>Более ранние документы</translation>
    </message>
    <message>
        <source>Print the last receipt</source>
        <translation>Распечатать последний чек</translation>
    </message>
    <message>
        <source>Receipts and returns</source>
        <translation>Чеки и возвраты</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Refresh the list of receipts</source>
        <translation>Обновить список чеков</translation>
    </message>
    <message>
        <source>Rejected by the OFD</source>
        <translation>Отклонённые ОФД</translation>
    </message>
    <message>
        <source>Select a receipt.</source>
        <translation>Выберите чек.</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>The refused document is handled: administrator</source>
        <translation>Отклонённый документ обработан: администратор</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>X and Z reports</source>
        <translation>X- и Z-отчёты</translation>
    </message>
</context>
<context>
    <name>CashierReturns</name>
    <message>
        <source>%2: %1</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>Change the quantities</source>
        <translation>Изменить количество</translation>
    </message>
    <message>
        <source>Everything on this receipt has already been returned.</source>
        <translation>Все позиции этого чека уже возвращены.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Fiscal sign from the receipt</source>
        <translation>Фискальный признак с чека</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Receipt total %1</source>
        <translation>Сумма чека %1</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Return by fiscal sign</source>
        <translation>Возврат по фискальному признаку</translation>
    </message>
    <message>
        <source>Return receipt №%1: %2.</source>
        <translation>Чек возврата №%1: %2.</translation>
    </message>
    <message>
        <source>Return the ticked lines</source>
        <translation>Вернуть отмеченные позиции</translation>
    </message>
    <message>
        <source>Return: administrator</source>
        <translation>Возврат: администратор</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Returns: find the receipt</source>
        <translation>Возврат: найти чек</translation>
    </message>
    <message>
        <source>Returns: return the ticked lines</source>
        <translation>Возврат: вернуть отмеченные позиции</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>The card share must be whole tenge: change the quantities.</source>
        <translation>Доля карты должна быть в целых тенге: измените количество.</translation>
    </message>
    <message>
        <source>The card terminal pays back whole tenge: %1 to the card and %2 in cash?</source>
        <translation>Терминал возвращает только целые тенге: %1 на карту и %2 наличными?</translation>
    </message>
    <message>
        <source>Tick at least one line.</source>
        <translation>Отметьте хотя бы одну позицию.</translation>
    </message>
    <message>
        <source>Tiyn in cash</source>
        <translation>Тиыны — наличными</translation>
    </message>
    <message>
        <source>To pay back: %1</source>
        <translation>К возврату: %1</translation>
    </message>
    <message>
        <source>To return</source>
        <translation>К возврату</translation>
    </message>
    <message>
        <source>in cash %1</source>
        <translation>наличными %1</translation>
    </message>
    <message>
        <source>to the card %1</source>
        <translation>на карту %1</translation>
    </message>
</context>
<context>
    <name>CashierSale</name>
    <message>
        <source>Barcode, code or name field</source>
        <translation>Поле штрихкода, кода или наименования</translation>
    </message>
    <message>
        <source>Barcode, code or name — Enter</source>
        <translation>Штрихкод, код или наименование — Enter</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Clear the basket</source>
        <translation>Очистить корзину</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected line</source>
        <translation>Удалить выбранную позицию</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Edit the selected line</source>
        <translation>Изменить выбранную позицию</translation>
    </message>
    <message>
        <source>Fetch products</source>
        <translation>Получить товары</translation>
    </message>
    <message>
        <source>Fetch products after an admin change</source>
        <translation>Получить товары после изменений администратора</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Nothing found for «%1».</source>
        <translation>Ничего не найдено по запросу «%1».</translation>
    </message>
    <message>
        <source>Offline: the receipt will go to the OFD later.</source>
        <translation>Автономный режим: чек будет передан в ОФД позже.</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Оплатить %1</translation>
    </message>
    <message>
        <source>Pay the basket</source>
        <translation>Оплатить корзину</translation>
    </message>
    <message>
        <source>Products are up to date.</source>
        <translation>Товары обновлены.</translation>
    </message>
    <message>
        <source>Receipt №%1: %2, change %3.</source>
        <translation>Чек №%1: %2, сдача %3.</translation>
    </message>
    <message>
        <source>The basket is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Итого: %1</translation>
    </message>
    <message>
        <source>Type the amount first.</source>
        <translation>Сначала введите сумму.</translation>
    </message>
</context>
<context>
    <name>CashierSelfTest</name>
    <message>
        <source>Card terminal</source>
        <translation>POS-терминал</translation>
    </message>
    <message>
        <source>Checking the printer, the card terminal, the OFD connection and the network…</source>
        <translation>Проверяем принтер, POS-терминал, связь с ОФД и каналы связи…</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Облако</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>OFD connection</source>
        <translation>Связь с ОФД</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Тест АПК</translation>
    </message>
    <message>
        <source>Work without printer</source>
        <translation>Без принтера</translation>
    </message>
</context>
<context>
    <name>CashierShift</name>
    <message>
        <source>%1 Printing failed: %2</source>
        <translation>%1 Печать не удалась: %2</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Всё равно закрыть</translation>
    </message>
    <message>
        <source>Close the shift (Z report)</source>
        <translation>Закрыть смену (Z-отчёт)</translation>
    </message>
    <message>
        <source>Close the shift: administrator</source>
        <translation>Закрытие смены: администратор</translation>
    </message>
    <message>
        <source>Closed anyway, these payments stay in the Terminal tab until their receipts are issued or they are refunded.</source>
        <translation>Если всё равно закрыть, эти оплаты останутся во вкладке «Терминал», пока по ним не выданы чеки или они не возвращены.</translation>
    </message>
    <message>
        <source>Do not close</source>
        <translation>Не закрывать</translation>
    </message>
    <message>
        <source>Reports and shift</source>
        <translation>Отчёты и смена</translation>
    </message>
    <message>
        <source>Terminal payments without a fiscal receipt carried over: %1, %2 in all (Terminal tab).</source>
        <translation>Оплаты терминала без фискального чека перенесены в следующую смену: %1 на сумму %2 (вкладка «Терминал»).</translation>
    </message>
    <message>
        <source>Terminal payments without a fiscal receipt: %1, %2 in all: issue their receipts with «Безнал» or refund them before closing the shift.</source>
        <translation>Оплаты терминала без фискального чека: %1 на сумму %2. Выдайте их чеки «Безнал» или верните оплаты до закрытия смены.</translation>
    </message>
    <message>
        <source>The OFD REJECTED this report.</source>
        <translation>ОФД ОТКЛОНИЛ этот отчёт.</translation>
    </message>
    <message>
        <source>The OFD counters differ: %1</source>
        <translation>Счётчики ОФД расходятся: %1</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-отчёт</translation>
    </message>
    <message>
        <source>X report is not printed: the register works without a printer.</source>
        <translation>X-отчёт не напечатан: касса работает без принтера.</translation>
    </message>
    <message>
        <source>X report is printed.</source>
        <translation>X-отчёт напечатан.</translation>
    </message>
    <message>
        <source>X report is ready.</source>
        <translation>X-отчёт готов.</translation>
    </message>
    <message>
        <source>Z report is not printed (the register works without a printer): the shift is closed.</source>
        <translation>Z-отчёт не напечатан (касса работает без принтера): смена закрыта.</translation>
    </message>
    <message>
        <source>Z report is printed: the shift is closed.</source>
        <translation>Z-отчёт напечатан: смена закрыта.</translation>
    </message>
    <message>
        <source>Z report: the shift is closed.</source>
        <translation>Z-отчёт: смена закрыта.</translation>
    </message>
</context>
<context>
    <name>CashierStatus</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) REJECTED by the OFD: see «Offline data»</source>
        <translation>
            <numerusform>%n документ ОТКЛОНЁН ОФД: см. «Автономные данные»</numerusform>
            <numerusform>%n документа ОТКЛОНЕНО ОФД: см. «Автономные данные»</numerusform>
            <numerusform>%n документов ОТКЛОНЕНО ОФД: см. «Автономные данные»</numerusform>
        </translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <extracomment>the OFD part was clicked while the OFD has refused documents: show them (issue 20)</extracomment>
        <translation>Кассир: %1</translation>
    </message>
    <message numerus="yes">
        <source>OFD: offline, %n document(s) waiting</source>
        <translation>
            <numerusform>ОФД: нет связи, %n документ ждёт отправки</numerusform>
            <numerusform>ОФД: нет связи, %n документа ждут отправки</numerusform>
            <numerusform>ОФД: нет связи, %n документов ждут отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>OFD: online</source>
        <translation>ОФД: на связи</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Принтер: %1</translation>
    </message>
    <message>
        <source>Printer: none (e-mail or PDF)</source>
        <translation>Принтер: нет (e-mail или PDF)</translation>
    </message>
    <message>
        <source>Printer: ready</source>
        <translation>Принтер: готов</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>Смена закрыта</translation>
    </message>
    <message>
        <source>Shift №%1, open %2</source>
        <translation>Смена №%1, открыта %2</translation>
    </message>
</context>
<context>
    <name>CloudRefused</name>
    <message>
        <source>Card terminal operation</source>
        <translation>Операция по терминалу</translation>
    </message>
    <message>
        <source>Cash deposit or withdrawal</source>
        <translation>Внесение или изъятие</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Documents the cloud did not accept (kept aside, not lost)</source>
        <translation>Документы, которые облако не приняло (отложены, не потеряны)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Receipt №%1, shift %2</source>
        <translation>Чек №%1, смена %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Return №%1, shift %2</source>
        <translation>Возврат №%1, смена %2</translation>
    </message>
    <message>
        <source>Select a document.</source>
        <translation>Выберите документ.</translation>
    </message>
    <message>
        <source>Send the document to the cloud again</source>
        <translation>Отправить документ в облако снова</translation>
    </message>
    <message>
        <source>Shift opening</source>
        <translation>Открытие смены</translation>
    </message>
    <message>
        <source>The cloud&apos;s reason</source>
        <translation>Причина облака</translation>
    </message>
    <message>
        <source>The document is back in the queue for the cloud.</source>
        <translation>Документ снова в очереди в облако.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z-отчёт</translation>
    </message>
</context>
<context>
    <name>CloudState</name>
    <message numerus="yes">
        <source>%n document(s) waiting</source>
        <translation>
            <numerusform>%n документ ожидает отправки</numerusform>
            <numerusform>%n документа ожидают отправки</numerusform>
            <numerusform>%n документов ожидают отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>Cloud: connected, not synced yet</source>
        <translation>Облако: связь есть, ещё не синхронизировано</translation>
    </message>
    <message>
        <source>Cloud: first mirror, %1 of %2</source>
        <translation>Облако: первая загрузка, %1 из %2</translation>
    </message>
    <message>
        <source>Cloud: no connection</source>
        <translation>Облако: нет связи</translation>
    </message>
    <message>
        <source>Cloud: no connection since %1</source>
        <translation>Облако: нет связи с облаком с %1</translation>
    </message>
    <message>
        <source>Cloud: not connected (single PC)</source>
        <translation>Облако: не подключено (один компьютер)</translation>
    </message>
    <message numerus="yes">
        <source>Cloud: synced %n min ago</source>
        <translation>
            <numerusform>Облако: синхронизировано %n мин назад</numerusform>
            <numerusform>Облако: синхронизировано %n мин назад</numerusform>
            <numerusform>Облако: синхронизировано %n мин назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cloud: synced %n s ago</source>
        <translation>
            <numerusform>Облако: синхронизировано %n с назад</numerusform>
            <numerusform>Облако: синхронизировано %n с назад</numerusform>
            <numerusform>Облако: синхронизировано %n с назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Cloud: synced at %1</source>
        <translation>Облако: синхронизировано в %1</translation>
    </message>
    <message>
        <source>Cloud: this PC was unbound from its register; sync stopped</source>
        <translation>Облако: этот компьютер отвязан от ККМ; синхронизация остановлена</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Average receipt</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Баркод</translation>
    </message>
    <message>
        <source>By card</source>
        <translation>Карточкой</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка файла</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Вид оплаты</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Чеков</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
</context>
<context>
    <name>DeviceCommon</name>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <source>Integration name</source>
        <translation>Имя интеграции</translation>
    </message>
    <message>
        <source>Keyboard scanner</source>
        <translation>USB-сканер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Ширина бумаги</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Port or path</source>
        <translation>Порт или путь</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Адрес принтера</translation>
    </message>
    <message>
        <source>Printer model</source>
        <translation>Модель принтера</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-сервер</translation>
    </message>
    <message>
        <source>Same-day cancel until</source>
        <translation>Отмена в тот же день до</translation>
    </message>
    <message>
        <source>Scan suffix</source>
        <translation>Окончание кода</translation>
    </message>
    <message>
        <source>Scanner port</source>
        <translation>Порт сканера</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <source>Terminal address</source>
        <translation>Адрес терминала</translation>
    </message>
</context>
<context>
    <name>DeviceScannerPage</name>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>COM port</source>
        <translation>COM-порт</translation>
    </message>
    <message>
        <source>Camera (DataMatrix)</source>
        <translation>Камера (DataMatrix)</translation>
    </message>
    <message>
        <source>Camera number</source>
        <translation>Номер камеры</translation>
    </message>
    <message>
        <source>Codes that begin with it are scans even in a text field</source>
        <translation>Коды, начинающиеся с него, считаются сканированием даже в текстовом поле</translation>
    </message>
    <message>
        <source>Last scan (%1): %2</source>
        <translation>Последний код (%1): %2</translation>
    </message>
    <message>
        <source>Last scan: none yet</source>
        <translation>Последний код: пока нет</translation>
    </message>
    <message>
        <source>Listen to the scanner</source>
        <translation>Проверить сканер</translation>
    </message>
    <message>
        <source>Longest pause between keys</source>
        <translation>Наибольшая пауза между символами</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Prefix the scanner sends</source>
        <translation>Префикс сканера</translation>
    </message>
    <message>
        <source>Recognise scans typed by a USB scanner</source>
        <translation>Распознавать коды, введённые USB-сканером</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Scanner on a COM port</source>
        <translation>Сканер на COM-порту</translation>
    </message>
    <message>
        <source>Shortest code</source>
        <translation>Наименьшая длина кода</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Start camera scan</source>
        <translation>Сканировать камерой</translation>
    </message>
    <message>
        <source>Stop camera scan</source>
        <translation>Остановить камеру</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Остановить проверку</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Окончание кода</translation>
    </message>
    <message>
        <source>The scanner sends no Enter after a code</source>
        <translation>Сканер не отправляет Enter после кода</translation>
    </message>
    <message>
        <source>USB scanner</source>
        <translation>USB-сканер</translation>
    </message>
    <message>
        <source>USB scanner (keyboard mode)</source>
        <translation>USB-сканер (режим клавиатуры)</translation>
    </message>
    <message>
        <source>Use a COM-port scanner</source>
        <translation>Использовать сканер на COM-порту</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Видеофайл</translation>
    </message>
    <message>
        <source>an MJPEG AVI video file instead of the camera (optional)</source>
        <translation>видеофайл MJPEG AVI вместо камеры (необязательно)</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>камера</translation>
    </message>
    <message>
        <source>looking for a code…</source>
        <translation>поиск кода…</translation>
    </message>
    <message>
        <source>opening…</source>
        <translation>открывается…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>остановлена</translation>
    </message>
    <message>
        <source>the camera does not answer</source>
        <translation>камера не отвечает</translation>
    </message>
    <message>
        <source>the video ended</source>
        <translation>видео закончилось</translation>
    </message>
</context>
<context>
    <name>DeviceSettingsDialog</name>
    <message>
        <source>%1 mm</source>
        <translation>%1 мм</translation>
    </message>
    <message>
        <source>/dev/usb/lp0, COM3 or a folder for PDF files</source>
        <translation>/dev/usb/lp0, COM3 или папка для PDF-файлов</translation>
    </message>
    <message>
        <source>COM port</source>
        <translation>COM-порт</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Demo (no device)</source>
        <translation>Демо (без устройства)</translation>
    </message>
    <message>
        <source>Device file</source>
        <translation>Файл устройства</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Network (LAN)</source>
        <translation>Сеть (LAN)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Only an administrator can change device settings.</source>
        <translation>Изменять настройки оборудования может только администратор.</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDF-файлы</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Ширина бумаги</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Port or path</source>
        <translation>Порт или путь</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Адрес принтера</translation>
    </message>
    <message>
        <source>Printer model</source>
        <translation>Модель принтера</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-сервер</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Scanners</source>
        <translation>Сканеры</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>Отправить тестовое письмо</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Адрес отправителя</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>TCP port</source>
        <translation>TCP-порт</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <source>Test address</source>
        <translation>Адрес для проверки</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Тестовая печать</translation>
    </message>
    <message>
        <source>The paper is running out.</source>
        <translation>Бумага заканчивается.</translation>
    </message>
    <message>
        <source>The test e-mail was sent.</source>
        <translation>Тестовое письмо отправлено.</translation>
    </message>
    <message>
        <source>The test page was sent to the printer.</source>
        <translation>Тестовая страница отправлена на принтер.</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>USB vendor:product</source>
        <translation>USB производитель:модель</translation>
    </message>
    <message>
        <source>Work without a printer (receipts by e-mail or on screen)</source>
        <translation>Работать без принтера (чеки по e-mail или на экране)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A barcode is 1 to 14 digits.</source>
        <translation>Штрихкод — только цифры (от 1 до 14).</translation>
    </message>
    <message>
        <source>A card payment of {amount} for these goods, started at {started}, is still pending: the terminal may still approve it and the buyer would pay twice. Wait for it on the Terminal tab, or pay again on purpose.</source>
        <translation>Оплата картой {amount} за эти товары, начатая {started}, ещё не завершена: терминал может ещё одобрить её, и покупатель заплатит дважды. Дождитесь её на вкладке «Терминал» или оплатите заново осознанно.</translation>
    </message>
    <message>
        <source>A company with IIN/BIN {iin_bin} is already registered.</source>
        <translation>Компания с БИН/ИИН {iin_bin} уже зарегистрирована.</translation>
    </message>
    <message>
        <source>A company with the BIN/IIN {value} already exists.</source>
        <translation>Компания с БИН/ИИН {value} уже существует.</translation>
    </message>
    <message>
        <source>A number is too large for the database; nothing was changed.</source>
        <translation>Число слишком велико для базы данных; ничего не изменено.</translation>
    </message>
    <message>
        <source>A payment must be greater than zero.</source>
        <translation>Сумма оплаты должна быть больше нуля.</translation>
    </message>
    <message>
        <source>A percent must be between 0 and 100.</source>
        <translation>Процент должен быть от 0 до 100.</translation>
    </message>
    <message>
        <source>A terminal with serial number {serial} is already in the registry.</source>
        <translation>Терминал с серийным номером {serial} уже есть в реестре.</translation>
    </message>
    <message>
        <source>A user with login {email} already exists.</source>
        <translation>Пользователь с логином {email} уже есть.</translation>
    </message>
    <message>
        <source>A user with the login {value} already exists.</source>
        <translation>Пользователь с логином {value} уже существует.</translation>
    </message>
    <message>
        <source>An NTIN is 13 or 14 digits.</source>
        <translation>NTIN — 13 или 14 цифр.</translation>
    </message>
    <message>
        <source>An offer without a product.</source>
        <translation>Предложение без товара.</translation>
    </message>
    <message>
        <source>Another product of this register already has this «{field}»: {value}.</source>
        <translation>У другого товара этой ККМ уже есть такое значение «{field}»: {value}.</translation>
    </message>
    <message>
        <source>Another product of this register already has {field} {value}.</source>
        <translation>У другого товара этой ККМ уже есть {field} {value}.</translation>
    </message>
    <message>
        <source>Card payments taken on the terminal without a fiscal receipt: {count}, {amount} in all. Issue their receipts with «Безнал» or refund them in the Terminal tab before closing the shift.</source>
        <translation>Оплаты по карте на терминале без фискального чека: {count} на сумму {amount}. Выдайте их чеки «Безнал» или верните оплаты во вкладке «Терминал» до закрытия смены.</translation>
    </message>
    <message>
        <source>Catalog file exchange error.</source>
        <translation>Ошибка обмена файлами каталога.</translation>
    </message>
    <message>
        <source>Columns must be separated by commas.</source>
        <translation>Разделитель столбцов должен быть запятой.</translation>
    </message>
    <message>
        <source>Could not save the receipt as PDF.</source>
        <translation>Не удалось сохранить чек в PDF.</translation>
    </message>
    <message>
        <source>Could not send the receipt by e-mail.</source>
        <translation>Не удалось отправить чек по e-mail.</translation>
    </message>
    <message>
        <source>Device error.</source>
        <translation>Ошибка оборудования.</translation>
    </message>
    <message>
        <source>E-mail is not set up (SMTP). Save the receipt as PDF.</source>
        <translation>Отправка e-mail не настроена (SMTP). Сохраните чек в PDF.</translation>
    </message>
    <message>
        <source>Enter the price of the marked product (above zero).</source>
        <translation>Укажите цену маркированного товара (больше нуля).</translation>
    </message>
    <message>
        <source>Error in the row.</source>
        <translation>Ошибка в строке.</translation>
    </message>
    <message>
        <source>Expected 1 or 0.</source>
        <translation>Ожидается 1 или 0.</translation>
    </message>
    <message>
        <source>Import cancelled. The catalog is unchanged.</source>
        <translation>Импорт отменён. Каталог не изменён.</translation>
    </message>
    <message>
        <source>Invalid amount in field &apos;{field}&apos;: {reason}</source>
        <translation>Неверная сумма в поле «{field}»: {reason}</translation>
    </message>
    <message>
        <source>Invalid discount or markup: {reason}</source>
        <translation>Неверная скидка или наценка: {reason}</translation>
    </message>
    <message>
        <source>Invalid marking code: {reason}</source>
        <translation>Неверный код маркировки: {reason}</translation>
    </message>
    <message>
        <source>Invalid payment.</source>
        <translation>Неверная оплата.</translation>
    </message>
    <message>
        <source>Invalid price.</source>
        <translation>Неверная цена.</translation>
    </message>
    <message>
        <source>Invalid quantity: {reason}</source>
        <translation>Неверное количество: {reason}</translation>
    </message>
    <message>
        <source>Invalid text.</source>
        <translation>Недопустимый текст.</translation>
    </message>
    <message>
        <source>Invalid token: the OFD does not accept the register&apos;s token; selling is stopped. Generate a new token on the OFD portal and enter it: Admin tab → Registers → Update data.</source>
        <translation>Invalid token: ОФД не принимает токен кассы, продажи остановлены. Сгенерируйте новый токен на портале ОФД и обновите его: вкладка «Админ» → ККМ → «Обновить данные».</translation>
    </message>
    <message>
        <source>Invalid value in field &apos;{field}&apos;: {reason}</source>
        <translation>Неверное значение в поле «{field}»: {reason}</translation>
    </message>
    <message>
        <source>Line {position}: only {left} can still be returned.</source>
        <translation>Позиция {position}: к возврату доступно только {left}.</translation>
    </message>
    <message>
        <source>Loading from the cloud stopped after {done} of {total} changes; it resumes from there.</source>
        <translation>Загрузка из облака остановлена после {done} из {total} изменений; она продолжится с этого места.</translation>
    </message>
    <message>
        <source>No card terminal is registered: card payments through a terminal are unavailable.</source>
        <translation>POS-терминал не зарегистрирован — оплата картой через терминал недоступна.</translation>
    </message>
    <message>
        <source>No card terminal is set up in the device settings.</source>
        <translation>В настройках устройств не выбран платёжный терминал.</translation>
    </message>
    <message>
        <source>No cloud is configured: the company&apos;s terminals can be reported only from the cloud.</source>
        <translation>Облако не настроено: отчёт по всем терминалам компании строится только из облака.</translation>
    </message>
    <message>
        <source>No connection to the OFD server. Check the Internet and the OFD subscription.</source>
        <translation>Нет связи с сервером ОФД. Проверьте интернет и оплату услуг ОФД.</translation>
    </message>
    <message>
        <source>No network connection. Check the cable or Wi-Fi.</source>
        <translation>Нет подключения к сети. Проверьте кабель или Wi-Fi.</translation>
    </message>
    <message>
        <source>No receipt with fiscal sign {sign} on this register.</source>
        <translation>Чек с фискальным признаком {sign} на этой ККМ не найден.</translation>
    </message>
    <message>
        <source>Nobody pressed «Разрешить» on the terminal for {name} ({reason}).</source>
        <translation>На терминале никто не нажал «Разрешить» для {name} ({reason}).</translation>
    </message>
    <message>
        <source>Non-cash payments {non_cash} exceed the total {total}: change is given only from cash.</source>
        <translation>Безналичная оплата {non_cash} больше суммы чека {total}: сдача выдаётся только с наличных.</translation>
    </message>
    <message>
        <source>Not allowed: this needs the &apos;{role}&apos; role.</source>
        <translation>Недостаточно прав: нужна роль «{role}».</translation>
    </message>
    <message>
        <source>Not found: {what} {key}</source>
        <translation>Не найдено: {what} {key}</translation>
    </message>
    <message>
        <source>Not possible in the current state ({machine}: {source} → {target}).</source>
        <translation>Операция невозможна в текущем состоянии ({machine}: {source} → {target}).</translation>
    </message>
    <message>
        <source>Only {cash} in the drawer; cannot pay out {amount}.</source>
        <translation>В кассе только {cash}, нельзя выдать {amount}.</translation>
    </message>
    <message>
        <source>Only {left} of the payment {transaction} can still be refunded: {refunded} of {paid} already went back.</source>
        <translation>Из оплаты {transaction} можно вернуть ещё только {left}: {refunded} из {paid} уже возвращено.</translation>
    </message>
    <message>
        <source>Payment {paid} does not cover the total {total}.</source>
        <translation>Оплата {paid} не покрывает сумму {total}.</translation>
    </message>
    <message>
        <source>Printer not found or not answering. Check the cable and power.</source>
        <translation>Принтер не найден или не отвечает. Проверьте кабель и питание.</translation>
    </message>
    <message>
        <source>Receipt {sign} was made offline and has not reached the OFD yet. It can be returned once uploaded: connect to the OFD and wait for the upload.</source>
        <translation>Чек {sign} пробит в автономном режиме и ещё не передан в ОФД. Возврат возможен после отправки: подключитесь к ОФД и дождитесь выгрузки.</translation>
    </message>
    <message>
        <source>Required columns are missing.</source>
        <translation>В файле нет обязательных столбцов.</translation>
    </message>
    <message>
        <source>Set up the company before adding terminals.</source>
        <translation>Сначала заполните данные компании, затем добавляйте терминалы.</translation>
    </message>
    <message>
        <source>Shift {number} of this register is open: close it (Z report) before unbinding the device.</source>
        <translation>Смена {number} этой ККМ открыта: закройте её (Z-отчёт), прежде чем отвязывать устройство.</translation>
    </message>
    <message>
        <source>Sign in to the cloud with the administrator&apos;s e-mail and password (the line above the admin tabs).</source>
        <translation>Войдите в облако с e-mail и паролем администратора (строка над вкладками администратора).</translation>
    </message>
    <message>
        <source>Sign-in error.</source>
        <translation>Ошибка входа.</translation>
    </message>
    <message>
        <source>Someone changed this terminal meanwhile ({fields}). Reload it and make your change again.</source>
        <translation>Этот терминал тем временем изменил кто-то другой ({fields}). Обновите его и внесите изменение заново.</translation>
    </message>
    <message>
        <source>The Kaspi terminal updates its keys with the bank by itself: nothing to update from the register.</source>
        <translation>Терминал Kaspi сам обновляет ключи с банком: с кассы обновлять нечего.</translation>
    </message>
    <message>
        <source>The OFD address is not set in the settings.</source>
        <translation>Адрес ОФД не задан в настройках.</translation>
    </message>
    <message>
        <source>The OFD and the register disagree about the shift (open for more than 24 hours, or another shift open at the OFD). Check the shift&apos;s state in the OFD cabinet, close the shift with a Z report and make the document again in the new shift.</source>
        <translation>ОФД и касса расходятся в состоянии смены (открыта более 24 часов или в ОФД открыта другая смена). Проверьте состояние смены в кабинете ОФД, закройте смену Z-отчётом и оформите документ заново в новой смене.</translation>
    </message>
    <message>
        <source>The OFD did not accept this Z report: its counters or shift number differ from the OFD&apos;s, so the shift may still be open at the OFD although it is closed here. Compare the shift&apos;s documents in «Offline data» with the OFD cabinet and ask the OFD&apos;s support to close the shift there.</source>
        <translation>ОФД не принял этот Z-отчёт: его счётчики или номер смены расходятся с данными ОФД, поэтому в ОФД смена может оставаться открытой, хотя на кассе она закрыта. Сверьте документы смены в «Автономных данных» с кабинетом ОФД и попросите поддержку ОФД закрыть смену у себя.</translation>
    </message>
    <message>
        <source>The OFD does not know this register or its token. Re-register the register in the OFD cabinet (or generate a new token there) and enter its data: Admin tab → Registers → Update data.</source>
        <translation>ОФД не знает эту кассу или её токен. Перерегистрируйте кассу в кабинете ОФД (или сгенерируйте там новый токен) и введите её данные: вкладка «Админ» → ККМ → «Обновить данные».</translation>
    </message>
    <message>
        <source>The OFD found the document&apos;s data wrong (sums, cash in the drawer, the buyer&apos;s IIN/BIN): it is not a fiscal document and is not sent again. Check the data, make the document again correctly and tell support if it happens again.</source>
        <translation>ОФД счёл данные документа неверными (суммы, наличные в кассе, ИИН/БИН покупателя): это не фискальный документ, и повторно он не отправляется. Проверьте данные, оформите документ заново правильно и сообщите в поддержку, если это повторится.</translation>
    </message>
    <message>
        <source>The OFD refused the document for a reason on its side (the register is blocked, or the operation is not allowed for it). Contact the OFD&apos;s support with the document&apos;s time and number and the OFD&apos;s answer.</source>
        <translation>ОФД отклонил документ по причине на своей стороне (касса заблокирована или операция для неё недоступна). Обратитесь в поддержку ОФД, указав время и номер документа и ответ ОФД.</translation>
    </message>
    <message>
        <source>The OFD refused the document: {reason}. The receipt is not fiscal.</source>
        <translation>ОФД отклонил документ: {reason}. Чек не фискализирован.</translation>
    </message>
    <message numerus="yes">
        <source>The OFD rejected {count} document(s). Contact the administrator.</source>
        <translation>
            <numerusform>ОФД отклонил {count} документ. Обратитесь к администратору.</numerusform>
            <numerusform>ОФД отклонил {count} документа. Обратитесь к администратору.</numerusform>
            <numerusform>ОФД отклонил {count} документов. Обратитесь к администратору.</numerusform>
        </translation>
    </message>
    <message>
        <source>The OFD server cannot be found (DNS). Check the Internet connection.</source>
        <translation>Не удаётся найти сервер ОФД в сети (DNS). Проверьте подключение к интернету.</translation>
    </message>
    <message>
        <source>The OFD server does not answer. Check the Internet and the OFD subscription.</source>
        <translation>Сервер ОФД не отвечает. Проверьте интернет и оплату услуг ОФД.</translation>
    </message>
    <message>
        <source>The PIN was locked too many times: sign in with your password.</source>
        <translation>PIN-код блокировался слишком много раз: войдите по паролю.</translation>
    </message>
    <message>
        <source>The XML file is broken.</source>
        <translation>Файл XML повреждён.</translation>
    </message>
    <message>
        <source>The basket now totals {current} but the payment was for {paid}: issue the receipt of the basket as it was paid, or refund the payment.</source>
        <translation>Корзина сейчас на {current}, а оплата была на {paid}: выдайте чек корзины, какой она была при оплате, или верните оплату.</translation>
    </message>
    <message>
        <source>The camera is not available.</source>
        <translation>Камера недоступна.</translation>
    </message>
    <message>
        <source>The card payment was not approved ({status}): {message}. No receipt was made.</source>
        <translation>Оплата картой не одобрена ({status}): {message}. Чек не пробит.</translation>
    </message>
    <message>
        <source>The card terminal is not registered yet: Register → Devices → Terminal → Register.</source>
        <translation>Платёжный терминал ещё не зарегистрирован: Касса → Устройства → Терминал → Зарегистрировать.</translation>
    </message>
    <message>
        <source>The card terminal takes whole tenge: {card} to the card and {cash} in cash.</source>
        <translation>Терминал принимает только целые тенге: {card} картой и {cash} наличными.</translation>
    </message>
    <message>
        <source>The cash drawer is not available.</source>
        <translation>Денежный ящик недоступен.</translation>
    </message>
    <message>
        <source>The change conflicts with data already stored; nothing was changed.</source>
        <translation>Изменение противоречит уже сохранённым данным; ничего не изменено.</translation>
    </message>
    <message>
        <source>The cloud cannot be reached (no connection since {since}): edits are possible only online. Selling goes on.</source>
        <translation>Облако недоступно (нет связи с {since}): изменения возможны только при связи с облаком. Продажи продолжаются.</translation>
    </message>
    <message>
        <source>The cloud cannot be reached now ({reason}). Sales go on; data is sent when it is back.</source>
        <translation>Облако сейчас недоступно ({reason}). Продажи продолжаются; данные отправятся, когда связь вернётся.</translation>
    </message>
    <message>
        <source>The cloud did not accept this product.</source>
        <translation>Облако не приняло этот товар.</translation>
    </message>
    <message>
        <source>The cloud does not answer. Sales go on; documents are sent when it is back.</source>
        <translation>Облако не отвечает. Продажи продолжаются; документы будут отправлены, когда связь восстановится.</translation>
    </message>
    <message>
        <source>The cloud no longer accepts this PC: the register was unbound. Ask the administrator to bind it again.</source>
        <translation>Облако больше не принимает этот компьютер: ККМ отвязан. Попросите администратора привязать его снова.</translation>
    </message>
    <message>
        <source>The cloud refused the change: {message}</source>
        <translation>Облако отклонило изменение: {message}</translation>
    </message>
    <message>
        <source>The cloud refused the request as too large in its headers: sign in to the cloud again; if it repeats, tell the support.</source>
        <translation>Облако отклонило запрос: слишком большие заголовки. Войдите в облако заново; если повторится, сообщите в поддержку.</translation>
    </message>
    <message>
        <source>The cloud refused the request: {cloud_message}</source>
        <translation>Облако отклонило запрос: {cloud_message}</translation>
    </message>
    <message>
        <source>The cloud refused this PC ({code}).</source>
        <translation>Облако отказало этому компьютеру ({code}).</translation>
    </message>
    <message>
        <source>The company is not set up yet: fill in the Company tab first.</source>
        <translation>Компания ещё не создана: сначала заполните вкладку «Компания».</translation>
    </message>
    <message>
        <source>The company&apos;s BIN/IIN ({iin_bin}) cannot be changed after creation.</source>
        <translation>БИН/ИИН компании ({iin_bin}) нельзя изменить после создания.</translation>
    </message>
    <message>
        <source>The customer display is not available.</source>
        <translation>Дисплей покупателя недоступен.</translation>
    </message>
    <message>
        <source>The database cannot be reached; nothing was changed. Check the network or the database server.</source>
        <translation>Нет связи с базой данных; ничего не изменено. Проверьте сеть или сервер базы данных.</translation>
    </message>
    <message>
        <source>The database could not complete the action; nothing was changed.</source>
        <translation>База данных не смогла выполнить действие; ничего не изменено.</translation>
    </message>
    <message>
        <source>The database file {path} lies on a network drive ({fstype}), where SQLite cannot keep it safe: keep it on a local disk, or use PostgreSQL for several computers.</source>
        <translation>Файл базы данных {path} находится на сетевом диске ({fstype}), где SQLite не может гарантировать его сохранность: храните его на локальном диске или используйте PostgreSQL для нескольких компьютеров.</translation>
    </message>
    <message>
        <source>The database is busy (locked by another program); nothing was changed. Repeat in a moment.</source>
        <translation>База данных занята (заблокирована другой программой); ничего не изменено. Повторите чуть позже.</translation>
    </message>
    <message>
        <source>The demo cloud could not start ({reason}); the demo runs as a single PC.</source>
        <translation>Демо-облако не запустилось ({reason}); демо работает на одном компьютере.</translation>
    </message>
    <message>
        <source>The device service stopped. Restart the program.</source>
        <translation>Служба устройств остановлена. Перезапустите программу.</translation>
    </message>
    <message>
        <source>The disk of the database is full; nothing was changed. Free some disk space, then repeat.</source>
        <translation>Диск базы данных заполнен; ничего не изменено. Освободите место на диске и повторите.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Выгрузка отменена; файл не записан.</translation>
    </message>
    <message>
        <source>The field is empty.</source>
        <translation>Поле не заполнено.</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Файл не подходит для импорта.</translation>
    </message>
    <message>
        <source>The file has no product to import.</source>
        <translation>В файле нет товаров для импорта.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The file is not UTF-8.</source>
        <translation>Файл не в кодировке UTF-8.</translation>
    </message>
    <message numerus="yes">
        <source>The file lacks {count} product(s) of the register: importing it would remove them. Nothing was changed.</source>
        <translation>
            <numerusform>В файле нет {count} товара кассы: импорт удалил бы его. Ничего не изменено.</numerusform>
            <numerusform>В файле нет {count} товаров кассы: импорт удалил бы их. Ничего не изменено.</numerusform>
            <numerusform>В файле нет {count} товаров кассы: импорт удалил бы их. Ничего не изменено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file was not imported: {count} error(s) found. The catalog is unchanged.</source>
        <translation>
            <numerusform>Файл не импортирован: найдена {count} ошибка. Каталог не изменён.</numerusform>
            <numerusform>Файл не импортирован: найдены {count} ошибки. Каталог не изменён.</numerusform>
            <numerusform>Файл не импортирован: найдено {count} ошибок. Каталог не изменён.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Не удалось записать файл {path}: {reason}</translation>
    </message>
    <message>
        <source>The goods of this card payment were sold on receipt №{number} after it: if that was the same customer, refund the payment to the card.</source>
        <translation>Товары этой оплаты картой после неё проданы чеком №{number}: если это был тот же покупатель, верните оплату на карту.</translation>
    </message>
    <message numerus="yes">
        <source>The last sync with the cloud was {count} minute(s) ago.</source>
        <translation>
            <numerusform>Последняя синхронизация с облаком была {count} минуту назад.</numerusform>
            <numerusform>Последняя синхронизация с облаком была {count} минуты назад.</numerusform>
            <numerusform>Последняя синхронизация с облаком была {count} минут назад.</numerusform>
        </translation>
    </message>
    <message>
        <source>The line amount {value} is more than a register records (at most {limit}).</source>
        <translation>Сумма позиции {value} больше, чем может записать касса (не более {limit}).</translation>
    </message>
    <message>
        <source>The markup {value} is more than a register records (at most {limit}).</source>
        <translation>Наценка {value} больше, чем может записать касса (не более {limit}).</translation>
    </message>
    <message>
        <source>The name {name} is already allowed on the terminal. On the terminal open Панель администратора → «Защита интеграции» → «Настроить доступ», press «Запретить» next to {name}, then register again.</source>
        <translation>Имя {name} уже разрешено на терминале. На терминале откройте Панель администратора → «Защита интеграции» → «Настроить доступ», нажмите «Запретить» рядом с {name} и зарегистрируйтесь снова.</translation>
    </message>
    <message>
        <source>The offers file is from another 1C export: no product has a price.</source>
        <translation>Файл предложений — из другой выгрузки 1С: ни у одного товара нет цены.</translation>
    </message>
    <message>
        <source>The pairing with the card terminal is lost: the terminal no longer accepts this register ({name}); nothing was charged. An administrator presses «Запретить» for {name} on the terminal (Панель администратора → «Защита интеграции» → «Настроить доступ»), then registers again: Register → Devices → Terminal → Register.</source>
        <translation>Связь кассы с платёжным терминалом потеряна: терминал больше не принимает эту кассу ({name}); деньги не списаны. Администратор нажимает «Запретить» для {name} на терминале (Панель администратора → «Защита интеграции» → «Настроить доступ»), затем регистрирует кассу снова: Касса → Устройства → Терминал → Зарегистрировать.</translation>
    </message>
    <message>
        <source>The payment terminal is not available.</source>
        <translation>Платёжный терминал недоступен.</translation>
    </message>
    <message>
        <source>The payment {transaction} is already paid back in full.</source>
        <translation>Платёж {transaction} уже полностью возвращён.</translation>
    </message>
    <message>
        <source>The payment {value} is more than a register records (at most {limit}).</source>
        <translation>Оплата {value} больше, чем может записать касса (не более {limit}).</translation>
    </message>
    <message>
        <source>The price is not in tenge.</source>
        <translation>Цена не в тенге.</translation>
    </message>
    <message>
        <source>The printer cover is open. Close it.</source>
        <translation>Открыта крышка принтера. Закройте её.</translation>
    </message>
    <message>
        <source>The printer does not support this function.</source>
        <translation>Принтер не поддерживает эту функцию.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Insert a new roll.</source>
        <translation>Нет бумаги в принтере. Вставьте новый рулон.</translation>
    </message>
    <message>
        <source>The product has no price.</source>
        <translation>У товара нет цены.</translation>
    </message>
    <message>
        <source>The receipt has no lines.</source>
        <translation>В чеке нет позиций.</translation>
    </message>
    <message>
        <source>The receipt total is negative.</source>
        <translation>Сумма чека отрицательная.</translation>
    </message>
    <message>
        <source>The receipt total {value} is more than a register records (at most {limit}).</source>
        <translation>Сумма чека {value} больше, чем может записать касса (не более {limit}).</translation>
    </message>
    <message numerus="yes">
        <source>The register has been offline for more than 72 hours. Connect to the internet to upload {count} document(s).</source>
        <translation>
            <numerusform>Касса работает без связи с ОФД более 72 часов. Подключитесь к интернету, чтобы отправить {count} документ.</numerusform>
            <numerusform>Касса работает без связи с ОФД более 72 часов. Подключитесь к интернету, чтобы отправить {count} документа.</numerusform>
            <numerusform>Касса работает без связи с ОФД более 72 часов. Подключитесь к интернету, чтобы отправить {count} документов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register has no OFD data (system id and token). An admin fills them in on the Registers tab.</source>
        <translation>У ККМ нет данных ОФД (идентификатор и токен). Администратор заполняет их во вкладке «ККМ».</translation>
    </message>
    <message>
        <source>The register is not active: an admin must complete its OFD data.</source>
        <translation>ККМ не активна: администратор должен заполнить данные ОФД.</translation>
    </message>
    <message>
        <source>The register works without a printer. Choose a printer in the device settings.</source>
        <translation>Касса работает без принтера. Выберите принтер в настройках оборудования.</translation>
    </message>
    <message>
        <source>The register {name} has not reached this PC yet: wait until loading from the cloud has finished.</source>
        <translation>ККМ {name} ещё не загружен на этот компьютер: дождитесь окончания загрузки из облака.</translation>
    </message>
    <message>
        <source>The register&apos;s OFD token is not on this computer (it was entered on another one): an admin enters it here, in the admin tab: Registers → Update data.</source>
        <translation>Токена ОФД этой кассы нет на этом компьютере (его ввели на другом): администратор вводит его здесь, во вкладке «Админ» → ККМ → «Обновить данные».</translation>
    </message>
    <message>
        <source>The sale failed and the card charge of {amount} could not be reversed: {message}. Contact the bank.</source>
        <translation>Продажа не прошла, а списание {amount} с карты не удалось отменить: {message}. Обратитесь в банк.</translation>
    </message>
    <message>
        <source>The scanner is disconnected. It will be reconnected automatically.</source>
        <translation>Сканер отключён. Касса переподключится автоматически.</translation>
    </message>
    <message>
        <source>The self-check failed at step &apos;{step}&apos;: {reason}</source>
        <translation>Самопроверка не прошла на шаге «{step}»: {reason}</translation>
    </message>
    <message>
        <source>The shift has been open for more than 24 hours. Close the shift (Z report) to go on selling.</source>
        <translation>Смена открыта более 24 часов. Закройте смену (Z-отчёт), затем продолжайте продажи.</translation>
    </message>
    <message>
        <source>The store in {data_dir} belongs to {company}: the self-check runs only in an empty or demo store.</source>
        <translation>База данных в {data_dir} принадлежит компании {company}: самопроверка работает только с пустой или демо-базой.</translation>
    </message>
    <message>
        <source>The terminal has not said whether the payment of {amount} went through. The sale stays open; the register keeps asking the terminal (see the Terminal tab).</source>
        <translation>Терминал не сообщил, прошла ли оплата {amount}. Продажа остаётся открытой; касса продолжает опрашивать терминал (см. вкладку «Терминал»).</translation>
    </message>
    <message>
        <source>The terminal is busy with another operation: finish it on the terminal and try again.</source>
        <translation>Терминал занят другой операцией: завершите её на терминале и повторите.</translation>
    </message>
    <message>
        <source>The terminal presents another certificate than at registration; nothing was sent to it. An administrator checks it in the device settings (Terminal).</source>
        <translation>Терминал предъявил другой сертификат, чем при регистрации; ему ничего не отправлено. Администратор проверяет его в настройках устройств (Терминал).</translation>
    </message>
    <message>
        <source>The trade point still has registers: move them to another trade point first.</source>
        <translation>У торговой точки ещё есть ККМ: сначала перенесите их в другую торговую точку.</translation>
    </message>
    <message>
        <source>There is no line {index} in the basket.</source>
        <translation>В корзине нет позиции {index}.</translation>
    </message>
    <message>
        <source>There is no open shift.</source>
        <translation>Нет открытой смены.</translation>
    </message>
    <message>
        <source>There is no printer: send the receipt to the buyer&apos;s e-mail or save it as PDF.</source>
        <translation>Принтера нет: отправьте чек на e-mail покупателя или сохраните его в PDF.</translation>
    </message>
    <message>
        <source>This PC has not synced with the cloud yet.</source>
        <translation>Этот компьютер ещё не синхронизировался с облаком.</translation>
    </message>
    <message>
        <source>This account is blocked.</source>
        <translation>Учётная запись заблокирована.</translation>
    </message>
    <message>
        <source>This barcode is already in the file.</source>
        <translation>Такой штрихкод уже есть в файле.</translation>
    </message>
    <message>
        <source>This code is already in the file.</source>
        <translation>Такой код уже есть в файле.</translation>
    </message>
    <message>
        <source>This device connection is not available on this computer.</source>
        <translation>Способ подключения устройства недоступен на этом компьютере.</translation>
    </message>
    <message>
        <source>This function is not implemented yet: {feature}</source>
        <translation>Эта функция ещё не реализована: {feature}</translation>
    </message>
    <message>
        <source>This is not a 1C (CommerceML) export.</source>
        <translation>Это не выгрузка 1С (CommerceML).</translation>
    </message>
    <message>
        <source>This is too much for the cloud to take at once: choose a smaller file or fewer rows and try again.</source>
        <translation>Облако не принимает столько за один раз: выберите файл поменьше или меньше строк и повторите.</translation>
    </message>
    <message>
        <source>This operation is not possible.</source>
        <translation>Операция невозможна.</translation>
    </message>
    <message>
        <source>This pack (serial {serial}) is already in the receipt.</source>
        <translation>Эта пачка (серийный номер {serial}) уже есть в чеке.</translation>
    </message>
    <message>
        <source>This payment is on a fiscal receipt ({number}): pay it back with a return of that receipt.</source>
        <translation>Этот платёж уже в фискальном чеке ({number}): верните его возвратом этого чека.</translation>
    </message>
    <message>
        <source>This record is still in use in the cloud and cannot be deleted.</source>
        <translation>Эта запись ещё используется в облаке, удалить её нельзя.</translation>
    </message>
    <message>
        <source>This record was changed in the cloud after you opened it: {fields}. Reopen it and edit again.</source>
        <translation>Эту запись изменили в облаке после того, как вы её открыли: {fields}. Откройте её снова и повторите изменение.</translation>
    </message>
    <message>
        <source>This register is already open in another Alsep Desktop window or on another computer: work there, or close the program there first.</source>
        <translation>Эта ККМ уже открыта в другом окне Alsep Desktop или на другом компьютере: работайте там или сначала закройте программу там.</translation>
    </message>
    <message>
        <source>This register is not bound to a cloud.</source>
        <translation>Эта ККМ не привязана к облаку.</translation>
    </message>
    <message>
        <source>This register is used by another device. Unbind it in the Registers tab.</source>
        <translation>Данный ККМ используется другим устройством. Отвяжите устройство во вкладке «ККМ».</translation>
    </message>
    <message>
        <source>This terminal cancels payments only on the same day until {until}; make a return instead.</source>
        <translation>Этот терминал отменяет платежи только в тот же день до {until}; оформите возврат.</translation>
    </message>
    <message>
        <source>This terminal operation waits for neither a receipt nor a refund.</source>
        <translation>Эта операция терминала не ждёт ни чека, ни возврата.</translation>
    </message>
    <message>
        <source>This value of «{field}» is already used in the cloud: {value}.</source>
        <translation>Такое значение поля «{field}» уже есть в облаке: {value}.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again after {until}.</source>
        <translation>Слишком много неудачных попыток. Повторите после {until}.</translation>
    </message>
    <message>
        <source>Unexpected error. Try again; if it persists, contact support.</source>
        <translation>Непредвиденная ошибка. Повторите действие; если не помогает — обратитесь в поддержку.</translation>
    </message>
    <message>
        <source>Unknown VAT rate.</source>
        <translation>Неизвестная ставка НДС.</translation>
    </message>
    <message>
        <source>Unknown VAT rate: {reason}</source>
        <translation>Неизвестная ставка НДС: {reason}</translation>
    </message>
    <message>
        <source>Unknown printer model. Choose a profile in the settings.</source>
        <translation>Неизвестная модель принтера. Выберите профиль в настройках.</translation>
    </message>
    <message>
        <source>Unknown unit of measure.</source>
        <translation>Неизвестная единица измерения.</translation>
    </message>
    <message>
        <source>With a cloud this is done in the cloud: {what}.</source>
        <translation>При работе с облаком это делается в облаке: {what}.</translation>
    </message>
    <message>
        <source>Wrong administrator login or password; tries left: {tries_left}.</source>
        <translation>Неверный логин или пароль администратора; осталось попыток: {tries_left}.</translation>
    </message>
    <message>
        <source>Wrong administrator login, password or PIN; tries left: {tries_left}.</source>
        <translation>Неверный логин, пароль или ПИН-код администратора; осталось попыток: {tries_left}.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>Wrong number of fields in the row.</source>
        <translation>Неверное число полей в строке.</translation>
    </message>
    <message>
        <source>You stopped waiting for the payment of {amount}. The sale stays open and the register keeps asking the terminal: a late approval appears in the pending list of the Terminal tab.</source>
        <translation>Вы прекратили ожидание оплаты {amount}. Продажа остаётся открытой, касса продолжает опрашивать терминал: позднее одобрение появится в списке «Ожидают сверки» на вкладке «Терминал».</translation>
    </message>
    <message>
        <source>{quantity} × {price} rounds to 0.00: a line must cost at least 0.01.</source>
        <translation>{quantity} × {price} округляется до 0,00: стоимость позиции должна быть не меньше 0,01 ₸.</translation>
    </message>
    <message>
        <source>{refunded} of this payment was already refunded: refund the rest instead of issuing a receipt.</source>
        <translation>Из этого платежа уже возвращено {refunded}: верните остаток вместо выдачи чека.</translation>
    </message>
    <message>
        <source>«ФИСКАЛИЗАЦИЯ» is on: take card payments with the sale, not on the terminal alone.</source>
        <translation>«ФИСКАЛИЗАЦИЯ» включена: принимайте оплату картой вместе с продажей, а не только на терминале.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Address in Kazakh</source>
        <translation>Адрес на казахском</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>BIK</source>
        <translation>БИК</translation>
    </message>
    <message>
        <source>BIN/IIN</source>
        <translation>БИН/ИИН</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Buyer&apos;s IIN/BIN</source>
        <translation>ИИН/БИН покупателя</translation>
    </message>
    <message>
        <source>Card commission rate</source>
        <translation>Ставка комиссии по картам</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Company BIN/IIN</source>
        <translation>БИН/ИИН компании</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Discount on the receipt</source>
        <translation>Скидка на чек</translation>
    </message>
    <message>
        <source>Discount or markup</source>
        <translation>Скидка или наценка</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>Group code</source>
        <translation>Код группы</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Keyboard scanner</source>
        <translation>USB-сканер</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Login (e-mail)</source>
        <translation>Логин (e-mail)</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Marked goods</source>
        <translation>Маркированный товар</translation>
    </message>
    <message>
        <source>Marking code</source>
        <translation>Код маркировки</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>Наценка</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>NTIN</source>
        <translation>NTIN (код НКТ)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>OFD system id</source>
        <translation>Системный идентификатор ОФД</translation>
    </message>
    <message>
        <source>OFD token</source>
        <translation>Токен ОФД</translation>
    </message>
    <message>
        <source>OKED code</source>
        <translation>Код ОКЭД</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Ширина бумаги</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Payment kind</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Port or path</source>
        <translation>Порт или путь</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Адрес принтера</translation>
    </message>
    <message>
        <source>Printer model</source>
        <translation>Модель принтера</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>QR commission rate</source>
        <translation>Ставка комиссии по QR</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Номер чека</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>ККМ</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-сервер</translation>
    </message>
    <message>
        <source>Scan suffix</source>
        <translation>Окончание кода</translation>
    </message>
    <message>
        <source>Scanner port</source>
        <translation>Порт сканера</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Shift closing time</source>
        <translation>Время закрытия смены</translation>
    </message>
    <message>
        <source>Shift number</source>
        <translation>Номер смены</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <source>Trade point</source>
        <translation>Торговая точка</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <source>VAT certificate</source>
        <translation>Свидетельство НДС</translation>
    </message>
    <message>
        <source>VAT certificate series</source>
        <translation>Серия свидетельства НДС</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Ставка НДС</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>The label of a field the table does not know (never the raw key).</extracomment>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Year of manufacture</source>
        <translation>Год выпуска</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Имя файла:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Тип файлов:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Папка:</translation>
    </message>
</context>
<context>
    <name>ImportIssues</name>
    <message>
        <source>&apos;{value}&apos; is not an amount</source>
        <translation>«{value}» — не сумма</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes/no (use 1 or 0)</source>
        <translation>«{value}» — не «да/нет» (укажите 1 или 0)</translation>
    </message>
    <message>
        <source>a line is longer than {limit} characters; this is not a catalog CSV</source>
        <translation>строка длиннее {limit} символов; это не CSV-файл каталога</translation>
    </message>
    <message>
        <source>a price is required</source>
        <translation>цена обязательна</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>поле обязательно</translation>
    </message>
    <message>
        <source>article &apos;{value}&apos; is also on row {first_row}; this product gets the code &apos;{new_code}&apos;</source>
        <translation>артикул «{value}» уже есть в строке {first_row}; этот товар получает код «{new_code}»</translation>
    </message>
    <message>
        <source>barcode &apos;{value}&apos; cannot be read (1 to 14 digits expected); the product is imported without it</source>
        <translation>штрихкод «{value}» не распознан (нужно от 1 до 14 цифр); товар импортирован без него</translation>
    </message>
    <message>
        <source>barcode &apos;{value}&apos; was turned into a number by Excel and lost its digits; format the column as Text and save again</source>
        <translation>штрихкод «{value}» Excel превратил в число, и часть цифр потеряна; задайте столбцу формат «Текстовый» и сохраните файл заново</translation>
    </message>
    <message>
        <source>barcode {value} is also on row {first_row}</source>
        <translation>штрихкод {value} уже есть в строке {first_row}</translation>
    </message>
    <message>
        <source>broken CSV ({detail}); check the quotes</source>
        <extracomment>the header may have unknown columns (ignored), but not more than this many in all</extracomment>
        <translation>повреждённый CSV ({detail}); проверьте кавычки</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>не удаётся прочитать {file}: {reason}</translation>
    </message>
    <message>
        <source>code &apos;{value}&apos; is also on row {first_row}</source>
        <translation>код «{value}» уже есть в строке {first_row}</translation>
    </message>
    <message>
        <source>column &apos;{value}&apos; appears twice</source>
        <translation>столбец «{value}» встречается дважды</translation>
    </message>
    <message>
        <source>column &apos;{value}&apos; is not known and is ignored</source>
        <translation>столбец «{value}» неизвестен и пропущен</translation>
    </message>
    <message>
        <source>contains a control character (tab or line break)</source>
        <translation>содержит управляющий символ (табуляцию или перенос строки)</translation>
    </message>
    <message>
        <source>file {file} does not exist</source>
        <translation>файл {file} не существует</translation>
    </message>
    <message>
        <source>group {value} is not in Классификатор</source>
        <translation>группы {value} нет в Классификаторе</translation>
    </message>
    <message>
        <source>import.xml has no products (Каталог/Товары/Товар)</source>
        <translation>в import.xml нет товаров (Каталог/Товары/Товар)</translation>
    </message>
    <message>
        <source>is {length} characters long (at most {limit})</source>
        <translation>длина {length} символов (не более {limit})</translation>
    </message>
    <message>
        <source>line breaks and repeated spaces in «{value}» were replaced by single spaces</source>
        <translation>переносы строк и повторяющиеся пробелы в «{value}» заменены одиночными пробелами</translation>
    </message>
    <message>
        <source>missing column(s): {value} (found: {found})</source>
        <translation>нет столбцов: {value} (найдены: {found})</translation>
    </message>
    <message>
        <source>more than {limit} errors: the file is refused without reading further</source>
        <translation>ошибок больше {limit}: файл отклонён без дальнейшего чтения</translation>
    </message>
    <message>
        <source>more than {limit} warnings; only the first {limit} are listed</source>
        <extracomment>Warnings kept per import; the rest are only counted (``ImportReport.warnings_dropped``).</extracomment>
        <translation>предупреждений больше {limit}; показаны только первые {limit}</translation>
    </message>
    <message>
        <source>no permission to read {file}</source>
        <translation>нет прав на чтение {file}</translation>
    </message>
    <message>
        <source>none of the {count} products of {file} has an offer in {offers}: the offers come from another export; export the goods and the prices together from 1C</source>
        <translation>ни у одного из товаров файла {file} (всего {count}) нет предложения в {offers}: предложения взяты из другой выгрузки; выгрузите товары и цены из 1С вместе</translation>
    </message>
    <message>
        <source>offer {product} has no product in import.xml</source>
        <translation>для предложения {product} нет товара в import.xml</translation>
    </message>
    <message>
        <source>price is in {value}, not KZT</source>
        <translation>цена в {value}, а не в тенге (KZT)</translation>
    </message>
    <message>
        <source>price type «{value}» is in {currency}, not tenge; prices are not converted (price types in tenge: {allowed})</source>
        <translation>тип цен «{value}» — в {currency}, а не в тенге; цены не пересчитываются (типы цен в тенге: {allowed})</translation>
    </message>
    <message>
        <source>price type «{value}» is not in offers.xml (available: {allowed})</source>
        <translation>типа цен «{value}» нет в offers.xml (есть: {allowed})</translation>
    </message>
    <message>
        <source>price type «{value}» is not in offers.xml (no ТипыЦен)</source>
        <translation>типа цен «{value}» нет в offers.xml (нет раздела ТипыЦен)</translation>
    </message>
    <message>
        <source>price {value} is negative</source>
        <translation>цена {value} отрицательная</translation>
    </message>
    <message>
        <source>product {product} has no offer in offers.xml; it is not imported</source>
        <translation>для товара {product} нет предложения в offers.xml; он не импортирован</translation>
    </message>
    <message>
        <source>product {product} has no price of the type «{price_type}»; it is not imported</source>
        <translation>у товара {product} нет цены типа «{price_type}»; он не импортирован</translation>
    </message>
    <message>
        <source>the file has a header but no products</source>
        <translation>в файле есть заголовок, но нет товаров</translation>
    </message>
    <message>
        <source>the file has no product to import ({count} read, every one skipped: see the warnings); the catalog is left as it is</source>
        <translation>в файле нет товаров для импорта (прочитано: {count}, все пропущены — см. предупреждения); каталог оставлен как был</translation>
    </message>
    <message>
        <source>the file is empty (no header line)</source>
        <translation>файл пуст (нет строки заголовков)</translation>
    </message>
    <message>
        <source>the file is not text (a binary byte at position {position}); save the catalog as CSV</source>
        <translation>файл не текстовый (двоичный байт в позиции {position}); сохраните каталог в формате CSV</translation>
    </message>
    <message>
        <source>the file is not text in any known encoding; save the catalog as «CSV UTF-8»</source>
        <extracomment>encodings that hold every Kazakh letter (the others turn them into &apos;?&apos;)</extracomment>
        <translation>файл не читается как текст ни в одной известной кодировке; сохраните каталог как «CSV UTF-8»</translation>
    </message>
    <message>
        <source>the folder {file} has no 1C import file (import.xml, import0_1.xml)</source>
        <translation>в папке {file} нет файла выгрузки 1С (import.xml, import0_1.xml)</translation>
    </message>
    <message>
        <source>the header has {count} columns (at most {limit}); this is not a catalog CSV</source>
        <translation>столбцов в заголовке: {count} (не более {limit}); это не CSV-файл каталога</translation>
    </message>
    <message>
        <source>the product&apos;s barcode {value} is already on {other}; {variant} is sold by code or name</source>
        <translation>штрихкод {value} уже есть у {other}; {variant} продаётся по коду или названию</translation>
    </message>
    <message>
        <source>this line cannot be read as {encoding}; save the file as «CSV UTF-8»</source>
        <translation>эту строку нельзя прочитать в кодировке {encoding}; сохраните файл как «CSV UTF-8»</translation>
    </message>
    <message>
        <source>unit &apos;{value}&apos; is not known; sold by the piece</source>
        <translation>единица «{value}» неизвестна; товар продаётся поштучно</translation>
    </message>
    <message>
        <source>unknown encoding «{encoding}»</source>
        <translation>неизвестная кодировка «{encoding}»</translation>
    </message>
    <message>
        <source>unknown unit &apos;{value}&apos; (use an ОКЕИ code such as 796 or 166)</source>
        <translation>неизвестная единица «{value}» (укажите код ОКЕИ, например 796 или 166)</translation>
    </message>
    <message numerus="yes">
        <source>{count} more barcode(s) ({value}) are not imported: a product keeps one barcode, {barcode}</source>
        <translation>
            <numerusform>ещё {count} штрихкод ({value}) не импортирован: у товара остаётся один штрихкод, {barcode}</numerusform>
            <numerusform>ещё {count} штрихкода ({value}) не импортированы: у товара остаётся один штрихкод, {barcode}</numerusform>
            <numerusform>ещё {count} штрихкодов ({value}) не импортированы: у товара остаётся один штрихкод, {barcode}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} name(s) have &apos;?&apos; inside a word (first on row {first_row}): {encoding} has no Kazakh letters; save the file as «CSV UTF-8»</source>
        <translation>
            <numerusform>у {count} названия «?» внутри слова (первое — в строке {first_row}): в {encoding} нет казахских букв; сохраните файл как «CSV UTF-8»</numerusform>
            <numerusform>у {count} названий «?» внутри слова (первое — в строке {first_row}): в {encoding} нет казахских букв; сохраните файл как «CSV UTF-8»</numerusform>
            <numerusform>у {count} названий «?» внутри слова (первое — в строке {first_row}): в {encoding} нет казахских букв; сохраните файл как «CSV UTF-8»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} product(s) have no VAT rate in the file; used «{value}»</source>
        <translation>
            <numerusform>у {count} товара нет ставки НДС в файле; применена ставка «{value}»</numerusform>
            <numerusform>у {count} товаров нет ставки НДС в файле; применена ставка «{value}»</numerusform>
            <numerusform>у {count} товаров нет ставки НДС в файле; применена ставка «{value}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} values instead of {expected}</source>
        <translation>
            <numerusform>{count} значение вместо {expected}</numerusform>
            <numerusform>{count} значения вместо {expected}</numerusform>
            <numerusform>{count} значений вместо {expected}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} values instead of {expected}; a comma inside a name must be in double quotes</source>
        <translation>
            <numerusform>{count} значение вместо {expected}; запятая внутри названия должна быть в двойных кавычках</numerusform>
            <numerusform>{count} значения вместо {expected}; запятая внутри названия должна быть в двойных кавычках</numerusform>
            <numerusform>{count} значений вместо {expected}; запятая внутри названия должна быть в двойных кавычках</numerusform>
        </translation>
    </message>
    <message>
        <source>{expected} is not next to {file}: 1C writes the prices there; export the offers too, or choose the offers file</source>
        <translation>рядом с {file} нет {expected}: 1С записывает цены туда; выгрузите и предложения или выберите файл предложений</translation>
    </message>
    <message>
        <source>{file} has no catalog (Каталог); export the goods from 1C, not only the classifier</source>
        <translation>в {file} нет каталога (Каталог); выгрузите из 1С товары, а не только классификатор</translation>
    </message>
    <message>
        <source>{file} holds only changes; export the full catalog from 1C (clear «Выгружать только изменения»)</source>
        <translation>{file} содержит только изменения; выгрузите из 1С весь каталог (снимите флажок «Выгружать только изменения»)</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file</source>
        <translation>{file} — папка, а не файл</translation>
    </message>
    <message>
        <source>{file} is not a CommerceML file (root &lt;{root}&gt;)</source>
        <translation>{file} — не файл CommerceML (корневой элемент &lt;{root}&gt;)</translation>
    </message>
    <message>
        <source>{file} is not well-formed XML at line {position}, column {column}</source>
        <translation>{file}: ошибка в XML в строке {position}, столбце {column}</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Administrator&apos;s login</source>
        <translation>Логин администратора</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Закрыть программу</translation>
    </message>
    <message>
        <source>Go back to work</source>
        <translation>Вернуться к работе</translation>
    </message>
    <message>
        <source>Leave the register</source>
        <translation>Выход из кассы</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Пароль или ПИН-код</translation>
    </message>
    <message>
        <source>This register runs as a kiosk. To close the program, an administrator enters their login and their password or PIN.</source>
        <translation>Касса работает в режиме киоска. Чтобы закрыть программу, администратор вводит свой логин и пароль или ПИН-код.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Admin</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>Alsep Desktop — online cash register</source>
        <translation>Alsep Desktop — онлайн-касса</translation>
    </message>
    <message>
        <source>Barcode, code or name field</source>
        <translation>Поле штрихкода, кода или наименования</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Изменить ПИН-код</translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>Изменить ПИН-код…</translation>
    </message>
    <message>
        <source>Close the shift (Z report)</source>
        <translation>Закрыть смену (Z-отчёт)</translation>
    </message>
    <message>
        <source>Devices…</source>
        <translation>Оборудование…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Lock the register</source>
        <translation>Заблокировать кассу</translation>
    </message>
    <message>
        <source>Offline data</source>
        <translation>Автономные данные</translation>
    </message>
    <message>
        <source>Print the last receipt</source>
        <translation>Распечатать последний чек</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Чеки</translation>
    </message>
    <message>
        <source>Receipts of the shift</source>
        <translation>Чеки смены</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Касса</translation>
    </message>
    <message>
        <source>Reports and shift</source>
        <translation>Отчёты и смена</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Returns tab</source>
        <translation>Вкладка «Возврат»</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <source>Sale tab</source>
        <translation>Вкладка «Продажа»</translation>
    </message>
    <message>
        <source>Scan with the camera (marked goods)</source>
        <translation>Сканировать камерой (маркированный товар)</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Тест АПК</translation>
    </message>
    <message>
        <source>Switch cashier</source>
        <translation>Сменить кассира</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>This help</source>
        <extracomment>set by the kiosk start (ui/start_screen.py): the guard that holds the window full-screen</extracomment>
        <translation>Эта справка</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-отчёт</translation>
    </message>
    <message>
        <source>Your new PIN is saved.</source>
        <translation>Ваш новый ПИН-код сохранён.</translation>
    </message>
</context>
<context>
    <name>MarkingPriceDialog</name>
    <message>
        <source>Add to receipt</source>
        <translation>Добавить в чек</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>GTIN %1, serial %2</source>
        <translation>GTIN %1, серийный номер %2</translation>
    </message>
    <message>
        <source>Marked product</source>
        <translation>Маркированный товар</translation>
    </message>
    <message>
        <source>Marked product %1</source>
        <translation>Маркированный товар %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>This product is not in the catalog. Enter its price.</source>
        <translation>Этого товара нет в базе. Укажите цену.</translation>
    </message>
</context>
<context>
    <name>MirrorDialog</name>
    <message>
        <source>%1 of %2 changes</source>
        <translation>%1 из %2 изменений</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Loading the register&apos;s data from the cloud</source>
        <translation>Загрузка данных ККМ из облака</translation>
    </message>
    <message>
        <source>Products, bundles, users and the register&apos;s settings are copied to this PC. Selling works from this copy, also without Internet.</source>
        <translation>Товары, пакеты товаров, пользователи и настройки ККМ копируются на этот компьютер. Продажи идут по этой копии, в том числе без Интернета.</translation>
    </message>
    <message>
        <source>Stopping after the current page…</source>
        <translation>Остановка после текущей страницы…</translation>
    </message>
</context>
<context>
    <name>OfdDocuments</name>
    <message>
        <source>Cash deposit</source>
        <translation>Внесение наличных</translation>
    </message>
    <message>
        <source>Cash withdrawal</source>
        <translation>Изъятие наличных</translation>
    </message>
    <message>
        <source>Purchase receipt</source>
        <translation>Чек покупки</translation>
    </message>
    <message>
        <source>Purchase return</source>
        <translation>Возврат покупки</translation>
    </message>
    <message>
        <source>REJECTED by the OFD, result %1</source>
        <translation>ОТКЛОНЁН ОФД, код %1</translation>
    </message>
    <message>
        <source>Sale receipt</source>
        <translation>Чек продажи</translation>
    </message>
    <message>
        <source>Sale return</source>
        <translation>Возврат продажи</translation>
    </message>
    <message>
        <source>The OFD answered: result %1 (%2): «%3».</source>
        <translation>Ответ ОФД: код %1 (%2): «%3».</translation>
    </message>
    <message>
        <source>The OFD answered: result %1: «%3».</source>
        <translation>Ответ ОФД: код %1: «%3».</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-отчёт</translation>
    </message>
    <message>
        <source>Z report (close shift)</source>
        <translation>Z-отчёт (закрытие смены)</translation>
    </message>
    <message>
        <source>accepted by the OFD</source>
        <translation>принят ОФД</translation>
    </message>
    <message>
        <source>handled %1</source>
        <translation>обработан %1</translation>
    </message>
    <message>
        <source>not sent to the OFD</source>
        <translation>не отправлен в ОФД</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>автономно</translation>
    </message>
    <message>
        <source>sent, waiting for the OFD&apos;s answer</source>
        <translation>отправлен, ожидается ответ ОФД</translation>
    </message>
    <message>
        <source>waiting for the OFD</source>
        <translation>ожидает отправки в ОФД</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>30 days</source>
        <translation>30 дней</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>&apos;{value}&apos; has more than 2 decimal places</source>
        <translation>в «{value}» больше двух знаков после запятой</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a payment kind (known: {allowed})</source>
        <translation>«{value}» — не способ оплаты (известны: {allowed})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a percent</source>
        <translation>«{value}» — не процент</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a percentage (e.g. 1.29)</source>
        <translation>«{value}» — не процент (например, 1.29)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a quantity (expected e.g. 1.250)</source>
        <translation>«{value}» — не количество (пример: 1.250)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount (expected e.g. 1234.50)</source>
        <translation>«{value}» — не сумма (пример: 1234.50)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>«{value}» — не адрес электронной почты</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not in decimal degrees (e.g. 43.238949)</source>
        <extracomment>Kazakhstan&apos;s bounding box, in millionths of a degree (docs/decisions/0402-registration-data.md).</extracomment>
        <translation>«{value}» — не градусы в десятичной записи (пример: 43.238949)</translation>
    </message>
    <message>
        <source>AI (91) key and AI (92) signature come together</source>
        <translation>ключ AI (91) и подпись AI (92) указываются только вместе</translation>
    </message>
    <message>
        <source>AI ({ai}) appears twice</source>
        <translation>AI ({ai}) встречается дважды</translation>
    </message>
    <message>
        <source>AI ({ai}) is empty</source>
        <translation>AI ({ai}) пуст</translation>
    </message>
    <message>
        <source>AI ({ai}) is longer than {limit} characters and has no GS after it</source>
        <translation>AI ({ai}) длиннее {limit} символов и после него нет разделителя GS</translation>
    </message>
    <message>
        <source>AI ({ai}) needs {length} characters</source>
        <translation>для AI ({ai}) нужно {length} символов</translation>
    </message>
    <message>
        <source>BIK {value} is not a Kazakh bank&apos;s: characters 5 and 6 must be KZ</source>
        <translation>БИК {value} — не казахстанского банка: 5-й и 6-й знаки должны быть KZ</translation>
    </message>
    <message>
        <source>GTIN must be 14 digits, got &apos;{value}&apos;</source>
        <extracomment>Fixed-length AIs we expect in marking codes: AI → value length. Variable-length AIs: AI → maximum length. Lengths seen in practice, tried in this order when the GS after a field is missing.</extracomment>
        <translation>GTIN должен состоять из 14 цифр, получено «{value}»</translation>
    </message>
    <message>
        <source>GTIN {value} has a wrong check digit (expected {expected})</source>
        <translation>у GTIN {value} неверная контрольная цифра (ожидалась {expected})</translation>
    </message>
    <message>
        <source>IBAN {value} fails its mod-97 check</source>
        <translation>IBAN {value} не проходит проверку контрольных цифр (mod-97)</translation>
    </message>
    <message>
        <source>IIN/BIN {value} fails its check digit</source>
        <translation>у ИИН/БИН {value} неверная контрольная цифра</translation>
    </message>
    <message>
        <source>a BIK (SWIFT/BIC) has 8 or 11 letters and digits</source>
        <translation>БИК (SWIFT/BIC) состоит из 8 или 11 букв и цифр</translation>
    </message>
    <message>
        <source>a Kazakhstan IBAN has 20 characters, this one has {count}</source>
        <translation>в казахстанском IBAN 20 знаков, а в этом {count}</translation>
    </message>
    <message>
        <source>a Kazakhstan IBAN is KZ, 2 check digits and 16 characters</source>
        <translation>казахстанский IBAN — это KZ, 2 контрольные цифры и ещё 16 символов</translation>
    </message>
    <message>
        <source>a Kazakhstan IBAN starts with KZ</source>
        <translation>казахстанский IBAN начинается с KZ</translation>
    </message>
    <message>
        <source>a PIN is 4 to 8 digits</source>
        <translation>PIN-код — от 4 до 8 цифр</translation>
    </message>
    <message>
        <source>a TCP port is between 1 and 65535</source>
        <translation>TCP-порт — число от 1 до 65535</translation>
    </message>
    <message>
        <source>a VAT payer must print the VAT certificate series and number</source>
        <translation>плательщик НДС должен печатать серию и номер свидетельства по НДС</translation>
    </message>
    <message>
        <source>a VAT payer needs the certificate series and number</source>
        <translation>для плательщика НДС нужны серия и номер свидетельства</translation>
    </message>
    <message>
        <source>a Z report needs the shift closing time</source>
        <translation>для Z-отчёта нужно время закрытия смены</translation>
    </message>
    <message>
        <source>a bundle needs at least one product</source>
        <translation>в наборе должен быть хотя бы один товар</translation>
    </message>
    <message>
        <source>a cash deposit is at most {limit}</source>
        <translation>внесение наличных — не больше {limit}</translation>
    </message>
    <message>
        <source>a cash move must be greater than zero</source>
        <translation>сумма внесения или изъятия должна быть больше нуля</translation>
    </message>
    <message>
        <source>a cash withdrawal is at most {limit}</source>
        <translation>изъятие наличных — не больше {limit}</translation>
    </message>
    <message>
        <source>a float cannot be a percent</source>
        <translation>процент не может быть числом с плавающей точкой</translation>
    </message>
    <message>
        <source>a float cannot be a quantity</source>
        <translation>количество не может быть числом с плавающей точкой</translation>
    </message>
    <message>
        <source>a float cannot be an amount of money</source>
        <translation>сумма не может быть числом с плавающей точкой</translation>
    </message>
    <message>
        <source>a marking code starts with (01) GTIN</source>
        <translation>код маркировки начинается с (01) GTIN</translation>
    </message>
    <message>
        <source>a naive datetime; give an aware one (Asia/Almaty)</source>
        <translation>время без часового пояса; укажите время с часовым поясом (Asia/Almaty)</translation>
    </message>
    <message>
        <source>a number issued by the OFD (digits only)</source>
        <translation>номер, выданный ОФД (только цифры)</translation>
    </message>
    <message>
        <source>a rate from 0 to {limit} %</source>
        <extracomment>basis points: 1 % = 100</extracomment>
        <translation>ставка от 0 до {limit} %</translation>
    </message>
    <message>
        <source>a serial number holds Latin letters, digits, &apos;-&apos; and &apos;/&apos; (at most 64)</source>
        <translation>серийный номер состоит из латинских букв, цифр, «-» и «/» (не более 64)</translation>
    </message>
    <message>
        <source>a time as HH:MM, got {value}</source>
        <translation>время в виде ЧЧ:ММ, а указано {value}</translation>
    </message>
    <message>
        <source>an IBAN holds Latin letters and digits only, not &apos;{char}&apos;</source>
        <extracomment>Cyrillic letters that look like Latin ones: a bank detail typed with the Russian layout on (the seed&apos;s own screenshots show «КZ42…», «КСЗКХХ») is read as the Latin letters meant.</extracomment>
        <translation>в IBAN только латинские буквы и цифры, а не «{char}»</translation>
    </message>
    <message>
        <source>an IIN/BIN has exactly 12 digits</source>
        <translation>ИИН/БИН состоит ровно из 12 цифр</translation>
    </message>
    <message>
        <source>an NTIN has 13 or 14 digits, got &apos;{value}&apos;</source>
        <translation>NTIN состоит из 13 или 14 цифр, указано «{value}»</translation>
    </message>
    <message>
        <source>an OKED code has 5 digits</source>
        <translation>код ОКЭД состоит из 5 цифр</translation>
    </message>
    <message>
        <source>at least {limit} characters</source>
        <translation>не менее {limit} символов</translation>
    </message>
    <message>
        <source>at most 255 characters</source>
        <translation>не более 255 символов</translation>
    </message>
    <message>
        <source>at most 512 characters</source>
        <translation>не более 512 символов</translation>
    </message>
    <message>
        <source>at most 64 characters</source>
        <translation>не более 64 символов</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>не более {limit} знаков</translation>
    </message>
    <message>
        <source>at most {limit} days</source>
        <translation>не более {limit} дней</translation>
    </message>
    <message>
        <source>at most {limit} for a total of {total} (the change is at most {change})</source>
        <extracomment>what a register gives back as change at most by default: ten 20 000 ₸ notes the largest single cash deposit or withdrawal by default</extracomment>
        <translation>не больше {limit} при сумме чека {total} (сдача — не больше {change})</translation>
    </message>
    <message>
        <source>barcode &apos;{value}&apos; must be 1 to 14 digits</source>
        <translation>штрихкод «{value}» должен состоять из 1–14 цифр</translation>
    </message>
    <message>
        <source>contains characters that are not allowed here</source>
        <translation>содержит недопустимые здесь символы</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>управляющие символы недопустимы</translation>
    </message>
    <message>
        <source>discount is larger than the line amount {limit}</source>
        <translation>скидка больше суммы позиции {limit}</translation>
    </message>
    <message>
        <source>discount {value} is larger than the subtotal {limit}</source>
        <translation>скидка {value} больше суммы чека {limit}</translation>
    </message>
    <message>
        <source>empty or too short</source>
        <translation>пусто или слишком коротко</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither</source>
        <translation>укажите и широту, и долготу — или не указывайте ни одну</translation>
    </message>
    <message>
        <source>key gap 5–500 ms, minimum length 1–64</source>
        <translation>пауза между нажатиями 5–500 мс, минимальная длина 1–64</translation>
    </message>
    <message>
        <source>latitude {value} is outside Kazakhstan (40.5 to 55.5)</source>
        <translation>широта {value} — за пределами Казахстана (допустимо от 40.5 до 55.5)</translation>
    </message>
    <message>
        <source>longitude {value} is outside Kazakhstan (46.5 to 87.5)</source>
        <translation>долгота {value} — за пределами Казахстана (допустимо от 46.5 до 87.5)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>должно быть целым числом</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>значение должно быть больше нуля</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>значение должно быть положительным</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>значение не может быть отрицательным</translation>
    </message>
    <message>
        <source>negative price {value}</source>
        <translation>отрицательная цена {value}</translation>
    </message>
    <message>
        <source>no crypto part: (91)+(92) or (93) is required</source>
        <translation>нет криптохвоста: нужны (91)+(92) или (93)</translation>
    </message>
    <message>
        <source>not accepted by the cloud</source>
        <translation>облако не принимает это поле</translation>
    </message>
    <message>
        <source>not one of the allowed values</source>
        <translation>не из допустимых значений</translation>
    </message>
    <message>
        <source>not one of the company&apos;s</source>
        <translation>не принадлежит компании</translation>
    </message>
    <message>
        <source>one of {allowed}</source>
        <translation>одно из значений: {allowed}</translation>
    </message>
    <message>
        <source>outside the allowed range</source>
        <translation>вне допустимого диапазона</translation>
    </message>
    <message>
        <source>paper width must be 58 or 80 mm, got {value}</source>
        <translation>ширина бумаги должна быть 58 или 80 мм, указано {value}</translation>
    </message>
    <message>
        <source>price {value} is too large</source>
        <translation>цена {value} слишком велика</translation>
    </message>
    <message>
        <source>product {product} belongs to another register</source>
        <translation>товар {product} относится к другой ККМ</translation>
    </message>
    <message>
        <source>product {product} is not in this register</source>
        <translation>товара {product} нет в этой ККМ</translation>
    </message>
    <message>
        <source>profile {profile} is not for {width} mm paper</source>
        <translation>профиль {profile} не подходит для бумаги {width} мм</translation>
    </message>
    <message>
        <source>required</source>
        <extracomment>the cloud&apos;s record names (``what`` of its conflicts) → the keys of the window&apos;s sentences the cloud&apos;s field names → the desktop&apos;s field keys (labels in ``ui/i18n/fields.py``) pydantic&apos;s error types (the cloud&apos;s 422) → the desktop&apos;s own reasons (context ``Reasons``)
----------
called in the same unit of work when a register&apos;s OFD data or token change (the OFD session restarts with the new token, an &quot;Invalid token&quot; block is lifted)
----------
the seed&apos;s own sentence (9.1) and its way out (9.5), kept verbatim for the Russian window the application starts (on_bound) or stops (on_unbound) its sync engine this PC was unbound while running: the window says so until it is bound again</extracomment>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <source>terminal {serial} serves no register; choose its register in the terminal registry</source>
        <extracomment>cancel() → True stops an export between rows; progress(done, total) fetch(period) → the company&apos;s operations from the cloud (``services/terminal/reports_cloud.py``)</extracomment>
        <translation>терминал {serial} не привязан к ККМ; выберите его ККМ в реестре терминалов</translation>
    </message>
    <message>
        <source>the BIN/IIN of a company cannot change</source>
        <translation>БИН/ИИН компании изменить нельзя</translation>
    </message>
    <message>
        <source>the SMTP server is empty</source>
        <extracomment>Keys that ``services/printing.py`` reads: the printer as :class:`PrinterConfig` fields (&quot;&quot; when working without a printer) and SMTP as :class:`SmtpConfig` fields. SMTP lives only there; the printer mirror is rewritten from ``devices.printer`` on every save.</extracomment>
        <translation>не указан SMTP-сервер</translation>
    </message>
    <message>
        <source>the bundle name is empty</source>
        <translation>не указано название набора</translation>
    </message>
    <message>
        <source>the cloud did not accept the value</source>
        <extracomment>the reason of a cloud refusal that is not one of the app&apos;s (the same text as ``sync/admin_remote``)</extracomment>
        <translation>облако не приняло значение</translation>
    </message>
    <message>
        <source>the company name is empty</source>
        <translation>не указано название компании</translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation>конец периода раньше начала</translation>
    </message>
    <message>
        <source>the integration name is empty or not in Latin letters</source>
        <translation>имя интеграции пустое или не латиницей</translation>
    </message>
    <message>
        <source>the line has no name</source>
        <extracomment>A receipt&apos;s total (and each payment): 10 trillion tenge. With the line limit this keeps every amount the store writes (line, markup, receipt total, payment, change) far inside the signed 64-bit columns (9.2 × 10^18 tiyn), and a shift&apos;s counters too (issue 13).</extracomment>
        <translation>у позиции нет названия</translation>
    </message>
    <message>
        <source>the marking code is empty</source>
        <translation>код маркировки пуст</translation>
    </message>
    <message>
        <source>the port or path is empty</source>
        <translation>не указан порт или путь</translation>
    </message>
    <message>
        <source>the printer&apos;s address is empty</source>
        <translation>не указан адрес принтера</translation>
    </message>
    <message>
        <source>the product code is empty</source>
        <translation>не указан код товара</translation>
    </message>
    <message>
        <source>the product name is empty</source>
        <translation>не указано название товара</translation>
    </message>
    <message>
        <source>the receipt has no line {position}</source>
        <translation>в чеке нет позиции {position}</translation>
    </message>
    <message>
        <source>the receipt has no lines to adjust</source>
        <translation>в чеке нет позиций для скидки или наценки</translation>
    </message>
    <message>
        <source>the register name is empty</source>
        <extracomment>the register this PC works on is held by this process (decision 0011)</extracomment>
        <translation>не указано название ККМ</translation>
    </message>
    <message>
        <source>the scanner port is empty</source>
        <translation>не указан порт сканера</translation>
    </message>
    <message>
        <source>the serial has characters outside printable ASCII</source>
        <translation>в серийном номере есть недопустимые символы (не печатные ASCII)</translation>
    </message>
    <message>
        <source>the serial number (21) is missing</source>
        <translation>нет серийного номера (21)</translation>
    </message>
    <message>
        <source>the terminal&apos;s address is empty: its IP address or its *.kaspipos.kz name</source>
        <translation>адрес терминала пуст: укажите его IP-адрес или имя *.kaspipos.kz</translation>
    </message>
    <message>
        <source>the trade point name is empty</source>
        <translation>не указано название торговой точки</translation>
    </message>
    <message>
        <source>this PC knows no company yet: bind it to a register of the cloud first</source>
        <extracomment>a record as the cloud&apos;s REST API answers it</extracomment>
        <translation>этот компьютер ещё не знает компанию: сначала привяжите его к ККМ в облаке</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>слишком длинно</translation>
    </message>
    <message>
        <source>unknown VAT rate &apos;{value}&apos; (allowed: {allowed})</source>
        <extracomment>The standard rate in force: 16 % since 1 January 2026 (Tax Code of the RK, 2025).</extracomment>
        <translation>неизвестная ставка НДС «{value}» (допустимы: {allowed})</translation>
    </message>
    <message>
        <source>unknown application identifier &apos;{value}&apos; at position {position}</source>
        <translation>неизвестный идентификатор применения «{value}» в позиции {position}</translation>
    </message>
    <message>
        <source>unknown printer kind {value}</source>
        <translation>неизвестный тип принтера {value}</translation>
    </message>
    <message>
        <source>you cannot block your own account</source>
        <translation>нельзя заблокировать собственную учётную запись</translation>
    </message>
    <message>
        <source>{value} % is outside 0–100 %</source>
        <translation>{value} % — вне диапазона 0–100 %</translation>
    </message>
    <message>
        <source>{value} % is over 100 %</source>
        <translation>{value} % — больше 100 %</translation>
    </message>
    <message>
        <source>{value} has more than 2 decimal places</source>
        <translation>в {value} больше двух знаков после запятой</translation>
    </message>
    <message>
        <source>{value} has more than 3 decimal places</source>
        <translation>в {value} больше трёх знаков после запятой</translation>
    </message>
    <message>
        <source>{value} is neither an IP address nor a name under kaspipos.kz</source>
        <translation>{value} — не IP-адрес и не имя в kaspipos.kz</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} — не число</translation>
    </message>
    <message>
        <source>{value} is not a plausible year</source>
        <translation>{value} — неправдоподобный год</translation>
    </message>
    <message>
        <source>{value} is too large</source>
        <translation>{value} — слишком много</translation>
    </message>
</context>
<context>
    <name>RegistrationCheck</name>
    <message>
        <source>%1: here «%2», at the OFD «%3»</source>
        <translation>%1: в кассе «%2», в ОФД «%3»</translation>
    </message>
    <message>
        <source>BIN/IIN</source>
        <translation>БИН/ИИН</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Наименование организации</translation>
    </message>
    <message>
        <source>OFD id</source>
        <translation>Идентификатор ОФД</translation>
    </message>
    <message>
        <source>Registration data differ</source>
        <translation>Регистрационные данные не совпадают</translation>
    </message>
    <message>
        <source>Registration number (RNM)</source>
        <translation>Регистрационный номер (РНМ)</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Заводской номер</translation>
    </message>
    <message>
        <source>The OFD confirms the register&apos;s data.</source>
        <translation>ОФД подтверждает данные кассы.</translation>
    </message>
    <message>
        <source>The OFD data could not be checked now; the register will check again at the next start.</source>
        <translation>Сейчас проверить данные в ОФД не удалось; касса проверит их снова при следующем запуске.</translation>
    </message>
    <message>
        <source>The OFD holds other data for this register. Check them in the admin tab (Registers → Update data) and with the OFD:</source>
        <translation>В ОФД записаны другие данные этой кассы. Проверьте их во вкладке «Админ» (ККМ → «Обновить данные») и в ОФД:</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Alsep Desktop could not start</source>
        <translation>Alsep Desktop не удалось запустить</translation>
    </message>
    <message>
        <source>Alsep Desktop is starting</source>
        <translation>Alsep Desktop запускается</translation>
    </message>
    <message>
        <source>Cancel the start</source>
        <translation>Отменить запуск</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Opening the store and updating its tables…</source>
        <translation>Открываем базу данных и обновляем её таблицы…</translation>
    </message>
    <message>
        <source>Preparing the demo company and its local OFD…</source>
        <translation>Готовим демо-компанию и её локальный ОФД…</translation>
    </message>
    <message>
        <source>Starting the devices and the window…</source>
        <translation>Запускаем устройства и окно кассы…</translation>
    </message>
    <message>
        <source>Starting the sending of receipts to the OFD…</source>
        <translation>Запускаем отправку чеков в ОФД…</translation>
    </message>
    <message>
        <source>Stopping after this step…</source>
        <translation>Останавливаемся после этого шага…</translation>
    </message>
</context>
<context>
    <name>Tender</name>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Mobile payment</source>
        <translation>Мобильный платёж</translation>
    </message>
    <message>
        <source>Non-cash</source>
        <extracomment>«Безнал»: a fiscal receipt marked non-cash without our terminal; a card-type tender (decision 0108)</extracomment>
        <translation>Безнал</translation>
    </message>
</context>
<context>
    <name>TerminalAllow</name>
    <message>
        <source>On the terminal %1, press «Разрешить» for the integration «%2».</source>
        <translation>На терминале %1 нажмите «Разрешить» для интеграции «%2».</translation>
    </message>
    <message>
        <source>Register the card terminal</source>
        <translation>Регистрация платёжного терминала</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Прекратить ожидание</translation>
    </message>
</context>
<context>
    <name>TerminalCertificate</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Presented now:</source>
        <translation>Предъявлен сейчас:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>При регистрации:</translation>
    </message>
    <message>
        <source>The terminal presents a different certificate than at registration. Nothing was sent to it. If the terminal was replaced or renewed, an administrator compares the new fingerprint with the one the terminal shows and trusts it; otherwise someone may be impersonating the terminal.</source>
        <translation>Терминал предъявил другой сертификат, чем при регистрации. Ему ничего не отправлено. Если терминал заменили или обновили, администратор сверяет новый отпечаток с тем, что показывает терминал, и доверяет ему; иначе кто-то может выдавать себя за терминал.</translation>
    </message>
    <message>
        <source>The terminal&apos;s certificate changed</source>
        <translation>Сертификат терминала изменился</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>Доверять новому сертификату</translation>
    </message>
</context>
<context>
    <name>TerminalLateSale</name>
    <message>
        <source>%1; its lines leave the current basket (the same customer added more).</source>
        <translation>%1; её позиции уйдут из текущей корзины (тот же покупатель добавил товары).</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Решить позже</translation>
    </message>
    <message>
        <source>Issue the receipt anyway</source>
        <translation>Всё равно выдать чек</translation>
    </message>
    <message>
        <source>Late card approval</source>
        <translation>Поздно одобренная оплата картой</translation>
    </message>
    <message>
        <source>Refund %1 to the card</source>
        <translation>Вернуть %1 на карту</translation>
    </message>
    <message>
        <source>The basket as paid</source>
        <translation>Корзина на момент оплаты</translation>
    </message>
    <message>
        <source>The basket as paid; keep the current one</source>
        <translation>Корзина на момент оплаты; текущую оставить</translation>
    </message>
    <message>
        <source>The card payment of %1 was approved late, and the basket changed after it. Which goods does its receipt hold?</source>
        <translation>Оплата картой %1 одобрена с опозданием, а корзина после неё изменилась. Какие товары пробить в чеке?</translation>
    </message>
    <message>
        <source>The current basket</source>
        <translation>Текущая корзина</translation>
    </message>
    <message>
        <source>The current basket is another customer&apos;s: it stays as it is.</source>
        <translation>Текущая корзина — другого покупателя: она остаётся как есть.</translation>
    </message>
    <message>
        <source>The goods of this card payment (%1) were sold on receipt №%2 after it. If that was the same customer, refund the card payment; issue a second receipt only if these were other goods.</source>
        <translation>Товары этой оплаты картой (%1) после неё проданы чеком №%2. Если это был тот же покупатель, верните оплату на карту; второй чек выдавайте, только если это были другие товары.</translation>
    </message>
    <message>
        <source>— totals %1, not %2: it cannot be this payment&apos;s receipt.</source>
        <translation>— на %1, а не на %2: она не может быть чеком этой оплаты.</translation>
    </message>
</context>
<context>
    <name>TerminalPage</name>
    <message>
        <source>1 ₸ was paid and refunded: the terminal works.</source>
        <translation>1 ₸ оплачен и возвращён: терминал работает.</translation>
    </message>
    <message>
        <source>192.168.1.20 or name.kaspipos.kz</source>
        <translation>192.168.1.20 или имя.kaspipos.kz</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Asking the terminal…</source>
        <translation>Запрос к терминалу…</translation>
    </message>
    <message>
        <source>By IP address the terminal&apos;s certificate is remembered at registration and checked on every call; by a *.kaspipos.kz name it is verified like a web site&apos;s.</source>
        <translation>По IP-адресу сертификат терминала запоминается при регистрации и проверяется при каждом обращении; по имени *.kaspipos.kz он проверяется как у веб-сайта.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Integration name</source>
        <translation>Имя интеграции</translation>
    </message>
    <message>
        <source>Kaspi POS (local network)</source>
        <translation>Kaspi POS (локальная сеть)</translation>
    </message>
    <message>
        <source>No card terminal</source>
        <translation>Без платёжного терминала</translation>
    </message>
    <message>
        <source>Pay 1 ₸ on the terminal; it is refunded at once…</source>
        <translation>Оплатите 1 ₸ на терминале; он сразу вернётся…</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Register on the terminal</source>
        <translation>Зарегистрировать на терминале</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Регистрация…</translation>
    </message>
    <message>
        <source>Same-day cancel until (HH:MM)</source>
        <translation>Отмена в тот же день до (ЧЧ:ММ)</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <source>Test payment of 1 ₸</source>
        <translation>Тестовый платёж 1 ₸</translation>
    </message>
    <message>
        <source>The new certificate is trusted.</source>
        <translation>Новому сертификату доверено.</translation>
    </message>
    <message>
        <source>The register is allowed on the terminal.</source>
        <translation>Касса разрешена на терминале.</translation>
    </message>
    <message>
        <source>The terminal answers: terminal %1, serial number %2.</source>
        <translation>Терминал отвечает: терминал %1, серийный номер %2.</translation>
    </message>
    <message>
        <source>Update keys</source>
        <translation>Обновить ключи</translation>
    </message>
    <message>
        <source>empty: refunds at any time (Kaspi)</source>
        <translation>пусто: возвраты в любое время (Kaspi)</translation>
    </message>
    <message>
        <source>«ФИСКАЛИЗАЦИЯ»: a card payment and its fiscal receipt are one operation</source>
        <translation>«ФИСКАЛИЗАЦИЯ»: оплата картой и фискальный чек — одна операция</translation>
    </message>
</context>
<context>
    <name>TerminalScreen</name>
    <message>
        <source>A card payment of %1 was approved after the wait was stopped: issue its receipt or refund it in the Terminal tab.</source>
        <translation>Оплата картой %1 одобрена после прекращения ожидания: выдайте по ней чек или верните её на вкладке «Терминал».</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Checked on the terminal</source>
        <translation>Проверено на терминале</translation>
    </message>
    <message>
        <source>Issue the receipt</source>
        <translation>Выдать чек</translation>
    </message>
    <message>
        <source>Issue the receipt («Безнал»)</source>
        <translation>Выдать чек («Безнал»)</translation>
    </message>
    <message>
        <source>Kaspi QR</source>
        <translation>Kaspi QR</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>No card terminal is set up (Register → Devices → Terminal).</source>
        <translation>Платёжный терминал не настроен (Касса → Устройства → Терминал).</translation>
    </message>
    <message>
        <source>Only an approved payment gets a receipt.</source>
        <translation>Чек выдаётся только по одобренному платежу.</translation>
    </message>
    <message>
        <source>Paid %1 on the terminal; the receipt is not issued yet.</source>
        <translation>На терминале оплачено %1; чек ещё не выдан.</translation>
    </message>
    <message>
        <source>Pay on the terminal</source>
        <translation>Оплатить на терминале</translation>
    </message>
    <message>
        <source>Payment on the terminal only («ФИСКАЛИЗАЦИЯ» off)</source>
        <extracomment>the sale screen (set by the main window): a late approval completes its basket (2011)</extracomment>
        <translation>Оплата только на терминале («ФИСКАЛИЗАЦИЯ» выключена)</translation>
    </message>
    <message>
        <source>Pending reconciliation</source>
        <translation>Ожидают сверки</translation>
    </message>
    <message>
        <source>RRN / order</source>
        <translation>RRN / заказ</translation>
    </message>
    <message>
        <source>RRN or order number</source>
        <translation>RRN или номер заказа</translation>
    </message>
    <message>
        <source>Receipt №%1 issued: %2.</source>
        <translation>Выдан чек №%1: %2.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Refund by RRN or QR order number</source>
        <translation>Возврат по RRN или номеру заказа QR</translation>
    </message>
    <message>
        <source>Refund to the card</source>
        <translation>Вернуть на карту</translation>
    </message>
    <message>
        <source>Refunded %1 to the card.</source>
        <translation>На карту возвращено %1.</translation>
    </message>
    <message>
        <source>Select a line first.</source>
        <translation>Сначала выберите строку.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Terminal payments without a fiscal receipt</source>
        <translation>Платежи терминала без фискального чека</translation>
    </message>
    <message>
        <source>The payment of %1 was not approved: no money was taken.</source>
        <translation>Оплата %1 не одобрена: деньги не списаны.</translation>
    </message>
    <message>
        <source>The register does not know this operation&apos;s RRN: look it up in the terminal&apos;s «История» and refund it by RRN below.</source>
        <translation>Касса не знает RRN этой операции: найдите его в «Истории» терминала и верните по RRN ниже.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Update keys</source>
        <translation>Обновить ключи</translation>
    </message>
    <message>
        <source>approved late: issue the receipt or refund</source>
        <translation>одобрено поздно: выдайте чек или верните</translation>
    </message>
    <message>
        <source>approved, no receipt: issue the receipt or refund</source>
        <translation>одобрено, чека нет: выдайте чек или верните</translation>
    </message>
    <message>
        <source>earlier shift: %1</source>
        <translation>прошлая смена: %1</translation>
    </message>
    <message>
        <source>no receipt yet</source>
        <translation>чека ещё нет</translation>
    </message>
    <message>
        <source>no receipt; %1 refunded</source>
        <translation>чека нет; возвращено %1</translation>
    </message>
    <message>
        <source>not approved: no money taken</source>
        <translation>не одобрено: деньги не списаны</translation>
    </message>
    <message>
        <source>not known: check the terminal&apos;s «История»</source>
        <translation>неизвестно: проверьте «Историю» терминала</translation>
    </message>
    <message>
        <source>pairing lost: register the terminal again, then the register asks again</source>
        <translation>связь с терминалом потеряна: зарегистрируйте терминал снова, и касса продолжит опрос</translation>
    </message>
    <message>
        <source>the register is still asking the terminal</source>
        <translation>касса ещё опрашивает терминал</translation>
    </message>
    <message>
        <source>«ФИСКАЛИЗАЦИЯ» is off: take payments here and issue their receipts with «Безнал» later.</source>
        <translation>«ФИСКАЛИЗАЦИЯ» выключена: принимайте оплату здесь, а чеки «Безнал» выдавайте позже.</translation>
    </message>
    <message>
        <source>«ФИСКАЛИЗАЦИЯ» is on: card payments are taken with the sale.</source>
        <translation>«ФИСКАЛИЗАЦИЯ» включена: оплата картой проходит вместе с продажей.</translation>
    </message>
</context>
<context>
    <name>TerminalStatement</name>
    <message>
        <source>About</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Card commission rate, %</source>
        <translation>Ставка комиссии по картам, %</translation>
    </message>
    <message>
        <source>Commission (estimate), ₸</source>
        <translation>Сумма комиссии (оценка), ₸</translation>
    </message>
    <message>
        <source>Credited to the account (estimate), ₸</source>
        <translation>Зачислено на счёт клиента (оценка), ₸</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Сформирована</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Операций</translation>
    </message>
    <message>
        <source>POS_ID</source>
        <translation>POS_ID</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>QR</source>
        <translation>QR</translation>
    </message>
    <message>
        <source>QR commission rate, %</source>
        <translation>Ставка комиссии по QR, %</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Statement</source>
        <extracomment>key → English label, marked for translation (context ``TerminalStatement``)</extracomment>
        <translation>Выписка</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Терминалы</translation>
    </message>
    <message>
        <source>The commission is an estimate from the rates above, not the bank&apos;s figure; the bank&apos;s own statement is the payment document.</source>
        <translation>Комиссия — оценка по ставкам выше, а не сумма банка; платёжный документ — выписка самого банка.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Transaction amount, ₸</source>
        <translation>Сумма транзакций, ₸</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translation>Тип транзакции</translation>
    </message>
    <message>
        <source>all terminals of the company (cloud)</source>
        <translation>все терминалы компании (облако)</translation>
    </message>
    <message>
        <source>all terminals of this store</source>
        <translation>все терминалы этой базы</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестен</translation>
    </message>
</context>
<context>
    <name>TerminalWaiting</name>
    <message>
        <source>Card terminal</source>
        <translation>Платёжный терминал</translation>
    </message>
    <message>
        <source>Payment of %1: the customer pays on the terminal…</source>
        <translation>Оплата %1: покупатель платит на терминале…</translation>
    </message>
    <message>
        <source>Refund of %1 to the card: waiting for the terminal…</source>
        <translation>Возврат %1 на карту: ожидание терминала…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Прекратить ожидание</translation>
    </message>
    <message>
        <source>Stopped waiting; the register keeps checking the terminal.</source>
        <translation>Ожидание прекращено; касса продолжает опрашивать терминал.</translation>
    </message>
    <message>
        <source>Stopping the wait does not cancel the payment on the terminal: the register keeps checking it, and a late approval appears in the pending list of the Terminal tab.</source>
        <translation>Прекращение ожидания не отменяет оплату на терминале: касса продолжает её проверять, а позднее одобрение появится в списке «Ожидают сверки» на вкладке «Терминал».</translation>
    </message>
</context>
</TS>
