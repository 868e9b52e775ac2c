"""What blind texts of the thirty-fourth session showed on city sites' meeting reports: the
officials a report lists attending go on by their names alone, however their names are spelt; an
attribution whose comma the page left out before a statement set in time; and the links, buttons
and widget text at a page's foot, none of them a headline."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.directives import find_directives
from parsers.document import parse_document
from parsers.layout import is_page_furniture

ATTENDED = "8月6日,我市召开疫情防控调度会。市委副书记、市长杜德林,市委常委、常务副市长金宁参加会议。"


def test_an_official_listed_attending_speaks_by_name_alone() -> None:
    # 杜德林 is spelt with characters foreign names are spelt with, and jieba does not know it
    said = "杜德林指出,针对当前严峻复杂的疫情形势,全面落实防控要求,织密织牢疫情防控网。"
    found = find_directives([ATTENDED, said])
    assert [(d.speaker, d.text) for d in found] == [("杜德林", said.removeprefix("杜德林指出,"))]


def test_a_name_the_report_never_listed_after_an_office_stays_as_it_was() -> None:
    # no office names him, so what a foreign-looking name says without a modal orders no one
    said = "杜德林指出,针对当前严峻复杂的疫情形势,全面落实防控要求,织密织牢疫情防控网。"
    assert find_directives(["8月6日,我市召开疫情防控调度会。", said]) == []


def test_a_statement_set_in_time_after_an_attribution_without_its_comma() -> None:
    paragraphs = [
        "2月7日晚,市长、市疫情防控指挥部总指挥方红卫主持召开疫情防控工作专题会议。",
        "方红卫强调疫情发生以来,全市上下认真贯彻重要指示要求,各项工作有力有序推进。当前,疫情防控正处于最紧要时期。",
        "要科学研判,增强对疫情阶段性和规律性问题的认知。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [("方红卫", paragraphs[2])]


FOOTED_PAGE = """立即下载
某市疫情防控工作领导小组调度会召开
2020-10-21 08:24:12 字号:

某市疫情防控工作领导小组调度会召开

10月20日下午,某市疫情防控工作领导小组调度会召开,研究部署疫情防控相关工作。

会议指出,各地各部门要高度重视秋冬季疫情叠加的风险,继续做到“外防输入、内防反弹”。

来源:某市日报

作者:王晶

编辑:陈小婷

点击查看全文

回首页
返 回
回顶部
"""


def test_the_links_at_a_pages_foot_open_no_article() -> None:
    doc = parse_document(FOOTED_PAGE.encode(), source="page.txt", date=dt.date(2020, 10, 21))
    [article] = doc.articles
    assert (article.title, article.source, article.byline) == ("某市疫情防控工作领导小组调度会召开", "某市日报", "王晶")
    assert [d.text for d in article.directives] == [
        "各地各部门要高度重视秋冬季疫情叠加的风险,继续做到“外防输入、内防反弹”。"
    ]


@pytest.mark.parametrize("line", ["回首页", "返 回", "立即下载", "[ 字体: ]", "Baidu", "map"])
def test_foot_links_buttons_and_a_map_widgets_text_are_furniture(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize("cut", ["会议以视", "省直"])
def test_a_page_cut_off_at_the_start_of_a_line_ends_its_report_cut_off(cut: str) -> None:
    page = (
        "省政府召开视频调度会\n\n8月18日晚,省政府召开防汛工作视频调度会。\n\n"
        f"会议强调,要进一步细化人员转移避险方案,确保人民群众生命安全。\n\n{cut}\n"
    )
    doc = parse_document(page.encode(), source="page.txt", date=dt.date(2023, 8, 20))
    [article] = doc.articles
    assert (article.title, article.truncated) == ("省政府召开视频调度会", True)
    assert [d.text for d in article.directives] == ["要进一步细化人员转移避险方案,确保人民群众生命安全。"]


@pytest.mark.parametrize(
    ("signer", "speaker"),
    [
        ("某市疫情防控工作领导小组指挥部", "某市疫情防控工作领导小组指挥部"),
        ("某市人民政府", "某市"),
        (None, "某市"),
    ],
)
def test_a_notice_a_place_names_is_its_bodys_that_signs_it(signer: str | None, speaker: str) -> None:
    # 某市关于…的紧急通告: the place's own body, when one of its bodies signs the notice; else the place
    found = find_directives(
        ["(一)请广大市民务必按规定的时间到指定地点进行核酸筛查。"],
        title="某市关于3月7日开展区域核酸筛查的紧急通告",
        signer=signer,
    )
    assert [d.speaker for d in found] == [speaker]


def test_a_headline_with_a_comma_atop_a_notices_preamble_stands_alone() -> None:
    page = (
        "2月15日零时起,某市有序解除社区管控\n"
        "为统筹做好疫情防控工作和经济社会发展,结合我市疫情形势和防控工作要求,现就有序解除社区管控事项通告如下:\n"
        "一、从2月15日零时起,解除与某市外“不进不出”管控措施,高铁、高速、航空恢复正常通行。\n"
    )
    doc = parse_document(page.encode(), source="page.txt", date=dt.date(2022, 2, 14))
    assert [a.title for a in doc.articles] == ["2月15日零时起,某市有序解除社区管控"]
