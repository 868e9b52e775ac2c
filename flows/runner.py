"""Run the flow from the command line with embedded defaults.

Without ``PREFECT_API_URL`` Prefect starts a temporary server for the run; its home
(``PREFECT_HOME``) defaults to ``data/prefect`` so nothing is written outside the
project, and its logging is kept quiet.
"""

from __future__ import annotations

import os
from pathlib import Path

QUIET = {
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_LOGGING_LEVEL": "CRITICAL",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}


def prepare_environment() -> None:
    """Embedded defaults, only where the user set nothing."""
    if not os.environ.get("PREFECT_API_URL") and not os.environ.get("PREFECT_HOME"):
        os.environ["PREFECT_HOME"] = str(Path("data/prefect").resolve())
    if os.environ.get("PREFECT_HOME"):
        Path(os.environ["PREFECT_HOME"]).expanduser().mkdir(parents=True, exist_ok=True)
    for key, value in QUIET.items():
        os.environ.setdefault(key, value)


def run_pipeline(sources: list[str], db_url: str | None, out_dir: str, reprocess: bool = False) -> str:
    """Run the flow once; returns a short summary with the report's path."""
    prepare_environment()
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    from flows.pipeline import bulletin_pipeline

    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        result = bulletin_pipeline(
            sources=sources, db_url=db_url, out_dir=out_dir, reprocess=reprocess, show_progress=True
        )
    return f"change report: {result['markdown']}\nchange log: {result['changelog']}"
