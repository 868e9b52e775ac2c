"""Rules as archives keep bulletins and as sites credit them: a day's news kept as Markdown
(``# 《新闻联播》 (20221110)`` over ``### title``); a Taiwan paper's credit set off by slashes
(聯合報／ 特派記者…／北京報導); a site's read-aloud button by the date; a credit that says it
reports (本报讯 记者牛前进报道:); a lead's teaser ([导读]); a site's tools and links under the
text (打印此文 关闭窗口, 手机网址:点击进入, 查看原文); who gave his orders after the others spoke
(听取发言后,刘锋就…做了安排部署。他强调,…).

The pages are written for these tests in the manner of such texts; none is copied from a real page.
"""

from __future__ import annotations

import datetime as dt

from said import said_on

from parsers.dates import parse_date
from parsers.detect import detect_reader
from parsers.document import parse_document
from parsers.markdown import front_matter, looks_like_markdown, markdown_lines

DAY = dt.date(2022, 11, 10)

ARCHIVE = "\n".join(
    [
        "# 《新闻联播》 (20221110)",
        "",
        "### 某省召开会议 部署冬春疫情防控工作",
        "",
        "<!--repaste.body.begin-->",
        "",
        "**央视网消息**（新闻联播）：某省11月10日召开会议，部署冬春疫情防控工作。",
        "",
        "会议强调，要加强重点人群疫苗接种，筑牢防控屏障。",
        "",
        "<!--repaste.body.end-->",
        "",
        "[查看原文](https://tv.example.cn/2022/11/10/x.shtml)",
    ]
)


def test_an_archive_kept_as_markdown_reads_as_its_text() -> None:
    assert looks_like_markdown(ARCHIVE)
    assert not looks_like_markdown("# 一行\n会议强调，要加强…。")  # one mark is no Markdown
    assert detect_reader(ARCHIVE) == "markdown"
    assert detect_reader("会议强调，要加强…。", "day.md") == "markdown"
    lines = markdown_lines(ARCHIVE).split("\n\n")
    assert lines[:3] == [
        "《新闻联播》 (20221110)",
        "某省召开会议 部署冬春疫情防控工作",
        "央视网消息（新闻联播）：某省11月10日召开会议，部署冬春疫情防控工作。",
    ]
    assert not any("repaste" in line or "https://" in line for line in lines)
    doc = parse_document(ARCHIVE.encode(), source="day.txt")
    assert doc.document.reader == "markdown"
    assert doc.document.date == DAY  # the day in brackets, at the archive's head
    (article,) = doc.articles  # the program's heading is the page's, and 查看原文 is a link
    assert (article.title, article.source, article.date) == ("某省召开会议 部署冬春疫情防控工作", "央视网", DAY)
    assert [(d.text, d.speaker) for d in article.directives] == [("要加强重点人群疫苗接种，筑牢防控屏障。", "会议")]


def test_an_archived_items_number_and_its_source_link_are_no_text() -> None:
    doc = parse_document(
        "\n".join(
            [
                "# 新闻联播 2023-05-19",
                "",
                "## 5. 某某主持召开国务院常务会议",
                "",
                "央视网消息（新闻联播）：国务院总理某某5月19日主持召开国务院常务会议。会议指出，要加快建设全国统一大市场。",
                "",
                "> 原文：https://tv.example.cn/2023/05/19/x.shtml",
            ]
        ).encode(),
        source="day.md",
    )
    (article,) = doc.articles
    assert (article.title, article.date) == ("某某主持召开国务院常务会议", dt.date(2023, 5, 19))
    assert [d.text for d in article.directives] == ["要加快建设全国统一大市场。"]


def test_an_archived_day_with_its_summary_and_its_items_bodies_in_html() -> None:
    day = "\n".join(
        [
            "# 《新闻联播》 (20221110)",
            "",
            "## 新闻摘要",
            "",
            "本期节目主要内容：",
            "",
            "1.某省召开会议 部署冬春疫情防控工作；",
            "",
            "2.某市召开调度会；",
            "",
            "## 详细新闻",
            "",
            "### 某省召开会议 部署冬春疫情防控工作",
            "",
            "<p><strong>央视网消息</strong>（新闻联播）：某省11月10日召开会议。</p><p>会议强调，要加强疫苗接种。</p>",
            "",
            "### 某市召开调度会",
            "",
            "<p><strong>央视网消息</strong>（新闻联播）：某市11月10日召开调度会。<br>会议要求，要做好物资保障。</p>",
        ]
    )
    assert detect_reader(day) == "markdown"  # its items' bodies in <p> are still an archive's Markdown
    doc = parse_document(day.encode(), source="day.txt")
    assert [a.title for a in doc.articles] == ["某省召开会议 部署冬春疫情防控工作", "某市召开调度会"]
    assert [d.text for d in doc.directives] == ["要加强疫苗接种。", "要做好物资保障。"]


def test_a_day_in_brackets_is_a_date() -> None:
    assert parse_date("《新闻联播》（20220505）") == dt.date(2022, 5, 5)
    assert parse_date("编号20220505") is None  # digits in a number are none


def test_a_taiwan_papers_credit_gives_the_paper_the_reporter_and_the_place() -> None:
    doc = parse_document(
        "\n".join(
            [
                "2026-01-08 02:01 聽新聞",
                "中共政治局常委會議 部署全年工作",
                "",
                "聯合報／ 特派記者王大明／北京報導",
                "",
                "中共中央政治局常務委員會八日召開會議。會議強調，要錨定全年任務，努力實現良好開局。",
            ]
        ).encode(),
        source="page.txt",
    )
    (article,) = doc.articles
    assert (article.title, article.source, article.byline, article.place) == (
        "中共政治局常委會議 部署全年工作",
        "聯合報",
        "王大明",
        "北京",
    )
    assert doc.document.date == dt.date(2026, 1, 8)


def test_a_credit_that_says_it_reports_and_a_teaser_over_the_lead() -> None:
    doc = parse_document(
        "\n".join(
            [
                "某市政府召开市长碰头会",
                "[导读] 2月11日，市长刘锋主持召开市长碰头会，安排部署下阶段各项重点工作。",
                "本报讯 记者牛前进报道:2月11日，市长刘锋主持召开市长碰头会，安排部署下阶段各项重点工作。",
                "副市长王斌权、梁丽萍，市政府党组成员程琳参加会议。",
                "听取发言后，刘锋就下阶段重点工作做了安排部署。他强调，必须进一步解放思想，推动各项工作开好局。",
                "打印此文 关闭窗口",
                "手机网址:点击进入",
            ]
        ).encode(),
        source="page.txt",
        date=dt.date(2019, 2, 11),
    )
    (article,) = doc.articles
    assert (article.byline, article.date) == ("牛前进", dt.date(2019, 2, 11))
    assert [(d.text, d.speaker) for d in article.directives] == [("必须进一步解放思想，推动各项工作开好局。", "刘锋")]


def test_a_site_names_its_source_over_a_single_text_whatever_tools_follow() -> None:
    assert said_on(
        dt.date(2017, 8, 4),
        "副市长王某到高新区检查防汛工作",
        "来源:防汛办  时间:2017-08-04 00:00:00",
        "8月3日下午,副市长王某到高新区检查防汛工作。王某强调:一要加强预报预警;二要加强防汛值守。",
        "打印此文 关闭窗口",
    ) == [("一要加强预报预警;", "王某"), ("二要加强防汛值守。", "王某")]
    doc = parse_document(
        "副市长王某到高新区检查防汛工作\n来源:防汛办  时间:2017-08-04 00:00:00\n"
        "8月3日下午,副市长王某到高新区检查防汛工作。王某强调:一要加强预报预警。\n打印此文 关闭窗口".encode(),
        source="page.txt",
    )
    (article,) = doc.articles
    assert article.source == "防汛办"


def test_the_fields_an_archive_lists_over_its_items_are_no_text() -> None:
    day = (
        "# 新闻联播 2023-12-20\n\n"
        "- 数据源：央视网（CCTV 官方文字稿）\n"
        "- 目录页：https://tv.cctv.com/lm/xwlb/day/20231220.shtml\n"
        "- 说明：此稿来自第三方聚合\n"
        "- 新闻条数：13\n\n"
        "## 3. 中央农村工作会议在京召开\n\n"
        "央视网消息（新闻联播）：中央农村工作会议19日至20日在北京召开。会议要求，要锚定建设农业强国目标。\n"
    )
    lines = markdown_lines(day).split("\n\n")
    assert lines[:2] == ["新闻联播 2023-12-20", "中央农村工作会议在京召开"]
    # a list in an item's text stays, fields and all
    item = "## 1. 某省召开会议\n\n会议明确：\n\n- 时间：3月1日起\n- 范围：全省\n"
    assert markdown_lines(item).strip().split("\n\n")[-2:] == ["时间：3月1日起", "范围：全省"]


def test_an_items_headline_said_again_in_bold_under_its_dateline_heads_no_other_text() -> None:
    day = (
        "# 《新闻联播》（20250715）\n\n### 中央城市工作会议在北京举行\n\n**央视网消息**（新闻联播）：\n\n"
        "**中央城市工作会议在北京举行**\n\n**习近平发表重要讲话 李强作总结讲话**\n\n"
        "**赵乐际王沪宁蔡奇丁薛祥李希出席会议**\n\n"
        "中央城市工作会议7月14日至15日在北京举行。会议强调，要建设创新、宜居、美丽、韧性、文明、智慧的现代化人民城市。\n"
    )
    doc = parse_document(day.encode(), source="day.md")
    assert [a.title for a in doc.articles] == ["中央城市工作会议在北京举行"]
    assert len(doc.directives) == 1


def test_a_headline_with_its_kicker_and_subtitle_run_together_may_be_long() -> None:
    # 新闻联播 runs an item's three lines of headline into one: 110 characters, no comma
    headline = (
        "某某对宣传思想文化工作作出重要指示强调 坚定文化自信秉持开放包容坚持守正创新 "
        "为全面建设社会主义现代化国家全面推进中华民族伟大复兴提供坚强思想保证强大精神力量有利文化条件 "
        "某某出席全国宣传思想文化工作会议并讲话"
    )
    assert len(headline) > 100
    doc = parse_document(
        "\n\n".join(
            [
                "# 《新闻联播》（20231008）",
                f"### {headline}",
                "**央视网消息**（新闻联播）：全国宣传思想文化工作会议10月7日至8日在北京召开。",
                "会议强调，要坚持守正创新，着力提升新闻舆论传播力引导力影响力公信力。",
            ]
        ).encode(),
        source="day.md",
    )
    (article,) = doc.articles
    assert article.title == headline
    assert [d.text for d in article.directives] == ["要坚持守正创新，着力提升新闻舆论传播力引导力影响力公信力。"]


def test_a_crawls_markdown_under_its_fields_takes_its_title_and_date_from_them() -> None:
    # a site's crawl kept as Hugo content: the fields (title with the crawl's section and the site, date,
    # tags) between --- lines, then the body with no heading of its own
    text = "\n".join(
        [
            "---",
            "title: 某某大学->学校党委常委会会议传达学习重要讲话精神 | news.example.edu",
            "date: 2022-05-12 01:21:48.309626",
            "tags: ",
            "- 某某大学",
            "---",
            "5月6日，学校召开党委常委会会议，传达学习重要讲话精神。",
            "",
            "会议要求，要结合学校工作实际抓好贯彻落实。",
        ]
    )
    assert front_matter(text)[:2] == ("学校党委常委会会议传达学习重要讲话精神", dt.date(2022, 5, 12))
    assert front_matter("---\n: [unclosed\n---\n正文。")[0] is None  # fields that are no YAML: plain text
    assert detect_reader(text, "page.txt") == "markdown"
    doc = parse_document(text.encode(), source="page.txt")
    assert doc.document.date == dt.date(2022, 5, 12)
    (article,) = doc.articles
    assert (article.title, article.date) == ("学校党委常委会会议传达学习重要讲话精神", dt.date(2022, 5, 6))
    assert [(d.speaker, d.text) for d in article.directives] == [("会议", "要结合学校工作实际抓好贯彻落实。")]


def test_a_headline_in_two_parts_set_apart_by_a_space_stays_over_a_lead_with_no_dateline() -> None:
    doc = parse_document(
        "\n".join(
            [
                "# 新闻联播 2021-12-24",
                "",
                "## 7. 中共某省委组织部下发通知要求 在元旦春节期间开展走访慰问生活困难党员、老党员、老干部活动",
                "",
                "中共某省委组织部近日下发通知，要求各级党组织在元旦春节期间开展走访慰问活动，使广大党员感受到党的温暖。"
                "通知要求，要做实做细走访慰问工作。",
            ]
        ).encode(),
        source="day.md",
    )
    (article,) = doc.articles
    assert article.title == "中共某省委组织部下发通知要求 在元旦春节期间开展走访慰问生活困难党员、老党员、老干部活动"
    assert [d.text for d in article.directives][:1] == [
        "各级党组织在元旦春节期间开展走访慰问活动，使广大党员感受到党的温暖。"
    ]
