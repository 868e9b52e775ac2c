"""parsers.feeds: the xwlb mapping on small fixtures (and on a real day file when present)."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from bulletin_diff.errors import FeedMappingError
from parsers.feeds import MAPPINGS, XWLB, FeedMapping, clean_title, guess_mapping, lookup, read_feed
from parsers.html import html_to_page

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
REAL_DAY = Path("/work/shared/corpus/xwlb/2020/20200125.json")


def load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.fixture
def sample() -> Any:
    return load("xwlb_sample.json")


def test_reads_fixture(sample: Any) -> None:
    feed = read_feed(sample, XWLB, source="xwlb_sample.json")
    assert feed.problems == ()
    first, second = feed.items
    assert (
        first.title
        == "中共中央政治局常务委员会召开会议 研究新型冠状病毒感染的肺炎疫情防控工作 中共中央总书记习近平主持会议"
    )
    assert first.date == dt.date(2020, 1, 25)
    assert first.url == "https://tv.cctv.com/2020/01/25/VIDEbW4uFQHrZo2OKgC3Qtgq200125.shtml"
    assert first.html.startswith("<p>央视网消息（新闻联播）：1月25日农历正月初一")
    assert "\r" not in first.html and "</p>\n<p>" in first.html
    assert second.title is not None and not second.title.startswith("[视频]")
    assert second.date == dt.date(2020, 1, 19)


def test_feed_body_reads_as_html(sample: Any) -> None:
    second = read_feed(sample, XWLB).items[1]
    lines = [b.text for b in html_to_page(second.html).blocks]
    assert lines[1] == "“硬骨头六连”全体官兵："  # <br /><br /> split the paragraph
    assert lines[2].startswith("你们好！来信收悉。")  # U+3000 indentation stripped


def test_fallback_title(sample: Any) -> None:
    del sample["videoList"][0]["video_detail"]["title"]
    title = read_feed(sample, XWLB).items[0].title
    assert title is not None and title.startswith("中共中央政治局常务委员会召开会议")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("[视频]国内联播快讯", "国内联播快讯"),
        ("  [视频] 天津：严防严控惠企解困  科学有序复工复产 ", "天津：严防严控惠企解困 科学有序复工复产"),
        ("【视频】标题", "标题"),
        ("[视频]", None),
        (None, None),
    ],
)
def test_clean_title(raw: str | None, clean: str | None) -> None:
    assert clean_title(raw) == clean


def test_item_without_body_is_a_problem(sample: Any) -> None:
    del sample["videoList"][1]["video_detail"]  # as in 20200218.json item 13
    feed = read_feed(sample, XWLB)
    assert len(feed.items) == 1
    (problem,) = feed.problems
    assert problem.startswith("item 1 (习近平给“硬骨头六连”全体官兵回信")
    assert "no body at 'video_detail.content'" in problem


@pytest.mark.parametrize("bad", ["", "<p>\r\n</p>", None, 42])
def test_bad_bodies_are_problems(sample: Any, bad: object) -> None:
    sample["videoList"][0]["video_detail"]["content"] = bad
    feed = read_feed(sample, XWLB)
    assert len(feed.items) == 1
    assert feed.problems[0].startswith("item 0 (中共中央政治局常务委员会召开会议")


def test_item_that_is_not_an_object(sample: Any) -> None:
    sample["videoList"].append("oops")
    feed = read_feed(sample, XWLB)
    assert len(feed.items) == 2
    assert feed.problems == ("item 2 (untitled): no body at 'video_detail.content', skipped",)


def test_bad_date_leaves_date_empty(sample: Any) -> None:
    sample["videoList"][0]["pub_date"] = "yesterday"
    assert read_feed(sample, XWLB).items[0].date is None


def test_broken_file() -> None:
    with pytest.raises(FeedMappingError, match="'videoList' is a dict, not a list") as info:
        read_feed(load("xwlb_broken.json"), XWLB, source="xwlb_broken.json")
    assert info.value.source == "xwlb_broken.json"


@pytest.mark.parametrize("data", [{}, [], {"total": 0}, "text", None])
def test_missing_list(data: object) -> None:
    with pytest.raises(FeedMappingError, match="no item list at 'videoList'"):
        read_feed(data, XWLB)


def test_no_item_has_a_body(sample: Any) -> None:
    for item in sample["videoList"]:
        del item["video_detail"]
    with pytest.raises(FeedMappingError, match="none of 2 items has a body"):
        read_feed(sample, XWLB)


def test_empty_list_reads_as_no_items() -> None:
    feed = read_feed({"total": 0, "videoList": []}, XWLB)
    assert (feed.items, feed.problems) == ((), ())


def test_guess_mapping(sample: Any) -> None:
    assert guess_mapping(sample) is XWLB
    assert MAPPINGS["xwlb"] is XWLB
    assert guess_mapping(load("xwlb_broken.json")) is None
    assert guess_mapping({"videoList": [{"video_title": "x"}]}) is None
    assert guess_mapping([1, 2]) is None


def test_custom_mapping_and_lookup() -> None:
    mapping = FeedMapping(name="t", items="data.list", title="t", date="d", url="u", body="b.0")
    data = {"data": {"list": [{"t": "标题", "d": "2022年3月17日", "u": "https://x/1", "b": ["<p>正文</p>"]}]}}
    (item,) = read_feed(data, mapping).items
    assert (item.title, item.date, item.url, item.html) == ("标题", dt.date(2022, 3, 17), "https://x/1", "<p>正文</p>")
    assert lookup(data, "data.list.0.t") == "标题"
    assert lookup(data, "data.list.5.t") is None
    assert lookup(data, "data.nope") is None


@pytest.mark.skipif(not REAL_DAY.exists(), reason="the xwlb corpus is not on this machine")
def test_real_day_file() -> None:
    data = json.loads(REAL_DAY.read_text(encoding="utf-8"))
    assert guess_mapping(data) is XWLB
    feed = read_feed(copy.deepcopy(data), XWLB, source=str(REAL_DAY))
    assert len(feed.items) == data["total"] == 15
    assert feed.problems == ()
    assert all(item.date == dt.date(2020, 1, 25) for item in feed.items)
    assert all(item.title and "[视频]" not in item.title for item in feed.items)
    assert feed.items[0].title is not None and feed.items[0].title.startswith("中共中央政治局常务委员会召开会议")
    page = html_to_page(feed.items[0].html, url=feed.items[0].url)
    assert page.blocks[0].text.startswith("央视网消息（新闻联播）：1月25日农历正月初一")
    assert page.meta.date == dt.date(2020, 1, 25)  # from the URL
