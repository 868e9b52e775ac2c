"""Rules as health reminders, a county office's notices and mirrors of mainland reports are
written: a government site's disclosure box (索引号 | … | 发布机构 | …) that says who issued the
text and when; the text's own advice after 为此，建议:; a reminder whose title names who sends it,
and the day, after its kind (…紧急提醒2022年2月22日); advice at a clause's head (尽量少出门,
提倡电话拜年); whom a measure is for, named before a comma (全省各地教育部门，加强…); what the
demand is about before who demands it (关于招商引资工作，蒋华要求要…); a mirror's 就说 and a day
set off by a comma (孙绍骋10月1日晚间，在…时指出，); a page that spaces its punctuation
(…通行 , 切实…运行 。); what was done, gone on with (已暂停…，并且一律暂停…); one clause on what
a work bears on (做好…工作事关强国强军事业。).

The pages are written for these tests in the manner of such texts; none is copied from a real page.
"""

from __future__ import annotations

import datetime as dt

import pytest
from said import said_on

from parsers.directives import default_speaker, split_attribution
from parsers.document import parse_document
from parsers.normalize import clean_display

DAY = dt.date(2022, 8, 18)


def test_a_disclosure_box_says_who_issued_the_text_and_when() -> None:
    doc = parse_document(
        "\n".join(
            [
                "预计未来24小时我县山洪灾害风险较高",
                "索引号 | 00000000-X-/2021-0818002 | 发布机构 | 某县应急管理局 |",
                "公开目录 | 救灾备灾管理 | 发布日期 | 2021-08-18 |",
                "文号 | 浏览量 |",
                "据气象部门预计,未来24小时,我县大部地区仍将有中到大雨。",
                "过去24小时我县普降大雨,增加了山洪灾害诱发的可能性。为此,建议:各乡(镇)要高度重视,做好人员转移避险。",
            ]
        ).encode(),
        source="notice.txt",
    )
    (article,) = doc.articles
    assert (article.title, article.subtitle) == ("预计未来24小时我县山洪灾害风险较高", None)
    assert (article.source, article.date) == ("某县应急管理局", dt.date(2021, 8, 18))
    assert [(d.text, d.speaker) for d in article.directives] == [
        ("各乡(镇)要高度重视,做好人员转移避险。", "某县应急管理局")
    ]


def test_advice_after_therefore_is_the_texts_own_voice() -> None:
    assert split_attribution("为此，建议：各乡镇要高度重视。") == ("", "各乡镇要高度重视。")
    assert split_attribution("建议：市民减少外出。") == ("", "市民减少外出。")
    # a subject who advises is no bare verb
    assert split_attribution("专家建议：市民减少外出。")[0] != ""


def test_a_reminder_whose_title_names_who_sends_it_and_the_day() -> None:
    assert default_speaker("某市疾病预防控制中心紧急提醒2022年2月22日") == "某市疾病预防控制中心"
    assert default_speaker("某市疾控中心温馨提示") == "某市疾控中心"
    assert default_speaker("致全市市民的一封信") == "一封信"  # a title that names nobody: its kind
    doc = parse_document(
        "\n".join(
            [
                "某市疾病预防控制中心紧急提醒2022年2月22日",
                "1、2月5日(含)以来有某省旅居史的人员;",
                "请上述人员立即向所在社区报备,并配合做好核酸检测。",
            ]
        ).encode(),
        source="reminder.txt",
    )
    (article,) = doc.articles
    assert article.date == dt.date(2022, 2, 22)  # the title's day, not the day its text tells
    assert [(d.text, d.speaker) for d in article.directives] == [
        ("请上述人员立即向所在社区报备,并配合做好核酸检测。", "某市疾病预防控制中心")
    ]


def test_advice_at_a_clauses_head_under_a_reminder() -> None:
    lines = [
        "市疾控提醒市民朋友做好防护",
        "春节期间,人员流动大,市疾控中心提醒市民朋友记住以下要点。",
        "节日期间尽量少出门,避免前往人群密集的公共场所;提倡电话拜年,尽量减少人群聚集。",
    ]
    assert said_on(DAY, *lines)[-2:] == [
        ("节日期间尽量少出门,避免前往人群密集的公共场所;", "市疾控中心"),
        ("提倡电话拜年,尽量减少人群聚集。", "市疾控中心"),
    ]


def test_advice_words_in_a_report_of_what_was_done_order_nobody() -> None:
    lines = ["某市防控工作有序推进", "3月1日,某市召开会议。各企业尽量减少了人员聚集,复工进展顺利。"]
    assert said_on(DAY, *lines) == []


def test_whom_a_measure_is_for_named_before_a_comma() -> None:
    lines = [
        "省委常委会召开会议",
        "会议强调,全省各地教育部门,加强组织领导和责任落实,织密校园疫情防控网。制定并严格落实开学方案。",
    ]
    assert said_on(DAY, *lines) == [
        ("全省各地教育部门,加强组织领导和责任落实,织密校园疫情防控网。", "会议"),
        ("制定并严格落实开学方案。", "会议"),
    ]


@pytest.mark.parametrize(
    ("unit", "rest"),
    [
        ("关于招商引资工作,蒋华要求要发挥好领导示范作用。", "要发挥好领导示范作用。"),
        ("关于安全生产工作,蒋华强调要加强教育指导。", "要加强教育指导。"),
    ],
)
def test_what_a_demand_is_about_before_who_demands_it(unit: str, rest: str) -> None:
    assert split_attribution(unit, {"蒋华"}) == ("蒋华", rest)


def test_a_mirrors_said_and_a_day_set_off_by_a_comma() -> None:
    lines = [
        "防控疫情不松懈",
        "自治区党委书记孙绍骋就说,目前防疫要坚持严防死守。",
        "据报道,孙绍骋10月1日晚间,在主持领导小组会议时指出,必须采取一切可以采取的措施。",
    ]
    assert said_on(DAY, *lines) == [
        ("目前防疫要坚持严防死守。", "孙绍骋"),
        ("必须采取一切可以采取的措施。", "孙绍骋"),
    ]


def test_punctuation_a_page_spaces_is_read_without_the_spaces() -> None:
    assert (
        clean_display("调整优化管控措施 , 严禁擅自封闭高速公路出入口 。")
        == "调整优化管控措施,严禁擅自封闭高速公路出入口。"
    )
    # a space after a sentence's end may part two paragraphs a page ran together: it stays
    assert clean_display("现通告如下:一、禁止野外用火。 某县指挥部") == "现通告如下:一、禁止野外用火。 某县指挥部"
    doc = parse_document("某市通知\n\n会议要求 , 各地要严格落实措施 。\n".encode(), source="spaced.txt")
    assert [d.text for a in doc.articles for d in a.directives] == ["各地要严格落实措施。"]


def test_what_was_done_gone_on_with_orders_nobody() -> None:
    lines = [
        "会议部署防控工作",
        "会议要求,必须加大处置力度。",
        "某市目前已暂停各类公共文化场馆、观光景点营运,并且一律暂停餐饮堂食。",
    ]
    assert said_on(DAY, *lines) == [("必须加大处置力度。", "会议")]


def test_one_clause_on_what_a_work_bears_on_is_no_order() -> None:
    lines = ["国务院常务会议召开", "会议指出,做好军人抚恤优待工作事关强国强军事业。要严格按规定落实优待政策。"]
    assert said_on(DAY, *lines) == [("要严格按规定落实优待政策。", "会议")]
    # the work to act on, named with what it bears on, still orders
    assert said_on(DAY, "会议召开", "会议强调,要把事关群众切身利益的事情办好。") == [
        ("要把事关群众切身利益的事情办好。", "会议")
    ]


def test_what_the_speaker_will_do_with_others_is_no_addressee() -> None:
    lines = ["发展改革委介绍促消费举措", "发展改革委表示,下一步将会同相关部门,加快完善促进消费的体制机制。"]
    assert said_on(DAY, *lines) == []


def test_a_demand_gone_on_with_after_what_was_done_still_orders() -> None:
    lines = [
        "银保监会介绍金融支持",
        "银保监会表示,银行业机构提供的信贷支持已超过1.4万亿元,并要求对中小微企业不得抽贷、压贷、断贷。",
    ]
    assert [speaker for _, speaker in said_on(DAY, *lines)] == ["银保监会"]


def test_advocacy_inside_a_story_of_what_someone_did_orders_nobody() -> None:
    lines = [
        "总书记考察纪念馆",
        "习近平指出,张謇意识到实业才能救国,积极引进先进技术,提倡实干兴邦,兴办了一系列实业。",
    ]
    assert said_on(DAY, *lines) == []


def test_a_press_conference_report_titled_with_a_question_and_a_name_over_what_he_said() -> None:
    doc = parse_document(
        "\n".join(
            [
                "疫情防控新闻发布会|某专家:乘坐地铁公交,你戴口罩了没?",
                "某某新闻高级记者 陈斯斯 栾晓娜",
                "11月21日上午,某市举行疫情防控新闻发布会。",
                "张文宏:",
                "对老百姓而言,日常生活中依然面临输入性风险,所以要一直坚持外防输入。",
                "原标题:",
                "某市举行疫情防控新闻发布会",
            ]
        ).encode(),
        source="briefing.txt",
        date=dt.date(2020, 11, 21),
    )
    (article,) = doc.articles
    assert article.title == "疫情防控新闻发布会|某专家:乘坐地铁公交,你戴口罩了没?"
    assert article.byline == "陈斯斯 栾晓娜"
    assert [(d.text, d.speaker) for d in article.directives] == [
        ("对老百姓而言,日常生活中依然面临输入性风险,所以要一直坚持外防输入。", "张文宏")
    ]


def test_an_article_that_tells_no_date_is_of_the_documents_date() -> None:
    text = "某县召开防汛会议\n\n会议要求,各乡镇要加强值班值守。\n"
    doc = parse_document(text.encode(), source="undated.txt", date=dt.date(2021, 7, 1))
    assert [a.date for a in doc.articles] == [dt.date(2021, 7, 1)]
    # a date the text tells stays its own
    doc = parse_document(("某县召开防汛会议\n\n6月30日," + text.split("\n")[2]).encode(), source="d.txt", date=DAY)
    assert [a.date for a in doc.articles] == [dt.date(2022, 6, 30)]


def test_a_spokesman_named_with_his_titles_at_the_meeting() -> None:
    lines = [
        "国家卫健委:疫情防控形势依然严峻复杂",
        "国务院联防联控机制于5月23日下午召开发布会,国家卫生健康委发言人、宣传司副司长米锋会上表示,"
        "疫情防控形势依然严峻复杂。要以口岸地区防控为重点加强外防输入。",
    ]
    assert said_on(DAY, *lines) == [("要以口岸地区防控为重点加强外防输入。", "米锋")]


def test_a_body_that_reminds_as_follows_speaks_in_the_points() -> None:
    lines = [
        "某市启动防汛Ⅳ级应急响应",
        "预计7月22日我市有大到暴雨。",
        "市防汛抗旱指挥部办公室提醒如下:",
        "1.各级政府及相关部门按照职责做好防暴雨准备工作;",
        "2.驾驶人员应当注意道路积水,确保安全;",
    ]
    assert said_on(DAY, *lines) == [
        ("1.各级政府及相关部门按照职责做好防暴雨准备工作;", "市防汛抗旱指挥部办公室"),
        ("2.驾驶人员应当注意道路积水,确保安全;", "市防汛抗旱指挥部办公室"),
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "今天(1月18日),应急管理部调度部署春节假期全国安全防范工作。",
        "国家防总办公室、应急管理部9月11日组织防台风专题视频会商调度,研究部署重点地区防台风工作。",
    ],
)
def test_a_bodys_demand_after_the_sentence_that_says_what_it_did(lead: str) -> None:
    who = "应急管理部" if lead.startswith("今天") else "国家防总办公室、应急管理部"
    lines = ["部署安全防范工作", lead + "要求各地加强对人员密集场所的安全检查。同时,要做好雨雪冰冻灾害应对准备。"]
    assert said_on(DAY, *lines) == [
        ("各地加强对人员密集场所的安全检查。", who),
        ("同时,要做好雨雪冰冻灾害应对准备。", who),
    ]


def test_a_disclosure_box_set_out_with_spaces() -> None:
    doc = parse_document(
        "\n".join(
            [
                "某县市场监督管理局中秋节食品安全提示",
                "索  引  号 K00000000/2022-00470 主题分类",
                "发布机构 某县市场监督管理局 发布日期 2022-09-07 12:22",
                "名        称 某县市场监督管理局中秋节食品安全提示",
                "文        号 〔〕号 有  效  性",
                "来        源 某县市场监督管理局",
                "中秋佳节将至,请广大消费者注意防范食品安全风险。",
                "消费者发现食品安全违法行为的",
                "请拨打12315热线",
                "向市场监管部门投诉举报。",
            ]
        ).encode(),
        source="box.txt",
    )
    (article,) = doc.articles
    assert (article.subtitle, article.source, article.date) == (None, "某县市场监督管理局", dt.date(2022, 9, 7))
    assert [(d.text, d.speaker) for d in article.directives] == [
        ("中秋佳节将至,请广大消费者注意防范食品安全风险。", "某县市场监督管理局"),
        # a sentence the layout broke twice, read whole; a request to those it names, no comma before 请
        ("消费者发现食品安全违法行为的请拨打12315热线向市场监管部门投诉举报。", "某县市场监督管理局"),
    ]


def test_a_title_in_two_lines_that_ends_on_de_stays_a_title() -> None:
    doc = parse_document(
        "某镇党委政府致全镇父老乡亲的\n倡  议  书\n全镇广大父老乡亲:\n请大家不走亲访友,不聚会聚餐。\n".encode(),
        source="t.txt",
    )
    (article,) = doc.articles
    assert article.title is not None and article.title.startswith("某镇党委政府致全镇父老乡亲的")
    assert [d.text for d in article.directives] == ["请大家不走亲访友,不聚会聚餐。"]


def test_measures_a_decision_puts_in_force_follow_point_by_point() -> None:
    lines = [
        "8月7日,我市发现1例确诊病例,经专家组研判,指挥部决定自8月7日9时起,在我市城区实行三天临时性管控措施。",
        "一、严控人员聚集,不举办群体性活动。所有宗教活动场所暂时关闭。校外培训机构、旅游景点暂停营业。",
        "二、全市各餐饮单位暂停堂食。",
    ]
    assert said_on(DAY, *lines) == [
        ("一、严控人员聚集,不举办群体性活动。", "指挥部"),
        ("所有宗教活动场所暂时关闭。", "指挥部"),
        ("校外培训机构、旅游景点暂停营业。", "指挥部"),
        ("二、全市各餐饮单位暂停堂食。", "指挥部"),
    ]


def test_advice_after_when_or_whom_in_a_reminder() -> None:
    lines = [
        "某县市场监督管理局中秋节食品安全提示",
        "消费者在选购月饼时,建议去证照齐全的超市购买。购买时,注意查看包装是否完整。同时不宜与其他食品存放在一起。",
        "近日雾霾天气较重,公众需关注最新预报。假期用火增多,公众需注意燃气安全。",
    ]
    assert [text for text, _ in said_on(DAY, *lines)] == [
        "消费者在选购月饼时,建议去证照齐全的超市购买。",
        "购买时,注意查看包装是否完整。",
        "同时不宜与其他食品存放在一起。",
        "近日雾霾天气较重,公众需关注最新预报。",
        "假期用火增多,公众需注意燃气安全。",
    ]


@pytest.mark.parametrize(
    "unit",
    [
        "当前全民阅读还不够普及,建议加快立法进程。",  # a member's proposal, after the state of things
        "委员会认为上述草案已比较成熟,建议提请本次会议审议通过。",
        "我们注意到又一名美国公民失踪的消息。",  # noticed
    ],
)
def test_a_proposal_or_a_notice_taken_is_no_advice(unit: str) -> None:
    assert said_on(DAY, "某某委员发言", "某某委员说," + unit) == []


def test_an_engineer_named_with_his_title_demands() -> None:
    lines = [
        "区应急管理局开展节前安全检查",
        "区应急管理局党委委员、总工程师刘建华要求:一是抓思想认识,要深刻认识当前严峻的安全生产形势;"
        "二是抓应急值守,要落实好领导带班值班制度。",
    ]
    assert said_on(DAY, *lines) == [
        ("一是抓思想认识,要深刻认识当前严峻的安全生产形势;", "刘建华"),
        ("二是抓应急值守,要落实好领导带班值班制度。", "刘建华"),
    ]


def test_measures_in_force_for_those_a_notice_names_first() -> None:
    lines = [
        "全市实行封闭式管理",
        "全体市民:",
        "鉴于近期出现多点散发病例,市疫情防控指挥部决定,启动三轮全员核酸检测,现将有关事项通知如下:",
        "一、机关居家办公,企事业单位停止运营。除参与防疫工作的人员之外,全市所有行政事业单位人员全部居家办公;"
        "学校停课,公交、出租车、地铁停运。全市小区(村)、单位实行封闭式管理。",
        "某市疫情防控指挥部",
        "2022年3月11日",
    ]
    assert [text for text, _ in said_on(DAY, *lines)] == [
        "一、机关居家办公,企事业单位停止运营。",
        "除参与防疫工作的人员之外,全市所有行政事业单位人员全部居家办公;",
        "学校停课,公交、出租车、地铁停运。",
        "全市小区(村)、单位实行封闭式管理。",
    ]
    # narrative of what others did is no measure in force
    assert said_on(DAY, "某国举行军演", "某国军队当天实施海上射击训练。政策实施预测今年增加消费2000亿元。") == []
