"""What blind pages of the thirtieth session showed: an e-paper's calendar and footer, a site's
breadcrumb and links around a text, an archive's item heading that reads like a clause, and the
units that name a rule or a result without anybody asking for anything."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.directives import find_directives, is_directive_unit, split_attribution
from parsers.document import parse_document
from parsers.layout import is_page_furniture, masthead
from parsers.markdown import markdown_text

DAY = dt.date(2022, 10, 8)


def _articles(text: str, source: str = "page.txt") -> list[tuple[str | None, str | None, int]]:
    doc = parse_document(text.encode(), source=source, date=DAY)
    return [(a.title, a.source, len(a.directives)) for a in doc.articles]


@pytest.mark.parametrize(
    "line",
    [
        "2345678",  # an e-paper's calendar, its days run together a row a line
        "9101112131415",
        "3031",
        "第1B版:要闻 下一版",  # a page numbered 1B, with the button to the next
        "第02版:要闻 上一版 下一版",
        "您现在的位置:新闻首页>租赁信息",
        "相关解读:新城区政府召开2024年第18次常务会议图解",
        "中国互联网举报中心",
        "©2018中原新闻网站版权所有",
        "> 原文：https://tv.cctv.com/2021/06/13/VIDEUWdGQMDkanzsgJ6aZj1L210613.shtml",  # a Markdown quote, as text
    ],
)
def test_what_a_site_sets_around_a_text_is_furniture(line: str) -> None:
    assert is_page_furniture(line)


# (a number of up to three figures alone is a page's number, furniture of its own kind)
@pytest.mark.parametrize("line", ["2022", "1000", "2468", "20230405", "第1B版说明了要求"])
def test_a_number_or_a_sentence_is_no_calendar(line: str) -> None:
    assert not is_page_furniture(line)


def test_an_epaper_calendar_and_footer_make_no_article_and_the_footer_names_the_paper() -> None:
    page = "\n".join(
        [
            "1",
            "2345678",
            "9101112131415",
            "3031",
            "第1B版:要闻 下一版  ",
            "上一篇 下一篇",
            "",
            "郭玉峰视频连线 督导疫情防控工作",
            "",
            "本报讯(记者 任杰) 10月5日上午,市长郭玉峰深入市疫情防控指挥部办公室,视频连线听取各旗县汇报。",
            "",
            "郭玉峰强调,当前疫情防控形势严峻复杂,各地要始终处于战时激活状态。要以快制快,严格按照第九版防控方案要求,"
            "继续做好流调溯源、隔离管控等各项工作,迅速阻断病毒传播链条。",
            "",
            "版权所有 ©2022 通辽日报 蒙ICP备 10200198号",
            "中国互联网举报中心",
        ]
    )
    assert _articles(page) == [("郭玉峰视频连线 督导疫情防控工作", "通辽日报", 2)]
    doc = parse_document(page.encode(), source="page.txt", date=DAY)
    # what is done as a plan asks (严格按照…要求,) is part of the order, not who speaks
    assert doc.directives[1].text.startswith("要以快制快,严格按照第九版防控方案要求,继续做好")
    assert doc.directives[1].speaker == "郭玉峰"


def test_a_footer_names_the_paper_only_when_no_masthead_does() -> None:
    assert masthead(["标题", "正文。", "版权所有 ©2022 通辽日报 蒙ICP备 10200198号"]) == "通辽日报"
    assert masthead(["盐城晚报 2022年03月18日 第A02版", "正文。", "版权所有 ©2022 通辽日报"]) == "盐城晚报"
    assert masthead(["标题", "正文。", "版权所有 ©2022 某某网络科技有限公司"]) is None


@pytest.mark.parametrize(
    "unit",
    [
        "要以快制快,严格按照第九版防控方案要求,继续做好流调溯源、隔离管控等各项工作。",
        "认真按照方案要求,继续做好流调溯源工作。",
        # the work the city government asked for, what the meeting arranged: nobody speaks
        "安排部署近期市政府要求落实的重点工作、消防安全工作以及冬季大气污染防治工作。",
    ],
)
def test_a_demand_named_inside_the_unit_is_no_attribution(unit: str) -> None:
    assert split_attribution(unit) == (None, unit)


def test_a_district_meeting_that_only_arranges_work_orders_nothing() -> None:
    paragraph = (
        "2024年11月18日下午,邓晓东区长主持召开2024年区政府第18次常务会议,传达学习省委主要领导相关批示精神;"
        "安排部署近期市政府要求落实的重点工作、消防安全工作以及冬季大气污染防治工作。"
    )
    assert find_directives([paragraph]) == []


def test_a_result_won_is_no_order_but_a_result_to_win_is() -> None:
    found = find_directives(
        [
            "会议指出，全面从严治党十年磨一剑，反腐败斗争取得压倒性胜利并全面巩固，但还远未到大功告成的时候。"
            "要时刻保持解决大党独有难题的清醒和坚定。",
            "会议强调，确保脱贫攻坚取得决定性胜利。坚持不懈推动全面从严治党取得新成效。",
        ]
    )
    assert [d.text for d in found] == [
        "要时刻保持解决大党独有难题的清醒和坚定。",
        "确保脱贫攻坚取得决定性胜利。",
        "坚持不懈推动全面从严治党取得新成效。",
    ]


ARCHIVE = """# 新闻联播 2021-12-31

## 5. 中央组织部从代中央管理党费中划拨2.2亿元用于元旦春节期间走访慰问生活困难党员、老党员、老干部

为充分体现党中央的关怀和温暖，日前，中央组织部划拨2.2亿元，用于元旦春节期间开展走访慰问活动。中央组织部要求，各级党组织要精心组织安排，确保取得实效。

> 原文：https://tv.cctv.com/2021/12/31/VIDE.shtml
"""


def test_an_archive_items_heading_that_reads_like_a_clause_is_its_headline() -> None:
    text, heads = markdown_text(ARCHIVE)
    assert heads == {"中央组织部从代中央管理党费中划拨2.2亿元用于元旦春节期间走访慰问生活困难党员、老党员、老干部"}
    assert text.startswith("新闻联播 2021-12-31\n\n中央组织部")
    doc = parse_document(ARCHIVE.encode(), source="day.md", date=dt.date(2021, 12, 31))
    assert [(a.title, len(a.directives)) for a in doc.articles] == [
        ("中央组织部从代中央管理党费中划拨2.2亿元用于元旦春节期间走访慰问生活困难党员、老党员、老干部", 1)
    ]
    assert doc.directives[0].text == "各级党组织要精心组织安排，确保取得实效。"


def test_an_archive_item_copied_as_text_keeps_its_source_link_out_of_the_articles() -> None:
    item = (
        "李强在江西检查指导防汛工作\n\n"
        "央视网消息（新闻联播）：李强7月1日在江西检查指导防汛工作。李强强调，要压实防汛责任，确保人民群众生命安全。\n\n"
        "> 原文：https://tv.cctv.com/2024/07/02/VIDE.shtml\n"
    )
    assert [t for t, _, _ in _articles(item)] == ["李强在江西检查指导防汛工作"]


def test_an_order_after_what_was_done_and_what_is_still_ahead_is_one() -> None:
    found = find_directives(
        [
            "会议指出，就业是民生之本。今年以来，各地各部门加力落实稳就业政策，6月就业形势好转，但稳就业任务依然繁重，"
            "要坚持就业优先，以稳就业支撑经济加快恢复。",
            "会议指出，今年以来，各地各部门加力落实稳就业政策，就业形势总体稳定。",
        ]
    )
    assert [d.text for d in found] == [
        "今年以来，各地各部门加力落实稳就业政策，6月就业形势好转，但稳就业任务依然繁重，要坚持就业优先，以稳就业支撑经济加快恢复。"
    ]


def test_a_firms_short_name_runs_into_the_modal() -> None:
    # jieba reads 煤企要 as one word: the short name of coal firms, and the modal
    found = find_directives(["会议要求，各地要落实属地管理责任。产煤省和重点煤企要按要求增产增供。"])
    assert [d.text for d in found] == ["各地要落实属地管理责任。", "产煤省和重点煤企要按要求增产增供。"]


@pytest.mark.parametrize(
    "line", ["听新闻", "X 省级机关作风评议窗口 省级机关作风投诉平台", "还没有评论,快来发表第一个评论!"]
)
def test_a_sites_buttons_are_furniture(line: str) -> None:
    assert is_page_furniture(line)


def test_hong_kong_variant_forms_read_as_simplified_and_advice_goes_on_in_a_new_paragraph() -> None:
    page = "\n".join(
        [
            "登革熱個案增五宗",
            "",
            "2016年08月05日",
            "",
            "衞生防護中心公布,過去一星期新增五宗登革熱個案。",
            "",
            "衞生防護中心提醒市民,最佳預防方法是清除積水。",
            "",
            # a condition, then the modal jieba cuts into 内应: within a time, what to do
            "如前往登革熱流行地區,外遊期間和返港後14日內應使用含避蚊胺的昆蟲驅避劑。",
        ]
    )
    doc = parse_document(page.encode(), source="page.txt", date=dt.date(2016, 8, 5))
    assert [(d.speaker, d.text) for d in doc.directives] == [
        ("衞生防護中心", "如前往登革熱流行地區,外遊期間和返港後14日內應使用含避蚊胺的昆蟲驅避劑。")
    ]


@pytest.mark.parametrize(
    ("unit", "instructs"),
    [
        ("（一）指导思想。", False),  # a topic, full stop and all
        ("（二）工作目标。", False),
        ("（四）监督管理。", False),
        ("二、关注身体状况。", True),  # a verb first: how to act
        ("（一）加强组织领导。", True),
    ],
)
def test_a_numbered_heading_that_names_a_topic_is_none_even_with_a_full_stop(unit: str, instructs: bool) -> None:
    assert is_directive_unit(unit, attributed=True, in_list=True, pointed=True) is instructs


def test_a_documents_title_cut_inside_the_law_it_names_is_one_title() -> None:
    page = "\n".join(
        [
            "国务院关于在海南博鳌乐城国际医疗旅游先行区",
            "暂时调整实施《中华人民共和国药品管理法",
            "实施条例》有关规定的决定",
            "国发〔2018〕43号",
            "",
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
            "为进一步支持海南省试点发展国际医疗旅游相关产业，国务院决定在先行区暂时调整实施有关规定。",
            "国务院有关部门和海南省人民政府要根据上述调整，及时对本部门、本省制定的规章和规范性文件作相应调整。",
            "国务院",
            "2018年12月21日",
        ]
    )
    doc = parse_document(page.encode(), source="page.txt", date=dt.date(2018, 12, 21))
    assert [a.title for a in doc.articles] == [
        "国务院关于在海南博鳌乐城国际医疗旅游先行区暂时调整实施《中华人民共和国药品管理法实施条例》有关规定的决定"
    ]


@pytest.mark.parametrize(
    ("unit", "instructs"),
    [
        ("下面，请刘云副局长介绍相关工作情况。", False),  # the host of a briefing gives the floor
        ("请有关专家介绍一下疫苗接种情况。", False),
        ("能否有效保证紧急情况下的粮油供应？", False),  # a reporter's question
        ("我们了解到，近年我省一直在推进粮食应急体系建设，请介绍一下，目前建设情况如何？", False),
        ("在后疫情时代，联合国应该如何发挥作用？", False),
        ("请市民发现问题及时通报社区。", True),  # a request to the public that names a report to make
        ("请广大市民做好防护。", True),
    ],
)
def test_a_question_or_the_floor_given_at_a_briefing_is_no_order(unit: str, instructs: bool) -> None:
    assert is_directive_unit(unit, attributed=True, in_list=False) is instructs


def test_the_official_in_charge_of_a_places_work_speaks_unnamed() -> None:
    unit = (
        "北京市新冠肺炎疫情防控工作相关负责人在今天（11月29日）的新闻发布上介绍，"
        "目前，北京市要坚持科学精准、高效统筹，分区分级分类开展防控工作。"
    )
    assert split_attribution(unit) == (
        "北京市新冠肺炎疫情防控工作相关负责人",
        "目前，北京市要坚持科学精准、高效统筹，分区分级分类开展防控工作。",
    )
    found = find_directives([unit + "同时，对群众工作要耐心细致。"])
    assert [(d.speaker, d.text[:8]) for d in found] == [
        ("北京市新冠肺炎疫情防控工作相关负责人", "目前，北京市要坚"),
        ("北京市新冠肺炎疫情防控工作相关负责人", "同时，对群众工作"),
    ]


@pytest.mark.parametrize(
    ("unit", "instructs"),
    [
        # more to be done: 需要, then an adverb of doing more and a listed verb
        ("今年是实施“乙类乙管”后的首次高考，本届考生经历三年疫情，需要更加深入细致做好高考组织工作。", True),
        ("疫情防控是一个系统工程，需要付出持续努力。", False),  # what it takes
        ("病毒的致病力仍需要进一步观察。", False),  # what is not known yet
    ],
)
def test_needing_to_do_more_is_an_order(unit: str, instructs: bool) -> None:
    assert is_directive_unit(unit, attributed=True, in_list=False) is instructs


def test_measures_that_open_on_putting_right_or_clearing_are_on_the_run_but_a_saying_is_not() -> None:
    found = find_directives(
        [
            "会议指出，要抓实稳就业保民生。扎实做好大学毕业生就业工作。整治拖欠农民工工资问题，帮助农民工节后及时返岗。"
            "清理教育、医疗等领域不合理准入条件。",
            "他强调，整治漠视侵害群众利益问题只有进行时。",
        ]
    )
    assert [d.text for d in found] == [
        "要抓实稳就业保民生。",
        "扎实做好大学毕业生就业工作。",
        "整治拖欠农民工工资问题，帮助农民工节后及时返岗。",  # jieba tags 整治 a noun
        "清理教育、医疗等领域不合理准入条件。",
    ]
