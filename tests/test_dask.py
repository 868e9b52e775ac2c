"""The flow on a local Dask cluster: the same changes as on threads, one shared store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.pipeline import bulletin_pipeline, make_task_runner
from storage import Store

pytestmark = pytest.mark.usefixtures("prefect_harness")


def test_flow_on_a_local_dask_cluster(seeds_copy: Path, db_url: str, tmp_path: Path) -> None:
    from prefect_dask.task_runners import DaskTaskRunner

    runner = DaskTaskRunner(cluster_kwargs={"n_workers": 2, "threads_per_worker": 1, "processes": False})
    on_dask = bulletin_pipeline.with_options(task_runner=runner)
    # two sources, so that the two Dask workers read and parse in parallel
    first, second = seeds_copy / "000_714d42e7a528be23.txt", seeds_copy / "2022-03-25_synthetic-followup.txt"
    result = on_dask(sources=[str(first), str(second)], db_url=db_url, out_dir=str(tmp_path / "r"))
    data = json.loads(Path(result["json"]).read_text(encoding="utf-8"))
    assert data["counts"] == {"new": 30, "changed": 6, "unchanged": 15, "dropped": 5}
    with Store(db_url) as store:
        assert store.counts()["documents"] == 2


def test_task_runner_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    from prefect.task_runners import ThreadPoolTaskRunner
    from prefect_dask.task_runners import DaskTaskRunner

    assert isinstance(make_task_runner(), ThreadPoolTaskRunner)
    monkeypatch.setenv("BULLETIN_DIFF_TASK_RUNNER", "dask")
    assert isinstance(make_task_runner(), DaskTaskRunner)
    with pytest.raises(ValueError, match="not 'threads' or 'dask'"):
        make_task_runner("ray")
