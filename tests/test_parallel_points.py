"""Demands set out in one sentence, a semicolon between each, the later points with no modal of their
own: the next point is one when it is set out as the one before it is (blind texts of the thirty-fifth
session: a river basin's flood HQ, a provincial government's meeting on a lake)."""

from __future__ import annotations

from parsers.directives import find_directives


def _texts(paragraph: str) -> list[str]:
    return [d.text for d in find_directives([paragraph], title="长江防总召开工作会议")]


def test_points_opening_on_paired_phrases_go_on_the_demand() -> None:
    points = [
        "要深入贯彻习近平总书记关于防灾减灾救灾的重要指示精神,坚决扛牢扛实长江流域防汛抗旱重大政治责任;",
        "预防为主、关口前移,精准精细落实“四预”措施,深入彻底排查整治隐患;",
        "突出重点、综合施策,严防溃坝决堤、城市内涝等风险;",
        "知责担责、同向发力,扎实抓好防汛抗旱各项任务落实。",
    ]
    assert _texts("王忠林强调," + "".join(points)) == points


def test_points_framed_alike_what_each_quotes_aside_go_on_the_demand() -> None:
    points = [
        "要全面深刻反思洱海保护治理工作中存在的问题,切实从“就洱海抓洱海保护治理”的误区中走出来;",
        "从“环湖造城、环湖布局”的误区中走出来,践行“共抓大保护,不搞大开发”理念;",
        "从“救火式治理”的误区中走出来,优化顶层设计,综合施策,标本兼治。",
    ]
    assert _texts("会议强调," + "".join(points)) == points


def test_targets_after_a_demand_are_no_points_of_it() -> None:
    paragraph = "会议强调,要努力实现今年目标;城镇新增就业900万人以上;居民消费价格涨幅3.5%左右。"
    assert _texts(paragraph) == ["要努力实现今年目标;"]
