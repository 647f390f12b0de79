"""JSON and JSONL records as rows: one object's keys become the header, its values the cells;
a record nested deeper than ``MAX_DEPTH`` is a file error (checked without recursion)."""

from __future__ import annotations

import json

from cchc.domain.errors import InputError
from cchc.domain.text import unstorable

MAX_DEPTH = 32  # nesting of a JSON record (a record is flat; a pauses cell is 3 deep)


def _loads(text: str, name: str, line: int):
    try:
        obj = json.loads(text)
    except RecursionError:
        raise InputError("imp_too_deep", path=name, line=line, limit=MAX_DEPTH) from None
    except ValueError as exc:
        raise InputError("imp_bad_json", path=name, line=line, detail=str(exc)) from None
    _check_depth(obj, name, line)
    return obj


def _check_depth(obj, name: str, line: int) -> None:
    """A record nested deeper than ``MAX_DEPTH`` is a file error (iteratively: no recursion)."""
    stack = [(obj, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise InputError("imp_too_deep", path=name, line=line, limit=MAX_DEPTH)
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values() if isinstance(v, (dict, list)))
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value if isinstance(v, (dict, list)))


def _object_row(obj, keys: list[str] | None, line: int, name: str):
    """Yield one JSON object as cells; the first object's keys (plus any new ones) are the
    header, yielded once as line 0 (the header has no line of its own in JSON)."""
    if not isinstance(obj, dict):
        raise InputError("imp_json_not_object", path=name, line=line)
    if keys is None:
        keys = list(obj)
        yield 0, list(keys)
    else:
        extra = [k for k in obj if k not in keys]
        if extra:  # a new column: re-announce the header (columns only ever grow)
            keys = keys + extra
            yield 0, list(keys)
    cells = [None if obj.get(k) is None else _json_text(obj.get(k)) for k in keys]
    for k, cell in zip(keys, cells, strict=True):
        if unstorable(k):  # a key is a column name, printed in warnings
            raise InputError("imp_json_bad_text", path=name, line=line, column=repr(k))
        if cell is not None and unstorable(cell):  # a JSON string may hold \u0000
            raise InputError("imp_json_bad_text", path=name, line=line, column=k)
    yield line, cells
    return keys


def _json_text(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)
