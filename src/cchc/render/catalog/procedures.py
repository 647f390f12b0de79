"""The procedure catalog.

key -> (Vietnamese, English); values are named ``str.format`` fields."""

MESSAGES: dict[str, tuple[str, str]] = {
    "procedure_exists": (
        "thủ tục {code} đã có trong danh mục ({name}); dùng 'cchc procedure edit'",
        "procedure {code} is already in the catalog ({name}); use 'cchc procedure edit'",
    ),
    "procedure_missing": ("không có thủ tục {code} trong danh mục", "no procedure {code} in the catalog"),
    "procedure_ambiguous": (
        "tên thủ tục {name!r} trùng ở nhiều mã ({codes}); dùng mã thủ tục",
        "procedure name {name!r} matches several codes ({codes}); use the code",
    ),
    "procedure_unknown": (
        "thủ tục {name!r} không có trong danh mục: thêm bằng 'cchc procedure add', hoặc cho --days N hay --due NGÀY",
        "procedure {name!r} is not in the catalog: add it with 'cchc procedure add', or give --days N or --due DATE",
    ),
    "added_procedure": (
        "đã thêm thủ tục {code}: {name} ({days} ngày làm việc)",
        "added procedure {code}: {name} ({days} working days)",
    ),
    "procedure_updated": ("đã sửa thủ tục {code}", "updated procedure {code}"),
}

LABELS: dict[str, tuple[str, str]] = {"days": ("Thời hạn (ngày LV)", "Days"), "procedures": ("Thủ tục", "Procedures")}
