"""Where the ledger lives: ``--db PATH``, else ``$CCHC_DB``, else the per-user data directory."""

from __future__ import annotations

import os
from pathlib import Path

FILENAME = "ledger.db"


def resolve(db: str | os.PathLike[str] | None = None) -> Path:
    if db:
        return Path(db).expanduser()
    env = os.environ.get("CCHC_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir  # only when no path was given

    return Path(user_data_dir("cchc", appauthor=False)) / FILENAME


def explicit(db: str | os.PathLike[str] | None = None) -> bool:
    """Whether the ledger was named (``--db`` or ``$CCHC_DB``) rather than the per-user default."""
    return bool(db) or bool(os.environ.get("CCHC_DB"))
