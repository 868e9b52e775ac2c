"""Directive finding: units, markers, attributions and speakers."""

from __future__ import annotations

import pytest

from parsers.directives import _official_in, find_directives, speaker_of, split_attribution, split_units


def test_units_split_at_full_and_half_width_marks() -> None:
    assert split_units("要加强领导。要压实责任;坚持同防！是吗?") == [
        "要加强领导。",
        "要压实责任;",
        "坚持同防！",
        "是吗?",
    ]


def test_units_never_split_inside_quotes() -> None:
    text = "会议强调，要坚持“外防输入。内防反弹”的策略。要做好工作。"
    assert split_units(text) == ["会议强调，要坚持“外防输入。内防反弹”的策略。", "要做好工作。"]


@pytest.mark.parametrize(
    ("who", "speaker"),
    [
        ("习近平", "习近平"),
        ("会议", "会议"),
        ("全会", "会议"),
        ("省长许昆林", "许昆林"),
        ("周斌", "周斌"),
        ("中共中央总书记习近平", "习近平"),
        ("习近平总书记", "习近平"),
        ("国务院联防联控机制", "国务院联防联控机制"),
        ("通知", "通知"),
        ("严格按照管控", None),
        ("各地区各部门", None),
        ("省委书记信长星", "信长星"),
        ("娄勤俭", "娄勤俭"),
        ("阮成发", "阮成发"),
        ("明确", None),  # 明确指出: a word, not a person named 明确
        ("文件", None),
        ("信中", None),  # 在信中强调: in the letter
        ("贺信中", None),
    ],
)
def test_speaker_of_attribution(who: str, speaker: str | None) -> None:
    assert speaker_of(who) == speaker


def test_an_adverb_between_the_name_and_where_it_was_said() -> None:
    assert split_attribution("韩正还在座谈会上指出，要加强生态保护。") == ("韩正", "要加强生态保护。")


def test_attribution_after_a_reporting_clause_is_left_out() -> None:
    unit = "在认真听取常州、南京疫情处置工作情况汇报后，许昆林指出，当前全省疫情仍呈现点多态势，各地要保持清醒。"
    assert split_attribution(unit) == ("许昆林", "当前全省疫情仍呈现点多态势，各地要保持清醒。")


def test_noun_uses_of_yao_are_not_attributions() -> None:
    assert split_attribution("要严格按照管控要求，确保做到应隔尽隔。") == (
        None,
        "要严格按照管控要求，确保做到应隔尽隔。",
    )


def test_directives_markers_speakers_and_carry_over() -> None:
    paragraphs = [
        "中共中央总书记习近平主持会议并发表重要讲话。",
        "习近平指出，常态化疫情防控以来，我们坚持“外防输入、内防反弹”，取得了成效。",
        "习近平强调，各地区要统一思想。要始终坚持人民至上。",
        "会议指出，近期疫情呈现点多、面广的特点。要压实四方责任；坚持“人物环境”同防，切实守住防线。",
        "会议还研究了其他事项。",
    ]
    found = [(d.text, d.speaker) for d in find_directives(paragraphs)]
    assert found == [
        ("各地区要统一思想。", "习近平"),
        ("要始终坚持人民至上。", "习近平"),
        ("要压实四方责任；", "会议"),
        ("坚持“人物环境”同防，切实守住防线。", "会议"),
    ]


def test_verb_initial_unit_needs_an_instruction_context() -> None:
    # After an assessment a verb-initial unit is a report, not an instruction.
    found = find_directives(["会议指出，近期疫情形势严峻。坚持就是胜利的经验得到总结。"])
    assert found == []


def test_pronoun_keeps_the_speaker() -> None:
    found = find_directives(["李克强指出，要稳住经济大盘。他强调，要保障物流畅通。"])
    assert [(d.text, d.speaker) for d in found] == [("要稳住经济大盘。", "李克强"), ("要保障物流畅通。", "李克强")]


@pytest.mark.parametrize(
    ("narrative", "speaker"),
    [
        ("市委书记、市人大常委会主任王明主持会议并讲话。", "王明"),
        ("听取汇报后，习近平发表了重要讲话。", "习近平"),
        ("中共中央总书记、国家主席、中央军委主席习近平2日在北京考察。", "习近平"),
        ("中央全面深化改革委员会主任习近平2月14日下午主持召开会议。", "习近平"),
        ("国务院总理李克强三月一日主持召开国务院常务会议。", "李克强"),
        ("6日，中共中央政治局常委、国务院总理李克强赴首都国际机场考察。", "李克强"),
        ("随后，李克强来到武汉考察。", "李克强"),
        ("市委副书记、市长周斌就贯彻落实会议精神提出要求。", "周斌"),
    ],
)
def test_a_pronoun_speaks_for_the_person_last_named(narrative: str, speaker: str) -> None:
    found = find_directives([narrative + "他指出，要全力救治患者。"])
    assert [(d.speaker, d.text) for d in found] == [(speaker, "要全力救治患者。")]


def test_a_pronoun_after_a_newly_named_person_is_that_person() -> None:
    found = find_directives(
        ["尹弘指出，要全力保障群众基本生活。市长周斌就贯彻落实会议精神提出要求。他强调，要压实四方责任。"]
    )
    assert [d.speaker for d in found] == ["尹弘", "周斌"]


def test_a_notice_speaks_for_its_issuer() -> None:
    found = find_directives(
        ["国务院联防联控机制印发《关于做好复工复产的通知》。", "《通知》要求，一要推动错峰返岗；二要加强交通保障。"],
        title="国务院联防联控机制印发通知要求 有序做好复工复产工作",
    )
    assert [(d.speaker, d.text) for d in found] == [
        ("国务院联防联控机制", "一要推动错峰返岗；"),
        ("国务院联防联控机制", "二要加强交通保障。"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "speaker", "text"),
    [
        # a group sent out by a body speaks as a body does
        ("联络组指出，湖北省、武汉市要坚持防控力度不能减。", "联络组", "湖北省、武汉市要坚持防控力度不能减。"),
        ("上午，中央指导组前往福利院查看工作，强调要切实加强特殊场所防控。", "中央指导组", "要切实加强特殊场所防控。"),
        # members who propose together
        ("委员们建议，要加强顶层设计，完善法律法规。", "委员们", "要加强顶层设计，完善法律法规。"),
        # a body's notice, and what it demands
        ("教育部日前通知，要求做好中小学错时开学方案。", "教育部", "做好中小学错时开学方案。"),
        ("国家林草局近日发出通知，要求坚决取缔非法野生动物市场。", "国家林草局", "坚决取缔非法野生动物市场。"),
        ("银保监会印发通知，要求提升保险资金服务实体经济能力。", "银保监会", "提升保险资金服务实体经济能力。"),
    ],
)
def test_bodies_groups_and_members_issue_directives(paragraph: str, speaker: str, text: str) -> None:
    assert [(d.speaker, d.text) for d in find_directives([paragraph])] == [(speaker, text)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "会上大家提出了不少好的意见建议，认为实现目标要坚定信心。",  # 意见建议 is a noun
        "德国总理默克尔日前在欧洲议会表示，控制疫情不能靠谎言和虚假信息。",  # a parliament is no meeting
        "委员长会议建议，常委会会议审议关于禁止非法野生动物交易的决定草案。",  # a title cited bans nothing
    ],
)
def test_what_only_looks_like_an_issuer_or_a_ban_gives_no_directive(paragraph: str) -> None:
    assert find_directives([paragraph]) == []


def test_an_attribution_may_give_the_day_and_time() -> None:
    paragraph = (
        "习近平24日下午在参加湖北代表团审议时强调，防范化解重大疫情和突发公共卫生风险，事关国家安全和发展。"
        "要坚持整体谋划、系统重塑、全面提升。"
    )
    # the first unit says what the work bears on: an assessment, not an order
    assert [(d.speaker, d.text) for d in find_directives([paragraph])] == [
        ("习近平", "要坚持整体谋划、系统重塑、全面提升。")
    ]


def test_he_is_the_chairman_the_lead_names() -> None:
    paragraphs = [
        "全国人大常委会委员长栗战书23日下午同全国人大代表座谈，听取意见建议。他强调，要深入学习贯彻习近平法治思想。"
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [("栗战书", "要深入学习贯彻习近平法治思想。")]


def test_a_body_publishes_opinions_and_sets_out_what_must_be_done() -> None:
    paragraph = (
        "自然资源部近日公布进一步做好村庄规划的意见，明确村庄规划编制和实施要充分听取村民意见。"
        "对于拟搬迁撤并的村庄，要合理把握规划实施节奏。"
    )
    assert [(d.speaker, d.text) for d in find_directives([paragraph])] == [
        ("自然资源部", "村庄规划编制和实施要充分听取村民意见。"),
        ("自然资源部", "对于拟搬迁撤并的村庄，要合理把握规划实施节奏。"),
    ]


@pytest.mark.parametrize(
    ("unit", "instructs"),
    [
        ("不过，如果卫生条件不能满足，学校将不会开放。", False),  # a condition's "cannot"
        ("如果发现问题，要立即报告。", True),
        ("更大力度自主开放，培育吸引外资的沃土。", True),  # how hard, then the verb, in a list
    ],
)
def test_conditions_and_how_hard_in_a_list(unit: str, instructs: bool) -> None:
    found = find_directives([f"会议强调，要推进改革开放。{unit}"])
    assert [d.text for d in found][1:] == ([unit] if instructs else [])


def test_a_paragraph_that_tells_someone_what_to_do_goes_on_the_speech_before_it() -> None:
    # a wrapped page may end a paragraph after the statement that opens a point
    paragraphs = ["会议指出，目前全国许多省份中小学已有序复学复课。", "中小学要做好复学后疫情防控。"]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [("会议", "中小学要做好复学后疫情防控。")]
    # after a narrative paragraph nobody is speaking
    assert find_directives(["习近平来到社区考察。", "居民要做好个人防护。"]) == []


def test_an_article_speaks_for_its_author() -> None:
    paragraphs = [
        "9月16日出版的第18期《求是》杂志将发表中共中央总书记习近平的重要文章《构建起强大的公共卫生体系》。",
        "文章强调，人民安全是国家安全的基石。我们要强化底线思维。",
        "文章指出，要改革完善疾病预防控制体系。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("习近平", "我们要强化底线思维。"),
        ("习近平", "要改革完善疾病预防控制体系。"),
    ]


def test_points_announced_by_number_are_the_speakers() -> None:
    paragraphs = [
        "习近平提出4点主张。",
        "第一，帮助妇女摆脱疫情影响。要关注一线女性医务工作者身体健康。",
        "第二，让性别平等落到实处。保障妇女权益必须上升为国家意志。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("习近平", "第一，帮助妇女摆脱疫情影响。"),
        ("习近平", "要关注一线女性医务工作者身体健康。"),
        ("习近平", "第二，让性别平等落到实处。"),  # a point of the list, in the list's voice
        ("习近平", "保障妇女权益必须上升为国家意志。"),
    ]


def test_what_a_person_stressed_after_a_narrative_clause() -> None:
    paragraph = (
        "李克强特别关心助企纾困政策落实情况，强调这些普惠性政策要确保落到位。精心筹备春季广交会。有力促进国内经济发展。"
    )
    assert [(d.speaker, d.text) for d in find_directives([paragraph])] == [
        ("李克强", "这些普惠性政策要确保落到位。"),
        ("李克强", "精心筹备春季广交会。"),  # 精心 and 有力 are nouns to jieba
        ("李克强", "有力促进国内经济发展。"),
    ]


@pytest.mark.parametrize(
    "unit",
    [
        "在这场严峻斗争中，各民主党派坚决贯彻落实中共中央决策部署，为打赢疫情防控阻击战作出了重要贡献。",
        "任何国家都不能置身其外，独善其身。",
        "第三，提高收治率和治愈率，降低感染率和病死率。他要求加快进度。",  # 率 leads no delegation: 和治愈 is nobody
    ],
)
def test_records_and_what_nobody_can_do_are_no_orders(unit: str) -> None:
    found = find_directives([f"文章指出，{unit}"])
    assert all(d.speaker != "和治愈" for d in found)
    assert not [d for d in found if "贡献" in d.text or "置身" in d.text]


def test_the_general_secretary_after_a_paragraph_of_narrative_is_the_one_who_spoke() -> None:
    paragraphs = [
        "习近平总书记在北京调研时指出，湖北和武汉是疫情防控的重中之重。",
        "坚决做到应收尽收。总书记要求大家要控制源头、切断传播途径。这两天，各地想尽各种办法收治病患者。",
        "总书记要求全面加强社会面管控。",
        "落实总书记要求，各地积极行动。广大党员、干部表示，要坚决守住社区这道防线。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("习近平", "大家要控制源头、切断传播途径。"),
        ("习近平", "全面加强社会面管控。"),
    ]


def test_she_urged_after_a_video_call() -> None:
    paragraphs = [
        "国务院副总理孙春兰视频连线同济医院的医务人员，详细询问他们的身体健康状况。"
        "她叮嘱收治医院要利用好国家医疗队的资源。各方面要做好感染的医务人员的关心关爱。"
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("孙春兰", "收治医院要利用好国家医疗队的资源。"),
        ("孙春兰", "各方面要做好感染的医务人员的关心关爱。"),
    ]


@pytest.mark.parametrize(
    ("unit", "instructs"),
    [
        ("今年面对严峻复杂的形势，做好政府工作更要汇聚代表和委员的众智众力。", True),  # 更要, one word to jieba
        ("每年全国两会期间，国务院各部门负责人都要列席有关会议，这是政府接受人民监督的重要体现。", False),  # a custom
        ("经过长期艰辛探索和不懈努力，我们就要取得决胜全面建成小康社会的伟大胜利。", False),  # 就要: about to
    ],
)
def test_modals_fused_with_an_adverb_and_what_only_looks_like_one(unit: str, instructs: bool) -> None:
    found = find_directives([f"会议指出，{unit}"])
    assert [d.text for d in found] == ([unit] if instructs else [])


@pytest.mark.parametrize(
    "unit",
    [
        "守住保这一底线，稳住经济基本盘，就能为渡过难关赢得时间。",  # what follows if it is done
        "做好六稳工作、落实六保任务至关重要。",  # a judgement
    ],
)
def test_a_verb_first_statement_in_a_list_is_no_measure(unit: str) -> None:
    found = find_directives([f"会议强调，要加大宏观调控力度。{unit}"])
    assert [d.text for d in found] == ["要加大宏观调控力度。"]


@pytest.mark.parametrize(
    ("paragraph", "speaker", "text"),
    [
        ("国家防总今天发出通知，要求强化巡查防守。", "国家防总", "强化巡查防守。"),
        (
            "应急管理部今天召开视频调度会，要求消防救援队伍科学精准调配力量。",
            "应急管理部",
            "消防救援队伍科学精准调配力量。",
        ),
        (
            "习近平近日就政法工作作出重要指示强调，各级政法机关要增强四个意识。",
            "习近平",
            "各级政法机关要增强四个意识。",
        ),
        ("对大家的意见建议，李克强要求认真研究采纳。", "李克强", "认真研究采纳。"),
        ("李克强与大家深入交流，要求抓紧研究专家意见。", "李克强", "抓紧研究专家意见。"),
    ],
)
def test_more_ways_to_demand(paragraph: str, speaker: str, text: str) -> None:
    assert [(d.speaker, d.text) for d in find_directives([paragraph])] == [(speaker, text)]


def test_a_papers_commentary_speaks_for_its_commentator() -> None:
    paragraphs = [
        "今天出版的人民日报发表评论员文章，题目是《坚持习近平法治思想》。",
        "文章指出，全党全国要把学习领会习近平法治思想作为重大政治任务。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("人民日报评论员", "全党全国要把学习领会习近平法治思想作为重大政治任务。")
    ]


@pytest.mark.parametrize(
    "unit",
    [
        "只要把社区这道防线坚决守住，防控工作成效一定会进一步显现。",  # what follows if it is done
        "中国政府和人民对此表示强烈愤慨和坚决反对。",  # a stance
        "任何妄想利用香港危害中国主权的图谋都绝不会得逞，必将遭到坚决回击。",  # a fate
        "我们有足够的诚意和信心确保一国两制方针不会变。",  # confidence
    ],
)
def test_stances_fates_and_conditions_are_no_orders(unit: str) -> None:
    assert find_directives([f"文章指出，{unit}"]) == []


def test_an_order_before_a_condition_stays_one() -> None:
    unit = "高校毕业生要转变择业就业观念，只要有志向就会有事业。"
    assert [d.text for d in find_directives([f"习近平强调，{unit}"])] == [unit]


def test_an_office_that_arranges_and_demands() -> None:
    paragraphs = [
        "近日，国务院扶贫办作出安排，要求各地做好疫情防控期间脱贫攻坚工作。",
        "为此，国务院扶贫办要求各地要全面摸清贫困劳动力外出务工意愿。对于留在当地的贫困户，尽快恢复扶贫车间的生产。",
        "此外，贫困地区的一些大型扶贫项目，要想办法尽快开工。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("国务院扶贫办", "各地做好疫情防控期间脱贫攻坚工作。"),
        ("国务院扶贫办", "各地要全面摸清贫困劳动力外出务工意愿。"),
        ("国务院扶贫办", "对于留在当地的贫困户，尽快恢复扶贫车间的生产。"),
        ("国务院扶贫办", "此外，贫困地区的一些大型扶贫项目，要想办法尽快开工。"),
    ]


def test_two_bodies_notice_and_a_stop_on_a_tour() -> None:
    paragraph = "住房城乡建设部和国务院扶贫办联合发布通知，要求各地确保危房改造于6月底前全部竣工。"
    assert [d.speaker for d in find_directives([paragraph])] == ["住房城乡建设部和国务院扶贫办"]
    tour = "在岳阳城陵矶老港，韩正查看港口提质改造情况，强调长江经济带发展要坚持共抓大保护。"
    assert [(d.speaker, d.text) for d in find_directives([tour])] == [("韩正", "长江经济带发展要坚持共抓大保护。")]
    # 举办 is no office
    assert find_directives(["组委会举办，要求大家做好准备。"]) == []


@pytest.mark.parametrize(
    ("paragraph", "speaker", "text"),
    [
        (
            "全会闭幕后，黑龙江省委立即传达学习全会精神，要求各级党组织和广大党员干部学懂弄通做实。",
            "黑龙江省委",
            "各级党组织和广大党员干部学懂弄通做实。",
        ),
        ("柬埔寨首相洪森表示，在华留学的柬埔寨学生应保持冷静。", "洪森", "在华留学的柬埔寨学生应保持冷静。"),
        (
            "会议要求，根据形势变化和企业诉求，及时推出和完善相关政策。",
            "会议",
            "根据形势变化和企业诉求，及时推出和完善相关政策。",
        ),
        (
            "习近平在座谈会上强调，紧扣一体化和高质量两个关键词抓好重点工作。",
            "习近平",
            "紧扣一体化和高质量两个关键词抓好重点工作。",
        ),
    ],
)
def test_committees_leaders_abroad_and_measures_by_a_basis(paragraph: str, speaker: str, text: str) -> None:
    assert [(d.speaker, d.text) for d in find_directives([paragraph])] == [(speaker, text)]


def test_a_couplet_and_a_briefs_headline_say_nothing() -> None:
    assert find_directives(["习近平强调，民族要复兴，乡村必振兴。"]) == []
    paragraphs = [
        "伊朗总统鲁哈尼表示，欧洲应该履行义务。",
        "欧盟强调与英国谈判要确保平等",
        "对此，欧盟首席谈判代表表示，双方要确保公平竞争。",
    ]
    assert [d.text for d in find_directives(paragraphs)] == ["欧洲应该履行义务。"]


def test_the_general_secretary_demands_of_a_region_after_the_lead() -> None:
    paragraphs = [
        "习近平总书记在座谈会上强调，推动长三角一体化发展。",
        "座谈会上，总书记要求长三角地区夯实绿色发展基础。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)][1] == ("习近平", "长三角地区夯实绿色发展基础。")


@pytest.mark.parametrize(
    ("unit", "instructs"),
    [
        ("就业是最大民生，稳住经济基本盘要优先稳就业。", True),  # 盘要, one word to jieba
        ("孝感、黄冈等地要采取和武汉同等的隔离救治措施。", True),  # 地要
        ("《纲要》还对加强组织保障提出了要求。", False),  # 纲要 is a word
    ],
)
def test_a_modal_jieba_fuses_with_the_word_before_it(unit: str, instructs: bool) -> None:
    assert [d.text for d in find_directives([f"会议指出，{unit}"])] == ([unit] if instructs else [])


def test_a_notice_sent_out_speaks_for_its_sender() -> None:
    paragraphs = [
        "近日，中央文明办发出《关于深入开展爱国卫生运动的通知》。",
        "《通知》强调，文明城市创建活动要把整治环境脏乱差作为重要任务。",
    ]
    assert [d.speaker for d in find_directives(paragraphs)] == ["中央文明办"]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "2024年新年春节即将来临，退役军人事务部、中央军委政治工作部联合下发通知，要求",
            "退役军人事务部、中央军委政治工作部",
        ),
        ("春节前夕，民政部下发通知，要求", "民政部"),
        ("为切实做好困难群众帮扶工作，民政部发出通知，要求", "民政部"),
        ("当前正值主汛期，国家防总办公室发出通知，要求", "国家防总办公室"),
    ],
)
def test_a_notice_sent_out_on_an_occasion_or_for_a_purpose_speaks_for_its_sender(lead: str, speaker: str) -> None:
    # the occasion (…即将来临，…前夕，正值…) or the purpose (为做好…，) said first, then who sent the notice
    found = find_directives([lead + "各地扎实做好困难群众帮扶工作。"])
    assert [(d.speaker, d.text) for d in found] == [(speaker, "各地扎实做好困难群众帮扶工作。")]


def test_an_attribution_may_give_the_month_and_day() -> None:
    paragraph = "习近平总书记3月2日在北京考察时强调，人类战胜大灾大疫离不开科学发展。要把科研攻关作为重大任务。"
    assert [(d.speaker, d.text) for d in find_directives([paragraph])] == [("习近平", "要把科研攻关作为重大任务。")]


def test_a_body_that_issues_a_document_speaks_its_points() -> None:
    paragraph = (
        "国务院办公厅日前印发《关于全面推进基层政务公开标准化规范化工作的指导意见》，提出到2023年基本建成标准体系。"
        "基层政府要在2020年底前编制完成政务公开事项标准目录；国务院部门要在2021年底前编制完成标准指引。"
    )
    assert [d.speaker for d in find_directives([paragraph])] == ["国务院办公厅", "国务院办公厅"]
    notice = "最高人民法院日前印发《关于审理涉新冠肺炎疫情民事案件若干问题的指导意见（一）》，要求妥善审理涉疫情纠纷。"
    assert [(d.speaker, d.text) for d in find_directives([notice])] == [("最高人民法院", "妥善审理涉疫情纠纷。")]


@pytest.mark.parametrize(
    ("unit", "instructs"),
    [
        (
            "按照习近平总书记的要求，陕西、四川等地因地制宜，确保如期高质量完成脱贫攻坚目标任务。",
            False,
        ),  # what places did
        ("按照有保有控要求，确保新增金融资金主要流向制造业。", True),  # an order after its basis
        ("这是对政府执行力的考验，是确保政令畅通的纪律要求。", False),  # says what that was
        ("这是一场硬仗，越到最后越要紧绷这根弦。", True),
    ],
)
def test_what_others_did_on_an_order_and_what_that_was(unit: str, instructs: bool) -> None:
    found = find_directives([f"会议强调，要加强统筹。{unit}"])
    assert [d.text for d in found][1:] == ([unit] if instructs else [])


def test_she_is_the_official_the_lead_names_with_her_title() -> None:
    paragraphs = [
        "今天下午，国务院副总理孙春兰组织中央指导组，召开医疗队代表视频会议。",
        "孙春兰充分肯定了医疗队的突出贡献。她强调，党中央作出重大决策，赢得国际社会赞誉。"
        "当前湖北的疫情依然严峻复杂，要把救治工作作为突出任务。广泛宣传一线医务人员的感人事迹，坚定必胜信心。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("孙春兰", "当前湖北的疫情依然严峻复杂，要把救治工作作为突出任务。"),
        ("孙春兰", "广泛宣传一线医务人员的感人事迹，坚定必胜信心。"),
    ]


def test_a_briefs_headline_ends_the_item_before_it() -> None:
    paragraphs = [
        "教育部：中小学高校错时错峰开学",
        "教育部日前通知，要求做好错时开学方案。原则上高三年级实行省域同步。高校开学准备工作要落实分区分级精准防控策略。",
        "世卫总干事：各国应充分利用机会窗口",
        "银保监会印发通知，要求提升保险资金服务实体经济能力。截至9月末，保险资金投资企业股权规模2万亿元。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("教育部", "做好错时开学方案。"),
        ("教育部", "高校开学准备工作要落实分区分级精准防控策略。"),
        ("银保监会", "提升保险资金服务实体经济能力。"),
    ]


@pytest.mark.parametrize(
    ("unit", "instructs"),
    [
        ("但全球疫情大流行，任何国家都不能独善其身。", False),  # "cannot stay aloof": an observation
        ("任何人都不能搞特殊。", True),  # "must not"
        ("决不能让来之不易的疫情防控持续向好形势发生逆转。", True),
        ("疫情防控这根弦不能松。", True),
    ],
)
def test_bu_neng_bans_unless_it_says_what_nobody_can_do(unit: str, instructs: bool) -> None:
    found = find_directives([f"会议指出，{unit}"])
    assert [d.text for d in found] == ([unit] if instructs else [])


@pytest.mark.parametrize(
    ("unit", "instructs"),
    [
        ("当前境内疫情得到有效控制，但局部地区出现聚集性疫情风险依然存在，不可掉以轻心。", True),
        ("防控工作不可有丝毫松懈。", True),
        ("思想上切不可麻痹大意。", True),
        ("其他有关地区疫情反弹风险不可忽视。", False),  # judges a risk
        ("防范化解重大风险，始终是我们须臾不可放松的大事。", False),  # 不可放松 describes a noun
        ("医护人员发挥着不可替代的作用。", False),
        ("中华民族伟大复兴的历史脚步不可阻挡。", False),
    ],
)
def test_bu_ke_bans_letting_ones_guard_down_and_nothing_else(unit: str, instructs: bool) -> None:
    found = find_directives([f"会议指出，{unit}"])
    assert [d.text for d in found] == ([unit] if instructs else [])


@pytest.mark.parametrize(
    ("unit", "instructs"),
    [
        ("实施上述政策，可确保养老金等各项社保待遇按时足额发放。", False),  # what a policy can do
        ("这将确保供应稳定。", False),
        ("推动成渝地区双城经济圈建设，有利于在西部形成高质量发展的重要增长极。", False),  # a benefit claimed
        ("要加大有效投资，有利于稳增长。", True),
        ("确保失业保险待遇按时足额发放。", True),
        ("要确保供应。", True),
    ],
)
def test_an_assurance_someone_can_give_is_not_an_order(unit: str, instructs: bool) -> None:
    found = find_directives([f"会议指出，{unit}"])
    assert [d.text for d in found] == ([unit] if instructs else [])


def test_a_remark_inside_numbered_points_does_not_end_the_list() -> None:
    paragraph = (
        "会议确定，一是增加再贷款再贴现5000亿元。湖北境内各类企业都可享受上述政策。鼓励商业银行加大小微信贷力度。"
    )
    found = [d.text for d in find_directives([paragraph])]
    assert found == ["一是增加再贷款再贴现5000亿元。", "鼓励商业银行加大小微信贷力度。"]
    # without numbered points, a remark still ends the run of instructions
    plain = "会议指出，要增加再贷款。近期市场情况总体平稳。鼓励商业银行加大小微信贷力度。"
    assert [d.text for d in find_directives([plain])] == ["要增加再贷款。"]


@pytest.mark.parametrize(
    "unit",
    [
        "6月底前，对地方法人银行新发放普惠小微贷款，符合条件的允许等额申请再贷款。",
        "一是3月1日至5月底，免征湖北境内小规模纳税人增值税。",
        "今年底前，完成老旧小区改造计划。",
    ],
)
def test_a_measure_may_open_with_its_deadline(unit: str) -> None:
    found = find_directives([f"会议确定，一是增加再贷款再贴现5000亿元。{unit}"])
    assert [d.text for d in found] == ["一是增加再贷款再贴现5000亿元。", unit]


def test_a_date_alone_does_not_make_a_measure() -> None:
    found = find_directives(["会议确定，一是增加再贷款再贴现5000亿元。6月底前，我国将出台鼓励外商投资产业目录。"])
    assert [d.text for d in found] == ["一是增加再贷款再贴现5000亿元。"]


@pytest.mark.parametrize(
    ("unit", "continues"),
    [
        ("周密做好“五一”假期出行、旅游等疫情防控。", True),  # jieba tags 周密 as a name
        ("严密防范疫情输入。", True),
        ("一是阶段性减免企业养老、失业、工伤保险单位缴费，以减轻疫情对企业特别是中小微企业的影响。", True),
        ("加强金融对实体经济特别是中小微企业支持。", True),  # 特别是 is "in particular", no copula
        # statements
        ("特别是我们隆重庆祝中华人民共和国成立70周年。", False),
        ("以习近平同志为核心的党中央高度重视多党合作事业。", False),
        ("中国坚持走和平发展道路。", False),
    ],
)
def test_what_goes_on_with_a_run_of_instructions(unit: str, continues: bool) -> None:
    found = find_directives([f"会议要求，要优化疫情风险等级确定标准。{unit}"])
    assert [d.text for d in found] == ["要优化疫情风险等级确定标准。"] + ([unit] if continues else [])


@pytest.mark.parametrize(
    "unit",
    ["一要从严从紧抓好外防输入。", "各级领导干部要带头增强“四个意识”。", "要树牢绿水青山就是金山银山的理念。"],
)
def test_a_modal_jieba_fuses_with_the_next_word_still_instructs(unit: str) -> None:
    # jieba cuts 要从严, 要带头, 要树牢 as single words
    assert [d.text for d in find_directives([f"戴源强调，{unit}"])] == [unit]


@pytest.mark.parametrize("unit", ["这些要素正在集聚。", "主要领导出席会议。"])
def test_words_that_begin_with_yao_are_no_modal(unit: str) -> None:
    assert find_directives([f"戴源指出，{unit}"]) == []


def test_a_quotation_that_ends_a_sentence_ends_the_unit() -> None:
    text = "习近平强调：“要坚持人民至上。要加强疫苗接种。”会议指出，要做好学校防控。"
    assert split_units(text) == ["习近平强调：“要坚持人民至上。要加强疫苗接种。”", "会议指出，要做好学校防控。"]
    assert [(d.text, d.speaker) for d in find_directives([text])] == [
        ("“要坚持人民至上。要加强疫苗接种。”", "习近平"),
        ("要做好学校防控。", "会议"),
    ]
    # a quotation inside a sentence does not end it
    assert split_units("要坚持“外防输入、内防反弹”总策略。要加强监测。") == [
        "要坚持“外防输入、内防反弹”总策略。",
        "要加强监测。",
    ]


def test_what_follows_a_quotation_is_not_on_its_list() -> None:
    text = "习近平强调：“要弘扬‘两弹一星’精神。”回望半个世纪的太空征程，广大航天工作者倍感自豪。"
    assert [d.text for d in find_directives([text])] == ["“要弘扬‘两弹一星’精神。”"]
    # a unit that opens with a quoted term is no quotation: the list goes on
    term = "会议指出，“十四五”时期，要贯彻新发展理念。全面深化改革，优化营商环境。"
    assert [d.text for d in find_directives([term])] == [
        "“十四五”时期，要贯彻新发展理念。",
        "全面深化改革，优化营商环境。",
    ]


def test_an_attribution_on_a_line_of_its_own_announces_the_points_below() -> None:
    paragraphs = [
        "3月21日上午，市疫情防控指挥部召开会议。市长张叶飞主持会议并讲话。",
        "张叶飞强调：",
        "1.各县（市、区）要压实属地责任，主要负责同志靠前指挥。",
        "2.加强物资储备，确保防疫物资充足。",
        "市领导李四出席会议。",
        "各县要做好统计工作。",  # after a line of narrative, the speaker carries over until another is named
    ]
    assert [(f.speaker, f.text) for f in find_directives(paragraphs)] == [
        ("张叶飞", "1.各县（市、区）要压实属地责任，主要负责同志靠前指挥。"),
        ("张叶飞", "2.加强物资储备，确保防疫物资充足。"),
        ("张叶飞", "各县要做好统计工作。"),
    ]
    # without the colon, as a city site sets it (匡晓卫强调 ⏎ 要清醒认清…), the same
    assert [(f.speaker, f.text) for f in find_directives(["张叶飞强调", "各县要压实属地责任。"])] == [
        ("张叶飞", "各县要压实属地责任。")
    ]
    # a line that only names who spoke, not what he did, announces nothing
    assert find_directives(["张叶飞同志", "各县要压实属地责任。"]) == []


@pytest.mark.parametrize(
    "announcement",
    [
        "会上，市长张叶飞就做好下一阶段工作提出明确要求。",
        "张叶飞对人民警察队伍提出四点要求：",
        "张叶飞就做好工作作出具体部署。",
    ],
)
def test_demands_announced_are_the_announcers(announcement: str) -> None:
    paragraphs = ["会议强调，要做好疫情防控工作。", announcement, "要加快建设方舱医院。"]
    assert [f.speaker for f in find_directives(paragraphs)] == ["会议", "张叶飞"]


def test_a_clause_that_goes_on_is_no_announcement() -> None:
    unit = "全会对健全领导制度体系作出全面部署、提出明确要求，党中央每年听取工作汇报，必须毫不动摇坚持和完善。"
    assert [f.text for f in find_directives(["会议强调，要做好工作。", unit])][1] == unit


POINTS = [
    ("一是对党忠诚。", "要坚持党的绝对领导，坚持政治建警方针。"),
    ("二是服务人民。", "要坚持以人民为中心，坚定贯彻执行党的群众路线。"),
    ("三是执法公正。", "要坚持维护社会公平正义，加强教育培训。"),
    ("四是纪律严明。", "要坚持严管厚爱结合、激励约束并重。"),
]


@pytest.mark.parametrize("layout", ["one paragraph", "a paragraph per point"])
def test_every_point_of_a_numbered_list_is_taken_once_the_first_is(layout: str) -> None:
    # jieba tags 服务 and 纪律 as nouns: the second and fourth points have no verb first,
    # but they are points of the same list as the first, which was taken
    points = ["".join(point) for point in POINTS]
    lead = "习近平对人民警察队伍提出四点要求。"
    paragraphs = [lead + "".join(points)] if layout == "one paragraph" else [lead, *points]
    found = find_directives(paragraphs)
    assert [d.text for d in found] == [unit for point in POINTS for unit in point]
    assert {d.speaker for d in found} == {"习近平"}


def test_a_point_that_reports_what_was_done_is_not_taken_for_one_of_a_list() -> None:
    paragraph = (
        "习近平指出，一是聚焦主题、紧扣主线，精心组织。"
        "二是以上率下、示范带动，做到了一贯到底、落实落地。"
        "三是战略实施成果已经显现。"
        "四是严督实导、内外用力，压紧压实责任。"
    )
    found = [d.text for d in find_directives([paragraph])]
    assert found == ["一是聚焦主题、紧扣主线，精心组织。", "四是严督实导、内外用力，压紧压实责任。"]


def test_numbered_findings_that_were_never_taken_stay_out() -> None:
    paragraph = "会议指出，一是经济运行总体平稳。二是服务业恢复加快。会议要求，要做好就业工作。"
    assert [d.text for d in find_directives([paragraph])] == ["要做好就业工作。"]


@pytest.mark.parametrize(
    "opening", ["周斌在讲话中指出，当前形势依然严峻。", "周斌在会上讲话。", "周斌在调研时指出，形势严峻。"]
)
def test_he_is_the_person_who_spoke_in_a_speech(opening: str) -> None:
    # 在 before 讲话 is not part of the name (周斌在)
    found = find_directives([f"{opening}他强调，一要严格落实“四早”要求。二要加强重点场所管理。"])
    assert [(d.speaker, d.text) for d in found] == [
        ("周斌", "一要严格落实“四早”要求。"),
        ("周斌", "二要加强重点场所管理。"),
    ]


@pytest.mark.parametrize(
    "call",
    ["市疫情防控指挥部提醒广大市民，", "市疫情防控指挥部呼吁全体居民，", "市疫情防控指挥部倡议，"],
)
def test_a_call_to_the_public_is_an_attribution(call: str) -> None:
    found = find_directives([f"{call}要坚持科学佩戴口罩。有中高风险地区旅居史的人员，务必第一时间向社区报告。"])
    assert [(d.speaker, d.text) for d in found] == [
        ("市疫情防控指挥部", "要坚持科学佩戴口罩。"),
        ("市疫情防控指挥部", "有中高风险地区旅居史的人员，务必第一时间向社区报告。"),
    ]


def test_a_surname_and_a_title_name_the_person_already_named() -> None:
    paragraphs = [
        "国家主席习近平26日晚出席二十国集团领导人特别峰会。",
        "习主席倡议，坚决打好新冠肺炎疫情防控全球阻击战。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("习近平", "坚决打好新冠肺炎疫情防控全球阻击战。")
    ]
    # nobody of that surname named yet: the words stay the speaker
    assert [d.speaker for d in find_directives(paragraphs[1:])] == ["习主席"]


@pytest.mark.parametrize(
    ("paragraph", "units"),
    [
        # the closing mark lost: the rest of the paragraph is not one quotation
        (
            "会议要求，要落实“四早要求。要加强冷链物流管控。要做好物资保障。",
            ["会议要求，要落实“四早要求。", "要加强冷链物流管控。", "要做好物资保障。"],
        ),
        (
            '要落实"四早"要求。要加强冷链"物流管控。要做好物资保障。',
            ['要落实"四早"要求。', '要加强冷链"物流管控。', "要做好物资保障。"],
        ),
        # a quotation that runs on into the next paragraph opens this one
        ("“要加强监测。要做好保障。", ["“要加强监测。", "要做好保障。"]),
        # an inner mark never closed inside a closed quotation: the quotation is still one unit
        (
            "习近平强调：“要坚持‘外防输入、内防反弹。要加强监测。”会议指出，要做好保障。",
            ["习近平强调：“要坚持‘外防输入、内防反弹。要加强监测。”", "会议指出，要做好保障。"],
        ),
    ],
)
def test_a_quotation_mark_never_closed_quotes_nothing(paragraph: str, units: list[str]) -> None:
    assert split_units(paragraph) == units


def test_the_numbered_points_a_demand_opens_are_demands() -> None:
    paragraph = "会议要求，一是思想认识再提高；二是责任落实再压实；三是工作措施再细化。"
    assert [d.text for d in find_directives([paragraph])] == [
        "一是思想认识再提高；",
        "二是责任落实再压实；",
        "三是工作措施再细化。",
    ]
    # the points a finding opens are findings
    assert find_directives(["会议指出，一是思想认识有提高；二是责任落实更有力。"]) == []


def test_a_statement_after_a_speech_does_not_end_it() -> None:
    paragraphs = [
        "会议强调，2019年，改革迈出重要步伐。",
        "2020年是“十三五”规划收官之年。要坚持问题导向，继续推出一批改革方案。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("会议", "要坚持问题导向，继续推出一批改革方案。")
    ]
    # after narrative it does: nobody speaks any more
    assert find_directives(["会议强调，要做好防控。", "市领导李四出席会议。", "今年是关键之年。要做好统计工作。"]) == [
        find_directives(["会议强调，要做好防控。"])[0]
    ]
    # nor does a statement that goes on with a subject of its own
    assert (
        find_directives(["会议强调，2019年，改革迈出重要步伐。", "就在几天前，他们接到新任务，要接管一批患者。"]) == []
    )


def test_a_clause_the_next_one_defines_is_no_order() -> None:
    # 确保… is the subject of 是: what a task is, not an order
    assert find_directives(["他强调，确保人民群众生命安全和身体健康，是我们党治国理政的一项重大任务。"]) == []
    assert [d.text for d in find_directives(["习近平强调，考古遗迹是历史的见证，必须保护好。"])] == [
        "考古遗迹是历史的见证，必须保护好。"
    ]


def test_points_announced_with_a_number_are_the_announcers() -> None:
    paragraphs = ["习近平强调，考古工作取得了重大成就。", "习近平就做好考古工作提出4点要求。一是要继续探索未知。"]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [("习近平", "一是要继续探索未知。")]


def test_bystanders_who_say_they_will_are_not_the_speaker() -> None:
    paragraphs = ["习近平强调，要加强军魂教育。官兵们表示要把重要讲话精神转化为练兵备战的动力。"]
    assert [d.text for d in find_directives(paragraphs)] == ["要加强军魂教育。"]


@pytest.mark.parametrize(
    "unit",
    [
        "国家医保局及时出台有关政策，确保患者不因费用问题影响就医，体现了制度的优越性。",
        "人民银行专门开设了大额资金划拨的“绿色通道”，确保资金及时到账。",
        "一是深刻论述了我国宪法的根本政治原则。",
    ],
)
def test_what_was_done_to_make_sure_is_no_order(unit: str) -> None:
    assert find_directives(["会议强调，要做好防控。" + unit]) == find_directives(["会议强调，要做好防控。"])


def test_an_order_after_what_was_done_is_an_order() -> None:
    paragraph = (
        "会议确定，一是在年初已发行专项债1.29万亿元基础上，再提前下达1万亿元专项债新增限额。"
        "栗战书对今后的主要任务进行了阐述：确保宪法全面实施；加强重要领域立法。"
    )
    assert [d.text for d in find_directives([paragraph])] == [
        "一是在年初已发行专项债1.29万亿元基础上，再提前下达1万亿元专项债新增限额。",
        "确保宪法全面实施；",
        "加强重要领域立法。",
    ]


def test_an_instruction_on_a_subject_is_its_issuers() -> None:
    lead = (
        "央视网消息：中共中央总书记、国家主席、中央军委主席习近平近日对推进农村土地制度改革、做好承包地管理工作"
        "作出重要指示强调，开展确权登记颁证工作，巩固和完善了农村基本经营制度。要运用确权登记颁证成果。"
    )
    assert [(d.speaker, d.text) for d in find_directives([lead])] == [("习近平", "要运用确权登记颁证成果。")]
    # 作出重要指示，强调要…: the second verb is not part of the instruction
    second = "习近平近日作出重要指示，强调要牢记宗旨，勇挑重担。"
    assert [d.text for d in find_directives([second])] == ["要牢记宗旨，勇挑重担。"]


def test_an_instruction_cited_is_no_marker() -> None:
    paragraphs = [
        "习近平强调，有关部门要及时梳理分析。",
        "为贯彻落实习近平总书记关于规划编制工作要开门问策的重要指示精神，8月16日起开展网上意见征求活动。",
    ]
    assert [d.text for d in find_directives(paragraphs)] == ["有关部门要及时梳理分析。"]


def test_what_bystanders_say_in_a_unit_is_theirs() -> None:
    paragraphs = ["习近平强调，要稳字当头。", "总书记的讲话引发热烈反响，广大干部群众表示，要坚定不移跟党走。"]
    assert [d.text for d in find_directives(paragraphs)] == ["要稳字当头。"]
    # a speaker named in the middle of a unit is no bystander
    assert len(find_directives(["会议强调，要稳字当头。", "会上，李克强表示，要做好六稳工作。"])) == 2


def test_a_measure_after_the_principle_it_follows_is_a_measure() -> None:
    paragraph = "韩正强调，要完善工作机制。按照“资金跟项目走”的原则，安排用好地方政府专项债券。"
    assert [d.text for d in find_directives([paragraph])][1:] == [
        "按照“资金跟项目走”的原则，安排用好地方政府专项债券。"
    ]


def test_a_measure_opened_by_a_connective_is_a_measure() -> None:
    paragraph = "会议指出，下一步，要继续抓好直达机制落实。同时研究建立常态化财政资金直达机制。"
    assert [d.text for d in find_directives([paragraph])] == [
        "下一步，要继续抓好直达机制落实。",
        "同时研究建立常态化财政资金直达机制。",
    ]


def test_what_was_done_is_off_a_list_and_what_was_issued_qualifies() -> None:
    paragraph = "会议要求，要做好防控。冲突发生后，双方进行了沟通协调。对已退出的贫困县保持帮扶政策总体稳定。"
    assert [d.text for d in find_directives([paragraph])] == ["要做好防控。"]
    paragraph = "会议要求，要做好防控。对已退出的贫困县保持帮扶政策总体稳定。"
    assert [d.text for d in find_directives([paragraph])][1:] == ["对已退出的贫困县保持帮扶政策总体稳定。"]


def test_a_document_cited_speaks_for_whoever_the_title_names() -> None:
    found = find_directives(
        ["《意见》指出，要坚决打赢脱贫攻坚战。"], title="中共中央 国务院关于抓好“三农”领域重点工作的意见"
    )
    assert [d.speaker for d in found] == ["中共中央国务院"]


def test_the_measures_a_notice_lists_under_its_points_are_measures() -> None:
    paragraph = (
        "通知就改善一线医务人员工作条件提出七方面措施。一要改善医务人员工作和休息条件。"
        "为医务人员提供良好后勤服务。二要维护医务人员身心健康。合理安排医务人员作息时间。"
        "加强医务人员个人防护。三要落实医务人员待遇。向风险程度高的医疗卫生机构核增一次性绩效工资总量。"
    )
    found = find_directives(
        [paragraph], title="国务院办公厅转发国家卫生健康委《关于改善一线医务人员工作条件若干措施》的通知"
    )
    assert len(found) == 7
    assert {d.speaker for d in found} == {"国务院办公厅"}
    # a name before a verb is narrative, not a manner word
    assert find_directives(["韩正强调，要加大力度。", "韩正来到企业，了解复工复产情况。"])[1:] == []


def test_an_order_to_carry_out_a_plenum_is_no_attribution() -> None:
    found = find_directives(["赵乐际强调，要认真贯彻落实中央纪委四次全会部署，创造性开展工作。"])
    assert [(d.speaker, d.text) for d in found] == [("赵乐际", "要认真贯彻落实中央纪委四次全会部署，创造性开展工作。")]


def test_a_measure_after_its_purpose_and_setting_is_a_measure() -> None:
    paragraph = (
        "会议确定，为帮扶外贸企业纾困发展，在鼓励企业拓展国际市场同时，支持出口产品开拓国内市场。"
        "简化内销认证和办税程序。"
    )
    assert [d.text for d in find_directives([paragraph])] == [
        "为帮扶外贸企业纾困发展，在鼓励企业拓展国际市场同时，支持出口产品开拓国内市场。",
        "简化内销认证和办税程序。",
    ]


def test_confidence_is_no_order() -> None:
    assert find_directives(["会议指出，今年有信心有能力坚决打赢脱贫攻坚战。"]) == []
    assert len(find_directives(["会议指出，应急处置能力要进一步提高。"])) == 1


def test_a_demand_on_the_departments_concerned_leaves_out_who_demands() -> None:
    paragraphs = [
        "李克强强调，要畅通物流。",
        "李克强询问企业是否享受到政策，要求有关部门主动服务。他要求有关方面保障好防护用品需求。",
    ]
    found = find_directives(paragraphs)
    assert [d.text for d in found][1:] == ["有关部门主动服务。", "有关方面保障好防护用品需求。"]


@pytest.mark.parametrize(
    "unit",
    [
        "保护好秦岭生态环境，对实现可持续发展具有十分重大而深远的意义。",
        "脱贫摘帽不是终点，而是新生活、新奋斗的起点。",
        "解决好就业问题，才能确保搬迁群众稳得住、逐步能致富。",
    ],
)
def test_what_a_task_means_is_no_order(unit: str) -> None:
    assert find_directives(["习近平强调，要延伸产业链条。习近平指出，" + unit]) == find_directives(
        ["习近平强调，要延伸产业链条。"]
    )


def test_what_a_visitor_tells_them_to_do_is_an_order() -> None:
    paragraphs = [
        "习近平强调，要推进城乡义务教育一体化发展。",
        "习近平接着来到学校食堂，了解学生伙食情况，叮嘱他们加强学校重点场所消毒。",
    ]
    assert [d.text for d in find_directives(paragraphs)][1:] == ["加强学校重点场所消毒。"]


@pytest.mark.parametrize(
    ("paragraph", "who", "order"),
    [
        (
            "得知连队准备了送春联、拔河比赛等活动，习近平称赞活动很有特色，叮嘱各级要安排好节日生活，让官兵过好年。",
            "习近平",
            "各级要安排好节日生活，让官兵过好年。",
        ),
        ("看到新修的水渠，李强称赞工程质量好，叮嘱当地干部要管好用好。", "李强", "当地干部要管好用好。"),
    ],
)
def test_what_he_learnt_and_praised_comes_before_what_he_asks(paragraph: str, who: str, order: str) -> None:
    assert [(d.speaker, d.text) for d in find_directives([paragraph])] == [(who, order)]


@pytest.mark.parametrize(
    "measure",
    ["营造绿色低碳产业健康发展生态，培育绿色建筑等新增长点。", "发展普惠金融，增加信贷投放，降低融资成本。"],
)
def test_a_measure_in_a_run_opened_by_a_verb_jieba_takes_for_a_noun_is_one(measure: str) -> None:
    run = ["会议确定，明年要抓好以下重点任务。一是进一步深化生态文明体制改革。" + measure]
    assert [d.text for d in find_directives(run)][-1] == measure
    # what is said of such a phrase as a subject is none
    said = [
        "会议确定，明年要抓好以下重点任务。一是进一步深化生态文明体制改革。抗击疫情既需要全民行动，更需要科技支撑。"
    ]
    assert [d.text for d in find_directives(said)][-1] != "抗击疫情既需要全民行动，更需要科技支撑。"


def test_officials_named_before_they_went_severally_and_their_party_speak_after_their_tour() -> None:
    paragraphs = [
        "近日，市委副书记孟祥伟，市委常委、常务副市长陈劲超分别到蔡甸区、黄陂区调研乡村振兴工作。",
        "孟祥伟一行来到张湾街道龙家台村村委会，看望慰问村委会干部。他强调，要扎实推进乡村建设。",
        "陈劲超一行来到长轩岭街道，慰问困难党员。他要求做足做好乡村特色产业发展文章；叮嘱相关部门落实落细各项帮扶政策。",
        "在城西区冷湖路老旧排水管网更新改造项目施工现场，王卫东实地察看工程进度，强调要强化系统思维。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("孟祥伟", "要扎实推进乡村建设。"),
        ("陈劲超", "做足做好乡村特色产业发展文章；"),
        ("陈劲超", "相关部门落实落细各项帮扶政策。"),
        ("王卫东", "要强化系统思维。"),
    ]


def test_a_name_jieba_reads_as_a_word_after_a_title_and_before_what_he_does_is_named() -> None:
    paragraphs = [
        "1月12日上午，区政府召开目标任务动员部署会。区长程前主持会议并讲话。",
        "程前在总结讲话中指出，各乡镇、各部门要紧盯年度目标任务。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("程前", "各乡镇、各部门要紧盯年度目标任务。")
    ]


def test_a_minister_named_meeting_those_he_met_speaks_after_he_thanked_them() -> None:
    paragraphs = [
        "会前，教育部党组书记、部长怀进鹏与代表委员见面，听取意见建议。",
        "怀进鹏首先向代表委员表示感谢。他指出，要落实立德树人根本任务。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [("怀进鹏", "要落实立德树人根本任务。")]


def test_measures_in_a_run_each_headed_by_a_figure_of_four_characters() -> None:
    paragraph = (
        "会议强调，要统筹谋划、整体推进，着力建强“大脑”；强健筋骨，建强上下贯通的各级应急指挥部体系；"
        "畅通经脉，推进应急指挥综合业务系统向基层乡镇延伸。"
    )
    assert [d.text for d in find_directives([paragraph])] == [
        "要统筹谋划、整体推进，着力建强“大脑”；",
        "强健筋骨，建强上下贯通的各级应急指挥部体系；",
        "畅通经脉，推进应急指挥综合业务系统向基层乡镇延伸。",
    ]
    # a point of view is no figure heading a measure
    seen = "习近平指出，要加快补齐短板；从人群看，主要是老弱病残贫困人口；从区域看，主要是深度贫困地区。"
    assert [d.text for d in find_directives([seen])] == ["要加快补齐短板；"]


def test_the_head_of_a_delegation_and_a_leader_who_speaks_last_are_attributed() -> None:
    paragraphs = [
        "全国政协主席、中央代表团团长王沪宁带领一分团到库尔勒市第二十三中学考察。他表示，要坚持立德树人。",
        "习近平最后表示，春节就要到了，全军的部队要加强战备值班。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("王沪宁", "要坚持立德树人。"),
        ("习近平", "春节就要到了，全军的部队要加强战备值班。"),
    ]


def test_an_instruction_made_at_once_names_who_made_it() -> None:
    unit = "事故发生后，省委书记郝鹏第一时间作出批示，要求全力以赴救治伤员，尽快查清事故原因。"
    assert [(d.speaker, d.text) for d in find_directives([unit])] == [("郝鹏", "全力以赴救治伤员，尽快查清事故原因。")]


def test_who_attended_is_no_order() -> None:
    said = "会议强调，要加大督导检查力度。"
    attended = "相关市领导，新区党工委书记、管委会主任，市级有关部门和各区县负责同志参加会议。"
    assert [d.text for d in find_directives([said + attended])] == ["要加大督导检查力度。"]
    # told to attend, it is one
    assert len(find_directives([said + "各级领导干部要带头参加会议。"])) == 2


def test_an_announcement_of_the_points_is_none_of_them() -> None:
    paragraphs = [
        "国务院联防联控机制印发《关于做好农产品稳产保供工作的通知》。",
        "《通知》指出，近期一些地方农产品销售受阻。为贯彻落实党中央决策部署，坚决打赢疫情防控阻击战，《通知》提出八方面要求。",
        "一是严格落实地方属地责任。",
    ]
    found = find_directives(paragraphs, title="国务院联防联控机制印发通知 要求做好农产品稳产保供")
    assert [(d.speaker, d.text) for d in found] == [("国务院联防联控机制", "一是严格落实地方属地责任。")]


def test_an_instruction_retold_with_its_day_looks_back() -> None:
    paragraph = (
        "《通知》指出，1月27日，习近平总书记作出重要指示，强调各级党委要不忘初心、牢记使命。"
        "各级党委（党组）要坚决贯彻落实习近平总书记重要指示精神。"
    )
    found = find_directives([paragraph], title="中共中央印发《关于加强党的领导的通知》")
    assert [d.text for d in found] == ["各级党委（党组）要坚决贯彻落实习近平总书记重要指示精神。"]
    # a day a measure starts from is no look back
    assert len(find_directives(["会议确定，3月1日起，加强港口疫情防控。"])) == 1


def test_she_is_the_official_who_led_the_group() -> None:
    paragraphs = [
        "23日，国务院副总理、中央指导组组长孙春兰率中央指导组先后来到湖北省妇幼保健院。",
        "孙春兰实地查看病房设施。她指出，当前疫情防控形势持续向好，要统筹做好医疗救治工作。",
        "她要求湖北省武汉市要全力搞好各项服务保障工作。孙春兰叮嘱医务工作者一定要做好自我防护。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("孙春兰", "当前疫情防控形势持续向好，要统筹做好医疗救治工作。"),
        ("孙春兰", "湖北省武汉市要全力搞好各项服务保障工作。"),
        ("孙春兰", "医务工作者一定要做好自我防护。"),
    ]


def test_a_saying_cited_is_no_order() -> None:
    paragraph = "习近平强调，要坚持“外防输入、内防反弹”。他还用“党章要放在床头”等生动表达进行解析。"
    assert [d.text for d in find_directives([paragraph])] == ["要坚持“外防输入、内防反弹”。"]


def test_a_setting_needs_no_comma_before_the_measure() -> None:
    paragraph = "会议要求，要做好防控。在做好防控前提下保障国际货运流通。"
    assert [d.text for d in find_directives([paragraph])][1:] == ["在做好防控前提下保障国际货运流通。"]


def test_an_instruction_in_writing_speaks_for_whoever_wrote_it() -> None:
    paragraphs = [
        "稳就业工作电视电话会议3月20日在京召开。国务院总理李克强作出重要批示。批示指出：就业事关民生大局。"
        "各地区、各部门要更大力度实施就业优先政策。突出抓好重点群体就业工作；着力促进农民工就业。",
        "习近平致贺信。贺信指出，要加强国际交流合作。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("李克强", "各地区、各部门要更大力度实施就业优先政策。"),
        ("李克强", "突出抓好重点群体就业工作；"),
        ("李克强", "着力促进农民工就业。"),
        ("习近平", "要加强国际交流合作。"),
    ]
    # a letter of congratulations is no person (贺 is a surname)
    assert speaker_of("贺信") == ""


def test_a_verb_jieba_tags_as_a_noun_in_a_set_phrase_goes_on_a_run() -> None:
    paragraph = "会议强调，要深入学习贯彻全会精神。深刻领会全会提出的目标任务，扎实推进各项工作。"
    assert [d.text for d in find_directives([paragraph])] == [
        "要深入学习贯彻全会精神。",
        "深刻领会全会提出的目标任务，扎实推进各项工作。",
    ]


def test_rising_to_strength_names_nobody() -> None:
    paragraphs = [
        "《求是》杂志将发表习近平在出席庆祝活动时的重要讲话。",
        "讲话指出，中华民族迎来了从站起来、富起来到强起来的伟大飞跃。前进征程上，我们要坚持人民主体地位。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("习近平", "前进征程上，我们要坚持人民主体地位。")
    ]


def test_whom_a_judgement_concerns_is_no_measure() -> None:
    paragraph = "武契奇在致辞中表示感谢。他说，对塞尔维亚而言，中国专家组和医疗物资“极为重要”。"
    assert find_directives([paragraph]) == []


@pytest.mark.parametrize(
    "unit",
    [
        "习近平总书记的重要讲话，充分肯定了脱贫攻坚取得的成绩，进一步坚定了全党全社会坚决打赢脱贫攻坚战的信心决心。",
        "意大利政府为应对疫情采取了一系列坚决的防控举措，中方予以坚定支持。",
    ],
)
def test_a_marker_inside_what_was_done_is_no_order(unit: str) -> None:
    assert find_directives([f"会议强调，{unit}"]) == []


def test_a_completed_action_after_the_modal_is_what_to_do() -> None:
    units = ["要深刻领会这一思想开辟了新境界。", "要指导市县将已下达资金加快用到市场主体和民生上。"]
    assert [d.text for d in find_directives(["会议强调，" + "".join(units)])] == units


def test_what_remains_is_no_measure() -> None:
    paragraph = "习近平指出，必须高度重视面临的困难挑战。剩余脱贫攻坚任务艰巨，脱贫攻坚工作需要加强。"
    assert [d.text for d in find_directives([paragraph])] == ["必须高度重视面临的困难挑战。"]


def test_a_measure_may_open_with_where_it_applies() -> None:
    paragraph = (
        "会议决定，一是为深化改革，在浦东新区开展市场准入改革试点。同时建立行业综合监管制度。"
        "会议指出，要巩固防控成果。在武汉保留高水平重症救治力量，降低病亡率。"
    )
    assert [d.text for d in find_directives([paragraph])] == [
        "一是为深化改革，在浦东新区开展市场准入改革试点。",
        "同时建立行业综合监管制度。",
        "要巩固防控成果。",
        "在武汉保留高水平重症救治力量，降低病亡率。",
    ]
    # a setting is no place for a measure: what follows it is narrative here
    narrative = "习近平强调，要坚定信心。在抗击疫情这个没有硝烟的战场上，共产党员们冲在最前线。"
    assert [d.text for d in find_directives([narrative])] == ["要坚定信心。"]


def test_a_paragraph_that_reports_a_meeting_held_ends_the_instructions() -> None:
    paragraphs = [
        "李克强作出批示，各相关部门要完善应对方案。做好与世界卫生组织的沟通协调。",
        "根据习近平指示和李克强要求，国务院联防联控机制召开电视电话会议，进行全面部署。"
        "湖北省等有关地方进一步落实属地责任，坚决做好疫情防控各项工作。",
    ]
    assert [d.text for d in find_directives(paragraphs)] == [
        "各相关部门要完善应对方案。",
        "做好与世界卫生组织的沟通协调。",
    ]


def test_a_bare_demand_is_made_by_whoever_the_unit_before_reports_acting() -> None:
    paragraphs = [
        "会议指出，要做好患者救治。",
        "会议审议了企事业单位复工复产疫情防控措施指南。要求加强员工健康监测和个人防护，减少员工聚集。",
        "全会闭幕后，云南省委立即召开专题会议，学习贯彻全会精神。要求全省领导干部带头学。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("会议", "要做好患者救治。"),
        ("会议", "加强员工健康监测和个人防护，减少员工聚集。"),
        ("云南省委", "全省领导干部带头学。"),
    ]


def test_a_bare_demand_after_a_news_lead_or_a_demand_retold_is_neither_speaker_s() -> None:
    lead = "国务院总理李克强3月17日主持召开国务院常务会议，部署深入推进改革；要求加快重大投资项目开复工。"
    assert find_directives([lead]) == []
    retold = (
        "会议强调，党中央高度重视防汛工作。习近平总书记还多次作出重要指示批示，要求各地区坚持人民至上；"
        "要求各级党委和政府压实责任，全力抢险救援。"
    )
    assert find_directives([retold]) == []


def test_a_demand_may_run_on_into_the_verb_without_a_comma() -> None:
    paragraph = "会议要求加强与世卫组织等合作，共享防控信息。李克强来到武汉。他要求切实保障物资供应。"
    assert [(d.speaker, d.text) for d in find_directives([paragraph])] == [
        ("会议", "加强与世卫组织等合作，共享防控信息。"),
        ("李克强", "切实保障物资供应。"),
    ]


def test_a_run_of_measures_goes_on_over_words_jieba_fuses() -> None:
    paragraph = (
        "会议要求，要帮助特困人员解决困难。妥善安置和照顾好孤儿和孤寡老人。"
        "各地要及时兑现补助。制定方案，组织滞留人员返乡。加大就业促进力度。工作期间做好各种防护。"
    )
    assert [d.text for d in find_directives([paragraph])] == [
        "要帮助特困人员解决困难。",
        "妥善安置和照顾好孤儿和孤寡老人。",
        "各地要及时兑现补助。",
        "制定方案，组织滞留人员返乡。",
        "加大就业促进力度。",
        "工作期间做好各种防护。",
    ]


def test_heeding_instructions_then_who_acted_is_a_report() -> None:
    paragraph = "会议要求，要学懂弄通做实。落实总书记重要指示精神，重庆大力实施大数据智能化创新发展。"
    assert [d.text for d in find_directives([paragraph])] == ["要学懂弄通做实。"]


def test_forces_sent_from_somewhere_are_a_measure_in_a_run() -> None:
    paragraph = "会议要求，边境省份要压实责任。从内地调集力量支持边境地区，提高检测能力。关心关爱我在境外公民。"
    assert len(find_directives([paragraph])) == 3
    narrative = "习近平指出，要压实责任。从2月10日开始，19个省份集中优势资源对口支援湖北。"
    assert [d.text for d in find_directives([narrative])] == ["要压实责任。"]


def test_the_meeting_that_reviews_a_document_demands_after_a_comma_or_a_colon() -> None:
    paragraphs = [
        "会议指出，要做好防控。",
        "会议审议了春耕生产工作指南，要求各地既做好农村疫情防控，又不误农时抓好春耕。",
        "会议听取了大气污染治理汇报，指出治理大气污染是民生所系，要求：一要加强精准治理。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)][1:] == [
        ("会议", "各地既做好农村疫情防控，又不误农时抓好春耕。"),
        ("会议", "一要加强精准治理。"),
    ]


def test_a_body_that_issued_a_document_on_a_day_gives_its_points() -> None:
    paragraphs = [
        "3月3日，国务院办公厅印发《关于进一步精简审批优化服务精准稳妥推进企业复工复产的通知》，提出了五个方面政策措施。",
        "一是提高复工复产服务便利度。低风险地区不得采取审批、备案等方式延缓开工。二是大力推行政务服务网上办。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("国务院办公厅", "一是提高复工复产服务便利度。"),
        ("国务院办公厅", "低风险地区不得采取审批、备案等方式延缓开工。"),
        ("国务院办公厅", "二是大力推行政务服务网上办。"),
    ]


def test_a_run_of_measures_goes_on_over_a_measure_stated_with_its_subject() -> None:
    paragraph = (
        "会议指出，武汉市要继续加大排查力度。国家根据救治需要再增派医疗力量支援。"
        "集中专家加强重症患者救治，减少轻症患者转为重症。"
    )
    assert [d.text for d in find_directives([paragraph])] == [
        "武汉市要继续加大排查力度。",
        "集中专家加强重症患者救治，减少轻症患者转为重症。",
    ]
    # not over what is or has been, nor into a judgement
    facts = "会议指出，要做好收治。武汉市定点医院已增加到45家。全面启用12家方舱医院。"
    assert [d.text for d in find_directives([facts])] == ["要做好收治。"]
    judged = "习近平指出，要办好自己的事。外部环境日趋复杂。构建新发展格局，农村可以大有作为。"
    assert [d.text for d in find_directives([judged])] == ["要办好自己的事。"]


def test_numbered_points_go_on_over_a_paragraph_break_after_a_remark() -> None:
    one = "会议指出，一要建好健身设施。各地可以租赁方式向社会力量供地。充分挖潜利用公共体育设施。培育体育指导人才。"
    cut = [
        "会议指出，一要建好健身设施。各地可以租赁方式向社会力量供地。",
        "充分挖潜利用公共体育设施。培育体育指导人才。",
    ]
    expected = ["一要建好健身设施。", "充分挖潜利用公共体育设施。", "培育体育指导人才。"]
    assert [d.text for d in find_directives([one])] == expected
    assert [d.text for d in find_directives(cut)] == expected


def test_a_leader_on_an_inspection_speaks_after_the_place_he_is_at() -> None:
    paragraphs = [
        "4月14日，市委书记戴源深入亭湖区、盐都区调研检查疫情防控工作。",
        "在亭湖区一处核酸采样点，戴源仔细察看采样流程。他指出，核酸检测是发现疫情的关键手段，要科学设置采样点。",
        "在盐都区集中隔离点，戴源要求加强隔离人员健康监测，严防交叉感染。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("戴源", "核酸检测是发现疫情的关键手段，要科学设置采样点。"),
        ("戴源", "加强隔离人员健康监测，严防交叉感染。"),
    ]


def test_what_was_done_in_the_weeks_past_is_no_order_even_resolutely() -> None:
    paragraph = (
        "周斌指出，近期全市上下坚决落实省委省政府部署，各项防控措施有力有效。周斌强调，近期要坚决守住外防输入关口。"
    )
    assert [(d.speaker, d.text) for d in find_directives([paragraph])] == [("周斌", "近期要坚决守住外防输入关口。")]


def test_the_points_of_a_bodys_announcement_are_the_bodys() -> None:
    paragraphs = [
        "为进一步巩固疫情防控成果，经市疫情防控指挥部研究决定，现将有关事项通告如下：",
        "一、所有来盐返盐人员须提前24小时进行报备。",
        "二、暂停举办大型会展、演出等聚集性活动。",
        "本通告自发布之日起施行。",
    ]
    found = find_directives(paragraphs, title="盐城市新冠肺炎疫情防控指挥部通告")
    assert [(d.speaker, d.text) for d in found] == [
        ("盐城市新冠肺炎疫情防控指挥部", "一、所有来盐返盐人员须提前24小时进行报备。"),
        ("盐城市新冠肺炎疫情防控指挥部", "二、暂停举办大型会展、演出等聚集性活动。"),
    ]


def test_above_all_then_a_listed_verb_is_a_measure_in_a_run() -> None:
    paragraph = "会议强调：三是要加快推进疫苗接种。重点做好老年人接种工作，提高加强免疫接种率。重点是老年人。"
    assert [d.text for d in find_directives([paragraph])] == [
        "三是要加快推进疫苗接种。",
        "重点做好老年人接种工作，提高加强免疫接种率。",
    ]


def test_a_department_s_short_name_that_jieba_cuts_keeps_its_modal() -> None:
    paragraph = "周斌强调，各县要立即拿出方案。市卫健委要会同有关部门加强督查，发现问题立即整改。"
    assert [d.text for d in find_directives([paragraph])] == [
        "各县要立即拿出方案。",
        "市卫健委要会同有关部门加强督查，发现问题立即整改。",
    ]


def test_whoever_a_press_conference_report_quotes_speaks_and_is_he() -> None:
    paragraphs = [
        "国家卫生健康委疾控局副局长雷正龙介绍，近期部分地区出现层层加码等问题。他强调，各地要严格执行防控方案。",
        "中国疾控中心研究员常昭瑞提醒，广大公众要坚持戴口罩。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("雷正龙", "各地要严格执行防控方案。"),
        ("常昭瑞", "广大公众要坚持戴口罩。"),
    ]


def test_a_document_issued_jointly_speaks_for_all_its_issuers() -> None:
    retold = [
        "近日，教育部、国家卫生健康委联合印发《关于做好秋季学期开学工作的通知》。",
        "《通知》要求，各地要坚持分区分级、错峰开学。",
    ]
    assert [d.speaker for d in find_directives(retold)] == ["教育部、国家卫生健康委"]
    demanded = "人力资源社会保障部、财政部日前联合发出通知，要求各地加快落实稳岗返还政策。"
    assert [(d.speaker, d.text) for d in find_directives([demanded])] == [
        ("人力资源社会保障部、财政部", "各地加快落实稳岗返还政策。")
    ]
    reported = (
        "公安部召开发布会，通报最高人民法院、公安部联合印发《关于依法惩治袭警行为的指导意见》情况。"
        "《指导意见》要求，民警要规范履职。"
    )
    assert [d.speaker for d in find_directives([reported])] == ["最高人民法院、公安部"]


def test_whom_a_leader_urges_is_no_part_of_the_directive() -> None:
    paragraph = "许昆林来到一家企业察看生产线。他叮嘱企业负责人，要落实好员工健康监测，加快满产达产。"
    assert [(d.speaker, d.text) for d in find_directives([paragraph])] == [
        ("许昆林", "要落实好员工健康监测，加快满产达产。")
    ]


def test_a_demand_of_each_of_them_needs_no_comma() -> None:
    paragraph = "省政府要求各设区市于6月10日前报送政策落实情况。省政府要求的各项政策已经出台。"
    assert [(d.speaker, d.text) for d in find_directives([paragraph])] == [
        ("省政府", "各设区市于6月10日前报送政策落实情况。")
    ]


@pytest.mark.parametrize(
    ("lead", "issuers"),
    [
        ("日前，全国妇联、中央文明办等9部门联合印发通知，对各地作出部署。", "全国妇联、中央文明办等9部门"),
        ("中央宣传部等八部门联合印发通知，部署开展学习宣传工作。", "中央宣传部等八部门"),
        ("近日，中共中央办公厅转发了《中央宣传部关于认真组织学习的通知》。", "中共中央办公厅"),
    ],
)
def test_bodies_and_others_that_issue_a_document_speak_for_it(lead: str, issuers: str) -> None:
    found = find_directives([lead, "《通知》要求，各地要认真组织学习。"])
    assert [(d.speaker, d.text) for d in found] == [(issuers, "各地要认真组织学习。")]


def test_when_a_document_takes_effect_is_no_order() -> None:
    paragraph = (
        "银保监会等六部门近日发布通知，明确取消涉企收费。同时要求完善违规收费举报查处机制。通知将从今年6月1日开始实施。"
    )
    assert [d.text for d in find_directives([paragraph])] == ["完善违规收费举报查处机制。"]


def test_the_general_secretary_is_a_person_not_the_meeting_that_spoke_last() -> None:
    paragraphs = [
        "中共中央政治局常务委员会召开会议。中共中央总书记习近平主持会议并发表重要讲话。",
        "会议强调，要坚定不移贯彻党中央决策部署。",
        "总书记强调，要高效统筹疫情防控和经济社会发展。他指出，要保障好人民群众生活。",
    ]
    assert [d.speaker for d in find_directives(paragraphs)] == ["会议", "习近平", "习近平"]


def test_a_request_opening_a_clause_asks_and_a_courtesy_does_not() -> None:
    paragraphs = [
        "市疫情防控指挥部提醒：",
        "近14天内有疫情发生地旅居史的人员，请立即主动向所在社区报告。",
        "请尊敬的总书记保重身体。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("市疫情防控指挥部", "近14天内有疫情发生地旅居史的人员，请立即主动向所在社区报告。")
    ]


def test_a_text_a_body_signs_off_speaks_for_it() -> None:
    paragraphs = ["4月20日，我市无新增本土确诊病例。", "广大市民要坚持戴口罩、勤洗手。"]
    found = find_directives(paragraphs, title="盐城市疫情防控工作情况通报", signer="盐城市疫情防控指挥部")
    assert [(d.speaker, d.text) for d in found] == [("盐城市疫情防控指挥部", "广大市民要坚持戴口罩、勤洗手。")]


def test_proposals_announced_after_a_purpose_are_the_proposer_s() -> None:
    paragraphs = [
        "为切实保障全市人民生命安全，市疫情防控指挥部向全市人民发出如下倡议：",
        "三、积极配合核酸检测。按照属地安排，主动参加核酸检测，做到应检尽检。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("市疫情防控指挥部", "三、积极配合核酸检测。"),
        ("市疫情防控指挥部", "按照属地安排，主动参加核酸检测，做到应检尽检。"),
    ]


def test_what_a_measure_guards_against_may_open_it_in_a_run() -> None:
    paragraph = (
        "张定超强调，要始终绷紧疫情防控这根弦；不因职责不清而责任缺项，压紧压实四方责任；"
        "不因把关不严而外防失守，坚持人、物、环境同防。"
    )
    assert [f.text for f in find_directives([paragraph])] == [
        "要始终绷紧疫情防控这根弦；",
        "不因职责不清而责任缺项，压紧压实四方责任；",
        "不因把关不严而外防失守，坚持人、物、环境同防。",
    ]


def test_who_inspected_at_length_still_stresses_what_follows() -> None:
    paragraph = (
        "王某、李某在各检查点，详细询问了解了检查点的设置状况、人员配备、检查程序和检测过程，察看了过往人员登记、"
        "体温测试记录、应急处置措施等情况，并就严格实行检测不漏一人，完善车辆人员检查登记信息，宣传讲解防疫知识，"
        "用好测温设备提高检测效率，搞好消毒保持环境卫生等方面提出了具体要求，强调要严防死守，筑牢防线，守好阵地。"
    )
    assert [(d.speaker, d.text) for d in find_directives([paragraph])] == [
        ("王某、李某", "要严防死守，筑牢防线，守好阵地。")
    ]


def test_a_body_s_friendly_reminder_names_it_and_a_list_of_don_ts_goes_on() -> None:
    paragraphs = ["某县疫情防控指挥部友情提示:请广大群众时刻保持个人防护意识;不扎堆、不聚会,倡导健康生活方式。"]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("某县疫情防控指挥部", "请广大群众时刻保持个人防护意识;"),
        ("某县疫情防控指挥部", "不扎堆、不聚会,倡导健康生活方式。"),
    ]


def test_when_a_ban_holds_tells_nobody_to_act() -> None:
    paragraphs = [
        "为加强森林防火工作，现就有关事项通告如下：",
        "一、禁火时限:2022年10月12日至2022年11月12日。",
        "二、禁火期间，严禁在林区野外用火。",
    ]
    found = find_directives(paragraphs, title="某县森林防灭火指挥部关于禁止野外用火的通告")
    assert [d.text for d in found] == ["二、禁火期间，严禁在林区野外用火。"]


def test_the_meeting_a_leader_chaired_stresses_with_no_comma_after_the_verb() -> None:
    paragraphs = ["中共中央总书记主持会议，会议强调要坚持和加强党中央集中统一领导，深刻领悟“两个确立”的决定性意义。"]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("会议", "要坚持和加强党中央集中统一领导，深刻领悟“两个确立”的决定性意义。")
    ]


def test_a_penalty_a_department_imposes_tells_nobody_to_act() -> None:
    paragraphs = [
        "三、禁火期间，严禁在林区野外用火。",
        "对违反有关规定的单位和个人，由相关职能部门严格依法处理;涉嫌犯罪的，移送司法机关依法追究刑事责任。",
    ]
    found = find_directives(paragraphs, title="某县森林防灭火指挥部关于禁止野外用火的通告")
    assert [d.text for d in found] == ["三、禁火期间，严禁在林区野外用火。"]


def test_what_each_place_is_told_after_a_paragraph_of_what_was_done_is_the_last_speaker_s() -> None:
    paragraphs = [
        "会议要求，要迅速调集专家和各类救援力量全力支援。",
        "国家防总立即增派2个专家组分别赴河南、河北指导帮助工作。",
        "各地区、各有关部门要加强应急值守，保持应急状态。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("会议", "要迅速调集专家和各类救援力量全力支援。"),
        ("会议", "各地区、各有关部门要加强应急值守，保持应急状态。"),
    ]


def test_a_short_quotation_inside_what_a_meeting_heard_does_not_hide_what_it_said() -> None:
    paragraphs = [
        "会议深入贯彻关于安全生产的重要论述，听取全省“五一”假期安全生产总体情况汇报，指出，要压实安全责任，强化措施落实。"
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [("会议", "要压实安全责任，强化措施落实。")]


def test_who_speaks_in_a_briefing_s_transcript_is_named_by_title_before_a_colon() -> None:
    paragraphs = [
        "指挥部办公室副主任 市政府办公室二级巡视员王某:当前，外防输入压力巨大，请广大市民要毫不松懈做好防护。",
        "信中说：你一定要保护好自己。",  # a letter's words, nobody named
        "选委会界别 李某:「会否在培训内容中要加强教师认识?」",  # a question put instructs nobody
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("王某", "当前，外防输入压力巨大，请广大市民要毫不松懈做好防护。")
    ]


def test_a_notices_bare_measures_after_its_first_demand_go_on_its_run() -> None:
    # 启动, 区分 and 关注 open measures; 已发生…和未发生… sorts places, it reports nothing done
    found = find_directives(
        [
            "教育部近日发出通知。",
            "通知指出，各地和学校要摸清寒假期间在校学生情况。启动教育系统公共卫生类突发事件应急预案。"
            "区分已发生疫情和未发生疫情地区，指导分类做好应对方案。重点关注农村地区学校防控工作。",
        ],
        title="教育部部署教育系统做好疫情防控工作",
    )
    assert [f.text for f in found] == [
        "各地和学校要摸清寒假期间在校学生情况。",
        "启动教育系统公共卫生类突发事件应急预案。",
        "区分已发生疫情和未发生疫情地区，指导分类做好应对方案。",
        "重点关注农村地区学校防控工作。",
    ]


def test_an_instruction_made_at_once_on_the_way_abroad() -> None:
    found = find_directives(
        [
            "事故发生后，正赴国外访问途中的中共中央总书记、国家主席、中央军委主席习近平立即作出重要指示，"
            "要求江苏省和有关部门全力抢险救援，搜救被困人员。要尽快查明事故原因，及时发布权威信息。"
        ]
    )
    assert [(f.speaker, f.text) for f in found] == [
        ("习近平", "江苏省和有关部门全力抢险救援，搜救被困人员。"),
        ("习近平", "要尽快查明事故原因，及时发布权威信息。"),
    ]


def test_a_bare_demand_after_the_meeting_took_up_a_long_list_of_matters_is_the_meetings() -> None:
    found = find_directives(
        [
            "1月25日晚，某县防控工作会议召开。县长某某主持会议并讲话。"
            "会议对物资调度准备、重点人群防控、应急处置、值班值守、舆论宣传等工作进行了研究部署。"
            "要求各级各部门认识再提高，措施再强化，坚决把各项防控措施抓紧抓实。"
        ]
    )
    assert [(d.text, d.speaker) for d in found] == [
        ("各级各部门认识再提高，措施再强化，坚决把各项防控措施抓紧抓实。", "会议")
    ]


def test_what_doing_something_is_is_no_order() -> None:
    # the deed is the subject of 是: 确保…顺利 is what the responsibility is, not what anyone is told to do
    found = find_directives(
        [
            "国务院副总理张华检查高考准备工作。他强调，高考组织工作是重要公共服务，"
            "确保高考安全平稳顺利是各级党委政府的重大政治责任。各地要增强宗旨意识，强化责任落实。"
        ]
    )
    assert [d.text for d in found] == ["各地要增强宗旨意识，强化责任落实。"]


def test_a_measure_in_a_run_may_first_say_what_it_singles_out() -> None:
    found = find_directives(
        [
            "会议强调，各地要全面落实防汛责任制，确保责任到人。"
            "特别是聚焦河流、水库等重点区域，明确防汛责任人，并及时向社会公布。"
            "应急管理部门要履行好统筹职责。"
        ]
    )
    assert "特别是聚焦河流、水库等重点区域，明确防汛责任人，并及时向社会公布。" in [d.text for d in found]


def test_this_official_is_the_one_the_lead_named_by_role() -> None:
    # a wire story: the lead names a body's official by role, with the day between him and what he said;
    # then 这位负责人 and 他 speak for him
    found = find_directives(
        [
            "新华社北京4月1日电(记者某某)国家林业和草原局有关负责人1日强调进一步落实责任,扎实抓好森林草原防火工作。",
            "这位负责人是在1日召开的全国森林草原防火工作紧急电视电话会议上作上述表示的。",
            "这位负责人要求,各级林草部门要全面压实责任,强化监督检查。",
            "他强调,要把扑火安全放在扑救指挥工作的首位。",
        ]
    )
    assert [(f.speaker, f.text) for f in found] == [
        ("国家林业和草原局有关负责人", "各级林草部门要全面压实责任,强化监督检查。"),
        ("国家林业和草原局有关负责人", "要把扑火安全放在扑救指挥工作的首位。"),
    ]
    assert _official_in("新华社北京4月1日电国家发展改革委有关负责人1日表示，") == "国家发展改革委有关负责人"
    assert _official_in("记者从市教育局获悉，该局相关负责人介绍") is None  # 该局 points back, it names no body


def test_points_announced_after_a_bare_verb_follow_one_a_line() -> None:
    # …召开…视频会议，…。强调重点做好以下工作: then a measure a line, each with no modal
    found = find_directives(
        [
            "4月26日，教育部召开全国中小学幼儿园安全工作视频会议，部署做好今年安全工作。强调重点做好以下工作:",
            "实施心理健康专项行动，健全学生心理健康监测与预警机制;",
            "实施防溺水专项行动，面向中小学生广泛开展游泳教育;",
        ]
    )
    assert [f.text for f in found] == [
        "实施心理健康专项行动，健全学生心理健康监测与预警机制;",
        "实施防溺水专项行动，面向中小学生广泛开展游泳教育;",
    ]


def test_points_under_a_dash_are_measures_and_points_after_a_lead_to_targets_are_none() -> None:
    found = find_directives(
        [
            "会商会议强调，水利部门要重点做好三项工作:",
            "——绷紧预报预警工作链条。滚动分析研判。",
            "——高度重视工程安全度汛。",
            "会议指出，要努力实现以下主要目标。",
            "一是经济发展取得新成效。",
            "二是改革开放迈出新步伐。",
        ]
    )
    assert [d.text for d in found] == [
        "水利部门要重点做好三项工作:",
        "——绷紧预报预警工作链条。",
        "滚动分析研判。",
        "——高度重视工程安全度汛。",
        "要努力实现以下主要目标。",
    ]
