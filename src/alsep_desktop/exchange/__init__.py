"""Catalog exchange: CSV import/export and 1C CommerceML 2 import. Pure Python: no DB, no Qt.

Readers yield validated ``ProductRow``s and fill an ``ImportReport``; applying them to the
store (all or nothing) is the catalog service's job.
"""
