"""Markdown as plain lines: archives of bulletins kept as Markdown (a day's 新闻联播 as
``# 《新闻联播》 (20221110)`` over ``### title`` and its paragraphs) read like any text.

:func:`looks_like_markdown` says whether a text is Markdown; :func:`markdown_lines` gives each
heading and paragraph as a line of its own, without the marks: ``#`` and emphasis go, a link
keeps its words, an image and an HTML comment (``<!--repaste.body.begin-->``) go, a heading
its number in the day's list (``## 5. 李强主持召开国务院常务会议``), and a section that lists the
day's headlines (``## 新闻摘要``) goes with the label over the items in full (``## 详细新闻``).
HTML an item's body is kept in reads as lines (``<p>…</p>``, ``<br>``). Parsing is
markdown-it-py's (CommonMark).
"""

from __future__ import annotations

import datetime as dt
import re

import yaml
from bs4 import BeautifulSoup, Comment
from markdown_it import MarkdownIt
from markdown_it.token import Token

from parsers.dates import parse_date

_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.M)
_MARKED_LINE = re.compile(r"^(?:#{1,6}[ \t]+\S|\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\s]+\)|>[ \t]*\S)", re.M)
_SCAN = 4096
_QUOTED_HEAD_MARKS = 4
_ITEM_NUMBER = re.compile(r"^\d{1,3}\.\s+")  # ## 5. 李强主持召开…: the item's place in the day
# a section that lists the day's headlines, and the label over the items in full
_SUMMARY = re.compile(r"^(?:新闻摘要|内容提要|本期(?:节目)?(?:主要)?内容|今日(?:要闻|导读)|节目(?:摘要|提要))$")
_SECTION_LABEL = re.compile(r"^(?:详细新闻|新闻详情|详细内容|全文)$")
# the fields an archive lists over a day's items, before their headings: - 数据源：央视网（CCTV 官方文字稿）,
# - 目录页：https://…
# (- 说明：…, - 聚合页：…: any field named in a few letters)
_ARCHIVE_FIELD = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,8}\s*[:：]\s*\S")
_LINE_BREAK = re.compile(r"^<br\s*/?>$", re.I)
_BLOCK_END = re.compile(r"^</(?:p|div|li|h[1-6])>$", re.I)
_HTML_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr")


# a site's crawl kept as Hugo or Jekyll content opens with its fields between two --- lines (title, date, tags…)
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<fields>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
# the crawl's section over the headline in its title field (南开大学->…) and the site after it (… | nankai.info)
_SECTION_OVER = re.compile(r"^[^>\s]{1,20}?-+>\s*")
_SITE_AFTER = re.compile(r"\s*[|｜]\s*[^|｜]{1,30}$")


def front_matter(text: str) -> tuple[str | None, dt.date | None, str]:
    """(title, date, the text after them) of a text that opens with its fields between two ``---``
    lines; (None, None, text) when it does not, or they do not read as YAML. The title loses the
    crawl's section over it and the site after it (``南开大学->…的重要讲话精神 | nankai.info``)."""
    found = _FRONT_MATTER.match(text)
    if found is None:
        return None, None, text
    try:
        fields = yaml.safe_load(found["fields"])
    except yaml.YAMLError:
        return None, None, text
    if not isinstance(fields, dict):
        return None, None, text
    title = fields.get("title")
    title = _SITE_AFTER.sub("", _SECTION_OVER.sub("", title.strip())) if isinstance(title, str) else None
    when = fields.get("date")
    if isinstance(when, dt.datetime):
        when = when.date()
    elif not isinstance(when, dt.date):
        when = parse_date(str(when)) if when else None
    return title or None, when, text[found.end() :]


def _html_lines(html: str) -> list[str]:
    """The text lines of a block of HTML inside Markdown: each paragraph and <br> ends a line."""
    soup = BeautifulSoup(html, "lxml")
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(_HTML_BLOCKS):
        tag.insert_after("\n")
    return [line.strip() for line in soup.get_text().split("\n") if line.strip()]


def looks_like_markdown(text: str) -> bool:
    """Markdown: it opens with a heading (``# …``) and marks at least one more line as Markdown
    (another heading, a bold lead, a link, a quote), or opens with a heading below the first rank
    (``## 4. 李克强主持召开国务院常务会议``: an item cut from a day's archive)."""
    if front_matter(text[:_SCAN])[0] is not None:
        return True  # a crawl's Markdown under its fields (--- ⏎ title: … ⏎ ---)
    head = text.lstrip("\ufeff \t\r\n")[:_SCAN]
    if head.startswith(">") and len(_MARKED_LINE.findall(head)) >= _QUOTED_HEAD_MARKS:
        return True  # a file's fields quoted over its text (> 文号：… ⏎ > 发布机关：…), then bold or quoted lines
    if not _HEADING.match(head):
        return False
    return head.startswith("##") or len(_MARKED_LINE.findall(head)) >= 2


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "html_inline" and (_LINE_BREAK.match(child.content) or _BLOCK_END.match(child.content)):
            parts.append("\n")  # <br>, </p>: a line ends; other tags and <!--…--> are no text
    return "".join(parts)


def markdown_lines(text: str) -> str:
    """The text of a Markdown document: each heading and paragraph a line (a paragraph's own
    line breaks kept), blocks set apart by an empty line. The title its fields give (front matter)
    is the first line; the other fields go."""
    return markdown_text(text)[0]


def markdown_text(text: str) -> tuple[str, frozenset[str]]:
    """(:func:`markdown_lines`, the headings under the document's own: the texts of the day's
    items, ``## 5. 中央组织部…走访慰问生活困难党员、老党员、老干部``, as their lines read), so that
    an item's headline is one however it reads."""
    title, _, text = front_matter(text)
    tokens = MarkdownIt("commonmark").parse(text)
    blocks: list[str] = [title] if title else []
    heads: set[str] = set()
    heading = 0  # the level of the heading under way, 0 outside one
    skipping = 0  # the level of the summary section being left out, 0 when none is
    items = 0  # list items open
    item_seen = False  # an item's heading (## …) came
    for token in tokens:
        if token.type == "list_item_open":
            items += 1
        elif token.type == "list_item_close":
            items -= 1
        if token.type == "heading_open" and int(token.tag[1]) > 1:
            item_seen = True
        if token.type == "heading_open":
            heading = int(token.tag[1])
            if skipping and heading <= skipping:
                skipping = 0
        elif token.type == "heading_close":
            heading = 0
        elif skipping:
            continue
        elif token.type == "inline":
            content = _inline_text(token).strip()
            if heading:
                content = _ITEM_NUMBER.sub("", content)  # ## 5. 李强主持召开…: the item's place in the day
                if _SUMMARY.match(content):
                    skipping = heading  # ## 新闻摘要: the day's headlines, listed again under 详细新闻
                    continue
                if _SECTION_LABEL.match(content):
                    continue
            if items and not item_seen and _ARCHIVE_FIELD.match(content):
                continue  # - 数据源：央视网, - 抓取时间：…: what the archive says of its copy, over the items
            if content:
                blocks.append(content)
                if heading > 1:
                    heads.add(content)
        elif token.type in ("code_block", "fence"):
            blocks.append(token.content.strip())
        elif token.type == "html_block":
            blocks.extend(_html_lines(token.content))  # <p><strong>央视网消息</strong>…</p><p>…</p>
    return "\n\n".join(blocks) + "\n", frozenset(heads)
