"""Rules for a portal's article page whose <title> names only the site's section: the headline is
the element set right over the info line (发布时间：… 来源：…), whatever its tag or class; a source
named in quotes and then as the kind of site it is (来源：“某某城市” 政府门户网站) is kept whole; and a
measure opened by where it applies (在…领域) whose verb jieba takes for a noun (积极探索) is a measure.
Under a copied page's article, the site's list of other items (精选专题 ⏎ - ⏎ a time stamp ⏎ a headline ⏎
its lead) is no article, while a label over a headline and its report heads one; a line that only
says where a picture stood (图片) and a back-to-home link the copy cut short (返回某某新闻首) are no text;
nor do the site's tags under the article (新华社 中共 习近平) or a list's label with its date (头条 22-01-21) head
an article, while the next notice's headline under a notice's sign-off heads one the page cut off. A page
copied from a portal starts at the headline right over its info line (刊发日期：…, or a site's name then 作者：…):
the site's report line, large-print switch (退出长者模式) and where the page is (首页 >> 本县头条) over it are the
site's, and so is its foot (地址：…, 电话：… 网站地图). A commentary's headline and its credit (新华社记者 李某某)
after a report open another article; an editor whose name has a rare letter (编辑:何巘) is the page's staff.
The site's section names over a headline (部委) are no part of it; a relayed notice whose title runs into its
dateline (新华社北京1月27日电国务院办公厅关于…的通知,全文如下:) keeps that title; an item cut from a day's
Markdown archive (## 4. 李克强主持召开… ⏎ … ⏎ > 原文：…) is read as Markdown.

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


def _text(*lines: str, day: dt.date | None = dt.date(2022, 3, 2)):  # type: ignore[no-untyped-def]
    return parse_document("\n".join(lines).encode(), source="page.txt", date=day)


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


def test_the_sites_tags_and_a_lists_label_under_the_article_head_no_article() -> None:
    for tail in (["新华社 中共 习近平 全国人大"], ["头条 22-01-21", "头"]):
        doc = _text(
            "全市疫情防控工作会议召开",
            "来源:某某新闻网 时间: 2022-03-02 09:05:32",
            "3月1日上午,全市疫情防控工作会议召开。会议要求,要毫不放松抓好各项防控工作。",
            *tail,
        )
        assert [a.title for a in doc.articles] == ["全市疫情防控工作会议召开"], tail


def test_the_next_notices_headline_under_a_sign_off_heads_a_notice_the_page_cut_off() -> None:
    doc = _text(
        "关于临时关闭部分道路的通告",
        "(2022年第3号)",
        "自2022年3月14日8时起,临时关闭以下道路。请广大驾乘人员提前做好出行规划,合理安排出行线路。",
        "某某市疫情防控指挥部办公室",
        "2022年3月14日",
        "关于加强当前社会防控工作的通告",
        "(2022年第4号)",
    )
    first, second = doc.articles
    assert (first.title, first.source) == ("关于临时关闭部分道路的通告", "某某市疫情防控指挥部办公室")
    assert (second.title, second.truncated, second.directives) == ("关于加强当前社会防控工作的通告", True, ())


def test_a_copied_portal_page_starts_at_the_headline_over_its_info_line() -> None:
    doc = _text(
        "某县互联网违法和不良信息举报受理方式",
        "举报电话:0000-1234567",
        "用户举报和投诉处理机制",
        "退出长者模式",
        "您的位置:",
        "首页 >> 本县头条",
        "",
        "",
        "全县防汛视频调度会召开",
        "",
        "我县组织收听收看",
        "刊发日期:2021-07-27 作者:  语音阅读:",
        "7月24日下午,全县防汛视频调度会召开。会议强调,要压实防汛责任。",
        "主办单位:某县水利局",
        "地址:某县某路1280号3号楼",
        "电话:0000-85682180   网站地图",
        day=None,
    )
    (article,) = doc.articles
    assert (article.title, article.subtitle, article.date) == (
        "全县防汛视频调度会召开",
        "我县组织收听收看",
        dt.date(2021, 7, 24),
    )
    assert [d.text for d in article.directives] == ["要压实防汛责任。"]


def test_an_info_line_that_names_the_site_then_the_author() -> None:
    doc = _text(
        "某市网 作者:某某",
        "【某市】全市安全生产专项整治部署会议召开",
        "",
        "来源: 某市政府网 时间: 2020-06-30 08:49:36",
        "6月28日,全市安全生产专项整治部署会议召开。会议要求,要守住安全底线。",
    )
    assert [a.title for a in doc.articles] == ["【某市】全市安全生产专项整治部署会议召开"]


def test_a_commentarys_headline_and_credit_after_a_report_open_another_article() -> None:
    doc = _text(
        "某某会见某国客人",
        "新华社北京5月12日电（记者王某）5月12日下午，某某会见某国客人。双方要深化合作。",
        "某某参加会见。",
        "走出一条合作共赢之道",
        "新华社记者 李某某",
        "双方理应拉长合作清单，回应人民期待。",
        "编辑:何巘",
    )
    assert [(a.title, a.byline) for a in doc.articles] == [
        ("某某会见某国客人", "王某"),
        ("走出一条合作共赢之道", "李某某"),
    ]


def test_the_sites_section_names_over_a_headline_are_no_part_of_it() -> None:
    doc = _text(
        "首页学习时政看点评论权益视频财经企业就业民生国际军事理论汽车健康人物书画摄影旅行文化公益教育娱乐体育",
        "",
        "某某新闻",
        "",
        "部委",
        "",
        "某某总局关于坚决维护防疫用品市场价格秩序的公告",
        "",
        "2020-01-25 12:44:22 某某总局网站",
        "",
        "一、严禁哄抬价格。各经营者要依法经营。",
    )
    assert [(a.title, a.source) for a in doc.articles] == [
        ("某某总局关于坚决维护防疫用品市场价格秩序的公告", "某某总局网站")
    ]


def test_a_relayed_notices_title_run_into_its_dateline() -> None:
    doc = _text(
        "新华社北京1月27日电国务院办公厅关于延长2020年春节假期的通知,全文如下:",
        "各省、自治区、直辖市人民政府:",
        "经国务院批准,现将有关安排通知如下。",
        "一、各地大专院校、中小学、幼儿园推迟开学,具体时间由教育部另行通知。",
        "国务院办公厅",
        "2020年1月26日",
    )
    (article,) = doc.articles
    assert (article.title, article.source, article.place) == (
        "国务院办公厅关于延长2020年春节假期的通知",
        "新华社",
        "北京",
    )


def test_an_item_cut_from_a_days_markdown_archive_is_read_as_markdown() -> None:
    doc = _text(
        "## 4. 李克强主持召开国务院常务会议",
        "",
        "央视网消息（新闻联播）：国务院总理李克强2月18日主持召开国务院常务会议。会议要求，要抓紧出台支持政策。",
        "",
        "> 原文：http://tv.example.cn/2020/02/18/a.shtml",
    )
    (article,) = doc.articles
    assert (article.title, article.source) == ("李克强主持召开国务院常务会议", "央视网")
    assert [d.text for d in article.directives] == ["要抓紧出台支持政策。"]
