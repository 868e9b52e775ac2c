"""storage.Store on SQLite and (with $BULLETIN_DIFF_TEST_PG_URL) PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sqlalchemy as sa

from bulletin_diff.errors import StorageError
from bulletin_diff.records import (
    Article,
    Change,
    ChangeKind,
    Directive,
    Document,
    DocumentChanges,
    Failure,
    ParsedDocument,
    WordOp,
    content_id,
)
from storage import Store, default_url
from storage.engine import create_engine
from storage.schema import documents

Jan = dt.date(2024, 1, 1)
Spec = list[list[tuple[str, str | None]]]  # articles: (directive text, speaker) each


def make_doc(
    source: str,
    articles: Spec,
    date: dt.date | None = Jan,
    salt: str = "",
) -> tuple[ParsedDocument, bytes]:
    """A parsed document of ``articles``, each a list of (directive text, speaker)."""
    raw = f"{source}|{date}|{salt}|{articles}".encode()
    sha = hashlib.sha256(raw).hexdigest()
    built, position = [], 0
    for index, items in enumerate(articles):
        title = f"第{index + 1}篇 会议召开"
        directives = []
        for text, speaker in items:
            norm = text.rstrip("。")
            directive_id = content_id(sha, index, position, norm)
            directives.append(Directive(directive_id, text, norm, speaker, index, position, title, "新华社"))
            position += 1
        built.append(
            Article(
                index=index,
                title=title,
                subtitle="副标题" if index else None,
                source="新华社",
                place="北京",
                date=date,
                byline="记者 张三",
                truncated=index == 1,
                paragraphs=(*(text for text, _ in items), "（完）"),
                directives=tuple(directives),
                url=f"https://example.cn/{index}.html" if index else None,
            )
        )
    document = Document(
        source=source,
        sha256=sha,
        encoding="gb18030",
        encoding_origin="detected",
        reader="html",
        date=date,
        date_origin="filename" if date else None,
        size=len(raw),
        title="新闻联播",
        url=None,
    )
    return ParsedDocument(document, tuple(built), warnings=("一条警告",)), raw


FIRST: Spec = [[("要压实四方责任。", "习近平"), ("要抓好安全生产。", "会议")], [("要稳就业。", None)]]
SECOND: Spec = [[("要压实各方责任。", "习近平"), ("要抓好安全生产。", "会议")], [("要扩内需。", "许昆林")]]


def stored_pair(store: Store) -> tuple[ParsedDocument, ParsedDocument]:
    first, raw1 = make_doc("a.html", FIRST, Jan)
    second, raw2 = make_doc("a.html", SECOND, dt.date(2024, 1, 2))
    assert store.save_document(first, raw1, "run-1")
    assert store.save_document(second, raw2, "run-2")
    return first, second


def changes_between(first: ParsedDocument, second: ParsedDocument) -> DocumentChanges:
    old, new = first.directives, second.directives
    diff = (WordOp("equal", "要压实"), WordOp("delete", "四方"), WordOp("insert", "各方"))
    return DocumentChanges(
        document=second.document,
        previous=first.document,
        changes=(
            Change(ChangeKind.CHANGED, new[0], old[0], 0.8571428571, diff, also_previous=(old[2],)),
            Change(ChangeKind.UNCHANGED, new[1], old[1], 1.0),
            Change(ChangeKind.NEW, new[2], None, nearest=old[2]),
            Change(ChangeKind.DROPPED, None, old[2]),
        ),
    )


def test_round_trip(store: Store) -> None:
    parsed, raw = make_doc("bulletin.html", FIRST)
    assert not store.has_document(parsed.document.sha256)
    assert store.save_document(parsed, raw, "run-1")
    assert store.has_document(parsed.document.sha256)
    assert store.load_document(parsed.document.sha256) == dataclasses.replace(parsed, warnings=())
    assert store.raw_bytes(parsed.document.sha256) == raw
    assert store.load_document("0" * 64) is None
    assert store.counts() == {
        "blobs": 1,
        "documents": 1,
        "articles": 2,
        "directives": 3,
        "runs": 0,
        "changes": 0,
        "failures": 0,
        "fetches": 0,
    }


def test_blobs_are_idempotent(store: Store) -> None:
    store.store_blob("ab" * 32, "要压实四方责任。".encode("gb18030"))
    store.store_blob("ab" * 32, b"ignored")
    assert store.raw_bytes("ab" * 32) == "要压实四方责任。".encode("gb18030")
    assert store.raw_bytes("cd" * 32) is None
    # a blob stored ahead of its document does not stop the document being saved
    parsed, raw = make_doc("x.txt", FIRST)
    store.store_blob(parsed.document.sha256, raw)
    assert store.save_document(parsed, raw, "run-1")
    assert store.counts()["blobs"] == 2


def test_second_save_stores_nothing(store: Store) -> None:
    parsed, raw = make_doc("bulletin.html", FIRST)
    assert store.save_document(parsed, raw, "run-1")
    before = store.counts()
    moved = dataclasses.replace(parsed, document=dataclasses.replace(parsed.document, source="b.html"))
    assert not store.save_document(parsed, raw, "run-2")
    assert not store.save_document(moved, raw, "run-2")  # same bytes under another name
    assert store.counts() == before


def test_versions_count_documents_of_a_source(store: Store, db_url: str) -> None:
    for salt in ("v1", "v2", "v3"):
        parsed, raw = make_doc("a.html", FIRST, salt=salt)
        store.save_document(parsed, raw, "run-1")
    parsed, raw = make_doc("b.html", FIRST)
    store.save_document(parsed, raw, "run-1")
    engine = create_engine(db_url)
    with engine.connect() as conn:
        query = sa.select(documents.c.source, documents.c.version).order_by(documents.c.id)
        versions = [tuple(row) for row in conn.execute(query)]
    engine.dispose()
    assert versions == [("a.html", 1), ("a.html", 2), ("a.html", 3), ("b.html", 1)]


def test_previous_document_follows_dates_then_storage_order(store: Store) -> None:
    def save(salt: str, date: dt.date | None) -> Document:
        parsed, raw = make_doc("feed.json", FIRST, date, salt)
        assert store.save_document(parsed, raw, "run-1")
        return parsed.document

    def previous(document: Document) -> str | None:
        found = store.previous_document(document)
        return found.document.sha256 if found else None

    jan1 = save("a", Jan)
    jan3 = save("b", dt.date(2024, 1, 3))
    jan2 = save("c", dt.date(2024, 1, 2))
    jan2_later = save("d", dt.date(2024, 1, 2))
    undated1 = save("e", None)
    undated2 = save("f", None)
    assert previous(jan1) is None
    assert previous(jan2) == jan1.sha256
    assert previous(jan2_later) == jan2.sha256
    assert previous(jan3) == jan2_later.sha256
    assert previous(undated1) == jan3.sha256
    assert previous(undated2) == undated1.sha256
    # not stored yet: after every stored document of its date (or of all, undated)
    assert previous(make_doc("new", FIRST, dt.date(2024, 1, 2))[0].document) == jan2_later.sha256
    assert previous(make_doc("new", FIRST, dt.date(2023, 12, 31))[0].document) is None
    assert previous(make_doc("new", FIRST, None)[0].document) == undated2.sha256
    loaded = store.previous_document(jan2)
    assert loaded is not None and loaded.directives[0].text == "要压实四方责任。"


def test_save_changes_skips_duplicates_and_round_trips(store: Store) -> None:
    first, second = stored_pair(store)
    doc_changes = changes_between(first, second)
    assert store.save_changes("run-2", doc_changes) == 4
    assert store.save_changes("run-2", doc_changes) == 0
    assert store.save_changes("run-3", doc_changes) == 0
    assert store.counts()["changes"] == 4
    assert store.document_changes(second.document.sha256) == doc_changes
    unchanged = store.document_changes(first.document.sha256)
    assert unchanged == DocumentChanges(document=first.document, previous=None)
    assert store.document_changes("0" * 64) is None


def test_save_changes_needs_the_document_stored(store: Store) -> None:
    first, _ = make_doc("a.html", FIRST)
    second, _ = make_doc("a.html", SECOND)
    with pytest.raises(StorageError, match="not stored"):
        store.save_changes("run-1", changes_between(first, second))
    assert store.counts()["changes"] == 0


def test_change_of_an_unknown_directive_keeps_its_text(store: Store) -> None:
    parsed, raw = make_doc("a.html", FIRST)
    store.save_document(parsed, raw, "run-1")
    ghost = Directive("f" * 16, "要守牢底线。", "要守牢底线", "会议", 0, 7, "会议公报", "人民日报")
    store.save_changes("run-1", DocumentChanges(parsed.document, None, (Change(ChangeKind.NEW, ghost, None),)))
    loaded = store.document_changes(parsed.document.sha256)
    assert loaded is not None
    rebuilt = loaded.changes[0].directive
    assert rebuilt is not None
    assert (rebuilt.id, rebuilt.text, rebuilt.speaker, rebuilt.position) == (ghost.id, "要守牢底线。", "会议", 7)
    assert (rebuilt.article_title, rebuilt.article_source) == ("会议公报", "人民日报")


def test_run_report_has_changes_and_failures(store: Store) -> None:
    started = dt.datetime(2024, 1, 2, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    store.start_run("run-2", ["a.html", "bad.html"], flow_run_id="flow-9", started_at=started)
    store.start_run("run-2", ["ignored"])  # a retried start changes nothing
    first, second = stored_pair(store)
    doc_changes = changes_between(first, second)
    store.save_changes("run-2", doc_changes)
    broken = Failure("bad.html", "DecodeError", "bad.html: 无法解码", "ab" * 32)
    store.record_failure("run-2", broken)
    store.record_failure("run-2", Failure("gone.html", "SourceNotFoundError", "gone"))
    store.record_failure("run-1", Failure("other.html", "FetchError", "timeout"))
    store.finish_run("run-2", "completed", {"new": 1, "changed": 1})

    report = store.run_report("run-2")
    assert report.started_at == started
    assert report.documents == (doc_changes,)
    assert report.failures == (broken, Failure("gone.html", "SourceNotFoundError", "gone"))
    assert (report.count(ChangeKind.NEW), report.count(ChangeKind.DROPPED)) == (1, 1)
    assert store.counts()["runs"] == 1
    with pytest.raises(StorageError, match="no run"):
        store.run_report("run-404")
    with pytest.raises(StorageError, match="never started"):
        store.finish_run("run-404", "failed", {})


def test_changelog_is_newest_first(store: Store) -> None:
    order = []
    for salt, date in (("a", Jan), ("b", dt.date(2024, 3, 1)), ("c", None), ("d", dt.date(2024, 2, 1))):
        parsed, raw = make_doc("feed.json", FIRST, date, salt)
        store.save_document(parsed, raw, "run-1")
        change = Change(ChangeKind.NEW, parsed.directives[0], None)
        store.save_changes("run-1", DocumentChanges(parsed.document, None, (change,)))
        order.append(parsed.document.sha256)
    quiet, raw = make_doc("feed.json", FIRST, dt.date(2024, 4, 1), "no changes")
    store.save_document(quiet, raw, "run-1")
    a, b, c, d = order
    assert [x.document.sha256 for x in store.changelog()] == [c, b, d, a]
    assert [x.document.sha256 for x in store.changelog(limit=2)] == [c, b]
    assert all(len(x.changes) == 1 for x in store.changelog())


def test_concurrent_writers_never_duplicate(db_url: str) -> None:
    first, raw1 = make_doc("a.html", FIRST, Jan)
    second, raw2 = make_doc("a.html", SECOND, dt.date(2024, 1, 2))
    doc_changes = changes_between(first, second)
    barrier = threading.Barrier(4)

    def writer(n: int) -> tuple[bool, bool, int]:
        with Store(db_url) as store:  # four stores creating the schema at once
            barrier.wait(timeout=60)  # a writer that failed to open fails the test, not hangs it
            saved1 = store.save_document(first, raw1, f"run-{n}")
            saved2 = store.save_document(second, raw2, f"run-{n}")
            return saved1, saved2, store.save_changes(f"run-{n}", doc_changes)

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(writer, range(4)))
    assert sum(r[0] for r in results) == 1
    assert sum(r[1] for r in results) == 1
    assert sum(r[2] for r in results) == 4
    with Store(db_url) as store:
        counts = store.counts()
        assert store.document_changes(second.document.sha256) == doc_changes
    assert (counts["documents"], counts["blobs"], counts["directives"], counts["changes"]) == (2, 2, 6, 4)


def test_plain_path_and_default_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "nested" / "dir" / "bulletins.db"
    with Store(str(path)) as store:
        parsed, raw = make_doc("a.html", FIRST)
        assert store.save_document(parsed, raw, "run-1")
    assert path.is_file()
    monkeypatch.delenv("BULLETIN_DIFF_DB", raising=False)
    assert default_url() == "sqlite:///data/bulletins.db"
    monkeypatch.setenv("BULLETIN_DIFF_DB", "postgresql+psycopg://u@h/db")
    assert default_url() == "postgresql+psycopg://u@h/db"
    with pytest.raises(StorageError, match="unsupported"):
        Store("mysql://u@h/db")


def test_a_split_change_round_trips(store: Store) -> None:
    first, second = stored_pair(store)
    doc_changes = changes_between(first, second)
    new_ones = [c for c in doc_changes.changes if c.kind is ChangeKind.NEW]
    assert new_ones, "the fixture pair has a new directive"
    source = first.directives[0]
    split = dataclasses.replace(new_ones[0], nearest=source, split=True)
    marked = dataclasses.replace(
        doc_changes, changes=tuple(split if c is new_ones[0] else c for c in doc_changes.changes)
    )
    store.save_changes("run-2", marked)
    assert store.document_changes(second.document.sha256) == marked


def test_a_report_names_the_previous_document_of_the_series(store: Store) -> None:
    from flows.steps import compared_with

    def of_series(source: str, date: dt.date, series: str) -> tuple[ParsedDocument, bytes]:
        doc, raw = make_doc(source, FIRST, date, salt=source)
        articles = tuple(dataclasses.replace(a, series=series) for a in doc.articles)
        return dataclasses.replace(doc, articles=articles), raw

    meeting, raw1 = of_series("a.html", Jan, "国务院常务会议")
    notice, raw2 = of_series("b.html", dt.date(2024, 1, 2), "国务院办公厅通知")
    later, _ = of_series("c.html", dt.date(2024, 1, 3), "国务院常务会议")
    assert store.save_document(meeting, raw1, "run-1") and store.save_document(notice, raw2, "run-1")
    found = store.previous_in_series_document("国务院常务会议", later.document)
    assert found is not None and found.document.sha256 == meeting.document.sha256
    chosen = compared_with(store, later)
    assert chosen is not None and chosen.document.sha256 == meeting.document.sha256
    # a series never seen before: the latest earlier document
    other, _ = of_series("d.html", dt.date(2024, 1, 3), "市委常委会会议")
    chosen = compared_with(store, other)
    assert chosen is not None and chosen.document.sha256 == notice.document.sha256


def test_each_document_records_the_rules_that_read_it(store: Store) -> None:
    from bulletin_diff.rules import rules_version

    parsed, raw = make_doc("bulletin.html", FIRST)
    assert store.save_document(parsed, raw, "run-1")
    assert store.read_by_other_rules() == 0
    assert store.read_by_other_rules("another-rules") == 1  # what a later version of the rules would count
    # a document stored before rules were recorded counts as read by other rules, until it is read again
    with store.engine.begin() as conn:
        conn.execute(documents.update().values(rules=None))
    assert store.read_by_other_rules() == 1
    store.replace_records(parsed)
    assert store.read_by_other_rules() == 0
    assert len(rules_version()) == 12
