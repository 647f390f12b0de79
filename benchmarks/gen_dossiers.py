"""Write a dossier CSV with the canonical columns (as ``cchc export dossiers`` writes them).

    .venv/bin/python benchmarks/gen_dossiers.py [ROWS] [OUT]

Defaults: 1,000,000 rows to benchmarks/out/dossiers-1000000.csv. Deterministic (seeded): the
same arguments always give the same file. About 86 % of the dossiers are finished (resolved,
returned or withdrawn), dates span 2021-2025, Vietnamese text throughout.
"""

from __future__ import annotations

import csv
import random
import sys
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).parent / "out"
HEADER = [
    "code",
    "procedure",
    "field",
    "applicant",
    "channel",
    "received_on",
    "due_on",
    "resolved_on",
    "returned_on",
    "return_reason",
    "withdrawn_on",
    "note",
]
PROCEDURES = [
    ("Chuyển mục đích sử dụng đất phải được phép", "Đất đai", 15),
    ("Cấp giấy chứng nhận quyền sử dụng đất lần đầu", "Đất đai", 30),
    ("Tặng Bằng khen của Chủ tịch UBND tỉnh", "Thi đua - Khen thưởng", 20),
    ("Cấp giấy phép xây dựng", "Xây dựng", 15),
    ("Đăng ký thành lập doanh nghiệp", "Kế hoạch và Đầu tư", 3),
    ("Cấp giấy phép lái xe", "Giao thông vận tải", 10),
    ("Cấp phiếu lý lịch tư pháp", "Tư pháp", 10),
    ("Đăng ký khai sinh", "Hộ tịch", 1),
    ("Cấp giấy phép khai thác nước mặt", "Tài nguyên nước", 25),
    ("Thẩm định báo cáo đánh giá tác động môi trường", "Môi trường", 30),
]
APPLICANTS = [
    "Nguyễn Văn An",
    "Trần Thị Bình",
    "Lê Hoàng Cường",
    "Phạm Thị Dung",
    "Hợp tác xã Chè Tà Xùa",
    "Công ty TNHH Sơn La Xanh",
    "Hội Nông dân tỉnh",
    "Đỗ Minh Đức",
    "Vũ Thị Hạnh",
    "Bùi Quang Huy",
]
CHANNELS = ["online", "online", "direct", "direct", "postal"]
REASONS = ["Thiếu giấy tờ", "Không thuộc thẩm quyền", "Hồ sơ không hợp lệ"]


def generate(rows: int, out: Path, seed: int = 5) -> Path:
    rnd = random.Random(seed)
    start = date(2021, 1, 4)
    out.parent.mkdir(parents=True, exist_ok=True)
    per_day = max(1, rows // 1800)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(HEADER)
        for i in range(rows):
            received = start + timedelta(days=i // per_day)
            proc, field, days = PROCEDURES[rnd.randrange(len(PROCEDURES))]
            due = received + timedelta(days=days + days // 5 * 2)
            resolved = returned = withdrawn = reason = ""
            roll = rnd.random()
            if roll < 0.80:
                resolved = (received + timedelta(days=rnd.randrange(0, days * 2 + 2))).isoformat()
            elif roll < 0.84:
                returned = (received + timedelta(days=rnd.randrange(0, 5))).isoformat()
                reason = REASONS[rnd.randrange(len(REASONS))]
            elif roll < 0.86:
                withdrawn = (received + timedelta(days=rnd.randrange(0, 5))).isoformat()
            note = "Phiếu xin lỗi, hẹn lại" if rnd.random() < 0.03 else ""
            code = f"000.00.12.H50-{received:%y%m%d}-{i % per_day + 1:04d}"
            w.writerow(
                [
                    code,
                    proc,
                    field,
                    APPLICANTS[rnd.randrange(len(APPLICANTS))],
                    CHANNELS[rnd.randrange(len(CHANNELS))],
                    received.isoformat(),
                    due.isoformat(),
                    resolved,
                    returned,
                    reason,
                    withdrawn,
                    note,
                ]
            )
    return out


def main(argv: list[str]) -> None:
    rows = int(argv[0]) if argv else 1_000_000
    out = Path(argv[1]) if len(argv) > 1 else OUT / f"dossiers-{rows}.csv"
    generate(rows, out)
    print(f"{rows} dossiers written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
