"""A document's measures set out area by area (在二手车市场方面，取消…): the area before the verb is a setting, and a
paragraph of measures by area after one that ended on a measure goes on the run, whatever verb it opens with."""

from __future__ import annotations

from parsers.directives import find_directives, starts_imperative

TITLE = "多措并举稳定增加汽车消费"
LEAD = (
    "国务院新闻办今天（7月7日）举行政策吹风会，"
    "商务部等部门有关负责人介绍了《关于搞活汽车流通 扩大汽车消费的若干措施》相关情况。"
)
MEASURES = (
    "《若干措施》提出，各地区不得设定本地新能源汽车车型备案目录等要求。"
    "同时，加快推进充电设施建设，引导充电桩运营企业适当下调充电服务费。"
)


def test_an_area_before_the_verb_is_a_setting() -> None:
    assert starts_imperative("在二手车市场方面，加强对二手车经销的监管。")
    assert starts_imperative("在二手车市场方面，取消对开展二手车经销的不合理限制。", any_verb=True)


def test_measures_by_area_go_on_the_documents_run() -> None:
    paragraphs = [
        LEAD,
        MEASURES,
        "在二手车市场方面，取消对开展二手车经销的不合理限制。从8月1日起，在全国范围取消对符合国五排放标准的小型非营运二手车的迁入限制。",
        "在解决城市停车问题方面，要结合城市更新行动，积极扩建新建停车设施。",
    ]
    found = find_directives(paragraphs, title=TITLE)
    assert [(d.text, d.paragraph) for d in found if d.paragraph >= 2] == [
        ("在二手车市场方面，取消对开展二手车经销的不合理限制。", 2),
        ("从8月1日起，在全国范围取消对符合国五排放标准的小型非营运二手车的迁入限制。", 2),
        ("在解决城市停车问题方面，要结合城市更新行动，积极扩建新建停车设施。", 3),
    ]
    assert {d.speaker for d in found} == {"措施"}


def test_an_area_after_narrative_is_no_measure() -> None:
    paragraphs = [
        LEAD,
        "发布会上，有关负责人介绍了近期汽车市场运行情况，销量同比增长。",
        "在二手车市场方面，取消了一批不合理限制，交易量明显回升。",
    ]
    assert [d.text for d in find_directives(paragraphs, title=TITLE)] == []
