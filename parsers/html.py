"""HTML article pages (and e-paper pages) → a :class:`~parsers.blocks.Page`.

Steps, with BeautifulSoup over lxml:

1. **Metadata** is read from the untouched page: ``<meta>`` tags, the ``<h1>``, the
   info line (``发布时间：2022-03-17 20:15 来源：新华社``), ``<title>``, the URL.
2. **Chrome** goes: script/style/nav/header/footer/aside/form/iframe… and elements
   whose id or class says nav, menu, breadcrumb, share, footer, sidebar, comment,
   related, copyright, toolbar, print, qrcode/ewm… – unless the element holds half
   of the page's Chinese text (``<form>`` wrappers of ASP.NET pages,
   ``#printContent``).
3. **The content container**: the first known one (``#UCAP-CONTENT``,
   ``.TRS_Editor``, ``#js_content`` of WeChat articles, ``.article``, ``.content``, …)
   that has Chinese text, else the element with the most Chinese text in its ``<p>``
   children and half of that of its grandchildren (paragraphs each in a ``<section>``),
   else the body.
4. **Blocks** in reading order: every ``<p>``, ``<li>``, ``<div>`` with direct text,
   each ``<br>``-separated line, headings (h1–h6, class ``title``/``bt``…) as
   ``Block(heading=True)``; inline elements stay in their paragraph. Whitespace
   runs become one space; chrome lines (breadcrumbs, info lines, 【打印】, 责任编辑,
   copyright/ICP footers…) are dropped, ``[视频]`` tags removed.
5. **Title**: a page whose content does not start with a heading gets its title
   (and subtitle) as leading heading blocks; a page that starts with headings
   (an e-paper page of several articles) keeps its own and the title is not repeated. A page
   with no heading markup at all whose first lines are headlines, under a ``<title>`` that
   only names the paper or the site (or followed by a dateline), is left to be read by the
   shape of its text, like a text page: its own headlines title its articles.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator, Sequence

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PreformattedString, Tag

from bulletin_diff.errors import EmptyDocumentError
from parsers.blocks import Block, Page, PageMeta
from parsers.dates import date_from_name, parse_date
from parsers.layout import (
    is_page_furniture,
    looks_like_headline,
    masthead,
    page_date,
    unwrap_blocks,
)
from parsers.segment import match_dateline
from parsers.webinfo import DATE_ONLY, info_source, is_info

logger = logging.getLogger(__name__)

_ALWAYS_DROP = ["script", "style", "noscript", "template", "svg", "object", "embed"]
_CHROME_TAGS = ["iframe", "form", "nav", "header", "footer", "aside", "select", "button", "input", "textarea"]
_CHROME_ATTR = re.compile(
    r"nav|menu|breadcrumb|crumb|share|footer|header|sidebar|comment|related|copyright|toolbar|print"
    r"|qrcode|(?:^|[-_])ewm",
    re.I,
)
_CONTAINERS = (
    "#UCAP-CONTENT", ".TRS_Editor", "#js_content", ".rich_media_content", ".article", ".content", "#content",
    ".pages_content", "article", ".text", "#zoom", ".con",
)  # fmt: skip
_HEADING_CLASS = re.compile(r"^(?:title|bt|tit|biaoti|(?:art|article|news)[-_]?title)$", re.I)
_SUBTITLE_CLASS = re.compile(r"^(?:sub[-_]?title|fbt|subtit|sub)$", re.I)
_BLOCK_TAGS = frozenset(
    ("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "main", "table", "thead", "tbody",
     "tfoot", "tr", "td", "th", "caption", "blockquote", "pre", "center", "figure", "figcaption", "address",
     "hr", "h1", "h2", "h3", "h4", "h5", "h6")
)  # fmt: skip
_CJK = re.compile(r"[\u3400-\u9fff]")
_SPACE = re.compile(r"\s+")
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff]")
_VIDEO_TAG = re.compile(r"\[视频\]|【视频】")

_CHROME_LINE = re.compile(
    r"您当前的位置|当前位置|^首页\s*[>＞›»/]|字[号体][:：]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中"
    r"|[【\[](?:打印|关闭|打印本页|关闭窗口|收藏|返回顶部)[】\]]|扫一扫在手机打开|^分享到|分享到[:：]"
    r"|^[（(【\[]?\s*(?:责任)?编辑[:：]|[（(【\[\s]责任编辑[:：]|[【\[]纠错[】\]]"
    r"|版权所有|ICP备|网站标识码|(?:主办|承办)单位\s*[:：]|Copyright|©"
    r"|^(?:上一篇|下一篇)[:：]|^相关(?:链接|新闻|阅读)"
    r"|[\[［【]\d{2}-\d{2}[\]］】]$"  # a list of the site's other articles, each with its day: …[06-11]
)
# a WeChat article sets its time from a script: var ct = "1648901700"; (seconds, or
# milliseconds, since the epoch), in China's time
_SCRIPT_TIME = re.compile(r"""(?:var\s+|window\.)ct\s*=\s*["'](\d{10}|\d{13})["']""")
_CHINA = dt.timezone(dt.timedelta(hours=8))
# a date set in pieces, the year apart from month/day (新华网: <em>2022</em> <em>03</em>/<em>17</em> 21:40:36)
_SPLIT_DATE = re.compile(r"^(\d{4})\s+(\d{1,2})\s*/\s*(\d{1,2})(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$")
# a trailing " - 新华网", "_中国政府网", "|人民网", "--盐城市人民政府" (a hyphen between digits
# and "——" are no separators)
_SITE_TAIL = re.compile(r"\s*(?:[_|｜–]+|(?<!—)—(?!—)|(?<!\d)-+|-+(?!\d))\s*([^_|｜—–-]{1,20}?)\s*$")

_MAX_CHROME_LINE = 200
# a heading whose text a paper's page sets in a <p> (<h3><p> 习近平在…时强调 </p></h3>), which lxml would move
# out of the heading
_PARAGRAPH_IN_HEADING = re.compile(r"<h([1-6])([^>]*)>\s*<p[^>]*>(.*?)</p>\s*</h\1>", re.I | re.S)


def html_to_page(text: str, *, url: str | None = None, source: str | None = None) -> Page:
    """Main content and metadata of one HTML page; see the module docstring."""
    soup = BeautifulSoup(_PARAGRAPH_IN_HEADING.sub(r"<h\1\2>\3</h\1>", text), "lxml")
    stamped = _script_date(soup)
    account = _account(soup)
    for tag in soup.find_all(_ALWAYS_DROP):
        tag.decompose()
    root = soup.body or soup
    page_lines = [part.text for b in _blocks(root) for part in _credit_then_print(b)]
    tags = _meta_tags(soup)
    page_title = _clean(soup.title.get_text()) if soup.title else ""
    headlines = [(h1, _inline_text(h1), _subtitle_after(h1)) for h1 in soup.find_all("h1")]
    classed = [t for t in soup.find_all(True) if t.name != "h1" and _has_class(t, _HEADING_CLASS)]
    longer = [_inline_text(t) for t in classed if not t.find("h1")] + [text for _, text, _ in headlines]
    over_info = _box_title(soup) + _over_info(soup, classed)

    _drop_chrome(root)
    several = _several_articles(root)
    container = several[0].parent if several and isinstance(several[0].parent, Tag) else _container(root)
    blocks = [b for node in several or [container] for b in _blocks(node) if b.heading or not _is_chrome(b.text)]
    blocks = [Block(_clean(_VIDEO_TAG.sub("", b.text)), b.heading, b.level, b.cut) for b in blocks]
    blocks = [part for b in blocks for part in _credit_then_print(b)]
    blocks = unwrap_blocks([b for b in blocks if b.text])
    if not any(not b.heading for b in blocks):
        raise EmptyDocumentError("HTML page has no article text", source)

    body_texts = {b.text for b in blocks}
    info = [line for line in page_lines if is_info(line)]  # then bare dates outside the article:
    outside = [line for line in page_lines if line not in body_texts]
    info += [line for line in outside if DATE_ONLY.match(line)]
    info += [f"{m[1]}-{m[2]}-{m[3]}" for line in outside if (m := _SPLIT_DATE.match(line))]
    info += [line for line in outside if is_page_furniture(line)]  # 2022年05月06日 星期五
    title, subtitle = _title(tags, container, headlines, page_title, longer, over_info)
    meta = PageMeta(
        title=title,
        subtitle=subtitle,
        date=_date(tags, info, page_title, url) or stamped,
        source=_meta_source(tags) or info_source(info) or account,
        url=url or tags.get("og:url"),
        publication=_publication(tags, page_title, page_lines),
    )
    return Page(blocks=tuple(_with_title(blocks, meta)), meta=meta)


# --- blocks -----------------------------------------------------------------------


def _blocks(node: Tag) -> Iterator[Block]:
    """Blocks of ``node`` in reading order: block elements and <br> end a line. A line
    a <br> ended is ``cut`` when its element has more text after it."""
    line: list[str] = []
    held: list[str] = []  # the last line a <br> ended, until it is known what follows

    def flush(cut: bool = False) -> Iterator[Block]:
        text = _clean("".join(line))
        line.clear()
        if held:  # cut when its line goes on at once; an element's end or a second <br> ends it
            yield Block(held[0], cut=bool(text))
            held.clear()
        if text and cut:
            held.append(text)
        elif text:
            yield Block(text)

    def walk(tag: Tag) -> Iterator[Block]:
        for child in tag.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, PreformattedString):  # comments, CDATA, doctype
                    line.append(str(child))
            elif isinstance(child, Tag):
                level = _heading_level(child)
                if child.name == "br":
                    yield from flush(cut=True)
                elif level:
                    yield from flush()
                    if text := _inline_text(child):
                        yield Block(text, heading=True, level=level)
                elif child.name in _BLOCK_TAGS:
                    yield from flush()
                    yield from walk(child)
                    yield from flush()
                else:
                    yield from walk(child)

    yield from walk(node)
    yield from flush()


def _heading_level(tag: Tag) -> int:
    name = tag.name or ""
    if re.fullmatch(r"h[1-6]", name):
        return 1 if name == "h1" else 2
    if name not in ("div", "p", "span", "strong", "b", "td", "a"):
        return 0
    level = 1 if _has_class(tag, _HEADING_CLASS) else 2 if _has_class(tag, _SUBTITLE_CLASS) else 0
    return level if level and tag.get_text(strip=True) and not tag.find(["p", "div", "br"]) else 0


def _has_class(tag: Tag, pattern: re.Pattern[str]) -> bool:
    return any(pattern.match(c) for c in tag.get_attribute_list("class") if c)


def _inline_text(tag: Tag) -> str:
    """A heading's text: inline markup joined as is, <br> and block tags as a space."""
    parts = [
        str(node) if isinstance(node, NavigableString) else " "
        for node in tag.descendants
        if (isinstance(node, NavigableString) and not isinstance(node, PreformattedString))
        or (isinstance(node, Tag) and (node.name == "br" or node.name in _BLOCK_TAGS))
    ]
    return _clean("".join(parts))


def _clean(text: str) -> str:
    return _SPACE.sub(" ", _INVISIBLE.sub("", text)).strip()


def _is_chrome(text: str) -> bool:
    return (len(text) <= _MAX_CHROME_LINE and bool(_CHROME_LINE.search(text))) or is_info(text)


_SITE = re.compile(r"(?:网|网站|门户网站|客户端|人民政府|政府)$")


def _names_the_site(title: str) -> bool:
    """A <title> that names the paper or the site (盐城晚报, 江苏省人民政府), not an article."""
    return masthead([title]) == title or bool(_SITE.search(title))


def _headline_then_text(blocks: list[Block], site_titled: bool) -> bool:
    """The first blocks are headline lines, then a dateline (新华日报讯 4月12日，…) or, when
    the page's <title> only names the site, any text."""
    run = 0
    while run < len(blocks) and looks_like_headline(blocks[run].text) and not match_dateline(blocks[run].text):
        run += 1
    return 0 < run < len(blocks) and (site_titled or match_dateline(blocks[run].text) is not None)


def _with_title(blocks: list[Block], meta: PageMeta) -> list[Block]:
    """Give a page whose content has no leading heading its title as heading blocks."""
    if blocks[0].heading or not meta.title:
        return blocks
    if blocks[0].text == meta.title:  # the title as a plain paragraph
        return [Block(meta.title, heading=True, level=1), *blocks[1:]]
    if not any(b.heading for b in blocks) and _headline_then_text(blocks, _names_the_site(meta.title)):
        # a page of plain paragraphs that opens with its own headline (an e-paper page set
        # as <p>s, titles and all): read by the shape of its text, like a text page
        return blocks
    head = [Block(meta.title, heading=True, level=1)]
    if meta.subtitle and blocks[0].text != meta.subtitle:
        head.append(Block(meta.subtitle, heading=True, level=2))
    return head + blocks


# --- chrome and container -----------------------------------------------------------


def _cjk_count(tag: Tag) -> int:
    return len(_CJK.findall(tag.get_text()))


def _drop_chrome(root: Tag) -> None:
    total = _cjk_count(root)
    chrome = root.find_all(_CHROME_TAGS) + root.find_all(_chrome_attrs)
    for tag in chrome:
        if tag.decomposed or tag is root:
            continue
        if total and _cjk_count(tag) * 2 >= total:
            continue  # a wrapper of the whole page, not chrome
        tag.decompose()


def _chrome_attrs(tag: Tag) -> bool:
    if tag.name in ("html", "body"):
        return False
    names = [*(tag.get("class") or []), str(tag.get("id") or "")]
    return any(_CHROME_ATTR.search(name) for name in names if name)


_ARTICLE_WRAPPERS = "article, div.article"
_ARTICLE_TEXT = 100  # Chinese characters an article wrapper holds at the least
_HEADINGS = re.compile(r"^h[1-3]$")
_OVER_INFO_HEADINGS = re.compile(r"^h[1-4]$")


def _several_articles(root: Tag) -> list[Tag]:
    """The articles of a page that sets several, each in a wrapper of its own with its headline
    (<div class="article"><h3>引题</h3><h1>标题</h1>…</div> over and over, as a paper's page of a day
    does); empty when the page holds one."""
    found = [
        tag
        for tag in root.select(_ARTICLE_WRAPPERS)
        if _cjk_count(tag) >= _ARTICLE_TEXT and tag.find(_HEADINGS) is not None
    ]
    outer = [tag for tag in found if not any(other is not tag and tag in other.descendants for other in found)]
    return outer if len(outer) > 1 else []


# the densest <p> text holds under a tenth of the page's: the text is set in lines (<div>…<br>…), not <p>
_FEW_PARAGRAPHS = 10


def _container(root: Tag) -> Tag:
    """A known container holding at least half the densest <p> text, else the densest:
    each <p> counts its Chinese text to its parent and half of it to the grandparent,
    so that paragraphs each wrapped in a <section> of their own (WeChat articles)
    still make their common container the densest. When the densest holds under a tenth of the
    page's Chinese text, the text is in lines of <div>s and <br>s and the whole page is read."""
    scores: dict[int, tuple[Tag, float]] = {id(root): (root, 0.0)}
    for p in root.find_all("p"):
        n = len(_CJK.findall(p.get_text()))
        parent = p.parent
        for share in (1.0, 0.5):
            if not isinstance(parent, Tag):
                break
            tag, score = scores.get(id(parent), (parent, 0.0))
            scores[id(parent)] = (tag, score + share * n)
            if parent is root:
                break
            parent = parent.parent
    densest, best = max(scores.values(), key=lambda ts: ts[1])
    if _cjk_count(densest) * _FEW_PARAGRAPHS < _cjk_count(root):  # a text set in <br> lines, a few <p> aside
        densest, best = root, 0.0
    density = int(best)
    for selector in _CONTAINERS:
        found = [tag for tag in root.select(selector) if _cjk_count(tag) >= max(10, density // 2)]
        if found:
            return max(found, key=_cjk_count)
    return densest


# --- metadata -----------------------------------------------------------------------


def _meta_tags(soup: BeautifulSoup) -> dict[str, str]:
    tags: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        content = tag.get("content")
        if isinstance(key, str) and isinstance(content, str) and content.strip():
            tags.setdefault(key.strip().lower(), _clean(content))
    return tags


def _title(
    tags: dict[str, str],
    container: Tag,
    headlines: list[tuple[Tag, str, str | None]],
    page_title: str,
    heading_texts: list[str],
    over_info: Sequence[str] = (),
) -> tuple[str | None, str | None]:
    """Title and subtitle: <meta> tags, the h1 in the content, an h1 the <title> starts
    with (not a logo), a headline (h1 or ``.title``…) that starts with the <title> and
    goes on (``heading_texts``), a headline set right over the info line (``over_info``),
    the <title> without its site name, any h1 left after chrome."""
    found = [(text, sub) for h1, text, sub in headlines if text and any(p is container for p in h1.parents)]
    found += [(text, sub) for _, text, sub in headlines if text and page_title.startswith(text)]
    while (m := _SITE_TAIL.search(page_title)) and m.start() > len(m.group(1)) and _closed(page_title[: m.start()]):
        page_title = page_title[: m.start()]  # (每周一学（2021年12月27日—1月2日）: a dash inside brackets is none)
    # a <title> that is the headline cut short (the headline's main line only)
    found += [(text, None) for text in heading_texts if page_title and text.startswith(page_title + " ")]
    found += [(text, None) for text in over_info]
    if page_title:
        found.append((page_title, None))
    found += [(text, sub) for h1, text, sub in headlines if text and not h1.decomposed]
    title = tags.get("og:title") or tags.get("articletitle") or (found[0][0] if found else None)
    subtitle = tags.get("subtitle") or next((sub for text, sub in found if text == title and sub), None)
    return title, subtitle


# a credit and where the e-paper ran the article, in one line: 本报评论员 《人民日报》（2026年07月04日 第 02 版）
_CREDIT_THEN_PRINT = re.compile(
    r"^(?P<credit>\S.{1,40}?)\s+(?P<ran>《\s*[\u4e00-\u9fff]{2,10}报\s*》\s*[（(][^()（）]{4,40}[)）])$"
)


_BOX_TITLE_LABEL = re.compile(r"^(?:标\s*题|名\s*称)\s*[:：]$")


def _box_title(soup: BeautifulSoup) -> list[str]:
    """The title a disclosure box gives, in the cell after its label (标　　题： | 国务院关于…的决定)."""
    for cell in soup.find_all(["td", "th", "span", "div", "li", "dt"]):
        if _BOX_TITLE_LABEL.match(_inline_text(cell)):
            value = cell.find_next_sibling()
            text = _inline_text(value) if isinstance(value, Tag) else ""
            if len(_CJK.findall(text)) >= 6:
                return [text]
    return []


_LEAF_LINES = ("div", "p", "span", "strong", "b", "font")  # (a table's cells are a box's values: 索引号 …)


def _over_info(soup: BeautifulSoup, classed: list[Tag]) -> list[str]:
    """Headlines whose next element is the page's info line (``发布时间：2017年05月24日 来源：…``),
    as a portal sets its article's headline: a heading (h1–h4, ``.title``…) or a line of
    text alone in its element, shaped like a headline, whatever its tag."""
    found = []
    for tag in [*soup.find_all(_OVER_INFO_HEADINGS), *classed, *soup.find_all(_LEAF_LINES)]:
        after = tag.find_next_sibling()
        if not isinstance(after, Tag) or not is_info(_inline_text(after)):
            continue
        text = _inline_text(tag)
        headed = tag.name in ("h1", "h2", "h3", "h4") or tag in classed
        leaf = not tag.find(list(_BLOCK_TAGS)) and len(_CJK.findall(text)) >= 6 and looks_like_headline(text)
        if text and not is_info(text) and (headed or leaf) and text not in found:
            found.append(text)
    return found


def _credit_then_print(block: Block) -> list[Block]:
    """The credit and the line saying where the paper ran it, as two lines."""
    m = _CREDIT_THEN_PRINT.match(block.text)
    if block.heading or m is None:
        return [block]
    return [Block(m["credit"]), Block(m["ran"])]


def _closed(text: str) -> bool:
    """Every bracket ``text`` opens it closes."""
    return text.count("（") + text.count("(") <= text.count("）") + text.count(")")


def _subtitle_after(h1: Tag) -> str | None:
    """The h2 or ``.subtitle`` right after an h1."""
    after = h1.find_next_sibling()
    if isinstance(after, Tag) and (after.name == "h2" or _has_class(after, _SUBTITLE_CLASS)):
        return _inline_text(after) or None
    return None


def _date(tags: dict[str, str], info: list[str], page_title: str, url: str | None) -> dt.date | None:
    for key in ("pubdate", "article:published_time", "publishdate", "firstpublishedtime", "og:release_date"):
        if key in tags and (found := parse_date(tags[key])):
            return found
    for line in info:
        if found := parse_date(line):
            return found
    if found := page_date([page_title]):  # an e-paper's <title>: 盐城晚报 2022年03月18日 第A02版
        return found
    return date_from_name(url) if url else None


def _publication(tags: dict[str, str], page_title: str, page_lines: list[str]) -> str | None:
    """The newspaper whose page this is: its masthead or date line, the site's name, or
    the tail of the page's <title> (``…_盐城晚报``)."""
    # mediaid: the paper a portal (新浪) reposts from
    heads = [page_title, tags.get("og:site_name", ""), tags.get("sitename", ""), tags.get("mediaid", "")]
    if found := masthead(heads + page_lines):
        return found
    tail = _SITE_TAIL.search(page_title)
    return masthead([tail.group(1)]) if tail else None


# 人民网: <meta name="source" content="来源：人民网－人民日报">, the paper it reprints
_PORTAL_PREFIX = re.compile(
    r"^(?:来源\s*[:：]\s*)?(?:[\u4e00-\u9fff]{1,8}网\s*[－—–-]\s*(?=[\u4e00-\u9fff]{1,12}(?:报|社|台|刊)$))?"
)


def _meta_source(tags: dict[str, str]) -> str | None:
    """The source a ``<meta>`` names, without a 来源： label or the portal that reprints it."""
    value = tags.get("contentsource") or tags.get("source")
    return (_PORTAL_PREFIX.sub("", value).strip() or None) if value else None


def _account(soup: BeautifulSoup) -> str | None:
    """The name of the WeChat account that posted the article (``#js_name``)."""
    tag = soup.find(id="js_name")
    return (_clean(tag.get_text()) or None) if isinstance(tag, Tag) else None


def _script_date(soup: BeautifulSoup) -> dt.date | None:
    """The date a page's script sets its time from (WeChat's ``var ct``), read before
    scripts are dropped."""
    for script in soup.find_all("script"):
        if m := _SCRIPT_TIME.search(script.get_text()):
            stamp = int(m.group(1)) / (1000 if len(m.group(1)) == 13 else 1)
            return dt.datetime.fromtimestamp(stamp, _CHINA).date()
    return None
