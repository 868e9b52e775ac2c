"""Reports copied from a news site as text: headlines with commas in them, the site's
info lines between the headline and the lead, a source line under the text, an
attribution set on a line of its own.

The pages here are written for these tests in the manner of such copies (a city
paper's site, a province's portal); none is copied from a real page.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bulletin_diff.records import Article, ParsedDocument
from parsers.document import parse_document


def parse(text: str, date: dt.date | None = dt.date(2022, 4, 2)) -> ParsedDocument:
    return parse_document(text.encode(), source="copy.txt", date=date)


def only(doc: ParsedDocument) -> Article:
    assert len(doc.articles) == 1, [a.title for a in doc.articles]
    return doc.articles[0]


@pytest.mark.parametrize(
    "headline",
    [
        "张明召开续会,调度全市疫情处置工作",
        "市委常委会召开会议：以快制快控制疫情，一鼓作气打赢攻坚战",
        "王强主持召开全市疫情防控、安全生产和民生实事工作调度会",
    ],
)
def test_a_headline_with_a_comma_a_colon_or_a_list_heads_the_page(headline: str) -> None:
    doc = parse(f"{headline}\n\n4月1日晚,市委书记张明主持召开会议。会议强调,要从严从紧抓好防控。\n")
    article = only(doc)
    assert article.title == headline
    assert article.date == dt.date(2022, 4, 1)
    assert [(d.text, d.speaker) for d in doc.directives] == [("要从严从紧抓好防控。", "会议")]


def test_a_headline_with_a_comma_after_an_article_that_ended() -> None:
    doc = parse(
        "市里召开会议\n\n4月1日，市里召开会议。会议要求，要做好保供。\n\n记者 李青\n\n"
        "坚定信心，同舟共济\n\n4月2日上午，区里召开会议。会议强调，要守住底线。\n"
    )
    assert [(a.title, a.byline, a.date) for a in doc.articles] == [
        ("市里召开会议", "李青", dt.date(2022, 4, 1)),
        ("坚定信心，同舟共济", None, dt.date(2022, 4, 2)),
    ]


def test_the_sites_info_lines_are_neither_subtitle_nor_text() -> None:
    doc = parse(
        "常山市疫情防控指挥部召开会议\n\n发布时间:2022-04-02 09:38\n\n来源:常山日报\n\n作者:袁林\n\n"
        "4月1日晚,常山市疫情防控指挥部召开会议。会议要求,各地要加快筛查。\n",
        date=None,
    )
    article = only(doc)
    assert (article.title, article.subtitle, article.source, article.byline) == (
        "常山市疫情防控指挥部召开会议",
        None,
        "常山日报",
        "袁林",
    )
    assert article.date == dt.date(2022, 4, 1)  # the meeting's, not the posting's
    assert doc.document.date == dt.date(2022, 4, 2)  # the page was posted then
    assert [d.text for d in doc.directives] == ["各地要加快筛查。"]


def test_a_time_stamp_alone_under_the_headline_is_no_subtitle() -> None:
    doc = parse("区里部署疫情防控工作\n\n2022-04-05 00:05\n\n4月4日，区里召开会议。会议强调，要织密防线。\n")
    article = only(doc)
    assert (article.subtitle, article.date) == (None, dt.date(2022, 4, 4))


def test_a_source_line_under_the_text_names_the_source_and_starts_no_article() -> None:
    doc = parse("区里召开会议\n\n4月1日晚，区里召开会议。会议强调，要守住底线。\n\n来源:微山河\n")
    assert (only(doc).source, [d.text for d in doc.directives]) == ("微山河", ["要守住底线。"])


def test_a_notices_time_line_in_its_text_stays() -> None:
    doc = parse(
        "关于开展核酸检测的通告\n\n为做好疫情防控工作，现通告如下。\n\n时间：4月3日起。\n\n一、全体居民要按时参加检测。\n"
    )
    assert "时间：4月3日起。" in only(doc).paragraphs


def test_an_attribution_on_a_line_of_its_own_speaks_for_the_paragraph_under_it() -> None:
    doc = parse(
        "县里召开领导小组会议\n\n4月1日晚，县里召开领导小组会议。\n\n匡明强调\n\n"
        "要清醒认清当前疫情形势，扎实做好各项工作。\n\n县委副书记、县长曾华要求\n\n"
        "认识要到位，绷紧防控之弦；措施要到位，做细防控之举。\n"
    )
    assert [(d.text, d.speaker) for d in doc.directives] == [
        ("要清醒认清当前疫情形势，扎实做好各项工作。", "匡明"),
        ("认识要到位，绷紧防控之弦；", "曾华"),
        ("措施要到位，做细防控之举。", "曾华"),
    ]


def test_a_first_line_with_a_list_in_it_is_the_headline() -> None:
    doc = parse("坚持非必要不出境、不出省、不离市\n\n当前疫情形势依然严峻。广大市民朋友要时刻绷紧防控这根弦。\n")
    assert only(doc).title == "坚持非必要不出境、不出省、不离市"


@pytest.mark.parametrize(
    ("info", "source"),
    [
        ("2022-03-14 09:45来源:平安日报天眼新闻", "平安日报天眼新闻"),  # 来源 glued to the time
        ("2022-05-05 21:17:38 新华社", "新华社"),  # who posted it after the time stamp
        ("来源 : 本网", None),  # this site names nobody
    ],
)
def test_info_lines_in_the_forms_sites_use(info: str, source: str | None) -> None:
    doc = parse(f"省里召开会议\n\n{info}\n\n5月4日下午，省里召开会议。会议强调，要守住底线。\n")
    article = only(doc)
    assert (article.subtitle, article.source, article.date) == (None, source, dt.date(2022, 5, 4))


@pytest.mark.parametrize("author", ["佚名", "消息"])
def test_an_author_field_that_names_nobody_is_no_byline(author: str) -> None:
    doc = parse(f"省里召开会议\n\n作者:{author}\n\n5月4日下午，省里召开会议。会议强调，要守住底线。\n")
    assert only(doc).byline is None


@pytest.mark.parametrize("credit", ["本文源自:东海财经", "转载自：东海财经"])
def test_where_a_text_was_taken_from_under_it_is_the_source_and_no_article(credit: str) -> None:
    doc = parse(f"省里召开会议\n\n5月4日下午，省里召开会议。会议强调，要守住底线。\n\n{credit}\n")
    assert (only(doc).source, [d.text for d in doc.directives]) == ("东海财经", ["要守住底线。"])


def test_a_long_headline_with_a_comma_heads_the_page() -> None:
    headline = "番禺区组织收看全国安全生产电视电话会议,全省、全市安全生产电视电话会议暨安委会全体成员会议随后召开"
    doc = parse(f"{headline}\n\n7月21日下午，区里组织收看会议。会议强调，要压实安全生产责任。\n")
    assert (only(doc).title, only(doc).date) == (headline, dt.date(2022, 7, 21))


def test_a_lead_that_says_when_in_its_second_sentence() -> None:
    doc = parse(
        "息县召开疫情防控调度会\n\n为贯彻落实上级部署，巩固防控成果。1月10日上午，息县疫情防控调度会召开。"
        "会议强调，要压实责任。\n",
        date=dt.date(2022, 1, 11),
    )
    assert only(doc).date == dt.date(2022, 1, 10)


def test_a_date_line_above_the_lead_is_no_subtitle_but_a_signing_date_stays() -> None:
    doc = parse(
        "打赢稳进提质攻坚战\n\n2022年08月30日\n\n本报讯 昨日下午，全省工作例会召开。会议强调，要稳住经济。\n", date=None
    )
    assert (only(doc).subtitle, only(doc).date) == (None, dt.date(2022, 8, 29))
    notice = parse(
        "关于做好防控工作的通知\n\n各地要做好防控工作。\n\n某某县人民政府办公室\n\n2022年8月30日\n", date=None
    )
    assert only(notice).date == dt.date(2022, 8, 30)


def test_a_dateline_whose_source_has_a_dot_in_it() -> None:
    doc = parse(
        "吴明主持召开领导小组会议：以快制快控制疫情，一鼓作气打赢攻坚战\n\n"
        "新江苏·中国江苏网讯 4月6日，省委书记吴明主持召开领导小组会议时强调，要进一步压实责任。\n"
    )
    article = only(doc)
    assert (article.source, article.date) == ("新江苏·中国江苏网", dt.date(2022, 4, 6))
    assert [(d.text, d.speaker) for d in doc.directives] == [("要进一步压实责任。", "吴明")]


@pytest.mark.parametrize(
    ("head", "source"),
    [
        ("发布会 | 新的一周将开始,口罩不可轻易摘\n\n【新民晚报·新民网】今天下午", "新民晚报"),
        ("发布会召开\n\n稿源: 沈阳晚报 2022-02-09\n\n今天下午", "沈阳晚报"),
        ("发布会召开\n\n来源:整理自 央视新闻网 川观新闻\n\n今天下午", None),  # compiled from several
    ],
)
def test_sources_in_the_forms_sites_use(head: str, source: str | None) -> None:
    doc = parse(f"{head}，市政府举行新闻发布会。发言人强调，要做好个人防护。\n")
    assert (only(doc).source, only(doc).subtitle) == (source, None)


@pytest.mark.parametrize(
    ("info", "source"),
    [
        ("成都日报 2021-09-19 07:42", "成都日报"),  # who posted it, then the time
        ("省应急厅 2021-10-25 19:52", "省应急厅"),  # a body's own account, then the time
        ("来源:东海新城(转载需注明出处) 日期:2021/8/2", "东海新城"),  # a remark after the name
        ("(据山西新闻网-山西日报 12月31日)", "山西日报"),  # a reprint's origin
    ],
)
def test_more_info_lines_sites_use(info: str, source: str) -> None:
    doc = parse(f"省里召开会议\n\n{info}\n\n5月4日下午，省里召开会议。会议强调，要守住底线。\n")
    assert (only(doc).subtitle, only(doc).source) == (None, source)


@pytest.mark.parametrize("credit", ["文字:丁福花", "制作:农锦庄 王南"])
def test_a_makers_credit_under_the_text_starts_no_article(credit: str) -> None:
    doc = parse(f"省里召开会议\n\n5月4日下午，省里召开会议。会议强调，要守住底线。\n\n{credit}\n")
    assert [d.text for d in only(doc).directives] == ["要守住底线。"]


@pytest.mark.parametrize(
    ("lead", "source", "byline", "date"),
    [
        ("本报讯昨日，市里召开会议。", None, None, dt.date(2022, 4, 1)),
        ("掌上张家界4月1日讯（记者 王姣 邵颖）市里召开会议。", "掌上张家界", "王姣 邵颖", dt.date(2022, 4, 1)),
        ("4月1日，市里召开会议。（记者:冯荣伟）", None, "冯荣伟", dt.date(2022, 4, 1)),
        ("据新华社电 市里4月1日召开会议。", "新华社", None, dt.date(2022, 4, 1)),  # a wire story reprinted
        ("(本网讯 记者钱一鸣)4月1日晚，市里召开会议。", None, "钱一鸣", dt.date(2022, 4, 1)),  # in brackets
        ("东海网4月1日讯(东海融媒记者:钱一鸣)市里召开会议。", "东海网", "钱一鸣", dt.date(2022, 4, 1)),
        # a site's page for a city, its app named after it
        ("齐鲁网德州·晚报新闻4月1日讯 市里召开会议。", "齐鲁网德州·晚报新闻", None, dt.date(2022, 4, 1)),
        # a paper's site and its app: the first named is the source; the name in brackets its reporter
        ("赣江网/赣江新闻客户端讯(吴可钦)4月1日，市里召开会议。", "赣江网", "吴可钦", dt.date(2022, 4, 1)),
        ("云上襄阳报道:今天(4月1日)上午，市里召开会议。", "云上襄阳", None, dt.date(2022, 4, 1)),
        ("东海日报消息,4 月 1 日，市里召开会议。", "东海日报", None, dt.date(2022, 4, 1)),
        ("据水利部消息，4月1日，市里召开会议。", "水利部", None, dt.date(2022, 4, 1)),
        ("财经AI快讯,4月1日，市里召开会议。", "财经AI快讯", None, dt.date(2022, 4, 1)),
        # a site and the paper it carries, joined by a hyphen; the reporter's credit says it reports
        ("天池网-东疆日报讯(记者吴可钦报道)4月1日，市里召开会议。", "天池网-东疆日报", "吴可钦", dt.date(2022, 4, 1)),
        # names the page sets off with 、 keep it; a role between them parts them with a space
        ("东海网4月1日讯(记者 钱一鸣、吴可钦)市里召开会议。", "东海网", "钱一鸣、吴可钦", dt.date(2022, 4, 1)),
        ("东海网4月1日讯(记者 钱一鸣 通讯员 吴可钦)市里召开会议。", "东海网", "钱一鸣 吴可钦", dt.date(2022, 4, 1)),
    ],
)
def test_datelines_and_credits_in_more_forms(lead: str, source: str | None, byline: str | None, date: dt.date) -> None:
    article = only(parse(f"市里召开会议\n\n{lead}\n"))
    assert (article.source, article.byline, article.date) == (source, byline, date)


def test_a_headline_with_a_comma_over_a_lead_that_says_where_it_was_reported() -> None:
    doc = parse(
        "省委书记：有序放开社会面管控,确保防控和经济发展两手抓\n\n"
        "据《吉林日报》官方微信公众号报道,4月9日下午,省委书记召开会议。会议强调,要统筹抓好防控。\n"
    )
    assert only(doc).title == "省委书记：有序放开社会面管控,确保防控和经济发展两手抓"


def test_a_bare_publication_date_under_the_headline_is_no_subtitle() -> None:
    doc = parse("省里召开会议\n\n发布:2022-05-05\n\n5月4日下午，省里召开会议。会议强调，要守住底线。\n")
    assert (only(doc).subtitle, only(doc).date) == (None, dt.date(2022, 5, 4))


def test_credits_on_lines_of_their_own_one_after_another_are_all_the_byline() -> None:
    credits = "东海日报记者 钱一鸣\n\n通讯员 孙二\n"
    doc = parse(f"省里召开会议\n\n5月4日下午，省里召开会议。会议强调，要守住底线。\n\n{credits}")
    assert [(a.byline, len(a.directives)) for a in doc.articles] == [("钱一鸣 孙二", 1)]


def test_an_info_line_under_a_headline_that_ends_on_an_exclamation_is_no_subtitle() -> None:
    article = only(
        parse("全市倡议：非必要不外出！\n2024-06-28 14:11 市防汛指挥部办公室\n根据预报，我市有暴雨。\n", None)
    )
    assert (article.subtitle, article.source, article.date) == (None, "市防汛指挥部办公室", dt.date(2024, 6, 28))


@pytest.mark.parametrize(
    "footer",
    ["编辑:王小明 责编:李大力 监制:陈静 总监制:黄金", "(摄影:李小龙)", "审核：张三 签发：李四"],
)
def test_the_staff_credited_at_a_pages_foot_start_no_article(footer: str) -> None:
    article = only(parse(f"区里召开会议\n4月1日，区里召开会议。会议强调，要守住底线。\n{footer}\n"))
    assert article.paragraphs[-1].endswith("要守住底线。")


def test_a_traditional_pages_credit_is_given_as_the_page_writes_it() -> None:
    article = only(
        parse("縣裏部署防控工作\n文成新聞網訊(記者 趙鵬鵬 魏為強)5月9日,縣裏召開會議。會議要求,要加強統籌。\n")
    )
    assert (article.source, article.byline) == ("文成新聞網", "趙鵬鵬 魏為強")


def test_a_reading_in_brackets_with_a_space_in_it_is_left_out_of_what_the_rules_read() -> None:
    doc = parse("州裏召開會議\n3月10日,州裏召開會(huì )議。會(huì )議要求,各級各部門(mén)要準確把握形勢。\n")
    # the meeting, as the page writes it
    assert [(d.speaker, d.text) for d in doc.directives] == [("會(huì )議", "各級各部門(mén)要準確把握形勢。")]


def test_a_papers_masthead_is_the_source_of_its_sites_own_report_and_of_a_single_article() -> None:
    own = only(parse("甘孜日报 2020年03月12日\n本网讯 3月10日，州里召开会议。会议要求，要抓好防控。\n"))
    assert own.source == "甘孜日报"
    single = only(parse("州指挥部召开会议\n甘孜日报    2020年02月07日\n2月6日，州里召开会议。会议要求，要抓好防控。\n"))
    assert single.source == "甘孜日报"


def test_the_name_of_who_posted_a_text_over_its_time_and_headline_is_no_title() -> None:
    doc = parse(
        "置顶公告:\n关注本号,了解本地资讯!\n"
        "城东生活圈\n2022-03-19 21:18:29\n"
        "暂停全镇集市活动!城东镇发布公告\n"
        "关于暂停全镇集市活动的通告\n"
        "为做好疫情防控工作,经镇疫情防控指挥部研究决定,暂停全镇集市活动。现通告如下:\n"
        "一、即日起,全面暂停全镇所有集市活动。\n"
    )
    article = only(doc)
    assert article.title == "暂停全镇集市活动!城东镇发布公告"
    assert article.subtitle == "关于暂停全镇集市活动的通告"
    assert article.source == "城东生活圈"  # no line of the page names another
    assert [d.text for d in article.directives] == ["一、即日起,全面暂停全镇所有集市活动。"]


def test_a_source_line_names_the_source_of_a_post_over_the_posters_name() -> None:
    doc = parse(
        "城东生活圈\n2022-03-19 21:18:29\n暂停全镇集市活动!城东镇发布公告\n"
        "经镇疫情防控指挥部研究决定,即日起暂停全镇集市活动。\n来源:活力城东\n"
    )
    assert only(doc).source == "活力城东"


@pytest.mark.parametrize(
    "below",
    [
        "4月1日晚,市委书记张明主持召开会议。会议强调,要从严从紧抓好防控。",  # the lead
        "全市广大市民朋友:",  # a letter's salutation
    ],
)
def test_a_short_headline_over_a_time_stamp_stays_the_headline(below: str) -> None:
    doc = parse(f"致全市人民的一封信\n2022-04-01 21:18\n{below}\n请大家减少外出。\n")
    assert only(doc).title == "致全市人民的一封信"


@pytest.mark.parametrize(
    "lead",
    [
        "云上襄阳报道:今天(4月1日)上午，市里召开会议。会议要求，要抓好防控。",
        "东海日报消息,4月1日，市里召开会议。会议要求，要抓好防控。",
    ],
)
def test_an_untitled_texts_lead_names_its_source(lead: str) -> None:
    article = only(parse(f"{lead}\n"))
    assert article.title is None
    assert article.source in ("云上襄阳", "东海日报")
    assert [d.text for d in article.directives] == ["要抓好防控。"]


def test_a_message_in_a_lead_that_goes_on_is_no_dateline() -> None:
    # 消息 followed by a comma and no day is part of the sentence, not a credit
    article = only(parse("市里召开会议\n\n据可靠消息,市里召开会议。会议要求，要抓好防控。\n"))
    assert article.source is None


def test_empty_staff_labels_over_the_lead_are_page_furniture() -> None:
    article = only(parse("初审编辑:\n责任编辑:\n东海日报4月1日讯 市里召开会议。会议要求，要抓好防控。\n"))
    assert (article.title, article.source, article.date) == (None, "东海日报", dt.date(2022, 4, 1))
    assert [d.text for d in article.directives] == ["要抓好防控。"]


@pytest.mark.parametrize("credit", ["来源 | 东海日报", "资料来源:新华社、东海日报"])
def test_a_source_label_under_the_text_heads_no_article(credit: str) -> None:
    doc = parse(f"市里召开会议\n\n4月1日，市里召开会议。会议要求，要抓好防控。\n{credit}\n编辑 | 王兰\n")
    assert [a.title for a in doc.articles] == ["市里召开会议"]
