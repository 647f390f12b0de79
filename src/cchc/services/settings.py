"""Recording the ledger's particulars: one transaction, one audit entry per value changed."""

from __future__ import annotations

from cchc.domain.text import clean
from cchc.store import settings
from cchc.store.records import Item, upsert_many


def set_many(ledger, values: dict[str, str | None]) -> dict[str, str]:
    """Set the given particulars (``None``: leave as it is); returns them all."""
    from cchc.domain.problems import raise_first

    items = [Item({"key": k, "value": clean(v)}) for k, v in values.items() if v is not None]
    if items:
        with ledger.write() as tx:
            out = upsert_many(tx, settings.NOUN, items)
            raise_first([p for _, p in out.problems])
    return settings.get_all(ledger)
