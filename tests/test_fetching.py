"""The fetching stage against a real HTTP server on 127.0.0.1 (no mocks of httpx).

The ``server`` fixture (in ``conftest.py``) runs a ``ThreadingHTTPServer`` on port 0
that answers from a script: each path gets a :class:`Reply`, a list of replies (one
per request, the last repeated) or a function of the request. It records every
request it sees and the largest number it was serving at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Reply, Script, Seen, html

from bulletin_diff.errors import ConfigError, FetchError, InputError
from fetching import (
    FeedEntry,
    Fetcher,
    FetchPolicy,
    MemoryValidators,
    Validators,
    entries_from_feed,
    fetch_source,
    links_from_index,
)

FIXTURES = Path(__file__).parent / "fixtures" / "fetching"
FAST = FetchPolicy(timeout=2.0, per_host_delay=0.0, retries=2, backoff=0.01)


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(FAST) as opened:
        yield opened


def assert_one_line_naming(error: pytest.ExceptionInfo[FetchError], url: str) -> str:
    message = str(error.value)
    assert "\n" not in message
    assert message.startswith(url)
    return message


# --- Fetcher.fetch ---------------------------------------------------------------


def test_200_page_keeps_bytes_and_charset_and_sends_the_user_agent(server: Script, fetcher: Fetcher) -> None:
    body = fixture("page-gb2312.html")
    url = server.add("/tzgg/1.html", Reply(200, body, {"Content-Type": "text/html; charset=GB2312"}))

    got = fetcher.fetch(url)

    assert got.status == 200
    assert got.content == body
    assert got.sha256 == hashlib.sha256(body).hexdigest()
    assert got.headers["content-type"] == "text/html; charset=GB2312"
    assert got.charset == "GB2312"
    assert got.content_type == "text/html"
    assert got.url == got.final_url == url
    assert not got.not_modified
    assert got.fetched_at.tzinfo is not None
    (seen,) = server.hits("/tzgg/1.html")
    assert seen.headers["user-agent"] == FAST.user_agent
    assert "if-none-match" not in seen.headers
    assert "if-modified-since" not in seen.headers


def test_etag_makes_the_second_fetch_conditional_and_a_304_is_not_modified(server: Script, fetcher: Fetcher) -> None:
    body = fixture("article-1.html")

    def answer(seen: Seen) -> Reply:
        if seen.headers.get("if-none-match") == '"v1"':
            return Reply(304, headers={"ETag": '"v1"'})
        return html(body, ETag='"v1"')

    url = server.add("/a/1.html", answer)
    first = fetcher.fetch(url)
    assert first.headers["etag"] == '"v1"'
    assert first.content == body

    second = fetcher.fetch(url, Validators(first.headers["etag"], None, first.sha256))

    assert second.not_modified
    assert second.status == 304
    assert second.content == b""
    assert second.sha256 == first.sha256  # what the validators remembered
    assert [seen.headers.get("if-none-match") for seen in server.hits("/a/1.html")] == [None, '"v1"']


def test_last_modified_makes_the_second_fetch_conditional(server: Script, fetcher: Fetcher) -> None:
    stamp = "Wed, 01 May 2024 08:00:00 GMT"

    def answer(seen: Seen) -> Reply:
        if seen.headers.get("if-modified-since") == stamp:
            return Reply(304)
        return html(fixture("article-2.html"), **{"Last-Modified": stamp})

    url = server.add("/a/2.html", answer)
    first = fetcher.fetch(url)
    assert first.headers["last-modified"] == stamp

    second = fetcher.fetch(url, Validators(None, first.headers["last-modified"], None))

    assert second.not_modified
    assert second.content == b""
    assert second.sha256 is None
    assert [seen.headers.get("if-modified-since") for seen in server.hits("/a/2.html")] == [None, stamp]


def test_a_500_is_retried_and_the_retry_succeeds(server: Script, fetcher: Fetcher) -> None:
    url = server.add("/flaky.html", [Reply(500, b"oops"), html(b"<p>ok</p>")])

    got = fetcher.fetch(url)

    assert got.status == 200
    assert got.content == b"<p>ok</p>"
    assert len(server.hits("/flaky.html")) == 2


def test_a_5xx_that_persists_fails_after_all_retries(server: Script, fetcher: Fetcher) -> None:
    url = server.add("/down.html", Reply(503, b"busy"))

    with pytest.raises(FetchError) as error:
        fetcher.fetch(url)

    message = assert_one_line_naming(error, url)
    assert "HTTP 503" in message
    assert "3 attempts" in message
    assert len(server.hits("/down.html")) == 1 + FAST.retries


def test_a_timeout_is_retried_then_fails_in_bounded_time(server: Script) -> None:
    policy = FetchPolicy(timeout=0.2, per_host_delay=0.0, retries=1, backoff=0.05)
    # the server would answer after 5 s: a client that waited for it would take 10 s
    url = server.add("/slow.html", Reply(200, b"late", delay=5.0))

    started = time.monotonic()
    with Fetcher(policy) as fetcher, pytest.raises(FetchError) as error:
        fetcher.fetch(url)
    elapsed = time.monotonic() - started

    message = assert_one_line_naming(error, url)
    assert "timed out" in message
    assert len(server.hits("/slow.html")) == 2
    # two attempts of 0.2 s and a 0.05 s pause (0.45 s), with room for a busy machine,
    # never the server's 5 s
    assert elapsed < 4.0


def test_a_redirect_is_followed(server: Script, fetcher: Fetcher) -> None:
    server.add("/old.html", Reply(301, headers={"Location": "/new.html"}))
    server.add("/new.html", html(b"<p>moved</p>"))

    got = fetcher.fetch(server.url("/old.html"))

    assert got.url == server.url("/old.html")
    assert got.final_url == server.url("/new.html")
    assert got.content == b"<p>moved</p>"


def test_a_redirect_loop_fails_without_retry(server: Script, fetcher: Fetcher) -> None:
    url = server.add("/loop/a", Reply(302, headers={"Location": "/loop/b"}))
    server.add("/loop/b", Reply(302, headers={"Location": "/loop/a"}))

    with pytest.raises(FetchError) as error:
        fetcher.fetch(url)

    assert "redirect" in assert_one_line_naming(error, url)
    hops = len(server.hits("/loop/a")) + len(server.hits("/loop/b"))
    assert hops == FAST.max_redirects + 1  # one try, not 1 + retries


def test_a_404_fails_at_once_without_retry(server: Script, fetcher: Fetcher) -> None:
    url = server.add("/gone.html", Reply(404, b"no such page"))

    with pytest.raises(FetchError) as error:
        fetcher.fetch(url)

    assert "HTTP 404" in assert_one_line_naming(error, url)
    assert len(server.hits("/gone.html")) == 1


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        pytest.param(Reply(200, b"x" * 5000), "Content-Length 5000", id="content-length"),
        pytest.param(Reply(200, b"x" * 100, {"Content-Length": "50000000"}), "Content-Length", id="declared-only"),
        pytest.param(Reply(200, b"x" * 5000, content_length=False), "body is over", id="streamed"),
    ],
)
def test_a_body_over_the_size_cap_fails(server: Script, reply: Reply, expected: str) -> None:
    url = server.add("/big.bin", reply)

    policy = FetchPolicy(max_bytes=1000, per_host_delay=0.0, retries=2, backoff=0.01)
    with Fetcher(policy) as fetcher, pytest.raises(FetchError) as error:
        fetcher.fetch(url)

    message = assert_one_line_naming(error, url)
    assert "over the size cap" in message
    assert expected in message
    assert len(server.hits("/big.bin")) == 1  # not retried


def test_a_body_at_the_size_cap_without_content_length_is_read(server: Script) -> None:
    url = server.add("/exact.bin", Reply(200, b"y" * 1000, content_length=False))
    with Fetcher(FetchPolicy(max_bytes=1000, per_host_delay=0.0)) as fetcher:
        assert fetcher.fetch(url).content == b"y" * 1000


@pytest.mark.parametrize(
    "url",
    ["ftp://ftp.example.invalid/a.txt", "file:///etc/passwd", "mailto:a@example.invalid", "www.example.invalid/a"],
)
def test_only_http_and_https_are_fetched(fetcher: Fetcher, url: str) -> None:
    with pytest.raises(FetchError) as error:
        fetcher.fetch(url)
    assert "only http:// and https://" in assert_one_line_naming(error, url)


def test_per_host_concurrency_is_limited(server: Script) -> None:
    url = server.add("/busy.html", Reply(200, b"<p>busy</p>", delay=0.15))
    policy = FetchPolicy(per_host_concurrency=2, per_host_delay=0.0)
    results: list[int] = []

    with Fetcher(policy) as fetcher:
        threads = [threading.Thread(target=lambda: results.append(fetcher.fetch(url).status)) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    assert results == [200] * 6
    assert len(server.hits("/busy.html")) == 6
    assert server.max_active == 2  # never more, and the limit is actually used


def test_per_host_delay_spaces_request_starts(server: Script) -> None:
    url = server.add("/polite.html", html(b"<p>hi</p>"))
    with Fetcher(FetchPolicy(per_host_delay=0.15)) as fetcher:
        for _ in range(3):
            fetcher.fetch(url)
    starts = [seen.started for seen in server.hits("/polite.html")]
    gaps = [later - earlier for earlier, later in itertools.pairwise(starts)]
    assert len(gaps) == 2
    assert min(gaps) >= 0.12  # 0.15 s apart at the client; allow for scheduling jitter


# --- discover (pure) -------------------------------------------------------------


def test_links_from_index_selects_resolves_and_deduplicates() -> None:
    page = fixture("index.html").decode("utf-8")
    base = "http://www.example.invalid/news/index.html"
    expected = [
        "http://www.example.invalid/news/a/1.html",
        "http://www.example.invalid/news/a/2.html",
        "http://www.example.invalid/news/a/missing.html",
    ]

    assert links_from_index(page, base, "ul.news a") == expected
    assert links_from_index(page, base, "ul.news li") == expected  # links inside the picked elements
    assert links_from_index(page, base, "nav a") == [
        "http://www.example.invalid/about.html",
        "http://www.example.invalid/",
    ]
    assert links_from_index(page, base, "div.nothing a") == []


def test_links_from_index_honours_base_href_and_rejects_bad_selectors() -> None:
    page = '<html><head><base href="https://cdn.example.invalid/x/"></head><body><a href="y.html">y</a></body></html>'
    assert links_from_index(page, "http://www.example.invalid/", "a") == ["https://cdn.example.invalid/x/y.html"]
    with pytest.raises(ConfigError):
        links_from_index(page, "http://www.example.invalid/", "a[")


def test_entries_from_an_rss_feed() -> None:
    entries = entries_from_feed(fixture("rss.xml"), "http://www.example.invalid/feeds/news.xml")

    assert [entry.url for entry in entries] == [
        "http://www.example.invalid/news/1.html",
        "http://www.example.invalid/feeds/2.html",
    ]
    first, second = entries
    assert first.title == "市政府常务会议研究部署近期重点工作"
    assert first.published == dt.date(2024, 5, 1)  # 07:00 +0800, as written (30 April in UTC)
    assert first.html is not None and first.html.startswith("<p>会议强调") and "压实责任" in first.html
    assert second.title == "全市安全生产工作会议召开"
    assert second.published == dt.date(2024, 5, 2)
    assert second.html is None


def test_entries_from_an_atom_feed() -> None:
    entries = entries_from_feed(fixture("atom.xml"), "http://127.0.0.1/feeds/atom.xml")

    assert entries == [
        FeedEntry(
            "https://www.example.invalid/zwgk/2024/05/t20240503_3.html",
            "关于做好汛期安全防范工作的通知",
            dt.date(2024, 5, 3),
            "<p>各区要加强值班值守，确保信息畅通。</p>",
        ),
        FeedEntry(  # no link: its id is a URL; no published: updated stands in
            "https://www.example.invalid/zwgk/2024/04/t20240430_2.html",
            "关于开展农村人居环境整治的意见",
            dt.date(2024, 4, 30),
            "<p>要持续推进农村人居环境整治提升。</p>",
        ),
    ]


def test_entries_from_something_that_is_not_a_feed() -> None:
    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        entries_from_feed(fixture("index.html"), "http://www.example.invalid/feed")


# --- fetch_source ----------------------------------------------------------------


def test_fetch_source_index_fetches_the_linked_articles_and_keeps_going_past_a_404(
    server: Script, fetcher: Fetcher
) -> None:
    index = server.add("/news/index.html", html(fixture("index.html")))
    server.add("/news/a/1.html", html(fixture("article-1.html"), ETag='"a1"'))  # answers 200 even when asked 304
    server.add("/news/a/2.html", html(fixture("article-2.html")))  # no validators at all
    store = MemoryValidators()

    outcome = fetch_source(fetcher, "index", index, selector="ul.news a", validators=store)

    assert [doc.url for doc in outcome.documents] == [server.url("/news/a/1.html"), server.url("/news/a/2.html")]
    assert [doc.content for doc in outcome.documents] == [fixture("article-1.html"), fixture("article-2.html")]
    assert outcome.skipped == ()
    ((failed_url, message),) = outcome.failures
    assert failed_url == server.url("/news/a/missing.html")
    assert message.startswith(failed_url) and "HTTP 404" in message
    assert len(server.hits("/news/a/missing.html")) == 1
    assert server.hits("/about.html") == [] and server.hits("/sitemap.html") == []
    assert len(store) == 2
    stored = store.get(server.url("/news/a/1.html"))
    assert stored == Validators('"a1"', None, hashlib.sha256(fixture("article-1.html")).hexdigest())

    again = fetch_source(fetcher, "index", index, selector="ul.news a", validators=store)

    assert again.documents == ()
    assert again.skipped == (server.url("/news/a/1.html"), server.url("/news/a/2.html"))  # same sha256
    assert [url for url, _ in again.failures] == [server.url("/news/a/missing.html")]
    assert server.hits("/news/a/1.html")[-1].headers.get("if-none-match") == '"a1"'


def test_fetch_source_rss_uses_inline_html_and_fetches_link_only_entries(server: Script, fetcher: Fetcher) -> None:
    feed = server.add("/feeds/news.xml", Reply(200, fixture("rss.xml"), {"Content-Type": "application/rss+xml"}))

    def article(seen: Seen) -> Reply:
        if seen.headers.get("if-none-match") == '"n2"':
            return Reply(304, headers={"ETag": '"n2"'})
        return html(fixture("article-2.html"), ETag='"n2"')

    server.add("/feeds/2.html", article)
    store = MemoryValidators()

    outcome = fetch_source(fetcher, "rss", feed, validators=store)

    inline, fetched = outcome.documents
    assert inline.url == server.url("/news/1.html")
    assert inline.content.decode("utf-8").startswith("<p>会议强调")
    assert inline.charset == "utf-8"
    assert server.hits("/news/1.html") == []  # the feed carried its content
    assert fetched.url == server.url("/feeds/2.html")
    assert fetched.content == fixture("article-2.html")
    assert [entry.published for entry in outcome.entries] == [dt.date(2024, 5, 1), dt.date(2024, 5, 2)]
    assert outcome.failures == () and outcome.skipped == ()

    again = fetch_source(fetcher, "rss", feed, validators=store)

    assert again.documents == ()
    assert again.skipped == (server.url("/news/1.html"), server.url("/feeds/2.html"))
    assert server.hits("/feeds/2.html")[-1].headers.get("if-none-match") == '"n2"'


def test_fetch_source_atom_feed_with_inline_content(server: Script, fetcher: Fetcher) -> None:
    feed = server.add("/feeds/atom.xml", Reply(200, fixture("atom.xml"), {"Content-Type": "application/atom+xml"}))

    outcome = fetch_source(fetcher, "rss", feed)

    assert [doc.url for doc in outcome.documents] == [entry.url for entry in outcome.entries]
    assert len(outcome.documents) == 2
    assert outcome.documents[1].content.decode("utf-8") == "<p>要持续推进农村人居环境整治提升。</p>"


def test_fetch_source_page_and_json_and_their_failures(server: Script, fetcher: Fetcher) -> None:
    page = server.add("/p.html", html(b"<p>one</p>"))
    data = server.add("/d.json", Reply(200, b'{"items": []}', {"Content-Type": "application/json"}))

    assert [doc.content for doc in fetch_source(fetcher, "page", page).documents] == [b"<p>one</p>"]
    assert [doc.content for doc in fetch_source(fetcher, "json", data).documents] == [b'{"items": []}']

    missing = fetch_source(fetcher, "page", server.url("/nope.html"))
    assert missing.documents == ()
    assert [url for url, _ in missing.failures] == [server.url("/nope.html")]


def test_fetch_source_reports_a_failing_listing_instead_of_raising(server: Script, fetcher: Fetcher) -> None:
    not_a_feed = server.add("/feeds/broken.xml", html(fixture("index.html")))
    no_links = server.add("/news/empty.html", html(b"<html><body><p>nothing</p></body></html>"))

    (failure,) = fetch_source(fetcher, "rss", not_a_feed).failures
    assert failure[0] == not_a_feed and "not an RSS or Atom feed" in failure[1]
    (failure,) = fetch_source(fetcher, "index", no_links, selector="ul.news a").failures
    assert failure[0] == no_links and "matched no article links" in failure[1]
    (failure,) = fetch_source(fetcher, "index", server.url("/news/none.html"), selector="a").failures
    assert "HTTP 404" in failure[1]


def test_fetch_source_rejects_a_wrong_kind_or_a_missing_selector(fetcher: Fetcher) -> None:
    with pytest.raises(ConfigError, match="unknown source kind"):
        fetch_source(fetcher, "atom", "http://127.0.0.1:9/")
    with pytest.raises(ConfigError, match="CSS selector"):
        fetch_source(fetcher, "index", "http://127.0.0.1:9/")


def test_fetch_settings_of_a_sources_file_make_the_policy(tmp_path: Path) -> None:
    from bulletin_diff.sources import load_sources_file

    path = tmp_path / "sources.yaml"
    path.write_text(
        "fetch: {timeout: 5, per_host_delay: 0}\n"
        "sources:\n"
        "  - url: https://example.invalid/a.html\n"
        "    fetch: {timeout: 0.5, retries: 1}\n"
        "  - url: https://example.invalid/b.html\n"
        "  - path: local.html\n",
        encoding="utf-8",
    )
    a, b, local = load_sources_file(path)
    assert FetchPolicy.from_settings(dict(a.fetch)) == FetchPolicy(timeout=0.5, per_host_delay=0.0, retries=1)
    assert FetchPolicy.from_settings(dict(b.fetch)) == FetchPolicy(timeout=5.0, per_host_delay=0.0)
    assert local.fetch == ()


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ("{timout: 5}", "unknown fetch setting 'timout'"),
        ("{timeout: soon}", "fetch timeout must be a number"),
        ("{retries: 1.5}", "fetch retries must be a whole number"),
        ("{user_agent: 7}", "fetch user_agent must be text"),
        ("{timeout: 0}", "fetch timeout must be positive"),
        ("[5]", "'fetch' must be a mapping"),
    ],
)
def test_bad_fetch_settings_are_a_config_error(tmp_path: Path, settings: str, message: str) -> None:
    from bulletin_diff.sources import load_sources_file

    path = tmp_path / "sources.yaml"
    path.write_text(f"fetch: {settings}\nsources:\n  - url: https://example.invalid/a.html\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_sources_file(path)


def test_the_readme_lists_every_fetch_setting_with_its_default(tmp_path: Path) -> None:
    import textwrap

    import yaml

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    start = readme.index("\n    fetch:\n") + 1
    end = readme.index("\n\n", start)
    block = textwrap.dedent(readme[start:end])
    data = yaml.safe_load(block)
    assert FetchPolicy.from_settings(data["fetch"]) == FetchPolicy()
    assert set(data["fetch"]) == set(FetchPolicy.__dataclass_fields__)
    (tmp_path / "sources.yaml").write_text(block, encoding="utf-8")
    from bulletin_diff.sources import load_sources_file

    (entry,) = load_sources_file(tmp_path / "sources.yaml")
    assert FetchPolicy.from_settings(dict(entry.fetch)).timeout == 60.0
