"""Releases of an office and a paper's archive pages (blind texts of the thirty-sixth session): a Macao office's
release with its poster and stamp under the headline and the captions of its photos under them, each set off by a
bullet; its appeal announced with why and on what occasion (消防局一向重视防火宣传,藉此机会向全澳居民作出以下呼吁:),
the points of advice under it (• 需注意…); a paper's own tag then the office's notice (【本報消息】消防局訊:), an
appeal to the public named before its verb (消防局向全澳市民呼籲:); a speaker named after the occasion with no comma
(在听取工作汇报后胡和平指出，); and the archive of 人民日报, its page and column over each text (第1版(要闻) ⏎
专栏:新闻简报) and an agency's credit alone under each brief ((新华社))."""

from __future__ import annotations

import pytest

from parsers.directives import find_directives, split_attribution
from parsers.document import parse_document
from parsers.layout import is_page_furniture, office_credit

RELEASE = (
    "中秋节防火宣传活动\n消防局\n2020-09-30 15:49\n"
    "  • 消防局官员拜访澳门工会联合总会\n\n  • 提醒居民注意节日防火安全\n\n  • 向商户讲解日常防火知识\n\n"
    "中秋节日临近,为提高居民的防火意识,消防局在中秋节前夕,进行了一系列的防火宣传活动。\n\n"
    "消防局一向重视防火宣传,藉此机会向全澳居民作出以下呼吁:\n\n"
    "  • 若要燃点传统灯笼必须在露天、通风良好的地点,不应在室内燃点;\n"
    "  • 需注意灯笼内已燃点的蜡烛,避免接近其他容易点燃的物件,如窗帘、纸张等;\n"
    "  • 切勿煲蜡,以免发生火警或意外事件;\n"
)


def test_an_offices_release_under_its_headline_poster_and_stamp() -> None:
    doc = parse_document(RELEASE.encode(), source="release.txt")
    assert [(a.title, a.subtitle) for a in doc.articles] == [("中秋节防火宣传活动", None)]
    assert [(d.speaker, d.text) for d in doc.directives] == [
        ("消防局", "• 若要燃点传统灯笼必须在露天、通风良好的地点,不应在室内燃点;"),
        ("消防局", "• 需注意灯笼内已燃点的蜡烛,避免接近其他容易点燃的物件,如窗帘、纸张等;"),
        ("消防局", "• 切勿煲蜡,以免发生火警或意外事件;"),
    ]


def test_a_papers_tag_then_an_offices_notice() -> None:
    unit = "【本报消息】消防局讯:在清明节期间,居民进行扫墓及祭祀活动须时刻注意防火安全。"
    assert split_attribution(unit) == ("消防局", "在清明节期间,居民进行扫墓及祭祀活动须时刻注意防火安全。")
    assert split_attribution("【本报消息】记者讯:今日天气晴。") == (None, "【本报消息】记者讯:今日天气晴。")


def test_an_appeal_to_the_public_named_before_its_verb() -> None:
    found = find_directives(
        ["消防局向全澳市民呼吁:一、扫墓或祭祀期间,要注意火种的处理;二、如要外出,出门前应检查燃气开关。"]
    )
    assert [(d.speaker, d.text) for d in found] == [
        ("消防局", "一、扫墓或祭祀期间,要注意火种的处理;"),
        ("消防局", "二、如要外出,出门前应检查燃气开关。"),
    ]


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("在听取工作汇报后胡和平指出，要明确责任分工。", ("胡和平", "要明确责任分工。")),
        ("在察看现场时李明强调，要加快进度。", ("李明", "要加快进度。")),
        ("在会上省长指出，要加强。", (None, "在会上省长指出，要加强。")),
    ],
)
def test_the_occasion_then_who_speaks_with_no_comma(unit: str, expected: tuple[str | None, str]) -> None:
    assert split_attribution(unit) == expected


ARCHIVE = (
    "1990年9月4日人民日报 第1版\n\n第1版(要闻)\n专栏:新闻简报\n\n  穗涉外宾馆定最低限价\n"
    "广东省政府批准从九月一日起,对涉外宾馆、酒店客房实行最低限价管理。\n                      (新华社)\n\n\n"
    "第1版(要闻)\n专栏:新闻简报\n\n  晋统配煤矿营造矿柱林\n"
    "到目前为止,全省已建矿柱林场二十四个,经营面积一百零三点六万亩。\n                         (新华社)\n"
)


def test_a_papers_archive_page_of_briefs() -> None:
    doc = parse_document(ARCHIVE.encode(), source="archive.txt")
    assert [(a.title, a.subtitle) for a in doc.articles] == [
        ("穗涉外宾馆定最低限价", None),
        ("晋统配煤矿营造矿柱林", None),
    ]


@pytest.mark.parametrize("line", ["第1版(要闻)", "第4版（国际）", "专栏:新闻简报", "专栏:"])
def test_an_archives_page_and_column_lines_are_furniture(line: str) -> None:
    assert is_page_furniture(line)


def test_an_agencys_credit_alone_credits_the_brief() -> None:
    assert office_credit("(新华社)") == "新华社"
    assert not is_page_furniture("专栏作家李明说,要读书。")
