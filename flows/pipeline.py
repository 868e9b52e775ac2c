"""The Prefect flow: load sources, parse, compare with history, store, report.

Tasks are coarse (one per stage over a batch of documents) and wrap the plain
functions of :mod:`flows.steps`; retries sit on the I/O tasks only.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.runtime import flow_run

from bulletin_diff.records import ChangeKind, DocumentChanges, Failure, RunReport
from bulletin_diff.sources import RawInput, expand
from flows import steps
from flows.progress import progress_bar
from renderers import render_markdown, write_reports
from storage import Store, default_url

ARTIFACT_KEY = "bulletin-diff-changes"


@task(name="load sources", retries=2, retry_delay_seconds=2)
def load_sources(sources: list[str]) -> tuple[list[RawInput], list[Failure]]:
    specs = expand(sources)
    get_run_logger().info("%d documents named by %s", len(specs), ", ".join(sources))
    return steps.load_inputs(specs)


@task(name="parse documents")
def parse_documents(
    inputs: list[RawInput], show_progress: bool = False
) -> tuple[list[steps.Parsed], list[tuple[Failure, bytes]]]:
    with progress_bar("parsing", len(inputs), show_progress) as advance:
        parsed, failures = steps.parse_inputs(inputs, progress=advance)
    get_run_logger().info("parsed %d documents, %d failed", len(parsed), len(failures))
    return parsed, failures


@task(name="compare and store", retries=2, retry_delay_seconds=2)
def compare_and_store(
    db_url: str,
    run_id: str,
    sources: list[str],
    parsed: list[steps.Parsed],
    failures: list[tuple[Failure, bytes | None]],
    reprocess: bool,
    show_progress: bool = False,
) -> RunReport:
    started = dt.datetime.now(dt.UTC)
    with Store(db_url) as store:
        store.start_run(run_id, sources, flow_run_id=flow_run.get_id(), started_at=started)
        with progress_bar("comparing", len(parsed), show_progress) as advance:
            outcome = steps.compare_and_store(store, run_id, parsed, reprocess=reprocess, progress=advance)
        steps.record_failures(store, run_id, failures)
        report = RunReport(
            run_id=run_id,
            started_at=started,
            documents=tuple(outcome.changes),
            failures=tuple(f for f, _ in failures) + tuple(outcome.failures),
            skipped=tuple(outcome.skipped),
        )
        store.finish_run(run_id, "completed", {k.value: report.count(k) for k in ChangeKind})
    return report


@task(name="write reports", retries=2, retry_delay_seconds=1)
def write_change_reports(report: RunReport, out_dir: str) -> dict[str, Path]:
    return write_reports(report, Path(out_dir))


def _counts_table(documents: tuple[DocumentChanges, ...]) -> list[dict[str, object]]:
    return [
        {"document": d.document.source, "date": str(d.document.date or ""), **{k.value: d.count(k) for k in ChangeKind}}
        for d in documents
    ]


@flow(name="bulletin-diff", flow_run_name="bulletin-diff-{sources[0]}")
def bulletin_pipeline(
    sources: list[str] | None = None,
    db_url: str | None = None,
    out_dir: str = "data/reports",
    reprocess: bool = False,
    show_progress: bool = False,
) -> dict[str, str]:
    """Read bulletins, find their directives, class them against history, report."""
    logger = get_run_logger()
    sources = sources or ["seeds"]
    db_url = db_url or default_url()
    run_id = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]
    inputs, load_failures = load_sources(sources)
    parsed, parse_failures = parse_documents(inputs, show_progress)
    failures: list[tuple[Failure, bytes | None]] = [(f, None) for f in load_failures] + list(parse_failures)
    report = compare_and_store(db_url, run_id, sources, parsed, failures, reprocess, show_progress)
    paths = write_change_reports(report, out_dir)
    create_markdown_artifact(
        key=ARTIFACT_KEY, markdown=render_markdown(report), description=f"Change report of run {run_id}"
    )
    if report.documents:
        create_table_artifact(
            key="bulletin-diff-counts", table=_counts_table(report.documents), description="Directives per kind"
        )
    for failure in report.failures:
        logger.warning("failed: %s — %s: %s", failure.source, failure.error, failure.message)
    logger.info(
        "run %s: %d documents changed, %d skipped as already stored, %d failed; report %s",
        run_id,
        len(report.documents),
        len(report.skipped),
        len(report.failures),
        paths["markdown"],
    )
    return {"run_id": run_id, "flow_run_id": str(flow_run.get_id()), **{k: str(v) for k, v in paths.items()}}
