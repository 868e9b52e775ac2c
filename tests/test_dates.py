"""parsers.dates: date expressions in text, month-day years, dates in names and URLs."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.dates import date_from_name, lead_date, parse_date, resolve_month_day
from parsers.document import parse_document

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022年3月17日", D(2022, 3, 17)),
        ("发布时间：2022年03月17日 20:15", D(2022, 3, 17)),
        ("2022-03-17", D(2022, 3, 17)),
        ("2022-03-17 20:15:02", D(2022, 3, 17)),
        ("2022-03-17T20:15:00+08:00", D(2022, 3, 17)),
        ("2022/3/17", D(2022, 3, 17)),
        ("2022.03.17", D(2022, 3, 17)),
        ("２０２２年３月１７日", D(2022, 3, 17)),
        ("二〇二二年三月十七日", D(2022, 3, 17)),
        ("二○二○年一月二十五日", D(2020, 1, 25)),
        ("二零二一年十二月三十一日", D(2021, 12, 31)),
        ("二〇二〇年十月一日", D(2020, 10, 1)),
        ("二〇二〇年十一月二十日", D(2020, 11, 20)),
        ("会议于2022年3月17日召开，3月18日闭幕", D(2022, 3, 17)),
        ("20220317日", D(2022, 3, 17)),  # a page lost the 年 and the 月
    ],
)
def test_full_dates(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["新华社北京3月17日电", "3 月 17 日，会议召开", "3月17日晚，会议召开", "今天（3月17日）", "三月十七日"],
)
def test_month_day_with_reference(text: str) -> None:
    assert parse_date(text, D(2022, 3, 18)) == D(2022, 3, 17)


def test_month_day_without_reference_is_skipped() -> None:
    assert parse_date("3月17日电") is None
    assert parse_date("3月17日电，2022年3月16日的会议") == D(2022, 3, 16)


@pytest.mark.parametrize(
    "text", ["17日", "本月17日", "第3月", "2022年3月", "3.17", "12345678", "20221317日", "120220317日", ""]
)
def test_not_dates(text: str) -> None:
    assert parse_date(text, D(2022, 3, 18)) is None


@pytest.mark.parametrize("text", ["2022年2月30日", "2022-13-01", "2021-02-29", "2月30日", "二〇二二年二月三十日"])
def test_invalid_dates(text: str) -> None:
    assert parse_date(text, D(2022, 3, 18)) is None


def test_invalid_date_is_passed_over() -> None:
    assert parse_date("2月30日有误，应为3月1日", D(2022, 3, 18)) == D(2022, 3, 1)


@pytest.mark.parametrize(
    ("month", "day", "reference", "expected"),
    [
        (3, 17, D(2022, 3, 18), D(2022, 3, 17)),
        (12, 31, D(2021, 1, 2), D(2020, 12, 31)),  # not 2021-12-31
        (1, 2, D(2020, 12, 30), D(2021, 1, 2)),  # not 2020-01-02
        (7, 1, D(2021, 1, 2), D(2021, 7, 1)),  # within six months: same year
        (7, 15, D(2021, 12, 31), D(2021, 7, 15)),
        (6, 15, D(2021, 12, 31), D(2022, 6, 15)),
        (2, 29, D(2020, 3, 1), D(2020, 2, 29)),
        (2, 29, D(2021, 3, 1), None),  # no 29 February near 2021
        (2, 30, D(2022, 3, 1), None),
        (13, 1, D(2022, 3, 1), None),
    ],
)
def test_resolve_month_day(month: int, day: int, reference: dt.date, expected: dt.date | None) -> None:
    assert resolve_month_day(month, day, reference) == expected


def test_parse_date_resolves_across_years() -> None:
    assert parse_date("新华社北京12月31日电", D(2021, 1, 2)) == D(2020, 12, 31)
    assert parse_date("十二月三十一日", D(2021, 1, 2)) == D(2020, 12, 31)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2022-03-25_synthetic-followup.txt", D(2022, 3, 25)),
        ("20200125.json", D(2020, 1, 25)),
        ("/work/shared/corpus/xwlb/2020/20200125.json", D(2020, 1, 25)),
        ("https://tv.cctv.com/2020/01/25/VIDEbW4uFQHrZo2OKgC3Qtgq200125.shtml", D(2020, 1, 25)),
        ("http://www.gov.cn/zhengce/content/202203/t20220317_123.html", D(2022, 3, 17)),
        ("t20220317", D(2022, 3, 17)),
        ("http://www.news.cn/politics/2022-03/17/c_1128478001.htm", D(2022, 3, 17)),
        ("bulletin_2022_03_17.html", D(2022, 3, 17)),
        ("2022年3月17日通报.txt", D(2022, 3, 17)),
    ],
)
def test_date_from_name(name: str, expected: dt.date) -> None:
    assert date_from_name(name) == expected


@pytest.mark.parametrize(
    "name",
    [
        "000_714d42e7a528be23.txt",
        "12345678.json",  # not a date
        "19001231.json",  # a date, but before 1949
        "1900-12-31.txt",
        "1900年12月31日.txt",
        "21010101.txt",  # after 2100
        "c_1128478001.htm",  # a longer digit run
        "report-2022.txt",
        "202203.html",
        "",
    ],
)
def test_no_date_in_name(name: str) -> None:
    assert date_from_name(name) is None


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("昨晚，市里召开会议。", dt.date(2022, 4, 16)),
        ("昨日下午，全省经济工作例会召开。", dt.date(2022, 4, 16)),
        ("前天，区里召开会议。", dt.date(2022, 4, 15)),
        ("今天上午，县里召开会议。", dt.date(2022, 4, 17)),
        ("15日晚，市里召开会议。", dt.date(2022, 4, 15)),
        ("25日晚，市里召开会议。", dt.date(2022, 3, 25)),  # the latest 25th on or before the page
        ("１７日，市里召开会议。", dt.date(2022, 4, 17)),
        ("会议昨晚召开。", None),  # only an opening says when
        ("25日起，实行新的措施。", None),
        ("今年以来，全市上下…", None),
    ],
)
def test_a_lead_dated_relative_to_the_page(lead: str, expected: dt.date | None) -> None:
    assert lead_date(lead, dt.date(2022, 4, 17)) == expected


def test_a_lead_dated_relative_to_the_page_dates_the_article() -> None:
    doc = parse_document(
        "市里召开会议\n\n昨晚，市里召开会议。会议要求，要做好保供。\n".encode(),
        source="x.txt",
        date=dt.date(2022, 4, 17),
    )
    assert [a.date for a in doc.articles] == [dt.date(2022, 4, 16)]
