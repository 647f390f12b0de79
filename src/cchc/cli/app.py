"""The root command: global options, lazily loaded nouns, and errors mapped to exit codes.

``cchc dossier add`` imports only ``cchc.cli.dossier``; every other noun stays unloaded.
"""

from __future__ import annotations

import importlib
import os
import sqlite3
import sys

import typer

from cchc import __version__
from cchc.cli import common, complete
from cchc.cli.framework import Group
from cchc.domain.errors import CchcError

# name -> (module, one-line help). Each module defines ``app`` (a typer.Typer).
NOUNS: dict[str, tuple[str, str]] = {
    "init": ("cchc.cli.db", "Tạo sổ cái / create the ledger"),
    "db": ("cchc.cli.db", "Sổ cái: vị trí, thông tin / the ledger file"),
    "plan": ("cchc.cli.plan", "Kế hoạch CCHC / reform plans"),
    "task": ("cchc.cli.task", "Nhiệm vụ của kế hoạch / plan tasks"),
    "dossier": ("cchc.cli.dossier", "Hồ sơ TTHC / procedure dossiers"),
    "document": ("cchc.cli.document", "Văn bản chỉ đạo, điều hành / directive documents"),
    "outreach": ("cchc.cli.outreach", "Tuyên truyền CCHC / communication work"),
    "inspection": ("cchc.cli.inspection", "Kiểm tra công tác CCHC / inspections of reform work"),
    "index": ("cchc.cli.index", "Chỉ số CCHC / the reform-index self-assessment"),
    "meeting": ("cchc.cli.meeting", "Họp giao ban / briefing meetings"),
    "calendar": ("cchc.cli.calendar", "Lịch ngày làm việc / working-day calendar"),
    "procedure": ("cchc.cli.procedure", "Danh mục thủ tục / procedure catalog"),
    "today": ("cchc.cli.today", "Việc hôm nay / the morning view: due, overdue, waiting"),
    "report": ("cchc.cli.report", "Báo cáo / reports for a period"),
    "rollup": ("cchc.cli.rollup", "Tổng hợp nhiều đơn vị / a province's roll-up"),
    "import": ("cchc.cli.importing", "Nhập dữ liệu hàng loạt / batch import"),
    "export": ("cchc.cli.exporting", "Xuất dữ liệu / export"),
    "audit": ("cchc.cli.audit", "Nhật ký thay đổi / audit trail"),
    "check": ("cchc.cli.check", "Kiểm tra sổ cái / check the ledger"),
    "backup": ("cchc.cli.backup", "Sao lưu / back up the ledger"),
    "restore": ("cchc.cli.backup", "Khôi phục / restore a backup"),
}
# commands that live at top level inside a noun module: name -> attribute holding the command
TOP_LEVEL = {"init": "init_app", "check": "app", "today": "app", "backup": "backup_app", "restore": "restore_app"}


def argv_lang(args: list[str]) -> str | None:
    """``--lang`` as given before the noun, read before parsing: the root's ``--help`` and its
    usage errors come before the option is processed."""
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--lang" and i + 1 < len(args):
            return args[i + 1]
        if a.startswith("--lang="):
            return a.split("=", 1)[1]
        if a == "--db":
            i += 2
            continue
        if not a.startswith("-"):
            return None
        i += 1
    return None


def _known_lang(args: list[str]) -> str:
    lang = argv_lang(args)
    return lang if lang in ("vi", "en") else common.default_lang()


class LazyGroup(Group):
    def list_commands(self, ctx):  # noqa: D102
        return [name for name in NOUNS if self.get_command(ctx, name) is not None]

    def help_names(self, ctx) -> list[str]:
        """The nouns, for ``cchc --help`` (their modules stay unloaded)."""
        return list(NOUNS)

    def parse_args(self, ctx, args):  # noqa: D102
        if ctx.obj is None:
            ctx.obj = common.Invocation(lang=_known_lang(list(args)))
        return super().parse_args(ctx, args)

    def get_command(self, ctx, name):  # noqa: D102
        # built once per invocation: click asks for the noun more than once (resolving it, then
        # completion or help), and building a noun's group costs milliseconds per verb
        built = self.__dict__.setdefault("built_nouns", {})
        if name not in built:
            built[name] = self._build(name)
        return built[name]

    def _build(self, name):
        if name not in NOUNS:
            return None
        module_name, help_text = NOUNS[name]
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                return None
            raise
        sub = getattr(module, TOP_LEVEL.get(name, "app"))
        cmd = typer.main.get_command(sub)
        cmd.name = name
        if not cmd.help:
            cmd.help = help_text
        cmd.short_help = help_text
        return cmd

    def invoke(self, ctx):  # noqa: D102
        try:
            return super().invoke(ctx)
        except BaseException as exc:
            _handle(ctx, exc)


def _handle(ctx, exc: BaseException) -> None:
    """Map what ended a command to one line on stderr and an exit code."""
    from cchc.store.interrupts import SIGNALS

    if not os.environ.get("CCHC_DEBUG") and not isinstance(exc, typer.Exit):
        # the one line below is the report: a library's finalizer failing as the objects of the
        # failed command are freed (a zip writer on a full disk) must not add a traceback
        sys.unraisablehook = lambda _unraisable: None
    if isinstance(exc, typer.Exit) and not SIGNALS.aborted:
        raise exc
    if SIGNALS.aborted or isinstance(exc, KeyboardInterrupt):
        # whatever the interrupt surfaced as (a SQLite callback turns it into an OperationalError),
        # the transaction was rolled back
        common.error(common.tr(ctx).msg("interrupted_nothing"))
        SIGNALS.reported = True
        ctx.exit(130)
    if isinstance(exc, CchcError):
        common.error(common.invocation(ctx).tr.error(exc))
        ctx.exit(exc.exit_code)
    if isinstance(exc, sqlite3.DatabaseError):
        if os.environ.get("CCHC_DEBUG"):
            raise exc
        from cchc.store.ledger import environment

        path = common.invocation(ctx).db_path()
        known = environment(exc, path)
        common.error(common.invocation(ctx).tr.error(known) if known else f"{path}: {exc}")
        ctx.exit(1)
    if isinstance(exc, BrokenPipeError):
        _quiet_stdout()
        ctx.exit(141)
    if isinstance(exc, typer.TyperException) and getattr(exc, "exit_code", 1) == 2:
        if type(exc).__name__ == "NoArgsIsHelpError":
            raise exc
        from cchc.cli.helpfmt import usage_message

        common.error(usage_message(exc, common.invocation(ctx).tr))  # in the chosen language
        ctx.exit(2)
    if isinstance(exc, (typer.Exit, typer.Abort, typer.TyperException)):
        raise exc  # the framework's own exits
    if isinstance(exc, OSError) and exc.errno is not None:
        from cchc.store.ledger import os_reason

        where = f"{exc.filename}: " if exc.filename else ""
        common.error(where + common.reason(ctx, os_reason(exc)))
        ctx.exit(1)
    if not isinstance(exc, Exception) or os.environ.get("CCHC_DEBUG"):
        raise exc
    common.error(f"internal error: {type(exc).__name__}: {exc} (CCHC_DEBUG=1 for details)")
    ctx.exit(3)


def _quiet_stdout() -> None:
    """The reader went away (``| head``): stop quietly with SIGPIPE's status, as Unix tools do,
    and keep Python from complaining about the closed stdout at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _stdout_is_devnull() -> bool:
    try:
        return os.path.samestat(os.fstat(sys.stdout.fileno()), os.stat(os.devnull))
    except (OSError, ValueError):
        return False


app = typer.Typer(
    cls=LazyGroup,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=True,  # --install-completion / --show-completion, on cchc itself only
    help="cchc — sổ theo dõi cải cách hành chính / administrative-reform ledger",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cchc {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db: str = typer.Option(None, "--db", metavar="PATH", help="Ledger file (else $CCHC_DB, else the user data dir)."),
    lang: str = typer.Option(
        None,
        "--lang",
        metavar="vi|en",
        help="Language of labels and messages (else $CCHC_LANG).",
        autocompletion=complete.langs,
    ),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """cchc — sổ theo dõi cải cách hành chính / administrative-reform ledger."""
    env = os.environ.get("CCHC_LANG")
    if lang is None and env not in (None, "", "vi", "en"):
        raise typer.BadParameter(f"{env!r} (vi|en)", param_hint="CCHC_LANG")
    lang = lang or env or "vi"
    if lang not in ("vi", "en"):
        raise typer.BadParameter(f"{lang!r} (vi|en)", param_hint="--lang")
    ctx.obj = common.Invocation(db=db, lang=lang)
    from cchc.store.interrupts import SIGNALS

    SIGNALS.reset()


def run(argv: list[str] | None = None) -> None:
    """Run the CLI; usage errors become one line on stderr (exit 2), a closed pipe exit 141."""
    from cchc.store.interrupts import SIGNALS

    stdout = sys.stdout
    try:
        try:
            rv = typer.main.get_command(app).main(args=argv, prog_name="cchc", standalone_mode=False)
        finally:
            SIGNALS.settle()
    except typer.TyperException as exc:  # click's usage errors, as Typer exposes them
        if type(exc).__name__ == "NoArgsIsHelpError":
            exc.show()
        else:
            from cchc.cli.helpfmt import usage_message
            from cchc.render.i18n import Translator

            args = list(sys.argv[1:] if argv is None else argv)
            common.error(usage_message(exc, Translator(_known_lang(args))))
        sys.exit(getattr(exc, "exit_code", 2))
    except typer.Abort:
        if SIGNALS.received is not None:  # interrupted while the command line was being read
            common.error(common.Invocation(lang=common.default_lang()).tr.msg("interrupted_nothing"))
            sys.exit(130)
        common.error("aborted")
        sys.exit(1)
    except BrokenPipeError:  # help or a usage message into a closed pipe
        _quiet_stdout()
        sys.exit(141)
    except SystemExit as exc:
        # Rich met the closed pipe first (help through ``| head``): it points stdout at
        # /dev/null and exits 1; report SIGPIPE's status as for every other command
        # (or the framework met it writing help, and wrapped stdout to quiet the final flush)
        if exc.code == 1 and (_stdout_is_devnull() or sys.stdout is not stdout):
            _quiet_stdout()
            sys.exit(141)
        raise
    except OSError as exc:  # help into a full disk, say: one line, not a traceback
        _quiet_stdout()
        common.error(f"cannot write: {exc.strerror or exc}")
        sys.exit(1)
    if rv == 130 and SIGNALS.aborted and not SIGNALS.reported:  # interrupted while the line was read
        common.error(common.Invocation(lang=common.default_lang()).tr.msg("interrupted_nothing"))
    sys.exit(rv if isinstance(rv, int) else 0)


if __name__ == "__main__":  # pragma: no cover
    run(sys.argv[1:])
