"""Raw bytes → ParsedDocument: the parsers' stages in order."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath

from bulletin_diff.errors import EmptyDocumentError, FeedMappingError
from bulletin_diff.records import Article, Directive, Document, ParsedDocument, content_id
from parsers.blocks import Block, Page, PageMeta
from parsers.dates import date_from_name, parse_date
from parsers.decode import decode
from parsers.detect import detect_reader
from parsers.directives import default_speaker, find_directives, glued_headings
from parsers.feeds import MAPPINGS, guess_mapping, read_feed
from parsers.html import html_to_page
from parsers.layout import (
    DATELINE_START,
    LEAD_DATE,
    ends_sentence,
    is_byline,
    is_page_furniture,
    join_broken,
    looks_like_headline,
    masthead,
    page_date,
    split_run_in,
    unwrap,
)
from parsers.markdown import markdown_lines
from parsers.normalize import as_written, clean_display, for_reading, normalize, to_simplified
from parsers.notices import APPEAL, BODY_ENDING, KIND, is_notice_title
from parsers.segment import ArticleDraft, segment
from parsers.series import series_of
from parsers.webinfo import (
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
from parsers.words import content_words

logger = logging.getLogger(__name__)


def _text_page(text: str) -> Page:
    lines = unwrap(split_run_in(text.split("\n")))
    kept, info = _without_head_info(_from_the_headline(_title_out_of_the_dateline(_headline_then_info(lines))))
    title = _title_over_info(kept, lines)
    if title is not None:
        kept = [line for line in kept if line.strip() != title]
    meta = PageMeta(
        title=title,
        publication=masthead(lines),
        source=info_source(info),
        date=next((found for line in [info_posted_on(info) or "", *info] if (found := parse_date(line))), None),
        byline=info_author(info),
        issuer=info_issuer(info),
    )
    return Page(blocks=tuple(Block(text=clean_display(line)) for line in kept if line.strip()), meta=meta)


_TOP = 15  # lines with text at the page's top where the site's info line may stand
_CHROME_AT_TOP = 80  # the longest line of a site's chrome over the headline (its greeting, where the page is)
_HEADLINE_LINES = 5  # the lines of a headline over the info line, its kicker and subtitles with it
_SHORTEST_HEADLINE = 8  # a shorter line over a headline names a section of the site (部委, 中工新闻)


def _from_the_headline(lines: list[str]) -> list[str]:
    """A page copied from a portal, from its article's headline on: the lines over the headline that
    stands right over the site's info line (发布时间：… 来源：…) are the site's (its greeting, report
    line, where the page is: 首页 >> 本县头条), when each is short and no sentence of a text. The
    headline keeps the lines over it that read as headlines (its kicker, its subtitles), up to one
    that is the site's or says where the page is (››)."""
    at = [k for k, line in enumerate(lines) if line.strip()][:_TOP]
    first_info = next((n for n, k in enumerate(at) if is_info(lines[k].strip())), None)
    if not first_info:
        return lines
    start = first_info - 1
    if not _headline_line(lines[at[start]].strip()):
        return lines
    while (
        start > 0
        and first_info - start < _HEADLINE_LINES
        and _headline_line(lines[at[start - 1]].strip())
        and len(lines[at[start - 1]].strip()) >= _SHORTEST_HEADLINE
    ):
        start -= 1
    above = [lines[k].strip() for k in at[:start]]
    if above and all(len(line) <= _CHROME_AT_TOP and not re.search(r"[。，,；;]", line) for line in above):
        return lines[at[start] :]
    return lines


_TITLE_AFTER_DATELINE = re.compile(
    r"^(?P<dateline>新华社[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日电)\s*(?P<title>\S.*?)(?:[,，]?\s*全文如下[:：]?)?$"
)


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
    return (
        looks_like_headline(line)
        and not is_page_furniture(line)
        and not _POINTS_ON.search(line)
        and not DATE_ONLY.match(line)  # 2022年11月26日 10:08 over the info line: the time it was posted
    )


_POINTS_ON = re.compile(r"[>＞»›]")  # where the page is: 首页 >> 资讯 > 本县要闻


_TITLE_WITH_COMMA = 80  # (…会议召开 郑某,李某、王某等省市领导在分会场参加会议: a subtitle run in)


def _title_over_info(kept: list[str], lines: list[str]) -> str | None:
    """A page's first line, right over the site's info line, is its headline even when it holds a
    comma (学校放假,学生安全工作不放假 ⏎ 时间:2023-07-08 02:56:52来源:教育部网站), which no headline
    read by its shape may; None when the first line reads as a headline anyway, or is no headline."""
    first = next((line.strip() for line in kept if line.strip()), None)
    if first is None or len(first) > _TITLE_WITH_COMMA or ends_sentence(first) or looks_like_headline(first):
        return None
    at = next(k for k, line in enumerate(lines) if line.strip() == first)
    below = next((line.strip() for line in lines[at + 1 :] if line.strip()), "")
    return first if is_info(below) or STAMP_ALONE.match(below) else None


_HEAD_LINE = 80  # a headline with its subtitle run in (…会议召开 郑连生,姜四清…参加会议) may reach 70


def _lead_below(lines: list[str], index: int) -> bool:
    """The next line with text under ``index`` opens an article's text: a dateline, a
    date, or a long line."""
    below = next((line.strip() for line in lines[index + 1 :] if line.strip()), "")
    return bool(DATELINE_START.match(below) or LEAD_DATE.match(below)) or len(below) > _HEAD_LINE


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
            or _lead_below(lines, index)
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


def _posted_by(above: str, stamp: str, lines: list[str], index: int) -> bool:
    """Whether ``above`` a post's time stamp is the name of who posted it: a short name over a
    stamp with its clock time, with the text's own headline under the stamp."""
    below = next((line.strip() for line in lines[index + 1 :] if line.strip()), "")
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
    )


# the title a reposted text first ran under: 原标题:张庆伟:以最快速度…
_FIRST_RAN_AS = re.compile(r"^\s*原(?:标)?题\s*[:：]\s*(?P<title>\S.{0,80})$")


def _clean_page(page: Page) -> Page:
    first = page.blocks[0] if page.blocks else None
    if first is not None and page.meta.title is None and (ran := _FIRST_RAN_AS.match(first.text)):
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
    r"^(?:精选专题|专题推荐|新闻推荐|推荐阅读|热点推荐|精彩推荐|猜你喜欢|相关推荐|(?:热门|最新|相关)资讯|往期(?:回顾|推荐)|大家都在看)$"
)
_BULLET_ALONE = re.compile(r"^[-–—•·●▪]$")


def _before_teasers(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks over a site's list of other items: its label, then items each set off by a bullet
    or a time stamp alone. A label over a headline and its text heads an article (新闻推荐 ⏎ headline ⏎
    本报讯…), which stays."""
    for k, block in enumerate(blocks[1:], start=1):
        if block.heading or not _MORE_ITEMS.match(block.text.strip()):
            continue
        below = next((b.text.strip() for b in blocks[k + 1 :] if b.text.strip()), "")
        if _BULLET_ALONE.match(below) or STAMP_ALONE.match(below):
            return blocks[:k]
    return blocks


def _drafts(page: Page, doc_date: dt.date | None, *, one_article: bool = False) -> list[ArticleDraft]:
    blocks, _ = join_broken(list(_clean_page(page).blocks))
    return segment(blocks, page.meta, doc_date, one_article=one_article)


def _find_in_simplified(
    paragraphs: list[str], title: str | None, signer: str | None = None, author: str | None = None
) -> list[tuple[str, str | None]]:
    """(text as written, speaker) of the directives, found on Simplified characters.

    Traditional-character pages are read through OpenCC so that one set of rules
    serves both scripts; each directive's text is then cut from the original
    paragraph at the same offsets (t2s keeps lengths; where it does not, the
    Simplified text is shown).
    """
    paragraphs = glued_headings(paragraphs)
    simplified = [for_reading(p) for p in paragraphs]
    cursors = [0] * len(paragraphs)
    out = []
    simple_title = for_reading(title) if title else None
    found_all = find_directives(
        simplified,
        title=simple_title,
        signer=to_simplified(signer) if signer else None,
        author=to_simplified(author) if author else None,
    )
    written: dict[str, str] = {}
    for found in found_all:
        original, simple = paragraphs[found.paragraph], simplified[found.paragraph]
        speaker = found.speaker
        if speaker and signer and speaker == to_simplified(signer):
            speaker = signer  # who signs a Traditional page, as it writes the name
        elif speaker and simplified != paragraphs:
            if speaker not in written:
                written[speaker] = _as_written(speaker, [*paragraphs, title or ""], [*simplified, simple_title or ""])
            speaker = written[speaker]
        at = simple.find(found.text, cursors[found.paragraph])
        text = as_written(original, simple, at, at + len(found.text)) if at >= 0 else None
        if text is not None:
            cursors[found.paragraph] = at + len(found.text)
        out.append((text or found.text, speaker))
    return out


def _heading(draft: ArticleDraft) -> str | None:
    """The line that says what the text is: the title, or a subtitle that names a notice
    or an appeal under a slogan for a title (和衷共济 聚力战疫 ⏎ 致全体市民的倡议书)."""
    if draft.title and default_speaker(to_simplified(draft.title)) is None:
        for part in draft.subtitle_parts:
            # a post's tags and its headline said again before the notice's title: #福建疫情速报#【刚刚!…】
            line = _POST_TAGS.sub("", part.strip("—－-– "))
            if default_speaker(to_simplified(line)) is not None:
                return line
        # a post that shows a notice under its own headline: the notice's title on a line of its own near
        # the top (…一起来看↓ ⏎ 宁海县人民政府森林防火禁火令 ⏎ 为切实抓好…)
        body = [line.strip() for line in draft.body()[:4]]
        for line, after in itertools.pairwise(body):
            if (
                len(line) <= 40
                and not _SENTENCE_MARK.search(line)
                and not _NEWS_OF_A_NOTICE.search(line)
                and _PREAMBLE_OPENS.match(to_simplified(after))
                and default_speaker(to_simplified(line))
            ):
                return line
    return draft.title


_SENTENCE_MARK = re.compile(r"[，,。；;！？!?：:]")
_POST_TAGS = re.compile(r"^(?:#[^#\s]{1,30}#\s*)+(?:【[^】]{1,60}】\s*)?|^【[^】]{1,60}】\s*(?=\S)")
_NEWS_OF_A_NOTICE = re.compile(r"印发|发布|公布|下发|转发|联合")  # 三部门公布关于…的意见: news of one, no notice
_PREAMBLE_OPENS = re.compile(r"^(?:为|根据|按照|依据|鉴于|经)")  # the notice's text under its title


def _as_written(name: str, originals: list[str], simplified: list[str]) -> str:
    """A speaker's name as a Traditional page writes it (信長星, not 信长星; 會議), where the
    page names it."""
    for original, simple in zip(originals, simplified, strict=True):
        at = simple.find(name)
        if at >= 0 and (written := as_written(original, simple, at, at + len(name))) is not None:
            return written
    return name


# a notice titled by its kind alone: 公告, 通告, 倡议书, 温馨提示 (the kinds parsers.notices knows)
_KIND_ALONE = re.compile(rf"(?:紧急)?(?:{KIND}|{APPEAL})")


def _issuer(draft: ArticleDraft) -> str | None:
    """Who signs the text off; for a notice titled by its kind alone (公告), the body its info line
    names as the source (来源:县新冠肺炎疫情防控工作指挥部), when it signs off none."""
    if draft.signed_by or not draft.title or not _KIND_ALONE.fullmatch(draft.title.strip()):
        return draft.signed_by
    source = draft.source
    return source if source and _ISSUING_BODY.search(to_simplified(source)) else None


_ISSUING_BODY = re.compile(rf"{BODY_ENDING}$")  # the bodies that issue notices (parsers.notices)


def _article(draft: ArticleDraft, index: int, first_position: int, sha256: str) -> Article:
    series = series_of(to_simplified(draft.title), draft.signed_by) if draft.title else None
    directives = []
    found = _find_in_simplified(draft.body(), _heading(draft), _issuer(draft), draft.author)
    for offset, (text, speaker) in enumerate(found):
        norm = normalize(text)
        position = first_position + offset
        directives.append(
            Directive(
                id=content_id(sha256, index, position, norm),
                text=text,
                norm=norm,
                speaker=speaker,
                article_index=index,
                position=position,
                article_title=draft.title,
                article_source=draft.source,
                tokens=content_words(norm),
                article_series=series,
            )
        )
    return Article(
        index=index,
        title=draft.title,
        subtitle=draft.subtitle,
        source=draft.source,
        place=draft.place,
        date=draft.date,
        byline=draft.byline,
        truncated=draft.truncated,
        paragraphs=tuple(draft.paragraphs),
        directives=tuple(directives),
        url=draft.url,
        series=series,
    )


@dataclass(frozen=True, slots=True)
class TextParse:
    """What the readers and the segmenter make of decoded text."""

    drafts: list[ArticleDraft]
    date: dt.date | None
    reader: str
    problems: tuple[str, ...] = ()  # items of the document that could not be read


def parse_text(
    text: str,
    *,
    reader: str = "text",
    date: dt.date | None = None,
    source: str | None = None,
    url: str | None = None,
    mapping: str | None = None,
) -> TextParse:
    """Decoded text → article drafts, the document date, the reader used, problems."""
    if reader == "html":
        page = html_to_page(text, url=url, source=source)
        doc_date = date or page.meta.date
        return TextParse(_drafts(page, doc_date), doc_date, "html")
    if reader == "rss":
        return _parse_rss(text, date=date, source=source, url=url)
    if reader == "json" or reader.startswith("feed"):
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise FeedMappingError(f"not valid JSON: {exc}", source=source) from exc
        chosen = MAPPINGS.get(mapping or "") if mapping else guess_mapping(data)
        if chosen is None:
            raise FeedMappingError("JSON document matches no known feed mapping", source=source)
        feed = read_feed(data, chosen, source=source)
        doc_date = date or next((item.date for item in feed.items if item.date), None)
        drafts: list[ArticleDraft] = []
        for item in feed.items:
            drafts.extend(_item_drafts(item.html, item.title, item.date, item.url, source, doc_date))
        return TextParse(drafts, doc_date, f"feed:{chosen.name}", feed.problems)
    if reader == "markdown":
        page = _text_page(markdown_lines(text))
        doc_date = date or page.meta.date
        return TextParse(_drafts(page, doc_date), doc_date, "markdown")
    page = _text_page(text)
    doc_date = date or page.meta.date
    return TextParse(_drafts(page, doc_date), doc_date, "text")


def _item_drafts(
    html: str, title: str | None, date: dt.date | None, url: str | None, source: str | None, doc_date: dt.date | None
) -> list[ArticleDraft]:
    """One item of a feed (JSON, RSS or Atom) as an article: the text of its HTML, with
    the title, date and link the feed gives it."""
    page = html_to_page(html, url=url, source=source)
    meta = PageMeta(title=title, date=date, url=url, source=page.meta.source, publication=page.meta.publication)
    return _drafts(Page(blocks=page.blocks, meta=meta), date or doc_date, one_article=True)


_XML_ENCODING = re.compile(r"""\A(\s*<\?xml[^>]*?\bencoding\s*=\s*)["'][^"']*["']""")


def _parse_rss(text: str, *, date: dt.date | None, source: str | None, url: str | None) -> TextParse:
    """An RSS or Atom feed: each entry that carries its content is an article (its
    title, date and link from the feed); an entry with a summary only is read as far
    as it goes, one with nothing is a problem (``run`` fetches its page)."""
    from fetching.discover import entries_from_feed  # feedparser, only for feeds

    utf8 = _XML_ENCODING.sub(r'\1"utf-8"', text).encode("utf-8")  # the text is decoded already
    drafts: list[ArticleDraft] = []
    problems: list[str] = []
    entries = entries_from_feed(utf8, url)
    for entry in entries:
        if entry.html is None:
            problems.append(f"{entry.url}: the feed carries no text of this entry; `run` fetches its page")
            continue
        try:
            drafts.extend(_item_drafts(entry.html, entry.title, entry.published, entry.url, source, date))
        except EmptyDocumentError as exc:
            problems.append(f"{entry.url}: {exc}")
    doc_date = date or max((e.published for e in entries if e.published), default=None)
    return TextParse(drafts, doc_date, "rss", tuple(problems))


def _date_in_text(text: str, reader: str, drafts: list[ArticleDraft]) -> tuple[dt.date | None, str | None]:
    """(date, origin) of a document that gave no date of its own: a newspaper page's
    date line (2022年4月2日 星期六), else the latest date an article states with its
    year (a notice's signing date, 国务院办公厅 ⏎ 2020年3月18日: month-day dates
    could not be read yet)."""
    if reader == "text" and (found := page_date(text.splitlines())) is not None:
        return found, "page"
    latest = max((d.date for d in drafts if d.date is not None), default=None)
    return latest, "text" if latest is not None else None


def parse_document(
    raw: bytes,
    *,
    source: str,
    date: dt.date | None = None,
    date_origin: str | None = None,
    reader: str | None = None,
    declared_charset: str | None = None,
    url: str | None = None,
    mapping: str | None = None,
) -> ParsedDocument:
    """Parse one document's raw bytes into articles and directives.

    ``date`` is the document's date when known from outside (an option, a sources
    file); otherwise a date in the file name or URL, then the page's own metadata.
    Raises an :class:`~bulletin_diff.errors.InputError` subclass for bad input.
    """
    sha256 = hashlib.sha256(raw).hexdigest()
    decoded = decode(raw, declared=declared_charset, source=source)
    if date is None:
        date = date_from_name(url or PurePath(source).name)
        date_origin = "filename" if date else None
    chosen_reader = reader if reader and reader != "auto" else detect_reader(decoded.text[:4096], source)
    read = parse_text(decoded.text, reader=chosen_reader, date=date, source=source, url=url, mapping=mapping)
    drafts, doc_date, used_reader = read.drafts, read.date, read.reader
    warnings: list[str] = []
    if date is None and doc_date is not None:
        date_origin = "feed" if used_reader.startswith(("feed", "rss")) else "meta"
    if not drafts or not any(d.paragraphs or d.title for d in drafts):
        raise EmptyDocumentError("no article text found", source=source)
    if doc_date is None:
        doc_date, date_origin = _date_in_text(decoded.text, used_reader, drafts)
        if doc_date is not None:  # read again with it, so that month-day dates resolve
            read = parse_text(decoded.text, reader=used_reader, date=doc_date, source=source, url=url, mapping=mapping)
            drafts = read.drafts
    if doc_date is None:
        warnings.append("document date unknown: give --date or a sources file; month-day dates left unresolved")
    articles = []
    position = 0
    for index, draft in enumerate(drafts):
        article = _article(draft, index, position, sha256)
        position += len(article.directives)
        articles.append(article)
    document = Document(
        source=source,
        sha256=sha256,
        encoding=decoded.encoding,
        encoding_origin=decoded.origin,
        reader=used_reader,
        date=doc_date,
        date_origin=date_origin,
        size=len(raw),
        title=articles[0].title if articles else None,
        url=url,
    )
    return ParsedDocument(document=document, articles=tuple(articles), warnings=tuple(warnings), problems=read.problems)
