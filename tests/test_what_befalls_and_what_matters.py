"""Units with no modal that a list or an attribution would otherwise take for orders (blind texts of the thirty-sixth
session): what befalls those a rule names (…的居民,“健康码”调整为“橙码”), a permission given with leave
(…的居民,经居住地社区同意可以出入小区), what a thing done matters for (…，关系我们在…中赢得战略主动), what a
measure will yield (可使…, 初步估算将盘活…), a kind of case a list names (二是…严重束缚企业生产经营活动的；); and a
notice's points going on after one of them that asks nothing."""

from __future__ import annotations

import pytest

from parsers.directives import find_directives, is_directive_unit

LEAD = "市防控指挥部决定,在全市范围开展第三轮全员核酸检测。现通告如下:"


@pytest.mark.parametrize(
    "unit",
    [
        "三、凡是未在规定时间内参加核酸检测的,“健康码”调整为“橙码”,完成核酸检测且结果呈阴性后转为“绿码”。",
        "有外出就医和其他特殊需求的居民,经居住地社区同意可以出入小区。",
        "加快建设以实体经济为支撑的现代化产业体系，关系我们在未来发展和国际竞争中赢得战略主动。",
        "实施这项改革，可使每年20多万个工程项目避免重复许可。",
        "采取上述措施初步估算将盘活企业近万亿元资金。",
        "二是不适应发展需要，严重束缚企业生产经营活动的；",
    ],
)
def test_no_order_without_a_modal(unit: str) -> None:
    assert not is_directive_unit(unit, attributed=True, in_list=True, pointed=True)


@pytest.mark.parametrize(
    "unit",
    [
        "三、凡是未参加核酸检测的居民,要尽快就近参加检测。",  # a modal makes it an order
        "要加快建设现代化产业体系，关系全局的工作要抓紧抓实。",
        "二是清理不适应发展需要的。",  # (a verb first, then what it acts on)
    ],
)
def test_an_order_stays_one(unit: str) -> None:
    assert is_directive_unit(unit, attributed=True, in_list=True, pointed=True)


def test_the_points_go_on_after_one_that_asks_nothing() -> None:
    found = find_directives(
        [
            LEAD,
            "一、1月15日7时起,全体居民到指定地点及时主动配合进行核酸检测。",
            "二、凡是未在规定时间内参加核酸检测的,“健康码”调整为“橙码”。",
            "三、各区务必保障群众必要紧急就医需要。",
        ]
    )
    assert [(d.speaker, d.text) for d in found] == [
        ("市防控指挥部", "一、1月15日7时起,全体居民到指定地点及时主动配合进行核酸检测。"),
        ("市防控指挥部", "三、各区务必保障群众必要紧急就医需要。"),
    ]


def test_a_sections_heading_run_into_a_documents_words_ends_the_list() -> None:
    found = find_directives(
        [
            LEAD,
            "一、全体居民到指定地点及时主动配合进行核酸检测。",
            "十、推动绿色发展，促进人与自然和谐共生《建议》指出，坚持绿水青山就是金山银山理念。",
            "加快推动绿色低碳发展。",
        ]
    )
    assert [d.text for d in found] == ["一、全体居民到指定地点及时主动配合进行核酸检测。"]
