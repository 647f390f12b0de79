"""Findings of ``cchc check`` and ``cchc audit verify`` as lines a person reads: a shared rule's
problem is named by its record (``dossier 000.00.12.H50-220315-0001: due date ...``)."""

from __future__ import annotations


def check_lines(findings, tr) -> list[str]:
    out = []
    for f in findings:
        message = tr.msg(f.message, **f.params)
        if f.column is not None:
            out.append(f"{tr.label('kind_' + f.kind)} {f.key}: {message}")
        else:
            out.append(message)
    return out
