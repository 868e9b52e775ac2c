"""The Prefect flow: read each source, parse, class against history, store, report.

Tasks are coarse — one read and one parse per source (a folder, a sources-file
entry, a web source), then one compare-and-store over the batch in date order —
and wrap the plain functions of :mod:`flows.steps`; retries sit on the I/O tasks
only. Each run publishes its change report as a Markdown artifact under a stable
key, a table of counts per source and kind, and a link to the report file.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from contextlib import nullcontext
from pathlib import Path
from typing import Any, Generic, TypeVar

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_link_artifact, create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner

from bulletin_diff.records import ChangeKind, Failure, RunReport
from bulletin_diff.sources import SourceSpec, by_group, expand
from fetching.http import Fetcher
from fetching.policy import FetchPolicy
from flows import steps
from flows.progress import progress_bar
from renderers import render_markdown, write_reports
from storage import Store, default_url
from storage.fetches import StoreValidators

ARTIFACT_KEY = "bulletin-diff-changes"
COUNTS_KEY = "bulletin-diff-counts"
LINK_KEY = "bulletin-diff-report-file"


T = TypeVar("T")


class Opaque(Generic[T]):
    """A box Prefect does not look into.

    Prefect walks every list, tuple and dataclass in a task's arguments and return
    value (looking for futures and states); over a year of parsed documents that walk
    costs more than the work. Batches travel between tasks in this box instead.
    """

    __slots__ = ("value",)

    def __init__(self, value: T) -> None:
        self.value = value


# Results are neither cached nor persisted: inputs are large (raw bytes, parsed
# documents) and hashing them for a cache key costs more than the work; the store
# makes runs idempotent instead.
@task(name="read source", task_run_name="read {name}", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def read_source(name: str, specs: list[SourceSpec], db_url: str, dry_run: bool = False) -> Opaque[steps.SourceRead]:
    web = [s for s in specs if s.is_url]
    policy = FetchPolicy.from_settings(dict(web[0].fetch)) if web else None
    with Store(db_url) as store, Fetcher(policy) if policy else nullcontext() as fetcher:
        # a dry run fetches in full and remembers nothing
        validators = StoreValidators(store) if web and not dry_run else None
        read = steps.read_source(specs, fetcher, validators)
    get_run_logger().info(
        "%s: %d documents read, %d unchanged, %d failed", name, len(read.inputs), len(read.skipped), len(read.failures)
    )
    return Opaque(read)


@task(name="parse source", task_run_name="parse {name}", cache_policy=NO_CACHE)
def parse_source(
    name: str, read: Opaque[steps.SourceRead], show_progress: bool = False
) -> Opaque[tuple[list[steps.Parsed], list[tuple[Failure, bytes]]]]:
    inputs = read.value.inputs
    with progress_bar(f"parsing {name}", len(inputs), show_progress) as advance:
        parsed, failures = steps.parse_inputs(inputs, progress=advance)
    get_run_logger().info("%s: parsed %d documents, %d failed", name, len(parsed), len(failures))
    return Opaque((parsed, failures))


@task(name="compare and store", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def compare_and_store(
    db_url: str,
    run_id: str,
    sources: list[str],
    batch: Opaque[tuple[list[steps.Parsed], list[tuple[Failure, bytes | None]]]],
    skipped: list[str],
    reprocess: bool,
    show_progress: bool = False,
) -> Opaque[RunReport]:
    parsed, failures = batch.value
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
            skipped=tuple(skipped) + tuple(outcome.skipped),
        )
        store.finish_run(run_id, "completed", {k.value: report.count(k) for k in ChangeKind})
    return Opaque(report)


@task(name="write reports", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def write_change_reports(report: Opaque[RunReport], out_dir: str) -> dict[str, Path]:
    return write_reports(report.value, Path(out_dir))


def counts_table(report: RunReport, groups: dict[str, list[SourceSpec]]) -> list[dict[str, object]]:
    """Directives per source and kind, documents and failures per source."""
    owner = {spec.path: name for name, specs in groups.items() for spec in specs}
    rows: dict[str, dict[str, object]] = {
        name: {"source": name, "documents": 0, **{k.value: 0 for k in ChangeKind}, "failed": 0} for name in groups
    }
    for doc in report.documents:
        row = rows.setdefault(owner.get(doc.document.source, doc.document.source), {"source": doc.document.source})
        row["documents"] = int(str(row.get("documents", 0))) + 1
        for kind in ChangeKind:
            row[kind.value] = int(str(row.get(kind.value, 0))) + doc.count(kind)
    for failure in report.failures:
        row = rows.setdefault(owner.get(failure.source, failure.source), {"source": failure.source})
        row["failed"] = int(str(row.get("failed", 0))) + 1
    return list(rows.values())


ARTIFACT_LIMIT = 200_000  # characters of the report shown in the UI; the files have it all


def artifact_markdown(report: RunReport, limit: int = ARTIFACT_LIMIT) -> str:
    """The change report for the UI, cut at a document boundary when very long (a
    backfill of a year): the UI stays responsive and the files keep everything."""
    markdown = render_markdown(report)
    if len(markdown) <= limit:
        return markdown
    cut = markdown.rfind("\n## ", 0, limit)
    shown = markdown[: cut if cut > 0 else limit]
    return shown + "\n\n---\n\n*The report goes on: the full text is in the run's `changes.md` / `changes.html`.*\n"


def run_name() -> str:
    sources = flow_run.parameters.get("sources") or ["seeds"]
    return f"bulletin-diff {dt.date.today().isoformat()} {', '.join(map(str, sources))[:60]}"


def make_task_runner(name: str | None = None) -> Any:
    """The task runner: ``threads`` (default, 4 workers) or ``dask``.

    Chosen by ``name`` or the setting ``BULLETIN_DIFF_TASK_RUNNER``; with ``dask``,
    ``BULLETIN_DIFF_DASK_ADDRESS`` names a running scheduler, else a local cluster is
    started for the run. Sources are read and parsed in parallel on it; the store is
    shared (SQLite file or PostgreSQL) and never stores a document twice.
    """
    chosen = name or os.environ.get("BULLETIN_DIFF_TASK_RUNNER", "threads")
    if chosen == "dask":
        from prefect_dask.task_runners import DaskTaskRunner

        address = os.environ.get("BULLETIN_DIFF_DASK_ADDRESS")
        if address:
            return DaskTaskRunner(address=address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": 2, "threads_per_worker": 1, "processes": True})
    if chosen != "threads":
        raise ValueError(f"task runner {chosen!r} is not 'threads' or 'dask'")
    return ThreadPoolTaskRunner(max_workers=4)


TASK_RUNNER = make_task_runner()


@flow(name="bulletin-diff", flow_run_name=run_name, task_runner=TASK_RUNNER)
def bulletin_pipeline(
    sources: list[str] | None = None,
    db_url: str | None = None,
    out_dir: str = "data/reports",
    reprocess: bool = False,
    show_progress: bool = False,
    since: dt.date | None = None,
    until: dt.date | None = None,
    dry_run: bool = False,
) -> dict[str, str]:
    """Read bulletins, find their directives, class them against history, report.

    ``sources``: files, folders, sources files or URLs (default ``seeds``);
    ``since``/``until``: keep only documents dated within; ``dry_run``: class and
    report in the UI, but store nothing and write no files; ``reprocess``: parse and
    compare again documents already stored (after a rule change).
    """
    logger = get_run_logger()
    sources = sources or ["seeds"]
    db_url = db_url or default_url()
    run_id = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]
    groups = by_group(expand(sources))
    reads = {name: read_source.submit(name, specs, db_url, dry_run) for name, specs in groups.items()}
    # A future passed as an argument is resolved by Prefect before the task runs.
    parses = {name: parse_source.submit(name, reads[name], show_progress) for name in groups}  # type: ignore[call-overload]
    parsed: list[steps.Parsed] = []
    failures: list[tuple[Failure, bytes | None]] = []
    skipped: list[str] = []
    for name in groups:
        read = reads[name].result().value
        source_parsed, source_failures = parses[name].result().value
        failures += [(f, None) for f in read.failures] + list(source_failures)
        skipped += read.skipped
        parsed += [p for p in source_parsed if _within(p, since, until)]
    if dry_run:
        db_url = "sqlite://"  # classify against nothing stored; keep nothing
        logger.info("dry run: nothing is stored and no file is written")
    boxed = compare_and_store(db_url, run_id, sources, Opaque((parsed, failures)), skipped, reprocess, show_progress)
    report = boxed.value
    create_markdown_artifact(
        key=ARTIFACT_KEY, markdown=artifact_markdown(report), description=f"Change report of run {run_id}"
    )
    create_table_artifact(
        key=COUNTS_KEY, table=counts_table(report, groups), description="Directives per source and kind"
    )
    result = {"run_id": run_id, "flow_run_id": str(flow_run.get_id())}
    if not dry_run:
        paths = write_change_reports(boxed, out_dir)
        create_link_artifact(
            key=LINK_KEY,
            link=Path(paths["html"]).resolve().as_uri(),
            link_text="HTML change report",
            description=f"Files of run {run_id}: {Path(paths['markdown']).parent}",
        )
        result.update({k: str(v) for k, v in paths.items()})
    for failure in report.failures:
        logger.warning("failed: %s — %s: %s", failure.source, failure.error, failure.message)
    logger.info(
        "run %s: %d documents changed, %d skipped as already stored or unchanged, %d failed",
        run_id,
        len(report.documents),
        len(report.skipped),
        len(report.failures),
    )
    return result


def _within(item: steps.Parsed, since: dt.date | None, until: dt.date | None) -> bool:
    date = item.document.document.date
    if date is None:
        return since is None and until is None
    return (since is None or date >= since) and (until is None or date <= until)
