"""Backfill of a corpus end to end, with and without Prefect.

    .venv/bin/python bench/backfill_bench.py [--corpus ../shared/corpus/xwlb/2020] [--repeat 3]

Each variant runs in a fresh process on a fresh SQLite database:

* ``plain`` — the pipeline's steps (load, parse, compare and store, write reports)
  called directly: the baseline;
* ``flow`` — the Prefect flow, after a warm-up flow has started the temporary
  server, so that the timed run measures Prefect's cost inside a run;
* the temporary server's start is timed too: once on a fresh Prefect home (the
  first command on a machine migrates Prefect's database), then, like every later
  command, on the home the first one migrated.

Prints the median wall time, items per second and peak memory of each, the
baseline's time by stage (load, parse, compare and store, reports), and
Prefect's share of the flow's wall time: (flow − plain) / flow, without and with
the server start of a command on a migrated home.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def run_plain(corpus: str, workdir: Path) -> dict[str, float]:
    import datetime as dt

    from bulletin_diff.records import RunReport
    from bulletin_diff.sources import expand
    from flows import steps
    from renderers import write_reports
    from storage import Store

    t0 = time.perf_counter()
    inputs, failures = steps.load_inputs(expand([corpus]))
    t_load = time.perf_counter()
    parsed, parse_failures = steps.parse_inputs(inputs)
    t_parse = time.perf_counter()
    with Store(f"sqlite:///{workdir}/plain.db") as store:
        store.start_run("bench", [corpus])
        outcome = steps.compare_and_store(store, "bench", parsed)
    t_compare = time.perf_counter()
    report = RunReport("bench", dt.datetime.now(dt.UTC), tuple(outcome.changes), tuple(failures))
    write_reports(report, workdir / "reports-plain")
    t_end = time.perf_counter()
    items = sum(len(p.document.articles) for p in parsed)
    return {
        "wall": t_end - t0,
        "items": items,
        "documents": len(parsed) + len(parse_failures),
        # the baseline's own stages, to tell where the time goes
        "load": t_load - t0,
        "parse": t_parse - t_load,
        "compare_store": t_compare - t_parse,
        "reports": t_end - t_compare,
    }


def _prefect(prefect_home: Path) -> None:
    os.environ["PREFECT_HOME"] = str(prefect_home)
    from flows.runner import prepare_environment

    prepare_environment()


def _start_server() -> float:
    """Run a trivial flow: the temporary server starts; returns the seconds it took."""
    from prefect import flow

    @flow
    def warm_up() -> int:
        return 1

    t0 = time.perf_counter()
    warm_up()
    return time.perf_counter() - t0


def run_flow(corpus: str, workdir: Path, prefect_home: Path) -> dict[str, float]:
    _prefect(prefect_home)
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    from flows.pipeline import bulletin_pipeline

    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        server = _start_server()
        t1 = time.perf_counter()
        bulletin_pipeline(sources=[corpus], db_url=f"sqlite:///{workdir}/flow.db", out_dir=str(workdir / "reports"))
        wall = time.perf_counter() - t1
    return {"wall": wall, "server_start": server}


def first_start(prefect_home: Path) -> dict[str, float]:
    """The temporary server's start on a fresh Prefect home (migrations included)."""
    _prefect(prefect_home)
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        return {"server_start": _start_server()}


def child(mode: str, corpus: str, prefect_home: Path) -> None:
    if mode == "first-start":
        result = first_start(prefect_home)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            result = run_plain(corpus, Path(tmp)) if mode == "plain" else run_flow(corpus, Path(tmp), prefect_home)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("RESULT " + json.dumps(result))


def measure(mode: str, corpus: str, prefect_home: Path) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", mode, "--corpus", corpus, "--prefect-home", str(prefect_home)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    return dict(json.loads(line[len("RESULT ") :]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared/corpus/xwlb/2020"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--child", choices=["plain", "flow", "first-start"])
    ap.add_argument("--prefect-home", type=Path)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.corpus, args.prefect_home)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "prefect"
        first = measure("first-start", args.corpus, home)
        print(f"first start on a fresh Prefect home: {first['server_start']:.1f} s", flush=True)
        runs: dict[str, list[dict[str, float]]] = {"plain": [], "flow": []}
        for n in range(args.repeat):
            for mode in ("plain", "flow"):
                runs[mode].append(measure(mode, args.corpus, home))
                print(f"run {n + 1} {mode}: {runs[mode][-1]}", flush=True)
    med = {m: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for m, rs in runs.items()}
    plain, flow = med["plain"], med["flow"]
    items = plain["items"]
    print(f"documents {plain['documents']:.0f}, items {items:.0f}; medians over {args.repeat} runs")
    print(f"plain steps : {plain['wall']:6.1f} s  {items / plain['wall']:6.1f} items/s  peak {plain['peak_mb']:.0f} MB")
    print(f"Prefect flow: {flow['wall']:6.1f} s  {items / flow['wall']:6.1f} items/s  peak {flow['peak_mb']:.0f} MB")
    stages = ("load", "parse", "compare_store", "reports")
    print("plain steps by stage: " + ", ".join(f"{k.replace('_', ' and ')} {plain[k]:.1f} s" for k in stages))
    print(f"temporary server start: {first['server_start']:.1f} s on a fresh Prefect home (once per machine),")
    print(f"  {flow['server_start']:.1f} s on a migrated one (once per command)")
    share = (flow["wall"] - plain["wall"]) / flow["wall"]
    total = (flow["wall"] + flow["server_start"] - plain["wall"]) / (flow["wall"] + flow["server_start"])
    print(f"Prefect's share of the flow's wall time: {share:.1%} (with the server start: {total:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
