"""A health office's reminders as Hong Kong's releases word them (blind texts of the thirty-fifth
session): those it reminds named by two things they did, a comma and 并 between
(…居住或于…工作,并已获安排离开检疫中心的人士,须于…), or by a long name of where they were
(曾到访在《…规例》(第599J章)(《规例》)下指明场所的人士); a reminder made again with 亦; what those
just named (他们需…) are to do next; and 应 where jieba fuses it with the words around it (应戴上, 后亦应)."""

from __future__ import annotations

import pytest

from parsers.directives import find_directives, markers, split_attribution

LEAD = "卫生署卫生防护中心公布,中心正调查一宗新增确诊个案。"


def _found(paragraphs: list[str]) -> list[tuple[str | None, str]]:
    return [(d.speaker, d.text) for d in find_directives(paragraphs, title="卫生防护中心调查新增一宗确诊个案")]


def test_those_reminded_named_by_two_things_they_did() -> None:
    asked = (
        "与相关个案于同一大厦居住或于相关个案居住大厦内工作,并已获安排离开检疫中心的人士,须于第三、七日进行强制检测。"
    )
    unit = f"因应中心早前宣布更新涉及变异病毒株确诊本地个案的检疫安排,中心提醒{asked}"
    assert split_attribution(unit) == ("中心", asked)


def test_those_reminded_named_by_a_long_name_of_where_they_were() -> None:
    asked = (
        "曾到访在《预防及控制疾病(对若干人士强制检测)规例》(第599J章)(《规例》)下指明场所的人士,"
        "必须遵从强制检测公告接受检测。"
    )
    assert _found([LEAD, f"同时,中心提醒{asked}"]) == [("中心", asked)]


def test_a_reminder_made_again_and_what_those_named_are_to_do_next() -> None:
    again = "与下列指明地方相关的指明人士,须于明日遵从强制检测公告进行检测。"
    paragraph = f"中心提醒与相关个案同住的人士,须进行强制检测。他们需自我监察直至21日届满。中心亦提醒{again}"
    assert _found([LEAD, paragraph]) == [
        ("中心", "与相关个案同住的人士,须进行强制检测。"),
        ("中心", "他们需自我监察直至21日届满。"),
        ("中心", again),
    ]


def test_what_they_need_told_of_is_no_order() -> None:
    # (需要: what a thing takes, not what those named are to do)
    assert _found([LEAD, "中心表示,他们需要更多时间完成调查。"]) == []


@pytest.mark.parametrize(
    "unit",
    [
        "如果不可避免前往香港以外国家/地区,应戴上外科口罩。",  # jieba: 应戴上
        "回港后亦应继续佩戴14天。",  # jieba: 后亦应
        "外出时应戴上口罩。",  # jieba: 时应
    ],
)
def test_should_fused_with_the_words_around_it_is_the_modal(unit: str) -> None:
    assert markers(unit) == ["应"]


@pytest.mark.parametrize(
    "unit", ["习近平应询详细介绍了中方采取的举措。", "城镇低收入住房困难家庭实现应保尽保。", "这一工作理应如此。"]
)
def test_ying_in_a_word_of_its_own_is_no_modal(unit: str) -> None:
    assert markers(unit) == []
