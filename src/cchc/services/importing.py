"""``cchc import NOUN FILE``: read, check every row, then write all of it or nothing.

Rows are matched on their natural key (dossier code; plan code; task plan and number; meeting
kind, date and title; procedure code): identical rows are left alone, changed rows updated, new
rows inserted, and every insert or update gets its audit entry in the same transaction.
"""

from __future__ import annotations

import time

from cchc import i18n
from cchc.services.import_columns import Table
from cchc.services.import_common import ImportFailed, Summary
from cchc.services.readers import Source

NOUNS = ("dossiers", "tasks", "meetings", "plans", "procedures")

__all__ = ["NOUNS", "ImportFailed", "Summary", "import_file"]


def import_file(
    ledger,
    noun: str,
    path: str,
    *,
    fmt: str | None = None,
    encoding: str | None = None,
    dry_run: bool = False,
    with_audit: bool = True,
    progress=None,
    warn=None,
) -> Summary:
    """Import one file into the ledger. ``progress(done_bytes, total_bytes)`` is called now and
    then; ``warn(message)`` receives warnings (unknown columns). Raises ImportFailed listing
    the bad rows (nothing written) or InputError when the file itself cannot be read."""
    started = time.perf_counter()
    source = Source(path, fmt, encoding)
    summary = Summary(noun)
    try:
        table = Table(source, noun)
        if table.unknown:
            summary.warnings.append(i18n.msg("imp_unknown_columns", path=source.name, columns=", ".join(table.unknown)))
            if warn:
                warn(summary.warnings[-1])
        tick = None
        if progress is not None:

            def tick(_rows: int) -> None:
                progress(source.bytes_read(), source.size)

        if noun == "dossiers":
            from cchc.services.import_dossiers import import_dossiers

            import_dossiers(ledger, table, summary, dry_run=dry_run, with_audit=with_audit, tick=tick)
        else:
            from cchc.services.import_records import import_records

            import_records(ledger, noun, table, summary, dry_run=dry_run)
    finally:
        source.close()
    summary.seconds = time.perf_counter() - started
    return summary
