"""State Council and ministry notices: numbered section headings, the addressees, and
the sign-off (the issuer and the date on lines of their own) that dates the notice."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.directives import find_directives
from parsers.document import parse_document
from parsers.notices import join_title

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
            None,  # 国办发〔2020〕6号 is the document's number, no subtitle
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


HEADED = """{heading}

各镇（区、街道），区各有关部门：
　　为进一步巩固疫情防控成果，现将有关事项通知如下：
　　一、严格落实“四早”要求，发现异常情况2小时内报告。
　　二、各单位须安排专人值守，确保信息畅通。
　　三、来盐人员一律实行核酸检测。
　　盐都区新冠肺炎疫情防控工作指挥部
　　2022年3月21日
"""
POINTS = [
    "一、严格落实“四早”要求，发现异常情况2小时内报告。",
    "二、各单位须安排专人值守，确保信息畅通。",  # jieba cuts 须安排 as one word
    "三、来盐人员一律实行核酸检测。",
]
WHOLE = "盐都区新冠肺炎疫情防控工作指挥部关于做好近期疫情防控工作的通知"


@pytest.mark.parametrize(
    "heading",
    [
        "盐都区新冠肺炎疫情防控工作指挥部\n关于做好近期疫情防控工作的通知",  # the issuer on a line of its own
        "盐都区新冠肺炎疫情防控工作指挥部关于做好\n近期疫情防控工作的通知",  # a title wrapped before its kind
    ],
)
def test_a_notice_title_set_over_two_lines_is_one_title(heading: str) -> None:
    doc = parse_document(HEADED.format(heading=heading).encode(), source="notice.txt")
    assert [(a.title, a.subtitle) for a in doc.articles] == [(WHOLE, None)]
    assert [(d.speaker, d.text) for d in doc.directives] == [("盐都区新冠肺炎疫情防控工作指挥部", t) for t in POINTS]


def test_a_notice_whose_title_names_no_issuer_is_issued_by_its_signer() -> None:
    doc = parse_document(HEADED.format(heading="关于做好近期疫情防控工作的通知").encode(), source="notice.txt")
    assert [(a.title, a.source) for a in doc.articles] == [
        ("关于做好近期疫情防控工作的通知", "盐都区新冠肺炎疫情防控工作指挥部")
    ]
    assert [(d.speaker, d.text) for d in doc.directives] == [("盐都区新冠肺炎疫情防控工作指挥部", t) for t in POINTS]


def test_a_word_export_titled_by_its_about_line_joins_the_issuer_above_it() -> None:
    # the page's <title> gives 关于…; the document sets the issuer above the same line
    html = (
        "<html><head><meta charset='utf-8'><title>关于做好近期疫情防控工作的通知</title></head><body>"
        "<div class=WordSection1>"
        "<p class=MsoNormal align=center><b><span>盐都区新冠肺炎疫情防控工作指挥部<o:p></o:p></span></b></p>"
        "<p class=MsoNormal align=center><b><span>关于做好近期疫情防控工作的通知<o:p></o:p></span></b></p>"
        + "".join(f"<p class=MsoNormal><span>{t}</span></p>" for t in POINTS)
        + "<p class=MsoNormal align=right><span>盐都区新冠肺炎疫情防控工作指挥部</span></p>"
        "<p class=MsoNormal align=right><span>2022</span><span>年</span><span>3</span><span>月</span>"
        "<span>21</span><span>日</span></p></div></body></html>"
    )
    doc = parse_document(html.encode(), source="notice.html")
    assert [(a.title, a.subtitle, a.date) for a in doc.articles] == [(WHOLE, None, dt.date(2022, 3, 21))]
    assert [d.text for d in doc.directives] == POINTS


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        ("省委常委会召开扩大会议", ["研究部署全省疫情防控工作"]),
        ("国务院办公厅关于进一步做好疫情防控工作的通知", ["国办发〔2022〕9号"]),
        ("学习贯彻习近平总书记关于疫情防控重要指示", ["全力做好防控工作方案"]),
    ],
)
def test_headings_that_are_not_one_notice_title_stay_apart(title: str, parts: list[str]) -> None:
    assert join_title(title, parts) == (title, parts)


def _spoken(text: str) -> list[tuple[str, str | None]]:
    doc = parse_document(text.encode(), source="notice.txt", date=dt.date(2022, 11, 5))
    return [(d.text, d.speaker) for d in doc.directives]


def test_a_numbered_announcement_is_its_issuers() -> None:
    assert _spoken("兴安县疫情防控指挥部公告（第47号）\n\n请全县广大干部群众自觉遵守疫情防控规定。\n") == [
        ("请全县广大干部群众自觉遵守疫情防控规定。", "兴安县疫情防控指挥部")
    ]


def test_a_notice_that_forwards_another_is_its_signers() -> None:
    text = (
        "关于转发县疫情防控指挥部令（第10号）的通知\n\n各乡镇：\n\n现将指挥部令转发给你们，请认真贯彻执行。"
        "\n\n中共某某县委办公室\n\n2022年11月5日\n"
    )
    assert _spoken(text) == [("现将指挥部令转发给你们，请认真贯彻执行。", "中共某某县委办公室")]


@pytest.mark.parametrize(
    ("signature", "speaker"),
    [("\n\n某某街道疫情防控领导小组办公室\n\n2022年11月4日\n", "某某街道疫情防控领导小组办公室"), ("", "倡议书")],
)
def test_an_appeal_titled_by_whom_it_goes_to_is_its_signers(signature: str, speaker: str) -> None:
    text = (
        "致全体居民的倡议书\n\n广大居民朋友们：\n\n为尽快阻断传播链条，恢复正常秩序，我们发出如下倡议：\n\n"
        "一是做自身健康的守护者。请按要求参加核酸检测。\n\n二是做防控秩序的维护者。不聚集、不扎堆。" + signature
    )
    assert _spoken(text) == [
        ("一是做自身健康的守护者。", speaker),
        ("请按要求参加核酸检测。", speaker),
        ("二是做防控秩序的维护者。", speaker),
        ("不聚集、不扎堆。", speaker),
    ]


def test_an_appeal_under_a_slogan_is_named_by_its_subtitle() -> None:
    text = "和衷共济 聚力战疫\n\n——致全体市民的疫情防控倡议书\n\n我们倡议，做好个人防护，坚持戴口罩；做好健康监测。\n"
    assert _spoken(text) == [("做好个人防护，坚持戴口罩；", "倡议书"), ("做好健康监测。", "倡议书")]


def test_a_numbered_announcement_with_the_number_before_its_kind() -> None:
    text = "某某市疫情防控指挥部3号通告\n\n一、所有小区一律封闭式管理；\n\n二、居民不得有误。\n"
    assert _spoken(text) == [
        ("一、所有小区一律封闭式管理；", "某某市疫情防控指挥部"),
        ("二、居民不得有误。", "某某市疫情防控指挥部"),
    ]


def test_a_section_heading_that_names_a_topic_is_no_directive() -> None:
    text = (
        "某某市疫情防控指挥部通告\n\n一、采样检测时间\n\n4月1日至4月3日。\n\n二、采样检测对象\n\n"
        "全体居民要按时参加检测。\n\n三、严格落实防控要求\n\n各单位要落实责任。\n"
    )
    # a heading that orders runs into the text under it, as a unit runs on to its mark
    assert [t for t, _ in _spoken(text)] == ["全体居民要按时参加检测。", "三、严格落实防控要求各单位要落实责任。"]


def test_a_notice_speaks_throughout_a_measure_after_its_schedule_needs_no_attribution() -> None:
    text = (
        "国务院办公厅关于2030年部分节假日安排的通知\n"
        "现将2030年春节放假调休日期的具体安排通知如下。\n"
        "一、春节:2月2日至8日放假调休,共7天。2月9日(星期六)上班。鼓励各单位安排职工在除夕休息。\n"
        "国务院办公厅\n2029年10月25日\n"
    )
    doc = parse_document(text.encode(), source="notice.txt")
    assert [(d.speaker, d.text) for d in doc.directives] == [("国务院办公厅", "鼓励各单位安排职工在除夕休息。")]


def test_news_of_a_document_issued_is_no_notice_that_speaks_throughout() -> None:
    text = (
        "中央某办公厅印发新修订的《社团管理规定》\n"
        "某办公厅近日印发新修订的《规定》。修订内容主要是规范各类人员参加社团的条件；完善社团活动相关规定。\n"
    )
    assert parse_document(text.encode(), source="news.txt").directives == ()


def test_a_fire_ban_notices_period_and_penalty_are_no_directives_its_report_line_is() -> None:
    text = (
        "某市人民政府关于发布森林禁火令的通告\n"
        "一、禁火时段:2030年3月2日至4月15日。\n"
        "二、禁止行为:携带火源进入林区。\n"
        "三、违法处理:对森林火灾肇事者,依法追责问责。\n"
        "四、任何单位和个人发现森林火情,应立即拨打报警电话12119。\n"
        "某市人民政府\n2030年3月2日\n"
    )
    doc = parse_document(text.encode(), source="notice.txt")
    assert [d.text for d in doc.directives] == [
        "二、禁止行为:携带火源进入林区。",
        "四、任何单位和个人发现森林火情,应立即拨打报警电话12119。",
    ]


def test_a_notice_tells_its_zones_how_they_are_run() -> None:
    text = (
        "某市疫情防控指挥部关于新增封控区、管控区的通告\n"
        "根据疫情防控形势，经专家组研判，新增以下区域为封控区、管控区。\n"
        "封控区严格实行“区域封闭、足不出户、服务上门”，管控区严格实行“人不出区、严禁聚集”。\n"
        "某市疫情防控指挥部\n2022年3月17日\n"
    )
    doc = parse_document(text.encode(), source="notice.txt")
    assert [(d.speaker, d.text) for d in doc.directives] == [
        ("某市疫情防控指挥部", "封控区严格实行“区域封闭、足不出户、服务上门”，管控区严格实行“人不出区、严禁聚集”。")
    ]


# a police notice posted by an account: the time it was sent and the province it was sent from
# on one line over its kicker, the date over the issuer at its foot, and the account's own lines under that
DATED_OVER_ITS_ISSUER = """和平路部分路段临时封闭施工
原创   2023-06-02 18:30   河南
临时交通管制
为保障市政管网改造工程顺利进行，决定对和平路部分路段实行临时封闭。现将有关事项通告如下：
一、封闭期间，除消防、救护等执行任务的车辆外，禁止其他车辆通行。
二、请过往车辆和行人提前绕行，服从现场交通民警指挥。
{date}
某某县公安局交通警察大队
某某发布
"""


@pytest.mark.parametrize(
    ("date", "dated"),
    [("2023年6月2日", dt.date(2023, 6, 2)), ("20230602日", dt.date(2023, 6, 2))],  # the second lost 年 and 月
)
def test_a_notice_dated_over_its_issuer_is_the_issuers(date: str, dated: dt.date) -> None:
    doc = parse_document(DATED_OVER_ITS_ISSUER.format(date=date).encode(), source="closure.txt")
    (article,) = doc.articles
    assert (article.title, article.subtitle, article.date) == ("和平路部分路段临时封闭施工", "临时交通管制", dated)
    assert article.source == "某某县公安局交通警察大队"
    assert [d.speaker for d in article.directives] == ["某某县公安局交通警察大队"] * 2
    assert article.directives[0].text.startswith("一、封闭期间")


def test_an_issuer_under_a_date_over_the_next_notices_title_is_that_notices() -> None:
    page = """某某县疫情防控指挥部关于暂停堂食的通告
一、全县餐饮单位暂停堂食服务。
二、各乡镇要加强巡查。
2022年4月1日
某某县疫情防控指挥部
关于恢复堂食的通告
一、全县餐饮单位有序恢复堂食服务。
某某县疫情防控指挥部
2022年4月9日
"""
    doc = parse_document(page.encode(), source="two.txt")
    assert [(a.title, a.date) for a in doc.articles] == [
        ("某某县疫情防控指挥部关于暂停堂食的通告", dt.date(2022, 4, 1)),
        ("某某县疫情防控指挥部关于恢复堂食的通告", dt.date(2022, 4, 9)),
    ]


def test_a_body_that_gives_its_notice_below_speaks_its_points() -> None:
    page = (
        "东营广饶县教育局发布防汛停课通知如下:\n"
        "各镇街教育办,局属各学校、幼儿园:\n"
        "根据气象部门预报,预计28日-30日,我县将有明显降水过程。\n"
        "请各单位切实做好防汛防台风工作,确保师生人身安全。\n"
    )
    found = parse_document(page.encode(), source="page.txt", date=dt.date(2021, 7, 27)).directives
    assert [(d.speaker, d.text) for d in found] == [
        ("东营广饶县教育局", "请各单位切实做好防汛防台风工作,确保师生人身安全。")
    ]


def test_a_notice_passing_on_another_asks_as_it_asks_and_by_a_day() -> None:
    title = "吉林省工业和信息化厅关于开展国家应急产业示范基地申报工作的通知"
    paragraphs = [
        "现将《工业和信息化部办公厅关于开展国家应急产业示范基地申报工作的通知》转给你们,请按照通知要求,积极组织申报。",
        "申报材料(一式六份)请于9月11日下班前报送至我厅。",
    ]
    found = find_directives(paragraphs, title=title)
    assert [(d.speaker, d.text) for d in found] == [("吉林省工业和信息化厅", p) for p in paragraphs]


def test_the_body_that_set_a_response_level_tells_the_places_what_to_do_next() -> None:
    paragraphs = [
        "根据国家有关规定,省新冠肺炎疫情防控工作领导小组决定湖南省应急响应级别由二级调整为三级。",
        "各地要继续实施“外防输入、内防反弹”的防控策略。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("省新冠肺炎疫情防控工作领导小组", "各地要继续实施“外防输入、内防反弹”的防控策略。")
    ]


def test_a_circular_reports_the_situation_below_and_asks_only_in_its_requirements() -> None:
    # 现将有关情况通报如下：: what follows under it is the situation, point by point, not measures
    text = "\n".join(
        [
            "某省安委办关于上半年全省建筑业安全生产形势的通报",
            "各市安全生产委员会：",
            "上半年，各地加大安全监管力度，形势总体稳定，但事故总量同比增加。现将有关情况通报如下：",
            "一、上半年建筑业安全生产形势",
            "（一）事故总量持续保持在高位。上半年全省建筑业共发生事故132起。",
            "（二）坍塌是事故主要类型。在较大事故中，坍塌事故占总数的四成。",
            "二、下一步工作要求",
            "（一）严格落实企业主体责任。各地要定期组织专项检查。",
            "某省安委办",
            "2022年11月4日",
        ]
    )
    assert _spoken(text) == [
        ("（一）严格落实企业主体责任。", "某省安委办"),
        ("各地要定期组织专项检查。", "某省安委办"),
    ]


def test_a_measure_that_says_not_by_what_rule_is_one_in_a_run_of_measures() -> None:
    text = "\n".join(
        [
            "关于进一步优化疫情防控措施的通知",
            "各市疫情防控指挥部：",
            "现就有关事项通知如下：",
            "二是进一步优化核酸检测。不按行政区域开展全员核酸检测，进一步缩小检测范围。其他人员愿检尽检。",
            "某省疫情防控指挥部",
            "2022年11月4日",
        ]
    )
    assert ("不按行政区域开展全员核酸检测，进一步缩小检测范围。", "某省疫情防控指挥部") in _spoken(text)


def test_a_document_a_notice_issues_under_it_is_part_of_the_notice() -> None:
    # a law database's copy: its citation code and link, the title twice (with other brackets), the number,
    # the covering notice signed and dated, then the document it issues under its own title
    text = "\n".join(
        [
            "【法宝引证码】 CLI.12.1234567",
            "原文链接：https://www.example.com/lar/abc.html",
            "某省人民政府办公厅关于印发支持数字经济发展若干政策(2021—2023年)的通知",
            "某省人民政府办公厅关于印发支持数字经济发展若干政策（2021-2023年）的通知",
            "（某政办秘〔2021〕82号）",
            "各市人民政府，省政府各部门：",
            "　　《支持数字经济发展若干政策（2021-2023年）》已经省政府同意，现印发给你们，请认真贯彻执行。",
            "某省人民政府办公厅",
            "2021年9月2日",
            "支持数字经济发展若干政策（2021-2023年）",
            "　　一、支持平台建设。培育各类数字经济平台，对新认定的国家级平台给予一次性奖补。",
        ]
    )
    doc = parse_document(text.encode(), source="notice.txt")
    (article,) = doc.articles
    assert article.title == "某省人民政府办公厅关于印发支持数字经济发展若干政策(2021—2023年)的通知"
    assert article.subtitle is None
    assert [(d.speaker, d.text) for d in article.directives][-1] == (
        "某省人民政府办公厅",
        "培育各类数字经济平台，对新认定的国家级平台给予一次性奖补。",
    )


def test_a_policys_measures_go_on_past_the_note_of_who_answers_for_them() -> None:
    # a policy attached to a notice: each paragraph a measure verb first, then who answers for it
    # in brackets; the note ends its paragraph, and the next measure is one too
    spoken = _spoken(
        "某省人民政府办公厅关于印发支持工业互联网发展若干政策的通知\n"
        "各市人民政府：\n"
        "《支持工业互联网发展若干政策》已经省政府同意，现印发给你们，请认真抓好落实。\n"
        "一、支持工业互联网平台建设\n"
        "培育各类工业互联网平台。重点培育一批工业互联网平台。（责任单位：省经济和信息化厅、省财政厅）\n"
        "建设智能工厂和数字化车间。支持企业开展智能化改造。（省经济和信息化厅负责）\n"
        "设立工业互联网基金。企业级工业互联网平台省级给予一次性奖补100万元。（省财政厅负责）\n"
        "推动企业上云上平台。建立工业互联网服务商资源池。\n"
    )
    texts = [text for text, _ in spoken]
    assert "建设智能工厂和数字化车间。" in texts
    assert "设立工业互联网基金。" in texts
    assert "推动企业上云上平台。" in texts  # after a subsidy granted, and the note
    assert not any("负责" in text or "责任单位" in text for text in texts)
    assert {speaker for _, speaker in spoken} == {"某省人民政府办公厅"}


def test_what_doing_it_means_is_no_order() -> None:
    found = find_directives(["习近平指出，建设更高水平的平安中国意义重大。要推进社会治理现代化。"])
    assert [d.text for d in found] == ["要推进社会治理现代化。"]


def test_a_notice_a_reporter_learnt_of_speaks_for_its_sender_and_its_title_said_again_for_it() -> None:
    found = find_directives(
        [
            "记者28日从国家疾控局获悉,国务院联防联控机制疫情防控组已印发通知,要求各地各部门高度重视元旦春节期间"
            "传染病防控工作,坚决克服麻痹思想。",
            "这份《关于做好元旦春节期间新冠病毒感染及其他重点传染病防控工作的通知》明确,要加强春运疫情防控。"
            "通知强调,各地要大力推进疫苗接种工作。",
        ]
    )
    assert [(d.speaker, d.text) for d in found] == [
        ("国务院联防联控机制疫情防控组", "各地各部门高度重视元旦春节期间传染病防控工作,坚决克服麻痹思想。"),
        ("国务院联防联控机制疫情防控组", "要加强春运疫情防控。"),
        ("国务院联防联控机制疫情防控组", "各地要大力推进疫苗接种工作。"),
    ]


def test_where_things_are_to_stand_by_a_year_is_a_target_not_an_order() -> None:
    found = find_directives(
        ["《方案》提出，到2020年9月底前，各地要实现县级医院具备核酸检测能力。到2035年，现代化学校体育体系基本形成。"]
    )
    assert [d.text for d in found] == ["到2020年9月底前，各地要实现县级医院具备核酸检测能力。"]
