"""What blind texts of the thirty-first session showed: the rules a document sets out, where
需 tells those it names what they must do (入境人员需隔离, 旅客需凭…证明乘车)."""

from __future__ import annotations

import pytest

from parsers.directives import markers


@pytest.mark.parametrize(
    "unit",
    [
        "对入住宾馆酒店和进入旅游景区人员需查验健康码和72小时内核酸检测阴性证明。",
        "旅客需凭48小时内核酸检测阴性证明乘坐飞机、高铁等交通工具。",  # jieba makes 需凭 one word
        "入境人员需隔离14天。",
        "从明天起，铁路部门需购票人提供本人手机号码方可购票。",
    ],
)
def test_need_after_those_a_rule_names_is_a_modal(unit: str) -> None:
    assert markers(unit) == ["需"]


@pytest.mark.parametrize(
    "unit",
    [
        "该项目需投资100亿元。",  # what a project costs
        "当前，各地正积极围绕解决企业需求，精准施策。",  # 企业需求: a noun, not 需 fused with a verb
        "这些工作需要坚持长期投入。",
    ],
)
def test_need_as_a_cost_or_a_noun_is_no_modal(unit: str) -> None:
    assert "需" not in markers(unit)
