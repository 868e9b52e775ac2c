"""What a portal sets round a report heads nothing: its greeting banner (欢迎来到…门户网站…专题频道), its tools row
(关闭窗口 打印文档), the outlet's accounts at the foot (• 荆州新闻网微信) and its terms (…版权与免责声明); a headline
the page sets twice round its info line is said once; and posts alone at the page's foot (省委常委、常务副省长) are
the next sentence cut off before the name, no headline."""

from __future__ import annotations

import pytest

from parsers.document import parse_document
from parsers.layout import is_page_furniture


@pytest.mark.parametrize(
    "line",
    [
        "欢迎来到本溪市人民政府门户网站全力抗击新型冠状病毒感染的肺炎疫情”专题频道",
        "关闭窗口 打印文档",
        "• 荆州新闻网微信",
        "• 无线荆州APP",
        "• HI荆州抖音号",
        "荆州新闻网版权与免责声明",
    ],
)
def test_portal_chrome_is_furniture(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", ["欢迎来到我们的城市，请遵守防疫规定。", "• 各地要加强防范", "市政府召开电视电话会议"])
def test_text_is_no_chrome(line: str) -> None:
    assert not is_page_furniture(line)


PAGE = "\n\n".join(
    [
        "全省疫情防控工作电视会议召开",
        "发布日期:2022-11-16 18:47",
        "浏览次数:311",
        "全省疫情防控工作电视会议召开",
        "周乃翔出席并讲话",
        "11月15日下午,全省疫情防控工作电视会议在济南召开。",
        "周乃翔要求,要严格执行国家统一的防控政策,科学精准抓严抓细疫情防控各项工作。",
        "省委常委、常务副省长",
    ]
)


def test_a_headline_set_twice_is_said_once_and_posts_at_the_foot_head_nothing() -> None:
    doc = parse_document(PAGE.encode(), source="page.txt")
    assert [a.title for a in doc.articles] == ["全省疫情防控工作电视会议召开"]
    assert [(d.text, d.speaker) for d in doc.directives] == [
        ("要严格执行国家统一的防控政策,科学精准抓严抓细疫情防控各项工作。", "周乃翔")
    ]


def test_a_portal_banner_and_its_tools_head_nothing() -> None:
    page = "\n\n".join(
        [
            "欢迎来到本溪市人民政府门户网站全力抗击新型冠状病毒感染的肺炎疫情”专题频道",
            "市疫情防控指挥部连夜召开工作调度会议",
            "12月1日晚,市疫情防控指挥部召开工作调度会议,听取相关工作汇报。",
            "会议强调,全市上下要进一步统一思想,保持定力。",
            "关闭窗口 打印文档",
        ]
    )
    doc = parse_document(page.encode(), source="page.txt")
    assert [a.title for a in doc.articles] == ["市疫情防控指挥部连夜召开工作调度会议"]
