"""The words a clerk types, and the national portal's exports write, for a dossier's
service-quality facts (Decision 766/QĐ-TTg): one vocabulary for ``dossier add``/``dossier facts``
options and for the importer's cells.

Keys are compared with ``cchc.domain.text.key`` (NFC, case-folded, single spaces)."""

from __future__ import annotations

from cchc.domain.errors import InputError, Label
from cchc.domain.text import key

# how an online dossier was received: the service level of the procedure's online service
ONLINE_WORDS = {
    "full": "full",
    "toàn trình": "full",
    "toan trinh": "full",
    "trực tuyến toàn trình": "full",
    "dvc toàn trình": "full",
    "dvctt toàn trình": "full",
    "dịch vụ công trực tuyến toàn trình": "full",
    "mức độ 4": "full",
    "mức 4": "full",
    "partial": "partial",
    "một phần": "partial",
    "mot phan": "partial",
    "trực tuyến một phần": "partial",
    "dvc một phần": "partial",
    "dvctt một phần": "partial",
    "dịch vụ công trực tuyến một phần": "partial",
    "mức độ 3": "partial",
    "mức 3": "partial",
}
# yes / no for the flags (digitised, result digitised, paid online); the portal writes 1 / 0
# (its DuocThanhToanTrucTuyen also 2: paid through the province's own payment gateway)
FLAG_WORDS = {
    "1": 1,
    "2": 1,
    "yes": 1,
    "y": 1,
    "true": 1,
    "x": 1,
    "có": 1,
    "co": 1,
    "đã": 1,
    "rồi": 1,
    "đã số hóa": 1,
    "đã số hoá": 1,
    "đã thanh toán": 1,
    "trực tuyến": 1,
    "0": 0,
    "no": 0,
    "n": 0,
    "false": 0,
    "không": 0,
    "khong": 0,
    "chưa": 0,
    "chưa số hóa": 0,
    "chưa số hoá": 0,
    "trực tiếp": 0,
}
# the applicant's rating, 1 (very unsatisfied) to 5 (very satisfied), and the words for it
RATING_WORDS = {
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "5": 5,
    "rất không hài lòng": 1,
    "không hài lòng": 2,
    "chưa hài lòng": 2,
    "dislike": 2,
    "bình thường": 3,
    "chấp nhận được": 3,
    "hài lòng": 4,
    "like": 4,
    "rất hài lòng": 5,
}


def _word(words: dict, value: str, column: str, choices: str):
    found = words.get(key(value))
    if found is None:
        raise InputError("bad_choice", field=Label(column), value=value, choices=choices)
    return found


def online_service(value: str) -> str:
    return _word(ONLINE_WORDS, value, "online_service", "full/toàn trình, partial/một phần")


def flag(value: str, column: str) -> int:
    return _word(FLAG_WORDS, value, column, "yes/có/1, no/không/0")


def rating(value: str) -> int:
    text = value.strip()
    if text.endswith((" sao", " stars", " star")):
        text = text.rsplit(" ", 1)[0]
    return _word(RATING_WORDS, text, "rating", "1–5, rất hài lòng, hài lòng, bình thường, không hài lòng…")
