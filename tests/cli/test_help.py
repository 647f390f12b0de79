"""Help that teaches, in the reader's language: every command (walked, not listed by hand) has
its help in Vietnamese and in English with a real example, every option described, no raw
placeholder; usage errors in the chosen language with a suggestion for a misspelt word."""

from __future__ import annotations

import re

import pytest
import typer
from typer.main import get_command

from cchc.cli.app import NOUNS, app

PLACEHOLDER = re.compile(r"<(str|int|bool|float|text|path)>|\{[a-z_]+\}|\[required\]", re.I)
ENGLISH_HINTS = ("Show this message", "Usage:", "Options", "Arguments", "Examples")


def all_paths() -> list[str]:
    root = get_command(app)
    ctx = typer.Context(root)
    out = [""]

    def walk(cmd, path):
        out.append(path)
        for name, sub in (getattr(cmd, "commands", None) or {}).items():
            walk(sub, f"{path} {name}")

    for noun in NOUNS:
        walk(root.get_command(ctx, noun), noun)
    return out


PATHS = all_paths()


def help_text(cli, path: str, lang: str) -> str:
    r = cli.ok("--lang", lang, *path.split(), "--help", env={"COLUMNS": "80"})
    return r.stdout


def sections(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        if line and not line.startswith(" ") and line.endswith(":"):
            current = line[:-1]
            out[current] = []
        elif current is not None:
            out[current].append(line)
    return out


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_command_teaches(cli, lang):
    words = {"vi": ("Ví dụ", "Tùy chọn", "Cách dùng:"), "en": ("Examples", "Options", "Usage:")}[lang]
    assert len(PATHS) > 80
    for path in PATHS:
        text = help_text(cli, path, lang)
        assert text.startswith(words[2]), (path, text[:80])
        assert not PLACEHOLDER.search(text), (path, PLACEHOLDER.search(text).group(0))
        assert max(len(line) for line in text.splitlines()) <= 80, path
        parts = sections(text)
        examples = [ln for ln in parts.get(words[0], []) if ln.strip().startswith("cchc")]
        assert examples, f"{path}: no example ({lang})"
        # every option has its description on its line or the next
        lines = parts.get(words[1], [])
        for i, line in enumerate(lines):
            if line.startswith("  -"):
                label_and_text = line.strip().split("  ", 1)
                described = len(label_and_text) == 2 and label_and_text[1].strip()
                described = described or (i + 1 < len(lines) and lines[i + 1].startswith("      "))
                assert described, (path, line)
        if lang == "vi":
            assert not any(h in text for h in ENGLISH_HINTS), path


def test_examples_name_real_commands():
    from cchc.render.catalog.help import COMMANDS

    known = set(PATHS)
    for path, entry in COMMANDS.items():
        assert path in known, f"help for an unknown command: {path}"
        for ex in entry["examples"]:
            command = ex[0] if isinstance(ex, tuple) else ex
            words = command.split()[1:]
            while words and words[0] in ("--db", "--lang"):
                words = words[2:]
            called = " ".join(words[:2]) if " ".join(words[:2]) in known else words[0]
            assert called in known, (path, command)


def test_every_option_described_in_both_languages():
    """Every argument and option of every command has its words in the help catalog (its own or
    the shared ones), in Vietnamese and in English: never the framework's fallback."""
    from cchc.cli.helpfmt import param_key
    from cchc.render.catalog.help import COMMANDS, PARAMS

    root = get_command(app)
    ctx = typer.Context(root)
    missing = []
    for path in PATHS:
        cmd, sub_ctx = root, ctx
        for name in path.split():
            cmd = cmd.get_command(sub_ctx, name)
            sub_ctx = typer.Context(cmd, parent=sub_ctx, info_name=name)
        own = COMMANDS[path].get("params", {})
        for p in cmd.get_params(sub_ctx):
            pair = own.get(param_key(p)) or PARAMS.get(param_key(p))
            if getattr(p, "hidden", False):
                continue
            if not pair or not all(t.strip() for t in pair) or pair[0] == pair[1]:
                missing.append(f"{path or 'cchc'} {param_key(p)}")
    assert not missing, missing


def test_help_follows_cchc_lang(cli):
    assert cli.ok("dossier", "add", "--help", env={"CCHC_LANG": "en"}).stdout.startswith("Usage:")
    assert cli.ok("--help", env={"CCHC_LANG": "en"}).stdout.startswith("Usage:")
    assert cli.ok("--lang", "en", "--help").stdout.startswith("Usage:")
    assert cli.ok("--help").stdout.startswith("Cách dùng:")


@pytest.mark.parametrize(
    "args, vi, en",
    [
        (
            ["dosier", "list"],
            "không có lệnh 'dosier'; có phải là dossier?",
            "no command 'dosier'; did you mean dossier?",
        ),
        (["dossier", "lsit"], "có phải là list?", "did you mean list?"),
        (["dossier", "add", "X"], "thiếu tùy chọn --procedure", "missing option --procedure"),
        (["dossier", "list", "--limit", "0"], "phải từ 1 trở lên", "must be 1 or more"),
        (["procedure", "add", "1", "--name", "x", "--days", "abc"], "cần một số nguyên", "a whole number is needed"),
        (["dossier", "list", "--stauts", "late"], "không có tùy chọn --stauts", "no option --stauts"),
        (["dossier", "list", "extra"], "thừa đối số: extra", "unexpected argument(s): extra"),
        (["dossier", "show"], "thiếu MÃ", "missing CODE"),
    ],
)
def test_usage_errors_in_the_chosen_language(fresh, args, vi, en):
    cli = fresh
    for lang, words in (("vi", vi), ("en", en)):
        r = cli.fails("--lang", lang, *args, code=2)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("cchc: "), r.stderr
        assert words in lines[0], (lang, lines[0])
        assert "--help" in lines[0]
    assert not cli.db.exists()


@pytest.mark.parametrize("spelling", ["on_time", "on-time", "on time", "đúng hạn", "ĐÚNG HẠN"])
def test_status_in_every_spelling_the_tool_prints(sample, spelling):
    import json

    rows = json.loads(sample.ok("dossier", "list", "--status", spelling, "--as-of", "09/06/2022", "--json").stdout)
    assert rows and {r["status"] for r in rows} == {"on_time"}


def test_task_status_spellings(sample):
    import json

    a = json.loads(sample.ok("task", "list", "--status", "doing", "--json").stdout)
    b = json.loads(sample.ok("task", "list", "--status", "đang làm", "--json").stdout)
    assert a == b and a
    sample.fails("task", "list", "--status", "nope")


def test_english_counts_agree(sample, cli):
    cli.ok("procedure", "add", "9.9", "--name", "Một thủ tục", "--days", "3")
    one = cli.ok("--lang", "en", "procedure", "list", env={"COLUMNS": "100"}).stdout
    assert "1 procedure" in one and "1 procedures" not in one
    two = sample.ok("--lang", "en", "meeting", "list", "--from", "16/12/2021", "--to", "20/12/2021").stdout
    assert "2 meetings" in two
    from cchc.render.report_text import _be, _many

    assert (_many(1, "task"), _be(1, "is"), _many(2, "task"), _be(2, "is")) == ("1 task", "is", "2 tasks", "are")
