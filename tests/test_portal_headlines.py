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
The site's words about its own page under the article (【返回顶部】【打印此页】, 【纠错】 责任编辑:…,
为你推荐, 更新时间：…) head no article; a lead that opens on the day of the month (28日,…) is no part of
the headline over it, nor is a picture's note (资料图片仅供参考). A headline with who attended run into it
(…会议召开 郑某某,姜某某…参加会议) right over the time it was posted is the title, and the size buttons under it (字体:
⏎ 放大 ⏎ 正常 ⏎ 缩小) are the site's; so are a disclosure box's title field (标题 …) and 当前位置是:; a broadcaster
named in brackets with Latin letters (【Now新聞台】) is the source. An e-paper's list of pages and its buttons
(06版:北海周末·风物, 第01版:封面 PDF版阅读, 当前版:04版, 展开通版, 下一版»本期共4版) are the paper's; an empty date
label (发布日期:) takes no headline for its value; a headline line run into its dateline after wide space
(祖籍宁波的香港企业家   新华社北京8月1日电 …) is two lines. A text that goes on on another page (…,(下转二版))
or that the page's end breaks off mid-sentence is cut off (``truncated``), and the e-paper's list of issues and
template traces under it are no part of it. An info line set tight (2021-07-29 08:48:30作者:张万发来源:…)
gives the author and the source; a credit in brackets with the writer's place ((某某镇 李昂)) is a byline;
上一页:… 下一页:… under the article heads none; a headline with its info run in on one line is two lines. An
appeal's parts under headings of two phrases of a length (爱国爱家,守望相助), after 我们联合倡议:, are its points.
A site's calls to follow it (微信扫码关注该文, 欢迎关注…微信号), its boxes (文章点评, 关于我们, 供稿人:admin), its
licences (互联网新闻信息服务许可证…) and 点击图片查看原图 are no text; 您当前所在位置: says where the page is.
用足… and 抢抓… go on a run of measures after a demand; 相关信息 and 全站热点 under the article head no article.
A leader who 高度重视并作出重要指示， gives the instruction that follows, and what a written instruction asks
(作出批示，要求…) leaves 要求 out. A disclosure box's 标题 cell gives a page its title, and the title said again
in the text over lines is no subtitle. What a foreign leader says of his side, with no modal (奥巴马表示，对伊朗…
实施新一轮制裁), a greeting (对您再次当选致以最热烈的祝贺), a judgement of what serves whom (…符合两国重要利益) and
以方 (Israel, no preposition) order no one; 国际社会应确保… does.
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


def test_the_sites_words_about_its_own_page_under_the_article_head_no_article() -> None:
    for tail in (
        ["【返回顶部】【打印此页】【关闭窗口】"],
        ["图集", "+1 【纠错】 责任编辑: 焦某"],
        ["责任编辑:陈某某(QE0022)", "为你推荐", "加载更多"],
        ["更新时间：2023-09-04T14:25:51.344Z"],
    ):
        doc = _text(
            "全市疫情防控工作会议召开",
            "来源:某某新闻网 时间: 2022-03-02 09:05:32",
            "3月1日上午,全市疫情防控工作会议召开。会议要求,要毫不放松抓好各项防控工作。",
            *tail,
        )
        assert [a.title for a in doc.articles] == ["全市疫情防控工作会议召开"], tail


def test_a_lead_that_opens_on_the_day_of_the_month_is_no_part_of_the_headline() -> None:
    doc = _text(
        "快资讯:某市应急管理局发布安全提示 郊野山林严禁野炊和吸烟",
        "2023-04-29 06:48:30来源:某某日报",
        "(资料图片仅供参考)",
        "28日,某市应急管理局发布安全风险提示。请市民尽量错峰游玩。",
        day=None,
    )
    (article,) = doc.articles
    assert (article.title, article.source) == ("快资讯:某市应急管理局发布安全提示 郊野山林严禁野炊和吸烟", "某某日报")
    assert [d.text for d in article.directives] == ["请市民尽量错峰游玩。"]


def test_a_headline_with_who_attended_run_in_over_the_time_it_was_posted_and_the_size_buttons() -> None:
    doc = _text(
        "省委第12次疫情防控专题会召开 郑某某,姜某某、吴某某等省市领导在某市分会场参加会议",
        "2022年11月26日 10:08",
        "来源: 某市融媒体中心",
        "字体:",
        "放大",
        "正常",
        "缩小",
        "分享",
        "11月23日,省委书记某某主持召开专题会。会议要求,要抓紧抓实各项防控措施。",
        day=None,
    )
    (article,) = doc.articles
    assert (article.title, article.date) == (
        "省委第12次疫情防控专题会召开 郑某某,姜某某、吴某某等省市领导在某市分会场参加会议",
        dt.date(2022, 11, 23),
    )


def test_a_disclosure_boxs_title_field_and_where_the_page_is() -> None:
    doc = _text(
        "当前位置是: 首页 >> 公开 >> 正文",
        "索引号 1585729837/zfb/2022-0000024 发布机构 某某市政府办公室",
        "公开目录 要闻动态 发布日期 2022-11-30",
        "标题 全市疫情防控视频调度会议召开",
        "全市疫情防控视频调度会议召开",
        "",
        "11月29日下午,全市疫情防控视频调度会议召开。会议要求,要严格落实外防输入各项措施。",
        day=None,
    )
    assert [a.title for a in doc.articles] == ["全市疫情防控视频调度会议召开"]


def test_a_broadcasters_name_in_brackets_with_latin_letters_is_the_source() -> None:
    doc = _text(
        "習近平稱湖北疫情仍複雜嚴峻",
        "【Now新聞台】中共中央政治局常委召開會議。習近平強調，要堅決打好湖北保衛戰。",
        "1. 更多",
        "1. 某某籲旅客作心理準備 8小時前 2. 某地降雪 2小時前",
    )
    assert [(a.title, a.source) for a in doc.articles] == [("習近平稱湖北疫情仍複雜嚴峻", "Now新聞台")]


def test_an_epapers_page_list_and_buttons_and_a_headline_run_into_its_dateline() -> None:
    doc = _text(
        "01版:要闻",
        "",
        "06版:北海周末·风物",
        "",
        "第01版:封面 PDF版阅读",
        "通版阅读请点击:",
        "展开通版",
        "收缩通版",
        "当前版:04版",
        "下一版»本期共4版(1-2-4)",
        "发布日期:",
        "习近平回信勉励",
        "祖籍宁波的香港企业家   新华社北京8月1日电 近日,国家主席习近平给企业家们回信。习近平强调,要积极投身强国建设。",
        "版权所有:某某日报社 技术支持:某某科技",
        "地址:某市某路15号 电话:029-00000000",
        day=None,
    )
    (article,) = doc.articles
    assert (article.title, article.subtitle, article.source, article.place) == (
        "习近平回信勉励",
        "祖籍宁波的香港企业家",
        "新华社",
        "北京",
    )
    assert [d.text for d in article.directives] == ["要积极投身强国建设。"]


def test_a_text_that_goes_on_on_another_page_or_breaks_off_is_cut_off() -> None:
    doc = _text(
        "第01版:封面 PDF版阅读",
        "市领导调研隔离酒店防疫工作",
        "本报讯(记者 李某)3月23日,市领导到隔离酒店调研。",
        "王建军要求,各级各有关部门要时刻绷紧疫情防控这根弦,从严从细从实抓好各项防控工作,(下转二版)",
        "2026-01-23,12913| 2026-01-22,12901| 2026-01-21,12881|",
        "您的IE浏览器版本太低,请升级至IE8及以上版本或安装webkit内核浏览器。",
    )
    (article,) = doc.articles
    assert article.truncated
    assert [d.text for d in article.directives] == [
        "各级各有关部门要时刻绷紧疫情防控这根弦,从严从细从实抓好各项防控工作,"
    ]
    doc = _text(
        "县政府全会召开",
        "本报讯 9月2日,县政府召开全会。会议强调,要聚焦目标路径,深刻领悟其中蕴含的战略意义与现实意义,",
        "2022-09-05 14 14 今日某某 content_265474.html 1 3 县政府全会召开 /enpproperty-->",
    )
    (article,) = doc.articles
    assert article.truncated
    assert [d.text for d in article.directives] == ["要聚焦目标路径,深刻领悟其中蕴含的战略意义与现实意义,"]


def test_an_info_line_set_tight_and_a_credit_with_the_writers_place() -> None:
    doc = _text(
        "某某镇部署防汛防台风工作",
        "2021-07-29 08:48:30作者:张万发来源:某某镇党政办",
        "",
        "7月28日,某某镇召开防汛防台风工作部署会。会议要求,要严格落实防汛责任。",
        "上一页:某某乡推进平安建设工作..  下一页:某某镇:村级党组织建设再上新台阶..",
        day=None,
    )
    (article,) = doc.articles
    assert (article.title, article.subtitle, article.source, article.byline) == (
        "某某镇部署防汛防台风工作",
        None,
        "某某镇党政办",
        "张万发",
    )
    doc = _text(
        "某某镇召开防汛抗旱工作专题会议",
        "发布时间:2024-06-20   浏览量:    来源:",
        "6月19日,某某镇召开防汛抗旱工作专题会议。会议要求,要压实防汛责任。",
        "(某某镇 李昂)",
    )
    (article,) = doc.articles
    assert article.byline == "李昂"


def test_a_headline_with_its_info_run_in_on_one_line() -> None:
    doc = _text(
        "当前位置: 首页> 公示公告",
        "某某村致村民选举的公开信 发布日期:2021-10-29 10:00 信息来源:某某村",
        "各位村民:",
        "村民委员会换届选举即将开始。请各位村民积极参加投票。",
        day=None,
    )
    assert [(a.title, a.date) for a in doc.articles] == [("某某村致村民选举的公开信", dt.date(2021, 10, 29))]


def test_an_appeals_parts_under_headings_of_two_phrases_are_its_points() -> None:
    doc = _text(
        "某市动员群众参与爱国卫生运动倡议书",
        "全市广大人民群众:",
        "值此爱国卫生月来临之际,我们号召全市人民积极参与爱国卫生运动。我们联合倡议:",
        "爱国爱家,守望相助",
        "弘扬爱国主义精神,树立健康强国理念,强化主人翁意识。",
        "人人动手,美好家园",
        "传承爱卫优良传统,大力开展全民大扫除。做好垃圾分类,使用卫生厕所。",
        "某市爱国卫生健康促进中心",
        "2020年4月1日",
    )
    (article,) = doc.articles
    assert [(d.speaker, d.text) for d in article.directives] == [
        ("某市爱国卫生健康促进中心", "弘扬爱国主义精神,树立健康强国理念,强化主人翁意识。"),
        ("某市爱国卫生健康促进中心", "传承爱卫优良传统,大力开展全民大扫除。"),
        ("某市爱国卫生健康促进中心", "做好垃圾分类,使用卫生厕所。"),
    ]


def test_a_sites_calls_to_follow_it_and_its_licences_under_the_article() -> None:
    for tail in (
        ["微信扫码关注该文"],
        ["文章点评", "关注我们"],
        [
            "欢迎关注某某报微信号",
            "关于我们 城市服务 报社业务",
            "互联网新闻信息服务许可证10120190005 举报邮箱: jubao@example.cn",
        ],
        ["供稿人:admin"],
    ):
        doc = _text(
            "您当前所在位置: 某某省某某协会 专题 信息速递",
            "全省安全稳定工作会议召开",
            "来源:某某长安网 时间: 2020-05-19 09:05:32",
            "点击图片查看原图",
            "5月18日,全省安全稳定工作会议召开。会议要求,要守住安全稳定底线。",
            *tail,
        )
        assert [(a.title, a.subtitle) for a in doc.articles] == [("全省安全稳定工作会议召开", None)], tail


def test_a_run_of_measures_after_a_demand_and_the_sites_list_labels_under_the_article() -> None:
    doc = _text(
        "市政府召开常务会议",
        "来源:某某新闻网 时间: 2020-02-27 09:05:32",
        "2月26日,市政府召开常务会议。会议强调,要坚持继续完善规划,真正看清短板;抓紧抓实项目,真正找准短板;"
        "用足用活政策,时刻不忘短板;抢抓机遇,补齐短板,推动经济社会高质量发展。",
        "相关信息",
        "全站热点",
    )
    (article,) = doc.articles
    assert [d.text for d in article.directives] == [
        "要坚持继续完善规划,真正看清短板;",
        "抓紧抓实项目,真正找准短板;",
        "用足用活政策,时刻不忘短板;",
        "抢抓机遇,补齐短板,推动经济社会高质量发展。",
    ]


def test_an_instruction_made_with_concern_and_what_a_written_instruction_asks() -> None:
    doc = _text(
        "习近平对某县地震作出重要指示 李强作出批示",
        "央视网消息（新闻联播）：地震发生后，中共中央总书记、国家主席、中央军委主席习近平高度重视并作出重要指示，"
        "某县6.2级地震造成重大人员伤亡，要全力开展搜救，及时救治受伤人员。请国务院派工作组前往灾区指导抗震救灾工作。"
        "中共中央政治局常委、国务院总理李强作出批示，要求全力组织抢险救援，尽最大努力减少伤亡。",
        day=None,
    )
    assert [(d.speaker, d.text) for d in doc.directives] == [
        ("习近平", "某县6.2级地震造成重大人员伤亡，要全力开展搜救，及时救治受伤人员。"),
        ("习近平", "请国务院派工作组前往灾区指导抗震救灾工作。"),
        ("李强", "全力组织抢险救援，尽最大努力减少伤亡。"),
    ]


def test_a_disclosure_boxs_title_cell_titles_the_page() -> None:
    page = (
        "<div><table><tr><td><b>索 引 号：</b></td><td>000014349/2018-00222</td>"
        "<td><b>主题分类：</b></td><td>卫生、体育</td></tr>"
        "<tr><td><b>发文机关：</b></td><td>国务院</td><td><b>成文日期：</b></td><td>2018年12月21日</td></tr>"
        "<tr><td><b>标　　题：</b></td><td colspan='3'>国务院关于在某某先行区暂时调整实施有关规定的决定</td></tr>"
        "<tr><td><b>发文字号：</b></td><td>国发〔2018〕43号</td><td><b>发布日期：</b></td><td>2018年12月29日</td></tr>"
        "</table><div id='UCAP-CONTENT'><p><b>国务院关于在某某先行区</b></p><p><b>暂时调整实施有关规定的决定</b></p>"
        "<p>国发〔2018〕43号</p><p>各省、自治区、直辖市人民政府：</p>"
        "<p>国务院决定在某某先行区暂时调整实施有关规定。某某省人民政府要明确审批的条件和程序，严格审查申请。</p>"
        "<p>国务院</p><p>2018年12月21日</p></div></div>"
    )
    (article,) = parse_document(page.encode(), source="page.html").articles
    assert (article.title, article.subtitle) == ("国务院关于在某某先行区暂时调整实施有关规定的决定", None)
    assert [d.text for d in article.directives] == ["某某省人民政府要明确审批的条件和程序，严格审查申请。"]


def test_what_foreign_leaders_say_of_their_side_and_greetings_order_no_one() -> None:
    doc = _text(
        "外国领导人祝贺某某当选",
        "央视网消息（新闻联播）：匈牙利总理欧尔班表示，持续深化两国全面战略伙伴关系符合两国重要利益。"
        "埃塞俄比亚总理阿比表示，对您再次当选致以最热烈的祝贺。"
        "美国总统奥巴马表示，对伊朗石油行业实施新一轮制裁。"
        "巴勒斯坦政府发言人表示，以方此举将给和平带来消极影响。"
        "联合国秘书长古特雷斯表示，国际社会应确保任何新的事态发展都符合各方的利益。",
        day=None,
    )
    assert [(d.speaker, d.text) for d in doc.directives] == [
        ("古特雷斯", "国际社会应确保任何新的事态发展都符合各方的利益。")
    ]


def test_a_kickers_brackets_in_a_headline_the_page_cut_off_are_no_site_words() -> None:
    doc = _text(
        "全市疫情防控工作会议召开",
        "来源:某某新闻网 时间: 2022-03-02 09:05:32",
        "3月1日上午,全市疫情防控工作会议召开。会议要求,要毫不放松抓好各项防控工作。",
        "【奋进新征程 建功新时代】某某市加快推进重大项目建设",
    )
    assert [(a.title, a.truncated) for a in doc.articles] == [
        ("全市疫情防控工作会议召开", False),
        ("【奋进新征程 建功新时代】某某市加快推进重大项目建设", True),
    ]


def test_a_headline_run_in_after_the_path_of_where_the_page_is_is_the_title() -> None:
    doc = _text(
        "某某工人报官方网站 | 首页 手机站 今天是",
        "留言板",
        "您当前的位置:首页 > 新闻 > 国内新闻 三部门联合部署做好今冬寒潮灾害防范应对工作",
        "2025-12-18 09:23:14来源:新华网",
        "打开APP",
        "新华社北京12月17日电 三部门近日联合印发通知，要求各地切实做好寒潮灾害防范应对工作。",
    )
    (article,) = doc.articles
    assert article.title == "三部门联合部署做好今冬寒潮灾害防范应对工作"
    assert not any("打开APP" in p or "当前的位置" in p for p in article.paragraphs)


def test_a_first_line_with_a_comma_whose_lead_says_it_again_is_the_headline() -> None:
    doc = _text(
        "某市委常委会今天举行会议，研究部署下一步疫情防控重点工作",
        "",
        "市委常委会今天上午举行会议，听取当前疫情应急处置工作汇报，研究部署下一步疫情防控重点工作。"
        "会议指出，要坚定坚决地实施好这一轮核酸筛查工作。",
    )
    (article,) = doc.articles
    assert article.title == "某市委常委会今天举行会议，研究部署下一步疫情防控重点工作"
    assert [d.text for d in doc.directives] == ["要坚定坚决地实施好这一轮核酸筛查工作。"]


def test_a_first_sentence_set_off_by_a_blank_line_is_no_headline() -> None:
    doc = _text(
        "3月1日，全市疫情防控工作会议召开",
        "",
        "会议听取了全市疫情防控工作汇报，研究部署下一步疫情防控工作。会议要求，要毫不放松抓好各项防控工作。",
    )
    assert [a.title for a in doc.articles] == [None]


def test_a_headline_of_what_a_body_made_public_over_a_relayed_dateline() -> None:
    doc = _text(
        "某国卫生部公布:7个新地点曾有病患到访,当中包括:购物中心、小贩中心、酒店等等",
        "",
        "",
        "(某国28日讯)某国卫生部(7月27日)公布7个曾有病患到访的新增地点,当中包括:购物中心、小贩中心、酒店等等。",
        "",
        "为安全起见,在同时段到访上述地点的公众如出现症状,应及早求医。",
    )
    assert doc.articles[0].title == "某国卫生部公布:7个新地点曾有病患到访,当中包括:购物中心、小贩中心、酒店等等"


def test_what_a_meeting_said_over_a_blank_line_is_no_headline() -> None:
    doc = _text(
        "会议强调：要毫不放松抓好各项防控工作，坚决守住不发生规模性疫情的底线",
        "",
        "会议强调，要毫不放松抓好各项防控工作，坚决守住不发生规模性疫情的底线，各地各部门要压实责任。",
    )
    assert [a.title for a in doc.articles] == [None]


def test_the_path_set_with_spaces_over_the_headline_it_ends_on_and_a_login_box_under_the_text() -> None:
    doc = _text(
        "首页 新湖南冷水江频道 时政新闻 冷水江市疫情防控第150次调度会议召开",
        "",
        "冷水江市疫情防控第150次调度会议召开",
        "",
        "9月9日，冷水江市召开疫情防控第150次调度会议。会议要求，要压实各方责任。",
        "账号+密码登录",
        "还没有账号?",
        "立即注册",
    )
    assert [a.title for a in doc.articles] == ["冷水江市疫情防控第150次调度会议召开"]
    assert [d.text for d in doc.directives] == ["要压实各方责任。"]


def test_an_epapers_list_of_its_headlines_and_buttons_over_the_text_under_its_own_headline() -> None:
    doc = _text(
        "第01版:封面",
        "下一版4",
        "北京取得疫情防控工作重大战略成果",
        "新春快乐 万事如意",
        "敬告读者:",
        "版面导航",
        "3上一期",
        "下一篇4 2021年2月10日 放大 缩小 默认",
        "北京取得疫情防控工作重大战略成果",
        "这是首都人民喜迎新春的最好礼物",
        "本报讯(记者 白莹)2月9日,市政府新闻发言人徐和建介绍,要继续落实常态化防控措施。",
        day=dt.date(2021, 2, 10),
    )
    (article,) = doc.articles
    assert (article.title, article.subtitle, article.byline) == (
        "北京取得疫情防控工作重大战略成果",
        "这是首都人民喜迎新春的最好礼物",
        "白莹",
    )


def test_a_boxs_label_over_the_headline_is_no_part_of_it() -> None:
    doc = _text("文章内容", "", "区人大常委会召开主任会议", "", "本报讯 3月31日上午,区人大常委会召开主任会议。")
    assert [a.title for a in doc.articles] == ["区人大常委会召开主任会议"]


def test_a_disclosure_boxs_fields_set_off_by_bars_with_the_day_it_was_issued() -> None:
    doc = _text(
        "当前位置:首页 > 领导活动及政府会议",
        "索引号:shg58/2024-1807 | 主题分类:商贸、海关、旅游 | 发布机构:政府办公室 |",
        "发文日期:2024-10-28 | ||",
        "名称:区领导古城建设项目推进会 |",
        "区领导古城建设项目推进会",
        "10月26日,区委常委、常务副区长王晓新召开古城建设项目推进会。会议要求,要加快项目建设。",
        day=None,
    )
    assert [a.title for a in doc.articles] == ["区领导古城建设项目推进会"]


def test_a_menu_tab_run_into_the_headline_and_an_archives_years_are_the_sites() -> None:
    doc = _text(
        "2022-04-08",
        "• 会议题目 • 某区长主持召开区政府第4次常务会议",
        "  • 会议内容",
        "  • 提纲速读",
        "4月8日上午，区长主持召开区政府第4次常务会议。会议要求，各部门要认清当前疫情形势。",
        "  • 2021",
        "  • 2022",
    )
    assert [a.title for a in doc.articles] == ["某区长主持召开区政府第4次常务会议"]
    assert [d.text for d in doc.directives] == ["各部门要认清当前疫情形势。"]


def test_a_headline_the_site_cut_short_gives_way_to_the_texts_own() -> None:
    doc = _text(
        "返回栏目",
        "首页教育 • 正文",
        "某省教育厅关于设立第二批基础教育综合改",
        "发布时间:  浏览: 次  作者:admin",
        "某省教育厅关于设立第二批",
        "基础教育综合改革实验区的通知",
        "各市教育局：",
        "请各地认真做好实验区建设工作。",
    )
    assert [(a.title, a.subtitle) for a in doc.articles] == [
        ("某省教育厅关于设立第二批基础教育综合改革实验区的通知", None)
    ]


def test_a_blogs_comment_form_and_links_to_other_posts_head_no_text() -> None:
    doc = _text(
        "某市关于2023年部分节假日安排的通知",
        "各区人民政府：",
        "节假日期间，各区要妥善安排好值班和安全、保卫等工作。",
        "某市人民政府办公室",
        "2022年12月8日",
        "(0)",
        "上一篇 2022年12月7日",
        "下一篇 2022年12月9日",
        "相关推荐",
        "发表回复",
        "您的邮箱地址不会被公开。 必填项已用 * 标注",
    )
    assert [a.title for a in doc.articles] == ["某市关于2023年部分节假日安排的通知"]


def test_a_breadcrumb_set_with_spaces_gives_way_to_the_headline_with_a_comma_over_the_info_line() -> None:
    doc = _text(
        "首页 发改委 正文",
        "",
        "某省电力迎峰度夏工作视频会议召开,多措并举增强电力保供能力",
        "",
        "2022-06-16 10:17 某某发展网",
        "",
        "6月13日,某省电力迎峰度夏工作视频会议召开。会议要求,要千方百计抓好电煤供应和运输保障。",
    )
    (article,) = doc.articles
    assert article.title == "某省电力迎峰度夏工作视频会议召开,多措并举增强电力保供能力"
    assert [d.text for d in article.directives] == ["要千方百计抓好电煤供应和运输保障。"]


def test_a_government_sites_header_links_head_no_text() -> None:
    doc = _text(
        "移动端应用",
        "政务微信",
        "政务微博",
        "智能问答",
        "登录个人中心",
        "3月23日上午,市长某某主持召开市政府第二十四次常务会议。",
        "会议对当前安全生产工作提出要求,强调要坚定落实企业主体责任;要切实加大问题整改力度。",
    )
    (article,) = doc.articles
    assert article.title is None
    assert [(d.speaker, d.text) for d in article.directives] == [
        ("会议", "要坚定落实企业主体责任;"),
        ("会议", "要切实加大问题整改力度。"),
    ]


def test_a_share_bar_and_the_pages_title_again_at_its_foot_are_the_sites() -> None:
    # a news site's copy: its share bar (关注… ⏎ 微博 ⏎ Qzone ⏎ 评论), and under the text its gallery link, like
    # button, report-an-error line and <title>, with the site's name or cut short
    head = [
        "某网 正文",
        "某部部署做好寒假期间学校安全工作",
        "2020-01-22 16:46:05 来源: 某网",
        "关注某某网",
        "微博",
        "Qzone",
        "评论",
    ]
    body = ["新华社北京1月22日电 某部近日发出通知。通知要求,各地和学校要摸清寒假期间在校学生情况。"]
    for foot in ("某部部署做好寒假期间学校安全工作-某网", "某部部署做好寒假期间学校安"):
        doc = _text(*head, "", *body, "", "图集", "+1", "【纠错】 责任编辑: 某某", foot)
        (article,) = doc.articles
        assert (article.title, article.subtitle) == ("某部部署做好寒假期间学校安全工作", None)
        assert [d.text for d in article.directives] == ["各地和学校要摸清寒假期间在校学生情况。"]


def test_a_posts_label_alone_over_its_headline_is_the_accounts() -> None:
    # a post copied with its link and its label (原创, 其他) over the notice's headline
    (article,) = _text(
        "查看原文",
        "其他",
        "",
        "某市疫情防控指挥部通告(2021年第7号)",
        "",
        "平安某市 2022-07-23",
        "冬春季为呼吸道传染病高发季节,市民要主动减少聚集性活动,尽量不出入人员密集场所。",
        "",
        "某市疫情防控指挥部",
        "2021年12月30日",
    ).articles
    assert article.title == "某市疫情防控指挥部通告(2021年第7号)"
