<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>AdminBundleDialog</name>
    <message>
        <source>Add product</source>
        <translation>Тауар қосу</translation>
    </message>
    <message>
        <source>Barcode (digits)</source>
        <translation>Штрихкод (цифрлар)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Edit bundle</source>
        <translation>Пакетті өзгерту</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>New bundle</source>
        <translation>Жаңа пакет</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Жолды алып тастау</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
</context>
<context>
    <name>AdminCatalogIO</name>
    <message numerus="yes">
        <source>%n product(s) of this register are not in the file: the import removes them.</source>
        <translation>
            <numerusform>Бұл кассаның %n тауары файлда жоқ: импорт оны жояды.</numerusform>
            <numerusform>Бұл кассаның %n тауары файлда жоқ: импорт оларды жояды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) to import</source>
        <translation>
            <numerusform>%n тауар жүктеледі</numerusform>
            <numerusform>%n тауар жүктеледі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n жол оқылды</numerusform>
            <numerusform>%n жол оқылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): those rows are fixed or skipped as listed.</source>
        <translation>
            <numerusform>%n ескерту: бұл жолдар тізімде көрсетілгендей түзетілді немесе өткізілді.</numerusform>
            <numerusform>%n ескерту: бұл жолдар тізімде көрсетілгендей түзетілді немесе өткізілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>1C export (CommerceML): %1.</source>
        <translation>1С жүктеуі (CommerceML): %1.</translation>
    </message>
    <message>
        <source>CSV file, encoding %1, columns separated by %2.</source>
        <translation>CSV файлы, кодтау %1, бағандарды бөлгіш — %2.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message numerus="yes">
        <source>Catalog imported into the cloud: %n product(s) added or updated.</source>
        <translation>
            <numerusform>Номенклатура бұлтқа жүктелді: %n тауар қосылды немесе жаңартылды.</numerusform>
            <numerusform>Номенклатура бұлтқа жүктелді: %n тауар қосылды немесе жаңартылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Catalog replaced: %n product(s) imported.</source>
        <translation>
            <numerusform>Номенклатура ауыстырылды: %n тауар импортталды.</numerusform>
            <numerusform>Номенклатура ауыстырылды: %n тауар импортталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n product(s).</source>
        <translation>
            <numerusform>%n тауар экспортталды.</numerusform>
            <numerusform>%n тауар экспортталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Жүктеу</translation>
    </message>
    <message>
        <source>Import cancelled: the catalog is unchanged.</source>
        <translation>Импорт тоқтатылды: каталог өзгермеді.</translation>
    </message>
    <message>
        <source>Import the catalog?</source>
        <translation>Каталогты жүктеу керек пе?</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 импорты…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Файл жолы</translation>
    </message>
    <message>
        <source>Price type: %1.</source>
        <translation>Баға түрі: %1.</translation>
    </message>
    <message>
        <source>Prices are written with a decimal comma.</source>
        <translation>Бағалар ондық үтірмен жазылған.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 оқылуда…</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n and import</source>
        <translation>
            <numerusform>%n жойып, импорттау</numerusform>
            <numerusform>%n жойып, импорттау</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove products?</source>
        <translation>Тауарларды жою керек пе?</translation>
    </message>
    <message>
        <source>Remove them and import the file?</source>
        <translation>Оларды жойып, файлды импорттау керек пе?</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation>Тізімді сақтау</translation>
    </message>
    <message>
        <source>Save the list…</source>
        <translation>Тізімді сақтау…</translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation>Файл импортталмады</translation>
    </message>
    <message>
        <source>The products go to the cloud in one piece: new codes are added, products with the same code are updated, the others stay.</source>
        <translation>Тауарлар бұлтқа бір пакетпен жіберіледі: жаңа кодтар қосылады, коды бірдей тауарлар жаңартылады, қалғандары сақталады.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>үтір</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>нүктелі үтір</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>тік сызық</translation>
    </message>
</context>
<context>
    <name>AdminCloud</name>
    <message>
        <source>Cloud e-mail</source>
        <translation>Бұлттағы e-mail</translation>
    </message>
    <message>
        <source>Cloud password</source>
        <translation>Бұлттағы құпиясөз</translation>
    </message>
    <message>
        <source>Edits go to the cloud (signed in as %1) and come back through the mirror.</source>
        <translation>Өзгерістер бұлтқа жіберіледі (кіру: %1) және айна арқылы қайтады.</translation>
    </message>
    <message>
        <source>Edits go to the cloud: sign in with the administrator&apos;s cloud e-mail and password.</source>
        <translation>Өзгерістер бұлтқа жіберіледі: бұлттағы әкімшінің e-mail мен құпиясөзімен кіріңіз.</translation>
    </message>
    <message>
        <source>Sign in to the cloud</source>
        <extracomment>the mirror applied something from the cloud (or an edit on its way arrived): pages reload</extracomment>
        <translation>Бұлтқа кіру</translation>
    </message>
</context>
<context>
    <name>AdminCommon</name>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Address in Kazakh</source>
        <translation>Қазақша мекенжайы</translation>
    </message>
    <message>
        <source>BIK</source>
        <translation>БСК</translation>
    </message>
    <message>
        <source>BIN/IIN</source>
        <translation>БСН/ЖСН</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Бұғатталған</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Жеңілдік, %</translation>
    </message>
    <message>
        <source>Group code</source>
        <translation>Топ коды</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Ендік</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Заңды мекенжайы</translation>
    </message>
    <message>
        <source>Login (e-mail)</source>
        <translation>Логин (e-mail)</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Бойлық</translation>
    </message>
    <message>
        <source>Marked goods</source>
        <translation>Таңбаланған тауар</translation>
    </message>
    <message>
        <source>Markup, %</source>
        <translation>Үстеме, %</translation>
    </message>
    <message>
        <source>NTIN</source>
        <translation>NTIN (ҰТК коды)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>OFD system id</source>
        <translation>ФДО жүйелік идентификаторы</translation>
    </message>
    <message>
        <source>OFD token</source>
        <translation>ФДО токені</translation>
    </message>
    <message>
        <source>OKED code</source>
        <translation>ЭҚЖЖ коды</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <extracomment>where edits go (decision 2130): the admin tab&apos;s set, chosen once when the tab was built</extracomment>
        <translation>Әрекетті растаңыз</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Бағасы</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Тауарлар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Saved in the cloud; waiting for it to come back through the mirror…</source>
        <translation>Бұлтта сақталды; өзгеріс айна арқылы қайтып келуін күтеміз…</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ҚҚС</translation>
    </message>
    <message>
        <source>VAT certificate</source>
        <translation>ҚҚС куәлігі</translation>
    </message>
    <message>
        <source>Year of manufacture</source>
        <translation>Шығарылған жылы</translation>
    </message>
</context>
<context>
    <name>AdminCompany</name>
    <message>
        <source>Agricultural producers</source>
        <translation>Ауыл шаруашылығы өндірушілері үшін</translation>
    </message>
    <message>
        <source>BIN/IIN</source>
        <translation>БСН/ЖСН</translation>
    </message>
    <message>
        <source>Bank BIK (optional)</source>
        <translation>Банк БСК (міндетті емес)</translation>
    </message>
    <message>
        <source>Company data saved.</source>
        <translation>Компания деректері сақталды.</translation>
    </message>
    <message>
        <source>General regime</source>
        <translation>Жалпыға бірдей белгіленген режим</translation>
    </message>
    <message>
        <source>IBAN (optional)</source>
        <translation>IBAN есепшоты (міндетті емес)</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Заңды мекенжайы</translation>
    </message>
    <message>
        <source>Legal address in Kazakh</source>
        <translation>Қазақша заңды мекенжайы</translation>
    </message>
    <message>
        <source>Name (no quotes, no TOO/IP)</source>
        <translation>Атауы (тырнақшасыз, ЖШС/ЖК-сыз)</translation>
    </message>
    <message>
        <source>No company yet: fill in the data and save.</source>
        <translation>Компания әлі жоқ: деректерді толтырып, сақтаңыз.</translation>
    </message>
    <message>
        <source>OKED code</source>
        <translation>ЭҚЖЖ коды</translation>
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
        <translation>Бөлшек салық</translation>
    </message>
    <message>
        <source>Save company</source>
        <translation>Компания деректерін сақтау</translation>
    </message>
    <message>
        <source>Simplified declaration</source>
        <translation>Оңайлатылған декларация</translation>
    </message>
    <message>
        <source>Tax regime</source>
        <translation>Салық режимі</translation>
    </message>
    <message>
        <source>The BIN/IIN cannot be changed after creation.</source>
        <translation>БСН/ЖСН құрылғаннан кейін өзгертілмейді.</translation>
    </message>
    <message>
        <source>VAT certificate number</source>
        <translation>ҚҚС куәлігінің нөмірі</translation>
    </message>
    <message>
        <source>VAT certificate series</source>
        <translation>ҚҚС куәлігінің сериясы</translation>
    </message>
    <message>
        <source>VAT payer</source>
        <translation>ҚҚС төлеушісі</translation>
    </message>
</context>
<context>
    <name>AdminDashboard</name>
    <message>
        <source>All registers</source>
        <translation>Барлық БКМ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>Average receipt: %1</source>
        <translation>Орташа чек: %1</translation>
    </message>
    <message>
        <source>Card data are approximate and are not payment documents.</source>
        <translation>Қолма-қолсыз төлемдер туралы деректер шамамен алынған және төлем құжаты болып табылмайды.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Dashboard exported.</source>
        <translation>Аналитика экспортталды.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV экспорты</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Аналитиканы экспорттау</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Төлем түрі</translation>
    </message>
    <message>
        <source>Payment mix</source>
        <translation>Төлем түрлері</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Саны</translation>
    </message>
    <message numerus="yes">
        <source>Returns: %n receipt(s), %1</source>
        <translation>
            <numerusform>Қайтарулар: %n чек, %1</numerusform>
            <numerusform>Қайтарулар: %n чек, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Түсім</translation>
    </message>
    <message>
        <source>Revenue per day</source>
        <translation>Күндер бойынша түсім</translation>
    </message>
    <message>
        <source>Revenue: %1</source>
        <translation>Түсім: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sales: %n receipt(s), %1</source>
        <translation>
            <numerusform>Сатулар: %n чек, %1</numerusform>
            <numerusform>Сатулар: %n чек, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Танымал тауарлар</translation>
    </message>
</context>
<context>
    <name>AdminProductDialog</name>
    <message>
        <source>13 or 14 digits from the National Catalogue</source>
        <translation>Ұлттық тауарлар каталогындағы 13 немесе 14 цифр</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Тауар қосу</translation>
    </message>
    <message>
        <source>Barcode (digits)</source>
        <translation>Штрихкод (цифрлар)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Cashier may change the price</source>
        <translation>Өзгертілетін баға (кассир бағаны өзгерте алады)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Жеңілдік, %</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Тауарды өзгерту</translation>
    </message>
    <message>
        <source>Gram</source>
        <translation>Грамм</translation>
    </message>
    <message>
        <source>Group code</source>
        <translation>Топ коды</translation>
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
        <translation>Таңбаланған тауар (DataMatrix коды бойынша сатылады)</translation>
    </message>
    <message>
        <source>Markup, %</source>
        <translation>Үстеме, %</translation>
    </message>
    <message>
        <source>Metre</source>
        <translation>Метр</translation>
    </message>
    <message>
        <source>NTIN</source>
        <translation>NTIN (ҰТК коды)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>Дана</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Бағасы</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Square metre</source>
        <translation>Шаршы метр</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>ҚҚС мөлшерлемесі</translation>
    </message>
    <message>
        <source>Without VAT</source>
        <translation>ҚҚС-сыз</translation>
    </message>
</context>
<context>
    <name>AdminProducts</name>
    <message>
        <source>(first %1 shown; refine the search)</source>
        <translation>(алғашқы %1 көрсетілген; іздеуді нақтылаңыз)</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Тауар қосу</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Барлық топтар</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Bundle deleted.</source>
        <translation>Пакет жойылды.</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Тауар пакеттері</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV файлын таңдаңыз</translation>
    </message>
    <message>
        <source>Choose import.xml (offers.xml must be next to it)</source>
        <translation>import.xml таңдаңыз (offers.xml қасында болуы керек)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Create a register first: each register has its own catalog.</source>
        <translation>Алдымен БКМ құрыңыз: әр БКМ-нің өз номенклатурасы бар.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Delete %1? It is also removed from every bundle.</source>
        <translation>«%1» жою керек пе? Тауар барлық пакеттерден де жойылады.</translation>
    </message>
    <message>
        <source>Delete bundle</source>
        <translation>Пакетті жою</translation>
    </message>
    <message>
        <source>Delete the bundle %1?</source>
        <translation>«%1» пакетін жою керек пе?</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Жеңілдік, %</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <source>Edit bundle</source>
        <translation>Пакетті өзгерту</translation>
    </message>
    <message>
        <source>Editable price</source>
        <translation>Өзгертілетін баға</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV экспорты</translation>
    </message>
    <message>
        <source>Export the catalog</source>
        <translation>Номенклатураны экспорттау</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Group code</source>
        <translation>Топ коды</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV импорты</translation>
    </message>
    <message>
        <source>Import from 1C</source>
        <translation>1С-тен импорттау</translation>
    </message>
    <message>
        <source>Importing adds the file&apos;s products to this register&apos;s catalog in the cloud and updates those with the same code. Continue?</source>
        <translation>Импорт файлдағы тауарларды бұлттағы осы БКМ номенклатурасына қосады және коды бірдей тауарларды жаңартады. Жалғастыру керек пе?</translation>
    </message>
    <message>
        <source>Importing replaces ALL products of this register. Continue?</source>
        <translation>Импорт осы БКМ-нің БАРЛЫҚ тауарларын ауыстырады. Жалғастыру керек пе?</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Таңбалау</translation>
    </message>
    <message>
        <source>Markup, %</source>
        <translation>Үстеме, %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>New bundle</source>
        <translation>Жаңа пакет</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Бағасы</translation>
    </message>
    <message>
        <source>Product deleted.</source>
        <translation>Тауар жойылды.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Тауарлар</translation>
    </message>
    <message>
        <source>Products: %1 of %2</source>
        <translation>Тауарлар: %2 ішінен %1</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>БКМ</translation>
    </message>
    <message>
        <source>Search by name, code or barcode</source>
        <translation>Атауы, коды немесе штрихкоды бойынша іздеу</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ҚҚС</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>without VAT</source>
        <translation>ҚҚС-сыз</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
</context>
<context>
    <name>AdminRegisters</name>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Бұғатталған</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>Байланған</translation>
    </message>
    <message>
        <source>Create a trade point first.</source>
        <translation>Алдымен сауда нүктесін құрыңыз.</translation>
    </message>
    <message>
        <source>Create register</source>
        <translation>БКМ құру</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Құрылғы</translation>
    </message>
    <message>
        <source>Device unbound.</source>
        <translation>Құрылғы ажыратылды.</translation>
    </message>
    <message>
        <source>Download passport</source>
        <translation>Төлқұжатты жүктеу</translation>
    </message>
    <message>
        <source>Invalid token: enter a new one</source>
        <translation>Invalid token: жаңа токен енгізіңіз</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>Жаңа БКМ</translation>
    </message>
    <message>
        <source>OFD data (update data)</source>
        <translation>ФДО деректері (деректерді жаңарту)</translation>
    </message>
    <message>
        <source>OFD data saved.</source>
        <translation>ФДО деректері сақталды.</translation>
    </message>
    <message>
        <source>OFD system id</source>
        <translation>ФДО жүйелік идентификаторы</translation>
    </message>
    <message>
        <source>Passport saved: %1</source>
        <translation>Төлқұжат сақталды: %1</translation>
    </message>
    <message>
        <source>Register created. Download its passport for the OFD registration.</source>
        <translation>БКМ құрылды. ФДО-да тіркеу үшін төлқұжатын жүктеңіз.</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Save OFD data</source>
        <translation>ФДО деректерін сақтау</translation>
    </message>
    <message>
        <source>Save the passport</source>
        <translation>Төлқұжатты сақтау</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Сериялық нөмірі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>Token is set; enter a new one to replace it</source>
        <translation>Токен орнатылған; ауыстыру үшін жаңасын енгізіңіз</translation>
    </message>
    <message>
        <source>Token updated.</source>
        <translation>Токен жаңартылды.</translation>
    </message>
    <message>
        <source>Trade point</source>
        <translation>Сауда нүктесі</translation>
    </message>
    <message>
        <source>Unbind device</source>
        <translation>Құрылғыны ажырату</translation>
    </message>
    <message>
        <source>Unbind this register from its computer? A register with an open shift cannot be unbound: close the shift (Z report) first. Once unbound, the register does not sell until it is bound again.</source>
        <translation>Бұл ККМ-ді компьютерінен ажырату керек пе? Ауысымы ашық ККМ-ді ажыратуға болмайды: алдымен ауысымды жабыңыз (Z-есеп). Ажыратылғаннан кейін ККМ қайта байланыстырылмайынша сатпайды.</translation>
    </message>
    <message>
        <source>Update token only</source>
        <translation>Тек токенді жаңарту</translation>
    </message>
    <message>
        <source>VAT payer</source>
        <translation>ҚҚС төлеушісі</translation>
    </message>
    <message>
        <source>Waiting for OFD data</source>
        <translation>ФДО деректерін күтуде</translation>
    </message>
    <message>
        <source>Year of manufacture</source>
        <translation>Шығарылған жылы</translation>
    </message>
</context>
<context>
    <name>AdminSales</name>
    <message>
        <source>(first %1 shown; export the CSV for all)</source>
        <translation>(алғашқы %1 көрсетілген; барлығы — CSV экспортында)</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Картамен</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Қолма-қол</translation>
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
        <translation>Күні</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV экспорты</translation>
    </message>
    <message>
        <source>Export sales</source>
        <translation>Сатуларды экспорттау</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line(s).</source>
        <translation>
            <numerusform>%n жол экспортталды.</numerusform>
            <numerusform>%n жол экспортталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Жолдар: %1</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Бағасы</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>БКМ</translation>
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
        <translation>Әкімшілік панельді тек әкімші аша алады.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Тауарлар</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>БКМ</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Сатулар</translation>
    </message>
    <message>
        <source>Terminal reports</source>
        <translation>Терминал есептері</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Терминалдар</translation>
    </message>
    <message>
        <source>Trade points</source>
        <translation>Сауда нүктелері</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
</context>
<context>
    <name>AdminTerminalReports</name>
    <message>
        <source>All terminals</source>
        <translation>Барлық терминалдар</translation>
    </message>
    <message>
        <source>All terminals of the company (cloud)</source>
        <translation>Компанияның барлық терминалдары (бұлт)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Мақұлданды</translation>
    </message>
    <message>
        <source>Approved payments %1, refunds %2, net %3; operations: %4.</source>
        <translation>Мақұлданған төлемдер %1, қайтарулар %2, барлығы %3; операциялар: %4.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
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
        <translation>Бағалауға арналған комиссия мөлшерлемелері</translation>
    </message>
    <message>
        <source>Commission rates saved.</source>
        <translation>Комиссия мөлшерлемелері сақталды.</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Тәсілі</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Әзірге белгісіз</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Операциялар</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Төлем</translation>
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
        <translation>RRN / тапсырыс</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>БКМ</translation>
    </message>
    <message>
        <source>Save rates</source>
        <translation>Мөлшерлемелерді сақтау</translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation>Үзінді көшірмені сақтау</translation>
    </message>
    <message>
        <source>Statement (Excel)</source>
        <translation>Үзінді көшірме (Excel)</translation>
    </message>
    <message>
        <source>Statement saved to %1 (lines: %2, credited %3). The commission in it is an estimate.</source>
        <translation>Үзінді көшірме %1 файлына сақталды (жолдар: %2, есепке алынады %3). Ондағы комиссия — бағалау.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қорытынды есеп</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <source>The first %1 operations are shown; the summary counts all.</source>
        <translation>Алғашқы %1 операция көрсетілген; қорытынды есеп бәрін ескереді.</translation>
    </message>
    <message>
        <source>The terminal does not report the bank&apos;s commission: the statement estimates it from these rates. The bank&apos;s own statement is the payment document.</source>
        <translation>Терминал банк комиссиясын хабарламайды: үзінді көшірме оны осы мөлшерлемелер бойынша бағалайды. Төлем құжаты — банктің өз үзінді көшірмесі.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Транзакциялар тізімі</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Writing the statement…</source>
        <translation>Үзінді көшірме жазылуда…</translation>
    </message>
    <message>
        <source>not fiscalized</source>
        <translation>фискалдық чексіз</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>белгісіз</translation>
    </message>
</context>
<context>
    <name>AdminTerminals</name>
    <message>
        <source>A new IBAN applies to the refunds of the whole current bank day (seed 8.6). Every change is recorded with who made it.</source>
        <translation>Жаңа IBAN ағымдағы банк күнінің барлық өтемдеріне қолданылады. Әр өзгеріс оны кім жасағанымен бірге жазылады.</translation>
    </message>
    <message>
        <source>Add terminal</source>
        <translation>Терминал қосу</translation>
    </message>
    <message>
        <source>BIK</source>
        <translation>БСК</translation>
    </message>
    <message>
        <source>BIK of the bank</source>
        <translation>Банктің БСК</translation>
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
        <translation>Таңдалған терминалдың өзгерістері</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Қолданыста</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Үлгісі</translation>
    </message>
    <message>
        <source>New terminal</source>
        <translation>Жаңа терминал</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>БКМ</translation>
    </message>
    <message>
        <source>Register it serves</source>
        <translation>Ол қызмет ететін БКМ</translation>
    </message>
    <message>
        <source>S/N on the back of the terminal</source>
        <translation>Терминалдың артқы жағындағы S/N</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Өзгерістерді сақтау</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Сериялық нөмірі</translation>
    </message>
    <message>
        <source>Settlement IBAN</source>
        <translation>Өтемдерге арналған IBAN</translation>
    </message>
    <message>
        <source>Terminal added to the registry.</source>
        <translation>Терминал тізілімге қосылды.</translation>
    </message>
    <message>
        <source>Terminal saved; the change is in its history.</source>
        <translation>Терминал сақталды; өзгеріс оның тарихына жазылды.</translation>
    </message>
    <message>
        <source>Trade point</source>
        <translation>Сауда нүктесі</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— жоқ —</translation>
    </message>
</context>
<context>
    <name>AdminTradePoints</name>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Address in Kazakh</source>
        <translation>Қазақша мекенжайы</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Координаттар</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Құру</translation>
    </message>
    <message>
        <source>Latitude, longitude (decimal degrees)</source>
        <translation>Ендік, бойлық (градуспен, мысалы 43.238949)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>New trade point</source>
        <translation>Жаңа нүкте</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>БКМ</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Өзгерістерді сақтау</translation>
    </message>
    <message>
        <source>Trade point created.</source>
        <translation>Сауда нүктесі құрылды.</translation>
    </message>
    <message>
        <source>Trade point saved.</source>
        <translation>Сауда нүктесі сақталды.</translation>
    </message>
</context>
<context>
    <name>AdminUsers</name>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>Birth date (optional)</source>
        <translation>Туған күні (міндетті емес)</translation>
    </message>
    <message>
        <source>Birth date given</source>
        <translation>Туған күнін көрсету</translation>
    </message>
    <message>
        <source>Block / unblock</source>
        <translation>Бұғаттау / бұғаттан шығару</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Бұғатталған</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Пайдаланушы құру</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылған күні</translation>
    </message>
    <message>
        <source>First and last name, as the receipt shows it</source>
        <translation>Аты мен тегі, чекте көрсетілгендей</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>IIN (optional)</source>
        <translation>ЖСН (міндетті емес)</translation>
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
        <translation>Таңдалған пайдаланушының аты-жөні</translation>
    </message>
    <message>
        <source>Name saved.</source>
        <translation>Аты-жөні сақталды.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Жаңа пайдаланушы</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Құпиясөз өзгертілді.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>Аты-жөнін сақтау</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>User blocked.</source>
        <translation>Пайдаланушы бұғатталды.</translation>
    </message>
    <message>
        <source>User created.</source>
        <translation>Пайдаланушы құрылды.</translation>
    </message>
    <message>
        <source>User unblocked.</source>
        <translation>Пайдаланушы бұғаттан шығарылды.</translation>
    </message>
</context>
<context>
    <name>Cashier</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s login and password</source>
        <translation>Әкімшінің логині мен құпиясөзін енгізіңіз</translation>
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
        <translation>Құпиясөз</translation>
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
        <translation>Жеңілдік</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>Үстеме</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Бағасы</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сома</translation>
    </message>
</context>
<context>
    <name>CashierBind</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Company BIN/IIN</source>
        <translation>Компанияның БСН/ЖСН</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s cloud login and password</source>
        <translation>Бұлттағы әкімшінің логині мен құпиясөзін енгізіңіз</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s login and password</source>
        <translation>Әкімшінің логині мен құпиясөзін енгізіңіз</translation>
    </message>
    <message>
        <source>Loading was stopped; it goes on from where it stopped. Press Save to continue.</source>
        <translation>Жүктеу тоқтатылды; ол сол жерден жалғасады. Жалғастыру үшін «Сақтау» басыңыз.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>БКМ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Set up the register</source>
        <translation>БКМ баптау</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>The company has no registers yet: add one in the admin panel.</source>
        <translation>Компанияда әлі БКМ жоқ: оны әкімші панелінде қосыңыз.</translation>
    </message>
    <message>
        <source>The other device was unbound. Press Save to bind the register to this PC.</source>
        <translation>Басқа құрылғы ажыратылды. ККМ-ді осы компьютерге байлау үшін «Сақтау» басыңыз.</translation>
    </message>
    <message>
        <source>The register is bound in the cloud, but this PC&apos;s sync engine is not running: restart the program to load the register&apos;s data.</source>
        <translation>ККМ бұлтта байланған, бірақ осы компьютерде синхрондау іске қосылмаған: ККМ деректерін жүктеу үшін бағдарламаны қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>This PC: %1</source>
        <translation>Бұл компьютер: %1</translation>
    </message>
    <message>
        <source>This register is bound to another device</source>
        <translation>Бұл ККМ басқа құрылғыға байланған</translation>
    </message>
    <message>
        <source>Unbind the device</source>
        <translation>Құрылғыны ажырату</translation>
    </message>
    <message>
        <source>bound to another device</source>
        <translation>басқа құрылғыға байланған</translation>
    </message>
</context>
<context>
    <name>CashierCash</name>
    <message>
        <source>Cash in the drawer</source>
        <translation>Кассадағы қолма-қол ақша</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Толықтыру</translation>
    </message>
    <message>
        <source>Deposit cash</source>
        <translation>Кассаны толықтыру</translation>
    </message>
    <message>
        <source>Deposited %1.</source>
        <translation>%1 салынды.</translation>
    </message>
    <message>
        <source>In the drawer: %1</source>
        <translation>Кассада: %1</translation>
    </message>
    <message>
        <source>Type the amount first.</source>
        <translation>Алдымен соманы енгізіңіз.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Алу</translation>
    </message>
    <message>
        <source>Withdraw cash</source>
        <translation>Кассадан алу</translation>
    </message>
    <message>
        <source>Withdrawn %1.</source>
        <translation>%1 алынды.</translation>
    </message>
</context>
<context>
    <name>CashierChoose</name>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Choose a product</source>
        <translation>Тауарды таңдаңыз</translation>
    </message>
</context>
<context>
    <name>CashierHelp</name>
    <message>
        <source>Close [F1 / Esc]</source>
        <translation>Жабу [F1 / Esc]</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Жылдам пернелер</translation>
    </message>
</context>
<context>
    <name>CashierKeypad</name>
    <message>
        <source>+ Add to the basket</source>
        <translation>+ Себетке қосу</translation>
    </message>
    <message>
        <source>Add a free position (+)</source>
        <translation>Еркін позицияны қосу (+)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сома</translation>
    </message>
    <message>
        <source>Free position</source>
        <translation>Еркін позиция</translation>
    </message>
    <message>
        <source>KKM</source>
        <translation>БКМ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Non-cash («Безнал»)</source>
        <translation>Қолма-қолсыз</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Quick payment</source>
        <translation>Жылдам төлем</translation>
    </message>
    <message>
        <source>«Безнал»: non-cash receipt</source>
        <translation>«Қолма-қолсыз»: қолма-қолсыз төлем белгісі бар чек</translation>
    </message>
</context>
<context>
    <name>CashierLineDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Жеңілдік</translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation>Позицияны өзгерту</translation>
    </message>
    <message>
        <source>Enter the price of %1</source>
        <translation>Бағасын енгізіңіз: %1</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>Үстеме</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Бағасы</translation>
    </message>
    <message>
        <source>Price per kg</source>
        <translation>1 кг бағасы</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Type the weight first.</source>
        <translation>Алдымен салмақты енгізіңіз.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Салмақ</translation>
    </message>
    <message>
        <source>Weight of %1 in kg</source>
        <translation>«%1» салмағы, кг</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>Салмағы, кг</translation>
    </message>
</context>
<context>
    <name>CashierLogin</name>
    <message>
        <source>A PIN is 4 to 8 digits, nothing else: type it again.</source>
        <extracomment>set by the login screen: stores the PIN; the dialog closes when it is stored (issue 20)</extracomment>
        <translation>PIN-код тек 4–8 цифрдан тұрады, әріпсіз: қайта теріңіз.</translation>
    </message>
    <message>
        <source>Alsep Desktop — cash register</source>
        <translation>Alsep Desktop — касса</translation>
    </message>
    <message>
        <source>Choose a PIN (4 to 8 digits) to unlock the register quickly.</source>
        <translation>Кассаға жылдам кіру үшін PIN-код ойлап табыңыз (4-тен 8-ге дейін сан).</translation>
    </message>
    <message>
        <source>Demo: admin@demo.kz / admin123, cashier@demo.kz / cashier123, PIN 1234</source>
        <translation>Демо: admin@demo.kz / admin123, cashier@demo.kz / cashier123, PIN 1234</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
    <message>
        <source>Locked. Cashier: %1</source>
        <translation>Касса құлыпталған. Кассир: %1</translation>
    </message>
    <message>
        <source>Login (e-mail)</source>
        <translation>Логин (e-mail)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN-кодты қайталаңыз</translation>
    </message>
    <message>
        <source>PIN for quick entry</source>
        <translation>Жылдам кіруге арналған PIN-код</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>PIN-кодты сақтау</translation>
    </message>
    <message>
        <source>Set up the register</source>
        <translation>БКМ баптау</translation>
    </message>
    <message>
        <source>Set up the register first.</source>
        <translation>Алдымен БКМ баптаңыз.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Switch cashier</source>
        <translation>Кассирді ауыстыру</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>PIN-кодтар сәйкес келмейді.</translation>
    </message>
    <message>
        <source>This register is not registered: sign in as an administrator to register it (Set up the register).</source>
        <translation>Бұл БКМ тіркелмеген, тіркеу үшін әкімші ретінде кіріңіз («БКМ баптау»).</translation>
    </message>
    <message>
        <source>This register is registered: %1 (serial %2), %3.</source>
        <translation>Бұл БКМ тіркелген: %1 (ЗНМ %2), %3.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Құлыпты ашу</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN-код қате.</translation>
    </message>
    <message>
        <source>Your PIN is saved: it unlocks the register (Ctrl+L locks it).</source>
        <translation>PIN-кодыңыз сақталды: ол кассаның құлпын ашады (Ctrl+L құлыптайды).</translation>
    </message>
</context>
<context>
    <name>CashierOutput</name>
    <message>
        <source>Buyer&apos;s e-mail</source>
        <translation>Сатып алушының e-mail-і</translation>
    </message>
    <message>
        <source>Duplicate printed.</source>
        <translation>Телнұсқа басып шығарылды.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Жасыру</translation>
    </message>
    <message>
        <source>No printer on this PC: the receipt is not on paper.</source>
        <translation>Бұл компьютерде принтер жоқ: чек қағазға басылмады.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Чек басып шығарылды.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <source>Show the receipt</source>
        <translation>Чекті көрсету</translation>
    </message>
    <message>
        <source>The receipt is saved as %1.</source>
        <translation>Чек %1 файлына сақталды.</translation>
    </message>
    <message>
        <source>The receipt is sent to %1.</source>
        <translation>Чек %1 мекенжайына жіберілді.</translation>
    </message>
</context>
<context>
    <name>CashierPayment</name>
    <message>
        <source>%1 by other kinds is more than the %2 to pay.</source>
        <translation>Басқа тәсілдермен %1 — төленетін %2 сомасынан көп.</translation>
    </message>
    <message>
        <source>A card payment is still pending</source>
        <translation>Карта төлемі әлі аяқталған жоқ</translation>
    </message>
    <message>
        <source>A card payment of %1 for these goods, started at %2, is still pending. The terminal may still approve it, and the buyer would pay twice.</source>
        <translation>Осы тауарлар үшін %2 басталған %1 карта төлемі әлі аяқталған жоқ. Терминал оны әлі мақұлдауы мүмкін, сонда сатып алушы екі рет төлейді.</translation>
    </message>
    <message>
        <source>Additionally</source>
        <translation>Қосымша</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Банк картасы</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Қолма-қол</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Қайтарым</translation>
    </message>
    <message>
        <source>Change the amounts</source>
        <translation>Сомаларды өзгерту</translation>
    </message>
    <message>
        <source>Discount on the receipt</source>
        <translation>Чекке жеңілдік</translation>
    </message>
    <message>
        <source>If the first payment is approved later, the register does not issue its receipt: it offers the refund to the card.</source>
        <translation>Егер бірінші төлем кейін мақұлданса, касса ол бойынша чек бермейді және ақшаны картаға қайтаруды ұсынады.</translation>
    </message>
    <message>
        <source>Markup on the receipt</source>
        <translation>Чекке үстеме</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Аралас</translation>
    </message>
    <message>
        <source>Non-cash</source>
        <translation>Қолма-қолсыз</translation>
    </message>
    <message>
        <source>Non-cash receipt («Безнал»): no card terminal is used.</source>
        <translation>Қолма-қолсыз белгісі бар чек: карта терминалы қолданылмайды.</translation>
    </message>
    <message>
        <source>Not enough: %1 received, %2 to pay.</source>
        <translation>Жеткіліксіз: %1 алынды, төлеуге %2.</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Төлеу</translation>
    </message>
    <message>
        <source>Pay again</source>
        <translation>Қайта төлеу</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Төлем</translation>
    </message>
    <message>
        <source>Received in cash</source>
        <translation>Қолма-қол алынды</translation>
    </message>
    <message>
        <source>The Terminal tab shows the pending payment and its outcome.</source>
        <translation>«Терминал» қойындысында аяқталмаған төлем және оның нәтижесі көрсетіледі.</translation>
    </message>
    <message>
        <source>The card share must be whole tenge: change the amounts.</source>
        <translation>Карта бойынша сома бүтін теңгемен болуы керек: сомаларды өзгертіңіз.</translation>
    </message>
    <message>
        <source>The card terminal takes whole tenge: %1 to the card and %2 in cash?</source>
        <translation>Терминал тек бүтін теңге қабылдайды: картамен %1 және қолма-қол %2?</translation>
    </message>
    <message>
        <source>Tiyn to cash</source>
        <translation>Тиындар — қолма-қол</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>Төлеуге: %1</translation>
    </message>
    <message>
        <source>To the card</source>
        <translation>Картаға</translation>
    </message>
    <message>
        <source>Wait for the terminal</source>
        <translation>Терминалды күту</translation>
    </message>
</context>
<context>
    <name>CashierPin</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>PIN-кодты өзгерту</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Жаңа PIN-код</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Жаңа PIN-код тағы бір рет</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN-код немесе құпиясөз</translation>
    </message>
    <message>
        <source>The two new PINs differ.</source>
        <translation>Жаңа PIN-кодтар сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Your present PIN or password, then the new PIN (4 to 8 digits) twice.</source>
        <translation>Қазіргі PIN-код немесе құпиясөз, содан кейін жаңа PIN-код (4–8 цифр) екі рет.</translation>
    </message>
</context>
<context>
    <name>CashierPreview</name>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Duplicate preview</source>
        <extracomment>keys that move the paper while the preview is shown (the counter keeps the keyboard, decision 2022)</extracomment>
        <translation>Телнұсқаны қарау</translation>
    </message>
    <message>
        <source>Receipt preview</source>
        <translation>Чекті қарау</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Есепті қарау</translation>
    </message>
    <message>
        <source>This is what the printer prints (no paper receipt on this PC).</source>
        <translation>Чек қағазда осылай көрінеді (бұл ДК-да чек басылмайды).</translation>
    </message>
    <message>
        <source>This is what the printer prints.</source>
        <translation>Принтер осылай басып шығарады.</translation>
    </message>
    <message>
        <source>X report preview</source>
        <translation>X-есепті қарау</translation>
    </message>
    <message>
        <source>Z report preview</source>
        <translation>Z-есепті қарау</translation>
    </message>
</context>
<context>
    <name>CashierReceipts</name>
    <message>
        <source>All documents</source>
        <translation>Барлық құжаттар</translation>
    </message>
    <message>
        <source>Cash deposits and withdrawals</source>
        <translation>Енгізулер мен алулар</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Чек телнұсқасы</translation>
    </message>
    <message>
        <source>Duplicate of the selected receipt</source>
        <extracomment>the filter&apos;s choices: (key, kinds or None for all, refused only)</extracomment>
        <translation>Таңдалған чектің телнұсқасы</translation>
    </message>
    <message>
        <source>Fiscal sign</source>
        <translation>Фискалдық белгі</translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation>Өңделді деп белгілеу</translation>
    </message>
    <message>
        <source>OFD</source>
        <translation>ФДО</translation>
    </message>
    <message>
        <source>Offline data: the register&apos;s documents and the OFD</source>
        <translation>Автономды деректер: касса құжаттары және ФДО</translation>
    </message>
    <message>
        <source>Older documents</source>
        <translation>Ертерек құжаттар</translation>
    </message>
    <message>
        <source>Print the last receipt</source>
        <translation>Соңғы чекті басып шығару</translation>
    </message>
    <message>
        <source>Receipts and returns</source>
        <translation>Чектер мен қайтарулар</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Refresh the list of receipts</source>
        <translation>Чектер тізімін жаңарту</translation>
    </message>
    <message>
        <source>Rejected by the OFD</source>
        <translation>ФДО қабылдамағандар</translation>
    </message>
    <message>
        <source>Select a receipt.</source>
        <translation>Чекті таңдаңыз.</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Ауысым</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Көрсету:</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сома</translation>
    </message>
    <message>
        <source>The refused document is handled: administrator</source>
        <translation>Қабылданбаған құжат өңделді: әкімші</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <source>X and Z reports</source>
        <translation>X және Z есептері</translation>
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
        <translation>Санын өзгерту</translation>
    </message>
    <message>
        <source>Everything on this receipt has already been returned.</source>
        <translation>Бұл чектің барлық позициялары қайтарылған.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Табу</translation>
    </message>
    <message>
        <source>Fiscal sign from the receipt</source>
        <translation>Чектегі фискалдық белгі</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Қалды</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Receipt total %1</source>
        <translation>Чек сомасы %1</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>Return by fiscal sign</source>
        <translation>Фискалдық белгі бойынша қайтару</translation>
    </message>
    <message>
        <source>Return receipt №%1: %2.</source>
        <translation>Қайтару чегі №%1: %2.</translation>
    </message>
    <message>
        <source>Return the ticked lines</source>
        <translation>Белгіленген позицияларды қайтару</translation>
    </message>
    <message>
        <source>Return: administrator</source>
        <translation>Қайтару: әкімші</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <source>Returns: find the receipt</source>
        <translation>Қайтару: чекті табу</translation>
    </message>
    <message>
        <source>Returns: return the ticked lines</source>
        <translation>Қайтару: белгіленген позицияларды қайтару</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Сатылды</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сома</translation>
    </message>
    <message>
        <source>The card share must be whole tenge: change the quantities.</source>
        <translation>Карта үлесі бүтін теңге болуы керек: санын өзгертіңіз.</translation>
    </message>
    <message>
        <source>The card terminal pays back whole tenge: %1 to the card and %2 in cash?</source>
        <translation>Терминал тек бүтін теңгені қайтарады: картаға %1 және қолма-қол %2?</translation>
    </message>
    <message>
        <source>Tick at least one line.</source>
        <translation>Кемінде бір позицияны белгілеңіз.</translation>
    </message>
    <message>
        <source>Tiyn in cash</source>
        <translation>Тиындар — қолма-қол</translation>
    </message>
    <message>
        <source>To pay back: %1</source>
        <translation>Қайтарылады: %1</translation>
    </message>
    <message>
        <source>To return</source>
        <translation>Қайтаруға</translation>
    </message>
    <message>
        <source>in cash %1</source>
        <translation>қолма-қол %1</translation>
    </message>
    <message>
        <source>to the card %1</source>
        <translation>картаға %1</translation>
    </message>
</context>
<context>
    <name>CashierSale</name>
    <message>
        <source>Barcode, code or name field</source>
        <translation>Штрихкод, код немесе атау өрісі</translation>
    </message>
    <message>
        <source>Barcode, code or name — Enter</source>
        <translation>Штрихкод, код немесе атауы — Enter</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазалау</translation>
    </message>
    <message>
        <source>Clear the basket</source>
        <translation>Себетті тазалау</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Delete the selected line</source>
        <translation>Таңдалған позицияны жою</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <source>Edit the selected line</source>
        <translation>Таңдалған позицияны өзгерту</translation>
    </message>
    <message>
        <source>Fetch products</source>
        <translation>Тауарларды алу</translation>
    </message>
    <message>
        <source>Fetch products after an admin change</source>
        <translation>Әкімші өзгерткеннен кейін тауарларды алу</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Табу</translation>
    </message>
    <message>
        <source>Nothing found for «%1».</source>
        <translation>«%1» бойынша ештеңе табылмады.</translation>
    </message>
    <message>
        <source>Offline: the receipt will go to the OFD later.</source>
        <translation>Дербес режим: чек ФДО-ға кейінірек жіберіледі.</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Төлеу %1</translation>
    </message>
    <message>
        <source>Pay the basket</source>
        <translation>Себетті төлеу</translation>
    </message>
    <message>
        <source>Products are up to date.</source>
        <translation>Тауарлар жаңартылды.</translation>
    </message>
    <message>
        <source>Receipt №%1: %2, change %3.</source>
        <translation>Чек №%1: %2, қайтарым %3.</translation>
    </message>
    <message>
        <source>The basket is empty.</source>
        <translation>Себет бос.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Барлығы: %1</translation>
    </message>
    <message>
        <source>Type the amount first.</source>
        <translation>Алдымен соманы енгізіңіз.</translation>
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
        <translation>Принтерді, POS-терминалды, ФДО-мен байланысты және байланыс арналарын тексереміз…</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Бұлт</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Желі</translation>
    </message>
    <message>
        <source>OFD connection</source>
        <translation>ФДО-мен байланыс</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>АБК тесті</translation>
    </message>
    <message>
        <source>Work without printer</source>
        <translation>Принтерсіз</translation>
    </message>
</context>
<context>
    <name>CashierShift</name>
    <message>
        <source>%1 Printing failed: %2</source>
        <translation>%1 Басып шығару сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Бәрібір жабу</translation>
    </message>
    <message>
        <source>Close the shift (Z report)</source>
        <translation>Ауысымды жабу (Z-есеп)</translation>
    </message>
    <message>
        <source>Close the shift: administrator</source>
        <translation>Ауысымды жабу: әкімші</translation>
    </message>
    <message>
        <source>Closed anyway, these payments stay in the Terminal tab until their receipts are issued or they are refunded.</source>
        <translation>Бәрібір жабылса, бұл төлемдер чектері берілгенше немесе қайтарылғанша «Терминал» қойындысында қалады.</translation>
    </message>
    <message>
        <source>Do not close</source>
        <translation>Жаппау</translation>
    </message>
    <message>
        <source>Reports and shift</source>
        <translation>Есептер және ауысым</translation>
    </message>
    <message>
        <source>Terminal payments without a fiscal receipt carried over: %1, %2 in all (Terminal tab).</source>
        <translation>Фискалдық чексіз терминал төлемдері келесі ауысымға ауыстырылды: %1, барлығы %2 («Терминал» қойындысы).</translation>
    </message>
    <message>
        <source>Terminal payments without a fiscal receipt: %1, %2 in all: issue their receipts with «Безнал» or refund them before closing the shift.</source>
        <translation>Фискалдық чексіз терминал төлемдері: %1, барлығы %2. Ауысымды жабу алдында олардың «Безнал» чектерін беріңіз немесе төлемдерді қайтарыңыз.</translation>
    </message>
    <message>
        <source>The OFD REJECTED this report.</source>
        <translation>ФДО бұл есепті ҚАБЫЛДАМАДЫ.</translation>
    </message>
    <message>
        <source>The OFD counters differ: %1</source>
        <translation>ФДО есептегіштері сәйкес емес: %1</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-есеп</translation>
    </message>
    <message>
        <source>X report is not printed: the register works without a printer.</source>
        <translation>X-есеп басып шығарылмады: касса принтерсіз жұмыс істейді.</translation>
    </message>
    <message>
        <source>X report is printed.</source>
        <translation>X-есеп басып шығарылды.</translation>
    </message>
    <message>
        <source>X report is ready.</source>
        <translation>X-есеп дайын.</translation>
    </message>
    <message>
        <source>Z report is not printed (the register works without a printer): the shift is closed.</source>
        <translation>Z-есеп басып шығарылмады (касса принтерсіз жұмыс істейді): ауысым жабылды.</translation>
    </message>
    <message>
        <source>Z report is printed: the shift is closed.</source>
        <translation>Z-есеп басып шығарылды: ауысым жабылды.</translation>
    </message>
    <message>
        <source>Z report: the shift is closed.</source>
        <translation>Z-есеп: ауысым жабылды.</translation>
    </message>
</context>
<context>
    <name>CashierStatus</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 сағ %2 мин</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 қалды</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) REJECTED by the OFD: see «Offline data»</source>
        <translation>
            <numerusform>ФДО %n құжатты ҚАБЫЛДАМАДЫ: «Автономды деректер» бөлімін қараңыз</numerusform>
            <numerusform>ФДО %n құжатты ҚАБЫЛДАМАДЫ: «Автономды деректер» бөлімін қараңыз</numerusform>
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
            <numerusform>ФДО: байланыс жоқ, %n құжат жіберуді күтуде</numerusform>
            <numerusform>ФДО: байланыс жоқ, %n құжат жіберуді күтуде</numerusform>
        </translation>
    </message>
    <message>
        <source>OFD: online</source>
        <translation>ФДО: байланыс бар</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Принтер: %1</translation>
    </message>
    <message>
        <source>Printer: none (e-mail or PDF)</source>
        <translation>Принтер: жоқ (e-mail немесе PDF)</translation>
    </message>
    <message>
        <source>Printer: ready</source>
        <translation>Принтер: дайын</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>Ауысым жабық</translation>
    </message>
    <message>
        <source>Shift №%1, open %2</source>
        <translation>Ауысым №%1, ашық %2</translation>
    </message>
</context>
<context>
    <name>CloudRefused</name>
    <message>
        <source>Card terminal operation</source>
        <translation>Терминал операциясы</translation>
    </message>
    <message>
        <source>Cash deposit or withdrawal</source>
        <translation>Салу немесе алу</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Documents the cloud did not accept (kept aside, not lost)</source>
        <translation>Бұлт қабылдамаған құжаттар (бөлек сақталған, жоғалмаған)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Receipt №%1, shift %2</source>
        <translation>Чек №%1, ауысым %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Return №%1, shift %2</source>
        <translation>Қайтару №%1, ауысым %2</translation>
    </message>
    <message>
        <source>Select a document.</source>
        <translation>Құжатты таңдаңыз.</translation>
    </message>
    <message>
        <source>Send the document to the cloud again</source>
        <translation>Құжатты бұлтқа қайта жіберу</translation>
    </message>
    <message>
        <source>Shift opening</source>
        <translation>Ауысымды ашу</translation>
    </message>
    <message>
        <source>The cloud&apos;s reason</source>
        <translation>Бұлттың себебі</translation>
    </message>
    <message>
        <source>The document is back in the queue for the cloud.</source>
        <translation>Құжат бұлтқа жіберу кезегіне қайта қойылды.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z-есеп</translation>
    </message>
</context>
<context>
    <name>CloudState</name>
    <message numerus="yes">
        <source>%n document(s) waiting</source>
        <translation>
            <numerusform>%n құжат жіберуді күтуде</numerusform>
            <numerusform>%n құжат жіберуді күтуде</numerusform>
        </translation>
    </message>
    <message>
        <source>Cloud: connected, not synced yet</source>
        <translation>Бұлт: байланыс бар, әлі синхрондалмады</translation>
    </message>
    <message>
        <source>Cloud: first mirror, %1 of %2</source>
        <translation>Бұлт: алғашқы жүктеу, %2 ішінен %1</translation>
    </message>
    <message>
        <source>Cloud: no connection</source>
        <translation>Бұлт: байланыс жоқ</translation>
    </message>
    <message>
        <source>Cloud: no connection since %1</source>
        <translation>Бұлт: %1 бастап бұлтпен байланыс жоқ</translation>
    </message>
    <message>
        <source>Cloud: not connected (single PC)</source>
        <translation>Бұлт: қосылмаған (бір компьютер)</translation>
    </message>
    <message numerus="yes">
        <source>Cloud: synced %n min ago</source>
        <translation>
            <numerusform>Бұлт: %n мин бұрын синхрондалды</numerusform>
            <numerusform>Бұлт: %n мин бұрын синхрондалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cloud: synced %n s ago</source>
        <translation>
            <numerusform>Бұлт: %n с бұрын синхрондалды</numerusform>
            <numerusform>Бұлт: %n с бұрын синхрондалды</numerusform>
        </translation>
    </message>
    <message>
        <source>Cloud: synced at %1</source>
        <translation>Бұлт: %1 синхрондалды</translation>
    </message>
    <message>
        <source>Cloud: this PC was unbound from its register; sync stopped</source>
        <translation>Бұлт: бұл компьютер ККМ-нен ажыратылды; синхрондау тоқтатылды</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Amount</source>
        <translation>Сома</translation>
    </message>
    <message>
        <source>Average receipt</source>
        <translation>Орташа чек</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>By card</source>
        <translation>Картамен</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Қолма-қол</translation>
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
        <translation>Баған</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Файл жолы</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Төлем түрі</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Чектер</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Қайтарулар</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Түсім</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Сату</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Сатулар</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Маңыздылығы</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Ауысым</translation>
    </message>
    <message>
        <source>error</source>
        <translation>қате</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>ескерту</translation>
    </message>
</context>
<context>
    <name>DeviceCommon</name>
    <message>
        <source>Connection</source>
        <translation>Қосылу</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Шифрлау</translation>
    </message>
    <message>
        <source>Integration name</source>
        <translation>Интеграция атауы</translation>
    </message>
    <message>
        <source>Keyboard scanner</source>
        <translation>USB сканер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Қағаз ені</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Port or path</source>
        <translation>Порт немесе жол</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Принтер мекенжайы</translation>
    </message>
    <message>
        <source>Printer model</source>
        <translation>Принтер үлгісі</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP сервері</translation>
    </message>
    <message>
        <source>Same-day cancel until</source>
        <translation>Сол күні болдырмау уақыты</translation>
    </message>
    <message>
        <source>Scan suffix</source>
        <translation>Код соңы</translation>
    </message>
    <message>
        <source>Scanner port</source>
        <translation>Сканер порты</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Жылдамдық</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <source>Terminal address</source>
        <translation>Терминал мекенжайы</translation>
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
        <translation>COM порты</translation>
    </message>
    <message>
        <source>Camera (DataMatrix)</source>
        <translation>Камера (DataMatrix)</translation>
    </message>
    <message>
        <source>Camera number</source>
        <translation>Камера нөмірі</translation>
    </message>
    <message>
        <source>Codes that begin with it are scans even in a text field</source>
        <translation>Осыдан басталатын кодтар мәтін өрісінде де сканерлеу болып саналады</translation>
    </message>
    <message>
        <source>Last scan (%1): %2</source>
        <translation>Соңғы код (%1): %2</translation>
    </message>
    <message>
        <source>Last scan: none yet</source>
        <translation>Соңғы код: әзірге жоқ</translation>
    </message>
    <message>
        <source>Listen to the scanner</source>
        <translation>Сканерді тексеру</translation>
    </message>
    <message>
        <source>Longest pause between keys</source>
        <translation>Таңбалар арасындағы ең ұзақ үзіліс</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Prefix the scanner sends</source>
        <translation>Сканер префиксі</translation>
    </message>
    <message>
        <source>Recognise scans typed by a USB scanner</source>
        <translation>USB сканер енгізген кодтарды тану</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Scanner on a COM port</source>
        <translation>COM портындағы сканер</translation>
    </message>
    <message>
        <source>Shortest code</source>
        <translation>Кодтың ең аз ұзындығы</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Жылдамдық</translation>
    </message>
    <message>
        <source>Start camera scan</source>
        <translation>Камерамен сканерлеу</translation>
    </message>
    <message>
        <source>Stop camera scan</source>
        <translation>Камераны тоқтату</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Тексеруді тоқтату</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Код соңы</translation>
    </message>
    <message>
        <source>The scanner sends no Enter after a code</source>
        <translation>Сканер кодтан кейін Enter жібермейді</translation>
    </message>
    <message>
        <source>USB scanner</source>
        <translation>USB сканер</translation>
    </message>
    <message>
        <source>USB scanner (keyboard mode)</source>
        <translation>USB сканер (пернетақта режимі)</translation>
    </message>
    <message>
        <source>Use a COM-port scanner</source>
        <translation>COM портындағы сканерді пайдалану</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Бейнефайл</translation>
    </message>
    <message>
        <source>an MJPEG AVI video file instead of the camera (optional)</source>
        <translation>камераның орнына MJPEG AVI бейнефайлы (міндетті емес)</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>камера</translation>
    </message>
    <message>
        <source>looking for a code…</source>
        <translation>код ізделуде…</translation>
    </message>
    <message>
        <source>opening…</source>
        <translation>ашылуда…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>тоқтатылды</translation>
    </message>
    <message>
        <source>the camera does not answer</source>
        <translation>камера жауап бермейді</translation>
    </message>
    <message>
        <source>the video ended</source>
        <translation>бейне аяқталды</translation>
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
        <translation>/dev/usb/lp0, COM3 немесе PDF файлдарына арналған қалта</translation>
    </message>
    <message>
        <source>COM port</source>
        <translation>COM порты</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Қосылу</translation>
    </message>
    <message>
        <source>Demo (no device)</source>
        <translation>Демо (құрылғысыз)</translation>
    </message>
    <message>
        <source>Device file</source>
        <translation>Құрылғы файлы</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Құрылғылар</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Шифрлау</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Network (LAN)</source>
        <translation>Желі (LAN)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Only an administrator can change device settings.</source>
        <translation>Құрылғы баптауларын тек әкімші өзгерте алады.</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDF файлдары</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Қағаз ені</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Port or path</source>
        <translation>Порт немесе жол</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Принтер мекенжайы</translation>
    </message>
    <message>
        <source>Printer model</source>
        <translation>Принтер үлгісі</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP сервері</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Scanners</source>
        <translation>Сканерлер</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>Сынақ хат жіберу</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Жіберуші мекенжайы</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Жіберілуде…</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Жылдамдық</translation>
    </message>
    <message>
        <source>TCP port</source>
        <translation>TCP порты</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <source>Test address</source>
        <translation>Тексеруге арналған мекенжай</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Сынақ басып шығару</translation>
    </message>
    <message>
        <source>The paper is running out.</source>
        <translation>Қағаз таусылып барады.</translation>
    </message>
    <message>
        <source>The test e-mail was sent.</source>
        <translation>Сынақ хат жіберілді.</translation>
    </message>
    <message>
        <source>The test page was sent to the printer.</source>
        <translation>Сынақ беті принтерге жіберілді.</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>USB vendor:product</source>
        <translation>USB өндіруші:үлгі</translation>
    </message>
    <message>
        <source>Work without a printer (receipts by e-mail or on screen)</source>
        <translation>Принтерсіз жұмыс істеу (чектер e-mail арқылы немесе экранда)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A barcode is 1 to 14 digits.</source>
        <translation>Штрихкод тек цифрлардан тұрады (1-ден 14-ке дейін).</translation>
    </message>
    <message>
        <source>A card payment of {amount} for these goods, started at {started}, is still pending: the terminal may still approve it and the buyer would pay twice. Wait for it on the Terminal tab, or pay again on purpose.</source>
        <translation>Осы тауарлар үшін {started} басталған {amount} карта төлемі әлі аяқталған жоқ: терминал оны әлі мақұлдауы мүмкін, сонда сатып алушы екі рет төлейді. Оны «Терминал» қойындысында күтіңіз немесе әдейі қайта төлеңіз.</translation>
    </message>
    <message>
        <source>A company with IIN/BIN {iin_bin} is already registered.</source>
        <translation>{iin_bin} БСН/ЖСН компаниясы бұрыннан тіркелген.</translation>
    </message>
    <message>
        <source>A company with the BIN/IIN {value} already exists.</source>
        <translation>БСН/ЖСН {value} компаниясы бұрыннан бар.</translation>
    </message>
    <message>
        <source>A number is too large for the database; nothing was changed.</source>
        <translation>Сан дерекқор үшін тым үлкен; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>A payment must be greater than zero.</source>
        <translation>Төлем сомасы нөлден үлкен болуы керек.</translation>
    </message>
    <message>
        <source>A percent must be between 0 and 100.</source>
        <translation>Пайыз 0-ден 100-ге дейін болуы керек.</translation>
    </message>
    <message>
        <source>A terminal with serial number {serial} is already in the registry.</source>
        <translation>{serial} сериялық нөмірлі терминал тізілімде бар.</translation>
    </message>
    <message>
        <source>A user with login {email} already exists.</source>
        <translation>{email} логині бар пайдаланушы бұрыннан бар.</translation>
    </message>
    <message>
        <source>A user with the login {value} already exists.</source>
        <translation>{value} логині бар пайдаланушы бұрыннан бар.</translation>
    </message>
    <message>
        <source>An NTIN is 13 or 14 digits.</source>
        <translation>NTIN 13 немесе 14 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>An offer without a product.</source>
        <translation>Тауарсыз ұсыныс.</translation>
    </message>
    <message>
        <source>Another product of this register already has this «{field}»: {value}.</source>
        <translation>Осы ККМ-нің басқа тауарында «{field}» мәні бұрыннан бар: {value}.</translation>
    </message>
    <message>
        <source>Another product of this register already has {field} {value}.</source>
        <translation>Осы БКМ-нің басқа тауарында {field} {value} бар.</translation>
    </message>
    <message>
        <source>Card payments taken on the terminal without a fiscal receipt: {count}, {amount} in all. Issue their receipts with «Безнал» or refund them in the Terminal tab before closing the shift.</source>
        <translation>Терминалда фискалдық чексіз алынған карта төлемдері: {count}, барлығы {amount}. Ауысымды жабу алдында «Терминал» қойындысында олардың «Безнал» чектерін беріңіз немесе төлемдерді қайтарыңыз.</translation>
    </message>
    <message>
        <source>Catalog file exchange error.</source>
        <translation>Каталог файлдарымен алмасу қатесі.</translation>
    </message>
    <message>
        <source>Columns must be separated by commas.</source>
        <translation>Бағандарды бөлгіш үтір болуы керек.</translation>
    </message>
    <message>
        <source>Could not save the receipt as PDF.</source>
        <translation>Чекті PDF-ке сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>Could not send the receipt by e-mail.</source>
        <translation>Чекті e-mail арқылы жіберу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Device error.</source>
        <translation>Жабдық қатесі.</translation>
    </message>
    <message>
        <source>E-mail is not set up (SMTP). Save the receipt as PDF.</source>
        <translation>E-mail жіберу бапталмаған (SMTP). Чекті PDF-ке сақтаңыз.</translation>
    </message>
    <message>
        <source>Enter the price of the marked product (above zero).</source>
        <translation>Таңбаланған тауардың бағасын енгізіңіз (нөлден жоғары).</translation>
    </message>
    <message>
        <source>Error in the row.</source>
        <translation>Жолда қате бар.</translation>
    </message>
    <message>
        <source>Expected 1 or 0.</source>
        <translation>1 немесе 0 күтіледі.</translation>
    </message>
    <message>
        <source>Import cancelled. The catalog is unchanged.</source>
        <translation>Импорт тоқтатылды. Каталог өзгермеді.</translation>
    </message>
    <message>
        <source>Invalid amount in field &apos;{field}&apos;: {reason}</source>
        <translation>«{field}» өрісіндегі сома қате: {reason}</translation>
    </message>
    <message>
        <source>Invalid discount or markup: {reason}</source>
        <translation>Жеңілдік немесе үстеме қате: {reason}</translation>
    </message>
    <message>
        <source>Invalid marking code: {reason}</source>
        <translation>Таңбалау коды қате: {reason}</translation>
    </message>
    <message>
        <source>Invalid payment.</source>
        <translation>Төлем қате.</translation>
    </message>
    <message>
        <source>Invalid price.</source>
        <translation>Баға қате.</translation>
    </message>
    <message>
        <source>Invalid quantity: {reason}</source>
        <translation>Саны қате: {reason}</translation>
    </message>
    <message>
        <source>Invalid text.</source>
        <translation>Мәтін жарамсыз.</translation>
    </message>
    <message>
        <source>Invalid token: the OFD does not accept the register&apos;s token; selling is stopped. Generate a new token on the OFD portal and enter it: Admin tab → Registers → Update data.</source>
        <translation>Invalid token: ФДО касса токенін қабылдамайды, сату тоқтатылды. ФДО порталында жаңа токен жасап, оны жаңартыңыз: «Әкімші» қойындысы → БКМ → «Деректерді жаңарту».</translation>
    </message>
    <message>
        <source>Invalid value in field &apos;{field}&apos;: {reason}</source>
        <translation>«{field}» өрісіндегі мән қате: {reason}</translation>
    </message>
    <message>
        <source>Line {position}: only {left} can still be returned.</source>
        <translation>{position} позиция: қайтаруға тек {left} қолжетімді.</translation>
    </message>
    <message>
        <source>Loading from the cloud stopped after {done} of {total} changes; it resumes from there.</source>
        <translation>Бұлттан жүктеу {total} өзгерістің {done}-нен кейін тоқтатылды; ол осы жерден жалғасады.</translation>
    </message>
    <message>
        <source>No card terminal is registered: card payments through a terminal are unavailable.</source>
        <translation>POS-терминал тіркелмеген — терминал арқылы картамен төлеу қолжетімсіз.</translation>
    </message>
    <message>
        <source>No card terminal is set up in the device settings.</source>
        <translation>Құрылғы баптауларында төлем терминалы таңдалмаған.</translation>
    </message>
    <message>
        <source>No cloud is configured: the company&apos;s terminals can be reported only from the cloud.</source>
        <translation>Бұлт бапталмаған: компанияның барлық терминалдары бойынша есеп тек бұлттан жасалады.</translation>
    </message>
    <message>
        <source>No connection to the OFD server. Check the Internet and the OFD subscription.</source>
        <translation>ФДО серверімен байланыс жоқ. Интернетті және ФДО қызметтерінің төлемін тексеріңіз.</translation>
    </message>
    <message>
        <source>No network connection. Check the cable or Wi-Fi.</source>
        <translation>Желіге қосылым жоқ. Кабельді немесе Wi-Fi-ды тексеріңіз.</translation>
    </message>
    <message>
        <source>No receipt with fiscal sign {sign} on this register.</source>
        <translation>Бұл БКМ-де {sign} фискалдық белгісі бар чек табылмады.</translation>
    </message>
    <message>
        <source>Nobody pressed «Разрешить» on the terminal for {name} ({reason}).</source>
        <translation>Терминалда {name} үшін ешкім «Разрешить» баспады ({reason}).</translation>
    </message>
    <message>
        <source>Non-cash payments {non_cash} exceed the total {total}: change is given only from cash.</source>
        <translation>Қолма-қолсыз төлем {non_cash} чек сомасынан {total} артық: қайтарым тек қолма-қол ақшадан беріледі.</translation>
    </message>
    <message>
        <source>Not allowed: this needs the &apos;{role}&apos; role.</source>
        <translation>Құқық жеткіліксіз: «{role}» рөлі қажет.</translation>
    </message>
    <message>
        <source>Not found: {what} {key}</source>
        <translation>Табылмады: {what} {key}</translation>
    </message>
    <message>
        <source>Not possible in the current state ({machine}: {source} → {target}).</source>
        <translation>Ағымдағы күйде операция мүмкін емес ({machine}: {source} → {target}).</translation>
    </message>
    <message>
        <source>Only {cash} in the drawer; cannot pay out {amount}.</source>
        <translation>Кассада тек {cash}, {amount} беру мүмкін емес.</translation>
    </message>
    <message>
        <source>Only {left} of the payment {transaction} can still be refunded: {refunded} of {paid} already went back.</source>
        <translation>{transaction} төлемінен тағы тек {left} қайтаруға болады: {paid} ішінен {refunded} қайтарылып қойған.</translation>
    </message>
    <message>
        <source>Payment {paid} does not cover the total {total}.</source>
        <translation>{paid} төлемі {total} сомасын жаппайды.</translation>
    </message>
    <message>
        <source>Printer not found or not answering. Check the cable and power.</source>
        <translation>Принтер табылмады немесе жауап бермейді. Кабель мен қуатты тексеріңіз.</translation>
    </message>
    <message>
        <source>Receipt {sign} was made offline and has not reached the OFD yet. It can be returned once uploaded: connect to the OFD and wait for the upload.</source>
        <translation>{sign} чегі автономды режимде шығарылған және ФДО-ға әлі жіберілмеген. Қайтару жіберілгеннен кейін мүмкін: ФДО-ға қосылып, жүктелуін күтіңіз.</translation>
    </message>
    <message>
        <source>Required columns are missing.</source>
        <translation>Файлда міндетті бағандар жоқ.</translation>
    </message>
    <message>
        <source>Set up the company before adding terminals.</source>
        <translation>Алдымен компания деректерін толтырыңыз, содан кейін терминалдарды қосыңыз.</translation>
    </message>
    <message>
        <source>Shift {number} of this register is open: close it (Z report) before unbinding the device.</source>
        <translation>Бұл ККМ-нің {number} ауысымы ашық: құрылғыны ажыратпас бұрын оны жабыңыз (Z-есеп).</translation>
    </message>
    <message>
        <source>Sign in to the cloud with the administrator&apos;s e-mail and password (the line above the admin tabs).</source>
        <translation>Әкімшінің e-mail мен құпиясөзімен бұлтқа кіріңіз (әкімші қойындыларының үстіндегі жол).</translation>
    </message>
    <message>
        <source>Sign-in error.</source>
        <translation>Кіру қатесі.</translation>
    </message>
    <message>
        <source>Someone changed this terminal meanwhile ({fields}). Reload it and make your change again.</source>
        <translation>Бұл терминалды осы уақытта басқа біреу өзгертті ({fields}). Оны жаңартып, өзгерісті қайта енгізіңіз.</translation>
    </message>
    <message>
        <source>The Kaspi terminal updates its keys with the bank by itself: nothing to update from the register.</source>
        <translation>Kaspi терминалы кілттерін банкпен өзі жаңартады: кассадан жаңартатын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>The OFD address is not set in the settings.</source>
        <translation>ФДО мекенжайы баптауларда көрсетілмеген.</translation>
    </message>
    <message>
        <source>The OFD and the register disagree about the shift (open for more than 24 hours, or another shift open at the OFD). Check the shift&apos;s state in the OFD cabinet, close the shift with a Z report and make the document again in the new shift.</source>
        <translation>ФДО мен касса ауысымның күйі бойынша сәйкес келмейді (24 сағаттан артық ашық немесе ФДО-да басқа ауысым ашық). ФДО кабинетінде ауысымның күйін тексеріңіз, ауысымды Z-есеппен жабыңыз және құжатты жаңа ауысымда қайта рәсімдеңіз.</translation>
    </message>
    <message>
        <source>The OFD did not accept this Z report: its counters or shift number differ from the OFD&apos;s, so the shift may still be open at the OFD although it is closed here. Compare the shift&apos;s documents in «Offline data» with the OFD cabinet and ask the OFD&apos;s support to close the shift there.</source>
        <translation>ФДО бұл Z-есепті қабылдамады: оның есептегіштері немесе ауысым нөмірі ФДО деректерімен сәйкес келмейді, сондықтан кассада жабылғанымен, ФДО-да ауысым ашық қалуы мүмкін. Ауысым құжаттарын «Автономды деректер» бөлімінде ФДО кабинетімен салыстырып, ФДО қолдау қызметінен ауысымды өз жағында жабуды сұраңыз.</translation>
    </message>
    <message>
        <source>The OFD does not know this register or its token. Re-register the register in the OFD cabinet (or generate a new token there) and enter its data: Admin tab → Registers → Update data.</source>
        <translation>ФДО бұл кассаны немесе оның токенін білмейді. Кассаны ФДО кабинетінде қайта тіркеңіз (немесе сол жерде жаңа токен жасаңыз) және оның деректерін енгізіңіз: «Әкімші» қойындысы → ККМ → «Деректерді жаңарту».</translation>
    </message>
    <message>
        <source>The OFD found the document&apos;s data wrong (sums, cash in the drawer, the buyer&apos;s IIN/BIN): it is not a fiscal document and is not sent again. Check the data, make the document again correctly and tell support if it happens again.</source>
        <translation>ФДО құжат деректерін қате деп тапты (сомалар, кассадағы қолма-қол ақша, сатып алушының ЖСН/БСН): бұл фискалдық құжат емес және ол қайта жіберілмейді. Деректерді тексеріп, құжатты дұрыс қайта рәсімдеңіз, бұл қайталанса, қолдау қызметіне хабарлаңыз.</translation>
    </message>
    <message>
        <source>The OFD refused the document for a reason on its side (the register is blocked, or the operation is not allowed for it). Contact the OFD&apos;s support with the document&apos;s time and number and the OFD&apos;s answer.</source>
        <translation>ФДО құжатты өз тарапындағы себеппен қабылдамады (касса бұғатталған немесе ол үшін операция қолжетімсіз). Құжаттың уақыты мен нөмірін және ФДО жауабын көрсетіп, ФДО қолдау қызметіне хабарласыңыз.</translation>
    </message>
    <message>
        <source>The OFD refused the document: {reason}. The receipt is not fiscal.</source>
        <translation>ФДО құжатты қабылдамады: {reason}. Чек фискалданбады.</translation>
    </message>
    <message numerus="yes">
        <source>The OFD rejected {count} document(s). Contact the administrator.</source>
        <translation>
            <numerusform>ФДО {count} құжатты қабылдамады. Әкімшіге хабарласыңыз.</numerusform>
            <numerusform>ФДО {count} құжатты қабылдамады. Әкімшіге хабарласыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The OFD server cannot be found (DNS). Check the Internet connection.</source>
        <translation>ФДО серверін желіден табу мүмкін емес (DNS). Интернетке қосылуды тексеріңіз.</translation>
    </message>
    <message>
        <source>The OFD server does not answer. Check the Internet and the OFD subscription.</source>
        <translation>ФДО сервері жауап бермейді. Интернетті және ФДО қызметтерінің төлемін тексеріңіз.</translation>
    </message>
    <message>
        <source>The PIN was locked too many times: sign in with your password.</source>
        <translation>PIN-код тым көп рет бұғатталды: құпиясөзбен кіріңіз.</translation>
    </message>
    <message>
        <source>The XML file is broken.</source>
        <translation>XML файлы бүлінген.</translation>
    </message>
    <message>
        <source>The basket now totals {current} but the payment was for {paid}: issue the receipt of the basket as it was paid, or refund the payment.</source>
        <translation>Себет қазір {current} сомасына, ал төлем {paid} болды: төлем кезіндегі себеттің чегін беріңіз немесе төлемді қайтарыңыз.</translation>
    </message>
    <message>
        <source>The camera is not available.</source>
        <translation>Камера қолжетімсіз.</translation>
    </message>
    <message>
        <source>The card payment was not approved ({status}): {message}. No receipt was made.</source>
        <translation>Картамен төлем мақұлданбады ({status}): {message}. Чек шығарылмады.</translation>
    </message>
    <message>
        <source>The card terminal is not registered yet: Register → Devices → Terminal → Register.</source>
        <translation>Төлем терминалы әлі тіркелмеген: Касса → Құрылғылар → Терминал → Тіркеу.</translation>
    </message>
    <message>
        <source>The card terminal takes whole tenge: {card} to the card and {cash} in cash.</source>
        <translation>Терминал тек бүтін теңге қабылдайды: картамен {card} және қолма-қол {cash}.</translation>
    </message>
    <message>
        <source>The cash drawer is not available.</source>
        <translation>Ақша жәшігі қолжетімсіз.</translation>
    </message>
    <message>
        <source>The change conflicts with data already stored; nothing was changed.</source>
        <translation>Өзгеріс сақталған деректерге қайшы келеді; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The cloud cannot be reached (no connection since {since}): edits are possible only online. Selling goes on.</source>
        <translation>Бұлт қолжетімсіз ({since} бастап байланыс жоқ): өзгерістер тек бұлтпен байланыс болғанда мүмкін. Сауда жалғасады.</translation>
    </message>
    <message>
        <source>The cloud cannot be reached now ({reason}). Sales go on; data is sent when it is back.</source>
        <translation>Бұлт қазір қолжетімсіз ({reason}). Сату жалғасады; байланыс қалпына келгенде деректер жіберіледі.</translation>
    </message>
    <message>
        <source>The cloud did not accept this product.</source>
        <translation>Бұлт бұл тауарды қабылдамады.</translation>
    </message>
    <message>
        <source>The cloud does not answer. Sales go on; documents are sent when it is back.</source>
        <translation>Бұлт жауап бермейді. Сауда жалғасады; байланыс қалпына келгенде құжаттар жіберіледі.</translation>
    </message>
    <message>
        <source>The cloud no longer accepts this PC: the register was unbound. Ask the administrator to bind it again.</source>
        <translation>Бұлт бұл компьютерді енді қабылдамайды: ККМ ажыратылған. Әкімшіден оны қайта байлауды сұраңыз.</translation>
    </message>
    <message>
        <source>The cloud refused the change: {message}</source>
        <translation>Бұлт өзгерісті қабылдамады: {message}</translation>
    </message>
    <message>
        <source>The cloud refused the request as too large in its headers: sign in to the cloud again; if it repeats, tell the support.</source>
        <translation>Бұлт сұрауды қабылдамады: тақырыптары тым үлкен. Бұлтқа қайта кіріңіз; қайталанса, қолдау қызметіне хабарлаңыз.</translation>
    </message>
    <message>
        <source>The cloud refused the request: {cloud_message}</source>
        <translation>Бұлт сұрауды қабылдамады: {cloud_message}</translation>
    </message>
    <message>
        <source>The cloud refused this PC ({code}).</source>
        <translation>Бұлт бұл компьютерден бас тартты ({code}).</translation>
    </message>
    <message>
        <source>The company is not set up yet: fill in the Company tab first.</source>
        <translation>Компания әлі құрылмаған: алдымен «Компания» қойындысын толтырыңыз.</translation>
    </message>
    <message>
        <source>The company&apos;s BIN/IIN ({iin_bin}) cannot be changed after creation.</source>
        <translation>Компанияның БСН/ЖСН-ін ({iin_bin}) құрылғаннан кейін өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>The customer display is not available.</source>
        <translation>Сатып алушы дисплейі қолжетімсіз.</translation>
    </message>
    <message>
        <source>The database cannot be reached; nothing was changed. Check the network or the database server.</source>
        <translation>Дерекқормен байланыс жоқ; ештеңе өзгерген жоқ. Желіні немесе дерекқор серверін тексеріңіз.</translation>
    </message>
    <message>
        <source>The database could not complete the action; nothing was changed.</source>
        <translation>Дерекқор әрекетті орындай алмады; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The database file {path} lies on a network drive ({fstype}), where SQLite cannot keep it safe: keep it on a local disk, or use PostgreSQL for several computers.</source>
        <translation>{path} дерекқор файлы желілік дискіде ({fstype}) орналасқан, онда SQLite оның сақталуына кепілдік бере алмайды: оны жергілікті дискіде сақтаңыз немесе бірнеше компьютер үшін PostgreSQL пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The database is busy (locked by another program); nothing was changed. Repeat in a moment.</source>
        <translation>Дерекқор бос емес (басқа бағдарлама бұғаттаған); ештеңе өзгерген жоқ. Сәлден соң қайталаңыз.</translation>
    </message>
    <message>
        <source>The demo cloud could not start ({reason}); the demo runs as a single PC.</source>
        <translation>Демо-бұлт іске қосылмады ({reason}); демо бір компьютерде жұмыс істейді.</translation>
    </message>
    <message>
        <source>The device service stopped. Restart the program.</source>
        <translation>Құрылғылар қызметі тоқтады. Бағдарламаны қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>The disk of the database is full; nothing was changed. Free some disk space, then repeat.</source>
        <translation>Дерекқор дискісі толы; ештеңе өзгерген жоқ. Дискіде орын босатып, қайталаңыз.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт тоқтатылды; файл жазылмады.</translation>
    </message>
    <message>
        <source>The field is empty.</source>
        <translation>Өріс толтырылмаған.</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Файл импорттауға жарамайды.</translation>
    </message>
    <message>
        <source>The file has no product to import.</source>
        <translation>Файлда импортталатын тауар жоқ.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл бос.</translation>
    </message>
    <message>
        <source>The file is not UTF-8.</source>
        <translation>Файл UTF-8 кодтауында емес.</translation>
    </message>
    <message numerus="yes">
        <source>The file lacks {count} product(s) of the register: importing it would remove them. Nothing was changed.</source>
        <translation>
            <numerusform>Файлда кассаның {count} тауары жоқ: импорт оны жояр еді. Ештеңе өзгертілмеді.</numerusform>
            <numerusform>Файлда кассаның {count} тауары жоқ: импорт оларды жояр еді. Ештеңе өзгертілмеді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file was not imported: {count} error(s) found. The catalog is unchanged.</source>
        <translation>
            <numerusform>Файл импортталмады: {count} қате табылды. Каталог өзгермеді.</numerusform>
            <numerusform>Файл импортталмады: {count} қате табылды. Каталог өзгермеді.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}</source>
        <translation>{path} файлын жазу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>The goods of this card payment were sold on receipt №{number} after it: if that was the same customer, refund the payment to the card.</source>
        <translation>Осы карта төлемінің тауарлары одан кейін №{number} чекпен сатылды: егер бұл сол сатып алушы болса, төлемді картаға қайтарыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>The last sync with the cloud was {count} minute(s) ago.</source>
        <translation>
            <numerusform>Бұлтпен соңғы синхрондау {count} минут бұрын болды.</numerusform>
            <numerusform>Бұлтпен соңғы синхрондау {count} минут бұрын болды.</numerusform>
        </translation>
    </message>
    <message>
        <source>The line amount {value} is more than a register records (at most {limit}).</source>
        <translation>Позиция сомасы {value} касса жаза алатыннан көп (ең көбі {limit}).</translation>
    </message>
    <message>
        <source>The markup {value} is more than a register records (at most {limit}).</source>
        <translation>Үстеме баға {value} касса жаза алатыннан көп (ең көбі {limit}).</translation>
    </message>
    <message>
        <source>The name {name} is already allowed on the terminal. On the terminal open Панель администратора → «Защита интеграции» → «Настроить доступ», press «Запретить» next to {name}, then register again.</source>
        <translation>{name} атауына терминалда рұқсат берілген. Терминалда Панель администратора → «Защита интеграции» → «Настроить доступ» ашып, {name} жанындағы «Запретить» басыңыз да, қайта тіркеліңіз.</translation>
    </message>
    <message>
        <source>The offers file is from another 1C export: no product has a price.</source>
        <translation>Ұсыныстар файлы 1С-тің басқа жүктеуінен: бірде-бір тауардың бағасы жоқ.</translation>
    </message>
    <message>
        <source>The pairing with the card terminal is lost: the terminal no longer accepts this register ({name}); nothing was charged. An administrator presses «Запретить» for {name} on the terminal (Панель администратора → «Защита интеграции» → «Настроить доступ»), then registers again: Register → Devices → Terminal → Register.</source>
        <translation>Кассаның төлем терминалымен байланысы үзілді: терминал бұл кассаны ({name}) енді қабылдамайды; ақша алынған жоқ. Әкімші терминалда {name} үшін «Запретить» басады (Панель администратора → «Защита интеграции» → «Настроить доступ»), содан кейін кассаны қайта тіркейді: Касса → Құрылғылар → Терминал → Тіркеу.</translation>
    </message>
    <message>
        <source>The payment terminal is not available.</source>
        <translation>Төлем терминалы қолжетімсіз.</translation>
    </message>
    <message>
        <source>The payment {transaction} is already paid back in full.</source>
        <translation>{transaction} төлемі толық қайтарылған.</translation>
    </message>
    <message>
        <source>The payment {value} is more than a register records (at most {limit}).</source>
        <translation>Төлем {value} касса жаза алатыннан көп (ең көбі {limit}).</translation>
    </message>
    <message>
        <source>The price is not in tenge.</source>
        <translation>Баға теңгемен емес.</translation>
    </message>
    <message>
        <source>The printer cover is open. Close it.</source>
        <translation>Принтер қақпағы ашық. Оны жабыңыз.</translation>
    </message>
    <message>
        <source>The printer does not support this function.</source>
        <translation>Принтер бұл функцияны қолдамайды.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Insert a new roll.</source>
        <translation>Принтерде қағаз жоқ. Жаңа орам салыңыз.</translation>
    </message>
    <message>
        <source>The product has no price.</source>
        <translation>Тауардың бағасы жоқ.</translation>
    </message>
    <message>
        <source>The receipt has no lines.</source>
        <translation>Чекте позиция жоқ.</translation>
    </message>
    <message>
        <source>The receipt total is negative.</source>
        <translation>Чек сомасы теріс.</translation>
    </message>
    <message>
        <source>The receipt total {value} is more than a register records (at most {limit}).</source>
        <translation>Чек сомасы {value} касса жаза алатыннан көп (ең көбі {limit}).</translation>
    </message>
    <message numerus="yes">
        <source>The register has been offline for more than 72 hours. Connect to the internet to upload {count} document(s).</source>
        <translation>
            <numerusform>Касса ФДО-мен байланыссыз 72 сағаттан артық жұмыс істеп тұр. {count} құжатты жіберу үшін интернетке қосылыңыз.</numerusform>
            <numerusform>Касса ФДО-мен байланыссыз 72 сағаттан артық жұмыс істеп тұр. {count} құжатты жіберу үшін интернетке қосылыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register has no OFD data (system id and token). An admin fills them in on the Registers tab.</source>
        <translation>БКМ-де ФДО деректері жоқ (идентификатор мен токен). Әкімші оларды «БКМ» қойындысында толтырады.</translation>
    </message>
    <message>
        <source>The register is not active: an admin must complete its OFD data.</source>
        <translation>БКМ белсенді емес: әкімші ФДО деректерін толтыруы керек.</translation>
    </message>
    <message>
        <source>The register works without a printer. Choose a printer in the device settings.</source>
        <translation>Касса принтерсіз жұмыс істейді. Құрылғы баптауларынан принтерді таңдаңыз.</translation>
    </message>
    <message>
        <source>The register {name} has not reached this PC yet: wait until loading from the cloud has finished.</source>
        <translation>ККМ {name} бұл компьютерге әлі жүктелмеді: бұлттан жүктеу аяқталғанша күтіңіз.</translation>
    </message>
    <message>
        <source>The register&apos;s OFD token is not on this computer (it was entered on another one): an admin enters it here, in the admin tab: Registers → Update data.</source>
        <translation>Бұл кассаның ФДО токені осы компьютерде жоқ (ол басқа компьютерде енгізілген): әкімші оны осында, «Әкімші» қойындысында енгізеді: БКМ → «Деректерді жаңарту».</translation>
    </message>
    <message>
        <source>The sale failed and the card charge of {amount} could not be reversed: {message}. Contact the bank.</source>
        <translation>Сату өтпеді, ал картадан {amount} есептен шығаруды болдырмау мүмкін болмады: {message}. Банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The scanner is disconnected. It will be reconnected automatically.</source>
        <translation>Сканер ажыратылды. Касса автоматты түрде қайта қосылады.</translation>
    </message>
    <message>
        <source>The self-check failed at step &apos;{step}&apos;: {reason}</source>
        <translation>Өзін-өзі тексеру «{step}» қадамында өтпеді: {reason}</translation>
    </message>
    <message>
        <source>The shift has been open for more than 24 hours. Close the shift (Z report) to go on selling.</source>
        <translation>Ауысым 24 сағаттан артық ашық. Ауысымды жабыңыз (Z-есеп), содан кейін сатуды жалғастырыңыз.</translation>
    </message>
    <message>
        <source>The store in {data_dir} belongs to {company}: the self-check runs only in an empty or demo store.</source>
        <translation>{data_dir} ішіндегі дерекқор {company} компаниясына тиесілі: өзін-өзі тексеру тек бос немесе демо дерекқормен жұмыс істейді.</translation>
    </message>
    <message>
        <source>The terminal has not said whether the payment of {amount} went through. The sale stays open; the register keeps asking the terminal (see the Terminal tab).</source>
        <translation>Терминал {amount} төлемінің өткенін хабарламады. Сату ашық қалады; касса терминалды сұрауды жалғастырады («Терминал» қойындысын қараңыз).</translation>
    </message>
    <message>
        <source>The terminal is busy with another operation: finish it on the terminal and try again.</source>
        <translation>Терминал басқа операциямен бос емес: оны терминалда аяқтап, қайталаңыз.</translation>
    </message>
    <message>
        <source>The terminal presents another certificate than at registration; nothing was sent to it. An administrator checks it in the device settings (Terminal).</source>
        <translation>Терминал тіркелгендегіден басқа сертификат көрсетті; оған ештеңе жіберілмеді. Әкімші оны құрылғы баптауларында (Терминал) тексереді.</translation>
    </message>
    <message>
        <source>The trade point still has registers: move them to another trade point first.</source>
        <translation>Сауда нүктесінде әлі ККМ бар: алдымен оларды басқа сауда нүктесіне ауыстырыңыз.</translation>
    </message>
    <message>
        <source>There is no line {index} in the basket.</source>
        <translation>Себетте {index} позициясы жоқ.</translation>
    </message>
    <message>
        <source>There is no open shift.</source>
        <translation>Ашық ауысым жоқ.</translation>
    </message>
    <message>
        <source>There is no printer: send the receipt to the buyer&apos;s e-mail or save it as PDF.</source>
        <translation>Принтер жоқ: чекті сатып алушының e-mail-іне жіберіңіз немесе PDF-ке сақтаңыз.</translation>
    </message>
    <message>
        <source>This PC has not synced with the cloud yet.</source>
        <translation>Бұл компьютер бұлтпен әлі синхрондалмады.</translation>
    </message>
    <message>
        <source>This account is blocked.</source>
        <translation>Тіркелгі бұғатталған.</translation>
    </message>
    <message>
        <source>This barcode is already in the file.</source>
        <translation>Мұндай штрихкод файлда бұрыннан бар.</translation>
    </message>
    <message>
        <source>This code is already in the file.</source>
        <translation>Мұндай код файлда бұрыннан бар.</translation>
    </message>
    <message>
        <source>This device connection is not available on this computer.</source>
        <translation>Бұл компьютерде құрылғыны қосу тәсілі қолжетімсіз.</translation>
    </message>
    <message>
        <source>This function is not implemented yet: {feature}</source>
        <translation>Бұл функция әлі іске асырылмаған: {feature}</translation>
    </message>
    <message>
        <source>This is not a 1C (CommerceML) export.</source>
        <translation>Бұл 1С (CommerceML) экспорты емес.</translation>
    </message>
    <message>
        <source>This is too much for the cloud to take at once: choose a smaller file or fewer rows and try again.</source>
        <translation>Бұлт мұншаны бір рет қабылдамайды: кішірек файлды немесе азырақ жолды таңдап, қайталаңыз.</translation>
    </message>
    <message>
        <source>This operation is not possible.</source>
        <translation>Операция мүмкін емес.</translation>
    </message>
    <message>
        <source>This pack (serial {serial}) is already in the receipt.</source>
        <translation>Бұл қорап (сериялық нөмірі {serial}) чекте бар.</translation>
    </message>
    <message>
        <source>This payment is on a fiscal receipt ({number}): pay it back with a return of that receipt.</source>
        <translation>Бұл төлем фискалдық чекте ({number}): оны сол чекті қайтару арқылы қайтарыңыз.</translation>
    </message>
    <message>
        <source>This record is still in use in the cloud and cannot be deleted.</source>
        <translation>Бұл жазба бұлтта әлі қолданылады, оны жоюға болмайды.</translation>
    </message>
    <message>
        <source>This record was changed in the cloud after you opened it: {fields}. Reopen it and edit again.</source>
        <translation>Бұл жазбаны сіз ашқаннан кейін бұлтта өзгертті: {fields}. Оны қайта ашып, қайта өзгертіңіз.</translation>
    </message>
    <message>
        <source>This register is already open in another Alsep Desktop window or on another computer: work there, or close the program there first.</source>
        <translation>Бұл БКМ Alsep Desktop-тың басқа терезесінде немесе басқа компьютерде ашық: сонда жұмыс істеңіз немесе алдымен бағдарламаны сонда жабыңыз.</translation>
    </message>
    <message>
        <source>This register is not bound to a cloud.</source>
        <translation>Бұл БКМ бұлтқа байланыстырылмаған.</translation>
    </message>
    <message>
        <source>This register is used by another device. Unbind it in the Registers tab.</source>
        <translation>Бұл БКМ басқа құрылғыда қолданылады. «БКМ» қойындысында құрылғыны ажыратыңыз.</translation>
    </message>
    <message>
        <source>This terminal cancels payments only on the same day until {until}; make a return instead.</source>
        <translation>Бұл терминал төлемдерді тек сол күні {until} дейін болдырмайды; қайтаруды рәсімдеңіз.</translation>
    </message>
    <message>
        <source>This terminal operation waits for neither a receipt nor a refund.</source>
        <translation>Бұл терминал операциясы чекті де, қайтаруды да күтпейді.</translation>
    </message>
    <message>
        <source>This value of «{field}» is already used in the cloud: {value}.</source>
        <translation>«{field}» өрісінің мұндай мәні бұлтта бар: {value}.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again after {until}.</source>
        <translation>Сәтсіз әрекеттер тым көп. {until} кейін қайталаңыз.</translation>
    </message>
    <message>
        <source>Unexpected error. Try again; if it persists, contact support.</source>
        <translation>Күтпеген қате. Әрекетті қайталаңыз; көмектеспесе — қолдау қызметіне хабарласыңыз.</translation>
    </message>
    <message>
        <source>Unknown VAT rate.</source>
        <translation>ҚҚС мөлшерлемесі белгісіз.</translation>
    </message>
    <message>
        <source>Unknown VAT rate: {reason}</source>
        <translation>ҚҚС мөлшерлемесі белгісіз: {reason}</translation>
    </message>
    <message>
        <source>Unknown printer model. Choose a profile in the settings.</source>
        <translation>Принтер моделі белгісіз. Баптауларда профильді таңдаңыз.</translation>
    </message>
    <message>
        <source>Unknown unit of measure.</source>
        <translation>Өлшем бірлігі белгісіз.</translation>
    </message>
    <message>
        <source>With a cloud this is done in the cloud: {what}.</source>
        <translation>Бұлтпен жұмыс істегенде бұл бұлтта жасалады: {what}.</translation>
    </message>
    <message>
        <source>Wrong administrator login or password; tries left: {tries_left}.</source>
        <translation>Әкімшінің логині немесе құпиясөзі қате; қалған әрекет саны: {tries_left}.</translation>
    </message>
    <message>
        <source>Wrong administrator login, password or PIN; tries left: {tries_left}.</source>
        <translation>Әкімшінің логині, құпиясөзі немесе PIN-коды қате; қалған әрекет саны: {tries_left}.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Логин немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>Wrong number of fields in the row.</source>
        <translation>Жолдағы өрістер саны қате.</translation>
    </message>
    <message>
        <source>You stopped waiting for the payment of {amount}. The sale stays open and the register keeps asking the terminal: a late approval appears in the pending list of the Terminal tab.</source>
        <translation>Сіз {amount} төлемін күтуді тоқтаттыңыз. Сату ашық қалады, касса терминалды сұрауды жалғастырады: кеш мақұлдау «Терминал» қойындысындағы «Салыстыруды күтуде» тізімінде шығады.</translation>
    </message>
    <message>
        <source>{quantity} × {price} rounds to 0.00: a line must cost at least 0.01.</source>
        <translation>{quantity} × {price} 0,00-ге дейін дөңгелектенеді: позиция құны кемінде 0,01 ₸ болуы керек.</translation>
    </message>
    <message>
        <source>{refunded} of this payment was already refunded: refund the rest instead of issuing a receipt.</source>
        <translation>Бұл төлемнен {refunded} қайтарылған: чек берудің орнына қалғанын қайтарыңыз.</translation>
    </message>
    <message>
        <source>«ФИСКАЛИЗАЦИЯ» is on: take card payments with the sale, not on the terminal alone.</source>
        <translation>«ФИСКАЛИЗАЦИЯ» қосулы: карта төлемін тек терминалда емес, сатумен бірге қабылдаңыз.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Address in Kazakh</source>
        <translation>Қазақша мекенжайы</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сома</translation>
    </message>
    <message>
        <source>BIK</source>
        <translation>БСК</translation>
    </message>
    <message>
        <source>BIN/IIN</source>
        <translation>БСН/ЖСН</translation>
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
        <translation>Бұғатталған</translation>
    </message>
    <message>
        <source>Buyer&apos;s IIN/BIN</source>
        <translation>Сатып алушының ЖСН/БСН</translation>
    </message>
    <message>
        <source>Card commission rate</source>
        <translation>Карта бойынша комиссия мөлшерлемесі</translation>
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
        <translation>Компанияның БСН/ЖСН</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Қосылу</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Жеңілдік</translation>
    </message>
    <message>
        <source>Discount on the receipt</source>
        <translation>Чекке жеңілдік</translation>
    </message>
    <message>
        <source>Discount or markup</source>
        <translation>Жеңілдік немесе үстеме</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Шифрлау</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>Group code</source>
        <translation>Топ коды</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Keyboard scanner</source>
        <translation>USB сканер</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Ендік</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Заңды мекенжайы</translation>
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
        <translation>Бойлық</translation>
    </message>
    <message>
        <source>Marked goods</source>
        <translation>Таңбаланған тауар</translation>
    </message>
    <message>
        <source>Marking code</source>
        <translation>Таңбалау коды</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>Үстеме</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Үлгісі</translation>
    </message>
    <message>
        <source>NTIN</source>
        <translation>NTIN (ҰТК коды)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>OFD system id</source>
        <translation>ФДО жүйелік идентификаторы</translation>
    </message>
    <message>
        <source>OFD token</source>
        <translation>ФДО токені</translation>
    </message>
    <message>
        <source>OKED code</source>
        <translation>ЭҚЖЖ коды</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Қағаз ені</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Payment kind</source>
        <translation>Төлем тәсілі</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Пайыз</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
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
        <translation>Порт немесе жол</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Принтер мекенжайы</translation>
    </message>
    <message>
        <source>Printer model</source>
        <translation>Принтер үлгісі</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Тауарлар</translation>
    </message>
    <message>
        <source>QR commission rate</source>
        <translation>QR бойынша комиссия мөлшерлемесі</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Чек нөмірі</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>БКМ</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP сервері</translation>
    </message>
    <message>
        <source>Scan suffix</source>
        <translation>Код соңы</translation>
    </message>
    <message>
        <source>Scanner port</source>
        <translation>Сканер порты</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Сериялық нөмірі</translation>
    </message>
    <message>
        <source>Shift closing time</source>
        <translation>Ауысымның жабылу уақыты</translation>
    </message>
    <message>
        <source>Shift number</source>
        <translation>Ауысым нөмірі</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Жылдамдық</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <source>Trade point</source>
        <translation>Сауда нүктесі</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <source>VAT certificate</source>
        <translation>ҚҚС куәлігі</translation>
    </message>
    <message>
        <source>VAT certificate series</source>
        <translation>ҚҚС куәлігінің сериясы</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>ҚҚС мөлшерлемесі</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>The label of a field the table does not know (never the raw key).</extracomment>
        <translation>Мән</translation>
    </message>
    <message>
        <source>Year of manufacture</source>
        <translation>Шығарылған жылы</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Файл атауы:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Файл түрі:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Қалта:</translation>
    </message>
</context>
<context>
    <name>ImportIssues</name>
    <message>
        <source>&apos;{value}&apos; is not an amount</source>
        <translation>«{value}» сома емес</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes/no (use 1 or 0)</source>
        <translation>«{value}» «иә/жоқ» емес (1 немесе 0 көрсетіңіз)</translation>
    </message>
    <message>
        <source>a line is longer than {limit} characters; this is not a catalog CSV</source>
        <translation>жол {limit} таңбадан ұзын; бұл каталогтың CSV файлы емес</translation>
    </message>
    <message>
        <source>a price is required</source>
        <translation>баға міндетті</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>өріс міндетті</translation>
    </message>
    <message>
        <source>article &apos;{value}&apos; is also on row {first_row}; this product gets the code &apos;{new_code}&apos;</source>
        <translation>«{value}» артикулы {first_row}-жолда да бар; бұл тауарға «{new_code}» коды беріледі</translation>
    </message>
    <message>
        <source>barcode &apos;{value}&apos; cannot be read (1 to 14 digits expected); the product is imported without it</source>
        <translation>«{value}» штрихкоды оқылмады (1-ден 14-ке дейін цифр қажет); тауар онсыз импортталады</translation>
    </message>
    <message>
        <source>barcode &apos;{value}&apos; was turned into a number by Excel and lost its digits; format the column as Text and save again</source>
        <translation>Excel «{value}» штрихкодын санға айналдырып, цифрларын жоғалтты; бағанға «Мәтіндік» пішімін беріп, файлды қайта сақтаңыз</translation>
    </message>
    <message>
        <source>barcode {value} is also on row {first_row}</source>
        <translation>{value} штрихкоды {first_row}-жолда да бар</translation>
    </message>
    <message>
        <source>broken CSV ({detail}); check the quotes</source>
        <extracomment>the header may have unknown columns (ignored), but not more than this many in all</extracomment>
        <translation>CSV бүлінген ({detail}); тырнақшаларды тексеріңіз</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>{file} оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>code &apos;{value}&apos; is also on row {first_row}</source>
        <translation>«{value}» коды {first_row}-жолда да бар</translation>
    </message>
    <message>
        <source>column &apos;{value}&apos; appears twice</source>
        <translation>«{value}» бағаны екі рет кездеседі</translation>
    </message>
    <message>
        <source>column &apos;{value}&apos; is not known and is ignored</source>
        <translation>«{value}» бағаны белгісіз, өткізіп жіберілді</translation>
    </message>
    <message>
        <source>contains a control character (tab or line break)</source>
        <translation>басқару таңбасы бар (табуляция немесе жол ауыстыру)</translation>
    </message>
    <message>
        <source>file {file} does not exist</source>
        <translation>{file} файлы жоқ</translation>
    </message>
    <message>
        <source>group {value} is not in Классификатор</source>
        <translation>{value} тобы Классификаторда жоқ</translation>
    </message>
    <message>
        <source>import.xml has no products (Каталог/Товары/Товар)</source>
        <translation>import.xml ішінде тауарлар жоқ (Каталог/Товары/Товар)</translation>
    </message>
    <message>
        <source>is {length} characters long (at most {limit})</source>
        <translation>ұзындығы {length} таңба ({limit} таңбадан аспауы керек)</translation>
    </message>
    <message>
        <source>line breaks and repeated spaces in «{value}» were replaced by single spaces</source>
        <translation>«{value}» ішіндегі жол ауыстырулар мен қайталанған бос орындар жалғыз бос орынға ауыстырылды</translation>
    </message>
    <message>
        <source>missing column(s): {value} (found: {found})</source>
        <translation>бағандар жоқ: {value} (табылғандары: {found})</translation>
    </message>
    <message>
        <source>more than {limit} errors: the file is refused without reading further</source>
        <translation>қателер {limit}-ден көп: файл әрі қарай оқылмай қабылданбады</translation>
    </message>
    <message>
        <source>more than {limit} warnings; only the first {limit} are listed</source>
        <extracomment>Warnings kept per import; the rest are only counted (``ImportReport.warnings_dropped``).</extracomment>
        <translation>ескертулер {limit}-ден көп; тек алғашқы {limit} көрсетілген</translation>
    </message>
    <message>
        <source>no permission to read {file}</source>
        <translation>{file} оқуға рұқсат жоқ</translation>
    </message>
    <message>
        <source>none of the {count} products of {file} has an offer in {offers}: the offers come from another export; export the goods and the prices together from 1C</source>
        <translation>{file} файлындағы тауарлардың ешқайсысына (барлығы {count}) {offers} ішінде ұсыныс жоқ: ұсыныстар басқа жүктеуден алынған; тауарлар мен бағаларды 1С-тен бірге жүктеңіз</translation>
    </message>
    <message>
        <source>offer {product} has no product in import.xml</source>
        <translation>{product} ұсынысына import.xml ішінде тауар жоқ</translation>
    </message>
    <message>
        <source>price is in {value}, not KZT</source>
        <translation>баға теңгемен (KZT) емес, {value} валютасында</translation>
    </message>
    <message>
        <source>price type «{value}» is in {currency}, not tenge; prices are not converted (price types in tenge: {allowed})</source>
        <translation>«{value}» баға түрі теңгемен емес, {currency} валютасында; бағалар қайта есептелмейді (теңгедегі баға түрлері: {allowed})</translation>
    </message>
    <message>
        <source>price type «{value}» is not in offers.xml (available: {allowed})</source>
        <translation>offers.xml ішінде «{value}» баға түрі жоқ (барлары: {allowed})</translation>
    </message>
    <message>
        <source>price type «{value}» is not in offers.xml (no ТипыЦен)</source>
        <translation>offers.xml ішінде «{value}» баға түрі жоқ (ТипыЦен бөлімі жоқ)</translation>
    </message>
    <message>
        <source>price {value} is negative</source>
        <translation>{value} бағасы теріс</translation>
    </message>
    <message>
        <source>product {product} has no offer in offers.xml; it is not imported</source>
        <translation>{product} тауарының offers.xml ішінде ұсынысы жоқ; ол импортталмайды</translation>
    </message>
    <message>
        <source>product {product} has no price of the type «{price_type}»; it is not imported</source>
        <translation>{product} тауарының «{price_type}» түріндегі бағасы жоқ; ол импортталмайды</translation>
    </message>
    <message>
        <source>the file has a header but no products</source>
        <translation>файлда тақырып бар, бірақ тауарлар жоқ</translation>
    </message>
    <message>
        <source>the file has no product to import ({count} read, every one skipped: see the warnings); the catalog is left as it is</source>
        <translation>файлда импортталатын тауар жоқ (оқылды: {count}, бәрі өткізіліп жіберілді — ескертулерді қараңыз); каталог өзгеріссіз қалды</translation>
    </message>
    <message>
        <source>the file is empty (no header line)</source>
        <translation>файл бос (тақырып жолы жоқ)</translation>
    </message>
    <message>
        <source>the file is not text (a binary byte at position {position}); save the catalog as CSV</source>
        <translation>файл мәтіндік емес ({position} позициясында екілік байт); каталогты CSV форматында сақтаңыз</translation>
    </message>
    <message>
        <source>the file is not text in any known encoding; save the catalog as «CSV UTF-8»</source>
        <extracomment>encodings that hold every Kazakh letter (the others turn them into &apos;?&apos;)</extracomment>
        <translation>файл белгілі кодтаулардың ешқайсысында мәтін ретінде оқылмайды; каталогты «CSV UTF-8» ретінде сақтаңыз</translation>
    </message>
    <message>
        <source>the folder {file} has no 1C import file (import.xml, import0_1.xml)</source>
        <translation>{file} қалтасында 1С шығару файлы жоқ (import.xml, import0_1.xml)</translation>
    </message>
    <message>
        <source>the header has {count} columns (at most {limit}); this is not a catalog CSV</source>
        <translation>тақырыптағы бағандар саны: {count} ({limit}-ден аспауы керек); бұл каталогтың CSV файлы емес</translation>
    </message>
    <message>
        <source>the product&apos;s barcode {value} is already on {other}; {variant} is sold by code or name</source>
        <translation>{value} штрихкоды {other} тауарында бар; {variant} код немесе атау бойынша сатылады</translation>
    </message>
    <message>
        <source>this line cannot be read as {encoding}; save the file as «CSV UTF-8»</source>
        <translation>бұл жолды {encoding} кодтауында оқу мүмкін емес; файлды «CSV UTF-8» ретінде сақтаңыз</translation>
    </message>
    <message>
        <source>unit &apos;{value}&apos; is not known; sold by the piece</source>
        <translation>«{value}» өлшем бірлігі белгісіз; тауар данамен сатылады</translation>
    </message>
    <message>
        <source>unknown encoding «{encoding}»</source>
        <translation>белгісіз кодтау «{encoding}»</translation>
    </message>
    <message>
        <source>unknown unit &apos;{value}&apos; (use an ОКЕИ code such as 796 or 166)</source>
        <translation>«{value}» өлшем бірлігі белгісіз (ОКЕИ кодын көрсетіңіз, мысалы 796 немесе 166)</translation>
    </message>
    <message numerus="yes">
        <source>{count} more barcode(s) ({value}) are not imported: a product keeps one barcode, {barcode}</source>
        <translation>
            <numerusform>тағы {count} штрихкод ({value}) импортталмады: тауарда бір штрихкод қалады, {barcode}</numerusform>
            <numerusform>тағы {count} штрихкод ({value}) импортталмады: тауарда бір штрихкод қалады, {barcode}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} name(s) have &apos;?&apos; inside a word (first on row {first_row}): {encoding} has no Kazakh letters; save the file as «CSV UTF-8»</source>
        <translation>
            <numerusform>{count} атауда сөз ішінде «?» бар (алғашқысы {first_row}-жолда): {encoding} кодтауында қазақ әріптері жоқ; файлды «CSV UTF-8» ретінде сақтаңыз</numerusform>
            <numerusform>{count} атауда сөз ішінде «?» бар (алғашқысы {first_row}-жолда): {encoding} кодтауында қазақ әріптері жоқ; файлды «CSV UTF-8» ретінде сақтаңыз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} product(s) have no VAT rate in the file; used «{value}»</source>
        <translation>
            <numerusform>файлда {count} тауардың ҚҚС мөлшерлемесі жоқ; «{value}» мөлшерлемесі қолданылды</numerusform>
            <numerusform>файлда {count} тауардың ҚҚС мөлшерлемесі жоқ; «{value}» мөлшерлемесі қолданылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} values instead of {expected}</source>
        <translation>
            <numerusform>{expected} мәннің орнына {count} мән</numerusform>
            <numerusform>{expected} мәннің орнына {count} мән</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} values instead of {expected}; a comma inside a name must be in double quotes</source>
        <translation>
            <numerusform>{expected} мәннің орнына {count} мән; атаудың ішіндегі үтір қос тырнақшада болуы керек</numerusform>
            <numerusform>{expected} мәннің орнына {count} мән; атаудың ішіндегі үтір қос тырнақшада болуы керек</numerusform>
        </translation>
    </message>
    <message>
        <source>{expected} is not next to {file}: 1C writes the prices there; export the offers too, or choose the offers file</source>
        <translation>{file} жанында {expected} жоқ: 1С бағаларды сонда жазады; ұсыныстарды да шығарыңыз немесе ұсыныстар файлын таңдаңыз</translation>
    </message>
    <message>
        <source>{file} has no catalog (Каталог); export the goods from 1C, not only the classifier</source>
        <translation>{file} ішінде каталог (Каталог) жоқ; 1С-тен тек классификаторды емес, тауарларды да шығарыңыз</translation>
    </message>
    <message>
        <source>{file} holds only changes; export the full catalog from 1C (clear «Выгружать только изменения»)</source>
        <translation>{file} тек өзгерістерді қамтиды; 1С-тен бүкіл каталогты шығарыңыз («Выгружать только изменения» белгісін алып тастаңыз)</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file</source>
        <translation>{file} — файл емес, қалта</translation>
    </message>
    <message>
        <source>{file} is not a CommerceML file (root &lt;{root}&gt;)</source>
        <translation>{file} CommerceML файлы емес (түбір элементі &lt;{root}&gt;)</translation>
    </message>
    <message>
        <source>{file} is not well-formed XML at line {position}, column {column}</source>
        <translation>{file}: XML қатесі, {position}-жол, {column}-баған</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Administrator&apos;s login</source>
        <translation>Әкімші логині</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Бағдарламаны жабу</translation>
    </message>
    <message>
        <source>Go back to work</source>
        <translation>Жұмысқа оралу</translation>
    </message>
    <message>
        <source>Leave the register</source>
        <translation>Кассадан шығу</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Құпиясөз немесе PIN-код</translation>
    </message>
    <message>
        <source>This register runs as a kiosk. To close the program, an administrator enters their login and their password or PIN.</source>
        <translation>Касса киоск режимінде жұмыс істейді. Бағдарламаны жабу үшін әкімші өз логинін және құпиясөзін немесе PIN-кодын енгізеді.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Admin</source>
        <translation>Әкімшілік</translation>
    </message>
    <message>
        <source>Alsep Desktop — online cash register</source>
        <translation>Alsep Desktop — онлайн бақылау-касса машинасы</translation>
    </message>
    <message>
        <source>Barcode, code or name field</source>
        <translation>Штрихкод, код немесе атау өрісі</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>PIN-кодты өзгерту</translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>PIN-кодты өзгерту…</translation>
    </message>
    <message>
        <source>Close the shift (Z report)</source>
        <translation>Ауысымды жабу (Z-есеп)</translation>
    </message>
    <message>
        <source>Devices…</source>
        <translation>Жабдықтар…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Жылдам пернелер</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Құлыптау</translation>
    </message>
    <message>
        <source>Lock the register</source>
        <translation>Кассаны құлыптау</translation>
    </message>
    <message>
        <source>Offline data</source>
        <translation>Автономды деректер</translation>
    </message>
    <message>
        <source>Print the last receipt</source>
        <translation>Соңғы чекті басып шығару</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Чектер</translation>
    </message>
    <message>
        <source>Receipts of the shift</source>
        <translation>Ауысым чектері</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Касса</translation>
    </message>
    <message>
        <source>Reports and shift</source>
        <translation>Есептер және ауысым</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>Returns tab</source>
        <translation>«Қайтару» қойындысы</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Сату</translation>
    </message>
    <message>
        <source>Sale tab</source>
        <translation>«Сату» қойындысы</translation>
    </message>
    <message>
        <source>Scan with the camera (marked goods)</source>
        <translation>Камерамен сканерлеу (таңбаланған тауар)</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>АБК тесті</translation>
    </message>
    <message>
        <source>Switch cashier</source>
        <translation>Кассирді ауыстыру</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <source>This help</source>
        <extracomment>set by the kiosk start (ui/start_screen.py): the guard that holds the window full-screen</extracomment>
        <translation>Осы анықтама</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-есеп</translation>
    </message>
    <message>
        <source>Your new PIN is saved.</source>
        <translation>Жаңа PIN-кодыңыз сақталды.</translation>
    </message>
</context>
<context>
    <name>MarkingPriceDialog</name>
    <message>
        <source>Add to receipt</source>
        <translation>Чекке қосу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>GTIN %1, serial %2</source>
        <translation>GTIN %1, сериялық нөмір %2</translation>
    </message>
    <message>
        <source>Marked product</source>
        <translation>Таңбаланған тауар</translation>
    </message>
    <message>
        <source>Marked product %1</source>
        <translation>Таңбаланған тауар %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>This product is not in the catalog. Enter its price.</source>
        <translation>Бұл тауар базада жоқ. Бағасын енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>MirrorDialog</name>
    <message>
        <source>%1 of %2 changes</source>
        <translation>%2 өзгерістің %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Loading the register&apos;s data from the cloud</source>
        <translation>ККМ деректерін бұлттан жүктеу</translation>
    </message>
    <message>
        <source>Products, bundles, users and the register&apos;s settings are copied to this PC. Selling works from this copy, also without Internet.</source>
        <translation>Тауарлар, тауар пакеттері, пайдаланушылар және ККМ баптаулары осы компьютерге көшіріледі. Сауда осы көшірме бойынша, Интернетсіз де жүреді.</translation>
    </message>
    <message>
        <source>Stopping after the current page…</source>
        <translation>Ағымдағы беттен кейін тоқтату…</translation>
    </message>
</context>
<context>
    <name>OfdDocuments</name>
    <message>
        <source>Cash deposit</source>
        <translation>Қолма-қол ақша енгізу</translation>
    </message>
    <message>
        <source>Cash withdrawal</source>
        <translation>Қолма-қол ақша алу</translation>
    </message>
    <message>
        <source>Purchase receipt</source>
        <translation>Сатып алу чегі</translation>
    </message>
    <message>
        <source>Purchase return</source>
        <translation>Сатып алуды қайтару</translation>
    </message>
    <message>
        <source>REJECTED by the OFD, result %1</source>
        <translation>ФДО ҚАБЫЛДАМАДЫ, код %1</translation>
    </message>
    <message>
        <source>Sale receipt</source>
        <translation>Сату чегі</translation>
    </message>
    <message>
        <source>Sale return</source>
        <translation>Сатуды қайтару</translation>
    </message>
    <message>
        <source>The OFD answered: result %1 (%2): «%3».</source>
        <translation>ФДО жауабы: код %1 (%2): «%3».</translation>
    </message>
    <message>
        <source>The OFD answered: result %1: «%3».</source>
        <translation>ФДО жауабы: код %1: «%3».</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-есеп</translation>
    </message>
    <message>
        <source>Z report (close shift)</source>
        <translation>Z-есеп (ауысымды жабу)</translation>
    </message>
    <message>
        <source>accepted by the OFD</source>
        <translation>ФДО қабылдады</translation>
    </message>
    <message>
        <source>handled %1</source>
        <translation>өңделді %1</translation>
    </message>
    <message>
        <source>not sent to the OFD</source>
        <translation>ФДО-ға жіберілмеді</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>дербес режим</translation>
    </message>
    <message>
        <source>sent, waiting for the OFD&apos;s answer</source>
        <translation>жіберілді, ФДО жауабы күтілуде</translation>
    </message>
    <message>
        <source>waiting for the OFD</source>
        <translation>ФДО-ға жіберуді күтуде</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>30 days</source>
        <translation>30 күн</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Апта</translation>
    </message>
    <message>
        <source>to</source>
        <translation>дейін</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>&apos;{value}&apos; has more than 2 decimal places</source>
        <translation>«{value}» мәнінде үтірден кейін екі таңбадан көп</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a payment kind (known: {allowed})</source>
        <translation>«{value}» — төлем тәсілі емес (белгілілері: {allowed})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a percent</source>
        <translation>«{value}» пайыз емес</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a percentage (e.g. 1.29)</source>
        <translation>«{value}» — пайыз емес (мысалы, 1.29)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a quantity (expected e.g. 1.250)</source>
        <translation>«{value}» саны емес (мысалы: 1.250)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount (expected e.g. 1234.50)</source>
        <translation>«{value}» сома емес (мысалы: 1234.50)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>«{value}» электрондық пошта мекенжайы емес</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not in decimal degrees (e.g. 43.238949)</source>
        <extracomment>Kazakhstan&apos;s bounding box, in millionths of a degree (docs/decisions/0402-registration-data.md).</extracomment>
        <translation>«{value}» ондық бөлшек түріндегі градус емес (мысалы: 43.238949)</translation>
    </message>
    <message>
        <source>AI (91) key and AI (92) signature come together</source>
        <translation>AI (91) кілті мен AI (92) қолтаңбасы тек бірге беріледі</translation>
    </message>
    <message>
        <source>AI ({ai}) appears twice</source>
        <translation>AI ({ai}) екі рет кездеседі</translation>
    </message>
    <message>
        <source>AI ({ai}) is empty</source>
        <translation>AI ({ai}) бос</translation>
    </message>
    <message>
        <source>AI ({ai}) is longer than {limit} characters and has no GS after it</source>
        <translation>AI ({ai}) {limit} таңбадан ұзын және одан кейін GS бөлгіші жоқ</translation>
    </message>
    <message>
        <source>AI ({ai}) needs {length} characters</source>
        <translation>AI ({ai}) үшін {length} таңба қажет</translation>
    </message>
    <message>
        <source>BIK {value} is not a Kazakh bank&apos;s: characters 5 and 6 must be KZ</source>
        <translation>{value} БСК — қазақстандық банктікі емес: 5-ші және 6-шы таңбалар KZ болуы керек</translation>
    </message>
    <message>
        <source>GTIN must be 14 digits, got &apos;{value}&apos;</source>
        <extracomment>Fixed-length AIs we expect in marking codes: AI → value length. Variable-length AIs: AI → maximum length. Lengths seen in practice, tried in this order when the GS after a field is missing.</extracomment>
        <translation>GTIN 14 цифрдан тұруы керек, берілгені: «{value}»</translation>
    </message>
    <message>
        <source>GTIN {value} has a wrong check digit (expected {expected})</source>
        <translation>{value} GTIN-інің бақылау цифры қате ({expected} күтілген)</translation>
    </message>
    <message>
        <source>IBAN {value} fails its mod-97 check</source>
        <translation>{value} IBAN бақылау цифрларын тексеруден (mod-97) өтпейді</translation>
    </message>
    <message>
        <source>IIN/BIN {value} fails its check digit</source>
        <translation>{value} ЖСН/БСН-інің бақылау цифры қате</translation>
    </message>
    <message>
        <source>a BIK (SWIFT/BIC) has 8 or 11 letters and digits</source>
        <translation>БСК (SWIFT/BIC) 8 немесе 11 әріп пен цифрдан тұрады</translation>
    </message>
    <message>
        <source>a Kazakhstan IBAN has 20 characters, this one has {count}</source>
        <translation>қазақстандық IBAN-да 20 таңба, ал мұнда {count}</translation>
    </message>
    <message>
        <source>a Kazakhstan IBAN is KZ, 2 check digits and 16 characters</source>
        <translation>Қазақстандық IBAN: KZ, 2 бақылау цифры және тағы 16 таңба</translation>
    </message>
    <message>
        <source>a Kazakhstan IBAN starts with KZ</source>
        <translation>қазақстандық IBAN KZ әріптерінен басталады</translation>
    </message>
    <message>
        <source>a PIN is 4 to 8 digits</source>
        <translation>PIN-код 4-тен 8-ге дейін цифрдан тұрады</translation>
    </message>
    <message>
        <source>a TCP port is between 1 and 65535</source>
        <translation>TCP порты 1-ден 65535-ке дейінгі сан</translation>
    </message>
    <message>
        <source>a VAT payer must print the VAT certificate series and number</source>
        <translation>ҚҚС төлеушісі ҚҚС куәлігінің сериясы мен нөмірін басып шығаруы керек</translation>
    </message>
    <message>
        <source>a VAT payer needs the certificate series and number</source>
        <translation>ҚҚС төлеушісіне куәліктің сериясы мен нөмірі қажет</translation>
    </message>
    <message>
        <source>a Z report needs the shift closing time</source>
        <translation>Z-есеп үшін ауысымның жабылу уақыты қажет</translation>
    </message>
    <message>
        <source>a bundle needs at least one product</source>
        <translation>жиынтықта кемінде бір тауар болуы керек</translation>
    </message>
    <message>
        <source>a cash deposit is at most {limit}</source>
        <translation>қолма-қол ақша салу — {limit} артық емес</translation>
    </message>
    <message>
        <source>a cash move must be greater than zero</source>
        <translation>қолма-қол ақшаны енгізу не алу сомасы нөлден үлкен болуы керек</translation>
    </message>
    <message>
        <source>a cash withdrawal is at most {limit}</source>
        <translation>қолма-қол ақша алу — {limit} артық емес</translation>
    </message>
    <message>
        <source>a float cannot be a percent</source>
        <translation>пайыз өзгермелі нүктелі сан бола алмайды</translation>
    </message>
    <message>
        <source>a float cannot be a quantity</source>
        <translation>саны өзгермелі нүктелі сан бола алмайды</translation>
    </message>
    <message>
        <source>a float cannot be an amount of money</source>
        <translation>сома өзгермелі нүктелі сан бола алмайды</translation>
    </message>
    <message>
        <source>a marking code starts with (01) GTIN</source>
        <translation>таңбалау коды (01) GTIN-нен басталады</translation>
    </message>
    <message>
        <source>a naive datetime; give an aware one (Asia/Almaty)</source>
        <translation>уақыт белдеуі жоқ уақыт; уақыт белдеуімен көрсетіңіз (Asia/Almaty)</translation>
    </message>
    <message>
        <source>a number issued by the OFD (digits only)</source>
        <translation>ФДО берген нөмір (тек цифрлар)</translation>
    </message>
    <message>
        <source>a rate from 0 to {limit} %</source>
        <extracomment>basis points: 1 % = 100</extracomment>
        <translation>мөлшерлеме 0-ден {limit} %-ға дейін</translation>
    </message>
    <message>
        <source>a serial number holds Latin letters, digits, &apos;-&apos; and &apos;/&apos; (at most 64)</source>
        <translation>сериялық нөмір латын әріптерінен, цифрлардан, «-» және «/» таңбаларынан тұрады (64-тен аспайды)</translation>
    </message>
    <message>
        <source>a time as HH:MM, got {value}</source>
        <translation>уақыт СС:ММ түрінде, ал көрсетілгені {value}</translation>
    </message>
    <message>
        <source>an IBAN holds Latin letters and digits only, not &apos;{char}&apos;</source>
        <extracomment>Cyrillic letters that look like Latin ones: a bank detail typed with the Russian layout on (the seed&apos;s own screenshots show «КZ42…», «КСЗКХХ») is read as the Latin letters meant.</extracomment>
        <translation>IBAN-да тек латын әріптері мен цифрлар болады, «{char}» емес</translation>
    </message>
    <message>
        <source>an IIN/BIN has exactly 12 digits</source>
        <translation>ЖСН/БСН дәл 12 цифрдан тұрады</translation>
    </message>
    <message>
        <source>an NTIN has 13 or 14 digits, got &apos;{value}&apos;</source>
        <translation>NTIN 13 немесе 14 цифрдан тұрады, берілгені: «{value}»</translation>
    </message>
    <message>
        <source>an OKED code has 5 digits</source>
        <translation>ЭҚЖЖ коды 5 цифрдан тұрады</translation>
    </message>
    <message>
        <source>at least {limit} characters</source>
        <translation>кемінде {limit} таңба</translation>
    </message>
    <message>
        <source>at most 255 characters</source>
        <translation>255 таңбадан аспауы керек</translation>
    </message>
    <message>
        <source>at most 512 characters</source>
        <translation>512 таңбадан аспауы керек</translation>
    </message>
    <message>
        <source>at most 64 characters</source>
        <translation>64 таңбадан аспауы керек</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>{limit} таңбадан аспайды</translation>
    </message>
    <message>
        <source>at most {limit} days</source>
        <translation>{limit} күннен аспауы керек</translation>
    </message>
    <message>
        <source>at most {limit} for a total of {total} (the change is at most {change})</source>
        <extracomment>what a register gives back as change at most by default: ten 20 000 ₸ notes the largest single cash deposit or withdrawal by default</extracomment>
        <translation>чек сомасы {total} болғанда {limit} артық емес (қайтарым — {change} артық емес)</translation>
    </message>
    <message>
        <source>barcode &apos;{value}&apos; must be 1 to 14 digits</source>
        <translation>«{value}» штрихкоды 1–14 цифрдан тұруы керек</translation>
    </message>
    <message>
        <source>contains characters that are not allowed here</source>
        <translation>мұнда рұқсат етілмеген таңбалар бар</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>басқару таңбаларына рұқсат етілмейді</translation>
    </message>
    <message>
        <source>discount is larger than the line amount {limit}</source>
        <translation>жеңілдік позиция сомасынан ({limit}) үлкен</translation>
    </message>
    <message>
        <source>discount {value} is larger than the subtotal {limit}</source>
        <translation>{value} жеңілдігі чек сомасынан ({limit}) үлкен</translation>
    </message>
    <message>
        <source>empty or too short</source>
        <translation>бос немесе тым қысқа</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither</source>
        <translation>ендікті де, бойлықты да көрсетіңіз — немесе екеуін де бос қалдырыңыз</translation>
    </message>
    <message>
        <source>key gap 5–500 ms, minimum length 1–64</source>
        <translation>пернелер арасындағы үзіліс 5–500 мс, ең аз ұзындық 1–64</translation>
    </message>
    <message>
        <source>latitude {value} is outside Kazakhstan (40.5 to 55.5)</source>
        <translation>{value} ендігі Қазақстан аумағынан тыс (40.5-тен 55.5-ке дейін болуы керек)</translation>
    </message>
    <message>
        <source>longitude {value} is outside Kazakhstan (46.5 to 87.5)</source>
        <translation>{value} бойлығы Қазақстан аумағынан тыс (46.5-тен 87.5-ке дейін болуы керек)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>мән нөлден үлкен болуы керек</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>мән оң болуы керек</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>мән теріс болмауы керек</translation>
    </message>
    <message>
        <source>negative price {value}</source>
        <translation>баға теріс: {value}</translation>
    </message>
    <message>
        <source>no crypto part: (91)+(92) or (93) is required</source>
        <translation>криптобөлік жоқ: (91)+(92) немесе (93) қажет</translation>
    </message>
    <message>
        <source>not accepted by the cloud</source>
        <translation>бұлт бұл өрісті қабылдамайды</translation>
    </message>
    <message>
        <source>not one of the allowed values</source>
        <translation>рұқсат етілген мәндердің бірі емес</translation>
    </message>
    <message>
        <source>not one of the company&apos;s</source>
        <translation>компанияға тиесілі емес</translation>
    </message>
    <message>
        <source>one of {allowed}</source>
        <translation>мына мәндердің бірі: {allowed}</translation>
    </message>
    <message>
        <source>outside the allowed range</source>
        <translation>рұқсат етілген ауқымнан тыс</translation>
    </message>
    <message>
        <source>paper width must be 58 or 80 mm, got {value}</source>
        <translation>қағаз ені 58 немесе 80 мм болуы керек, көрсетілгені: {value}</translation>
    </message>
    <message>
        <source>price {value} is too large</source>
        <translation>{value} бағасы тым үлкен</translation>
    </message>
    <message>
        <source>product {product} belongs to another register</source>
        <translation>{product} тауары басқа БКМ-ге тиесілі</translation>
    </message>
    <message>
        <source>product {product} is not in this register</source>
        <translation>{product} тауары бұл БКМ-де жоқ</translation>
    </message>
    <message>
        <source>profile {profile} is not for {width} mm paper</source>
        <translation>{profile} профилі {width} мм қағазға арналмаған</translation>
    </message>
    <message>
        <source>required</source>
        <extracomment>the cloud&apos;s record names (``what`` of its conflicts) → the keys of the window&apos;s sentences the cloud&apos;s field names → the desktop&apos;s field keys (labels in ``ui/i18n/fields.py``) pydantic&apos;s error types (the cloud&apos;s 422) → the desktop&apos;s own reasons (context ``Reasons``)
----------
called in the same unit of work when a register&apos;s OFD data or token change (the OFD session restarts with the new token, an &quot;Invalid token&quot; block is lifted)
----------
the seed&apos;s own sentence (9.1) and its way out (9.5), kept verbatim for the Russian window the application starts (on_bound) or stops (on_unbound) its sync engine this PC was unbound while running: the window says so until it is bound again</extracomment>
        <translation>міндетті өріс</translation>
    </message>
    <message>
        <source>terminal {serial} serves no register; choose its register in the terminal registry</source>
        <extracomment>cancel() → True stops an export between rows; progress(done, total) fetch(period) → the company&apos;s operations from the cloud (``services/terminal/reports_cloud.py``)</extracomment>
        <translation>{serial} терминалы БКМ-ге байланыстырылмаған; терминалдар тізілімінде оның БКМ-ін таңдаңыз</translation>
    </message>
    <message>
        <source>the BIN/IIN of a company cannot change</source>
        <translation>Компанияның БСН/ЖСН өзгертуге болмайды</translation>
    </message>
    <message>
        <source>the SMTP server is empty</source>
        <extracomment>Keys that ``services/printing.py`` reads: the printer as :class:`PrinterConfig` fields (&quot;&quot; when working without a printer) and SMTP as :class:`SmtpConfig` fields. SMTP lives only there; the printer mirror is rewritten from ``devices.printer`` on every save.</extracomment>
        <translation>SMTP сервері көрсетілмеген</translation>
    </message>
    <message>
        <source>the bundle name is empty</source>
        <translation>жиынтық атауы көрсетілмеген</translation>
    </message>
    <message>
        <source>the cloud did not accept the value</source>
        <extracomment>the reason of a cloud refusal that is not one of the app&apos;s (the same text as ``sync/admin_remote``)</extracomment>
        <translation>бұлт мәнді қабылдамады</translation>
    </message>
    <message>
        <source>the company name is empty</source>
        <translation>компания атауы көрсетілмеген</translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation>кезеңнің соңы басынан ерте</translation>
    </message>
    <message>
        <source>the integration name is empty or not in Latin letters</source>
        <translation>интеграция атауы бос немесе латынша емес</translation>
    </message>
    <message>
        <source>the line has no name</source>
        <extracomment>A receipt&apos;s total (and each payment): 10 trillion tenge. With the line limit this keeps every amount the store writes (line, markup, receipt total, payment, change) far inside the signed 64-bit columns (9.2 × 10^18 tiyn), and a shift&apos;s counters too (issue 13).</extracomment>
        <translation>позицияның атауы жоқ</translation>
    </message>
    <message>
        <source>the marking code is empty</source>
        <translation>таңбалау коды бос</translation>
    </message>
    <message>
        <source>the port or path is empty</source>
        <translation>порт немесе жол көрсетілмеген</translation>
    </message>
    <message>
        <source>the printer&apos;s address is empty</source>
        <translation>принтер мекенжайы көрсетілмеген</translation>
    </message>
    <message>
        <source>the product code is empty</source>
        <translation>тауар коды көрсетілмеген</translation>
    </message>
    <message>
        <source>the product name is empty</source>
        <translation>тауар атауы көрсетілмеген</translation>
    </message>
    <message>
        <source>the receipt has no line {position}</source>
        <translation>чекте {position} позициясы жоқ</translation>
    </message>
    <message>
        <source>the receipt has no lines to adjust</source>
        <translation>чекте жеңілдік не үстеме қолданатын позиция жоқ</translation>
    </message>
    <message>
        <source>the register name is empty</source>
        <extracomment>the register this PC works on is held by this process (decision 0011)</extracomment>
        <translation>БКМ атауы көрсетілмеген</translation>
    </message>
    <message>
        <source>the scanner port is empty</source>
        <translation>сканер порты көрсетілмеген</translation>
    </message>
    <message>
        <source>the serial has characters outside printable ASCII</source>
        <translation>сериялық нөмірде жарамсыз таңбалар бар (басылатын ASCII емес)</translation>
    </message>
    <message>
        <source>the serial number (21) is missing</source>
        <translation>сериялық нөмір (21) жоқ</translation>
    </message>
    <message>
        <source>the terminal&apos;s address is empty: its IP address or its *.kaspipos.kz name</source>
        <translation>терминал мекенжайы бос: оның IP-мекенжайын немесе *.kaspipos.kz атауын көрсетіңіз</translation>
    </message>
    <message>
        <source>the trade point name is empty</source>
        <translation>сауда нүктесінің атауы көрсетілмеген</translation>
    </message>
    <message>
        <source>this PC knows no company yet: bind it to a register of the cloud first</source>
        <extracomment>a record as the cloud&apos;s REST API answers it</extracomment>
        <translation>бұл компьютер компанияны әлі білмейді: алдымен оны бұлттағы ККМ-ға байланыстырыңыз</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>тым ұзын</translation>
    </message>
    <message>
        <source>unknown VAT rate &apos;{value}&apos; (allowed: {allowed})</source>
        <extracomment>The standard rate in force: 16 % since 1 January 2026 (Tax Code of the RK, 2025).</extracomment>
        <translation>ҚҚС мөлшерлемесі «{value}» белгісіз (рұқсат етілгендер: {allowed})</translation>
    </message>
    <message>
        <source>unknown application identifier &apos;{value}&apos; at position {position}</source>
        <translation>{position} орнында белгісіз қолдану идентификаторы «{value}»</translation>
    </message>
    <message>
        <source>unknown printer kind {value}</source>
        <translation>принтер түрі белгісіз: {value}</translation>
    </message>
    <message>
        <source>you cannot block your own account</source>
        <translation>өз тіркелгіңізді бұғаттай алмайсыз</translation>
    </message>
    <message>
        <source>{value} % is outside 0–100 %</source>
        <translation>{value} % 0–100 % аралығынан тыс</translation>
    </message>
    <message>
        <source>{value} % is over 100 %</source>
        <translation>{value} % 100 %-дан асады</translation>
    </message>
    <message>
        <source>{value} has more than 2 decimal places</source>
        <translation>{value} санында үтірден кейін екі таңбадан көп</translation>
    </message>
    <message>
        <source>{value} has more than 3 decimal places</source>
        <translation>{value} санында үтірден кейін үш таңбадан көп</translation>
    </message>
    <message>
        <source>{value} is neither an IP address nor a name under kaspipos.kz</source>
        <translation>{value} — IP-мекенжай да, kaspipos.kz ішіндегі атау да емес</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} сан емес</translation>
    </message>
    <message>
        <source>{value} is not a plausible year</source>
        <translation>{value} — шындыққа ұқсамайтын жыл</translation>
    </message>
    <message>
        <source>{value} is too large</source>
        <translation>{value} тым көп</translation>
    </message>
</context>
<context>
    <name>RegistrationCheck</name>
    <message>
        <source>%1: here «%2», at the OFD «%3»</source>
        <translation>%1: кассада «%2», ФДО-да «%3»</translation>
    </message>
    <message>
        <source>BIN/IIN</source>
        <translation>БСН/ЖСН</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Ұйымның атауы</translation>
    </message>
    <message>
        <source>OFD id</source>
        <translation>ФДО идентификаторы</translation>
    </message>
    <message>
        <source>Registration data differ</source>
        <translation>Тіркеу деректері сәйкес келмейді</translation>
    </message>
    <message>
        <source>Registration number (RNM)</source>
        <translation>Тіркеу нөмірі (ТНМ)</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Зауыттық нөмір</translation>
    </message>
    <message>
        <source>The OFD confirms the register&apos;s data.</source>
        <translation>ФДО касса деректерін растайды.</translation>
    </message>
    <message>
        <source>The OFD data could not be checked now; the register will check again at the next start.</source>
        <translation>ФДО-дағы деректерді қазір тексеру мүмкін болмады; касса оларды келесі іске қосқанда қайта тексереді.</translation>
    </message>
    <message>
        <source>The OFD holds other data for this register. Check them in the admin tab (Registers → Update data) and with the OFD:</source>
        <translation>ФДО-да бұл кассаның басқа деректері жазылған. Оларды «Әкімші» қойындысында (БКМ → «Деректерді жаңарту») және ФДО-да тексеріңіз:</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Alsep Desktop could not start</source>
        <translation>Alsep Desktop іске қосылмады</translation>
    </message>
    <message>
        <source>Alsep Desktop is starting</source>
        <translation>Alsep Desktop іске қосылуда</translation>
    </message>
    <message>
        <source>Cancel the start</source>
        <translation>Іске қосуды тоқтату</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Opening the store and updating its tables…</source>
        <translation>Дерекқорды ашып, кестелерін жаңартудамыз…</translation>
    </message>
    <message>
        <source>Preparing the demo company and its local OFD…</source>
        <translation>Демо-компания мен оның жергілікті ОФД-сын дайындаудамыз…</translation>
    </message>
    <message>
        <source>Starting the devices and the window…</source>
        <translation>Құрылғылар мен касса терезесін іске қосудамыз…</translation>
    </message>
    <message>
        <source>Starting the sending of receipts to the OFD…</source>
        <translation>Чектерді ОФД-ға жіберуді іске қосудамыз…</translation>
    </message>
    <message>
        <source>Stopping after this step…</source>
        <translation>Осы қадамнан кейін тоқтаймыз…</translation>
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
        <translation>Қолма-қол</translation>
    </message>
    <message>
        <source>Mobile payment</source>
        <translation>Мобильді төлем</translation>
    </message>
    <message>
        <source>Non-cash</source>
        <extracomment>«Безнал»: a fiscal receipt marked non-cash without our terminal; a card-type tender (decision 0108)</extracomment>
        <translation>Қолма-қолсыз</translation>
    </message>
</context>
<context>
    <name>TerminalAllow</name>
    <message>
        <source>On the terminal %1, press «Разрешить» for the integration «%2».</source>
        <translation>%1 терминалында «%2» интеграциясы үшін «Разрешить» басыңыз.</translation>
    </message>
    <message>
        <source>Register the card terminal</source>
        <translation>Төлем терминалын тіркеу</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Күтуді тоқтату</translation>
    </message>
</context>
<context>
    <name>TerminalCertificate</name>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Presented now:</source>
        <translation>Қазір көрсетілгені:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Тіркеу кезінде:</translation>
    </message>
    <message>
        <source>The terminal presents a different certificate than at registration. Nothing was sent to it. If the terminal was replaced or renewed, an administrator compares the new fingerprint with the one the terminal shows and trusts it; otherwise someone may be impersonating the terminal.</source>
        <translation>Терминал тіркелгендегіден басқа сертификат көрсетті. Оған ештеңе жіберілмеді. Терминал ауыстырылса не жаңартылса, әкімші жаңа таңбаны терминал көрсеткенмен салыстырып, оған сенім білдіреді; әйтпесе біреу терминал болып жасырынуы мүмкін.</translation>
    </message>
    <message>
        <source>The terminal&apos;s certificate changed</source>
        <translation>Терминал сертификаты өзгерді</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>Жаңа сертификатқа сену</translation>
    </message>
</context>
<context>
    <name>TerminalLateSale</name>
    <message>
        <source>%1; its lines leave the current basket (the same customer added more).</source>
        <translation>%1; оның позициялары ағымдағы себеттен алынады (сол сатып алушы тауар қосты).</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Кейінірек шешу</translation>
    </message>
    <message>
        <source>Issue the receipt anyway</source>
        <translation>Бәрібір чек беру</translation>
    </message>
    <message>
        <source>Late card approval</source>
        <translation>Кешігіп мақұлданған карта төлемі</translation>
    </message>
    <message>
        <source>Refund %1 to the card</source>
        <translation>%1 картаға қайтару</translation>
    </message>
    <message>
        <source>The basket as paid</source>
        <translation>Төлем кезіндегі себет</translation>
    </message>
    <message>
        <source>The basket as paid; keep the current one</source>
        <translation>Төлем кезіндегі себет; ағымдағысын қалдыру</translation>
    </message>
    <message>
        <source>The card payment of %1 was approved late, and the basket changed after it. Which goods does its receipt hold?</source>
        <translation>%1 карта төлемі кешігіп мақұлданды, ал себет одан кейін өзгерді. Чекке қандай тауарлар енеді?</translation>
    </message>
    <message>
        <source>The current basket</source>
        <translation>Ағымдағы себет</translation>
    </message>
    <message>
        <source>The current basket is another customer&apos;s: it stays as it is.</source>
        <translation>Ағымдағы себет басқа сатып алушыныкі: ол өзгеріссіз қалады.</translation>
    </message>
    <message>
        <source>The goods of this card payment (%1) were sold on receipt №%2 after it. If that was the same customer, refund the card payment; issue a second receipt only if these were other goods.</source>
        <translation>Осы карта төлемінің тауарлары (%1) одан кейін №%2 чекпен сатылды. Егер бұл сол сатып алушы болса, төлемді картаға қайтарыңыз; екінші чекті тек басқа тауарлар болса ғана беріңіз.</translation>
    </message>
    <message>
        <source>— totals %1, not %2: it cannot be this payment&apos;s receipt.</source>
        <translation>— %2 емес, %1 сомасына: ол осы төлемнің чегі бола алмайды.</translation>
    </message>
</context>
<context>
    <name>TerminalPage</name>
    <message>
        <source>1 ₸ was paid and refunded: the terminal works.</source>
        <translation>1 ₸ төленіп, қайтарылды: терминал жұмыс істейді.</translation>
    </message>
    <message>
        <source>192.168.1.20 or name.kaspipos.kz</source>
        <translation>192.168.1.20 немесе атау.kaspipos.kz</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Asking the terminal…</source>
        <translation>Терминалға сұрау…</translation>
    </message>
    <message>
        <source>By IP address the terminal&apos;s certificate is remembered at registration and checked on every call; by a *.kaspipos.kz name it is verified like a web site&apos;s.</source>
        <translation>IP-мекенжай бойынша терминал сертификаты тіркеу кезінде есте сақталып, әр сұрауда тексеріледі; *.kaspipos.kz атауы бойынша ол веб-сайттікі сияқты тексеріледі.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Integration name</source>
        <translation>Интеграция атауы</translation>
    </message>
    <message>
        <source>Kaspi POS (local network)</source>
        <translation>Kaspi POS (жергілікті желі)</translation>
    </message>
    <message>
        <source>No card terminal</source>
        <translation>Төлем терминалынсыз</translation>
    </message>
    <message>
        <source>Pay 1 ₸ on the terminal; it is refunded at once…</source>
        <translation>Терминалда 1 ₸ төлеңіз; ол бірден қайтарылады…</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Register on the terminal</source>
        <translation>Терминалда тіркеу</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Тіркелуде…</translation>
    </message>
    <message>
        <source>Same-day cancel until (HH:MM)</source>
        <translation>Сол күні болдырмау (СС:ММ) дейін</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <source>Test payment of 1 ₸</source>
        <translation>1 ₸ сынақ төлемі</translation>
    </message>
    <message>
        <source>The new certificate is trusted.</source>
        <translation>Жаңа сертификатқа сенім білдірілді.</translation>
    </message>
    <message>
        <source>The register is allowed on the terminal.</source>
        <translation>Кассаға терминалда рұқсат берілді.</translation>
    </message>
    <message>
        <source>The terminal answers: terminal %1, serial number %2.</source>
        <translation>Терминал жауап береді: терминал %1, сериялық нөмір %2.</translation>
    </message>
    <message>
        <source>Update keys</source>
        <translation>Кілттерді жаңарту</translation>
    </message>
    <message>
        <source>empty: refunds at any time (Kaspi)</source>
        <translation>бос: қайтару кез келген уақытта (Kaspi)</translation>
    </message>
    <message>
        <source>«ФИСКАЛИЗАЦИЯ»: a card payment and its fiscal receipt are one operation</source>
        <translation>«ФИСКАЛИЗАЦИЯ»: картамен төлем және фискалдық чек — бір операция</translation>
    </message>
</context>
<context>
    <name>TerminalScreen</name>
    <message>
        <source>A card payment of %1 was approved after the wait was stopped: issue its receipt or refund it in the Terminal tab.</source>
        <translation>%1 карта төлемі күту тоқтатылғаннан кейін мақұлданды: «Терминал» қойындысында оның чегін беріңіз немесе қайтарыңыз.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Checked on the terminal</source>
        <translation>Терминалда тексерілді</translation>
    </message>
    <message>
        <source>Issue the receipt</source>
        <translation>Чек беру</translation>
    </message>
    <message>
        <source>Issue the receipt («Безнал»)</source>
        <translation>Чек беру («Безнал»)</translation>
    </message>
    <message>
        <source>Kaspi QR</source>
        <translation>Kaspi QR</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Тәсіл</translation>
    </message>
    <message>
        <source>No card terminal is set up (Register → Devices → Terminal).</source>
        <translation>Төлем терминалы бапталмаған (Касса → Құрылғылар → Терминал).</translation>
    </message>
    <message>
        <source>Only an approved payment gets a receipt.</source>
        <translation>Чек тек мақұлданған төлемге беріледі.</translation>
    </message>
    <message>
        <source>Paid %1 on the terminal; the receipt is not issued yet.</source>
        <translation>Терминалда %1 төленді; чек әлі берілмеген.</translation>
    </message>
    <message>
        <source>Pay on the terminal</source>
        <translation>Терминалда төлеу</translation>
    </message>
    <message>
        <source>Payment on the terminal only («ФИСКАЛИЗАЦИЯ» off)</source>
        <extracomment>the sale screen (set by the main window): a late approval completes its basket (2011)</extracomment>
        <translation>Тек терминалда төлеу («ФИСКАЛИЗАЦИЯ» өшірулі)</translation>
    </message>
    <message>
        <source>Pending reconciliation</source>
        <translation>Салыстыруды күтуде</translation>
    </message>
    <message>
        <source>RRN / order</source>
        <translation>RRN / тапсырыс</translation>
    </message>
    <message>
        <source>RRN or order number</source>
        <translation>RRN немесе тапсырыс нөмірі</translation>
    </message>
    <message>
        <source>Receipt №%1 issued: %2.</source>
        <translation>№%1 чек берілді: %2.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>Refund by RRN or QR order number</source>
        <translation>RRN немесе QR тапсырыс нөмірі бойынша қайтару</translation>
    </message>
    <message>
        <source>Refund to the card</source>
        <translation>Картаға қайтару</translation>
    </message>
    <message>
        <source>Refunded %1 to the card.</source>
        <translation>Картаға %1 қайтарылды.</translation>
    </message>
    <message>
        <source>Select a line first.</source>
        <translation>Алдымен жолды таңдаңыз.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сома</translation>
    </message>
    <message>
        <source>Terminal payments without a fiscal receipt</source>
        <translation>Фискалдық чегі жоқ терминал төлемдері</translation>
    </message>
    <message>
        <source>The payment of %1 was not approved: no money was taken.</source>
        <translation>%1 төлемі мақұлданбады: ақша алынбады.</translation>
    </message>
    <message>
        <source>The register does not know this operation&apos;s RRN: look it up in the terminal&apos;s «История» and refund it by RRN below.</source>
        <translation>Касса бұл операцияның RRN-ін білмейді: оны терминалдың «История» бөлімінен тауып, төменде RRN бойынша қайтарыңыз.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <source>Update keys</source>
        <translation>Кілттерді жаңарту</translation>
    </message>
    <message>
        <source>approved late: issue the receipt or refund</source>
        <translation>кеш мақұлданды: чек беріңіз немесе қайтарыңыз</translation>
    </message>
    <message>
        <source>approved, no receipt: issue the receipt or refund</source>
        <translation>мақұлданды, чек жоқ: чек беріңіз немесе қайтарыңыз</translation>
    </message>
    <message>
        <source>earlier shift: %1</source>
        <translation>өткен ауысым: %1</translation>
    </message>
    <message>
        <source>no receipt yet</source>
        <translation>чек әлі жоқ</translation>
    </message>
    <message>
        <source>no receipt; %1 refunded</source>
        <translation>чек жоқ; %1 қайтарылды</translation>
    </message>
    <message>
        <source>not approved: no money taken</source>
        <translation>мақұлданбады: ақша алынбады</translation>
    </message>
    <message>
        <source>not known: check the terminal&apos;s «История»</source>
        <translation>белгісіз: терминалдың «История» бөлімін тексеріңіз</translation>
    </message>
    <message>
        <source>pairing lost: register the terminal again, then the register asks again</source>
        <translation>терминалмен байланыс үзілді: терминалды қайта тіркеңіз, сонда касса сұрауды жалғастырады</translation>
    </message>
    <message>
        <source>the register is still asking the terminal</source>
        <translation>касса терминалды әлі сұрап жатыр</translation>
    </message>
    <message>
        <source>«ФИСКАЛИЗАЦИЯ» is off: take payments here and issue their receipts with «Безнал» later.</source>
        <translation>«ФИСКАЛИЗАЦИЯ» өшірулі: төлемді осында қабылдап, «Безнал» чектерін кейін беріңіз.</translation>
    </message>
    <message>
        <source>«ФИСКАЛИЗАЦИЯ» is on: card payments are taken with the sale.</source>
        <translation>«ФИСКАЛИЗАЦИЯ» қосулы: карта төлемі сатумен бірге өтеді.</translation>
    </message>
</context>
<context>
    <name>TerminalStatement</name>
    <message>
        <source>About</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Card commission rate, %</source>
        <translation>Карта бойынша комиссия мөлшерлемесі, %</translation>
    </message>
    <message>
        <source>Commission (estimate), ₸</source>
        <translation>Комиссия сомасы (бағалау), ₸</translation>
    </message>
    <message>
        <source>Credited to the account (estimate), ₸</source>
        <translation>Клиент шотына есептелді (бағалау), ₸</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Тәсілі</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Операциялар</translation>
    </message>
    <message>
        <source>POS_ID</source>
        <translation>POS_ID</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Төлем</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>QR</source>
        <translation>QR</translation>
    </message>
    <message>
        <source>QR commission rate, %</source>
        <translation>QR бойынша комиссия мөлшерлемесі, %</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>Statement</source>
        <extracomment>key → English label, marked for translation (context ``TerminalStatement``)</extracomment>
        <translation>Үзінді көшірме</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Терминалдар</translation>
    </message>
    <message>
        <source>The commission is an estimate from the rates above, not the bank&apos;s figure; the bank&apos;s own statement is the payment document.</source>
        <translation>Комиссия — жоғарыдағы мөлшерлемелер бойынша бағалау, банктің сомасы емес; төлем құжаты — банктің өз үзінді көшірмесі.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Transaction amount, ₸</source>
        <translation>Транзакциялар сомасы, ₸</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translation>Транзакция түрі</translation>
    </message>
    <message>
        <source>all terminals of the company (cloud)</source>
        <translation>компанияның барлық терминалдары (бұлт)</translation>
    </message>
    <message>
        <source>all terminals of this store</source>
        <translation>осы базаның барлық терминалдары</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>белгісіз</translation>
    </message>
</context>
<context>
    <name>TerminalWaiting</name>
    <message>
        <source>Card terminal</source>
        <translation>Төлем терминалы</translation>
    </message>
    <message>
        <source>Payment of %1: the customer pays on the terminal…</source>
        <translation>%1 төлемі: сатып алушы терминалда төлейді…</translation>
    </message>
    <message>
        <source>Refund of %1 to the card: waiting for the terminal…</source>
        <translation>%1 картаға қайтару: терминалды күту…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Күтуді тоқтату</translation>
    </message>
    <message>
        <source>Stopped waiting; the register keeps checking the terminal.</source>
        <translation>Күту тоқтатылды; касса терминалды сұрауды жалғастырады.</translation>
    </message>
    <message>
        <source>Stopping the wait does not cancel the payment on the terminal: the register keeps checking it, and a late approval appears in the pending list of the Terminal tab.</source>
        <translation>Күтуді тоқтату терминалдағы төлемді болдырмайды: касса оны тексеруді жалғастырады, ал кеш мақұлдау «Терминал» қойындысындағы «Салыстыруды күтуде» тізімінде шығады.</translation>
    </message>
</context>
</TS>
