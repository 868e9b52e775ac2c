"""The run's changes as JSON, in the shapes of the records' ``to_dict``."""

from __future__ import annotations

import json

from bulletin_diff.records import RunReport


def render_json(report: RunReport) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
