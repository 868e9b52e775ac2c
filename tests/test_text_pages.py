"""Real items laid out as a newspaper's text page parse like their HTML pages.

A newspaper page saved as text has no markup: articles follow one another, each a
title line or two, a dateline lead and paragraphs separated by blank lines; the
column layout breaks paragraphs mid-sentence, and the punctuation mixes full and
half width (see the seed page). Each labelled item of tests/fixtures/labelled is
laid out that way (the breaks and the half-width commas are chosen at random from a
fixed seed), three to a page, and must give the directives, speakers and articles of
its HTML page. So must the same pages hard-wrapped at a fixed width, as a text export of
an e-paper is: every line cut at so many characters or display columns, paragraphs
marked by an indented first line or by nothing but their short last line.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from bulletin_diff.records import ParsedDocument
from parsers.document import parse_document

LABELLED = Path(__file__).parent / "fixtures" / "labelled"
PAGES = sorted(p for p in LABELLED.glob("2020*-*.html") if p.name.count(".") == 1)


def text_page(*lines: str) -> ParsedDocument:
    """A text page of ``lines``, a blank line between each two."""
    return parse_document("\n\n".join(lines).encode(), source="page.txt")


def as_text(page: Path, rng: random.Random) -> str:
    """The item as a text page: title and subtitle lines, then paragraphs; some
    commas half width, some paragraphs broken after a comma with a blank line."""
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
    assert soup.h1 is not None
    lines = ["", *soup.h1.get_text().split(" ", 1), ""]
    for p in soup.select("div.content p"):
        text = p.get_text().strip()
        if not text:
            continue
        if rng.random() < 0.5:
            text = text.replace("，", ",", rng.randint(1, 5)).replace("：", ":")
        cuts = [m.end() for m in re.finditer("[，,、]", text)]
        if cuts and rng.random() < 0.4:
            k = rng.choice(cuts)
            lines += [text[:k], "", text[k:], ""]
        else:
            lines += [text, ""]
    return "\n".join(lines)


def html_parse(page: Path) -> ParsedDocument:
    return parse_document(page.read_bytes(), source=str(page))


def signature(doc: ParsedDocument) -> list[tuple[str, str | None]]:
    return [(d.norm, d.speaker) for d in doc.directives]


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_one_item_as_a_text_page(page: Path) -> None:
    expected = html_parse(page)
    for seed in range(3):
        text = as_text(page, random.Random(seed))
        parsed = parse_document(text.encode("utf-8"), source=f"{page.stem}.txt")
        assert signature(parsed) == signature(expected), f"seed {seed}"


@pytest.mark.parametrize("seed", range(8))
def test_three_items_to_a_page(seed: int) -> None:
    rng = random.Random(seed)
    chosen = rng.sample(PAGES, 3)
    text = "\n".join(as_text(p, random.Random(seed)) for p in chosen)
    parsed = parse_document(text.encode("utf-8"), source="page.txt")
    expected = [html_parse(p) for p in chosen]
    assert signature(parsed) == [s for doc in expected for s in signature(doc)]
    assert [a.title for a in parsed.articles] == [doc.articles[0].title.split(" ")[0] for doc in expected]
    assert [a.source for a in parsed.articles] == ["央视网"] * 3


def hard_wrapped(text: str, width: int, *, columns: bool, indent: bool) -> str:
    """``text``'s paragraphs (title lines kept whole) cut into lines of ``width``
    characters, or of ``width`` display columns (a CJK character takes two)."""

    def size(c: str) -> int:
        return 2 if columns and unicodedata.east_asian_width(c) in "WF" else 1

    lines: list[str] = []
    for paragraph in (line.strip() for line in text.split("\n") if line.strip()):
        if len(paragraph) < 30:  # a title or a subtitle
            lines.append(paragraph)
            continue
        line, used = "", 0
        for c in ("\u3000\u3000" if indent else "") + paragraph:
            if used + size(c) > width:
                lines.append(line)
                line, used = "", 0
            line, used = line + c, used + size(c)
        lines.append(line)
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("width", "columns", "indent"), [(24, False, True), (30, False, False), (56, True, True), (60, True, False)]
)
def test_a_hard_wrapped_page(width: int, columns: bool, indent: bool) -> None:
    chosen = random.Random(width).sample(PAGES, 3)
    text = "\n\n".join(as_text(p, random.Random(width)) for p in chosen)
    wrapped = hard_wrapped(text, width, columns=columns, indent=indent)
    assert "\n\n" not in wrapped
    parsed = parse_document(wrapped.encode("utf-8"), source="page.txt")
    expected = [html_parse(p) for p in chosen]
    assert signature(parsed) == [s for doc in expected for s in signature(doc)]
    assert [a.title for a in parsed.articles] == [doc.articles[0].title.split(" ")[0] for doc in expected]


def test_each_item_of_a_column_of_short_news_is_an_article_of_its_own() -> None:
    doc = text_page(
        "盐城晚报 2022年04月02日 星期六 A02 要闻",
        "市疫情防控指挥部召开会议",
        "本报讯（记者 张三）4月1日下午，市疫情防控指挥部召开会议。周斌强调，要加快推进核酸检测。",
        "图为会议现场。 本报记者 李四 摄",
        "市长张叶飞要求，要压实“四方责任”。",
        "简讯",
        "■ 4月1日，我市新增本土无症状感染者2例。",
        "■ 市卫健委提醒，市民要坚持科学佩戴口罩。",
    )
    assert doc.document.date == dt.date(2022, 4, 2)
    # the column's heading heads no article: each item under it is one, untitled
    assert [(a.title, a.source, len(a.paragraphs)) for a in doc.articles] == [
        ("市疫情防控指挥部召开会议", "盐城晚报", 2),
        (None, None, 1),
        (None, None, 1),
    ]
    # the caption and its credit are not run into the paragraph after them
    assert doc.articles[0].paragraphs[1] == "市长张叶飞要求，要压实“四方责任”。"
    assert [(d.speaker, d.article_index) for d in doc.directives] == [("周斌", 0), ("张叶飞", 0), ("市卫健委", 2)]


def test_a_headline_of_two_clauses_above_a_dateline() -> None:
    doc = text_page(
        "盐城晚报 2022年04月02日 星期六 A02 要闻",
        "坚持人民至上，全力以赴打赢疫情防控阻击战",
        "本报讯（记者 张三）4月1日下午，市疫情防控指挥部召开会议。周斌强调，要加快推进核酸检测。",
        "市委常委会召开会议，部署疫情防控工作",
        "本报讯 4月1日晚，市委常委会召开会议。会议要求，要压实“四方责任”。",
    )
    assert [(a.title, a.source, a.byline) for a in doc.articles] == [
        ("坚持人民至上，全力以赴打赢疫情防控阻击战", "盐城晚报", "张三"),
        ("市委常委会召开会议，部署疫情防控工作", "盐城晚报", None),
    ]
    assert [(d.speaker, d.article_index) for d in doc.directives] == [("周斌", 0), ("会议", 1)]


def test_a_byline_of_the_papers_own_reporter_names_the_paper() -> None:
    doc = text_page(
        "盐城晚报 2022年04月02日 星期六 A02 要闻",
        "全市疫情防控工作会议召开",
        "本报记者 张三 通讯员 李四",
        "4月1日下午，全市疫情防控工作会议召开。市委书记周斌强调，要加快推进核酸检测。",
        "盐都区：织密社区防控网",
        "记者 王五",
        "4月1日，盐都区召开社区防控推进会。区委书记赵六要求，要做好重点人员排查。",
    )
    assert [(a.title, a.source, a.byline) for a in doc.articles] == [
        ("全市疫情防控工作会议召开", "盐城晚报", "张三 李四"),
        ("盐都区：织密社区防控网", None, "王五"),  # a reporter, whose paper the page does not say
    ]


#: (width, display columns, indented) of the wraps, as in test_a_hard_wrapped_page, and two more unindented
WRAPS = [
    (24, False, True),
    (30, False, False),
    (56, True, True),
    (60, True, False),
    (26, False, False),
    (34, False, False),
]


@pytest.mark.parametrize("index", range(len(PAGES)), ids=[p.stem for p in PAGES])
def test_every_page_hard_wrapped_reads_as_its_html(index: int) -> None:
    """Each fixture page at one of six wraps (in turn), unindented pages included: a full
    line that ends a sentence may or may not end its paragraph there."""
    page = PAGES[index]
    width, columns, indent = WRAPS[index % len(WRAPS)]
    wrapped = hard_wrapped(as_text(page, random.Random(width)), width, columns=columns, indent=indent)
    parsed = parse_document(wrapped.encode("utf-8"), source="page.txt")
    assert signature(parsed) == signature(html_parse(page))


def test_a_headline_then_a_lead_that_says_when_opens_another_report() -> None:
    doc = text_page(
        "县长督导检查防汛工作",
        "7月22日,县长王明带领相关部门督导检查防汛工作。",
        "王明要求,各级各部门要压实防汛责任。",
        "市委召开疫情防控工作会",
        "7月23日,市委召开会议。会议强调,要守牢防线。",
    )
    assert [(a.title, [d.text for d in a.directives]) for a in doc.articles] == [
        ("县长督导检查防汛工作", ["各级各部门要压实防汛责任。"]),
        ("市委召开疫情防控工作会", ["要守牢防线。"]),
    ]


def test_a_notices_title_after_a_report_opens_the_notice() -> None:
    doc = text_page(
        "县长督导检查防汛工作",
        "7月22日,县长带领相关部门督导检查防汛工作。县长要求,要压实防汛责任。",
        "关于兴安街施工期间实施限制交通措施的通告",
        "因施工需要,现通告如下:一、兴安街全线封闭,禁止机动车通行。",
        "龙港市公安局交通警察大队",
        "2021年3月18日",
    )
    assert [(a.title, a.source) for a in doc.articles] == [
        ("县长督导检查防汛工作", None),
        ("关于兴安街施工期间实施限制交通措施的通告", "龙港市公安局交通警察大队"),
    ]


@pytest.mark.parametrize(
    "heading",
    ["一、放假时间", "陕西：企业提清单 政府解难题"],  # a notice's section; a roundup's part for one place
)
def test_a_section_or_a_roundups_part_with_a_lead_that_says_when_goes_on_the_text(heading: str) -> None:
    doc = text_page("关于国庆节放假的通知", "各单位：", "现将有关事项通知如下。", heading, "10月1日至7日放假调休。")
    assert [a.title for a in doc.articles] == ["关于国庆节放假的通知"]


def test_a_summary_under_the_headline_may_name_the_notice_set_in_full_below_it() -> None:
    doc = text_page(
        "5月5日龙山县发布封控区范围的通告",
        "导语 龙山县发布封控区、管控区和防范区范围。",
        "龙山县疫情防控指挥部办公室关于确定封控区范围的通告",
        "5月5日,龙山县发现1例确诊病例。现通告如下:一、封控区实行封闭管理。",
    )
    assert [a.title for a in doc.articles] == ["5月5日龙山县发布封控区范围的通告"]


def test_a_letter_signed_without_a_date_ends_where_the_next_headline_begins() -> None:
    doc = text_page(
        "致全镇农户的一封信",
        "广大农户朋友们:",
        "请大家不要焚烧秸秆。希望大家积极响应。",
        "某县大阳镇人民政府",
        "北京疾控:天气热也要坚持科学佩戴口罩",
        "8月24日,北京市召开新闻发布会。",
    )
    assert [(a.title, a.source, [d.speaker for d in a.directives]) for a in doc.articles] == [
        ("致全镇农户的一封信", "某县大阳镇人民政府", ["某县大阳镇人民政府", "某县大阳镇人民政府"]),
        ("北京疾控:天气热也要坚持科学佩戴口罩", None, []),
    ]
