"""Raw bytes → ParsedDocument: the parsers' stages in order."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import logging
import re
from dataclasses import dataclass
from pathlib import PurePath

from bulletin_diff.errors import EmptyDocumentError, FeedMappingError
from bulletin_diff.records import Article, Directive, Document, ParsedDocument, content_id
from parsers.blocks import Page, PageMeta
from parsers.dates import date_from_name
from parsers.decode import decode
from parsers.detect import detect_reader
from parsers.directives import default_speaker, find_directives, glued_headings, own_voice
from parsers.feeds import MAPPINGS, guess_mapping, read_feed
from parsers.html import html_to_page
from parsers.layout import (
    join_broken,
    page_date,
)
from parsers.markdown import front_matter, markdown_text
from parsers.normalize import as_written, for_reading, normalize, to_simplified
from parsers.notices import APPEAL, BODY_ENDING, KIND
from parsers.page_head import clean_page, text_page
from parsers.segment import ArticleDraft, segment
from parsers.series import series_of
from parsers.words import content_words

logger = logging.getLogger(__name__)


def _drafts(page: Page, doc_date: dt.date | None, *, one_article: bool = False) -> list[ArticleDraft]:
    blocks, _ = join_broken(list(clean_page(page).blocks))
    return _with_attachments(segment(blocks, page.meta, doc_date, one_article=one_article))


# a notice that issues documents, named in its title: 安徽省人民政府办公厅关于印发支持…若干政策和…行动计划的通知
_ISSUES_ATTACHED = re.compile(r"关于(?:印发|转发|发布)(?P<what>.{4,}?)的(?:通知|决定)")
_NOT_A_WORD = re.compile(r"[\W_]+")
_DOCUMENT_NUMBER = re.compile(r"[（(]?[\u4e00-\u9fff]{1,10}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号[）)]?")


def _with_attachments(drafts: list[ArticleDraft]) -> list[ArticleDraft]:
    """The drafts with each document a notice issues, set under it with its own title (关于印发X的通知 ⏎ …
    ⏎ X ⏎ 一、…), made part of the notice: the issuer speaks for it."""
    kept: list[ArticleDraft] = []
    for draft in drafts:
        notice = kept[-1] if kept else None
        issued = _ISSUES_ATTACHED.search(to_simplified(notice.title)) if notice and notice.title else None
        named = _NOT_A_WORD.sub("", normalize(draft.title)) if draft.title else ""
        if (
            notice is not None
            and issued
            and len(named) >= 4
            and named in _NOT_A_WORD.sub("", normalize(issued["what"]))
        ):
            notice.paragraphs.extend([p for p in (draft.title, *draft.subtitle_parts) if p] + draft.body())
            notice.ended = draft.ended
            continue
        kept.append(draft)
    return kept


def _find_in_simplified(
    paragraphs: list[str],
    title: str | None,
    signer: str | None = None,
    author: str | None = None,
    source: str | None = None,
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
        source=to_simplified(source) if source else None,
    )
    if not found_all and default_speaker(simple_title, signer) is None and author is None:
        found_all = own_voice(simplified, title=simple_title)  # a report's tasks, an appeal, nobody named
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


_FRAMED = re.compile(r"^([-—–－])\s*(?P<title>[^-—–－].*?)\s*\1$")  # -記者會快訊(…)-: a headline set between dashes


_SITE_TAG = re.compile(r"(?<=[^\s【】])\s*【[^【】]{1,4}】$")  # 四川泸州因高温天气延迟开学【今日】: the site's tag


def _unframed(title: str | None) -> str | None:
    framed = _FRAMED.match(title) if title else None
    title = framed["title"] if framed else title
    return _SITE_TAG.sub("", title) if title else title


# a kicker over the headline, closed by a dash (兰州黄河风情线大景区发布通告—— ⏎ 当前正值主汛期 禁止…)
_KICKER = re.compile(r"\S\s*(?:——|—|--)$")


def _said_once(title: str | None) -> str | None:
    """A headline set twice, the page's title and its text's own joined (…会议召开 …会议召开): once."""
    if not title:
        return title
    parts = title.split(" ")
    kept = [part for k, part in enumerate(parts) if k == 0 or normalize(part) != normalize(parts[k - 1])]
    return " ".join(kept) if len(kept) < len(parts) else title


# a headline in brackets at the head of its lead, the way a site's feed sets it: 【疫苗|国家卫健委:…】12月18日,…
_BRACKETED_HEADLINE = re.compile(
    r"^【\s*(?P<title>[^【】。！？]{6,60}?)\s*】(?=\s*(?:\d{1,2}月\d{1,2}日|近日|日前|记者))"
)
_HEADLINE_WITHIN = 3  # paragraphs of an untitled text its bracketed headline may stand in


def _bracketed_headline(draft: ArticleDraft) -> None:
    """An untitled text whose lead opens on its headline in brackets: that is its title."""
    if draft.title is not None:
        return
    for k, paragraph in enumerate(draft.paragraphs[:_HEADLINE_WITHIN]):
        if m := _BRACKETED_HEADLINE.match(paragraph.strip()):
            draft.title = m.group("title")
            draft.paragraphs[k] = paragraph.strip()[m.end() :].lstrip()
            return


def _article(draft: ArticleDraft, index: int, first_position: int, sha256: str) -> Article:
    _bracketed_headline(draft)
    draft.title = _said_once(_unframed(draft.title))
    if draft.title and _KICKER.search(draft.title) and draft.subtitle_parts:
        # the headline is the line under the kicker; the kicker is the subtitle
        draft.title, draft.subtitle_parts[0] = draft.subtitle_parts[0], draft.title
    series = series_of(to_simplified(draft.title), draft.signed_by) if draft.title else None
    directives = []
    found = _find_in_simplified(draft.body(), _heading(draft), _issuer(draft), draft.author, draft.source)
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
    # the headline said again under its info line, once the site's tag is off it, or with other brackets
    # (…行动计划(2021—2023年) ⏎ …行动计划（2021-2023年）), and a notice's number (（皖政办秘〔2021〕82号）)
    # are no subtitle
    said = _NOT_A_WORD.sub("", normalize(draft.title)) if draft.title else None
    parts = [
        part
        for part in draft.subtitle_parts
        if _NOT_A_WORD.sub("", normalize(part)) != said and not _DOCUMENT_NUMBER.fullmatch(part.strip())
    ]
    subtitle = draft.subtitle if parts == draft.subtitle_parts else ArticleDraft(subtitle_parts=parts).subtitle
    return Article(
        index=index,
        title=draft.title,
        subtitle=subtitle,
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
        page = text_page(*markdown_text(text))
        doc_date = date or page.meta.date or front_matter(text)[1]
        return TextParse(_drafts(page, doc_date), doc_date, "markdown")
    page = text_page(text)
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
