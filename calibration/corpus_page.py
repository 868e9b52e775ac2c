"""Write one item of the daily-bulletin corpus as a small standalone HTML page.

    .venv/bin/python calibration/corpus_page.py ../shared/corpus/xwlb/2020/20200227.json 1 OUT.html

The page has the shape of the labelled fixtures (tests/fixtures/labelled/README.md):
the title, the publication time, and ``<div class="content">`` holding the item's
``video_detail.content`` byte for byte.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from pathlib import Path


def page(item: dict[str, object]) -> str:
    detail = item["video_detail"]
    assert isinstance(detail, dict)
    title = html.escape(str(detail["title"]).removeprefix("[视频]"))
    pubtime = str(detail["pubtime"])[:16]
    return (
        f'<html><head><meta charset="utf-8"><title>{title}_央视网</title>'
        f'<meta name="PubDate" content="{pubtime}"></head><body>'
        '<div class="nav">首页 &gt; 新闻 &gt; 正文</div>'
        f"<h1>{title}</h1>"
        f'<div class="info">发布时间：{pubtime} 来源：{html.escape(str(detail["source"]))}</div>'
        f'<div class="content">{detail["content"]}</div>'
        '<div class="footer">版权所有 中央广播电视总台 央视网 京ICP备（测试页，从略）</div></body></html>'
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus_file", type=Path)
    ap.add_argument("index", type=int)
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    items = json.loads(args.corpus_file.read_text(encoding="utf-8"))["videoList"]
    args.out.write_text(page(items[args.index]), encoding="utf-8", newline="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
