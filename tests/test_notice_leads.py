"""A notice reposted under a news headline (9月7日…指挥部通告发布 ⏎ …指挥部通告(9月7日)): its own title, with the day
after it and no year, names who issues it; and a numbered lead that says where the measures below apply
(一、…区、…县实施如下防控措施。) is none of them, but leads them."""

from __future__ import annotations

import pytest

from parsers.directives import default_speaker
from parsers.document import parse_document

BODY = "成都市新型冠状病毒肺炎疫情防控指挥部"


@pytest.mark.parametrize(
    "title",
    [f"{BODY}通告(9月7日)", f"{BODY}通告（9月7日）", f"{BODY}通告(2022年9月7日)", f"{BODY}通告"],
)
def test_a_notice_title_with_its_day_names_its_issuer(title: str) -> None:
    assert default_speaker(title) == BODY


def test_a_news_headline_of_a_notice_names_no_issuer() -> None:
    assert default_speaker(f"9月7日{BODY}通告发布") is None


PAGE = "\n\n".join(
    [
        f"9月7日{BODY}通告发布",
        f"{BODY}通告(9月7日)",
        "为坚决阻断病毒传播链条,经市疫情防控指挥部研究决定,分区分级实施社会面管控措施。现将有关事项通告如下。",
        "一、锦江区、青羊区、金牛区、武侯区、成华区实施如下防控措施。",
        "(一)按照“应检必检”要求,开展全员核酸检测,每日一检,不漏一人。对漏检人员实施赋码管理。",
        "(二)区域内高中风险区外的居民原则居家,非本小区居民不得进入。",
    ]
)


def test_the_lead_of_a_notices_measures_is_none_of_them() -> None:
    doc = parse_document(PAGE.encode(), source="page.txt")
    assert [(d.text, d.speaker) for d in doc.directives] == [
        ("(一)按照“应检必检”要求,开展全员核酸检测,每日一检,不漏一人。", BODY),
        ("对漏检人员实施赋码管理。", BODY),
        ("(二)区域内高中风险区外的居民原则居家,非本小区居民不得进入。", BODY),
    ]
