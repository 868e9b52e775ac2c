"""Cut a page's blocks into articles: title, subtitle, dateline, body, byline.

A text page gives no markup, so the segmenter reads the shape of the text: a run of
headline-like lines (short, no sentence punctuation) opens an article when the page
starts there, when the previous article has ended (its byline was seen), when a
dateline follows (``新华社北京3月17日电``, ``盐城晚报讯``), or when two headline lines
stand together (title and subtitle). A headline with no body after it is an
article the page cut off (``truncated``). Elsewhere a headline-like line inside a
body is a section heading and stays a paragraph.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from parsers.blocks import Block, PageMeta
from parsers.dates import lead_date, parse_date
from parsers.directives import said_on_a_line
from parsers.layout import (
    BULLET_MARK,
    COMMENTATOR,
    CONTINUED_ELSEWHERE,
    DATELINE_START,
    LATER_POINT,
    LEAD_DATE,
    LONGEST_CLAUSED_HEADLINE,
    NUMBERED_HEADING,
    PRESIDED_LINE,
    REPORTER,
    ROLE_PREFIX,
    SHORTEST_HEADLINE,
    SHOWN_BELOW,
    SITE_CREDITS,
    SLASHED_CREDIT,
    YMD_DATE,
    byline_match,
    credit_outlet,
    ends_sentence,
    is_byline,
    is_kicker,
    looks_like_headline,
    office_after_text,
    office_credit,
    paper_alone,
)
from parsers.names import TITLE_SUFFIX, all_names, looks_like_name, spaced_names
from parsers.normalize import as_written, for_reading, to_simplified
from parsers.notices import is_issuer, is_notice_title, join_title
from parsers.webinfo import is_info

_OWN = frozenset({"本报", "本网", "本站"})
_DATELINES: tuple[re.Pattern[str], ...] = (
    # 新华社北京3月17日电  /  新华社北京3月17日电（记者 张三）  /  本报南京3月17日讯  /  中新网3月17日电
    re.compile(
        r"^(?:据)?(?P<source>新华社|中新社|人民日报|光明日报|经济日报|中国日报|人民网|新华网|央视网|本报"
        r"|[\u4e00-\u9fff]{1,6}?(?:社|网|报|台|客户端))(?:记者)?"
        r"(?P<place>[\u4e00-\u9fff]{0,6}?)(?P<date>\d{1,2}月\d{1,2}日)[电讯]"
        r"(?:\s*[（(](?P<credit>(?:记者|通讯员)?[^)）]{0,40})[)）])?[\s:：，,]*"
    ),
    # 北京，5月12日电 （记者 杜燕）: a wire's dateline that a site copied without the wire's name
    re.compile(
        r"^(?P<source>(?!))?(?P<place>[\u4e00-\u9fff]{2,6})[，,]\s*(?P<date>\d{1,2}月\d{1,2}日)电"
        r"(?:\s*[（(](?P<credit>(?:记者|通讯员)?[^)）]{0,40})[)）])?[\s:：，,]*"
    ),
    # 掌上张家界4月22日讯（记者 王姣）: an app's name, the date; 大众网青岛·海报新闻2月15日讯: a site's
    # page for a city, its app named after it
    re.compile(
        r"^(?P<source>[\u4e00-\u9fff][\u4e00-\u9fff·]{1,13}?)(?P<date>\d{1,2}月\d{1,2}日)讯"
        r"(?:\s*[（(](?P<credit>[^)）]{0,40})[)）])?[\s:：，,]*"
    ),
    # 大江网/大江新闻客户端讯(朱宸廷)6月29日: a paper's site and its app, the first named the source
    re.compile(
        r"^(?P<source>[\u4e00-\u9fff]{2,10}?(?:网|报|台|客户端))(?:/[\u4e00-\u9fff]{2,12}?(?:网|报|台|客户端))+讯"
        r"(?:\s*[（(](?P<credit>[^)）]{0,40})[)）])?[\s:：，,]*"
    ),
    # 云上荆州报道:今天(1月24日)上午,…: an app that reports, a day named after it
    re.compile(r"^(?P<source>[\u4e00-\u9fff·]{2,10}?)报道[:：]\s*(?=今天|今日|昨天|昨日|日前|近日|\d{1,2}\s*月)"),
    # 每经AI快讯,12月21日,…: an outlet's feed of short news, its brand written in letters too
    re.compile(r"^(?P<source>[\u4e00-\u9fff]{2,6}[A-Za-z]{1,4}快讯)[，,:：]\s*(?=\d{1,2}\s*月)"),
    # 据新华社电 / 新华社电: a paper's reprint of a wire story, with no place or date
    re.compile(r"^(?:据)?(?P<source>新华社|中新社)电(?:\s*[（(](?P<credit>[^)）]{0,40})[)）])?[\s:：，,]+"),
    # (本网讯 记者周少红)8月1日晚，…: the dateline and its credit in brackets
    re.compile(r"^[（(](?P<source>[\u4e00-\u9fff·]{2,10}?)讯\s*(?P<credit>(?:记者|通讯员)[^)）]{1,30})[)）]\s*"),
    # 【新民晚报·新民网】: the paper and its site in brackets
    re.compile(
        r"^【(?P<source>[A-Za-z]{0,8}[\u4e00-\u9fff]{2,10}(?:报|社|网|台|客户端))(?:·[\u4e00-\u9fff]{2,10})?】\s*"
    ),
    # 央视网消息（新闻联播）：, 内蒙古日报消息,8 月 16 日,…
    re.compile(
        r"^(?:据)?(?P<source>[\u4e00-\u9fff]{2,8}?)消息\s*(?:[（(][^)）]{0,20}[)）]\s*[：:，,]?|[：:]"
        r"|[，,](?=\s*(?:今天|今日|昨天|昨日|日前|近日|\d{1,2}\s*月)))\s*"
    ),
    # 盐城晚报讯 / 本报讯（记者 张三）
    re.compile(
        # not a column's name (当前时讯：…, 新闻快讯：…)
        # (天山网-新疆日报讯: a site and the paper it carries)
        r"^(?P<source>[\u4e00-\u9fff][\u4e00-\u9fff·]{1,11}?(?:-[\u4e00-\u9fff]{2,8}?)?)(?<![时快简资喜短速要电])讯(?=[\s（(：:，,\d]|昨|今|前|近日|日前|$)\s*(?:[（(](?P<credit>[^)）]{0,40})[)）])?[\s:：，,]*"
        # 新华日报讯 记者 王梦然 4月8日下午，…: the credit without brackets, before the date
        # (本报讯 记者牛前进报道:2月11日,…: and the word that it reports)
        r"(?P<bare>(?:(?:见习记者|特约记者|记者|通讯员)[\s:：]*[\u4e00-\u9fff·]{2,4}(?:\s*报道\s*[:：]\s*|\s+|(?=\d)))+)?"
    ),
)
# the heading of a column of short news, which no article goes on under: 简讯, 快讯
# a digest's title, and what it may follow: 国内联播快讯, 要闻简报
_DIGEST_WORDS = "简讯|快讯|短讯|简报|速览|资讯"
_DIGEST_TITLE = re.compile(rf"(?:{_DIGEST_WORDS}|图片新闻)$")
# a page of news items: its heading (新闻联播摘要(2022年5月7日), 12月23日时事要闻, 要闻简报, 本市要闻), under
# which each item, numbered under its headline (1.习近平会见…) or set off by a bullet (■2月9日，…), is an
# article of its own
_ITEMS_TITLE = re.compile(rf"(?:{_DIGEST_WORDS}|摘要|要闻)(?:\s*[（(][^（()）]{{2,20}}[)）])?$")
_NUMBERED_ITEM = re.compile(r"^\d{1,2}\s*[.．、]\s*(?P<title>\S.*)$")
_BULLET = re.compile(r"^[■◆●▲★•]\s*")
_DATE_NEAR = re.compile(r"\d{1,2}月\d{1,2}日")
_NEAR = 60  # characters: an item's date comes in its first clause
_DIGEST = re.compile(r"^[■●◆▲★]?\s*(?:简讯|快讯|短讯|简报|速览|新闻速览|要闻速览|要闻简报|资讯|动态|图片新闻)$")
# a lead that opens on a span of days tells of a count, not of the day the text is: 9月10日至9月14日8时,福建累计…
_SPAN_OPENS = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}时)?\s*(?:至|到|—|－|-|~)")
_REPORTS = re.compile(r"\s*报道\s*[:：]?\s*$")
_CREDIT = re.compile(rf"^\s*{REPORTER}[\s:：]*(?P<names>.{{2,40}})$")  # 记者 张三, 湘乡融媒记者:李方遒
_INLINE_BYLINE = re.compile(rf"[（(]\s*{REPORTER}[：:\s]*(?P<names>[^()（）]{{2,30}}?)\s*(?:报道)?[)）]\s*$")
# names alone in brackets after the last sentence: …守住底线。（罗鸣灶 刘岩松）
_INLINE_NAMES = re.compile(r"(?<=[。！？!?”])\s*[（(](?P<names>[^()（），,。]{2,20})[)）]\s*$")


@dataclass
class ArticleDraft:
    """An article as the segmenter assembles it, before directives are found."""

    title: str | None = None
    subtitle_parts: list[str] = field(default_factory=list)
    source: str | None = None
    place: str | None = None
    date: dt.date | None = None
    byline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    lead_offset: int = 0  # characters of the first paragraph taken by its dateline
    dated_by_lead: bool = False  # the date is the first date the lead tells, no dateline's
    ended: bool = False
    url: str | None = None
    own_paper: bool = False  # the dateline says 本报: the source is the page's paper
    credited: str | None = None  # who is credited at its foot (区政府办 供稿, （县政府办）, 阜阳日报 under a repost)
    signed_by: str | None = None  # who signs a notice off at its end (发文机关)
    author: str | None = None  # a commentary's author (本报评论员), in whose voice it instructs
    in_items: bool = False  # under a page's heading of items of news (新闻联播摘要, 要闻简报)
    stories: bool = False  # a story of a transcript, set out in full after its contents (…文字版全文：)
    titled_by_page: bool = False  # the title is the page's <title>, no headline of the text's own
    title_level: int = 0  # the rank of the heading the title came from on an HTML page (1: <h1>), 0 if none
    continued: bool = False  # the text breaks off to go on on another page (…,(下转二版))

    @property
    def subtitle(self) -> str | None:
        # a subtitle line set off by a dash (——省疫情联防联控指挥部召开会议) is the text after it
        return " ".join(part.lstrip("—－-– ") for part in self.subtitle_parts if part.lstrip("—－-– ")) or None

    @property
    def headline_only(self) -> bool:
        """A headline with no text under it: the page cut the article off after it."""
        return self.title is not None and not self.paragraphs

    @property
    def truncated(self) -> bool:
        """The page holds only part of the article: its headline alone, or text that goes on elsewhere."""
        return self.headline_only or (self.title is not None and self.continued)

    def body(self) -> list[str]:
        """Paragraphs as directive finding reads them: the dateline left out."""
        if not self.paragraphs:
            return []
        return [self.paragraphs[0][self.lead_offset :], *self.paragraphs[1:]]


def match_dateline(text: str) -> re.Match[str] | None:
    """A dateline at the start of ``text`` (read on Simplified characters)."""
    simplified = to_simplified(text)
    for pattern in _DATELINES:
        m = pattern.match(simplified)
        if m:
            return m
    return None


def _in_original(text: str, simplified: str, m: re.Match[str], group: str) -> str:
    """A group matched on the Simplified reading of ``text``, as ``text`` writes it
    (the names of a Traditional page stay Traditional) when the two align."""
    return as_written(text, simplified, m.start(group), m.end(group)) or m.group(group)


_WROTE_AND_SHOT = re.compile(r"\s*(?:文\s*[/／]\s*图|图\s*[/／]\s*文|[/／]\s*摄)$")


def _names(raw: str) -> str:
    """The names of a credit, roles left out (记者 张三 通讯员 李四 → 张三 李四); names the credit
    sets off with 、 alone keep it (记者 周圆、王聿昊 → 周圆、王聿昊), as the page writes them."""
    raw = _WROTE_AND_SHOT.sub("", raw.strip())  # (通讯员闫西霞龚昊文/图): they wrote it and took its pictures
    pieces = re.split(r"([\s、，,/]+)", raw)  # names and roles at even places, what parts them at odd
    parts: list[str] = []
    between: list[str] = []  # what parts each name from the one before it
    parted = ""
    for index, piece in enumerate(pieces):
        name = _without_role(piece) if index % 2 == 0 else ""
        if index % 2:
            parted += piece
        elif name:
            if parts:
                between.append(parted)
            parts.append(name)
            parted = ""
    if between and all(gap.strip() == "、" for gap in between):
        return "、".join(parts)
    return " ".join(spaced_names(parts))


# a lead whose second sentence says when: 为贯彻落实…。1月10日上午，息县疫情防控调度会召开
_SENTENCE_DATE = re.compile(r"[。！？]\s*((?:\d{4}年)?\d{1,2}月\d{1,2}日)")
_LEAD_SPAN = 160


def _dated_sentence(lead: str, doc_date: dt.date | None) -> dt.date | None:
    m = _SENTENCE_DATE.search(lead[:_LEAD_SPAN])
    return parse_date(m.group(1), doc_date) if m else None


def _without_role(part: str) -> str:
    role = ROLE_PREFIX.match(to_simplified(part))  # 通訊員 is 通讯员
    return part[role.end() :] if role else part


# the date under a signature, in figures or in words, at times with no day or no 日:
# 2022年3月18日, 二〇二二年三月十八日, 2022年9月23, 2021年10月, and 20241023日 where a page lost 年 and 月
_SIGNED_DATE = re.compile(
    r"^(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"(?:\s*(?:\d{1,2}|[一二三四五六七八九十廿]{1,3})\s*[日号]?)?|\d{8}[日号])"
    r"(?:\s*[(（]星期[一二三四五六日天][)）])?" + SITE_CREDITS + "$"  # 2020年11月8日(星期日): a Hong Kong release's day
)
# the issuers and the date on one line, spaces between
_SIGNED_ON_ONE_LINE = re.compile(
    rf"^(?P<names>(?:[\u4e00-\u9fff（）()]{{2,30}}[ \u3000]+){{1,3}})(?P<date>{YMD_DATE})$"
)
# the meeting's report going on (会议还研究了其他), a sentence and no headline
_MEETING_GOES_ON = re.compile(r"^会议(?:还|并|也|同时)?(?:研究|审议|听取|讨论|通过|传达|学习|强调|指出|要求)")
_DAY_ALONE = re.compile(rf"(?:[•·●]\s*)?{YMD_DATE}")  # (• 2020年01月23日: the day under a bullet)
_ATTACHMENT = re.compile(r"^附件\s*\d?\s*[:：]")


def _sign_off(blocks: list[Block], i: int) -> int:
    """How many blocks from ``i`` sign a notice off: the issuer's name on a line of its
    own (or two), then the date alone on a line (国务院办公厅 ⏎ 2020年3月18日); 0 if none."""
    for names in (0, 1, 2, 3):
        j = i + names
        if j >= len(blocks) or not _SIGNED_DATE.match(blocks[j].text.strip()):
            continue
        if all(len(b.text.strip()) <= 40 and looks_like_headline(b.text) for b in blocks[i:j]):
            return names + 1
    return 0


def _signed_under_date(blocks: list[Block], i: int) -> int:
    """How many issuers' names sign under a date that stood alone at block ``i - 1``, the date
    first (2024年10月23日 ⏎ 禹城市公安局): up to two lines, each the name of a body that governs."""
    count = 0
    while count < 2 and i + count < len(blocks):
        name = blocks[i + count].text.strip()
        if len(name) > 30 or not is_issuer(name) or not _PLACE_OR_STATE.search(name):
            break
        count += 1
    after = blocks[i + count].text.strip() if count and i + count < len(blocks) else ""
    # 铜陵市疫情防控指挥部 ⏎ 关于…的通告: the issuer over the next notice's title
    return 0 if after.startswith("关于") or is_notice_title(after) else count


_SEAL_NOTE = re.compile(r"^[（(][^（()）]{2,30}[)）]$")
# the formula that closes a notice, over its signature: 特此通告, 此告, 此布
_CLOSING_FORMULA = re.compile(r"^(?:特此|此)(?:通告|公告|通知|告|布|令)[。!！]?$")


def _signers(lines: list[str]) -> list[str]:
    """The bodies that sign on ``lines``: one name the layout set over two lines
    (铜陵市新冠肺炎疫情防控 ⏎ 应急综合指挥部) is one body, not two."""
    out: list[str] = []
    for line in lines:
        if _SEAL_NOTE.match(line) or _CLOSING_FORMULA.match(line):
            continue  # （国家卫生健康委代章）: whose seal it bears, not who issues it; 此告 closes the text
        if out and not is_issuer(out[-1]) and is_issuer(out[-1] + line):
            out[-1] += line
        else:
            out.append(line)
    return out


# a body that signs names where it governs, or the state: 泽州县大阳镇人民政府, 国家卫生健康委
_PLACE_OR_STATE = re.compile(r"[省市县区镇乡州旗盟]|国家|中共|中央|国务院")


def _signed_undated(current: ArticleDraft, blocks: list[Block], i: int) -> bool:
    """An issuer's name alone under a text that ended a sentence, at the page's end or above
    another headline: the text's signature without a date."""
    if not current.paragraphs or current.ended or not ends_sentence(current.paragraphs[-1]):
        return False
    name = blocks[i].text.strip()
    if not is_issuer(name) or not _PLACE_OR_STATE.search(name):
        return False  # 于变局中开新局 ends as 局 does, and names no place
    return i + 1 == len(blocks) or looks_like_headline(blocks[i + 1].text)


def _headed_by_comma(blocks: list[Block], j: int) -> bool:
    """A short line with a comma but no sentence end, right above a dateline: a headline
    of two clauses (坚持人民至上，全力以赴打赢疫情防控阻击战 ⏎ 本报讯…)."""
    text = blocks[j].text.strip()
    return (
        j + 1 < len(blocks)
        and len(text) <= LONGEST_CLAUSED_HEADLINE
        and not ends_sentence(text)
        and not re.search(r"[。；;！？!?：:]", text)
        and match_dateline(blocks[j + 1].text) is not None
        and match_dateline(text) is None
        and not is_byline(text)  # 记者 成 超 above the lead is its credit
    )


def _punctuated_headline(blocks: list[Block], j: int, at_head: bool) -> bool:
    """At an article's head (the page's first line, or after an article that ended), a
    short line with a comma, a colon, a 、 or a question in it but no sentence end, above a headline,
    a dateline or a lead that opens with a date: a headline
    (杜小刚召开续会,调度全市疫情应急处置工作; 国家卫健委:坚决防止简单化、一刀切)."""
    text = blocks[j].text.strip()
    # the page's first line may end on an exclamation (长春消防发布清明防火提醒,请查收!) or a question
    # (…新闻发布会|张文宏:乘坐地铁公交,你戴口罩了没?)
    size = len(for_reading(text))  # 學(xué)習(xí): a reading after each character adds no length
    exclaims = j == 0 and text.endswith(("!", "！", "?", "？")) and size <= _EXCLAIMED_HEADLINE
    # after a text that ended a sentence, over a lead that says when or a dateline: another text's head
    below = blocks[j + 1].text.strip() if j + 1 < len(blocks) else ""
    led = _opens_lead(below)
    at_head = at_head or (j > 0 and led and ends_sentence(blocks[j - 1].text))
    if not at_head or size > _PUNCTUATED_HEADLINE or (ends_sentence(text) and not exclaims):
        return False  # a question inside is a headline's (“乙类乙管”实施后,哪些情形需要…?中疾控回应)
    if re.search(r"[。；;]", text):
        return False
    if not _HEADLINE_MARKS.search(text) or is_byline(text) or COMMENTATOR.match(text) or match_dateline(text):
        return False  # a credit (本报记者 张三 通讯员 李四) or a dateline is no headline
    if j == 0:
        return j + 1 < len(blocks)
    return bool(below) and (looks_like_headline(below) or led)


_PUNCTUATED_HEADLINE = 64
_EXCLAIMED_HEADLINE = 40
_HEADLINE_MARKS = re.compile(r"[，,：:、|｜！？!?]")


def _headline_run(blocks: list[Block], i: int, html: bool, at_head: bool = False) -> int:
    """How many blocks from ``i`` form a run of headlines; ``at_head``: no article is under way."""
    j = i
    while j < len(blocks):
        b = blocks[j]
        is_head = (
            b.heading
            if html
            # (a Markdown archive's item heading is one, whatever its punctuation: …生活困难党员、老党员、老干部)
            else (b.level == 2 and not ends_sentence(b.text))
            or looks_like_headline(b.text)
            or _headed_by_comma(blocks, j)
            or _punctuated_headline(blocks, j, at_head)
        )
        if not is_head or match_dateline(b.text):
            break
        j += 1
    return j - i


def _main_headline(run: list[Block]) -> int:
    """Which heading of a run is the headline: the first of the highest rank (an <h1>
    under a kicker set as <h3>: 引题 ⏎ 主题 ⏎ 副题); the others are its subtitle."""
    ranked = [b.level if b.level else 99 for b in run]
    return ranked.index(min(ranked))


def _took_author(article: ArticleDraft, line: str) -> bool:
    """When ``line`` is a commentator's (本报评论员), make it the article's author and byline."""
    commentator = COMMENTATOR.match(line.strip())
    if commentator is None:
        return False
    article.author = article.byline = commentator.group("who")
    article.own_paper = article.own_paper or article.author.startswith("本报")
    return True


# a speech's title (在…大会上的讲话, 习近平在…会议上的讲话), not news of one (…发表重要讲话)
_SPEECH_TITLE = re.compile(
    r"(?:上|时)的(?:重要)?(?:讲话|致辞|发言)(?:[（(](?:全文|摘要|节选|摘登)[)）])?$"
)  # …讲话（全文）
# the title names the speech, not news of it: 在…上的讲话, 习近平在…, 习近平、蔡奇同志在…
_SPEAKERS_TITLED = re.compile(r"^(?:(?P<who>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})*)(?:同志)?)?在")
# the office of who gave the speech, no name (市长在…, 某市委书记在…, 县委副书记在…)
_ROLE_TITLED = re.compile(
    r"^(?:某|[xX×]{1,3})?(?P<role>[省市州县区镇乡]委(?:副)?书记|(?:副)?[省市州县区镇乡]长|(?:副)?(?:主席|主任|局长|厅长))在"
)
# under a speech's title: the day it was given, in brackets (（2022年7月1日）, （2025年9月30日，晚上）)
_SPEECH_DAY = re.compile(r"^[（(](?P<day>\d{4}年\d{1,2}月\d{1,2}日)[^（）()]{0,8}[)）]$")
# a line naming whose speech follows, under a title of several: 蔡奇同志的总结讲话
_WHOSE_SPEECH = re.compile(r"^(?P<who>[\u4e00-\u9fff]{2,4}?)(?:同志)?的[\u4e00-\u9fff]{0,6}(?:讲话|致辞|发言)$")
_PART_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}[、.．]?")
# a note under an extract of a speech: where it was said (（2020年2月5日在…会议上的讲话）, （这是…讲话的一部分。）)
_SPEECH_NOTE = re.compile(
    r"^[（(](?:这是)?[^（）()]{0,40}?在[^（）()]{2,60}?(?:上|时)的(?:重要)?(?:讲话|发言|致辞)"
    r"(?:的(?:一部分|节录|要点|主要部分))?。?[)）]$"
)
#: who speaks in a speech whose giver the text does not name
UNNAMED_SPEAKER = "讲话人"


def _speech_head(article: ArticleDraft, doc_date: dt.date | None) -> None:
    """A speech set out in full (在…上的讲话): its title may run over two lines (在…大会 ⏎ 暨…上的讲话); the
    day it was given and the name of who gave it, each on a line under it, are no subtitle: the day is the
    article's, and its giver speaks every directive the text attributes to no one (``author``), as a line
    naming whose speech it is does (蔡奇同志的总结讲话). A speech whose giver goes unnamed speaks as 讲话人."""
    if not article.title or article.author is not None:
        return
    parts = [part.strip() for part in article.subtitle_parts]
    title = to_simplified(article.title.strip())
    if (
        parts
        and title.startswith("在")
        and not _SPEECH_TITLE.search(title)
        and _SPEECH_TITLE.search(to_simplified(parts[0]))
    ):
        article.title = article.title.strip() + parts.pop(0)
        title = to_simplified(article.title)
    givers = _SPEAKERS_TITLED.match(title)
    named = givers["who"].split("、") if givers and givers["who"] else []
    role = _ROLE_TITLED.match(title)
    if not _SPEECH_TITLE.search(title) or (role is None and (givers is None or not all(map(looks_like_name, named)))):
        return  # (国际人士高度评价习近平主席在…上的讲话: news of a speech, told by others)
    giver = named[0] if len(named) == 1 else None  # 习近平在…上的讲话 (习近平、蔡奇同志在…: a line under it says)
    if role is not None:
        giver = role["role"]  # 市长在…会议上的讲话: a speech its giver's office names, the name left out
    kept = []
    for part in parts:
        read = to_simplified(part)
        if day := _SPEECH_DAY.match(read):
            article.date = parse_date(day["day"], doc_date) or article.date
            article.dated_by_lead = False
            continue
        if giver is None and looks_like_name(read):
            giver = part  # 习近平, on a line of its own under the title and the day
            continue
        if (whose := _WHOSE_SPEECH.match(read)) and looks_like_name(whose["who"]):
            giver = whose["who"]
        kept.append(part)
    article.subtitle_parts = kept
    article.author = giver or UNNAMED_SPEAKER


def _add_body(current: ArticleDraft, text: str, doc_date: dt.date | None) -> None:
    """Add one body block: a byline ends the article, a first paragraph may carry a dateline, a
    paragraph that goes on on another page (…,(下转二版)) is the last here."""
    if jump := CONTINUED_ELSEWHERE.search(text):
        current.continued = True
        text = text[: jump.start()]
    if not current.paragraphs and _took_author(current, text):
        return  # 本报评论员 under the title
    if current.paragraphs and (office := office_credit(text)):
        current.credited = office  # 区政府办 供稿: who sent it in
        current.ended = True
        return
    if after := office_after_text(text):
        current.credited = text[after.start("office") : after.end("office")]  # …干部任免事宜。(县政府办)
        text = text[: after.start()]
    simplified = to_simplified(text)  # 記者 is 记者
    m = byline_match(text)
    if m:
        group = "names" if m["names"] is not None else "reported"  # 杨艳秋 徐子淳 报道
        names = _names(_in_original(text.strip(), to_simplified(text.strip()), m, group))
        # credits on lines of their own, one after another (南方日报记者 李凤祥 ⏎ 通讯员 符信), credit all
        current.byline = f"{current.byline} {names}" if current.ended and current.byline and names else names
        if m.re is SLASHED_CREDIT and current.source is None:
            # 聯合報／ 特派記者陳政錄／北京報導: the paper and the place too
            current.source = _in_original(text.strip(), to_simplified(text.strip()), m, "source")
            current.place = _in_original(text.strip(), to_simplified(text.strip()), m, "place")
        elif current.credited is None and not current.paragraphs and (outlet := credit_outlet(text.strip())):
            # 长寿新闻网  记者 李秋晨 under the headline: the outlet it names, when nothing else names a source
            current.credited = outlet
        current.ended = True
        if current.source is None and text.lstrip("（( ").startswith("本报"):
            current.own_paper = True  # 本报记者 张三: the page's own paper reported it
        return
    inline = _INLINE_BYLINE.search(simplified) or _INLINE_NAMES.search(simplified)
    if inline and (inline.re is _INLINE_BYLINE or all_names(inline["names"])):
        current.byline = _names(_in_original(text, simplified, inline, "names"))
    if not current.paragraphs:
        dl = match_dateline(text)
        if dl:
            # read on Simplified characters, given as the page writes them (文成新聞網訊(記者 趙鵬鵬))
            src = dl.group("source")
            own = src is None or src in _OWN  # 本报, 本网: the page's own, named elsewhere
            current.source = None if own else _in_original(text, simplified, dl, "source")
            current.own_paper = src in _OWN  # 本网讯 on a paper's site: the paper its masthead names
            current.place = _in_original(text, simplified, dl, "place") if dl.groupdict().get("place") else None
            current.lead_offset = dl.end()
            key = "credit" if dl.groupdict().get("credit") else "bare"
            credited = _REPORTS.sub("", dl.groupdict().get(key) or "")  # 记者牛前进报道: → 记者牛前进
            credit = _CREDIT.match(credited)
            if credit and current.byline is None:
                at = dl.start(key)  # 本报讯（记者 张三 通讯员 李四）
                written = as_written(text, simplified, at + credit.start("names"), at + credit.end("names"))
                current.byline = _names(written or credit.group("names"))
            elif current.byline is None and all_names(credited):
                current.byline = _names(_in_original(text, simplified, dl, key))  # 本报讯（王拓 崔骏）
            if dl.groupdict().get("date"):
                current.date = parse_date(dl.group("date"), doc_date)
        lead = text[current.lead_offset :].lstrip(" \u3000")
        if current.date is None and not _SPAN_OPENS.match(lead):
            current.date = (
                parse_date(lead[:24], doc_date)
                or (lead_date(lead, doc_date) if doc_date else None)
                or _dated_sentence(lead, doc_date)
            )
            current.dated_by_lead = current.date is not None
    current.paragraphs.append(text)


# a page that runs a notice into one line: its title before the text (…指挥部 关于…的通告 据…),
# its sign-off after it (…。 蠡县防汛抗旱指挥部 2023年8月5日)
_TITLE_RUN_IN = re.compile(
    r"^(?P<title>[\u4e00-\u9fff（）()]{0,30}\s*关于[^。；;，,：:\s]{2,60}?的(?:通告|通知|公告|倡议书?|决定|意见|公开信))\s+(?=\S{20})"
)
_SIGN_OFF_RUN_IN = re.compile(
    rf"(?<=[。！!？?])\s+(?P<names>[\u4e00-\u9fff（）()]{{4,30}}(?:\s+[\u4e00-\u9fff（）()]{{4,30}}){{0,2}})\s*(?P<date>{YMD_DATE})\s*$"
)


def _unflattened(blocks: list[Block]) -> list[Block]:
    """``blocks`` with a notice's title and sign-off split off the text a page ran them into,
    and a sign-off on one line (某县水务局 某县河长办 2023年7月11日) set as the issuers' line and
    the date's, as ``_sign_off`` reads it."""
    if not blocks:
        return blocks
    out: list[Block] = []
    for index, block in enumerate(blocks):
        m = _SIGNED_ON_ONE_LINE.match(block.text.strip()) if index else None
        out += [Block(text=m.group("names").strip()), Block(text=m.group("date"))] if m else [block]
    first = out[0].text.strip()
    if (m := _TITLE_RUN_IN.match(first)) and len(first) > 2 * len(m.group("title")):
        out[0:1] = [Block(text=m.group("title")), Block(text=first[m.end() :])]
    signed: list[Block] = []
    # the last block, or one a site repeats the title under (…。 某某指挥部 2023年3月6日 ⏎ 关于…的通告)
    for block in out:
        text = block.text.rstrip()
        if (m := _SIGN_OFF_RUN_IN.search(text)) and m.start() > 0:
            signed += [Block(text=text[: m.start()]), Block(text=m.group("names")), Block(text=m.group("date"))]
        else:
            signed.append(block)
    return signed


# an item of a notice's section, numbered in figures: 1、城区入口为:… (a run of them is no head of another text)
_LISTED_ITEM = re.compile(r"^\d{1,2}\s*[、．.](?!\d)")
# a site's name or its section, set atop the page over the headline
_SITE_LABEL = re.compile(
    r"^(?:今日[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{0,6}(?:公告公示|通知公告|信息公开|要闻|动态|资讯|频道|专栏|APP|App|客户端)"
    r"|(?P<place>[\u4e00-\u9fff]{1,3}[区县市]))$"
)
_CONTENTS_ENTRY = re.compile(r"^[-–•·]\s*\S")
# a line that announces the text in full below it: 以下为详细的文字版全文：, 全文如下：
_FULL_TEXT_BELOW = re.compile(r"(?:全文|原文|文字版|详情)[^，,。；;]{0,4}[:：]$|全文如下[:：]$")


def _dated_by_line(text: str) -> bool:
    """A dateline opens ``text``: one read here (新华社北京3月17日电), or one the layout knows (【有线新闻】)."""
    return match_dateline(text) is not None or DATELINE_START.match(text.strip()) is not None


def _opens_lead(text: str) -> bool:
    """``text`` opens a report's lead: a dateline, or when it happened (7月22日，…)."""
    return _dated_by_line(text) or LEAD_DATE.match(text.strip()) is not None


# the words a site tags its article with, under it (新華社 中共 習近平 全國人大): three or more, each short
_TAG_LINE = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,4}(?:\s+[\u4e00-\u9fffA-Za-z]{1,4}){2,}$")
# a list's label and a short date (头条 22-01-21)
_LABEL_AND_DAY = re.compile(r"^[\u4e00-\u9fff]{1,6}\s+(?:\d{4}|\d{2})-\d{1,2}-\d{1,2}$")


# the site's foot: who runs it, its address and numbers (地址:某市某路1280号 ⏎ 电话:0519-… 网站地图)
_SITE_FOOT = re.compile(
    r"^(?:版权所有|主办|承办|协办|(?:单位|通讯|联系)?地址|(?:联系)?电话|技术支持|联系我们|网站地图)"
)


# the site's words about its own page, in a run of lines under the article: 【纠错】, 责任编辑:…, 为你推荐,
# 加载更多, 【返回顶部】【打印此页】, 图集
_PAGE_WORDS = re.compile(
    r"【(?:返回|打印|关闭|收藏|分享)|责任编辑|纠错|为你推荐|猜你喜欢|加载更多|返回顶部|打印此页|^图集$|^[-–]\s"
    r"|^(?:\d+\.\s*)?更\s*多$|热门专题|关于本站|广告服务|网站导航|隐私保护"  # 1. 更多, 热门专题 ⏎ … 关于本站 | 广告服务
    r"|^上一[页篇]\s*[:：]|下一[页篇]\s*[:：]"  # 上一页:…  下一页:…
    # the site's calls to follow it and its boxes: 微信扫码关注该文, 欢迎关注…微信号, 文章点评, 关于我们, 供稿人:admin
    r"|扫码关注|关注我们|欢迎关注|微信号|文章点评|^关于我们|^供稿人|微商机"
    r"|^(?:相关信息|全站热点|热点(?:新闻|推荐|文章)|热门文章|最新文章|延伸阅读)$"  # a list's label: 相关信息, 全站热点
    # its comment box: 留言与评论(共有 0 条评论), 还可以输入 200 个字符
    r"|^留言与评论|共有\s*\d+\s*条评论|还可以输入\s*\d+\s*个字"
    r"|^相关推荐|更多精彩内容"  # 相关推荐 更多精彩内容: the list of other videos under one
)


_TAG_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}")  # a tag a site sets under the headline, a word alone
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_MID_SENTENCE = frozenset("，,、")  # a paragraph that ends on one of these breaks off


def _tags_or_teaser(draft: ArticleDraft) -> bool:
    """A headline with no text under it, at the page's end, that is the site's tags, the label of
    a list with its date, the site's foot or its words about its own page: no article cut off."""
    title = (draft.title or "").strip()
    return bool(
        _TAG_LINE.match(title)
        or _LABEL_AND_DAY.match(title)
        or _SITE_FOOT.match(title)
        or is_info(title)  # 更新时间：2023-09-04T14:25:51.344Z
        or any(_PAGE_WORDS.search(line.strip()) for line in [title, *draft.subtitle_parts])
        # no word of Chinese: a forum's user name (hello1987), a day (2022-07-28), a widget's word
        or _HAN.search(" ".join([title, *draft.subtitle_parts])) is None
    )


# a later point of a list, its text cut off where a bracket opens or a clause goes on (…根据社区(, …，)
_NEXT_POINT_CUT = re.compile(LATER_POINT.pattern + r".*(?:[(（][^)）]*|[，,、])$")
_POINT_OPENS = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])")


def _posts_alone(line: str) -> bool:
    """Posts and nothing else, as a sentence opens on them before the name (省委常委、常务副省长 ⏎ 王某某…)."""
    parts = line.split("、")
    return all(0 < len(part) <= 12 and TITLE_SUFFIX.search(part) for part in parts)


def _cut_off(last: ArticleDraft, before: ArticleDraft) -> bool:
    """The page's last "headline", with no text under it, is the start of the report's next sentence,
    cut off: what the meeting went on to do (会议还研究了其他), or a line too short to head anything,
    with no subtitle, under a report with text of its own."""
    title = (last.title or "").strip()
    if _MEETING_GOES_ON.match(title):
        return True
    if before.paragraphs and not last.subtitle_parts and PRESIDED_LINE.match(title):
        return True  # …栗战书主持大会 at the page's foot, under the report's text: its next sentence, cut off
    if before.paragraphs and not last.subtitle_parts and _posts_alone(title):
        return True  # …。 ⏎ 省委常委、常务副省长 at the page's foot: the next sentence, cut off before the name
    if before.paragraphs and not last.subtitle_parts and _NEXT_POINT_CUT.match(title):
        # (一)请广大居民积极配合… ⏎ (二)请广大居民根据社区( at the page's foot: the next point, cut off
        return _POINT_OPENS.match(before.paragraphs[-1].strip()) is not None
    return (
        bool(before.paragraphs) and not last.subtitle_parts and 0 < len(title) < SHORTEST_HEADLINE and " " not in title
    )


def _listed_again(head: ArticleDraft, above: list[ArticleDraft]) -> bool:
    """A headline at the page's end, set off by a bullet, that one of the texts above has among its
    headline lines: the page's list of what it carries (本文所在版面导航 ⏎ ·增强战胜疫情决心和信心)."""
    title = (head.title or "").strip()
    if not head.subtitle_parts and any(re.sub(r"\s", "", title) == re.sub(r"\s", "", a.title or "") for a in above):
        return True  # a forum's archive page ends on its thread's title again (查看完整版本: ⏎ 西安市…)
    if title[:1] not in "·•●▪" or head.subtitle_parts:
        return False
    listed = re.sub(r"\s", "", title[1:])
    return len(listed) >= 4 and any(
        listed in re.sub(r"\s", "", " ".join([a.title or "", *a.subtitle_parts])) for a in above
    )


def _said_again(head: ArticleDraft, notice: ArticleDraft) -> bool:
    """The notice's own title, said again under it (the site repeats it), not the next notice's."""
    title = re.sub(r"\s", "", head.title or "")
    text = re.sub(r"\s", "", " ".join([notice.title or "", *notice.paragraphs[:1]]))
    return bool(title) and title in text


def _only_a_head(article: ArticleDraft) -> bool:
    if not article.paragraphs:
        return _items_title(article.title)
    # every line introduces what follows, or lists it (• 习近平将同俄罗斯总统举行视频会晤: a page's contents)
    return all(
        p.rstrip().endswith((":", "：")) or (_CONTENTS_ENTRY.match(p) and not ends_sentence(p))
        for p in article.paragraphs
    )


def _items_title(title: str | None) -> bool:
    return title is not None and _ITEMS_TITLE.search(to_simplified(title)) is not None


def _item_of_news(text: str, in_items: bool) -> bool:
    """A bulleted paragraph that is an item of news of its own: any, on a page of items; elsewhere
    one that tells when early on (● 1月12日，全州…; ◆在国庆、中秋来临之际，…，9月24日，由…)."""
    bullet = _BULLET.match(text)
    return bullet is not None and (in_items or _DATE_NEAR.search(text[bullet.end() : bullet.end() + _NEAR]) is not None)


def _another_text(current: ArticleDraft, headline: str, after: str, item: bool = False) -> bool:
    """After a text that has ended a sentence, a headline (not a numbered heading: 一、放假时间) then a
    lead that says when (7月22日，…) or a reporter's credit, or a notice's whole title, opens another text;
    not a subheading. ``item``: the headline is a Markdown archive's item heading, which opens one
    whatever its lead says (## 2. 书写新时代的青春之歌——… ⏎ 党的十九届六中全会在广大青年中…)."""
    if not current.paragraphs or NUMBERED_HEADING.match(headline):
        return False
    if _ASPECT_HEADING.match(headline):
        return False  # 放假时间 ⏎ 2023年12月30日…: a letter's section, unnumbered
    if item:
        return True  # (潘东升：一腔热血铸忠魂 after 国内联播快讯: an item, not a kicker nor the digest's own)
    if not ends_sentence(current.paragraphs[-1]):
        return False
    if is_kicker(headline) or (current.title is not None and _DIGEST_TITLE.search(current.title)):
        # 陕西：企业提清单 政府解难题: a roundup's subheading of one place's part; the items of a
        # digest (国内联播快讯) are its own
        return False
    if len(current.paragraphs) == 1 and _DECK.match(current.paragraphs[0]):
        return False  # a summary (导语 …) under the headline names the notice the page sets in full below it
    # …or a commentary's credit (新华社记者 谢彬彬) under the headline
    return LEAD_DATE.match(after) is not None or is_notice_title(headline) or is_byline(after)


# a commentary's column, named at the head of its title: 新华时评:…, 新华网评:…, 人民日报评论员:…, 人民时评：…
# (not 国际锐评, whose 应当 and 要 are a polemic's, at foreign politicians)
_COMMENTARY_COLUMN = re.compile(
    r"^[▌|｜\s]*(?P<who>[\u4e00-\u9fff]{2,10}?(?:时评|网评|快评|短评|评论员|社论))\s*[:：丨|｜]"
)


def _labels_a_speaker(heads: list[str]) -> bool:
    """A transcript's label of who speaks next, set over lines (主持人 ⏎ …新闻发言人、宣传司副司长 ⏎ 米锋): no
    headlines."""
    name = heads[-1].strip()
    titled = len(heads) >= 2 and TITLE_SUFFIX.search(heads[-2].strip()) is not None
    return heads[0].strip() == "主持人" or (titled and len(name) <= 4 and looks_like_name(name))


# a section's heading that names an aspect of what the text sets out: 放假时间, 放假要求, 注意事项; in a
# warning's form, its value after it (影响范围:全市地区)
_ASPECT_HEADING = re.compile(
    r"^[\u4e00-\u9fff]{1,6}(?:时间|要求|事项|安排|对象|范围|地点|方式|须知)(?:\s*[:：]\s*[^。；;，,:：]{1,12})?$"
)
_DECK = re.compile(r"^[【\[]?(?:导语|导读|摘要|核心提示|编者按)")


def segment(
    blocks: list[Block], meta: PageMeta, doc_date: dt.date | None, *, one_article: bool = False
) -> list[ArticleDraft]:
    """Group blocks into articles. ``doc_date`` resolves the year of month-day dates.

    ``one_article``: the blocks are known to be one article (a feed item) titled by
    ``meta.title``; headings inside stay paragraphs.
    """
    html = any(b.heading for b in blocks)
    if not html and not one_article:
        blocks = _unflattened(blocks)
    articles: list[ArticleDraft] = []
    current: ArticleDraft | None = None
    i = 0
    while i < len(blocks):
        text = blocks[i].text.strip()
        if current is not None and current.paragraphs and _SPEECH_NOTE.match(to_simplified(text)):
            # （2020年2月5日在…会议上的讲话）: where the part above was said, under it; no headline, and
            # the text is a speech, whose giver speaks what it attributes to no one
            current.author = current.author or UNNAMED_SPEAKER
            i += 1
            continue
        signed = _sign_off(blocks, i) if current is not None and current.paragraphs and not one_article else 0
        # …献自己的力量！ ⏎ 泽州县大阳镇人民政府 (⏎ the next text's headline): who signs, with no date
        undated = not signed and not one_article and current is not None and _signed_undated(current, blocks, i)
        if (signed or undated) and current is not None:
            names_end = i + signed - 1 if signed else i + 1
            if signed and (current.date is None or current.dated_by_lead):
                # a notice is dated where it is signed, not by what its first lines tell
                # (2022年5月5日至17日，我县…进行了检测。)
                signed_on = blocks[names_end].text.strip()
                current.date = parse_date(signed_on, doc_date) or parse_date(signed_on + "日", doc_date)  # 2022年9月23
            under = _signed_under_date(blocks, names_end + 1) if signed == 1 else 0
            signing = blocks[i:names_end] if signed != 1 else blocks[names_end + 1 : names_end + 1 + under]
            names = _signers([b.text.strip() for b in signing if not _ATTACHMENT.match(b.text.strip())])
            if names:  # and issued by who signs it (发文机关), not what it attaches (附件：…)
                # bodies that sign on lines of their own are listed as a text lists them: 、
                current.signed_by = "、".join(names)
                current.source = current.source or current.signed_by
            current.ended = True
            i = names_end + 1 + under if signed else names_end
            continue
        in_items = current is not None and current.in_items
        item = _NUMBERED_ITEM.match(text) if in_items else None
        if (
            item
            and looks_like_headline(item["title"])
            and i + 1 < len(blocks)
            and not looks_like_headline(blocks[i + 1].text)
        ):
            current = ArticleDraft(title=item["title"], in_items=True)  # 1.习近平会见… ⏎ 国家主席习近平22日…
            articles.append(current)
            i += 1
            continue
        if (
            not one_article
            and current is not None
            and _item_of_news(text, in_items)
            and (current.paragraphs or in_items)
        ):
            current = ArticleDraft(in_items=in_items)  # ■2月9日，副市长姚志主持召开…
            articles.append(current)
        if (
            current is None
            and i + 1 < len(blocks)
            and (label := _SITE_LABEL.match(to_simplified(text)))
            and (label.group("place") or looks_like_headline(blocks[i + 1].text))
        ):
            # 今日舞阳, 公告公示, 闽政通APP ⏎ 马尾区 atop the page, over a headline: the site's name or section, no
            # headline (国内要闻 over a dateline heads the item)
            i += 1
            continue
        if current is not None and current.paragraphs and paper_alone(text):
            # …文字:全媒体记者 王雪洁 ⏎ 阜阳日报 ⏎ 主流媒体,权威发布…: the card of the account that posted it
            current.credited = current.credited or text.strip()
            i += 1
            continue
        at_head = current is None or current.ended
        run = 0 if one_article else _headline_run(blocks, i, html, at_head)
        if run and _items_title(blocks[i].text):
            run = 1  # the items under a page's heading are no subtitles of it
        if run > 1 and (k := next((k for k in range(1, run) if NUMBERED_HEADING.match(blocks[i + k].text.strip())), 0)):
            run = k  # …封山令 ⏎ 一、封山时间: a notice's first section under its title, no subtitle of it
        if (
            run
            and current is not None
            and current.paragraphs
            # (not over its own text after an e-paper's list of its headlines: …成果 ⏎ 敬告读者: ⏎ …成果 ⏎ 本报讯…)
            and current.paragraphs[-1].rstrip()[-1:] in "。！？!?"
            and current.title
            and re.sub(r"\s", "", blocks[i].text) == re.sub(r"\s", "", current.title)
        ):
            i += 1  # the headline said again under the text (#疫情#北京:… ⏎ 文章图片 ⏎ 文/…): the site's, no new text
            continue
        if run:
            after = blocks[i + run] if i + run < len(blocks) else None
            heads = [b.text.strip() for b in blocks[i : i + run]]
            led = after is not None and _opens_lead(after.text)
            if (
                current is not None
                and current.title is not None
                and not current.paragraphs
                and not (current.in_items and led)  # 新闻资讯 ⏎ 有议员促… ⏎ 【有线新闻】…: the first item
            ):
                if NUMBERED_HEADING.match(heads[0]):
                    # …封山令 ⏎ 一、封山时间 ⏎ 自…起: a notice that opens on its first section, no subtitle
                    for head in heads:
                        _add_body(current, head, doc_date)
                elif (
                    html
                    and current.title_level > 1
                    and blocks[i].level == 1
                    and not current.subtitle_parts
                    and not PRESIDED_LINE.match(current.title)
                ):
                    # 习近平在…时强调 (<h3>) ⏎ 着力提高… (<h1>): the kicker over the main headline is of the title
                    current.title = f"{current.title} {heads[0]}"
                    current.title_level = 1
                    current.subtitle_parts.extend(heads[1:])
                else:
                    current.subtitle_parts.extend(heads)
                i += run
                continue
            if current is not None and current.paragraphs and SHOWN_BELOW.search(current.paragraphs[-1]):
                # 详情如下 ⏎ ↓↓↓ ⏎ 珠海市三防指挥部 ⏎ 关于…的通告: the notice a post shows, part of the post
                for block in blocks[i : i + run]:
                    _add_body(current, block.text.strip(), doc_date)
                i += run
                continue
            if (
                current is not None
                and current.paragraphs
                and current.paragraphs[-1].rstrip().endswith((":", "："))
                and not _FULL_TEXT_BELOW.search(current.paragraphs[-1])
                # (an e-paper's list of its headlines, 北京取得…成果 ⏎ 敬告读者:, then the first again over its
                # text: the text's own headline; not under a dateline, 央视网消息（新闻联播）：, whose text it heads)
                and (heads[0] != (current.title or "").strip() or match_dateline(current.paragraphs[0]) is not None)
            ):
                # what a line ending on a colon introduces is its list, not headlines (一、封控区(5个): ⏎ 鸿福酒店
                # ⏎ 市第五人民医院; 附件: ⏎ 1.…方案), up to the signature under it, or to the headline over the next
                # text's lead
                listed_end = next(
                    (k for k in range(i, i + run) if _sign_off(blocks, k)), i + run - 1 if led else i + run
                )
                if listed_end > i:
                    for block in blocks[i:listed_end]:
                        _add_body(current, block.text.strip(), doc_date)
                    i = listed_end
                    continue
            if (
                current is None
                or not current.paragraphs
                or current.ended
                or after is None
                # a run with a numbered heading in it is a notice's section and the lines it lists
                # (一、解除封控区名单 ⏎ 铜官区…小区 ⏎ 二、…), not the head of another text
                or (
                    run >= 2
                    and not any(NUMBERED_HEADING.match(h) or _LISTED_ITEM.match(h) for h in heads)
                    # (影响范围 ⏎ 全市 ⏎ 防范要求: a warning form's fields, a label and its value; 主持人 ⏎ …发言人 ⏎
                    # 米锋: a transcript's label of who speaks, set over lines)
                    and not _ASPECT_HEADING.match(heads[0])
                    and not _labels_a_speaker(heads)
                    # (刘国中指出 ⏎ 赵一德强调 ⏎ 要…: who said what follows, each on a line of its own)
                    and not all(said_on_a_line(head) is not None for head in heads)
                )
                or _dated_by_line(after.text)  # 新华社…电, 【有线新闻】…
                # a headline, then a lead that says when (7月22日，…) or a notice's title: another text,
                # not a subheading of the one under way
                or _another_text(current, heads[0], after.text.strip(), item=not html and blocks[i].level == 2)
                or _DIGEST.match(heads[0]) is not None
                or (html and blocks[i].level == 1)
                or current.stories  # each headline of a transcript's stories opens one
                or _FULL_TEXT_BELOW.search(current.paragraphs[-1]) is not None  # 以下为详细的文字版全文： ⏎ 习近平…
            ):
                main = _main_headline(blocks[i : i + run]) if html else 0
                level = blocks[i + main].level if html else 0  # (of the main headline, whatever is joined to it)
                previous = current
                if len(heads) == 1:
                    heads = [heads[0].rstrip(" |｜")]  # 全力推动各项工作 … 韩正主持 |: the site's bar after it
                if main == 0 and len(heads) > 1 and _ORDINAL_GOES_ON.match(heads[1]):
                    # 河南省新冠肺炎疫情防控专题 ⏎ 第四十八场新闻发布会: the headline goes on on the next line
                    heads = [heads[0] + heads[1], *heads[2:]]
                if main == 0 and (presided := _presided_under(heads)):
                    # 中共中央政治局召开会议 ⏎ 决定召开… ⏎ 分析研究… ⏎ 中共中央总书记习近平主持会议: one headline
                    # set over lines, then who presided
                    heads = [" ".join(heads[:presided]), *heads[presided:]]
                if main > 0 and not any(PRESIDED_LINE.match(head) for head in heads[:main]):
                    # 习近平在…时强调 (h3) ⏎ 着力提高… (h1): the kicker over the main headline is of the title (who
                    # presided, over it, is not: 中共中央总书记习近平主持会议 (h3) ⏎ 中共中央政治局常务委员会召开会议)
                    heads, main = [" ".join(heads[: main + 1]), *heads[main + 1 :]], 0
                if (
                    previous is None
                    and not html
                    and meta.title
                    and meta.title != meta.publication
                    and not paper_alone(meta.title)  # (盐城晚报: the masthead, no headline)
                    and (
                        (is_notice_title(heads[main]) and not is_notice_title(meta.title))
                        # (广东昨日新增…79例!东莞…停运,… ⏎ 来源:本站 发布日期:… ⏎ 2022年3月13日广东省…情况 ⏎ 3月13日…:
                        # the page's headline over its info line, then a section's heading, not another text's)
                        or (blocks[i].level == 0 and not meta.publication)
                    )
                    and meta.title not in heads
                ):
                    # a news page's headline over its info line, then the notice it reports (4月15日零时起,三亚调整…
                    # ⏎ 发布日期:… ⏎ 三亚市…指挥部通告): the page's headline, the notice's title under it
                    heads, main = [meta.title, *heads], 0
                current = ArticleDraft(
                    title=heads[main],
                    subtitle_parts=heads[:main] + heads[main + 1 :],
                    title_level=level,
                )
                current.in_items = _items_title(current.title) or (
                    previous is not None and previous.in_items and not previous.paragraphs
                )
                # after the line announcing a transcript's stories in full, each headline opens a story
                current.stories = previous is not None and (
                    previous.stories
                    or (bool(previous.paragraphs) and _FULL_TEXT_BELOW.search(previous.paragraphs[-1]) is not None)
                )
                articles.append(current)
                i += run
                continue
        if (
            not one_article
            and current is not None
            and current.paragraphs
            and current.lead_offset > 0
            and match_dateline(text) is not None
            and not (current.title and _SEVERALLY.search(current.title))
        ):
            # a second dateline with no headline before it starts another item (a page of short news), unless
            # the headline says several met severally (李强赵乐际分别会见…: a report from each, under it)
            current = ArticleDraft()
            articles.append(current)
        if current is None:
            current = ArticleDraft(title=meta.title, titled_by_page=meta.title is not None)
            articles.append(current)
            if text == meta.title:
                current.titled_by_page = False  # the text's own headline, the <title> said again
                i += 1
                continue
        if html and current.title and not current.paragraphs and looks_like_headline(text) and not is_byline(text):
            current.subtitle_parts.append(text)  # a subtitle set as a plain paragraph under the title
            i += 1
            continue
        if current.paragraphs and current.title and text == current.title.strip():
            i += 1  # the title said again under the text (over its signature): no paragraph of it
            continue
        _add_body(current, text, doc_date)
        i += 1
    if (
        len(articles) > 1
        and not articles[-1].paragraphs
        and articles[-2].signed_by is not None
        and not (is_notice_title(articles[-1].title or "") and not _said_again(articles[-1], articles[-2]))
    ):
        # a slogan under a notice's sign-off (绿色清明 ⏎ 文明祭祀) heads no text; a headline under a
        # reporter's credit heads one the page cut off, and so does the next notice's (关于…的通告)
        articles.pop()
    while (
        len(articles) > 1
        and articles[-1].headline_only
        and (_tags_or_teaser(articles[-1]) or _listed_again(articles[-1], articles[:-1]))
    ):
        articles.pop()
    if len(articles) > 1 and not articles[-1].paragraphs and _cut_off(articles[-1], articles[-2]):
        # …会议还研究了其他, 会议以视, 省直 at the page's foot: the report's last sentence, cut off
        articles.pop()
        articles[-1].continued = True
    if articles and articles[-1].paragraphs and articles[-1].paragraphs[-1].rstrip()[-1:] in _MID_SENTENCE:
        articles[-1].continued = True  # the page's last text breaks off mid-sentence (…的目标路径,): cut off
    # a page's heading over its items of news is no article, nor is a head whose every line introduces what
    # follows (2021年12月13日新闻联播文字版 ⏎ …主要内容： ⏎ 以下为详细的文字版全文：)
    articles = [a for a in articles if len(articles) == 1 or not _only_a_head(a)]
    for article in articles:
        # a commentator's line in a run of headlines is no subtitle: it says who wrote it
        article.subtitle_parts = [part for part in article.subtitle_parts if not _took_author(article, part)]
        # the number of the text's first part under the title (一), no subtitle
        article.subtitle_parts = [part for part in article.subtitle_parts if not _PART_NUMBER.fullmatch(part.strip())]
        if len(article.subtitle_parts) >= 2 and all(_TAG_WORD.fullmatch(p.strip()) for p in article.subtitle_parts):
            article.subtitle_parts = []  # 疫情 ⏎ 人员 under the time it was posted: the site's tags, no subtitle
        if len(article.subtitle_parts) >= 2 and all(p.strip()[:1] in "•·●▪" for p in article.subtitle_parts):
            article.subtitle_parts = []  # • 消防局官员拜访… ⏎ • 提醒居民…: the captions of the photos, no subtitle
        # the day alone under the headline (市民勿受網上謠言影響 ⏎ 2019年9月10日): the text's date, no subtitle
        for part in [part for part in article.subtitle_parts if _DAY_ALONE.fullmatch(part.strip())]:
            article.subtitle_parts.remove(part)
            article.date = article.date or parse_date(part.strip(), doc_date)
        _speech_head(article, doc_date)
        if (
            article.author is None
            and article.title
            and (column := _COMMENTARY_COLUMN.match(to_simplified(article.title)))
        ):
            # 新华时评:抓好春耕备耕…, 中国教育报评论员:…: the column the title names writes it, and instructs
            written = as_written(article.title, to_simplified(article.title), column.start("who"), column.end("who"))
            article.author = written or column.group("who")
        if article.title and (bullet := BULLET_MARK.match(article.title)):
            article.title = article.title[bullet.end() :]  # • 迅速进入临战状态…: a site's bullet
        own = article.title is not None and not article.titled_by_page  # the text's headline, not the <title>
        article.title, article.subtitle_parts = join_title(article.title, article.subtitle_parts, headline=own)
        said_again = re.sub(r"\s", "", " ".join(article.subtitle_parts))
        if article.title and said_again == re.sub(r"\s", "", article.title):
            article.subtitle_parts = []  # the title said again in the text, set over lines: no subtitle
        elif (
            article.title
            and _CUT_SHORT <= len(short := re.sub(r"\s", "", article.title)) < len(said_again)
            and said_again.startswith(short)
        ):
            # 教育部办公厅关于…综合改 ⏎ 教育部办公厅关于…综合改革实验区的通知: the site's headline cut short, then
            # the text's own in full
            article.title, article.subtitle_parts = " ".join(article.subtitle_parts), []
        titled_on = _TITLED_ON.search(to_simplified(article.title)) if article.title else None
        if titled_on and (article.date is None or article.dated_by_lead):
            # 新乡市疾病预防控制中心紧急提醒2022年2月22日: the day its title gives, not one its text tells
            article.date = parse_date(titled_on.group(), doc_date) or article.date
            article.dated_by_lead = False
        _fill_from_meta(article, meta, len(articles) == 1)
        if article.source is None:
            article.source = article.credited  # 区政府办 供稿 at its foot, when nothing else names a source
        if article.date is None and not article.headline_only:
            article.date = doc_date
    return articles


# a headline's second line that opens on an ordinal goes on with it: …专题 ⏎ 第四十八场新闻发布会
_ORDINAL_GOES_ON = re.compile(
    r"^第[一二三四五六七八九十百零〇\d]{1,5}(?:场|次|期)[\u4e00-\u9fff]{0,10}(?:会议?|发布会)$"
)

_SEVERALLY = re.compile(r"分别(?:会见|会谈|致电|致信|致函|出席|主持|看望|接见)")
_HEADLINE_LINE = 60  # a line of a headline set over several lines


# the Politburo's meetings, whose Xinhua headline is set over lines (中共中央政治局常务委员会召开会议 ⏎ 听取… ⏎ 听取…)
_CENTRAL_MEETING = re.compile(r"^中共中央政治局(?:常务委员会)?(?:召开会议|会议)")


def _presided_under(heads: list[str]) -> int:
    """Where the lines saying who presided start under a Politburo meeting's headline set over two lines or
    more (the lines over them one headline, as Xinhua sets it), else 0. A local meeting's headline is its first
    line, and the lines under it its subtitle (市委常委会召开扩大会议 ⏎ 传达学习…精神 ⏎ 王忠林主持并讲话).
    (A headline on one line that ends on who presided stays whole, as an archive of broadcasts sets it.)"""
    at = len(heads)
    while at > 0 and PRESIDED_LINE.match(heads[at - 1]):
        at -= 1
    if at < 2 or at == len(heads) or not _CENTRAL_MEETING.match(heads[0]):
        return 0
    over = heads[:at]
    if any(len(line) > _HEADLINE_LINE or ends_sentence(line) or line.startswith(("—", "－", "-")) for line in over):
        return 0
    return at


# the day a title ends on: …紧急提醒2022年2月22日
_TITLED_ON = re.compile(r"(?<=[\u4e00-\u9fff])\d{4}年\d{1,2}月\d{1,2}日$")


_CUT_SHORT = 10  # characters a headline cut short keeps, at the least, to be taken for the one under it


def _fill_from_meta(article: ArticleDraft, meta: PageMeta, only: bool) -> None:
    """What the text lacks, the page metadata may say: the paper that 本报 names and the
    page's date, on any page; the rest on a single-article page."""
    if article.own_paper and article.source is None:
        article.source = meta.publication
    if not only:
        # an item that says not when is of the day the page is (新闻联播 2023-10-27 over the day's items)
        if article.date is None and not article.headline_only:
            article.date = meta.date
        return
    if article.title is None:
        article.title = meta.title
    if article.subtitle is None and meta.subtitle:
        article.subtitle_parts.append(meta.subtitle)
    if article.source is None or (
        article.source == article.signed_by
        and meta.source
        and to_simplified(meta.source) != to_simplified(article.signed_by)
    ):
        # 甘孜日报 2020年02月07日 under the headline; the page's 来源: line names the source of a notice it
        # reposts, not who signs the notice
        article.source = meta.source or meta.publication
    if article.byline is None:
        article.byline = meta.byline
    if article.signed_by is None:
        article.signed_by = meta.issuer  # the site's disclosure box names who issued it (发布机构)
    if article.date is None and not article.headline_only:
        article.date = meta.date
    if article.url is None:
        article.url = meta.url
