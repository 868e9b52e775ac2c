"""What a reader hands to the segmenter: blocks of text and page metadata."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Block:
    """One block of text in reading order: a line of a text page, a <p>, a heading.

    ``heading`` is True when the markup says so (h1-h6, a title element); a plain-text
    reader leaves it False and lets the segmenter judge from the text.
    """

    text: str
    heading: bool = False
    level: int = 0  # 1 for the main title, 2 for a subtitle or section, 0 for body
    cut: bool = False  # an HTML line that a <br> ended, its element going on after it


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What the page itself says about the article, outside its text."""

    title: str | None = None
    subtitle: str | None = None
    date: dt.date | None = None
    source: str | None = None  # publisher / 来源
    publication: str | None = None  # the newspaper whose page this is: the paper 本报 names
    byline: str | None = None  # the author a page's info line names (作者：袁涛)
    url: str | None = None
    issuer: str | None = None  # the body a government site's disclosure box says issued the text (发布机构)


@dataclass(frozen=True, slots=True)
class Page:
    """A reader's output for one article page or one e-paper page."""

    blocks: tuple[Block, ...]
    meta: PageMeta = PageMeta()


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One item of a JSON feed, as its mapping reads it."""

    title: str | None
    date: dt.date | None
    url: str | None
    html: str
