"""Sayings that order no one: a verb made a noun by 之 (创新之道，唯在得人。) opens a maxim about the
measures around it, not a measure of its own; what it takes to do something (要完成重建，…就需要约20亿元) is a
cost, and what should have happened by now (…应该已接获通知) is likely, not ordered. The measures around
them stay."""

from __future__ import annotations

from parsers.document import parse_document


def _directives(text: str) -> list[tuple[str | None, str]]:
    doc = parse_document(text.encode(), source="page.txt")
    return [(d.speaker, d.text) for d in doc.directives]


def test_a_maxim_of_the_way_of_a_verb_is_no_measure() -> None:
    found = _directives(
        "某某市召开人才工作会议\n"
        "会议指出，要把人才放在发展全局的位置，着力夯实人才基础。发展之要，重在用人。创新之道，唯在得人。"
        "要完善人才评价办法，让各类人才各展其长。"
    )
    assert found == [
        ("会议", "要把人才放在发展全局的位置，着力夯实人才基础。"),
        ("会议", "要完善人才评价办法，让各类人才各展其长。"),
    ]


def test_a_run_of_bare_measures_still_goes_on() -> None:
    found = _directives(
        "某某市召开人才工作会议\n"
        "会议指出，要把人才放在发展全局的位置，着力夯实人才基础。破除束缚人才发展的障碍，完善人才评价办法。"
    )
    assert [text for _, text in found] == [
        "要把人才放在发展全局的位置，着力夯实人才基础。",
        "破除束缚人才发展的障碍，完善人才评价办法。",
    ]


def test_what_it_takes_to_do_something_is_a_cost_not_an_order() -> None:
    found = _directives(
        "某市召开灾后重建工作会议\n"
        "会议指出，根据初步评估，灾害造成的损失总额约为50亿元，要完成重建，仅未来三年就需要约20亿元。"
        "会议强调，各部门要尽快恢复供水供电。"
    )
    assert found == [("会议", "各部门要尽快恢复供水供电。")]


def test_what_should_have_happened_is_likely_not_ordered() -> None:
    found = _directives(
        "某市召开疫情防控工作会议\n"
        "会议指出，曾与确诊病例有过密切接触的人，应该已接获卫生部门通知。到访上述地点的公众如出现症状，应及早求医。"
    )
    assert found == [("会议", "到访上述地点的公众如出现症状，应及早求医。")]
