"""A State Council meeting's report as portals repost it (blind texts of the thirty-sixth session): the points
after a statement that opens their paragraph (当前仍存在较大就业压力。下一步,一要…), a quotation then who said it
and where (“…。”李克强总理在7月8日的国务院常务会议上强调。), a subheading over the paragraph that opens on who
speaks (压实各方责任,要“避”“防”“救”三管齐下 ⏎ 李克强要求,…), and a site's name in Latin letters over the
headline (Beijing e-Town International HR)."""

from __future__ import annotations

from parsers.blocks import Block
from parsers.directives import find_directives, split_attribution
from parsers.document import parse_document
from parsers.layout import join_broken


def test_the_points_after_a_statement_and_what_comes_next() -> None:
    found = find_directives(
        [
            "会议指出,实施就业优先政策是今年宏观政策重要内容之一。",
            "当前仍存在较大就业压力。下一步,一要采取更有力措施稳增长。严密关注劳动密集型企业等就业情况。二要推动就业支撑措施抓紧落实到位。",
        ]
    )
    assert [(d.speaker, d.text) for d in found] == [
        ("会议", "下一步,一要采取更有力措施稳增长。"),
        ("会议", "严密关注劳动密集型企业等就业情况。"),
        ("会议", "二要推动就业支撑措施抓紧落实到位。"),
    ]


def test_a_statement_after_narrative_keeps_no_speaker_for_what_comes_next() -> None:
    found = find_directives(["会议听取了汇报。", "当前仍存在较大就业压力。下一步,一要采取更有力措施稳增长。"])
    assert found == []


def test_a_quotation_then_who_said_it_and_where() -> None:
    unit = "“各地各有关部门要全力做好防汛救灾工作。”李克强总理在7月8日的国务院常务会议上强调。"
    who, _ = split_attribution(unit)
    assert who == "李克强"


def test_a_subheading_over_a_paragraph_that_opens_on_who_speaks_stands_alone() -> None:
    blocks = [
        Block("压实各方责任,要“避”“防”“救”三管齐下"),
        Block("李克强要求,要压实各方责任,各级防汛责任人要下沉一线。"),
    ]
    joined, joins = join_broken(blocks)
    assert joins == 0 and [b.text for b in joined] == [b.text for b in blocks]


def test_a_sites_name_in_latin_letters_over_the_headline() -> None:
    page = (
        "资讯中心\n\nBeijing e-Town International HR\n\n李克强主持召开国务院常务会议 部署加大力度落实就业优先政策等\n\n"
        "2019-08-01 中国政府网\n\n会议指出,实施就业优先政策是今年宏观政策重要内容之一。要加大力度落实就业优先政策。\n"
    )
    doc = parse_document(page.encode(), source="page.txt")
    assert [a.title for a in doc.articles] == ["李克强主持召开国务院常务会议 部署加大力度落实就业优先政策等"]
