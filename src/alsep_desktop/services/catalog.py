"""Catalog use cases: scan lookup, search, and product/bundle maintenance (admin only)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from alsep_desktop.domain.catalog import BundleView, ProductView
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Quantity, Unit
from alsep_desktop.domain.roles import Principal
from alsep_desktop.domain.tax import DEFAULT_VAT_TABLE, VatTable
from alsep_desktop.domain.validation import validate_barcode, validate_ntin
from alsep_desktop.errors import AlsepError, NotFoundError, ValidationError
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP
from alsep_desktop.kernel.clock import Clock
from alsep_desktop.services.changes import Changes, OpResult
from alsep_desktop.services.guard import require_admin
from alsep_desktop.store.lookup import BarcodeLookup
from alsep_desktop.store.models import Bundle, BundleItem, Product
from alsep_desktop.store.repositories.mapping import product_from_orm
from alsep_desktop.store.uow import SqlUnitOfWork


class DuplicateProduct(AlsepError):
    code = "catalog.duplicate"
    template = "Another product of this register already has {field} {value}"


@dataclass(frozen=True, slots=True)
class ProductDraft:
    code: str
    name: str
    price: Money
    vat_code: str
    group_code: str = ""
    barcode: str = ""
    markup_bp: int = 0
    discount_bp: int = 0
    editable_price: bool = False
    unit: Unit = Unit.PIECE
    ntin: str = ""  # National Catalogue code: "" or 13–14 digits
    marked: bool = False  # marked goods: sold with a DataMatrix code

    def validated(self, vat_table: VatTable) -> ProductDraft:
        if not self.code.strip():
            raise ValidationError("code", QT_TRANSLATE_NOOP("Reasons", "the product code is empty"))
        if len(self.code.strip()) > 64:
            raise ValidationError("code", QT_TRANSLATE_NOOP("Reasons", "at most 64 characters"))
        if not self.name.strip():
            raise ValidationError("name", QT_TRANSLATE_NOOP("Reasons", "the product name is empty"))
        if len(self.name.strip()) > 255:
            raise ValidationError("name", QT_TRANSLATE_NOOP("Reasons", "at most 255 characters"))
        if self.price.is_negative:
            raise ValidationError(
                "price", QT_TRANSLATE_NOOP("Reasons", "negative price {value}"), value=self.price.plain()
            )
        for field, bp in (("markup", self.markup_bp), ("discount", self.discount_bp)):
            if not 0 <= bp <= 10_000:
                raise ValidationError(
                    field, QT_TRANSLATE_NOOP("Reasons", "{value} % is outside 0–100 %"), value=f"{bp / 100:g}"
                )
        if self.barcode:
            validate_barcode(self.barcode)
        ntin = validate_ntin(self.ntin) if (self.ntin or "").strip() else ""
        rate = vat_table.get(self.vat_code, field="vat_rate")
        return replace(self, code=self.code.strip(), name=self.name.strip(), vat_code=rate.code, ntin=ntin)


@dataclass(frozen=True, slots=True)
class ScanHit:
    """What a scanned code resolves to: one product or a whole bundle."""

    product: ProductView | None = None
    bundle: BundleView | None = None


class CatalogService:
    def __init__(
        self,
        uow: Callable[..., SqlUnitOfWork],
        lookup: BarcodeLookup,
        clock: Clock,
        vat_table: VatTable = DEFAULT_VAT_TABLE,
    ) -> None:
        self._uow = uow
        self._lookup = lookup
        self._clock = clock
        self.vat_table = vat_table

    # -- the counter ------------------------------------------------------------------
    def find_by_barcode(self, register_id: int, barcode: str) -> ProductView | None:
        return self._lookup.find(register_id, barcode.strip())

    def scan(self, register_id: int, code: str) -> ScanHit | None:
        """Resolve a scanned barcode: a product first, otherwise a bundle."""
        product = self.find_by_barcode(register_id, code)
        if product is not None:
            return ScanHit(product=product)
        with self._uow(read_only=True) as uow:
            bundle = uow.catalog.bundle_by_barcode(register_id, code.strip())
            if bundle is None:
                return None
            return ScanHit(bundle=self._bundle_view(bundle))

    def find_by_code(self, register_id: int, code: str) -> ProductView | None:
        with self._uow(read_only=True) as uow:
            p = uow.catalog.by_code(register_id, code.strip())
            return product_from_orm(p, self.vat_table) if p else None

    def search(self, register_id: int, text: str, limit: int = 50) -> list[ProductView]:
        with self._uow(read_only=True) as uow:
            return [product_from_orm(p, self.vat_table) for p in uow.catalog.search(register_id, text, limit)]

    def list_products(self, register_id: int) -> list[ProductView]:
        with self._uow(read_only=True) as uow:
            return [product_from_orm(p, self.vat_table) for p in uow.catalog.list(register_id)]

    def list_bundles(self, register_id: int) -> list[BundleView]:
        with self._uow(read_only=True) as uow:
            return [self._bundle_view(b) for b in uow.catalog.bundles(register_id)]

    # -- maintenance (admin) ----------------------------------------------------------
    def add_product(self, actor: Principal, register_id: int, draft: ProductDraft) -> OpResult[ProductView]:
        draft = draft.validated(self.vat_table)
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            self._require_register(uow, register_id)
            self._check_unique(uow, register_id, draft, None)
            now = self._clock.now()
            product = Product(register_id=register_id, created_at=now, updated_at=now)
            _apply(product, draft)
            uow.catalog.add(product)
            uow.audit.record(
                now, actor.user_id, "create", "product", product.uuid, code=draft.code, register=register_id
            )
            uow.commit()
            return OpResult(product_from_orm(product, self.vat_table), Changes(catalog=True))

    def update_product(self, actor: Principal, product_uuid: str, draft: ProductDraft) -> OpResult[ProductView]:
        draft = draft.validated(self.vat_table)
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            product = self._get(uow, product_uuid)
            self._check_unique(uow, product.register_id, draft, product.id)
            _apply(product, draft)
            product.updated_at = self._clock.now()
            uow.audit.record(product.updated_at, actor.user_id, "update", "product", product.uuid, code=draft.code)
            uow.commit()
            return OpResult(product_from_orm(product, self.vat_table), Changes(catalog=True))

    def delete_product(self, actor: Principal, product_uuid: str) -> OpResult[None]:
        """Delete a product; it also disappears from every bundle (seed 8.6)."""
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            product = self._get(uow, product_uuid)
            uow.catalog.delete(product)
            uow.audit.record(self._clock.now(), actor.user_id, "delete", "product", product_uuid)
            uow.commit()
        return OpResult(None, Changes(catalog=True))

    def add_bundle(
        self, actor: Principal, register_id: int, name: str, barcode: str, items: list[tuple[str, Quantity]]
    ) -> OpResult[BundleView]:
        name, barcode = check_bundle(name, barcode, items)
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            self._require_register(uow, register_id)
            if uow.catalog.by_barcode(register_id, barcode) or uow.catalog.bundle_by_barcode(register_id, barcode):
                raise DuplicateProduct(field="barcode", value=barcode)
            bundle = Bundle(register_id=register_id, name=name, barcode=barcode, created_at=self._clock.now())
            for product_uuid, qty in items:
                product = self._get(uow, product_uuid)
                if product.register_id != register_id:
                    raise ValidationError(
                        "items",
                        QT_TRANSLATE_NOOP("Reasons", "product {product} belongs to another register"),
                        product=product.code,
                    )
                if qty.milli <= 0:
                    raise ValidationError("quantity", QT_TRANSLATE_NOOP("Reasons", "must be greater than zero"))
                bundle.items.append(BundleItem(product_id=product.id, quantity_milli=qty.milli))
            uow.catalog.add_bundle(bundle)
            uow.audit.record(self._clock.now(), actor.user_id, "create", "bundle", bundle.uuid, name=bundle.name)
            uow.commit()
            uow.session.refresh(bundle)
            return OpResult(self._bundle_view(bundle), Changes(catalog=True))

    # -- helpers ------------------------------------------------------------------------
    def _bundle_view(self, bundle: Bundle) -> BundleView:
        items = tuple(
            (product_from_orm(i.product, self.vat_table), Quantity(i.quantity_milli, Unit(i.product.unit)))
            for i in bundle.items
        )
        return BundleView(bundle.uuid, bundle.name, bundle.barcode, items)

    @staticmethod
    def _get(uow: SqlUnitOfWork, product_uuid: str) -> Product:
        product = uow.catalog.by_uuid(product_uuid)
        if product is None:
            raise NotFoundError(what="product", key=product_uuid)
        return product

    @staticmethod
    def _require_register(uow: SqlUnitOfWork, register_id: int) -> None:
        if uow.org.register(register_id) is None:
            raise NotFoundError(what="register", key=register_id)

    @staticmethod
    def _check_unique(uow: SqlUnitOfWork, register_id: int, draft: ProductDraft, own_id: int | None) -> None:
        same_code = uow.catalog.by_code(register_id, draft.code.strip())
        if same_code is not None and same_code.id != own_id:
            raise DuplicateProduct(field="code", value=draft.code)
        if draft.barcode:
            same_bc = uow.catalog.by_barcode(register_id, draft.barcode)
            if same_bc is not None and same_bc.id != own_id:
                raise DuplicateProduct(field="barcode", value=draft.barcode)


def check_bundle(name: str, barcode: str, items: list[tuple[str, Quantity]]) -> tuple[str, str]:
    """Validate a bundle's own fields; returns the cleaned (name, barcode)."""
    if not name.strip():
        raise ValidationError("name", QT_TRANSLATE_NOOP("Reasons", "the bundle name is empty"))
    barcode = validate_barcode(barcode)
    if not items:
        raise ValidationError("items", QT_TRANSLATE_NOOP("Reasons", "a bundle needs at least one product"))
    if any(qty.milli <= 0 for _, qty in items):
        raise ValidationError("quantity", QT_TRANSLATE_NOOP("Reasons", "must be greater than zero"))
    return name.strip(), barcode


def _apply(product: Product, draft: ProductDraft) -> None:
    product.code = draft.code.strip()
    product.group_code = draft.group_code.strip()
    product.name = draft.name.strip()
    product.name_search = product.name.casefold()
    product.barcode = draft.barcode or None
    product.price_tiyn = draft.price.tiyn
    product.markup_bp = draft.markup_bp
    product.discount_bp = draft.discount_bp
    product.vat_code = draft.vat_code
    product.editable_price = draft.editable_price
    product.unit = draft.unit.value
    product.ntin = draft.ntin or None
    product.marked = draft.marked
