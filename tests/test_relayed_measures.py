"""Rules as a city's measures and a town's meetings are relayed: an office that publishes measures
set out below (…发布…措施,具体如下:) speaks in them, with its date of effect and its next steps
no order; a meeting's demand after a comma (会议要求,联系各村…) whatever word opens it, but not
what is done as someone asked (应当地政府要求，…); a leader who came to a city to inspect
(…副省长马欣来泰州调研), or who made a speech named with his title (习近平总书记…发表重要讲话，他强调，);
a site's label over a summary (【摘要】); an indent the page's encoding lost (??); a body named with its
short name (以下简称…) or by what it sent (…发布工作提示称，); what is still ahead (还有大量工作要做)."""

from __future__ import annotations

import datetime as dt

import pytest
from said import said_on

from parsers.directives import (
    find_directives,
    glued_headings,
    is_directive_unit,
    markers,
    named_in,
    split_units,
)
from parsers.document import parse_document
from parsers.layout import is_page_furniture

DAY = dt.date(2022, 12, 5)


def _said(*lines: str) -> list[tuple[str, str | None]]:
    return said_on(DAY, *lines)


def test_measures_an_office_publishes_below_are_its_own_but_not_when_they_start_or_what_it_will_do() -> None:
    said = _said(
        "某市进一步调整防控措施",
        "据“某市发布”12月4日消息,某市疫情防控工作领导小组办公室发布进一步调整疫情防控的相关措施,具体如下:",
        "一、进入超市、菜场等场所,不再查验核酸检测阴性证明。",
        "二、以上调整措施自12月5日零时起实施。后续,本市将根据疫情形势,持续优化相关防控措施。",
        "请广大市民继续做好个人防护,主动接种疫苗。",
    )
    office = "某市疫情防控工作领导小组办公室"
    assert said == [
        ("一、进入超市、菜场等场所,不再查验核酸检测阴性证明。", office),
        ("请广大市民继续做好个人防护,主动接种疫苗。", office),
    ]


def test_a_meetings_demand_after_a_comma_is_one_whatever_word_opens_it() -> None:
    said = _said(
        "某镇召开防汛工作调度会",
        "7月26日上午,某镇镇长主持召开全镇防汛工作调度会。",
        "会议要求,联系各村做好农田的排涝工作,如有困难及时与镇里联系。",
    )
    assert said == [("联系各村做好农田的排涝工作,如有困难及时与镇里联系。", "会议")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "医疗队在接管重症病房的基础上,应当地政府要求,再增加接诊病员数量。",
        "他们介绍了工作情况,表示将按照中央要求,忠诚履职、勤勉尽责。",
    ],
)
def test_what_is_done_as_someone_asked_is_no_demand(paragraph: str) -> None:
    assert _said("医疗队连续奋战", paragraph) == []


def test_a_leader_who_came_to_a_city_to_inspect_speaks_after_it() -> None:
    unit = "27日下午,省委常委、常务副省长马欣来泰州调研检查安全生产。"
    assert named_in(unit) == "马欣"
    said = _said(
        "省领导来我市调研检查安全生产",
        unit,
        "马欣先后检查了两家企业。他强调,要聚焦化工等重点领域,深入开展隐患排查整治。",
    )
    assert said == [("要聚焦化工等重点领域,深入开展隐患排查整治。", "马欣")]


@pytest.mark.parametrize("label", ["【摘要】", "摘要:", "【导读】"])
def test_a_sites_label_over_a_summary_is_no_part_of_it(label: str) -> None:
    unit = f"{label}6日晚,市委书记林某主持召开全市疫情防控工作视频会议,强调要稳妥实施“乙类乙管”。"
    assert split_units(unit) == [unit[len(label) :]]


def test_an_indent_the_pages_encoding_lost_opens_no_paragraph() -> None:
    said = _said(
        "某镇召开防汛工作调度会",
        "??7月26日上午,某镇镇长主持召开全镇防汛工作调度会。",
        "??会议强调,包村领导要做好排查与统计。重点排查危房、低洼地区的房屋情况,摸清住户人数。",
    )
    assert said == [
        ("包村领导要做好排查与统计。", "会议"),
        ("重点排查危房、低洼地区的房屋情况,摸清住户人数。", "会议"),  # 重点, then what to check
    ]


def test_a_body_named_short_that_sends_a_notice_speaks_in_what_it_says() -> None:
    said = _said(
        "本周末大到暴雨",
        "昨晚,市防汛指挥部办公室(以下简称“市防汛办”)发布工作提示称,此轮降水集中在周日白天,需一体化落实防汛工作责任。",
    )
    assert said == [("此轮降水集中在周日白天,需一体化落实防汛工作责任。", "市防汛指挥部办公室")]


@pytest.mark.parametrize("unit", ["这方面还有大量工作要做。", "脱贫攻坚还有很长的路要走。"])
def test_what_is_still_ahead_told_is_no_order(unit: str) -> None:
    assert markers(unit) == []
    assert markers("有关工作要做好。") == ["要"]  # what must be done well is one


def test_a_leader_named_with_his_title_who_made_a_speech_goes_on_after_a_statement() -> None:
    said = _said(
        "重要讲话引发强烈反响",
        "习近平总书记在出席座谈会时发表重要讲话,他强调,推动文化繁荣,是我们的文化使命。要坚定文化自信,建设现代文明。",
    )
    assert said == [("要坚定文化自信,建设现代文明。", "习近平")]


def test_a_numbered_heading_that_orders_runs_into_the_text_under_it() -> None:
    said = _said(
        "关于接种疫苗加强针的倡议书",
        "为了您和家人的身体健康,现向全体居民发出倡议:",
        "一、尽快接种第三针",
        "如果您已接种两剂满6个月,请您抓紧时间到接种点接种加强针。",
        "二、管制要求",  # a heading that names a topic stays a line of its own
        "接种期间,请您配合现场工作人员,做好个人防护。",
        "某县疾病预防控制中心",
        "2022年2月9日",
    )
    assert [text for text, _ in said] == [
        "一、尽快接种第三针如果您已接种两剂满6个月,请您抓紧时间到接种点接种加强针。",
        "接种期间,请您配合现场工作人员,做好个人防护。",
    ]


def test_a_heading_that_orders_over_another_point_stands_alone() -> None:
    assert glued_headings(["一、做好防护", "二、加强管理", "四、严格落实责任", "各乡镇要落实。"]) == [
        "一、做好防护",
        "二、加强管理",
        "四、严格落实责任各乡镇要落实。",
    ]


def test_briefs_of_a_papers_column_each_tell_who_acted_then_what_he_stressed() -> None:
    said = _said(
        "■ 5月20日,省委常委、宣传部部长卢某出席理论研讨会,强调要增强理论自觉、坚持问题导向。",
        "■ 5月19日至20日,省人大常委会副主任李某率调研组赴金沙县开展立法调研,强调要充分尊重农民的主体地位。",
        "■ 5月20日,副省长王某主持召开分管单位会议,强调坚持大农业观,强化系统思维。",
    )
    assert [speaker for _, speaker in said] == ["卢某", "李某", "王某"]
    assert said[2][0] == "坚持大农业观,强化系统思维。"


def test_a_warning_issued_on_the_line_of_its_advice_is_the_bodys() -> None:
    said = _said(
        "某区气象台2022年8月23日8时6分发布高温红色预警信号:预计今天最高气温可达40℃,请注意防范高温的不利影响。"
        " 2.停止户外露天作业,减少户外活动; 3.特别防范高温引发的火灾事故。",
    )
    assert said == [
        ("预计今天最高气温可达40℃,请注意防范高温的不利影响。", "某区气象台"),
        ("2.停止户外露天作业,减少户外活动;", "某区气象台"),
        ("3.特别防范高温引发的火灾事故。", "某区气象台"),
    ]


def test_a_transcripts_label_line_names_who_speaks_under_it() -> None:
    found = find_directives(
        [
            "主持人",
            "国家卫生健康委新闻发言人、宣传司副司长米某",
            "各地迅速行动,制定了具体举措。",
            "要按照国家防控措施,科学精准抓好落实。",
        ]
    )
    assert [(d.text, d.speaker) for d in found] == [("要按照国家防控措施,科学精准抓好落实。", "米某")]


def test_what_a_document_puts_forward_follows_measure_by_measure() -> None:
    said = _said(
        "多部门开展春暖行动",
        "近日,人社部等12部门联合印发《关于开展服务行动的通知》,对春节期间服务保障工作作出部署安排。",
        "《通知》提出一系列暖心举措。深入基层一线开展走访慰问活动,提供便利暖心服务。引导返乡返岗人员安全、错峰出行。",
        "(责编:皮某、黄某)",
    )
    assert said == [
        ("深入基层一线开展走访慰问活动,提供便利暖心服务。", "人社部等12部门"),
        ("引导返乡返岗人员安全、错峰出行。", "人社部等12部门"),
    ]


@pytest.mark.parametrize("line", ["(责编:皮博、黄瑾)", "(責編:皮博、黃瑾)", "编辑:张三、李四"])
def test_editors_credited_together_are_page_furniture(line: str) -> None:
    assert is_page_furniture(line)


def test_an_appeal_titled_with_its_year_speaks_through_phrases_that_head_its_measures() -> None:
    said = _said(
        "某县2024年文明过年倡议书",
        "全县的父老乡亲们:",
        "在新春佳节来临之际,现发出如下倡议:",
        "文明节俭过年。践行文明健康生活方式,远离封建迷信;倡导俭以养德,不攀比、不浪费。",
        "友爱互助过年。弘扬中华民族传统美德,主动帮助孤寡老人。",
    )
    assert said == [
        ("践行文明健康生活方式,远离封建迷信;", "倡议书"),
        ("倡导俭以养德,不攀比、不浪费。", "倡议书"),
        ("弘扬中华民族传统美德,主动帮助孤寡老人。", "倡议书"),
    ]


def test_the_verb_alone_speaks_for_the_official_whose_title_named_him_though_his_name_is_a_word() -> None:
    said = _said(
        "9月7日,自治区党委常务副书记庄严深入社区检查指导疫情防控工作。强调,要压实“四方责任”,做细政策宣传。",
        "庄严来到隔离酒店,详细询问管理情况。强调,要尽可能提供个性化服务。",
    )
    assert said == [("要压实“四方责任”,做细政策宣传。", "庄严"), ("要尽可能提供个性化服务。", "庄严")]


def test_he_who_stressed_is_the_official_a_title_named_before_acting_or_not() -> None:
    said = _said(
        "12日晚,省领导小组组长张立伟请假返回省里,连夜主持召开领导小组会议,部署全省疫情防控工作。"
        "他强调,要迅速遏制疫情反弹蔓延。",
    )
    assert said == [("要迅速遏制疫情反弹蔓延。", "张立伟")]


def test_a_time_that_is_crucial_tells_nobody_to_act() -> None:
    assert markers("当前疫情防控形势复杂严峻,正处于要劲时期,对各级干部既是一次考验。") == []


def test_he_who_stressed_after_a_judgement_the_leader_made_is_that_leader() -> None:
    said = _said(
        "坚持自我革命",
        "反腐败斗争形势依然严峻复杂,这是习近平总书记在全会上对反腐败斗争形势作出的重要论断。他强调,必须深化标本兼治。",
    )
    assert said == [("必须深化标本兼治。", "习近平")]


def test_he_after_a_foreign_leader_who_wrote_to_ours_is_not_ours() -> None:
    said = _said("俄罗斯总统普京致电习近平主席,对疫情表示慰问。他表示,相信中方采取的坚决措施一定会阻止疫情蔓延。")
    assert said == []


def test_a_circular_calls_on_those_it_names_as_the_body_that_issued_it() -> None:
    said = _said(
        "中央军委表彰先进单位",
        "日前,中央军委印发通报,对9个先进单位予以表彰。",
        "通报号召,全军部队要以受表彰的单位为榜样,加强军事训练。",
    )
    assert said == [("全军部队要以受表彰的单位为榜样,加强军事训练。", "中央军委")]


def test_a_title_cited_orders_nobody() -> None:
    assert markers("落实指示,有关机关迅速推出《坚决制止餐饮浪费行为的行动方案》,在单位食堂推行。") == []


@pytest.mark.parametrize(
    "unit",
    ["对于违反要求、擅自层层加码的典型案例,联防联控机制予以曝光。", "对防控措施落实不到位的场所,依法依规予以处理。"],
)
def test_what_befalls_cases_found_wanting_is_no_order(unit: str) -> None:
    assert not is_directive_unit(unit, attributed=True, in_list=True)


def test_a_page_that_opens_on_the_title_its_text_first_ran_under_is_titled_so() -> None:
    page = "原标题:某某:以最快速度控制住局部疫情\n据报道,11日晚,省委书记某某主持召开会议。会议强调,要坚决打赢阻击战。\n"
    doc = parse_document(page.encode(), source="repost.txt", date=DAY)
    assert [a.title for a in doc.articles] == ["某某:以最快速度控制住局部疫情"]
    bracketed = "(原标题:注意防范!漯河启动防汛四级应急响应)\n7月8日,市防指决定启动防汛四级应急响应。\n"
    assert [a.title for a in parse_document(bracketed.encode(), source="c.txt", date=DAY).articles] == [
        "注意防范!漯河启动防汛四级应急响应"
    ]
    titled = "某地召开会议\n原标题:另一个标题\n会议强调,要坚决打赢阻击战。\n"  # under a headline, it is furniture
    assert [a.title for a in parse_document(titled.encode(), source="b.txt", date=DAY).articles] == ["某地召开会议"]


def test_a_ban_but_for_need_marks_an_order() -> None:
    assert markers("区域内人员非必要不外出,严格人员和车辆出入。") == ["非必要不"]


def test_a_last_reminder_with_no_subject_is_the_meetings() -> None:
    said = _said(
        "某镇召开防汛调度会",
        "7月26日上午,某镇镇长主持召开防汛工作调度会。",
        "会议强调,包村领导要做好排查。",
        "最后提醒严格做好值班值守工作,防汛期间切勿单独行动。",
    )
    assert said[-1] == ("严格做好值班值守工作,防汛期间切勿单独行动。", "会议")


def test_a_station_tag_then_hong_kongs_said_names_who_said_it() -> None:
    said = _said("【Now新闻台】总理李克强在中外记者会指,特区政府要负起抗疫的主体责任,中央政府会全力支持。")
    assert said == [("特区政府要负起抗疫的主体责任,中央政府会全力支持。", "李克强")]
    lead = _said("【有线新闻】中共中央政治局召开会议,强调要落实二十大的部署。")
    assert lead == []  # after a station's tag, a meeting's lead is no speech


def test_a_heading_over_a_measure_of_its_own_stands_alone() -> None:
    # a policy's part heading, then its measures each opening with the verb: the heading names the part
    paragraphs = ["一、支持工业互联网平台建设", "培育各类工业互联网平台。重点培育一批工业互联网平台。", "二、强化保障"]
    assert glued_headings(paragraphs) == paragraphs


def test_a_repost_that_opens_on_its_first_title_over_a_headline_of_its_own_runs_under_the_headline() -> None:
    # (原标题:… ⏎ the headline it runs under now ⏎ its subtitle ⏎ the lead: the first title is furniture)
    page = (
        "原标题:许达哲主持省政府常务会 贯彻党中央决策部署\n许达哲主持召开省政府常务会议\n"
        "贯彻落实党中央统筹推进疫情防控和经济社会发展工作重大决策部署\n"
        "昨日下午,省长许达哲主持召开省政府常务会议。会议强调,要抓紧推进复工复产。\n"
    )
    doc = parse_document(page.encode(), source="page.txt")
    assert [(a.title, a.subtitle) for a in doc.articles] == [
        ("许达哲主持召开省政府常务会议", "贯彻落实党中央统筹推进疫情防控和经济社会发展工作重大决策部署")
    ]
