"""Deployments: built in code, written in prefect.yaml, and run end to end.

The fast tests need no server. The ``server`` test starts a real ``prefect server``
with a home of its own, deploys ``prefect.yaml`` from the project folder, starts a
process worker in another folder, runs the ``manual`` and ``backfill`` deployments
through the API and reads back their artifacts. Everything it does against that
server goes through its own client or subprocesses: the Prefect settings of this
process (the session's test harness) are left alone.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest
import yaml
from prefect.client.schemas.schedules import CronSchedule

from bulletin_diff.sources import SourceSpec, expand
from flows.backfill import BACKFILL_KEY, plan_days, replay_day
from flows.deployments import deployments
from flows.pipeline import ARTIFACT_KEY, COUNTS_KEY, bulletin_pipeline

ROOT = Path(__file__).resolve().parents[1]
SEED_COUNTS = {"new": 30, "changed": 6, "unchanged": 15, "dropped": 5}
RUN_TIMEOUT = 180.0


# ---- without a server --------------------------------------------------------------


def test_code_deployments_match_prefect_yaml() -> None:
    built = {d.name: d for d in deployments()}
    assert set(built) == {"daily", "manual", "backfill"}
    daily = built["daily"]
    (schedule,) = daily.schedules or []
    assert schedule.active and isinstance(schedule.schedule, CronSchedule)
    assert (schedule.schedule.cron, schedule.schedule.timezone) == ("0 7 * * *", "Asia/Shanghai")
    assert not built["manual"].schedules and not built["backfill"].schedules
    assert (daily.flow_name, built["backfill"].flow_name) == ("bulletin-diff", "bulletin-diff-backfill")
    assert built["backfill"].entrypoint == "flows.backfill.backfill_corpus"

    config = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    written = {d["name"]: d for d in config["deployments"]}
    assert set(written) == set(built)
    for name, deployment in built.items():
        assert written[name]["parameters"] == deployment.parameters, name
        assert written[name]["work_pool"]["name"] == "bulletin-diff"
        assert written[name]["entrypoint"].replace("/", ".").replace(".py:", ".") == deployment.entrypoint
    (cron,) = written["daily"]["schedules"]
    assert (cron["cron"], cron["timezone"]) == ("0 7 * * *", "Asia/Shanghai")
    (pull,) = config["pull"]
    assert "prefect.deployments.steps.set_working_directory" in pull


def test_manual_parameters_are_a_typed_form() -> None:
    from prefect.utilities.callables import parameter_schema

    schema = parameter_schema(bulletin_pipeline).model_dump()
    props = schema["properties"]
    assert {"items": {"type": "string"}, "type": "array"} in props["sources"]["anyOf"]
    for name in ("since", "until"):
        assert {"format": "date", "type": "string"} in props[name]["anyOf"]
    for name in ("reprocess", "show_progress", "dry_run"):
        assert props[name]["type"] == "boolean"
    assert props["out_dir"] == {"default": "data/reports", "position": 2, "title": "out_dir", "type": "string"}
    assert not schema["required"]
    backfill = next(d for d in deployments() if d.name == "backfill")
    assert backfill._parameter_openapi_schema.required == ["corpus"]


def test_serve_without_an_api_url_is_a_one_line_error(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(tmp_path / "prefect")  # no profile that names a server
    done = subprocess.run(
        [sys.executable, "-m", "bulletin_diff.cli", "serve"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert line.startswith("bulletin-diff: error: ") and "PREFECT_API_URL" in line


def test_backfill_plans_days_in_date_order(tmp_path: Path) -> None:
    specs = [
        SourceSpec(path=str(tmp_path / "20200103.json")),
        SourceSpec(path=str(tmp_path / "notes.txt")),
        SourceSpec(path=str(tmp_path / "20200101.json")),
        SourceSpec(path=str(tmp_path / "page.html"), date=dt.date(2020, 1, 2)),
        SourceSpec(path=str(tmp_path / "2020-01-03_evening.txt")),
    ]
    days = plan_days(specs)
    assert [d for d, _ in days] == [dt.date(2020, 1, 1), dt.date(2020, 1, 2), dt.date(2020, 1, 3), None]
    assert [Path(s.path).name for s in days[2][1]] == ["20200103.json", "2020-01-03_evening.txt"]
    within = plan_days(specs, since=dt.date(2020, 1, 2), until=dt.date(2020, 1, 2))
    assert [d for d, _ in within] == [dt.date(2020, 1, 2)]


def test_backfill_day_by_day_finds_what_one_run_finds(seeds_copy: Path, tmp_path: Path) -> None:
    from prefect.logging import disable_run_logger

    db, out = f"sqlite:///{tmp_path}/b.db", tmp_path / "reports"
    totals = dict.fromkeys(SEED_COUNTS, 0)
    with disable_run_logger():
        for day, specs in plan_days(expand([str(seeds_copy)])):
            assert day is not None
            row = replay_day.fn(day.isoformat(), specs, str(seeds_copy), db, str(out), f"{day:%Y%m%d}-backfill-t")
            for kind in totals:
                totals[kind] += row[kind]
    assert totals == SEED_COUNTS
    changelog = (out / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.index("20220325-backfill-t") < changelog.index("20220318-backfill-t")  # newest first


# ---- against a real server, a worker and flow runs ------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _tail(path: Path, lines: int = 40) -> str:
    text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
    return "\n".join(text.splitlines()[-lines:])


@contextmanager
def _process(args: list[str], env: dict[str, str], cwd: Path, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A subprocess in a session of its own, ended with its children however the test ends.

    SIGTERM first; an idle worker may ignore the first one (see the Prefect notes), so a
    second, then SIGKILL."""
    with log.open("wb") as out:
        proc = subprocess.Popen(args, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            yield proc
        finally:
            for sig, grace in ((signal.SIGTERM, 10), (signal.SIGTERM, 5), (signal.SIGKILL, 5)):
                if proc.poll() is not None:
                    break
                with suppress(ProcessLookupError):
                    os.killpg(proc.pid, sig)
                with suppress(subprocess.TimeoutExpired):
                    proc.wait(grace)
            with suppress(ProcessLookupError):  # children left behind (a flow run) go with the group
                os.killpg(proc.pid, signal.SIGKILL)


def _prefect(*args: str) -> list[str]:
    return [sys.executable, "-m", "prefect", *args]


def _wait_healthy(url: str, proc: subprocess.Popen[bytes], log: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"prefect server exited with {proc.returncode}:\n{_tail(log)}")
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    pytest.fail(f"prefect server not healthy after {timeout:.0f} s:\n{_tail(log)}")


def _run(args: list[str], env: dict[str, str], cwd: Path) -> str:
    done = subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, f"{' '.join(args[2:])} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _wait_final(client: Any, run_ids: list[UUID], worker_log: Path) -> dict[UUID, Any]:
    deadline = time.monotonic() + RUN_TIMEOUT
    finished: dict[UUID, Any] = {}
    while len(finished) < len(run_ids):
        for run_id in run_ids:
            if run_id not in finished and (run := client.read_flow_run(run_id)).state and run.state.is_final():
                finished[run_id] = run
        if time.monotonic() > deadline:
            pytest.fail(f"flow runs not finished after {RUN_TIMEOUT:.0f} s; worker log:\n{_tail(worker_log)}")
        time.sleep(1)
    return finished


def _artifacts(client: Any, run_id: UUID) -> dict[str | None, Any]:
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    found = client.read_artifacts(artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run_id])))
    return {a.key: a for a in found}


@pytest.fixture
def prefect_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a server with a home in ``tmp_path``: this machine's, less
    every Prefect setting (a profile, an API URL) the developer may have."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    return env | {
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
        # no runs made from schedules: a 07:00 Shanghai run falling within the test would
        # run the daily deployment in the project folder
        "PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED": "false",
    }


@pytest.mark.server
def test_deployed_runs_through_a_worker_publish_their_reports(
    prefect_env: dict[str, str], seeds_copy: Path, tmp_path: Path
) -> None:
    from prefect.client.orchestration import SyncPrefectClient
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.workers.process import ProcessWorker

    started = time.monotonic()

    def phase(name: str) -> None:  # printed: shown with -s, or when the test fails
        print(f"{name}: {time.monotonic() - started:.1f} s", flush=True)

    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    client_env = prefect_env | {
        "PREFECT_API_URL": api,
        "PREFECT_WORKER_QUERY_SECONDS": "2",  # not 10: the runs start sooner
        "PREFECT_WORKER_PREFETCH_SECONDS": "5",
    }
    worker_dir = tmp_path / "worker"  # not the project folder: the pull step must take the runs there
    worker_dir.mkdir()
    server_log, worker_log = tmp_path / "server.log", tmp_path / "worker.log"
    server_cmd = _prefect("server", "start", "--host", "127.0.0.1", "--port", str(port))
    worker_cmd = _prefect("worker", "start", "--pool", "bulletin-diff")
    manual_parameters = {
        "sources": [str(seeds_copy)],
        "db_url": f"sqlite:///{tmp_path}/t.db",
        "out_dir": str(tmp_path / "r"),
        "since": "2022-03-01",
    }
    backfill_parameters = {
        "corpus": str(seeds_copy),
        "db_url": f"sqlite:///{tmp_path}/b.db",
        "out_dir": str(tmp_path / "b"),
    }

    with _process(server_cmd, prefect_env, tmp_path, server_log) as server, ExitStack() as stack:
        _wait_healthy(api, server, server_log)
        phase("server healthy")
        client = stack.enter_context(SyncPrefectClient(api=api))
        # what `prefect work-pool create bulletin-diff --type process` does, without a Python start
        template = ProcessWorker.get_default_base_job_template()
        client.create_work_pool(WorkPoolCreate(name="bulletin-diff", type="process", base_job_template=template))
        with _process(worker_cmd, client_env, worker_dir, worker_log):
            _run(_prefect("--no-prompt", "deploy", "--all"), client_env, ROOT)  # the real prefect.yaml
            phase("deployed")
            manual = client.read_deployment_by_name("bulletin-diff/manual")
            backfill = client.read_deployment_by_name("bulletin-diff-backfill/backfill")
            manual_run = client.create_flow_run_from_deployment(manual.id, parameters=manual_parameters)
            backfill_run = client.create_flow_run_from_deployment(backfill.id, parameters=backfill_parameters)
            # the API enforces the form's types (not formats such as date: the UI checks those)
            with pytest.raises(httpx.HTTPStatusError, match="sources"):
                client.create_flow_run_from_deployment(manual.id, parameters={"sources": "seeds"})
            finished = _wait_final(client, [manual_run.id, backfill_run.id], worker_log)
            phase("runs finished")
        for run in finished.values():
            assert run.state.is_completed(), f"{run.name}: {run.state}\n{_tail(worker_log)}"

        found = _artifacts(client, manual_run.id)
        report = str(found[ARTIFACT_KEY].data)
        assert found[ARTIFACT_KEY].type == "markdown"
        assert report.startswith("# Change report") and "要坚决同一切歪曲" in report
        assert "30 new · 6 changed · 15 unchanged · 5 dropped" in report
        assert COUNTS_KEY in found
        assert (tmp_path / "r" / "CHANGELOG.md").is_file()

        days = json.loads(_artifacts(client, backfill_run.id)[BACKFILL_KEY].data)
        assert [row["day"] for row in days] == ["2022-03-18", "2022-03-25"]
        assert {k: sum(row[k] for row in days) for k in SEED_COUNTS} == SEED_COUNTS

        daily = client.read_deployment_by_name("bulletin-diff/daily")
        (served,) = daily.schedules
        assert served.active and isinstance(served.schedule, CronSchedule)
        assert (served.schedule.cron, served.schedule.timezone) == ("0 7 * * *", "Asia/Shanghai")
        assert daily.parameters == {"sources": ["sources.yaml"], "out_dir": "data/reports"}
        assert daily.work_pool_name == "bulletin-diff"
        assert daily.pull_steps == [{"prefect.deployments.steps.set_working_directory": {"directory": str(ROOT)}}]
        since = (manual.parameter_openapi_schema or {})["properties"]["since"]
        assert {"format": "date", "type": "string"} in since["anyOf"]
    phase("worker and server stopped")
