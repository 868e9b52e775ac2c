"""Rules as portals repost a body's reminder and as notices and school letters are set out: a
body's reminder for an occasion over its points (蚌埠疾控中秋国庆出行提示:); a site's search box,
comment box and footer around a repost; a notice signed by nobody that names its issuer where it
decides (经市疫情防控指挥部研究,决定…); a heading that names an aspect (三、组织形式, 放假时间) stays a
heading; a lead that opens on a span of days (9月10日至9月14日8时,…) does not date the text; a
headline with a comma over the site's info line; an e-paper database's name and terms.

The pages are written for these tests in the manner of such texts; none is copied from a real page.
"""

from __future__ import annotations

import datetime as dt

from said import said_on

from parsers.directives import markers
from parsers.document import parse_document

DAY = dt.date(2021, 9, 15)


def _doc(*lines: str, day: dt.date | None = None):  # type: ignore[no-untyped-def]
    return parse_document("\n".join(lines).encode(), source="page.txt", date=day)


def test_a_bodys_reminder_for_an_occasion_over_its_points() -> None:
    doc = _doc(
        "搜索",
        "",
        "中秋国庆非必要不离开本地!某地疾控发重要提醒!",
        "",
        "2021-09-15 07:53 某某疾控",
        "",
        "9月10日至9月14日8时,某省累计报告本土阳性139例。假期即将到来,人员往来频繁。某某疾控中秋国庆出行提示:",
        "一、合理安排出行。建议非必要不离开本地。",
        "二、做好个人防护。要坚持戴口罩、勤洗手。",
        "最新评论",
        "发布",
        "热门资讯",
        "某某热线违法和不良信息举报电话:0551-00000000",
    )
    (article,) = doc.articles
    assert (article.title, article.source, article.date) == (
        "中秋国庆非必要不离开本地!某地疾控发重要提醒!",
        "某某疾控",
        DAY,
    )
    assert [(d.text, d.speaker) for d in article.directives] == [
        ("一、合理安排出行。", "某某疾控"),
        ("建议非必要不离开本地。", "某某疾控"),
        ("二、做好个人防护。", "某某疾控"),
        ("要坚持戴口罩、勤洗手。", "某某疾控"),
    ]


def test_a_notice_signed_by_nobody_names_its_issuer_where_it_decides() -> None:
    said = said_on(
        dt.date(2022, 1, 5),
        "关于启动大规模核酸检测的通告",
        "(2022年2号)",
        "为进一步阻断疫情传播,经市疫情防控指挥部研究,决定在全市组织开展大规模核酸检测。现将有关事项通告如下:",
        "一、现场采样时间",
        "2022年1月6日8时—2022年1月7日20时。",
        "三、组织形式",
        "以县(市、区)为单位设立采样点。",
        "四、注意事项",
        "1.请携带本人有效身份证件,有序到达指定地点开展核酸检测。",
    )
    assert said[-1] == ("1.请携带本人有效身份证件,有序到达指定地点开展核酸检测。", "市疫情防控指挥部")
    assert not any(text.startswith("三、组织形式") for text, _ in said)  # a heading that names an aspect


def test_a_letters_unnumbered_sections_stay_in_it() -> None:
    doc = _doc(
        "致家长的一封信",
        "尊敬的家长:",
        "您好!感谢您一直以来对我校工作的支持!",
        "放假时间",
        "2023年12月30日(星期六)到2024年1月1日(星期一),共3天。",
        "放假要求",
        "1.请加强孩子安全教育。",
        "某某中心小学",
        "2023年12月28日",
        day=dt.date(2023, 12, 28),
    )
    (article,) = doc.articles
    assert article.title == "致家长的一封信"
    assert [d.text for d in article.directives] == ["1.请加强孩子安全教育。"]


def test_a_headline_with_a_comma_over_the_sites_info_line() -> None:
    doc = _doc(
        "学校放假,学生安全工作不放假",
        "时间:2023-07-08 02:56:52来源:某部网站",
        "",
        "暑假即将来临,某部办公厅日前印发通知。通知要求,各地要加强学生安全教育。",
    )
    (article,) = doc.articles
    assert (article.title, article.source, article.date) == (
        "学校放假,学生安全工作不放假",
        "某部网站",
        dt.date(2023, 7, 8),
    )


def test_an_epaper_databases_name_tools_and_terms_are_no_text() -> None:
    doc = _doc(
        "第06版:要闻",
        "人民日报图文数据库(1946-2021)",
        "返回目录  放大缩小全文复制    上一篇  下一篇",
        "某部门关于做好假期安全工作的通知",
        "新华社北京10月25日电  某部门日前印发通知。通知要求,各地要妥善安排好值班。",
        "版权声明",
        "《人民日报》(电子版)的一切内容(包括但不限于文字、图片)仅供人民网读者阅读、学习研究使用,"
        "未经书面授权,任何单位及个人不得将其转载。",
        day=dt.date(2023, 10, 26),
    )
    (article,) = doc.articles
    assert article.title == "某部门关于做好假期安全工作的通知"
    assert [d.text for d in article.directives] == ["各地要妥善安排好值班。"]


def test_a_reposts_original_title_in_brackets_and_its_editor_with_the_time_under_it() -> None:
    doc = _doc(
        "某某主持召开市应急指挥部第十四次会议",
        "",
        "来源:某某新闻网",
        "(原标题:某某主持召开市应急指挥部第十四会议)",
        "",
        "3月10日下午,市长某某主持召开指挥部第十四次会议。会议指出,要准确把握疫情防控形势。",
        "",
        "编辑:龙某某 发布时间:2020-03-10",
    )
    (article,) = doc.articles
    assert (article.subtitle, article.source, article.date) == (None, "某某新闻网", dt.date(2020, 3, 10))
    assert [d.text for d in article.directives] == ["要准确把握疫情防控形势。"]


def test_none_left_out_is_a_demand_and_a_time_taken_is_none() -> None:
    assert markers("尤其是保供煤矿、重大工程等要一个不漏全面排查") == ["要"]
    assert markers("完成一轮检测要4个小时") == []


def test_a_county_sites_page_with_its_vote_box_and_credit_set_off_by_slashes() -> None:
    doc = _doc(
        "某市疫情防控指挥部召开工作例会",
        "",
        "金某某 2020-05-25 07:33 大字",
        "",
        "□金某某/我爱金某某/金某某数字报记者李某",
        "",
        "本报讯5月22日,市长某某主持召开会议。会议要求,各镇街要坚持底线思维,抓好常态化防控工作。",
        "返回某某新闻首页",
        "顶一下",
        "(0)",
        "0%",
        "相关推荐",
    )
    (article,) = doc.articles
    assert (article.title, article.byline) == ("某市疫情防控指挥部召开工作例会", "李某")
    assert [d.text for d in article.directives] == ["各镇街要坚持底线思维,抓好常态化防控工作。"]


def test_an_info_lines_author_set_out_to_the_width_of_three() -> None:
    doc = _doc(
        "某县召开疫情防控工作会议",
        "来源:某某新闻网 作者:高 津 时间:2022-11-18 16:12",
        "11月16日,某县召开疫情防控工作会议。会议要求,各级各部门要全面认清疫情防控形势。",
    )
    (article,) = doc.articles
    assert (article.source, article.byline) == ("某某新闻网", "高津")
