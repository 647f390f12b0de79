"""``--help`` and usage errors in the chosen language, from the help catalog.

Loaded only when help is shown or a command line is refused. The texts are looked up by the
command's path (``dossier add``) in ``cchc.render.catalog.help``; the layout uses the formatter
the framework hands to ``format_help`` (wrapped to the terminal, at most 78 columns)."""

from __future__ import annotations

import difflib
import re

from cchc.cli import common
from cchc.render.catalog import help as catalog

EXAMPLE_INDENT = 2


# -- where and in which language -------------------------------------------------------------------
def lang_of(ctx) -> str:
    return common.invocation(ctx).lang


def path_of(ctx) -> str:
    """The command's words after ``cchc`` (``dossier add``), whatever the program is called."""
    names = []
    while ctx is not None and ctx.parent is not None:
        names.append(ctx.info_name)
        ctx = ctx.parent
    return " ".join(reversed(names))


def prog_of(ctx) -> str:
    path = path_of(ctx)
    return f"cchc {path}" if path else "cchc"


def _i(lang: str) -> int:
    return 1 if lang == "en" else 0


def text(path: str, lang: str) -> str:
    """The command's help text (its first paragraph is the summary); empty when unknown."""
    entry = catalog.COMMANDS.get(path)
    return entry["text"][_i(lang)] if entry else ""


def summary(path: str, lang: str, fallback: str = "") -> str:
    """The first sentence of the help text, for the list of a group's commands."""
    body = (text(path, lang) or fallback or "").split("\n\n", 1)[0].replace("\n", " ").strip()
    first = body.split(". ", 1)[0]
    return first if first.endswith(".") else first + ("." if first != body else "")


def word(key: str, lang: str) -> str:
    return catalog.WORDS[key][_i(lang)]


# -- parameters -------------------------------------------------------------------------------------
def param_key(param) -> str:
    """``--procedure`` for an option, the argument's name (``code``) for an argument."""
    if param.param_type_name == "argument":
        return param.name
    longs = [o for o in param.opts if o.startswith("--")]
    return (longs or param.opts)[0]


def param_help(path: str, param, lang: str) -> str:
    key = param_key(param)
    own = catalog.COMMANDS.get(path, {}).get("params", {})
    pair = own.get(key) or catalog.PARAMS.get(key)
    if pair:
        return pair[_i(lang)]
    return param.help or ""


def metavar(path: str, param, lang: str) -> str:
    """The placeholder shown after an option (``NGÀY`` / ``DATE``); none for a flag."""
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        return ""
    key = param_key(param)
    own = catalog.COMMANDS.get(path, {}).get("metavars", {})
    name = own.get(key) or catalog.METAVAR_OF.get(key) or param.metavar or "TEXT"
    pair = catalog.METAVARS.get(name)
    return pair[_i(lang)] if pair else name


def _visible(cmd, ctx) -> list:
    return [p for p in cmd.get_params(ctx) if not getattr(p, "hidden", False)]


def _option_label(path: str, param, lang: str) -> str:
    names = ", ".join(sorted(param.opts, key=len)) if len(param.opts) > 1 else param.opts[0]
    mv = metavar(path, param, lang)
    return f"{names} {mv}" if mv else names


def _usage(path: str, cmd, ctx, lang: str, group: bool = False) -> str:
    pieces = []
    params = _visible(cmd, ctx)
    for p in params:
        if p.param_type_name == "argument":
            mv = metavar(path, p, lang)
            pieces.append(mv if p.required else f"[{mv}]")
    for p in params:
        if p.param_type_name == "option" and p.required:
            pieces.append(_option_label(path, p, lang).split(", ")[-1])
    if any(p.param_type_name == "option" and not p.required for p in params):
        pieces.append(f"[{word('options', lang)}]")
    if group:
        pieces.append(word("command", lang))
    return " ".join(pieces)


def _rows(path: str, params: list, lang: str) -> list[tuple[str, str]]:
    rows = []
    for p in params:
        label = _option_label(path, p, lang) if p.param_type_name == "option" else metavar(path, p, lang)
        desc = param_help(path, p, lang)
        if p.required and p.param_type_name == "option":
            desc = f"{word('required', lang)} {desc}"
        rows.append((label, desc))
    return rows


# -- examples ---------------------------------------------------------------------------------------
def _tokens(command: str) -> list[str]:
    """Split a command at spaces outside quotes (the quotes are kept); an option stays with its
    value (``-`` included: stdin, or a fact cleared)."""
    words = re.findall(r'(?:"[^"]*"|\'[^\']*\'|\S)+', command)
    out: list[str] = []
    for w in words:
        if out and out[-1].startswith("-") and " " not in out[-1] and (not w.startswith("-") or w == "-"):
            out[-1] += " " + w
        else:
            out.append(w)
    return out


def wrap_command(command: str, width: int, indent: int = EXAMPLE_INDENT) -> list[str]:
    """A command line broken at spaces (never inside a quoted value) with ``\\`` continuations,
    each line at most ``width`` columns when its words allow it."""
    lines, line = [], ""
    for tok in _tokens(command):
        if not line:
            line = " " * indent + tok
        elif len(line) + 1 + len(tok) + 2 > width:
            lines.append(line + " \\")
            line = " " * (indent + 5) + tok
        else:
            line += " " + tok
    lines.append(line)
    return lines


def _examples(path: str, lang: str) -> list[str]:
    out = []
    for ex in catalog.COMMANDS.get(path, {}).get("examples", ()):
        if isinstance(ex, tuple):
            out.append((ex[0], ex[1 + _i(lang)]))
        else:
            out.append((ex, ""))
    return out


def _write_examples(formatter, path: str, lang: str) -> None:
    examples = _examples(path, lang)
    if not examples:
        return
    formatter.write_paragraph()
    formatter.write_heading(word("examples", lang))
    width = formatter.width
    for command, note in examples:
        if note:
            formatter.write(" " * EXAMPLE_INDENT + "# " + note + "\n")
        for line in wrap_command(command, width):
            formatter.write(line + "\n")


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` columns, broken at spaces only: a code (25/KH-VPUB,
    000.00.12.H50-220315-0001) or a date is never split at its hyphen; paragraphs (blank lines)
    are kept."""
    import textwrap

    wrapper = textwrap.TextWrapper(max(width, 10), break_on_hyphens=False, break_long_words=False)
    out: list[str] = []
    for i, para in enumerate(p for p in text.split("\n\n") if p.strip()):
        if i:
            out.append("")
        out += wrapper.wrap(" ".join(para.split()))
    return out


def _write_text(formatter, body: str) -> None:
    if body:
        formatter.write_paragraph()
        with formatter.indentation():
            indent = " " * formatter.current_indent
            for line in _wrap(body, formatter.width - formatter.current_indent):
                formatter.write(f"{indent}{line}\n" if line else "\n")


def _write_dl(formatter, rows: list[tuple[str, str]], col_max: int, spacing: int = 2) -> None:
    """The framework's two-column list (a label, its description wrapped beside it or under a
    long label), with the description broken at spaces only."""
    first_col = min(max((len(label) for label, _ in rows), default=0), col_max) + spacing
    indent = " " * formatter.current_indent
    for label, desc in rows:
        formatter.write(f"{indent}{label}")
        if not desc:
            formatter.write("\n")
            continue
        if len(label) <= first_col - spacing:
            formatter.write(" " * (first_col - len(label)))
        else:
            formatter.write("\n" + indent + " " * first_col)
        lines = _wrap(desc, formatter.width - first_col - 2) or [""]
        formatter.write(lines[0] + "\n")
        for line in lines[1:]:
            formatter.write(f"{indent}{' ' * first_col}{line}\n")


# -- the two renderers ------------------------------------------------------------------------------
def command_help(cmd, ctx, formatter) -> None:
    lang, path = lang_of(ctx), path_of(ctx)
    formatter.write_usage(prog_of(ctx), _usage(path, cmd, ctx, lang), prefix=word("usage", lang) + " ")
    _write_text(formatter, text(path, lang) or (cmd.help or ""))
    params = _visible(cmd, ctx)
    args = [p for p in params if p.param_type_name == "argument"]
    opts = [p for p in params if p.param_type_name == "option"]
    for title, group in (("arguments", args), ("options_title", opts)):
        if group:
            with formatter.section(word(title, lang)):
                _write_dl(formatter, _rows(path, group, lang), col_max=26)
    _write_examples(formatter, path, lang)


def group_help(cmd, ctx, formatter) -> None:
    lang, path = lang_of(ctx), path_of(ctx)
    formatter.write_usage(prog_of(ctx), _usage(path, cmd, ctx, lang, group=True), prefix=word("usage", lang) + " ")
    _write_text(formatter, text(path, lang) or (cmd.help or ""))
    names = cmd.help_names(ctx) if hasattr(cmd, "help_names") else cmd.list_commands(ctx)
    rows = []
    for name in names:
        sub = f"{path} {name}".strip()
        fallback = "" if hasattr(cmd, "help_names") else (cmd.get_command(ctx, name).help or "")
        rows.append((name, summary(sub, lang, fallback)))
    if rows:
        with formatter.section(word("commands", lang)):
            _write_dl(formatter, rows, col_max=14)
    opts = [p for p in _visible(cmd, ctx) if p.param_type_name == "option"]
    if opts:
        with formatter.section(word("options_title", lang)):
            _write_dl(formatter, _rows(path, opts, lang), col_max=26)
    _write_examples(formatter, path, lang)


# -- usage errors -----------------------------------------------------------------------------------
def _suggest(name: str, choices) -> list[str]:
    return difflib.get_close_matches(name, list(choices), n=3, cutoff=0.6)


def no_such_command(cmd, ctx, name: str):
    from cchc.cli.framework import UsageProblem

    names = cmd.help_names(ctx) if hasattr(cmd, "help_names") else cmd.list_commands(ctx)
    close = _suggest(name, names)
    return UsageProblem(
        "usage_no_command" if not close else "usage_no_command_close",
        name=name,
        close=" / ".join(close),
        help=f"{prog_of(ctx)} --help",
    )


_NOT_INT = re.compile(r"valid integer|not a valid int", re.I)
_MIN = re.compile(r"greater than or equal to (-?\d+)|>= ?(-?\d+)")
_MAX = re.compile(r"less than or equal to (-?\d+)|<= ?(-?\d+)")
_EXTRA = re.compile(r"unexpected extra argument(?:\(s\)|s)? \((.*)\)", re.I)


def _name(ctx, param) -> str:
    if param is None:
        return "?"
    if param.param_type_name == "argument":
        return metavar(path_of(ctx), param, lang_of(ctx)) if ctx is not None else param.name.upper()
    return param_key(param)


def usage_message(exc, tr) -> str:
    """One line in the reader's language for a command line the framework refused, with where
    to read more (``'cchc dossier add --help'``)."""
    kind = type(exc).__name__
    ctx = getattr(exc, "ctx", None)
    param = getattr(exc, "param", None)
    message = getattr(exc, "message", "") or ""
    if kind == "MissingParameter":
        key = (
            "usage_missing_argument"
            if param is not None and param.param_type_name == "argument"
            else ("usage_missing_option")
        )
        line = tr.msg(key, name=_name(ctx, param) if param is not None else str(exc.param_hint))
    elif kind == "NoSuchOption":
        close = list(getattr(exc, "possibilities", None) or ())
        key = "usage_no_option_close" if close else "usage_no_option"
        line = tr.msg(key, name=exc.option_name, close=" / ".join(sorted(close)))
    elif kind == "BadOptionUsage":
        key = "usage_option_no_value" if "does not take" in message else "usage_option_needs_value"
        line = tr.msg(key, name=exc.option_name)
    elif kind in ("BadParameter",):
        hint = getattr(exc, "param_hint", None)
        where = hint if isinstance(hint, str) else _name(ctx, param)
        line = tr.msg("usage_bad_value", name=where.strip("'"), detail=_detail(message, tr))
    elif _EXTRA.search(message):
        line = tr.msg("usage_extra", args=_EXTRA.search(message).group(1))
    elif message.startswith("Missing command"):
        line = tr.msg("usage_missing_command")
    else:
        line = " ".join(exc.format_message().split())
    if ctx is not None:
        line += " " + tr.msg("usage_see_help", help=f"{prog_of(ctx)} --help")
    return line


def _detail(message: str, tr) -> str:
    if _NOT_INT.search(message):
        return tr.msg("usage_not_integer")
    m = _MIN.search(message)
    if m:
        return tr.msg("usage_too_small", min=m.group(1) or m.group(2))
    m = _MAX.search(message)
    if m:
        return tr.msg("usage_too_large", max=m.group(1) or m.group(2))
    return message
