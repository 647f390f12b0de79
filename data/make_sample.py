"""Generate the sample ledger's source files in data/sample/ (deterministic; seed fixed).

The sample reproduces the 2022 half-year figures of domain.md for plan 02/KH-VPUB:
50 tasks, 30 done by 09/06/2022; 675 dossiers received 15/12/2021–09/06/2022 of which, as of
09/06/2022, 567 resolved early, 68 on time, 18 returned, 4 withdrawn, 18 still pending (all
within time); 20 ``office`` and 24 ``chairman`` briefings.

Run: python data/make_sample.py   (rewrites data/sample/*.csv)
Due dates are counted in working days (weekends and the ``holidays`` package's Vietnamese public
holidays skipped; counting starts the working day after receipt), as ``cchc calendar due`` does.
"""

from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from pathlib import Path

import holidays

OUT = Path(__file__).parent / "sample"
AS_OF = date(2022, 6, 9)
START = date(2021, 12, 15)
HOLIDAYS = holidays.country_holidays("VN", years=range(2021, 2024))
rng = random.Random(20220609)


def working(d: date) -> bool:
    return d.weekday() < 5 and d not in HOLIDAYS


def add_working_days(d: date, n: int) -> date:
    while n:
        d += timedelta(days=1)
        if working(d):
            n -= 1
    return d


def working_between(a: date, b: date) -> list[date]:
    out, d = [], a
    while d <= b:
        if working(d):
            out.append(d)
        d += timedelta(days=1)
    return out


# (field, procedure, processing days)
PROCEDURES = [
    ("Hợp tác quốc tế", "Cho phép tổ chức hội nghị, hội thảo quốc tế", 15),
    ("Hợp tác quốc tế", "Cho phép đoàn nước ngoài vào làm việc tại tỉnh", 10),
    ("Đất đai", "Giao đất, cho thuê đất không thông qua đấu giá", 20),
    ("Đất đai", "Chuyển mục đích sử dụng đất phải được phép", 15),
    ("Đầu tư", "Chấp thuận chủ trương đầu tư dự án", 35),
    ("Đầu tư", "Điều chỉnh chủ trương đầu tư dự án", 25),
    ("Thi đua - Khen thưởng", "Tặng Bằng khen của Chủ tịch UBND tỉnh", 20),
    ("Thi đua - Khen thưởng", "Tặng danh hiệu Tập thể lao động xuất sắc", 20),
    ("Tài nguyên nước", "Cấp giấy phép khai thác, sử dụng nước mặt", 30),
    ("Xây dựng", "Thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng", 25),
    ("Công thương", "Cấp giấy phép kinh doanh bán lẻ sản phẩm rượu", 15),
]
WEIGHTS = [14, 6, 18, 14, 8, 4, 12, 6, 6, 6, 6]
APPLICANTS = [
    "Công ty TNHH Nông sản Mộc Châu",
    "Công ty CP Thủy điện Nậm Chiến",
    "Hợp tác xã Chè Tà Xùa",
    "Công ty CP Du lịch Sơn La",
    "UBND huyện Mai Sơn",
    "UBND huyện Thuận Châu",
    "Trường Đại học Tây Bắc",
    "Bệnh viện Đa khoa tỉnh",
    "Công ty TNHH Xây dựng Tây Bắc",
    "Ông Lò Văn Minh",
    "Bà Cầm Thị Hoa",
    "Ông Quàng Văn Thắng",
    "Bà Lường Thị Mai",
    "Công ty CP Cà phê Phúc Sinh Sơn La",
    "Hội Nông dân tỉnh",
    "Sở Giáo dục và Đào tạo",
]
RETURN_REASONS = [
    "Hồ sơ không đủ điều kiện theo quy định",
    "Không thuộc thẩm quyền giải quyết",
    "Thành phần hồ sơ không hợp lệ, đã hướng dẫn bổ sung",
]


def dossiers() -> list[dict]:
    days = working_between(START, AS_OF)
    counts = {"early": 567, "on_time": 68, "returned": 18, "withdrawn": 4, "pending": 18}
    n = sum(counts.values())
    received = sorted(rng.choice(days) for _ in range(n))
    rows = []
    for r in received:
        field, proc, pdays = rng.choices(PROCEDURES, WEIGHTS)[0]
        rows.append(
            {"received": r, "field": field, "procedure": proc, "days": pdays, "due": add_working_days(r, pdays)}
        )
    # the 18 pending: the latest-received dossiers whose due date is after AS_OF
    order = sorted(range(n), key=lambda i: rows[i]["received"], reverse=True)
    pending = [i for i in order if rows[i]["due"] > AS_OF][: counts["pending"]]
    rest = [i for i in range(n) if i not in set(pending)]
    on_time_pool = [i for i in rest if rows[i]["due"] <= AS_OF]
    rng.shuffle(on_time_pool)
    on_time = set(on_time_pool[: counts["on_time"]])
    others = [i for i in rest if i not in on_time]
    rng.shuffle(others)
    returned = set(others[: counts["returned"]])
    withdrawn = set(others[counts["returned"] : counts["returned"] + counts["withdrawn"]])
    per_day: dict[date, int] = {}
    out = []
    for i, row in enumerate(rows):
        r, due = row["received"], row["due"]
        per_day[r] = per_day.get(r, 0) + 1
        code = f"000.00.12.H50-{r:%y%m%d}-{per_day[r]:04d}"
        latest = min(due, AS_OF)
        window = [d for d in working_between(r + timedelta(days=1), latest)] or [r]
        resolved_on = returned_on = withdrawn_on = reason = None
        if i in on_time:
            resolved_on = due
        elif i in returned:
            returned_on = rng.choice(window)
            reason = rng.choice(RETURN_REASONS)
        elif i in withdrawn:
            withdrawn_on = rng.choice(window)
        elif i not in set(pending):
            early = [d for d in window if d < due] or [r]
            # most dossiers are returned a few days early
            resolved_on = early[min(len(early) - 1, int(len(early) * rng.betavariate(5, 2)))]
        channel = rng.choices(["online", "direct", "postal"], [62, 34, 4])[0]
        out.append(
            {
                "code": code,
                "procedure": row["procedure"],
                "field": row["field"],
                "applicant": rng.choice(APPLICANTS),
                "channel": channel,
                "received_on": r.isoformat(),
                "due_on": due.isoformat(),
                "resolved_on": resolved_on and resolved_on.isoformat(),
                "returned_on": returned_on and returned_on.isoformat(),
                "return_reason": reason,
                "withdrawn_on": withdrawn_on and withdrawn_on.isoformat(),
                "note": "Công dân xin rút hồ sơ" if withdrawn_on else None,
            }
        )
    return out


TASKS = [
    ("chi-dao", "Ban hành Kế hoạch cải cách hành chính năm 2022 của Văn phòng", "Phòng Hành chính - Tổ chức", "Q1"),
    ("chi-dao", "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2022", "Phòng Hành chính - Tổ chức", "Q1"),
    ("chi-dao", "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính", "Phòng Hành chính - Tổ chức", "Q1"),
    ("chi-dao", "Khắc phục tồn tại, hạn chế Chỉ số cải cách hành chính năm 2021", "Phòng Hành chính - Tổ chức", "Q2"),
    ("chi-dao", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2021", "Phòng Hành chính - Tổ chức", "Q1"),
    ("chi-dao", "Báo cáo cải cách hành chính quý I", "Phòng Tổng hợp", "Q1"),
    ("chi-dao", "Báo cáo cải cách hành chính 6 tháng đầu năm", "Phòng Tổng hợp", "Q2"),
    ("chi-dao", "Báo cáo cải cách hành chính 9 tháng", "Phòng Tổng hợp", "Q3"),
    ("chi-dao", "Báo cáo cải cách hành chính năm 2022", "Phòng Tổng hợp", "Q4"),
    ("chi-dao", "Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị", "Phòng Hành chính - Tổ chức", "Q3"),
    ("chi-dao", "Đưa tin, bài về cải cách hành chính lên Cổng thông tin điện tử tỉnh", "Trung tâm Thông tin", "cả năm"),
    (
        "chi-dao",
        "Đăng bản tin tình hình tiếp nhận hồ sơ trên trang thông tin của Văn phòng",
        "Trung tâm Phục vụ hành chính công",
        "cả năm",
    ),
    ("the-che", "Rà soát văn bản quy phạm pháp luật thuộc lĩnh vực Văn phòng tham mưu", "Phòng Nội chính", "Q2"),
    ("the-che", "Sửa đổi Quy chế làm việc của Văn phòng UBND tỉnh", "Phòng Hành chính - Tổ chức", "Q2"),
    ("the-che", "Ban hành Quy chế phối hợp giữa các phòng, đơn vị", "Phòng Hành chính - Tổ chức", "Q3"),
    (
        "the-che",
        "Theo dõi thi hành pháp luật trong lĩnh vực kiểm soát TTHC",
        "Phòng Kiểm soát thủ tục hành chính",
        "cả năm",
    ),
    ("the-che", "Kiểm tra văn bản quy phạm pháp luật do UBND tỉnh ban hành", "Phòng Nội chính", "Q4"),
    (
        "tthc",
        "Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết",
        "Phòng Kiểm soát thủ tục hành chính",
        "Q1",
    ),
    ("tthc", "Rà soát, đơn giản hóa thủ tục hành chính năm 2022", "Phòng Kiểm soát thủ tục hành chính", "Q2"),
    (
        "tthc",
        "Công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công",
        "Trung tâm Phục vụ hành chính công",
        "Q1",
    ),
    ("tthc", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Trung tâm Phục vụ hành chính công", "cả năm"),
    (
        "tthc",
        "Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính",
        "Phòng Kiểm soát thủ tục hành chính",
        "cả năm",
    ),
    ("tthc", "Đánh giá chất lượng giải quyết thủ tục hành chính", "Phòng Kiểm soát thủ tục hành chính", "Q2"),
    ("tthc", "Tập huấn nghiệp vụ kiểm soát thủ tục hành chính", "Phòng Kiểm soát thủ tục hành chính", "Q3"),
    ("tthc", "Triển khai thanh toán trực tuyến phí, lệ phí", "Trung tâm Phục vụ hành chính công", "Q2"),
    ("bo-may", "Rà soát chức năng, nhiệm vụ của các phòng, đơn vị", "Phòng Hành chính - Tổ chức", "Q2"),
    ("bo-may", "Sắp xếp tổ chức bộ máy các đơn vị sự nghiệp trực thuộc", "Phòng Hành chính - Tổ chức", "Q4"),
    ("bo-may", "Thực hiện tinh giản biên chế năm 2022", "Phòng Hành chính - Tổ chức", "cả năm"),
    ("bo-may", "Quản lý, sử dụng biên chế, số lượng người làm việc", "Phòng Hành chính - Tổ chức", "Q1"),
    ("bo-may", "Phân cấp quản lý tài sản cho các đơn vị trực thuộc", "Phòng Quản trị - Tài vụ", "Q3"),
    ("cong-vu", "Rà soát vị trí việc làm của công chức, viên chức", "Phòng Hành chính - Tổ chức", "Q2"),
    ("cong-vu", "Đánh giá, xếp loại công chức, viên chức năm 2021", "Phòng Hành chính - Tổ chức", "Q1"),
    ("cong-vu", "Đào tạo, bồi dưỡng công chức, viên chức năm 2022", "Phòng Hành chính - Tổ chức", "cả năm"),
    ("cong-vu", "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính", "Phòng Hành chính - Tổ chức", "Q2"),
    ("cong-vu", "Thực hiện quy tắc ứng xử của công chức, viên chức", "Phòng Hành chính - Tổ chức", "cả năm"),
    ("cong-vu", "Bổ nhiệm, bổ nhiệm lại lãnh đạo cấp phòng", "Phòng Hành chính - Tổ chức", "Q3"),
    ("tai-chinh", "Xây dựng Quy chế chi tiêu nội bộ năm 2022", "Phòng Quản trị - Tài vụ", "Q1"),
    ("tai-chinh", "Thực hiện cơ chế tự chủ tài chính tại các đơn vị sự nghiệp", "Phòng Quản trị - Tài vụ", "Q2"),
    ("tai-chinh", "Công khai dự toán, quyết toán ngân sách", "Phòng Quản trị - Tài vụ", "Q1"),
    ("tai-chinh", "Quản lý, sử dụng tài sản công", "Phòng Quản trị - Tài vụ", "cả năm"),
    ("cp-so", "Vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "Trung tâm Thông tin", "cả năm"),
    ("cp-so", "Gửi, nhận văn bản điện tử có ký số trên hệ thống quản lý văn bản", "Trung tâm Thông tin", "Q1"),
    ("cp-so", "Nâng cấp Cổng thông tin điện tử tỉnh", "Trung tâm Thông tin", "Q3"),
    ("cp-so", "Triển khai hệ thống họp trực tuyến đến cấp xã", "Trung tâm Thông tin", "Q2"),
    ("cp-so", "Bảo đảm an toàn thông tin hệ thống của Văn phòng", "Trung tâm Thông tin", "cả năm"),
    (
        "cp-so",
        "Tích hợp dịch vụ công trực tuyến lên Cổng Dịch vụ công quốc gia",
        "Trung tâm Phục vụ hành chính công",
        "Q2",
    ),
    ("cp-so", "Áp dụng hệ thống quản lý chất lượng ISO 9001:2015", "Phòng Hành chính - Tổ chức", "Q4"),
    ("tac-dong", "Khảo sát sự hài lòng của người dân, tổ chức", "Trung tâm Phục vụ hành chính công", "Q3"),
    ("tac-dong", "Đánh giá tác động của cải cách hành chính đến hoạt động của Văn phòng", "Phòng Tổng hợp", "Q4"),
    ("tac-dong", "Tổ chức Hội nghị sơ kết cải cách hành chính 6 tháng", "Phòng Tổng hợp", "Q2"),
]


def quarter_end(q: str) -> date:
    if q == "cả năm":
        return date(2022, 12, 31)
    return {"Q1": date(2022, 3, 31), "Q2": date(2022, 6, 30), "Q3": date(2022, 9, 30), "Q4": date(2022, 12, 31)}[q]


# the documents the plan's first tasks produced (data/sample/documents.csv), issued on their done dates
EVIDENCE = {
    2: "Kế hoạch số 25/KH-VPUB",
    3: "Kế hoạch số 22/KH-VPUB",
    4: "Kế hoạch số 27/KH-VPUB",
    5: "Báo cáo số 95/BC-VPUB",
}


def tasks() -> list[dict]:
    assert len(TASKS) == 50
    # done: the 30 with the earliest deadlines (ties broken by the seed); 12 doing; 8 to do
    order = sorted(range(50), key=lambda i: (quarter_end(TASKS[i][3]), rng.random()))
    done, doing = set(order[:30]), set(order[30:42])
    work_days = working_between(date(2022, 2, 7), AS_OF - timedelta(days=1))
    out = []
    for i, (area, title, unit, q) in enumerate(TASKS):
        due = quarter_end(q)
        started = done_on = evidence = None
        if i in done or i in doing:
            started = rng.choice(work_days[:60])
        if i in done:
            done_on = rng.choice([d for d in work_days if d > started])
            evidence = f"Văn bản số {rng.randint(100, 1999)}/VPUB-{unit.split()[-1][:4].upper()}"
            evidence = EVIDENCE.get(i + 1, evidence)
        out.append(
            {
                "plan": "02/KH-VPUB",
                "number": i + 1,
                "title": title,
                "area": area,
                "unit": unit,
                "due_on": due.isoformat(),
                "started_on": started and started.isoformat(),
                "done_on": done_on and done_on.isoformat(),
                "evidence": evidence,
            }
        )
    return out


def meetings() -> list[dict]:
    mondays = [d for d in working_between(START, AS_OF) if d.weekday() == 0]
    thursdays = [d for d in working_between(START, AS_OF) if d.weekday() == 3]
    office = sorted(rng.sample(mondays, 20))
    chairman = sorted(rng.sample(thursdays, 24))
    rows = [
        {
            "kind": "office",
            "held_on": d.isoformat(),
            "title": f"Giao ban Văn phòng tuần {d.isocalendar()[1]}",
            "chair": "Chánh Văn phòng",
            "note": None,
        }
        for d in office
    ]
    rows += [
        {
            "kind": "chairman",
            "held_on": d.isoformat(),
            "title": f"Giao ban Chủ tịch tuần {d.isocalendar()[1]}",
            "chair": "Chủ tịch UBND tỉnh",
            "note": None,
        }
        for d in chairman
    ]
    return sorted(rows, key=lambda r: (r["held_on"], r["kind"]))


def write(name: str, rows: list[dict]) -> None:
    with open(OUT / name, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        for r in rows:
            w.writerow({k: "" if v is None else v for k, v in r.items()})


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        "plans.csv",
        [
            {
                "code": "02/KH-VPUB",
                "title": "Kế hoạch thực hiện cải cách hành chính năm 2022",
                "year": 2022,
                "issued_on": "2022-02-06",
                "basis": "3162/QĐ-UBND ngày 20/12/2021",
            }
        ],
    )
    write("tasks.csv", tasks())
    write("dossiers.csv", dossiers())
    write("meetings.csv", meetings())


if __name__ == "__main__":
    main()
