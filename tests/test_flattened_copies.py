"""Texts as web copies flatten them: paragraphs run into one line with a space between,
a space or a Latin full stop for each 。, a document's number under its title, the title
said again over the signature. And what such notices and briefings say: an order named
by what it closes (封山令), the terms a notice sets, the penalty it threatens, a point
run on after the colon that announces the list, the body a reporter learnt it from."""

from __future__ import annotations

import datetime as dt

import pytest
from said import said_on

from parsers.directives import find_directives, split_units
from parsers.document import parse_document
from parsers.layout import ends_sentence, is_page_furniture, split_run_in
from parsers.webinfo import is_info

DAY = dt.date(2023, 3, 6)


def _said(*lines: str) -> list[tuple[str, str | None]]:
    return said_on(DAY, *lines)


def _heads(*lines: str) -> list[tuple[str | None, str | None, str | None]]:
    doc = parse_document("\n".join(lines).encode(), source="page.txt", date=DAY)
    return [(a.title, a.subtitle, a.source) for a in doc.articles]


def test_a_latin_full_stop_after_chinese_ends_the_sentence() -> None:
    assert split_units("强化应急值守,确保一旦遇到险情能够高效处置.目前,应急响应维持四级。") == [
        "强化应急值守,确保一旦遇到险情能够高效处置.",
        "目前,应急响应维持四级。",
    ]
    assert ends_sentence("确保一旦遇到险情能够高效处置.")


@pytest.mark.parametrize("text", ["第1.5条规定的标准。", "1.禁止携带火种进山。", "访问www.gov.cn查询。"])
def test_a_point_in_a_number_an_item_or_an_address_ends_nothing(text: str) -> None:
    assert split_units(text) == [text]


def test_paragraphs_run_into_one_line_are_paragraphs_again() -> None:
    line = (
        "关于春节期间禁止燃放烟花爆竹的通告 某府通〔2023〕7号 为减少城市环境污染,巩固创文创卫成果,杜绝火灾事故发生,"
        "确保人民群众生命财产安全,根据《中华人民共和国治安管理处罚法》和国务院《烟花爆竹安全管理条例》等相关法律法规规定,"
        "市政府决定春节期间在城区禁止燃放烟花爆竹,现将有关事项通告如下:"
        " 一、任何单位和个人未经许可,严禁在城区燃放烟花爆竹。"
        " 二、重大庆典活动需要燃放的,主办单位应提前向公安部门提出申请。 三、本通告自发布之日起实施。 此告"
    )
    assert split_run_in([line]) == [
        "关于春节期间禁止燃放烟花爆竹的通告",
        "某府通〔2023〕7号",
        "为减少城市环境污染,巩固创文创卫成果,杜绝火灾事故发生,确保人民群众生命财产安全,根据《中华人民共和国治安管理处罚法》"
        "和国务院《烟花爆竹安全管理条例》等相关法律法规规定,市政府决定春节期间在城区禁止燃放烟花爆竹,现将有关事项通告如下:",
        "一、任何单位和个人未经许可,严禁在城区燃放烟花爆竹。",
        "二、重大庆典活动需要燃放的,主办单位应提前向公安部门提出申请。",
        "三、本通告自发布之日起实施。",
        "此告",
    ]
    assert split_run_in(["短行 不拆 分开"]) == ["短行 不拆 分开"]


def test_a_space_set_for_each_full_stop_is_a_full_stop_again() -> None:
    line = (
        "8月21日,省委副书记、省长主持召开省政府第53次常务会议,学习贯彻近期重要会议精神,"
        "研究部署防汛减灾工作和规划编制等事项 会议听取近期全省防汛工作情况的汇报"
        " 会议强调,月底还有强降雨过程,防汛救灾形势依然严峻 全省各地各部门要始终保持临战状态,坚决打赢防汛救灾这场硬仗,"
        "最大限度避免人员伤亡,最大程度降低灾害损失 会议还研究了其他事项,同意设立国际铁路港经济开发区,"
        "审议通过了新型基础设施建设实施方案"
    )
    assert _said("省政府召开常务会议", line) == [
        (
            "全省各地各部门要始终保持临战状态,坚决打赢防汛救灾这场硬仗,最大限度避免人员伤亡,最大程度降低灾害损失。",
            "会议",
        )
    ]


def test_a_long_title_with_commas_in_its_list_stays_the_title_of_its_notice() -> None:
    assert _heads(
        "关于春节、元宵期间禁止在城区及各镇生产、销售、储存和燃放烟花爆竹、孔明灯的通告",
        "某府通〔2023〕7号",
        "为减少环境污染,保障人民群众生命财产安全,市政府决定春节期间禁止燃放烟花爆竹,现将有关事项通告如下:",
        "一、任何单位和个人未经许可,严禁在城区燃放烟花爆竹。",
        "此告",
        "某某市人民政府 2023年1月21日",
    ) == [("关于春节、元宵期间禁止在城区及各镇生产、销售、储存和燃放烟花爆竹、孔明灯的通告", None, "某某市人民政府")]


@pytest.mark.parametrize("line", ["某府通〔2023〕7号", "国办发〔2020〕1号", "某防指[2022]14号"])
def test_a_documents_number_is_an_info_line(line: str) -> None:
    assert is_info(line)


def test_the_title_said_again_over_the_signature_is_no_directive() -> None:
    title = "紧急通知:即日起严禁春节期间走动拜年"
    assert _said(
        title,
        "某市疫情防控工作指挥部关于严禁春节期间走动拜年的通知",
        "各镇党委和人民政府,市直各单位:",
        "为切断病毒传播途径,现就春节拜年活动相关事项通知如下:一、党员、干部以身作则,禁止走动拜年;"
        "对不执行的党员、干部将依据相关规定给予党纪政纪处分。二、各镇通过村组广播等方式,劝导群众居家团聚。",
        title,
        "某市疫情防控工作指挥部",
        "2023年1月26日",
    ) == [
        ("一、党员、干部以身作则,禁止走动拜年;", "某市疫情防控工作指挥部"),
        ("二、各镇通过村组广播等方式,劝导群众居家团聚。", "某市疫情防控工作指挥部"),
    ]


def test_the_colon_that_announces_a_list_ends_its_preamble_but_one_that_asks_does_not() -> None:
    assert split_units("现将有关事项通知如下:一、禁止走动拜年;") == ["现将有关事项通知如下:", "一、禁止走动拜年;"]
    assert split_units("请各单位做好以下工作:1.中小学停课;") == ["请各单位做好以下工作:1.中小学停课;"]
    assert split_units("二、交通限制措施:1、兴安街全线封闭。") == ["二、交通限制措施:1、兴安街全线封闭。"]


def test_an_order_named_by_what_it_closes_speaks_for_its_issuer_from_its_first_section() -> None:
    doc = parse_document(
        "\n".join(
            [
                "8月23日,某县人民政府森林防火封山令",
                "一、封山时间",
                "自本封山令发布之日起至森林火险红色预警信号解除为止。",
                "二、封山规定",
                "(一)除原住民正常生产生活外,其余人员未经批准一律不得进入封山区域。",
                "(二)各乡镇要加强设卡检查,严禁一切野外用火。",
            ]
        ).encode(),
        source="order.txt",
        date=DAY,
    )
    (article,) = doc.articles
    assert article.subtitle is None
    assert [(d.text[:6], d.speaker) for d in article.directives] == [
        ("(一)除原住", "某县人民政府"),
        ("(二)各乡镇", "某县人民政府"),
    ]


def test_the_terms_a_notice_sets_tell_nobody_to_act() -> None:
    assert _said(
        "某县森林防灭火指挥部关于禁止野外用火的通告",
        "为有效防范森林火灾,现将有关事项通告如下:",
        "一、2023年3月6日至3月15日为森林防火戒严期。",
        "二、本县行政区域内的所有林区为森林防火禁火区范围。",
        "三、戒严期间,本县所有林区禁止一切野外用火。",
        "四、即日起将甲县、乙县列为防范区。",
    ) == [
        ("三、戒严期间,本县所有林区禁止一切野外用火。", "某县森林防灭火指挥部"),
        ("四、即日起将甲县、乙县列为防范区。", "某县森林防灭火指挥部"),
    ]


@pytest.mark.parametrize(
    "penalty",
    [
        "三、违反本通告规定擅自燃放烟花爆竹的,经劝阻、批评教育无效,公安机关将依照有关规定依法予以处罚;",
        "提供虚假信息购买免税品的,海关将依法处理,3年内不得享受离岛免税购物政策。",
    ],
)
def test_a_penalty_threatened_is_no_order(penalty: str) -> None:
    assert find_directives([penalty], title="某市人民政府关于禁止燃放烟花爆竹的通告") == []


def test_whom_a_reporter_learnt_it_from_speaks_in_what_follows() -> None:
    found = find_directives(
        [
            "记者从发布会上获悉,我市在政务服务平台增加了出入场所登记功能。3月29日起,将在人员密集的公共场所全面推广。"
            "在此,提醒广大市民请自觉使用,共同助力疫情防控。",
        ]
    )
    assert [(d.text, d.speaker) for d in found] == [("在此,提醒广大市民请自觉使用,共同助力疫情防控。", "发布会")]


def test_a_meetings_demand_after_the_situation_keeps_the_situation() -> None:
    unit = "近期疫情形势出现新的复杂情况,针对假期人员密集出行,会议要求联防联控机制完善举措,毫不放松抓好假期疫情防控。"
    found = find_directives(["国务院总理主持召开国务院常务会议,部署做好假期疫情防控工作。", unit])
    assert [(d.text, d.speaker) for d in found] == [(unit, "会议")]


def test_what_a_meeting_analysed_is_its_own_and_so_is_what_it_asks_next() -> None:
    found = find_directives(
        ["会商分析,近期强降雨主要集中在江南地区,防汛形势不容乐观。要坚持人民至上,全力做好梅雨期防汛工作。"]
    )
    assert [(d.text, d.speaker) for d in found] == [("要坚持人民至上,全力做好梅雨期防汛工作。", "会商")]


def test_a_speech_goes_on_in_a_paragraph_that_opens_on_the_years_task_then_its_modal() -> None:
    found = find_directives(
        [
            "沈明指出,2018年我们认真贯彻省委决策部署,经济社会发展取得新成效。",
            "今年是全面深化改革的政策落实年,必须以饱满的热情齐心协力推动重点工作开门红。",
        ]
    )
    assert [d.speaker for d in found] == ["沈明"]


def test_an_official_labelled_with_titles_then_a_space_speaks_his_quoted_answer() -> None:
    answer = "“解封”不等于“解防”,我们要继续从严落实疫情防控常态化各项措施。"
    found = find_directives([f"县疫情防控工作领导小组副组长、副县长 赵明:“{answer}”"])
    assert [d.speaker for d in found] == ["赵明"]


def test_each_item_of_a_page_of_the_day_is_of_the_pages_date() -> None:
    doc = parse_document(
        "\n".join(
            [
                "新闻联播 2023-10-27",
                "国务院常务会议部署秋冬农业生产",
                "国务院总理主持召开国务院常务会议,会议要求各地要抓好秋冬种。",
                "全国秋粮收获过半",
                "近日,据农业农村部调度,全国秋粮已收获过半,进度快于去年。",
            ]
        ).encode(),
        source="day.txt",
    )
    assert [(a.title, a.date) for a in doc.articles] == [
        ("国务院常务会议部署秋冬农业生产", dt.date(2023, 10, 27)),
        ("全国秋粮收获过半", dt.date(2023, 10, 27)),
    ]


def test_a_meeting_that_heard_a_report_demands_with_no_comma_between() -> None:
    found = find_directives(
        ["会议听取全市河道排查整治工作情况汇报强调,要把排查整治作为落实河湖长制的重要任务,层层压实责任。"]
    )
    assert [(d.text, d.speaker) for d in found] == [("要把排查整治作为落实河湖长制的重要任务,层层压实责任。", "会议")]


def test_a_leader_on_an_inspection_named_by_surname_and_title_is_the_one_named_before() -> None:
    found = find_directives(
        [
            "9月25日上午,杨新华副市长带队深入燃气公司检查节前安全生产工作。",
            "检查中,杨副市长认真了解安全生产工作落实情况,详细询问节前安全部署情况,要求企业要高度重视安全生产工作。",
            "每到一处,杨新华详细询问安全隐患排查情况,要求严格落实企业主体责任,坚决防范事故发生。",
        ],
        title="杨新华副市长带队检查节前安全生产工作",
    )
    assert [(d.text, d.speaker) for d in found] == [
        ("企业要高度重视安全生产工作。", "杨新华"),
        ("严格落实企业主体责任,坚决防范事故发生。", "杨新华"),
    ]


def test_what_a_leader_encourages_after_his_visit_is_his() -> None:
    found = find_directives(
        ["吕明先后参观了县融媒体中心演播室等场所,详细了解中心建设运行情况,勉励大家要继续保持良好的精神风貌。"]
    )
    assert [(d.text, d.speaker) for d in found] == [("大家要继续保持良好的精神风貌。", "吕明")]


def test_the_zones_a_notice_lists_are_told_how_they_are_run() -> None:
    assert _said(
        "某县疫情防控指挥部通告(第43号)",
        "为切实做好疫情防控工作,现将有关事项通告如下:",
        "一、高风险区(1个)",
        "某镇全域",
        "上述区域实行“足不出户、上门服务”等封控措施。",
        "二、对不服从封控管理的人员,一律依法处理,涉嫌犯罪的,依法追究刑事责任。",
        "以上区域范围和管控要求将根据疫情防控形势变化适时调整。",
        "某县疫情防控指挥部",
        "2022年9月25日",
    ) == [("上述区域实行“足不出户、上门服务”等封控措施。", "某县疫情防控指挥部")]


def test_a_measure_that_opens_with_how_willingly_is_on_the_list() -> None:
    assert _said(
        "关于做好疫苗接种工作的温馨提示",
        "一、接种现场请佩戴好口罩,听从工作人员指挥,有序排队。自觉遵守健康码查验、体温监测等疫情防控措施。",
        "某县疫情防控工作指挥部办公室",
        "2021年7月20日",
    )[1:] == [("自觉遵守健康码查验、体温监测等疫情防控措施。", "某县疫情防控工作指挥部办公室")]


@pytest.mark.parametrize(
    "line",
    [
        "2022-03-07 15:20:03  编辑:wangjun",
        "某某日报所有自采新闻独家授权某某新闻网发布,未经允许不得转载或镜像;授权转载务必注明来源。",
        "免责声明",
        "本公众号部分转载的文章来自网络,其版权和文责属原作者所有,若不希望文章被转载,请联系我们删除。",
    ],
)
def test_a_sites_stamp_its_rights_and_its_disclaimer_are_no_text(line: str) -> None:
    assert is_info(line) or is_page_furniture(line)


def test_a_news_apps_reporter_and_the_place_he_reports_from() -> None:
    assert _heads(
        "本文转自:大众网",
        "大众网·海报新闻记者 邱明 实习生 徐一丹 日照报道",
        "8月18日下午,日照市新闻办举行疫情防控新闻发布会,通报最新情况。",
    ) == [(None, None, "大众网")]
    doc = parse_document(
        "\n".join(["某市召开发布会", "大众网·海报新闻记者 邱明 日照报道", "8月18日下午,某市召开发布会。"]).encode(),
        source="page.txt",
    )
    assert [a.byline for a in doc.articles] == ["邱明"]


def test_a_traditional_lead_that_says_whose_news_it_is_opens_under_the_headline() -> None:
    assert (
        _heads(
            "成都:疫情傳入鏈條超20條,提醒居民盡量居家不外出",
            "2022-09-01 18:05:36 新京報",
            "據川觀新聞消息,9月1日,在成都市人民政府新聞辦公室舉行的疫情防控工作新聞發布會上,有關負責人介紹了情況。",
        )[0][0]
        == "成都:疫情傳入鏈條超20條,提醒居民盡量居家不外出"
    )


def test_a_sites_chrome_copied_with_its_article_is_left_out() -> None:
    doc = parse_document(
        "\n".join(
            [
                "• 繁体版",
                "• 无障碍",
                "您现在所在的位置: 网站首页 > 新闻中心 > 本县要闻",
                "县政府召开第22次县长专题会议",
                "发布时间:",
                "2019-01-18 17:29",
                "信息来源:",
                "今日某县",
                "分享到:",
                "1月17日,县长主持召开县长专题会议。会议要求,各部门要切实做好节日期间各项工作。",
                "扫一扫在手机打开当前页",
                "0条评论",
                "还没有评论,快来抢沙发吧!",
                "Copyright © 2019 www.example.gov.cn All Rights Reserved.",
            ]
        ).encode(),
        source="site.txt",
    )
    assert [(a.title, a.source, a.date, len(a.paragraphs)) for a in doc.articles] == [
        ("县政府召开第22次县长专题会议", "今日某县", dt.date(2019, 1, 17), 1)
    ]


@pytest.mark.parametrize("label", ["今日舞阳", "公告公示", "闽政通APP"])
def test_a_sites_name_or_section_atop_the_page_is_no_headline(label: str) -> None:
    assert _heads(label, "县委县政府重点工作第52次周交办会议召开", "8月22日,县长主持召开周交办会议。")[0][0] == (
        "县委县政府重点工作第52次周交办会议召开"
    )


def test_traditional_info_lines_are_info_and_the_meeting_speaks_as_the_page_writes_it() -> None:
    doc = parse_document(
        "\n".join(
            [
                "時間:2022-03-08",
                "點擊:1162",
                "來源:甘肅日報",
                "3月7日上午,全省疫情防控工作視頻會議在蘭州召開。會議強調,各級各部門要把疫情防控作為最重要的工作。",
            ]
        ).encode(),
        source="page.txt",
    )
    (article,) = doc.articles
    assert (article.title, article.source) == (None, "甘肅日報")
    assert [d.speaker for d in article.directives] == ["會議"]


def test_a_notices_items_numbered_in_figures_stay_in_their_section() -> None:
    doc = parse_document(
        "\n".join(
            [
                "某县公安局关于对县城部分道路实施临时交通管制的通告",
                "为全力做好疫情防控工作,现决定对以下路段实施临时交通管制。",
                "一、管制路段",
                "1、城区入口为:复兴十字与滨河大道交叉路口",
                "2、城区出口为:国道312线与纬五路交叉路口",
                "二、管制要求",
                "请进出县城的车辆严格按照通告要求,有序行驶,积极配合检查。",
                "某县公安局",
                "2022年3月21日",
            ]
        ).encode(),
        source="notice.txt",
    )
    (article,) = doc.articles
    assert [d.text for d in article.directives] == ["请进出县城的车辆严格按照通告要求,有序行驶,积极配合检查。"]


def test_what_a_task_bears_on_is_no_order() -> None:
    assert find_directives(["会议强调,做好防汛抗旱工作事关重大、不容有失。"]) == []


def test_an_html_paragraph_of_run_in_paragraphs_and_a_time_stamp_under_the_headline() -> None:
    body = (
        "8月21日,省委副书记、省长主持召开省政府第53次常务会议,学习贯彻近期重要会议精神,"
        "研究部署防汛减灾工作和规划编制等事项 会议听取近期全省防汛工作情况的汇报"
        " 会议强调,月底还有强降雨过程,防汛救灾形势依然严峻 全省各地各部门要始终保持临战状态,坚决打赢防汛救灾这场硬仗,"
        "最大限度避免人员伤亡,最大程度降低灾害损失 会议还研究了其他事项,同意设立国际铁路港经济开发区,"
        "审议通过了新型基础设施建设实施方案"
    )
    page = (
        "<html><head><meta charset='utf-8'><title>省政府召开常务会议</title></head><body><div class='article'>"
        f"<h1>省政府召开常务会议</h1><p>2020-08-22 11:43:50</p><p>{body}</p></div></body></html>"
    )
    doc = parse_document(page.encode(), source="page.html")
    assert [(d.text[:6], d.speaker) for d in doc.directives] == [("全省各地各部", "会议")]
    assert [a.title for a in doc.articles] == ["省政府召开常务会议"]


def test_a_news_headline_set_as_the_pages_title_and_its_h1_stays_over_the_notice_it_reports() -> None:
    headline = "河南发布端午节放假通知"
    page = (
        f"<html><head><meta charset='utf-8'><title>{headline}</title></head><body><div class='article'>"
        f"<h1>{headline}</h1><p>河南省人民政府办公厅</p><p>关于2023年端午节放假安排的通知</p>"
        "<p>各市、县人民政府,省人民政府各部门:</p><p>现将2023年端午节放假安排通知如下:6月22日至24日放假调休,共3天。"
        "节假日期间,各地、各部门要妥善安排好值班和安全、保卫等工作。</p></div></body></html>"
    )
    doc = parse_document(page.encode(), source="page.html")
    assert [(a.title, a.subtitle) for a in doc.articles] == [
        (headline, "河南省人民政府办公厅关于2023年端午节放假安排的通知")
    ]


def test_when_a_notice_applies_and_what_people_may_do_are_no_orders() -> None:
    assert _said(
        "某县疫情防控工作领导小组通告(第2号)",
        "为切实做好疫情防控工作,现将有关事项通告如下:",
        "一、全县所有长途客运班线暂停运营。",
        "二、客运车辆不得停靠城区以外站点。",
        "三、本通告自2020年1月28日起施行,具体恢复时间另行通告。",
        "另外,已购买车票的旅客可以通过原购票渠道办理免费退票。",
        "某县疫情防控工作领导小组",
        "2020年1月28日",
    ) == [
        ("一、全县所有长途客运班线暂停运营。", "某县疫情防控工作领导小组"),
        ("二、客运车辆不得停靠城区以外站点。", "某县疫情防控工作领导小组"),
    ]


def test_who_speaks_for_a_body_advises_the_public_and_a_place_appeals() -> None:
    found = find_directives(
        [
            "朱明受市疫情防控指挥部的委托,郑重向市民表示,同时也请媒体传递权威的声音。",
            "为巩固防疫成果,高明建议市民,居家隔离期间,要注意通风,避免没必要的互访。",
            "同时,石家庄市对全市各志愿服务组织、志愿者发出倡议书,要大力弘扬志愿精神,主动服务大局。",
        ]
    )
    assert [(d.text, d.speaker) for d in found] == [
        ("同时也请媒体传递权威的声音。", "朱明"),
        ("居家隔离期间,要注意通风,避免没必要的互访。", "高明"),
        ("要大力弘扬志愿精神,主动服务大局。", "石家庄市"),
    ]


def test_a_couplet_set_with_a_list_comma_is_a_saying() -> None:
    assert find_directives(["习近平指出,民族要复兴、乡村必振兴。"]) == []


def test_who_talks_to_those_around_him_and_who_gave_a_speech_speak() -> None:
    found = find_directives(
        [
            "傍晚时分,居民们纷纷围拢过来。习近平亲切地对大家说,见到大家非常高兴!各族人民要像石榴籽一样紧紧抱在一起。",
            "宣誓后,国务院总理李强作了讲话。他强调,铮铮誓言,要铭记于心,更要见之于行。",
        ]
    )
    assert [(d.text, d.speaker) for d in found] == [
        ("各族人民要像石榴籽一样紧紧抱在一起。", "习近平"),
        ("铮铮誓言,要铭记于心,更要见之于行。", "李强"),
    ]


def test_what_one_means_to_do_and_what_will_be_are_no_orders() -> None:
    found = find_directives(["习近平对孩子们说,你们将来要长成参天大树。作为一名党员,我要不断接受教育。"])
    assert found == []
