"""What a day of broadcast news and the notices around it showed: the day in brackets after
今天 or 昨天, bodies that demand together, a modal that only says what kind of thing something
is, a purpose explained, measures opened with 充分 or 用心用情, an appeal to those it names last,
a short numbered heading over its line, and a measure's purpose before what was done."""

from __future__ import annotations

import datetime as dt

from said import said_on

from parsers.directives import is_directive_unit

DAY = dt.date(2023, 5, 27)


def _said(*lines: str) -> list[tuple[str, str | None]]:
    return said_on(DAY, *lines)


def test_the_day_in_brackets_after_yesterday_keeps_the_attribution() -> None:
    assert _said(
        "总书记参加植树活动",
        "央视网消息（新闻联播）：习近平总书记昨天（5月26日）在参加植树活动时强调，要坚持全民义务植树，守护好绿水青山。",
    ) == [("要坚持全民义务植树，守护好绿水青山。", "习近平")]


def test_the_day_in_brackets_after_today_keeps_a_reporter_source() -> None:
    said = _said(
        "夏粮收购工作部署",
        "记者今天（5月27日）从国家粮食和物资储备局了解到，今年夏粮收购即将开始。各地要严格执行收购政策，不得压级压价。",
    )
    assert said == [("各地要严格执行收购政策，不得压级压价。", "国家粮食和物资储备局")]


def test_bodies_named_together_demand_together() -> None:
    assert _said(
        "驻村工作队轮换",
        "今年年底前，各地驻村工作队员将完成轮换。教育部、民政部、国家乡村振兴局要求各地要做好交接，保持帮扶力度不减。",
    ) == [("各地要做好交接，保持帮扶力度不减。", "教育部、民政部、国家乡村振兴局")]


def test_bodies_after_a_preposition_are_no_speaker() -> None:
    assert not _said("春耕工作", "按照教育部、民政部部署，各地正开展春耕帮扶。")


def test_a_modal_that_says_what_kind_of_thing_something_is_orders_nothing() -> None:
    assert _said(
        "会议研究粮食安全",
        "会议指出，保障粮食安全，事关发展全局，是实现现代化必须守住的底线。会议强调，要压实耕地保护责任。",
    ) == [("要压实耕地保护责任。", "会议")]
    assert not is_directive_unit("守好生态红线，是新时代必须跨过的一道关。", attributed=True, in_list=False)


def test_an_order_with_a_remark_on_what_it_is_stays_an_order() -> None:
    text = "二是坚定不移推进依法行政，为改革提供制度保障，这是法治政府建设必须坚持的方向。"
    assert is_directive_unit(text, attributed=True, in_list=True, pointed=True)


def test_what_something_is_for_orders_nothing() -> None:
    assert not is_directive_unit(
        "从严管理的目的不是要束缚干部手脚，而是要营造干事创业的环境。", attributed=True, in_list=False
    )
    assert is_directive_unit(
        "兴办合作社的目的是增收，要坚持为民宗旨，优先吸纳困难群众。", attributed=True, in_list=False
    )


def test_what_is_needed_more_than_ever_is_a_judgement() -> None:
    assert not is_directive_unit("各国要应对共同挑战，比以往任何时候都更需要团结协作。", attributed=True, in_list=False)
    said = _said("座谈会", "习近平指出，要推进务实合作。面对新的挑战，我们比以往任何时候都更需要拿出务实举措。")
    assert ("面对新的挑战，我们比以往任何时候都更需要拿出务实举措。", "习近平") in said


def test_measures_opened_with_full_use_follow_the_demand() -> None:
    said = _said(
        "某镇召开防火工作会议",
        "会议要求,充分利用广播、微信群等多种方式宣传防火知识,营造群防群治氛围。各村要落实巡查责任。",
    )
    assert said == [
        ("充分利用广播、微信群等多种方式宣传防火知识,营造群防群治氛围。", "会议"),
        ("各村要落实巡查责任。", "会议"),
    ]


def test_an_appeal_names_the_public_last_among_others() -> None:
    said = _said(
        "关爱留守儿童倡议书",
        "某县妇联",
        "我们诚挚希望各企业、社会组织及爱心人士踊跃参与,为留守儿童送去温暖!",
    )
    assert [text for text, _ in said] == ["我们诚挚希望各企业、社会组织及爱心人士踊跃参与,为留守儿童送去温暖!"]


def test_an_appeal_heading_opened_with_heart_and_feeling_is_a_measure() -> None:
    said = _said(
        "关爱老人倡议书",
        "某区妇联向全区妇女发出以下倡议:",
        "主动问候独居老人。经常上门看望,了解老人冷暖。",
        "用心用情照料失能老人。协助家属做好日常照护。",
    )
    assert "用心用情照料失能老人。" in [text for text, _ in said]


def test_a_short_heading_numbered_in_figures_stands_over_its_line() -> None:
    said = _said(
        "某县关于开展核酸检测的公告",
        "全县居民:",
        "1、检测时间",
        "2022年5月5日上午",
        "2、检测地点",
        "请按照所在社区通知的地点前往。",
        "某县疫情防控指挥部",
    )
    assert "请按照所在社区通知的地点前往。" in [text for text, _ in said]
    assert not any(text.startswith("2、") for text, _ in said)


def test_a_measure_for_a_purpose_is_told_what_was_done_is_not() -> None:
    assert not is_directive_unit(
        "为确保冬季供暖稳定，我省大力增加煤炭储备，目前储量已达三个月用量。", attributed=True, in_list=False
    )
    assert not is_directive_unit(
        "鉴于天气恶劣，为了保障观众安全，并确保比赛公平进行，组委会已决定将决赛推迟一周举行。",
        attributed=True,
        in_list=False,
    )
    assert is_directive_unit("为确保冬季供暖稳定，加强煤炭调度。", attributed=True, in_list=False)


def test_a_city_that_convenes_a_meeting_after_the_province_speaks_through_it() -> None:
    said = _said(
        "某市传达省会议精神",
        "省会议结束后,某市接着召开会议,要求各地各部门认真贯彻落实省会议精神,查漏补缺。"
        "同时,要加强组织领导,落实各方责任;做好重点场所疫情防控。",
    )
    assert said == [
        ("各地各部门认真贯彻落实省会议精神,查漏补缺。", "会议"),
        ("同时,要加强组织领导,落实各方责任;", "会议"),
        ("做好重点场所疫情防控。", "会议"),
    ]


def test_a_body_that_convenes_a_meeting_demands_itself() -> None:
    assert _said("防汛部署", "国家防总今天（6月29日）召开专题会议，要求各级各有关部门全力防范山洪灾害。") == [
        ("各级各有关部门全力防范山洪灾害。", "国家防总")
    ]


def test_a_modal_inside_a_quoted_term_after_an_opening_term_orders_nothing() -> None:
    said = _said(
        "学习全会精神",
        "山西省委召开常委会议，要求全省党员干部原原本本学。"
        "“十四五”期间，山西将秉持“项目为王、改革为要”的理念，实现既定目标。",
    )
    assert said == [("全省党员干部原原本本学。", "山西省委")]


def test_a_sentence_quoted_whole_keeps_its_modal() -> None:
    assert _said("讲话", "习近平指出，“要把粮食生产放在突出位置，毫不放松抓好春耕”。") == [
        ("“要把粮食生产放在突出位置，毫不放松抓好春耕”。", "习近平")
    ]


def test_the_general_secretary_named_once_is_who_the_title_stands_for() -> None:
    said = _said(
        "振兴篇章",
        "党的十八大以来，各地按照习近平总书记擘画的蓝图奋进。国企改革，总书记牵挂于心。"
        "他指出，要把国有企业做强做优做大。沿着指引的方向，各地加快推进产业建设。向改革要动力。",
    )
    assert said == [("要把国有企业做强做优做大。", "习近平")]


def test_the_general_secretary_speaks_where_he_was() -> None:
    said = _said(
        "考察纪行",
        "今年4月，总书记在某省考察。习近平总书记来到种子实验室。考察中总书记强调，要抓紧培育优良品种。",
    )
    assert said == [("要抓紧培育优良品种。", "习近平")]


def test_what_he_felt_told_of_him_is_no_order() -> None:
    said = _said(
        "考察反响",
        "习近平总书记来到某地考察。总书记指出，要把治理经验总结好。",
        "对防汛救灾工作，总书记高度重视；对灾区群众，总书记十分牵挂。",
    )
    assert said == [("要把治理经验总结好。", "习近平")]


def test_what_follows_only_if_done_and_what_is_key_are_judgements() -> None:
    for text in (
        "把生态保护好，把生态优势发挥出来，才能实现高质量发展。",
        "乡村要振兴，因地制宜选择富民产业是关键。",
        "确保经济金融大局稳定，意义十分重大。",
        "向组织如实报告个人有关事项是领导干部必须遵守的政治纪律。",
    ):
        assert not is_directive_unit(text, attributed=True, in_list=False), text


def test_an_inspection_report_names_the_leader_who_goes_and_what_he_urges() -> None:
    said = _said(
        "督导防汛",
        "7月8日晚,县委书记、县防汛抗旱指挥部政委周某某前往部分乡镇督导防汛工作。"
        "他强调,当前防汛形势十分严峻,全县各级各部门务必要提高思想认识。",
        "随后,周某某来到某企业,实地察看隐患整改情况,叮嘱企业压实安全生产主体责任,加强现场管理。",
    )
    assert [text for text, _ in said] == [
        "当前防汛形势十分严峻,全县各级各部门务必要提高思想认识。",
        "企业压实安全生产主体责任,加强现场管理。",
    ]


def test_a_notice_a_post_shows_under_its_own_headline_speaks_for_its_issuer() -> None:
    line = (
        "根据某县人民政府发布的森林防火禁火令,每年3月10日至4月10日,在全县林区范围内,禁火。一起来看↓ "
        "某某县人民政府森林防火禁火令为切实抓好清明节期间的森林防火工作 ,确保全县森林资源安全,县政府决定,"
        "特发布森林防火禁火令。 一、禁火期:每年3月10日至4月10日。 二、禁火区域:在全县林区范围内。 "
        "三、凡进入林区人员必须遵守以下规定: (一)严禁吸烟; (二)严禁野外烤火。"
    )
    said = _said("[网友播报] 全县禁火!持续至4月10日!", line)
    assert [text.replace(" ", "") for text, _ in said] == [
        "三、凡进入林区人员必须遵守以下规定:(一)严禁吸烟;",
        "(二)严禁野外烤火。",
    ]
    assert {speaker for _, speaker in said} <= {"某某县人民政府", "县政府"}


def test_when_a_notice_lifts_later_and_a_penalty_without_a_comma_order_nothing() -> None:
    for text in (
        "二、以上命令停产复工、学校复课的时间将根据疫情变化情况,另行通知。",
        "对恶意散布不实信息的将由公安机关依法追究其相关法律责任。",
    ):
        assert not is_directive_unit(text, attributed=False, in_list=True, continued=True), text


def test_a_body_that_decides_asks_what_follows() -> None:
    said = _said(
        "启动防汛应急响应",
        "经会商研判,某省防汛抗旱指挥部决定于7月27日22时启动防汛四级应急响应。各级各部门要加强监测预警。",
    )
    assert said == [("各级各部门要加强监测预警。", "某省防汛抗旱指挥部")]


def test_a_decision_that_the_notice_then_sets_out_is_its_preamble() -> None:
    said = _said(
        "某县关于开展重点区域核酸检测的公告",
        "全县居民:",
        "为坚决阻断疫情传播,经县疫情防控指挥部研究,决定组织开展重点区域核酸检测。现将有关事项公告如下:",
        "一、请根据所在社区通知的采样点和时间段前往。",
    )
    assert [text for text, _ in said] == ["一、请根据所在社区通知的采样点和时间段前往。"]


def test_a_body_asks_those_taking_part_and_calls_on_women() -> None:
    assert _said("防疫要求", "北京冬奥组委要求参加人员佩戴口罩、充分消毒，并提醒沿途观众不要聚集。") == [
        ("参加人员佩戴口罩、充分消毒，并提醒沿途观众不要聚集。", "北京冬奥组委")
    ]
    said = _said("表彰大会", "全国妇联号召广大妇女以先进个人和集体为榜样，坚守本职岗位，贡献巾帼力量。")
    assert [speaker for _, speaker in said] == ["全国妇联"]
    assert not _said("讲话", "5年前，某国倡议召开全球妇女峰会，提出一系列合作倡议，已经得到全面落实。")


def test_what_learning_is_for_is_a_judgement() -> None:
    assert not is_directive_unit("学习党的创新理论的目的全在于运用。", attributed=True, in_list=False)


def test_a_leader_who_stresses_on_a_matter_speaks() -> None:
    said = _said(
        "县长检查森林防火",
        "2日,县长马某某一行先后来到多个乡镇,检查防火措施落实情况。马某某就相关工作强调:当前森林防火进入关键时期,"
        "各乡镇要高度重视,严防死守。",
    )
    assert said == [("当前森林防火进入关键时期,各乡镇要高度重视,严防死守。", "马某某")]
    assert not _said(
        "复工指南",
        "2月21日，某机制就指导落实疫情防控各项工作要求，推动企业有序复工，印发《复工疫情防控措施指南》。",
    )


def test_a_member_who_speaks_for_a_party_proposes() -> None:
    said = _said("政协常委会议", "张某某常委代表某党派中央发言提出，要发挥好法治固根本、稳预期的作用。")
    assert said == [("要发挥好法治固根本、稳预期的作用。", "张某某")]
