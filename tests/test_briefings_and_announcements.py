"""Press briefings, numbered announcements and policy lists: who is quoted, what a list
lead announces, what a notice warns, and the measures a list states without a modal.

The sentences are written for these tests; each mirrors a form met in real texts
(thirteenth session: twelve notices, appeals and briefings, and pairs of national reports,
labelled by hand before the parser was run on them)."""

from __future__ import annotations

import datetime as dt

import pytest

from bulletin_diff.records import Article
from parsers.directives import find_directives, markers, split_attribution, starts_imperative
from parsers.document import parse_document


def _only_article(text: str) -> Article:
    [article] = parse_document(text.encode(), source="page.txt").articles
    return article


def _found(paragraphs: list[str], **kwargs: str) -> list[tuple[str | None, str]]:
    return [(d.speaker, d.text) for d in find_directives(paragraphs, **kwargs)]


def test_a_name_that_is_a_word_speaks_once_the_article_has_named_it_with_a_title() -> None:
    paragraphs = ["昨日，全县防汛工作会议召开。县长江华出席会议。", "江华强调，要压实各级防汛责任。"]
    assert _found(paragraphs) == [("江华", "要压实各级防汛责任。")]


def test_a_name_that_is_a_word_and_was_never_named_is_no_speaker() -> None:
    assert _found(["江华强调，要压实各级防汛责任。"]) == []


def test_staff_who_remind_the_public_take_the_floor_from_the_official() -> None:
    paragraphs = ["县长江华出席会议并讲话。", "江华要求，要做好汛期值守。工作人员提醒市民，要远离河道。"]
    assert _found(paragraphs) == [("江华", "要做好汛期值守。")]


def test_an_official_who_advises_the_public_speaks() -> None:
    unit = "记者在发布会上获悉，市疾控中心副主任王明提示市民，外出要佩戴口罩。"
    assert split_attribution(unit) == ("王明", "外出要佩戴口罩。")


def test_a_quotation_is_the_official_named_after_it() -> None:
    paragraphs = ["发布会上，副市长李芳介绍了近期情况。", "“病例仍在增加。也请大家减少外出。”李芳表示。"]
    assert _found(paragraphs) == [("李芳", "“病例仍在增加。也请大家减少外出。”")]


def test_a_quotation_with_its_speaker_after_the_closing_mark_in_one_unit() -> None:
    assert split_attribution("“大家还需要继续做好防护，”王明说。") == ("王明", "“大家还需要继续做好防护，”王明说。")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("仍需继续做好个人防护。", ["需"]),
        ("还需要进一步压实责任。", ["需要"]),
        ("这项工作需要加强。", []),  # what is lacking, said of the work
        ("完成任务还需要付出努力。", []),  # what it takes
        ("根据防控需要再调派人员。", []),  # 需要 as a noun
        ("所需物资已经运抵。", []),
    ],
)
def test_need_to_is_a_modal_only_before_what_is_to_be_done(text: str, found: list[str]) -> None:
    assert markers(text) == found


def test_a_notice_that_issues_measures_and_demands_their_implementation() -> None:
    unit = "今天（5月6日），省防控办发出《关于调整防控措施的通知》，对十项措施作出具体部署，要求各市要抓好落实。"
    assert split_attribution(unit) == ("省防控办", "各市要抓好落实。")


def test_a_list_lead_announces_the_measures_and_is_none_of_them() -> None:
    paragraphs = [
        "省指挥部印发通知，要求各地严格执行。",
        "调整后的措施包括：",
        "将入境人员集中隔离时间调整为五天。",
        "摸清重点人群底数，建立健康台账。",
    ]
    assert [text for _, text in _found(paragraphs)] == [
        "各地严格执行。",
        "将入境人员集中隔离时间调整为五天。",
        "摸清重点人群底数，建立健康台账。",
    ]


def test_a_notice_preamble_that_ends_in_as_follows_is_no_directive() -> None:
    paragraphs = [
        "为坚决遏制疫情扩散，确保群众安全，现将有关事项通告如下：",
        "一、全县各类娱乐场所暂停营业。",
        "二、对拒不执行的，将依法追究相关人员责任。",
        "三、如故意隐瞒行程，一经查实，依法严肃处理。",
        "四、恢复营业时间另行通知。",
    ]
    assert _found(paragraphs, title="县疫情防控指挥部通告") == [("县疫情防控指挥部", "一、全县各类娱乐场所暂停营业。")]


def test_a_decision_is_stated_without_what_it_goes_by() -> None:
    paragraphs = [
        "会议指出，今年物流成本明显上升。为减轻运输企业负担，决定对货车通行费减免一成；",
        "经县防控领导小组研究，确定从即日起暂停各类集市。",
    ]
    assert [text for _, text in _found(paragraphs)] == ["对货车通行费减免一成；", "从即日起暂停各类集市。"]


@pytest.mark.parametrize(
    ("text", "imperative"),
    [
        ("将小微企业宽带资费再降一成。", True),  # 将 takes the object, the verb moves it
        ("将重点行业纳入鼓励目录。", True),
        ("将于明日起开展全员检测。", False),  # what will happen
        ("将有更多企业复工。", False),
        ("将进一步加强防控。", False),
        ("在前期支持基础上，再向发电企业拨付补贴。", True),  # how, whom, then the verb
        ("已向发电企业拨付补贴。", False),  # what was done
        ("指导地方拿出示范项目。", True),
        ("落实“四早”要求，缩短处置时间。", True),  # an order, not what others did on one
        ("落实省委要求，各地积极行动。", False),
    ],
)
def test_measures_in_a_list_without_a_modal(text: str, imperative: bool) -> None:
    assert starts_imperative(text, any_verb=True) is imperative


def test_a_request_to_travellers_after_a_date_is_an_order() -> None:
    paragraphs = ["县指挥部发布提示。", "5月1日以来，有外省旅居史的返乡人员，请立即向社区报告。"]
    assert _found(paragraphs, title="县疫情防控指挥部通告") == [
        ("县疫情防控指挥部", "5月1日以来，有外省旅居史的返乡人员，请立即向社区报告。")
    ]


def test_what_is_under_way_now_is_a_report_not_an_order() -> None:
    paragraphs = ["目前，全区上下正在认真落实各项部署，坚决打赢防控阻击战。"]
    assert _found(paragraphs, title="区文明办倡议书") == []


BRIEFING = """哪些场所需要戴口罩?疾控专家回应
海风网南京3月2日电 (张明)在2日召开的新闻发布会上,市疾控中心研究员刘强表示,当前仍需继续做好个人防护。
“此外,在室内场所还需要继续保持通风。”刘强说。(完)
文/海风网记者 张明 李青
编辑/王芳
"""


def test_a_briefing_with_a_question_in_its_headline_and_credits_with_slashes() -> None:
    doc = parse_document(BRIEFING.encode(), source="briefing.txt")
    [article] = doc.articles
    assert (article.title, article.source, article.place) == ("哪些场所需要戴口罩?疾控专家回应", "海风网", "南京")
    assert [(d.speaker, d.text) for d in article.directives] == [
        ("刘强", "当前仍需继续做好个人防护。"),
        ("刘强", "“此外,在室内场所还需要继续保持通风。”"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "通过设立绿色通道和流动接种点，优化老人接种服务。",  # by what means, then the verb
        "明确复工企业的防疫标准，对达标企业予以放行。",  # 明确 an adverb to jieba
        "取消跨省团队旅游熔断机制。",
    ],
)
def test_more_measures_a_list_states_by_their_verb(text: str) -> None:
    assert starts_imperative(text, any_verb=True)


def test_a_list_in_paragraphs_goes_on_over_a_remark_inside_a_paragraph() -> None:
    paragraphs = [
        "优化后的措施包括：",
        "将风险区调整为高、低两类。低风险区连续三天无新增病例，解除管控。",
        "取消跨省团队旅游熔断机制。",
        "据统计，全市已有九成企业复工。",
        "取消景区预约限流。",
    ]
    assert [text for _, text in _found(paragraphs, title="市防控指挥部通告")] == [
        "将风险区调整为高、低两类。",
        "取消跨省团队旅游熔断机制。",
    ]


def test_a_document_being_drafted_does_not_speak() -> None:
    unit = "当前的任务是制定好中长期发展规划建议，指导全国做好今后五年的工作。"
    assert split_attribution(unit) == (None, unit)


def test_what_an_official_presents_at_a_briefing_is_theirs() -> None:
    paragraphs = [
        "在第20场新闻发布会上，市疾控中心副主任赵林介绍，当前疫情形势复杂。要加快流调溯源，尽快阻断传播。",
        "请近期到过涉疫场所的人员立即向社区报告。",
    ]
    assert _found(paragraphs) == [
        ("赵林", "要加快流调溯源，尽快阻断传播。"),
        ("赵林", "请近期到过涉疫场所的人员立即向社区报告。"),
    ]


@pytest.mark.parametrize(
    "unit",
    [
        "两部门正组织各地完善防汛预案，确保夏粮丰收。",  # what they are doing, and what for
        "截至5月1日，医保部门已预拨专项资金，确保患者及时救治。",
    ],
)
def test_what_a_body_is_doing_is_no_order_for_what_it_ensures(unit: str) -> None:
    assert _found([unit], title="农业农村部通知") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("在日常生活中请家长们看护好孩子。", ["请"]),  # a request to those it names, after a setting
        ("教育孩子做到“三不准”(不准私自下水;", ["不准"]),
        ("其作用仍需进一步观察和研究。", []),  # what is not known yet
    ],
)
def test_requests_and_bans_in_appeals(text: str, found: list[str]) -> None:
    assert markers(text) == found


def test_an_appeal_whose_preamble_announces_the_points() -> None:
    lead = "为确保学生安全，杜绝溺水悲剧，我们特向全县学生发出以下倡议："
    paragraphs = [lead, "1.不私自下水游泳。", "2.要结伴出行。"]
    assert [text for _, text in _found(paragraphs, title="致全县学生的倡议书")] == [
        "1.不私自下水游泳。",
        "2.要结伴出行。",
    ]


def test_a_plan_that_states_its_tasks_lists_them_for_whoever_issued_it() -> None:
    paragraphs = [
        "国务院日前印发《推进设施改造行动方案》，部署改造工作。",
        "《行动方案》明确了3方面12项重点任务。一是实施设备改造行动。推进重点行业设备改造。二是强化政策保障。",
    ]
    assert _found(paragraphs, title="国务院印发《推进设施改造行动方案》") == [
        ("国务院", "一是实施设备改造行动。"),
        ("国务院", "推进重点行业设备改造。"),
        ("国务院", "二是强化政策保障。"),
    ]


def test_a_meeting_chaired_then_demands_of_those_it_names() -> None:
    unit = "5月6日，区委书记赵军主持召开防汛工作会议，安排部署汛期工作，要求水利部门明确专人值守，按时报送水情；"
    assert split_attribution(unit) == ("赵军", "水利部门明确专人值守，按时报送水情；")


def test_a_penalty_for_a_deed_described_is_no_order() -> None:
    paragraphs = ["一、全镇范围内禁止燃放烟花爆竹。", "二、阻碍执行公务的，依照有关法律法规追究法律责任。"]
    assert _found(paragraphs, title="镇人民政府通告") == [("镇人民政府", "一、全镇范围内禁止燃放烟花爆竹。")]


def test_a_notice_with_no_headline_speaks_for_whoever_signs_it() -> None:
    text = (
        "各镇人民政府，区政府各部门：\n"
        "现将全年重点任务分解表印发给你们，请各牵头单位要严格按照分工抓好落实。\n"
        "附件：重点任务分解表\n"
        "某区人民政府办公室\n"
        "2021年1月25日\n"
    )
    article = _only_article(text)
    assert article.source == "某区人民政府办公室"
    assert [(d.speaker, d.text) for d in article.directives] == [
        ("某区人民政府办公室", "现将全年重点任务分解表印发给你们，请各牵头单位要严格按照分工抓好落实。")
    ]


def test_the_issuers_and_the_date_on_one_line_sign_an_appeal_off() -> None:
    text = "防溺水倡议书\n广大家长：请您看护好孩子，不让孩子私自下水。\n某县水务局 某县河长办 2023年7月11日\n"
    article = _only_article(text)
    assert (article.source, str(article.date)) == ("某县水务局 某县河长办", "2023-07-11")


def test_a_sites_info_line_with_its_address_names_the_site_not_an_office_as_author() -> None:
    text = (
        "区委书记赵军主持召开防汛工作会议\n"
        "某区党务政务门户网 www.example.gov.cn 时间:2022-09-19 作者:区委办\n"
        "9月16日，区委书记赵军主持召开防汛工作会议。赵军强调，要压实防汛责任。\n"
    )
    article = _only_article(text)
    assert (article.source, article.byline) == ("某区党务政务门户网", None)
    assert [(d.speaker, d.text) for d in article.directives] == [("赵军", "要压实防汛责任。")]


def test_a_notice_a_page_ran_into_one_line_keeps_its_title_and_sign_off() -> None:
    text = (
        "某县森林防火指挥部 关于全县林区禁止野外用火的通告 据气象台预报，未来一周无有效降雨。"
        "为防范森林火灾，根据有关规定，县森林防火指挥部特发布本通告。一、全县林区禁止一切野外用火。"
        "二、各乡镇要加强巡查值守。 某县森林防火指挥部 2023年3月6日\n"
    )
    article = _only_article(text)
    assert (article.title, article.source, str(article.date)) == (
        "某县森林防火指挥部 关于全县林区禁止野外用火的通告",
        "某县森林防火指挥部",
        "2023-03-06",
    )
    assert [d.text for d in article.directives] == ["一、全县林区禁止一切野外用火。", "二、各乡镇要加强巡查值守。"]


def test_a_letter_to_residents_under_a_kicker_speaks_for_its_signer() -> None:
    text = (
        "【安全第一】致全县居民的一封信\n"
        "广大居民朋友们：近日河道水位上涨。我们倡议：1.请您看护好孩子。2.不私自下水游泳。 某县防汛指挥部 2023年8月5日\n"
    )
    article = _only_article(text)
    assert [(d.speaker, d.text) for d in article.directives] == [
        ("某县防汛指挥部", "1.请您看护好孩子。"),
        ("某县防汛指挥部", "2.不私自下水游泳。"),
    ]


def test_points_numbered_with_their_modal_go_on_over_paragraphs() -> None:
    paragraphs = [
        "《意见》明确，一要坚持创新发展，构建现代产业体系。",
        "二要坚持协调发展。共同构筑生态屏障。",
        "三要坚持开放发展，形成开放新体制。",
    ]
    title = "《中共中央 国务院关于推动某地区高质量发展的意见》"
    assert _found(paragraphs, title=title) == [
        ("中共中央国务院", "一要坚持创新发展，构建现代产业体系。"),
        ("中共中央国务院", "二要坚持协调发展。"),
        ("中共中央国务院", "三要坚持开放发展，形成开放新体制。"),
    ]


@pytest.mark.parametrize(
    "unit",
    [
        "我们迫切希望广大市民朋友继续做好个人防护，减少外出和聚集。",
        "为了孩子的安全，我们呼吁全体家长切实履行监护责任。",
    ],
)
def test_an_appeal_to_the_public_is_a_directive_of_whoever_signs(unit: str) -> None:
    assert _found(["各位市民：", unit], signer="县防控指挥部") == [("县防控指挥部", unit)]


@pytest.mark.parametrize(
    "unit",
    ["大家都希望疫情早日结束。", "孩子是家庭的希望，祖国的未来。", "他希望两国加强合作。"],
)
def test_a_hope_that_asks_nobody_of_the_public_is_no_directive(unit: str) -> None:
    assert _found(["各位市民：", unit], signer="县防控指挥部") == []


def test_a_body_that_appeals_to_the_public_speaks_its_appeal() -> None:
    paragraphs = ["会议强调，要做好防护。", "指挥部呼吁全体居民主动配合核酸检测。"]
    assert _found(paragraphs)[1] == ("指挥部", "呼吁全体居民主动配合核酸检测。")


def test_a_demand_on_the_public_with_no_comma_is_the_meetings() -> None:
    assert _found(["会议要求广大市民继续做好个人防护。"]) == [("会议", "广大市民继续做好个人防护。")]


@pytest.mark.parametrize(
    ("unit", "found"),
    [("各类经营场所不擅自恢复营业。", ["不擅自"]), ("居民不私自聚会。", ["不私自"]), ("少数人员擅自外出。", [])],
)
def test_not_acting_without_leave_is_a_ban(unit: str, found: list[str]) -> None:
    assert markers(unit) == found


@pytest.mark.parametrize(
    ("paragraphs", "found"),
    [
        (
            ["市卫健委提示：", "公共场所严格落实测温、扫码等措施。", "市民尽量减少前往人员密集场所。"],
            [("市卫健委", "公共场所严格落实测温、扫码等措施。"), ("市卫健委", "市民尽量减少前往人员密集场所。")],
        ),
        (
            ["会议要求，学校认真做好开学准备；企业切实履行主体责任。"],
            [("会议", "学校认真做好开学准备；"), ("会议", "企业切实履行主体责任。")],
        ),
    ],
)
def test_those_a_measure_names_first_then_how_they_are_to_act(
    paragraphs: list[str], found: list[tuple[str, str]]
) -> None:
    assert _found(paragraphs) == found


@pytest.mark.parametrize(
    "unit",
    [
        "会议指出，企业积极响应号召，复工复产有序推进。",  # what they did
        "会议指出，中国及时向国内外通报疫情信息，体现了负责任的态度。",  # a place said of, not told
    ],
)
def test_a_body_or_place_said_of_is_not_told(unit: str) -> None:
    assert _found([unit]) == []


def test_we_appeal_then_whom_and_what_they_are_to_do_at_once() -> None:
    unit = "为应对旱情，我们倡议，全市人民立即行动起来，珍惜水资源。"
    assert _found(["广大市民朋友：", unit], signer="市节水办") == [("市节水办", "全市人民立即行动起来，珍惜水资源。")]


def test_an_order_issued_in_the_preamble_announces_the_points() -> None:
    paragraphs = ["为杜绝森林火灾发生，全力保护森林资源，特发布封山令：", "（一）封山区域内严禁一切野外用火。"]
    assert _found(paragraphs, signer="县政府") == [("县政府", "（一）封山区域内严禁一切野外用火。")]


def test_bodies_that_sign_on_lines_of_their_own_are_listed_as_a_text_lists_them() -> None:
    text = (
        "节水倡议书\n广大市民朋友：\n我们倡议，全市人民立即行动起来，珍惜每一滴水。\n"
        "市节约用水办公室\n市防汛抗旱指挥部办公室\n2022年8月18日\n"
    )
    article = _only_article(text)
    assert [d.speaker for d in article.directives] == ["市节约用水办公室、市防汛抗旱指挥部办公室"]


def test_a_traditional_notices_signer_speaks_as_the_page_writes_the_name() -> None:
    text = (
        "節水倡議書\n廣大市民朋友：\n我們倡議，全市人民立即行動起來，珍惜每一滴水。\n"
        "慈溪市節約用水辦公室\n2022年8月18日\n"
    )
    article = _only_article(text)
    assert [(d.speaker, d.text) for d in article.directives] == [
        ("慈溪市節約用水辦公室", "全市人民立即行動起來，珍惜每一滴水。")
    ]


@pytest.mark.parametrize("credits", ["来源|某市节水办\n编辑|王明\n审核|李红 张三\n", "來源|某市節水辦\n編輯|王明\n"])
def test_credits_in_a_phone_layouts_label_form_are_no_article(credits: str) -> None:
    text = "节水倡议书\n广大市民朋友：\n我们倡议，全市人民立即行动起来。\n某市节水办\n2022年8月18日\n" + credits
    [article] = parse_document(text.encode(), source="page.txt").articles
    assert (article.title, article.source) == ("节水倡议书", "某市节水办")


def test_an_appeal_after_what_the_leader_did_is_the_leaders_from_the_appeal_on() -> None:
    unit = "10日上午，习近平听取了省委和省政府工作汇报，对各项工作给予肯定，希望全省广大干部群众紧密团结，真抓实干。"
    assert split_attribution(unit) == ("习近平", "希望全省广大干部群众紧密团结，真抓实干。")


def test_the_next_numbered_point_goes_on_the_list_after_a_remark() -> None:
    paragraphs = [
        "为做好疫情防控工作，现将有关事项通告如下：",
        "一、即日起，市区公交暂停运营；市民不要离开市区。恢复时间另行通告。",
        "二、即日起，在市区所有进出城道口，依法依规对过往车辆及人员实施排查，不漏一人一车。",
    ]
    found = _found(paragraphs, signer="市指挥部")
    assert found[-1] == (
        "市指挥部",
        "二、即日起，在市区所有进出城道口，依法依规对过往车辆及人员实施排查，不漏一人一车。",
    )


def test_a_point_that_orders_then_says_a_later_notice_will_tell_is_taken() -> None:
    paragraphs = [
        "经批准，现将有关安排通知如下。",
        "一、延长春节假期至2月2日。",
        "二、各地中小学推迟开学，具体时间由教育部门另行通知。",
        "三、开学时间另行通知。",
    ]
    assert [text for _, text in _found(paragraphs, signer="市政府办公室")] == [
        "一、延长春节假期至2月2日。",
        "二、各地中小学推迟开学，具体时间由教育部门另行通知。",
    ]


def test_a_consultation_of_bodies_speaks_as_one() -> None:
    unit = "会商强调，要盯紧天气变化，提前发布预警。"
    assert split_attribution(unit) == ("会商", "要盯紧天气变化，提前发布预警。")


def test_where_to_put_in_the_effort_is_an_instruction() -> None:
    paragraphs = [
        "副省长李明指出，要抓好安全生产，在专项整治上下功夫，提升本质安全水平；在落实安全责任上下功夫，严格追究。"
    ]
    assert [text for _, text in _found(paragraphs)] == [
        "要抓好安全生产，在专项整治上下功夫，提升本质安全水平；",
        "在落实安全责任上下功夫，严格追究。",
    ]


@pytest.mark.parametrize(
    ("unit", "found"),
    [
        ("建议大家按需购物，避免浪费。", ["建议"]),
        ("希望你们牢记使命。", ["希望"]),  # a leader's charge to those he writes to or speaks with
        ("希望中国科学院不忘初心、牢记使命。", ["希望"]),  # …to an institution of the country
        ("中方希望德方继续为中国企业创造公平竞争的条件。", []),  # a hope for another side, no charge
        ("大家都希望早日战胜疫情。", []),  # a hope all share
    ],
)
def test_advice_to_the_reader_and_a_leaders_charge_are_requests_a_hope_for_another_side_is_not(
    unit: str, found: list[str]
) -> None:
    assert markers(unit) == found


def test_a_weather_warning_speaks_for_its_observatory_and_its_advice_is_a_list() -> None:
    paragraphs = [
        "省气象台7日9时升级发布高温红色预警：预计7日白天，部分县市最高气温将升至40℃以上。",
        "8日白天，部分县市最高气温连续升至40℃以上。请注意防范。",
        "防御指南：",
        "1.政府及相关部门按照职责采取防暑降温应急措施。",
        "2.停止户外露天作业。",
    ]
    assert _found(paragraphs) == [
        ("省气象台", "请注意防范。"),
        ("省气象台", "1.政府及相关部门按照职责采取防暑降温应急措施。"),
        ("省气象台", "2.停止户外露天作业。"),
    ]


@pytest.mark.parametrize(
    ("unit", "split"),
    [
        (
            "为预防道路交通事故，县交警提醒驾驶员朋友们遵守交通规则、谨慎驾驶。",
            ("县交警", "驾驶员朋友们遵守交通规则、谨慎驾驶。"),
        ),
        (
            "市市场监管局近日发布防范野生蘑菇中毒提示，提醒消费者不采摘、不食用野生蘑菇。",
            ("市市场监管局", "消费者不采摘、不食用野生蘑菇。"),
        ),
    ],
)
def test_a_body_that_reminds_the_public_names_whom_and_what_they_are_to_do(unit: str, split: tuple[str, str]) -> None:
    assert split_attribution(unit) == split
    assert _found([unit]) == [split]


def test_the_numbered_points_under_a_reminder_to_the_public_are_its() -> None:
    paragraphs = ["为确保清明期间消防安全，市消防提醒广大市民：", "一、倡树文明祭祀新风。倡导网络祭祀。"]
    assert _found(paragraphs) == [("市消防", "一、倡树文明祭祀新风。"), ("市消防", "倡导网络祭祀。")]


def test_a_pages_first_line_may_be_a_headline_that_ends_on_an_exclamation() -> None:
    article = _only_article("@全体市民 市消防发布清明防火提醒，请查收！\n日前，市消防提醒广大市民：\n一、文明祭祀。\n")
    assert (article.title, [d.text for d in article.directives]) == (
        "@全体市民 市消防发布清明防火提醒，请查收！",
        ["一、文明祭祀。"],
    )


def test_a_numbered_label_that_ends_on_a_colon_is_no_directive() -> None:
    paragraphs = ["具体事项通告如下：", "一、交通限制时间：", "2021年3月23日至5月30日。", "二、禁止机动车通行。"]
    assert _found(paragraphs, signer="县交警大队") == [("县交警大队", "二、禁止机动车通行。")]


def test_a_lists_short_numbered_headings_do_not_end_its_measures() -> None:
    paragraphs = [
        "会议决定，实施一揽子措施，主要包括：一是财政政策。扩大留抵退税范围。"
        "将小微企业缓缴社保费政策延至年底。二是金融政策。对小微企业贷款，支持银行延期还本付息。"
    ]
    assert [text for _, text in _found(paragraphs)] == [
        "实施一揽子措施，主要包括：一是财政政策。",
        "扩大留抵退税范围。",
        "将小微企业缓缴社保费政策延至年底。",
        "对小微企业贷款，支持银行延期还本付息。",
    ]


def test_a_measure_stated_with_its_subject_does_not_end_a_list_of_numbered_headings() -> None:
    paragraphs = [
        "会议决定，实施一揽子措施，主要包括：一是财政政策。扩大留抵退税范围。国家担保基金的业务新增5000亿元以上。"
        "二是金融政策。小微贷款支持工具额度增加一倍。对个体工商户贷款，支持银行延期还本付息。"
    ]
    assert [text for _, text in _found(paragraphs)][1:] == [
        "扩大留抵退税范围。",
        "对个体工商户贷款，支持银行延期还本付息。",
    ]


@pytest.mark.parametrize(
    "measure",
    [
        "因城施策支持合理住房需求。",
        "因地制宜推进乡村学校建设。",
        "分类施策，帮扶困难行业。",
        "新开工一批水利和地下管廊项目。",
        "再建设一批保障性住房。",
    ],
)
def test_a_measure_fitted_to_each_case_or_a_batch_of_works_goes_on_a_list(measure: str) -> None:
    paragraphs = ["会议要求，扩大有效投资。" + measure]
    assert [text for _, text in _found(paragraphs)] == ["扩大有效投资。", measure]


@pytest.mark.parametrize("statement", ["因疫情影响，部分项目推迟。", "第一批援助物资已运抵。", "我市新开工一批项目。"])
def test_a_cause_a_first_batch_or_a_subject_opens_no_measure(statement: str) -> None:
    paragraphs = ["会议要求，扩大有效投资。" + statement]
    assert [text for _, text in _found(paragraphs)] == ["扩大有效投资。"]


def test_the_points_of_an_appeal_name_whom_they_ask_in_the_forms_appeals_use() -> None:
    paragraphs = [
        "为做好防汛工作，市防汛抗旱指挥部现就有关事项倡议如下：",
        "一、倡导错峰上下班。机关、企业及学校、医院等实行弹性工作制，错峰上下班。",
        "二、做好防范。车辆在服从管理的情况下，尽量停放在高处。请大家配合工作。并主动学习防灾知识。"
        "建议户外工地停止施工。",
        "希望全市各单位和广大市民朋友积极响应号召。",
    ]
    found = _found(paragraphs)
    assert {speaker for speaker, _ in found} == {"市防汛抗旱指挥部"}
    assert [text for _, text in found][1:] == [
        "机关、企业及学校、医院等实行弹性工作制，错峰上下班。",
        "二、做好防范。",
        "车辆在服从管理的情况下，尽量停放在高处。",
        "请大家配合工作。",
        "并主动学习防灾知识。",
        "建议户外工地停止施工。",
        "希望全市各单位和广大市民朋友积极响应号召。",
    ]


@pytest.mark.parametrize(
    "unit",
    [
        "李克强询问企业还有哪些困难、原料等是否能有效保障。",
        "在察看社区警务室、卫生服务站等运行情况后，他来到服务中心。",
        "并不意味着可以放松防控。",
    ],
)
def test_a_list_closed_by_deng_is_those_told_only_when_it_is_nouns(unit: str) -> None:
    assert _found(["会议要求，要加强防控。" + unit]) == [("会议", "要加强防控。")]


def test_a_zones_extent_is_no_directive_what_it_tells_the_zone_is() -> None:
    paragraphs = [
        "经综合研判，决定划定防范区。",
        "一、防范区范围：东城街道、西城街道全境。",
        "二、其他事项：原则上全县按照防范区落实管控措施，严防外溢。",
    ]
    assert [text for _, text in _found(paragraphs, signer="县指挥部")] == [
        "二、其他事项：原则上全县按照防范区落实管控措施，严防外溢。"
    ]


@pytest.mark.parametrize(
    ("unit", "found"),
    [
        ("感谢全县群众的大力支持，望全县广大群众继续坚持戴口罩。", ["望"]),
        ("他远望群众远去。", []),
    ],
)
def test_a_hope_put_in_one_word_is_an_appeal_to_the_public(unit: str, found: list[str]) -> None:
    assert markers(unit) == found


def test_a_notice_is_dated_where_it_is_signed_not_by_the_days_its_lead_tells() -> None:
    text = (
        "某县指挥部通告:全域解封\n来源:某县融媒 2022-05-18 11:48\n"
        "2022年5月5日至17日，我县对城区进行了六轮核酸检测，结果均为阴性。\n"
        "望全县广大群众继续坚持戴口罩。\n某县指挥部\n2022年5月18日\n"
    )
    [article] = parse_document(text.encode(), source="page.txt").articles
    assert (article.title, article.date) == ("某县指挥部通告:全域解封", dt.date(2022, 5, 18))


def test_a_place_that_issues_a_notice_speaks_for_its_government() -> None:
    text = "东海市关于划定封控区、管控区、 防范区范围的通告\n现通告如下:\n一、封控区实行“足不出户、服务上门”措施。\n"
    assert [d.speaker for d in parse_document(text.encode(), source="page.txt").directives] == ["东海市"]


def test_a_rule_for_every_one_of_a_kind_goes_on_a_list_of_measures() -> None:
    paragraphs = ["会议要求，要帮助解决物资生产中的问题。所有紧缺物资实行国家统一调度。"]
    assert [text for _, text in _found(paragraphs)] == [
        "要帮助解决物资生产中的问题。",
        "所有紧缺物资实行国家统一调度。",
    ]


def test_not_daring_not_able_not_wanting_to_be_corrupt_is_a_set_phrase_not_a_ban() -> None:
    assert markers("构建一体推进不敢腐、不能腐、不想腐体制机制，发挥了重要作用。") == []
    assert markers("决不能松懈。") == ["决不能"]


@pytest.mark.parametrize(
    ("unit", "found"),
    [
        ("5~7日，全市将出现强风雨天气，请受灾害威胁区域群众立即撤离。", ["请"]),  # jieba cuts 请受
        ("他向上级请示工作。", []),
        ("我们号召大家听从指挥，切勿擅自提前返回。", ["切勿"]),
    ],
)
def test_a_request_or_a_ban_as_jieba_cuts_it(unit: str, found: list[str]) -> None:
    assert markers(unit) == found


def test_a_notices_section_that_lists_names_is_no_directive_nor_another_text() -> None:
    text = (
        "关于解除部分区域封控措施的通告（第四十一号）\n"
        "经综合研判，决定解除以下封控区的相关管控措施。\n"
        "一、解除封控区名单（1个）\n某区某社区某小区4栋\n"
        "二、解除管控区名单（1个）\n某区某社区某小区\n"
        "请广大市民朋友主动扫码、测温、戴口罩。\n"
    )
    [article] = parse_document(text.encode(), source="notice.txt").articles
    assert [d.text for d in article.directives] == ["请广大市民朋友主动扫码、测温、戴口罩。"]
    assert find_directives(["会议要求，一是扩大开放。五是抓紧缩减外商投资准入负面清单。"])[-1].text == (
        "五是抓紧缩减外商投资准入负面清单。"
    )


def test_the_appeal_that_closes_a_briefing_after_its_figures_is_the_officials() -> None:
    paragraphs = [
        "11月5日，常州市举行新闻发布会。市卫健委副主任姚澄通报，截至11月5日，累计排查密接753人。",
        "11月4日，全市封控区完成核酸检测17329人，结果均为阴性。",
        "疫情防控正处于关键阶段，请广大市民遵守测温、扫码、戴口罩等防控措施。",
    ]
    assert _found(paragraphs) == [("姚澄", "疫情防控正处于关键阶段，请广大市民遵守测温、扫码、戴口罩等防控措施。")]


def test_a_speakers_name_alone_on_a_line_in_a_transcript_gives_the_floor() -> None:
    paragraphs = [
        "出席今天发布会的发布人：省卫健委副主任张若石先生。",
        "首先，请张若石先生介绍我省疫情防控工作进展情况。",
        "张若石",
        "各地要坚持实事求是，及时公开透明发布有关信息。",
    ]
    assert _found(paragraphs) == [("张若石", "各地要坚持实事求是，及时公开透明发布有关信息。")]
    # a name the text names nowhere else, alone on a line, gives no floor (a reporter's, a signature)
    assert _found(["会议强调，要压实责任。", "王小明", "各地要及时发布信息。"])[1][0] == "会议"
