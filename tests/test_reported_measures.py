"""What blind texts of the thirty-fourth session showed: measures a reporter learnt of from a
body (记者从…了解到,为…,确保…,将…实施…措施,具体如下:), the purpose and what it is to ensure
asking nothing of anyone in the lead."""

from __future__ import annotations

import pytest

from parsers.directives import find_directives

MEASURES = [
    "6月14日—16日,每天7时—18时,禁止各类货运机动车在三环路以内道路通行。",
    "6月14日—16日,每天7时—18时,在全市各考点周边道路严禁鸣笛。",
]


@pytest.mark.parametrize(
    "purpose",
    [
        "为营造中考期间良好的交通环境,确保全市中考工作平稳顺利进行,",
        "为了营造中考期间良好的交通环境,保障考生出行安全,保证考试顺利进行,",
    ],
)
def test_measures_a_reporter_learnt_of_are_the_bodys(purpose: str) -> None:
    lead = f"5月30日,记者从某市公安局交通警察支队了解到,{purpose}6月14日至16日将对部分道路实施交通管控措施,具体如下:"
    found = find_directives([lead, *MEASURES])
    assert [(d.speaker, d.text) for d in found] == [("某市公安局交通警察支队", text) for text in MEASURES]
