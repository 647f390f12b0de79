"""Tab completion from ``cchc --show-completion``, run by the real shells: nouns, verbs, options
and values from the ledger (dossier codes, plan codes, task refs, procedure codes, meeting
kinds). Only ``cchc`` itself offers the completion options."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent


def shell_env(sample) -> dict:
    return {**os.environ, "PATH": f"{BIN}:{os.environ.get('PATH', '')}", "CCHC_DB": str(sample.db), "HOME": "/tmp"}


def bash(sample, *words: str) -> list[str]:
    script = (
        'source <(cchc --show-completion); COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); '
        '_cchc_completion cchc; printf "%s\\n" "${COMPREPLY[@]}"'
    )
    r = subprocess.run(["bash", "-c", script, "bash", *words], capture_output=True, text=True, env=shell_env(sample))
    assert r.returncode == 0, r.stderr
    return [line for line in r.stdout.splitlines() if line]


def zsh(sample, *words: str) -> str:
    script = (
        'autoload -Uz compinit; compinit -u; eval "$(cchc --show-completion)"; '
        '_arguments() { print -l -- "$@" }; words=("$@"); CURRENT=$#; _cchc_completion'
    )
    r = subprocess.run(["zsh", "-c", script, "zsh", *words], capture_output=True, text=True, env=shell_env(sample))
    assert r.returncode == 0, r.stderr
    return r.stdout


def fish(sample, line: str) -> list[str]:
    script = f'cchc --show-completion | source; complete -C "{line}"'
    r = subprocess.run(["fish", "-c", script], capture_output=True, text=True, env=shell_env(sample))
    assert r.returncode == 0, r.stderr
    return [x.split("\t")[0] for x in r.stdout.splitlines() if x]


def test_bash_completes_nouns_verbs_options_and_ledger_values(sample):
    assert "dossier" in bash(sample, "cchc", "dos")
    assert set(bash(sample, "cchc", "dossier", "re")) >= {"resolve", "return", "reopen", "reschedule", "resume"}
    assert bash(sample, "cchc", "dossier", "list", "--sta") == ["--status"]
    assert "on-time" in bash(sample, "cchc", "dossier", "list", "--status", "on")
    codes = bash(sample, "cchc", "dossier", "show", "000.00.12.H50-22060")
    assert "000.00.12.H50-220607-0001" in codes and all(c.startswith("000.00.12.H50-22060") for c in codes)
    assert bash(sample, "cchc", "plan", "show", "02") == ["02/KH-VPUB"]
    assert "02/KH-VPUB#12" in bash(sample, "cchc", "task", "done", "02/KH-VPUB#1")
    assert bash(sample, "cchc", "meeting", "list", "--kind", "ch") == ["chairman"]
    assert bash(sample, "cchc", "dossier", "add", "X", "--procedure", "1.0") == ["1.001", "1.002"]
    # --db before the noun names the ledger the values come from
    other = bash(sample, "cchc", "--db", "/nonexistent/ledger.db", "dossier", "show", "000")
    assert other == []


def test_bash_script_is_for_cchc_and_options_only_on_cchc(sample):
    env = shell_env(sample)
    r = subprocess.run(["bash", "-c", "cchc --show-completion"], capture_output=True, text=True, env=env)
    assert "complete -o default -F _cchc_completion cchc" in r.stdout
    assert "--show-completion" in sample.ok("--help").stdout
    assert "--show-completion" not in sample.ok("dossier", "--help").stdout
    assert "--install-completion" not in sample.ok("dossier", "add", "--help").stdout


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")
def test_zsh_completes_a_dossier_code(sample):
    out = zsh(sample, "cchc", "dossier", "show", "000.00.12.H50-22060")
    assert '"000.00.12.H50-220607-0001":"' in out


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed")
def test_fish_completes_a_dossier_code(sample):
    assert "000.00.12.H50-220607-0001" in fish(sample, "cchc dossier show 000.00.12.H50-22060")
    assert "dossier" in fish(sample, "cchc dos")
