"""Export of everything, then import into an empty ledger, reproduces any ledger record for
record.

Hypothesis drives random valid sequences of a clerk's commands and imports through the command
line — plans, tasks (add, start, done, cancel, edit), dossiers (add, resolve, return, withdraw,
pause, resume, reschedule), calendar overrides (off, work, remove, the shipped ones included),
meeting kinds and meetings, procedures, the ledger's particulars (``cchc init --agency ...``) and
small generated import files that add and update records — then runs ``cchc export all`` (in
each format), ``cchc import all`` into an empty ledger and compares every table but the audit
trail and the holiday cache, row for row. ``cchc check`` and ``cchc audit verify`` pass on both
ledgers, and importing the same folder again changes nothing.

``CCHC_ROUND_TRIP_EXAMPLES=N`` runs N examples per format, and ``CCHC_NO_SHRINK=1`` reports a
failure without shrinking it (each example takes about half a second): to hunt at leisure.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st

from cchc.domain.areas import AREA_KEYS
from cchc.store.schema import shipped_calendar
from conftest import Cli

EXAMPLES = int(os.environ.get("CCHC_ROUND_TRIP_EXAMPLES", "20"))
DAY0 = date(2022, 1, 3)  # a Monday; every date drawn lies in 2022-2023, long before today
SHIPPED = sorted(shipped_calendar())

# tables that are not records: the audit trail (its own chain, rebuilt by the import), the
# holiday cache (derived from the package) and the migrations' bookkeeping
NOT_RECORDS = {"audit", "audit_rows", "holiday_cache", "_sqlite_migrations"}
# tables that point at another by row id: compared through the other's natural key
BY_KEY = {
    "tasks": "SELECT p.code, t.number, t.title, t.area, t.unit, t.due_on, t.started_on, t.done_on, t.evidence,"
    " t.cancelled_on, t.cancel_reason FROM tasks t JOIN plans p ON p.id = t.plan_id",
    "dossier_pauses": "SELECT d.code, p.paused_on, p.resumed_on, p.days, p.reason FROM dossier_pauses p"
    " JOIN dossiers d ON d.id = p.dossier_id ORDER BY d.code, p.id",  # the order of a history matters
}


def records(db: Path) -> dict[str, list[tuple]]:
    """Every record of the ledger, table by table, without row ids."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        out = {}
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in names:
            if table in NOT_RECORDS or table.startswith("sqlite_"):
                continue
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            sql = BY_KEY.get(table)
            if sql is None:
                assert not [c for c in cols if c.endswith("_id")], f"{table} points at a row id: add it to BY_KEY"
                sql = f"SELECT {', '.join(c for c in cols if c != 'id')} FROM {table}"
            rows = conn.execute(sql).fetchall()
            out[table] = rows if "ORDER BY" in sql else sorted(rows, key=repr)
        return out
    finally:
        conn.close()


# -- values ---------------------------------------------------------------------------------

# Vietnamese letters (precomposed and decomposed), spreadsheet-formula starts, CSV separators,
# a line break and a tab inside a value
_ALPHABET = list("aăâbdđeêoơưy ÁẠặễỗ") + ["e\u0301", "o\u0302\u0300"] + list("=+-@',;\"#/\n\t")


FORMULA_STARTS = ["=", "+", "-", "@", "'", "'=", "''+"]


def text(min_size: int = 1, max_size: int = 12, starts: list[str] = FORMULA_STARTS):
    """A value a clerk types: at least one letter besides spaces and punctuation, sometimes
    after what a spreadsheet would take for a formula (``=``, ``+``, ``-``, ``@``, a quote)."""
    return st.builds(
        lambda start, head, tail: start + head + tail,
        st.sampled_from(["", "", ""] + starts),
        st.sampled_from(list("HKPTgiaoĐơnThủtục")),
        st.lists(st.sampled_from(_ALPHABET), min_size=min_size - 1, max_size=max_size).map("".join),
    )


def pause_reason():
    """A wait's reason, including one that starts with a quote or a formula character."""
    return text()


def typed(d: date, draw) -> str:
    """A date as a clerk types it: day first or ISO."""
    return draw(st.sampled_from([d.strftime("%d/%m/%Y"), d.isoformat()]))


class Model:
    """What the ledger holds, as far as choosing the next valid command needs."""

    def __init__(self, cli: Cli) -> None:
        self.cli = cli
        self.plans: dict[str, int] = {}  # code -> year
        self.tasks: dict[tuple[str, int], dict] = {}  # (plan, number) -> state, started
        self.dossiers: dict[str, dict] = {}  # code -> received, last (latest event), paused, finished
        self.kinds = ["office", "chairman"]
        self.meetings: set[tuple[str, str, str]] = set()
        self.procedures: list[str] = []
        self.n = 0

    def fresh(self, prefix: str) -> str:
        self.n += 1
        return f"{prefix}{self.n:03d}"

    def due_on(self, code: str) -> date:
        return date.fromisoformat(self.cli.rows("SELECT due_on FROM dossiers WHERE code = ?", (code,))[0][0])

    def required(self, code: str) -> dict:
        """The columns a dossier file must have, as stored."""
        sql = "SELECT code, procedure, received_on, due_on FROM dossiers WHERE code = ?"
        return dict(zip(("code", "procedure", "received_on", "due_on"), self.cli.rows(sql, (code,))[0], strict=True))

    def overrides(self) -> dict[str, str]:
        return dict(self.cli.rows("SELECT day, kind FROM calendar_overrides"))

    def working(self, d: date) -> bool:
        from cchc.store.calendar import load_calendar
        from cchc.store.ledger import Ledger

        with Ledger.open(self.cli.db) as led:
            return load_calendar(led).is_working(d)


def day(draw, lo: int = 0, hi: int = 360) -> date:
    return DAY0 + timedelta(days=draw(st.integers(lo, hi)))


def after(draw, start: date, span: int = 40) -> date:
    return start + timedelta(days=draw(st.integers(0, span)))


# -- commands -------------------------------------------------------------------------------


def plan_add(m: Model, draw) -> list[str] | None:
    code = draw(st.sampled_from(["KH", "QĐ", "kh", "@KH"])) + "-" + m.fresh("")
    year = draw(st.sampled_from([2022, 2023]))
    args = ["plan", "add", f"{code}/VP", "--title", draw(text()), "--year", str(year)]
    if draw(st.booleans()):
        args += ["--issued-on", typed(day(draw), draw)]
    if draw(st.booleans()):
        args += ["--basis", draw(text())]
    m.plans[f"{code}/VP"] = year
    return args


def task_add(m: Model, draw) -> list[str] | None:
    if not m.plans:
        return None
    plan = draw(st.sampled_from(sorted(m.plans)))
    args = ["task", "add", "--plan", plan, "--title", draw(text())]
    if draw(st.booleans()):
        args += ["--area", draw(st.sampled_from(AREA_KEYS))]
    if draw(st.booleans()):
        args += ["--unit", draw(text())]
    if draw(st.booleans()):
        args += ["--due", draw(st.sampled_from(["Q1", "Q2", "Q4", "cả năm", typed(day(draw), draw)]))]
    number = 1 + max([n for p, n in m.tasks if p == plan], default=0)
    m.tasks[(plan, number)] = {"state": "todo", "started": None}
    return args


def task_move(m: Model, draw) -> list[str] | None:
    open_ = sorted(k for k, t in m.tasks.items() if t["state"] in ("todo", "doing"))
    if not open_:
        return None
    key = draw(st.sampled_from(open_))
    task = m.tasks[key]
    ref = f"{key[0]}#{key[1]}"
    action = draw(st.sampled_from(["start", "done", "cancel"] if task["state"] == "todo" else ["done", "cancel"]))
    on = after(draw, task["started"]) if task["started"] else day(draw)
    args = ["task", action, ref, "--on", typed(on, draw)]
    if action == "start":
        task.update(state="doing", started=on)
    elif action == "done":
        task["state"] = "done"
        if draw(st.booleans()):
            args += ["--evidence", draw(text())]
    else:
        task["state"] = "cancelled"
        args += ["--reason", draw(text())]
    return args


def task_edit(m: Model, draw) -> list[str] | None:
    if not m.tasks:
        return None
    plan, number = draw(st.sampled_from(sorted(m.tasks)))
    args = ["task", "edit", f"{plan}#{number}"]
    for option, value in (
        ("--title", text()),
        ("--unit", text()),
        ("--area", st.sampled_from(AREA_KEYS)),
        ("--due", st.sampled_from(["Q3", "30/06/2022", "2022-12-31"])),
        ("--evidence", text()),
    ):
        if draw(st.booleans()):
            args += [option, draw(value)]
    return args if len(args) > 3 else args + ["--title", draw(text())]


def dossier_add(m: Model, draw) -> list[str] | None:
    code = draw(st.sampled_from(["000.00.12.H50-", "001.", "HS-", "=HS-", "'+HS-"])) + m.fresh("")
    received = day(draw)
    args = ["dossier", "add", code, "--received", typed(received, draw)]
    how = draw(st.sampled_from(["due", "days"] + (["catalog"] if m.procedures else [])))
    if how == "catalog":
        args += ["--procedure", draw(st.sampled_from(m.procedures))]
    else:
        args += ["--procedure", draw(text())]
        if how == "due":
            args += ["--due", typed(after(draw, received), draw)]
        else:
            args += ["--days", str(draw(st.integers(1, 20)))]
    for option, value in (
        ("--field", text()),
        ("--applicant", text()),
        ("--note", text()),
        ("--channel", st.sampled_from(["online", "direct", "postal", "trực tuyến", "bưu chính"])),
    ):
        if draw(st.booleans()):
            args += [option, draw(value)]
    m.dossiers[code] = {"last": received, "paused": None, "finished": False}
    return args


def _pending(m: Model) -> list[str]:
    return sorted(c for c, d in m.dossiers.items() if not d["finished"])


def dossier_finish(m: Model, draw) -> list[str] | None:
    pending = _pending(m)
    if not pending:
        return None
    code = draw(st.sampled_from(pending))
    d = m.dossiers[code]
    on = after(draw, d["paused"] or d["last"], 30)
    action = draw(st.sampled_from(["resolve", "return", "withdraw"]))
    args = ["dossier", action, code, "--on", typed(on, draw)]
    if action == "return":
        args += ["--reason", draw(text())]
    d.update(finished=True, last=on, paused=None)
    return args


def dossier_wait(m: Model, draw) -> list[str] | None:
    pending = _pending(m)
    if not pending:
        return None
    code = draw(st.sampled_from(pending))
    d = m.dossiers[code]
    if d["paused"]:
        on = after(draw, d["paused"], 20)
        d.update(paused=None, last=on)
        return ["dossier", "resume", code, "--on", typed(on, draw)]
    on = after(draw, d["last"], 20)
    d.update(paused=on, last=on)
    return ["dossier", "pause", code, "--on", typed(on, draw), "--reason", draw(pause_reason())]


def dossier_reschedule(m: Model, draw) -> list[str] | None:
    pending = _pending(m)
    if not pending:
        return None
    code = draw(st.sampled_from(pending))
    new = m.due_on(code) + timedelta(days=draw(st.integers(1, 30)))
    return ["dossier", "reschedule", code, "--due", typed(new, draw), "--reason", draw(text())]


def procedure_add(m: Model, draw) -> list[str] | None:
    code = f"1.{m.fresh('0')}"
    args = ["procedure", "add", code, "--name", draw(text()) + " " + code, "--days", str(draw(st.integers(1, 30)))]
    if draw(st.booleans()):
        args += ["--field", draw(text())]
    m.procedures.append(code)
    return args


def procedure_edit(m: Model, draw) -> list[str] | None:
    if not m.procedures:
        return None
    code = draw(st.sampled_from(m.procedures))
    option, value = draw(
        st.sampled_from([("--days", st.integers(1, 60).map(str)), ("--field", text()), ("--name", text())])
    )
    return ["procedure", "edit", code, option, draw(value) + (" " + code if option == "--name" else "")]


def calendar_change(m: Model, draw) -> list[str] | None:
    overrides = m.overrides()
    action = draw(st.sampled_from(["set", "set", "remove"] if overrides else ["set"]))
    if action == "remove":
        return ["calendar", "remove", draw(st.sampled_from(sorted(overrides)))]
    d = draw(st.one_of(st.builds(lambda n: DAY0 + timedelta(days=n), st.integers(0, 400)), st.sampled_from(SHIPPED)))
    d = d if isinstance(d, date) else date.fromisoformat(d)
    kind = "off" if m.working(d) else "work"
    return ["calendar", kind, typed(d, draw), "--reason", draw(text())]


def kind_add(m: Model, draw) -> list[str] | None:
    key = m.fresh("phong-")
    m.kinds.append(key)
    args = ["meeting", "kind-add", key, "--name", draw(text())]
    return args + (["--name-en", draw(text())] if draw(st.booleans()) else [])


def meeting_add(m: Model, draw) -> list[str] | None:
    kind = draw(st.sampled_from(m.kinds))
    on = day(draw)
    title = draw(st.one_of(st.just(""), text()))
    if (kind, on.isoformat(), title) in m.meetings:
        return None
    m.meetings.add((kind, on.isoformat(), title))
    args = ["meeting", "add", "--kind", kind, "--on", typed(on, draw)]
    args += ["--title", title] if title else []
    for option in ("--chair", "--note"):
        if draw(st.booleans()):
            args += [option, draw(text())]
    return args


def particulars(m: Model, draw) -> list[str] | None:
    args = ["init"]
    for option in ("--agency", "--parent", "--place", "--signer", "--signer-title"):
        if draw(st.booleans()):
            args += [option, draw(text())]
    if draw(st.booleans()):  # a unit code names Parquet folders: letters, digits, '.', '-', '_'
        args += ["--unit-code", draw(st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,9}", fullmatch=True))]
    return args


# -- import files ---------------------------------------------------------------------------


def write_file(folder: Path, noun: str, rows: list[dict], draw) -> Path:
    """A small import file of ``rows`` (csv with every row's columns, or JSON)."""
    fmt = draw(st.sampled_from(["csv", "json"]))
    path = folder / f"{noun}-{len(list(folder.iterdir()))}.{fmt}"
    if fmt == "json":
        path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    else:
        cols = list(dict.fromkeys(c for r in rows for c in r))
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, cols)
            w.writeheader()
            w.writerows(rows)
    return path


def updates(m: Model, draw, keys: list, make) -> list[dict]:
    """Rows changing one or two stored records (every row the same columns: a blank cell would
    clear its column)."""
    return [make(k) for k in draw(st.lists(st.sampled_from(keys), min_size=1, max_size=2, unique=True))]


def import_plans(m: Model, draw) -> dict | None:
    if m.plans and draw(st.booleans()):
        # the required columns (code, title) and one more
        col = draw(st.sampled_from(["basis", "issued_on"]))
        value = (lambda: day(draw).strftime("%d/%m/%Y")) if col == "issued_on" else (lambda: draw(text()))
        rows = updates(m, draw, sorted(m.plans), lambda k: {"code": k, "title": draw(text()), col: value()})
        return {"noun": "plans", "rows": rows}
    rows = []
    for _ in range(draw(st.integers(1, 2))):
        code = f"KH-{m.fresh('')}/IMP"
        year = draw(st.sampled_from([2022, 2023]))
        m.plans[code] = year
        rows.append({"code": code, "title": draw(text()), "year": year, "issued_on": day(draw).strftime("%d/%m/%Y")})
    return {"noun": "plans", "rows": rows}


def import_tasks(m: Model, draw) -> dict | None:
    if not m.plans:
        return None
    if m.tasks and draw(st.booleans()):
        # the required columns (plan, number, title) and one more
        col = draw(st.sampled_from(["unit", "due_on", "area", "evidence"]))
        value = {
            "due_on": lambda: day(draw).strftime("%d/%m/%Y"),
            "area": lambda: draw(st.sampled_from(AREA_KEYS)),
        }.get(col, lambda: draw(text()))

        def change(key: tuple) -> dict:
            return {"plan": key[0], "number": key[1], "title": draw(text()), col: value()}

        rows = updates(m, draw, sorted(m.tasks), change)
        return {"noun": "tasks", "rows": rows}
    plan = draw(st.sampled_from(sorted(m.plans)))
    number = 1 + max([n for p, n in m.tasks if p == plan], default=0)
    m.tasks[(plan, number)] = {"state": "todo", "started": None}
    row = {"plan": plan, "number": number, "title": draw(text()), "area": draw(st.sampled_from(AREA_KEYS))}
    return {"noun": "tasks", "rows": [row]}


def import_dossiers(m: Model, draw) -> dict | None:
    pending = _pending(m)
    if pending and draw(st.booleans()):
        how = draw(st.sampled_from(["finish", "wait", "note"]))
        if how == "wait":  # a wait for supplements begins (or, for one waiting, a note)

            def wait(code: str) -> dict:
                d = m.dossiers[code]
                row = {**m.required(code), "paused_on": None, "pause_reason": None}
                if d["paused"]:
                    return {**row, "paused_on": d["paused"].isoformat(), "pause_reason": draw(pause_reason())}
                on = after(draw, d["last"], 20)
                d.update(paused=on, last=on)
                return {**row, "paused_on": on.strftime("%d/%m/%Y"), "pause_reason": draw(pause_reason())}

            return {"noun": "dossiers", "rows": updates(m, draw, pending, wait)}
        if how == "finish":  # finished; a wait ends that day

            def finish(code: str) -> dict:
                d = m.dossiers[code]
                on = after(draw, d["paused"] or d["last"], 30)
                d.update(finished=True, paused=None, last=on)
                return {**m.required(code), "resolved_on": on.strftime("%d/%m/%Y")}

            return {"noun": "dossiers", "rows": updates(m, draw, pending, finish)}

        def change(code: str) -> dict:
            return {**m.required(code), "note": draw(text()), "applicant": draw(text())}

        return {"noun": "dossiers", "rows": updates(m, draw, pending, change)}
    rows = []
    for _ in range(draw(st.integers(1, 2))):
        code = m.fresh("IMP-")
        received = day(draw)
        row = {"code": code, "procedure": draw(text()), "received_on": received.strftime("%d/%m/%Y")}
        row["due_on"] = after(draw, received).isoformat()
        m.dossiers[code] = {"last": received, "paused": None, "finished": False}
        row["returned_on"] = row["return_reason"] = None
        if draw(st.booleans()):
            on = after(draw, received)
            row["returned_on"], row["return_reason"] = on.isoformat(), draw(text())
            m.dossiers[code].update(finished=True, last=on)
        rows.append(row)
    return {"noun": "dossiers", "rows": rows}


def import_procedures(m: Model, draw) -> dict | None:
    if m.procedures and draw(st.booleans()):

        def change(code: str) -> dict:
            return {"code": code, "name": draw(text()) + " " + code, "days": draw(st.integers(1, 30))}

        return {"noun": "procedures", "rows": updates(m, draw, m.procedures, change)}
    code = f"2.{m.fresh('0')}"
    m.procedures.append(code)
    row = {"code": code, "name": draw(text()) + " " + code, "field": draw(text()), "days": "5 ngày làm việc"}
    return {"noun": "procedures", "rows": [row]}


def import_meetings(m: Model, draw) -> dict | None:
    if m.meetings and draw(st.booleans()):

        def change(key: tuple) -> dict:
            kind, held_on, title = key
            return {"kind": kind, "held_on": held_on, "title": title, "chair": draw(text()), "note": draw(text())}

        return {"noun": "meetings", "rows": updates(m, draw, sorted(m.meetings), change)}
    kind, on, title = draw(st.sampled_from(m.kinds)), day(draw).isoformat(), draw(text())
    if (kind, on, title) in m.meetings:
        return None
    m.meetings.add((kind, on, title))
    return {"noun": "meetings", "rows": [{"kind": kind, "held_on": on, "title": title, "chair": draw(text())}]}


def import_kinds(m: Model, draw) -> dict | None:
    if draw(st.booleans()):
        rows = updates(m, draw, m.kinds, lambda k: {"key": k, "name": draw(text()), "name_en": draw(text())})
        return {"noun": "meeting-kinds", "rows": rows}
    key = m.fresh("nhom-")
    m.kinds.append(key)
    return {"noun": "meeting-kinds", "rows": [{"key": key, "name": draw(text()), "name_en": draw(text())}]}


def import_calendar(m: Model, draw) -> dict | None:
    d = draw(st.one_of(st.builds(lambda n: DAY0 + timedelta(days=n), st.integers(0, 400)), st.sampled_from(SHIPPED)))
    d = d if isinstance(d, date) else date.fromisoformat(d)
    kind = draw(st.sampled_from(["off", "work", "nghỉ", "làm bù"]))
    return {"noun": "calendar", "rows": [{"day": d.strftime("%d/%m/%Y"), "kind": kind, "reason": draw(text())}]}


COMMANDS = [
    plan_add,
    task_add,
    task_add,
    task_move,
    task_move,
    task_edit,
    dossier_add,
    dossier_add,
    dossier_finish,
    dossier_wait,
    dossier_wait,
    dossier_reschedule,
    procedure_add,
    procedure_edit,
    calendar_change,
    kind_add,
    meeting_add,
    particulars,
]
IMPORTS = [
    import_plans,
    import_tasks,
    import_dossiers,
    import_procedures,
    import_meetings,
    import_kinds,
    import_calendar,
]


def json_documents(text: str):
    """The JSON documents printed one after another (``--json`` prints one per file)."""
    decoder, pos = json.JSONDecoder(), 0
    while text[pos:].strip():
        pos += len(text[pos:]) - len(text[pos:].lstrip())
        doc, pos = decoder.raw_decode(text, pos)
        yield doc


# what to do instead when a command has nothing to act on yet (a task needs a plan ...)
INSTEAD = {
    "task_add": "plan_add",
    "task_move": "task_add",
    "task_edit": "task_add",
    "dossier_finish": "dossier_add",
    "dossier_wait": "dossier_add",
    "dossier_reschedule": "dossier_add",
    "procedure_edit": "procedure_add",
    "import_tasks": "plan_add",
}


def run_steps(cli: Cli, folder: Path, data, steps: int) -> list[str]:
    """Run ``steps`` random valid commands and imports; returns what was run (for the report)."""
    m = Model(cli)
    done: list[str] = []
    while len(done) < steps:
        step = data.draw(st.sampled_from(IMPORTS if data.draw(st.integers(0, 3)) == 0 else COMMANDS))
        job = step(m, data.draw)
        while job is None and step.__name__ in INSTEAD:
            step = globals()[INSTEAD[step.__name__]]
            job = step(m, data.draw)
        if job is None:
            continue
        if isinstance(job, dict):  # an import file
            path = write_file(folder, job["noun"], job["rows"], data.draw)
            args = ["import", job["noun"], str(path)]
            done.append(" ".join(args) + " " + path.read_text(encoding="utf-8"))
        else:
            args = job
            done.append(" ".join(args))
        event(" ".join(args[:2]) if args[0] != "init" else "init --agency ...")
        result = cli(*args)
        assert result.exit_code == 0, (done, result.stdout, result.stderr)
    return done


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["json", "csv", "jsonl", "xlsx"])
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate] + ([] if os.environ.get("CCHC_NO_SHRINK") else [Phase.shrink]),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_export_all_then_import_all_gives_the_same_ledger(fmt, data):
    with tempfile.TemporaryDirectory(prefix="cchc-round-trip-") as tmp:
        tmp = Path(tmp)
        (tmp / "files").mkdir()
        a, b = Cli(tmp / "a.db"), Cli(tmp / "b.db")
        a.ok("init")
        b.ok("init")
        done = run_steps(a, tmp / "files", data, data.draw(st.integers(4, 16)))
        a.ok("export", "all", "-o", str(tmp / "out"), "--format", fmt)
        b.ok("import", "all", str(tmp / "out"))
        before, after = records(a.db), records(b.db)
        for table in before:
            assert after[table] == before[table], (table, done)
        assert set(after) == set(before)
        for ledger in (a, b):
            ledger.ok("check")
            ledger.ok("audit", "verify")
        # the same folder again: nothing to do
        audit = b.count("audit")
        again = b.ok("--lang", "en", "import", "all", str(tmp / "out"), "--json")
        summaries = list(json_documents(again.stdout))
        assert all(s["inserted"] == s["updated"] == 0 for s in summaries), summaries
        assert b.count("audit") == audit
