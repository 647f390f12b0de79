"""Which rules a period's report follows, chosen by its dates. Pure data: a rule found later is
one more row here.

Reporting regime of the Government Office (the one-stop statistics form):
- Circular 01/2020/TT-VPCP (21/10/2020, in force 15/12/2020): Biểu số 06/VPCP/KSTT.
- Circular 5/2025/TT-VPCP (31/12/2025, in force 15/02/2026) sets the same office's periodic
  reporting regime and still rests on Decree 09/2019; whether it replaces Biểu 06, its columns
  or the cut-off dates could not be verified (its appendices were not reachable). A period that
  ends on or after 15/02/2026 is reported under it, with Biểu 06's columns and a note saying so.

One-stop rules (the apology letter's name):
- Decree 61/2018/NĐ-CP and 107/2021/NĐ-CP with Circular 01/2018/TT-VPCP: "phiếu xin lỗi và hẹn
  lại ngày trả kết quả";
- from 01/07/2025 Decree 118/2025/NĐ-CP with Circular 03/2025/TT-VPCP: Mẫu 04 "Văn bản xin lỗi
  và đề nghị gia hạn thời gian giải quyết".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Reporting:
    key: str  # the circular
    in_force: date
    form: str  # the one-stop statistics form's label
    verified: bool  # the form's layout checked against the circular's text


@dataclass(frozen=True)
class OneStop:
    key: str  # the decree (and circular)
    in_force: date
    apology: str  # "phieu-xin-loi" (2018) or "mau-04" (2025)


REPORTING = (
    Reporting("01/2020/TT-VPCP", date(2020, 12, 15), "Biểu số 06/VPCP/KSTT", True),
    Reporting("5/2025/TT-VPCP", date(2026, 2, 15), "Biểu số 06/VPCP/KSTT", False),
)
ONE_STOP = (
    OneStop("61/2018/NĐ-CP", date.min, "phieu-xin-loi"),  # everything before 2025 (its own start is not needed)
    OneStop("118/2025/NĐ-CP", date(2025, 7, 1), "mau-04"),
)


def _in_force(rows, day: date):
    found = rows[0]
    for row in rows:
        if row.in_force <= day:
            found = row
    return found


def reporting(end: date) -> Reporting:
    """The reporting regime of a period ending on ``end`` (the report is made under it)."""
    return _in_force(REPORTING, end)


def one_stop(end: date) -> OneStop:
    return _in_force(ONE_STOP, end)
