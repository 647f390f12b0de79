"""``cchc import NOUN FILE``: read, check every row with the shared rules, then write all of it
or nothing, through each noun's one write path.

Rows are matched on their natural key (dossier code; plan code; task plan and number; meeting
kind, date and title; meeting kind key; procedure code; calendar day): identical rows are left
alone, changed rows updated, new rows inserted. The import's audit entry names the file and its
SHA-256; each record it wrote has an audit row with its line and digest.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from cchc.domain.errors import InputError
from cchc.services.imports.headings import NOUNS as HEADINGS
from cchc.services.imports.problems import ImportFailed, Problems

NOUNS = tuple(HEADINGS)  # every noun whose headings the import knows, in the order help lists them
SAMPLE = 20  # keys listed per action by --dry-run

__all__ = ["NOUNS", "ImportFailed", "Summary", "import_file"]


@dataclass
class Summary:
    noun: str
    file: str = ""
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    seconds: float = 0.0
    dry_run: bool = False
    samples: dict[str, list[str]] = field(default_factory=lambda: {"insert": [], "update": []})
    warnings: list[tuple[str, dict]] = field(default_factory=list)  # (message key, values)

    def sample(self, written: list[tuple[str, str]]) -> None:
        for action, key in written:
            bucket = self.samples["insert" if action == "insert" else "update"]
            if len(bucket) < SAMPLE:
                bucket.append(key)

    def as_dict(self) -> dict:
        return {
            "noun": self.noun,
            "rows": self.rows,
            "inserted": self.inserted,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "seconds": round(self.seconds, 3),
            "dry_run": self.dry_run,
            "would_insert": self.samples["insert"],
            "would_update": self.samples["update"],
            "file": self.file,
        }


class _Rollback(Exception):
    pass


def _sha256(path: str) -> str | None:
    """The file's SHA-256 (None for stdin: its bytes are hashed as they are read)."""
    if path == "-":
        return None
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def import_file(ledger, noun: str, path: str, **options) -> Summary:
    """Import one file into the ledger (see ``import_files``)."""
    return import_files(ledger, [(noun, path)], **options)[0]


def import_files(
    ledger,
    jobs: list[tuple[str, str]],
    *,
    fmt: str | None = None,
    encoding: str | None = None,
    dry_run: bool = False,
    progress=None,
    warn=None,
    defaults: dict | None = None,
    allow_empty: bool = False,
    whole: bool = False,
) -> list[Summary]:
    """Import files ``[(noun, path), ...]`` in one transaction: all of them or nothing.
    ``progress(done_bytes, total_bytes)`` is called now and then; ``warn(key, values)`` receives
    warnings (unknown columns). ``defaults``: values for columns a file may lack (the year of
    ``cchc index import 2021 FILE``); ``allow_empty``: a file with no rows is imported as nothing;
    ``whole``: the files are a whole ledger (``cchc import all``). Raises ImportFailed listing the
    bad rows of the first file that has any (nothing written) or InputError when a file itself
    cannot be read."""
    summaries: list[Summary] = []
    conn = ledger.conn
    # a large import: the CHECK constraints' IN lists and the sorter use temp storage a row at
    # a time — keep it in memory; a 32 MB page cache holds the batch's index pages
    saved = [conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("cache_size", "temp_store")]
    conn.execute("PRAGMA cache_size = -32768")
    conn.execute("PRAGMA temp_store = MEMORY")
    try:
        with ledger.write() as tx:
            for noun, path in jobs:
                try:
                    summaries.append(_one(tx, noun, path, fmt, encoding, progress, warn, defaults, whole))
                except InputError as exc:
                    if not (allow_empty and exc.key == "imp_empty"):
                        raise
                    summaries.append(Summary(noun, file=path))
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    finally:
        conn.execute(f"PRAGMA cache_size = {int(saved[0])}")
        conn.execute(f"PRAGMA temp_store = {int(saved[1])}")
    for s in summaries:
        s.dry_run = dry_run
    return summaries


def _one(tx, noun: str, path: str, fmt, encoding, progress, warn, defaults=None, whole: bool = False) -> Summary:
    from cchc.services.imports.columns import Table
    from cchc.services.imports.readers import Source
    from cchc.store.audit import Provenance

    started = time.perf_counter()
    source = Source(path, fmt, encoding)
    summary = Summary(noun, file=source.name)
    problems = Problems(source.name)
    try:
        table = Table(source, noun)
        if table.unknown:
            warning = ("imp_unknown_columns", {"path": source.name, "columns": ", ".join(table.unknown)})
            summary.warnings.append(warning)
            if warn:
                warn(*warning)
        tick = None
        if progress is not None:

            def tick(_rows: int) -> None:
                progress(source.bytes_read(), source.size)

        provenance = Provenance(source.name, _sha256(path))
        if noun == "dossiers":
            from cchc.services.imports.dossiers import import_dossiers

            import_dossiers(tx, table, problems, summary, provenance, tick)
        else:
            from cchc.services.imports.records import import_records

            import_records(tx, noun, table, problems, summary, provenance, defaults, whole)
    finally:
        source.close()
    problems.raise_if_any()  # the caller's transaction rolls back
    summary.seconds = time.perf_counter() - started
    return summary
