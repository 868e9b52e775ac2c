"""Rules for a portal's article page whose <title> names only the site's section: the headline is
the element set right over the info line (发布时间：… 来源：…), whatever its tag or class; a source
named in quotes and then as the kind of site it is (来源：“某某城市” 政府门户网站) is kept whole; and a
measure opened by where it applies (在…领域) whose verb jieba takes for a noun (积极探索) is a measure.
Under a copied page's article, the site's list of other items (精选专题 ⏎ - ⏎ a time stamp ⏎ a headline ⏎
its lead) is no article, while a label over a headline and its report heads one; a line that only
says where a picture stood (图片) and a back-to-home link the copy cut short (返回某某新闻首) are no text.

The pages are written for these tests in the manner of such sites; none is copied from a real page.
"""

from __future__ import annotations

import datetime as dt

from parsers.document import parse_document

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>信用某地_信用动态</title></head>
<body>
<div class="top"><ul><li><a href="#">首页</a></li><li><a href="#">信用动态</a></li>
<li><a href="#">政策法规</a></li></ul></div>
<div class="wrap">
  <div class="nav-left"><h3 class="nav-left-title">信用动态</h3>
    <ul><li><a href="#">本地动态</a></li><li><a href="#">省市动态</a></li></ul></div>
  <div class="cont-right">
    <div class="cont-title"><span><a href="#">首页</a></span><span>></span><span><a href="#">信用动态</a></span></div>
    <{tag} class="{cls}">某市召开社会信用体系建设推进会议</{tag}>
    <div class="time-source"><span>发布时间：2019年06月12日</span><span>来源：“某某城市” 政府门户网站</span></div>
    <div class="img-text">
      <p>6月12日下午，某市召开社会信用体系建设推进会议，副市长某某某出席会议。</p>
      <p>会议强调，各部门要抓紧补齐信用信息归集的短板。一是建设信用信息平台。今年年底前，各区县要完成平台对接；在招标投标领域积极探索信用承诺制度。二是推进政务诚信建设。</p>
    </div>
  </div>
</div>
<div class="footer">版权所有：某某市发展和改革委员会</div>
</body></html>
"""


def _page(tag: str, cls: str):  # type: ignore[no-untyped-def]
    return parse_document(PAGE.replace("{tag}", tag).replace("{cls}", cls).encode(), source="page.html")


def test_the_headline_over_the_info_line_is_the_title_whatever_its_tag() -> None:
    for tag, cls in (("h3", "title-top"), ("div", "article-head"), ("h2", "")):
        (article,) = _page(tag, cls).articles
        assert (article.title, article.date) == ("某市召开社会信用体系建设推进会议", dt.date(2019, 6, 12)), tag


def test_a_source_named_in_quotes_then_as_a_kind_of_site_is_kept_whole() -> None:
    (article,) = _page("h3", "title-top").articles
    assert article.source == "“某某城市” 政府门户网站"


def test_a_measure_opened_by_where_it_applies_with_an_earnest_verb_is_a_measure() -> None:
    (article,) = _page("h3", "title-top").articles
    texts = [d.text for d in article.directives]
    assert "在招标投标领域积极探索信用承诺制度。" in texts
    assert "今年年底前，各区县要完成平台对接；" in texts


def _text(*lines: str):  # type: ignore[no-untyped-def]
    return parse_document("\n".join(lines).encode(), source="page.txt", date=dt.date(2022, 3, 2))


def test_a_sites_list_of_other_items_under_the_article_is_no_article() -> None:
    doc = _text(
        "全市疫情防控工作会议召开",
        "来源:某某新闻网 时间: 2022-03-02 09:05:32",
        "3月1日上午,全市疫情防控工作会议召开。会议要求,要毫不放松抓好各项防控工作。",
        "图片",
        "精选专题",
        "-",
        "2022-05-25 16:00:09",
        "市委理论学习中心组举行集体学习",
        "5月24日下午,市委理论学习中心组举行集体学习,专题学习有关文件精神。",
        "-",
        "2022-05-24 10",
        "返回某某新闻首",
    )
    (article,) = doc.articles
    assert (article.title, article.subtitle, article.source, article.date) == (
        "全市疫情防控工作会议召开",
        None,
        "某某新闻网",
        dt.date(2022, 3, 1),
    )
    assert [d.text for d in article.directives] == ["要毫不放松抓好各项防控工作。"]


def test_a_label_over_a_headline_and_its_report_heads_an_article() -> None:
    doc = _text(
        "全市疫情防控工作会议召开",
        "来源:某某新闻网 时间: 2022-03-02 09:05:32",
        "3月1日上午,全市疫情防控工作会议召开。会议要求,要毫不放松抓好各项防控工作。",
        "推荐阅读",
        "市委理论学习中心组举行集体学习",
        "本报讯 3月1日下午,市委理论学习中心组举行集体学习。会议要求,要把学习成果转化为工作动力。",
    )
    assert [a.title for a in doc.articles] == ["全市疫情防控工作会议召开", "市委理论学习中心组举行集体学习"]
