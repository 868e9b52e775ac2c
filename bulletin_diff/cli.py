"""The ``bulletin-diff`` command: a thin layer over the functions the flows call.

Bad input ends with a one-line error on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Sequence

from bulletin_diff.errors import BulletinDiffError
from bulletin_diff.records import DocumentChanges, ParsedDocument, RunReport

logger = logging.getLogger(__name__)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from exc


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _parse_text(parsed: ParsedDocument) -> str:
    doc = parsed.document
    lines = [
        f"{doc.source}  date {doc.date or '?'}  encoding {doc.encoding}  reader {doc.reader}  sha256 {doc.sha256[:12]}"
    ]
    for w in parsed.warnings:
        lines.append(f"warning: {w}")
    for a in parsed.articles:
        lines.append("")
        lines.append(f"[{a.index}] {a.title or '(untitled)'}" + ("  (truncated)" if a.truncated else ""))
        if a.subtitle:
            lines.append(f"    subtitle: {a.subtitle}")
        lines.append(
            f"    source: {a.source or '-'}  place: {a.place or '-'}  date: {a.date or '-'}  byline: {a.byline or '-'}"
        )
        for d in a.directives:
            lines.append(f"    {d.position:3d}. [{d.speaker or '?'}] {d.text}")
    return "\n".join(lines)


def cmd_parse(args: argparse.Namespace) -> int:
    from bulletin_diff.documents import parse_path

    parsed = parse_path(args.file, date=args.date, reader=args.reader)
    if args.format == "json":
        _print_json(parsed.to_dict())
    else:
        print(_parse_text(parsed))
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from bulletin_diff.documents import parse_path
    from diffengine import compare

    old = parse_path(args.old, date=args.old_date)
    new = parse_path(args.new, date=args.new_date)
    result = DocumentChanges(
        document=new.document, previous=old.document, changes=compare(new.directives, old.directives)
    )
    if args.format == "json":
        _print_json(result.to_dict())
    else:
        from renderers import render_markdown

        report = RunReport(run_id="diff", started_at=dt.datetime.now(dt.UTC), documents=(result,))
        print(render_markdown(report))
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from flows.runner import run_pipeline

    summary = run_pipeline(
        sources=args.sources or ["seeds"], db_url=args.db, out_dir=args.out, reprocess=args.reprocess
    )
    print(summary)
    _note_other_rules(args.db)
    return 0


def _note_other_rules(db_url: str | None) -> None:
    """Say how many stored documents were read by other rules than today's: what they
    hold (speakers, series, changes) is what those rules gave until they are read again."""
    from storage import Store, default_url

    with Store(db_url or default_url()) as store:
        stale = store.read_by_other_rules()
    if stale:
        print(
            f"note: {stale} stored document(s) were read by other rules than this version's; "
            "`bulletin-diff run --reprocess SOURCES` reads them again",
            file=sys.stderr,
        )


def cmd_history(args: argparse.Namespace) -> int:
    from bulletin_diff.lineage import find, timeline
    from storage import Store, default_url

    with Store(args.db or default_url()) as store:
        found = find(store, args.text)
        if found is None:
            print("bulletin-diff: no stored directive matches that text", file=sys.stderr)
            return 1
        line = timeline(store, found)
    if args.format == "json":
        _print_json(
            {
                "family": line.family,
                "wordings": [
                    {
                        "date": str(w.document.date or ""),
                        "source": w.document.source,
                        "text": w.directive.text,
                        "speaker": w.directive.speaker,
                        "times": w.times,
                        "diff": [op.to_dict() for op in w.diff],
                    }
                    for w in line.wordings
                ],
                "last_said": str(line.last[1].date or "") if line.last else None,
            }
        )
        return 0
    for n, w in enumerate(line.wordings):
        label = "first said" if n == 0 else "reworded  "
        print(f"{label} {w.document.date or '????-??-??'}  [{w.directive.speaker or '?'}] {w.document.source}")
        shown = (
            "".join(
                op.text if op.op == "equal" else (f"[-{op.text}-]" if op.op == "delete" else f"{{+{op.text}+}}")
                for op in w.diff
            )
            if w.diff
            else w.directive.text
        )
        print(f"           {shown}" + (f"  (said {w.times} times in these words)" if w.times > 1 else ""))
    if line.last:
        print(f"last said  {line.last[1].date or '????-??-??'}  {line.last[1].source}")
    return 0


def cmd_phrases(args: argparse.Namespace) -> int:
    from bulletin_diff.lineage import phrase_timelines
    from storage import Store, default_url

    with Store(args.db or default_url()) as store:
        timelines = phrase_timelines(store, tuple(args.phrase) or None)
    if args.format == "json":
        _print_json(
            [
                {
                    "phrase": t.phrase,
                    "first_seen": str(t.first_seen or "") or None,
                    "last_seen": str(t.last_seen or "") or None,
                    "total": t.total,
                    "by_month": t.by_month,
                }
                for t in timelines
            ]
        )
        return 0
    latest = max((t.last_seen for t in timelines if t.last_seen), default=None)
    print(f"{'phrase':<12} {'first seen':<10} {'last seen':<10} {'total':>5}  by month")
    for t in sorted(timelines, key=lambda t: (t.last_seen is None, t.last_seen or dt.date.min), reverse=True):
        if not t.total and not args.all:
            continue
        stale = (
            "  (not seen in the latest 60 days)" if latest and t.last_seen and (latest - t.last_seen).days > 60 else ""
        )
        months = " ".join(f"{m[2:]}:{n}" for m, n in t.by_month.items())
        print(f"{t.phrase:<12} {t.first_seen or '-'!s:<10} {t.last_seen or '-'!s:<10} {t.total:>5}  {months}{stale}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        print(
            "bulletin-diff: error: serve needs a Prefect server: set PREFECT_API_URL "
            "(e.g. http://127.0.0.1:4200/api); a temporary server cannot run schedules",
            file=sys.stderr,
        )
        return 2
    from prefect import serve

    from flows.deployments import deployments

    serve(*deployments(), limit=args.limit)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bulletin-diff",
        description="Find which directives in official bulletins are new, reworded or dropped.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "parse",
        help="parse one document into articles and directives",
        description="Parse FILE (text, HTML or a JSON feed; a path or an http(s) URL) into articles and directives.",
    )
    p.add_argument("file", metavar="FILE", help="a path or an http(s):// URL")
    p.add_argument("--date", type=_date, help="the document's date, YYYY-MM-DD (resolves 3月17日)")
    p.add_argument(
        "--reader",
        choices=["auto", "text", "markdown", "html", "feed", "rss"],
        default=None,
        help="override the reader",
    )
    p.add_argument("--format", choices=["json", "text"], default="text")
    p.set_defaults(func=cmd_parse)

    d = sub.add_parser(
        "diff",
        help="directive changes of NEW against OLD",
        description="Class each directive of NEW as new / changed / unchanged against OLD, "
        "and list OLD's directives that NEW dropped. OLD and NEW are paths or http(s) URLs.",
    )
    d.add_argument("old", metavar="OLD")
    d.add_argument("new", metavar="NEW")
    d.add_argument("--old-date", type=_date, help="OLD's date, YYYY-MM-DD")
    d.add_argument("--new-date", type=_date, help="NEW's date, YYYY-MM-DD")
    d.add_argument("--format", choices=["json", "markdown"], default="markdown")
    d.set_defaults(func=cmd_diff)

    r = sub.add_parser(
        "run",
        help="run the pipeline flow: load, parse, compare, store, report",
        description="Run the Prefect flow over SOURCE files, folders or sources files "
        "(default: seeds/), store the change log and write the change report.",
    )
    r.add_argument("sources", nargs="*", metavar="SOURCE")
    r.add_argument("--db", default=None, help="database URL (default sqlite:///data/bulletins.db)")
    r.add_argument("--out", default="data/reports", help="report folder (default data/reports)")
    r.add_argument("--reprocess", action="store_true", help="parse and compare again documents already stored")
    r.set_defaults(func=cmd_run)

    h = sub.add_parser(
        "history",
        help="the timeline of a directive: first said, rewordings, last said",
        description="Find the stored directive closest to TEXT and print its lineage: when it "
        "was first said, each rewording with its date and document, when last said.",
    )
    h.add_argument("text", metavar="TEXT")
    h.add_argument("--db", default=None, help="database URL (default sqlite:///data/bulletins.db)")
    h.add_argument("--format", choices=["json", "text"], default="text")
    h.set_defaults(func=cmd_history)

    ph = sub.add_parser(
        "phrases",
        help="first-seen, last-seen and monthly counts of set phrases (提法)",
        description="For each set phrase of the jieba user dictionary (or each PHRASE given), "
        "when it was first and last seen in stored directives, with monthly counts.",
    )
    ph.add_argument("phrase", nargs="*", metavar="PHRASE")
    ph.add_argument("--db", default=None, help="database URL (default sqlite:///data/bulletins.db)")
    ph.add_argument("--all", action="store_true", help="also list phrases never seen")
    ph.add_argument("--format", choices=["json", "text"], default="text")
    ph.set_defaults(func=cmd_phrases)

    sv = sub.add_parser(
        "serve",
        help="serve the daily, manual and backfill deployments (needs PREFECT_API_URL)",
        description="Register the daily (07:00 Asia/Shanghai), manual and backfill deployments "
        "with the Prefect server named by PREFECT_API_URL and run their flow runs, without a "
        "work pool or worker, until interrupted. Run it in the project folder.",
    )
    sv.add_argument("--limit", type=int, default=1, help="flow runs at once (default 1: runs share one store)")
    sv.set_defaults(func=cmd_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    try:
        return int(args.func(args))
    except BulletinDiffError as exc:
        print(f"bulletin-diff: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("bulletin-diff: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader of stdout went away (| head): stop quietly; point stdout at
        # /dev/null so that the interpreter's final flush does not fail again
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
