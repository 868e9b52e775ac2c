"""County and town pages as their portals and forums give them (blind texts of the thirty-sixth session): a
disclosure box whose labels stand each on a line of their own, the value on the next (索引号 ⏎ 620724001/…,
是否有效); a title field that names the headline under the site's menu (名  称: …) or on a forum's printable
page (标题: … [打印本页]); the names of the page's photos, the same but for their number; and a leader's
summing-up speech, then what it asks (镇党委书记张军作总结讲话,要求:一是…)."""

from __future__ import annotations

from parsers.directives import split_attribution
from parsers.document import parse_document

BOX_PAGE = (
    "您的位置: 首页>>政府信息公开>>法定主动公开内容>>政府会议\n\n"
    "张龙主持召开县政府第51次常务会议\n\n"
    "字体:【 打印\n索引号\n620724001/2020-00144\n文号\n关键词\n发布机构\n高台县政府办\n公开形式\n主动公开\n"
    "责任部门\n高台县政府办\n生成日期\n2020-11-05 09:30:00\n是否有效\n\n"
    "县委副书记、县长张龙11月4日主持召开县政府第51次常务会议。\n\n"
    "会议听取了全县新冠肺炎疫情防控工作汇报。会议强调,要按照中央和省市各项决策部署,统筹抓好秋冬季疫情防控和经济发展各项任务。\n"
)

MENU_PAGE = (
    "禄劝彝族苗族自治县人民政府 www.kmlq.gov.cn\n\n政府信息公开\n\n政府信息公开指南\n政府信息公开制度\n\n"
    "索引号: 01512812X-201802-073266 主题分类: 生态环境\n"
    "发布机构: 昆明市禄劝县人民政府办公室 发布日期: 2018-02-28 15:40\n"
    "名 称: 茂山镇召开2018年森林防火工作现场会\n文号: 关键字:\n\n"
    "茂山镇召开2018年森林防火工作现场会\n\n发布时间:2018-02-28 15:40 浏览次数:61\n\n"
    "2018年2月24日上午,茂山镇在甲甸村委会组织召开2018年森林防火工作现场会,共70余人参加会议。\n\n"
    "新茂山2018年第17 期(茂山镇召开2018年森林防火工作现场会)24\n\n"
    "会上,镇党委委员杨钟林通报了近期全县发生的森林火情。\n\n"
    "新茂山2018年第17 期(茂山镇召开2018年森林防火工作现场会)237\n\n"
    "镇党委书记张军作总结讲话,要求:一是要强化责任落实;二是强化宣传教育;三是强化监督检查。\n\n"
    "新茂山2018年第17 期(茂山镇召开2018年森林防火工作现场会)377\n\n(\n"
)

FORUM_PAGE = (
    "乐清上班族网\n\n"
    "标题: 关于实施大荆镇下垟村、前溪村、坎头村等区域管控的通告 [打印本页]\n\n"
    "作者: 乐清之窗    时间: 2022-1-14 12:40\n"
    "标题: 关于实施大荆镇下垟村、前溪村、坎头村等区域管控的通告\n"
    "为坚决阻断新冠肺炎疫情传播途径,经研究,决定自2022年1月14日起对大荆镇下垟村实施管控,现通告如下:\n\n"
    "一、管控期间,管控区范围内实行封闭隔离,只进不出。请大家做到足不出户。\n"
)


def test_a_box_of_labels_each_on_its_own_line_is_the_pages_info() -> None:
    doc = parse_document(BOX_PAGE.encode(), source="page.txt")
    assert [a.title for a in doc.articles] == ["张龙主持召开县政府第51次常务会议"]
    assert doc.articles[0].subtitle is None


def test_the_title_field_names_the_headline_under_the_sites_menu() -> None:
    doc = parse_document(MENU_PAGE.encode(), source="page.txt")
    assert [(a.title, a.subtitle) for a in doc.articles] == [("茂山镇召开2018年森林防火工作现场会", None)]


def test_the_photos_names_are_no_text() -> None:
    doc = parse_document(MENU_PAGE.encode(), source="page.txt")
    assert not any("新茂山" in block for a in doc.articles for block in a.paragraphs)


def test_the_summing_up_speech_then_what_it_asks() -> None:
    doc = parse_document(MENU_PAGE.encode(), source="page.txt")
    assert [(d.speaker, d.text) for d in doc.directives] == [
        ("张军", "一是要强化责任落实;"),
        ("张军", "二是强化宣传教育;"),
        ("张军", "三是强化监督检查。"),
    ]
    assert split_attribution("县长李明作重要讲话,要求:各村要压实责任。") == ("李明", "各村要压实责任。")


def test_a_forums_printable_page_names_its_headline_in_its_title_field() -> None:
    doc = parse_document(FORUM_PAGE.encode(), source="page.txt")
    assert [a.title for a in doc.articles] == ["关于实施大荆镇下垟村、前溪村、坎头村等区域管控的通告"]
    assert doc.articles[0].date is not None and doc.articles[0].date.isoformat() == "2022-01-14"
