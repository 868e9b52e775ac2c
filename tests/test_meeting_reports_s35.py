"""Meeting reports as blind texts of the thirty-fifth session showed them: what a meeting asks in a
paragraph that opens on its hearing a matter (会议听取了国务院调查组的汇报。…下一步，…要…。一要…), an official
speaking at a venue (白海峰在钟祥分会场要求:…), and a site's rights notice that names whose leave it
takes (未经钟祥市融媒体中心许可,其他媒体不得转载!), which asks nothing of the reader."""

from __future__ import annotations

import pytest

from parsers.directives import find_directives, split_attribution
from parsers.layout import is_page_furniture


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
