"""A headquarters' notice whose preamble names the body that decides and announces its points in the same
sentence (…指挥部决定,自2022年9月1日至9月4日…开展全员核酸检测,现将有关事项通告如下。; blind texts of the
thirty-sixth session): the points below are the body's, whether the preamble ends on a colon or a full stop."""

from __future__ import annotations

import pytest

from parsers.directives import find_directives

POINTS = [
    "一、请市民密切关注本区域发布的核酸检测时间,分时段有序参加核酸检测。",
    "二、自9月1日18时起,全体居民原则居家,非本小区居民不得进入。农村地区严格控制人员出入,外来人员必须报备。",
]


@pytest.mark.parametrize("end", ["。", ":", "："])
def test_the_points_after_a_decision_and_its_preamble_are_the_bodys(end: str) -> None:
    lead = (
        "为坚决遏制疫情扩散,成都市新型冠状病毒肺炎疫情防控指挥部决定,自2022年9月1日至9月4日在全市范围内开展"
        f"全员核酸检测,现将有关事项通告如下{end}"
    )
    found = find_directives([lead, *POINTS])
    assert [(d.speaker, d.text) for d in found] == [
        ("成都市新型冠状病毒肺炎疫情防控指挥部", "一、请市民密切关注本区域发布的核酸检测时间,分时段有序参加核酸检测。"),
        ("成都市新型冠状病毒肺炎疫情防控指挥部", "二、自9月1日18时起,全体居民原则居家,非本小区居民不得进入。"),
        ("成都市新型冠状病毒肺炎疫情防控指挥部", "农村地区严格控制人员出入,外来人员必须报备。"),
    ]


def test_a_preamble_that_ends_on_a_full_stop_with_no_decision_before_it() -> None:
    found = find_directives(["天津市疫情防控指挥部通告", "经研究,现将有关事项通告如下。", *POINTS])
    assert found == find_directives(["天津市疫情防控指挥部通告", "经研究,现将有关事项通告如下:", *POINTS])


def test_a_preamble_with_no_one_deciding_gives_the_points_no_speaker() -> None:
    assert find_directives(["天气转凉,现将有关事项通告如下。", *POINTS]) == []


def test_the_notice_set_out_in_the_paragraph_after_the_decision_is_the_bodys() -> None:
    # (…指挥部决定,将在全市范围开展…。 ⏎ 现通告如下: ⏎ 一、…: the body that decided speaks for the points)
    found = find_directives(
        [
            "为切实保障人民群众生命安全和身体健康,天津市疫情防控指挥部决定,将在全市范围开展一次全员核酸检测。",
            "现通告如下:",
            "二、全市各级机关、各级各类企事业单位要支持和保障人民群众参加全员核酸检测。",
        ]
    )
    assert [(d.speaker, d.text) for d in found] == [
        ("天津市疫情防控指挥部", "二、全市各级机关、各级各类企事业单位要支持和保障人民群众参加全员核酸检测。")
    ]


def test_a_notice_set_out_after_a_meetings_narrative_has_no_speaker() -> None:
    assert find_directives(["会议听取了汇报。", "现通告如下:", "一、要加强防控。"]) == []
