"""What regulators' notice demands, as 新闻联播 reports it (blind texts of the thirty-sixth session): bodies
that issue it together (银保监会、人民银行; the central bank is a body that issues), the day in brackets after
今天, and the demand that names whom it tells, then what they are to do, with no modal
(要求银行业金融机构合理设置…上限；要以…；不得…)."""

from __future__ import annotations

from parsers.directives import find_directives
from parsers.notices import is_issuer

NOTICE = (
    "银保监会、人民银行今天（7月7日）发布通知，进一步规范信用卡业务。要求银行业金融机构合理设置单一客户信用卡总授信"
    "额度上限；要以明显的方式向客户展示最高年化利率水平；不得诱导客户过度使用分期业务。"
)


def test_the_demands_of_a_notice_two_bodies_issued() -> None:
    assert [(d.speaker, d.text) for d in find_directives([NOTICE])] == [
        ("银保监会、人民银行", "银行业金融机构合理设置单一客户信用卡总授信额度上限；"),
        ("银保监会、人民银行", "要以明显的方式向客户展示最高年化利率水平；"),
        ("银保监会、人民银行", "不得诱导客户过度使用分期业务。"),
    ]


def test_the_central_bank_demands() -> None:
    unit = (
        "中国人民银行今日（2月10日）发放首批专项再贷款。人民银行要求金融机构拿到企业名单之后，最长两天将贷款发放到位。"
    )
    assert [(d.speaker, d.text) for d in find_directives([unit])] == [
        ("人民银行", "金融机构拿到企业名单之后，最长两天将贷款发放到位。")
    ]


def test_the_central_bank_is_an_issuer() -> None:
    assert is_issuer("中国人民银行")


def test_a_bank_that_lends_is_no_issuer() -> None:
    assert not is_issuer("中国进出口银行")


def test_a_demand_that_names_no_one_told_keeps_to_the_modals() -> None:
    # 要求 then a verb first is the demand as before; whom it names first needs a verb after it
    unit = "银保监会发布通知。要求加强信用卡业务管理；市场总体平稳；不得诱导客户过度使用分期业务。"
    assert [d.text for d in find_directives([unit])] == ["加强信用卡业务管理；", "不得诱导客户过度使用分期业务。"]
