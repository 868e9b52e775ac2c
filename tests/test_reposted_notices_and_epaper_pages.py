"""What blind texts of the thirty-third session showed: a notice a site reposts, signed and dated
over the site's own reminder, under the site's 来源 line; those a notice describes by a clause with
的, then how they are to act; an appeal to the others a notice names by where they come from; an
e-paper's menus and its list of the page's headlines, and a text that jumps pages mid-paragraph; a
notice's points headed by when they apply alone; a kicker over the headline, closed by a dash; a
Markdown day whose items end on the editors' credit in brackets; proposals put forward after 并; a
Markdown file whose fields are quoted over a title set in bold over two lines; a long headline in
three parts set apart by spaces atop the page; a speech its giver's office names (市长在…上的讲话),
under a site's name and home link and over the day and the site; a reminder to 大家; a link to the
original as Markdown writes it, and a site's tags."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.directives import find_directives, glued_headings
from parsers.document import parse_document
from parsers.layout import is_page_furniture
from parsers.normalize import clean_display
from parsers.webinfo import info_source, is_info

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


EPAPER_PAGE = """往期阅读
当前版: 01版 上一版  下一版
上一篇    下一篇
放大 缩小 默认   朗读
自治区防控工作指挥部召开视频会议

部署防控相关工作

布小林主持并讲话
  本报2月10日讯  (记者  王明) 2月10日,自治区防控工作指挥部召开视频会议,对当前防控工作进行再部署。

  布小林指出,各级各部门一定要增强责任意识,全力做好防控各项工作。要强化隔离措施,一律集中隔离。\
■下转第2版 ■上接第1版 对确诊患者要给予最及时、最有效的治疗。

上一篇    下一篇

     标题导航
~~~
习近平在北京市调研指导疫情防控工作时强调~~~
"""


def test_an_epapers_menus_and_headline_list_are_furniture_and_its_page_jump_no_text() -> None:
    doc = parse_document(EPAPER_PAGE.encode(), source="page.txt", date=dt.date(2020, 2, 11))
    [article] = doc.articles
    # a local meeting's headline is its first line; the lines under it, who presided among them, its subtitle
    assert (article.title, article.subtitle) == (
        "自治区防控工作指挥部召开视频会议",
        "部署防控相关工作 布小林主持并讲话",
    )
    assert [(d.speaker, d.text) for d in article.directives] == [
        ("布小林", "各级各部门一定要增强责任意识,全力做好防控各项工作。"),
        ("布小林", "要强化隔离措施,一律集中隔离。"),
        ("布小林", "对确诊患者要给予最及时、最有效的治疗。"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "往期阅读",
        "当前版: 01版 上一版  下一版",
        "上一篇    下一篇",
        "放大 缩小 默认   朗读",
        "头部",
        "底部",
        "向下滑动",
        "adblk6",
        "习近平在北京市调研指导疫情防控工作时强调~~~",
    ],
)
def test_site_template_lines_are_furniture(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", ["上一篇文章讲到的措施要落实。", "朗读比赛在我市举行", "底部要加固。"])
def test_words_of_a_menu_in_a_sentence_are_no_furniture(line: str) -> None:
    assert not is_page_furniture(line)


def test_a_page_jump_set_off_by_squares_is_left_out_of_the_line() -> None:
    assert clean_display("一律隔离。■下转第2版 ■上接第1版 对确诊患者要治疗。") == "一律隔离。对确诊患者要治疗。"


def test_a_point_headed_by_when_alone_runs_into_its_rule() -> None:
    paragraphs = [
        "一、2022年6月1日至6月18日",
        "城区各建筑施工工地自19:00至次日7:00禁止一切施工作业。",
        "二、6月7日至6月9日、6月16日至6月18日",
        "全市范围内禁止燃放烟花爆竹。",
        "三、管制要求",
    ]
    assert glued_headings(paragraphs) == [
        "一、2022年6月1日至6月18日城区各建筑施工工地自19:00至次日7:00禁止一切施工作业。",
        "二、6月7日至6月9日、6月16日至6月18日全市范围内禁止燃放烟花爆竹。",
        "三、管制要求",
    ]


def test_a_point_headed_by_a_day_and_a_topic_is_no_time_heading() -> None:
    # 一、6月1日起 ⏎ …: not a span; stays as it was
    assert glued_headings(["一、6月1日的安排", "城区各工地停工。"]) == ["一、6月1日的安排", "城区各工地停工。"]


KICKER_PAGE = """某市晨报 2023年08月09日

某景区发布通告——

当前正值主汛期 禁止市民在河道水域戏水

本报讯(记者 杨明)为预防溺水事故发生,8月5日,某景区管理委员会发布通告,要求市民、游客不得在河道内戏水。
"""


def test_a_kicker_closed_by_a_dash_is_the_subtitle_over_the_headline() -> None:
    doc = parse_document(KICKER_PAGE.encode(), source="page.txt", date=dt.date(2023, 8, 9))
    assert [(a.title, a.subtitle) for a in doc.articles] == [
        ("当前正值主汛期 禁止市民在河道水域戏水", "某景区发布通告——")
    ]


MARKDOWN_DAY = """# 新闻联播 2012-04-20

## 1. 我国将建4亿亩高标准基本农田

十二五期间，我国将投入6000亿元新建4亿亩高标准基本农田，全面提升耕地质量。（视频编辑：金月展 文字编辑：安梦莹）

## 2. 贾庆林会见文莱苏丹

全国政协主席贾庆林在这里会见了文莱苏丹。贾庆林并就促进两国关系发展提出四点建议：一是保持高层交往。二是拓展经贸合作。\
（视频编辑：金月展 文字编辑：安梦莹）
"""


def test_an_item_ending_on_the_editors_credit_runs_on_to_no_heading() -> None:
    # …（视频编辑：… 文字编辑：…） ⏎ ## 2. …: the credit ends the item; the next heading is the next item's
    doc = parse_document(MARKDOWN_DAY.encode(), source="day.md")
    assert [a.title for a in doc.articles] == ["我国将建4亿亩高标准基本农田", "贾庆林会见文莱苏丹"]
    assert [(d.speaker, d.text) for d in doc.articles[1].directives] == [
        ("贾庆林", "一是保持高层交往。"),
        ("贾庆林", "二是拓展经贸合作。"),
    ]


QUOTED_FIELDS = """> 文号：国办发明电〔2023〕7号
> 发布机关：国务院办公厅
> 来源：https://www.gov.cn/zhengce/content_6911528.htm

**国务院办公厅关于2024年**

**部分节假日安排的通知**

国办发明电〔2023〕7号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

经国务院批准，现将2024年元旦放假调休日期的具体安排通知如下。

**一、元旦：**1月1日放假，与周末连休。

节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作，遇有重大突发事件，要按规定及时报告并妥善处置。

国务院办公厅

2023年10月25日
"""


def test_a_markdown_file_with_its_fields_quoted_over_a_bold_title() -> None:
    # > 文号：… ⏎ > 发布机关：…: Markdown, read as such; the fields are info lines, the title the two bold lines
    doc = parse_document(QUOTED_FIELDS.encode(), source="notice.txt")
    [article] = doc.articles
    assert (article.title, article.source) == ("国务院办公厅关于2024年部分节假日安排的通知", "国务院办公厅")
    assert [d.speaker for d in article.directives] == ["国务院办公厅"]


HEADLINE_IN_PARTS = """新闻联播 2015-01-16
中共中央政治局常务委员会召开会议 听取全国人大常委会、国务院、全国政协、最高人民法院、最高人民检察院党组工作汇报 \
中共中央总书记习近平主持会议

中共中央政治局常务委员会1月16日全天召开会议，专门听取党组工作汇报。会议强调，坚持党的领导，首先是要坚持党中央的集中统一领导。
"""


def test_a_long_headline_in_parts_atop_the_page_runs_on_to_no_lead() -> None:
    # 71 characters, three parts set apart by spaces, over a lead that is a sentence: the headline
    doc = parse_document(HEADLINE_IN_PARTS.encode(), source="page.txt")
    [article] = doc.articles
    assert article.title is not None and article.title.endswith("中共中央总书记习近平主持会议")
    assert [(d.speaker, d.text) for d in article.directives] == [
        ("会议", "坚持党的领导，首先是要坚持党中央的集中统一领导。")
    ]


SPEECH_BY_OFFICE = """某素材网 首页

市长在全市防汛工作会议上的讲话

10-28 某素材网
同志们:
  今天,我们在这里专门召开全市防汛工作会议,主要是贯彻落实省、市防汛工作会议精神。
  一是要高度警惕侥幸心理。全市上下要密切关注和研判天气形势变化,全力以赴做好防汛各项准备工作。
"""


def test_a_speech_its_givers_office_names_is_the_offices() -> None:
    # 市长在…会议上的讲话: no name, the office speaks what the text attributes to no one
    doc = parse_document(SPEECH_BY_OFFICE.encode(), source="page.txt", date=dt.date(2020, 10, 28))
    [article] = doc.articles
    assert (article.title, article.subtitle, article.source) == ("市长在全市防汛工作会议上的讲话", None, "某素材网")
    assert [(d.speaker, d.text) for d in article.directives] == [
        ("市长", "一是要高度警惕侥幸心理。"),
        ("市长", "全市上下要密切关注和研判天气形势变化,全力以赴做好防汛各项准备工作。"),
    ]


def test_a_day_with_no_year_then_a_site_is_an_info_line() -> None:
    assert is_info("10-28 德育素材网") and info_source(["10-28 德育素材网"]) == "德育素材网"
    assert not is_info("3-5 个工作日")
    assert is_page_furniture("德育素材网 首页") and not is_page_furniture("返回 首页 查看更多内容")


def test_a_reminder_to_everyone_is_the_reminders() -> None:
    # 提醒大家，: whom the reminder is to, then what it asks
    found = find_directives(["市卫健委提醒大家，不要扎堆，出门戴好口罩。"])
    assert [(d.speaker, d.text) for d in found] == [("市卫健委", "不要扎堆，出门戴好口罩。")]


@pytest.mark.parametrize(
    "line",
    [
        "[查看原文](https://tv.cctv.com/2022/12/16/VIDEsY4qZShpbCkToAXW0CSC221216.shtml)",
        "标签 >> 云南 疫情防控",
        "标签：防汛",
        "关联信息",
        "相关阅读",
    ],
)
def test_a_link_to_the_original_and_the_sites_tags_are_furniture(line: str) -> None:
    # (the link is long with its address, but furniture however long)
    assert is_page_furniture(line)


def test_a_label_that_opens_a_sentence_is_no_tag_line() -> None:
    assert not is_page_furniture("标签化管理要落实到每一个小区。")
