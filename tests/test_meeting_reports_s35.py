"""Meeting reports as blind texts of the thirty-fifth session showed them: what a meeting asks in a
paragraph that opens on its hearing a matter (会议听取了国务院调查组的汇报。…下一步，…要…。一要…), an official
speaking at a venue (白海峰在钟祥分会场要求:…), and a site's rights notice that names whose leave it
takes (未经钟祥市融媒体中心许可,其他媒体不得转载!), which asks nothing of the reader; and who presided
(…栗战书主持大会) at a cut page's foot, under the report's text, which is its next sentence cut off."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.directives import find_directives, split_attribution
from parsers.document import parse_document
from parsers.layout import PRESIDED_LINE, is_page_furniture


def _found(paragraphs: list[str]) -> list[tuple[str | None, str]]:
    return [(d.speaker, d.text) for d in find_directives(paragraphs, title="李克强主持召开国务院常务会议")]


def test_what_the_meeting_asks_after_hearing_a_matter_is_its() -> None:
    paragraph = (
        "会议听取了国务院调查组的汇报。现已基本查明，涉事公司存在严重违法行为。公安机关已拘留相关责任人。"
        "下一步，国务院调查组要继续深入开展工作。二要指导各地全部回收销毁未使用的涉案疫苗。"
    )
    assert _found(["央视网消息：国务院总理李克强7月30日主持召开国务院常务会议。", paragraph]) == [
        ("会议", "下一步，国务院调查组要继续深入开展工作。"),
        ("会议", "二要指导各地全部回收销毁未使用的涉案疫苗。"),
    ]


def test_what_the_meeting_heard_told_of_asks_nothing() -> None:
    paragraph = "会议听取了国务院调查组的汇报。现已基本查明，涉事公司存在严重违法行为。"
    assert _found(["央视网消息：国务院总理李克强7月30日主持召开国务院常务会议。", paragraph]) == []


@pytest.mark.parametrize(
    ("unit", "who"),
    [
        ("白海峰在钟祥分会场要求:思想要紧起来,绝不能心存侥幸;", "白海峰"),
        ("李强在检查现场强调,要压实责任。", "李强"),
    ],
)
def test_an_official_speaking_at_a_venue(unit: str, who: str) -> None:
    assert split_attribution(unit)[0] == who


def test_a_rights_notice_naming_whose_leave_it_takes_is_furniture() -> None:
    assert is_page_furniture("(以上图片或文字未经钟祥市融媒体中心许可,其他媒体不得转载!)")


def test_who_presided_at_the_pages_foot_is_the_reports_next_sentence_cut_off() -> None:
    page = (
        "以下为详细的文字版全文:\n十三届全国人大一次会议在京开幕\n"
        "第十三届全国人民代表大会第一次会议5日上午在人民大会堂开幕。\n"
        "十三届全国人大一次会议应出席代表2980人。\n大会主席团常务主席、执行主席栗战书主持大会\n"
    )
    doc = parse_document(page.encode(), source="page.txt", date=dt.date(2018, 3, 5))
    assert [(a.title, a.truncated) for a in doc.articles] == [("十三届全国人大一次会议在京开幕", True)]


def test_who_presided_over_the_session_is_a_presided_line() -> None:
    assert PRESIDED_LINE.match("大会主席团常务主席、执行主席栗战书主持大会")


def test_what_the_report_heard_says_is_not_the_meetings() -> None:
    paragraph = (
        "会议听取了国务院联防联控机制相关工作组汇报。汇报认为，通过全力加强疫情防控，压低了流行高峰。"
        "当前疫情变化情况仍很复杂。各地防控工作丝毫不能松懈。"
    )
    assert _found(["央视网消息：李克强主持召开领导小组会议。", paragraph]) == []
