"""Speeches set out in full. A speech's title (在…上的讲话) may run over two lines; the day it was given, in
brackets, and its giver's name, each on a line under it, are no subtitle: the day is the article's and the
giver speaks what the text attributes to no one. A line naming whose speech follows (某某同志的总结讲话)
names the giver under a title of several; a speech whose giver goes unnamed speaks as 讲话人, and so does an
extract closed by a note of where it was said (（2020年2月5日在…会议上的讲话）), which heads nothing. News of a
speech told by others (…高度评价…在…上的讲话) is no speech; a title that says it is the full text
(…上的讲话（全文）) is a speech's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from parsers.directives import FoundDirective, find_directives, own_voice
from parsers.document import parse_document


def _doc(text: str):  # type: ignore[no-untyped-def]
    return parse_document(text.encode(), source="speech.txt")


def test_a_speech_head_gives_its_title_day_and_giver() -> None:
    doc = _doc(
        "在庆祝某某大会\n暨某某典礼上的讲话\n（2022年7月1日）\n王建国\n同胞们，朋友们：\n"
        "今天，我们在这里隆重集会，庆祝某某大会召开。\n"
        "我们要坚持和完善制度体系，确保各项事业行稳致远。必须始终坚持以人民为中心，着力解决群众急难愁盼问题。\n"
    )
    (article,) = doc.articles
    assert (article.title, article.subtitle, article.date) == (
        "在庆祝某某大会暨某某典礼上的讲话",
        None,
        dt.date(2022, 7, 1),
    )
    assert [(d.speaker, d.text) for d in doc.directives] == [
        ("王建国", "我们要坚持和完善制度体系，确保各项事业行稳致远。"),
        ("王建国", "必须始终坚持以人民为中心，着力解决群众急难愁盼问题。"),
    ]


def test_a_line_naming_whose_speech_follows_names_the_giver() -> None:
    doc = _doc(
        "李明、张华同志在某某工作会议上的讲话\n张华同志的总结讲话\n"
        "某某工作会议的召开，标志着工作正式启动。根据安排，我来作个总结。\n"
        "各级党组织要把学习贯彻作为首要任务，切实抓紧抓好。\n"
    )
    (article,) = doc.articles
    assert article.subtitle == "张华同志的总结讲话"
    assert [(d.speaker, d.text) for d in doc.directives] == [
        ("张华", "各级党组织要把学习贯彻作为首要任务，切实抓紧抓好。")
    ]


def test_an_unnamed_speech_and_an_extract_with_its_notes_speak_as_the_speaker() -> None:
    doc = _doc(
        "全面提高某某工作能力\n一\n当前，某某工作正处于关键时期。\n"
        "要完善相关立法，加强配套制度建设，构建系统完备的法律体系。\n"
        "（2020年2月5日在某某委员会第三次会议上的讲话）\n二\n"
        "要加强风险评估，依法审慎决策，严格依法实施各项措施。\n"
        "（2020年2月14日在某某委员会第十二次会议上的讲话）\n"
    )
    (article,) = doc.articles
    assert (article.title, article.subtitle) == ("全面提高某某工作能力", None)
    assert [(d.speaker, d.text) for d in doc.directives] == [
        ("讲话人", "要完善相关立法，加强配套制度建设，构建系统完备的法律体系。"),
        ("讲话人", "要加强风险评估，依法审慎决策，严格依法实施各项措施。"),
    ]


def test_news_of_a_speech_told_by_others_is_no_speech() -> None:
    doc = _doc("国际人士高度评价王建国在某某论坛上的讲话\n多国人士认为，各国必须通力合作，共同应对挑战。\n")
    assert [d.speaker for d in doc.directives] == []


def test_a_speech_titled_as_the_full_text_is_a_speech() -> None:
    doc = _doc(
        "王建国在某某论坛上的讲话（全文）\n\n尊敬的各位嘉宾：\n\n祝贺论坛成功召开。\n\n"
        "我们要坚持开放合作，推动各方共同发展。\n"
    )
    assert [(d.speaker, d.text) for d in doc.directives] == [("王建国", "我们要坚持开放合作，推动各方共同发展。")]


def test_a_report_that_names_nobody_speaking_orders_in_its_own_voice() -> None:
    # an extract of a work report under its slogans: nobody is named speaking, and most of it orders
    doc = _doc(
        "坚定信心 真抓实干\n奋力谱写高质量发展新篇章\n\n三、今后五年的主要任务\n"
        "一要大力推进科技创新。以科创走廊为主平台，联动建设一批新型实验室。完善激励创新的政策体系。\n"
        "二要全面提升产业竞争力。深入实施产业链提升工程，培育一批先进制造业集群。\n"
        "三要扩大高水平对外开放。高标准建设自贸试验区，推动贸易高质量发展。\n"
    )
    texts = [(d.speaker, d.text) for d in doc.directives]
    assert texts[:3] == [
        (None, "一要大力推进科技创新。"),
        (None, "以科创走廊为主平台，联动建设一批新型实验室。"),
        (None, "完善激励创新的政策体系。"),
    ]
    assert (None, "三要扩大高水平对外开放。") in texts


def test_a_story_that_names_nobody_speaking_orders_nobody() -> None:
    # a report from a ward: what doctors have to do is told of them, and nobody is named giving orders
    doc = _doc(
        "急救五小时 搭建生命通道\n"
        "凌晨两点，重症病房里灯火通明。今天要救治的患者，血氧饱和度只有百分之八十。\n"
        "危重病人的药物使用，必须精确到微克。为了防止血栓，医生要不断调整药量。\n"
        "经过四个小时的努力，治疗成功了，患者的各项指标逐渐平稳。医护人员这才松了一口气。\n"
    )
    assert doc.directives == ()


def test_reading_in_its_own_voice_gives_up_once_too_few_units_are_left() -> None:
    # the second reading stops as soon as the units left cannot make the text order in bulk; it is
    # told how many units are left at most, the one at hand included
    paragraphs = ["今天天气晴朗。市民纷纷出游。", "公园里游人如织。", "要注意安全。要文明出游。"]
    asked: list[int] = []

    def never(found: Sequence[FoundDirective], left: int) -> bool:
        asked.append(left)
        return False

    assert [f.text for f in find_directives(paragraphs, author="作者", give_up=never)] == [
        "要注意安全。",
        "要文明出游。",
    ]
    assert asked == [5, 4, 3, 2, 1]
    assert find_directives(paragraphs, author="作者", give_up=lambda found, left: left < 3) == []
    # a narrative this long with two orders at its end is no text's own voice, early stop or not
    assert own_voice(paragraphs) == []
