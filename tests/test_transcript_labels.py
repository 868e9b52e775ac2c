"""A transcript's label may give the speaker's name alone once the text has named him with his title
(…水利部副部长王道席介绍,… ⏎ 王道席:要层层压实…): what follows the colon is his; a name the text has not named
before (信中说：…, 张三：…) is no label."""

from __future__ import annotations

from parsers.directives import find_directives, split_attribution

LEAD = "在吹风会上,应急管理部副部长、水利部副部长王道席介绍,目前全国防汛抗旱形势总体平稳,主要呈现四个特点。"


def test_a_name_named_before_labels_what_he_says() -> None:
    paragraphs = [
        LEAD,
        "王道席:一是全国降水总体偏少,空间分布差异较大。",
        "王道席:要层层压实以行政首长负责制为核心的各项防汛责任;紧盯灾害性天气过程,抓好监测、预警等重点环节;",
    ]
    found = find_directives(paragraphs, title="我国进入“七下八上”防汛关键期")
    assert [(d.text, d.speaker) for d in found] == [
        ("要层层压实以行政首长负责制为核心的各项防汛责任;", "王道席"),
        ("紧盯灾害性天气过程,抓好监测、预警等重点环节;", "王道席"),
    ]


def test_a_name_not_named_before_is_no_label() -> None:
    assert split_attribution("王道席:要层层压实各项防汛责任;")[0] is None
    assert split_attribution("王道席:要层层压实各项防汛责任;", known={"王道席"}) == (
        "王道席",
        "要层层压实各项防汛责任;",
    )
