"""Golden files: compare output with a stored expectation, or rewrite it.

Run ``UPDATE_GOLDEN=1 make test`` after an intended change, then review the diff of
``tests/golden/`` like any other change.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

GOLDEN = Path(__file__).parent / "golden"


def check_golden(name: str, data: Any) -> None:
    path = GOLDEN / name
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if os.environ.get("UPDATE_GOLDEN") or not path.exists():
        path.write_text(text, encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(text), (
        f"{path} differs; UPDATE_GOLDEN=1 to accept"
    )
