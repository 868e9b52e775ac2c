"""What blind texts of the thirty-first session showed: the rules a document sets out, where
需 tells those it names what they must do (入境人员需隔离, 旅客需凭…证明乘车); a notice's page,
with the site's index card, skip link and lists around it; a meeting that speaks with no comma."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.directives import find_directives, markers, split_attribution
from parsers.document import parse_document
from parsers.layout import is_page_furniture

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
