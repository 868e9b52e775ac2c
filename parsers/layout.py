"""Undo what page layout did to sentences: join blocks broken mid-sentence.

A newspaper column or a hard-wrapped text file breaks a sentence across lines, often
with a blank line in between (``统一思想,⏎⏎坚定信心``). A block is joined to the next
when it cannot end there: it has sentence punctuation inside, does not end a
sentence, and is not a headline standing before a subtitle or a dateline.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable

from parsers.blocks import Block
from parsers.dates import parse_date
from parsers.names import all_names, looks_like_name
from parsers.normalize import for_reading, to_simplified
from parsers.words import tokenize

SENTENCE_END = frozenset("。！？!?；;：:…")
CLOSERS = frozenset("”’」』）)】》\"'")
BODY_PUNCT = re.compile(r"[，,。；;、：:！？]")
COMMA_END = frozenset("，,、")
# (采访人员: what an aggregator's copy writes for 记者, 文/北京青年报采访人员解丽王斌)
_ROLE = r"(?:见习记者|特约记者|摄影记者|首席记者|高级记者|实习记者|记者|采访人员|通讯员|实习生)"
# who a reporter works for, before the role: 本报, 玉溪日报全媒体, 融媒体中心, 云南日报 (a space after);
# an outlet and its app, 中国吉林网 吉刻APP; a county's media centre, 湘乡融媒; a press group, 西安报业; a
# news app, 大众网·海报新闻; a broadcaster, 大象新闻·河南应急广播
_OUTLET = (
    # an outlet and its partner app and desk: 现代快报+/ZAKER南京
    # a news app: 海报新闻, 澎湃新闻, 上游新闻
    r"(?:本报|新华社|人民日报|[\u4e00-\u9fff·]{1,14}?(?:报业(?:集团)?|报|社|台|网|中心|客户端|新闻|广播)(?:[+＋]?[/／][A-Za-z]{2,12}[\u4e00-\u9fff]{0,4})?"
    r"|[\u4e00-\u9fff·]{1,8}?(?:APP|App|app|融媒))"
)
# (□金胶州/我爱金胶州/金胶州数字报记者李燕: a bullet, then the paper's accounts set off by slashes)
CREDIT_ORG = rf"(?:[□■◇◆]\s*)?(?:[\u4e00-\u9fff]{{2,8}}[/／])*(?:{_OUTLET}\s*){{0,2}}(?:全媒体|融媒体)?"
REPORTER = rf"{CREDIT_ORG}{_ROLE}"
# who wrote the text (and took its pictures), before the names: 文, 采写, 文/图
_WROTE = r"(?:文字|撰文|采写|撰稿|文\s*[/／]\s*图|图\s*[/／]\s*文|文)"
# a credit's role before a name (本报记者张三, 通讯员 李四), to leave out of the byline
ROLE_PREFIX = re.compile(rf"^(?:本报|新华社)?(?:{_ROLE}|摄影|报道)[：:]?")
_CREDITED = r"(?:[\u4e00-\u9fff·]{2,5}?|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])"  # 成 超: a name spaced out
# a reporter's credit: 记者 吕正龙 / （本报记者 张三 通讯员 李四） / （玉溪日报全媒体记者 夏娜） /
# （江苏广电总台·融媒体新闻中心记者王琎、臧西宁报道）
BYLINE = re.compile(
    # 文/北京青年报记者 武文娟 王斌, 采写：新快报记者 黄闻禹; who wrote it with no role: （文/图 刘晓广 赵娟娟）
    rf"^[（(]?\s*(?:{_WROTE}\s*[/／：:\s]\s*(?:{REPORTER}[：:\s]*)?|{REPORTER}[：:\s]*)"
    # …徐一丹 日照报道: where the reporters were, before 报道, is no name
    rf"(?P<names>{_CREDITED}(?:[\s、，,]+(?:{_ROLE}[：:\s]*)?{_CREDITED})*?)\s*(?:[\u4e00-\u9fff]{{2,4}}?报道|报道)?\s*[)）]?$"
)
# a Taiwan paper's credit, set off by slashes: 联合报／ 特派记者陈政录／北京报导 (the paper, the names, the place)
SLASHED_CREDIT = re.compile(
    r"^(?P<source>[\u4e00-\u9fff]{2,8}?(?:报|社|网|台))\s*[/／]\s*(?:特派|驻[\u4e00-\u9fff]{1,4}?特派)?记者\s*"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4}){0,3})\s*[/／]\s*"
    r"(?P<place>[\u4e00-\u9fff]{2,6}?)(?:即时|连线|综合)?报[道导]$"
)
# names alone in brackets under a text: （王炯） / （罗鸣灶 刘岩松）; or before 报道: 杨艳秋 徐子淳 报道
_BRACKETED_NAMES = re.compile(
    # (张三 李四); (山王镇 李昂): the writer's place or office before the name
    r"^(?:[（(]\s*(?:[\u4e00-\u9fff]{1,8}(?:镇|乡|街道|办事处|县|区|市|局|办|中心|站|所)\s+)?"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4}){0,3})\s*[)）]"
    r"|(?P<reported>[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4}){0,3})\s+报道)$"
)
# a commentary's author, on a line of its own under the title: 本报评论员, 新华社评论员
COMMENTATOR = re.compile(
    r"^[（(]?\s*(?P<who>(?:本报|新华社|[\u4e00-\u9fff]{2,8}?(?:报|社|网|台))?(?:特约|本台)?评论员)\s*[)）]?$"
)
DATELINE_START = re.compile(
    r"^(?:新华社|中新社|人民日报|本报|央视网|新华网|人民网|据)[\u4e00-\u9fff]{0,8}?"
    # 新江苏·中国江苏网讯; not a column's name (当前时讯, 新闻快讯)
    r"(?:\d{1,2}月\d{1,2}日电|讯|消息)|^[\u4e00-\u9fff][\u4e00-\u9fff·]{1,11}(?<![时快简资喜短速要电])讯"
    r"|^【[\u4e00-\u9fffA-Za-z·]{2,24}】"  # 【新民晚报·新民网】, 【Now新闻台】
    # 中新网北京1月11日电, 湖南日报6月21日讯, 北京，5月12日电
    r"|^[\u4e00-\u9fff·]{2,16}?[，,]?\s*\d{1,2}月\d{1,2}日[电讯]"
)


# A notice's section heading: 一、… / （一）… / 第一章 … with no sentence punctuation after the number
NUMBERED_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[章节条部分])"
    r"[^，,。；;！？：:]{1,40}$"
)
# A newspaper page's furniture, never part of an article: the page's date line, its
# number and section, the editors' credits, and the notes that send a reader on to
# another page.
YMD_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"  # 2022年3月18日
_ISO_DATE = r"\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}(?!\d)"  # 2022-04-02, 2022.4.2
_PRINTED_DATE = rf"(?:{YMD_DATE}|{_ISO_DATE})\s*(?:(?:星期|周).\s*)?"
_SEP = r"\s*[|｜·]?\s*"  # 盐城晚报 | 2022-04-02 | A02
_PAGE_NUMBER = r"(?:第?\s*[A-Z]?\d{1,3}\s*版|[A-Z]\d{1,3}(?!\d))"  # 第A02版, 02版, A02
# the date, paper and page of an e-paper: 2022年05月06日 人民日报 第01版, 盐城晚报 2022年03月18日 第A02版,
# 盐城晚报 2022年04月02日 星期六 A02 要闻
EPAPER_DATE_LINE = (
    rf"^(?:{_PRINTED_DATE}{_SEP}[\u4e00-\u9fff]{{2,12}}{_SEP}{_PAGE_NUMBER}"
    rf"|[\u4e00-\u9fff]{{2,10}}报{_SEP}{_PRINTED_DATE}{_SEP}{_PAGE_NUMBER})"
)
# the page's staff, credited at its foot: 责任编辑：毛羽, 监制：陈叶静
_STAFF = (
    "责任编辑|责编|编辑|美编|美术编辑|校对|版式|版式设计|组版|审读|值班编委|本版编辑|文字|制作|摄像|审核|统筹"
    "|总监制|监制|策划|终审|初审|复审|签发|摄影|图片|图文|视频|剪辑|配音|航拍|视觉"
    "|一审|二审|三审|一校|二校|三校|责任校对|审校|主编|编审|值班主任|值班总编"  # 一审：曹娴, 三审：李伟锋
)
# a name (刘 甜 spaced out), or a site's handle for it (hN_0414)
# a name's letters, rare ones too (何巘 reads 何𪩘 once simplified: a letter beyond the basic block)
_NAME_LETTER = r"[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0003134f]"
_STAFF_NAME = rf"(?:{_NAME_LETTER}{{2,4}}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]|[A-Za-z][\w-]{{1,19}})"
# the first one credited may be given with the outlet and role: 采写：新快报记者 黄闻禹
_STAFF_WHO = rf"(?:[\u4e00-\u9fff]{{0,12}}?(?:记者|通讯员)\s*)?{_STAFF_NAME}"
_PAGE_FURNITURE = re.compile(
    # a number to call, alone on a line: 监督电话:0356-3846005, 公安报警:110, 市长服务热线:12345
    r"^[\u4e00-\u9fff（）()]{0,10}(?:电话|热线|报警|救援|急救|举报|投诉|咨询|传真)\s*[:：]\s*\d[\d\-—－–\s]{1,20}$"
    # 原文链接:http://…, 原文：https://…, and as a Markdown archive quotes it, read as plain text: > 原文：https://…
    r"|^(?:>\s*)?(?:原文|本文)?(?:链接|地址)?\s*[:：]\s*https?://\S+$"
    r"|^\[(?:查看|阅读|点击查看)原文\]\(https?://\S+\)$"  # [查看原文](https://…), read as plain text
    rf"|^{YMD_DATE}\s*(?:(?:星期|周)[一二三四五六日天]\s*(?:农历\S{{2,12}})?|农历\S{{2,12}})$"
    rf"|^{YMD_DATE}\s+[\u4e00-\u9fff]{{2,4}}$"  # the day and the section: 2020年4月9日 时事脉搏
    r"|^[（(]此件(?:公开发布|主动公开|不予公开|依申请公开)[)）]$"
    r"|^\d{1,3}$"  # an item's number alone on a line
    r"|^[\[【（(]?(?:图片|组图|视频)[\]】）)]?$"  # where a picture or a video stood: 图片, [视频]
    r"|^[A-Z]{2,12}$"  # a section's name in pinyin capitals under its own: 本市要闻 ⏎ BENSHI ⏎ YAOWEN
    r"|^[（(]?[\u4e00-\u9fff·]{2,20}?综合[\u4e00-\u9fff·、]{2,30}?报道[)）]?$"  # 每日经济新闻综合文旅部官网报道
    # an item's source or date on a line of its own, set off by a dash: - i-Cable, - 2022年10月25日
    rf"|^[-–]\s*(?:{YMD_DATE}|{_ISO_DATE}|[A-Za-z][\w\- .]{{1,20}})$"
    r"|^[（(]?\s*信息公开(?:形式|方式|选项|属性)\s*[:：]\s*[\u4e00-\u9fff]{2,6}\s*[)）]?$"  # （信息公开形式：主动公开）
    # an e-paper's date and page with no paper named (2023年03月15日 第07版:国内), its issue (1886 期 / 第2版:2)
    rf"|^{_PRINTED_DATE}{_SEP}{_PAGE_NUMBER}\s*[|｜:：·]?\s*[\u4e00-\u9fff\d]{{0,6}}$"
    rf"|^第?\s*\d{{1,5}}\s*期\s*(?:[/／|｜·]?\s*{_PAGE_NUMBER}\s*[|｜:：·]?\s*[\u4e00-\u9fff\d]{{0,6}})?$"
    rf"|{EPAPER_DATE_LINE}\s*[|｜:：·]?\s*[\u4e00-\u9fff]{{0,6}}$"
    rf"|^[\u4e00-\u9fff]{{2,10}}报\s*[|｜·]?\s*{_PRINTED_DATE}$"  # 盐城晚报 2022年3月18日 星期五
    r"|^[\u4e00-\u9fff]{2,10}(?:报|电讯)\s*[-–|｜·]\s*(?:\d{8}|每日全文订阅|电子版|数字报)$"  # 新华每日电讯 - 20260731
    r"|^[A-Z]\d{1,3}\s*[|｜:：·]?\s*[\u4e00-\u9fff]{0,6}$"  # A2 要闻
    r"|^第?\s*[A-Z]?\d{1,3}\s*版\s*[|｜:：·]?\s*[\u4e00-\u9fff]{0,6}$"  # 第2版, 02版：要闻
    # an e-paper's page list and its buttons: 06版:北海周末·风物, 第01版:封面 PDF版阅读, 当前版:04版, 展开通版,
    # 下一版»本期共4版(1-2-4)
    # (第1B版:要闻 下一版: a page numbered 1B, with the buttons to the pages either side)
    r"|^第?\s*[A-Z]?\d{1,3}[A-Z]?\s*版\s*[:：]\s*[\u4e00-\u9fff·]{1,12}(?:\s*PDF版?(?:阅读|下载))?(?:\s*[上下]一版)*$"
    r"|^当前版\s*[:：]|^(?:展开|收缩)通版$|^通版阅读|^[上下]一版\s*[»«]|本期共\s*\d{1,3}\s*版"
    # its list of issues (2026-01-23,12913| 2026-01-22,12901|…) and its template's traces (…content_265474.html
    # … /enpproperty-->), a browser notice (您的IE浏览器版本太低…)
    r"|^(?:\d{4}-\d{1,2}-\d{1,2},\d+\|\s*){2,}|^.*enpproperty|^您的\s*IE\s*浏览器版本太低"
    r"|^[\[【]\s*第?\s*[A-Z]?\d{1,3}\s*版\s*[|｜:：·]?\s*[\u4e00-\u9fff]{0,6}\s*[\]】]$"  # [01版：要闻]
    r"|^\d{1,3}\s+[|｜]?\s*[\u4e00-\u9fff]{2,6}$"  # 2 要闻
    # 编辑：毛羽, 责任编辑:hN_0414, 摄影：…记者 郭思杰, 每经实习编辑 李泽东
    # (审核 | 一审:黄捷生 二审:…: a label over the staff it names)
    rf"|^[（(【\[]?\s*(?:[\u4e00-\u9fff]{{0,4}}?(?:实习|见习))?(?:{_STAFF})\s*[:：/／|｜]?\s*(?:(?:{_STAFF})\s*[:：]\s*)?{_STAFF_WHO}"
    # more of the staff on the line: 编辑:刘超超 责编:赵海镇 监制:陈叶静 总监制:黄金杰
    # (责编:皮博、黄瑾; 一审:尤逸群 | 二审:黄种成: set off by bars)
    rf"(?:(?:\s+|\s*[、，,|｜]\s*)(?:(?:{_STAFF})\s*[:：/／|｜]?\s*)?{_STAFF_NAME})*"
    r"\s*[)）】\]]?$"
    r"|^[（(]\s*(?:下转|上接|转|接)\s*(?:第\s*)?[A-Z]?[\d一二三四五六七八九十]{1,3}\s*版\s*[)）]$"
    r"|^[（(]\s*(?:下转|上接|转|接)\s*[A-Z]\d{1,3}\s*[)）]$"
    rf"|^(?:{_STAFF}){{1,2}}\s*[:：]$"  # a staff label a page left empty: 初审编辑: ⏎ 责任编辑:
    r"|^[【\[]\s*导读\s*[】\]]"  # [导读] a teaser of the lead, over it
    r"|^[（(]?原(?:标)?题\s*[:：]\s*\S.{0,80}$"  # the title a reposted article had where it first ran
    # the editor and when it was posted, under the text: 编辑:龙治伟 发布时间:2020-03-10
    r"|^(?:责任)?编辑\s*[:：]\s*[\u4e00-\u9fff·]{2,4}\s+(?:发布|发稿|更新)?(?:时间|日期)\s*[:：]\s*[\d\-/:. 年月日]+$"
    r"|^[（(【\[]?\s*(?:本文|此文|文章)有(?:删节|删减|节选)\s*[)）】\]]?$"  # 本文有删节: an editor's word
    r"|^[（(]\s*(?:未完)?(?:待续|完|全文完|续完)\s*[)）]$"  # （待续）
    # where an e-paper article ran: 《 人民日报 》（ 2022年05月06日 01 版）
    rf"|^《\s*[\u4e00-\u9fff]{{2,10}}报\s*》\s*[（(]\s*{_PRINTED_DATE}\s*{_PAGE_NUMBER}\s*[)）]$"
    # a photo's caption and credit: 图为会议现场。 本报记者 李四 摄 / （张三 摄）
    r"|^.{0,120}?(?:(?:记者|通讯员|摄影)\s*[\u4e00-\u9fff·]{2,4}(?:[\s、]+[\u4e00-\u9fff·]{2,4}){0,2}\s*"
    r"|(?:^|[\s。（(])[\u4e00-\u9fff·]{2,4}\s+)摄\s*[)）]?$"
)


def page_date(lines: Iterable[str], *, within: int = 40) -> dt.date | None:
    """The date a newspaper page prints on its date line (``2022年4月2日 星期六``),
    looked for among its first ``within`` non-blank lines."""
    seen = 0
    for line in lines:
        text = line.strip()
        if not text:
            continue
        # a date line, not a sentence that opens with a date
        if is_page_furniture(text) and (found := parse_date(text)):
            return found
        seen += 1
        if seen >= within:
            break
    return None


_PAPER_KINDS = "日报|晚报|早报|晨报|时报|商报|都市报|青年报"  # what a paper's name ends on
_PAPER = rf"(?P<paper>[\u4e00-\u9fff]{{2,10}}?(?:{_PAPER_KINDS}|报))"
_MASTHEADS = (
    # 2022年05月06日 人民日报 第01版
    re.compile(rf"^{_PRINTED_DATE}{_PAPER}\s*(?:{_PAGE_NUMBER}|$)"),
    # 盐城晚报 2022年03月18日 第A02版：要闻  /  新华日报 · 第3版  /  盐城晚报数字报
    re.compile(rf"^{_PAPER}社?\s*(?:[|｜:：·\-_]\s*)?(?:\d{{4}}\s*[年\-./]|{_PAGE_NUMBER}|电子版|数字报|$)"),
    # 《 人民日报 》（ 2022年05月06日 01 版）
    re.compile(rf"^《\s*{_PAPER}\s*》\s*[（(]"),
    # 人民日报 - 中共中央政治局常务委员会召开会议 (an e-paper's <title>)
    re.compile(rf"^{_PAPER}\s+[-_|｜–—]\s*\S"),
)
_RIGHTS_OF_A_PAPER = re.compile(
    r"(?:版权所有|Copyright)\s*(?:[©(（][Cc]?[)）]?\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    rf"(?P<paper>[\u4e00-\u9fff]{{2,6}}(?:{_PAPER_KINDS}))(?:社|数字报|电子版)?(?![\u4e00-\u9fff])"
)
_PAPER_ALONE = re.compile(rf"^[\u4e00-\u9fff]{{2,6}}(?:{_PAPER_KINDS})$")


def masthead(lines: Iterable[str], *, within: int = 40) -> str | None:
    """The newspaper a page belongs to, as its date line or masthead prints it
    (``2022年05月06日 人民日报 第01版``, ``盐城晚报 2022年03月18日 第A02版``): the paper
    that ``本报讯`` names. Looked for among the first ``within`` non-blank lines; a line
    with the paper's name alone counts when the name is a paper's (…日报, …晚报). Else the
    paper a footer names as holding the page's rights (``版权所有 ©2022 通辽日报``)."""
    seen = 0
    kept = list(lines)
    for line in kept:
        text = line.strip()
        if not text:
            continue
        for pattern in _MASTHEADS:
            m = pattern.match(text)
            if m and (len(text) > len(m["paper"]) or _PAPER_ALONE.match(text)):
                return m["paper"]
        seen += 1
        if seen >= within:
            break
    # an e-paper's footer that names whose rights the page is: 版权所有 ©2022 通辽日报 蒙ICP备…
    return next((m["paper"] for line in kept if (m := _RIGHTS_OF_A_PAPER.search(line))), None)


def is_page_furniture(text: str) -> bool:
    """A date line, page and section (``A2 要闻``), editors' credits, a ``（下转A3版）``, a
    photo's caption with its credit (``图为会议现场。 本报记者 李四 摄``), the ``原标题：``
    line of a reposted article, or a site's notice of its rights (``未经允许不得转载``)."""
    read = for_reading(text.strip())  # 原標題：…, 責(zé)任編輯
    read = _SPACED_LABEL.sub(r"\1\2", read)  # 编 辑:刘 甜: a label spaced out to the width of the others
    if len(read) <= _CHROME_LINE and (_SITE_CHROME.search(read) or _calendar_row(read)):
        return True  # a site's navigation, tools and comment box, copied with the text
    if (bullet := BULLETED.match(read)) and _SITE_CHROME.search(read[bullet.end() :]):
        return True  # a button set off by a bullet: • +1
    if _menu_row(read) or _DAY_STAMPED.match(read):
        return True  # 首页 新闻 娱乐 科技 财经 …, 首页|新闻|图片|…: a site's menu, however long; 西西新闻 @2022-11-16
    if _CALL_FOR_TIPS.match(read):
        return True  # 想爆料?请登录《阳光连线》…、拨打新闻热线…提供新闻线索: the site's, however long
    return _PAGE_FURNITURE.match(read) is not None or _RIGHTS_NOTICE.search(read) is not None


# a site's call for news tips: 想爆料?请登录…拨打新闻热线…, 【如果您有新闻线索,欢迎向我们报料,…报料微信关注:…】
_CALL_FOR_TIPS = re.compile(
    r"^【?(?:(?:想|欢迎|如有|有)?(?:爆料|报料)[?？!！:：，,]?|如果您有新闻线索[，,]).{0,80}?(?:新闻线索|热线|微信|QQ)"
)
_CHROME_LINE = 60
_MENU_ITEMS = 6  # the fewest items of a site's menu on one line
_MENU_ITEM = 10  # the most characters of an item
_DAY_STAMPED = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,12}\s*@\s*\d{4}-\d{1,2}-\d{1,2}$")


def _menu_row(read: str) -> bool:
    """A row of a site's menu: six or more short items set apart by spaces or bars, half of them or more of two
    characters, no sentence's punctuation (首页 新闻 娱乐 科技 财经 生活 …; not a headline in parts, nor a
    slogan of phrases of four)."""
    barred = [item.strip() for item in re.split(r"[|｜]", read.strip())]
    if len(barred) >= _MENU_ITEMS - 1 and all(0 < len(item) <= _MENU_ITEM for item in barred):
        return re.search(r"[。；;！？!?“”]", read) is None  # 要闻 | 城市远洋 | 原创 | Hello,河南 | …: set apart by bars
    if re.search(r"[，,。；;：:！？!?、“”]", read):
        return False
    items = [item for item in re.split(r"\s*[|｜]\s*|\s+", read.strip()) if item]
    if len(items) < _MENU_ITEMS or any(len(item) > _MENU_ITEM for item in items):
        return False
    if sum(1 for item in items if len(item) < 2) * 4 > len(items):
        return False  # 天 气 稿 第 039 号: a line spaced out a character at a time
    return sum(1 for item in items if len(item) == 2) * 2 >= len(items)  # (首页 新闻 娱乐: words of two, most)


# a line set off by a bullet, the middle dot too (• 台陆委会拟修改…, • +1); ``BULLET_MARK`` leaves out the dot
BULLETED = re.compile(r"^[•·●▪]\s*(?=\S)")


def _calendar_row(text: str) -> bool:
    """A row of an e-paper's calendar, its days run together on one line (``2345678``, ``9101112131415``,
    ``3031``): digits alone that read as three or more days in a row, or two from the 28th on."""
    if not text.isascii() or not text.isdigit():
        return False
    for width in (1, 2):
        first = int(text[:width])
        if not 1 <= first <= 31 or text[0] == "0":
            continue
        days, rest, day = [], text, first
        while rest.startswith(str(day)) and day <= 31:
            days.append(day)
            rest = rest[len(str(day)) :]
            day += 1
        if not rest and (len(days) >= 3 or (len(days) == 2 and first >= 28)):
            return True
    return False


# the words of a site's menu, which a line of them alone is: 今日 首页 - 帮助
_MENU_WORD = (
    "首页|帮助|今日|登录|注册|返回|往期回顾|往期|检索|搜索|导航|设为首页|加入收藏|联系我们|网站地图|RSS|版面导航|标题导航"
    "|返回目录|上一版|下一版|上一期|下一期|PDF下载|本版PDF|过刊浏览|报纸首页|电子版"
    "|往期阅读|上一篇|下一篇|放大|缩小|默认|朗读"  # (an e-paper's: 上一篇 下一篇, 放大 缩小 默认 朗读)
    "|手机站|手机版|客户端"  # (a portal's: 手機站 | 客戶端)
)

#: a prompt to look at what follows, no instruction: 详情请看↓, 具体请见👇
READER_PROMPT = re.compile(r"^(?:详情|具体|更多)请(?:看|见|戳|点击)\s*[↓⬇▼👇]*$")

# what a site sets around its article, copied with it: its menu (• 繁体版), where the page is (当前位置:
# 首页>新闻中心>…, 彭水首页>政务频道>公告公示>), a greeting and a login (欢迎访问…!, 登录/注册), the day (今天是:…),
# its tools (【字体大小:, 分享到:, 扫一扫在手机打开当前页, 打印), its comment box (0条评论, 还没有评论,快来抢沙发吧!)
# and its footer (Copyright ©…)
_SITE_CHROME = re.compile(
    # • 繁体版, and the years of an archive: • 2021
    r"^[•·●▪]\s*(?:[\u4e00-\u9fff]{2,6}|(?:19|20)\d{2}年?)(?:\s*[•·●▪])?$"
    r"|^§?\s*(?:您现在)?(?:您)?(?:当前)?(?:所在的?|当前的?)(?:位置|页面)是?\s*[:：]|^您的位置\s*[:：]|^您?现在的位置\s*[:：]"
    r"|^点击图片查看(?:原图|大图)"
    r"|^(?:字体\s*[:：]?|放大|缩小|正常|默认|分享)$"  # the size buttons, each on a line: 字体: ⏎ 放大 ⏎ 正常 ⏎ 缩小
    # (人民网: 小字号 under the info line; 分享让更多人看到 ⏎ 返回顶部 at the foot; 新京报's app banner: 好新闻 无止境 ⏎
    # 立即打开)
    r"|^[大中小]字号$|^分享让更多人看到$|^返回顶部$|^好新闻\s*无止境$|^立即打开$|^来阅读我的更多文章吧$|^记者主页$"
    r"|^(?:[^>＞»，。,；;\s][^>＞»，。,；;]{0,14}?\s*[>＞»]\s*){2,}[^>＞»，。,；;]{0,14}$"
    # 新华网 > > 正文: a level left empty
    r"|^[^>＞»，。,；;\s][^>＞»，。,；;]{0,14}?(?:\s*[>＞»]){2,}\s*[^>＞»，。,；;]{0,14}$"
    r"|^欢迎(?:访问|来到|光临)(?:[^，,。]{2,24}|[^，,。]{2,40}?(?:网站|门户|频道)[^，,。]{0,30})$|登录\s*[/|]\s*注册|支持IP[Vv]6|无障碍(?:辅助)?浏览|长者模式|关怀模式|^(?:EN|English|ENGLISH)$|^https?://\S+$|^今天是\s*(?:[:：]|$)"
    r"|^[【\[]?\s*字体(?:大小)?\s*[:：]|^字号\s*[:：]|^分享(?:到|至)?\s*[:：]?$|扫一扫在手机上?(?:打开|查看|阅读)当前页"
    r"|^\d+\s*条评论$|^\*?正文\s*[:：]$|^验证码\s*[:：]|网友评论|^评论一下$|人参与[，,]\s*\d+\s*条评论|抢沙发"
    r"|[:：]\s*点击(?:进入|投稿|查看|访问|这里)$|^(?:查看|阅读|点击查看)原文$"  # 手机网址:点击进入, [查看原文](…)
    r"|^标签\s*(?:>>|[:：])"  # the site's tags: 标签 >> 云南 疫情防控
    r"|^(?:用微信)?(?:扫描|扫码|长按|识别)(?:识别)?二维码|^点击(?:观看|播放|查看)(?:视频|全文)$"
    r"|^(?:原创|转载|其他)$"  # a post's label, alone on its line over the headline (WeChat: 原创, 其他)
    # a vote box: 顶一下 ⏎ (0) ⏎ 0%
    r"|^返回[\u4e00-\u9fff]{0,10}首页?$|^返\s*回$|^回首页$|^立即下载$|^[\u4e00-\u9fffA-Za-z]{2,24}截图[。.]?$|^(?:时讯|资讯)$|^\d{1,3}′\d{1,2}″$|^(?:Baidu|map)$|^(?:网友|在线)讨论$|^推荐(?:文章|新闻)$|^(?:顶|踩)一下$|^[(（]\d+[)）]$|^\d{1,3}%$|^精选专题$"
    r"|^(?:新闻推荐|频道推荐|推荐阅读|推荐内容|热点推荐|猜你喜欢|相关政策|(?:热门|最新|相关)(?:资讯|文章)|(?:关联|相关)(?:信息|阅读|链接)|搜索|发布|发表评论|版权声明)$|违法和不良信息举报"
    # (资料图), 【资料图】, 文章图片: a photo's tag
    r"|^[（(【\[](?:相关)?资料图片?(?:仅供参考)?[)）】\]]$|^(?:文章|新闻)图片$"
    r"|^(?:进入|退出|切换)?(?:长者|关怀|适老|无障碍|老年)(?:模式|版)$"  # a site's switch to large print
    # a skip link, a feedback box and a back-to-top link (Hong Kong and Macau sites: 跳過導航, 此頁面有問題嗎?)
    r"|^跳(?:过|至|到|转到|转至)(?:导航|主要内容|正文|内容|搜索)$|^此页面有问题吗[?？]?$|^帮助我们改进|^回(?:到)?(?:上|顶部)$|^(?:回到|返回)页首$|^按此[，,]?跳至主要内容。?$|^字型大小$|预设字体大小|^热门\s*[:：]$"
    # an e-paper's page in view (当前版: 01版 上一版 下一版); a site's blocks as its template names them
    # (头部, 底部, 向下滑动) and an ad slot's (adblk6)
    # a paper's archive: the page and its section over each text, and its column (第1版(要闻) ⏎ 专栏:新闻简报)
    r"|^第\s*\d{1,3}\s*版\s*[(（][\u4e00-\u9fff·]{1,10}[)）]$|^专栏\s*[:：][^，,。；;]{0,16}$"
    r"|^当前版\s*[:：]\s*[A-Z]?\d{1,3}版|^(?:头部|底部|向下滑动|往期阅读|标题导航|版面导航)$|^[\u4e00-\u9fffA-Za-z]{2,12}\s+首页$|\S[~～]{3}$|^adblk\d*$"
    r"|^\*\s*必填项$|^提交$|^[•●▪]$|^分享到(?:微信)?(?:朋友圈|好友|微博|QQ空间|QQ)$"
    # the site's contact lines: 地址:山西省太原市朝阳街75号, 传真:…, 咨询热线 ⏎ 400-007-6266 ⏎ 010-86223221
    r"|^(?:地址|电话|传真|邮箱|电子邮箱|官网|网址|邮编)\s*[:：]|^(?:咨询|服务|举报|投诉|值班)?热线(?:电话)?$"
    r"|^\d{3,4}-\d{7,8}$|^400-\d{3}-\d{4}$"
    # an e-paper's menu and search box: 网站首页 | 数字报首页 | 往期浏览, 首版 上一版 下一版 末版, 文章标题 文章作者,
    # 欢迎您阅览天门日报 您是第 ⏎ 位访客
    r"|^(?:网站首页|数字报首页|往期浏览|常见问题|使用说明|首版|末版|文章标题|文章作者|文章字数\s*[:：]\s*\d*)$"
    r"|^欢迎您?(?:阅览|阅读)[\u4e00-\u9fff]{2,12}(?:\s*您是第)?$|^位访客$"
    # a news app's account box and its banner to open the text in it (长江云: 2步打开 媒体云APP ⏎ • 点击右上角“…”
    # 按钮 ⏎ • 使用浏览器/Safari打开); a site's bookmark line (设为书签Ctrl+D将本页面保存为书签,…)
    r"|^(?:登录|退出登录|个人中心|用手机看|历史|收藏|订阅|点赞|⁺|下载APP|扫描二维码下载APP|[\u4e00-\u9fffA-Za-z]{2,8}APP)$"
    r"|^\d步打开\s*\S{2,12}APP$|^[•·]?\s*点击右上角.{0,6}按钮$|^[•·]?\s*使用浏览器\S{0,10}打开$|^小贴士$|^设为书签"
    # a survey widget loading under the headline (中国网: 调查问题加载中,请稍候。 ⏎ 若长时间无响应,请刷新本页面)
    r"|^调查问题加载中|^若长时间无响应[，,]?请刷新本?页面"
    # a blog's comment form and its links to the posts either side: 发表回复, 您的邮箱地址不会被公开。…,
    # 上一篇 2019年11月19日
    r"|^发表回复$|^您的(?:邮箱|电子邮件)地址不会被公开|^[上下]一篇\s*[:：]?\s*\d{4}年\d{1,2}月\d{1,2}日$|^相关推荐$"
    # an e-paper's menu, search and login box: 今日  首页 - 帮助, 文章搜索:, 用户名: 密码: [注册][找回密码];
    # its links under the text: 更多>>  德州日报近期报纸查看, 本文所在版面导航, 【第 02 版:坚决打赢疫情防控
    rf"|^(?:{_MENU_WORD})(?:\s*[-|｜·/]?\s*(?:{_MENU_WORD})){{1,8}}$"
    r"|^(?:文章|全文|站内)?(?:搜索|检索)\s*[:：]$|^用户名\s*[:：]\s*密码\s*[:：]|\[注册\]\s*\[找回密码\]"
    r"|^更多\s*>>|^本文所在版面(?:导航)?$|^【\s*第\s*\d{1,3}\s*版\s*[:：][^】]*$"
    # a column's back link and where the page is, set off by a bullet: 返回栏目, 首页教育 • 正文
    r"|^返回(?:栏目|列表|上一页|上级)$|^首页\s*[\u4e00-\u9fff]{0,10}\s*(?:[•·>＞»]|\s)\s*正文$"  # 首页 发改委 正文
    # a government site's header links, one a line: 移动端应用 ⏎ 政务微信 ⏎ 政务微博 ⏎ 智能问答 ⏎ 登录个人中心
    r"|^(?:移动端(?:应用)?|政务(?:微信|微博|抖音)|智能问答|(?:登录)?个人中心)(?:\s+关闭)?$"
    # a government site's footer, its groups of links one a line: 政务新媒体 ⏎ 部门街镇 ⏎ 国务院部门网站 ⏎ 其他网站
    r"|^(?:政务新媒体|部门街镇|国务院部门网站|地方政府网站|(?:省|市|县|区)政府部门网站|区?[(（]?县[)）]?政府网站|其他网站)$"
    # (微信 ⏎ 微博: its accounts), and a news app's prompt over a gallery (打开网易新闻 查看更多图片)
    r"|^(?:微信|微博)$|^打开[\u4e00-\u9fff]{2,6}(?:新闻|客户端)\s*查看(?:更多)?(?:图片|精彩内容|全文)$"
    # a search box's count of what may still be typed: 你还可以输入40
    r"|^[你您]还(?:可以|能)输入\s*\d+\s*(?:个)?字?$"
    # a policy file's index card, a field a line: 7. [废止日期], 2. [发文机构] 国务院办公厅
    r"|^(?:\d{1,2}\.\s*)?[\[【](?:主题分类|发文机[构关]|联合发文单位|实施日期|成文日期|发文字号|废止日期|发布日期|有效性"
    r"|文件来源|索引号|主题词|公文种类)[\]】]"
    # …or its fields run together, label then value: 索引号 000014348/2020-00052 主题分类 综合政务,
    # 发文机构武汉市人民政府办公厅发文字号武政办〔2020〕1号
    r"|^(?:索引号|主题分类|发文机[构关]|发文字号|成文日期|发布日期|有效性)\s*[:：]?\s*.*?(?:主题分类|发文字号|有效性|\d{4})"
    r"|^[（(]联系人\s*[:：][^（）()]*[)）]$"  # (联系人:白文俊,联系电话:8812822,…): whom to call, under a notice
    # a channel's own accounts, one a line: 澳门特别行政区政府新闻局 Facebook, …官方微信, 订阅新闻局Telegram…
    r"|^[\u4e00-\u9fff]{2,20}\s*(?:Facebook|Instagram|YouTube|Twitter|Telegram|官方微信|官方微博|政府新闻频道)$"
    r"|^订阅[\u4e00-\u9fff]{0,8}(?:Telegram|WhatsApp|微信|微博)"
    # a video box that did not load, a channel's buttons, an accessibility link (未能播放Youtube视频, 按Enter到主内容区)
    r"|^未能播放\s*(?:Youtube|YouTube|YOUTUBE)?\s*视频$|^订阅频道$|^已复制连结$|^按\s*Enter\s*键?到主内容区$|^:::$"
    r"|^查看图库$|^澳门政府资讯$|^澳门特区发布$"  # a gallery link; the Macau government's channels, one a line
    r"|^[*＊=＝~～_]{3,}$"  # a rule of stars under a release's headline: ********************
    r"|^关键词\s*[:：]"  # a site's tags under the text: 关键词: 冠状病毒
    r"|^香港时间\s*\d{1,2}\s*时\s*\d{1,2}\s*分$"  # the hour under a Hong Kong release's day
    r"|^\[回[\u4e00-\u9fff]{1,8}\]$|^(?:现在位置\s+)?首页\s*[>＞»]"  # [回公告系统], 现在位置 首页 > 公告讯息
    # an e-paper's issue and weekday; a tag line with the day
    r"|^当前报章为\s*第\s*\d+\s*号$|^星期[一二三四五六日天]$|^date\s+\d{4}-\d{2}-\d{2}\b"
    r"|^You are currently at\b|^Skip (?:This )?Ads?$"
    # the site's app: 打开APP, 下载通川客户端
    r"|^(?:打开|下载|在)\s*[\u4e00-\u9fff]{0,6}(?:APP|App|app|客户端)(?:内?(?:打开|阅读|查看))?$|^(?:APP|App)$"
    # a call for contributions and to follow the site, its font buttons: 欢迎大家投稿来信, 扫码关注, 放大字体 缩小字体
    r"|^[\u4e00-\u9fff]{0,8}欢迎[\u4e00-\u9fff]{0,6}投稿|^(?:关注微信|扫码关注|发布投稿|我要投稿)$"
    # a share bar: 关注新华网 ⏎ 微博 ⏎ Qzone ⏎ 评论; a gallery link and a like button (图集, +1); 【纠错】
    r"|^关注[\u4e00-\u9fff]{2,6}网$|^(?:微博|Qzone|QQ空间|朋友圈|评论|图集|\+1)$|^【纠错】"
    r"|^(?:(?:放大|缩小|默认)字体\s*)+$|^评论\s*\d+$|^我要评论$|参与热议吧?$"  # …, a comment box: 评论 0
    # the site's clock: 2025年07月09日 星期三 18:30:04
    rf"|^{YMD_DATE}\s*(?:星期|周)[一二三四五六日天]\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?$"
    # a row of the site's links: 信报简介 | 服务条款 | 私隐条款 | 免责声明 | 广告查询
    r"|^(?:[^|｜，。,]{2,8}\s*[|｜]\s*){3,}[^|｜，。,]{2,8}$"
    r"|^发表于\s*\d{4}-\d{1,2}-\d{1,2}.{0,30}(?:显示全部楼层|阅读模式)"  # a forum's post line
    r"|^[\u4e00-\u9fff]{2,10}(?:图文)?数据库\s*[(（]\d{4}\s*[-–—]\s*\d{4}[)）]$"  # 人民日报图文数据库(1946-2021)
    r"|^返回目录\s"
    # a law database's citation code and the link to its copy: 【法宝引证码】 CLI.12.6476457, 原文链接：https://…
    r"|^【法宝引证码】|^原文(?:链接|地址|网址)\s*[:：]\s*-?\s*https?://"
    # a portal's tools over the headline (专业版 简繁转换 English, 搜索热词: 婚姻登记 低保, 浏览字号 ⏎ 打印页面); a
    # column's link (长三角政商 >); a news site's foot: its tip line, its buttons and licences (澎湃新闻报料:021-962866,
    # 我要举报, 扫码下载澎湃新闻客户端, 沪公网安备…, 互联网新闻信息服务许可证:…, © 2014-2026 上海东方报业有限公司)
    # the site's own title over the page (辽阳新闻网官方新闻门户-权威媒体 辽阳门户)
    r"|^(?=[^，。,；;]*[-_|–])[^，。,；;]{2,30}(?:门户|官方网站|官网)(?:网站)?(?:\s*[-_|–][^，。,；;]{0,20})?$"
    r"|简繁转换|繁简转换|^(?:搜索热词|热门搜索|热搜词)\s*[:：]|^(?:浏览)?字号$|^打印(?:页面|文章)$|^[\u4e00-\u9fff]{2,8}\s*[>＞»]$"
    r"|^[\u4e00-\u9fff]{2,8}报料\s*[:：]|^我要举报$|^查看更多$|^扫码下载[\u4e00-\u9fff]{0,10}(?:客户端|APP|App)$"
    r"|公网安备\s*\d|信息服务许可证\s*[:：]|经营许可证\s*[:：]|^©\s*\d{4}(?:\s*[-–—]\s*\d{4})?\s*[\u4e00-\u9fff]"
    r"|^(?:最[热新]|热门)评论$|查看更多精彩评论|^相关(?:稿件|新闻|文章|阅读|链接)$|^相关推荐$|我要纠错|^Copyright|版权所有\s*[©(]|^主办单位\s*[:：]"
    # 相关解读:…图解; a footer's links: 中国互联网举报中心, ©2018中原新闻网站版权所有
    r"|^相关解读\s*[:：]|^[\u4e00-\u9fff]{0,8}举报中心$|^©\s*\d{4}.{0,24}版权所有$"
    # a button to hear the text read (听新闻); a bar's close button before its links (X 省级机关作风评议窗口 …)
    r"|^(?:听新闻|语音播报|朗读全文)$|^[X×✕]\s+[\u4e00-\u9fff]|^(?:还没有|暂无)评论"  # 还没有评论,快来发表第一个评论!
    r"|政府网站标识码|ICP备|返回首页|^【?\s*(?:打印|关闭|收藏)(?:本页|窗口)?\s*】?$|【\s*打\s*印\s*】|【\s*关\s*闭\s*】|^上一篇\s*[:：]|^下一篇\s*[:：]"
    # a row of the page's tools: 打印 | 收藏 | 发给好友 【字号 大 中 小】 |
    r"|^[|｜\s]*(?:(?:打印(?:此文|本文|本页|文档|文章|页面)?|收藏(?:本页)?|关闭(?:窗口|本页)?|返回顶部|发给好友|分享|【字号[^】]{0,8}】|字号)"
    r"[|｜\s]*){2,}$|^[|｜]+$"
    # an account's page foot: 预览时标签不可点, 收录于合集 #…, 大家都在看
    r"|预览时标签不可点|^收录于(?:合集|话题)|^大家都在看"
    # an account's call to follow it: 点击上方蓝字关注我们, 点击蓝字 关注我们
    r"|^(?:▲|↑)?\s*点击(?:上方|下方)?\s*[“\"]?(?:蓝字|蓝色字体?|名片)[”\"]?\s*[,，]?\s*(?:一键)?关注"
    # a photo's credit alone: (政府新闻处图片); a paper's registration: 新闻出版局登记编号 336号; a bracket alone
    r"|^[（(][^（）()]{2,16}(?:图片|供图|摄)[)）]$|登记编号\s*\d+\s*号$|^[【】\[\]]$"
    # an e-paper's buttons: 下一版4, 3上一期, 下一篇4 2021年2月10日 放大 缩小 默认, 版面导航; a box's label: 文章内容
    r"|^\d?\s*(?:上一|下一)[版期篇]\s*\d?(?:\s|$)|^版面导航$|^文章内容$|^放大\s+缩小(?:\s+默认)?$"
    r"|^文章(?:插图|配图)$"  # where a site set a picture in the text: 文章插图
    # the list of an account's other posts under a repost: 最新文章; how often it was read: 阅读量: 852
    r"|^最新文章$|^阅读(?:量|数|次数)\s*[:：]\s*\d+$|^关注(?:官方|我们的)?(?:微信|公众号|微博|抖音)(?:公众号)?$"
    # a call to follow, read on, or look below: 关注公众号,随时阅读…; 详情请看↓; 用手机扫描二维码 在手机上继续观看
    r"|^关注(?:我们的)?(?:微信)?公众号\s*[,，]\s*随时阅读|"
    + READER_PROMPT.pattern
    + r"|^(?:用手机)?扫描?二维码\s*(?:下载|在手机上)"
    # a paper's registration and publisher: 国内统一刊号:CN64-0001 宁夏日报报业集团出版
    r"|^国内统一(?:连续出版物)?刊号\s*[:：]"
    # a login box: 账号+密码登录 ⏎ 还没有账号? ⏎ 立即注册; a box of the site's channels: 频道精选
    r"|^(?:账号|手机号?|邮箱)\s*[+＋]\s*(?:密码|验证码)\s*登录$|^还没有账号\s*[?？]?$|^立即(?:注册|登录)?$|^频道精选$"
    # an image's path alone: 209316/images/微信截图_20240810153547.png
    r"|^\S{0,80}\.(?:png|jpe?g|gif|webp|bmp)$"
    # an image copied as Markdown, its link lost: ![]()
    r"|^!\[[^\]]*\]\([^)]*\)$"
    # an account's call to like and pass it on: 点亮 ⏎ 和 ⏎ ↓↓, 点亮和 ⏎ 转发分享更多人, 分享 收藏 点赞 在看
    r"|^(?:点亮|点个?赞|点个?在看|在看|分享|收藏|转发)(?:[和、\s]*(?:点亮|点个?赞|点个?在看|在看|分享|收藏|转发))*"
    r"(?:和|给?更多人|你最好看)?$|^转发分享(?:给)?更多人$"
    # an account's ornaments round the text: The Beginning, THE END, - END -
    r"|^[-—\s]*(?:(?i:the\s+beginning|the\s+end)|END)[-—\s]*$"
)


# a site's notice of its rights at the page's foot: …独家授权山西新闻网发布,未经允许不得转载或镜像;
# 凡本网注明"来源:…"的作品…
_RIGHTS_NOTICE = re.compile(
    # (以上图片或文字未经钟祥市融媒体中心许可,其他媒体不得转载!: whose leave, and who may not)
    r"未经(?:本网|本站|[\u4e00-\u9fff]{2,12}?)?(?:书面)?(?:允许|许可|授权)[^。；;]{0,8}?不得(?:转载|复制|镜像|摘编|使用)"
    # (如转载稿涉及版权等问题,请与上游新闻联系。: whom to write to about its rights)
    r"|如(?:转载稿|本文|文章|稿件)?涉及版权[^。]{0,12}?请与[^。]{1,16}?联系"
    r"|(?:授权)?转载(?:时)?(?:请|务必|须)注明(?:来源|出处)|^凡本(?:网|站)(?:未)?注明|版权所有[，,]?\s*(?:未经|侵权必究|违者必究)"
    # an account's disclaimer: 免责声明 ⏎ 本公众号部分转载的文章…版权和文责属原作者所有…请联系我们删除 ⏎ 联系电话:…
    # (免责声明:本文由…作者上传发布,仅代表作者观点…: a platform's, on one line)
    # the outlet's accounts listed at the foot (• 荆州新闻网微信, • 无线荆州APP) and its terms (…版权与免责声明)
    r"|^[•·●▪]\s*[\u4e00-\u9fffA-Za-z]{2,12}(?:微信|APP|App|抖音号?|微博|客户端|公众号|视频号)$"
    r"|^[\u4e00-\u9fff]{0,10}版权(?:与|和|及)免责声明$"
    r"|^免责声明[:：]?(?:$|[^。]{0,30}仅代表作者(?:本人|个人)?观点)|版权(?:和文责)?(?:归|属)原作者|请(?:与我们)?联系(?:我们|本号|小编)?(?:删除|处理)|^联系电话[:：]"
    # a site's foot, run into its links (…网站简介 … Copyright© 2014-2020 … All rights reserved.)
    r"|Copyright\s*(?:©|\(c\))|All [Rr]ights [Rr]eserved"
    # the staff who handled it, field after field: 责编:陈玉尧 | 审核:李震 | 总监:万军伟
    r"|^(?:(?:责编|责任编辑|编辑|审核|总监|校对|监制|初审|复审|终审|审校|[一二三]审)\s*[:：]\s*[\u4e00-\u9fff·]{2,4}"
    r"\s*[|｜]?\s*){2,}$"
    # an e-paper's terms: …的一切内容(包括但不限于文字、图片…)仅供…读者阅读…,未经…书面授权,任何单位及个人不得…
    r"|的一切内容[^。]{0,80}仅供[^。]{0,40}(?:阅读|使用)"
    # its licences and where to report it: 互联网新闻信息服务许可证10120190005 举报邮箱:…, 京公网安备 110105…
    r"|互联网新闻信息服务许可证|公网安备\s*\d|^举报邮箱\s*[:：]|违法和不良信息举报(?:电话|邮箱|中心)"
)


_SPACED_LABEL = re.compile(r"^([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?=\s*[:：|｜])")  # (记 者 | 张子鹤)


# a Latin full stop set for a Chinese one (…能够科学高效处置.目前,…), not a number's
# point or an item's (1.禁止…), nor an abbreviation's
_LATIN_STOP = re.compile(r"(?<=[\u4e00-\u9fff”’」』)）])[.．｡](?![.．\d])")


def latin_stops(text: str) -> set[int]:
    """Offsets of the Latin full stops in ``text`` that end a Chinese sentence."""
    return {m.start() for m in _LATIN_STOP.finditer(text)}


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with a sentence-final mark (closing quotes skipped)."""
    stripped = text.rstrip()
    while stripped and stripped[-1] in CLOSERS:
        stripped = stripped[:-1]
    return bool(stripped) and (stripped[-1] in SENTENCE_END or bool(latin_stops(stripped[-2:])))


def byline_match(text: str) -> re.Match[str] | None:
    """A reporter's credit set as a line of its own, matched on the Simplified reading
    of ``text.strip()`` (its group ``names``, roles and all); None when it is none."""
    # 记 者:罗晓婷, spaced to the width of 编 辑: read as 记者 :罗晓婷, of the same length (names are cut at
    # its offsets)
    simplified = _SPACED_LABEL.sub(r"\1\2 ", to_simplified(text.strip()))
    # 记者|王志冕 编辑|李艺: the role set off by a bar, the staff after the names (cut at the same offsets)
    simplified = _BARRED_ROLE.sub(lambda m: m[1] + " " * (len(m[0]) - len(m[1]) - 1) + "：", simplified)  # same length
    simplified = _STAFF_AFTER.sub("", simplified)
    if m := BYLINE.match(simplified):
        return m
    if m := SLASHED_CREDIT.match(simplified):
        return m
    if (m := _BRACKETED_NAMES.match(simplified)) and all_names(m["names"] or m["reported"]):
        return m
    if (m := _SPACED_NAME.match(simplified)) and looks_like_name(m["names"].replace(" ", "").replace("\u3000", "")):
        return m  # (郑 谐): a name of two spaced out
    return None


_SPACED_NAME = re.compile(r"^[（(]\s*(?P<names>[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])\s*[)）]$")


# an office credited with a text at its foot (a county site's 区政府办 供稿, 供稿：县应急管理局, （县政府办）
# after the last sentence): the text's source; after the last sentence, an office only
_OFFICE = r"[\u4e00-\u9fff]{1,14}?(?:办公室|办|局|委|部|中心|政府|站|所|院|厅|署|处|科|队|街道|镇|乡)"
# or an outlet, in brackets under the text: (临沂日报), （南宫发布）
_OUTLET_CREDITED = (
    r"[\u4e00-\u9fff]{2,12}?(?:日报|晚报|早报|报社|发布|融媒体中心|电视台|广播电视台|新闻网|新媒体|新媒体中心)"
    r"|新华社|中新社|中国新闻社"  # (a news agency's brief in a paper: (新华社) under it)
)
_OFFICE_CREDIT = re.compile(
    r"^(?:[（(]\s*(?:(?:稿件|信息)?来源[:：]\s*|供稿(?:单位)?[:：]\s*)?"
    rf"(?P<bracketed>{_OFFICE}|{_OUTLET_CREDITED})\s*(?:供稿|供图)?\s*[)）]"
    # (德州日报新媒体出品: the outlet that produced it)
    rf"|供稿(?:单位)?\s*[:：]\s*(?P<labelled>{_OFFICE})|(?P<named>{_OFFICE}|{_OUTLET_CREDITED})\s*(?:供稿|出品))$"
)
_OFFICE_AFTER_TEXT = re.compile(rf"(?<=[。！？!?”])\s*[（(](?P<office>{_OFFICE})[)）]\s*$")


def paper_alone(text: str) -> bool:
    """A paper's name alone on a line (阜阳日报): its masthead, or the card of its account under a repost."""
    return _PAPER_ALONE.match(to_simplified(text.strip())) is not None


def office_credit(text: str) -> str | None:
    """The office or outlet a line credits with the text (``区政府办 供稿``, ``（县政府办）``, ``(临沂日报)``,
    ``德州日报新媒体出品``), as written; None when none."""
    stripped = text.strip()
    m = _OFFICE_CREDIT.match(to_simplified(stripped))
    if m is None or len(to_simplified(stripped)) != len(stripped):
        return None
    group = next(g for g in ("bracketed", "labelled", "named") if m[g])
    return None if all_names(m[group]) else stripped[m.start(group) : m.end(group)]


def office_after_text(text: str) -> re.Match[str] | None:
    """An office credited in brackets after a paragraph's last sentence (…干部任免事宜。(县政府办))."""
    simplified = to_simplified(text)
    m = _OFFICE_AFTER_TEXT.search(simplified)
    return m if m and len(simplified) == len(text) and not all_names(m["office"]) else None


_BARRED_ROLE = re.compile(r"^((?:记者|通讯员))\s*[|｜]")
# (新京报 记者 戴轩 编辑 樊一婧: the staff's label set off by a space only)
_STAFF_AFTER = re.compile(
    rf"(?<=\S)\s+(?:{_STAFF})(?:\s*[|｜:：]\s*|\s+)\S+(?:\s+(?:{_STAFF})(?:\s*[|｜:：]\s*|\s+)\S+)*$"
)


# the outlet a reporter's credit names before the role: 长寿新闻网  记者 李秋晨, 南方日报记者 李凤祥
_CREDIT_OUTLET = re.compile(rf"^\s*(?P<outlet>{_OUTLET})\s*(?:全媒体|融媒体)?{_ROLE}")


def credit_outlet(text: str) -> str | None:
    """The outlet a byline line names before the reporter's role, as written (长寿新闻网 for
    ``长寿新闻网  记者 李秋晨``); None for none, and for the page's own (本报)."""
    simplified = to_simplified(text)
    m = _CREDIT_OUTLET.match(simplified)
    if m is None or m["outlet"] == "本报":
        return None
    return text[m.start("outlet") : m.end("outlet")]


def is_byline(text: str) -> bool:
    """A reporter's credit on a line of its own (记者 吕正龙; 記者 on a Traditional page; （王炯）)."""
    return byline_match(text) is not None


def looks_like_headline(text: str) -> bool:
    """Short (a title with its kicker and subtitle run together may reach 150 characters: a
    新闻联播 item's), no sentence punctuation, not a sentence end: a title or subtitle line."""
    t = text.strip()
    if SHOWN_BELOW.search(t):
        return False  # 详情如下 ⏎ ↓↓↓, 一起来看👇: what follows is shown, no headline
    bare = _BOOK_TITLE.sub("《》", t)  # a title cited may hold a comma: 《构建起…体系，为…保障》
    return (
        0 < len(t) <= _HEADLINE_LENGTH
        and _LATIN_WORD.fullmatch(t) is None  # (a forum's user name over a reply, hello1987, heads nothing)
        and not ends_sentence(t)
        and not re.search(r"[，,。；;！？]", bare)
        and not is_byline(t)
        and office_credit(t) is None
    )


_HEADLINE_LENGTH = 150
# fewer characters than any headline has: a shorter line over a headline names a section of the site (部委,
# 中工新闻), and one at the page's foot is a sentence cut off (会议以视, 省直)
SHORTEST_HEADLINE = 8
# the most characters a headline of clauses set off by a comma has, with no sentence's end in it (坚持人民至上，全力以赴
# 打赢疫情防控阻击战 over a dateline; 北京:严格常态化防控措施,确保全国两会顺利召开 over the site's info line)
LONGEST_CLAUSED_HEADLINE = 40
_LATIN_WORD = re.compile(r"[A-Za-z][\w.\-]*", re.ASCII)
_ARROWS = "↓⬇▼👇"  # what points down to what follows
SHOWN_BELOW = re.compile(rf"^[{_ARROWS}\s]+$|(?:详情|具体|全文|内容)如下[{_ARROWS}\s]*$|一起来看[{_ARROWS}\s]*$")


_BOOK_TITLE = re.compile(r"《[^《》]*》")


# a news brief's headline: who, a colon, what (国家林草局：坚决取缔食用野生动物市场和交易);
# not 许昆林强调：要加强 cut off by the column, where the colon follows what was said
_KICKER = re.compile(r"^[^，,。；;！？：:\s]{2,12}[：:][^，,。；;！？：:]{4,30}$")
SAID_BEFORE_COLON = re.compile(r"(?:指出|强调|要求|表示|认为|说|提出|明确|宣布|通知|通报|公告|获悉|消息|报道|讯)$")


def is_kicker(line: str) -> bool:
    """A news brief's headline of who and what (国家林草局：坚决取缔食用野生动物市场和交易),
    which heads the item below it and says nothing itself."""
    t = line.strip()
    return bool(_KICKER.match(t)) and not SAID_BEFORE_COLON.search(re.split("[：:]", t)[0])


# a lead that opens with when (10月21日下午，… / 25日晚，… / 昨晚，… / 近日，…): no sentence goes on so
LEAD_DATE = re.compile(
    r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日(?:上午|下午|晚|早|凌晨|中午|傍晚|夜|[，,])|近日|日前|昨[天日晚]|前[天日]|今[天日晚]"
    r"|连日来|当天|当日|当晚|据[^，,。；;]{2,30}?报道[，,])"  # 据《吉林日报》官方微信公众号报道，
)


# a numbered line too short to be a sentence the layout broke, a comma in it or not
_SHORT_NUMBERED = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}、)[^。；;！？!?：:]{2,14}$"
)
# a list's second or later point: 二、 （三） 4、
LATER_POINT = re.compile(
    r"^(?:[二三四五六七八九十][一二三四五六七八九十]{0,2}、|[（(][二三四五六七八九十][一二三四五六七八九十]{0,2}[)）]|(?:[2-9]|1\d)(?:、|[.．](?!\d)|。(?=[^\d\s。])))"
)


# a numbered point this long with a modal in it is a sentence, not a heading
_SENTENCE_POINT = 16
_POINT_MODAL = re.compile(r"要|必须|务必|应当|不得|严禁")
# a time the layout cut at its colon: …(元宵节)20: ⏎ 00-21:00…
_TIME_CUT = re.compile(r"\d[:：]$")


def _cut_inside(line: str, nxt: str) -> bool:
    """The layout cut ``line`` where it does not end: inside brackets (…村(社 ⏎ 区)要…), after the
    等 that closes a list (…亲朋聚餐等 ⏎ 活动…), or inside a word (…公职人 ⏎ 员要…, 车 ⏎ 辆)."""
    if line.count("(") + line.count("（") > line.count(")") + line.count("）"):
        return True
    if line.endswith("等") or (len(line) >= _SENTENCE_POINT and _POINT_MODAL.search(line)):
        return True  # …聚餐等 ⏎ 活动; 三、各级党员、干部、职工要带头遵守烟花 ⏎ 爆竹…: a sentence
    tail = line[-6:]
    at = 0
    for word in tokenize(tail + nxt[:6]):
        # a word runs on over the cut: from the line's last character (车|辆), or its part on the
        # line is no word (公职人|员); not 领导|小组, where the line ends on a word
        if at < len(tail) < at + len(word) and (at == len(tail) - 1 or len(tokenize(tail[at:])) > 1):
            return True
        at += len(word)
    return False


_FIRST_HEADLINE = 64
# a notice's preamble, what for or on what grounds: 为统筹做好…, 根据…, 依据…
_PREAMBLE_OPENS = re.compile(r"^(?:为了?|根据|按照|依据)[^，,。；;]{2,40}[，,]")
# a document's title at the page's head, commas and all: 关于春节、元宵期间禁止…燃放烟花爆竹的通告, or
# cut before its kind (…孔明灯(许愿灯)的)
_ABOUT_TITLE = re.compile(
    r"^[\u4e00-\u9fff、]{0,40}?关于[^。；;！？!?：:，,]{4,80}的"
    r"(?:[\u4e00-\u9fff]{0,4}(?:通告|通知|公告|意见|决定|办法|方案|规定|倡议书|倡议|公开信|告知书))?$"
)
_GOES_ON = frozenset("的和与及或把被向从对")  # a word no sentence, nor headline, ends on
_OPENS_A_TITLE = re.compile(r"^[\u4e00-\u9fff、]{0,40}?关于")


def _title_cut_in_a_book_title(t: str, n: str) -> bool:
    """A document's title (…关于…) set in lines, cut inside the law or plan it names: the line it is cut in,
    or the one after it, leaves a 《 open (国务院关于在…先行区 ⏎ 暂时调整实施《中华人民共和国药品管理法 ⏎
    实施条例》有关规定的决定)."""
    if BODY_PUNCT.search(t) or BODY_PUNCT.search(n) or len(t) > 80 or len(n) > 40:
        return False
    if not _OPENS_A_TITLE.match(t) or _ABOUT_TITLE_KIND.search(t):
        return False
    return t.count("《") > t.count("》") or n.count("《") > n.count("》")


_KIND_AFTER = re.compile(
    r"^[\u4e00-\u9fff]{0,6}?(?:通知|通告|公告|倡议书|倡议|公开信|一封信|告知书|意见|决定|办法|方案|规定|提示|提醒|命令|令)\s*$"
)
_ABOUT_TITLE_KIND = re.compile(
    r"的[\u4e00-\u9fff]{0,4}(?:通告|通知|公告|意见|决定|办法|方案|规定|倡议书|倡议|公开信|告知书)$"
)
# a bullet set before an item's text: • 迅速进入临战状态…, • 每年接种季节性流感疫苗;
BULLET_MARK = re.compile(r"^[•●▪]\s*(?=\S)")
_ENDS_ON_A_DATE = re.compile(rf"[\s。]{YMD_DATE}$")
# a site's credits after a date: 2022年2月8日 【编辑:孙静波】 (作者:孙静波)
SITE_CREDITS = r"(?:\s*[【\[(（](?:责任)?(?:编辑|作者|来源|编审|审核|校对)\s*[:：][^】\])）]{1,20}[】\])）])*"
_DATE_AND_CREDITS = re.compile(rf"^{YMD_DATE}{SITE_CREDITS}$")
# a section's short heading or a request that ends on a colon (三、禁止行为:, 请各单位做好以下工作:), and the first
# item under it: (一), 1、, 1., ①; not a label (防御指南:), whose items stand alone
_HEADS_A_LIST = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|请|要)[^。；;！？!?：:]{2,16}[：:]$"
)
# a sentence that tells what to do or not, then its items: 在森林防火关键时期，…禁止一切非法户外用火：
_LEADS_IN = re.compile(r"^[^。；;！？!?：:]{4,60}[：:]$")
# what makes a lead-in ask: a modal or a ban (not 要求如下：, which announces, nor 主要); the directive reader's
# enumeration reads a lead-in by it too
ASKS = r"(?:(?<![主重需纲概])要(?![求素点])|禁止|严禁|不得|必须|务必|应当|请)"
_ASKS = re.compile(ASKS)
_FIRST_ITEM = re.compile(r"^(?:[（(]一[)）]|1\s*[、.．](?!\d)|①)")
# a sentence's last words, then its end, opening a line: 重点任务。
_TAIL = re.compile(r"^[^，,。；;：:！？!?、\s“”\"《》（）()]{1,8}[。；;]")
_BULLETS = frozenset("■◆●▲★•")


_POINTS_DOWN = frozenset(_ARROWS)


# a headline's line that says who presided, spoke or attended: 中共中央总书记习近平主持会议, 李强通报有关情况
PRESIDED_LINE = re.compile(
    r"^[^，,。；;！？!?：:]{2,40}?(?:主持(?:会议|召开|大会)?(?:并(?:发表重要|作重要)?讲话)?|出席(?:会议)?(?:并讲话)?|参加(?:会议)?"
    r"|通报有关情况|发表重要讲话)$"
)


# where an e-paper's text breaks off to go on on another page, at a paragraph's end: (下转二版), （转A3版）
CONTINUED_ELSEWHERE = re.compile(
    r"\s*[（(]\s*(?:下转|转)\s*(?:第\s*)?[A-Z]?[\d一二三四五六七八九十]{1,3}\s*版\s*[)）]\s*$"
)


_PAIRED_PHRASES = re.compile(r"^(?P<a>[\u4e00-\u9fff]{3,7})[，,\s](?P<b>[\u4e00-\u9fff]{3,7})$")


# two parts of a headline set apart by a space (…下发通知要求 在元旦春节期间…)
_SPACED_PARTS = re.compile(r"[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]")
_HEADLINE_IN_PARTS = 100  # characters a page's first line in parts may reach (a 新闻联播 item's: 71)
# a measure ended, then who answers for it in brackets: （责任单位：省经济和信息化厅、省财政厅）, （省商务厅负责）
DUTY_NOTE = r"[（(](?:(?:责任|牵头|配合)(?:单位|部门)[：:][^（）()]{2,80}|[^（）()]{2,80}?(?:负责|牵头|配合))[）)]"
_NOTE_AFTER_SENTENCE = re.compile(rf"[。！？!?；;]\s*{DUTY_NOTE}$")


# a photo's caption: 图为会场, 上图：…
_CAPTION = re.compile(r"^(?:图为|[上下左右]图(?:为)?[:：，,]|图[:：])")
_CAPTION_LENGTH = 40
_PHOTO_CREDIT_END = re.compile(r"[。.\s](?:图据|图源[：:]?|图片来源[：:]?)[\u4e00-\u9fffA-Za-z]{1,12}$")


# a date cut before its day's or month's character: 4 月 23 (⏎ 日下午), 2022年4 (⏎ 月)
_DATE_CUT = re.compile(r"(?:月|年)\s*\d{1,2}\s*$")


def _may_continue(prev: str, nxt: Block | None, after_headline: bool, first: bool = False) -> bool:
    if nxt is None or nxt.heading:
        return False
    t = for_reading(prev.strip())  # read in Simplified, without pinyin readings: 據…消息 is 据…消息
    n = for_reading(nxt.text.strip())
    if t and _TIME_CUT.search(t) and n[:1].isdigit():
        return True  # …(元宵节)20: ⏎ 00-21:00: a time the layout cut at its colon
    if _DATE_CUT.search(t) and n[:1] in "日号月":
        return True  # 4 月 23 ⏎ 日下午,我市…: a date the layout cut before its last character
    last = re.split(r"[。！？!?；;]", t)[-1]  # the paragraph's last sentence may lead in to the list
    lead_in = _HEADS_A_LIST.match(t) or (_LEADS_IN.match(last) and _ASKS.search(last))
    if lead_in and _FIRST_ITEM.match(n) and not t.startswith("附件"):
        # 三、禁止行为: ⏎ (一)携带火源…; — a heading that introduces its items, read with the first as
        # one unit, for no sentence ends between them (请各单位做好以下工作: ⏎ 1.中小学…停课…;)
        return True
    if t and t[-1] in _POINTS_DOWN:
        return False  # 一起来看↓: what follows is shown, not the sentence going on
    if _CAPTION.match(t) and len(t) <= _CAPTION_LENGTH:
        return False  # 图为,会场: a photo's caption on its own line, however it ends
    if _PHOTO_CREDIT_END.search(t):
        return False  # …宣传司副司长米锋。图据中国网: a caption closed by where the photo came from
    if CONTINUED_ELSEWHERE.search(t):
        return False  # …抓好各项防控工作,(下转二版): the text goes on on another page, not on the next line
    if not t or ends_sentence(t) or _ENDS_ON_A_DATE.search(t) or _DATE_AND_CREDITS.match(t) or (len(t) >= 8 and t in n):
        return False  # …依法追究刑事责任。 某某指挥部 2023年3月6日: signed off, nothing runs on
    if _NOTE_AFTER_SENTENCE.search(t):
        return False  # …培育数字化转型标杆企业。（省商务厅负责）: a note on the sentence ended, nothing runs on
    if is_byline(n) or DATELINE_START.match(n) or PRESIDED_LINE.match(n):
        return False  # (…工作报告 ⏎ 中共中央总书记习近平主持会议: under a headline, who presided)
    tail = _TAIL.match(n)
    if tail and n[tail.end() :].strip() and " " not in t and not NUMBERED_HEADING.match(t) and not is_page_furniture(t):
        # 《行动方案》明确了5方面20项 ⏎ 重点任务。一是…: the next line ends this one's sentence and goes on; not
        # a headline in parts (…专题会议 安排部署…) over a caption (会议现场。)
        return True
    if (
        t[-1] in _GOES_ON
        and not first  # (关于…孔明灯的 atop the page, its kind lost: a title)
        and len(t) >= 6
        and not NUMBERED_HEADING.match(t)
        and not is_page_furniture(t)
        # …致全镇父老乡亲的 ⏎ 倡  议  书, …孔明灯的 ⏎ 陆府通〔2019〕2号: a title in two lines, or with its number
        and not _KIND_AFTER.match(re.sub(r"\s", "", n))
        and not re.search(r"[〔\[［(（]\d{4}[〕\]］)）]", n)
    ):
        return True  # 消费者发现食品安全违法行为的 ⏎ 请拨打12315热线: no line ends on 的, 和 or 向
    if _title_cut_in_a_book_title(t, n):
        return True  # 国务院关于在…先行区 ⏎ 暂时调整实施《…药品管理法 ⏎ 实施条例》有关规定的决定: one title
    if not BODY_PUNCT.search(t):
        # …行为的请拨打12315热线 ⏎ 向市场监管部门投诉举报。: a sentence the layout broke twice goes on to its end
        return not after_headline and not first and ends_sentence(n) and not BODY_PUNCT.search(n[:-1])
    if LATER_POINT.match(n):
        return False  # 二、请广大市民… opens the next point, whatever the one before it lacks at its end
    if (
        t[-1] not in COMMA_END
        and len(t) <= _SUBHEAD_LINE
        and _OPENS_ATTRIBUTED.match(n)
        and not _OPENS_ATTRIBUTED.match(t)
    ):
        # 压实各方责任,要“避”“防”“救”三管齐下 ⏎ 李克强要求,要压实…: a subheading over the paragraph, whose
        # first words name who speaks
        return False
    if t[-1] in COMMA_END:
        return True
    if (NUMBERED_HEADING.match(t) or _SHORT_NUMBERED.match(t)) and not _cut_inside(t, n):
        return False  # 一、更好实施就业优先政策, 三、理性消费，拒绝浪费: a section heading of a notice stands alone
    if is_kicker(re.sub(r"^\d{1,2}\s*[.．、]\s*", "", t)):
        return False  # 教育部：中小学高校错时错峰开学 (3. 孙春兰：…): a brief's headline, who and what
    if n[:1] in _BULLETS:
        return False  # ● 1月12日，… opens an item of its own
    # A short line at an article's head with punctuation in it may still be a
    # headline (``坚定信心，同舟共济``) standing before its subtitle.
    headline_slot = after_headline and len(for_reading(t)) <= 50 and "。" not in t  # 學(xué)習(xí) counts 2
    if headline_slot and LEAD_DATE.match(n):
        return False  # a headline with a lead under it that opens with a date
    if headline_slot and (pair := _PAIRED_PHRASES.match(t)) and len(pair["a"]) == len(pair["b"]):
        return False  # 爱国爱家,守望相助 ⏎ 弘扬…: a part's heading in two phrases of a length, over its text
    if first and LEAD_DATE.match(n) and len(for_reading(t)) <= _FIRST_HEADLINE:
        return False  # the page's headline, however many commas, over a lead that opens with a date
    if first and _PREAMBLE_OPENS.match(n) and len(for_reading(t)) <= _FIRST_HEADLINE and len(n) > 2 * len(t):
        return False  # …over a notice's preamble (为统筹做好…,依据…,现就…通告如下:), which a headline never opens
    if (first or (after_headline and _ABOUT_TITLE_KIND.search(t))) and _ABOUT_TITLE.match(t):
        # a document's title, however long, over its text; under a headline, one that names its kind
        # (暂缓恢复…!东阳市南马镇发布公告 ⏎ 关于暂缓恢复…的通告 ⏎ 近期,…)
        return False
    if first and len(t) <= 40 and not re.search(r"[，,]|[：:](?!\d)", t):
        # the page's first line, a list in it (坚持非必须不出境、不出辽、不离沈), or the hour it went out
        # (…2023-06-23 16:20发布高温橙色预警)
        return False
    if (
        (headline_slot or (first and len(for_reading(t)) <= _HEADLINE_IN_PARTS))
        and _SPACED_PARTS.search(t)
        and not re.search(r"[，,：:]", t)
        and ends_sentence(n)
    ):
        # 中共中央组织部下发通知要求 在元旦春节期间开展…活动 ⏎ 中共中央组织部近日下发通知，…。: a headline in
        # two parts set apart by a space, over a lead that is a sentence of its own; atop the page, a long one in
        # three (…召开会议 听取…党组工作汇报 中共中央总书记习近平主持会议)
        return False
    # …and the line after it a subtitle, a comma at most inside (党中央决策部署上来,党政同责,
    # 齐抓共管,做到守 is a sentence going on)
    return not (
        headline_slot and len(re.findall("[，,]", n)) <= 1 and looks_like_headline(n.replace("，", "").replace(",", ""))
    )


# a paragraph that opens on who speaks: 李克强要求,…; 省委书记王某强调：…
_OPENS_ATTRIBUTED = re.compile(r"^[\u4e00-\u9fff·]{2,16}?(?:要求|强调|指出|表示)[，,：:]")
_SUBHEAD_LINE = 40


def join_broken(blocks: list[Block]) -> tuple[list[Block], int]:
    """Join blocks that the layout broke mid-sentence; returns the blocks and the number of joins."""
    out: list[Block] = []
    joins = 0
    i = 0
    while i < len(blocks):
        block = blocks[i]
        text = block.text.strip()
        after_headline = (
            not out or ends_sentence(out[-1].text) or looks_like_headline(out[-1].text) or is_byline(out[-1].text)
        )
        first = not out
        # (a heading, or a line the markup made one, a Markdown archive's item heading, ends where it ends)
        marked = block.heading or block.level == 2
        while (
            not marked
            and i + 1 < len(blocks)
            and not (blocks[i + 1].heading or blocks[i + 1].level == 2)  # (nor does one run on to it)
            and _may_continue(text, blocks[i + 1], after_headline, first)
        ):
            text = text + blocks[i + 1].text.strip()
            joins += 1
            i += 1
            after_headline = first = False
        out.append(Block(text=text, heading=block.heading, level=block.level))
        i += 1
    return out, joins


# --- hard-wrapped text ------------------------------------------------------------
#
# A text export of an e-paper may wrap every line at a fixed width, a paragraph marked
# only by the indentation of its first line (``　　``) or by a short last line. Such a
# page is unwrapped before anything else reads it: lines at the full width run on.

_INDENT = (" ", "\u3000", "\t")
_MIN_WRAP = 12  # narrower than this, equal lines are a list, not a wrap
_MIN_FULL_LINES = 6
_FULL_SHARE = 0.4  # of the non-blank lines


def _columns(line: str) -> int:
    """Display width: a CJK or full-width character takes two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def wrap_width(lines: Iterable[str]) -> tuple[Callable[[str], int], int] | None:
    """(measure, width) when the text is hard-wrapped: many lines come within one unit
    of the same length, in characters or in display columns (a wide character that
    does not fit leaves the line one column short); else None."""
    body = [line.rstrip() for line in lines if line.strip()]
    best: tuple[Callable[[str], int], int] | None = None
    best_full = 0
    for measure in (len, _columns):
        lengths = Counter(measure(line) for line in body)
        for width, _ in lengths.most_common(3):
            full = lengths[width] + lengths[width - 1]
            if width >= _MIN_WRAP and full > best_full:
                best, best_full = (measure, width), full
    if best is None or best_full < max(_MIN_FULL_LINES, _FULL_SHARE * len(body)):
        return None
    return best


# where a web copy ran a page's paragraphs into one line, a space between each
# (…现将有关事项通告如下: 一、任何单位…。 二、…): after a sentence or a colon, before a
# numbered point, and around a document's number (…的 陆府通〔2019〕2号 为减少…)
_RUN_IN_BREAK = re.compile(
    # (not after a stop the copy set off by spaces on both sides, as it sets every mark: …复杂 。 在这个时候 , …)
    r"(?<=[^ \u3000][。：:；;！？!?”])[ \u3000]+(?=[^\s，,。、])"
    r"|[ \u3000]+(?=(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、．])\S)"
)
_RUN_IN_NUMBER = re.compile(
    r"(?<=\S)[ \u3000]+([\u4e00-\u9fff]{1,8}[〔\[［][12]\d{3}[〕\]］]\d{1,4}号)[ \u3000]+(?=\S)"
)
# a notice's title run into its preamble after a space, a line of its own:
# …一起来看↓ 宁海县人民政府森林防火禁火令为切实抓好…
_RUN_IN_TITLE = re.compile(
    r"(?<=\S)[ \u3000]+([\u4e00-\u9fff]{2,30}?(?:通告|公告|通知|倡议书|禁火令|封山令|命令))(?=为|根据|按照|鉴于)"
)
# a headline run into its lead with wide space between, the lead opening on its dateline
_HEAD_THEN_DATELINE = re.compile(r"^(?P<head>[^，,。；;！？!?\s][^，,。；;！？!?]{3,60}?)[ \u3000]{2,}(?P<rest>\S.*)$")
# a whole page on one line, its headline, then its day in English, then its text: … 減少不必要外出 Apr 3, 2020 明日是…
_HEAD_DATED_IN_ENGLISH = re.compile(
    r"^(?P<head>[^，,。；;！？!?\s][^，,。；;！？!?]{5,80}?)\s+"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4})\s+(?P<rest>\S.{20,})$"
)


def _english_date(text: str) -> dt.date | None:
    for form in ("%b %d, %Y", "%B %d, %Y", "%b. %d, %Y"):
        try:
            return dt.datetime.strptime(text.replace("Sept ", "Sep "), form).date()
        except ValueError:
            continue
    return None


_RUN_IN_LINE = 200  # a paragraph of a page runs to this and more only when a copy ran several together
# a copy that set a space for each full stop (…讨论研究十四五规划编制等工作 会议听取…汇报 会议强调，…): a long
# line with spaces between Chinese words and hardly a 。 in it
_SPACE_FOR_STOP = re.compile(r"(?<=[\u4e00-\u9fff”）)])[ \u3000]+(?=[\u4e00-\u9fff“（(])")


def split_run_in(lines: list[str]) -> list[str]:
    """``lines`` with each long line that holds several paragraphs run in, a space
    between each, cut into them (see ``_RUN_IN_BREAK``); two breaks at least."""
    out: list[str] = []
    for line in lines:
        if (head := _HEAD_THEN_DATELINE.match(line.strip())) and DATELINE_START.match(head["rest"]):
            out.extend([head["head"], head["rest"]])  # 祖籍宁波的香港企业家   新华社北京8月1日电 近日,…
            continue
        dated = _HEAD_DATED_IN_ENGLISH.match(line.strip())
        if dated and looks_like_headline(dated["head"]) and (day := _english_date(dated["date"])):
            # 政府呼籲市民… Apr 3, 2020 明日是清明節,…: the headline, the day (as a stamp reads it), the text
            out.extend([dated["head"], day.isoformat(), dated["rest"]])
            continue
        parts = []
        if len(line) >= _RUN_IN_LINE:
            parts = [
                p
                for part in _RUN_IN_BREAK.split(line.strip())
                for numbered in _RUN_IN_NUMBER.split(part)
                for p in _RUN_IN_TITLE.split(numbered)
            ]
            stops = len(re.findall(r"[。！？!?]", line))
            if len(parts) < 3 and stops <= 1 and len(_SPACE_FOR_STOP.findall(line)) >= 3:
                # each space stands for the stop the copy lost: set it back, so the parts read as sentences
                cut = _SPACE_FOR_STOP.split(line.strip())
                # (not after a label: 消息来源:四川新闻网)
                parts = [
                    part if ends_sentence(part) or re.match(r"^[^，,。]{2,8}[:：]", part) else part + "。"
                    for part in cut[:-1]
                ] + cut[-1:]
        out.extend(parts if len(parts) >= 3 else [line])
    return out


def unwrap(lines: list[str]) -> list[str]:
    """The paragraphs of a hard-wrapped text, one per line with a blank line between;
    ``lines`` unchanged when the text is not hard-wrapped. A paragraph ends at a blank
    line, at a line shorter than the width, or before an indented line (when the page
    indents its paragraphs: then an unindented line after a paragraph stands alone;
    otherwise at a full line that ends a sentence when a paragraph opens after it, see
    ``_opens``), and around a line longer than the wrap (a headline)."""
    found = wrap_width(lines)
    if found is None:
        return lines
    measure, width = found
    indents = sum(1 for line in lines if line.strip() and line.startswith(_INDENT)) >= 3

    def full(line: str) -> bool:
        return measure(line.rstrip()) >= width - 1

    out: list[str] = []
    current = ""

    def flush() -> None:
        nonlocal current
        if current:
            out.extend([current, ""])
        current = ""

    for index, raw in enumerate(lines):
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        if (indents and line.startswith(_INDENT)) or DATELINE_START.match(line.strip()):
            flush()  # …or a dateline, which starts a paragraph even after a full line (a headline)
        # where paragraphs are indented, an unindented line that starts a block stands
        # alone (a headline, a byline), even at the full width
        alone = indents and not current and not line.startswith(_INDENT)
        if measure(line) > width + 1:
            flush()  # longer than the wrap: a headline no wrap cut, which stands alone
            alone = True
        current += line.strip()
        ends = not indents and ends_sentence(line) and _opens(lines, index + 1, full)
        if alone or measure(line) < width - 1 or ends:
            flush()
    flush()
    return out


# how a paragraph opens that the line before, full and ending a sentence, may have ended: someone
# speaks (会议指出， 李克强强调， 他表示，), a body or a meeting acts (会议审议了…, 领导小组成员…参加), or
# narrative resumes with a time (24日， 当天，)
_OPENER = re.compile(
    r"^(?:会议|会上|[\u4e00-\u9fff·]{1,12}?(?:指出|强调|要求|表示|认为|提出|说|介绍|希望)[，,：:]"
    r"|(?:\d{1,2}月)?\d{1,2}日|当天|此前|随后|目前|近日|日前|据|记者|领导小组|中共中央|中央|国务院)"
)


def _opens(lines: list[str], index: int, full: Callable[[str], bool]) -> bool:
    """Whether the next non-blank line from ``index`` opens a paragraph, after a full line that
    ends a sentence: an unindented hard-wrapped page may end a paragraph there or not, and a
    list of measures (…。充分挖潜利用…) reads right only when it runs on. A short line that
    ends no sentence is a headline."""
    for line in lines[index:]:
        if line.strip():
            text = line.strip()
            headline = not full(line) and not ends_sentence(text)
            return bool(headline or _OPENER.match(text) or DATELINE_START.match(text))
    return True


def unwrap_blocks(blocks: list[Block]) -> list[Block]:
    """An HTML page's blocks with the lines that <br> cut at a fixed width run on again
    within their element: a line ends its paragraph when its element ends or when it is
    short of the width (the first line may be two characters short: the indent the
    reader dropped)."""
    found = wrap_width(b.text for b in blocks if b.cut)
    if found is None:
        return blocks
    measure, width = found
    indent = measure("\u3000\u3000")
    out: list[Block] = []
    current = ""
    for block in blocks:
        if block.heading:
            if current:
                out.append(Block(current))
                current = ""
            out.append(block)
            continue
        full = width - 1 - (indent if not current else 0)
        current += block.text
        if not block.cut or measure(block.text) < full:
            out.append(Block(current))
            current = ""
    if current:
        out.append(Block(current))
    return out
