"""Classification against the whole history: series, said-before, date order."""

from __future__ import annotations

import datetime as dt

from bulletin_diff.records import Article, ChangeKind, Directive, Document, ParsedDocument, content_id
from diffengine.compare import compare
from diffengine.history import CONTINUES_SIMILARITY, MemoryHistory, classify, with_families
from parsers.normalize import normalize
from parsers.words import content_words


def document(day: int, series: str | None, *texts: str, speaker: str = "会议") -> ParsedDocument:
    sha = content_id("doc", day, series, *texts) * 4
    directives = tuple(
        Directive(
            id=content_id(sha, i, normalize(t)),
            text=t,
            norm=normalize(t),
            speaker=speaker,
            article_index=0,
            position=i,
            tokens=content_words(normalize(t)),
        )
        for i, t in enumerate(texts)
    )
    article = Article(0, "题", None, None, None, None, None, False, (), directives, series=series)
    doc = Document(f"d{day}", sha, "utf-8", "detected", "text", dt.date(2020, 3, day), "option", 1)
    return ParsedDocument(doc, (article,))


def test_only_a_series_drops_directives() -> None:
    history = MemoryHistory()
    history.add(document(1, "常委会会议", "要加强疫苗接种。", "要做好学校防控工作。"))
    news = classify(document(2, None, "要加强疫苗接种。"), history)
    assert [c.kind for c in news] == [ChangeKind.UNCHANGED]
    meeting = classify(document(3, "常委会会议", "要加强疫苗接种。"), history)
    assert [c.kind for c in meeting] == [ChangeKind.UNCHANGED, ChangeKind.DROPPED]


def test_new_means_never_said_before_anywhere_in_the_history() -> None:
    history = MemoryHistory()
    history.add(document(1, "国务院常务会议", "要稳住外贸外资基本盘，保障国际物流供应链畅通。"))
    changes = classify(document(5, "常委会会议", "要稳住外贸外资基本盘，保障国际物流供应链畅通。"), history)
    assert [(c.kind, c.previous_text) for c in changes] == [
        (ChangeKind.UNCHANGED, "要稳住外贸外资基本盘，保障国际物流供应链畅通。")
    ]


def test_a_later_document_is_not_history_for_an_earlier_one() -> None:
    history = MemoryHistory()
    history.add(document(20, "常委会会议", "要加强疫苗接种。"))
    changes = classify(document(10, None, "要加强疫苗接种。"), history)
    assert [c.kind for c in changes] == [ChangeKind.NEW]


def test_lineage_follows_rewordings() -> None:
    history = MemoryHistory()
    first = document(1, "常委会会议", "要坚持科学精准、动态清零，尽快遏制疫情扩散蔓延势头。")
    history.add(first, with_families(classify(first, history)))
    second = document(8, "常委会会议", "要坚定不移坚持动态清零总方针，尽快遏制疫情扩散蔓延势头。")
    (change,) = classify(second, history)
    assert change.kind is ChangeKind.CHANGED
    assert with_families([change]) == {second.directives[0].id: first.directives[0].id}


def test_a_meeting_on_another_subject_drops_nothing() -> None:
    history = MemoryHistory()
    history.add(document(1, "国务院常务会议", "要加快专项债发行使用。", "要稳定生猪生产。"))
    changes = classify(document(8, "国务院常务会议", "要做好冬季供暖保障。"), history)
    assert [c.kind for c in changes] == [ChangeKind.NEW]


def test_one_weak_rewording_does_not_make_a_meeting_drop_the_rest() -> None:
    history = MemoryHistory()
    earlier = document(
        1, "国务院常务会议", "各地各有关部门要贯彻党中央、国务院部署，坚持生命至上，压实各方责任。", "要稳定生猪生产。"
    )
    history.add(earlier)
    later = document(
        8, "国务院常务会议", "要按照党中央、国务院部署，全面做好“六稳”工作、落实“六保”任务。", "要做好冬季供暖保障。"
    )
    changes = classify(later, history)
    assert ChangeKind.DROPPED not in [c.kind for c in changes]
    # the same pair of meetings compared whole does pair the two lines, weakly
    (pair,) = [c for c in compare(later.directives, earlier.directives) if c.kind is ChangeKind.CHANGED]
    assert pair.similarity is not None and pair.similarity < CONTINUES_SIMILARITY


def test_a_close_rewording_continues_the_series_and_drops_the_rest() -> None:
    history = MemoryHistory()
    history.add(
        document(1, "国务院常务会议", "要加快地方政府专项债券发行使用，尽快形成实物工作量。", "要稳定生猪生产。")
    )
    later = document(
        8, "国务院常务会议", "要加快地方政府专项债券发行使用，尽快形成更多实物工作量。", "要做好冬季供暖保障。"
    )
    kinds = [c.kind for c in classify(later, history)]
    assert kinds == [ChangeKind.CHANGED, ChangeKind.NEW, ChangeKind.DROPPED]


def test_on_another_subject_a_weak_pair_is_looked_up_like_a_new_line() -> None:
    history = MemoryHistory()
    history.add(
        document(
            1,
            "国务院常务会议",
            "各地各有关部门要贯彻党中央、国务院部署，坚持生命至上，压实各方责任。",
            "要稳定生猪生产。",
        )
    )
    later = document(
        8, "国务院常务会议", "要按照党中央、国务院部署，全面做好“六稳”工作、落实“六保”任务。", "要做好冬季供暖保障。"
    )
    assert [c.kind for c in classify(later, history)] == [ChangeKind.NEW, ChangeKind.NEW]
