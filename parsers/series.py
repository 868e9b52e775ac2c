"""Which series an article belongs to: the same issuer and kind of meeting or notice.

A directive is only ``dropped`` when the next article of the same series no longer
carries it, so an unrelated bulletin never drops anything. The series is read from
the title: ``中共中央政治局常务委员会召开会议 …`` → ``中共中央政治局常务委员会会议``;
``李克强主持召开国务院常务会议`` → ``国务院常务会议``; ``省疫情联防联控指挥部召开会议`` →
``省疫情联防联控指挥部会议``; ``国务院办公厅关于…的通知`` → ``国务院办公厅通知``
(and ``市疫情防控指挥部通告`` → itself, ``国务院办公厅印发通知 进一步…`` → ``国务院办公厅通知``);
``市委常委会召开（扩大）会议`` → ``市委常委会会议`` (what brackets add is left out); ``…召开…推进会``,
``我市召开续会``: a 推进会, 调度会 or a city's 续会 is a meeting too;
``吴政隆在全省疫情防控工作视频会议上强调`` → ``全省疫情防控工作会议`` (how a meeting was
held, 视频 or 电视电话, and whether it was enlarged, 扩大, are left out);
``国务院常务会议部署稳就业工作`` → ``国务院常务会议``; a body's short name is its full
one (``习近平主持召开中央政治局常委会会议`` → ``中共中央政治局常务委员会会议``); a notice whose title names no issuer
(``关于…的通知``) is of the series of whoever signs it.
"""

from __future__ import annotations

import re

from parsers.notices import ISSUED_AS, NOTICE_TITLE, about_kind

_HAN = r"[\u4e00-\u9fff]"
_NUM = r"[一二三四五六七八九十百零〇\d]"
_ORDINAL = re.compile(rf"第?{_NUM}+次(?=会议)|第{_NUM}+次|第?{_NUM}+届|\d{{4}}年|{_NUM}+月{_NUM}+日")
# one body under the names the disease had: 中央应对新型冠状病毒感染肺炎疫情工作领导小组
# (January 2020) is 中央应对新冠肺炎疫情工作领导小组 (from February)
_DISEASE = re.compile(r"新型冠状病毒感染的肺炎|新型冠状病毒感染肺炎|新型冠状病毒肺炎|新冠病毒感染")
# the kinds of meeting a title names: 会议, 全会, 座谈会, 推进会, 调度会, a city's 续会 after a provincial one
_MEETING_KINDS = "会议|全会|座谈会|常委会|发布会|推进会|调度会|部署会|续会|联席会|例会"
_MEETING_KIND = rf"(?:{_MEETING_KINDS})(?!议)"  # 调度会 of 视频调度会议 is its 调度会议
_MEETING = rf"{_HAN}{{2,30}}?{_MEETING_KIND}(?:党组会议|全体会议|扩大会议|会议)?"
_CHAIRED = re.compile(rf"主持召开({_MEETING})")
# 习近平主持中共中央政治局常务委员会会议: chaired, without 召开, where the headline
# ends or goes on with what the meeting did (not 主持…座谈会重要讲话精神引发热烈反响)
_CHAIRED_BARE = re.compile(rf"主持({_MEETING})(?=$|并|强调|指出|要求|部署|研究)")
_HELD = re.compile(
    rf"^({_HAN}{{2,30}}?)(?:\d+月\d+日)?(?:召开|举行)({_HAN}{{0,16}}?(?:(?:{_MEETING_KINDS})(?!议)|扩大会议))"
)
# what others say of a meeting is not the meeting (…在…会议上的讲话引起热烈反响)
_REACTION = re.compile(r"(?:引发|引起)\S{0,4}反响|反响(?:强烈|热烈)")
# the short names of a body are its full name: 中央政治局常委会 is 中共中央政治局常务委员会,
# and 省委常委会议 is 省委常委会会议
_FULL_NAMES = (
    (re.compile(r"政治局常委会"), "政治局常务委员会"),
    (re.compile(r"(?<!中共)中央政治局"), "中共中央政治局"),
    (re.compile(r"常委会议"), "常委会会议"),
)
# 吴政隆在全省疫情防控工作视频会议上强调: the meeting a leader spoke at
_SPOKE_AT = re.compile(
    rf"在({_HAN}{{2,30}}?(?:会议|全会|座谈会|常委会|推进会|调度会|部署会))(?:上|中)?(?:的)?(?:强调|指出|讲话|要求|表示)"
)
# the meeting a title opens with, then what it did: 国务院常务会议部署稳就业工作
_MEETING_DID = re.compile(
    rf"^({_HAN}{{2,30}}?(?:常务会议|常委会会议|会议|全会))[:：]?(?:部署|研究|强调|要求|指出|决定|确定|听取|审议|通过|传达|分析|召开|举行)"
)
# how a meeting was held is no part of which meeting it is: 视频会议, 视频调度会议 and
# 电视电话会议 of the same body are one series, and so are its meetings and its
# enlarged meetings (扩大会议)
_HOW_HELD = re.compile(r"视频|电视电话|调度|专题|扩大(?=会议)")
# what brackets add to a title is no part of which meeting it is: (扩大), a body's other name (指挥部)
_BRACKETED = re.compile(r"[（(][^（()）]{1,12}[)）]")


def series_of(title: str | None, signer: str | None = None) -> str | None:
    """The series key of an article, or None for ordinary news. ``signer``: who signs
    the article off, when it is a notice."""
    if not title:
        return None
    title = _BRACKETED.sub("", _DISEASE.sub("新冠肺炎", title))
    for short, full in _FULL_NAMES:
        title = short.sub(full, title)
    if _REACTION.search(title):
        return None
    head = _ORDINAL.sub("", title.split(" ")[0] if " " in title else title)
    whole = _ORDINAL.sub("", title.replace(" ", ""))
    m = _CHAIRED.search(whole) or _CHAIRED_BARE.search(head) or _SPOKE_AT.search(whole)
    if m:
        return _HOW_HELD.sub("", m.group(1))
    m = _HELD.match(head) or _HELD.match(whole)
    if m:
        kind = m.group(2)
        return _HOW_HELD.sub("", m.group(1) + (kind if kind != "会议" or not m.group(1).endswith("会议") else ""))
    m = _MEETING_DID.match(whole)
    if m:
        return _HOW_HELD.sub("", m.group(1))
    # 国务院办公厅印发通知 进一步…: the headline's first part names the notice (not a 关于… cited
    # in it: 征求对中共中央关于…的建议的意见 中共中央召开党外人士座谈会)
    m = NOTICE_TITLE.match(whole) or ("关于" not in head and NOTICE_TITLE.match(head)) or ISSUED_AS.match(whole)
    if m:
        return m["issuer"] + m["kind"]
    kind = about_kind(whole)
    return signer.replace(" ", "") + kind if signer and kind else None
