"""An RSS or Atom feed read as one document: each entry that carries its text is an
article, with the feed's title, date and link; an entry without text is a problem."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bulletin_diff.errors import InputError
from parsers.document import parse_document

FETCHING = Path(__file__).parent / "fixtures" / "fetching"


def test_an_rss_file_gives_an_article_per_entry_with_text() -> None:
    doc = parse_document((FETCHING / "rss.xml").read_bytes(), source="rss.xml")
    assert doc.document.reader == "rss"
    (article,) = doc.articles
    assert (article.title, article.date, article.url) == (
        "市政府常务会议研究部署近期重点工作",
        dt.date(2024, 5, 1),  # as the feed wrote it, +0800
        "/news/1.html",  # a file's relative link, as written
    )
    assert [d.text for d in doc.directives] == [
        "要坚持稳中求进工作总基调，扎实推进各项重点工作。",
        "各地各部门要压实责任。",
    ]
    assert doc.problems == ("2.html: the feed carries no text of this entry; `run` fetches its page",)
    assert (doc.document.date, doc.document.date_origin) == (dt.date(2024, 5, 2), "feed")


def test_an_atom_feed_with_its_own_encoding() -> None:
    text = (FETCHING / "atom.xml").read_text(encoding="utf-8")
    raw = text.replace('encoding="utf-8"', 'encoding="gb2312"', 1).encode("gb18030")
    assert b'encoding="gb2312"' in raw
    doc = parse_document(raw, source="atom.xml")
    expected = parse_document(text.encode("utf-8"), source="atom.xml")
    assert [(a.title, a.date, a.url) for a in doc.articles] == [(a.title, a.date, a.url) for a in expected.articles]
    assert [a.title for a in doc.articles] == ["关于做好汛期安全防范工作的通知", "关于开展农村人居环境整治的意见"]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("中共中央政治局常务委员会召开会议".encode(), "not an RSS or Atom feed"),  # --reader rss on a text
        (b'<?xml version="1.0"?><rss><oops', "no article text found"),  # a feed cut short: no entry
    ],
)
def test_what_gives_no_entry_is_an_input_error(raw: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_document(raw, source="broken.xml", reader="rss")
