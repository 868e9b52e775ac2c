"""The speech of whoever chaired or attended a meeting is theirs: 习近平主持座谈会并发表重要讲话强调， and
刘国中主持会议并讲话强调， give the words to the person, not to the meeting; a meeting that stresses, with no speech
named, is still the meeting."""

from __future__ import annotations

import pytest

from parsers.directives import find_directives, split_attribution


@pytest.mark.parametrize(
    ("unit", "who"),
    [
        ("中共中央总书记习近平主持座谈会并发表重要讲话强调，要坚持稳中求进工作总基调。", "习近平"),
        ("中共中央总书记、国家主席、中央军委主席习近平出席会议并发表重要讲话强调，要巩固拓展脱贫攻坚成果。", "习近平"),
        ("省委书记刘国中主持会议并讲话强调，要坚持人民至上。", "刘国中"),
        ("习近平主持座谈会强调，要坚持稳中求进。", "会议"),
        ("会议并讲话强调，要坚持人民至上。", "会议"),
    ],
)
def test_who_made_the_speech(unit: str, who: str) -> None:
    assert split_attribution(unit)[0] == who


def test_a_chairs_speech_in_a_report() -> None:
    paragraphs = [
        "12月8日，中共中央在中南海召开党外人士座谈会，就今年经济形势和明年经济工作听取意见和建议。"
        "中共中央总书记习近平主持座谈会并发表重要讲话强调，要把中共十九届五中全会精神体现到工作谋划各个方面。",
    ]
    found = find_directives(paragraphs, title="中共中央召开党外人士座谈会 习近平主持并发表重要讲话")
    assert [(d.text, d.speaker) for d in found] == [("要把中共十九届五中全会精神体现到工作谋划各个方面。", "习近平")]
