"""The ledger file and what surrounds it: creating it on purpose, outputs that never clobber,
restores, interrupts, the audit anchor and the schema check, bounded input files.

key -> (Vietnamese, English); values are named ``str.format`` fields."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the ledger file
    "created_default_ledger": ("đã tạo sổ cái mới {path}", "created a new ledger {path}"),
    "ledger_is_folder": (
        "{path} là một thư mục, không phải tệp sổ cái; --db cần đường dẫn tới tệp, ví dụ {path}/ledger.db",
        "{path} is a folder, not a ledger file; --db takes a file path such as {path}/ledger.db",
    ),
    "ledger_read_only": (
        "sổ cái {path} hoặc thư mục chứa nó chỉ cho đọc (cchc cần ghi bên cạnh sổ cái); không có gì được ghi",
        "the ledger {path} or its folder is read-only (cchc needs to write beside it); nothing was written",
    ),
    "disk_full": (
        "đĩa chứa sổ cái {path} đã đầy; không có gì được ghi",
        "the disk holding the ledger {path} is full; nothing was written",
    ),
    "os_full": ("đĩa đã đầy", "the disk is full"),
    "os_denied": ("không có quyền", "permission denied"),
    "os_read_only": ("ổ đĩa chỉ cho đọc", "read-only file system"),
    "os_missing": ("không có tệp hoặc thư mục này", "no such file or folder"),
    "os_is_folder": ("đó là một thư mục", "it is a folder"),
    "os_not_folder": ("một phần của đường dẫn không phải thư mục", "part of the path is not a folder"),
    # -- outputs
    "out_is_ledger": (
        "{path} là sổ cái (hoặc tệp đi kèm của nó); không ghi đè lên sổ cái",
        "{path} is the ledger (or one of its side files); refusing to write over it",
    ),
    "out_no_folder": (
        "không có thư mục {folder} để ghi {path} (ổ đĩa chưa cắm?)",
        "no folder {folder} to write {path} into (drive not mounted?)",
    ),
    "out_is_folder": (
        "{path} là một thư mục; hãy ghi tên tệp, ví dụ {path}/bao-cao.txt",
        "{path} is a folder; give a file name, such as {path}/report.txt",
    ),
    "out_not_file": (
        "{path} không phải tệp thường, thiết bị ký tự hay đường ống; không ghi vào đó",
        "{path} is not a regular file, character device or pipe; refusing to write to it",
    ),
    "out_not_folder": ("{path} không phải thư mục", "{path} is not a folder"),
    "out_is_terminal": (
        "không ghi bản sao lưu ra màn hình; chuyển hướng sang tệp hoặc đường ống",
        "not writing a backup to the terminal; redirect it to a file or a pipe",
    ),
    "out_failed": ("không ghi được {path}: {detail}", "cannot write {path}: {detail}"),
    # -- interrupts
    "interrupted_nothing": (
        "đã dừng (Ctrl-C); không có gì được ghi vào sổ cái",
        "interrupted; nothing was written to the ledger",
    ),
    # -- anchor
    "anchor_footer": ("Mốc nhật ký: {anchor}", "Audit anchor: {anchor}"),
    "anchor_bad": (
        "{value!r} không phải mốc nhật ký; cần dạng N:MÃBĂM (như 'cchc audit head' in ra)",
        "{value!r} is not an audit anchor; expected N:HASH (as 'cchc audit head' prints it)",
    ),
    "anchor_file_empty": ("{path}: không có mốc nhật ký nào (N:MÃBĂM)", "{path}: no audit anchor (N:HASH) in it"),
    "anchor_missing": (
        "mốc #{n}: nhật ký dừng ở mục #{entries} — các mục cuối đã bị xóa",
        "anchor #{n}: the audit trail ends at entry #{entries} — its last entries were removed",
    ),
    "anchor_differs": (
        "mốc #{n}: mã băm của mục #{n} không còn là {hash}… — nhật ký đã bị viết lại",
        "anchor #{n}: entry #{n} no longer has the hash {hash}… — the audit trail was rewritten",
    ),
    "backup_anchor": ("mốc nhật ký của bản sao lưu: {anchor}", "the backup's audit anchor: {anchor}"),
    # -- schema and derived data
    "schema_added": (
        "cấu trúc sổ cái: {type} '{name}' không do cchc tạo (thêm ngoài cchc)",
        "ledger schema: {type} '{name}' was not made by cchc (added outside cchc)",
    ),
    "schema_changed": (
        "cấu trúc sổ cái: {type} '{name}' khác với cchc tạo (sửa ngoài cchc)",
        "ledger schema: {type} '{name}' differs from what cchc makes (changed outside cchc)",
    ),
    "schema_missing": (
        "cấu trúc sổ cái: thiếu {type} '{name}' (xóa ngoài cchc)",
        "ledger schema: {type} '{name}' is missing (removed outside cchc)",
    ),
    "derived_differs": (
        "{kind} {ref}: cột {column} không khớp với giá trị tính từ bản ghi (sửa ngoài cchc)",
        "{kind} {ref}: column {column} does not match the value derived from the record (changed outside cchc)",
    ),
    "holiday_cache_differs": (
        "bộ nhớ đệm ngày lễ năm {year} (holidays {version}) khác với gói holidays — sửa ngoài cchc;"
        " ngày hẹn tính từ đó có thể sai",
        "the holiday cache for {year} (holidays {version}) differs from the holidays package — changed"
        " outside cchc; due dates computed from it may be wrong",
    ),
    "holiday_cache_bad": (
        "bộ nhớ đệm ngày lễ năm {year}: không đọc được (sửa ngoài cchc)",
        "the holiday cache for {year} cannot be read (changed outside cchc)",
    ),
    # -- restore
    "restore_refused": (
        "{path}: bản sao lưu không qua được kiểm tra ({count} vấn đề), đầu tiên: {first}; sổ cái hiện tại"
        " giữ nguyên (--force để vẫn khôi phục)",
        "{path}: the backup fails the checks ({count} problems), first: {first}; the current ledger is"
        " unchanged (--force to restore it anyway)",
    ),
    "restore_schema_refused": (
        "{path}: cấu trúc của bản sao lưu đã bị sửa ({first}); không khôi phục, kể cả với --force",
        "{path}: the backup's schema was altered ({first}); not restored, not even with --force",
    ),
    "restore_forced": (
        "khôi phục dù bản sao lưu có {count} vấn đề (--force); chạy 'cchc check' để xem",
        "restored although the backup has {count} problems (--force); run 'cchc check' to see them",
    ),
    "backup_wal": (
        "{path}: đọc kèm tệp nhật ghi {wal} bên cạnh",
        "{path}: read together with the write-ahead log {wal} beside it",
    ),
    # -- bounded input
    "imp_too_big": (
        "{path}: tệp vượt giới hạn ({what}: {value} > {limit}); không đọc tiếp",
        "{path}: the file exceeds a limit ({what}: {value} > {limit}); not read further",
    ),
    "imp_too_deep": (
        "{path}:{line}: JSON lồng sâu quá {limit} tầng",
        "{path}:{line}: JSON nested deeper than {limit} levels",
    ),
    "imp_merged_heading": (
        "{path}: ô tiêu đề {cell} gộp nhiều cột ({range}) trên một cột dữ liệu có giá trị; tách ô gộp"
        " trong Excel rồi nhập lại",
        "{path}: heading cell {cell} is merged over several columns ({range}) that hold data; unmerge it"
        " in Excel and import again",
    ),
    "imp_merged_data": (
        "{path}: ô {cell} gộp nhiều cột ({range}) trong vùng dữ liệu; tách ô gộp trong Excel rồi nhập lại",
        "{path}: cell {cell} is merged over several columns ({range}) in the data; unmerge it in Excel"
        " and import again",
    ),
}

LABELS: dict[str, tuple[str, str]] = {
    "kind_holiday_cache": ("bộ nhớ đệm ngày lễ", "holiday cache"),
    "schema_table": ("bảng", "table"),
    "schema_index": ("chỉ mục", "index"),
    "schema_trigger": ("trigger", "trigger"),
    "schema_view": ("view", "view"),
}
