"""A page's calls to read on or look below are no instructions: 关注公众号,随时阅读…, 详情请看↓ and 用手机扫描二维码
are the page's furniture, and 详情请看↓ at a paragraph's end asks no one to do anything; 请关注天气预报 still does."""

from __future__ import annotations

import pytest

from parsers.directives import find_directives
from parsers.layout import is_page_furniture


@pytest.mark.parametrize(
    "line",
    [
        "关注公众号,随时阅读陕西工人报",
        "详情请看↓",
        "具体请见👇",
        "用手机扫描二维码 在手机上继续观看",
        "扫描二维码下载APP",
    ],
)
def test_calls_to_read_on_are_furniture(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", ["请关注天气预报，及时做好防范。", "详情请看附件中的防控要求，请市民遵守。"])
def test_advice_is_no_furniture(line: str) -> None:
    assert not is_page_furniture(line)


def test_a_prompt_to_look_below_is_no_directive() -> None:
    paragraphs = [
        "国家卫生健康委疾控局副局长雷正龙在国务院联防联控机制新闻发布会上表示,各地要坚决防止层层加码,"
        "坚决做到“九不准”。详情请看↓"
    ]
    found = find_directives(paragraphs, title="国家卫健委要求疫情防控做到“九不准”")
    assert [d.text for d in found] == ["各地要坚决防止层层加码,坚决做到“九不准”。"]


@pytest.mark.parametrize(
    "line",
    [
        "想爆料?请登录《阳光连线》( http://minsheng.iqilu.com/)、拨打新闻热线0531-66661234或96678,"
        "或登录齐鲁网官方微博(@齐鲁网)提供新闻线索。",
        "【如果您有新闻线索,欢迎向我们报料,一经采纳有费用酬谢。报料微信关注:ihxdsb,报料QQ:3386405712】",
    ],
)
def test_a_sites_call_for_news_tips_is_furniture_however_long(line: str) -> None:
    assert is_page_furniture(line)


def test_a_tip_told_of_in_a_report_is_no_furniture() -> None:
    assert not is_page_furniture("市民爆料称，小区门口积水严重，请拨打热线。")
