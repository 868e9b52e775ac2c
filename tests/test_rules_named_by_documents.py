"""What blind texts of the thirty-first session showed: the rules a document sets out, where
需 tells those it names what they must do (入境人员需隔离, 旅客需凭…证明乘车); a notice's page,
with the site's index card, skip link and lists around it; a meeting that speaks with no comma."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.directives import find_directives, issuer_of, markers, split_attribution
from parsers.document import parse_document
from parsers.layout import is_page_furniture
from parsers.notices import join_title

DAY = dt.date(2022, 10, 20)


@pytest.mark.parametrize(
    "unit",
    [
        "对入住宾馆酒店和进入旅游景区人员需查验健康码和72小时内核酸检测阴性证明。",
        "旅客需凭48小时内核酸检测阴性证明乘坐飞机、高铁等交通工具。",  # jieba makes 需凭 one word
        "入境人员需隔离14天。",
        "从明天起，铁路部门需购票人提供本人手机号码方可购票。",
    ],
)
def test_need_after_those_a_rule_names_is_a_modal(unit: str) -> None:
    assert markers(unit) == ["需"]


@pytest.mark.parametrize(
    "unit",
    [
        "该项目需投资100亿元。",  # what a project costs
        "当前，各地正积极围绕解决企业需求，精准施策。",  # 企业需求: a noun, not 需 fused with a verb
        "这些工作需要坚持长期投入。",
    ],
)
def test_need_as_a_cost_or_a_noun_is_no_modal(unit: str) -> None:
    assert "需" not in markers(unit)


@pytest.mark.parametrize(
    "line",
    [
        "跳转到内容",  # a wiki's skip link
        "频道推荐",
        "相关政策",
        "你还可以输入40",  # a search box's count of what may still be typed
        "智能问答 关闭",
        "7. [废止日期]",  # a policy file's index card, a field a line
        "2. [发文机构] 国务院办公厅",
        "[成文日期] 2021-10-25",
    ],
)
def test_what_a_site_sets_around_a_notice_is_furniture(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize(
    "line", ["相关政策要落实到位", "发文机构要明确责任", "国务院办公厅关于2022年部分节假日安排的通知"]
)
def test_a_sentence_or_a_title_is_no_furniture(line: str) -> None:
    assert not is_page_furniture(line)


def _directives(text: str) -> list[tuple[str, str | None]]:
    doc = parse_document(text.encode(), source="page.txt", date=DAY)
    return [(d.text, d.speaker) for a in doc.articles for d in a.directives]


def test_a_photo_caption_without_a_stop_does_not_run_into_the_speech_under_it() -> None:
    text = (
        "10月19日,县委书记张世忠主持召开县应急指挥部第93次会议。\n"
        "图为,会场\n"
        "张世忠强调,面对突发疫情,全县上下要进一步坚定人民立场;要全面启动应急响应,调集足够力量。\n"
    )
    assert _directives(text) == [
        ("面对突发疫情,全县上下要进一步坚定人民立场;", "张世忠"),
        ("要全面启动应急响应,调集足够力量。", "张世忠"),
    ]


def test_the_meeting_speaks_with_no_comma_after_its_verb() -> None:
    paragraphs = [
        "会议指出过去一年全市经济社会保持了稳中向好的发展态势。做好今年工作至关重要。要确定好各项目标任务。",
        "会议提出要进一步修改完善《政府工作报告》及相关文件。要客观总结2018年政府工作,做到真实、准确;",
    ]
    assert [(f.text, f.speaker) for f in find_directives(paragraphs)] == [
        ("要确定好各项目标任务。", "会议"),
        ("要进一步修改完善《政府工作报告》及相关文件。", "会议"),
        ("要客观总结2018年政府工作,做到真实、准确;", "会议"),
    ]


def test_we_put_forward_is_no_attribution_when_no_order_follows() -> None:
    unit = "我们提出全面深化改革的方案，是因为要解决我们面临的突出矛盾和问题。"
    assert split_attribution(unit) == (None, unit)


def test_a_headquarters_named_in_full_issues_a_numbered_notice_whose_points_follow() -> None:
    paragraphs = [
        "河南省商丘市新冠肺炎疫情防控指挥部办公室日前发布紧急通告(2021年第7号)。",
        "根据疫情防控形势需要,为有效控制疫情扩散,现通告如下:",
        "一、凡离开商丘市域人员必须持健康码绿码,并持48小时内核酸检测阴性证明。",
    ]
    assert [(f.text, f.speaker) for f in find_directives(paragraphs)] == [
        (
            "一、凡离开商丘市域人员必须持健康码绿码,并持48小时内核酸检测阴性证明。",
            "河南省商丘市新冠肺炎疫情防控指挥部办公室",
        )
    ]


def test_a_sign_off_dated_with_the_sites_credits_after_it_heads_no_article() -> None:
    text = (
        "葫芦岛市新冠肺炎疫情防控总指挥部通告\n\n"
        "现就有关事项通告如下:\n\n"
        "一、全市所有交通要道要加大排查管控力度。\n\n"
        "特此通告。\n\n"
        "葫芦岛市新冠肺炎疫情防控总指挥部\n\n"
        "2022年2月8日 【编辑:孙静波】 (作者:孙静波)\n\n"
        "版权声明:本文内容由互联网用户自发贡献,该文观点仅代表作者本人。\n"
    )
    doc = parse_document(text.encode(), source="page.txt", date=DAY)
    assert [(a.title, a.date) for a in doc.articles] == [("葫芦岛市新冠肺炎疫情防控总指挥部通告", dt.date(2022, 2, 8))]


def test_a_sites_list_of_other_items_under_its_labels_heads_no_article() -> None:
    text = (
        "离开商丘市域人员必须持健康码绿码\n\n"
        "央视新闻客户端   2021-08-13 11:24\n\n"
        "  商丘市疫情防控指挥部办公室要求,离开商丘市域人员必须持健康码绿码。\n\n"
        "新闻推荐\n\n"
        "频道推荐\n"
        "  • 台陆委会拟修改岛内规定 要求公职人员赴港\n"
        "  • 24小时新闻排行榜\n"
    )
    doc = parse_document(text.encode(), source="page.txt", date=DAY)
    assert [a.title for a in doc.articles] == ["离开商丘市域人员必须持健康码绿码"]


def test_still_must_fused_by_jieba_is_a_modal() -> None:
    assert markers("若出发地出台了“非必要不离开本地”规定的人员,还须取得出发地疫情防控指挥部出具的允许离开证明。") == [
        "还须"
    ]


def test_slogans_with_yao_cited_as_what_is_asked_order_nothing() -> None:
    unit = (
        "党中央团结带领全国各族人民迎难而上，全面落实疫情要防住、经济要稳住、发展要安全的要求，经济社会大局保持稳定。"
    )
    assert markers(unit) == []
    assert markers("要全面落实疫情要防住、经济要稳住、发展要安全的要求。") == ["要"]  # the order to heed them is one


def test_a_first_line_with_the_hour_it_went_out_is_the_headline_and_the_warning_office_speaks() -> None:
    text = (
        "河北省邢台市2023-06-23 16:20发布高温橙色预警\n"
        "南宫市气象台2023年06月23日16时17分继续发布高温橙色预警信号:预计24日白天,我市将出现37℃以上高温天气,请注意防范。\n"
        "防御指南:\n"
        "1.有关部门和单位按照职责落实防暑降温保障措施;2.尽量避免在高温时段进行户外活动。\n"
    )
    doc = parse_document(text.encode(), source="page.txt", date=DAY)
    assert [a.title for a in doc.articles] == ["河北省邢台市2023-06-23 16:20发布高温橙色预警"]
    assert {d.speaker for d in doc.directives} == {"南宫市气象台"}


def test_a_weather_office_that_raises_its_warning_gives_the_guide_under_it() -> None:
    paragraphs = [
        "【饶平台风黄色预警】受台风“海葵”影响,未来两天我县沿海风力将加大,饶平县气象台3日17时43分将台风蓝色预警信号升级为黄色,请注意防御。",
        "防御指南:",
        "1.政府及相关部门按照职责做好防台风应急准备工作; 2.停止室内外大型集会和高空等户外危险作业;",
    ]
    found = find_directives(paragraphs)
    assert found and {f.speaker for f in found} == {"饶平县气象台"}


DAY_OF_ITEMS = """# 新闻联播 2021-11-18

- 数据源：第三方聚合页
- 新闻条数：4

## 1. 中共中央政治局召开会议 审议《国家安全战略（2021—2025年）》

中共中央政治局11月18日召开会议。会议强调，要加强国家安全工作。会议还研究了其他事项。

## 2. 书写新时代的青春之歌——党的十九届六中全会在广大青年中引起热烈反响

党的十九届六中全会在广大青年中引起热烈反响，大家纷纷表示，要在新征程上争取更大的胜利和荣光。

## 3. 国内联播快讯

2021年两院院士增选结果揭晓，共有149人当选。

## 4. 潘东升：一腔热血铸忠魂

福州市公安局原局长潘东升从警37年，忠诚履职，甘于奉献。
"""


def test_each_item_heading_of_an_archive_day_opens_an_article_whatever_its_lead_says() -> None:
    doc = parse_document(DAY_OF_ITEMS.encode(), source="day.md", date=dt.date(2021, 11, 18))
    assert [a.title for a in doc.articles] == [
        "中共中央政治局召开会议 审议《国家安全战略（2021—2025年）》",
        "书写新时代的青春之歌——党的十九届六中全会在广大青年中引起热烈反响",  # a lead with no date under it
        "国内联播快讯",
        "潘东升：一腔热血铸忠魂",  # after a digest, and read as who and what
    ]


def test_a_numbered_section_heading_of_one_document_in_markdown_opens_no_article() -> None:
    text = (
        "# 关于做好防汛工作的通知\n\n各区人民政府：\n\n"
        "## 一、压实责任\n\n各区要落实防汛责任。\n\n## 二、加强值守\n\n各区要加强值班值守。\n"
    )
    doc = parse_document(text.encode(), source="notice.md", date=DAY)
    assert [(a.title, len(a.directives)) for a in doc.articles] == [("关于做好防汛工作的通知", 2)]


def test_da_xing_opens_an_order_after_an_order() -> None:
    found = find_directives(
        ["习近平强调，要练就驾驭高水平对外开放的过硬本领。大兴调查研究，总结用好我国开放发展的成功经验。"]
    )
    assert [f.text for f in found] == [
        "要练就驾驭高水平对外开放的过硬本领。",
        "大兴调查研究，总结用好我国开放发展的成功经验。",
    ]


def test_an_appeal_to_those_named_by_what_they_have_not_done_and_the_bulleted_measures_after_it() -> None:
    paragraphs = [
        "卫生局再次呼吁尚未接种当季流感疫苗的高风险人群,包括幼儿、孕妇,尽快于春节前完成接种。",
        "为减少患上流感或其他上呼吸道传染性疾病,居民应采取以下措施:",
        "• 每年接种季节性流感疫苗;",
        "• 避免前往人多挤迫的地方;",
    ]
    assert [(f.text, f.speaker) for f in find_directives(paragraphs)] == [
        ("再次呼吁尚未接种当季流感疫苗的高风险人群,包括幼儿、孕妇,尽快于春节前完成接种。", "卫生局"),
        ("• 每年接种季节性流感疫苗;", "卫生局"),
        ("• 避免前往人多挤迫的地方;", "卫生局"),
    ]


def test_a_hong_kong_name_of_two_surnames_after_a_title_speaks() -> None:
    assert split_attribution("行政长官林郑月娥呼吁市民冷静、理性看待网上流传的假消息,勿受谣言影响。") == (
        "林郑月娥",
        "呼吁市民冷静、理性看待网上流传的假消息,勿受谣言影响。",
    )
    assert split_attribution("林郑月娥呼吁市民冷静。")[0] is None  # untitled, two surnames may be words


def test_a_body_appeals_here_and_reminds_those_named_by_where_they_are() -> None:
    assert (
        split_attribution("司警局在此呼吁市民倘若得悉涉及疫情讯息时,应向查询热线核实查证,切勿转发未经证实的讯息。")[0]
        == "司警局"
    )
    reminded = "鉴于近日英国多处持续发生示威和街头骚乱,香港特区政府提醒身在英国或计划前赴当地的香港人注意人身安全。"
    assert split_attribution(reminded) == ("香港特区政府", "身在英国或计划前赴当地的香港人注意人身安全。")


@pytest.mark.parametrize(
    ("unit", "found"),
    [
        ("计划前赴或已在英国的香港人应留意局势,提高警惕。", ["应"]),  # jieba's 人应
        ("对非法集资参与人应承担的后果等作了严格规定。", []),  # what one is liable to, a relative clause
    ],
)
def test_should_cut_with_the_word_before_it(unit: str, found: list[str]) -> None:
    assert markers(unit) == found


def test_the_day_alone_under_a_headline_is_its_date_not_a_subtitle() -> None:
    text = (
        "市民勿受網上謠言影響\n\n2019年9月10日\n\n行政長官林鄭月娥呼籲市民冷靜、理性看待網上的假消息,勿受謠言影響。\n"
    )
    (article,) = parse_document(text.encode(), source="page.txt", date=DAY).articles
    assert (article.title, article.subtitle, article.date) == ("市民勿受網上謠言影響", None, dt.date(2019, 9, 10))
    assert [d.speaker for d in article.directives] == ["林鄭月娥"]


def test_a_body_named_with_its_others_and_no_list_is_read_without_failing() -> None:
    # (中国人民银行等八部门: no 、 to split the list at; this raised IndexError)
    paragraphs = ["近日，中国人民银行等八部门联合印发《关于强化金融支持举措的通知》，要求各地加强金融服务。"]
    assert issuer_of(None, paragraphs) == "中国人民银行等八部门"  # (the central bank is a body: 人民银行)
    assert issuer_of(None, ["近日，民政部等八部门联合印发《关于加强保障的通知》。"]) == "民政部等八部门"


def test_what_the_meeting_heard_then_what_it_stresses() -> None:
    unit = "会议听取全市妨碍河道行洪突出问题排查整治工作情况汇报强调,要层层压实责任,全力销号存量。"
    assert split_attribution(unit) == ("会议", "要层层压实责任,全力销号存量。")


def test_a_hong_kong_releases_rule_of_stars_and_its_day_and_hour_at_the_foot_head_nothing() -> None:
    text = (
        "將軍澳有人群集結 警方警告參與者立即離開\n********************\n\n"
        "  警方要求集結群眾停止集結及立即離開,市民亦不應參與相關活動。\n\n\n\n"
        "2020年11月8日(星期日)\n香港時間22時38分\n"
    )
    doc = parse_document(text.encode(), source="page.txt", date=DAY)
    assert [(a.title, a.subtitle) for a in doc.articles] == [("將軍澳有人群集結 警方警告參與者立即離開", None)]


def test_the_spokesman_named_inside_a_paragraph_goes_on_speaking_in_the_next() -> None:
    paragraphs = [
        "1月19日,国务院联防联控机制召开新闻发布会。国家卫健委新闻发言人米锋介绍,2023年春节临近,很多群众都踏上了返乡路。",
        "农村地区是当前疫情防控的重中之重。要抓好防疫体系运转,统筹各种医疗资源。",
    ]
    assert [(f.text, f.speaker) for f in find_directives(paragraphs)] == [
        ("要抓好防疫体系运转,统筹各种医疗资源。", "米锋")
    ]


def test_an_officials_own_reminder_is_theirs_and_kept_whole() -> None:
    paragraphs = [
        "11月22日,在新闻发布会上,市疾控中心副主任刘晓峰介绍,本市疫情日新增报告病例数持续增加。",
        "最后,还想再次提醒广大居民朋友,一定要坚持科学佩戴好口罩。",
    ]
    assert [(f.text, f.speaker) for f in find_directives(paragraphs)] == [
        ("最后,还想再次提醒广大居民朋友,一定要坚持科学佩戴好口罩。", "刘晓峰")
    ]


@pytest.mark.parametrize(
    "lines",
    [
        ["廣東省人民政府辦公廳關于印發廣東省", "貫徹落實國務院辦公廳2022年政務公開", "工作要點分工方案的通知"],
        ["鄂温克族自治旗人民政府办公室", "关于印发2022年《政府工作报告》", "重点任务责任落实分工的通知"],
    ],
)
def test_a_notice_title_set_over_three_lines_is_one_title(lines: list[str]) -> None:
    assert join_title(lines[0], lines[1:]) == ("".join(lines), [])


def test_three_heading_lines_that_are_no_one_title_stay_apart() -> None:
    lines = ["市政府召开常务会议", "研究部署安全生产工作", "关于做好防汛工作的通知"]  # the kind on the last line only
    assert join_title(lines[0], lines[1:])[0] != "".join(lines)


@pytest.mark.parametrize(
    "line",
    [
        "【资料图】",
        "索引號 000014348/2020-00052 主題分類 綜合政務",
        "發文機構武漢市人民政府辦公廳發文字號武政辦〔2020〕1號",
        "成文日期2020年01月17日",
        "(联系人:白文俊、巴义日,联系电话:8812822,电子邮箱:ewkdc@163.com)",
        "用微信扫描二维码分享至好友和朋友圈",
    ],
)
def test_a_notice_pages_index_card_contact_line_and_share_prompt_are_furniture(line: str) -> None:
    assert is_page_furniture(line)


def test_a_news_headline_over_its_info_line_stays_the_title_of_the_notice_it_reports() -> None:
    text = (
        "4月15日零时起,三亚调整社会面管控政策\n"
        "发布日期: 2022-04-15 05:41:00 来源: 三亚市新型冠状病毒肺炎疫情防控工作指挥部\n\n"
        "三亚市新型冠状病毒肺炎疫情防控工作指挥部通告\n\n"
        "根据疫情防控工作进展,市指挥部研究决定,调整全市社会面管控措施。现将有关事项通告如下:\n\n"
        "一、进出中心城区须查验核酸检测阴性证明。\n"
    )
    (article,) = parse_document(text.encode(), source="page.txt", date=DAY).articles
    assert (article.title, article.subtitle) == (
        "4月15日零时起,三亚调整社会面管控政策",
        "三亚市新型冠状病毒肺炎疫情防控工作指挥部通告",
    )


def test_a_credit_spaced_out_and_barred_at_the_foot_is_the_byline_and_its_staff_line_furniture() -> None:
    text = (
        "县委书记到县融媒体中心调研\n\n"
        "11月8日,县委书记范耀江到县融媒体中心进行调研。范耀江强调,要进一步强化思想引领。\n"
        "记 者 | 张子鹤 赵鑫\n"
        "视 觉 | 方 堃\n"
    )
    (article,) = parse_document(text.encode(), source="page.txt", date=DAY).articles
    assert (article.title, article.byline) == ("县委书记到县融媒体中心调研", "张子鹤 赵鑫")


def test_the_meetings_last_sentence_cut_off_at_the_foot_heads_no_article() -> None:
    text = "周乃翔主持召开省政府常务会议\n\n会议强调,要高效做好统筹疫情防控和经济社会发展工作。\n\n会议还研究了其他\n"
    (article,) = parse_document(text.encode(), source="page.txt", date=DAY).articles
    assert article.truncated


def test_a_sites_tags_under_the_text_are_furniture() -> None:
    assert is_page_furniture("关键词: 冠状病毒")
    assert not is_page_furniture("关键词是落实")


@pytest.mark.parametrize(
    ("unit", "found"),
    [
        ("望以习近平新时代中国特色社会主义思想为指导，认真贯彻党中央决策部署。", ["望"]),  # a 批示's 希望, cut short
        ("望各地抓好落实。", ["望"]),
        ("望着远方。", []),
    ],
)
def test_hope_cut_short_opens_an_instruction(unit: str, found: list[str]) -> None:
    assert markers(unit) == found
