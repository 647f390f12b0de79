"""The command classes every noun uses: help and usage errors in the chosen language.

Typer builds the commands; these subclasses (through Typer's public ``cls`` hooks) render
``--help`` from the help catalog (``cchc.render.catalog.help``) instead of the framework's own
panels, and turn a misspelt command into one translated line with a suggestion. Kept tiny: the
help renderer is imported only when help is asked for."""

from __future__ import annotations

import typer
from typer.core import TyperCommand, TyperGroup

from cchc.domain.errors import CchcError


class UsageProblem(CchcError):
    """A command line that cannot be run as typed (exit code 2, as for the framework's own)."""

    exit_code = 2


class Command(TyperCommand):
    def format_help(self, ctx, formatter) -> None:  # noqa: D102
        from cchc.cli import helpfmt

        helpfmt.command_help(self, ctx, formatter)


class Group(TyperGroup):
    def format_help(self, ctx, formatter) -> None:  # noqa: D102
        from cchc.cli import helpfmt

        helpfmt.group_help(self, ctx, formatter)

    def resolve_command(self, ctx, args):  # noqa: D102
        name = args[0] if args else ""
        if name and not name.startswith("-") and not ctx.resilient_parsing and self.get_command(ctx, name) is None:
            from cchc.cli import helpfmt

            raise helpfmt.no_such_command(self, ctx, name)
        return super().resolve_command(ctx, args)


class App(typer.Typer):
    """``typer.Typer`` with cchc's defaults: help from the catalog, no completion options on a
    noun (only ``cchc`` itself offers them), help when called without a command."""

    def __init__(self, **kw) -> None:
        kw.setdefault("cls", Group)
        kw.setdefault("add_completion", False)
        kw.setdefault("no_args_is_help", True)
        kw.setdefault("pretty_exceptions_enable", False)
        super().__init__(**kw)

    def command(self, name: str | None = None, *, cls=None, **kw):  # noqa: D102
        return super().command(name, cls=cls or Command, **kw)
