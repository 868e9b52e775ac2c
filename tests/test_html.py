"""parsers.html (main content, blocks, metadata) and parsers.detect (which reader)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bulletin_diff.errors import EmptyDocumentError
from parsers.blocks import Block, Page
from parsers.detect import detect_reader
from parsers.document import parse_document
from parsers.html import html_to_page

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
TITLE = "国务院联防联控机制部署进一步做好疫情防控工作"


def page_of(name: str, url: str | None = None) -> Page:
    return html_to_page((FIXTURES / name).read_text(encoding="utf-8"), url=url)


def body(page: Page) -> list[str]:
    return [b.text for b in page.blocks if not b.heading]


def wrap(inner: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{inner}</body></html>"


def test_gov_page_keeps_only_the_article() -> None:
    page = page_of("gov_article.html", url="https://www.gov.cn/xinwen/2022-03/17/content_5679596.htm")
    assert page.blocks[0] == Block(TITLE, heading=True, level=1)
    assert [b for b in page.blocks if b.heading] == [page.blocks[0]]
    assert body(page) == [
        "新华社北京3月17日电 国务院联防联控机制3月17日召开电视电话会议，部署进一步做好疫情防控工作。",
        "会议强调，要坚持“外防输入、内防反弹”总策略，坚持动态清零总方针。",
        "会议要求：",
        "一是压实四方责任；",
        "二是加强重点人群检测。",
        "要做好群众生活物资保障&医疗服务工作。",
    ]
    assert page.meta.title == TITLE
    assert page.meta.date == dt.date(2022, 3, 17)
    assert page.meta.source == "新华社"
    assert page.meta.url == "https://www.gov.cn/xinwen/2022-03/17/content_5679596.htm"
    everything = "".join(b.text for b in page.blocks)
    for chrome in ("脚本", "首页", "当前位置", "打印", "责任编辑", "分享", "扫一扫", "相关", "版权", "ICP", "主办"):
        assert chrome not in everything


def test_br_entities_nbsp_and_crlf() -> None:
    html = wrap(
        "<div id='zoom'>\r\n<p>\u3000\u3000第一行&nbsp;<br/>第二行&#x3002;<br>\r\n<br />"
        "&#12288;第三行&#8220;引号&#8221;&lt;b&gt;</p>\r\n<p>英文 words&nbsp;&nbsp;  and\r\n spaces 中文</p></div>"
    )
    assert body(html_to_page(html)) == ["第一行", "第二行。", "第三行“引号”<b>", "英文 words and spaces 中文"]


def test_inline_elements_stay_in_their_paragraph() -> None:
    html = wrap(
        "<div class='TRS_Editor'><p>会议<strong>强调</strong>，要<a href='#'>坚持</a><span>人民</span>"
        "<font color=red>至上</font>。</p><div>直接在div里的文字<p>嵌套段落</p>尾巴</div>"
        "<ul><li>第一项</li><li>第二项</li></ul></div>"
    )
    assert body(html_to_page(html)) == [
        "会议强调，要坚持人民至上。",
        "直接在div里的文字",
        "嵌套段落",
        "尾巴",
        "第一项",
        "第二项",
    ]


def test_title_paragraph_becomes_the_heading() -> None:
    html = wrap(
        "<div class='content'><p>关于做好疫情防控工作的通知</p><p>各区县人民政府：</p></div>",
        "<title>关于做好疫情防控工作的通知</title>",
    )
    assert html_to_page(html).blocks == (Block("关于做好疫情防控工作的通知", True, 1), Block("各区县人民政府："))


def test_video_tag_removed() -> None:
    html = wrap("<div class='content'><p>[视频]国内联播快讯</p><p>【视频】</p><p>正文内容。</p></div>")
    assert body(html_to_page(html)) == ["国内联播快讯", "正文内容。"]


def test_chrome_lines_inside_the_content() -> None:
    html = wrap(
        "<div class='article'>"
        "<p>您当前的位置：首页 &gt; 要闻</p><p>首页 &gt; 新闻中心</p>"
        "<p>发布日期：2022-03-17　浏览次数：1234　字号：[ 大 中 小 ]</p>"
        "<p>信息来源：省卫健委</p><p>来源：人民日报</p>"
        "<p>全省疫情防控工作会议召开，部署下一阶段重点任务。</p>"
        "<p>会议要求，来源：不明的物品要严格检测。报名时间：3月20日前。</p>"
        "<p>【打印】【关闭】</p><p>扫一扫在手机打开当前页</p><p>分享到：微信 微博</p>"
        "<p>（责任编辑：李四）</p><p>编辑：王五</p>"
        "<p>版权所有：某省人民政府办公厅 网站标识码3200000000 苏ICP备0000号</p></div>"
    )
    page = html_to_page(html)
    assert body(page) == [
        "全省疫情防控工作会议召开，部署下一阶段重点任务。",
        "会议要求，来源：不明的物品要严格检测。报名时间：3月20日前。",
    ]
    assert page.meta.date == dt.date(2022, 3, 17)
    assert page.meta.source == "省卫健委"  # the first info line


def test_epaper_page_keeps_each_article_heading() -> None:
    page = page_of("epaper.html")
    headings = [b for b in page.blocks if b.heading]
    assert [b.text for b in headings] == ["市委常委会召开会议 研究部署疫情防控工作", "全市新增确诊病例清零"]
    assert page.blocks[0] == headings[0]  # the page title is not put before the articles
    assert page.meta.title == "盐城晚报 2022年03月18日 第A02版：要闻"
    assert page.meta.publication == "盐城晚报"  # the paper both 本报讯 name
    assert page.meta.date == dt.date(2022, 3, 18)  # from the e-paper's <title>
    assert len(body(page)) == 4
    assert not any("上一版" in b.text or "ICP" in b.text for b in page.blocks)


def test_epaper_with_class_titles() -> None:
    html = wrap(
        "<div class='con'><div class='bt'>第一篇标题</div><p>第一篇的正文，内容足够长。</p>"
        "<div class='bt'>第二篇标题</div><p>第二篇的正文，内容也足够长。</p></div>",
        "<meta property='og:title' content='第一篇标题'>",
    )
    page = html_to_page(html)
    assert page.blocks == (
        Block("第一篇标题", heading=True, level=1),
        Block("第一篇的正文，内容足够长。"),
        Block("第二篇标题", heading=True, level=1),
        Block("第二篇的正文，内容也足够长。"),
    )


def test_heading_levels_and_subtitle() -> None:
    html = wrap(
        "<div class='article'><h1>主<span>标题</span></h1><h2>副标题</h2><p>导语段落的文字。</p>"
        "<h3>一、总体要求</h3><p>坚持人民至上。</p></div>"
    )
    page = html_to_page(html)
    assert page.blocks[:3] == (Block("主标题", True, 1), Block("副标题", True, 2), Block("导语段落的文字。"))
    assert page.blocks[3] == Block("一、总体要求", heading=True, level=2)
    assert (page.meta.title, page.meta.subtitle) == ("主标题", "副标题")


def test_meta_tags() -> None:
    head = (
        '<meta property="og:title" content="开放图谱标题"><meta name="ArticleTitle" content="文章标题">'
        '<meta name="subtitle" content="副题"><meta name="PubDate" content="2022-03-17 20:15">'
        '<meta name="ContentSource" content="新华社"><title>网页标题_中国政府网</title>'
    )
    page = html_to_page(wrap("<div id='content'><p>正文第一段的文字。</p></div>", head))
    assert page.meta.title == "开放图谱标题"
    assert page.meta.subtitle == "副题"
    assert page.meta.date == dt.date(2022, 3, 17)
    assert page.meta.source == "新华社"
    assert page.blocks[:2] == (Block("开放图谱标题", True, 1), Block("副题", True, 2))


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta property="article:published_time" content="2022-03-16T08:00:00+08:00">', dt.date(2022, 3, 16)),
        ('<meta name="publishdate" content="2022/03/15">', dt.date(2022, 3, 15)),
        ('<meta name="source" content="人民网">', None),
    ],
)
def test_meta_dates(head: str, expected: dt.date | None) -> None:
    page = html_to_page(wrap("<div class='text'><p>正文第一段的文字。</p></div>", head))
    assert page.meta.date == expected


def test_source_meta() -> None:
    page = html_to_page(wrap("<p>正文第一段的文字。</p>", '<meta name="source" content="人民网">'))
    assert page.meta.source == "人民网"


@pytest.mark.parametrize(
    ("info", "date", "source"),
    [
        ("发布时间：2022-03-17 20:15 来源：新华社", dt.date(2022, 3, 17), "新华社"),
        ("2022年03月17日 20:15 来源： 人民日报 作者：张三", dt.date(2022, 3, 17), "人民日报"),
        ("时间：2022.03.17 | 来源：省政府办公厅 | 浏览量：10", dt.date(2022, 3, 17), "省政府办公厅"),
        ("【字体：大 中 小】来源：新华社2022-03-17 20:15", dt.date(2022, 3, 17), "新华社"),
        ("2022-03-17", dt.date(2022, 3, 17), None),
    ],
)
def test_info_line(info: str, date: dt.date, source: str | None) -> None:
    html = wrap(f"<h1>标题</h1><div class='info'>{info}</div><div class='content'><p>正文第一段的文字。</p></div>")
    page = html_to_page(html)
    assert (page.meta.date, page.meta.source) == (date, source)
    assert body(page) == ["正文第一段的文字。"]


def test_info_line_beats_dates_of_a_news_list() -> None:
    html = wrap(
        "<div class='left'><ul><li>2022-03-01</li><li>2022-03-02</li></ul></div>"
        "<div class='pages-date'>发布时间：2022-03-17</div><div id='zoom'><p>正文第一段的文字。</p>"
        "<p>某某市人民政府办公室</p><p>2022年3月16日</p></div>"
    )
    page = html_to_page(html)
    assert page.meta.date == dt.date(2022, 3, 17)
    assert body(page)[-1] == "2022年3月16日"  # a signature date is article text


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://www.gov.cn/zhengce/content/202203/t20220317_123.html", dt.date(2022, 3, 17)),
        ("https://tv.cctv.com/2020/01/25/VIDEbW4uFQHrZo2OKgC3Qtgq200125.shtml", dt.date(2020, 1, 25)),
        ("https://example.org/news/123.html", None),
    ],
)
def test_date_from_url(url: str, expected: dt.date | None) -> None:
    assert html_to_page(wrap("<p>正文第一段的文字。</p>"), url=url).meta.date == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "国务院办公厅关于做好疫情防控工作的通知_政府信息公开专栏_中国政府网",
            "国务院办公厅关于做好疫情防控工作的通知",
        ),
        ("习近平主持召开中央政治局常委会会议 - 新华网", "习近平主持召开中央政治局常委会会议"),
        (
            "不负韶华 跑出新时代中国风采——习主席新年贺词引发热烈反响|央视网",
            "不负韶华 跑出新时代中国风采——习主席新年贺词引发热烈反响",
        ),
        ("2022-2023年度工作要点—某某市人民政府", "2022-2023年度工作要点"),
        ("市政府召开疫情防控工作会议--盐城市人民政府", "市政府召开疫情防控工作会议"),
        ("省委召开会议__新闻中心__江苏省人民政府", "省委召开会议"),
        ("通知", "通知"),
    ],
)
def test_title_from_title_tag(title: str, expected: str) -> None:
    page = html_to_page(wrap("<p>正文第一段的文字。</p>", f"<title>{title}</title>"))
    assert page.meta.title == expected


def test_logo_h1_is_not_the_title() -> None:
    html = wrap(
        "<div class='top'><h1><a href='/'>某省人民政府</a></h1></div>"
        "<div class='pages_content'><p>正文第一段的文字。</p></div>",
        "<title>关于进一步做好疫情防控工作的通知_某省人民政府</title>",
    )
    assert html_to_page(html).meta.title == "关于进一步做好疫情防控工作的通知"


def test_density_fallback_without_known_container() -> None:
    html = wrap(
        "<div id='left'><ul><li><a>链接一的标题文字</a></li><li><a>链接二的标题文字</a></li></ul></div>"
        "<div id='main'><div id='wrap'><p>第一段：会议强调要做好疫情防控工作。</p>"
        "<p>第二段：会议要求压实四方责任。</p></div></div>"
        "<div id='right'><p>热点</p></div>"
    )
    assert body(html_to_page(html)) == ["第一段：会议强调要做好疫情防控工作。", "第二段：会议要求压实四方责任。"]


def test_small_known_container_loses_to_dense_text() -> None:
    html = wrap(
        "<div class='con'>侧栏：专题专栏入口链接若干条目</div>"
        "<div id='body'><p>" + "会议强调要做好疫情防控工作。" * 5 + "</p><p>会议要求压实四方责任。</p></div>"
    )
    assert body(html_to_page(html))[-1] == "会议要求压实四方责任。"


def test_page_wrappers_that_look_like_chrome_are_kept() -> None:
    html = wrap(
        "<form id='form1' action='x.aspx'><div class='nav'>首页 要闻 政务</div>"
        "<div id='printContent'><p>会议强调，要做好疫情防控工作。</p><p>会议要求压实责任。</p></div></form>"
    )
    assert body(html_to_page(html)) == ["会议强调，要做好疫情防控工作。", "会议要求压实责任。"]


def test_fragment_without_html_skeleton() -> None:
    fragment = "<p>央视网消息（新闻联播）：<br /></p>\n<p>我国粮食产业2019年产值预计超3万亿</p>\n<p>正文。<br /></p>"
    page = html_to_page(fragment)
    assert page.blocks == (
        Block("央视网消息（新闻联播）："),
        Block("我国粮食产业2019年产值预计超3万亿"),
        Block("正文。"),
    )
    assert page.meta.title is None


@pytest.mark.parametrize(
    "html",
    [
        "",
        "<html><head><title>只有标题</title></head><body></body></html>",
        wrap("<div class='footer'>版权所有 京ICP备05070218号</div><script>var a = '脚本';</script>"),
        wrap("<h1>只有标题没有正文</h1>"),
        wrap("<div class='content'><p>&nbsp;</p><p>\u3000</p><img src='a.png'></div>"),
    ],
)
def test_no_article_text(html: str) -> None:
    with pytest.raises(EmptyDocumentError, match="HTML page has no article text") as info:
        html_to_page(html, source="page.html")
    assert info.value.source == "page.html"


# --- detect ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        ("<!DOCTYPE html><html><head>", None, "html"),
        ("\ufeff  <html lang='zh'>", None, "html"),
        ("<?xml version='1.0'?>\n<!-- x -->\n<!doctype html>", None, "html"),
        ("<p>第一段</p><p>第二段</p>", None, "html"),
        (b"<div>\xd5\xfd\xce\xc4</div><div>more</div>", None, "html"),
        ('{"total": 1, "videoList": []}', None, "json"),
        (b'[{"a": 1}]', "x.txt", "json"),
        ('{"total": 15, "videoList": [{"video_title": "[视频]', None, "json"),  # a cut-off head
        ('{"videoList": [{"video_detail": {"content": "<p>一</p><p>二</p><div>三</div>"}}]}', None, "json"),
        ("[视频]国内联播快讯\n正文", None, "text"),
        ("中共中央政治局常务委员会召开会议\n\n新华社北京3月17日电", None, "text"),
        ("中共中央政治局常务委员会召开会议", "page.shtml", "html"),
        ("中共中央政治局常务委员会召开会议", "https://example.org/a/b.HTM?x=1", "html"),
        ("no markup", "day.json", "json"),
        ("no markup", "notes.txt", "text"),
        ("一个<p>标签", None, "text"),
        ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><item>', None, "rss"),
        ('<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><feed xmlns="http://www.w3.org/2005/Atom">', None, "rss"),
        ("<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><item><p>一</p><p>二</p>", None, "rss"),
    ],
)
def test_detect_reader(head: bytes | str, name: str | None, expected: str) -> None:
    assert detect_reader(head, name) == expected


def test_a_headline_longer_than_the_title_tag_is_the_title() -> None:
    # the <title> keeps only the headline's main line; the page's .tit has it whole
    html = wrap(
        "<div class='wz'>当前位置：首页 &gt; 要闻</div><div class='tit'>省委常委会召开会议 研究部署疫情防控工作</div>"
        "<div class='zw'><p>会议指出，要坚决落实“四早”要求，以快制快阻断疫情传播链条。</p></div>",
        "<title>省委常委会召开会议</title>",
    )
    page = html_to_page(html)
    assert page.meta.title == "省委常委会召开会议 研究部署疫情防控工作"
    assert page.blocks[0] == Block("省委常委会召开会议 研究部署疫情防控工作", heading=True, level=1)


def test_paragraphs_each_in_a_section_of_their_own_stay_together() -> None:
    sections = "".join(
        f'<section><p><span style="font-size:15px">{text}</span></p></section>'
        for text in (
            "4月2日下午，市指挥部召开会议。",
            "戴源强调，要从严从紧抓好各项防控措施，做到应检尽检。",
            "会议要求，要压实“四方责任”。",
        )
    )
    page = html_to_page(
        '<html><head><title>市指挥部召开会议</title></head><body><div class="sidebar-x"><p>热点</p></div>'
        f'<div id="post-body-9">{sections}</div><div id="foot"><p>扫一扫关注</p></div></body></html>'
    )
    texts = [b.text for b in page.blocks if not b.heading]
    assert texts[:3] == [
        "4月2日下午，市指挥部召开会议。",
        "戴源强调，要从严从紧抓好各项防控措施，做到应检尽检。",
        "会议要求，要压实“四方责任”。",
    ]


def test_the_time_after_the_posting_account_dates_the_page() -> None:
    page = html_to_page(
        "<html><body><h1>市指挥部召开会议</h1>"
        '<div id="meta_content"><span>盐城发布</span> <em>2022-04-02 20:15</em></div>'
        "<div><p>会议要求，要压实“四方责任”。</p></div></body></html>"
    )
    assert page.meta.date == dt.date(2022, 4, 2)


@pytest.mark.parametrize(("title", "paper"), [("市委召开会议_盐城晚报", "盐城晚报"), ("市委召开会议_疫情快报", None)])
def test_the_papers_name_at_the_tail_of_the_title(title: str, paper: str | None) -> None:
    page = html_to_page(
        f"<html><head><title>{title}</title></head><body><h1>市委召开会议</h1>"
        "<p>本报讯 3月17日，市委召开会议。会议强调，要做好疫情防控工作。</p></body></html>"
    )
    assert page.meta.publication == paper  # a column's name (快报) is no paper's


@pytest.mark.parametrize(
    ("html", "lines"),
    [
        ("<p>甲一<br>乙二<br>丙三</p>", [("甲一", True), ("乙二", True), ("丙三", False)]),
        ("<p>甲一<br></p><p>乙二</p>", [("甲一", False), ("乙二", False)]),
        ("<p>甲一<br><br>乙二</p>", [("甲一", False), ("乙二", False)]),  # two <br>: a paragraph ends
        ("<p>甲一<br>乙二<h2>标题</h2>丙三</p>", [("甲一", True), ("乙二", False), ("标题", False), ("丙三", False)]),
    ],
)
def test_a_line_a_br_ended_is_cut_when_its_element_goes_on(html: str, lines: list[tuple[str, bool]]) -> None:
    page = html_to_page(f"<html><body><div>{html}</div></body></html>")
    assert [(b.text, b.cut) for b in page.blocks] == lines


@pytest.mark.parametrize("between", ["", "\n"])
def test_a_date_set_in_pieces_dates_the_page(between: str) -> None:
    # 新华网 sets the year, the month/day and the time in spans of their own
    page = html_to_page(
        "<html><body><h1>中共中央政治局常务委员会召开会议</h1>"
        f'<div class="header-time left"><span class="year"><em> 2022</em></span>{between}'
        f'<span class="day"><em> 03</em>/<em>17</em></span>{between}<span class="time">21:40:36</span></div>'
        '<div class="source">来源：新华社</div>'
        "<div id='detail'><p>会议要求，要压实“四方责任”。</p></div></body></html>"
    )
    assert (page.meta.date, page.meta.source) == (dt.date(2022, 3, 17), "新华社")


def test_a_year_and_a_fraction_in_the_article_do_not_date_the_page() -> None:
    page = html_to_page(wrap("<h1>标题</h1><div class='content'><p>2022 3/4</p><p>正文第一段的文字。</p></div>"))
    assert page.meta.date is None


def wechat(meta: str, script: str = "") -> str:
    return (
        f"<html><head><title>市疫情防控指挥部召开会议</title>{script}</head><body>"
        '<div id="js_article"><h1 class="rich_media_title">市疫情防控指挥部召开会议</h1>'
        f'<div id="meta_content" class="rich_media_meta_list">{meta}</div>'
        '<div class="rich_media_content" id="js_content">'
        "<section><span>会议要求，要压实“四方责任”。</span></section></div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("script", "date"),
    [
        ('<script>var ct = "1648901700";</script>', dt.date(2022, 4, 2)),  # 20:15 in China
        ('<script>var ct = "1648829700";</script>', dt.date(2022, 4, 2)),  # 00:15 in China, 1 April in UTC
        ("<script>window.ct = '1648901700000';</script>", dt.date(2022, 4, 2)),  # milliseconds
        ("", None),
    ],
)
def test_a_wechat_article_is_dated_by_the_time_its_script_sets(script: str, date: dt.date | None) -> None:
    # the page leaves publish_time empty: a script fills it in the browser
    meta = '<a id="js_name">盐城发布</a><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>'
    page = html_to_page(wechat(meta, script))
    assert (page.meta.date, page.meta.source) == (date, "盐城发布")


def test_the_time_after_several_names_in_the_meta_line_dates_the_page() -> None:
    meta = (
        '<span class="rich_media_meta rich_media_meta_text">原创</span> '
        '<span class="rich_media_meta rich_media_meta_text">张三</span> '
        '<span id="profileBt"><a id="js_name">盐城发布</a></span> '
        '<em id="publish_time">2022-04-02 20:15</em>'
    )
    assert html_to_page(wechat(meta)).meta.date == dt.date(2022, 4, 2)


def test_a_source_line_beats_the_account_that_posted_it() -> None:
    meta = '<span>来源：新华社</span> <a id="js_name">盐城发布</a> <em id="publish_time">2022-04-02 20:15</em>'
    assert html_to_page(wechat(meta)).meta.source == "新华社"


@pytest.mark.parametrize(
    ("content", "source"),
    [
        ("来源：人民网－人民日报", "人民日报"),  # 人民网 labels the paper it reprints
        ("新华社", "新华社"),
        ("来源： 央视网", "央视网"),
        ("人民网", "人民网"),
        ("人民网－国际频道", "人民网－国际频道"),  # a channel, not a paper
    ],
)
def test_the_source_meta_without_its_label_or_the_reprinting_portal(content: str, source: str) -> None:
    page = html_to_page(wrap("<p>正文第一段的文字。</p>", f'<meta name="source" content="{content}">'))
    assert page.meta.source == source


def test_a_subtitle_set_in_an_h4_after_the_headline() -> None:
    page = html_to_page(
        wrap(
            '<h3 class="pre">坚持人民至上</h3><h1>全力以赴打好疫情防控攻坚战</h1>'
            '<h4 class="sub">上海市召开疫情防控工作会议</h4><div class="rm_txt_con"><p>正文第一段的文字。</p></div>'
        )
    )
    assert (page.meta.title, page.meta.subtitle) == ("全力以赴打好疫情防控攻坚战", "上海市召开疫情防控工作会议")


def test_a_portal_repost_names_the_paper_it_reposts_and_drops_the_original_title() -> None:
    # 新浪: the paper in <meta name="mediaid">, the paper's own title as 原标题： in the text
    page = (
        "<html><head><title>上海：全力以赴打好疫情防控攻坚战_新浪新闻</title>"
        '<meta name="mediaid" content="人民日报"></head><body>'
        '<h1 class="main-title">上海：全力以赴打好疫情防控攻坚战</h1><div class="article" id="article">'
        "<p>原标题：全力以赴打好疫情防控攻坚战</p>"
        "<p>本报上海4月8日电 上海市8日召开疫情防控工作会议。市委书记李强强调，要坚决打赢大上海保卫战。</p>"
        "</div></body></html>"
    )
    doc = parse_document(page.encode(), source="sina.html", date=dt.date(2022, 4, 9))
    article = doc.articles[0]
    assert (article.title, article.subtitle, article.source) == ("上海：全力以赴打好疫情防控攻坚战", None, "人民日报")
    assert [d.text for d in doc.directives] == ["要坚决打赢大上海保卫战。"]


@pytest.mark.parametrize(
    "furniture",
    [
        '<p class="date left">2022年05月06日 星期五</p>',
        '<div class="ban">《 人民日报 》（ 2022年05月06日 01 版）</div>',
    ],
)
def test_an_epaper_articles_date_line_dates_the_page(furniture: str) -> None:
    # 人民日报's e-paper: the page's date in its header, or where the article ran under it
    page = html_to_page(
        f"<html><body>{furniture}<h1>中共中央政治局常务委员会召开会议</h1>"
        "<div id='ozoom'><p>新华社北京5月5日电　会议强调，要坚定不移坚持“动态清零”总方针。</p></div></body></html>"
    )
    assert page.meta.date == dt.date(2022, 5, 6)


def test_a_text_set_in_br_lines_is_read_whole_when_a_few_short_paragraphs_sit_elsewhere() -> None:
    # a paper's feed: each item a page of its own, the headline in <font> cells holding a stray <p>,
    # the body in one <div> of <br> lines; the densest <p> text is the headline's
    item = (
        "<table><tr><td><div align='center'><font>{head}<br/><p>{sub}</p></font></div></td></tr></table>"
        "<div>　　新华社北京7月30日电　{lead}<br/>　　会议强调，{order}<br/>　　会议指出，{more}<br/>"
        "　　会议还研究了其他事项。</div>"
    )
    items = [
        (
            "省政府召开常务会议",
            "研究部署防汛工作",
            "省政府7月29日召开常务会议，研究部署当前防汛抗旱工作。",
            "要压实各级防汛责任，加强值班值守，确保安全度汛。",
            "当前正值主汛期，各地降雨偏多，部分江河水位持续上涨，防汛形势严峻复杂，不容丝毫松懈。",
        ),
        (
            "省政府召开专题会议",
            "研究部署秋粮生产",
            "省政府7月29日召开专题会议，研究部署秋粮生产工作。",
            "要抓好田间管理，做好农资保供稳价，夺取秋粮丰收。",
            "今年以来全省农业生产总体平稳，夏粮再获丰收，秋粮长势良好，为稳定经济大盘提供了有力支撑。",
        ),
    ]
    page = html_to_page(
        "<html><body>"
        + "".join(item.format(head=h, sub=s, lead=ld, order=o, more=m) for h, s, ld, o, m in items)
        + "</body></html>"
    )
    lines = [b.text for b in page.blocks]
    assert "会议强调，要压实各级防汛责任，加强值班值守，确保安全度汛。" in lines
    assert "会议强调，要抓好田间管理，做好农资保供稳价，夺取秋粮丰收。" in lines
