"""The two consoles: data to stdout, messages to stderr. Rich honours NO_COLOR itself."""

from __future__ import annotations

import functools
import sys


@functools.cache
def out():
    from rich.console import Console

    return Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160)


@functools.cache
def err():
    from rich.console import Console

    return Console(stderr=True)
