"""Status names as people type them: every spelling cchc itself prints is accepted back —
the JSON and import form (``on_time``), the option form (``on-time``), the English and the
Vietnamese labels (``on time``, ``đúng hạn``), in any case and Unicode form."""

from __future__ import annotations

from cchc.domain.text import key

DOSSIER_STATUSES = ("early", "on-time", "late", "returned", "withdrawn", "pending", "overdue")
TASK_STATUSES = ("todo", "doing", "done", "cancelled")

_DOSSIER_WORDS = {
    "early": ("early", "trước hạn", "truoc han", "sớm", "trả sớm hạn"),
    "on-time": ("on-time", "on_time", "on time", "ontime", "đúng hạn", "dung han"),
    "late": ("late", "quá hạn", "qua han", "trễ hạn", "giải quyết quá hạn"),
    "returned": ("returned", "trả lại", "tra lai"),
    "withdrawn": ("withdrawn", "rút hồ sơ", "rút", "rut ho so", "công dân xin rút"),
    "pending": ("pending", "đang giải quyết", "dang giai quyet", "chưa giải quyết"),
    "overdue": ("overdue", "đang giải quyết quá hạn", "quá hạn chưa giải quyết", "pending overdue"),
}
_TASK_WORDS = {
    "todo": ("todo", "to do", "to-do", "to_do", "chưa làm", "chưa thực hiện", "chua lam"),
    "doing": ("doing", "in progress", "đang làm", "đang thực hiện", "dang lam"),
    "done": ("done", "hoàn thành", "đã hoàn thành", "hoan thanh"),
    "cancelled": ("cancelled", "canceled", "đã hủy", "hủy", "đã huỷ", "huỷ", "da huy"),
}


def _index(words: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {key(w): status for status, spellings in words.items() for w in spellings}


_DOSSIER = _index(_DOSSIER_WORDS)
_TASK = _index(_TASK_WORDS)


def dossier_status(text: str) -> str | None:
    """The list status (``on-time``...) a typed name means, or None."""
    return _DOSSIER.get(key(text))


def task_status(text: str) -> str | None:
    return _TASK.get(key(text))
