"""Backfill: replay a corpus folder day by day, as if each day had been fetched on schedule.

The files of the corpus are grouped by the day known from outside their bytes — the
date of their sources-file entry, else the date in their file name (``20200125.json``,
``2022-03-25_x.txt``), as the parser itself would take it. Days are replayed in date
order, each as one run of the pipeline: read and parse that day's files, class their
directives against everything stored before, store, and write that day's change
report (``<out_dir>/<day>-backfill-<token>/changes.*``, and a section of
``CHANGELOG.md``). Files with no date outside their bytes come last, as one batch,
ordered by the dates their pages give.

Prefect's cost is kept to one task run per day (the notes measure 5–80 ms each) and
one table artifact for the whole backfill. A day already stored is skipped by the
store, so running a backfill again stores nothing new.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE

from bulletin_diff.errors import ConfigError
from bulletin_diff.records import ChangeKind, Failure
from bulletin_diff.sources import SourceSpec, expand
from flows import steps
from flows.pipeline import Opaque, compare_and_store, write_change_reports
from parsers.dates import date_from_name
from storage import default_url

BACKFILL_KEY = "bulletin-diff-backfill"
UNDATED = "undated"


def outside_date(spec: SourceSpec) -> dt.date | None:
    """A file's date as known without reading it: its sources-file entry, else its name."""
    return spec.date or date_from_name(Path(spec.path).name)


def plan_days(
    specs: list[SourceSpec], since: dt.date | None = None, until: dt.date | None = None
) -> list[tuple[dt.date | None, list[SourceSpec]]]:
    """The corpus's files grouped by day, in date order; undated files last, and only
    when no date range is asked for (as the pipeline's ``since``/``until`` do)."""
    days: dict[dt.date | None, list[SourceSpec]] = {}
    for spec in specs:
        if spec.is_url:
            raise ConfigError(f"{spec.path}: a backfill replays files; fetch web sources with the pipeline")
        day = outside_date(spec)
        if day is None and (since is not None or until is not None):
            continue
        if day is not None and ((since is not None and day < since) or (until is not None and day > until)):
            continue
        days.setdefault(day, []).append(spec)
    return sorted(days.items(), key=lambda item: (item[0] is None, item[0] or dt.date.min))


@task(name="replay day", task_run_name="replay {label}", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def replay_day(
    label: str, specs: list[SourceSpec], corpus: str, db_url: str, out_dir: str, run_id: str
) -> dict[str, Any]:
    """One day as one pipeline run: read, parse, compare and store, write the report."""
    inputs, read_failures = steps.load_inputs(specs)
    parsed, parse_failures = steps.parse_inputs(inputs)
    failures: list[tuple[Failure, bytes | None]] = [(f, None) for f in read_failures] + list(parse_failures)
    boxed = compare_and_store.fn(db_url, run_id, [corpus], Opaque((parsed, failures)), [], False)
    report = boxed.value
    paths = write_change_reports.fn(boxed, out_dir)
    get_run_logger().info(
        "%s: %d documents, %d with changes, %d already stored, %d failed",
        label,
        len(specs),
        len(report.documents),
        len(report.skipped),
        len(report.failures),
    )
    return {
        "day": label,
        "documents": len(specs),
        **{kind.value: report.count(kind) for kind in ChangeKind},
        "skipped": len(report.skipped),
        "failed": len(report.failures),
        "report": str(paths["markdown"]),
    }


@flow(name="bulletin-diff-backfill", flow_run_name="backfill {corpus}")
def backfill_corpus(
    corpus: str,
    db_url: str | None = None,
    out_dir: str = "data/reports",
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> dict[str, Any]:
    """Replay a corpus folder (or sources file) day by day in date order.

    ``corpus``: a folder of dated files, or a sources file; ``since``/``until``: replay
    only the days within (undated files are then left out).
    """
    db_url = db_url or default_url()
    days = plan_days(expand([corpus]), since, until)
    token = uuid.uuid4().hex[:6]
    get_run_logger().info("backfill of %s: %d days, %s", corpus, len(days), token)
    rows = []
    for day, specs in days:
        label = day.isoformat() if day else UNDATED
        run_id = f"{day:%Y%m%d}-backfill-{token}" if day else f"{UNDATED}-backfill-{token}"
        rows.append(replay_day(label, specs, corpus, db_url, out_dir, run_id))
    create_table_artifact(
        key=BACKFILL_KEY, table=rows, description=f"Backfill of {corpus}: one run per day, in date order"
    )
    return {
        "days": len(rows),
        "first": rows[0]["day"] if rows else None,
        "last": rows[-1]["day"] if rows else None,
        "changelog": str(Path(out_dir) / "CHANGELOG.md"),
    }
