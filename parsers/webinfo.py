"""A web page's info line: when it was posted, where from, by whom.

``发布时间：2022-03-17 20:15 来源：新华社 浏览次数：12 字号：大 中 小``, ``来源：常州日报``,
``作者：袁涛``, an e-paper's ``2022年05月06日 人民日报 第01版``, a time stamp alone
(``2022-04-05 00:05``). It says nothing of the article's own text: the HTML reader
reads it around the article, the text reader at an article's head (a page copied
from a browser keeps it between the headline and the lead). Pure functions.
"""

from __future__ import annotations

import re

from parsers.layout import EPAPER_DATE_LINE, ROLE_PREFIX
from parsers.names import spaced_names
from parsers.normalize import to_simplified

MAX_INFO_LINE = 120

# the labels of an info line's fields: 发布时间, 来源, 稿源, 作者
_INFO_LABEL = (
    r"(?:(?:发布|发稿|更新|信息|刊发|刊登)?(?:时间|日期)|(?:信息|文章|新闻|本文|消息|稿件|资料)?来源|稿源|作者)"
)
_INFO_START = re.compile(
    r"^[\[【（(]?\s*(?:" + _INFO_LABEL + r"|发布(?=\s*[:：]\s*\d{4}))\s*[:：]"  # 发布:2022-03-11
    r"|^来源\s*[|｜]\s*\S"  # 来源 | 福建日报: a post's source set off by a bar
)
# a label on a line of its own, its value on the next (信息来源: ⏎ 今日开鲁)
_BARE_LABEL = re.compile(r"^" + _INFO_LABEL + r"\s*[:：]$")
_LABEL_VALUE = 24  # a value longer than this is text, not a source's name or a time
# a time stamp on a line of its own (2020-12-29 11:43:50), as a page sets it under the headline: never
# a signature's date, which has no time of day
STAMP_ALONE = re.compile(r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}(?::\d{2})?$")


def with_label_values(lines: list[str]) -> list[str]:
    """``lines`` with each info label set on a line of its own joined to the value under it, and each label
    of a disclosure box set so (索引号 ⏎ 620724001/2020-00144 ⏎ 文号 ⏎ 关键词 ⏎ 发布机构 ⏎ 高台县政府办) with a
    space (a label with no value, the next label under it, stays alone)."""
    out: list[str] = []
    skip = False
    for index, line in enumerate(lines):
        if skip:
            skip = False
            continue
        value = lines[index + 1].strip() if index + 1 < len(lines) else ""
        box = _BOX_LABEL_ALONE.match(line.strip())
        # (a date's label takes a date, not the headline under an empty one: 发布日期: ⏎ 习近平回信勉励)
        boxed = (
            box is not None
            and 0 < len(value) <= _LABEL_VALUE
            and (not re.search(r"日期|时间", box.group()) or re.match(r"\d", value) is not None)
        )
        if boxed and not _BOX_LABEL_ALONE.match(value) and not _BARE_LABEL.match(to_simplified(value)):
            out.append(f"{line.strip()} {value}")
            skip = True
            continue
        label = _BARE_LABEL.match(to_simplified(line.strip()))
        # a date's label takes a date, not the headline under an empty one (发布日期: ⏎ 略阳县提前布控…)
        dated = label is not None and re.search(r"时间|日期", label.group()) is not None
        if label and value and len(value) <= _LABEL_VALUE and (not dated or re.match(r"\d", value)):
            out.append(line.strip() + value)
            skip = True
        else:
            out.append(line)
    return out


_INFO_ANY = re.compile(
    r"(?:发布|发稿|更新|刊发|刊登)(?:时间|日期)\s*[:：]|(?:^|[\s|｜】\]\d]|稿件|信息|文章|新闻|消息)来源\s*[:：]|(?:浏览|点击)(?:次数|数|量)?\s*[:：]|字号\s*[:：]"
    r"|\s(?:时间|日期)\s*[:：]\s*\d{4}"  # 源汇区党务政务门户网 www.yuanhui.gov.cn 时间:2022-09-19
    r"|[\s\d]作者\s*[:：]"  # 法律法规网 作者:…, 2021-07-29 08:48:30作者:张万发来源:…
)
# a site's name, then its address: 源汇区党务政务门户网 www.yuanhui.gov.cn
_SITE_THEN_ADDRESS = re.compile(r"^(?P<source>[\u4e00-\u9fff·]{2,24})\s+(?:https?://)?www\.[\w.-]+")
# where a text was taken from: 本文源自：金融界, 转载自：…
_TAKEN_FROM = r"(?:源自|转自|转载自)"
_SOURCE = re.compile(
    rf"(?:(?:来源|稿源|{_TAKEN_FROM})\s*[:：]|^来源\s*[|｜])\s*"
    # a site's name in quotes, then what it is: “中国杭州” 政府门户网站
    rf"(“[^”\s]{{1,20}}”\s?(?:政府门户网站|门户网站|网站|客户端|微信公众号)|[^\s|｜:：【\[]{{1,30}}?)(?=\s|$|[|｜【\[]|\d{{4}}|作者|编辑|发布(?:时间|日期)|时间|日期|浏览|字号)"
)
_AUTHOR = re.compile(r"(?:^|[\s|｜】\]\d])作者\s*[:：]\s*(?P<value>[^:：|｜]*)(?P<label>[:：])?")
_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}(?<![办委局厅部室组处科队站所院网社台报])$")  # 区委办 is an office
# the province a post was sent from, as WeChat shows it after the time (… 2024-10-23 19:50 山东)
_POSTED_FROM = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州"
    "|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门"
)
# a date alone on a line, or after the names of who posted it (盐城发布 2022-04-02 20:15;
# WeChat: 原创 张三 盐城发布 2022-04-02 20:15, 民生 2024-10-23 19:50 山东)
# a site's buttons by its date: to hear the text read (2026-01-08 02:01 聽新聞), to set its size (…09:31 大字)
_READ_ALOUD = "听新闻|聽新聞|语音播报|語音播報|大字|小字|字号|字號"
DATE_ONLY = re.compile(
    r"^(?:[^\d\s（(]{1,20}\s*){0,3}[(（]\d{8}[)）]$"  # 《新闻联播》 (20221110)
    r"|^(?:[^\d\s]{1,20}\s+){0,3}\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?"
    rf"(?:\s+(?:{_POSTED_FROM}))?)?(?:\s+(?:{_READ_ALOUD}))?$"
)
_EPAPER_LINE = re.compile(EPAPER_DATE_LINE)


# a time stamp, then who posted it: 2022-05-05 21:17:38 新华社
_STAMP_THEN_SOURCE = re.compile(
    r"^\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(?P<source>[\u4e00-\u9fff·]{2,20})$"
)
# the day with no year, then the site: 10-28 德育素材网
_DAY_THEN_SITE = re.compile(
    r"^\d{1,2}\s*[-/]\s*\d{1,2}\s+(?P<source>[\u4e00-\u9fff·]{2,16}(?:网|报|台|社|客户端|发布))$"
)
# a time stamp alone, to the second: 2022-02-17 15:32:24, and set with a space and a slash: 2022 02/ 17 15:32:24
_STAMP_ALONE = re.compile(r"^\d{4}\s*[-/.]?\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$")
# who posted it, then the time stamp: 成都日报 2021-09-19 07:42, 国家卫健委 2021-10-25 19:52
_SOURCE_THEN_STAMP = re.compile(
    r"^(?P<source>[\u4e00-\u9fff·]{2,16}(?:报|网|台|社|客户端|发布|委|局|部|厅|办|政府|中心))\s+\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
# an account's name, the time it posted (clock and all) and how often it was read: 四川水利 2025-09-22 18:42 947
# who compiled the text, on a line of its own under the headline: 看看新闻Knews综合
COMPILED_BY = re.compile(r"^([\u4e00-\u9fffA-Za-z·]{2,16}综合)$")
_ACCOUNT_THEN_STAMP = re.compile(
    r"^(?P<source>[\u4e00-\u9fff·]{2,12})\s+\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+\d{1,7})?$"
)
# a time stamp, then who edited or sent it: 2022-03-07 15:20:03  编辑:wangjun
_STAMP_THEN_LABEL = re.compile(
    r"^\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(?:责任)?(?:编辑|作者|来源|发布者?)\s*[:：]"
)
# a reprint's origin in brackets: （据山西新闻网-山西日报 12月31日）
_REPRINTED = re.compile(
    r"^[（(]\s*据(?:[\u4e00-\u9fff]{2,12}[-－—–])?(?P<source>[\u4e00-\u9fff·]{2,16}?)\s*(?:\d{1,2}月\d{1,2}日)?\s*[)）]$"
)
# a document's number on a line of its own, over its title or under it: 陆府通〔2019〕2号, 国办发〔2020〕6号
_DOCUMENT_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,10}\s*[〔\[［【(（][12]\d{3}[〕\]］】)）]\s*第?\d{1,4}\s*号$")
# names that name nobody: this site, anonymous
# 作者：消息 names nobody, nor does a forum's 发表于 2022-8-17 13:54:10 (posted on)
_NOBODY = frozenset(
    {"本网", "本站", "佚名", "网络", "互联网", "网络综合", "综合", "消息", "发表于", "发布于", "发帖于"}
)


# a remark in brackets after a source's name: 京东新城(转载需注明出处)
_REMARK = re.compile(r"[（(][^()（）]*[)）]$")


def _simplified_alike(line: str) -> str:
    """``line`` in Simplified characters (時間：, 來源：, 點擊：), or as it is when the conversion
    would change its length: a match on it is then cut from ``line`` at the same offsets."""
    simplified = to_simplified(line)
    line = simplified if len(simplified) == len(line) else line
    # spaces a page's encoding lost (2020-04-13 10:54:58??来源:…): still spaces, of the same length
    return _LOST_SPACES.sub(lambda m: " " * len(m.group()), line)


_LOST_SPACES = re.compile(r"(?<=[\d\u4e00-\u9fff])\?{2,}(?=[\u4e00-\u9fff])")


# the fields of a government site's disclosure box (政府信息公开), label and value parted by a bar or a
# colon: 索引号 | 76387470-X-/2021-0818002 | 发布机构 | 昌宁县应急管理局 |
_DISCLOSURE_LABEL = (
    r"(?:索引号|发布机构|发布机关|发文机关|公开目录|主题分类|信息分类|成文日期|发布日期|发文日期|发文字号|文号|公开方式|有效性"
    r"|生效时间|废止时间|政策咨询(?:机关|电话))"  # 生效时间: 废止时间: 暂无
)
_DISCLOSURE = re.compile(
    rf"(?:^|[\s|｜]){_DISCLOSURE_LABEL}\s*[:：|｜]|^(?:{_DISCLOSURE_LABEL}|名称|标题)\s+\S"
    r"|^名称\s*[:：]"  # the box's title field, set apart with spaces (名  称: 强降水…预警)
)
# the labels only a disclosure box has (公开形式, 是否有效), beside those its lines share with others
_BOX_ONLY_LABEL = r"(?:公开形式|公开范围|责任部门|生成日期|是否有效|关键词|关键字|主题词|时效性)"
# a box's label on a line of its own, its value (if any) on the next: 索引号 ⏎ 620724001/2020-00144, 是否有效
_BOX_LABEL_ALONE = re.compile(rf"^(?:{_DISCLOSURE_LABEL}|{_BOX_ONLY_LABEL})\s*[:：]?$")
# such a label with its value after a space (公开形式 主动公开, 生成日期 2020-11-05 09:30:00)
_BOX_VALUE = re.compile(rf"^{_BOX_ONLY_LABEL}\s+\S")
# the box's title field, a bar after it: 名称:区领导…推进会 |
_TITLE_FIELD = re.compile(r"^(?:名称|标题)\s*[:：].*[|｜]\s*$")
# a box's labels at the start of its lines, the value after a space (发布机构 乌恰县市场监督管理局 发布日期 …)
_BOX_LINE = re.compile(rf"^(?:{_DISCLOSURE_LABEL}|名称|标题|来源)\s")
# the body that posted it: 发布机构 | 昌宁县应急管理局; in a box set with spaces, its 来源 too
_ISSUER_LABEL = r"(?:发布机构|发布机关|发文机关)"
_BODY_NAME = r"(?P<body>[\u4e00-\u9fff()（）·]{2,30})"
_ISSUING_BODY = re.compile(rf"{_ISSUER_LABEL}\s*[:：|｜]\s*{_BODY_NAME}")
_BOX_BODY = re.compile(rf"^(?:{_ISSUER_LABEL}|来源)\s*[:：|｜]?\s*{_BODY_NAME}")
# a box whose labels are set out with spaces (索 引 号 K45899617/2022-00470 主题分类 … 来 源 乌恰县…)
_SPACED_LABELS = [
    (re.compile(r"\s+".join(label)), label)
    for label in (
        "索引号",
        "发布机构",
        "发文机关",
        "主题分类",
        "成文日期",
        "发布日期",
        "名称",
        "文号",
        "有效性",
        "来源",
    )
]


# the date it was posted: 发布日期 | 2021-08-18, 发布日期 2022-09-07 12:22
_POSTED_ON = re.compile(
    r"(?:发布日期|成文日期)\s*[:：|｜\s]\s*(?P<date>\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?)"
)


def _box_read(line: str) -> str:
    """A disclosure box's line with the spaces inside its labels left out (索 引 号 → 索引号, 名    称 → 名称)."""
    read = line.strip()
    if not any(spaced.match(read) for spaced, _ in _SPACED_LABELS):
        return line
    for spaced, label in _SPACED_LABELS:
        read = spaced.sub(label, read)
    return read


def is_info(line: str) -> bool:
    """An info line: ``发布时间：… 来源：… 浏览次数：… 字号``, ``来源：新华社``, an e-paper's
    ``2022年05月06日 人民日报 第01版``, a document's number (``国办发〔2020〕6号``), in either script."""
    written = _simplified_alike(line)
    # || 2022-03-23 11:18:04 编辑: 刘燕 审核人:叶玲玲 阅读次数:2236 |: a bar drawn round it
    line = _box_read(written).strip(" |｜")
    return len(line) <= MAX_INFO_LINE and bool(
        _INFO_START.match(line)
        or _INFO_ANY.search(line)
        or _EPAPER_LINE.match(line)
        or _STAMP_THEN_SOURCE.match(line)
        or _DAY_THEN_SITE.match(line)
        or _SOURCE_THEN_STAMP.match(line)
        or _ACCOUNT_THEN_STAMP.match(line)
        or COMPILED_BY.match(line)
        or _STAMP_THEN_LABEL.match(line)
        or _STAMP_ALONE.match(line)
        or _REPRINTED.match(line)
        or _DOCUMENT_NUMBER.match(line.strip())
        or _DISCLOSURE.search(line)
        or _BOX_LABEL_ALONE.match(line) is not None
        or _BOX_VALUE.match(line) is not None
        or _TITLE_FIELD.match(written.strip())
        or (_BOX_LINE.match(line) is not None and line != written.strip())  # 来    源 …: a box's, set with spaces
    )


# 来源：微青原 (本文源自：金融界), and in a phone layout's label form 来源|微青原
_CREDIT_LINE = re.compile(
    rf"^[\[【（(]?\s*(?:(?:信息|文章|新闻|本文|稿件|内容|消息)?来源|(?:本文)?{_TAKEN_FROM}|稿源|作者)\s*[:：|｜]\s*\S"
)
_MAX_CREDIT_LINE = 40


def is_credit_line(line: str) -> bool:
    """A short line that says where a text came from or who wrote it (``来源：微青原``)."""
    simplified = to_simplified(line)  # 來源：
    return (
        len(line) <= _MAX_CREDIT_LINE and bool(_CREDIT_LINE.match(simplified)) and not re.search(r"[。；;！？]", line)
    )


def info_source(info: list[str]) -> str | None:
    """The source the first info line naming one gives (``来源：常州日报`` → 常州日报;
    ``2022-05-05 21:17:38 新华社``); not this site (本网)."""
    for line in info:
        read = _simplified_alike(line)  # 來源：甘肅日報 → 甘肅日報, as the page writes it
        m = _SOURCE.search(read) or _STAMP_THEN_SOURCE.match(read) or _SOURCE_THEN_STAMP.match(read)
        m = m or _ACCOUNT_THEN_STAMP.match(read) or _DAY_THEN_SITE.match(read)
        m = m or _REPRINTED.match(read) or _SITE_THEN_ADDRESS.match(read) or COMPILED_BY.match(read)
        source = _REMARK.sub("", line[m.start(1) : m.end(1)]).strip("，,。") if m else ""
        if source.endswith((")", "）")) and not re.search(r"[(（]", source):
            source = source[:-1]  # (来源:四川日报): the bracket closes the line, not the name
        if m and source and source not in _NOBODY and not source.startswith(("整理", "综合")):
            return source
    return info_issuer(info)


def info_issuer(info: list[str]) -> str | None:
    """The body a disclosure box says issued the text (``发布机构 | 昌宁县应急管理局``), as written."""
    reads = [_box_read(_simplified_alike(line)) for line in info]
    boxed = any(read.startswith("索引号") for read in reads)  # (来源 X names the issuer only inside a box)
    for read in reads:
        m = _ISSUING_BODY.search(read) or (_BOX_BODY.match(read) if boxed else None)
        if m:
            return m["body"]
    return None


def info_posted_on(info: list[str]) -> str | None:
    """The date a disclosure box says the text was posted (``发布日期 | 2021-08-18``), as written."""
    return next((m["date"] for line in info if (m := _POSTED_ON.search(_simplified_alike(line)))), None)


_GLUED_LABEL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:信息)?(?:来源|发布时间|时间|日期|编辑|责任编辑)$")


def info_author(info: list[str]) -> str | None:
    """The names an info line gives as the author (``作者：袁涛 来源：…`` → 袁涛), space-separated."""
    for line in info:
        if m := _AUTHOR.search(line):
            value = m["value"].strip()
            glued = _GLUED_LABEL.search(value) if m["label"] else None
            if glued:
                value = value[: glued.start()]  # 作者:张万发来源:…: the next field's label set against the name
            words = [ROLE_PREFIX.sub("", w) for w in re.split(r"[\s、，,]+", value)]
            words = [w for w in words if w]
            if m["label"] and not glued:
                words = words[:-1]  # the next field's label: 来源
            words = spaced_names(words)
            names = [w for w in words if _NAME.match(w)]
            if names and len(names) == len(words) and not _NOBODY.intersection(names):
                return " ".join(names)
    return None
