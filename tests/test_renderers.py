"""The report renderers, on a hand-built run of two documents and one failure."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from bulletin_diff.records import (
    Change,
    ChangeKind,
    Directive,
    Document,
    DocumentChanges,
    Failure,
    RunReport,
    WordOp,
)
from renderers import (
    RENDERERS,
    escape_md,
    prepend_to_changelog,
    render_atom,
    render_html,
    render_json,
    render_markdown,
    write_reports,
)
from renderers._shared import notes

ATOM = "{http://www.w3.org/2005/Atom}"
TITLE = "中共中央政治局常务委员会召开会议 研究部署疫情防控重点工作"
STARTED = dt.datetime(2022, 3, 25, 8, 30, tzinfo=dt.UTC)


def doc(name: str, date: dt.date, title: str | None = None) -> Document:
    return Document(
        source=f"seeds/{name}.txt",
        sha256=name * 8,
        encoding="utf-8",
        encoding_origin="detected",
        reader="text",
        date=date,
        date_origin="filename",
        size=100,
        title=title,
    )


def directive(text: str, speaker: str | None = "习近平", position: int = 0) -> Directive:
    return Directive(
        id=f"id{position}",
        text=text,
        norm=text,
        speaker=speaker,
        article_index=0,
        position=position,
        article_title=TITLE,
        article_source="新华社",
    )


OLD = doc("a", dt.date(2022, 3, 18), "旧通报")
LATER = doc("b", dt.date(2022, 3, 24), TITLE)
FIRST = doc("c", dt.date(2022, 3, 1))

CHANGES = (
    Change(ChangeKind.NEW, directive("要坚决同一切歪曲、怀疑、否定我国防疫方针政策的言行作斗争。"), None),
    Change(
        ChangeKind.CHANGED,
        directive("要压实属地、部门、单位、个人四方责任。", "会议", 1),
        directive("要落实属地、部门、单位、个人四方责任。", "会议", 1),
        similarity=0.875,
        diff=(
            WordOp("equal", "要"),
            WordOp("delete", "落实"),
            WordOp("insert", "压实"),
            WordOp("equal", "属地、部门、单位、个人四方责任。"),
        ),
        also_previous=(directive("要强化个人责任。", "会议", 2),),
    ),
    Change(
        ChangeKind.UNCHANGED,
        directive("要始终坚持人民至上、生命至上。", position=2),
        directive("要始终坚持人民至上、生命至上。"),
    ),
    Change(ChangeKind.DROPPED, None, directive("要<script>alert(1)</script>加强*重点*人群管理。", "会议", 3)),
)
REPORT = RunReport(
    run_id="20220325T083000-ab12",
    started_at=STARTED,
    documents=(
        DocumentChanges(FIRST, None, (Change(ChangeKind.NEW, directive("要做好生活必需品供应。"), None),)),
        DocumentChanges(LATER, OLD, CHANGES),
    ),
    failures=(Failure("https://example.cn/broken.html", "DecodeError", "cannot decode bytes"),),
    skipped=("seeds/a.txt",),
)
EMPTY = RunReport(run_id="run-empty", started_at=dt.datetime(2022, 3, 26, 9, 0))


def test_markdown_summary_sections_and_diff() -> None:
    md = render_markdown(REPORT)
    assert md.startswith("# Change report — run 20220325T083000-ab12\n")
    assert "2022-03-25T08:30:00+00:00" in md
    assert "2 new · 1 changed · 1 unchanged · 1 dropped — 2 documents, 1 failure, 1 skipped (already stored)" in md
    later, first = md.index(f"## 2022-03-24 — {TITLE}"), md.index("## 2022-03-01 — seeds/c.txt")
    assert later < first  # newest first
    assert "Compared with 《旧通报》 (2022-03-18, seeds/a.txt). 1 unchanged directive not listed." in md
    assert "First document in the history." in md
    assert md.index("### New") < md.index("### Changed") < md.index("### Dropped") < first
    assert (
        f"### New\n\n#### 《{TITLE}》 · 新华社\n\n- 习近平: 要坚决同一切歪曲、怀疑、否定我国防疫方针政策的言行作斗争。"
        in md
    )
    assert "- 会议: 要~~落实~~**压实**属地、部门、单位、个人四方责任。 (88% similar)" in md
    assert "  - Merges earlier: 「要落实属地、部门、单位、个人四方责任。」; 「要强化个人责任。」" in md
    assert "人民至上" not in md  # unchanged only counted
    assert "要\\<script\\>alert(1)\\</script\\>加强\\*重点\\*人群管理。" in md
    assert "## Failed inputs\n\n- https://example.cn/broken.html — DecodeError: cannot decode bytes" in md
    assert "No new changes." not in md


def test_markdown_empty_report() -> None:
    md = render_markdown(EMPTY)
    assert "No new changes." in md
    assert "0 new · 0 changed · 0 unchanged · 0 dropped — 0 documents, 0 failures, 0 skipped" in md
    assert "Failed inputs" not in md


def test_markdown_merges_runs_of_one_op_and_keeps_spaces_outside_marks() -> None:
    change = Change(
        ChangeKind.CHANGED,
        directive("新 词"),
        directive("旧词"),
        similarity=0.5,
        diff=(WordOp("delete", "旧"), WordOp("delete", "词"), WordOp("insert", "新 "), WordOp("insert", "词")),
    )
    report = RunReport("r", STARTED, (DocumentChanges(LATER, OLD, (change,)),))
    assert ": ~~旧词~~**新 词** (50% similar)" in render_markdown(report)


def test_escape_md() -> None:
    assert (
        escape_md("# 标题 *a* _b_ ~c~ `d` <e> [f] |g| \\")
        == "\\# 标题 \\*a\\* \\_b\\_ \\~c\\~ \\`d\\` \\<e\\> \\[f\\] \\|g\\| \\\\"
    )
    assert escape_md("要加强。#不是标题") == "要加强。#不是标题"


def test_changelog_newest_first_and_idempotent() -> None:
    log = prepend_to_changelog(None, EMPTY)
    assert log == "# Change log\n\n<!-- run:run-empty -->\n- run run-empty 2022-03-26T09:00:00+00:00: no new changes\n"
    log = prepend_to_changelog(log, REPORT)
    assert log.startswith("# Change log\n\n<!-- run:20220325T083000-ab12 -->\n## Run 20220325T083000-ab12 — ")
    assert log.index("<!-- run:20220325T083000-ab12 -->") < log.index("<!-- run:run-empty -->")
    assert "### 2022-03-24 — " in log and "#### Changed" in log and "~~落实~~**压实**" in log
    assert log.count("# Change log") == 1
    assert prepend_to_changelog(log, REPORT) == log
    assert prepend_to_changelog(log, EMPTY) == log


def test_changelog_keeps_text_without_header() -> None:
    log = prepend_to_changelog("older notes\n", EMPTY)
    assert log.startswith("# Change log\n\n<!-- run:run-empty -->") and log.endswith("\nolder notes\n")


def test_json_round_trips() -> None:
    data = json.loads(render_json(REPORT))
    assert data["run_id"] == REPORT.run_id and data["counts"]["new"] == 2
    changes = data["documents"][1]["changes"]
    assert [c["kind"] for c in changes] == ["new", "changed", "unchanged", "dropped"]
    changed = changes[1]
    assert changed["text"] == "要压实属地、部门、单位、个人四方责任。"
    assert changed["previous_text"] == "要落实属地、部门、单位、个人四方责任。"
    assert changed["similarity"] == 0.875 and changed["speaker"] == "会议"
    assert changed["diff"][1] == {"op": "delete", "text": "落实"}
    assert "习近平" in render_json(REPORT)  # not \\u-escaped


def test_html_escapes_page_text() -> None:
    page = render_html(REPORT)
    assert page.startswith("<!DOCTYPE html>") and '<html lang="zh">' in page and '<meta charset="utf-8">' in page
    assert "<script>" not in page
    assert "要&lt;script&gt;alert(1)&lt;/script&gt;加强*重点*人群管理。" in page
    assert "要<del>落实</del><ins>压实</ins>属地" in page and "(88% similar)" in page
    assert page.index("2022-03-24 — ") < page.index("2022-03-01 — ")
    assert "No new changes." in render_html(EMPTY)


def test_atom_is_well_formed_with_one_entry_per_document() -> None:
    feed = ET.fromstring(render_atom(REPORT, base_url="https://example.org/reports/"))
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}updated") == "2022-03-25T08:30:00+00:00"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}id") for e in entries] == [
        f"urn:bulletin-diff:document:{LATER.sha256}",
        f"urn:bulletin-diff:document:{FIRST.sha256}",
    ]
    content = entries[0].find(f"{ATOM}content")
    assert content is not None and content.get("type") == "html"
    assert "<del>落实</del><ins>压实</ins>" in (content.text or "")
    assert "&lt;script&gt;" in (content.text or "")
    link = entries[0].find(f"{ATOM}link")
    assert link is not None
    assert link.get("href") == f"https://example.org/reports/20220325T083000-ab12/changes.html#doc-{LATER.sha256[:16]}"
    assert ET.fromstring(render_atom(EMPTY)).findall(f"{ATOM}entry") == []


def test_atom_drops_characters_xml_forbids() -> None:
    change = Change(ChangeKind.NEW, directive("要加强\x0c管理。"), None)
    feed = render_atom(RunReport("r", STARTED, (DocumentChanges(LATER, OLD, (change,)),)))
    assert "要加强管理。" in (ET.fromstring(feed).findtext(f"{ATOM}entry/{ATOM}content") or "")


def test_write_reports(tmp_path: Path) -> None:
    paths = write_reports(REPORT, tmp_path)
    run_dir = tmp_path / REPORT.run_id
    assert set(paths) == set(RENDERERS) | {"changelog"}
    assert {p.name for p in run_dir.iterdir()} == {"changes.md", "changes.json", "changes.html", "changes.atom"}
    assert paths["markdown"].read_text(encoding="utf-8") == render_markdown(REPORT)
    write_reports(EMPTY, tmp_path)
    log = (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8")
    assert log.index("run:run-empty") < log.index(f"run:{REPORT.run_id}")
    write_reports(EMPTY, tmp_path)
    assert (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8") == log


def test_write_reports_refuses_path_like_run_ids(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_reports(RunReport("../x", STARTED), tmp_path)


def test_a_line_taken_into_a_merge_is_dropped_naming_the_merge() -> None:
    later = directive("要落实四方责任，强化个人责任。", "会议", 1)
    dropped = Change(ChangeKind.DROPPED, None, directive("要强化个人责任。", "会议", 2), nearest=later)
    assert notes(dropped) == ["Taken into: 「要落实四方责任，强化个人责任。」"]
    assert dropped.to_dict()["merged_into"] == later.text
    assert Change(ChangeKind.DROPPED, None, later).to_dict()["merged_into"] is None


def test_listings_group_directives_under_their_article() -> None:
    other = replace(
        directive("要做好学校防控工作。", "许昆林", 5),
        article_title="省疫情联防联控指挥部召开会议",
        article_source="盐城晚报",
    )
    changes = (
        Change(ChangeKind.NEW, directive("要加强疫苗接种。", "会议", 1), None),
        Change(ChangeKind.NEW, other, None),
        Change(ChangeKind.NEW, directive("要保障物流畅通。", "会议", 2), None),
    )
    report = RunReport("r", STARTED, (DocumentChanges(LATER, OLD, changes),))
    md = render_markdown(report)
    assert md.count(f"#### 《{TITLE}》 · 新华社") == 1  # one heading per article, in order of first appearance
    assert (
        md.index("- 会议: 要加强疫苗接种。")
        < md.index("- 会议: 要保障物流畅通。")
        < md.index("#### 《省疫情联防联控指挥部召开会议》")
    )
    assert "#### 《省疫情联防联控指挥部召开会议》 · 盐城晚报\n\n- 许昆林: 要做好学校防控工作。" in md
    html = render_html(report)
    assert html.count('<h4 class="article">') == 2
    assert '<h4 class="article">《省疫情联防联控指挥部召开会议》 · 盐城晚报</h4>' in html
