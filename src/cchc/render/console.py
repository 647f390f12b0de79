"""The two consoles: data to stdout, messages to stderr. Rich honours NO_COLOR itself.

On a terminal the output takes the terminal's width; piped or redirected, ``$COLUMNS`` when it
is set, else the width of the terminal the messages go to or the keyboard is at (``| head``,
``| less``: a person is reading it there), else ``PIPED_WIDTH`` (a file written by a script: a width a person reading it
later can still take in)."""

from __future__ import annotations

import functools
import os
import sys

PIPED_WIDTH = 100


def width_for(is_tty: bool) -> int | None:
    """None (Rich measures the terminal) on a terminal; else $COLUMNS, the terminal of stderr,
    or ``PIPED_WIDTH``."""
    if is_tty:
        return None
    try:
        cols = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        cols = 0
    for fd in (2, 0):  # the terminal the messages go to, or the keyboard is at
        if cols >= 20:
            break
        try:
            cols = os.get_terminal_size(fd).columns if os.isatty(fd) else 0
        except (OSError, ValueError):
            cols = 0
    return cols if cols >= 20 else PIPED_WIDTH


def out():
    return _out(width_for(sys.stdout.isatty()))


@functools.cache
def _out(width: int | None):
    from rich.console import Console

    return Console(soft_wrap=False, width=width)


@functools.cache
def err():
    from rich.console import Console

    return Console(stderr=True)


def has_colour(console=None) -> bool:
    """Whether the console shows colour (a terminal without NO_COLOR): else a marker is needed."""
    con = console or out()
    return con.color_system is not None and not con.no_color
