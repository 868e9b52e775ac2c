"""Which series an article belongs to: the same issuer and kind of meeting or notice.

A directive is only ``dropped`` when the next article of the same series no longer
carries it, so an unrelated bulletin never drops anything. The series is read from
the title: ``中共中央政治局常务委员会召开会议 …`` → ``中共中央政治局常务委员会会议``;
``李克强主持召开国务院常务会议`` → ``国务院常务会议``; ``省疫情联防联控指挥部召开会议`` →
``省疫情联防联控指挥部会议``; ``国务院办公厅关于…的通知`` → ``国务院办公厅通知``;
``吴政隆在全省疫情防控工作视频会议上强调`` → ``全省疫情防控工作会议`` (how a meeting was
held, 视频 or 电视电话, is left out).
"""

from __future__ import annotations

import re

_HAN = r"[\u4e00-\u9fff]"
_NUM = r"[一二三四五六七八九十百零〇\d]"
_ORDINAL = re.compile(rf"第{_NUM}+次|第?{_NUM}+届|\d{{4}}年|{_NUM}+月{_NUM}+日")
# one body under the names the disease had: 中央应对新型冠状病毒感染肺炎疫情工作领导小组
# (January 2020) is 中央应对新冠肺炎疫情工作领导小组 (from February)
_DISEASE = re.compile(r"新型冠状病毒感染的肺炎|新型冠状病毒感染肺炎|新型冠状病毒肺炎|新冠病毒感染")
_CHAIRED = re.compile(rf"主持召开({_HAN}{{2,30}}?(?:会议|全会|座谈会|常委会|发布会))")
_HELD = re.compile(
    rf"^({_HAN}{{2,30}}?)(?:\d+月\d+日)?(?:召开|举行)({_HAN}{{0,16}}?(?:会议|全会|座谈会|常委会|发布会|扩大会议))"
)
# 吴政隆在全省疫情防控工作视频会议上强调: the meeting a leader spoke at
_SPOKE_AT = re.compile(
    rf"在({_HAN}{{2,30}}?(?:会议|全会|座谈会|常委会|推进会|调度会|部署会))(?:上|中)?(?:的)?(?:强调|指出|讲话|要求|表示)"
)
# how a meeting was held is no part of which meeting it is: 视频会议, 视频调度会议 and
# 电视电话会议 of the same body are one series
_HOW_HELD = re.compile(r"视频|电视电话|调度|专题")
_NOTICE = re.compile(rf"^({_HAN}{{2,40}}?)(?:关于|印发|发布){_HAN}.*?(通知|意见|决定|公告|通告|办法|方案|规定|措施)$")


def series_of(title: str | None) -> str | None:
    """The series key of an article, or None for ordinary news."""
    if not title:
        return None
    title = _DISEASE.sub("新冠肺炎", title)
    head = _ORDINAL.sub("", title.split(" ")[0] if " " in title else title)
    whole = _ORDINAL.sub("", title.replace(" ", ""))
    m = _CHAIRED.search(whole) or _SPOKE_AT.search(whole)
    if m:
        return _HOW_HELD.sub("", m.group(1))
    m = _HELD.match(head) or _HELD.match(whole)
    if m:
        kind = m.group(2)
        return _HOW_HELD.sub("", m.group(1) + (kind if kind != "会议" or not m.group(1).endswith("会议") else ""))
    m = _NOTICE.match(whole)
    if m:
        return m.group(1) + m.group(2)
    return None
