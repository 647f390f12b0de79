"""Tab completion of values: codes from the ledger (dossiers, plans, tasks, procedures, meeting
kinds) and the fixed choices (statuses, channels, areas, formats). Each function is given to a
parameter as Typer's ``autocompletion``; it runs only when the shell asks, reads the ledger
named by ``--db`` (else ``$CCHC_DB``, else the default) read-only, and never fails."""

from __future__ import annotations

import typer


def _ledger(ctx: typer.Context):
    from cchc.store import location, lookup

    root = ctx.find_root()
    return lookup.connect(location.resolve(root.params.get("db")))


def _from_ledger(ctx: typer.Context, incomplete: str, what: str) -> list[tuple[str, str]]:
    try:
        from cchc.store import lookup

        conn = _ledger(ctx)
        if conn is None:
            return []
        try:
            return [(code, help_ or "") for code, help_ in getattr(lookup, what)(conn, incomplete)]
        finally:
            conn.close()
    except Exception:  # completion must never print a traceback into the shell
        return []


def dossier_codes(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    return _from_ledger(ctx, incomplete, "dossiers")


def plan_codes(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    return _from_ledger(ctx, incomplete, "plans")


def task_refs(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    return _from_ledger(ctx, incomplete, "tasks")


def procedure_codes(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    return _from_ledger(ctx, incomplete, "procedures")


def meeting_kinds(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    return _from_ledger(ctx, incomplete, "meeting_kinds")


def _fixed(choices, incomplete: str) -> list[str]:
    return [c for c in choices if c.startswith(incomplete)]


def dossier_statuses(incomplete: str) -> list[str]:
    from cchc.domain.statuses import DOSSIER_STATUSES

    return _fixed(DOSSIER_STATUSES, incomplete)


def task_statuses(incomplete: str) -> list[str]:
    from cchc.domain.statuses import TASK_STATUSES

    return _fixed(TASK_STATUSES, incomplete)


def channels(incomplete: str) -> list[str]:
    return _fixed(("online", "direct", "postal"), incomplete)


def areas(incomplete: str) -> list[tuple[str, str]]:
    from cchc.domain.areas import REFORM_AREAS

    return [(k, vi) for k, vi, _ in REFORM_AREAS if k.startswith(incomplete)]


def langs(incomplete: str) -> list[str]:
    return _fixed(("vi", "en"), incomplete)


def export_formats(incomplete: str) -> list[str]:
    from cchc.services.exporting import FORMATS

    return _fixed(FORMATS, incomplete)


def import_formats(incomplete: str) -> list[str]:
    from cchc.services.imports.readers import FORMATS

    return _fixed(FORMATS, incomplete)


def report_formats(incomplete: str) -> list[str]:
    """``report`` and ``rollup`` write the same formats."""
    from cchc.cli.report_output import FORMATS

    return _fixed(FORMATS, incomplete)
