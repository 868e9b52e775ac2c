"""What members agree on speaks for them: 常委们 (a CPPCC standing committee's members) speak as one, as 委员们
and 代表们 do, and 一致 (…一致认为，…一致表示，) between who and the verb keeps the attribution whole."""

from __future__ import annotations

import pytest

from parsers.directives import find_directives, split_attribution


@pytest.mark.parametrize(
    ("unit", "who", "rest"),
    [
        ("常委们表示，人民政协要广泛凝聚改革共识。", "常委们", "人民政协要广泛凝聚改革共识。"),
        ("与会常委认为，要加快推进。", "与会常委", "要加快推进。"),
        ("会议一致认为，各经济体应更加紧密协作。", "会议", "各经济体应更加紧密协作。"),
        ("代表们一致表示，要深入贯彻强军思想。", "代表们", "要深入贯彻强军思想。"),
        ("常委们一致认为，推进改革是重大决策。", "常委们", "推进改革是重大决策。"),
    ],
)
def test_members_and_what_they_agree_on(unit: str, who: str, rest: str) -> None:
    assert split_attribution(unit) == (who, rest)


def test_a_standing_committees_points_are_its_members() -> None:
    paragraphs = [
        "全国政协十二届常委会第二十一次会议28日下午在京闭幕。",
        "常委们一致认为，推进供给侧结构性改革是重大战略决策。针对实体经济结构性供需失衡的问题，必须从供给侧结构性改革上想办法、定政策。",
        "常委们围绕深化供给侧结构性改革提出意见建议。一是正确处理政府与市场的关系。要解决好市场自发性与生产消费社会性之间的矛盾。",
    ]
    found = find_directives(paragraphs, title="全国政协十二届常委会第二十一次会议闭幕")
    assert [(d.text, d.speaker) for d in found] == [
        ("针对实体经济结构性供需失衡的问题，必须从供给侧结构性改革上想办法、定政策。", "常委们"),
        ("一是正确处理政府与市场的关系。", "常委们"),
        ("要解决好市场自发性与生产消费社会性之间的矛盾。", "常委们"),
    ]
