"""Demands a body made, restated in a press release (blind texts of the thirty-fifth session, the
State Council's joint mechanism on travel home for the Spring Festival): announced in answer and again
(对此,…综合组对执行防疫政策再次提出明确要求,概括起来就是“五个不得”:不得…;), or told of as made before,
a comma then the demand on its modal (此前,…综合组对执行防疫政策提出明确要求,不得…;); and what a document
holds, under its label (国务院日前印发《…若干措施》。 ⏎ 主要内容：一是…) or listed after a colon
(《方案》…制定了十二项主要应对措施，包括：…；), is its issuer's."""

from __future__ import annotations

import pytest

from parsers.directives import find_directives, split_attribution

WHO = "国务院联防联控机制综合组"
POINTS = ["不得随意禁止外地民众返乡过年;", "不得随意扩大限制出行范围;", "不得随意延长集中隔离观察期限。"]


@pytest.mark.parametrize(
    "lead",
    [
        f"对此,{WHO}对执行防疫政策再次提出明确要求,概括起来就是“五个不得”:",
        f"此前,{WHO}对执行防疫政策提出明确要求,",
    ],
)
def test_the_demands_restated_are_the_bodys(lead: str) -> None:
    found = find_directives(["米锋在发布会上表示,一些民众遇到返乡受阻问题。", lead + "".join(POINTS)])
    assert [(d.speaker, d.text) for d in found] == [(WHO, p) for p in POINTS]


def test_a_demand_told_of_with_no_modal_after_the_comma_is_no_attribution() -> None:
    # (…提出明确要求,各地纷纷…: what followed the demand, told of)
    unit = f"{WHO}对执行防疫政策提出明确要求,各地纷纷出台细化措施。"
    assert split_attribution(unit) == (None, unit)


def test_what_a_document_holds_under_its_label_is_its_issuers() -> None:
    paragraphs = [
        "国务院日前印发《关于推进自由贸易试验区贸易投资便利化改革创新的若干措施》。",
        "主要内容：一是提升贸易便利度。开展贸易进口创新，释放新型贸易方式潜力。二是提升投资便利度。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("国务院", "一是提升贸易便利度。"),
        ("国务院", "开展贸易进口创新，释放新型贸易方式潜力。"),
        ("国务院", "二是提升投资便利度。"),
    ]


def test_a_label_with_no_document_issued_before_it_gives_no_speaker() -> None:
    assert find_directives(["今年春节期间，全市天气晴好。", "主要内容：一是提升贸易便利度。"]) == []


def test_a_documents_measures_listed_after_a_colon_are_its_issuers() -> None:
    paragraphs = [
        "国务院联防联控机制26日印发《关于对新型冠状病毒感染实施“乙类乙管”的总体方案》。",
        "《方案》就新型冠状病毒感染实施“乙类乙管”后，制定了十二项主要应对措施，包括：进一步提高老年人新冠病毒疫苗接种率；"
        "加大医疗资源建设投入；分级分类救治患者等。",
    ]
    assert [d.text for d in find_directives(paragraphs)] == [
        "进一步提高老年人新冠病毒疫苗接种率；",
        "加大医疗资源建设投入；",
        "分级分类救治患者等。",
    ]
