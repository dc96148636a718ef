<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminCatalogIO</name>
    <message numerus="yes">
        <source>%n product(s) of this register are not in the file: the import removes them.</source>
        <translation>
            <numerusform>%n product of this register is not in the file: the import removes it.</numerusform>
            <numerusform>%n products of this register are not in the file: the import removes them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) to import</source>
        <translation>
            <numerusform>%n product to import</numerusform>
            <numerusform>%n products to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): those rows are fixed or skipped as listed.</source>
        <translation>
            <numerusform>%n warning: that row is fixed or skipped as listed.</numerusform>
            <numerusform>%n warnings: those rows are fixed or skipped as listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Catalog imported into the cloud: %n product(s) added or updated.</source>
        <translation>
            <numerusform>Catalog imported into the cloud: %n product added or updated.</numerusform>
            <numerusform>Catalog imported into the cloud: %n products added or updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Catalog replaced: %n product(s) imported.</source>
        <translation>
            <numerusform>Catalog replaced: %n product imported.</numerusform>
            <numerusform>Catalog replaced: %n products imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n product(s).</source>
        <translation>
            <numerusform>Exported %n product.</numerusform>
            <numerusform>Exported %n products.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n and import</source>
        <translation>
            <numerusform>Remove %n and import</numerusform>
            <numerusform>Remove %n and import</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminDashboard</name>
    <message numerus="yes">
        <source>Returns: %n receipt(s), %1</source>
        <translation>
            <numerusform>Returns: %n receipt, %1</numerusform>
            <numerusform>Returns: %n receipts, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sales: %n receipt(s), %1</source>
        <translation>
            <numerusform>Sales: %n receipt, %1</numerusform>
            <numerusform>Sales: %n receipts, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminSales</name>
    <message numerus="yes">
        <source>Exported %n line(s).</source>
        <translation>
            <numerusform>Exported %n line.</numerusform>
            <numerusform>Exported %n lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CashierStatus</name>
    <message numerus="yes">
        <source>%n document(s) REJECTED by the OFD: see «Offline data»</source>
        <translation>
            <numerusform>%n document REJECTED by the OFD: see «Offline data»</numerusform>
            <numerusform>%n documents REJECTED by the OFD: see «Offline data»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OFD: offline, %n document(s) waiting</source>
        <translation>
            <numerusform>OFD: offline, %n document waiting</numerusform>
            <numerusform>OFD: offline, %n documents waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloudState</name>
    <message numerus="yes">
        <source>%n document(s) waiting</source>
        <translation>
            <numerusform>%n document waiting</numerusform>
            <numerusform>%n documents waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cloud: synced %n min ago</source>
        <translation>
            <numerusform>Cloud: synced %n min ago</numerusform>
            <numerusform>Cloud: synced %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cloud: synced %n s ago</source>
        <translation>
            <numerusform>Cloud: synced %n s ago</numerusform>
            <numerusform>Cloud: synced %n s ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>The OFD rejected {count} document(s). Contact the administrator.</source>
        <translation>
            <numerusform>The OFD rejected {count} document. Contact the administrator.</numerusform>
            <numerusform>The OFD rejected {count} documents. Contact the administrator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file lacks {count} product(s) of the register: importing it would remove them. Nothing was changed.</source>
        <translation>
            <numerusform>The file lacks {count} product of the register: importing it would remove it. Nothing was changed.</numerusform>
            <numerusform>The file lacks {count} products of the register: importing it would remove them. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file was not imported: {count} error(s) found. The catalog is unchanged.</source>
        <translation>
            <numerusform>The file was not imported: {count} error found. The catalog is unchanged.</numerusform>
            <numerusform>The file was not imported: {count} errors found. The catalog is unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last sync with the cloud was {count} minute(s) ago.</source>
        <translation>
            <numerusform>The last sync with the cloud was {count} minute ago.</numerusform>
            <numerusform>The last sync with the cloud was {count} minutes ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The register has been offline for more than 72 hours. Connect to the internet to upload {count} document(s).</source>
        <translation>
            <numerusform>The register has been offline for more than 72 hours. Connect to the internet to upload {count} document.</numerusform>
            <numerusform>The register has been offline for more than 72 hours. Connect to the internet to upload {count} documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportIssues</name>
    <message numerus="yes">
        <source>{count} more barcode(s) ({value}) are not imported: a product keeps one barcode, {barcode}</source>
        <translation>
            <numerusform>{count} more barcode ({value}) is not imported: a product keeps one barcode, {barcode}</numerusform>
            <numerusform>{count} more barcodes ({value}) are not imported: a product keeps one barcode, {barcode}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} name(s) have &apos;?&apos; inside a word (first on row {first_row}): {encoding} has no Kazakh letters; save the file as «CSV UTF-8»</source>
        <translation>
            <numerusform>{count} name has &apos;?&apos; inside a word (first on row {first_row}): {encoding} has no Kazakh letters; save the file as «CSV UTF-8»</numerusform>
            <numerusform>{count} names have &apos;?&apos; inside a word (first on row {first_row}): {encoding} has no Kazakh letters; save the file as «CSV UTF-8»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} product(s) have no VAT rate in the file; used «{value}»</source>
        <translation>
            <numerusform>{count} product has no VAT rate in the file; used «{value}»</numerusform>
            <numerusform>{count} products have no VAT rate in the file; used «{value}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} values instead of {expected}</source>
        <translation>
            <numerusform>{count} value instead of {expected}</numerusform>
            <numerusform>{count} values instead of {expected}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} values instead of {expected}; a comma inside a name must be in double quotes</source>
        <translation>
            <numerusform>{count} value instead of {expected}; a comma inside a name must be in double quotes</numerusform>
            <numerusform>{count} values instead of {expected}; a comma inside a name must be in double quotes</numerusform>
        </translation>
    </message>
</context>
</TS>
