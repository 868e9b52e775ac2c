"""What a thing is for, stated with 目的是 (…，目的就是要…; …根本目的是维护…，确保…), asks nothing:
blind texts of the thirty-fifth session (a provincial committee's visit, a city committee's meeting)."""

from __future__ import annotations

import pytest

from parsers.directives import find_directives


def _texts(paragraphs: list[str]) -> list[str]:
    return [d.text for d in find_directives(paragraphs, title="市委召开常委会会议")]


@pytest.mark.parametrize(
    "aim",
    [
        "我们这次前来,目的就是要大力弘扬红船精神,不忘初心、再谋新篇。",
        "市委常委会听取工作汇报,并研究部署今年工作重点,目的就是要进一步统一思想和行动,凝心聚力。",
        "开展执法检查,目的是发挥人大职能作用,推动各地区各部门落实法律责任,确保土壤资源永续利用。",
    ],
)
def test_an_aim_stated_asks_nothing(aim: str) -> None:
    assert _texts([f"会议要求,要抓好今年各项工作。{aim}"]) == ["要抓好今年各项工作。"]


def test_an_order_after_the_aim_is_one() -> None:
    unit = "兴办扶贫车间目的是扶贫,要坚持扶贫性质,多招收困难群众就业。"
    assert _texts([f"会议强调,{unit}"]) == [unit]
