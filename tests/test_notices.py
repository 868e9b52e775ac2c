"""State Council and ministry notices: numbered section headings, the addressees, and
the sign-off (the issuer and the date on lines of their own) that dates the notice."""

from __future__ import annotations

import datetime as dt

from parsers.document import parse_document

NOTICE = """国务院办公厅关于应对新冠肺炎疫情影响强化稳就业举措的实施意见
国办发〔2020〕6号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
　　为深入贯彻落实党中央、国务院决策部署，更好实施就业优先政策，经国务院同意，现提出如下意见。
　　一、更好实施就业优先政策
　　（一）推动企业复工复产。各地区要加强指导服务，帮助企业解决用工、原材料等问题。
　　二、引导农民工安全有序转移就业
　　（二）引导农民工有序外出就业。输出地和输入地要加强对接，做好农民工返岗服务。
　　国务院办公厅
　　2020年3月18日
　　（此件公开发布）
"""


def test_a_notice_is_one_article_signed_and_dated_by_its_issuer() -> None:
    doc = parse_document(NOTICE.encode(), source="notice.txt")
    assert [(a.title, a.subtitle, a.date, a.source) for a in doc.articles] == [
        (
            "国务院办公厅关于应对新冠肺炎疫情影响强化稳就业举措的实施意见",
            "国办发〔2020〕6号",
            dt.date(2020, 3, 18),
            "国务院办公厅",
        )
    ]
    assert (doc.document.date, doc.document.date_origin) == (dt.date(2020, 3, 18), "text")
    assert not doc.warnings


def test_section_headings_stand_alone() -> None:
    doc = parse_document(NOTICE.encode(), source="notice.txt")
    texts = [d.text for d in doc.directives]
    assert texts[:2] == ["一、更好实施就业优先政策", "（一）推动企业复工复产。"]
    assert "各地区要加强指导服务，帮助企业解决用工、原材料等问题。" in texts
    assert {d.speaker for d in doc.directives} == {"国务院办公厅"}
    assert not any(t == "国务院办公厅" or "此件" in t for t in texts)


def test_a_given_date_is_kept() -> None:
    doc = parse_document(NOTICE.encode(), source="notice.txt", date=dt.date(2020, 3, 20))
    assert doc.document.date == dt.date(2020, 3, 20)
    assert doc.articles[0].date == dt.date(2020, 3, 18)
