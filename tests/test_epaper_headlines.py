"""Rules as e-papers and their archives set a page: a headline over several lines, then who
presided (…召开会议 ⏎ 决定召开… ⏎ 分析研究… ⏎ 中共中央总书记习近平主持会议), while one on one line stays
whole (… 韩正主持 |, the site's bar left out); a headline that says several met severally, a report from each under it
(李强赵乐际分别会见…); where a text jumps pages inside its lines ((下转A2版) (上接第1版)); the
second half of a demand made in two (一手抓…；一手抓…); an archive's masthead and page label
(新华每日电讯 - 20260731, 人民日报 - 每日全文订阅, [01版：要闻]); a credit with an intern's role and
the pictures (记者 吴单 实习记者 彭玉革, 通讯员…文/图); a site's size button and its recommended news.

The pages are written for these tests in the manner of such texts; none is copied from a real page.
"""

from __future__ import annotations

import datetime as dt

import pytest
from said import said_on

from parsers.document import parse_document
from parsers.normalize import clean_display
from parsers.segment import _names

DAY = dt.date(2026, 7, 31)


def _page(*lines: str, day: dt.date = DAY) -> list[tuple[str | None, str | None]]:
    doc = parse_document("\n".join(lines).encode(), source="page.txt", date=day)
    return [(a.title, a.subtitle) for a in doc.articles]


def test_a_headline_over_lines_is_one_title_then_who_presided() -> None:
    assert _page(
        "某某日报 - 20260731",
        "[01版：要闻]",
        "",
        "中共中央政治局召开会议",
        "决定召开全会",
        "分析研究当前经济形势",
        "中共中央总书记习近平主持会议",
        "",
        "新华社北京7月30日电 中共中央政治局7月30日召开会议。会议强调，要做好下半年经济工作。",
    ) == [("中共中央政治局召开会议 决定召开全会 分析研究当前经济形势", "中共中央总书记习近平主持会议")]
    # a local meeting's headline is its first line, what is under it its subtitle (as the blind golds of five
    # labellers read 市委常委会召开扩大会议 ⏎ 传达学习…精神 ⏎ 王忠林主持并讲话); a line broken mid-list is no line
    # of its own
    assert _page(
        "某省委常委会召开会议",
        "听取省人大常委会、省政府、",
        "省政协党组工作汇报",
        "省委书记某某主持会议",
        "新华社北京1月7日电 某省委常委会1月7日召开会议。会议强调，要坚持党的领导。",
    ) == [("某省委常委会召开会议", "听取省人大常委会、省政府、省政协党组工作汇报 省委书记某某主持会议")]


def test_a_headline_on_one_line_stays_whole_without_the_sites_bar() -> None:
    # an archive of broadcasts sets the whole headline on one line, who presided and all
    assert _page(
        "全力推动各项工作 市政府常务会议学习会议精神 某某主持 |",
        "本报讯 市政府昨天召开常务会议。会议强调，要认真学习会议精神。",
    ) == [("全力推动各项工作 市政府常务会议学习会议精神 某某主持", None)]
    # a headline with no one presiding stays whole
    assert _page(
        "坚持人民至上 全力做好防控",
        "本报讯 市政府昨天召开会议。会议强调，要认真学习会议精神。",
    ) == [("坚持人民至上 全力做好防控", None)]


def test_a_report_from_each_of_those_who_met_severally_is_one_article() -> None:
    titles = _page(
        "李强赵乐际分别会见某国总统",
        "新华社北京5月12日电 5月12日上午，国务院总理李强在北京会见某国总统。李强表示，中方愿同某方加强合作。",
        "新华社北京5月12日电 全国人大常委会委员长赵乐际5月12日在北京会见某国总统。赵乐际表示，愿加强立法机构交流。",
        "李强致电祝贺某人就任总理",
        "新华社北京5月12日电 国务院总理李强12日致电某人，祝贺他就任总理。",
    )
    assert titles == [("李强赵乐际分别会见某国总统", None), ("李强致电祝贺某人就任总理", None)]


def test_where_a_text_jumps_pages_inside_its_lines_is_left_out() -> None:
    assert clean_display("一次大会。(下转A2版) (上接第1版)我们一定要") == "一次大会。我们一定要"
    assert clean_display("（下转第2版）") == "（下转第2版）"  # a line of its own is the page's furniture


def test_the_second_half_of_a_demand_made_in_two() -> None:
    assert said_on(
        dt.date(2007, 10, 30),
        "市政府召开常务会议",
        "本报讯 市政府昨天召开常务会议。会议强调，要坚持“两手抓”，一手抓当前，全力以赴做好今年各项工作；"
        "一手抓谋划，深化细化明年工作思路，明确工作重点。",
    ) == [
        ("要坚持“两手抓”，一手抓当前，全力以赴做好今年各项工作；", "会议"),
        ("一手抓谋划，深化细化明年工作思路，明确工作重点。", "会议"),
    ]


def test_a_credit_with_an_interns_role_and_the_pictures() -> None:
    assert _names("吴单 实习记者 彭玉革") == "吴单 彭玉革"
    assert _names("闫西霞 龚昊文/图") == "闫西霞 龚昊"


def test_a_sites_size_button_and_its_recommended_news() -> None:
    doc = parse_document(
        "\n".join(
            [
                "市政府推进社会事业发展",
                "",
                "某某日报 2018-03-09 09:31 大字",
                "",
                "本报讯(记者 吴单 实习记者 彭玉革)3月7日,市政府召开会议。某某强调,要办公平有质量的教育。",
                "",
                "新闻推荐",
                "",
                "心系贫困户 寒冬送温暖",
                "",
                "本报讯(通讯员闫西霞 龚昊文/图)春节临近,民警看望慰问贫困户。",
            ]
        ).encode(),
        source="page.txt",
        date=dt.date(2018, 3, 9),
    )
    first, second = doc.articles
    assert (first.title, first.subtitle, first.source, first.byline) == (
        "市政府推进社会事业发展",
        None,
        "某某日报",
        "吴单 彭玉革",
    )
    assert (second.title, second.byline) == ("心系贫困户 寒冬送温暖", "闫西霞 龚昊")


def test_a_page_of_several_articles_each_in_its_wrapper_with_its_kicker() -> None:
    article = (
        '<div class="article"><h3><p>{kicker}</p></h3><h1><p>{title}</p></h1><h2></h2>'
        '<div id="ozoom"><p>新华社北京4月29日电 {lead}</p><p>{body}</p><p>{more}</p></div></div>'
    )
    # (each article long enough to be one: a teaser of a few words in a wrapper is none)
    more = "会议认为，一年来各地区各部门认真贯彻党中央决策部署，各项工作取得新的进展，经济社会发展保持稳定。"
    page = "".join(
        [
            article.format(
                kicker="习近平在集体学习时强调",
                title="着力提高防范应对自然灾害能力",
                lead="中共中央政治局4月28日下午就提高防灾减灾救灾能力进行集体学习。",
                body="习近平在主持学习时强调，要强化监测预警，完善应急预案。",
                more=more,
            ),
            article.format(
                kicker="中共中央总书记习近平主持会议",
                title="中共中央政治局召开会议",
                lead="中共中央政治局4月28日召开会议，分析研究当前经济形势。",
                body="会议强调，要稳定就业，扩大内需。",
                more=more,
            ),
        ]
    )
    doc = parse_document(page.encode(), source="page.html", date=dt.date(2026, 4, 29))
    assert [(a.title, a.subtitle) for a in doc.articles] == [
        ("习近平在集体学习时强调 着力提高防范应对自然灾害能力", None),
        ("中共中央政治局召开会议", "中共中央总书记习近平主持会议"),
    ]
    assert [(d.text, d.speaker) for d in doc.directives] == [
        ("要强化监测预警，完善应急预案。", "习近平"),
        ("要稳定就业，扩大内需。", "会议"),
    ]


def test_a_commentarys_credit_and_where_the_paper_ran_it_on_one_line() -> None:
    page = (
        "<html><body><div class='article'><h1>优秀特质，党为什么能的关键密码</h1>"
        "<h2>——论学习贯彻重要讲话</h2>"
        "<p class='sec'><span>本报评论员</span> <span>《人民日报》（2026年07月04日 第 02 版）</span></p>"
        "<div id='ozoom'><p>辉煌历史令人自豪，初心使命历久弥坚。</p>"
        "<p>新征程上，必须增强忧患意识，坚持底线思维，全力以赴防风险、保安全。</p></div></div></body></html>"
    )
    doc = parse_document(page.encode(), source="page.html", date=dt.date(2026, 7, 4))
    (article,) = doc.articles
    assert (article.subtitle, article.byline, article.source) == ("论学习贯彻重要讲话", "本报评论员", "人民日报")
    assert [(d.text, d.speaker) for d in article.directives] == [
        ("新征程上，必须增强忧患意识，坚持底线思维，全力以赴防风险、保安全。", "本报评论员")
    ]


def test_a_readouts_bare_measures_and_what_the_state_of_things_still_wants() -> None:
    assert said_on(
        dt.date(2019, 7, 31),
        "中共中央政治局召开会议",
        "新华社北京7月30日电 中共中央政治局7月30日召开会议。会议认为，经济持续稳中向好的基础还需进一步巩固。"
        "会议要求，要深化供给侧结构性改革。稳定制造业投资，加快推进新型基础设施建设。"
        "坚持房子是用来住的、不是用来炒的定位，落实房地产长效管理机制。巩固拓展脱贫成果。",
    ) == [
        ("要深化供给侧结构性改革。", "会议"),
        ("稳定制造业投资，加快推进新型基础设施建设。", "会议"),
        ("坚持房子是用来住的、不是用来炒的定位，落实房地产长效管理机制。", "会议"),
        ("巩固拓展脱贫成果。", "会议"),
    ]


def test_a_leader_named_before_how_he_listened_is_told_nothing() -> None:
    assert said_on(
        dt.date(2025, 12, 24),
        "赵乐际同列席代表座谈",
        "央视网消息：全国人大常委会委员长赵乐际23日下午同列席会议的全国人大代表座谈交流。他强调，人大代表要深入学习贯彻会议精神。"
        "座谈会上，代表们踊跃发言。赵乐际认真倾听，同代表深入交流。",
    ) == [("人大代表要深入学习贯彻会议精神。", "赵乐际")]


def test_an_epapers_menu_login_box_and_list_of_the_pages_headlines_are_furniture() -> None:
    assert _page(
        "今日  首页 - 帮助",
        "  文章搜索:",
        "用户名: 密码: [注册][找回密码]",
        "某市疫情防控宣传工作会议召开",
        "增强战胜疫情决心和信心",
        "  本报讯(陈某)1月26日上午，某市疫情防控宣传工作会议召开。会议要求，要加大社会宣传力度。",
        "更多>>  某某日报近期报纸查看",
        "  本文所在版面导航",
        "·增强战胜疫情决心和信心",
        "  本文所在版面",
        "【第 02 版:坚决打赢疫情防控",
    ) == [("某市疫情防控宣传工作会议召开", "增强战胜疫情决心和信心")]


def test_a_bullet_before_the_headline_and_alone_under_it_is_the_sites() -> None:
    assert _page(
        "• 迅速进入临战状态 坚决打赢防灾减灾救灾硬仗",
        "  •     ",
        "    (上接01版)会议要求，要加强流域共治、区域协同。",
        "分享到微信朋友圈",
    ) == [("迅速进入临战状态 坚决打赢防灾减灾救灾硬仗", None)]


@pytest.mark.parametrize(
    ("lines", "title", "subtitle"),
    [
        (
            [
                "中共中央政治局常务委员会召开会议",
                "听取全国人大常委会党组工作汇报 听取中央书记处工作报告",
                "中共中央总书记习近平主持会议",
            ],
            "中共中央政治局常务委员会召开会议 听取全国人大常委会党组工作汇报 听取中央书记处工作报告",
            "中共中央总书记习近平主持会议",
        ),
        (
            ["市委常委会召开扩大会议", "传达学习中央政治局常委会会议精神 安排部署全市疫情防控工作", "王忠林主持并讲话"],
            "市委常委会召开扩大会议",
            "传达学习中央政治局常委会会议精神 安排部署全市疫情防控工作 王忠林主持并讲话",
        ),
    ],
)
def test_the_politburos_headline_over_lines_is_one_a_local_ones_first_line(
    lines: list[str], title: str, subtitle: str
) -> None:
    lead = "新华社北京1月7日电 会议1月7日召开。会议强调，要坚持党的领导。"
    assert _page(*lines, "", lead) == [(title, subtitle)]
