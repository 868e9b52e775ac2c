"""A city's notice of mass testing as a paper reposts it (blind texts of the thirty-sixth session): a section
that names the notes under it (五、特别告知, 六、温馨提示) asks nothing itself, and the next point cut off at the
page's foot ((二)请广大居民根据社区() is the text going on, not a headline of another."""

from __future__ import annotations

import pytest

from parsers.directives import find_directives
from parsers.document import parse_document

LEAD = "市疫情防控指挥部决定,将在全市范围开展新一轮全员核酸检测。现通告如下:"


@pytest.mark.parametrize("heading", ["五、特别告知", "五、温馨提示", "五、特别提醒", "五、注意须知"])
def test_a_section_named_by_its_notes_is_no_point(heading: str) -> None:
    found = find_directives([LEAD, "四、各区务必保障群众必要紧急就医需要。", heading, "(一)请广大居民积极配合采样。"])
    assert [d.text for d in found] == ["四、各区务必保障群众必要紧急就医需要。", "(一)请广大居民积极配合采样。"]


def test_a_section_that_says_what_to_do_is_still_a_point() -> None:
    found = find_directives([LEAD, "四、各区务必保障群众必要紧急就医需要。", "五、加强提醒"])
    assert [d.text for d in found] == ["四、各区务必保障群众必要紧急就医需要。", "五、加强提醒"]


PAGE = (
    "天津5月21日在全市范围开展新一轮全员核酸检测\n天津日报 2022-05-19 17:08\n\n"
    "5月19日,天津市疫情防控指挥部发布第12号通告。通告全文如下:\n\n" + LEAD + "\n\n"
    "四、凡是未在规定时间内参加核酸检测的居民,健康码调整为橙码。\n\n五、特别告知\n\n"
    "(一)请广大居民积极配合各采样点工作人员做好样本采集工作。\n\n(二)请广大居民根据社区("
)


def test_the_next_point_cut_off_at_the_pages_foot_is_no_headline() -> None:
    doc = parse_document(PAGE.encode(), source="page.txt")
    assert [a.title for a in doc.articles] == ["天津5月21日在全市范围开展新一轮全员核酸检测"]
    assert doc.articles[0].truncated


def test_a_numbered_headline_under_a_text_that_is_no_list_still_heads_one() -> None:
    page = (
        "全市疫情防控工作会议召开\n\n3月2日,全市疫情防控工作会议召开。会议要求,要压实四方责任。\n\n"
        "二、各区开展专项检查(图)"
    )
    doc = parse_document(page.encode(), source="page.txt")
    assert len(doc.articles) == 2
