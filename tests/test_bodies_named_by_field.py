"""A body named by its field of work rather than its title speaks for itself: a county's market
supervision department that reminds consumers, the weather department that warns the public
(某县市场监督管理部门提醒…, 气象部门提醒…). A department of no named field, or several counted
together, is no body of its own (各部门, 等三部门).

The pages are written for these tests in the manner of such texts; none is copied from a real page.
"""

from __future__ import annotations

import datetime as dt

from said import said_on

from parsers.directives import speaker_of

DAY = dt.date(2023, 1, 10)


def test_a_department_of_a_named_field_reminds_in_its_own_voice() -> None:
    assert said_on(
        DAY,
        "某县市场监管局发布消费提示",
        "近日，某县市场监督管理部门提醒广大消费者，购买年货时要到正规商场选购，注意查看商品的保质期。",
    ) == [("购买年货时要到正规商场选购，注意查看商品的保质期。", "某县市场监督管理部门")]
    assert speaker_of("气象部门") == "气象部门"
    assert speaker_of("某省教育部门") == "某省教育部门"


def test_departments_of_no_named_field_are_no_body() -> None:
    assert speaker_of("各部门") is None
    assert speaker_of("有关部门") is None
    assert speaker_of("某部等三部门") is None
