"""Real items served in the page layouts of official news sites parse like their plain pages.

Each labelled item (tests/fixtures/labelled) is wrapped in five layouts modelled on
the article pages of common official sites: a central-government portal (UCAP
content, breadcrumb, font-size and share bar, editor line, related links), a news
agency (title in a span, split date, right column of hot links, 纠错/责任编辑),
a newspaper site (GB2312 page, dateline line, image, 责编, side column), a
provincial portal (table layout, 当前位置, 信息来源/浏览次数, 打印/关闭, ICP
footer) and a WeChat official-account article (each paragraph a <section> of its
own, 来源 and the time in the meta line, 阅读原文, the QR code). The related-link
lists carry directive-like headlines (要坚决打赢…) that must not be taken. Each must
give the directives, speakers, title, date and source of the plain page.
"""

from __future__ import annotations

import html as H
from pathlib import Path
from string import Template

import pytest
from bs4 import BeautifulSoup

from parsers.document import parse_document

LABELLED = Path(__file__).parent / "fixtures" / "labelled"
PAGES = sorted(p for p in LABELLED.glob("2020*-*.html") if p.name.count(".") == 1)


def item(page: Path) -> tuple[str, str, list[str]]:
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
    meta = soup.find("meta", attrs={"name": "PubDate"})
    assert soup.h1 is not None and meta is not None
    return soup.h1.get_text(), str(meta["content"]), [p.get_text() for p in soup.select("div.content p")]


SITES_DIR = Path(__file__).parent / "fixtures" / "sites"
SITES = sorted(p.stem for p in SITES_DIR.glob("*.html"))
RELATED = (
    '<ul><li><a href="/a1.htm">要坚决打赢疫情防控阻击战</a></li>'
    '<li><a href="/a2.htm">国务院常务会议部署稳就业工作</a></li>'
    '<li><a href="/a3.htm">各地要切实做好春耕生产</a></li></ul>'
)
#: How each layout sets a paragraph.
PARAGRAPH = {
    "gov": '<p style="text-indent: 2em; font-family: 宋体;">{}</p>',
    "xinhua": "<p>\u3000\u3000{}</p>",
    "people": "<p>\u3000\u3000{}</p>",
    "province": "<p>{}</p>",
    # a WeChat article: each paragraph a <section> of its own, the text in styled spans
    "wechat": (
        '<section data-role="paragraph"><p style="line-height: 1.75;">'
        '<span style="font-size: 15px;">{}</span></p></section>'
    ),
}


def render(site: str, title: str, pub: str, paragraphs: list[str]) -> str:
    """The page of ``site`` for an item: ``pub`` is ``YYYY-MM-DD HH:MM``."""
    day, time = pub.split(" ")
    year, month, dd = day.split("-")
    template = Template((SITES_DIR / f"{site}.html").read_text(encoding="utf-8"))
    return template.substitute(
        title=H.escape(title),
        pub=pub,
        pub_date=day,
        pub_time=time,
        pub_dashed=f"{day}-{time.replace(':', '-')}-00",
        pub_cn=f"{year}年{month}月{dd}日{time}",
        year=year,
        month=month,
        day=dd,
        body="".join(PARAGRAPH[site].format(H.escape(p)) for p in paragraphs),
        related=RELATED,
    )


@pytest.mark.parametrize("site", SITES)
@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_item_in_a_site_layout_parses_like_its_plain_page(page: Path, site: str) -> None:
    plain = parse_document(page.read_bytes(), source=str(page))
    raw = render(site, *item(page))
    encoding = "gb18030" if "gb2312" in raw[:200] else "utf-8"
    parsed = parse_document(raw.encode(encoding), source=f"{page.stem}-{site}.html")
    assert [(d.norm, d.speaker) for d in parsed.directives] == [(d.norm, d.speaker) for d in plain.directives]
    assert len(parsed.articles) == 1
    got, want = parsed.articles[0], plain.articles[0]
    assert (got.title, got.date, got.source) == (want.title, want.date, want.source)
