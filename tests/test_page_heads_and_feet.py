"""What a page sets around its texts: the headline over a reposted notice, the credits and
editors at its foot, a signature the layout broke, the items of a page of short news.
Each is told apart from the headlines that open texts, so a page yields the articles a
reader sees on it."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.document import parse_document
from parsers.layout import is_page_furniture

DAY = dt.date(2022, 6, 22)


def _page(*lines: str, date: dt.date | None = DAY) -> list[tuple[str | None, str | None, int]]:
    doc = parse_document("\n".join(lines).encode(), source="page.txt", date=date)
    return [(a.title, a.byline, len(a.paragraphs)) for a in doc.articles]


@pytest.mark.parametrize(
    "line",
    [
        "一审：王小红",
        "三审:李大伟",
        "責(zé)任編輯:张明",  # a Traditional credit with a pinyin reading after each character
        "摄影:晚报记者 赵六",
        "2023年03月15日 第07版:国内",  # an e-paper's date and page, with no paper named
        "1886 期 / 第2版:2",
        "（信息公开形式：主动公开）",
        "【 关闭 】",  # the site's button, spaced inside its brackets
        "一审:尤逸群 | 二审:黄种成 | 三审:林培元",  # the staff, set off by bars
        "![]()",  # an image copied as Markdown, its link lost
        "THE END",  # an account's ornament at the foot of its text
        "The Beginning",
        "免责声明:本文由某某号作者上传发布,仅代表作者观点,本平台仅提供信息发布平台。",
        "审核 | 一审:黄捷生 二审:赖剑非 三审:陈志明",  # a label over the staff it names
        "(政府新聞處圖片)",  # a photo's credit alone
        "新聞出版局登記編號 336號",  # a paper's registration
        "【",
        "点亮",  # an account's call to like and pass it on
        "转发分享更多人",
        "分享 收藏 点赞 在看",
        "频道精选",  # a box of the site's channels
        "最新文章",  # the list of an account's other posts
        "网站支持IPv6 无障碍辅助浏览 长者模式",  # the site's access buttons
        "209316/images/微信截图_20240810153547.png",  # an image's path alone
        "国内统一刊号:CN64-0001 宁夏日报报业集团出版",  # a paper's registration and publisher
        "阅读量: 852",  # how often it was read
        "关注官方公众号",  # the site's call to follow its account
    ],
)
def test_the_staff_and_the_page_lines_are_furniture(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", ["文明城市人人共建", "文化惠民活动启动", "图为会议现场"])
def test_a_headline_that_opens_as_a_credit_does_is_no_furniture(line: str) -> None:
    assert not is_page_furniture(line)


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("采写：晚报记者 张三", "张三"),
        ("文：某市报业全媒体记者 李四", "李四"),
        ("（文/图 王五 赵六）", "王五 赵六"),
    ],
)
def test_who_wrote_the_text_at_its_foot_is_its_byline(credit: str, byline: str) -> None:
    body = "6月21日，市政府召开会议。会议要求，各地要加强汛期值守。"
    assert _page("市政府部署汛期工作", body, credit, "一审：王小红", "二审：李大伟") == [
        ("市政府部署汛期工作", byline, 1)
    ]


def test_a_column_named_before_the_headline_is_no_dateline() -> None:
    # 时讯 names the column; the lead under the site's info line opens with the dateline
    assert _page(
        "今日时讯:省安委办下发通知 做好端午节期间安全防范",
        "2022-06-22 08:30 某省日报客户端",
        "某省日报6月21日讯(记者 张三)今天,省安委办下发通知,要求各地加强节日安全防范工作。",
        "内容来源:互联网",
    ) == [("今日时讯:省安委办下发通知 做好端午节期间安全防范", "张三", 1)]


def test_a_source_that_names_nobody_is_none() -> None:
    doc = parse_document(
        "市里召开会议\n发布时间:2022-06-22 09:00\n内容来源:互联网\n6月21日，市里召开会议。会议要求，要值守。".encode(),
        source="page.txt",
    )
    assert [a.source for a in doc.articles] == [None]


@pytest.mark.parametrize(
    ("signed", "date"),
    [
        ("2022年6月20日", dt.date(2022, 6, 20)),
        ("2022年6月20", dt.date(2022, 6, 20)),  # the layout lost the 日
        ("二〇二二年六月二十日", dt.date(2022, 6, 20)),
    ],
)
def test_a_signature_the_layout_set_over_two_lines_is_one_body(signed: str, date: dt.date) -> None:
    doc = parse_document(
        "\n".join(
            [
                "关于调整部分区域防控措施的通告",
                "根据疫情防控需要，现将有关事项通告如下：",
                "一、封控区严格实行“区域封闭、足不出户”。",
                "二、请广大市民自觉遵守防疫规定。",
                "某市新冠肺炎疫情防控",
                "应急综合指挥部",
                signed,
            ]
        ).encode(),
        source="notice.txt",
    )
    assert [(a.title, a.source, a.date) for a in doc.articles] == [
        ("关于调整部分区域防控措施的通告", "某市新冠肺炎疫情防控应急综合指挥部", date)
    ]
    assert {d.speaker for d in doc.directives} == {"某市新冠肺炎疫情防控应急综合指挥部"}


def test_a_slogan_under_a_signature_heads_no_text() -> None:
    assert _page(
        "关于清明节放假的通知",
        "各单位：清明节放假一天，请各单位安排好值班。",
        "某州人民政府办公室",
        "2022年3月30日",
        "绿色清明",
        "文明祭祀",
    ) == [("关于清明节放假的通知", None, 1)]


def test_a_news_headline_over_a_notice_stays_the_title() -> None:
    doc = parse_document(
        "\n".join(
            [
                "某市发布最新通告 延长管控时间",
                "某市应对疫情应急指挥部",
                "关于延长全市管控时间的通告",
                "经研究，决定延长全市管控时间，请广大市民继续配合。",
            ]
        ).encode(),
        source="page.txt",
    )
    assert [(a.title, a.subtitle) for a in doc.articles] == [
        ("某市发布最新通告 延长管控时间", "某市应对疫情应急指挥部关于延长全市管控时间的通告")
    ]


def test_a_headline_the_layout_set_under_the_body_it_names_is_one_title() -> None:
    assert _page(
        "省疫情防控指挥部",
        "召开现场调度会",
        "6月21日，省疫情防控指挥部召开现场调度会。会议要求，各地要压实责任。",
    ) == [("省疫情防控指挥部召开现场调度会", None, 1)]


def test_a_traditional_headline_with_readings_over_a_dated_lead_is_the_title() -> None:
    title = (
        "傳達(dá)學(xué)習(xí)貫徹省委省政府防汛抗旱工作電(diàn)視電(diàn)話會(huì)議精神,"
        "對(duì)全市防汛救災(zāi)和安全生產(chǎn)工作進(jìn)行安排部署"
    )  # 97 characters as written, 46 as read
    lead = "6月21日晚,市長(zhǎng)主持召開會(huì)議。會(huì)議強(qiáng)調(diào),各級要壓實責任。"
    assert _page(title, lead) == [(title, None, 1)]


def test_what_a_line_ending_on_a_colon_introduces_is_a_list_not_headlines() -> None:
    assert _page(
        "某市新增2个封控区",
        "根据疫情防控形势，经专家研判，新增以下区域为封控区、管控区：",
        "一、封控区(2个):",
        "某某酒店",
        "某某小区三区2栋",
        "二、管控区(1个):",
        "某某菜市场及周边门面",
        "封控区严格实行“足不出户、服务上门”。",
        "附件:",
        "1.封控区管理指引",
        "2.管控区管理指引",
    ) == [("某市新增2个封控区", None, 10)]


def test_each_item_of_a_page_of_news_is_an_article() -> None:
    assert _page(
        "新闻摘要(2022年6月22日)",
        "1.国务院召开常务会议 部署稳就业工作",
        "国务院总理6月21日主持召开国务院常务会议。会议要求，要落实稳岗政策。",
        "2. 某部门:加强汛期安全防范",
        "某部门6月21日召开会议，要求各地加强汛期安全防范。",
    ) == [("国务院召开常务会议 部署稳就业工作", None, 1), ("某部门:加强汛期安全防范", None, 1)]


def test_each_bulleted_item_of_news_is_an_untitled_article() -> None:
    assert _page(
        "2022年06月22日",
        "第A01版:要闻",
        "本市要闻",
        "■6月21日，副市长主持召开安全生产会议。他要求，各地要压实安全责任。（记者 张三）",
        "■6月21日，市长带队检查防汛工作。他强调，要加强值班值守。（记者 李四）",
    ) == [(None, "张三", 1), (None, "李四", 1)]


def test_a_line_the_layout_cut_before_the_last_words_of_its_sentence_is_joined() -> None:
    lines = [
        "国务院印发行动方案",
        "新华社北京3月13日电 国务院日前印发行动方案，推动设备更新。",
        "《行动方案》明确了5方面20项重点任务。一是实施设备更新行动。推进重点行业设备更新改造。",
    ]
    whole = parse_document("\n".join(lines).encode(), source="page.txt")
    cut = [*lines[:2], "《行动方案》明确了5方面20项", lines[2].removeprefix("《行动方案》明确了5方面20项")]
    doc = parse_document("\n".join(cut).encode(), source="page.txt")
    assert [(a.title, a.paragraphs) for a in doc.articles] == [(a.title, a.paragraphs) for a in whole.articles]
    assert [d.text for d in doc.directives] == [d.text for d in whole.directives]
    assert "推进重点行业设备更新改造。" in [d.text for d in doc.directives]


def test_a_list_under_a_colon_ends_at_the_signature_and_its_seal_signs_nothing() -> None:
    doc = parse_document(
        "\n".join(
            [
                "关于印发防控方案等2个文件的通知",
                "各地联防联控机制：现将方案印发给你们，请认真贯彻执行。",
                "附件:",
                "1.疫情监测方案",
                "2.个人防护指南",
                "国务院应对新型冠状病毒感染",
                "疫情联防联控机制综合组",
                "(国家卫生健康委代章)",
                "2022年12月26日",
                "某市召开防控工作会议",
                "12月27日，某市召开防控工作会议。会议要求，各地要做好药品保供。",
            ]
        ).encode(),
        source="page.txt",
    )
    assert [(a.title, a.source, len(a.paragraphs)) for a in doc.articles] == [
        ("关于印发防控方案等2个文件的通知", "国务院应对新型冠状病毒感染疫情联防联控机制综合组", 4),
        ("某市召开防控工作会议", None, 1),
    ]


def test_a_headline_with_a_comma_after_a_text_and_over_its_lead_opens_another() -> None:
    assert _page(
        "县政府召开常务会议",
        "2月16日，县长主持召开县政府常务会议。会议要求，要全面提高统计数据质量。",
        "省委疫情防控专题会召开 郑某,李某等省市领导在分会场参加会议",
        "2022年11月26日 10:08",
        "11月23日，省委书记主持召开专题会。他强调，要坚决守住不发生规模性反弹的底线。",
    ) == [
        ("县政府召开常务会议", None, 1),
        ("省委疫情防控专题会召开 郑某,李某等省市领导在分会场参加会议", None, 1),
    ]


@pytest.mark.parametrize(
    ("heading", "first", "joined"),
    [
        ("三、禁止行为:", "(一)携带火源进入林区;", True),
        ("请各单位做好以下工作:", "1.中小学停课、企事业单位停业;", True),
        ("防御指南:", "1.有关部门按照职责采取防暑降温措施;", False),  # a label: its items stand alone
    ],
)
def test_a_heading_that_introduces_its_items_is_read_with_the_first(heading: str, first: str, joined: bool) -> None:
    doc = parse_document(
        "\n".join(
            ["关于做好防范工作的通知", "为做好防范工作，现就有关事项通知如下：", heading, first, "(二)严禁野外用火;"]
        ).encode(),
        source="notice.txt",
    )
    texts = [d.text for d in doc.directives]
    assert (heading + first in texts) is joined
    assert (first in texts) is not joined


def test_a_notice_run_into_one_line_is_signed_off_though_the_site_repeats_its_title_below() -> None:
    title = "某县森林防灭火指挥部关于禁止野外用火的通告"
    line = (
        "某县森林防灭火指挥部 关于禁止野外用火的通告 据气象台预报，森林火险已达五级。现将有关事项通告如下："
        "一、本县所有林区禁止一切野外用火。 某县森林防灭火指挥部 2023年3月6日"
    )
    doc = parse_document("\n".join([line, title, title]).encode(), source="notice.txt")
    assert [(a.source, a.date) for a in doc.articles] == [("某县森林防灭火指挥部", dt.date(2023, 3, 6))]
    # the signature and the title under it are no part of the last point
    assert [d.text[-16:] for d in doc.directives] == ["一、本县所有林区禁止一切野外用火。"[-16:]]


def test_each_story_of_a_site_s_news_list_is_an_article() -> None:
    # the list's heading, then each story under its source and date set off by a dash
    assert _page(
        "新聞資訊",
        "- i-Cable",
        "- 2022年10月25日",
        "教育局：倡學校慶祝建黨周年",
        "【有線新聞】有議員要求加強師生認識黨史。教育局表示理所當然。",
        "- i-Cable",
        "- 2022年10月25日",
        "中共中央政治局會議 強調加強黨中央集中統一領導",
        "【有線新聞】中共中央政治局召開會議。會議強調，要堅持和加強黨中央集中統一領導。",
    ) == [("教育局：倡學校慶祝建黨周年", None, 1), ("中共中央政治局會議 強調加強黨中央集中統一領導", None, 1)]


def test_a_transcript_s_stories_are_its_articles_and_its_contents_none() -> None:
    assert _page(
        "2021年12月13日新闻联播文字版",
        "20211213今日新闻联播主要内容:",
        "• 李克强会见世界银行行长",
        "• 全国政协召开网络议政远程协商会",
        "• 国家卫生健康委通报最新疫情",
        "以下为详细的文字版全文:",
        "李克强会见世界银行行长",
        "国务院总理李克强13日在人民大会堂会见世界银行行长。李克强表示，中方愿同世行深化合作。",
        "全国政协召开网络议政远程协商会",
        "全国政协13日召开网络议政远程协商会。汪洋强调，要深入学习贯彻中央经济工作会议精神。",
    ) == [("李克强会见世界银行行长", None, 1), ("全国政协召开网络议政远程协商会", None, 1)]


def test_items_numbered_on_lines_of_their_own_stay_in_the_digest() -> None:
    assert _page(
        "2021年第13周时事周刊(2021.3.29-2021.4.4)",
        "1",
        "2021年3月30日，中共中央政治局召开会议。会议强调，要坚定不移贯彻新发展理念。",
        "2",
        "2021年3月31日，国务院召开常务会议。会议要求，要抓好春耕生产。",
    ) == [("2021年第13周时事周刊(2021.3.29-2021.4.4)", None, 2)]


def test_a_wire_s_dateline_copied_without_the_wire_s_name_opens_the_lead() -> None:
    doc = parse_document(
        "北京新冠肺炎疫情防控新闻发布会:不要传播谣言\n北京,5月12日电 (记者 杜燕)主任表示，不要传谣。".encode(),
        source="page.txt",
        date=dt.date(2022, 5, 12),
    )
    assert [(a.title, a.place, a.byline, a.date) for a in doc.articles] == [
        ("北京新冠肺炎疫情防控新闻发布会:不要传播谣言", "北京", "杜燕", dt.date(2022, 5, 12))
    ]


def test_a_title_said_again_under_itself_is_not_run_into_it() -> None:
    title = "新的一周将开始,口罩不可轻易摘,严防疫情“倒春寒”"
    assert (
        _page(
            title,
            f"疫情防控发布会 | {title}",
            "【新民晚报·新民网】今天下午，上海市政府举行疫情防控新闻发布会。市民要坚持科学佩戴口罩。",
        )[0][0]
        == title
    )


@pytest.mark.parametrize("line", ["每经实习编辑 李泽东", "每日经济新闻综合文旅部官网报道", "BENSHI", "YAOWEN"])
def test_an_editor_a_compiler_s_note_and_a_section_in_pinyin_are_furniture(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize(
    "before",
    [
        "在森林防火关键时期，全县林区禁止一切野外用火:",  # a ban that leads in to its items
        "二、防火期从9月12日开始。在森林防火关键时期，全县林区禁止一切野外用火:",  # the paragraph's last sentence
    ],
)
def test_a_ban_that_leads_in_to_its_items_is_read_with_the_first_and_the_rest_follow(before: str) -> None:
    doc = parse_document(
        "\n".join(["关于森林防火的通告", before, "(一)上坟烧纸、烧香;", "(二)燃放烟花爆竹;"]).encode(),
        source="notice.txt",
    )
    lead_in = before.split("。")[-1]
    assert [d.text for d in doc.directives][-2:] == [lead_in + "(一)上坟烧纸、烧香;", "(二)燃放烟花爆竹;"]


def test_a_list_announced_as_demands_stands_apart_from_its_first_item() -> None:
    doc = parse_document(
        "\n".join(
            ["关于做好防汛工作的通知", "会议要求如下:", "1.各地要加强值班值守;", "2.各部门要做好物资储备。"]
        ).encode(),
        source="notice.txt",
    )
    assert [d.text for d in doc.directives] == ["1.各地要加强值班值守;", "2.各部门要做好物资储备。"]


def test_a_sentence_that_describes_what_its_items_are_leads_no_list_in() -> None:
    doc = parse_document(
        "\n".join(
            [
                "关于开展考核工作的通知",
                "各地要认真组织考核。考核主要包括以下几个方面：（一）主体责任落实情况。（二）资金投入使用情况。",
            ]
        ).encode(),
        source="notice.txt",
    )
    assert [d.text for d in doc.directives] == ["各地要认真组织考核。"]


@pytest.mark.parametrize("line", ["编 辑:刘 甜 王汉洲", "责 编:赵 刚", "值班主任:王学深"])
def test_staff_spaced_to_one_width_are_furniture(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize(
    ("foot", "office"),
    [
        ("区政府办 供稿", "区政府办"),
        ("供稿：县应急管理局", "县应急管理局"),
        ("（县政府办）", "县政府办"),
        ("（縣政府辦）", "縣政府辦"),  # on a Traditional page, as written
        ("(临沂日报)", "临沂日报"),  # an outlet, in brackets
        ("（南宫发布）", "南宫发布"),
        ("德州日报新媒体出品", "德州日报新媒体"),  # the outlet that produced it
    ],
)
def test_an_office_credited_at_the_foot_is_the_source_and_heads_no_text(foot: str, office: str) -> None:
    doc = parse_document(
        "\n".join(
            ["区政府召开常务会议", "9月30日上午，区政府召开常务会议。", "会议要求，要抓好安全生产。", foot]
        ).encode(),
        source="page.txt",
        date=DAY,
    )
    assert [(a.title, a.source) for a in doc.articles] == [("区政府召开常务会议", office)]


def test_an_office_credited_after_the_last_sentence_is_the_source() -> None:
    doc = parse_document(
        "3月21日，县政府召开党组会议。会议要求，要从严抓好疫情防控工作。\n会议还研究了干部任免事宜。(县政府办)".encode(),
        source="page.txt",
        date=DAY,
    )
    article = doc.articles[0]
    assert article.source == "县政府办"
    assert article.paragraphs[-1] == "会议还研究了干部任免事宜。"
    # a person's name in brackets is a reporter's credit, no office
    named = parse_document(
        "县政府召开党组会议\n会议要求，要抓好安全生产。\n（王炯）".encode(), source="p.txt", date=DAY
    )
    assert (named.articles[0].source, named.articles[0].byline) == (None, "王炯")


def test_an_info_bar_drawn_round_with_bars_is_no_headline() -> None:
    doc = parse_document(
        (
            "|| 2022-03-23 11:18:04 编辑: 刘燕 审核人:叶玲玲 阅读次数:2236 |\n"
            "3月21日，县政府召开党组会议。会议要求，要抓好安全生产。"
        ).encode(),
        source="page.txt",
        date=DAY,
    )
    assert [a.title for a in doc.articles] == [None]


def test_a_name_of_two_spaced_out_in_brackets_under_the_text_is_its_byline() -> None:
    assert _page("区政府召开常务会议", "会议要求，要抓好安全生产。", "(郑 谐)") == [("区政府召开常务会议", "郑谐", 1)]


def test_a_headline_whose_second_line_opens_on_an_ordinal_goes_on_there() -> None:
    lines = ["河南省新冠肺炎疫情防控专题", "第四十八场新闻发布会", "4月8日，省政府新闻办召开新闻发布会。"]
    assert _page(*lines) == [("河南省新冠肺炎疫情防控专题第四十八场新闻发布会", None, 1)]
    # a line under the headline that is no meeting's name is no part of it
    doc = parse_document(
        "\n".join(["全市召开防汛工作会议", "第一时间部署应对", "4月8日，全市召开防汛工作会议。"]).encode(),
        source="p.txt",
        date=DAY,
    )
    assert [a.title for a in doc.articles] == ["全市召开防汛工作会议"]


def test_the_card_of_the_account_that_posted_it_heads_no_text_and_a_barred_credit_is_a_byline() -> None:
    doc = parse_document(
        "\n".join(
            [
                "市安委会全体会议召开",
                "1月6日，市安委会召开全体会议。会议要求，要压实安全生产责任。",
                "记者|王志冕 编辑|李艺",
                "阜阳日报",
                "主流媒体,权威发布,推介阜阳,关注民生。",
            ]
        ).encode(),
        source="page.txt",
        date=DAY,
    )
    assert [(a.title, a.byline) for a in doc.articles] == [("市安委会全体会议召开", "王志冕")]
