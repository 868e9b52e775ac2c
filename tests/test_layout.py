"""Joining lines that page layout broke mid-sentence, never a headline onto a body."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from parsers.blocks import Block
from parsers.document import parse_document
from parsers.layout import (
    ends_sentence,
    is_page_furniture,
    join_broken,
    looks_like_headline,
    masthead,
    page_date,
    unwrap,
    wrap_width,
)


def blocks(*texts: str) -> list[Block]:
    return [Block(t) for t in texts]


def test_break_after_a_comma_is_joined() -> None:
    out, joins = join_broken(blocks("习近平强调,各地区进一步动员起来,统一思想,", "坚定信心,坚持不懈。"))
    assert [b.text for b in out] == ["习近平强调,各地区进一步动员起来,统一思想,坚定信心,坚持不懈。"]
    assert joins == 1


def test_break_inside_a_word_is_joined() -> None:
    out, _ = join_broken(blocks("在听取汇报后,许昆林指出,当前全", "省疫情仍呈现点多态势。"))
    assert [b.text for b in out] == ["在听取汇报后,许昆林指出,当前全省疫情仍呈现点多态势。"]


NOTICE_HEAD = ("某县指挥部通告", "现将有关事项通告如下：")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("（四）封山区域所属乡镇（街道）、村（社", "区）要强化封控措施。"),  # inside brackets
        ("三、广大党员干部及公职人", "员要带头落实防控要求。"),  # inside a word, its part no word
        ("一、对于国内中高风险地区车", "辆，一律劝返。"),  # a word from the line's last character
        ("二、全县餐饮单位暂停举办婚宴、亲朋聚餐等", "聚集性活动。"),  # after the 等 that closes a list
        ("三、各级党员、干部、职工要带头遵守烟花", "爆竹禁放规定。"),  # a point that says 要 is a sentence
        ("一、除2月5日（元宵节）20:", "00-21:00外，禁止燃放烟花。"),  # inside a time
    ],
)
def test_a_numbered_point_the_layout_cut_is_joined(first: str, second: str) -> None:
    out, _ = join_broken(blocks(*NOTICE_HEAD, first, second))
    assert [b.text for b in out] == [*NOTICE_HEAD, first + second]


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        ("一、加强组织领导", "各地要加强领导。"),
        ("一、加强组织领导", "小组成员要履职。"),  # 领导|小组: the line ends on a word
        ("一、强化疫情防控", "工作人员要戴口罩。"),
        ("二、相关要求", "（一）切实做好防控工作。"),
    ],
)
def test_a_numbered_heading_stays_apart_from_the_paragraph_under_it(heading: str, paragraph: str) -> None:
    out, _ = join_broken(blocks(*NOTICE_HEAD, heading, paragraph))
    assert [b.text for b in out] == [*NOTICE_HEAD, heading, paragraph]


def test_headline_subtitle_and_dateline_stay_apart() -> None:
    texts = (
        "中共中央政治局常务委员会召开会议 分析新冠肺炎疫情形势",
        "中共中央总书记习近平主持会议",
        "新华社北京3月17日电 中共中央政治局常务委员会3月17日召开会议。",
    )
    out, joins = join_broken(blocks(*texts))
    assert [b.text for b in out] == list(texts) and joins == 0


def test_headline_with_a_comma_is_not_glued_to_its_subtitle() -> None:
    texts = ("坚定信心，同舟共济", "习近平主持会议", "新华社北京1月25日电 会议召开。")
    out, _ = join_broken(blocks(*texts))
    assert [b.text for b in out] == list(texts)


def test_a_line_of_several_commas_after_a_paragraph_is_no_subtitle() -> None:
    # a paragraph's first line, cut where a <br> or the column ended it, then its next line
    texts = (
        "要统筹做好信息发布。",
        "会议要求,各地区各部门各方面要把思想和行动统一到",
        "党中央决策部署上来,党政同责,齐抓共管,做到守",
        "土有责。",
    )
    out, _ = join_broken(blocks(*texts))
    assert [b.text for b in out] == [texts[0], "".join(texts[1:])]


def test_a_briefs_headline_of_who_and_what_stays_apart_from_its_item() -> None:
    texts = ("教育部：中小学高校错时错峰开学", "教育部日前通知，要求做好错时开学方案。")
    out, joins = join_broken(blocks(*texts))
    assert [b.text for b in out] == list(texts) and joins == 0


def test_a_line_cut_after_what_was_said_and_a_colon_is_still_joined() -> None:
    out, _ = join_broken(blocks("许昆林强调：要加强", "重点人员管控，严防疫情外溢。"))
    assert [b.text for b in out] == ["许昆林强调：要加强重点人员管控，严防疫情外溢。"]


def test_a_headline_may_cite_a_title_that_holds_a_comma() -> None:
    assert looks_like_headline("《求是》杂志发表重要文章《构建起强大的公共卫生体系，为维护人民健康提供有力保障》")
    assert not looks_like_headline("文章强调，人民安全是国家安全的基石")


def test_byline_is_never_joined() -> None:
    out, _ = join_broken(blocks("市委全体领导同志在市分会场参加,各县设分会场", "记者 吕正龙"))
    assert len(out) == 2


def test_sentence_end_and_headline_shape() -> None:
    assert ends_sentence("严肃问责。”") and ends_sentence("现象发生;")
    assert not ends_sentence("全面推广“场所码”")
    assert looks_like_headline("一手抓疫情防控 一手抓经济社会发展")
    assert not looks_like_headline("要压实四方责任。")


@pytest.mark.parametrize(
    "line",
    ["2022年4月2日 星期六", "2022年3月18日 星期五 农历二月十六", "A2 要闻", "第2版", "02版：要闻",
     "责任编辑 张晓 美编 李华", "责任编辑：张晓", "（下转A3版）", "（上接第一版）",
     "(编辑 李明)", "【责任编辑：张晓】", "2022年05月06日 人民日报 第01版", "2022年3月18日 星期五 盐城晚报 A2版",
     "盐城晚报 2022年03月18日 第A02版：要闻", "盐城晚报 2022年04月02日 星期六 A02 要闻",
     "原标题：全力以赴打好疫情防控攻坚战", "图为会议现场。 本报记者 李四 摄", "本报记者 李四 摄", "（张三 摄）",
     "新华社记者 李学仁 摄", "记者张三摄", "盐城晚报 | 2022-04-02 | A02", "2022-04-02 盐城晚报 A02版",
     "盐城晚报 2022.04.02 第A02版：要闻", "本文有删节", "（本文有删节）",
     "监督电话:0356-3846005", "公安报警:110", "市长服务热线:12345", "责任编辑:hN_0414",
     "原文链接:http://www.example.cn/a.html"],
)  # fmt: skip
def test_page_furniture(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize(
    "line",
    ["3人获刑", "A股", "5G建设", "2022年", "编辑部召开会议", "编辑张三被表彰", "会议要求", "市民在拍摄",
     "周斌强调，要做好新闻拍摄", "A2012次列车停运", "本文有删节的版本", "新增确诊病例:12", "截至目前:1200"],
)  # fmt: skip
def test_headlines_are_not_page_furniture(line: str) -> None:
    assert not is_page_furniture(line)


def test_a_text_page_leaves_its_furniture_out() -> None:
    page = (
        "2022年4月2日 星期六\nA2 要闻\n责任编辑 张晓 美编 李华\n\n全力以赴打好疫情防控攻坚战\n"
        "——省疫情联防联控指挥部召开视频调度会议\n\n本报讯（记者 王明） 4月1日晚，指挥部召开会议。"
        "许昆林指出，要严格落实“四早”要求。\n（下转A3版）\n"
    )
    doc = parse_document(page.encode(), source="page.txt", date=dt.date(2022, 4, 2))
    assert [(a.title, a.subtitle, a.byline) for a in doc.articles] == [
        ("全力以赴打好疫情防控攻坚战", "省疫情联防联控指挥部召开视频调度会议", "王明")
    ]
    assert [d.text for d in doc.directives] == ["要严格落实“四早”要求。"]


def test_the_date_line_dates_a_text_page_that_has_no_other_date() -> None:
    page = (
        "2022年4月2日 星期六\nA3 要闻\n\n市委常委会召开扩大会议\n\n本报讯(记者 陈晓)4月1日下午,市委常委会召开扩大会议。"
        "戴源强调,一要从严从紧抓好外防输入;二要扎实做好社区防控。\n(编辑 李明)\n"
    )
    doc = parse_document(page.encode(), source="page.txt")
    assert (doc.document.date, doc.document.date_origin) == (dt.date(2022, 4, 2), "page")
    assert [(a.title, a.date, a.byline) for a in doc.articles] == [
        ("市委常委会召开扩大会议", dt.date(2022, 4, 1), "陈晓")
    ]
    assert [d.text for d in doc.directives] == ["一要从严从紧抓好外防输入;", "二要扎实做好社区防控。"]


def test_a_date_given_from_outside_wins_over_the_date_line() -> None:
    page = "2022年4月2日 星期六\n\n市委常委会召开会议\n\n本报讯 4月1日,会议强调,要严格落实防控措施。\n"
    doc = parse_document(page.encode(), source="page.txt", date=dt.date(2022, 4, 3))
    assert (doc.document.date, doc.document.date_origin) == (dt.date(2022, 4, 3), None)


def test_page_date_looks_only_at_date_lines() -> None:
    assert page_date(["", "A2 要闻", "2022年4月2日 星期六"]) == dt.date(2022, 4, 2)
    assert page_date(["2022年4月2日，市委召开会议。"]) is None
    assert page_date(["2022年05月06日 人民日报 第01版"]) == dt.date(2022, 5, 6)
    assert page_date(["盐城晚报 2022年03月18日 第A02版：要闻"]) == dt.date(2022, 3, 18)
    assert page_date(["2022年2月30日 星期三"]) is None
    assert page_date(["盐城晚报 2022年04月02日 星期六 A02 要闻"]) == dt.date(2022, 4, 2)
    assert page_date(["盐城晚报 | 2022-04-02 | A02"]) == dt.date(2022, 4, 2)
    assert page_date(["2022-04-02，市委召开会议。"]) is None


@pytest.mark.parametrize(
    ("line", "paper"),
    [
        ("2022年05月06日 人民日报 第01版", "人民日报"),
        ("盐城晚报 2022年03月18日 第A02版：要闻", "盐城晚报"),
        ("2022年3月18日 星期五 盐城晚报", "盐城晚报"),
        ("新华日报 · 第3版", "新华日报"),
        ("人民日报 - 中共中央政治局常务委员会召开会议", "人民日报"),
        ("中国青年报", "中国青年报"),
        ("盐城晚报 | 2022-04-02 | A02", "盐城晚报"),
        ("《 人民日报 》（ 2022年05月06日 01 版）", "人民日报"),
        ("2022-04-02 盐城晚报 A02版", "盐城晚报"),
        ("防疫快报", None),  # a column's name, not a paper's
        ("国务院办公厅关于做好疫情防控工作的通知", None),
        ("2022年4月2日 星期六", None),
    ],
)
def test_masthead_names_the_paper(line: str, paper: str | None) -> None:
    assert masthead(["", "A2 要闻", line]) == paper


def test_benbao_on_a_page_of_several_articles_is_the_papers_own() -> None:
    page = (
        "盐城晚报 2022年03月18日 第A02版：要闻\n\n"
        "市委常委会召开会议\n\n本报讯（记者 王五）3月17日，市委常委会召开会议。会议强调，要坚决落实“四早”要求。\n\n"
        "全市新增确诊病例清零\n\n本报讯 记者从市卫健委获悉，全市新增确诊病例清零。\n\n"
        "国务院联防联控机制召开会议\n\n新华社北京3月17日电 会议要求，要做好重点人群防护。\n"
    )
    doc = parse_document(page.encode(), source="a2.txt")
    assert [(a.title, a.source) for a in doc.articles] == [
        ("市委常委会召开会议", "盐城晚报"),
        ("全市新增确诊病例清零", "盐城晚报"),
        ("国务院联防联控机制召开会议", "新华社"),
    ]
    without = parse_document(page.split("\n", 1)[1].encode(), source="a2.txt")
    assert [a.source for a in without.articles] == [None, None, "新华社"]  # no masthead: no paper named


PARAGRAPHS = [
    "会议强调，要严格落实“四早”要求，加快流调溯源速度，做到发现一例、处置一例。",
    "要强化重点人群管控，对中高风险地区来人实行全流程闭环管理。要加强物资储备。",
    "要做好群众生活保障工作，确保物资供应充足、价格稳定，坚决守住不发生规模性疫情底线。",
    "要统筹疫情防控和经济社会发展，保障重点企业正常生产。",
]


@pytest.mark.parametrize("indent", ["\u3000\u3000", ""])
def test_unwrap_runs_full_lines_on_and_ends_paragraphs_at_short_or_indented_lines(indent: str) -> None:
    lines = ["省委常委会召开会议"]  # a headline: short, it stands alone
    for paragraph in PARAGRAPHS:
        text = indent + paragraph
        lines += [text[k : k + 16] for k in range(0, len(text), 16)]
    assert wrap_width(lines) == (len, 16)
    assert unwrap(lines) == [line for p in ["省委常委会召开会议", *PARAGRAPHS] for line in (p, "")]


def test_a_headline_as_wide_as_the_wrap_ends_before_the_dateline() -> None:
    headline = "李克强考察全国市场运行与流通发展服务"  # 18 characters: a full line of the wrap
    body = (
        "央视网消息（新闻联播）：13日，李克强考察全国市场运行平台。他强调，要推动商贸流通市场正常运行。要稳住外贸外资。"
    )
    lines = (
        [headline]
        + [body[k : k + 18] for k in range(0, len(body), 18)]
        + ["全国各地都在行动。要加强统筹协调工作。"[:18]] * 3
    )
    assert unwrap(lines)[:2] == [headline, ""]


def test_lines_of_many_lengths_are_no_wrap() -> None:
    seed = (Path(__file__).parents[1] / "seeds" / "000_714d42e7a528be23.txt").read_text(encoding="utf-8")
    assert wrap_width(seed.split("\n")) is None
    assert unwrap(seed.split("\n")) == seed.split("\n")


def test_a_full_line_that_ends_a_sentence_runs_on_unless_a_paragraph_opens_after_it() -> None:
    # 36 characters: three full lines of 12, the third ending a sentence at the full width
    first = "会议指出，要建好群众身边的健身设施，完善场地。各地可以租赁方式提供用地。"
    assert len(first) == 36

    def page(then: str) -> list[str]:
        text = first + then
        return [text[k : k + 12] for k in range(0, len(text), 12)]

    # a bare measure after it (充分挖潜…) is on the same list: the paragraph runs on
    measure = "充分挖潜利用城市公共体育健身设施，推动进一步向社会开放，培育社会体育指导专业人才，丰富全民体育活动。"
    assert wrap_width(page(measure)) == (len, 12)
    assert unwrap(page(measure))[:2] == [first + measure, ""]
    # someone speaks after it: a paragraph of its own
    speech = "会议强调，要统筹推进全民健身场地设施建设工作，加强组织协调，压实各方责任，确保各项措施落到实处。"
    assert unwrap(page(speech))[:4] == [first, "", speech, ""]


def test_a_point_that_lacks_its_full_stop_does_not_run_into_the_next() -> None:
    from parsers.blocks import Block
    from parsers.layout import join_broken

    blocks = [
        Block(text="一、自即日起，城区范围一律禁止燃放烟花爆竹"),
        Block(text="二、请广大市民遵守规定，提倡不燃放。"),
    ]
    joined, joins = join_broken(blocks)
    assert ([b.text for b in joined], joins) == ([b.text for b in blocks], 0)


def test_a_short_numbered_heading_with_a_comma_stands_alone() -> None:
    from parsers.blocks import Block
    from parsers.layout import join_broken

    blocks = [Block(text="三、理性消费，拒绝浪费"), Block(text="春节期间，消费者在购物时一定要保持理性。")]
    assert join_broken(blocks)[1] == 0
