"""Backups and restores.

key -> (Vietnamese, English); values are named ``str.format`` fields."""

MESSAGES: dict[str, tuple[str, str]] = {
    "backup_exists": ("{path} đã có; dùng --force để ghi đè", "{path} already exists; use --force to overwrite it"),
    "backup_same_file": ("{path} chính là sổ cái đang dùng", "{path} is the ledger itself"),
    "backup_missing": ("không có tệp sao lưu {path}", "no backup file {path}"),
    "backup_bad": (
        "{path} không phải bản sao lưu dùng được: {detail}; sổ cái hiện tại giữ nguyên",
        "{path} is not a usable backup: {detail}; the current ledger is unchanged",
    ),
    "backup_failed": ("không ghi được {path}: {detail}", "cannot write {path}: {detail}"),
    "backup_done": ("đã sao lưu {records} bản ghi sang {path}", "backed up {records} records to {path}"),
    "restore_done": (
        "đã khôi phục {path}; sổ cái cũ được giữ ở {kept}",
        "restored {path}; the previous ledger is kept as {kept}",
    ),
    "restore_done_new": ("đã khôi phục {path}", "restored {path}"),
}

LABELS: dict[str, tuple[str, str]] = {}
