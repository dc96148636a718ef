"""Products and bundles of one register."""

from __future__ import annotations

import builtins
from typing import Any

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.orm import Session

from alsep_desktop.store.base import table_of
from alsep_desktop.store.models import Bundle, Product


class CatalogRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, product: Product) -> Product:
        self.session.add(product)
        self.session.flush()
        return product

    def get(self, product_id: int) -> Product | None:
        return self.session.get(Product, product_id)

    def by_uuid(self, uuid: str) -> Product | None:
        return self.session.scalars(select(Product).where(Product.uuid == uuid)).first()

    def by_barcode(self, register_id: int, barcode: str) -> Product | None:
        stmt = select(Product).where(Product.register_id == register_id, Product.barcode == barcode)
        return self.session.scalars(stmt).first()

    def by_code(self, register_id: int, code: str) -> Product | None:
        stmt = select(Product).where(Product.register_id == register_id, Product.code == code)
        return self.session.scalars(stmt).first()

    def search(self, register_id: int, text: str, limit: int = 50) -> list[Product]:
        """Barcode or code exact match first, then name containing ``text`` (casefolded)."""
        needle = text.strip()
        if not needle:
            return []
        folded = needle.casefold()
        like = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = (
            select(Product)
            .where(
                Product.register_id == register_id,
                or_(
                    Product.barcode == needle,
                    Product.code == needle,
                    Product.name_search.like(like, escape="\\"),
                ),
            )
            .order_by((Product.barcode == needle).desc(), (Product.code == needle).desc(), Product.name)
            .limit(limit)
        )
        return list(self.session.scalars(stmt))

    def list(self, register_id: int, *, offset: int = 0, limit: int | None = None) -> list[Product]:
        stmt = select(Product).where(Product.register_id == register_id).order_by(Product.code)
        if limit is not None:
            stmt = stmt.offset(offset).limit(limit)
        return list(self.session.scalars(stmt))

    def count(self, register_id: int) -> int:
        stmt = select(func.count()).select_from(Product).where(Product.register_id == register_id)
        return int(self.session.scalar(stmt) or 0)

    def delete(self, product: Product) -> None:
        self.session.delete(product)
        self.session.flush()

    def delete_all(self, register_id: int) -> None:
        self.session.execute(delete(Product).where(Product.register_id == register_id))

    def insert_many(self, records: builtins.list[dict[str, Any]]) -> None:
        """Plain rows in one executemany (catalog import)."""
        if records:
            self.session.execute(insert(table_of(Product)), records)

    # -- bundles --------------------------------------------------------------------
    def add_bundle(self, bundle: Bundle) -> Bundle:
        self.session.add(bundle)
        self.session.flush()
        return bundle

    def bundle_by_barcode(self, register_id: int, barcode: str) -> Bundle | None:
        stmt = select(Bundle).where(Bundle.register_id == register_id, Bundle.barcode == barcode)
        return self.session.scalars(stmt).first()

    def bundle_by_uuid(self, uuid: str) -> Bundle | None:
        return self.session.scalars(select(Bundle).where(Bundle.uuid == uuid)).first()

    def delete_bundle(self, bundle: Bundle) -> None:
        self.session.delete(bundle)

    def bundles(self, register_id: int) -> builtins.list[Bundle]:
        stmt = select(Bundle).where(Bundle.register_id == register_id).order_by(Bundle.name)
        return list(self.session.scalars(stmt))
