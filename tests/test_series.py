"""Which series an article belongs to, read from its title (parsers/series.py)."""

from __future__ import annotations

import pytest

from parsers.series import series_of


@pytest.mark.parametrize(
    ("title", "series"),
    [
        (
            "中共中央政治局常务委员会召开会议 分析新冠肺炎疫情形势 部署从严抓好疫情防控工作",
            "中共中央政治局常务委员会会议",
        ),
        ("习近平主持召开中共中央政治局常务委员会会议", "中共中央政治局常务委员会会议"),
        ("李克强主持召开国务院常务会议", "国务院常务会议"),
        ("省疫情联防联控指挥部召开会议 把各项防控措施落到细处实处", "省疫情联防联控指挥部会议"),
        ("国务院办公厅关于进一步做好疫情防控工作的通知", "国务院办公厅通知"),
        # a notice that forwards another, whose title is in 《》
        ("国务院办公厅转发国家卫生健康委、财政部《关于改善一线医务人员工作条件的通知》", "国务院办公厅通知"),
        ("市委常委会召开扩大会议 研究部署当前疫情防控工作", "市委常委会会议"),
        # the meeting the title opens with, then what it did
        ("国务院常务会议部署稳就业工作", "国务院常务会议"),
        ("全省疫情防控工作会议要求 坚决守住不发生规模性反弹底线", "全省疫情防控工作会议"),
        # the meeting a leader spoke at
        ("吴政隆在全省疫情防控工作视频会议上强调", "全省疫情防控工作会议"),
        ("习近平在中央全面深化改革委员会第十四次会议上强调", "中央全面深化改革委员会会议"),
    ],
)
def test_the_series_is_read_from_the_title(title: str, series: str) -> None:
    assert series_of(title) == series


@pytest.mark.parametrize(
    "titles",
    [
        (
            "吴政隆在全省疫情防控工作视频会议上强调",
            "许昆林在全省疫情防控工作电视电话会议上指出",
            "吴政隆在全省疫情防控工作视频调度会议上强调",
        ),
        ("省疫情联防联控指挥部召开视频调度会议", "省疫情联防联控指挥部召开会议 把各项防控措施落到细处实处"),
        # an enlarged meeting of a body is one of its meetings
        ("市委常委会召开扩大会议", "市委常委会召开会议", "李强主持召开市委常委会扩大会议"),
        # the body under the disease's first name, and the session number of a standing committee
        (
            "李克强主持召开中央应对新型冠状病毒感染肺炎疫情工作领导小组会议",
            "李克强主持召开中央应对新冠肺炎疫情工作领导小组会议",
        ),
        ("十三届全国人大常委会第二十次会议举行第一次全体会议", "全国人大常委会第二十一次会议举行第一次全体会议"),
        # a body under its short name and its full one, a meeting chaired or held
        (
            "中共中央政治局常务委员会召开会议 研究部署疫情防控重点工作",
            "习近平主持召开中央政治局常委会会议 研究部署疫情防控重点工作",
            "中央政治局常委会召开会议",
            "习近平主持中共中央政治局常务委员会会议",
        ),
        ("中共中央政治局召开会议", "习近平主持召开中央政治局会议"),
        ("省委常委会召开会议", "省委常委会议传达学习全国两会精神", "娄勤俭主持召开省委常委会会议"),
        ("国务院常务会议部署稳就业工作", "国务院常务会议：部署稳就业工作", "李克强主持国务院常务会议"),
    ],
)
def test_how_a_meeting_was_held_does_not_change_its_series(titles: tuple[str, ...]) -> None:
    found = {series_of(t) for t in titles}
    assert len(found) == 1 and None not in found


@pytest.mark.parametrize(
    "title",
    [
        "全力以赴打好疫情防控攻坚战",
        "一手抓疫情防控 一手抓经济社会发展",
        None,
        "香港中联办：理解和支持特区政府关于推迟选举的决定",
        # the echo of a meeting is not one of its meetings
        "坚定信心 坚决打赢疫情防控阻击战——习近平在中共中央政治局常务委员会会议上的讲话引发强烈反响",
        "增强信心 迎难而上——习近平总书记在企业家座谈会上的讲话引起热烈反响",
    ],
)
def test_ordinary_news_has_no_series(title: str | None) -> None:
    assert series_of(title) is None


def test_a_notice_whose_title_names_no_issuer_is_of_its_signers_series() -> None:
    title = "关于做好近期疫情防控工作的通知"
    assert series_of(title) is None
    assert series_of(title, "盐都区新冠肺炎疫情防控工作指挥部") == "盐都区新冠肺炎疫情防控工作指挥部通知"
    whole = "盐都区新冠肺炎疫情防控工作指挥部关于做好近期疫情防控工作的通知"
    assert series_of(whole) == "盐都区新冠肺炎疫情防控工作指挥部通知"
    assert series_of("市委常委会召开会议", "盐都区新冠肺炎疫情防控工作指挥部") == "市委常委会会议"


def test_a_bodys_announcement_is_of_its_series() -> None:
    assert series_of("盐城市新冠肺炎疫情防控指挥部通告") == "盐城市新冠肺炎疫情防控指挥部通告"
    assert series_of("江苏省人民政府公告") == "江苏省人民政府公告"
    assert series_of("疫情防控通告") is None


@pytest.mark.parametrize(
    ("title", "series"),
    [
        ("市委常委会召开(扩大)会议", "市委常委会会议"),
        ("省疫情防控领导小组（指挥部）召开会议", "省疫情防控领导小组会议"),
        ("射阳县召开疫情防控工作推进会", "射阳县疫情防控工作推进会"),
        ("我市召开续会", "我市续会"),
        ("省政府办公厅印发通知", "省政府办公厅通知"),
        ("国务院办公厅印发通知 部署进一步做好稳就业工作", "国务院办公厅通知"),
    ],
)
def test_local_meetings_and_notices_have_their_series(title: str, series: str) -> None:
    """What brackets add to a title, (扩大) or a body's other name, is no part of its series;
    推进会 and 续会 are meetings; 印发通知 with nothing between is a notice."""
    assert series_of(title) == series
