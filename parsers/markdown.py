"""Markdown as plain lines: archives of bulletins kept as Markdown (a day's 新闻联播 as
``# 《新闻联播》 (20221110)`` over ``### title`` and its paragraphs) read like any text.

:func:`looks_like_markdown` says whether a text is Markdown; :func:`markdown_lines` gives each
heading and paragraph as a line of its own, without the marks: ``#`` and emphasis go, a link
keeps its words, an image and an HTML comment (``<!--repaste.body.begin-->``) go, and a heading
its number in the day's list (``## 5. 李强主持召开国务院常务会议``). Parsing is
markdown-it-py's (CommonMark).
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.M)
_MARKED_LINE = re.compile(r"^(?:#{1,6}[ \t]+\S|\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\s]+\))", re.M)
_SCAN = 4096
_ITEM_NUMBER = re.compile(r"^\d{1,3}\.\s+")


def looks_like_markdown(text: str) -> bool:
    """Markdown: it opens with a heading (``# …``) and marks at least one more line as Markdown
    (another heading, a bold lead, a link)."""
    head = text.lstrip("\ufeff \t\r\n")[:_SCAN]
    return bool(_HEADING.match(head)) and len(_MARKED_LINE.findall(head)) >= 2


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "html_inline":
            continue  # <!--…--> and tags the archive kept
    return "".join(parts)


def markdown_lines(text: str) -> str:
    """The text of a Markdown document: each heading and paragraph a line (a paragraph's own
    line breaks kept), blocks set apart by an empty line."""
    tokens = MarkdownIt("commonmark").parse(text)
    blocks: list[str] = []
    heading = False
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            heading = token.type == "heading_open"
        elif token.type == "inline":
            content = _inline_text(token).strip()
            if heading:
                content = _ITEM_NUMBER.sub("", content)  # ## 5. 李强主持召开…: the item's place in the day
            if content:
                blocks.append(content)
        elif token.type in ("code_block", "fence"):
            blocks.append(token.content.strip())
    return "\n\n".join(blocks) + "\n"
