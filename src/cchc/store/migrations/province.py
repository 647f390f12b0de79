"""The fourth era (province scale): the dossiers' service-quality facts and the import rows
indexed by key — m020 and m021.

Self-contained: literal SQL.
"""

from __future__ import annotations

from typing import Any

from cchc.store.migrate import migration, script


@migration
def m020_dossier_service_facts(db: Any) -> None:
    """The facts the service-quality indicators of Decision 766/QĐ-TTg need, per dossier: how an
    online dossier was received (``full``: toàn trình, ``partial``: một phần), whether its
    inputs and its result were digitised (0/1), whether its fee was paid online (1), otherwise
    (0) or there was none (NULL), and the applicant's rating (1 = rất không hài lòng … 5 = rất
    hài lòng). NULL everywhere on the dossiers recorded before: nothing is guessed. The CHECKs use
    ``=``/``OR``, not ``IN`` lists (see m009)."""
    script(
        db,
        """
ALTER TABLE dossiers ADD COLUMN online_service TEXT CHECK (online_service = 'full' OR online_service = 'partial');
ALTER TABLE dossiers ADD COLUMN digitised INTEGER CHECK (digitised = 0 OR digitised = 1);
ALTER TABLE dossiers ADD COLUMN result_digitised INTEGER CHECK (result_digitised = 0 OR result_digitised = 1);
ALTER TABLE dossiers ADD COLUMN paid_online INTEGER CHECK (paid_online = 0 OR paid_online = 1);
ALTER TABLE dossiers ADD COLUMN rating INTEGER CHECK (rating BETWEEN 1 AND 5)
""",
    )


@migration
def m021_audit_rows_by_key(db: Any) -> None:
    """An index on the import rows' keys: ``dossier history`` and ``audit log --key`` find a
    record's rows at once instead of reading every import's rows (10 imports of a million
    rows: 2–3 s a look-up without it), and ``audit verify`` takes each key's latest row in
    index order instead of sorting them in memory. It costs about 1 µs per imported row."""
    script(db, "CREATE INDEX audit_rows_by_key ON audit_rows (key)")
