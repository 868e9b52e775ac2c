"""A city's lockdown notice as a news app reposts it (blind texts of the thirty-fifth session): the body
that decided (经疫情防控联合指挥部封控管理组研究决定,自今晚开始,…: a headquarters' working group, no comma
after 研究, one after 决定) speaks for the points, and the appeal after them (请广大市民群众严格遵从指挥部安排)
is its too; the app's disclaimer (如转载稿涉及版权等问题,请与上游新闻联系。) asks nothing; and a leader's
words retold with the time he said them (习近平当时表示,…)."""

from __future__ import annotations

from parsers.directives import find_directives, split_attribution
from parsers.document import parse_document
from parsers.layout import is_page_furniture
from parsers.notices import is_issuer

PAGE = (
    "南宫发布微信公号消息,全市广大居民:为应对严峻复杂的疫情形势,经疫情防控联合指挥部封控管理组研究决定"
    ",自今晚开始,我市实行最严厉的封控措施,具体要求如下:\n"
    "一、全市所有社区、小区人员一律不许流动,所有居民居家隔离。\n"
    "二、各单位所有有工作任务的人员一律在单位吃住,严禁返家。\n"
    "三、对于违反以上规定且不听劝阻的,采取行政拘留措施,情节严重的,将追究刑事责任。\n"
    "请广大市民群众严格遵从指挥部安排,并给予理解、配合和支持。\n"
    "2021年1月16日\n"
    "【免责声明】上游新闻客户端未标有“来源:上游新闻”的稿件均为转载稿。如转载稿涉及版权等问题,请与上游"
    "新闻联系。\n"
)


def test_the_working_group_that_decided_speaks_for_the_points_and_the_appeal() -> None:
    doc = parse_document(PAGE.encode(), source="page.txt")
    assert [(d.speaker, d.text) for d in doc.directives] == [
        ("疫情防控联合指挥部封控管理组", "一、全市所有社区、小区人员一律不许流动,所有居民居家隔离。"),
        ("疫情防控联合指挥部封控管理组", "二、各单位所有有工作任务的人员一律在单位吃住,严禁返家。"),
        ("疫情防控联合指挥部封控管理组", "请广大市民群众严格遵从指挥部安排,并给予理解、配合和支持。"),
    ]


def test_a_headquarters_working_group_is_an_issuer() -> None:
    assert is_issuer("疫情防控联合指挥部封控管理组")


def test_the_apps_disclaimer_is_furniture() -> None:
    assert is_page_furniture("如转载稿涉及版权等问题,请与上游新闻联系。")


def test_words_retold_with_the_time_they_were_said() -> None:
    unit = "据新华社报导,习近平当时表示,湖北省武汉市等地近期陆续发生疫情,必须引起高度重视。"
    assert split_attribution(unit) == ("习近平", "湖北省武汉市等地近期陆续发生疫情,必须引起高度重视。")


def test_the_appeal_with_no_one_speaking_before_it_has_no_speaker() -> None:
    assert find_directives(["今年春节期间,全市天气晴好。", "请广大市民群众严格遵从安排。"]) == []
