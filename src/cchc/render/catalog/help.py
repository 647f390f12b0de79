"""The help of every command, in Vietnamese and English: what it does, each option, real
examples (they run on the sample ledger, ``data/load_sample.py``).

``COMMANDS[path]``: ``text`` (vi, en) — its first paragraph is the summary shown in lists;
``examples`` — commands (the same in both languages), or (command, vi note, en note);
``params`` — option (``--due``) or argument (``code``) -> (vi, en), over the shared ``PARAMS``;
``metavars`` — option -> a ``METAVARS`` key, over the shared ``METAVAR_OF``.
Read by ``cchc.cli.helpfmt`` only when help is shown.
"""

from __future__ import annotations

from cchc.render.catalog.help_desk import COMMANDS as DESK
from cchc.render.catalog.help_dossiers import COMMANDS as DOSSIERS
from cchc.render.catalog.help_exchange import COMMANDS as EXCHANGE
from cchc.render.catalog.help_index import COMMANDS as INDEX
from cchc.render.catalog.help_office import COMMANDS as OFFICE
from cchc.render.catalog.help_province import COMMANDS as PROVINCE
from cchc.render.catalog.help_registers import COMMANDS as REGISTERS

WORDS: dict[str, tuple[str, str]] = {
    "usage": ("Cách dùng:", "Usage:"),
    "options": ("tùy chọn", "options"),
    "options_title": ("Tùy chọn", "Options"),
    "arguments": ("Tham số", "Arguments"),
    "commands": ("Lệnh", "Commands"),
    "command": ("LỆNH ...", "COMMAND ..."),
    "examples": ("Ví dụ", "Examples"),
    "required": ("(bắt buộc)", "(required)"),
}

# the placeholder after an option: key -> (vi, en)
METAVARS: dict[str, tuple[str, str]] = {
    "DATE": ("NGÀY", "DATE"),
    "CODE": ("MÃ", "CODE"),
    "REF": ("KẾ-HOẠCH#SỐ", "PLAN#N"),
    "TEXT": ("NỘI-DUNG", "TEXT"),
    "N": ("SỐ", "N"),
    "YEAR": ("NĂM", "YEAR"),
    "FILE": ("TỆP", "FILE"),
    "FOLDER": ("THƯ-MỤC", "FOLDER"),
    "PATH": ("ĐƯỜNG-DẪN", "PATH"),
    "PERIOD": ("KỲ", "PERIOD"),
    "KIND": ("LOẠI", "KIND"),
    "KEY": ("KHÓA", "KEY"),
    "AREA": ("LĨNH-VỰC-CCHC", "AREA"),
    "FIELD": ("LĨNH-VỰC", "FIELD"),
    "PROCEDURE": ("THỦ-TỤC", "PROCEDURE"),
    "CHANNEL": ("online|direct|postal", "online|direct|postal"),
    "STATUS": ("TRẠNG-THÁI", "STATUS"),
    "FORMAT": ("ĐỊNH-DẠNG", "FORMAT"),
    "ENCODING": ("BẢNG-MÃ", "ENCODING"),
    "LANG": ("vi|en", "vi|en"),
    "SHELL": ("bash|zsh|fish", "bash|zsh|fish"),
    "DEADLINE": ("HẠN", "DEADLINE"),
    "NUMBER": ("SỐ/KÝ-HIỆU", "NUMBER/SYMBOL"),
    "HEADINGS": ("keys|vi", "keys|vi"),
    "FROM": ("TỪ-NGÀY", "FROM"),
    "TO": ("ĐẾN-NGÀY", "TO"),
    "LAST": ("ĐẾN-NĂM", "LAST"),
    "INSPECTION": ("NĂM#SỐ", "YEAR#N"),
    "REFS": ("KẾ-HOẠCH#SỐ;…", "PLAN#N;…"),
    "MEETING": ("LOẠI@NGÀY/TIÊU-ĐỀ", "KIND@DATE/TITLE"),
    "SECTION": ("MỤC", "SECTION"),
    "POINTS": ("ĐIỂM", "POINTS"),
    "RANK": ("THỨ-HẠNG", "RANK"),
    "ONLINE": ("full|partial", "full|partial"),
    "YESNO": ("có|không", "yes|no"),
    "RATING": ("1-5", "1-5"),
    "ANCHOR": ("N:MÃ-BĂM", "N:HASH"),
    "UNIT_ANCHOR": ("MÃ-ĐƠN-VỊ=N:MÃ-BĂM", "CODE=N:HASH"),
    "LEDGERS": ("SỔ-CÁI…|THƯ-MỤC", "LEDGER…|FOLDER"),
    "RANK_BY": ("service|on-time|index", "service|on-time|index"),
}
METAVAR_OF: dict[str, str] = {
    "--db": "PATH",
    "--lang": "LANG",
    "--on": "DATE",
    "--received": "DATE",
    "--due": "DATE",
    "--from": "DATE",
    "--to": "DATE",
    "--as-of": "DATE",
    "--until": "DATE",
    "--issued-on": "DATE",
    "--since": "DATE",
    "--started": "DATE",
    "--done": "DATE",
    "--cancelled": "DATE",
    "--new-on": "DATE",
    "--days": "N",
    "--limit": "N",
    "--year": "YEAR",
    "--plan": "CODE",
    "--procedure": "PROCEDURE",
    "--field": "FIELD",
    "--channel": "CHANNEL",
    "--status": "STATUS",
    "--kind": "KIND",
    "--new-kind": "KIND",
    "--area": "AREA",
    "--format": "FORMAT",
    "--encoding": "ENCODING",
    "--output": "FILE",
    "--number": "NUMBER",
    "--headings": "HEADINGS",
    "--key": "KEY",
    "--serves": "REFS",
    "--task": "REF",
    "--meeting": "MEETING",
    "--document": "NUMBER",
    "--section": "SECTION",
    "--score": "POINTS",
    "--max": "POINTS",
    "--self": "POINTS",
    "--council": "POINTS",
    "--rank": "RANK",
    "--of": "N",
    "--top": "N",
    "--count": "N",
    "--jobs": "N",
    "--file": "FILE",
    "--anchors": "FILE",
    "--points": "FILE",
    "--anchor": "ANCHOR",
    "--rank-by": "RANK_BY",
    "--online": "ONLINE",
    "--digitised": "YESNO",
    "--result-digitised": "YESNO",
    "--paid-online": "YESNO",
    "--rating": "RATING",
    "code": "CODE",
    "ref": "REF",
    "key": "KEY",
    "file": "FILE",
    "folder": "FOLDER",
    "year": "YEAR",
    "day": "DATE",
    "received": "DATE",
    "days": "N",
    "value": "PERIOD",
    "date_from": "FROM",
    "date_to": "TO",
    "last": "LAST",
    "period": "PERIOD",
    "inputs": "LEDGERS",
}

# options and arguments many commands share: name -> (vi, en)
PARAMS: dict[str, tuple[str, str]] = {
    "--help": ("Xem hướng dẫn này.", "Show this help."),
    "--json": ("In JSON với các khóa cố định (cho script).", "Print JSON with stable keys (for scripts)."),
    "--db": (
        "Tệp sổ cái (mặc định: $CCHC_DB, nếu không có thì thư mục dữ liệu của người dùng).",
        "The ledger file (default: $CCHC_DB, else the user's data folder).",
    ),
    "--lang": (
        "Ngôn ngữ của nhãn, thông báo và hướng dẫn (mặc định: $CCHC_LANG, nếu không có thì vi).",
        "Language of labels, messages and help (default: $CCHC_LANG, else vi).",
    ),
    "--version": ("In số phiên bản.", "Print the version."),
    "--install-completion": (
        "Cài gợi ý khi nhấn Tab cho shell đang dùng (bash, zsh, fish).",
        "Install Tab completion for the current shell (bash, zsh, fish).",
    ),
    "--show-completion": (
        "In đoạn mã gợi ý Tab cho shell đang dùng, để tự cài.",
        "Print the Tab completion script for the current shell, to install it yourself.",
    ),
    "--on": ("Ngày (mặc định: hôm nay), ví dụ 09/06/2022.", "The date (default: today), e.g. 09/06/2022."),
    "--reason": ("Lý do, được ghi vào nhật ký thay đổi.", "Why; kept in the audit trail."),
    "--note": ("Ghi chú.", "A note."),
    "code": (
        "Mã hồ sơ, giữ nguyên như khi gõ (số 0 ở đầu, dấu chấm), ví dụ 000.00.12.H50-220315-0001.",
        "The dossier code, kept exactly as typed (leading zeros, dots), e.g. 000.00.12.H50-220315-0001.",
    ),
    "ref": (
        "Mã nhiệm vụ dạng KẾ-HOẠCH#SỐ, ví dụ 02/KH-VPUB#7.",
        "The task reference, PLAN#N, e.g. 02/KH-VPUB#7.",
    ),
    "--from": ("Từ ngày (tính cả ngày này).", "From this date (inclusive)."),
    "--to": ("Đến ngày (tính cả ngày này).", "Up to this date (inclusive)."),
    "--format": ("Định dạng.", "The format."),
    "--encoding": (
        "Bảng mã của tệp cũ, ví dụ cp1258 hoặc utf-16 (mặc định: tự nhận biết, UTF-8).",
        "The encoding of an older file, e.g. cp1258 or utf-16 (default: detected, UTF-8).",
    ),
    "--dry-run": (
        "Chỉ kiểm tra và cho biết sẽ thêm, sửa gì; không ghi gì.",
        "Check and show what would change; write nothing.",
    ),
    "file": (
        "Tệp csv, tsv, txt, json, jsonl hoặc xlsx; - để đọc từ stdin.",
        "A csv, tsv, txt, json, jsonl or xlsx file; - reads stdin.",
    ),
}

COMMANDS: dict[str, dict] = {**DESK, **DOSSIERS, **OFFICE, **EXCHANGE, **REGISTERS, **INDEX, **PROVINCE}
