"""Provincial and city meeting reports: officials named after their titles, and the
reporters credited in the dateline's brackets."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.directives import find_directives, split_attribution
from parsers.document import parse_document

PAGE = """省委常委会召开会议 研究部署疫情防控工作

本报讯（记者 王明 通讯员 李红）4月2日下午，省委书记、省人大常委会主任吴政隆主持召开省委常委会会议。

吴政隆在讲话中强调，各地各部门要坚决克服麻痹思想、厌战情绪。要毫不放松抓好外防输入；

省委副书记、省长许昆林在会上要求，要统筹抓好疫情防控和经济社会发展。他指出，必须压实四方责任。

会议要求，各级党委政府务必守住不发生规模性疫情的底线。
"""


def _parse(text: str) -> list[tuple[str, str | None]]:
    doc = parse_document(text.encode(), source="page.txt", date=dt.date(2022, 4, 3))
    return [(d.text, d.speaker) for d in doc.directives]


def test_an_official_named_after_a_list_of_titles_speaks() -> None:
    assert _parse(PAGE) == [
        ("各地各部门要坚决克服麻痹思想、厌战情绪。", "吴政隆"),
        ("要毫不放松抓好外防输入；", "吴政隆"),
        ("要统筹抓好疫情防控和经济社会发展。", "许昆林"),
        ("必须压实四方责任。", "许昆林"),
        ("各级党委政府务必守住不发生规模性疫情的底线。", "会议"),
    ]


@pytest.mark.parametrize(
    ("lead", "byline"),
    [
        ("本报讯（记者 王明 通讯员 李红）4月2日下午，省里召开会议。", "王明 李红"),
        (
            "新华社北京4月2日电（记者 张三、李四）国务院召开会议。",
            "张三、李四",
        ),  # names set off with 、 keep it, as written
        ("盐城晚报讯 4月2日晚，市里召开会议。", None),
        ("新华日报讯 记者 王梦然 4月8日下午，省里召开会议。", "王梦然"),
        ("本报南京4月2日讯（记者 张三）省里召开会议。", "张三"),
        ("新华日报讯 记者 王梦然 通讯员 李红 4月8日下午，省里召开会议。", "王梦然 李红"),
    ],
)
def test_the_reporters_credited_in_the_dateline_are_the_byline(lead: str, byline: str | None) -> None:
    doc = parse_document(f"某某会议召开\n\n{lead}\n".encode(), source="page.txt", date=dt.date(2022, 4, 3))
    assert [a.byline for a in doc.articles] == [byline]
    assert doc.articles[0].paragraphs[0] == lead


@pytest.mark.parametrize(
    ("closing", "byline"),
    [
        ("（記者 周瑩瑩）", "周瑩瑩"),  # at the end of the last paragraph
        ("\n記者 張三 通訊員 李四", "張三 李四"),  # on a line of its own
    ],
)
def test_a_traditional_pages_credit_is_the_byline_as_the_page_writes_it(closing: str, byline: str) -> None:
    text = f"市政府召開常務會議\n\n會議強調，要守土有責。{closing}\n"
    doc = parse_document(text.encode(), source="page.txt", date=dt.date(2020, 1, 31))
    assert [a.byline for a in doc.articles] == [byline]
    assert [d.text for d in doc.directives] == ["要守土有責。"]


@pytest.mark.parametrize(
    ("closing", "byline"),
    [
        ("\n（王炯）", "王炯"),  # names alone in brackets under the text
        ("（罗鸣灶 刘岩松）", "罗鸣灶 刘岩松"),  # …after the last sentence
        ("\n（玉溪日报全媒体记者 夏娜）", "夏娜"),  # the paper before the role
        ("\n(江苏广电总台·融媒体新闻中心记者王琎、臧西宁报道)", "王琎、臧西宁"),
        ("\n(新民晚报记者 陆梓华 见习记者 蔡骏)", "陆梓华 蔡骏"),
        ("\n东海新闻网 东海APP记者 钱一鸣", "钱一鸣"),  # an outlet, then its app
        ("（完）", None),
        ("\n（待续）", None),
    ],
)
def test_credits_under_the_text_in_the_forms_papers_use(closing: str, byline: str | None) -> None:
    doc = parse_document(f"某某会议召开\n\n会议强调，要守住底线。{closing}\n".encode(), source="p.txt")
    assert [a.byline for a in doc.articles] == [byline]
    assert [d.text for d in doc.directives] == ["要守住底线。"]


@pytest.mark.parametrize(
    ("lead", "source", "byline"),
    [
        ("本报讯（王拓 崔骏）4月2日，省里召开会议。", None, "王拓 崔骏"),  # names without a role
        ("新湖南客户端7月29日讯（通讯员 秦浩）省里召开会议。", "新湖南客户端", "秦浩"),
        ("本报讯（融媒体中心记者宋小亚）省里召开会议。", None, "宋小亚"),  # the paper's unit before the role
        ("福州日报讯（福州日报记者 黄凌）省里召开会议。", "福州日报", "黄凌"),
        ("本报讯（云南日报 记者雍明虹）省里召开会议。", None, "雍明虹"),
        ("本报讯（郑报全媒体记者 王际宾 王治）省里召开会议。", None, "王际宾 王治"),
        ("本报讯（记者 张三 实习生 李四）省里召开会议。", None, "张三 李四"),
    ],
)
def test_credits_in_the_dateline_in_the_forms_papers_use(lead: str, source: str | None, byline: str) -> None:
    doc = parse_document(f"某某会议召开\n\n{lead}\n".encode(), source="page.txt", date=dt.date(2022, 7, 30))
    assert [(a.source, a.byline) for a in doc.articles] == [(source, byline)]


def test_a_list_in_a_directive_is_not_taken_for_a_speaker() -> None:
    text = "会议强调，要加强交通、物流保障，确保物资运输畅通。要做好医疗、防疫物资储备。"
    assert _parse(f"某某会议召开\n\n{text}\n") == [
        ("要加强交通、物流保障，确保物资运输畅通。", "会议"),
        ("要做好医疗、防疫物资储备。", "会议"),
    ]


@pytest.mark.parametrize(
    ("unit", "speaker", "rest"),
    [
        ("省委书记吴政隆作出批示：要压实四方责任。", "吴政隆", "要压实四方责任。"),
        ("国务院总理李克强日前作出重要批示指出，要守住底线。", "李克强", "要守住底线。"),
        ("中共中央政治局常委、国务院总理李克强在会上指出，要守住底线。", "李克强", "要守住底线。"),
        ("江苏省委常委、苏州市委书记曹路宝强调，要守住底线。", "曹路宝", "要守住底线。"),
        ("吴政隆在南京主持召开省委常委会会议，强调要守住底线。", "吴政隆", "要守住底线。"),
        ("会议由省长许昆林主持，强调要守住底线。", "会议", "要守住底线。"),
        ("会议要求各地各部门切实压实责任。", "会议", "各地各部门切实压实责任。"),
        ("市委书记周斌在市分会场参加会议并在续会上讲话，强调要坚决贯彻省会议精神。", "周斌", "要坚决贯彻省会议精神。"),
        ("李克强在湖北调研，指出要统筹推进疫情防控。", "李克强", "要统筹推进疫情防控。"),
        ("吴政隆强调要坚决守住底线。", "吴政隆", "要坚决守住底线。"),
        ("他还强调要守住底线。", "", "要守住底线。"),  # "": the speaker named before
        # a meeting or an official does something first, then speaks
        ("王东听取汇报后强调，要严格落实各项措施。", "王东", "要严格落实各项措施。"),
        ("会议听取了汇报，指出，要从严从紧抓好防控。", "会议", "要从严从紧抓好防控。"),
        ("会议审议了《行动计划》，强调要深入贯彻落实。", "会议", "要深入贯彻落实。"),
        ("会议充分肯定前一阶段工作，强调越是形势严峻，越要保持清醒。", "会议", "越是形势严峻，越要保持清醒。"),
        ("李明对场所码的申领进行了再部署，他要求各级各部门要高度重视。", "李明", "各级各部门要高度重视。"),
        ("12月7日下午，市长刘新主持召开调度会，强调全市上下要统一思想。", "刘新", "全市上下要统一思想。"),
        ("省委书记吴政隆主持召开领导小组会议时强调，要进一步压实责任。", "吴政隆", "要进一步压实责任。"),
        ("周斌还对防范大风天气作出安排，要求各级各部门高度重视。", "周斌", "各级各部门高度重视。"),
        ("区领导要求，各板块、各部门要思想重视。", "区领导", "各板块、各部门要思想重视。"),  # unnamed
        ("二要突出重点，周密部署，毫不放松抓好防汛工作。", None, None),  # 周密 is how, not who
        ("文晓波指出，要做好防汛工作。", "文晓波", "要做好防汛工作。"),
        ("吴明智会议总结时强调，要做好防汛工作。", "吴明智", "要做好防汛工作。"),
        ("杜小刚实地检查防控措施落实情况，要求进一步完善应急预案。", "杜小刚", "进一步完善应急预案。"),
        ("杜小刚详细询问企业复工情况，要求进一步完善应急预案。", "杜小刚", "进一步完善应急预案。"),
        ("曹路宝、吴庆文强调，要全面贯彻落实。", "曹路宝、吴庆文", "要全面贯彻落实。"),  # together
        ("会议审议并原则通过了《关于“后发先至”的意见》等文件，要求深入贯彻。", "会议", "深入贯彻。"),
        # a name that is a word too, after a title (江华 is a county)
        ("市委副书记、市长江华强调，要认真贯彻落实。", "江华", "要认真贯彻落实。"),
        # a spokesman at a press conference
        ("米锋会上表示，要坚持群防群控。", "米锋", "要坚持群防群控。"),
        ("米锋称，抗击疫情需要群防群控，要加强个人防护。", "米锋", "抗击疫情需要群防群控，要加强个人防护。"),
        ("新闻发言人、宣传司副司长米锋表示，要继续做好防控。", "米锋", "要继续做好防控。"),
        # 介绍 attributes (a briefing's demands follow it); what it reports is no directive (below)
        ("米锋介绍，截至目前，各地要求的检测已完成。", "米锋", "截至目前，各地要求的检测已完成。"),
        ("据称，要继续做好防控。", None, None),
        ("工作要求各地落实。", None, None),
        ("要按照党中央、国务院部署，科学防控。", None, "要按照党中央、国务院部署，科学防控。"),
        ("默克尔：谎言和虚假信息不能抗击疫情德国总理默克尔日前在欧洲议会表示，控制疫情不能靠谎言。", None, None),
    ],
)
def test_attribution_forms_of_provincial_and_national_reports(unit: str, speaker: str | None, rest: str | None) -> None:
    found, text = split_attribution(unit)
    assert found == speaker
    assert text == (rest if rest is not None else unit)


def test_what_a_spokesman_reports_is_no_directive() -> None:
    assert find_directives(["米锋介绍，截至目前，各地要求的检测已完成。"]) == []


def test_he_is_the_person_the_paragraph_opened_with() -> None:
    page = (
        "吴政隆在全省疫情防控工作视频会议上强调\n\n新华日报讯 4月8日下午，省委书记吴政隆主持召开会议。"
        "省长许昆林主持会议。\n\n吴政隆充分肯定前一阶段工作。他指出，全省上下必须坚定不移坚持“动态清零”总方针。\n"
    )
    assert _parse(page) == [("全省上下必须坚定不移坚持“动态清零”总方针。", "吴政隆")]


def test_a_possessive_does_not_make_the_person_act() -> None:
    page = (
        "某某大会开幕\n\n新华社北京4月8日电 国务院副总理刘鹤以视频连线形式宣读了习近平的贺信并致辞。"
        "他表示，习近平总书记的贺信充分体现了党中央的高度重视，要认真学习领会。\n"
    )
    assert [s for _, s in _parse(page)] == ["刘鹤"]


def test_an_instruction_after_a_narrative_of_visits_leaves_the_narrative_out() -> None:
    page = (
        "李克强在河南考察\n\n新华社郑州11月4日电 李克强听取河南发展汇报，并先后来到企业和高校考察，"
        "强调要大力推动创新发展。李克强询问居民还有哪些困难，叮嘱要把群众冷暖挂在心上。\n"
    )
    assert _parse(page) == [("要大力推动创新发展。", "李克强"), ("要把群众冷暖挂在心上。", "李克强")]


@pytest.mark.parametrize(
    ("lead", "source", "place"),
    [
        ("本报南京4月2日讯（记者 张三）省里召开会议。", None, "南京"),
        ("中新网4月2日电 据国家卫健委网站消息，国务院召开会议。", "中新网", None),
        ("新华日报4月2日讯 省里召开会议。", "新华日报", None),
        ("新华社南京4月2日电（记者 张三）江苏省召开会议。", "新华社", "南京"),
    ],
)
def test_datelines_of_other_papers_and_sites(lead: str, source: str | None, place: str | None) -> None:
    doc = parse_document(f"某某会议召开\n\n{lead}\n".encode(), source="page.txt", date=dt.date(2022, 4, 3))
    article = doc.articles[0]
    assert (article.source, article.place, article.date) == (source, place, dt.date(2022, 4, 2))


def test_a_second_dateline_without_a_headline_starts_another_item() -> None:
    page = (
        "国内要闻\n\n本报讯（记者 张三）4月1日，市委召开会议。会议要求，要严格落实防控措施。\n\n"
        "本报讯（记者 李四）4月1日，市政府召开常务会议。周斌指出，要全力以赴稳增长。\n"
    )
    doc = parse_document(page.encode(), source="page.txt", date=dt.date(2022, 4, 3))
    assert [(a.title, a.byline) for a in doc.articles] == [("国内要闻", "张三"), (None, "李四")]
    assert [(d.text, d.speaker, d.article_index) for d in doc.directives] == [
        ("要严格落实防控措施。", "会议", 0),
        ("要全力以赴稳增长。", "周斌", 1),
    ]


def test_a_commentary_instructs_in_its_author_s_voice() -> None:
    page = (
        "坚定不移坚持动态清零总方针\n\n——论学习贯彻全省疫情防控工作会议精神\n\n本报评论员\n\n"
        "疫情防控是一场大战，也是一场大考。各级党员干部必须清醒认识疫情防控的复杂性。\n\n"
        "打赢疫情防控攻坚战，关键在于落实。要把“快”字贯穿始终，第一时间发现、第一时间处置。\n"
    )
    doc = parse_document(page.encode(), source="page.txt", date=dt.date(2022, 5, 8))
    (article,) = doc.articles
    assert article.subtitle == "论学习贯彻全省疫情防控工作会议精神"
    assert article.byline == "本报评论员"
    assert [(d.text, d.speaker) for d in doc.directives] == [
        ("各级党员干部必须清醒认识疫情防控的复杂性。", "本报评论员"),
        ("要把“快”字贯穿始终，第一时间发现、第一时间处置。", "本报评论员"),
    ]


@pytest.mark.parametrize("acts", ["深入基层检查工作", "前往企业督导", "带队检查疫情防控工作"])
def test_he_who_speaks_after_an_inspection_is_the_official_named(acts: str) -> None:
    assert _parse(f"省长检查工作\n\n省长王晓东{acts}。他强调，要严格落实各项措施。\n") == [
        ("要严格落实各项措施。", "王晓东")
    ]


def test_a_word_that_begins_with_yao_is_no_modal() -> None:
    assert _parse("某某会议召开\n\n会议指出，疫情防控是一稳皆稳、一失皆失的大事要事。要压实责任。\n") == [
        ("要压实责任。", "会议")
    ]


def test_a_reminder_to_the_public_is_its_issuers() -> None:
    text = "文旅部发布提示\n\n文化和旅游部提醒公众，元旦期间不要前往中高风险地区。\n"
    assert _parse(text) == [("元旦期间不要前往中高风险地区。", "文化和旅游部")]


def test_a_traditional_pages_speaker_is_named_as_the_page_writes_it() -> None:
    text = "省長信長星主持會議\n\n會議強調，要守土有責。信長星聽取情況介紹後強調，要嚴格按照規定執行。\n"
    assert _parse(text) == [("要守土有責。", "會議"), ("要嚴格按照規定執行。", "信長星")]


@pytest.mark.parametrize("line", ["原题：加强防控", "原標題：加強防控"])
def test_the_title_a_reposted_article_had_is_no_subtitle(line: str) -> None:
    doc = parse_document(f"市里召开会议\n\n{line}\n\n会议强调，要守住底线。\n".encode(), source="p.txt")
    assert [(a.title, a.subtitle) for a in doc.articles] == [("市里召开会议", None)]


def test_a_credit_line_with_a_name_spaced_out_is_the_byline() -> None:
    doc = parse_document(
        "某某会议召开\n\n记者 成 超\n\n导报讯 8月30日晚，区里召开会议。会议强调，要守住底线。\n".encode(),
        source="p.txt",
        date=dt.date(2022, 8, 31),
    )
    assert [a.byline for a in doc.articles] == ["成超"]


@pytest.mark.parametrize("each", ["各单位", "各部门", "全市各单位"])
def test_each_told_to_act_in_a_run_of_measures(each: str) -> None:
    text = f"某某会议召开\n\n会议要求，一要压实防汛责任；二要{each}加强抢险物资保障，提高应急处置能力。\n"
    assert [d for d, _ in _parse(text)][-1].endswith("提高应急处置能力。")
    assert len(_parse(text)) == 2


def test_a_retold_notices_emphasis_is_its_issuers() -> None:
    text = (
        "某某方案印发\n\n国务院联防联控机制综合组印发《工作方案》。《工作方案》要求，要坚持外防输入。"
        "强调严格人员出行要求，加强重点人员排查。\n"
    )
    assert [d for d, _ in _parse(text)] == ["要坚持外防输入。", "严格人员出行要求，加强重点人员排查。"]


@pytest.mark.parametrize(
    ("before", "name"),
    [("陈平在会上作了讲话，", "陈平"), ("吴新明参加会议并讲话。", "吴新明"), ("曹路宝肯定了前一阶段工作。", "曹路宝")],
)
def test_he_is_whom_the_text_just_named(before: str, name: str) -> None:
    text = f"某某会议召开\n\n会议由市长于玉主持。{before}他强调，全市各级要做好防汛工作。\n"
    assert _parse(text) == [("全市各级要做好防汛工作。", name)]


def test_names_before_reported_under_the_text_are_the_byline() -> None:
    doc = parse_document("某某会议召开\n\n会议强调，要守住底线。\n\n杨艳秋 徐子淳 报道\n".encode(), source="p.txt")
    assert [a.byline for a in doc.articles] == ["杨艳秋 徐子淳"]


def test_an_attribution_deep_in_a_long_unit_of_narrative() -> None:
    narrative = (
        "在城关镇卡口，市委书记李世书详细了解了人员车辆进出登记、体温检测、消杀防护、物资储备、值班值守、"
        "志愿者轮换、核酸采样点设置、隔离场所准备、冷链货物查验和周边群众生活物资保障等情况后"
    )
    text = f"某某调研\n\n{narrative}，他强调，各防控点要严格落实查验措施。\n"
    assert len(narrative) > 80
    assert _parse(text) == [("各防控点要严格落实查验措施。", "李世书")]


def test_a_page_that_prints_a_pinyin_reading_after_characters_is_read_without_them() -> None:
    # some mirror sites print the reading of each character they converted: 會(huì)議
    text = "市長主持會(huì)議\n\n會(huì)議強(qiáng)調(diào)，各級(jí)部門要認(rèn)真做好防控工作。要守土有責(zé)。\n"
    doc = parse_document(text.encode(), source="page.txt", date=dt.date(2022, 4, 3))
    assert [(d.text, d.speaker) for d in doc.directives] == [
        ("各級(jí)部門要認(rèn)真做好防控工作。", "會(huì)議"),  # the meeting as the page writes it
        ("要守土有責(zé)。", "會(huì)議"),
    ]
    # compared with the same line printed without readings, the two are one text
    plain = parse_document("市長主持會議\n\n會議強調，要守土有責。\n".encode(), source="plain.txt")
    assert doc.directives[1].norm == plain.directives[0].norm == "要守土有责"


def test_a_latin_name_in_brackets_is_no_reading() -> None:
    from parsers.normalize import for_reading

    assert for_reading("世界卫生组织(WHO)要求，莘(shēn)县要做好防控。") == "世界卫生组织(WHO)要求，莘县要做好防控。"


@pytest.mark.parametrize("attribution", ["会议要求，", "会议要求："])
def test_those_told_to_act_may_come_first_right_after_the_attribution(attribution: str) -> None:
    found = find_directives([f"{attribution}各地严格落实测温措施；各部门切实加强值班值守。"])
    assert [(d.speaker, d.text) for d in found] == [
        ("会议", "各地严格落实测温措施；"),
        ("会议", "各部门切实加强值班值守。"),
    ]


def test_the_points_under_a_demand_on_a_line_of_its_own_may_name_those_told_first() -> None:
    found = find_directives(["会议要求：", "各地严格落实测温措施。"])
    assert [(d.speaker, d.text) for d in found] == [("会议", "各地严格落实测温措施。")]


def test_a_doubled_comma_after_the_attribution_is_not_part_of_the_directive() -> None:
    found = find_directives(["会议强调,,要全面贯彻中央决策部署,,学深悟透政策文件。"])
    assert [d.text for d in found] == ["要全面贯彻中央决策部署,,学深悟透政策文件。"]


def test_an_official_who_heard_reports_and_praised_the_work_then_stressed_speaks() -> None:
    unit = "刘吉祥听取了各工作组情况汇报,肯定了大家的工作并强调,各成员单位要坚持问题导向。"
    assert split_attribution(unit) == ("刘吉祥", "各成员单位要坚持问题导向。")


def test_an_outlets_partner_app_and_desk_before_the_role_is_part_of_the_credit() -> None:
    text = (
        "常州召开发布会\n现代快报讯 11月5日，常州召开发布会。会议要求，要加快筛查。\n"
        "现代快报+/ZAKER南京记者 李梦雅 刘国庆\n"
    )
    [article] = parse_document(text.encode(), source="page.txt").articles
    assert article.byline == "李梦雅 刘国庆"
