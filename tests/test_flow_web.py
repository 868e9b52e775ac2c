"""The Prefect flow over web sources, against a scripted HTTP server on 127.0.0.1.

Each test writes a ``sources.yaml`` naming URLs of the ``server`` fixture (see
``conftest.py``), runs the real flow under Prefect's test harness and checks what
it reported (``changes.json``, ``changes.md``) and stored (documents, raw bytes,
the ``fetches`` table).

The flow's ``read source`` task builds its :class:`Fetcher` with the
:class:`FetchPolicy` of the sources file's ``fetch:`` settings. Every sources file
here sets a policy without the waits of the defaults (a 5 s timeout instead of 20,
no delay between two requests to a host, a 0.01 s backoff); retries, size cap and
redirect limit stay the defaults unless a test's entry says otherwise.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import Reply, Script, Seen, html

from fetching import FetchPolicy, Validators
from flows.pipeline import bulletin_pipeline
from storage import Store
from storage.fetches import StoreValidators

pytestmark = pytest.mark.usefixtures("prefect_harness")

FIXTURES = Path(__file__).parent / "fixtures" / "web"
DEFAULTS = FetchPolicy()
QUICK = {"timeout": 5.0, "per_host_delay": 0.0, "backoff": 0.01}  # the sources files' fetch settings

POLITBURO_0317 = "/articles/politburo-0317.html"
PROVINCE_0318 = "/articles/province-0318.html"
POLITBURO_0324 = "/articles/politburo-0324.html"
ETAG = '"pb-0317-v1"'
LAST_MODIFIED = "Fri, 18 Mar 2022 13:05:00 GMT"

# The directives of each fixture page, in order.
DIRECTIVES = {
    "politburo-0317.html": ["要压实四方责任。", "要加强疫苗接种。", "要做好生活必需品生产供应和物流保障。"],
    "province-0318.html": [
        "要坚决落实“四早”要求，以快制快阻断疫情传播链条。",
        "要严格落实集中隔离场所管理规范。",
        "各地要加快推进老年人疫苗接种。",
    ],
    "city-0319.html": ["各县（市、区）要严格落实入盐人员排查管控措施。", "必须严守农贸市场、商超等人员密集场所防线。"],
}


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def page(name: str, **headers: str) -> Reply:
    return html(fixture(name), **headers)


def rss(name: str) -> Reply:
    return Reply(200, fixture(name), {"Content-Type": "application/rss+xml; charset=utf-8"})


def with_etag(name: str, etag: str) -> Callable[[Seen], Reply]:
    """A page that answers 304 to a request that sends back its ETag."""

    def answer(seen: Seen) -> Reply:
        if seen.headers.get("if-none-match") == etag:
            return Reply(304, headers={"ETag": etag})
        return page(name, ETag=etag)

    return answer


def local_page(tmp_path: Path, name: str) -> Path:
    """A fixture page copied beside the sources file: a local source in a web run."""
    target = tmp_path / name
    shutil.copyfile(FIXTURES / name, target)
    return target


def write_sources(tmp_path: Path, entries: list[dict[str, Any]]) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump({"fetch": QUICK, "sources": entries}, allow_unicode=True), encoding="utf-8")
    return path


class Run:
    """One flow run and what it wrote."""

    def __init__(self, sources: Path, db_url: str, out: Path) -> None:
        self.result = bulletin_pipeline(sources=[str(sources)], db_url=db_url, out_dir=str(out))
        self.data: dict[str, Any] = json.loads(Path(self.result["json"]).read_text(encoding="utf-8"))
        self.markdown = Path(self.result["markdown"]).read_text(encoding="utf-8")

    @property
    def documents(self) -> dict[str, dict[str, Any]]:
        """The reported documents by source (a URL or a file path)."""
        return {doc["document"]["source"]: doc for doc in self.data["documents"]}

    @property
    def failures(self) -> dict[str, dict[str, Any]]:
        return {failure["source"]: failure for failure in self.data["failures"]}

    def texts(self, source: str, kind: str = "new") -> list[str]:
        return [c["text"] for c in self.documents[source]["changes"] if c["kind"] == kind]


def counts_without_runs(db_url: str) -> dict[str, int]:
    with Store(db_url) as store:
        return {table: n for table, n in store.counts().items() if table != "runs"}


def assert_all_new(run: Run, source: str, fixture_name: str) -> None:
    """``source`` was stored with the directives of ``fixture_name``, all new."""
    doc = run.documents[source]
    assert doc["counts"] == {"new": len(DIRECTIVES[fixture_name]), "changed": 0, "unchanged": 0, "dropped": 0}
    assert run.texts(source) == DIRECTIVES[fixture_name]


def assert_fetch_failure(run: Run, url: str, *phrases: str) -> dict[str, Any]:
    """``url`` is reported as one FetchError whose one-line message names it."""
    failure = run.failures[url]
    assert failure["error"] == "FetchError"
    assert failure["message"].startswith(url) and "\n" not in failure["message"]
    for phrase in phrases:
        assert phrase in failure["message"]
    assert url not in run.documents and url not in run.data["skipped"]
    assert url in run.markdown
    return failure


# --- 1. ETag: stored once, then 304 ---------------------------------------------------


def test_page_with_etag_is_stored_then_answers_304_and_nothing_new_is_stored(
    server: Script, db_url: str, tmp_path: Path
) -> None:
    url = server.add(POLITBURO_0317, with_etag("politburo-0317.html", ETAG))
    sources = write_sources(tmp_path, [{"url": url, "kind": "page"}])

    first = Run(sources, db_url, tmp_path / "reports")

    assert first.data["failures"] == [] and first.data["skipped"] == []
    (doc,) = first.data["documents"]
    body = fixture("politburo-0317.html")
    assert doc["document"]["source"] == doc["document"]["url"] == url
    assert doc["document"]["sha256"] == sha256(body)
    assert doc["document"]["date"] == "2022-03-17"
    assert doc["document"]["title"] == "中共中央政治局常务委员会召开会议 研究部署疫情防控工作"
    assert doc["previous"] is None
    assert_all_new(first, url, "politburo-0317.html")
    assert {c["speaker"] for c in doc["changes"]} == {"会议"}
    with Store(db_url) as store:
        stored = store.load_document(sha256(body))
        assert stored is not None
        assert [d.text for d in stored.directives] == DIRECTIVES["politburo-0317.html"]
        assert store.raw_bytes(sha256(body)) == body
        assert StoreValidators(store).get(url) == Validators(ETAG, None, sha256(body))
    before = counts_without_runs(db_url)
    assert before["documents"] == 1 and before["directives"] == 3 and before["changes"] == 3

    second = Run(sources, db_url, tmp_path / "reports")

    assert [seen.headers.get("if-none-match") for seen in server.hits(POLITBURO_0317)] == [None, ETAG]
    assert second.data["documents"] == [] and second.data["failures"] == []
    assert second.data["skipped"] == [url]
    assert second.data["counts"] == {"new": 0, "changed": 0, "unchanged": 0, "dropped": 0}
    assert "No new changes." in second.markdown
    assert counts_without_runs(db_url) == before
    with Store(db_url) as store:
        assert StoreValidators(store).get(url) == Validators(ETAG, None, sha256(body))


# --- 2. 500, then 200 -------------------------------------------------------------------


def test_a_500_is_retried_and_the_page_ends_stored(server: Script, tmp_path: Path) -> None:
    flaky = server.add(POLITBURO_0317, [Reply(500, b"Internal Server Error"), page("politburo-0317.html")])
    steady = server.add(PROVINCE_0318, page("province-0318.html"))
    db = f"sqlite:///{tmp_path}/web.db"
    sources = write_sources(tmp_path, [{"url": flaky, "kind": "page"}, {"url": steady, "kind": "page"}])

    run = Run(sources, db, tmp_path / "reports")

    assert len(server.hits(POLITBURO_0317)) == 2
    assert len(server.hits(PROVINCE_0318)) == 1
    assert run.data["failures"] == []
    assert set(run.documents) == {flaky, steady}
    assert_all_new(run, flaky, "politburo-0317.html")
    # the provincial meeting is compared with the history, the Politburo page stored just before it
    changes = run.documents[steady]["changes"]
    assert [c["text"] for c in changes] == DIRECTIVES["province-0318.html"]
    assert [(c["kind"], c["previous_text"]) for c in changes] == [
        ("new", None),
        ("new", None),
        ("changed", "要加强疫苗接种。"),
    ]
    with Store(db) as store:
        assert store.raw_bytes(sha256(fixture("politburo-0317.html"))) == fixture("politburo-0317.html")
        assert store.counts()["documents"] == 2


# --- 3. a timeout -----------------------------------------------------------------------


def test_a_page_that_times_out_is_retried_then_reported_as_failed(server: Script, tmp_path: Path) -> None:
    slow = server.add("/articles/slow.html", Reply(200, fixture("politburo-0324.html"), delay=2.0))
    steady = server.add(PROVINCE_0318, page("province-0318.html"))
    db = f"sqlite:///{tmp_path}/web.db"
    # the entry's own fetch settings take precedence over the file's
    entries = [{"url": slow, "kind": "page", "fetch": {"timeout": 0.3}}, {"url": steady, "kind": "page"}]
    sources = write_sources(tmp_path, entries)

    run = Run(sources, db, tmp_path / "reports")

    attempts = 1 + DEFAULTS.retries
    assert_fetch_failure(run, slow, "timed out", "limit 0.3 s", f"gave up after {attempts} attempts")
    hits = server.hits("/articles/slow.html")
    assert len(hits) == attempts
    # Each attempt gave up after 0.3 s (about 1 s from the first to the last); waiting
    # for the server's answers would have put 3 x 2 s between them.
    assert hits[-1].started - hits[0].started < 4.0
    assert list(run.documents) == [steady]
    assert_all_new(run, steady, "province-0318.html")
    with Store(db) as store:
        assert store.counts()["documents"] == 1
        assert StoreValidators(store).get(slow) is None
        assert [f.source for f in store.run_report(run.result["run_id"]).failures] == [slow]


# --- 4. a redirect loop -----------------------------------------------------------------


def test_a_redirect_loop_is_a_fetch_error_and_the_other_sources_go_on(server: Script, tmp_path: Path) -> None:
    loop = server.add("/loop/a.html", Reply(302, headers={"Location": "/loop/b.html"}))
    server.add("/loop/b.html", Reply(302, headers={"Location": "/loop/a.html"}))
    web = server.add(POLITBURO_0317, page("politburo-0317.html"))
    local = local_page(tmp_path, "city-0319.html")
    db = f"sqlite:///{tmp_path}/web.db"
    sources = write_sources(
        tmp_path, [{"url": loop, "kind": "page"}, {"url": web, "kind": "page"}, {"path": local.name}]
    )

    run = Run(sources, db, tmp_path / "reports")

    assert_fetch_failure(run, loop, f"redirect loop or more than {DEFAULTS.max_redirects} redirects")
    hops = len(server.hits("/loop/a.html")) + len(server.hits("/loop/b.html"))
    assert hops == DEFAULTS.max_redirects + 1  # one attempt: a loop is not retried
    assert set(run.documents) == {web, str(local)}
    assert_all_new(run, web, "politburo-0317.html")
    assert_all_new(run, str(local), "city-0319.html")
    with Store(db) as store:
        assert store.counts()["documents"] == 2 and store.counts()["failures"] == 1


# --- 5. a 404 ---------------------------------------------------------------------------


def test_a_404_is_reported_at_once_without_retry(server: Script, tmp_path: Path) -> None:
    gone = server.add("/articles/withdrawn.html", Reply(404, b"<h1>404 Not Found</h1>"))
    web = server.add(PROVINCE_0318, page("province-0318.html"))
    db = f"sqlite:///{tmp_path}/web.db"
    sources = write_sources(tmp_path, [{"url": gone, "kind": "page"}, {"url": web, "kind": "page"}])

    run = Run(sources, db, tmp_path / "reports")

    assert_fetch_failure(run, gone, "HTTP 404")
    assert len(server.hits("/articles/withdrawn.html")) == 1
    assert list(run.documents) == [web]
    assert_all_new(run, web, "province-0318.html")
    with Store(db) as store:
        assert StoreValidators(store).get(gone) is None
        (failure,) = store.run_report(run.result["run_id"]).failures
        assert failure.source == gone and failure.error == "FetchError" and "HTTP 404" in failure.message


# --- 6. a body over the size cap --------------------------------------------------------


def test_a_body_over_the_size_cap_is_reported_and_not_retried(server: Script, tmp_path: Path) -> None:
    # A cap set in the sources file, on a body without Content-Length: the fetcher counts as it reads.
    cap = 200_000
    huge = b"<html><body><p>" + "要加强疫苗接种。".encode() * (cap // 24 + 1) + b"</p></body></html>"
    assert len(huge) > cap
    big = server.add("/articles/huge.html", Reply(200, huge, {"Content-Type": "text/html"}, content_length=False))
    web = server.add(POLITBURO_0317, page("politburo-0317.html"))
    db = f"sqlite:///{tmp_path}/web.db"
    entries = [{"url": big, "kind": "page", "fetch": {"max_bytes": cap}}, {"url": web, "kind": "page"}]
    sources = write_sources(tmp_path, entries)

    run = Run(sources, db, tmp_path / "reports")

    assert_fetch_failure(run, big, f"body is over the size cap of {cap} bytes")
    assert len(server.hits("/articles/huge.html")) == 1
    assert list(run.documents) == [web]
    assert_all_new(run, web, "politburo-0317.html")
    with Store(db) as store:
        assert store.counts()["documents"] == store.counts()["blobs"] == 1


# --- 7. an RSS feed that gains an entry -------------------------------------------------


def test_rss_feed_stores_its_articles_then_only_the_new_entry_compared_with_history(
    server: Script, db_url: str, tmp_path: Path
) -> None:
    feed = server.add("/feeds/yqfk.xml", [rss("feed-1.xml"), rss("feed-2.xml")])
    old_with_etag = server.add(POLITBURO_0317, with_etag("politburo-0317.html", ETAG))
    old_same_bytes = server.add(PROVINCE_0318, page("province-0318.html"))  # no validators: sends it all again
    new = server.add(POLITBURO_0324, page("politburo-0324.html"))
    sources = write_sources(tmp_path, [{"url": feed, "kind": "rss"}])

    first = Run(sources, db_url, tmp_path / "reports")

    assert first.data["failures"] == [] and first.data["skipped"] == []
    assert list(first.documents) == [old_with_etag, old_same_bytes]  # in date order
    assert_all_new(first, old_with_etag, "politburo-0317.html")
    assert feed not in first.documents
    assert server.hits(POLITBURO_0324) == []
    with Store(db_url) as store:
        assert store.counts()["documents"] == 2
        earlier = store.load_document(sha256(fixture("politburo-0317.html")))
        assert earlier is not None

    second = Run(sources, db_url, tmp_path / "reports")

    assert len(server.hits("/feeds/yqfk.xml")) == 2  # the listing is always fetched in full
    assert [seen.headers.get("if-none-match") for seen in server.hits(POLITBURO_0317)] == [None, ETAG]
    assert len(server.hits(PROVINCE_0318)) == 2
    assert sorted(second.data["skipped"]) == sorted([old_with_etag, old_same_bytes])
    assert second.data["failures"] == []
    assert list(second.documents) == [new]
    doc = second.documents[new]
    assert doc["document"]["date"] == "2022-03-24"
    assert doc["counts"] == {"new": 1, "changed": 1, "unchanged": 1, "dropped": 1}
    (changed,) = (c for c in doc["changes"] if c["kind"] == "changed")
    assert changed["text"] == "要压实属地、部门、单位、个人四方责任。"
    assert changed["previous_text"] == "要压实四方责任。"
    assert changed["similarity"] >= 0.5
    assert [op["text"] for op in changed["diff"] if op["op"] == "insert"] == ["属地、部门、单位、个人"]
    assert "".join(op["text"] for op in changed["diff"] if op["op"] != "insert") == changed["previous_text"]
    assert changed["previous_id"] == earlier.directives[0].id  # the directive of the earlier page
    (unchanged,) = (c for c in doc["changes"] if c["kind"] == "unchanged")
    assert unchanged["text"] == unchanged["previous_text"] == "要加强疫苗接种。"
    assert unchanged["previous_id"] == earlier.directives[1].id
    (dropped,) = (c for c in doc["changes"] if c["kind"] == "dropped")
    assert dropped["previous_text"] == "要做好生活必需品生产供应和物流保障。"
    assert second.texts(new) == ["要保持群众正常生产生活平稳有序。"]
    assert "要压实**属地、部门、单位、个人**四方责任。" in second.markdown
    with Store(db_url) as store:
        assert store.counts()["documents"] == 3
        report = store.run_report(second.result["run_id"])
        assert [d.document.source for d in report.documents] == [new]


# --- 8. an index page -------------------------------------------------------------------


def test_index_page_stores_its_linked_articles_with_raw_bytes_and_fetch_headers(
    server: Script, db_url: str, tmp_path: Path
) -> None:
    index = server.add("/yqfk/index.html", page("index.html"))
    first = server.add(POLITBURO_0317, page("politburo-0317.html", ETag=ETAG))
    second = server.add(PROVINCE_0318, page("province-0318.html", **{"Last-Modified": LAST_MODIFIED}))
    local = local_page(tmp_path, "city-0319.html")
    sources = write_sources(
        tmp_path, [{"url": index, "kind": "index", "selector": "ul.list li a"}, {"path": local.name}]
    )

    run = Run(sources, db_url, tmp_path / "reports")

    assert run.data["failures"] == [] and run.data["skipped"] == []
    assert set(run.documents) == {first, second, str(local)}  # the index itself is no document
    for url in (first, second):
        assert run.documents[url]["document"]["url"] == url
    assert_all_new(run, first, "politburo-0317.html")
    assert_all_new(run, str(local), "city-0319.html")
    assert server.hits("/about.html") == [] and server.hits("/sitemap.html") == [] and server.hits("/") == []
    assert len(server.hits("/yqfk/index.html")) == 1
    with Store(db_url) as store:
        validators = StoreValidators(store)
        for url, name, etag, last_modified in (
            (first, "politburo-0317.html", ETAG, None),
            (second, "province-0318.html", None, LAST_MODIFIED),
        ):
            body = fixture(name)
            stored = store.load_document(sha256(body))
            assert stored is not None and stored.document.source == url
            assert [d.text for d in stored.directives] == DIRECTIVES[name]
            assert store.raw_bytes(sha256(body)) == body
            headers = validators.headers(url)
            assert headers is not None
            assert headers["content-type"] == "text/html; charset=utf-8"
            assert headers["content-length"] == str(len(body))
            assert headers.get("etag") == etag and headers.get("last-modified") == last_modified
            assert validators.get(url) == Validators(etag, last_modified, sha256(body))
        assert validators.get(index) is None and validators.headers(index) is None
        assert store.counts()["documents"] == 3


# --- known bugs: validators are kept for documents that were never stored ---------------


def test_a_dry_run_does_not_keep_the_real_run_from_storing_a_page(server: Script, tmp_path: Path) -> None:
    url = server.add(POLITBURO_0317, with_etag("politburo-0317.html", ETAG))
    db = f"sqlite:///{tmp_path}/web.db"
    sources = write_sources(tmp_path, [{"url": url, "kind": "page"}])
    bulletin_pipeline(sources=[str(sources)], db_url=db, out_dir=str(tmp_path / "dry"), dry_run=True)

    run = Run(sources, db, tmp_path / "reports")

    assert list(run.documents) == [url]
    assert_all_new(run, url, "politburo-0317.html")


def test_a_page_outside_since_is_stored_by_a_later_run_without_since(server: Script, tmp_path: Path) -> None:
    early = server.add(POLITBURO_0317, page("politburo-0317.html"))
    late = server.add(PROVINCE_0318, page("province-0318.html"))
    db = f"sqlite:///{tmp_path}/web.db"
    sources = write_sources(tmp_path, [{"url": early, "kind": "page"}, {"url": late, "kind": "page"}])
    windowed = bulletin_pipeline(
        sources=[str(sources)], db_url=db, out_dir=str(tmp_path / "reports"), since=dt.date(2022, 3, 18)
    )
    data = json.loads(Path(windowed["json"]).read_text(encoding="utf-8"))
    assert [doc["document"]["source"] for doc in data["documents"]] == [late]

    run = Run(sources, db, tmp_path / "reports")

    assert list(run.documents) == [early]
