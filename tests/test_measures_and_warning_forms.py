"""What blind texts of the thirty-second session showed: a State Council meeting's measures
that say what a rule changes from and to, or from when it applies; a city's warning form, with
its disclosure box above it and its fields (影响范围, 防范要求) set one a line."""

from __future__ import annotations

import datetime as dt

from parsers.directives import find_directives
from parsers.document import parse_document
from parsers.webinfo import is_info

DAY = dt.date(2022, 11, 25)


def _texts(paragraphs: list[str]) -> list[str]:
    return [d.text for d in find_directives(paragraphs)]


def test_a_measure_that_takes_a_rule_then_says_from_what_to_what_is_a_point() -> None:
    # 将… (what it takes), then 由…放宽到…: the first point, and the measures after it, are the meeting's
    texts = _texts(
        [
            "会议指出，就业是民生之本。要贯彻党中央部署，加力促就业创业。"
            "一是将实施留工培训补助地区，由失业保险金结余备付24个月放宽到18个月。"
            "将两年内未就业毕业生、登记失业青年纳入扩岗补助。对失业人员及时发放失业保险金。"
            "二是对平台灵活就业人员按规定给予社保补贴。"
        ]
    )
    assert texts == [
        "要贯彻党中央部署，加力促就业创业。",
        "一是将实施留工培训补助地区，由失业保险金结余备付24个月放宽到18个月。",
        "将两年内未就业毕业生、登记失业青年纳入扩岗补助。",
        "对失业人员及时发放失业保险金。",
        "二是对平台灵活就业人员按规定给予社保补贴。",
    ]


def test_what_will_be_done_with_a_clause_after_it_is_no_measure() -> None:
    # 将 for what is going to happen, however the sentence goes on: no order
    assert _texts(["会议指出，就业是民生之本。", "将于明日起开展专项检查，由各区分别组织。"]) == []


def test_a_measure_from_a_quarter_of_the_year_on_is_one() -> None:
    texts = _texts(
        [
            "会议指出，企业是创新主体，要实施阶段性减税政策支持创新。"
            "今年第四季度，对高新技术企业购置设备的，允许一次性税前全额扣除；"
            "对现行按75%税前加计扣除研发费用的，统一提高到100%。"
        ]
    )
    assert "今年第四季度，对高新技术企业购置设备的，允许一次性税前全额扣除；" in texts
    assert len(texts) == 3


def test_the_fields_of_a_disclosure_box_are_info_lines() -> None:
    assert is_info("生效时间: 废止时间: 暂无")
    assert is_info("政策咨询机关: 暂无 政策咨询电话: 暂无")
    assert is_info("名  称: 强降水和强对流天气防御预警")  # the title field, its label set apart with spaces
    assert not is_info("名称不能随意更改。")


WARNING_FORM = """灾害应急预警信息〔2022〕第18期

发布时间:2022-11-25 17:05

据省应急管理厅《预警信息》预警〔2022〕26号:据气象预报,28日下午至30日我省将出现强寒潮天气,并伴有8级阵风。

影响范围:全市地区

防范要求

1.防范寒潮大风对设施农业、交通运输、旅游观光、城市运行的不利影响以及对室外广告牌、户外构筑物等造成的安全隐患,注意水面作业安全。

2.防范剧烈降温对人体健康和疫情防控的不利影响,提醒群众室内取暖注意用电用火安全,谨防火灾和一氧化碳中毒,做好能源、电力调度保障工作和生活必需品供应。

3.防范大雾天气对交通安全的不利影响,高速公路、轮渡码头等单位要加强交通管理,利用各种警示方式提醒驾驶人员注意雾的变化,小心驾驶。

4.户外活动、户外赛事的主办方及相关部门要针对寒潮天气或可能出现的雨雪天气等突发情况制定应急预案,做好应急救援准备工作。

5.密切关注气象变化情况,加强会商研判,实现隐患早期识别和主动防范,及时精准发布预警信息;加强值班值守和信息汇总上报,做好应急准备。
"""


def test_a_warning_forms_fields_head_no_other_text() -> None:
    # 影响范围:全市地区 ⏎ 防范要求 ⏎ 1.…: the form's fields, and what it asks under them, in the one text
    doc = parse_document(WARNING_FORM.encode(), source="page.txt", date=DAY)
    assert [a.title for a in doc.articles] == ["灾害应急预警信息〔2022〕第18期"]
    texts = [d.text for d in doc.articles[0].directives]
    assert texts[0].endswith("户外构筑物等造成的安全隐患,注意水面作业安全。")
    assert len(texts) == 6  # (the last item's two measures, a semicolon between them)


def test_a_speech_at_a_meeting_named_with_no_shang_is_attributed() -> None:
    # 在…闭幕会发表重要讲话指出， (no 上 after the meeting's name): the speaker's words follow
    found = find_directives(
        ["习近平总书记在十四届全国人大一次会议闭幕会发表重要讲话指出，我们要加快推进现代化建设，团结奋斗。"]
    )
    assert [(d.speaker, d.text) for d in found] == [("习近平", "我们要加快推进现代化建设，团结奋斗。")]
