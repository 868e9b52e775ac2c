"""Pages that repost an official text, as news portals, content farms and mirrors of official accounts
copy it. The site's app banner (下载某某客户端, APP), its hotline and report line, its call for
contributions and to follow it (欢迎大家投稿来信, 扫码关注), its clock (…星期三 18:30:04), its font buttons
between the headline and the info line (放大字体 缩小字体) and its comment box (评论 0, 我要评论) are the
site's; a site's tag after the headline (…延迟开学【今日】) is no part of it, nor is the headline said again
under the info line. An account's name with the time it posted and how often it was read (四川水利
2025-09-22 18:42 947) is an info line naming the source, and the points under a heading of what the text asks
(防御要求) are the source's when nobody else gives them."""

from __future__ import annotations

from parsers.document import parse_document


def _doc(*lines: str):  # type: ignore[no-untyped-def]
    return parse_document("\n".join(lines).encode(), source="page.txt")


def test_an_accounts_warning_reposted_with_the_sites_banner_and_comment_box() -> None:
    doc = _doc(
        "APP",
        "",
        "下载某某客户端",
        "",
        "新闻热线:0818-6000000 某某新闻网违法和不良信息举报电话:0818-6000000 邮箱: 000000@qq.com",
        "",
        "蓝色预警!某省11个县(市、区)可能发生山洪灾害",
        "",
        "某省水利 2025-09-22 18:42 947",
        "",
        "2025年9月22日20时至23日20时,某市某县可能发生山洪灾害。",
        "",
        "防御要求",
        "",
        "1.所有责任人立即上岗到位。",
        "",
        "2.密切关注天气预报、雨情水情和监测预警情况。",
        "",
        "评论 0",
        "我要评论",
        "去APP中参与热议吧",
    )
    (article,) = doc.articles
    assert (article.title, article.source) == ("蓝色预警!某省11个县(市、区)可能发生山洪灾害", "某省水利")
    assert [(d.speaker, d.text) for d in doc.directives] == [
        ("某省水利", "1.所有责任人立即上岗到位。"),
        ("某省水利", "2.密切关注天气预报、雨情水情和监测预警情况。"),
    ]


def test_a_content_farms_tag_and_font_buttons_and_a_portals_clock() -> None:
    doc = _doc(
        "某市因高温天气延迟开学【今日】《某某之窗网》",
        "当前位置: 首页 » 资讯 » 热点文章 » 正文",
        "",
        "某市因高温天气延迟开学【今日】",
        "",
        "放大字体  缩小字体 发布日期:2024-08-29 00:24:12  来源:互联网  作者:某某之窗网  浏览次数:8",
        "",
        "某市因高温天气延迟开学",
        "",
        "某市教育局近日发布通知，全市中小学延迟开学。各校要做好学生和家长的解释工作。",
    )
    (article,) = doc.articles
    assert (article.title, article.subtitle) == ("某市因高温天气延迟开学", None)

    doc = _doc(
        "2025年07月09日 星期三 18:30:04",
        "某某新城欢迎大家投稿来信,邮箱(someone@163.com)",
        "",
        "关注微信",
        "",
        "扫码关注",
        "发布投稿",
        "我县召开新冠肺炎疫情防控工作会议",
        "来源:某某新城(转载需注明出处) 日期:2021/8/2  点击:967",
        "",
        "(本网讯 记者张三)8月1日晚,我县召开新冠肺炎疫情防控工作会议。会议要求,要从严从实做好各项防控工作。",
    )
    (article,) = doc.articles
    assert article.title == "我县召开新冠肺炎疫情防控工作会议"


def test_a_headline_with_a_comma_over_who_posted_it_and_when() -> None:
    doc = _doc(
        "受台风影响,某市全市中小学9月4日起停课",
        "某某新闻客户端",
        "2023-09-03 17:31",
        "记者从某市教育局了解到,台风可能于9月3日傍晚登陆。全市中小学9月4日起停课,各校要做好停课期间的安全提醒。",
    )
    (article,) = doc.articles
    assert article.title == "受台风影响,某市全市中小学9月4日起停课"
