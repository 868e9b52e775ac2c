"""What blind texts of the thirty-second session showed: a State Council meeting's measures
that say what a rule changes from and to, or from when it applies; a city's warning form, with
its disclosure box above it and its fields (影响范围, 防范要求) set one a line; a site's footer
of link groups and a news app's prompt; the outlet a reporter's credit names."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.directives import find_directives
from parsers.document import parse_document
from parsers.layout import credit_outlet, is_page_furniture
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


@pytest.mark.parametrize(
    "line",
    [
        "政务新媒体",
        "部门街镇",
        "国务院部门网站",
        "地方政府网站",
        "市政府部门网站",
        "区(县)政府网站",
        "其他网站",
        "微信",
        "微博",
        "打开网易新闻 查看更多图片",
    ],
)
def test_a_sites_footer_and_a_news_apps_prompt_are_furniture(line: str) -> None:
    assert is_page_furniture(line)


def test_what_a_footer_word_says_in_a_sentence_is_no_furniture() -> None:
    assert not is_page_furniture("微信公众号发布了最新通告。")
    assert not is_page_furniture("国务院部门网站发布了通知。")


def test_the_outlet_a_credit_names_before_the_role() -> None:
    assert credit_outlet("长寿新闻网  记者 李秋晨") == "长寿新闻网"
    assert credit_outlet("南方日报记者 李凤祥") == "南方日报"
    assert credit_outlet("本报记者 张三") is None  # the page's own paper, named by its masthead
    assert credit_outlet("记者 张三") is None


CREDITED_UNDER_THE_HEADLINE = """您当前的位置: 首页 > 长寿动态

刘小强:时刻绷紧安全生产弦 确保群众平安祥和过节

日期:2023-01-12

长寿新闻网  记者 李秋晨

1月11日,区委书记刘小强带队检查指导安全生产工作。他强调,要坚决守住安全底线。

区领导冉洪参加。

扫一扫在手机打开当前页

微信

微博

政务新媒体

国务院部门网站

其他网站
"""


def test_an_outlets_credit_under_the_headline_is_the_source_and_the_footer_no_article() -> None:
    doc = parse_document(CREDITED_UNDER_THE_HEADLINE.encode(), source="page.txt", date=dt.date(2023, 1, 12))
    assert [(a.title, a.source, a.byline) for a in doc.articles] == [
        ("刘小强:时刻绷紧安全生产弦 确保群众平安祥和过节", "长寿新闻网", "李秋晨")
    ]


def test_what_the_meeting_heard_or_studied_then_its_verb_with_no_comma_after_it() -> None:
    # 会议听取…汇报，指出…: what it stresses, with no comma after the verb
    found = find_directives(
        ["会议听取安全生产治本攻坚三年行动进展情况汇报，指出安全生产事关人民群众生命财产安全，必须始终警钟长鸣。"]
    )
    assert [(d.speaker, d.text) for d in found] == [("会议", "安全生产事关人民群众生命财产安全，必须始终警钟长鸣。")]
    # 会议研究了…的政策措施,重点研究解决…问题,强调这是…: what it studied, then its verb
    found = find_directives(
        [
            "会议研究了全区水资源节约利用的政策措施,重点研究解决河套灌区“大水漫灌”问题,"
            "强调这是落实重要指示精神的重大政治任务,必须提高站位、提升水平。"
        ]
    )
    assert [d.text for d in found] == ["这是落实重要指示精神的重大政治任务,必须提高站位、提升水平。"]


def test_a_meeting_that_studied_a_long_list_of_reports_then_asks() -> None:
    found = find_directives(
        [
            "会议研究了自治区政府工作报告、2023年国民经济和社会发展计划执行情况及2024年国民经济和社会发展计划(草案)的报告、"
            "2023年财政预算执行情况及2024年财政预算(草案)的报告,要求结合各方面意见进一步修改完善,使报告充分体现党中央精神。"
        ]
    )
    assert [(d.speaker, d.text) for d in found] == [("会议", "结合各方面意见进一步修改完善,使报告充分体现党中央精神。")]


PEOPLE_DAILY_PAGE = """自治區政府召開常務會議

2024年01月12日08:53 | 來源:內蒙古日報
小字號

  1月11日,自治區主席王莉霞主持召開自治區政府常務會議。

  會議審議了關於進一步加強礦山安全生產工作的實施意見,強調要嚴格礦山安全准入,不折不扣抓好落實。(記者 章奎)

(責編:張雪冬、劉澤)

分享讓更多人看到

返回頂部
"""


def test_a_people_dailys_page_furniture_leaves_the_credit_at_the_texts_end() -> None:
    # 小字號 under the info line, 分享讓更多人看到 ⏎ 返回頂部 at the foot: the site's, so the reporter's
    # credit closing the last paragraph is the byline
    doc = parse_document(PEOPLE_DAILY_PAGE.encode(), source="page.txt", date=dt.date(2024, 1, 12))
    assert [(a.title, a.subtitle, a.source, a.byline) for a in doc.articles] == [
        ("自治區政府召開常務會議", None, "內蒙古日報", "章奎")
    ]


def test_a_measure_that_opens_on_yansu_goes_on_a_run_of_orders() -> None:
    # 严肃查处… (jieba reads 严肃查处 as a name), and the order after it
    found = find_directives(
        [
            "习近平指出，要加大对行贿行为惩治力度。严肃查处那些老是拉干部下水、危害一方的行贿人，通报典型案例。"
            "加大对行贿所获不正当利益的追缴和纠正力度。"
        ]
    )
    assert [d.text for d in found] == [
        "要加大对行贿行为惩治力度。",
        "严肃查处那些老是拉干部下水、危害一方的行贿人，通报典型案例。",
        "加大对行贿所获不正当利益的追缴和纠正力度。",
    ]


def test_what_to_take_a_thing_for_is_no_copula() -> None:
    # 把…看成是…: what to regard as what, inside an order; not a statement of what something is
    found = find_directives(
        ["习近平指出，要加强廉洁文化建设。深入开展党性党风党纪教育，把以权谋私、贪污腐败看成是极大的耻辱。"]
    )
    assert [d.text for d in found][-1] == "深入开展党性党风党纪教育，把以权谋私、贪污腐败看成是极大的耻辱。"


def test_why_something_must_be_asked_and_answered_orders_nothing() -> None:
    # 回答我们党为什么要自我革命…等重大问题: a question the speech answers, its 要 no modal
    found = find_directives(
        [
            "李希在主持会议时指出，习近平总书记发表的重要讲话，总结了全面从严治党的新进展、新成效，深刻阐述党的自我革命的"
            "重要思想，科学回答我们党为什么要自我革命、为什么能自我革命、怎样推进自我革命等重大问题，明确提出“九个以”的"
            "实践要求，对持续发力、纵深推进反腐败斗争作出战略部署。"
        ]
    )
    assert found == []


TRANSCRIPT = """国务院联防联控机制就重点人群疫情防控情况举行发布会(实录全文)

来源:中国网 2023-02-09 20:41:50

国务院联防联控机制2月9日在北京召开新闻发布会,介绍重点人群、重点机构、重点场所疫情防控情况。

主持人

国家卫生健康委新闻发言人、宣传司副司长

米锋

各位媒体朋友:

大家下午好!欢迎参加国务院联防联控机制举办的新闻发布会。

近期,全国疫情日趋平稳,总体向好态势持续巩固。要慎终如始抓好疫情防控,继续做好老年人等重点人群健康服务。

要重视商场、超市、农贸市场等重点场所疫情防控。
"""


def test_a_transcripts_label_set_over_lines_gives_the_floor_and_heads_no_text() -> None:
    # 主持人 ⏎ …新闻发言人、宣传司副司长 ⏎ 米锋: who speaks next, his title above his name; no headline
    doc = parse_document(TRANSCRIPT.encode(), source="page.txt", date=dt.date(2023, 2, 9))
    assert [a.title for a in doc.articles] == ["国务院联防联控机制就重点人群疫情防控情况举行发布会(实录全文)"]
    assert [(d.speaker, d.text) for d in doc.articles[0].directives] == [
        ("米锋", "要慎终如始抓好疫情防控,继续做好老年人等重点人群健康服务。"),
        ("米锋", "要重视商场、超市、农贸市场等重点场所疫情防控。"),
    ]


def test_bodies_that_held_a_consultation_then_ask() -> None:
    # 国家防总办公室、应急管理部27日组织…会商调度,要求…: the two bodies ask, and go on asking
    found = find_directives(
        [
            "据气象预测,未来三日,我国华北等地将有中到大雨。国家防总办公室、应急管理部27日组织防汛专题视频会商调度,"
            "要求要加强监测预警和会商研判,及时启动或调整应急响应。要加强信息报送,发生较大险情灾情要第一时间报告。"
        ]
    )
    assert [(d.speaker, d.text) for d in found] == [
        ("国家防总办公室、应急管理部", "要加强监测预警和会商研判,及时启动或调整应急响应。"),
        ("国家防总办公室、应急管理部", "要加强信息报送,发生较大险情灾情要第一时间报告。"),
    ]


XINHUA_COMMENTARY = """新华网 > > 正文
2022 02/ 17 15:32:24
来源:新华网

新华时评:抓好春耕备耕,力保夏粮丰收

  新华社北京2月17日电  题:抓好春耕备耕,力保夏粮丰收

  受去年秋汛影响,我国多地冬小麦播期拉长、晚播面积大。越是苗情复杂,越要抓好春耕备耕,力保夏粮丰收。

  时评指出,相关方面要因地因苗、因时因墒,把工作做实、做细、做好。
"""


def test_a_commentary_whose_title_names_its_column_speaks_in_its_voice() -> None:
    # 新华时评:… names who writes it; its 要 are the column's, and 时评指出， is the column speaking
    doc = parse_document(XINHUA_COMMENTARY.encode(), source="page.txt", date=dt.date(2022, 2, 17))
    assert [a.title for a in doc.articles] == ["新华时评:抓好春耕备耕,力保夏粮丰收"]  # not the crumbs nor the stamp
    assert [(d.speaker, d.text) for d in doc.articles[0].directives] == [
        ("新华时评", "越是苗情复杂,越要抓好春耕备耕,力保夏粮丰收。"),
        ("新华时评", "相关方面要因地因苗、因时因墒,把工作做实、做细、做好。"),
    ]


def test_a_crumb_trail_with_a_level_left_empty_and_a_bare_stamp_are_page_lines() -> None:
    assert is_page_furniture("新华网 > > 正文")
    assert is_info("2022 02/ 17 15:32:24")
    assert is_info("2022-02-17 15:32:24")
    assert not is_info("2022年2月17日，全市召开会议。")


def test_whom_a_notice_tells_before_its_points_and_a_closing_wish_order_nothing() -> None:
    # …,现就…事宜告知全镇广大居民朋友: (the points follow); 祝广大村民朋友度过…: a wish at the end
    found = find_directives(
        [
            "为确保人民群众生命财产安全,现就防汛抢险和汛期安全事宜告知全镇广大居民朋友:",
            "一、密切关注天气变化,及时收听收看天气预报。",
            "二、不要在河边玩耍。",
            "祝广大村民朋友度过一个平安、祥和、快乐的新春佳节。",
        ],
        title="天门市杨林街道办事处关于防汛的告知书",
    )
    assert [d.text for d in found] == ["一、密切关注天气变化,及时收听收看天气预报。", "二、不要在河边玩耍。"]


BJNEWS_PAGE = """新京报客户端

好新闻 无止境

立即打开
北京市疾控倡导市民就地过节 出京、返京前向社区、单位报备
新京报 记者 戴轩 编辑 樊一婧
2022-09-08 16:39

新京报讯(记者戴轩)9月8日,北京召开疫情防控新闻发布会。北京市疾控中心副主任刘晓峰表示,提醒广大市民,倡导就地过节,减少跨市活动。

来阅读我的更多文章吧
记者主页
相关推荐
"""


def test_a_papers_app_banner_and_its_editors_credit_are_not_the_texts() -> None:
    # 好新闻 无止境 ⏎ 立即打开: the app's banner over the headline; 编辑 樊一婧 after the reporter: no byline
    doc = parse_document(BJNEWS_PAGE.encode(), source="page.txt", date=dt.date(2022, 9, 8))
    first = doc.articles[0]
    assert (first.title, first.source, first.byline) == (
        "北京市疾控倡导市民就地过节 出京、返京前向社区、单位报备",
        "新京报",
        "戴轩",
    )
    assert all(a.title != "来阅读我的更多文章吧" for a in doc.articles)


def test_what_a_places_press_conference_asks_is_the_places() -> None:
    # 郑州市第29场…新闻发布会: no one is named asking, so the rules and advice it gives are the city's
    found = find_directives(
        [
            "1月11日,“郑州市新冠肺炎疫情防控”第29场新闻发布会在市政府新闻发布厅召开，通报最新进展情况。",
            "所有乘客须健康码绿码，并持有48小时内有效核酸阴性证明方可进站、乘车。",
        ],
        title="郑州市第29场新冠肺炎疫情防控新闻发布会",
    )
    assert [(d.speaker, d.text) for d in found] == [
        ("郑州市", "所有乘客须健康码绿码，并持有48小时内有效核酸阴性证明方可进站、乘车。")
    ]
    # a headline that names more than the conference (…发布会召开 …) names no host
    assert find_directives(["所有乘客须健康码绿码。"], title="郑州市召开新闻发布会通报疫情") == []
