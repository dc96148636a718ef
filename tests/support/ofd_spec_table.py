"""OFD 2.0.3 message table, transcribed by hand from ``/work/shared/spec/ofd-protocol.md`` §3.

Independent of ``src/alsep_desktop/fiscal/proto/ofd.proto`` and of ``ofd_pb2`` (neither was
read): it exists to catch mistakes in them. Messages are keyed by their dotted spec name
(``TicketRequest.Item.Commodity``); :func:`resolve` also accepts an unambiguous short name
(``Commodity``). Each field is ``F(name, kind, label, child)`` where ``child`` is the message
name for ``kind == "message"``, the enum name for ``kind == "enum"`` and None otherwise.
"""

from __future__ import annotations

from typing import NamedTuple

from tests.support.wire import WT_LEN, WT_VARINT

U32, U64, BOOL, ENUM = "uint32", "uint64", "bool", "enum"
STR, BYTES, MSG = "string", "bytes", "message"
REQ, OPT, REP = "required", "optional", "repeated"

WIRE_TYPE_OF_KIND = {U32: WT_VARINT, U64: WT_VARINT, BOOL: WT_VARINT, ENUM: WT_VARINT,
                     STR: WT_LEN, BYTES: WT_LEN, MSG: WT_LEN}


class F(NamedTuple):
    """One spec field: name, kind (wire type via WIRE_TYPE_OF_KIND), label, child type."""

    name: str
    kind: str
    label: str
    child: str | None = None


def m(name: str, label: str, child: str) -> F:
    return F(name, MSG, label, child)


def e(name: str, label: str, enum: str) -> F:
    return F(name, ENUM, label, enum)


TR = "TicketRequest"
ITEM = "TicketRequest.Item"
ZX = "ZXReport"
SR = "ServiceRequest"
SOFT = "ServiceRequest.SoftwareInformation"
MOD_INFO = f"{SOFT}.ModuleInformation"
NR = "NomenclatureResponse"

SCHEMA: dict[str, dict[int, F]] = {
    # §3.1 common.proto
    "Date": {1: F("year", U32, REQ), 2: F("month", U32, REQ), 3: F("day", U32, REQ)},
    "Time": {1: F("hour", U32, REQ), 2: F("minute", U32, REQ), 3: F("second", U32, OPT)},
    "DateTime": {1: m("date", REQ, "Date"), 2: m("time", REQ, "Time")},
    "Money": {1: F("bills", U64, REQ), 2: F("coins", U32, REQ)},
    "Operator": {1: F("code", U32, REQ), 2: F("name", STR, OPT)},
    "TicketAdInfo": {1: e("type", REQ, "TicketAdTypeEnum"), 2: F("version", U64, REQ)},
    "TicketAd": {1: m("info", REQ, "TicketAdInfo"), 2: F("text", STR, REQ)},
    "KeyValuePair": {1: F("key", STR, REQ), 2: F("value", STR, OPT)},
    # §3.2 taxation.proto
    "BindedTaxation": {1: e("type", REQ, "TaxationTypeEnum"),
                       2: m("taxes", REP, "BindedTaxation.BindedTax")},
    "BindedTaxation.BindedTax": {1: e("type", REQ, "TaxTypeEnum"), 2: F("percent", U32, REQ)},
    # §3.3 message.proto
    "Result": {1: F("result_code", U32, REQ), 2: F("result_text", STR, OPT)},
    "Request": {
        1: e("command", REQ, "CommandTypeEnum"), 2: m("ticket", OPT, TR),
        3: m("close_shift", OPT, "CloseShiftRequest"), 4: m("report", OPT, "ReportRequest"),
        5: m("nomenclature", OPT, "NomenclatureRequest"), 6: m("service", OPT, SR),
        7: m("money_placement", OPT, "MoneyPlacementRequest"), 8: m("auth", OPT, "AuthRequest"),
        9: m("qr", OPT, "QRRequest"),
    },
    "Response": {
        1: e("command", REQ, "CommandTypeEnum"), 2: m("result", REQ, "Result"),
        3: m("ticket", OPT, "TicketResponse"), 4: m("report", OPT, "ReportResponse"),
        5: m("nomenclature", OPT, NR), 6: m("service", OPT, "ServiceResponse"),
        7: m("auth", OPT, "AuthResponse"), 8: m("qr", OPT, "QRResponse"),
    },
    # §3.4 ticket.proto
    f"{TR}.Tax": {1: F("tax_type", U32, REQ), 2: F("taxation_type", U32, OPT),
                  3: F("percent", U32, REQ), 4: m("sum", REQ, "Money"),
                  5: F("is_in_total_sum", BOOL, REQ)},
    f"{TR}.Modifier": {1: F("name", STR, OPT), 2: m("sum", REQ, "Money"),
                       3: m("taxes", REP, f"{TR}.Tax"), 4: m("auxiliary", REP, "KeyValuePair")},
    f"{ITEM}.Commodity": {
        1: F("code", U64, OPT), 2: F("name", STR, OPT), 3: F("section_code", STR, REQ),
        4: F("quantity", U64, REQ), 5: m("price", REQ, "Money"), 6: m("sum", REQ, "Money"),
        7: m("taxes", REP, f"{TR}.Tax"), 8: F("excise_stamp", STR, OPT),
        9: m("auxiliary", REP, "KeyValuePair"), 10: F("physical_label", STR, OPT),
        11: F("product_id", STR, OPT), 12: F("barcode", STR, OPT),
        13: F("measure_unit_code", STR, REQ), 14: F("list_excise_stamp", STR, REP),
        15: F("ntin", STR, OPT), 16: e("commodity_type", OPT, "CommodityTypeEnum"),
    },
    f"{ITEM}.StornoCommodity": {
        1: F("name", STR, OPT), 2: F("section_code", STR, REQ), 3: F("quantity", U64, REQ),
        4: m("price", REQ, "Money"), 5: m("sum", REQ, "Money"), 6: m("taxes", REP, f"{TR}.Tax"),
        7: F("excise_stamp", STR, OPT), 8: m("auxiliary", REP, "KeyValuePair"),
        9: F("physical_label", STR, OPT), 10: F("product_id", STR, OPT), 11: F("barcode", STR, OPT),
        12: F("measure_unit_code", STR, REQ), 13: F("list_excise_stamp", STR, REP),
        14: F("ntin", STR, OPT), 15: e("commodity_type", OPT, "CommodityTypeEnum"),
    },
    ITEM: {1: e("type", REQ, f"{ITEM}.ItemTypeEnum"), 2: m("commodity", OPT, f"{ITEM}.Commodity"),
           3: m("storno_commodity", OPT, f"{ITEM}.StornoCommodity"),
           4: m("markup", OPT, f"{TR}.Modifier"), 5: m("storno_markup", OPT, f"{TR}.Modifier"),
           6: m("discount", OPT, f"{TR}.Modifier"), 7: m("storno_discount", OPT, f"{TR}.Modifier")},
    f"{TR}.Domain": {1: e("type", OPT, "DomainTypeEnum"),
                     2: m("services", OPT, f"{TR}.Domain.Services"),
                     3: m("gasoil", OPT, f"{TR}.Domain.GasOil"),
                     4: m("taxi", OPT, f"{TR}.Domain.Taxi"),
                     5: m("parking", OPT, f"{TR}.Domain.Parking")},
    f"{TR}.Domain.Services": {1: F("account_number", STR, REQ)},
    f"{TR}.Domain.GasOil": {1: F("correction_number", STR, OPT), 2: m("correction_sum", OPT, "Money"),
                            3: F("card_number", STR, OPT)},
    f"{TR}.Domain.Taxi": {1: F("car_number", STR, REQ), 2: F("is_order", BOOL, REQ),
                          3: m("current_fee", REQ, "Money")},
    f"{TR}.Domain.Parking": {1: m("begin_time", REQ, "DateTime"), 2: m("end_time", REQ, "DateTime")},
    f"{TR}.ExtensionOptions": {1: F("customer_email", STR, OPT), 2: F("customer_phone", STR, OPT),
                               3: m("auxiliary", REP, "KeyValuePair"),
                               4: F("customer_iin_or_bin", STR, OPT)},
    f"{TR}.Payment": {1: e("type", REQ, "PaymentTypeEnum"), 2: m("sum", REQ, "Money"),
                      3: m("card_payment_fields", OPT, f"{TR}.Payment.CardPaymentFields"),
                      4: m("mobile_payment_fields", OPT, f"{TR}.Payment.MobilePaymentFields")},
    f"{TR}.Payment.CardPaymentFields": {
        1: F("pos_terminal_id", STR, OPT), 2: F("pos_card_type", STR, OPT),
        3: F("pos_autorization_code", U32, OPT), 4: F("pos_rrn", U64, OPT),
        5: F("pos_receipt_number", U32, OPT)},
    f"{TR}.Payment.MobilePaymentFields": {1: F("qr_type", STR, OPT), 2: F("qr_id", STR, OPT)},
    f"{TR}.Amounts": {1: m("total", REQ, "Money"), 2: m("taken", OPT, "Money"),
                      3: m("change", OPT, "Money"), 4: m("markup", OPT, f"{TR}.Modifier"),
                      5: m("discount", OPT, f"{TR}.Modifier")},
    f"{TR}.ParentTicket": {1: F("parent_ticket_number", STR, REQ),
                           2: m("parent_ticket_data_time", REQ, "DateTime"),
                           3: F("kgd_kkm_id", STR, REQ), 4: m("parent_ticket_total", REQ, "Money"),
                           5: F("parent_ticket_is_offline", BOOL, REQ)},
    TR: {
        1: e("operation", REQ, "OperationTypeEnum"), 2: m("date_time", REQ, "DateTime"),
        3: m("operator", REQ, "Operator"), 4: m("domain", OPT, f"{TR}.Domain"),
        5: m("items", REP, ITEM), 6: m("payments", REP, f"{TR}.Payment"),
        7: m("taxes", REP, f"{TR}.Tax"), 8: m("amounts", REQ, f"{TR}.Amounts"),
        9: m("extension_options", OPT, f"{TR}.ExtensionOptions"),
        10: F("offline_ticket_number", U32, OPT), 11: F("printed_document_number_old", STR, OPT),
        12: F("printed_ticket", STR, OPT), 13: m("ad_infos", REP, "TicketAdInfo"),
        14: F("fr_shift_number", U32, OPT), 15: F("shift_document_number", U32, OPT),
        16: F("printed_document_number", U64, OPT),
        17: m("parent_ticket", OPT, f"{TR}.ParentTicket"),
    },
    "TicketResponse": {1: F("ticket_number", STR, REQ), 2: F("qr_code", BYTES, OPT)},
    # §3.5 shift.proto, placement.proto, report.proto
    "CloseShiftRequest": {1: m("close_time", REQ, "DateTime"), 2: F("is_offline", BOOL, OPT),
                          3: F("fr_shift_number", U32, OPT), 4: F("withdraw_money", BOOL, OPT),
                          5: m("z_report", REQ, ZX), 6: m("operator", REQ, "Operator"),
                          7: F("printed_document_number", U64, OPT)},
    "MoneyPlacementRequest": {1: m("datetime", REQ, "DateTime"),
                              2: e("operation", REQ, "MoneyPlacementEnum"), 3: m("sum", REQ, "Money"),
                              4: F("is_offline", BOOL, OPT), 5: F("fr_shift_number", U32, OPT),
                              6: F("printed_document_number", U64, OPT),
                              7: m("operator", REQ, "Operator")},
    f"{ZX}.Operation": {1: e("operation", REQ, "OperationTypeEnum"), 2: F("count", U32, REQ),
                        3: m("sum", REQ, "Money")},
    f"{ZX}.Section": {1: F("section_code", STR, REQ), 2: m("operations", REP, f"{ZX}.Operation")},
    f"{ZX}.Tax": {1: F("tax_type", U32, REQ), 2: F("percent", U32, REQ),
                  3: m("operations", REP, f"{ZX}.Tax.TaxOperation")},
    f"{ZX}.Tax.TaxOperation": {1: e("operation", REQ, "OperationTypeEnum"),
                               2: m("turnover", REQ, "Money"), 3: m("sum", REQ, "Money"),
                               4: m("turnover_without_tax", REQ, "Money")},
    f"{ZX}.NonNullableSum": {1: e("operation", REQ, "OperationTypeEnum"), 2: m("sum", REQ, "Money")},
    f"{ZX}.TicketOperation": {
        1: e("operation", REQ, "OperationTypeEnum"), 2: F("tickets_total_count", U32, REQ),
        3: F("tickets_count", U32, REQ), 4: m("tickets_sum", REQ, "Money"),
        5: m("payments", REP, f"{ZX}.TicketOperation.Payment"), 6: F("offline_count", U32, REQ),
        7: m("discount_sum", REQ, "Money"), 8: m("markup_sum", REQ, "Money"),
        9: m("change_sum", REQ, "Money")},
    f"{ZX}.TicketOperation.Payment": {1: e("payment", REQ, "PaymentTypeEnum"),
                                      2: m("sum", REQ, "Money"), 3: F("count", U32, REQ)},
    f"{ZX}.MoneyPlacement": {1: e("operation", REQ, "MoneyPlacementEnum"),
                             2: F("operations_total_count", U32, REQ),
                             3: F("operations_count", U32, REQ), 4: m("operations_sum", REQ, "Money"),
                             5: F("offline_count", U32, REQ)},
    f"{ZX}.AnnulledTickets": {1: F("annulled_tickets_total_count", U32, REQ),
                              2: F("annulled_tickets_count", U32, REQ),
                              3: m("annulled_operations", REP, f"{ZX}.Operation")},
    f"{ZX}.Revenue": {1: m("sum", REQ, "Money"), 2: F("is_negative", BOOL, REQ)},
    ZX: {
        1: m("date_time", REQ, "DateTime"), 2: F("shift_number", U32, REQ),
        3: m("sections", REP, f"{ZX}.Section"), 4: m("operations", REP, f"{ZX}.Operation"),
        5: m("discounts", REP, f"{ZX}.Operation"), 6: m("markups", REP, f"{ZX}.Operation"),
        7: m("total_result", REP, f"{ZX}.Operation"), 8: m("taxes", REP, f"{ZX}.Tax"),
        9: m("start_shift_non_nullable_sums", REP, f"{ZX}.NonNullableSum"),
        10: m("ticket_operations", REP, f"{ZX}.TicketOperation"),
        11: m("money_placements", REP, f"{ZX}.MoneyPlacement"),
        12: m("annulled_tickets", OPT, f"{ZX}.AnnulledTickets"), 13: m("cash_sum", REQ, "Money"),
        14: m("revenue", REQ, f"{ZX}.Revenue"),
        15: m("non_nullable_sums", REP, f"{ZX}.NonNullableSum"),
        16: m("open_shift_time", REQ, "DateTime"), 17: m("close_shift_time", OPT, "DateTime"),
        18: F("checksum", STR, OPT),
    },
    "ReportRequest": {1: e("report", REQ, "ReportTypeEnum"), 2: m("date_time", REQ, "DateTime"),
                      3: F("is_offline", BOOL, OPT), 4: m("zx_report", REQ, ZX)},
    "ReportResponse": {1: e("report", REQ, "ReportTypeEnum"), 2: m("zx_report", REQ, ZX)},
    # §3.6 reginfo.proto, service.proto
    "KkmRegInfo": {1: F("point_of_payment_number", STR, OPT), 2: F("terminal_number", STR, OPT),
                   3: F("fns_kkm_id", STR, OPT), 4: F("serial_number", STR, OPT),
                   5: F("kkm_id", STR, OPT)},
    "PosRegInfo": {1: F("title", STR, REQ), 2: F("address", STR, REQ), 3: F("address_kz", STR, REQ),
                   4: F("latitude", U32, REQ), 5: F("longitude", U32, REQ)},
    "OrgRegInfo": {1: F("title", STR, REQ), 2: F("address", STR, REQ), 3: F("iin", STR, REQ),
                   5: F("oked", STR, REQ), 6: F("address_kz", STR, REQ)},
    "OfdRegInfo": {1: F("title", STR, REQ), 2: F("title_kz", STR, REQ), 3: F("url", STR, REQ)},
    f"{SR}.CommQuality": {1: F("avg_connect_time", U32, REQ), 2: F("avg_ping", U32, OPT),
                          3: F("loss_ratio", U32, OPT)},
    f"{SR}.SecurityStats": {1: m("geo_position", REQ, f"{SR}.SecurityStats.GeoPosition"),
                            2: F("os_version", STR, OPT)},
    f"{SR}.SecurityStats.GeoPosition": {1: F("latitude", U32, REQ), 2: F("longitude", U32, REQ),
                                        3: F("source", STR, REQ)},
    f"{SR}.OfflinePeriod": {1: m("begin_time", REQ, "DateTime"), 2: m("end_time", REQ, "DateTime")},
    f"{MOD_INFO}.DeviceInformation": {1: F("manufacturer", STR, OPT), 2: F("model", STR, OPT),
                                      3: F("firmware_version", STR, OPT)},
    MOD_INFO: {1: F("name", STR, REQ), 2: F("version", STR, REQ), 3: F("build_info", STR, OPT),
               4: m("device_info", OPT, f"{MOD_INFO}.DeviceInformation"),
               5: m("extended_info", REP, "KeyValuePair"), 6: F("build_arch", STR, OPT)},
    SOFT: {1: m("module_infos", REP, MOD_INFO), 2: F("hardware_arch", STR, OPT),
           3: F("os_family", STR, OPT), 4: F("os_version", STR, OPT),
           5: F("os_extended_info", STR, OPT), 6: F("runtime_version", STR, OPT),
           7: F("partner_id", U32, OPT)},
    f"{SR}.RegInfo": {1: m("kkm", REQ, "KkmRegInfo"), 2: m("org", REQ, "OrgRegInfo")},
    SR: {
        1: m("comm_quality", OPT, f"{SR}.CommQuality"), 2: F("software_info", BYTES, OPT),
        3: m("security_stats", OPT, f"{SR}.SecurityStats"),
        4: m("offline_period", OPT, f"{SR}.OfflinePeriod"),
        5: F("nomenclature_version", U32, OPT), 6: m("ticket_ad_infos", REP, "TicketAdInfo"),
        7: F("get_reg_info", BOOL, OPT), 8: F("get_binded_taxation", BOOL, OPT),
        9: F("marker", U64, OPT), 10: F("software_information_old", BYTES, OPT),
        11: m("software_information", OPT, SOFT), 12: m("reg_info", REQ, f"{SR}.RegInfo"),
        60: m("auxiliary", REP, "KeyValuePair"),
    },
    "ServiceResponse.RegInfo": {1: m("kkm", REQ, "KkmRegInfo"), 2: m("pos", OPT, "PosRegInfo"),
                                3: m("org", REQ, "OrgRegInfo"), 4: m("ofd", OPT, "OfdRegInfo")},
    "ServiceResponse.LastDocumentInfo": {1: F("fr_shift_number", U32, REQ),
                                         2: F("printed_document_number", U64, REQ)},
    "ServiceResponse": {1: m("ticket_ads", REP, "TicketAd"),
                        2: m("reg_info", REQ, "ServiceResponse.RegInfo"),
                        3: m("binded_taxation", OPT, "BindedTaxation"),
                        4: m("last_document_info", OPT, "ServiceResponse.LastDocumentInfo"),
                        30: m("auxiliary", REP, "KeyValuePair")},
    # §3.7 auth.proto, nomenclature.proto, qr.proto
    "AuthRequest": {1: F("login", STR, REQ), 2: F("password", STR, REQ)},
    "AuthResponse": {1: e("result", REQ, "AuthResponse.ResultTypeEnum"),
                     2: F("operator_code", U32, OPT), 3: F("operator_name", STR, OPT),
                     4: e("roles", REP, "UserRoleEnum")},
    "NomenclatureRequest": {1: F("current_version", U32, OPT), 2: F("barcode", STR, OPT)},
    f"{NR}.Tax": {1: e("taxation_type", REQ, "TaxationTypeEnum"), 2: e("tax_type", REQ, "TaxTypeEnum"),
                  3: F("tax_percent", U32, REQ)},
    f"{NR}.Item": {
        1: F("article", STR, OPT), 2: F("barcode", STR, OPT), 3: F("description", STR, OPT),
        6: m("purchase_price", OPT, "Money"), 7: m("sell_price", OPT, "Money"),
        8: F("discount_percent", U32, OPT), 9: m("discount_sum", OPT, "Money"),
        10: F("markup_percent", U32, OPT), 11: m("markup_sum", OPT, "Money"),
        12: m("taxes", REP, f"{NR}.Tax"), 13: F("measure_count", U32, OPT),
        14: F("measure_title", STR, OPT), 15: F("measure_fractional", BOOL, OPT),
        16: F("measure_unit_code", STR, OPT), 17: F("ntin", STR, OPT),
        18: F("is_markedeac", BOOL, OPT), 19: F("is_social", BOOL, OPT),
    },
    f"{NR}.Element": {1: e("type", REQ, f"{NR}.ElementTypeEnum"), 3: F("title", STR, REQ),
                      7: F("title_kk", STR, OPT), 4: F("parent_group_id", U64, OPT),
                      5: F("id", U64, REQ), 6: m("item", OPT, f"{NR}.Item")},
    NR: {1: F("version", U32, REQ), 2: m("created_time", OPT, "DateTime"),
         3: m("elements", REP, f"{NR}.Element"),
         4: e("result", REQ, f"{NR}.NomenclatureResultTypeEnum")},
    "QRRequest": {1: F("invoice_id", U64, REQ), 2: m("amount", OPT, "Money")},  # [2.0.4]
    "QRResponse": {1: F("qr_code", STR, REQ), 2: e("status", REQ, "StatusTypeEnum")},  # [2.0.4]
}

# Enum values a 2.0.3 message may carry (proto2 parsers drop unknown enum values, which can
# leave a required field unset on the other side).
ENUMS_203: dict[str, frozenset[int]] = {
    # 7 CANCEL_TICKET is 2.0.2-only, 9 OPEN_SHIFT reserved, 100/101 QR are [2.0.4].
    "CommandTypeEnum": frozenset({0, 1, 2, 3, 4, 5, 6, 8, 127}),
    "DomainTypeEnum": frozenset(range(6)),
    "OperationTypeEnum": frozenset(range(4)),
    "PaymentTypeEnum": frozenset({0, 1, 4}),  # CREDIT=2, TARE=3 only in the historic file
    "UserRoleEnum": frozenset({1, 2, 3}),
    "TicketAdTypeEnum": frozenset(range(5)),
    "TaxTypeEnum": frozenset({100}),
    "TaxationTypeEnum": frozenset({100, 101, 102, 103}),
    "CommodityTypeEnum": frozenset({0, 1, 2}),  # [2.0.4]
    f"{ITEM}.ItemTypeEnum": frozenset(range(1, 7)),
    "MoneyPlacementEnum": frozenset({0, 1}),
    "ReportTypeEnum": frozenset({0, 1}),
    "AuthResponse.ResultTypeEnum": frozenset({0, 1}),
    f"{NR}.ElementTypeEnum": frozenset({0, 1}),
    f"{NR}.NomenclatureResultTypeEnum": frozenset({0, 1, 2, 3}),
    "StatusTypeEnum": frozenset(range(7)),  # [2.0.4]
}

# Fields that exist on the wire in 2.0.2 or 2.0.4 but must not appear in a 2.0.3 message.
FORBIDDEN_203: dict[tuple[str, int], str] = {
    ("Request", 9): "qr is [2.0.4]",
    ("Response", 8): "qr is [2.0.4]",
    (f"{ITEM}.Commodity", 8): "excise_stamp is 2.0.2-only (use list_excise_stamp #14)",
    (f"{ITEM}.Commodity", 16): "commodity_type is [2.0.4]",
    (f"{ITEM}.StornoCommodity", 7): "excise_stamp is 2.0.2-only (use list_excise_stamp #13)",
    (f"{ITEM}.StornoCommodity", 15): "commodity_type is [2.0.4]",
    (TR, 11): "printed_document_number_old is reserved in 2.0.3",
    (TR, 13): "ad_infos is reserved in 2.0.3",
    (ZX, 12): "annulled_tickets is historic (2.0.2) only",
    (f"{SR}.SecurityStats", 2): "os_version is historic only",
    (SR, 2): "SoftwareInfo #2 is deprecated (do not reuse)",
    (SR, 9): "marker is historic only",
    (SR, 10): "software_information_old is historic only",
    ("ServiceResponse.RegInfo", 4): "ofd (OfdRegInfo) is [2.0.4]",
}

# Declared `optional` but required for a 2.0.3 sender by the spec's comments
# ("required since 201"; StornoCommodity is "same as Commodity without code").
REQUIRED_BY_COMMENT_203: dict[tuple[str, int], str] = {
    (f"{TR}.Modifier", 1): "name is required since 201",
    (f"{ITEM}.Commodity", 2): "name is required since 201",
    (f"{ITEM}.StornoCommodity", 1): "name is required since 201 (as in Commodity)",
}

# Derived view: message -> field numbers declared `required`.
REQUIRED: dict[str, frozenset[int]] = {
    msg: frozenset(n for n, f in fields.items() if f.label == REQ) for msg, fields in SCHEMA.items()
}


def resolve(name: str) -> str:
    """Return the dotted spec name for ``name`` (exact, or a unique ``.Suffix`` match)."""
    if name in SCHEMA:
        return name
    hits = [full for full in SCHEMA if full.endswith("." + name)]
    if len(hits) != 1:
        raise KeyError(f"unknown or ambiguous message name {name!r}: {hits}")
    return hits[0]


def _self_check() -> None:
    for msg, fields in SCHEMA.items():
        for number, f in fields.items():
            assert f.kind in WIRE_TYPE_OF_KIND and f.label in (REQ, OPT, REP), (msg, number)
            if f.kind == MSG:
                assert f.child in SCHEMA, (msg, number, f.child)
            elif f.kind == ENUM:
                assert f.child in ENUMS_203, (msg, number, f.child)
    for msg, number in (*FORBIDDEN_203, *REQUIRED_BY_COMMENT_203):
        assert number in SCHEMA[msg], (msg, number)


_self_check()
