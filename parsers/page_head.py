"""A page's head and furniture, read on its lines: where the article starts under a site's chrome,
the headline over the site's info line and what that line tells (source, date, author), a headline or
title run into the line under it, the posting account, and the site's list of other items under the
article. ``text_page`` reads a text page's lines into blocks and metadata; ``clean_page`` leaves a
page's furniture out of its blocks, whatever reader made them."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Sequence

from parsers.blocks import Block, Page, PageMeta
from parsers.dates import parse_date
from parsers.layout import (
    BULLETED,
    DATELINE_START,
    LEAD_DATE,
    LONGEST_CLAUSED_HEADLINE,
    SAID_BEFORE_COLON,
    SHORTEST_HEADLINE,
    ends_sentence,
    is_byline,
    is_page_furniture,
    looks_like_headline,
    masthead,
    split_run_in,
    unwrap,
)
from parsers.normalize import clean_display, for_reading
from parsers.notices import BODY_ENDING, is_issuer, is_notice_title
from parsers.webinfo import (
    COMPILED_BY,
    DATE_ONLY,
    STAMP_ALONE,
    info_author,
    info_issuer,
    info_posted_on,
    info_source,
    is_credit_line,
    is_info,
    with_label_values,
)


def text_page(text: str, heads: Collection[str] = frozenset()) -> Page:
    """A text page's blocks and what its head tells (title, source, date, author): the site's lines over
    the headline and its info lines left out. ``heads``: the lines the markup makes headings of (a Markdown
    archive's items), each a block of ``level`` 2."""
    lines = _path_over_its_headline(_headline_out_of_the_path(unwrap(split_run_in(text.split("\n")))))
    lines = _headline_named_in_its_field(lines)
    # a headline run into its info line or its dateline set as two lines, then the site's lines over it left out
    from_the_headline = _from_the_headline(_title_out_of_the_dateline(_headline_then_info(lines)))
    kept, info = _without_head_info(from_the_headline)
    title = _title_over_info(kept, lines)
    if title is not None:
        kept = [line for line in kept if line.strip() != title]
    kept = _without_numbered_captions(_without_titles_again(kept, title))
    meta = PageMeta(
        title=title,
        publication=masthead(lines),
        source=info_source(info),
        date=next((found for line in [info_posted_on(info) or "", *info] if (found := parse_date(line))), None),
        byline=info_author(info),
        issuer=info_issuer(info),
    )
    blocks = tuple(
        Block(text=clean_display(line), level=2 if line.strip() in heads else 0) for line in kept if line.strip()
    )
    return Page(blocks=blocks, meta=meta)


# a title field at the page's top, a disclosure box's (名  称: 茂山镇召开…现场会) or a forum's printable
# page's (标题: 关于实施…区域管控的通告 [打印本页]), its value the headline
_TITLE_FIELD_AT_TOP = re.compile(
    r"^(?:名\s*称|标\s*题)\s*[:：]\s*(?P<title>\S.*?)\s*(?:[\[【]打印本页[\]】]|[|｜])?\s*$"
)


def _headline_named_in_its_field(lines: list[str]) -> list[str]:
    """A page whose top holds a field that names its headline (名  称: …, 标题: …): the headline first, then
    the info lines of the top (the box's other fields, 作者: … 时间: …), then the lines under the last line at
    the top that says the headline again, alone or in such a field. What else stands over it is the site's
    (its menu: 政府信息公开指南 ⏎ 政府信息公开制度)."""
    at = [k for k, line in enumerate(lines) if line.strip()][:_TOP]
    named = [m for k in at if (m := _TITLE_FIELD_AT_TOP.match(lines[k].strip()))]
    if not named:
        return lines
    title = named[0]["title"]
    if len(title) < SHORTEST_HEADLINE or ends_sentence(title):
        return lines
    said = [
        k
        for k in at
        if lines[k].strip() == title or ((m := _TITLE_FIELD_AT_TOP.match(lines[k].strip())) and m["title"] == title)
    ]
    last = said[-1]
    info = [lines[k].strip() for k in at if k < last and k not in said and is_info(lines[k].strip())]
    info = [line for line in info if not _TITLE_FIELD_AT_TOP.match(line)]
    return [title, *info, *lines[last + 1 :]]


_CAPTION_NUMBER = re.compile(r"\s*\d{1,4}$")
_SHORTEST_CAPTION = 8  # characters of a caption, its number left out


def _without_numbered_captions(lines: list[str]) -> list[str]:
    """The lines without those that say the same but for the number at their end, two or more times and no
    sentence: the names of a page's photos (新茂山2018年第17 期(茂山镇召开…现场会)235, …)237, …)377)."""
    said: dict[str, set[str]] = {}
    for line in lines:
        text = line.strip()
        if (m := _CAPTION_NUMBER.search(text)) and not ends_sentence(text[: m.start()]):
            said.setdefault(text[: m.start()], set()).add(text[m.start() :].strip())
    captions = {name for name, numbers in said.items() if len(numbers) > 1 and len(name) >= _SHORTEST_CAPTION}
    return [
        line
        for line in lines
        if not ((m := _CAPTION_NUMBER.search(line.strip())) and line.strip()[: m.start()] in captions)
    ]


# the page's <title> copied at its foot: the headline, then the site (…野外用火-新華網, …_中国政府网)
_TITLE_WITH_SITE = re.compile(r"^(?P<headline>.{8,}?)\s*[-_|｜]\s*[\u4e00-\u9fffA-Za-z]{2,12}$")


def _without_titles_again(lines: list[str], title: str | None) -> list[str]:
    """The lines without a line that says the title or a headline over it again with the site's name
    after it, or, last, the start of a headline (a copy cut off in the page's <title> at its foot)."""
    seen = {title} if title else set()
    kept = []
    headlines = [title] if title else []
    last = max((k for k, line in enumerate(lines) if line.strip()), default=-1)
    for k, line in enumerate(lines):
        text = line.strip()
        again = _TITLE_WITH_SITE.match(text)
        # (not the body that signs a notice off under its title: 大冶市…指挥部 under 大冶市…指挥部通告)
        cut_short = (
            k == last
            and len(text) >= _CUT_TITLE
            and not _SIGNING_BODY.search(for_reading(text))
            and any(h != text and h.startswith(text) for h in headlines)
        )
        if (again is None or again["headline"].strip() not in seen) and not cut_short:
            kept.append(line)
        seen.add(text)
        if looks_like_headline(text):
            headlines.append(text)
    return kept


_SIGNING_BODY = re.compile(rf"{BODY_ENDING}$")
_CUT_TITLE = 10  # the shortest start of the title a copy's foot leaves (…新型冠状病毒感染的肺炎疫情防控工)


_TOP = 15  # lines with text at the page's top where the site's info line may stand
_CHROME_AT_TOP = 80  # the longest line of a site's chrome over the headline (its greeting, where the page is)
_HEADLINE_LINES = 5  # the lines of a headline over the info line, its kicker and subtitles with it


def _from_the_headline(lines: list[str]) -> list[str]:
    """A page copied from a portal, from its article's headline on: the lines over the headline that
    stands right over the site's info line (发布时间：… 来源：…) are the site's (its greeting, report
    line, where the page is: 首页 >> 本县头条), when each is short and no sentence of a text. The
    headline keeps the lines over it that read as headlines (its kicker, its subtitles), up to one
    that is the site's or says where the page is (››)."""
    at = [k for k, line in enumerate(lines) if line.strip()][:_TOP]
    # (the time it was posted alone, to the minute, is its info line too: …【9号令】 ⏎ 2020-02-15 00:03)
    first_info = next(
        (n for n, k in enumerate(at) if is_info(lines[k].strip()) or STAMP_ALONE.match(lines[k].strip())), None
    )
    if not first_info:
        return lines
    start = first_info - 1
    while start > 0 and is_page_furniture(lines[at[start]]):
        start -= 1  # the site's buttons between the headline and its info line (放大字体 缩小字体)
    # (right over the info line, a headline may hold a comma: 北京:严格常态化防控措施,确保全国两会顺利召开)
    if not (_headline_line(lines[at[start]].strip()) or _headline_with_comma(lines[at[start]].strip())):
        return lines
    while (
        start > 0
        and first_info - start < _HEADLINE_LINES
        and _headline_line(lines[at[start - 1]].strip())
        and len(lines[at[start - 1]].strip()) >= SHORTEST_HEADLINE
    ):
        start -= 1
    above = [lines[k].strip() for k in at[:start]]
    if above and all(
        is_page_furniture(line) or (len(line) <= _CHROME_AT_TOP and not re.search(r"[。，,；;]", line))
        for line in above
    ):
        return lines[at[start] :]
    return lines


def _headline_with_comma(line: str) -> bool:
    """A short line with a comma in it and no sentence's end, shaped like a headline otherwise; a cry or a
    question may stand inside it (广东昨日新增本土确诊79例!东莞公交地铁停运,全市开展多轮核酸检测), not at its end."""
    return (
        len(line) <= LONGEST_CLAUSED_HEADLINE
        and re.search(r"[，,]", line) is not None
        and not re.search(r"[。；;]|[！？!?]$", line)
        and _headline_line(re.sub(r"[，,！？!?]", " ", line))
    )


# where the page is, with the headline run in after the last step: 您当前的位置:首页 > 新闻 > 国内新闻 三部门联合部署…
# a tab of the site's menu, then the headline on the same line: • 会议题目 • 于某某主持召开区政府第4次常务会议
_TAB_THEN_HEAD = re.compile(r"^(?P<tab>[•·●▪]\s*[\u4e00-\u9fff]{2,6})\s*[•·●▪]\s*(?P<head>[^•·●▪\s].{7,80})$")
_PATH_THEN_HEAD = re.compile(
    r"^(?P<path>(?:您当前的位置|您现在的位置|当前位置|您的位置|所在位置)是?\s*[:：].*?[>＞»›]+\s*[^>＞»›\s]{1,12})"
    r"\s+(?P<head>[^>＞»›\s][^>＞»›]{7,80})$"
)


def _headline_out_of_the_path(lines: list[str]) -> list[str]:
    """The headline run in after the path of where the page is (or after a tab of the site's menu, set
    off by bullets), on the line of its own it stands on; only among the page's first lines (the path is
    the site's and is left out; the headline is not)."""
    out = list(lines)
    for k in [k for k, line in enumerate(lines) if line.strip()][:_TOP]:
        read = for_reading(lines[k].strip())
        m = _PATH_THEN_HEAD.match(read) or _TAB_THEN_HEAD.match(read)
        if m and looks_like_headline(m["head"]) and not ends_sentence(m["head"]):
            start = len(lines[k].strip()) - len(m["head"])
            out[k : k + 1] = [lines[k].strip()[:start].rstrip(), lines[k].strip()[start:]]
            break
    return out


def _path_over_its_headline(lines: list[str]) -> list[str]:
    """Without the path of where the page is, set with spaces and ending on the headline the next line
    gives (首页 新湖南冷水江频道 时政新闻 冷水江市…会议召开 ⏎ 冷水江市…会议召开); only among the page's first lines."""
    texts = [k for k, line in enumerate(lines) if line.strip()][:_TOP]
    for k, below in itertools.pairwise(texts):
        path, head = for_reading(lines[k].strip()), for_reading(lines[below].strip())
        if _PATH_START.match(path) and len(path) > len(head) and path.endswith(head) and looks_like_headline(head):
            return lines[:k] + lines[k + 1 :]
    return lines


_PATH_START = re.compile(r"^(?:首页|主页|网站首页|当前位置\s*[:：]?)\s")


_HEAD_THEN_INFO = re.compile(
    r"^(?P<head>[^，,。；;！？!?\s][^，,。；;！？!?]{3,40}?)\s+(?P<info>(?:发布|更新)?(?:日期|时间)\s*[:：].*)$"
)


def _headline_then_info(lines: list[str]) -> list[str]:
    """A page's headline with its info line run in on one line (祝东村致村民选举的公开信 发布日期:2021-10-29
    10:00 信息来源:…), as two lines; only among the page's first lines."""
    out = list(lines)
    for k in [k for k, line in enumerate(lines) if line.strip()][:_TOP]:
        m = _HEAD_THEN_INFO.match(lines[k].strip())
        # (not a site's name and address: 某区党务政务门户网 www.example.gov.cn 时间:…)
        if m and is_info(m["info"]) and looks_like_headline(m["head"]) and not re.search(r"www\.|https?:", m["head"]):
            out[k : k + 1] = [m["head"], m["info"]]
            break
    return out


_TITLE_AFTER_DATELINE = re.compile(
    r"^(?P<dateline>新华社[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日电)\s*(?P<title>\S.*?)(?:[,，]?\s*全文如下[:：]?)?$"
)


def _title_out_of_the_dateline(lines: list[str]) -> list[str]:
    """A relayed notice whose dateline runs into its title (新华社北京1月27日电国务院办公厅关于…的通知,全文如下:,
    the text under it): the title, then the dateline."""
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return lines
    m = _TITLE_AFTER_DATELINE.match(lines[first].strip())
    if m is None or ends_sentence(m["title"]) or not is_notice_title(m["title"]):
        return lines
    return [*lines[:first], m["title"], m["dateline"], *lines[first + 1 :]]


def _headline_line(line: str) -> bool:
    """A line over the info line that may be (part of) the headline: shaped like one, and none of the
    site's furniture, no path of where the page is, no time it was posted."""
    return (
        looks_like_headline(line)
        and not is_page_furniture(line)
        and not _POINTS_ON.search(line)
        and not DATE_ONLY.match(line)  # 2022年11月26日 10:08 over the info line: the time it was posted
        and not COMPILED_BY.match(line)  # 看看新闻Knews综合: who compiled the text, over the time it was posted
        and re.search(r"[\u4e00-\u9fff]", line) is not None  # (Beijing e-Town International HR: the site's name)
    )


_POINTS_ON = re.compile(r"[>＞»›]")  # where the page is: 首页 >> 资讯 > 本县要闻


_TITLE_WITH_COMMA = 80  # (…会议召开 郑某,李某、王某等省市领导在分会场参加会议: a subtitle run in)


def _title_over_info(kept: list[str], lines: list[str]) -> str | None:
    """A page's first line, right over the site's info line, is its headline even when it holds a
    comma (学校放假,学生安全工作不放假 ⏎ 时间:2023-07-08 02:56:52来源:教育部网站), which no headline
    read by its shape may; None when the first line reads as a headline anyway, or is no headline."""
    # (首页 发改委 正文 ⏎ 安徽省…会议召开,多措并举… ⏎ 2022-06-16 10:17 中国发展网: the site's lines go first)
    first = next((line.strip() for line in kept if line.strip() and not is_page_furniture(line)), None)
    if first is None or len(first) > _TITLE_WITH_COMMA or ends_sentence(first) or looks_like_headline(first):
        return None
    at = next(k for k, line in enumerate(lines) if line.strip() == first)
    below = next((line.strip() for line in lines[at + 1 :] if line.strip()), "")
    if is_info(below) or STAMP_ALONE.match(below):
        return first
    then = next((line.strip() for line in lines[at + 1 :] if line.strip() and line.strip() != below), "")
    if len(below) <= _POSTER_NAME and not re.search(r"[，,。；;：:！？!?]", below) and STAMP_ALONE.match(then):
        return first  # 受“海葵”影响,广东汕头…停课 ⏎ 央视新闻客户端 ⏎ 2023-09-03 17:31: who posted it, and when
    return first if _restated_below(first, below, lines[at + 1 : at + 2]) else None


_POSTER_NAME = 16  # the longest name of who posted a text, on a line of its own under its headline
_RESTATED = 4  # characters of a headline its lead says again (市委常委会…举行会议)


def _restated_below(first: str, below: str, after: list[str]) -> bool:
    """A first line with a comma, set off by a blank line, over a paragraph whose lead says part of it
    again (上海市委常委会今天举行会议，研究部署… ⏎ ⏎ 市委常委会今天上午（3月30日）举行会议，…): the headline."""
    if not after or after[0].strip() or not ends_sentence(below) or len(below) <= len(first):
        return False
    if len(re.findall(r"[，,]", first)) > 3 or re.search(r"[。；;！？!?]", first) or LEAD_DATE.match(first):
        return False
    said = re.split(r"[：:]", first)
    if len(said) > 1 and (not said[-1] or SAID_BEFORE_COLON.search(said[0])):
        return False  # 会议指出：…: what was said, no headline (新加坡卫生部公布:7个新地点… is one)
    lead = below[:60]
    return any(first[k : k + _RESTATED] in lead for k in range(len(first) - _RESTATED + 1))


_HEAD_LINE = 80  # a headline with its subtitle run in (…会议召开 郑连生,姜四清…参加会议) may reach 70


def _lead_below(lines: list[str], index: int) -> bool:
    """The next line with text under ``index`` opens an article's text: a dateline, a
    date, or a long line."""
    below = next((line.strip() for line in lines[index + 1 :] if line.strip()), "")
    if DATELINE_START.match(below) or LEAD_DATE.match(below) or len(below) > _HEAD_LINE:
        return True
    return len(below) > _LEAD_LINE and ends_sentence(below)  # …政府宣布，现行措施延长两周至下月10日。


_LEAD_LINE = 30  # a paragraph this long that ends a sentence, under a date, is the lead


def _signing_date(above: str, kept: list[str]) -> bool:
    """A date under ``above`` signs a notice off: ``above`` names a body that issues, under the text's
    sentences (…特此通告。 ⏎ 成都市…指挥部 ⏎ 2022年4月4日 ⏎ the site's own reminder, a long line)."""
    return is_issuer(above) and any(len(line.strip()) > _LEAD_LINE and ends_sentence(line.strip()) for line in kept)


def _without_head_info(lines: list[str]) -> tuple[list[str], list[str]]:
    """(the lines, the info lines): a page copied from a browser keeps the site's info
    lines (``发布时间：2022-04-01 09:38``, ``来源：常州日报``, ``作者：袁涛``, a time stamp
    alone) between the headline and the lead. Only lines under a headline or another
    info line count: a notice's ``时间：3月20日起…`` in its text is no info line."""
    lines = with_label_values(lines)
    kept: list[str] = []
    info: list[str] = []
    posters: list[str] = []
    above: str | None = None  # the last line kept
    headline = True  # only the page's first line is kept yet: a headline, whatever it ends on (…不外出!)
    for index, line in enumerate(lines):
        text = line.strip()
        head = above is None or headline or is_byline(above) or (len(above) <= _HEAD_LINE and not ends_sentence(above))
        # a time stamp (2022-04-05 00:05); a date (2022年08月30日) only atop the page or above a lead,
        # not a notice's signing date under its issuer (国务院办公厅 ⏎ 2020年3月18日)
        stamp = DATE_ONLY.match(text) is not None and (
            "年" not in text
            or above is None
            or (_lead_below(lines, index) and not _signing_date(above, kept))
            or (headline and _CLOCK.search(text) is not None)
        )  # (or a time it was posted, with its clock time, right under the page's first line)
        if text and ((head and (is_info(text) or stamp)) or is_credit_line(text)):
            info.append(text)
            if stamp and above is not None and _posted_by(above, text, lines, index):
                # 东阳全知道 ⏎ 2022-03-19 21:18:29 ⏎ headline: who posted the text, over its own headline
                at = max(k for k, line in enumerate(kept) if line.strip() == above)
                posters.append(above)
                # what a few lines over the post say is the account's, not the text's (置顶公告: ⏎ 关注…公众号!)
                kept = kept[at + 1 :] if sum(1 for line in kept[:at] if line.strip()) <= _ABOVE_POST else kept[:at]
                above = None
            elif stamp and above is not None and _posted_under_headline(above, text, lines, index, kept):
                # 警察总局呼吁市民… ⏎ 警察总局 ⏎ 2023-10-07 15:46 ⏎ text: who posted it, under its headline
                at = max(k for k, line in enumerate(kept) if line.strip() == above)
                posters.append(above)
                del kept[at]
                above = next(line.strip() for line in reversed(kept) if line.strip())
            continue
        kept.append(line)
        if text and is_page_furniture(text):
            continue  # the site's tools between its info lines (分享到:) end no head
        if text:
            headline = above is None
            above = text
    # the poster is the source only when no line of the page names one (来源:活力南马 under the text)
    return kept, info + [f"来源：{name}" for name in posters]


# the name of who posted a text (an account, a site), over the time it was posted and its headline
_ABOVE_POST = 3  # lines over a post's name that are the account's own (a pinned notice), no text of the page
_POSTER = re.compile(r"^[\u4e00-\u9fffA-Za-z·]{2,16}$")
_CLOCK = re.compile(r"\d{1,2}:\d{2}")


def _posted_under_headline(above: str, stamp: str, lines: list[str], index: int, kept: list[str]) -> bool:
    """Whether ``above`` a post's time stamp is the name of who posted it, right under the page's
    headline (its only line kept yet), with the text under the stamp."""
    # (the site's buttons over the headline, 】 【打 印】, are no headline)
    over = [line.strip() for line in kept if line.strip() and not is_page_furniture(line)]
    below = next((line.strip() for line in lines[index + 1 :] if line.strip() and not is_page_furniture(line)), "")
    return (
        len(over) == 2
        and over[-1] == above
        and _POSTER.match(above) is not None
        and _CLOCK.search(stamp) is not None
        and len(over[0]) <= _HEAD_LINE
        and not ends_sentence(over[0])
        # (the text, or the captions of its photos, each set off by a bullet)
        and (ends_sentence(below) or len(below) > _HEAD_LINE or BULLETED.match(below) is not None)
    )


def _posted_by(above: str, stamp: str, lines: list[str], index: int) -> bool:
    """Whether ``above`` a post's time stamp is the name of who posted it: a short name over a
    stamp with its clock time, with the text's own headline under the stamp."""
    # (the site's furniture under the stamp, 未能播放Youtube视频, is no headline)
    below = next((line.strip() for line in lines[index + 1 :] if line.strip() and not is_page_furniture(line)), "")
    right_above = next((line.strip() for line in reversed(lines[:index]) if line.strip()), "")
    return (
        right_above == above
        and _POSTER.match(above) is not None
        and _CLOCK.search(stamp) is not None
        and 0 < len(below) <= _HEAD_LINE
        and len(below) > len(above)
        and not ends_sentence(below)
        and not below.endswith((":", "："))  # 广大市民朋友: under a letter's title
        and not is_info(below)
        and not is_credit_line(below)
        # (…召开工作例会 ⏎ 金胶州 2020-05-25 07:33 ⏎ □…记者李燕: a headline over the site's stamp)
        and not is_byline(below)
        and not DATELINE_START.match(below)
        and not LEAD_DATE.match(below)
        and not BULLETED.match(below)  # (• 消防局官员拜访…: a photo's caption in a list of them, no headline)
    )


# the title a reposted text first ran under: 原标题:张庆伟:以最快速度…
# (in brackets: (原标题:注意防范!漯河启动防汛四级应急响应))
_FIRST_RAN_AS = re.compile(r"^\s*(?P<open>[（(])?\s*原(?:标)?题\s*[:：]\s*(?P<title>\S.{0,80}?)\s*(?(open)[)）])\s*$")


def clean_page(page: Page) -> Page:
    """A page's blocks without its furniture, the list of other items under the article, and a
    paragraph's run-in paragraphs cut apart; a page that opens on the title its text first ran under
    takes it."""
    first = page.blocks[0] if page.blocks else None
    second = page.blocks[1].text.strip() if len(page.blocks) > 1 else ""
    if first is not None and page.meta.title is None and (ran := _FIRST_RAN_AS.match(first.text)):
        if len(second) >= SHORTEST_HEADLINE and looks_like_headline(second) and second != ran["title"].strip():
            # 原标题:许达哲主持省政府常务会… ⏎ 许达哲主持召开省政府常务会议 ⏎ …: the headline it runs under now
            page = Page(blocks=page.blocks[1:], meta=page.meta)
        else:
            # a page that opens on the title its text first ran under, with no headline of its own: its title
            page = Page(
                blocks=(Block(text=ran["title"], heading=first.heading, level=first.level), *page.blocks[1:]),
                meta=page.meta,
            )
    # an HTML paragraph may hold a page's paragraphs run together as a text line may (``split_run_in``)
    blocks = tuple(
        Block(text=clean_display(text), heading=b.heading, level=b.level)
        for b in _before_teasers(page.blocks)
        for text in ([b.text] if b.heading else split_run_in([b.text]))
        if text.strip() and not is_page_furniture(text) and not STAMP_ALONE.match(text.strip())
    )
    return Page(blocks=blocks, meta=page.meta)


# what a site calls its list of other items under the article (精选专题 ⏎ - ⏎ 2022-05-25 16:00:09 ⏎ headline …)
_MORE_ITEMS = re.compile(
    r"^(?:精选专题|专题推荐|新闻推荐|频道推荐|推荐阅读|热点推荐|精彩推荐|猜你喜欢|相关推荐|(?:热门|最新|相关)资讯|往期(?:回顾|推荐)|大家都在看)$"
)
_BULLET_ALONE = re.compile(r"^[-–—•·●▪]$")


def _before_teasers(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks over a site's list of other items: its label, then items each set off by a bullet
    or a time stamp alone. A label over a headline and its text heads an article (新闻推荐 ⏎ headline ⏎
    本报讯…), which stays."""
    for k, block in enumerate(blocks[1:], start=1):
        if block.heading or not _MORE_ITEMS.match(block.text.strip()):
            continue
        # (新闻推荐 ⏎ 频道推荐 ⏎ • …: one label over another, then the items)
        below = next((t for b in blocks[k + 1 :] if (t := b.text.strip()) and not _MORE_ITEMS.match(t)), "")
        if _BULLET_ALONE.match(below) or STAMP_ALONE.match(below) or BULLETED.match(below):
            return blocks[:k]
    return blocks
