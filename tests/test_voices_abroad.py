"""Who speaks in the international items of a broadcast day: a foreign official named after a
title (外交部发言人扎哈罗娃), then by that name alone; and a side taken (我们坚决反对…), which
orders nobody."""

from __future__ import annotations

import datetime as dt

from said import said_on

from parsers.directives import markers, split_attribution
from parsers.names import looks_foreign

DAY = dt.date(2021, 3, 25)


def _said(*lines: str) -> list[tuple[str, str | None]]:
    return said_on(DAY, *lines)


def test_a_foreign_name_after_a_title_speaks() -> None:
    assert split_attribution("俄罗斯外交部发言人扎哈罗娃表示，北约应该管好自己的事情。") == (
        "扎哈罗娃",
        "北约应该管好自己的事情。",
    )
    assert split_attribution("联合国秘书长古特雷斯表示，各国应加强合作。") == ("古特雷斯", "各国应加强合作。")
    assert split_attribution("俄外长拉夫罗夫表示，各方应保持克制。") == ("拉夫罗夫", "各方应保持克制。")


def test_a_foreign_name_once_titled_speaks_alone_later() -> None:
    assert _said(
        "俄方回应北约指责",
        "俄罗斯外交部发言人扎哈罗娃24日表示，北约应该管好自己的事情。扎哈罗娃指出，北约各成员国应该关注本国的疫情。",
    ) == [
        ("北约应该管好自己的事情。", "扎哈罗娃"),
        ("北约各成员国应该关注本国的疫情。", "扎哈罗娃"),
    ]


def test_a_foreign_spelling_needs_a_title_before_it() -> None:
    assert looks_foreign("古特雷斯") and looks_foreign("克里斯蒂安·梅斯特")
    assert not looks_foreign("干部群众") and not looks_foreign("·古特")
    # without a title, four such characters are no name: 阿巴斯 alone opens no attribution
    assert split_attribution("阿巴斯表示，各方应保持克制。")[0] is None


def test_a_side_taken_orders_nobody() -> None:
    assert markers("一些人质疑中国取得的抗疫成果，我们对此坚决反对。") == []
    assert markers("中方坚决反对美方干涉中国内政。") == []
    assert markers("要坚决反对形式主义。") == ["要", "坚决"]
    assert markers("坚决反对形式主义、官僚主义。") == ["坚决"]
