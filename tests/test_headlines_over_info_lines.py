"""A page's headline right over the site's info line may hold a cry inside it (…新增本土确诊79例!东莞公交地铁停运,…),
and it heads the text: a section's heading under the info line (2022年3月13日广东省新冠肺炎疫情情况) is no other
text's headline."""

from __future__ import annotations

from parsers.document import parse_document

PAGE = "\n".join(
    [
        "今天是",
        "您现在的位置:首页 > 新闻发布会",
        "广东昨日新增本土确诊79例!东莞公交地铁停运,全市开展多轮核酸检测",
        "来源:本站 发布日期:2022-03-14",
        "",
        "2022年3月13日广东省新冠肺炎疫情情况",
        "",
        "3月13日0-24时,全省新增本土确诊病例79例,广州报告2例。",
    ]
)


def test_the_headline_over_the_info_line_heads_the_text() -> None:
    doc = parse_document(PAGE.encode(), source="page.txt")
    assert doc.articles[0].title == "广东昨日新增本土确诊79例!东莞公交地铁停运,全市开展多轮核酸检测"
    assert doc.articles[0].subtitle == "2022年3月13日广东省新冠肺炎疫情情况"


def test_a_news_page_over_a_notice_keeps_its_headline_and_the_notices_title() -> None:
    page = "\n".join(
        [
            "4月15日零时起,三亚调整部分区域风险等级",
            "发布日期:2022-04-14",
            "三亚市新型冠状病毒感染的肺炎疫情防控工作指挥部通告",
            "4月14日,三亚市新型冠状病毒感染的肺炎疫情防控工作指挥部发布通告。",
        ]
    )
    doc = parse_document(page.encode(), source="page.txt")
    assert doc.articles[0].title == "4月15日零时起,三亚调整部分区域风险等级"
