"""JSON for scripts: stable English keys, UTF-8 text kept readable."""

from __future__ import annotations

import json
import sys
from typing import Any


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


def emit(data: Any) -> None:
    sys.stdout.write(dumps(data) + "\n")
