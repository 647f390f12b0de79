"""``cchc rollup``: one report for a province or a department from its units' ledgers (opened
read-only) or their Parquet exports — one row per unit of every figure, totals that are the sum
of the units, and a ranking of the units.

Each ledger is checked as ``cchc check`` checks it (file, rules, audit trail) and, when an anchor
is given for it, against that anchor; one that fails is named and left out unless ``force``. A
check is remembered per file (device, inode, size, modification and change times of the file and
of its ``-wal``): any write to the ledger changes them, so an unchanged ledger is not checked
again (``recheck`` forces it). Ledgers are read by ``jobs`` worker processes; Parquet datasets are
read by DuckDB (``services.parquet_report``). Returns plain data; never prints.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from cchc.domain import rollup as pure
from cchc.domain import service_index as si
from cchc.domain.errors import CchcError, InputError, Msg
from cchc.domain.periods import Period

RANK_BY = ("index", "service", "on-time")


@dataclass(frozen=True)
class Source:
    kind: str  # "ledger" or "parquet"
    path: str  # the ledger file, or the Parquet dataset's folder
    unit: str | None = None  # a Parquet dataset's unit code

    @property
    def name(self) -> str:
        return self.path if self.kind == "ledger" else f"{self.path} (unit={self.unit})"


@dataclass
class Options:
    period: Period
    plan: str | None = None
    compare: bool = False
    lang: str = "vi"
    rank_by: str = "service"
    force: bool = False
    anchors: dict[str, tuple[int, str]] = field(default_factory=dict)  # unit code or path -> (n, hash)
    jobs: int = 2
    recheck: bool = False

    def anchor_for(self, path: str, unit: str | None) -> tuple[int, str] | None:
        """The anchor given for a unit (by its code), or for its file, or for the only ledger."""
        a = self.anchors
        return a.get(unit) if unit and unit in a else a.get(os.path.realpath(path)) or a.get(path) or a.get(None)


# -- finding the inputs -------------------------------------------------------------------------
def discover(paths: list[str]) -> list[Source]:
    """Ledger files, folders of ledgers (``*.db``), and Parquet datasets (a folder with ``units/``:
    one source per unit in it)."""
    out: list[Source] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir() and (p / "units").is_dir():
            units = sorted(d.name.split("=", 1)[1] for d in (p / "units").iterdir() if d.name.startswith("unit="))
            out += [Source("parquet", str(p), u) for u in units]
        elif p.is_dir():
            found = sorted(f for f in p.iterdir() if f.is_file() and f.suffix in (".db", ".sqlite", ".sqlite3"))
            out += [Source("ledger", str(f)) for f in found]
        elif p.is_file():
            out.append(Source("ledger", str(p)))
        else:
            raise InputError("rollup_no_inputs", path=raw)
    if not out:
        raise InputError("rollup_no_inputs", path=", ".join(paths))
    return out


def parse_anchor(text: str) -> tuple[str | None, tuple[int, str]]:
    """``CODE=N:HASH`` (a unit's) or ``N:HASH`` (the only ledger's), as ``cchc audit head``
    prints it; the hash may be shortened to 16 hex digits or more."""
    key, _, rest = text.strip().rpartition("=")
    n, _, h = rest.partition(":")
    if not n.isdigit() or not 16 <= len(h) <= 64 or any(c not in "0123456789abcdef" for c in h.lower()):
        raise InputError("rollup_bad_anchor", value=text)
    return (key or None), (int(n), h.lower())


# -- the check, remembered per file -------------------------------------------------------------------
def _identity(path: str) -> list | None:
    """What changes when anything is written to the ledger: the file's and its -wal's device,
    inode, size and times (an empty -wal, which a reader may create and touch, holds nothing)."""
    ident = []
    for suffix in ("", "-wal"):
        try:
            st = os.stat(path + suffix)
        except FileNotFoundError:
            ident.append(None)
            continue
        if suffix and st.st_size == 0:
            ident.append(None)
            continue
        ident.append([st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns])
    return ident


def _freeze(value):
    """A finding's value as JSON, keeping whether it is shown as a label or a day."""
    from cchc.domain.errors import Day, Label

    if isinstance(value, Label):
        return {"label": str(value)}
    if isinstance(value, Day):
        return {"day": str(value)}
    return value if isinstance(value, (str, int, float, bool, type(None))) else str(value)


def _thaw(value):
    from cchc.domain.errors import Day, Label

    if isinstance(value, dict) and len(value) == 1:
        if "label" in value:
            return Label(value["label"])
        if "day" in value:
            return Day(value["day"])
    return value


class CheckCache:
    """``check`` results by ledger file, valid while the file (and its -wal) is unchanged."""

    def __init__(self, path: Path | None) -> None:
        from cchc import __version__

        self.path = path
        self.version = __version__
        self.data: dict = {}
        if path is not None:
            try:
                self.data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self.data = {}

    @classmethod
    def default(cls) -> CheckCache:
        base = os.environ.get("CCHC_CACHE_DIR")
        if not base:
            from platformdirs import user_cache_dir

            base = user_cache_dir("cchc")
        return cls(Path(base) / "rollup-checks.json")

    def get(self, path: str) -> dict | None:
        hit = self.data.get(os.path.realpath(path))
        if hit and hit.get("identity") == _identity(path) and hit.get("version") == self.version:
            result = dict(hit["result"])
            if "params" in result:
                result["params"] = {k: _thaw(v) for k, v in result["params"].items()}
            return result
        return None

    def put(self, path: str, identity: list | None, result: dict) -> None:
        result = dict(result)
        if "params" in result:
            result["params"] = {k: _freeze(v) for k, v in result["params"].items()}
        self.data[os.path.realpath(path)] = {"identity": identity, "version": self.version, "result": result}

    def save(self) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}")
            tmp.write_text(json.dumps(self.data), encoding="utf-8")
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except OSError:
            pass  # only an optimisation


# -- one ledger (in a worker process) ---------------------------------------------------------------
def _check(led) -> dict:
    from cchc.services import checks

    findings = checks.run(led)
    if not findings:
        return {"ok": True, "count": 0}
    f = findings[0]
    return {"ok": False, "count": len(findings), "kind": f.kind, "key": f.key, "message": f.message, "params": f.params}


def _anchor(led, anchor: tuple[int, str]):
    """None when the trail still holds entry N with that hash (or hash prefix); else what is
    wrong (a message)."""
    from cchc.services import audit_chain

    n, h = anchor
    _entries, broken = audit_chain.chain(led.conn, {n: h})
    return None if broken is None else Msg(broken.message, broken.params)


def unit_from_ledger(path: str, opts: Options, check: dict | None) -> dict:
    """Open, check (unless ``check`` is already known), verify the anchor, build the report."""
    from cchc.services import reports
    from cchc.store import audit
    from cchc.store.readonly import open_readonly
    from cchc.store.settings import get_all

    out: dict = {"source": path, "identity": _identity(path)}
    try:
        led = open_readonly(path)
    except CchcError as exc:
        out["error"] = Msg("rollup_cannot_open", {"detail": Msg(exc.key, exc.params)})
        return out
    try:
        settings = get_all(led)
        out["agency"], out["unit_code"] = settings.get("agency"), settings.get("unit_code")
        out["check"] = check if check is not None else _check(led)
        out["checked_now"] = check is None
        anchor = opts.anchor_for(path, out["unit_code"])
        if anchor is not None:
            out["anchor"] = _anchor(led, anchor)
        try:
            report = reports.build(led, opts.period, plan=opts.plan, compare=opts.compare, lang=opts.lang)
        except CchcError as exc:
            out["error"] = Msg("rollup_report_failed", {"detail": Msg(exc.key, exc.params)})
            return out
        except Exception as exc:  # a damaged ledger the check also names
            out["error"] = Msg("rollup_report_failed", {"detail": f"{type(exc).__name__}: {exc}"})
            return out
        out["report"] = report.model_dump(mode="json")
        out["head"] = audit.head(led)["anchor"]  # as the unit's own report prints it
    finally:
        led.close()
    return out


def _work(args):
    return unit_from_ledger(*args)


def _ledgers(sources: list[Source], opts: Options, cache: CheckCache) -> list[dict]:
    tasks = []
    for s in sources:
        known = None if opts.recheck else cache.get(s.path)
        tasks.append((s.path, opts, known))
    if opts.jobs > 1 and len(tasks) > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        ctx = multiprocessing.get_context("fork") if hasattr(os, "fork") else None
        with ProcessPoolExecutor(max_workers=min(opts.jobs, len(tasks)), mp_context=ctx) as pool:
            results = list(pool.map(_work, tasks))
    else:
        results = [_work(t) for t in tasks]
    for r in results:
        if r.get("checked_now") and "check" in r:
            cache.put(r["source"], r["identity"], r["check"])
    return results


# -- the roll-up ----------------------------------------------------------------------------------------
def rank_value(report: dict, rank_by: str) -> float | None:
    if rank_by == "index":
        return (report.get("index") or {}).get("score")
    s = report.get("service_index") or {}
    if rank_by == "service":
        return s.get("percent")
    return ((s.get("indicators") or {}).get("on_time") or {}).get("value")


def _problem(r: dict, opts: Options) -> Msg | None:
    """Why a unit is left out (None: it is not)."""
    check = r.get("check") or {"ok": True}
    if not check["ok"]:
        first = Msg(check["message"], check.get("params") or {})
        return Msg("rollup_check_failed", {"count": check["count"], "first": first})
    if r.get("anchor"):
        return Msg("rollup_anchor_failed", {"detail": r["anchor"]})
    return None


def run(sources: list[Source], opts: Options, cache: CheckCache | None = None) -> dict:
    """The roll-up as plain data: ``{period, ranked_by, of, units, total, excluded, included}``
    (``included``: units kept by ``force`` despite a problem)."""
    if opts.rank_by not in RANK_BY:
        raise InputError("bad_choice", field="--rank-by", value=opts.rank_by, choices="|".join(RANK_BY))
    cache = cache or CheckCache(None)
    results = _ledgers([s for s in sources if s.kind == "ledger"], opts, cache)
    cache.save()
    parquet = [s for s in sources if s.kind == "parquet"]
    if parquet:
        from cchc.services import parquet_report

        results += parquet_report.units(parquet, opts)
    units, excluded, forced = _admit(results, opts)
    if not units:
        raise InputError("rollup_nothing", excluded=len(excluded))
    values = {i: rank_value(u["report"], opts.rank_by) for i, u in enumerate(units)}
    if opts.rank_by == "index" and all(v is None for v in values.values()):
        raise InputError("rollup_no_index")
    reports = [u["report"] for u in units]
    total = total_report(pure.merge(reports, special={"service_index": _service_total})).model_dump(mode="json")
    return {
        "period": reports[0]["period"],
        "ranked_by": opts.rank_by,
        "of": sum(1 for v in values.values() if v is not None),
        "units": _ranked_rows(units, pure.rank(values.items())),
        "total": total,
        "excluded": excluded,
        "included": forced,
    }


def _admit(results: list[dict], opts: Options) -> tuple[list[dict], list[dict], list[dict]]:
    """(the units counted, the sources left out with why, the units kept by ``force`` despite a
    problem): a source that could not be read, a unit code met twice, or a failed check or anchor
    (unless ``force``) is left out."""
    units, excluded, forced, seen = [], [], [], {}
    for r in results:
        if "error" in r:
            excluded.append({"source": r["source"], "reason": r["error"]})
            continue
        why = _problem(r, opts)
        code = r.get("unit_code")
        if code and code in seen:
            why = Msg("rollup_duplicate_unit", {"unit": code, "other": seen[code]})
            excluded.append({"source": r["source"], "reason": why})
            continue
        if why is not None and not opts.force:
            excluded.append({"source": r["source"], "reason": why})
            continue
        if why is not None:
            forced.append({"source": r["source"], "reason": why})
        if code:
            seen[code] = r["source"]
        units.append(r)
    return units, excluded, forced


def _ranked_rows(units: list[dict], ranks: dict) -> list[dict]:
    """A row per unit, in rank order (the unranked last, then by name), with every key of its
    report and its audit anchor."""
    from cchc.domain.text import vi_sort_key

    order = sorted(
        range(len(units)),
        key=lambda i: (ranks[i] is None, ranks[i] or 0, vi_sort_key(units[i].get("agency") or units[i]["source"])),
    )
    rows = []
    for i in order:
        u = units[i]
        rows.append(
            {
                "agency": u.get("agency"),
                "unit_code": u.get("unit_code"),
                "rank": ranks[i],
                "source": u["source"],
                # every key of the unit's report; its particulars are the unit's agency above
                **{k: v for k, v in u["report"].items() if k != "agency"},
                # the unit's audit anchor when it was rolled up: evidence of what was counted
                "anchor": u.get("head"),
            }
        )
    return rows


def _service_total(values: list) -> dict | None:
    items = [si.ServiceIndex.model_validate(v) for v in values if v]
    if not items:
        return None
    from cchc.services.service_index import configured_points

    return si.add(items, configured_points()).model_dump(mode="json")


def total_report(total: dict):
    """The total as a ``Report`` (for the renderers); a section whose model refuses the summed
    data (a future one with its own rules) falls back to its default."""
    from pydantic import ValidationError

    from cchc.domain.report_models import Report

    data = dict(total)
    for _ in range(len(Report.model_fields) + 1):
        try:
            return Report.model_validate(data)
        except ValidationError as exc:
            bad = {e["loc"][0] for e in exc.errors() if e["loc"]}
            fixable = [k for k in bad if k in data and not Report.model_fields[k].is_required()]
            if not fixable:
                raise
            for k in fixable:
                data.pop(k)
    raise AssertionError("unreachable")
