"""An attribution set as a subheading of its own, closed by a dash (尹力指出—— ⏎ …), gives the paragraphs under it
to the one it names, as one closed by a colon does; a kicker closed by a dash still opens nothing."""

from __future__ import annotations

import pytest

from parsers.directives import find_directives
from parsers.document import parse_document

TITLE = "尹力主持召开省应对新冠肺炎疫情工作领导小组第80次会议"
LEAD = "9月16日晚,省委书记尹力主持召开省应对新冠肺炎疫情工作领导小组第80次会议,对当前疫情防控工作进行再研究、再部署。"


@pytest.mark.parametrize("said", ["尹力指出——", "尹力指出—", "尹力指出--", "省委书记尹力强调——", "尹力指出:"])
def test_what_follows_an_attribution_subhead_is_the_speakers(said: str) -> None:
    paragraphs = [
        LEAD,
        said,
        "当前我省疫情形势仍然严峻复杂,决不能掉以轻心。必须清醒认识形势,快速果断行动,把各项措施抓紧落实到位。",
    ]
    found = find_directives(paragraphs, title=TITLE)
    assert [(d.text, d.speaker) for d in found] == [
        ("当前我省疫情形势仍然严峻复杂,决不能掉以轻心。", "尹力"),
        ("必须清醒认识形势,快速果断行动,把各项措施抓紧落实到位。", "尹力"),
    ]


def test_each_subhead_gives_the_floor_to_its_speaker() -> None:
    paragraphs = [
        LEAD,
        "尹力指出——",
        "必须清醒认识形势,快速果断行动。",
        "王宁强调——",
        "要突出快、严、实的要求,抓紧补齐短板。",
    ]
    found = find_directives(paragraphs, title=TITLE)
    assert [d.speaker for d in found] == ["尹力", "王宁"]


def test_a_headline_kicker_closed_by_a_dash_is_no_attribution() -> None:
    paragraphs = [LEAD, "全省疫情防控工作再部署——", "各地要清醒认识形势,快速果断行动。"]
    found = find_directives(paragraphs, title=TITLE)
    assert all(d.speaker != "全省疫情防控工作再部署" for d in found)


def test_speakers_lines_one_under_the_other_open_no_article() -> None:
    # the report's first speaker said what an image carried; the second's words follow his line
    page = "\n".join(
        [
            "刘国中在调度西安市疫情防控工作时强调 扛起责任严管控 一鼓作气抓到位 赵一德讲话",
            "省委、省政府24日在西安市疫情防控指挥部召开会议,听取西安市疫情防控工作汇报。省委书记刘国中主持会议并讲话。",
            "省长赵一德讲话。省委常委、西安市委书记方红卫出席。",
            "刘国中指出",
            "赵一德强调",
            "要进一步完善工作流程,加强力量调配,全力推动核酸检测再提速。",
        ]
    )
    doc = parse_document(page.encode(), source="page.txt")
    assert [a.title for a in doc.articles] == [
        "刘国中在调度西安市疫情防控工作时强调 扛起责任严管控 一鼓作气抓到位 赵一德讲话"
    ]
    assert [(d.text, d.speaker) for d in doc.directives] == [
        ("要进一步完善工作流程,加强力量调配,全力推动核酸检测再提速。", "赵一德")
    ]


def test_a_headline_over_its_subtitle_still_opens_an_article() -> None:
    page = "\n".join(
        [
            "省委书记刘国中主持会议并讲话。要进一步完善工作流程,加强力量调配。",
            "刘国中在调度西安市疫情防控工作时强调",
            "扛起责任严管控 一鼓作气抓到位",
            "新华社西安12月24日电 省委、省政府24日召开会议。刘国中强调,要把闭环管理措施抓实抓细。",
        ]
    )
    doc = parse_document(page.encode(), source="page.txt")
    assert doc.articles[-1].title == "刘国中在调度西安市疫情防控工作时强调"
