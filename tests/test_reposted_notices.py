"""What blind texts of the thirty-third session showed: a notice a site reposts, signed and dated
over the site's own reminder, under the site's 来源 line; those a notice describes by a clause with
的, then how they are to act; an appeal to the others a notice names by where they come from."""

from __future__ import annotations

import datetime as dt

from parsers.directives import find_directives
from parsers.document import parse_document

NOTICE = "某市疫情防控指挥部通告"
REPOSTED_NOTICE = """西安:6月1日起,离市人员须持有核酸检测阴性证明

  • 2022年05月30日 10时20分
  • 来源: 西安新闻网
  • 西安市新冠肺炎疫情防控指挥部通告

    根据当前疫情防控形势,结合我市工作实际,现就加强离市、来(返)市人员管理有关事项通告如下:

    一、离市人员

    从2022年6月1日起,离市人员须持有72小时内核酸检测阴性证明,并主动向车站工作人员出示健康码。

    二、来(返)市人员

    近7天内有中高风险地区旅居史的来(返)市人员尽快向所在社区主动报备,配合属地落实防控措施。

    倡导其他省外来(返)市人员抵达后24小时内完成1次核酸检测。

    特此通告。

    西安市新冠肺炎疫情防控指挥部

    2022年5月30日

    如果您近期出现发热、咳嗽等症状,请务必及时前往就近的发热门诊就诊,途中做好个人防护。

    责任编辑: 王小明
"""


def test_a_reposted_notice_is_signed_under_its_date_and_the_page_names_the_source() -> None:
    # 西安市…指挥部 ⏎ 2022年5月30日 ⏎ the site's reminder (a long line): the date signs the notice off,
    # it is no time stamp over a lead; so the body signs it, and the 来源 line still names the source
    doc = parse_document(REPOSTED_NOTICE.encode(), source="page.txt", date=dt.date(2022, 5, 30))
    [article] = doc.articles
    assert (article.source, article.date) == ("西安新闻网", dt.date(2022, 5, 30))
    found = [(d.speaker, d.text) for d in article.directives]
    issuer = "西安市新冠肺炎疫情防控指挥部"
    assert found[:3] == [
        (issuer, "从2022年6月1日起,离市人员须持有72小时内核酸检测阴性证明,并主动向车站工作人员出示健康码。"),
        (issuer, "近7天内有中高风险地区旅居史的来(返)市人员尽快向所在社区主动报备,配合属地落实防控措施。"),
        (issuer, "倡导其他省外来(返)市人员抵达后24小时内完成1次核酸检测。"),
    ]


def test_those_a_clause_describes_then_how_they_are_to_act() -> None:
    # …的…人员尽快…: in a run of measures, a rule for those the clause describes
    texts = [
        d.text
        for d in find_directives(
            [
                "各地要严格落实防控措施。",
                "近14天内有涉疫地区旅居史的入境人员尽快向所在社区报备。",
            ],
            title=NOTICE,
        )
    ]
    assert texts == ["各地要严格落实防控措施。", "近14天内有涉疫地区旅居史的入境人员尽快向所在社区报备。"]


def test_what_the_described_did_is_no_rule() -> None:
    # …的…人员 then a verb with no word of how: a report of what they did
    assert [
        d.text
        for d in find_directives(["各地要严格落实防控措施。", "有旅居史的入境人员已全部完成检测。"], title=NOTICE)
    ] == ["各地要严格落实防控措施。"]


def test_an_appeal_to_the_others_named_by_where_they_come_from() -> None:
    found = find_directives(["倡导其他省外来返人员抵达后完成1次核酸检测。"], title=NOTICE)
    assert [d.text for d in found] == ["倡导其他省外来返人员抵达后完成1次核酸检测。"]


def test_hoping_the_other_side_makes_use_of_a_channel_is_no_appeal_to_people() -> None:
    # 希望法方用好商务人员来华快捷通道: the 人员 are what the channel serves, not whom the hope is for
    found = find_directives(["中国市场对法国开放，希望法方用好商务人员来华快捷通道，助力企业复工复产。"])
    assert found == []
