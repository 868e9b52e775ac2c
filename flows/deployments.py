"""The deployments of ``prefect.yaml``, built in code for ``prefect.serve``.

``bulletin-diff serve`` registers them with the Prefect server named by
``PREFECT_API_URL`` and runs their flow runs itself, in subprocesses of the serving
process: no work pool and no worker. Relative paths in parameters (``sources.yaml``,
``data/reports``, the default database ``data/bulletins.db``) are taken from the
folder ``serve`` was started in, so start it in the project folder.

They have the names of the ``prefect.yaml`` deployments (``bulletin-diff/daily``,
``bulletin-diff/manual``, ``bulletin-diff-backfill/backfill``): serving them replaces
the worker-based ones on that server, and deploying again replaces the served ones.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any

from prefect.deployments.runner import RunnerDeployment
from prefect.schedules import Cron
from prefect.types.entrypoint import EntrypointType

from flows.backfill import backfill_corpus
from flows.pipeline import bulletin_pipeline

DAILY_CRON = "0 7 * * *"
TIMEZONE = "Asia/Shanghai"

DAILY_PARAMETERS: dict[str, Any] = {"sources": ["sources.yaml"], "out_dir": "data/reports"}
MANUAL_PARAMETERS: dict[str, Any] = {
    "sources": ["seeds"],
    "db_url": None,
    "out_dir": "data/reports",
    "reprocess": False,
}
BACKFILL_PARAMETERS: dict[str, Any] = {"out_dir": "data/reports"}


def deployments() -> list[RunnerDeployment]:
    """``daily`` (07:00 Shanghai time, over ``sources.yaml``), ``manual`` (parameters
    from the UI form) and ``backfill`` (a corpus folder replayed day by day)."""
    # module paths, not file paths: the entrypoints do not depend on the current folder
    module = EntrypointType.MODULE_PATH
    built = [
        bulletin_pipeline.to_deployment(
            name="daily",
            description="Every morning, read the sources file, class directives against history, "
            "write the change report.",
            schedule=Cron(DAILY_CRON, timezone=TIMEZONE),
            parameters=DAILY_PARAMETERS,
            tags=["bulletin-diff", "scheduled"],
            entrypoint_type=module,
        ),
        bulletin_pipeline.to_deployment(
            name="manual",
            description="Run by hand from the UI's form or `prefect deployment run 'bulletin-diff/manual'`.",
            parameters=MANUAL_PARAMETERS,
            tags=["bulletin-diff", "manual"],
            entrypoint_type=module,
        ),
        backfill_corpus.to_deployment(
            name="backfill",
            description="Replay a corpus folder day by day in date order, one change report per day.",
            parameters=BACKFILL_PARAMETERS,
            tags=["bulletin-diff", "backfill"],
            entrypoint_type=module,
        ),
    ]
    return [_sync(deployment) for deployment in built]


def _sync(built: RunnerDeployment | Coroutine[Any, Any, RunnerDeployment]) -> RunnerDeployment:
    # ``to_deployment`` is typed for sync and async callers alike; from sync code it
    # returns the deployment itself
    if not isinstance(built, RunnerDeployment):
        raise TypeError("deployments() builds the deployments from synchronous code only")
    return built
