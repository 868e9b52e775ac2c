"""What blind texts of the thirty-fifth session showed on reports as aggregator sites copy them: a
copy that sets a space on both sides of every mark (…发布会 。 北京市委… , …) runs one paragraph,
not one per sentence; the headline said again under the text, over a photo's tag (文章图片) and the
credit, opens no second article; 采访人员 stands for 记者 in the credit (文/北京青年报采访人员解丽王斌); the
site's buttons left at the top of a copy cut off (】 【打 印】) are no headline, nor are its contact lines
(地址:…, 咨询热线 ⏎ 400-007-6266), an e-paper's menu (网站首页 | 数字报首页 | 往期浏览), an app's banner
(2步打开 媒体云APP) or a survey widget (调查问题加载中,请稍候。); the headline over the time alone, and a
headline with a comma, over the site's section."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.document import parse_document
from parsers.layout import byline_match, is_page_furniture
from parsers.normalize import clean_display

HEADLINE = "北京:疫情防控仍然艰巨复杂 市民要随身备口罩"
SPACED = (
    "4月26日 , 北京市召开第九十三场新冠肺炎疫情防控新闻发布会 。 "
    "北京市委宣传部副部长、北京市人民政府新闻办公室主任徐和建表示 , "
    "目前境外疫情仍在加速蔓延 , "
    "境内个别省份也有聚集性疫情发生 , "
    "首都疫情防控任务仍然艰巨复杂 。 在这个时候 , 坚持就是胜利 , 必须坚持外防输入、内防反弹不放松 。 "
    "同时 , 提醒广大市民不可麻痹大意 , 口罩随身备 , 聚集需谨慎 , 社交有距离 , 勤洗手常通风 。"
)


def _parse(text: str) -> list[tuple[str | None, str | None, str | None, list[tuple[str | None, str]]]]:
    doc = parse_document(text.encode(), source="page.txt", date=dt.date(2020, 4, 26))
    return [(a.title, a.source, a.byline, [(d.speaker, d.text) for d in a.directives]) for a in doc.articles]


def test_a_stop_spaced_on_both_sides_loses_both_spaces() -> None:
    assert clean_display("发布会 。 北京市委 , 目前") == "发布会。北京市委,目前"


def test_a_stop_with_a_space_after_it_only_keeps_it() -> None:
    # (where a page ran two paragraphs into one line, the space after the stop is their break)
    assert clean_display("发布会。 北京市委, 目前") == "发布会。 北京市委,目前"


def test_a_copy_spaced_around_every_mark_is_one_paragraph_and_the_speech_goes_on() -> None:
    page = f"{HEADLINE}\n\n{SPACED}\n"
    doc = parse_document(page.encode(), source="page.txt", date=dt.date(2020, 4, 26))
    assert len(doc.articles[0].paragraphs) == 1
    [(_, _, _, directives)] = _parse(page)
    assert directives == [
        ("徐和建", "在这个时候,坚持就是胜利,必须坚持外防输入、内防反弹不放松。"),
        ("徐和建", "同时,提醒广大市民不可麻痹大意,口罩随身备,聚集需谨慎,社交有距离,勤洗手常通风。"),
    ]


def test_the_headline_said_again_under_the_text_opens_no_article() -> None:
    page = f"{HEADLINE}\n\n{SPACED}\n{HEADLINE}\n文章图片\n\n文/北京青年报采访人员解丽王斌\n来源:北京青年报\n"
    [(title, source, byline, directives)] = _parse(page)
    assert (title, source, byline, len(directives)) == (HEADLINE, "北京青年报", "解丽王斌", 2)


def test_a_photos_tag_is_furniture() -> None:
    assert is_page_furniture("文章图片")


def test_an_aggregators_word_for_reporter_makes_a_credit() -> None:
    assert byline_match("文/北京青年报采访人员解丽王斌") is not None


def test_the_buttons_left_over_the_headline_are_no_headline_and_the_headline_no_poster() -> None:
    # (a copy cut off in the site's tools: 】 【打 印】, then the headline over the site's address and the time)
    page = (
        "】 【打 印】 \n山東省委常委會召開會議\nhttp://www.CRNTT.com   2021-12-15 15:43:08\n\n\n"
        "  中評社北京12月15日電/據大眾報業報道,近日,省委常委會召開會議,研究審議有關工作事項。\n\n"
        "  會議指出,要謀劃好明年我省經濟工作。\n"
    )
    doc = parse_document(page.encode(), source="page.txt")
    [article] = doc.articles
    assert (article.title, article.source, [d.text for d in article.directives]) == (
        "山東省委常委會召開會議",
        "中評社",
        ["要謀劃好明年我省經濟工作。"],
    )


@pytest.mark.parametrize(
    "line",
    [
        "地址:山西省太原市朝阳街75号",
        "传真:0351-4378829",
        "咨询热线",
        "400-007-6266",
        "010-86223221",
        "网站首页",
        "数字报首页",
        "往期浏览",
        "首版",
        "文章作者",
        "文章字数:1488",
        "欢迎您阅览天门日报 您是第",
        "位访客",
        "登录",
        "退出登录",
        "用手机看",
        "军事APP",
        "2步打开 媒体云APP",
        "• 点击右上角“…” 按钮",
        "• 使用浏览器/Safari打开",
        "设为书签Ctrl+D将本页面保存为书签,全面了解最新资讯,方便快捷。",
        "调查问题加载中,请稍候。",
        "若长时间无响应,请刷新本页面",
    ],
)
def test_a_sites_contact_lines_and_an_epapers_menu_are_furniture(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", ["2022-07-28", "20220728", "检测点地址:某路1号", "热线电话开通"])
def test_a_day_a_places_address_and_a_sentence_are_no_contact_line(line: str) -> None:
    assert not is_page_furniture(line)


def test_a_notice_under_the_sites_hotline_is_titled_by_its_own_headline() -> None:
    page = (
        "咨询热线\n\n400-007-6266\n\n010-86223221\n\n某部关于做好困难群众基本生活保障工作的通知\n\n"
        "        各省、自治区、直辖市民政厅(局):\n\n"
        "        一、抓紧细化政策举措。各地民政部门要认真学习《通知》精神。\n"
    )
    doc = parse_document(page.encode(), source="page.txt", date=dt.date(2020, 3, 23))
    assert [a.title for a in doc.articles] == ["某部关于做好困难群众基本生活保障工作的通知"]


def test_the_sites_lines_over_the_headline_and_its_time_go_whatever_they_say() -> None:
    # (a bookmark line with a sentence's stop in it, an app's banner in bullets, the time alone to the minute)
    page = (
        "中华网\n设为书签Ctrl+D将本页面保存为书签,全面了解最新资讯,方便快捷。\n军事APP\n"
        "小贴士\n2步打开 媒体云APP\n  • 点击右上角“…” 按钮\n  • 使用浏览器/Safari打开\n\n"
        "某市疫情防控指挥部召开专题会议\n\n2020-02-15 00:03  \n\n"
        "2月14日,某市疫情防控指挥部召开专题会议。会议要求,要严格控制人员流动。\n"
    )
    doc = parse_document(page.encode(), source="page.txt")
    assert [(a.title, a.subtitle) for a in doc.articles] == [("某市疫情防控指挥部召开专题会议", None)]


def test_a_headline_with_a_comma_over_the_info_line_under_the_sites_section() -> None:
    page = (
        "地方部署\n北京:严格常态化防控措施,确保全国两会顺利召开\n来源: 北京日报\n时间:2020-05-21\n"
        "昨晚,北京新冠肺炎疫情防控工作领导小组召开会议。会议指出,要严格常态化防控措施。\n"
    )
    doc = parse_document(page.encode(), source="page.txt")
    assert [(a.title, a.source) for a in doc.articles] == [("北京:严格常态化防控措施,确保全国两会顺利召开", "北京日报")]


def test_a_survey_widget_under_the_headline_opens_no_article() -> None:
    page = (
        "官方要求:不得随意禁止外地民众返乡过年\n\n来源:中国网2022-01-30 10:37\n\n调查问题加载中,请稍候。\n"
        "若长时间无响应,请刷新本页面\n\n  中国网1月30日讯 米锋29日在北京表示,各地不得随意禁止外地民众返乡过年。\n"
    )
    doc = parse_document(page.encode(), source="page.txt")
    assert [a.title for a in doc.articles] == ["官方要求:不得随意禁止外地民众返乡过年"]
