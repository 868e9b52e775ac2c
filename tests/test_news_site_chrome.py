"""A portal's and a news site's furniture round the text (blind texts of the thirty-sixth session): the tools
over the headline (专业版 简繁转换 English, 搜索热词: …, 浏览字号 ⏎ 打印页面, 字号), a column's link (长三角政商 >),
a button set off by a bullet (• +1), and the site's foot (its tip line, buttons and licences)."""

from __future__ import annotations

import pytest

from parsers.document import parse_document
from parsers.layout import is_page_furniture


@pytest.mark.parametrize(
    "line",
    [
        "专业版 简繁转换 English",
        "搜索热词: 婚姻登记 低保 养老 收养",
        "浏览字号",
        "打印页面",
        "字号",
        "长三角政商 >",
        "• +1",
        "澎湃新闻报料:021-962866",
        "我要举报",
        "查看更多",
        "扫码下载澎湃新闻客户端",
        "沪公网安备31010602000299号",
        "互联网新闻信息服务许可证:31120170006",
        "增值电信业务经营许可证:沪B2-2017116",
        "© 2014-2026 上海东方报业有限公司",
    ],
)
def test_a_sites_furniture(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "会议要求,各地要查看更多风险点位。",
        "• 加强重点场所防控",
        "互联网新闻信息服务要守住底线。",
        "群众可通过热线报料。",
    ],
)
def test_text_is_no_furniture(line: str) -> None:
    assert not is_page_furniture(line)


PAGE = (
    "• +1\n\n浙江疫情防控响应等级由一级调整为二级\n\n澎湃新闻记者 张刘涛\n2020-03-02 11:54\n来源:澎湃新闻\n"
    "长三角政商 >\n字号\n\n"
    "3月2日上午,浙江省委书记车俊主持召开浙江省委常委会会议,研究部署浙江省下一步疫情防控和复工复产工作。\n\n"
    "会议强调,全省上下要强化底线思维,把疫情防控作为当前压倒一切的重大政治任务。\n\n"
    "    责任编辑:谢春雷\n    澎湃新闻报料:021-962866\n    澎湃新闻,未经授权不得转载\n    +1\n    收藏\n"
    "    我要举报\n            查看更多\n\n            扫码下载澎湃新闻客户端\n\n            沪ICP备14003370号\n\n"
    "            沪公网安备31010602000299号\n\n            互联网新闻信息服务许可证:31120170006\n\n"
    "            增值电信业务经营许可证:沪B2-2017116\n\n            © 2014-2026 上海东方报业有限公司\n"
)


def test_a_news_sites_page_is_one_article_under_its_headline() -> None:
    doc = parse_document(PAGE.encode(), source="page.txt")
    assert [(a.title, a.subtitle) for a in doc.articles] == [("浙江疫情防控响应等级由一级调整为二级", None)]
    assert [d.text for d in doc.directives] == ["全省上下要强化底线思维,把疫情防控作为当前压倒一切的重大政治任务。"]


@pytest.mark.parametrize(
    "line",
    [
        "首页 新闻 娱乐 科技 财经 生活 房产 汽车 八卦 明星 商机 时尚 数码",
        "首页|新闻|图片|评论|共青团|温暖的BaoBao|青年之声|青春励志|青年电视|中青校园|中青看点|教育|文化|军事|体育|财经|娱乐",
        "责编:陈玉尧 | 审核:李震 | 总监:万军伟",
        "网站简介 网站团队 本网动态 友情链接 版权声明 我要投稿 Copyright© 2014-2020 中原网视台 All rights reserved.",
        "西西新闻 @2022-11-16",
    ],
)
def test_a_sites_menu_credits_and_foot_of_any_length(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "天 气 稿 第 039 号 - 酷热天气警告",  # spaced out a character at a time
        "中共中央政治局常务委员会召开会议 分析新冠肺炎疫情形势研究近期防控重点工作",  # a headline in two parts
        "坚定信心 同舟共济 科学防治 精准施策",  # a slogan in four parts
        "不忘初心 牢记使命 坚定信心 同舟共济 科学防治 精准施策",  # …or in six
    ],
)
def test_no_menu(line: str) -> None:
    assert not is_page_furniture(line)


def test_a_menu_set_apart_by_bars_may_hold_a_comma() -> None:
    line = "要闻   |   城市远洋   |   原创   |   Hello,河南   |   直观中国  |   热点专题  |   文旅   |   金融"
    assert is_page_furniture(line)
    assert not is_page_furniture("会议强调 | 要加强防控，落实责任。| 各地要行动起来。| 严格管控。| 加强宣传。")


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("辽阳新闻网官方新闻门户-权威媒体 辽阳门户", True),
        ("中国政府网-中央人民政府门户网站", True),
        ("市政府门户网站改版上线", False),  # a headline about a portal
        ("打造一站式政务服务门户", False),
    ],
)
def test_the_sites_own_title_over_the_page(line: str, furniture: bool) -> None:
    assert is_page_furniture(line) is furniture
