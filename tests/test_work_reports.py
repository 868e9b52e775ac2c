"""What blind texts of the thirty-fourth session showed on reports of annual work reports and
transcripts' briefs: the year's work reviewed point by point (主要做了以下工作：一是…, 从六个方面总结…工作：,
对…工作进行回顾。) is what was done, not what is asked; the tasks ahead set out after 对…主要任务进行部署：
are the speaker's; those due to attend, counted, are told nothing; a brief's headline run into its lead
before 近日，; what a speaker must point out is judged by itself, and a conviction (一定要实现，也一定能实现)
asks nothing."""

from __future__ import annotations

import pytest

from parsers.directives import find_directives, is_directive_unit

REVIEWED = [
    "某人大常委会主任王立在报告中说，一年来，常委会依法履职，主要做了以下工作：一是加强宪法实施和监督，维护法治统一。"
    "二是加快立法修法步伐，为现代化建设提供法律保障。三是强化监督力度和实效。",
]


@pytest.mark.parametrize(
    "lead",
    [
        "主要做了以下工作：",
        "从三个方面总结2021年主要工作：",
        "对2021年工作进行回顾。",
        "从三个方面总结2020年主要工作，",
        "常委会工作最为显著的特点是，紧跟党中央决策部署。",
    ],
)
def test_the_years_work_reviewed_point_by_point_is_no_directive(lead: str) -> None:
    paragraph = (
        f"某人大常委会主任王立在报告中说，一年来，常委会依法履职，{lead}一是加强宪法实施和监督，维护法治统一。"
        "二是加快立法修法步伐，为现代化建设提供法律保障。三是强化监督力度和实效。"
    )
    assert find_directives([paragraph]) == []


def test_the_tasks_ahead_after_the_review_are_the_speakers() -> None:
    paragraphs = [
        REVIEWED[0]
        + "王立在报告中对今后一年的主要任务进行部署：深入贯彻中央人大工作会议精神；增强立法工作系统性、整体性、协同性；"
        "认真做好法律监督和工作监督。"
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("王立", "深入贯彻中央人大工作会议精神；"),
        ("王立", "增强立法工作系统性、整体性、协同性；"),
        ("王立", "认真做好法律监督和工作监督。"),
    ]


def test_those_due_to_attend_counted_are_told_nothing() -> None:
    text = "中国人民政治协商会议第十三届全国委员会第三次会议应出席委员2151人，实到2043人，符合规定人数。"
    assert not is_directive_unit(text, attributed=True, in_list=False)


def test_a_briefs_headline_run_into_its_lead_before_recently() -> None:
    brief = (
        "八部门联合部署烈士纪念设施规范管理工作近日，中央宣传部、退役军人事务部等八部门联合印发《关于进一步加强烈士纪念设施"
        "规范管理的意见》，明确要按照分类指导、因地制宜的原则，切实加强烈士纪念设施规范管理。"
    )
    [found] = find_directives([brief])
    assert (found.speaker, found.text) == (
        "中央宣传部、退役军人事务部等八部门",
        "要按照分类指导、因地制宜的原则，切实加强烈士纪念设施规范管理。",
    )


@pytest.mark.parametrize(
    "text",
    [
        "必须指出的是，台湾自古属于中国，历史经纬清晰、法理事实清楚。",
        "祖国完全统一一定要实现，也一定能实现。",
    ],
)
def test_what_must_be_pointed_out_and_a_conviction_ask_nothing(text: str) -> None:
    assert not is_directive_unit(text, attributed=True, in_list=False)


def test_what_must_be_pointed_out_may_still_ask() -> None:
    assert is_directive_unit("需要指出的是，各地要严格落实防控措施。", attributed=True, in_list=False)


def test_a_deadline_before_a_day_is_no_headline_run_into_its_lead() -> None:
    # 于2020年2月3日前, is a deadline: the unit keeps its subject, and is a directive as it stands
    unit = "各责任单位要于2020年2月3日前,将制订的办理方案报送市人民政府督查室。"
    [found] = find_directives(["市政府办公室印发通知。", f"通知要求,{unit}"])
    assert found.text == unit


def test_a_benefit_claimed_with_not_only_asks_nothing() -> None:
    text = "加快铁路尤其是中西部铁路建设，不仅可以扩大有效投资、带动相关产业发展，而且有利于促进区域协调发展。"
    assert not is_directive_unit(text, attributed=True, in_list=False)
