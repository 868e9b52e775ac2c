"""Rules as reports and reposts give them: a point numbered with a full stop (1。…), a notice's
number with its year in brackets (〔2021〕第17号通告) under a post's tags, a body's notice dated in
brackets, the situation before whom a notice demands of, a ministry's rules told after 针对…,
a guideline that goes on demanding (新版指南继续要求), an inspector who goes in some guise and
tells those in charge what to do, a mayor still a candidate, and a thing to do named by a verb
that ends in 提醒 (which is nobody speaking)."""

from __future__ import annotations

import datetime as dt

from said import said_on

from parsers.directives import (
    default_speaker,
    is_directive_unit,
    markers,
    speaker_of,
    split_attribution,
    split_units,
)
from parsers.document import parse_document
from parsers.layout import is_byline, is_page_furniture
from parsers.webinfo import info_source, is_info

DAY = dt.date(2022, 5, 18)


def _said(*lines: str) -> list[tuple[str, str | None]]:
    return said_on(DAY, *lines)


def test_a_point_numbered_with_a_full_stop_is_one_unit() -> None:
    text = "现将有关事项通告如下:1。封控区继续严格执行防控措施。2。农村大集继续暂停营业。"
    assert split_units(text) == [
        "现将有关事项通告如下:",
        "1。封控区继续严格执行防控措施。",
        "2。农村大集继续暂停营业。",
    ]
    assert split_units("今年增长了2。下一步要加强监测。") == ["今年增长了2。", "下一步要加强监测。"]


def test_points_numbered_with_full_stops_are_the_notices_measures() -> None:
    said = _said(
        "某区新冠肺炎疫情防控指挥部通告",
        "为巩固疫情防控成果,经研究,现将有关事项通告如下:1。封控区、管控区继续严格执行疫情防控相关措施。",
        "2。其他事项按照市指挥部通告要求执行。",
        "某区新冠肺炎疫情防控指挥部",
        "2022年5月18日",
    )
    assert said == [
        ("1。封控区、管控区继续严格执行疫情防控相关措施。", "某区新冠肺炎疫情防控指挥部"),
        ("2。其他事项按照市指挥部通告要求执行。", "某区新冠肺炎疫情防控指挥部"),
    ]


def test_a_notice_numbered_with_its_year_names_its_issuer() -> None:
    title = "厦门市同安区应对新冠肺炎疫情工作指挥部〔2021〕第17号通告"
    assert default_speaker(title) == "厦门市同安区应对新冠肺炎疫情工作指挥部"


def test_a_posts_tags_before_the_notices_title_are_left_out() -> None:
    said = _said(
        "刚刚!同安区发布通告!划定18个封控区!",
        "#福建疫情最新情况##福建疫情速报#【刚刚!同安区发布通告!】同安区应对新冠肺炎疫情工作指挥部〔2021〕第17号通告",
        "为做好疫情防控工作,现将相关事项通告如下:",
        "一、划定封控区18个,实行“区域封闭,足不出户,服务上门”。",
    )
    assert said == [("一、划定封控区18个,实行“区域封闭,足不出户,服务上门”。", "同安区应对新冠肺炎疫情工作指挥部")]


def test_a_notice_dated_in_half_width_brackets_demands() -> None:
    unit = "国务院联防联控机制今天(11月24日)发布通知,要求各地做好冬春季防控工作。"
    assert split_attribution(unit) == ("国务院联防联控机制", "各地做好冬春季防控工作。")


def test_the_situation_then_whom_the_notice_demands_of() -> None:
    said = _said(
        "国务院联防联控机制印发通知要求 做好冬春季重点传染病防控工作",
        "《通知》指出,今冬明春可能面临多种呼吸道疾病叠加流行的局面,要求各地切实落实口岸疫情防控;"
        "加强医疗救治应对准备,统筹调配医疗资源。",
    )
    assert [text for text, _ in said] == [
        "今冬明春可能面临多种呼吸道疾病叠加流行的局面,要求各地切实落实口岸疫情防控;",
        "加强医疗救治应对准备,统筹调配医疗资源。",
    ]


def test_a_demand_made_before_and_retold_is_no_order_of_the_day() -> None:
    said = _said(
        "中共中央政治局常务委员会召开会议",
        "会议指出，某地发生疫情以来，习近平总书记高度重视，作出重要指示，要求各级党委和政府要把人民群众生命安全放在第一位。"
        "会议强调，要加强联防联控工作。",
    )
    assert said == [("要加强联防联控工作。", "会议")]


def test_a_ministrys_rules_after_what_they_concern() -> None:
    assert split_attribution("针对娱乐场所的恢复开放,文旅部要求娱乐场所应当采取预约消费等措施。") == (
        "文旅部",
        "娱乐场所应当采取预约消费等措施。",
    )
    unit = "针对剧场的恢复开放,文旅部要求在充分做好防疫措施的情况下,在低风险地区,可以举办营业性演出活动。"
    assert split_attribution(unit) == ("文旅部", "在充分做好防疫措施的情况下,在低风险地区,可以举办营业性演出活动。")


def test_a_guideline_goes_on_demanding() -> None:
    who, rest = split_attribution("新版指南继续要求,剧院等演出场所要坚持常态防控、有序开放。")
    assert who is not None and rest == "剧院等演出场所要坚持常态防控、有序开放。"


def test_an_inspector_in_some_guise_tells_those_in_charge() -> None:
    said = _said(
        "郭云强带队暗访疫情防控工作",
        "8月17日下午,区长郭云强带队暗访督查我区疫情防控工作。",
        "随后,郭云强以普通市民身份,随机暗访了家庭旅馆等,针对现场发现的问题,郭云强及时劝导,并交代相关负责人要查补漏洞、严格落实防控工作。",
    )
    assert said == [("相关负责人要查补漏洞、严格落实防控工作。", "郭云强")]


def test_a_mayor_still_a_candidate_speaks() -> None:
    unit = "市委副书记、市长候选人刘存磊在讲话中指出,全市上下要始终保持警惕。"
    assert split_attribution(unit) == ("刘存磊", "全市上下要始终保持警惕。")


def test_a_thing_to_do_that_ends_in_a_reminder_is_nobody_speaking() -> None:
    said = _said(
        "我市召开防台风工作会议",
        "会议要求,各地要严防次生灾害;要加强防灾宣传,强化台风动态等防灾提醒,做到家喻户晓;要加强值班值守。",
    )
    assert [text for text, _ in said] == [
        "各地要严防次生灾害;",
        "要加强防灾宣传,强化台风动态等防灾提醒,做到家喻户晓;",
        "要加强值班值守。",
    ]
    assert {speaker for _, speaker in said} == {"会议"}


def test_an_accounts_call_to_follow_it_is_page_furniture() -> None:
    assert is_page_furniture("点击上方蓝字关注我们")
    assert is_page_furniture("点击蓝字 关注我们")
    assert not is_page_furniture("点击量突破十万")


def test_a_notice_reported_then_set_out_speaks_for_its_issuer() -> None:
    said = _said(
        "防汛应急措施",
        "8月2日12时,某市人民政府防汛抗旱指挥部发布《关于在市城区采取防汛应急措施的通告》,将应急响应提升为三级。",
        "通告如下:",
        "一、广大市民要密切关注临时交通管制和绕行提醒,非必要不外出。",
        "二、广大市民如遇危险,请拨打110求救。",
    )
    assert said == [
        ("一、广大市民要密切关注临时交通管制和绕行提醒,非必要不外出。", "某市人民政府防汛抗旱指挥部"),
        ("二、广大市民如遇危险,请拨打110求救。", "某市人民政府防汛抗旱指挥部"),
    ]


def test_a_lead_that_asks_for_the_points_makes_each_a_measure() -> None:
    said = _said(
        "某市三防指挥部关于启动防风III级应急响应的通告",
        "经会商研判,某市三防指挥部决定启动防风III级应急响应。请各位市民和相关单位落实以下防范措施:",
        "一、全市中小学校(幼儿园)有序采取停课措施,妥善安置在校学生。",
        "二、全市在建工地做好机械设施设备的加固工作。",
    )
    assert [text for text, _ in said] == [
        "一、全市中小学校(幼儿园)有序采取停课措施,妥善安置在校学生。",
        "二、全市在建工地做好机械设施设备的加固工作。",
    ]


def test_the_notice_a_post_shows_below_is_part_of_the_post() -> None:
    doc = parse_document(
        "\n".join(
            [
                "全市中小学幼儿园停课!防风应急响应升级为Ⅲ级",
                "10月8日,市三防指挥部发布通告,全市中小学校有序采取停课措施。",
                "详情如下",
                "↓↓↓",
                "某市三防指挥部",
                "关于启动防风III级应急响应的通告",
                "经会商研判,某市三防指挥部决定于10月8日12时起启动防风III级应急响应。请各位市民和相关单位落实以下防范措施:",
                "一、回港避风船舶不得擅自离港。",
            ]
        ).encode(),
        source="page.txt",
        date=DAY,
    )
    assert [a.title for a in doc.articles] == ["全市中小学幼儿园停课!防风应急响应升级为Ⅲ级"]
    assert [d.text for d in doc.articles[0].directives] == ["一、回港避风船舶不得擅自离港。"]


def test_a_document_named_by_its_year_demands() -> None:
    unit = "《2023年森林草原防火命令》要求,森林草原防火区禁止吸烟、烧纸等非生产性用火;"
    assert split_attribution(unit) == ("命令", "森林草原防火区禁止吸烟、烧纸等非生产性用火;")
    assert split_attribution("请进出县城的车辆严格按照通告要求,有序行驶,积极配合检查;")[0] is None


def test_a_name_that_is_a_word_too_speaks_once_a_title_named_it() -> None:
    said = _said(
        "玉溪召开疫情防控工作调度会议",
        "9月10日,我市召开疫情防控工作调度会议。市委副书记、市长江华强调,要认真贯彻落实相关部署要求。",
        "江华对前一阶段工作取得的成效表示肯定,强调各级各部门要认清形势,持续绷紧疫情防控这根弦。",
    )
    assert said == [
        ("要认真贯彻落实相关部署要求。", "江华"),
        ("各级各部门要认清形势,持续绷紧疫情防控这根弦。", "江华"),
    ]


def test_an_order_that_names_bodies_is_no_attribution() -> None:
    unit = "各地各部门要按照党中央、国务院部署，抓好常态化疫情防控。"
    assert split_attribution(unit) == (None, unit)


def test_what_the_speaker_will_do_is_a_pledge() -> None:
    said = _said(
        "省长参加防汛抗旱工作视频会",
        "6月23日下午,省长王某某参加防汛抗旱工作视频会。他表示,将坚决贯彻党中央决策部署,全力确保人民群众生命财产安全。",
        "王某某强调,要着力拧紧责任链条,持续压紧压实各级属地责任。",
    )
    assert said == [("要着力拧紧责任链条,持续压紧压实各级属地责任。", "王某某")]


def test_a_sites_credit_on_a_line_of_its_own_is_the_source() -> None:
    doc = parse_document(
        "市委常委会召开会议\n德州新闻网讯\n12月25日,市委常委会召开会议。会议要求,各级各部门要狠抓落实。\n".encode(),
        source="page.txt",
        date=DAY,
    )
    article = doc.articles[0]
    assert (article.subtitle, article.source) == (None, "德州新闻网")


def test_an_info_line_whose_spaces_the_encoding_lost_is_still_one() -> None:
    assert is_info("2020-04-13 10:54:58??来源:福建省应急管理厅官网 责任编辑:陈静 我来说两句 |")


def test_a_row_of_the_pages_tools_is_furniture() -> None:
    assert is_page_furniture("打印 | 收藏 | 發(fā)給好友 【字號 大 中 小】 |")
    assert is_page_furniture("|")


def test_bodies_that_advocate_to_the_public_appeal() -> None:
    said = _said(
        "文明祭祀倡议书",
        "为推崇文明祭祀、严防森林火灾,某县应急管理局、某县森林草原防灭火指挥部办公室特向全县人民群众发出倡议:",
        "倡导广大人民群众摈弃不文明的祭祀方式,积极通过鲜花祭扫等方式来寄托哀思。",
    )
    assert said == [
        (
            "倡导广大人民群众摈弃不文明的祭祀方式,积极通过鲜花祭扫等方式来寄托哀思。",
            "某县应急管理局、某县森林草原防灭火指挥部办公室",
        )
    ]
    assert markers("罗格先生为促进奥林匹克运动健康发展特别是倡导青年体育作出了积极努力。") == []


def test_a_reminder_to_you_speaks() -> None:
    assert split_attribution("县应急管理局、县气象局提醒您:请注意做好防御工作。") == (
        "县应急管理局、县气象局",
        "请注意做好防御工作。",
    )


def test_a_reporters_credit_spaced_to_the_width_of_the_others_is_a_byline() -> None:
    assert is_byline("记 者:罗晓婷")
    assert is_page_furniture("热门评论")
    assert is_page_furniture("预览时标签不可点收录于合集#个上一")


def test_an_official_named_with_his_title_who_went_somewhere_lately_speaks_as_he() -> None:
    said = _said(
        "汪洋在上海浙江调研",
        "全国政协主席汪洋近日在上海、浙江就协商专题开展调研。他强调，建设高质量教育体系，事关全局。要深入学习贯彻相关重要论述。",
    )
    assert said == [("要深入学习贯彻相关重要论述。", "汪洋")]


def test_a_brief_headline_run_into_its_lead_is_left_out() -> None:
    assert split_units(
        "文化和旅游部要求景区“五一”假期加强疫情防控今天（4月28日），文化和旅游部要求各地景区严格落实限量要求；"
        "首届消博会将有2500多个国内外品牌参展记者今天（4月28日）从商务部了解到，消博会将举行。"
        "国际人士：美国从俄乌冲突中牟利 北约应解散国际人士指出，北约是进攻性军事同盟。"
        "国务院新闻办公室今天（4月28日）举行发布会。"
    ) == [
        "今天（4月28日），文化和旅游部要求各地景区严格落实限量要求；",
        "记者今天（4月28日）从商务部了解到，消博会将举行。",
        "国际人士指出，北约是进攻性军事同盟。",
        "国务院新闻办公室今天（4月28日）举行发布会。",
    ]


def test_what_others_say_is_not_the_speakers() -> None:
    said = _said(
        "俄乌冲突",
        "美国国务院发言人16日称，注意到有关消息。国际人士指出，以美国为首的北约是进攻性军事同盟，应该解散。",
    )
    assert said == []


def test_an_unnamed_spokesperson_speaks_for_the_body() -> None:
    said = _said(
        "国务院联防联控机制发布会",
        "国家卫生健康委新闻发言人介绍，各地正在抓实抓细做好疫情防控，要根据检测结果做好风险研判。",
    )
    assert said == [("各地正在抓实抓细做好疫情防控，要根据检测结果做好风险研判。", "国家卫生健康委新闻发言人")]


def test_an_official_who_heard_on_a_subject_or_set_out_the_work_speaks() -> None:
    assert split_attribution("曹拥军专题听取了各乡镇排查情况,并指出,各乡(镇)要严格排查。")[0] == "曹拥军"
    unit = "省长冯飞就我省下一步疫情防控工作进行动员部署,指出要坚定不移贯彻落实相关部署。"
    assert split_attribution(unit) == ("冯飞", "要坚定不移贯彻落实相关部署。")


def test_what_a_government_will_go_on_doing_is_a_pledge() -> None:
    unit = "中国政府将继续坚定不移地贯彻落实“一国两制”方针，坚决反对任何外部势力干涉香港事务。"
    assert not is_directive_unit(unit, attributed=True, in_list=False)


def test_an_unnamed_official_in_charge_speaks_for_the_body() -> None:
    assert speaker_of("国家卫健委有关负责人") == "国家卫健委有关负责人"
    assert speaker_of("各中央巡视组组长") == "各中央巡视组组长"
    assert speaker_of("各地有关负责人") is None


def test_whom_a_side_stands_by_is_no_order() -> None:
    unit = "中方全力支持印尼主持召开二十国集团领导人巴厘岛峰会，愿同印尼加强协调配合，确保峰会取得圆满成功。"
    assert not is_directive_unit(unit, attributed=True, in_list=False)


def test_an_inspection_on_an_occasion_then_a_day_is_still_told() -> None:
    said = _said(
        "市长检查节日值班工作",
        "中秋假期第一天,9月15日上午,市长葛斌来到市政府总值班室,看望慰问在岗值班人员,强调要深入践行以人民为中心的发展思想。",
    )
    assert said == [("要深入践行以人民为中心的发展思想。", "葛斌")]


def test_marks_beside_a_character_the_encoding_lost_end_nothing() -> None:
    assert split_units("要紧盯矿山、?;?、工贸等重点行业领域,突出防控重特大事故。继续执行?《通告》。你去吗?我去。") == [
        "要紧盯矿山、?;?、工贸等重点行业领域,突出防控重特大事故。",
        "继续执行?《通告》。",
        "你去吗?",
        "我去。",
    ]


def test_a_body_named_before_its_decision_decides() -> None:
    said = _said(
        "关于延长中心城区静态管理时间的通告(第36号)",
        "为最大程度保障人民群众生命安全,市新冠肺炎疫情联防联控指挥部研究决定,继续执行《关于进一步加强中心城区疫情防控工作的通告》。",
        "某市新冠肺炎疫情联防联控指挥部办公室",
        "2022年4月5日",
    )
    assert said == [("继续执行《关于进一步加强中心城区疫情防控工作的通告》。", "某市新冠肺炎疫情联防联控指挥部办公室")]


def test_a_body_that_convenes_a_meeting_named_by_its_kind_demands() -> None:
    unit = "省防汛抗旱指挥部当晚召开全省防汛减灾工作调度会,强调要深入贯彻落实重要指示精神,始终坚持人民至上。"
    assert split_attribution(unit) == ("省防汛抗旱指挥部", "要深入贯彻落实重要指示精神,始终坚持人民至上。")


def test_a_source_line_in_brackets_names_the_source_without_them() -> None:
    assert info_source(["(来源:四川日报)"]) == "四川日报"
    assert info_source(["来源:新华网(北京)"]) == "新华网"  # a remark in brackets is no part of it either


def test_the_small_semicolon_ends_a_unit() -> None:
    assert split_units("要严格落实“三管三必须”要求,压紧压实各方责任﹔要加强作风建设。") == [
        "要严格落实“三管三必须”要求,压紧压实各方责任﹔",
        "要加强作风建设。",
    ]


def test_a_notice_titled_by_its_kind_alone_speaks_for_the_body_its_info_line_names() -> None:
    said = _said(
        "公告",
        "来源:县新冠肺炎疫情防控工作指挥部      发布时间:2020-01-26",
        "为全力防控疫情,特提醒广大群众提高防范意识,遵守以下“十不准”,确保自身和家人身体健康。",
        "二、不举办各种娱乐聚会活动,不办酒宴。",
        "对违反禁令造成严重后果的当事人,将依据《中华人民共和国传染病防治法》等相关法律法规处理。",
    )
    assert [speaker for _, speaker in said] == ["县新冠肺炎疫情防控工作指挥部"] * 2
    assert said[1][0] == "二、不举办各种娱乐聚会活动,不办酒宴。"
