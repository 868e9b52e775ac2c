"""The Prefect flow under Prefect's test harness, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from uuid import UUID

import pytest

from flows.pipeline import ARTIFACT_KEY, bulletin_pipeline
from storage import Store

pytestmark = pytest.mark.usefixtures("prefect_harness")


def run(sources: list[str], db_url: str, out: Path) -> dict[str, str]:
    return bulletin_pipeline(sources=sources, db_url=db_url, out_dir=str(out))


def artifacts_of(flow_run_id: str) -> list[object]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    async def read() -> list[object]:
        async with get_client() as client:
            found = await client.read_artifacts(
                artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[UUID(flow_run_id)]))
            )
            return list(found)

    return asyncio.run(read())


def test_flow_stores_changes_and_writes_reports(seeds_copy: Path, db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    result = run([str(seeds_copy)], db_url, out)
    data = json.loads(Path(result["json"]).read_text(encoding="utf-8"))
    assert data["counts"] == {"new": 30, "changed": 6, "unchanged": 15, "dropped": 5}
    assert "~~" in Path(result["markdown"]).read_text(encoding="utf-8")
    assert (out / "CHANGELOG.md").read_text(encoding="utf-8").startswith("# Change log")
    with Store(db_url) as store:
        counts = store.counts()
        assert counts["documents"] == 2 and counts["changes"] == 56
        run_row = store.run_report(result["run_id"])
        assert len(run_row.documents) == 2


def test_second_run_reports_no_changes_and_stores_nothing(seeds_copy: Path, db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    run([str(seeds_copy)], db_url, out)
    with Store(db_url) as store:
        before = store.counts()
    again = run([str(seeds_copy)], db_url, out)
    data = json.loads(Path(again["json"]).read_text(encoding="utf-8"))
    assert data["documents"] == [] and len(data["skipped"]) == 2
    assert "No new changes." in Path(again["markdown"]).read_text(encoding="utf-8")
    with Store(db_url) as store:
        after = store.counts()
    assert {k: v for k, v in after.items() if k != "runs"} == {k: v for k, v in before.items() if k != "runs"}


def test_file_changed_in_place_is_a_new_version(seeds_copy: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path}/v.db"
    page = seeds_copy / "2022-03-25_synthetic-followup.txt"
    run([str(seeds_copy)], db, tmp_path / "r")
    page.write_text(page.read_text(encoding="utf-8") + "\n会议要求，要确保群众度过安定祥和的节日。\n", encoding="utf-8")
    result = run([str(seeds_copy)], db, tmp_path / "r")
    data = json.loads(Path(result["json"]).read_text(encoding="utf-8"))
    (doc,) = data["documents"]
    assert doc["counts"]["new"] == 1 and doc["counts"]["dropped"] == 0
    assert doc["previous"]["source"] == str(page)


def test_broken_document_is_recorded_and_the_rest_goes_on(seeds_copy: Path, tmp_path: Path) -> None:
    (seeds_copy / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (seeds_copy / "empty.txt").write_bytes(b"   \n")
    (seeds_copy / "nomap.json").write_text('{"items": [{"headline": "x"}]}', encoding="utf-8")
    (seeds_copy / "nobody.html").write_text("<html><head><title>t</title></head><body></body></html>", encoding="utf-8")
    db = f"sqlite:///{tmp_path}/b.db"
    result = run([str(seeds_copy), str(tmp_path / "missing.txt")], db, tmp_path / "r")
    data = json.loads(Path(result["json"]).read_text(encoding="utf-8"))
    failed = {Path(f["source"]).name: f["error"] for f in data["failures"]}
    assert failed == {
        "broken.txt": "BinaryDocumentError",
        "empty.txt": "EmptyDocumentError",
        "missing.txt": "SourceNotFoundError",
        "nomap.json": "FeedMappingError",
        "nobody.html": "EmptyDocumentError",
    }
    assert data["counts"]["changed"] == 6
    binary = next(f for f in data["failures"] if f["error"] == "BinaryDocumentError")
    with Store(db) as store:
        assert store.raw_bytes(binary["sha256"]) == (seeds_copy / "broken.txt").read_bytes()
        assert store.counts()["failures"] == 5


def test_flow_publishes_the_report_as_an_artifact(seeds_copy: Path, tmp_path: Path) -> None:
    result = run([str(seeds_copy)], f"sqlite:///{tmp_path}/a.db", tmp_path / "r")
    found = {getattr(a, "key", None): a for a in artifacts_of(result["flow_run_id"])}
    report = found[ARTIFACT_KEY]
    assert "Change report" in str(getattr(report, "data", ""))
    assert "要坚决同一切歪曲" in str(getattr(report, "data", ""))
    assert "bulletin-diff-counts" in found


def test_feed_item_without_body_is_a_recorded_failure_once(tmp_path: Path) -> None:
    sample = json.loads((Path(__file__).parent / "fixtures/readers/xwlb_sample.json").read_text(encoding="utf-8"))
    del sample["videoList"][1]["video_detail"]
    folder = tmp_path / "feed"
    folder.mkdir()
    (folder / "20200125.json").write_text(json.dumps(sample, ensure_ascii=False), encoding="utf-8")
    db = f"sqlite:///{tmp_path}/f.db"
    result = run([str(folder)], db, tmp_path / "r")
    data = json.loads(Path(result["json"]).read_text(encoding="utf-8"))
    (failure,) = data["failures"]
    assert failure["error"] == "UnreadableItem" and "item 1" in failure["message"]
    assert data["documents"][0]["counts"]["new"] > 0
    with Store(db) as store:
        before = store.counts()
    run([str(folder)], db, tmp_path / "r")
    with Store(db) as store:
        assert store.counts()["failures"] == before["failures"] == 1


def test_reprocess_after_a_rule_change_reports_what_the_rules_changed(
    seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    import parsers.directives

    db = f"sqlite:///{tmp_path}/rp.db"
    run([str(seeds_copy)], db, tmp_path / "r")
    with Store(db) as store:
        before = store.counts()
    # a new rule: a unit about winning the battle (阻击战) is an assessment, not a directive
    monkeypatch.setattr(parsers.directives, "_ASSESSMENT", re.compile(r"关键(?:要靠|在于|是)|阻击战"))
    result = bulletin_pipeline(sources=[str(seeds_copy)], db_url=db, out_dir=str(tmp_path / "r"), reprocess=True)
    data = json.loads(Path(result["json"]).read_text(encoding="utf-8"))
    withdrawn = [(c["kind"], c["text"]) for d in data["documents"] for c in d["withdrawn"]]
    assert sorted(k for k, _ in withdrawn) == ["changed", "new"]
    assert all("阻击战" in t for _, t in withdrawn)
    assert "Withdrawn by the current rules" in Path(result["markdown"]).read_text(encoding="utf-8")
    with Store(db) as store:
        after = store.counts()
        assert after["documents"] == before["documents"]
        assert after["directives"] == before["directives"] - 2
        assert after["changes"] == before["changes"] - 2
    again = bulletin_pipeline(sources=[str(seeds_copy)], db_url=db, out_dir=str(tmp_path / "r"), reprocess=True)
    assert json.loads(Path(again["json"]).read_text(encoding="utf-8"))["documents"] == []


def test_a_very_long_report_is_cut_for_the_ui_at_a_document_boundary() -> None:
    import datetime as dt

    from bulletin_diff.records import Change, ChangeKind, Directive, Document, DocumentChanges, RunReport
    from flows.pipeline import artifact_markdown

    def doc(day: int) -> DocumentChanges:
        d = Document(f"d{day}", f"{day:064d}", "utf-8", "detected", "text", dt.date(2020, 1, day), None, 1)
        directive = Directive(f"x{day}", "要加强工作。" * 50, "要加强工作", "会议", 0, 0)
        return DocumentChanges(d, None, (Change(ChangeKind.NEW, directive, None),))

    report = RunReport("r", dt.datetime(2020, 2, 1, tzinfo=dt.UTC), tuple(doc(day) for day in range(1, 29)))
    full = artifact_markdown(report, limit=10**9)
    cut = artifact_markdown(report, limit=2_000)
    assert len(cut) < len(full) and cut.endswith("`changes.html`.*\n")
    assert cut.count("## 2020-") < full.count("## 2020-") and cut.count("## 2020-") >= 1


def test_run_says_when_stored_documents_were_read_by_other_rules(
    seeds_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bulletin_diff.cli import main
    from storage.schema import documents

    db = f"sqlite:///{tmp_path}/rules.db"
    args = ["run", str(seeds_copy), "--db", db, "--out", str(tmp_path / "r")]
    assert main(args) == 0
    assert "--reprocess" not in capsys.readouterr().err
    with Store(db) as store, store.engine.begin() as conn:
        conn.execute(documents.update().values(rules="earlier-rules"))  # as an earlier version left them
    assert main(args) == 0
    assert "note: 2 stored document(s) were read by other rules" in capsys.readouterr().err
    assert main([*args, "--reprocess"]) == 0
    assert "--reprocess" not in capsys.readouterr().err
