"""Joining lines that page layout broke mid-sentence, never a headline onto a body."""

from __future__ import annotations

from parsers.blocks import Block
from parsers.layout import ends_sentence, join_broken, looks_like_headline


def blocks(*texts: str) -> list[Block]:
    return [Block(t) for t in texts]


def test_break_after_a_comma_is_joined() -> None:
    out, joins = join_broken(blocks("习近平强调,各地区进一步动员起来,统一思想,", "坚定信心,坚持不懈。"))
    assert [b.text for b in out] == ["习近平强调,各地区进一步动员起来,统一思想,坚定信心,坚持不懈。"]
    assert joins == 1


def test_break_inside_a_word_is_joined() -> None:
    out, _ = join_broken(blocks("在听取汇报后,许昆林指出,当前全", "省疫情仍呈现点多态势。"))
    assert [b.text for b in out] == ["在听取汇报后,许昆林指出,当前全省疫情仍呈现点多态势。"]


def test_headline_subtitle_and_dateline_stay_apart() -> None:
    texts = (
        "中共中央政治局常务委员会召开会议 分析新冠肺炎疫情形势",
        "中共中央总书记习近平主持会议",
        "新华社北京3月17日电 中共中央政治局常务委员会3月17日召开会议。",
    )
    out, joins = join_broken(blocks(*texts))
    assert [b.text for b in out] == list(texts) and joins == 0


def test_headline_with_a_comma_is_not_glued_to_its_subtitle() -> None:
    texts = ("坚定信心，同舟共济", "习近平主持会议", "新华社北京1月25日电 会议召开。")
    out, _ = join_broken(blocks(*texts))
    assert [b.text for b in out] == list(texts)


def test_byline_is_never_joined() -> None:
    out, _ = join_broken(blocks("市委全体领导同志在市分会场参加,各县设分会场", "记者 吕正龙"))
    assert len(out) == 2


def test_sentence_end_and_headline_shape() -> None:
    assert ends_sentence("严肃问责。”") and ends_sentence("现象发生;")
    assert not ends_sentence("全面推广“场所码”")
    assert looks_like_headline("一手抓疫情防控 一手抓经济社会发展")
    assert not looks_like_headline("要压实四方责任。")
