"""Directives: the units of a text that instruct, and who issued each.

Text is cut into units at 。！？ and semicolons, never inside quotation marks. A unit
that opens with an attribution (``习近平强调，``, ``会议要求，``, ``在认真听取…汇报后，许昆林指出，``)
changes the speaker, and the attribution is left out of the directive's text. A
unit is a directive when it carries a modal or imperative marker (a jieba word such
as 要, 必须, 务必, 不得, 严禁, 坚决, 确保), or when it starts with an imperative verb
right after an attribution or inside a run of instructions. The speaker carries over
to the following units until another attribution appears.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace

from parsers.layout import (
    ASKS,
    BULLET_MARK,
    DUTY_NOTE,
    LATER_POINT,
    NUMBERED_HEADING,
    READER_PROMPT,
    is_kicker,
    latin_stops,
)
from parsers.names import COMPOUND_SURNAMES, SURNAMES, TITLE_SUFFIX, looks_foreign, looks_like_name
from parsers.notices import (
    BODY_ENDING,
    ISSUED_AS,
    NOTICE_TITLE,
    ORDER_TITLE,
    SENT_GROUP,
    about_kind,
    appeal_issuer,
    bare_title,
)
from parsers.words import is_common_word, pos_tags, posseg, tokenize

_OPEN_QUOTES = {"“": "”", "「": "」", "『": "』", "‘": "’"}
_UNIT_END = frozenset("。！？!?；;﹔")  # ﹔: the small semicolon some pages set

MODAL_WORDS = frozenset(
    {
        "要", "必须", "务必", "应当", "应该", "应", "须", "必需", "不得", "严禁", "禁止", "坚决",
        "确保", "决不能", "绝不能", "不能", "不要", "一定要", "切忌", "力戒", "严防", "杜绝", "一律",
        "切不可", "决不可", "万万不可", "不得有误", "不准", "切勿", "请勿", "勿", "不宜",
    }
)  # fmt: skip

IMPERATIVE_VERBS = (
    "坚持", "加强", "做好", "统筹", "严肃", "推进", "推动", "强化", "落实", "完善", "深化", "健全", "抓好",
    "抓紧", "抓实", "加快", "扎实", "积极", "大力", "着力", "持续", "进一步", "严格", "压实", "提高",
    "提升", "保持", "保障", "巩固", "优化", "促进", "守住", "筑牢", "防止", "防范", "始终", "毫不",
    "坚定", "继续", "全力", "全面", "切实", "认真", "深入", "突出", "聚焦", "围绕", "用好", "发挥",
    "把", "以", "对", "支持", "鼓励", "引导", "规范", "加大", "扩大", "建立", "构建", "实施", "开展",
    "组织", "部署", "压紧", "织密", "做实", "做细", "细化", "实化", "科学", "精准", "及时", "尽快",
    "有序", "分类", "集中", "动员", "依法", "稳妥", "稳步", "创新", "改进", "增强", "扛起", "树牢",
    "牢牢", "紧紧", "高度重视", "重视", "关心", "关爱", "维护", "确保", "严防", "严禁", "不得",
    "务必", "必须", "要", "培育", "培养", "打造", "普及", "统一", "紧扣", "紧盯", "扭住", "瞄准", "立足", "着眼",
    "丰富", "聚力", "严守", "坚守", "恪守", "指导", "摸清", "暂停", "停止", "自觉", "主动",
    "充分", "用心用情", "弘扬", "稳定", "稳住", "用足", "抢抓", "启动", "区分", "关注",
    "建设", "拓展", "设立", "探索", "推广", "搭建", "畅通", "打通", "夯实", "激发", "营造",
    "整治", "排查", "清理", "大兴",
)  # fmt: skip

_VERBS = (
    "指出|强调|要求|认为|(?<![数据])分析(?:认为)?|表示|介绍|提出|说|明确|号召|呼吁|倡议|(?<!意见)建议|希望|宣布|指示|批示|提醒|(?<![的予])提示|确定|决定|部署"
    "|叮嘱|嘱咐|告诫|促请|(?<![声号简名堪统俗自职人据])称|(?<=[\u4e00-\u9fff]{2})通报"
    "|(?<=[会上时])指(?=[，,])"  # Hong Kong's 指 for "said": 李克强在中外记者会指，
    "|(?<=[局部委办厅署])讯(?=[:：])"  # what an office gives out, a Macao paper's 消防局訊:
)
# the public, as a call names it: 广大市民, 全体居民, 各位家长
_THE_PUBLIC = "市民|群众|居民|村民|游客|旅客|师生|学生|家长|网友|员工|职工|公众|消费者|乘客|考生"
_PUBLIC_BEFORE = r"(?:广大|全体|全市|全省|全县|全区|各位|辖区)?"
# how a hope or a call is put: 迫切希望, 殷切希望, (政府)再度强烈呼吁
_EARNESTLY = r"(?:再次|再度|一再|再三)?(?:迫切|衷心|殷切|真诚|郑重|强烈)?"
# whom a call is made to, between the verb and the comma: 提醒广大市民， 呼吁全体居民，
# the public as one word names it: 公众, 市民们, 市民朋友
_PUBLIC_WORD = re.compile(rf"(?:{_THE_PUBLIC})(?:朋友)?们?")
_ADDRESSEES = (
    r"(?:(?<=提醒|提示|号召|呼吁|倡议|希望|要求|叮嘱|嘱咐|告诫|建议|促请)" + _PUBLIC_BEFORE + r"[\u4e00-\u9fff]{0,8}?"
    r"(?:" + _THE_PUBLIC + r"|朋友|党员|干部|人员|同志|负责人)(?:朋友们?|们)?"
    r"|(?<=提醒|提示)(?:您|你)们?"  # 县应急管理局、县气象局提醒您:
    r"|(?<=提醒|提示|号召|呼吁|告诫|叮嘱)大家)?"  # 市卫健委提醒大家，
)
# the day a broadcast names, in brackets after 今天 or 昨天: 习近平总书记昨天（4月2日）在…时强调，
_DATED = r"(?:[（(](?:\d{1,2}月)?\d{1,2}日[）)])?"
_ATTRIBUTION = re.compile(
    r"(?:^|(?<=[，,：:；;。\s]))"
    # 、 inside titles: 省委副书记、省长许昆林; figures inside a document's name: 《2023年森林草原防火命令》
    r"(?P<who>(?:《[^《》，,。；;：:]{1,30}》|[\u4e00-\u9fff·《》、]){1,32}?)"
    # 李克强日前作出重要批示指出，  习近平24日下午在参加…审议时强调，  …在…闭幕会发表重要讲话指出，
    # (孙绍骋10月1日晚间，在主持…会议时指出，: the day set off by a comma)
    # (习近平当时表示,: told of after the time, the time he said it)
    r"(?:(?:日前|近日|今天|今日|昨天|昨日|当天|当时|随后|(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚间|晚)?|上午|下午|晚上)"
    r"(?:[，,](?=在))?)?" + _DATED + r"(?:上午|下午|晚上)?"
    r"(?:(?:高度重视|高度关注|十分关心|十分关注|非常关心)并?)?"  # 习近平高度重视并作出重要指示，
    # 韩正还在会上指出，  孙绍骋就说，  …习近平立即作出重要指示  习近平最后表示，
    r"(?:还|也|又|并|同时|就(?=说)|立即|随即|当即|最后|首先|接着|随后|第一时间)?"
    # (白海峰在钟祥分会场要求: where he spoke, 会场 or 现场)
    r"(?P<how>在[^，,。；;：:]{1,30}?(?:时|中|上|后|(?<=会场)|(?<=现场)|(?<=会)(?=指|发表))(?:发表(?:了)?(?:重要)?讲话(?:时|并)?)?|发表(?:了)?(?:重要)?讲话(?:时|并)?"
    r"|并(?:发表(?:了)?(?:重要)?)?讲话(?=强调|指出|要求)"  # 刘国中主持会议并讲话强调，: the chair's speech
    r"|(?:会议|会上|讲话|总结|主持)[^，,。；;：:]{0,20}?(?:时|中|后)"  # 吴明智会议总结时强调，
    r"|[作做]了?(?:总结|重要)?讲话[，,]"  # 镇党委书记张军作总结讲话,要求:一是…: the speech, then what it asks
    r"|(?:[对就][^，,。；;：:]{1,40}?)?(?:作出|做出)(?:重要)?(?=[批指]示)"  # (对/就…工作)作出重要批示：
    # 马学敏就相关工作强调: (not …工作要求，); 王凯省长就做好…工作提出要求:
    r"|就[^，,。；;：:]{1,30}?(?=(?:进一步|再次)?(?:强调|指出|提出了?(?:要求|意见)))"
    r"|代表[^，,。；;：:]{1,12}?发言(?:时)?"  # 张守志常委代表民革中央发言提出，
    # 消防局向全澳市民呼籲: / 向广大群众发出倡议: to whom it calls, before the call
    r"|向(?:全[\u4e00-\u9fff]{1,3}|广大|各位)?[\u4e00-\u9fff]{0,8}?(?:市民|群众|居民|村民|游客|人民|公众|朋友)们?"
    r"(?=呼吁|倡议|提醒|提示|号召))?"
    # …指挥部友情提示：, 温馨提醒：
    # 习近平亲切地对大家说，: how and to whom, before the verb
    r"(?:亲切地|深情地|动情地|语重心长地)?(?:对[\u4e00-\u9fff]{1,8}?(?=说))?"
    rf"(?:还|也|进一步|再次|再度|一再|再三|同时|并|特别|深刻|郑重|明确|友情|温馨|继续|一致){{0,2}}(?:强烈)?(?P<verb>{_VERBS})(?:指出|强调|要求)?{_ADDRESSEES}[，,：:]"
)
# The attribution ends at the verb and the instruction follows it with no comma:
# 吴政隆主持会议并讲话，强调要…  /  周斌在续会上讲话，强调要…  /  会议要求各地各部门切实…
_INSTRUCTION_AHEAD = (
    r"(?=要|必须|务必|坚决|切实|进一步|全面|严格|加快|尽快|抓紧|认真|继续|着力"
    r"|各地|各级|各部门|各有关|有关部门|有关方面|全省|全市|全县|全区"
    r"|各(?=[\u4e00-\u9fff]{1,6}?(?:、|要|务必|必须))"  # 他强调各乡镇、各部门…要…
    # 方红卫强调疫情发生以来,全市上下…。当前,…: a page that left the comma out, the statement set in time
    r"|[\u4e00-\u9fff]{1,10}以来[，,]|(?:当前|目前)[，,])"
)
# 作出重要指示，强调要…: the verb after the attribution is not part of the instruction
_SECOND_VERB = re.compile(r"^(?:并|同时|还)?(?:强调|指出|要求)" + _INSTRUCTION_AHEAD)
_WHAT_IT_ASKS = re.compile(r"^(?:并|同时|还)?要求(?=[\u4e00-\u9fff])")
# a place or body that convenes a meeting, which demands: 省会议结束后，我市接着召开会议，要求各地各部门…
# (not 李克强主持召开…，要求…, a lead whose points the report gives after it)
_CONVENED = re.compile(
    r"^(?:[^，,。；;：:]{1,20}[，,])?(?P<who>(?:(?!主持)[\u4e00-\u9fff]){2,12}?)"
    r"(?:日前|近日|今天|今日|昨天|昨日|当天|当晚|(?:\d{1,2}月)?\d{1,2}日)?"
    + _DATED
    + r"(?:上午|下午|晚上|晚)?(?:随即|接着|随后|立即|迅速|也|还)?"
    # …召开全省防汛减灾工作调度会，强调要…: a meeting named by its kind too
    r"(?:组织)?召开[^，,。；;：:]{0,40}?(?:会议|续会|(?:调度|推进|部署|专题|工作|联席|动员|视频|电话|会商)会)[，,]"
    r"(?:并|会议)?(?:要求|强调)" + _INSTRUCTION_AHEAD
)
# a place that holds a press conference, and what it announces there: 10月7日晚,厦门市召开疫情防控新闻发布会,通报称…
_BRIEFED = re.compile(
    r"^(?:[^，,。；;：:]{1,20}[，,])?(?P<who>[\u4e00-\u9fff]{2,12}?)"
    r"(?:日前|近日|今天|今日|昨天|昨日|当天|当晚|(?:\d{1,2}月)?\d{1,2}日)?"
    + _DATED
    + r"(?:上午|下午|晚上|晚)?(?:召开|举行)[^，,。；;：:]{0,30}?新闻发布会[，,]"
    r"(?:会上[，,]?)?(?:通报称|宣布|称)(?!了)[，,：:]?"
)
# the meeting speaking at the unit's head with no comma after its verb: 会议指出过去一年…
_MEETING_SAID = re.compile(r"^会议(?:还|也|并|同时|进一步)?(?:指出|强调|认为|要求)(?=[\u4e00-\u9fff“])(?!如下|以下)")
# what the meeting heard or studied, then its verb: 会议传达学习…会议精神,听取…工作情况汇报强调,; no comma after
# the verb (会议听取…情况汇报，指出安全生产事关…)
_MEETING_HEARD = re.compile(
    # (会议研究了…的政策措施,重点研究解决…问题,强调这是…: what it studied, its verb no comma after it)
    r"^会议(?:传达|学习|听取|审议|研究)[^。；;：:]{2,120}?(?:汇报|报告|精神|情况|意见|措施|问题|方案|清单)(?:后)?[，,]?(?:并)?"
    r"(?:强调|指出|要求)"
    r"(?:[，,：:]|(?=[\u4e00-\u9fff“])(?!如下|以下))"
)
_CHAIRED = re.compile(
    r"^(?P<who>[\u4e00-\u9fff·、]{1,32}?)(?:在[^，,。；;：:]{1,30}?)?(?:主持|出席|参加|讲话|调研|考察|检查)"
    r"[^，,。；;：:]{0,30}?[，,]"
    # 习近平主持会议，会议强调要…: the meeting he chaired may be who stresses
    r"(?:他|(?P<meeting>会议))?(?:强调|指出|要求)" + _INSTRUCTION_AHEAD
)
_TIGHT = re.compile(
    # 对大家的意见建议，李克强要求认真研究采纳。 / 为此，国务院扶贫办要求各地要… / 在…的同时，…要求…
    # 在盐都区集中隔离点，戴源要求加强…: a place is a setting too
    # 关于招商引资工作，蒋华要求要…: what the demand is about
    r"^(?:(?:对[^，,。；;：:]{1,30}|针对[^，,。；;：:]{1,30}|关于[^，,。；;：:]{1,20}|为此|此外|同时|会上|座谈会上|会议上"
    r"|在[^，,。；;：:]{1,30}?)[，,])?"
    # 会议提出要进一步修改完善…: what is put forward as to be done
    r"(?P<who>[\u4e00-\u9fff·、《》]{1,24}?)(?:还|也|又|并|同时|进一步)?(?:提出(?=要(?!求))|(?:强调|指出|要求)"
    + _INSTRUCTION_AHEAD
    # 她要求湖北省武汉市要…, 孙春兰叮嘱医务工作者一定要…: whom, then the modal
    + r"|(?:要求|叮嘱)(?=[^，,。；;：:]{2,12}?(?:一定要|务必|必须|要|应当|不得))"
    # 文旅部要求在充分做好防疫措施的情况下，…可以举办…: the condition, then the rule
    + r"|要求(?=在[^，,。；;：:]{2,30}?(?:情况下|前提下|条件下)[，,])"
    # 会议要求加强与世卫组织等合作…: a demand, then a listed imperative verb
    + r"|要求(?=(?:"
    + "|".join(sorted((v for v in IMPERATIVE_VERBS if len(v) > 1), key=len, reverse=True))
    + r")(?!的))"  # (not 安排部署近期市政府要求落实的重点工作: the work it asked for)
    # …要求长三角地区夯实…: whom, named as those told to act are, then the verb
    + r"|要求(?=[^，,。；;：:]{1,10}?(?:地区|各地|部门|单位|企业|机关|党组织|干部|(?<=参加|相关|有关|工作|参赛)人员|"
    + _THE_PUBLIC
    + r")[\u4e00-\u9fff])"
    # 省政府要求各设区市于…报送: each of them
    + r"|要求(?=各[\u4e00-\u9fff]{2,12}?(?:于|在|要|务必|必须|立即|抓紧|尽快|加快|做好|加强|落实|切实)))"
)

# those a request names just before 请 (所有在通人员请自觉遵守…, 广大游客请…)
_ASKED_ONES = (
    "人员",
    "市民",
    "群众",
    "居民",
    "旅客",
    "游客",
    "乘客",
    "家长",
    "师生",
    "驾驶员",
    "驾驶人",
    "车主",
    "商户",
)
# 请 as jieba cuts it with the word after it (申报材料请于9月11日前报送)
_PLEASE_BY = frozenset({"请于", "请在", "请按", "请将", "请向", "请到"})
# as a document asks: 请按照通知要求，…
_AS_IT_ASKS = re.compile(r"^(?:请|并|要)?(?:严格|认真|切实|坚决|全面|继续)?(?:按照|依照|遵照|根据|依据|按)")
# he demands, the verb right after: 他要求做足做好乡村特色产业发展文章
_HE_DEMANDS = re.compile(r"^(?:他|她)(?:还|也|并|同时|进一步)?(?:要求|叮嘱)(?=[\u4e00-\u9fff])")

# the public an appeal is made to (希望广大市民…, 呼吁全体居民…), then what they are to do
_PUBLIC = re.compile(
    _PUBLIC_BEFORE
    + r"[\u4e00-\u9fff]{0,6}?(?:"
    + _THE_PUBLIC
    + r"|青年|驾驶员|驾驶人|车主|农户|(?<=广大)妇女)(?:朋友们?|们)?[\u4e00-\u9fff]"
)

# a speaker's own reminder, in the first person or with no person: 最后,还想再次提醒广大居民朋友,
_OWN_REMINDER = re.compile(
    r"^(?:最后|另外|此外|同时|在此)?[，,]?(?:我们|我)?(?:还想|还要|想|要)(?:再次|再|特别)?(?:提醒|呼吁)(?="
    + _PUBLIC.pattern
    + ")"
)
# a person's narrative, commas and all, then the instruction: 李克强听取…汇报，并先后来到…考察，
# 强调要…  /  李克强询问…，叮嘱要…
_AFTER_NARRATIVE = re.compile(
    # (在城西区冷湖路老旧排水管网更新改造项目施工现场,: where, at length)
    r"^(?:(?:上午|下午|晚上|当天|随后|此前|在[^，,。；;：:]{1,36})[，,]?)?"
    # 得知部队准备了…趣味活动，习近平称赞…，叮嘱各级要…: what he learnt or saw first
    r"(?:(?:得知|听说|获悉|看到|听到|了解到)[^。；;：:“”]{2,60}?[，,])?"
    rf"(?P<who>[\u4e00-\u9fff·]{{2,4}}?|[\u4e00-\u9fff]{{1,6}}?{SENT_GROUP})"
    # 郭云强以普通市民身份，随机暗访了…: in what guise he went
    r"(?:以[^，,。；;：:]{1,10}?(?:身份|方式)[，,]?)?"
    r"(?:接着|随后|先后|还|又|特别|详细|仔细|认真|一一|随机)?(?:与[^，,。；;]{1,10}?)?"
    r"(?:听取|询问|察看|查看|来到|前往|走进|考察|视察|调研|看望|慰问|参观|主持|出席|关心|了解|交流|座谈|先后到|到"
    r"|实地|检查|督查|督导|暗访|走访|称赞|赞扬|表扬|肯定)"
    r"[^。；;：:“”]{0,90}?[，,](?:他)?(?:并|还|也)?(?:(?:强调|指出|要求|叮嘱)"
    + _INSTRUCTION_AHEAD
    + r"|(?:强调|指出)(?=[^，,。；;：:]{2,12}?(?:要(?!求)|必须|务必))"  # …，强调这些普惠性政策要…
    + r"|(?:要求|叮嘱|嘱咐|交代|交待)(?:他们|大家)"  # …了解学生伙食情况，叮嘱他们加强…
    + r"|(?:叮嘱|嘱咐|交代|交待)"
    # (叮嘱值守在疫情防控一线的医务人员和乡村组干部要加强…: whom, named at length)
    + r"(?=[\u4e00-\u9fff]{2,24}?(?:压实|加强|落实|做好|强化|严格|确保|切实|抓好|加快|全力|要|务必)))"
)

# a meeting or an official does something first, then speaks: 会议审议了《…》，强调要… /
# 王晓东听取汇报后强调，要… / 12月7日下午，市长刘琦主持召开调度会，强调全市上下要… /
# 江华对前一阶段工作表示肯定，强调各级各部门要… / 李飞对…进行了再部署，他要求…
_ACTED_THEN_SAID = re.compile(
    # …, 每到一处，贺某详细询问…，要求…: wherever he went on an inspection
    # 中秋假期第一天，9月15日上午，…: the occasion, then the day
    r"^(?:[^，,。；;：:]{2,10}?(?:第[一二三四五六七八九十]天|期间|前夕)[，,])?"
    # 5月19日至20日，: the days it took
    r"(?:(?:(?:\d{1,2}月)?\d{1,2}日(?:[至到—-](?:\d{1,2}月)?\d{1,2}日)?|日前|近日|当天|会上|随后|每到一处|所到之处"
    r"|(?:检查|调研|督导|考察)(?:中|期间))(?:上午|下午|晚上|晚)?[，,])?"
    # 何谋保、汪尚学在各检查点，详细询问了解了…: where, then a comma, before what was done
    r"(?P<who>[\u4e00-\u9fff·、]{2,32}?)(?:一行)?(?:还|也|又|随后|同时|先后)?(?:在[^，,。；;：:]{1,30}?[，,]?)?(?:认真|仔细|专题|专门)?"
    r"(?:听取|审议|研究|主持|出席|参加|充分肯定|肯定|通报|传达|学习|分析|察看|查看|来到|前往|走进|深入|带队|率队|实地|检查"
    r"|率[\u4e00-\u9fff]{0,4}?(?:调研组|检查组|督导组|工作组|考察团|代表团)"  # 率调研组赴…开展…调研，强调要…
    r"|(?:详细)?询问|了解"
    r"|督查|督导|暗访|走访|讨论|参观"
    # (会议对当前安全生产工作提出要求,强调要…: what it asked for, then what it said)
    r"|考察|视察|调研|看望|慰问|对[^，,。；;：:]{1,40}?(?:表示|给予|予以|进行|作出|做出|提出)"
    r"|就[^，,。；;：:]{1,40}?(?:进行|作出|做出)(?:了)?(?:动员)?部署)"  # 冯飞就…工作进行动员部署，指出要…
    # …汇报，肯定了大家的工作并强调，: the verb may follow what he did with no comma, after 并 (or after
    # the report heard: …听取…情况汇报强调，)
    # …听取全省“五一”假期安全生产总体情况…汇报，指出，: a short quotation inside what was done
    r"(?:[^。；;：:“”]|“[^“”。]{1,12}”){0,240}?(?:[，,]|(?<=[后时])|(?<=汇报)|(?=并(?:强调|指出|要求)))(?:他|她)?(?:还|也|并|同时|进一步)?"
    # …给予肯定，希望宁夏广大干部群众紧密团结…: the appeal is the directive, 希望 and all
    + r"(?:(?="
    + _EARNESTLY
    + "希望"
    + _PUBLIC.pattern
    + r")|(?:强调|指出|要求|勉励)"  # …感谢大家…，勉励大家要继续…
    r"(?:[，,：:]|"
    + _INSTRUCTION_AHEAD  # the instruction straight after the verb: 强调要… / 强调各级各部门要…
    # …主持召开…会议，强调坚持大农业观，…: a listed imperative verb straight after it
    + r"|(?<=强调)(?="
    + "|".join(sorted((v for v in IMPERATIVE_VERBS if len(v) > 1), key=len, reverse=True))
    + r")"
    + r"|(?=[^，,。；;：:]{2,12}?(?:要(?!求)|必须|务必)|越是)"
    # …，要求重点人员所属行业部门明确专人…: whom a demand names, as those told to act are named
    + r"|(?<=要求)(?=[^，,。；;：:]{1,10}?(?:地区|各地|部门|单位|企业|机关|党组织|干部|群众)[\u4e00-\u9fff])))"
)

# when a report says a body acted: 日前, 近日, 3日, 3月2日 (国务院办公厅日前印发…, 近日，国务院扶贫办…)
_WHEN_DONE = r"(?:日前|近日|近期|今天|今日|昨天|昨日|当天|(?:\d{1,2}月)?\d{1,2}日)"

# a body's notice and what it demands: 教育部日前通知，要求做好…  /  国家林草局近日发出通知，要求坚决取缔…
# /  自然资源部近日公布进一步做好村庄规划的意见，明确村庄规划编制和实施要…
_NOTICE_DEMANDS = re.compile(
    rf"^(?:{_WHEN_DONE}(?:[（(][^）)]{{1,12}}[）)])?[，,])?"  # 近日，国务院扶贫办作出安排，要求… / 今天（11月11日），
    # the occasion or the purpose first: 2024年新年春节即将来临，三部门联合下发通知，要求… / 为做好…工作，民政部…
    r"(?:(?:[^，,。；;：:“”]{2,24}?(?:前夕|将至|来临|临近|到来之际|之际|在即)|为了?[^，,。；;：:“”]{2,40}"
    r"|(?:当前|目前|眼下|时下)?正值[^，,。；;：:“”]{2,24})[，,])?"
    rf"(?P<who>[\u4e00-\u9fff、]{{2,40}}?){_WHEN_DONE}?{_DATED}(?:已经?)?"  # …疫情防控组已印发通知，要求…
    r"(?:(?:联合)?(?:(?:发出|印发|下发|下达|发布|公布)(?:《?[^，,。；;]{2,40}?的)?)?(?:紧急)?(?:指导|实施)?(?:通知|意见)"
    r"(?:（[一二三四五六七八九十]）)?》?"
    r"|(?:召开|举行)[^，,。；;]{2,20}?会(?:议)?|(?:作出|做出)(?:安排|部署))"  # 召开视频调度会，要求… / 作出安排，要求…
    # …的通知》，对…二十条措施作出重要部署，要求…: what the notice does, then its demand
    r"(?:[，,]对[^。；;：:]{2,60}?(?:作出|做出|进行)(?:了)?(?:重要|全面|具体|明确|进一步)?(?:部署|安排))?"
    r"[，,](?:要求|明确)[，,：:]?"
)

# a brief's headline with no colon (欧盟强调与英国谈判要确保平等): no punctuation a sentence has
_SUBHEAD = re.compile(r"[^，,。；;！？!?：:\s]{6,40}")

# a committee's action, then its demand: 黑龙江省委立即传达学习全会精神…，要求各级党组织…
# / 会议审议了春耕生产工作指南，要求各地…
_BODY_DEMANDS = re.compile(
    r"^(?:[^，,。；;]{2,12}?[后时上][，,])?"  # 全会闭幕后，
    r"(?P<who>[\u4e00-\u9fff]{1,10}?(?:省委|市委|县委|区委|党委|党组|省政府|市政府|县政府|指挥部|领导小组)|会议"
    # 国家防总办公室、应急管理部27日组织防汛专题视频会商调度，要求…: bodies that held a consultation
    r"|[\u4e00-\u9fff、]{2,30}?(?:防总|防指|办公室|应急管理部|应急管理厅|应急管理局)(?=\d{1,2}日|组织|召开))"
    r"(?:\d{1,2}日(?:上午|下午|晚上?)?)?"
    # (组织 only after the day or one of those bodies: 青海省委组织全省党员干部学习… narrates what it did)
    r"(?:还|也)?(?:立即|随即|迅速|及时)?(?:传达|召开|部署|印发|研究|学习|启动|审议|听取|讨论|(?<=[总指室部厅局日午上])组织)"
    r"[^。；;：:“”]{2,120}?[，,](?:并)?要求[，,：:]?"  # (会议研究了…报告、…的报告、…的报告,要求…: a long list)
)

# how many points follow: 习近平提出4点主张。 / 习近平对各民主党派…提出3点希望。
_POINTS_ANNOUNCED = re.compile(
    r"^(?P<who>[\u4e00-\u9fff·、《》]{2,32}?)(?:对[^。；;：:，,]{1,40}?)?(?:提出|发表|明确)(?:了)?"
    r"(?:[一二三四五六七八九十两]|\d{1,2})(?:点|条|个?方面的?)(?:[一二三四五六七八九十两]{1,3}|\d{1,3})?项?(?:重点|重要|具体)?"
    r"(?:主张|建议|希望|要求|意见|倡议|任务|措施|举措)[。：:]?$"
)

# demands announced, the points to follow: 会上，市长张叶飞就做好下一阶段工作提出明确要求：
_ANNOUNCED = re.compile(
    # 会上，… / 为切实保障…，市疫情防控指挥部向全市人民发出如下倡议：
    # (对此,…综合组对执行防疫政策再次提出明确要求,概括起来就是“五个不得”:不得…: what it answers, and again)
    r"^(?:(?:会上|会议上|随后|最后|对此|为此|此外|同时|此前)[，,]?|为了?[^。；;：:]{2,60}?[，,])?"
    # (贾庆林并就…提出四点建议：: and, then what about)
    r"(?P<who>[\u4e00-\u9fff·、]{2,32}?)(?:还|也|并|又)?(?:从[一二三四五六七八九十几多个\d]{1,3}方面)?"
    # (消防局一向重视防火宣传,藉此机会向全澳居民作出以下呼吁:: why, and on this occasion)
    r"(?:(?<=[局部委办厅署府会组])[^。；;：:，,]{2,20}[，,](?:藉此机会|借此机会|在此|特此)(?=向))?"
    # …就…提出明确要求 / …向全市人民发出如下倡议：
    r"(?:(?:就|对|围绕)[^。；;：:，,]{1,40}?|向[^。；;：:，,]{1,20}?|(?=发出如下))(?:再次|进一步|又)?"
    r"(?:提出|作出|做出|进行|发出)(?:了)?(?:明确|具体|详细|几点|如下|以下|(?:[一二三四五六七八九十两]|\d{1,2})(?:点|条|个?方面))?"
    r"(?:要求|部署|安排|阐述|措施|举措|主张|建议|希望|倡议|呼吁)"
    # the whole unit (四中全会对…作出全面部署、提出明确要求，党中央… goes on narrating),
    # or up to a colon, what it announces after it (…进行了阐述：确保宪法全面实施；), a short clause between
    r"(?:。?$|(?:[，,][^。；;：:，,“”]{1,12}(?:“[^“”]{1,8}”)?)?[：:]"
    # (…综合组对执行防疫政策提出明确要求,不得随意禁止…: a comma, then the demand, on a modal)
    r"|[，,](?=不得|严禁|禁止|必须|务必|一律))"
)

# a body says that its points follow: 为做好暴雨防汛工作，市防汛抗旱指挥部现就有关事项倡议如下：
_AS_FOLLOWS = re.compile(
    # (…指挥部办公室提醒如下: with nothing between)
    r"^(?:为了?[^。；;：:]{2,60}?[，,])?(?P<who>[\u4e00-\u9fff·、]{2,32}?)(?:现|特)?(?:(?:就|将)[^。；;：:，,]{1,20}?)?"
    r"(?:倡议|通告|通知|公告|提醒|提示|要求)如下[：:]$"
)

_PLACE_WORDS = frozenset("中上里内外后前时")  # 信中, 会上: where something is said
# a meeting: 会议, 全会, 常委会, 座谈会; not a body whose name ends in 会 (欧洲议会, 银保监会, 商会)
_BODY_SUFFIX = re.compile(
    r"(?:会议|全会|常务会议|会上|会议上"
    r"|(?:常委|座谈|推进|调度|部署|视频|电话|专题|例|联席|协调|工作|动员|汇报|分析|碰头|办公|总结|交流|研讨|大)会)$"
)
# a consultation: 会商, 专题会商, 视频会商调度
_CONSULTATION = re.compile(r"[\u4e00-\u9fff]{0,6}会商(?:会|调度)?")
# the kinds of document that speak for whoever issued them: 《通知》要求，
_DOC_KINDS = frozenset(
    {"通知", "意见", "方案", "决定", "公告", "通告", "规划", "纲要", "办法", "措施", "指南", "要点"}
    | {"命令", "条例", "细则", "工作提示", "通报"}
)
_OF_A_YEAR = re.compile(r"\d{4}年")
# a lead that announces targets, not measures: …要努力实现以下主要目标。
_TARGETS_AHEAD = re.compile(r"(?:以下|如下|下列)(?:主要|几个|几方面)?目标[。：:]?$")
# a target's year: 到2022年，… / 到2035年底，…
_TARGET_YEAR = re.compile(r"^到(?:20|19)\d\d年(?:底|末)?(?:前)?[，,]")
# one who speaks for a body, unnamed: …新闻发言人, …有关负责人, 各中央巡视组组长
_SPOKESPERSON = re.compile(r"(?:(?:新闻)?发言人|(?:有关|相关|主要)?负责(?:人|同志)|组长)$")
_DOC_SUFFIX = re.compile("(?:" + "|".join(sorted(_DOC_KINDS)) + ")$")
# the document named again by its full title, speaking: 这份《关于做好…工作的通知》明确，
_THIS_DOCUMENT = re.compile(
    r"^(?:这份|这一|该|此)?《[^《》]{2,80}?(?P<kind>" + "|".join(sorted(_DOC_KINDS)) + r")》"
    r"(?:还|也|进一步)?(?:明确|指出|要求|强调|提出)[，,：:]"
)
_ORG_SUFFIX = re.compile(rf"{BODY_ENDING}$")
_PREPOSITIONS = ("按照", "根据", "依照", "遵照", "依据", "围绕", "对照", "结合", "对于", "关于", "据")
# an order, not a name: 要认真贯彻落实全会部署， / 落实省委要求，
_ORDER_WORDS = ("贯彻", "落实")
# a document being made is no document speaking: …，制定好中长期发展规划建议，…
_DRAFTING = ("制定", "出台", "印发", "起草", "编制", "研究制定", "修订", "修改")
_MODAL_OPENINGS = ("要", "必须", "务必")
_PRONOUNS = frozenset({"他", "她", "他们", "总书记", "我们"})  # 我们倡议，: the body that signs
# what a person wrote or said, speaking for them: 李克强作出重要批示。批示指出：…; 贺信指出，…
_WRITINGS = frozenset(
    {
        "批示",
        "重要批示",
        "指示",
        "重要指示",
        "贺信",
        "回信",
        "贺电",
        "致辞",
        "讲话",
        "重要讲话",
        "署名文章",
        "文章",
        "重要文章",
        # a commentary speaks for its column: 社论强调，, 时评指出，, 快评强调，
        "社论",
        "时评",
        "快评",
        "短评",
        "网评",
    }
)


@dataclass(frozen=True, slots=True)
class FoundDirective:
    """A directive before it becomes a record: its text, speaker and paragraph."""

    text: str
    speaker: str | None
    paragraph: int


def _unclosed_quotes(text: str) -> set[int]:
    """Where ``text`` opens a quotation it never closes (a mark lost in print or OCR, or
    a quotation that runs on into the next paragraph): those marks quote nothing."""
    stack: list[tuple[int, str]] = []
    unclosed: set[int] = set()
    for i, ch in enumerate(text):
        if ch in _OPEN_QUOTES:
            stack.append((i, _OPEN_QUOTES[ch]))
        elif any(closer == ch for _, closer in stack):
            while stack[-1][1] != ch:
                unclosed.add(stack.pop()[0])  # “…‘…” : the inner one was never closed
            stack.pop()
    unclosed.update(i for i, _ in stack)
    straight = [i for i, ch in enumerate(text) if ch == '"']
    if len(straight) % 2:
        unclosed.add(straight[-1])
    return unclosed


# the first point of a list run on after the colon that announces it, as a notice announces its points
_FIRST_POINT = re.compile(r"\s*(?:一、|[（(]一[)）]|1\s*[.、．](?!\d)|1。(?=[^\d\s。]))")
# a point numbered with a full stop for its dot (…通告如下:1。…措施。2。再生资源…): the number, no sentence
_POINT_STOP = re.compile(r"\s*\d{1,2}")
# a body's reminder for an occasion, as a line over its points: 蚌埠疾控中秋国庆出行提示:
_TIPS_FOLLOW = re.compile(r"^(?P<head>[\u4e00-\u9fff]{2,30}?)(?:温馨|重要|紧急|健康|安全)?(?:提示|提醒)[：:]$")
_AS_FOLLOWS_END = re.compile(
    r"(?:通知|通告|公告|告知|规定|明确|要求)如下[：:]$"
    # …,现就防汛抢险和汛期安全事宜告知全镇广大居民朋友: (whom it tells, then the points)
    r"|[，,]现就[^。；;]{2,40}?(?:告知|通知|通告|提醒|倡议)[^。；;，,]{0,16}[：:]$"
)


_LOST_NEXT = frozenset("?;；、,，《")  # beside a lost character's ?, another mark: no question ends there


def split_units(text: str) -> list[str]:
    """The units of ``text`` (see ``_units``): a fresh list, cut once per text (a text's units are
    asked for again when it is read a second time, in its own voice)."""
    return list(_units(text))


@functools.lru_cache(maxsize=65536)
def _units(text: str) -> tuple[str, ...]:
    """Cut text at 。！？；; (and !?, and a Latin full stop set for 。) outside quotation
    marks, and at the colon of a notice's preamble with its first point run on after it
    (…通知如下:一、…); each unit keeps its mark.
    A quotation that ends a sentence (…。” ) ends the unit after its closing mark; a
    mark that opens a quotation never closed in ``text`` quotes nothing."""
    units: list[str] = []
    buf: list[str] = []
    closers: list[str] = []
    ascii_open = False
    unclosed = _unclosed_quotes(text)
    stops = latin_stops(text)
    for i, ch in enumerate(text):
        ended_inside = len(buf) > 0 and buf[-1] in _UNIT_END
        buf.append(ch)
        if i in unclosed:
            continue
        if ch in _OPEN_QUOTES:
            closers.append(_OPEN_QUOTES[ch])
        elif closers and ch == closers[-1]:
            closers.pop()
            if not closers and not ascii_open and ended_inside:
                units.append("".join(buf))  # 习近平强调：“要…。” 会议指出，…: the quotation is a unit
                buf = []
        elif ch == '"':
            ascii_open = not ascii_open
        elif (
            ch in "：:"
            and not closers
            and not ascii_open
            and _FIRST_POINT.match(text, i + 1)
            and _AS_FOLLOWS_END.search("".join(buf))
        ):
            # …现就…事项通知如下:一、党员…: a notice's preamble, then its first point; not a lead-in that asks
            # (请各单位做好以下工作:1.…) nor a section's label over its items (二、交通限制措施:1、…)
            units.append("".join(buf))
            buf = []
        elif ch == "。" and _POINT_STOP.fullmatch("".join(buf[:-1])) and re.match(r"[^\d\s。]", text[i + 1 : i + 2]):
            continue
        elif (ch in ";；" and text[i - 1 : i] == "?" and text[i + 1 : i + 2] == "?") or (
            ch == "?" and (text[i + 1 : i + 2] in _LOST_NEXT or text[i - 1 : i] in _LOST_NEXT)
        ):
            continue  # 紧盯矿山、?;?、工贸等: characters the page's encoding lost, no question and no semicolon
        elif (ch in _UNIT_END or i in stops) and not closers and not ascii_open:
            units.append("".join(buf))
            buf = []
    if "".join(buf).strip():
        units.append("".join(buf))
    return tuple(_without_glued_headline(u.strip()) for u in units if u.strip())


# a brief's headline run into its lead with nothing between, as a broadcast's transcript sets its
# 快讯: 文化和旅游部要求景区“五一”假期加强疫情防控今天（4月28日），文化和旅游部要求… /
# …免收小客车通行费来自交通运输部的消息， / …品牌参展记者今天（4月28日）从商务部了解到，
_GLUED_HEADLINE = re.compile(
    r"^(?P<head>[^，,。；;：:！？!?\s]{6,40}?)(?="
    r"(?:今天|昨天|今日|昨日|近日|日前)[（(](?:\d{1,2}月)?\d{1,2}日[）)][，,]"
    # 八部门联合部署烈士纪念设施规范管理工作近日，中央宣传部…联合印发… (not …要于2020年2月3日前,)
    r"|(?<![\d一二三四五六七八九十月])(?:近日|日前)[，,]"
    r"|记者(?:今天|昨天|今日|昨日|近日|日前)?(?:[（(](?:\d{1,2}月)?\d{1,2}日[）)])?从"
    r"|来自[^，,。；;]{2,16}的消息[，,])"
)


# …, and a kicker's headline before its lead that names the same speaker: 国际人士：美国从俄乌冲突中牟利
# 北约应解散国际人士指出，…
_GLUED_KICKER = re.compile(
    r"^(?P<head>(?P<who>[\u4e00-\u9fff]{2,10})[：:][^，,。；;：:！？!?]{4,40}?)(?=(?P=who)(?:指出|表示|认为|称|说)[，,：:])"
)


# the label a site sets before a report's summary: 【摘要】7日晚，…主持召开…会议，强调要…
_SUMMARY_LABEL = re.compile(
    r"^(?P<head>[【\[](?:摘要|内容摘要|内容提要|导读|核心提示)[】\]]|(?:摘要|内容提要|导读|核心提示)[：:])"
)


def _without_glued_headline(unit: str) -> str:
    m = _GLUED_HEADLINE.match(unit) or _GLUED_KICKER.match(unit) or _SUMMARY_LABEL.match(unit)
    return unit[m.end("head") :] if m else unit


def _person(who: str) -> str | None:
    """The personal name at the end of ``who`` when the rest is empty or a title."""
    for size in (3, 2, 4):
        if len(who) < size:
            continue
        name, rest = who[-size:], who[:-size]
        titled = bool(rest) and bool(TITLE_SUFFIX.search(rest))
        # (行政长官林郑月娥: a Hong Kong name of two surnames, after a title)
        two_surnames = titled and name[0] in SURNAMES and name[1] in SURNAMES
        if size == 4 and not name.startswith(COMPOUND_SURNAMES) and not two_surnames:
            continue
        if size < 4 and name[0] not in SURNAMES:
            continue
        if (is_common_word(name) and not titled) or (
            name[-1] in _PLACE_WORDS and (size == 2 or name[:-1] in posseg.word_tags())
        ):
            # 明确指出, 文件要求, 信中强调: a word or a place in a text, not a name; but after
            # a title a name may be a word too (市长江华: 江华 is a county)
            continue
        if not rest or titled or rest.endswith(("、", "，")):
            return name
    for size in range(min(len(who) - 2, 9), 1, -1):
        # 俄罗斯外交部发言人扎哈罗娃, 联合国秘书长古特雷斯: a foreign name, after a title
        if TITLE_SUFFIX.search(who[:-size]) and looks_foreign(who[-size:]):
            return who[-size:]
    return None


# where a leader was when he spoke, before who he is: 考察中, 调研期间, 座谈时
_WHERE_HE_WAS = re.compile(r"^(?:考察|调研|视察|检查|督导|座谈|慰问|看望|参观)(?:中|期间|时|时候|过程中)")


def speaker_of(who: str) -> str | None:
    """Who an attribution names: 会议, a document, an organ, or a person; None if nobody."""
    who = who.strip().strip("《》")
    if who.startswith(_PREPOSITIONS + _MODAL_OPENINGS) or any(w in who for w in _ORDER_WORDS):
        # 按照省委要求， is "as the province asked", 要认真贯彻落实全会部署， an order: no attribution
        return None
    if (setting := _WHERE_HE_WAS.match(who)) and len(who) > setting.end():
        return speaker_of(who[setting.end() :])  # 考察中总书记强调，: where, then who
    if who in _PRONOUNS or who in _WRITINGS or _THIS_ONE.fullmatch(who):
        return ""  # same speaker as before, or the person last named (这位负责人要求，: the official named before)
    if who.endswith(("会上", "会议上")) and (person := _person(who.removesuffix("会上").removesuffix("会议上"))):
        return person  # 米锋会上表示，: he, at the meeting
    if _BODY_SUFFIX.search(who):
        return "会议"
    if _CONSULTATION.fullmatch(who):
        return "会商"  # 会商强调，: a consultation of bodies (国家防办、应急管理部组织…会商) speaks as one
    m = _DOC_SUFFIX.search(who)
    # a document named short, or by its year (2023年森林草原防火命令); not 请进出县城的车辆严格按照通告要求，
    if m and (len(who) <= 12 or (len(who) <= 16 and _OF_A_YEAR.match(who))) and not who.startswith(_DRAFTING):
        return m.group(0)
    person = _person(who)
    title = TITLE_SUFFIX.search(who)
    if person is None and title and title.start() > 0:
        person = _person(who[: title.start()])  # 习近平总书记
    if person:
        return person
    if _ORG_SUFFIX.search(who) and (
        len(who) <= 16 or (len(who) <= _LONGEST_HEADQUARTERS and _LONG_HEADQUARTERS.fullmatch(who))
    ):
        return who  # (河南省商丘市新冠肺炎疫情防控指挥部办公室: a place's headquarters, named in full)
    if (spokes := _SPOKESPERSON.search(who)) and _ORG_SUFFIX.search(who[: spokes.start()]) and len(who) <= 20:
        return who  # 国家卫生健康委新闻发言人介绍，: the body's spokesperson, unnamed
    if _IN_CHARGE_OF_WORK.fullmatch(who):
        return who  # 北京市新冠肺炎疫情防控工作相关负责人…介绍，: the official in charge of a place's work, unnamed
    if (sent := _SENT_OUT.search(who)) and sent.start() >= 2 and _ORG_SUFFIX.search(who[: sent.start()]):
        return speaker_of(who[: sent.start()])  # 市防汛指挥部办公室发布工作提示称，: the body that sent it
    if _MEMBERS.fullmatch(who) or _LEADERS.fullmatch(who):
        return who  # 委员们建议，: members speak together; so do 区领导 unnamed
    if who in _UNNAMED_VOICES:
        return who  # 发言人说，, 当局呼吁，: the government's voice, as a Hong Kong or Macau release gives it
    return None


# a place's headquarters or leading group, whose names run long: 河南省商丘市新冠肺炎疫情防控指挥部办公室
_LONG_HEADQUARTERS = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:省|市|区|县|州|旗|盟)[\u4e00-\u9fff]{4,24}?(?:指挥部|领导小组)(?:办公室)?"
)  # (东兴市新型冠状病毒感染的肺炎疫情防控工作领导小组指挥部: named in full as in early 2020)
_LONGEST_HEADQUARTERS = 32
# the official in charge of a place's work, unnamed: 北京市新冠肺炎疫情防控工作相关负责人
_IN_CHARGE_OF_WORK = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:省|市|区|县|州|自治区)[\u4e00-\u9fff]{2,16}?工作(?:的)?(?:相关|有关)?负责(?:人|同志)"
)
_UNNAMED_VOICES = frozenset({"发言人", "新闻发言人", "政府发言人", "当局", "有关当局", "警方"})
# somebody else says it (对此，欧盟首席谈判代表表示，…), whom the text does not take for a speaker
_SOMEONE_SAYS = re.compile(r"(?:表示|指出|强调|认为|称|说|透露|介绍|报道)[，,：:]")
# the day a report tells of: 今天（6月23日）, 委内瑞拉议会13日发表声明
_DAY_TOLD = re.compile(r"今天|昨天|今日|昨日|前天|日前|近日|\d{1,2}日")
# a body's official named by role, in a lead: (新华社北京4月1日电)国家林业和草原局有关负责人1日强调…
_OFFICIAL_ROLE = re.compile(r"(?:有关|相关)?负责(?:人|同志)|(?:新闻)?发言人")
_OFFICIAL_REACH = 20  # the longest name of a body before its official's role
_SHORTEST_BODY = 3  # 教育局; not 局 alone (该局相关负责人)
_ALL_HAN = re.compile(r"[\u4e00-\u9fff]+")
_RUN_ON = re.compile(r"日?电|讯|该|这")  # the end of a dateline (…4月1日电), a word that points back (该局)


def _official_in(unit: str) -> str | None:
    """The body's official a unit names by role (国家林业和草原局有关负责人), the longest name that
    reads as a speaker, not run on from a dateline (…4月1日电国家…)."""
    for role in _OFFICIAL_ROLE.finditer(unit):
        for start in range(max(0, role.start() - _OFFICIAL_REACH), role.start()):
            who = unit[start : role.end()]
            if (
                _ALL_HAN.fullmatch(who)
                and not _RUN_ON.match(who)
                and role.start() - start >= _SHORTEST_BODY
                and _ORG_SUFFIX.search(who[: role.start() - start])
                and speaker_of(who) == who
            ):
                return who
    return None


# the one named before, by his role: 这位负责人, 该负责同志, 这名官员
_THIS_ONE = re.compile(r"(?:这位|这名|该|此位)(?:有关)?(?:负责人|负责同志|官员|发言人|新闻发言人|领导同志)")


# what a body sent out, after its name and before what it says: …发布工作提示称，, …发出通知称，
_SENT_OUT = re.compile(r"(?:发布|发出|印发|下发)了?[\u4e00-\u9fff]{0,6}?(?:提示|通知|通告|公告|预警|提醒)$")
# members who speak as one: 委员们, 与会代表 (not 专家, whose views a report quotes)
_MEMBERS = re.compile(r"(?:常?委员|代表|常委)们|(?:与会|参会)(?:常?委员|代表|常委)")
# leaders unnamed: 区领导要求，, 与会市领导强调，
_LEADERS = re.compile(r"(?:与会|参会)?[省市县区镇乡村]?(?:主要)?领导(?:同志|们)?")


_MAX_WHO = 24  # a longer run before 指出， is a sentence, not a name (a list of titles may be longer)


def _titled_person(who: str) -> str | None:
    """The official a list of titles names (省委副书记、省长许昆林 → 许昆林), else None:
    党中央、国务院部署， lists bodies, it names nobody."""
    *titles, last = who.split("、")
    if not all(TITLE_SUFFIX.search(t) for t in titles):
        return None
    return _person(last) or (_person(last[: m.start()]) if (m := TITLE_SUFFIX.search(last)) and m.start() else None)


def _persons_together(who: str) -> str | None:
    """Officials who speak together (曹路宝、吴庆文强调，): all of them, as written."""
    parts = who.split("、")
    return who if len(parts) <= 4 and all(_person(p) == p for p in parts) else None


# …等9部门, …等二十三个部门: the bodies named, and more
_AND_OTHERS = re.compile(r"等(?:[\d一二三四五六七八九十两]+个?)?(?:部门|部委|单位)$")


def _joint_issuers(who: str) -> str | None:
    """Bodies that issue a document together (人力资源社会保障部、财政部; 中央宣传部等八部门):
    all of them."""
    others = _AND_OTHERS.search(who)
    parts = who[: others.start()].split("、") if others else who.split("、")
    if (len(parts) > 1 or others) and all(_ORG_SUFFIX.search(p) and 2 <= len(p) <= 16 for p in parts):
        return who
    return None


def _speaker_named(who: str) -> str | None:
    if "、" in who and who.endswith(("会上", "会议上")):
        # …发言人、宣传司副司长米锋会上表示，: he, at the meeting
        person = _speaker_named(who.removesuffix("会上").removesuffix("会议上"))
        return person if person and _person(person) == person else None
    if "、" in who:
        # 中央组织部、农业农村部、国家乡村振兴局要求…: bodies that demand together, all of them
        # (not 各地各部门要按照党中央、国务院部署，: an order, its 部署 a noun)
        bodies = _joint_issuers(who) if speaker_of(who.split("、")[0]) and not has_marker(who) else None
        return _titled_person(who) or _persons_together(who) or bodies
    if len(who) > _MAX_WHO and not (len(who) <= _LONGEST_HEADQUARTERS and _LONG_HEADQUARTERS.fullmatch(who)):
        return None
    return speaker_of(who)


_TITLE_SPAN = re.compile(r"《[^《》]{1,60}》")
_TITLE_PUNCT = str.maketrans({c: "之" for c in "，,：:“”‘’\"'、；;"})


def _quiet_titles(unit: str) -> str:
    """``unit`` with the punctuation inside 《》 made a plain character, lengths kept: a
    title cited (《…“后发先至”…》) says nothing of who speaks."""
    if "《" not in unit:
        return unit
    return _TITLE_SPAN.sub(lambda m: m.group().translate(_TITLE_PUNCT), unit)


# verbs after which two characters are more often how than who: …，周密部署，… (jieba tags
# 周密 a name), where 会议确定， or 李克强部署， do speak
_WEAK_VERBS = frozenset({"部署", "确定", "决定", "明确"})


def _topic_heading(text: str, body: str) -> bool:
    """A short numbered heading with no sentence mark that ends on a noun (二、采样检测对象,
    三、组织形式, 四、保障措施), not a point (一、更好实施就业优先政策 says how to act)."""
    # (a heading of one term may end on a full stop: （一）指导思想。 over its text; not 二、关注身体状况。, a verb)
    stopped = text.strip().endswith("。") and len(body) <= 5 and (tags := pos_tags(body)) and tags[0][1] != "v"
    if not NUMBERED_HEADING.fullmatch(text.strip().removesuffix("。" if stopped else "")) or has_marker(body):
        return False
    body = body.removesuffix("。")
    if len(body) > _TOPIC:
        return False
    if _TOPIC_WORD.search(body.strip()) and not starts_imperative(body):
        # 三、管制要求, 二、管制路段: what the section sets out, jieba's verb or not (三、严格落实防控要求 says
        # how to act)
        return True
    tags = pos_tags(body)
    return bool(tags) and tags[-1][1].startswith("n") and not tags[0][1].startswith(("d", "a"))


_TOPIC = 8
# (五、特别告知, 六、温馨提示: a section of notes to the public, named by what it is)
_TOPIC_WORD = re.compile(r"(?:要求|规定|事项|安排|范围|时间|路段|区域|对象|内容|方式|告知|提示|提醒|须知)$")
# a heading that names the list under it: …名单(1个), …清单(3项)
# (not 五是抓紧缩减…负面清单: a list to act on)
_LIST_OF = re.compile(
    r"(?:(?:名单|名录|一览表?)\s*(?:[（(][\d一二三四五六七八九十]+[个家处条项][)）])?"
    r"|(?:清单|目录)\s*[（(][\d一二三四五六七八九十]+[个家处条项][)）]"
    # 一、高风险区(1个): the zones named under it
    r"|^[^，,。；;]{1,16}?区\s*[（(][\d一二三四五六七八九十]+个[)）])[。；;]?$"
)
_LABEL_TEXT = r"[^，,。；;！？!?：:]"  # a label's words: no sentence mark, no colon
_LABEL = re.compile(rf"{_LABEL_TEXT}{{2,12}}[：:]")
# a label for where, when or for whom (防范区范围：, 实施时间：, 适用对象：), then what it names
_SCOPE_LABEL = re.compile(
    rf"^{_LABEL_TEXT}{{0,10}}(?:范围|区域|时间|时段|时限|日期|地点|对象|期限|(?<=[火山严汛])期)\s*[：:]\s*"
)
_LIST_HEADING = 12


def _list_heading(text: str) -> bool:
    """A short numbered point with no comma (二是金融政策。, 三是稳产业链供应链。): the heading of
    the measures under it in a list."""
    enumerated, body = enumeration_body(text)
    return enumerated and len(body.rstrip("。；;")) <= _LIST_HEADING and not re.search(r"[，,：:]", body)


# a short phrase that heads the measures after it in its paragraph: 文明节俭过年。
_RUN_HEADING = re.compile(r"[\u4e00-\u9fff“”]{2,8}[。：:]")
# how far into a unit an attribution is looked for (…在详细了解了…等情况后，他强调，…)
_ATTRIBUTION_REACH = 120
# the verb alone, its subject the one the unit before named: 强调，要…
_BARE_VERB = re.compile(
    r"^(?:并|同时|还|最后)?(?:强调|指出)[，,：:]"
    r"|^(?:最后|同时|并|还)(?:强调|要求|提醒)(?=要|务必|必须|严格|切实|做好|加强|确保)"  # 最后提醒严格做好值班值守…
    r"|^(?:(?:为此|因此|对此)[，,]?)?(?:建议|提醒)[：:]"  # …的可能性。为此,建议:各乡(镇)要…: the text's own advice
    r"|^(?:同时|另外|此外|并)(?:提醒|提示)[，,：:]"  # …发布暴雨黄色预警…。同时提醒，…需加强…: its advice too
)
# the mark a paper sets before each brief of a column (■ ● ◆ ▲ ★), or a station's tag before its item (【Now新闻台】)
_BULLET = re.compile(r"^(?:[■□●○◆◇▲△★☆•▪▶►]|【[^【】]{1,12}】)\s*")
# the short name a text will use: (以下简称“市防汛办”), （简称“国务院联防联控机制”）
_SHORT_NAME = re.compile(r"[（(](?:以下)?简称[^（()）]{1,20}[)）]")


def _bare_two(who: str) -> bool:
    return len(who) == 2 and _person(who) == who


# a heading over what the text asks, on a line of its own: 防御要求, 工作要求, 注意事项
_REQUIREMENTS_HEADING = re.compile(r"[\u4e00-\u9fff]{0,4}(?:要求|注意事项|须知|防范建议|防护建议|安全提示)[：:]?")
_POINT_OPENING = re.compile(
    r"[•●■▪◆·\-–]|——|\d{1,2}[.、．]|[（(]?[一二三四五六七八九十\d]{1,3}[)）、]"
)  # • …, ——…, 1. …, (一)…
_NUMBER_LEAD = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]\s*")  # 1.国家森防办…: the item's number
# who speaks in a briefing's transcript, by title and name before a colon, with no verb
_LABELLED = re.compile(r"^(?P<who>[^，,。；;：:“”！？!?]{2,80}?)[：:](?=[^：:]{8})")


_OWN_NEWS_TAG = re.compile(r"^【本报(?:消息|讯)】$")
# the occasion a speaker spoke on, run into his name (在听取工作汇报后胡和平指出，): after a hearing or a visit
_OCCASION_NO_COMMA = re.compile(
    r"^在(?:听取|审议|察看|考察|调研|检查)[^，,。；;：:]{1,30}?(?:后|时)(?=[\u4e00-\u9fff·]{2,16}?(?:指出|强调|要求)[，,：:])"
)


# who chaired or attended the meeting an attribution names (中共中央总书记习近平主持座谈会): the one before 主持
_CHAIR_OF = re.compile(r"^(?P<who>[^，,。；;：:]{2,30}?)(?:主持|出席|参加)(?:召开)?[^，,。；;：:]{0,30}$")


def split_attribution(unit: str, known: Collection[str] = frozenset()) -> tuple[str | None, str]:
    """(speaker, rest) when the unit opens with an attribution, else (None, unit).

    The speaker is ``""`` for a pronoun (他强调，): the same speaker as before. ``known``:
    persons the article has named with a title, whose name alone may be a word too
    (市长江华… then 江华强调，: 江华 is a county).
    """
    if said := _BARE_VERB.match(unit):
        return "", unit[said.end() :].lstrip()  # …检查指导疫情防控工作。强调，要…: who the unit before named
    if bullet := _BULLET.match(unit):
        # ■ 5月20日，…出席…，强调要…: a brief in a paper's column of them
        who, rest = split_attribution(unit[bullet.end() :], known)
        # (after a station's tag, only a person who said it: 【有线新闻】中共中央政治局召开会议，强调要… is the lead)
        # (after the paper's own tag, a body's notice it passes on: 【本報消息】消防局訊:…)
        own_news = _OWN_NEWS_TAG.match(bullet.group().strip()) is not None
        if who is not None and (not bullet.group().startswith("【") or (who and _person(who) == who) or own_news):
            return who, rest
    if (cited := _THIS_DOCUMENT.match(unit)) is not None:
        return cited.group("kind"), unit[cited.end() :].lstrip()  # 这份《关于…的通知》明确，: the notice speaks
    if (learnt := _LEARNT_FROM.match(unit)) is not None:
        # 记者28日从国家疾控局获悉,国务院联防联控机制疫情防控组已印发通知,要求…: who the news names speaking
        who, rest = split_attribution(unit[learnt.end() :], known)
        if who:
            return who, rest
    if (occasion := _OCCASION_NO_COMMA.match(unit)) is not None:
        # 在听取工作汇报后胡和平指出，…: the occasion, then who speaks, no comma between
        who, rest = split_attribution(unit[: occasion.end()] + "，" + unit[occasion.end() :], known)
        if who and unit.endswith(rest):
            return who, rest
    if (short := _SHORT_NAME.search(unit, 0, _ATTRIBUTION_REACH)) is not None:
        # 市防汛指挥部办公室(以下简称“市防汛办”)发布工作提示称，: the body, without the name it goes by
        who, rest = split_attribution(unit[: short.start()] + unit[short.end() :], known)
        if who is not None and unit.endswith(rest):
            return who, rest
    quiet = _quiet_titles(unit)  # matched on; the rest is cut from ``unit`` at the same offsets
    for m in _ATTRIBUTION.finditer(quiet[:_ATTRIBUTION_REACH]):
        if m.start() > 0 and quiet[m.start() - 1] in "，," and m.group("verb") in _WEAK_VERBS and _bare_two(m["who"]):
            continue  # 二要突出重点，周密部署，…: a manner and a verb after a comma, nobody speaking
        if _AS_IT_ASKS.match(m.group("who")):
            continue  # 请按照通知要求，积极组织申报: what is asked, done as a document asks, no one speaking
        speaker = _speaker_named(m.group("who"))
        if (
            speaker in (None, "会议")
            and "讲话" in (m.group("how") or "")
            and (chair := _CHAIR_OF.match(m.group("who")))
            and (person := _speaker_named(chair.group("who")))
        ):
            speaker = person  # 习近平主持座谈会并发表重要讲话强调，: the speech is his, not the meeting's
        if speaker is None and m.group("who") in known:
            speaker = m.group("who")
        if speaker is not None:
            rest = unit[m.end() :].lstrip()
            if m.group("verb") in ("指示", "批示"):
                rest = _WHAT_IT_ASKS.sub(
                    "", rest, count=1
                )  # 作出重要指示，要求迅速…: what the instruction asks follows
            return speaker, _SECOND_VERB.sub("", rest, count=1)
    if (he := _HE_DEMANDS.match(quiet)) and starts_imperative(unit[he.end() :], any_verb=True):
        return "", unit[he.end() :]  # 他要求做足做好…文章: the same speaker, the verb right after
    for pattern in (
        _CHAIRED,
        _TIGHT,
        _AFTER_NARRATIVE,
        _ACTED_THEN_SAID,
        _ON_BEHALF,
        _APPEAL_ISSUED,
        _TASKS_SET,
        _BRIEFED,
        _CONVENED,
    ):
        chaired = pattern.match(quiet)
        if chaired is None:
            continue
        if chaired.group("who") in ("他", "她"):
            return "", unit[chaired.end() :].lstrip()  # 他要求切实保障…: the same speaker
        if chaired.group("who").startswith("会议") or chaired.groupdict().get("meeting"):
            return "会议", unit[chaired.end() :].lstrip()  # 会议由许昆林主持，强调要…: the meeting
        # 杨副市长 is 杨新坚 once the article has named him; a place that appeals speaks as a place (石家庄市)
        who = chaired.group("who")
        if pattern is _CONVENED:
            return _speaker_named(who) or "会议", unit[chaired.end() :].lstrip()  # 国家防总, else the meeting
        speaker = _by_surname(who, set(known)) or _speaker_named(who)  # "" for 总书记: the person named before
        if speaker is None and pattern in (_APPEAL_ISSUED, _BRIEFED) and _PLACE_ISSUER.fullmatch(who):
            speaker = who
        if speaker is None and who in known:
            speaker = who  # 江华对…表示肯定，强调…: the official a title named before (江华 is a county too)
        if speaker is not None:
            return speaker, unit[chaired.end() :].lstrip()
    if _OWN_REMINDER.match(quiet):
        return "", unit  # 最后,还想再次提醒广大居民朋友,一定要…: the official's own words, whoever spoke last
    if said := _MEETING_SAID.match(quiet):
        return "会议", unit[said.end() :]  # 会议指出过去一年…: the meeting speaks, no comma after its verb
    if heard := _MEETING_HEARD.match(quiet):
        # 会议传达学习…精神,听取…情况汇报强调,要…: what the meeting heard, then what it stresses
        return "会议", unit[heard.end() :].lstrip()
    if _SITUATION_THEN_DEMAND.match(quiet):
        return "会议", unit  # …出现新的复杂严峻情况，针对…，会议要求…完善举措: the situation stays
    notice = _NOTICE_DEMANDS.match(quiet)
    if notice and (speaker := _speaker_named(notice.group("who")) or _joint_issuers(notice.group("who"))):
        return speaker, unit[notice.end() :].lstrip()
    body = _BODY_DEMANDS.match(quiet)
    if body and (speaker := _speaker_named(body.group("who")) or _joint_issuers(body.group("who"))):
        return speaker, unit[body.end() :].lstrip()
    appeal = _APPEAL_OPENING.match(quiet) or _APPEAL_AFTER_REASONS.match(quiet)
    if appeal is None and (advice := _BODY_ADVISES.match(quiet)) and _advising_body(advice.group("who")):
        appeal = advice  # 政府建议市民尽量留在家中: a government's advice to the public is its appeal
    if appeal and (speaker := _speaker_named(appeal.group("who"))) is not None:
        # 指挥部呼吁全体居民主动配合…: who appeals; the appeal itself is the directive (``markers``)
        return speaker, unit[appeal.end("who") :] if speaker else unit
    reminder = _REMINDS.search(quiet[:_ATTRIBUTION_REACH])
    if reminder and (speaker := _speaker_named(reminder.group("who"))):
        # …，柳林交警提醒驾驶员朋友们遵守…: whom the reminder names, and what they are to do
        return speaker, unit[reminder.end() :].lstrip()
    if (said := _QUOTE_THEN_WHO.match(quiet)) and (speaker := _speaker_named(said.group("who"))):
        return speaker, unit  # “…也请大家不必恐慌和焦虑。”李慧芳表示。: a quotation, then who said it
    labelled = _LABELLED.match(unit)
    asks = labelled and re.search(r"[?？]", unit[labelled.end() :])  # a question put (郭玲丽：「会否…?」)
    label = labelled.group("who").split()[-1] if labelled else ""
    speaker = _speaker_named(label) if labelled and not asks else None
    # a briefing's transcript: …二级巡视员刘波：当前，… (a name after its title; not 信中说：…)
    if (
        labelled
        and speaker
        and _person(speaker) == speaker
        and (speaker != labelled.group("who").strip() or speaker in known)
    ):
        # (王道席:要层层压实…: his name alone once the text has named him with his title, a transcript's label)
        return speaker, unit[labelled.end() :].lstrip()
    givers = _NUMBER_LEAD.sub("", label)
    if (
        labelled
        and not asks
        and (_joint_issuers(givers) or (_ORG_SUFFIX.search(givers) and speaker_of(givers) == givers))
    ):
        # 1.国家森防办、应急管理部:清明期间,…注意文明祭扫: a tip under the bodies that give it
        return givers, unit[labelled.end() :].lstrip()
    if (warned := _WARNING_ISSUED.match(quiet)) and (speaker := _speaker_named(warned.group("who"))):
        return speaker, unit[warned.end() :].lstrip()  # …气象台…发布高温红色预警信号:…，请注意防范…
    announced = _ANNOUNCED.match(quiet) or _POINTS_ANNOUNCED.match(quiet) or _AS_FOLLOWS.match(quiet)
    if announced and (speaker := _speaker_named(announced.group("who"))) is not None:  # 我们发出如下倡议：
        return speaker, unit[announced.end() :].lstrip()
    if tips := _TIPS_FOLLOW.match(quiet):
        # 蚌埠疾控中秋国庆出行提示: a body's reminder for an occasion, its points under it
        head = tips.group("head")
        issuer = next((n for end in range(len(head), 1, -1) if (n := speaker_of(head[:end]))), None)
        if issuer:
            return issuer, unit[tips.end() :].lstrip()
    return None, unit


# the situation, then the meeting's demand run into what it asks, no comma after it: 近期全球疫情形势出现新的
# 复杂严峻情况，针对“五一”假期期间人员密集出行，会议要求国务院联防联控机制完善举措，…
_SITUATION_THEN_DEMAND = re.compile(r"^(?:[^，,。；;：:]{2,40}[，,]){1,3}会议(?:要求|强调)(?=[\u4e00-\u9fff])")
# after an attribution, the situation, then whom the speaker demands of: 《通知》指出，今冬明春…叠加流行的
# 局面，要求各地切实落实…
_SITUATION_THEN_ASKS = re.compile(
    # (not …疫情以来，习近平总书记…作出重要指示，要求各级…: a demand made before, retold)
    r"^(?![^。；;]*?(?:以来|指示|批示|召开|听取))"
    r"(?:[^，,。；;：:]{2,40}[，,]){1,3}要求(?=各地|各级|各部门|各有关|有关部门|相关部门|各单位)"
)


# an official who speaks for a body: 朱某受广州市疫情防控指挥部的委托，郑重向市民表示，同时也请媒体…
_ON_BEHALF = re.compile(
    r"^(?P<who>[\u4e00-\u9fff·]{2,12}?)受[^，,。；;]{2,30}?委托[，,](?:郑重|特别)?(?:向[^，,。；;]{1,12}?)?"
    r"(?:表示|宣布|强调|呼吁)[，,：:]"
)


# a report's tasks for the year ahead, set out: 栗战书在报告中对今后一年的主要任务进行部署：深入贯彻…；用…
_TASKS_SET = re.compile(
    r"^(?P<who>[\u4e00-\u9fff·]{2,12}?)(?:在[^，,。；;：:]{1,20}?中)?(?:对|就)[^，,。；;：:]{2,30}?"
    r"(?:进行|作出|作)了?(?:安排)?部署[：:]"
)
# a body that issues an appeal to some, then what it asks: 石家庄市对全市各志愿服务组织、志愿者发出倡议书，要…
_APPEAL_ISSUED = re.compile(
    # 为弘扬优良传统、…,眉县应急管理局、…办公室特向全县人民群众发出倡议: (what for, first)
    r"^(?:为了?[^。；;：:]{2,40}?[，,])?(?:同时|此外|另外)?[，,]?(?P<who>[\u4e00-\u9fff·、]{2,32}?)(?:特|现)?"
    r"(?:向|对)[^，,。；;]{2,40}?发出(?:倡议书?|呼吁|号召)[，,：:]"
)


# who said what a quotation said, after it: 李慧芳表示。 (a unit of its own, or after the closing mark)
_SAID = re.compile(
    # (…李克强总理在7月8日的国务院常务会议上强调。: where he said it, after his name)
    r"[，,]?(?P<who>[\u4e00-\u9fff·、]{2,32}?)(?:在[^。“”，,]{2,40}?(?:上|时|中))?(?:表示|说|强调|指出|介绍|提醒|称)[。.]?"
)
_QUOTE_THEN_WHO = re.compile(r"^“[^“”]+”" + _SAID.pattern + "$")  # “大家还需要…，”王明说。: one unit


def _said_by(after: Sequence[str]) -> str | None:
    """Who the unit after a quotation says said it (李慧芳表示。), if it is only that."""
    m = _SAID.fullmatch(after[0].strip()) if after else None
    return (_speaker_named(m.group("who")) or None) if m else None


# an attribution set as a line of its own, with no colon (匡晓卫强调 ⏎ 要清醒认清…)
_ATTRIBUTION_LINE = re.compile(rf"[\u4e00-\u9fff·、]{{2,40}}(?:{_VERBS})")


def said_on_a_line(line: str) -> str | None:
    """An attribution set as a line of its own, what was said in the paragraphs under it (匡晓卫强调, 尹力指出——):
    the attribution without its dash; else None."""
    said = _DASH_AFTER.sub("", line.strip())  # 尹力指出—— is 尹力指出
    return said if _ATTRIBUTION_LINE.fullmatch(said) and split_attribution(said + "：")[1] == "" else None


_FIRST_POINT_INSIDE = re.compile(
    r"[，,]\s*(?:一是|一要|首先是)[^。；;，,]{6,}"
)  # …严峻复杂,一是加快…: a list opened in the unit
#: the area a measure in a run is for, before it (在二手车市场方面，, 投资方面，)
_ASPECT_LEAD = re.compile(r"^(?:在|对于?|关于)?[^，,。；;：:]{2,24}?方面[，,]")
#: the dash an attribution set as a subheading ends on (尹力强调——): what was said is in the paragraphs under it
_DASH_AFTER = re.compile(r"\s*(?:——|—|--|－－|──)$")

_NUMBERED_MODAL = re.compile(r"^[一二三四五六七八九十]要$")  # 一要…二要…

# jieba fuses 要 with the word after it (要从严, 要带头, 要筑牢): such a word is the modal
# too, unless it is one of the words 要 begins (要求, 要素, 要点…)
_HELD_TIGHT = frozenset("盯抓跟扣贴握绷守")  # 要紧盯, 要紧抓: 要 and 紧盯, not 要紧 ("important")
_YAO_WORDS = frozenset(
    {
        "要求", "要素", "要义", "要道", "要么", "要点", "要紧", "要数", "要面子", "要员", "要强", "要冲",
        "要务", "要领", "要闻", "要害", "要是", "要不", "要不然", "要不是", "要不得", "要地", "要职", "要塞",
        "要件", "要旨", "要诀", "要案", "要犯", "要隘", "要价", "要好", "要命", "要账", "要略", "要目",
        "要端", "要言不烦", "要人", "要津", "要得", "要脸", "要事", "要情", "要览",
    }
)  # fmt: skip


# and 须 with the verb after it (须持, 须经, 须在): the modal, unless one of the words 须 begins
_XU_WORDS = frozenset({"须知", "须臾", "须发", "须眉", "须根", "须子"})


# 要 fused with the adverb before it (更要, 还要, 也要): the modal all the same
_ADVERB_YAO = frozenset(
    {"更要", "还要", "也要", "都要", "又要", "仍要", "总要", "尤其要", "首先要"}
)  # not 就要: "about to"


# 应 fused with the adverb after it (应立即拨打…, 应及时报告): "should", as jieba cuts it
_YING_ADVERBS = frozenset({"立即", "及时", "尽快", "主动", "严格", "提前", "自觉", "按照", "按时", "如实", "积极"})


_BEFORE_XU = frozenset("还仍均亦也都皆")  # 还须, 均须: an adverb jieba fuses with 须
# 应 fused by jieba with the verb after it (应戴上) or with an adverb or a time before it (后亦应, 时应): no word of
# its dictionary (not 应对, 应急, 应邀)
_FUSED_YING = re.compile(r"应[\u4e00-\u9fff]{1,2}|[\u4e00-\u9fff]{0,1}[亦也均都还仍时后]应")


def _acts_after_ying(word: str, after: Sequence[str]) -> bool:
    """The fused 应 is the modal: the verb fused after it is one (应戴上), or a verb or adverb follows the
    word it closes (后亦应 继续, 时应 戴)."""
    if word[0] == "应":
        # (a verb of two characters: not 应询, 应保尽保)
        return len(word) == 3 and pos_tags(word[1:])[0][1].startswith(("v", "d"))
    return bool(after) and after[0] not in _PUNCTUATION and after[0] not in ("是", "为", "有", "在")


def _fused_modal(word: str) -> bool:
    if word in _ADVERB_YAO or (word[:1] == "应" and word[1:] in _YING_ADVERBS):
        return True
    if len(word) > 1 and word[0] == "须":
        return word not in _XU_WORDS
    if len(word) == 2 and word[1] == "须" and word[0] in _BEFORE_XU:
        return True  # …的人员,还须取得…证明: jieba makes 还须 one word
    return len(word) > 1 and word[0] == "要" and word not in _YAO_WORDS and not _QUANTITY.match(word[1:])


def has_marker(text: str) -> bool:
    """A modal or imperative word, as jieba cuts it (重要 and 主要 are not 要, nor 要4个小时);
    not in a clause the next one says what it is (确保人民群众生命安全，是…重大任务。)."""
    return bool(markers(text))


# whom a request names right after 请: 请家长们…, 请您…, 请广大市民…
_ASKED = (
    "您", "你们", "大家", "各位", "广大", "全体", "家长", "市民", "群众", "居民", "村民", "游客", "旅客", "师生", "各",
)  # fmt: skip
# an appeal (希望, 呼吁; jieba keeps 迫切希望 whole) made to the public it names, then what to do
_APPEALS = ("希望", "呼吁", "号召", "倡议", "倡导", "恳请", "敬请", "促请", "建议")
_CLAUSE_MARKS = frozenset("，,。；;：:")  # 望 opens an appeal at a clause's head (…，望广大群众…)
# advice to the reader (建议大家…); a leader's 希望你们… is a charge (``_hoped_of``)
_YOU = frozenset({"大家", "您", "各位"})
_UNSANCTIONED = frozenset({"擅自", "私自"})
_JUDGED = re.compile(r"认为|表示|指出|称|成熟|可行")
_AFTER_A_SETTING = frozenset({"注意", "建议"})
_WHEN_OR_WHOM = re.compile(rf"(?:时|期间|之前|之后|前|后|群体|人员|{_THE_PUBLIC})$")
# advice, at a clause's head: 尽量减少外出, 提倡电话拜年, (消费者在选购月饼时,)建议去…, (购买时,)注意查看…
_ADVISED = frozenset({"尽量", "提倡", "建议", "注意"})
# a body reminds the public, no comma after whom it names: 柳林交警提醒驾驶员朋友们遵守…, 市场监管局近日发布
# 防范野生蘑菇中毒提示，提醒消费者…
# those an appeal names by what they have or have not done: 尚未接种当季流感疫苗的高风险人群,
# 身在英国或计划前赴当地的香港人
# those an appeal names by where they come from, then what they are to do: 倡导其他省外来(返)蓉人员持…
# (the quantifier first: not 希望法方用好商务人员来华…, what the other side is to make use of)
_OTHERS = re.compile(r"(?:其他|其余|所有|全体|广大|各类)[\u4e00-\u9fff()（）]{0,10}?人员[\u4e00-\u9fff]")
# (…居住或于…工作,并已获安排离开检疫中心的人士: two things they did, the second after a comma and 并; 曾到访在
# 《…规例》(第599J章)(《规例》)下指明场所的人士: a long name of where they were)
_CALLED_ON = re.compile(
    r"[^，,。；;：:]{2,60}?(?:[，,](?:并|且|或|及|以及)[^，,。；;：:]{2,30}?)?"
    r"的[\u4e00-\u9fff]{0,4}(?:人群|人士|人员|(?:香港|澳门|港|澳|中国|内地|外地|本地|当地|海外)人)"
)
_REMINDS = re.compile(
    r"(?:^|(?<=[，,：:；;。]))(?P<who>[\u4e00-\u9fff·]{2,16}?)(?:近日|今天|日前)?"
    + _DATED
    # (香港天文台于9月6日上午6时45分发出酷热天气警告，提醒市民…: the warning issued, when, then the reminder)
    # (市气象台昨天18时40分发布了暴雨蓝色预警信号，提醒市民…: when, before the warning)
    + r"(?:于?(?:昨天|昨日|今天|今日|前天)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚上|凌晨|早上|中午)?"
    + r"(?:\d{1,2}时(?:\d{1,2}分)?)?(?:发布|发出)了?[^，,。；;：:]{0,16}?(?:提示|预警|警告|信号)[，,])?"
    + r"(?:亦|也|还)?(?:郑重|特别|再次)?(?:提醒|提示)(?="
    + _PUBLIC.pattern
    + "|"
    + _CALLED_ON.pattern
    + ")"
)
# an attribution that calls on the public, whom it may name: …呼吁市民，  …提醒广大居民：
_CALL_MADE = re.compile(
    r"(?:(?:呼吁|促请)(?:"
    + _PUBLIC_BEFORE
    + r"[\u4e00-\u9fff]{0,6}?(?:"
    + _THE_PUBLIC
    + r")(?:朋友们?|们)?)?|(?:提醒|提示|建议)"
    + _PUBLIC_BEFORE
    + r"[\u4e00-\u9fff]{0,6}?(?:"
    + _THE_PUBLIC
    + r")(?:朋友们?|们)?)[，,：:]$"
)
_BODY_ADVISES = re.compile(
    r"^(?P<who>[\u4e00-\u9fff·、]{1,24}?)(?:还|也|同时)?" + _EARNESTLY + r"建议(?=" + _PUBLIC.pattern + ")"
)


def _advising_body(who: str) -> bool:
    """A body, not a person: its 建议 to the public is an appeal (an expert's is advice)."""
    return who in _UNNAMED_VOICES or who.endswith("政府") or bool(_ORG_SUFFIX.search(who))


_APPEAL_OPENING = re.compile(
    r"^(?P<who>[\u4e00-\u9fff·、]{1,24}?)(?:还|也|同时|在此|特此)?"  # (司警局在此呼籲市民…)
    + _EARNESTLY
    + "(?:"
    + "|".join(a for a in _APPEALS if a != "建议")  # 建议 is advice to the reader alone (``markers``)
    + r")(?="
    + _PUBLIC.pattern
    # 衛生局再次呼籲尚未接種當季流感疫苗的高風險人群,…儘快…: those it calls on, named by what they have not done
    + "|"
    + _CALLED_ON.pattern
    + ")"
)
# the reasons, then the appeal they lead to: 就上述…情况，显示…，故司警局呼吁市民如接到…
_APPEAL_AFTER_REASONS = re.compile(
    r"^[^。；;！？!?]{4,120}?[，,](?:故|因此|为此|对此)[，,]?(?P<who>[\u4e00-\u9fff·、]{2,16}?)"
    + _EARNESTLY
    + "(?:呼吁|促请|提醒|提示)(?="
    + _PUBLIC.pattern
    + ")"
)
# those a leader's letter charges, right after 希望: you, the students, an institution of the country (not 德方)
_CHARGED = frozenset({"你", "你们", "大家", "同学们", "同志们", "老师们", "青年们", "专家们", "广大", "全体", "各位"})
_INSTITUTION = re.compile(r"(?:院|大学|学院|学校|中学|小学|研究所|协会|学会|集团|公司|部队|团队|基地|队员们|学子)$")


def _hoped_of(after: Sequence[str]) -> bool:
    """Whom 希望 charges: a second person, a group addressed, or an institution (中国科学院)."""
    if not after:
        return False
    return (
        after[0] in _CHARGED
        or bool(_INSTITUTION.search(after[0]))
        or bool(len(after) > 1 and _INSTITUTION.search(after[0] + after[1]))
    )


# how one is told to act after 应 (生活中应尽量…, 出行时应主动…): not 资金中应下达地方的…, which says what is due
_TIME_UNITS = frozenset({"日", "天", "小时", "周", "个月", "年", "期间", "时间", "期限", "时限"})
_HOW_TO_ACT = frozenset(
    {"尽量", "注意", "避免", "主动", "及时", "自觉", "做好", "加强", "保持", "遵守", "佩戴", "减少"}
)
_AT_THE_REQUEST = re.compile(r"[^，,。；;]{1,30}?(?:邀请|请求|之邀|之请)")  # 应…邀请, 应…的请求
_TOLD_BODIES = ("部门", "单位", "人员", "人士", "企业", "学校")  # those a should-clause tells to act
_NOTE_THAT = frozenset({"需注意", "需留意", "须注意", "须留意"})
_NEEDS = frozenset({"需求", "需知", "需用"})  # 企业需求, 入学需知: a noun, not 需 fused with its verb (旅客需凭)
_NEED = frozenset({"需", "需要", "尚需", "亟需", "亟须", "仍需", "还需"})
# 所需物资, 根据需要; 更需要加强合作, 最需要坚定维护的: what matters most, no order
_NOT_NEEDING = frozenset(
    {"所", "的", "根据", "按", "按照", "如有", "有", "更", "更加", "最", "尤其", "特别", "都", "尤为"}
)
_YET_TO_BE = frozenset({"观察", "研究", "验证", "确认", "评估", "明确", "论证", "核实"})
_GOING_ON = frozenset({"继续", "进一步", "持续", "不断", "切实", "及时", "主动"})
_PUNCTUATION = frozenset("，,。；;！？!?：:、")


_MORE = frozenset({"更加", "进一步", "切实", "全力", "持续", "继续"})
_THOSE_NAMED = frozenset({"他们", "她们", "你们", "大家"})


def _told(word: str) -> bool:
    """The public (市民, 旅客), or those a rule names (入境人员, 相关企业): whom 需 tells to act."""
    return bool(_PUBLIC_WORD.fullmatch(word)) or (len(word) >= 2 and word.endswith(_TOLD_BODIES))


def _needs_doing_more(after: Sequence[str]) -> bool:
    """An adverb of doing more, then a listed verb (更加 深入细致 做好): what is to be done, not what it takes."""
    return bool(after) and after[0] in _MORE and any(w in IMPERATIVE_VERBS for w in after[1:])


def _needs_doing(words: Sequence[str], i: int) -> bool:
    """需/需要 at ``i`` says what must be done: an imperative verb with what it acts on, or an
    adverb of going on, follows it (仍需继续…, 还需做好防护); not 工作需要加强。 (what is
    lacking), 还需要付出努力 (what it takes), 所需物资, 根据救治需要再增派."""
    before = words[i - 1] if i > 0 else ""
    if i + 1 >= len(words) or before in _NOT_NEEDING:
        return False
    if words[i] == "需" and (_told(before) or before in _THOSE_NAMED) and words[i + 1] not in _PUNCTUATION:
        # 公众需关注最新预报, 入境人员需隔离: what the public, or those a rule names, are to do (他们需自我监察…:
        # those the sentence before named)
        return True
    if words[i] == "需要" and before in _PUNCTUATION and _needs_doing_more(words[i + 1 : i + 5]):
        return True  # …本届考生经历三年疫情，需要更加深入细致做好高考组织工作: more to do, an instruction
    if words[i] == "需要" and before not in ("仍", "还", "也"):
        return False  # 这些工作需要坚持…, 疫情防控是一个系统工程，需要…: what a task takes
    after = words[i + 2] if i + 2 < len(words) else "。"
    if words[i + 1] == "进一步" and after in _YET_TO_BE:
        return False  # …的作用仍需进一步观察和研究: what is not known yet
    if (words[i + 1] in _GOING_ON or words[i + 1] in IMPERATIVE_VERBS) and after not in _PUNCTUATION:
        return True
    # 需一体化落实…责任: how, then an imperative verb with what it acts on
    beyond = words[i + 3] if i + 3 < len(words) else "。"
    return (
        words[i] == "需"  # not 还需要付出持续努力: what it takes
        and words[i + 1] not in _PUNCTUATION
        and len(after) >= 2
        and after in IMPERATIVE_VERBS
        and beyond not in _PUNCTUATION
    )


# 向改革要动力: "to seek from", 要 a verb, not the modal
_SEEK_FROM = re.compile(r"(?:^|(?<=[，,。；;]))向[^，,。；;要]{1,10}要(?=[\u4e00-\u9fff]{1,6}(?:[，,。；;！!]|$))")


def _opens_a_quotation(text: str) -> bool:
    """``text`` opens with what somebody said (“要…。”), not with a term in quotation marks
    (“十四五”期间，山西将秉持“…改革为要…”的理念)."""
    text = text.lstrip()
    if not text.startswith(tuple(_OPEN_QUOTES)):
        return False
    close = text.find(_OPEN_QUOTES[text[0]], 1)
    if close < 0 or close > 16 or re.search(r"[，,。；;！？!?]", text[1:close]):
        return True  # a sentence quoted, not a term
    return not text[close + 1 :].strip(" 。；;！？!?")  # “…”。: the whole unit


_HEADCOUNT = re.compile(
    r"应(?:出席|到会?|参会|参加)(?:会议)?(?:的)?(?:代表|委员|人员|常委)?[\d一二三四五六七八九十百千]+人"
)


def markers(text: str) -> list[str]:
    """The modal and imperative words of ``text`` that ``has_marker`` counts; not those
    of an instruction cited (贯彻落实习近平总书记关于…要开门问策…的重要指示精神)."""
    text = _SEEK_FROM.sub("", _CITED.sub("", _HABIT.sub("", _CONDITION.sub("", _WORK_AHEAD.sub("", text)))))
    text = _WHAT_IT_TAKES.sub("", _WHAT_IT_IS.sub("", text))
    text = _STILL_WANTED.sub("", _SLOGANS_ASKED.sub("", _WHY_ASKED.sub("", text)))
    text = _TITLE_SPAN.sub("《》", text)  # 《坚决制止餐饮浪费行为的行动方案》: a title cited orders nobody
    text = _HEADCOUNT.sub("", text)  # 会议应出席代表2951人，出席2761人: those who were due to attend, counted
    if not _opens_a_quotation(text):
        text = _QUOTED_TERM.sub("", text)  # “党章要放在床头”等生动表达: a saying cited, not said
    if _COUPLET.fullmatch(text.strip()):
        return []  # 民族要复兴，乡村必振兴。: a couplet, a saying
    if only_if := _ONLY_IF.search(text):
        text = text[: only_if.start()]  # 只要…守住，…一定会…: what follows if something is done
    words = tokenize(text)
    comma = next((i for i, w in enumerate(words) if w in ("，", ",")), len(words))
    subject = comma + 1 < len(words) and words[comma + 1] in _COPULAS
    found = ["望"] if _HOPE_OPENS.match(text) else []  # 望以…为指导，…: an instruction's 希望, cut short
    for i, w in enumerate(words):
        if subject and i < comma:
            continue
        if _NUMBERED_MODAL.match(w) or _fused_modal(w) or (w == "不可" and _lax_after(words, i)):
            found.append(w)
        elif w in _NEED and _needs_doing(words, i):
            found.append(w)  # 仍需继续强调做好个人防护: "still needs to", an instruction
        elif len(w) in (2, 3) and w[0] == "需" and w not in _NEEDS and i > 0 and _told(words[i - 1]):
            found.append("需")  # 公众需注意燃气安全, 旅客需凭…: jieba took 需注意 for a word, what the public is to do
        elif w in _NOTE_THAT and all(x in _PUNCTUATION or x in "•·●▪" or not x.strip() for x in words[:i]):
            found.append("需")  # • 需注意灯笼内已燃点的蜡烛,…: a point of advice that opens on what to mind
        elif (
            len(w) == 2
            and w[1] == "应"
            and w[0] in _PLACE_WORDS
            and words[i + 1 : i + 2]
            and (
                words[i + 1] in _HOW_TO_ACT
                # 返港后14日内应使用…: within a time, then a verb (not 里应外合)
                or (w[0] in "内后前" and i > 0 and words[i - 1] in _TIME_UNITS and words[i + 1] not in _PUNCTUATION)
            )
        ):
            found.append("应")  # 日常生活中应尽量…: jieba cut 中应, the modal is in it
        elif (
            w == "人应"
            and words[i + 1 : i + 2]
            and words[i + 1] not in _PUNCTUATION
            and "的" not in words[i + 1 : i + 3]
        ):
            found.append("应")  # …的香港人应留意局势: jieba cut 人应, the modal is in it
        elif (
            _FUSED_YING.fullmatch(w) and posseg.word_tags().get(w) is None and _acts_after_ying(w, words[i + 1 : i + 2])
        ):
            found.append("应")  # 应戴上外科口罩, 回港后亦应继续佩戴: jieba fused the modal with what is around it
        elif w == "应为" and i > 0 and (_PUBLIC_WORD.fullmatch(words[i - 1]) or words[i - 1].endswith(_TOLD_BODIES)):
            found.append("应")  # 市民应为自己和家人的健康着想: "should, for the sake of", not "should be"
        elif w == "要紧" and (words[i + 1] if i + 1 < len(words) else "")[:1] in _HELD_TIGHT:
            found.append("要")  # 各乡镇与部门要紧盯…: jieba took 要紧 for a word, the modal is in it
        elif (
            w == "请"
            # (…违法行为的请拨打12315热线: those it names, asked, the comma a broken line lost)
            and (i == 0 or words[i - 1] in ("，", ",", "：", ":", "也", "还", "并", "同时", "的"))
            and i + 1 < len(words)
            and not any(x in _COURTESIES for x in words[i + 1 : i + 12])
        ):
            found.append(w)  # …的来盐返盐人员，请立即主动报告: a request to whoever it names
        elif (
            w == "请"
            and i >= 2
            and re.fullmatch(rf"(?:{_THE_PUBLIC}|朋友)们?", words[i - 1])
            and any(x in ("提醒", "提示", "呼吁", "倡议", "号召") for x in words[max(0, i - 4) : i - 1])
        ):
            found.append(w)  # 提醒广大市民请自觉使用: the public named, then asked
        elif (
            len(w) == 2
            and w[0] == "请"
            and w not in _QING_WORDS
            and (i == 0 or words[i - 1] in ("，", ",", "：", ":"))
            and _PUBLIC.search("".join(words[i : i + 8]))
        ):
            found.append("请")  # …，请受台风灾害威胁区域群众立即撤离: jieba cut 请受, a request to those it names
        elif (w == "请" or (len(w) == 2 and w[1] == "请" and w[0] in _PLACE_WORDS)) and (
            i + 1 < len(words) and words[i + 1].startswith(_ASKED)
        ):  # jieba may cut 生活中请 as 中请
            found.append("请")  # 在日常生活中请家长们…做到…: a request to those it names
        elif w == "请" and i > 0 and words[i - 1].endswith(_ASKED_ONES) and i + 1 < len(words):
            found.append(w)  # 所有在通人员请自觉遵守…: those it names, asked
        elif w in _PLEASE_BY and i + 1 < len(words):
            found.append("请")  # 申报材料请于9月11日前报送: jieba cuts 请于 as a word, a request all the same
        elif w == "不" and i + 1 < len(words) and words[i + 1] in _UNSANCTIONED:
            found.append("不" + words[i + 1])  # 不擅自恢复营业: a ban on acting without leave
        elif (
            (w in _ADVISED or (w.startswith("尽量") and len(w) <= 4))  # jieba cuts 尽量少 as one word
            # (提倡 only where the unit opens: …积极引进先进技术，提倡实干兴邦，… tells what someone did; 注意
            # and 建议 only after what sets them (购买时，注意查看…): 二、注意食品卫生和安全 heads a paragraph)
            and (
                (i == 0 and w not in _AFTER_A_SETTING)
                or (w != "提倡" and i > 0 and (words[i - 1] in _CLAUSE_MARKS or words[i - 1].endswith("期间")))
            )
            and i + 1 < len(words)
            and words[i + 1] not in _PUNCTUATION
            and not (w == "注意" and words[i + 1].startswith("到"))  # 注意到…: noticed
            # (…认为上述2项草案已比较成熟，建议提请…: what a body proposes, its judgement before it)
            and not (w == "建议" and _JUDGED.search("".join(words[max(0, i - 12) : i])))
            # (建议 only after when or whom: 在选购月饼时，建议去…; 弱势群体，建议采取…; not a member's proposal
            # after the state of things: 当前…还不够普及，建议加快立法进程)
            and not (w == "建议" and not (i >= 2 and _WHEN_OR_WHOM.search(words[i - 2])))
        ):
            found.append(w)  # 节日期间尽量少出门, 提倡电话拜年: advice at a clause's head
        elif w == "非必要" and i + 2 < len(words) and words[i + 1] == "不" and words[i + 2] not in _PUNCTUATION:
            found.append("非必要不")  # 区域内人员非必要不外出: a ban, but for need
        elif (
            (
                (w.endswith(_APPEALS) and w != "倡导")
                # 倡导 opens the clause it asks in (倡导广大人民群众…), not a deed told (…倡导青年体育作出了…)
                or (w in ("望", "倡导") and (i == 0 or words[i - 1] in _CLAUSE_MARKS))
            )
            and len(w) <= 4
            and i + 1 < len(words)
            and (_appealed_to(words[i + 1 :]) or (w == "建议" and words[i + 1] in _YOU))
        ):
            found.append(w)  # 我们迫切希望广大市民朋友继续做好…, …，望全县广大群众…: an appeal to the public to act
        elif w == "希望" and (i == 0 or words[i - 1] in _CLAUSE_MARKS) and _hoped_of(words[i + 1 : i + 3]):
            # (回信) 希望你坚守初心使命…, (贺信) 希望中国科学院不忘初心…: a leader's charge to those he writes to
            found.append(w)
        elif len(w) == 3 and w[2] == "要" and w[1] in _BODY_ENDS:
            found.append("要")  # 市卫健委要…: jieba cut 市卫|健委要, the body's short name and the modal
        elif (
            len(w) == 2
            and w[1] == "要"
            and w not in _ENDS_IN_YAO
            and w not in MODAL_WORDS
            and w[0] not in "了的得着过之"  # 发展之要，重在用人: "the key to growth", a noun
            and (words[i + 1] if i + 1 < len(words) else "")[:1] not in ("求", "素", "点")
        ):
            found.append("要")  # 基本盘要优先…: jieba took 盘要 for a word, the modal is in it
        elif w in MODAL_WORDS:
            after = words[i + 1] if i + 1 < len(words) else ""
            if (
                w == "要"
                and (_QUANTITY.match(after) or after == "劲")
                and not _NONE_LEFT_OUT.match("".join(words[i + 1 : i + 4]))
            ):
                continue  # 要4个小时: "it takes", not "must"; 正处于要劲时期: "crucial" (jieba cuts 要|劲)
            if w == "要" and i > 0 and words[i - 1] in ("我", "将来"):
                continue  # 我要不断接受教育, 将来要长成参天大树: what one means to do, what will be
            if w in ("应", "应该") and after in ("已", "已经"):
                continue  # 密切接触者应该已接获通知: "should have", what is likely done, no order
            if w == "应" and _AT_THE_REQUEST.match("".join(words[i + 1 : i + 16])):
                continue  # 将应特别行政区政府提出的请求提供…: "at the request of", no "should"
            if w == "不能" and (after in _BEYOND_REACH or after.startswith("腐")):
                # 任何国家都不能独善其身: "cannot", an observation, not a ban; 不敢腐、不能腐、不想腐: a set phrase
                continue
            if w in _ASSURED and i > 0 and words[i - 1] in _ABLE:
                continue  # 可确保养老金按时发放: what a policy can do, not an order
            if i > 1 and words[i - 1] in _CONFIDENT and "有" in words[max(0, i - 6) : i - 1]:
                continue  # 有(足够的)信心有能力坚决打赢…: confidence, not an order (…能力要提高 is one)
            if w == "坚决" and any(x in _STANCE for x in words[max(0, i - 6) : i]):
                continue  # 表示强烈愤慨和坚决反对, 必将遭到坚决回击: a stance or a fate, no order
            if w == "坚决" and after in _SIDES and any(x in _WE or x.endswith("方") for x in words[max(0, i - 3) : i]):
                continue  # 我们对此坚决反对, 中方坚决支持…: whose side they are on, no order
            found.append(w)
    return found


# none left out, as a demand says it: …等要一个不漏全面排查, 一户不落, 一个不少
_NONE_LEFT_OUT = re.compile(r"^[一1][个户人家处项条][不没]")


def _appealed_to(after: Sequence[str]) -> bool:
    """The public opens what follows an appeal (希望广大市民…), or comes after others it is
    joined with (希望全市各单位和广大市民朋友…)."""
    if _PUBLIC.match("".join(after[:4])) or _CALLED_ON.match("".join(after[:16])) or _OTHERS.match("".join(after)):
        return True  # (呼吁尚未接种当季流感疫苗的高风险人群…: those named by what they have not done)
    if not any(w in ("和", "及", "、", "以及") for w in after[:4]):
        return False
    return bool(_PUBLIC.match("".join(after[:8])) or _JOINED_PUBLIC.match("".join(after[:12])))


# the public last among those an appeal names: 希望各爱心企业、爱心组织及社会爱心人士积极响应号召
_JOINED_PUBLIC = re.compile(
    r"[\u4e00-\u9fff]{2,10}(?:、[\u4e00-\u9fff]{2,10}){0,3}?(?:和|及|以及|、)[\u4e00-\u9fff]{0,6}?(?:"
    + _THE_PUBLIC
    + r"|人士)(?:朋友们?|们)?[\u4e00-\u9fff]"
)


_BODY_ENDS = frozenset("委局厅办部署院企")  # (and 企 of 煤企, 房企, 央企: 重点煤企要按要求增产增供)
# words that begin with 请 and are no request to whom follows (请示 a report up, 请假 leave; 请勿, a ban,
# counts as a modal)
_QING_WORDS = frozenset(
    {"请求", "请示", "请假", "请教", "请客", "请愿", "请柬", "请帖",
     "请战", "请命", "请缨", "请罪", "请安", "请托", "请勿"}
)  # fmt: skip
# 请…保重身体, 请转达…问候: courtesies, not requests to act
_COURTESIES = frozenset({"保重", "放心", "转达", "笑纳", "原谅", "指正", "光临", "多多"})


def _lax_after(words: Sequence[str], i: int) -> bool:
    """不可 is a ban before a word for letting one's guard down (不可掉以轻心, 不可有丝毫松懈);
    elsewhere it makes an adjective (不可替代, 不可阻挡, 不可接受), not an order."""
    after = [w for w in words[i + 1 : i + 5] if w not in _DEGREE]
    return bool(after) and after[0] in _LAXITY and after[1:2] != ["的"]  # 须臾不可放松的大事: a noun


# what a warning forbids after 不可: slackening and carelessness (风险不可忽视 judges a risk)
_LAXITY = frozenset({"掉以轻心", "松懈", "放松", "麻痹", "麻痹大意", "懈怠", "大意", "疏忽", "松劲", "马虎", "懈劲"})
_DEGREE = frozenset({"有", "丝毫", "半点", "一丝", "任何", "稍有", "些许"})


_QUOTED_TERM = re.compile(r"“[^“”]{1,30}”")
_ONLY_IF = re.compile(r"(?:^|[，,])只要")
# words that end in 要 and are no modal (需要, 重要, 只要…), or are handled apart (就要: about to)
_ENDS_IN_YAO = frozenset(
    {"需要", "主要", "重要", "只要", "想要", "将要", "必要", "纪要", "摘要", "提要", "简要", "首要", "紧要",
     "扼要", "次要", "概要", "要要", "就要", "刚要", "正要", "快要", "若要", "显要", "政要", "机要", "枢要",
     "纲要", "精要", "辑要", "举要", "切要", "险要", "权要", "我要"}
)  # fmt: skip
_COUPLET = re.compile(
    r"[\u4e00-\u9fff]{1,3}(?:要|必)[\u4e00-\u9fff]{1,3}[，,、][\u4e00-\u9fff]{1,3}(?:要|必)[\u4e00-\u9fff]{1,3}[。！!]?"
)
_STANCE = frozenset({"表示", "表达", "遭到", "受到"})
_SIDES = frozenset({"反对", "支持", "拥护"})
_WE = frozenset({"我们", "我", "中国", "我国"})
# what is done every time (每年全国两会期间，…负责人都要列席…): a custom, not an order
# what is still ahead, told (这方面还有大量工作要做, 还有很长的路要走): its 要 is "to be done", no order
_WORK_AHEAD = re.compile(
    r"(?:还有|仍有|尚有|有)[^，,。；;！？]{0,10}?(?:工作|任务|事情|事|路|功课)要(?:做|走|完成|干)(?=[，,。；;！？!?]|$)"
)
# the state of things, what it still wants: 经济持续回升向好的基础还需要进一步稳固 (no one is told to act)
_STILL_WANTED = re.compile(r"基础(?:还|仍|尚)(?:需要?|有待)(?:进一步)?(?:巩固|稳固|夯实)")
_HABIT = re.compile(r"(?:每年|每次|每天|每周|每月|每逢|历来|通常|往往)[^。；;！？]*?都要")
# what it takes to do something (要启动这一重建行动，仅未来三年就需要约200亿美元): a cost, not an order
_WHAT_IT_TAKES = re.compile(
    r"(?:^|(?<=[，,；;]))要[^，,。；;！？]{2,30}[，,][^，,。；;！？]{0,12}?需要?(?:约|大约|近|超过|至少)?"
    r"[\d一二三四五六七八九十几数百千万亿]"
)
# a clause that says what doing something is (…，确保高考安全平稳顺利是各级党委政府的重大政治责任。): the deed is its
# subject, no order
_WHAT_IT_IS = re.compile(
    r"(?:^|(?<=[，,；;]))(?:确保|做好|抓好|坚持|加强|守住|保障)[^，,。；;！？]{1,30}?是[^，,。；;！？]{0,30}"
    r"(?:责任|任务|要求|关键|前提|基础|保障|重点|使命|职责|底线|内容|举措)(?=[。；;！？]|$)"
)
# a condition's clause (如果卫生条件不能满足，): its 不能 is "cannot", what follows it may order
# 望 opening a leader's instruction, 希望 cut short: 望以习近平新时代…为指导, 望各地…
_HOPE_OPENS = re.compile(r"^望(?=以|各|全[国省市县区党]|你们|大家|同志们|继续|进一步|切实|认真|坚持|深入|努力)")
# why something must be, asked and answered: 回答我们党为什么要自我革命、…等重大问题 (no order)
_WHY_ASKED = re.compile(r"为什么要|为何要")
# slogans with 要 in them, cited as what is asked: 落实疫情要防住、经济要稳住、发展要安全的要求
_SLOGANS_ASKED = re.compile(
    r"(?:[\u4e00-\u9fff]{1,6}要[\u4e00-\u9fff]{1,6}、)+[\u4e00-\u9fff]{1,6}要[\u4e00-\u9fff]{1,6}的(?:重大|重要)?要求"
)
_CONDITION = re.compile(r"(?:^|(?<=[，,；;]))(?:不过|但是?)?[，,]?(?:如果|假如|倘若|要是|假若)[^，,。；;！？]*[，,]")
_CITED = re.compile(
    r"关于[^。；;！？!?]{1,80}?的(?:重要)?(?:指示|批示|讲话|论述|要求|部署|决定(?:草案)?|议案|草案|条例|规定|意见|通知)"
)  # 关于禁止非法野生动物交易…的决定草案: a title cited, its 禁止 bans nothing here

# after 不能, predicates of what nobody is able to do: 不能 there says "cannot", not "must not"
_BEYOND_REACH = frozenset({"独善其身", "置身事外", "置身其外", "置身", "幸免", "幸免于难", "避免", "阻挡", "阻止"})

# 确保 after 可 or 将 says what a measure can do (可确保养老金按时发放), not an order
_ASSURED = frozenset({"确保", "杜绝", "严防"})
# what a measure is for, at the head of the unit: 为确保…，  鉴于…，为了保障…，并确保…，
_PURPOSE_LEAD = re.compile(r"^(?:鉴于[^，,。；;]{1,30}[，,])?为了?[^。；;]{1,80}?[，,](?!并|和|以及)")
# after it, who did what: 我国大力增加…, 行政长官会同行政会议已决定…
_SUBJECT_DID = re.compile(
    r"^(?:\d{4}年|(?:我国|我省|我市|我县|我区|[\u4e00-\u9fff]{2,12}?(?:政府|会议|部门|行政长官|委员会))"
    r"(?:已|已经|正|正在|将|大力|全力|持续|不断|先后|陆续))"
)  # or a year, what was done then: 为确保…，2017年大理州暂时关停…


def _after_purpose(body: str) -> str:
    """What follows the purpose a unit opens with (为确保…，), or "" when it opens with none."""
    m = _PURPOSE_LEAD.match(body)
    return body[m.end() :] if m else ""


_ABLE = frozenset({"可", "可以", "能", "能够", "足以", "有望", "将", "才能", "就能", "方能", "才可以"})
_CAN_ASSURE = re.compile(
    f"(?:{'|'.join(sorted(_ABLE, key=len, reverse=True))})(?:{'|'.join(_ASSURED)})"
    r"|[，,](?:这|此举|这样)?(?:将|能|可)?(?:有利于|有助于)"  # 实施好…工具，有利于小微企业…: a benefit claimed
    r"|[，,](?:这|此举|这样)?不仅(?:可以|能够|能|会|将|有利于|有助于)"  # 加快铁路建设，不仅可以扩大有效投资…
)

_CONFIDENT = frozenset({"信心", "能力", "决心", "底气"})

_QUANTITY = re.compile(r"^(?:\d|[一二三四五六七八九十几两半]+[个天年月周]|多少)")


_COPULAS = frozenset({"是", "就是", "便是", "乃是", "才是", "都是", "不是", "而是", "也是", "正是", "既是"})
# 特别是: "in particular"; 把…看成是…: what to take a thing for, an order's verb
_NOT_COPULA_AFTER = frozenset({"特别", "尤其", "主要", "首先", "重点", "看成", "看作", "当成", "当作", "视作"})


def _states(text: str) -> bool:
    """A copula says what something is (坚持就是胜利。), or a clause what the one before it
    concerns (防范化解重大风险，事关国家安全): a statement, not an order."""
    if _CONCERNS.search(text):
        return True
    if _HELD_TENET.match(text):
        return False  # 坚持房子是用来住的、不是用来炒的定位，…: a tenet held to, its 是 inside it
    words = tokenize(text)
    return any(w in _COPULAS and (i < 2 or words[i - 1] not in _NOT_COPULA_AFTER) for i, w in enumerate(words))


# a tenet to hold to, a copula inside it: 坚持房子是用来住的、不是用来炒的定位
_HELD_TENET = re.compile(
    r"^(?:坚持|坚守|把握|牢记|落实)[^，,。；;]{2,30}?是[^，,。；;]{1,24}?的(?:定位|原则|理念|方针|要求)"
)


# a clause that says what the one before it bears on: 做好疫情防控工作，直接关系人民生命安全…
_CONCERNS = re.compile(
    r"[，,](?:更|也|都|直接|始终)?(?:事关|关乎|关系到|关系着|直接关系|影响到)"
    r"|[，,](?:就|便|才)(?:能|能够|可以|会)"  # 守住底线，稳住基本盘，就能…: what follows if it is done
    r"|(?:至关重要|十分重要|非常重要|尤为重要|极为重要)[。；;]?$"  # 做好“六稳”工作…至关重要。
    # 建设更高水平的平安中国意义重大。 / 建设一个…的世界，…还有很长的路要走: what doing it means, or how far off it is
    r"|(?:意义重大|意义深远|任重道远|还有很长的路要走)"
    r"|(?:只有进行时|没有完成时|永远在路上)[。；;！]?$"  # 整治漠视侵害群众利益问题只有进行时。: a saying, no order
    r"|^[^，,。；;]{2,30}?(?:重在|贵在|难在|关键在|根本在)"  # 做好群众工作重在服务和保障民生。
    # what was won: 全面从严治党十年磨一剑，反腐败斗争取得压倒性胜利 (not 确保…取得决定性胜利, what to win)
    # (a point is an aim: 二是推进…改革取得重大突破; and 斗争取得 has no 争取)
    r"|^(?![一二三四五六七八九十]{1,2}是|[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．])"
    r"(?!.*(?:要|必须|务必|应当|确保|力争|努力|奋力|推动|坚决))[^。；;]{2,40}?(?:取得|实现)了?"
    r"(?:压倒性|显著|明显|重大|积极|阶段性|历史性|重要)[^，,。；;]{0,6}?(?:胜利|成效|成果|进展|突破|成绩)"
    # 做好防汛抗旱工作事关重大、不容有失。 (not …这个事关全局的重点，采取…: what to act on)
    r"|^[^，,。；;]{2,30}?(?:事关|关乎)(?:重大|全局|大局)(?!的)"
    # 做好军人抚恤优待工作事关强国强军事业。: one clause, what the work bears on (not 要把事关…的事办好)
    r"|^(?!要|必须|务必|应)[^，,。；;]{2,30}?(?:事关|关乎)(?![^，,。；;]*的)[^，,。；;]{2,20}[。；;]?$"
    # a notice's terms: 2023年3月6日至3月15日为森林防火戒严期。 本县…所有林区为森林防火禁火区范围。
    r"|^[^，,。；;要须应]{2,40}?(?<![列作改调设划定认视成])为[^，,。；;]{2,24}?(?:期|期间|范围|区域|区|时段|时间|对象)[。；;]?$"
)


_DONE_ADVERBS = frozenset({"已经", "已", "业已", "均已", "都已"})


_CLAUSE = re.compile(r"[，,；;：:]")


def _marker_in_what_was_done(body: str) -> bool:
    """Every clause with a marker reports what was done before its marker comes
    (坚定了…坚决打赢…的信心, 采取了一系列坚决的举措): the markers are part of what was
    done; 要…开辟了… orders."""
    if "了" not in body and "已" not in body:
        return False
    clauses = [c for c in _CLAUSE.split(body) if c.strip()]
    if clauses and set(markers(body)) <= _ADVERB_MARKERS and _done(clauses[-1]):
        return True  # …坚决贯彻落实…，为…作出了重要贡献: a record of what they did
    found = False
    done_before = False
    for clause in _CLAUSE.split(body):
        marked = markers(clause)
        went_on = done_before and clause.strip().startswith(_WENT_ON) and not _DEMAND_GOES_ON.match(clause.strip())
        done_before = done_before or _done(clause)
        if not marked:
            continue
        first = min((a for a in (clause.find(w) for w in marked) if a >= 0), default=-1)
        if not went_on and (first <= 0 or not _done(clause[:first])):
            return False  # (…已暂停…营运，并且一律暂停餐饮内用: what was done, gone on with)
        found = True
    return found


_WENT_ON = ("并且", "并")  # a clause going on with what the one before it did
_DEMAND_GOES_ON = re.compile(r"^并(?:且)?(?:要求|强调|提出|明确)")  # …已超过1.4万亿元，并要求…不得抽贷: a demand

_ADVERB_MARKERS = frozenset({"坚决"})  # a manner, not a modal: the sentence's tense tells
# what something rests on: …，根本上依赖于…, …，关键在于…, …，取决于…
_DEPENDS = re.compile(r"[，,](?:根本上|归根到底|说到底|关键)?(?:依赖于|取决于|在于|有赖于)")
# what the speaker (or his place) will do: 将坚决贯彻…, 我省将全力…
_PLEDGE = re.compile(
    # 后续，本市将根据…持续优化调整…: what the body will do next
    r"^(?:(?:后续|下一步|今后|接下来)[，,]?)?"
    r"(?:(?:我们|我省|我市|我县|我区|本省|本市|本县|本区|全省|全市|中国政府|中国|中方|特区政府)?(?:也|还)?将"
    r"(?:坚决|认真|全力|继续|进一步|切实|积极|努力|持续|不断|全面|始终|根据|视)"
    # 中方全力支持印尼主持召开…峰会，…确保峰会取得圆满成功: whom a side stands by
    r"|(?:中方|中国|我方)(?:也|还)?(?:将|愿)?(?:全力|坚定|始终|积极)?支持)"
)
# a unit that opens on the weeks or months just past tells what was done in them
_LOOKS_BACK = re.compile(
    r"^(?:近期|近来|近段时间|近一段时间|前段时间|前一段时间|前一阶段|前一时期|此前|连日来|一段时间来|近年来|过去一年|去年)"
)


# what a body is doing or has done, as a spokesman tells it (…正在指导…，确保…; 截至2月19日，…拨付…，
# 确保…), or what is under way now (目前，全区上下正在认真贯彻落实…，坚决打赢…)
_BEING_DONE = re.compile(
    r"^(?:截至|截止)|^(?:(?:目前|当前|眼下|现在)[，,]?)?[^。；;，,]{0,16}?"
    r"(?:正在|正(?=抓紧|组织|指导|引导|推进|研究|加快|积极|会同|协调|部署|制定|启动))"
)
# a later notice will tell: 恢复时间另行通告。
_LATER_NOTICE = re.compile(
    r"另行(?:通知|通告|公告|公布|发布|告知|安排)[。；;]?$"
    # …范围和管控要求将根据疫情防控形势变化适时调整。: what the notice will do later, no order
    r"|^[^，,。；;]{2,30}?将(?:根据|视)[^，,。；;]{2,30}?(?:适时|及时|动态)?(?:调整|更新|公布)[。；;]?$"
    # …恢复的时间将根据疫情变化情况,另行通知。: when, later; no order now
    r"|^[^。；;]{2,80}?将(?:根据|视)[^。；;]{2,40}?[，,]?另行(?:通知|通告|公告|公布)[。；;]?$"
)
# the clause a later notice ends, from the comma before it: …推迟开学(，具体时间由教育部门)另行通知
_LAST_CLAUSE = re.compile(r"(?:^|[，,；;])[^，,；;]*$")


def _done(text: str) -> bool:
    """A completed action (提高了…, 成果已经显现): a point of a review, not of an order.
    A setting is left out: 在已发行…基础上，再提前下达… orders."""
    for clause in re.split(r"[，,；;：:]", _SETTING.sub("", text, count=1)):
        words = pos_tags(clause)
        for k, (word, flag) in enumerate(words):
            if flag == "ul":
                return True
            # 已 before a 的 qualifies a noun (对已退出的贫困县, 已出台的政策): nothing reported
            # (区分已发生疫情和未发生疫情地区: those that have and those that have not, a kind, no report)
            if (
                word in _DONE_ADVERBS
                and not any(w == "的" for w, _ in words[k + 1 :])
                and not _HAVE_AND_NOT.search(clause)
            ):
                return True
    return False


_HAVE_AND_NOT = re.compile(r"已[\u4e00-\u9fff]{1,8}?(?:和|与|及|、)未")
_SETTING = re.compile(
    r"^在[^，,。；;]{1,40}?(?:(?:的同时|基础上|前提下|过程中|中|时|方面)[，,]|(?:的同时|基础上|前提下)(?=[\u4e00-\u9fff]{2}))"
    r"|^(?:按照|根据|依照|遵循)[^，,。；;]{1,40}?(?:原则|要求|部署|规定|精神|需要)[，,]"  # 按照“资金跟项目走”的原则，
)
# a deadline or start date before a measure (6月底前，对…允许…; 今年底前，…)
_WHEN = re.compile(
    r"^(?:(?:\d{4}|今|明)年)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}日|底|末)?|年底|年内|(?:今|明)年(?:底|内))(?:前|起|以前)?[，,]"
    r"|^(?:(?:\d{4}|今|明)年)?\d{1,2}月(?:\d{1,2}日)?(?:至|到)(?:\d{1,2}月)?(?:\d{1,2}日|底|末)[，,]"
    r"|^(?:\d{4}|今|明)年(?:第?[一二三四]季度|[上下]半年)(?:内|前|起|末|底)?[，,]"  # 今年第四季度，对…的，允许…
    r"|^[\u4e00-\u9fff]{2,6}?期间[，,]?"  # 工作期间做好各种防护: while something goes on
    r"|^(?:从|自)(?:即日|今日|今天|明日|明天|现在|(?:\d{1,2}月)?\d{1,2}日(?:\d{1,2}时)?)(?:起|开始)[，,]?"  # 从即日起
    r"|^(?:每年|每天|每日|每周|每月)(?=[\u4e00-\u9fff]{2})"  # 每年接种季节性流感疫苗: how often
)


# 在双重预防体系建设上下功夫: where to put in the effort, an instruction
_EFFORT_ON = re.compile(r"^在[^，,。；;]{2,30}?上(?:下|狠下|多下|下足|下大)(?:功夫|工夫|力气)")


def _verb_first(text: str) -> bool:
    """jieba's part of speech: a verb first, or an adverb then a verb (尽快推出)."""
    if _EFFORT_ON.match(text) or _batch(text):
        return True
    words = [(w, f) for w, f in pos_tags(text[:16]) if w.strip()]
    if not words:
        return False
    flag = words[0][1]
    if (flag.startswith("v") and flag != "vn") or words[0][0] in _ALSO_VERBS:
        return True
    if len(words[0][0]) == 4 and flag in ("n", "l", "i") and _manner_then_verb(words[0][0], phrase=flag == "l"):
        return True  # 合理安排, one word to jieba
    if len(words[0][0]) == 4 and flag in ("n", "l") and _verb_then_object(text):
        return True  # 制定方案，组织…返乡: a verb and its object, one word to jieba, then more measures
    if len(words) < 2:
        return False
    # jieba tags a manner word before the verb unreliably (周密做好: 周密 as a name,
    # 严密防范: an adjective): two characters then a listed imperative verb will do
    if (
        len(words[0][0]) == 2
        and (flag in ("a", "ad", "d", "nr") or words[0][0] == "重点")
        and words[1][0] in _LISTED_VERBS
    ):
        return True  # …and 重点做好…: "above all", not the subject (重点是…)
    if words[0][0] == "重点" and words[1][1] == "vn" and _takes_object(words[2:3]):
        return True  # 重点排查危房…: jieba takes 排查 for a noun after 重点
    if len(words[0][0]) == 2 and (flag in ("a", "ad", "d", "b") or words[0][0] in _MANNER_NOUNS) and words[1][1] == "v":
        return True  # 合理安排…, 精心筹备… (精心 a noun to jieba), 主动参加… (主动 a "b" to it)
    if len(words[0][0]) == 2 and flag in ("a", "ad") and words[1][1] == "vn" and _takes_object(words[2:3]):
        return True  # 广泛宣传一线…: 宣传 a noun to jieba, a verb with its object (not 重大考验面前)
    if flag == "vn" and words[1][1] == "v":
        return True  # 研究建立…: jieba takes 研究 for a noun
    if flag == "vn" and len(words[0][0]) == 2 and _takes_object(words[1:2]) and not _states(text):
        # 营造绿色低碳产业健康发展生态: a verb jieba takes for a noun, with its object (not a subject before
        # what is said of it: 抗击疫情既需要…)
        after = words[2] if len(words) > 2 else ("", "")
        return after[1][:1] not in ("d", "c") and after[0] not in ("需要", "是", "要", "必须", "应")
    if words[0][0] in ("多", "少") and words[1][1].startswith("v"):
        return True  # 多关注警方的防罪资讯, 少去人群密集场所: "more often", "less often", then the verb
    if words[0][0].endswith("性") and words[1][1].startswith("v"):
        return True  # 阶段性减免…, 临时性延期…
    if _SENT_FROM.match(text):
        return True  # 从内地调集力量支持…: resources sent from somewhere
    if flag == "p" and words[0][0] in _MEASURE_PREPOSITIONS:
        # 为医务人员提供…, 向…医疗卫生机构核增…: the one it is for, then the verb
        first = re.split(r"[，,。；;]", text)[0].strip()
        if words[0][0] == "在" and (_SETTING.match(text) or _WHERE_ENDS.search(first)):
            return False  # 在抗击疫情的战场上，…: a setting, said before what happens in it
        return any(f == "v" or _EARNEST_VERB.match(w) for w, f in pos_tags(first)[2:])
    if flag in ("d", "ad") and words[1][0] in _MEASURE_PREPOSITIONS and words[0][0] not in _NOT_MEASURE_ADVERBS:
        return _verb_first(text[len(words[0][0]) :])  # 再向中央发电企业拨付…: how, then whom it is for
    if words[0][0] == "将":
        # 将风险区由…调整为…, 将…纳入…, 将扶贫小额信贷还款期限延长至…: what a measure does to
        # what; not what will be (将有…, 将于…开展, 将继续扩大…)
        second = words[1]
        return (
            second[1][:1] not in ("p", "d", "c", "u")
            and second[0] not in _GOING_ON | {"有", "是", "会", "能", "可", "继续", "要"}
            and _disposes(text)
        )
    return flag in ("d", "ad") and words[1][1].startswith("v")


# a batch of works or projects to start (新开工一批…项目, 再建设一批…): jieba may take 新开工 for a name
_BATCH = re.compile(r"^(?:新|再|先|抓紧|加快|尽快)?(?P<verb>[\u4e00-\u9fff]{1,2})一批")


def _batch(text: str) -> bool:
    batch = _BATCH.match(text)
    if not batch:
        return False
    tags = pos_tags(batch.group("verb"))
    return len(tags) == 1 and tags[0][1] == "v"


# adverbs before a preposition that say what is or was, not how to act: 已向…拨付, 正在…
_NOT_MEASURE_ADVERBS = frozenset({"已", "已经", "正", "正在", "曾", "曾经", "都", "均", "共", "累计", "仍", "还"})
# a verb that moves what 将/把 took into a new state or place (调整为, 纳入, 延长至, 延至年底, 再降10%)
_DISPOSAL = re.compile(
    r"(?:调整|改|降|提高|延长|延期|延至|扩大|扩围|缩短|压减|减少|增加|上调|下调|放宽|纳入|列入|列为|作为|视为|转为|降为|移交|扩展|延续)"
)


def _disposes(text: str) -> bool:
    """``text`` (将/把 first) goes on to a verb of disposal in its first clause: 将…调整为…,
    将…纳入…; 将于明日起开展… says what will be done, 将有 what there will be."""
    clauses = re.split(r"[，,。；;]", text)
    # (将实施留工培训补助地区，由…24个月放宽到18个月: what it takes, then from what to what)
    changed = clauses[1] if len(clauses) > 1 and clauses[1].startswith("由") else ""
    return bool(_DISPOSAL.search(clauses[0], 2) or _DISPOSAL.search(changed))


# verbs jieba tags otherwise (明确 an adverb to it): 明确入境人员阳性判定标准为…, 取消入境航班熔断机制;
# 建议在建项目停止施工, advice on a list of it
_ALSO_VERBS = frozenset({"明确", "取消", "建议"})


def _verb_then_object(text: str) -> bool:
    """``text`` opens with a four-character word of a verb and its object (制定方案) and a
    comma, then goes on with a verb: two measures, not a noun (管理人员，…) as a subject."""
    head, tail = pos_tags(text[:2]), pos_tags(text[2:4])
    return (
        len(head) == 1
        and len(tail) == 1
        and head[0][1] == "v"
        and tail[0][1] == "n"
        and text[4:5] in ("，", ",")
        and _verb_first(text[5:])
    )


def _takes_object(after: Sequence[tuple[str, str]]) -> bool:
    """What follows a verbal noun is its object (a noun, a number, a name), not a place
    word (面前), a particle (的) or the end of the clause."""
    return bool(after) and after[0][1][:1] in ("n", "m", "r") and after[0][0] not in ("的", "之")


def _manner_then_verb(word: str, phrase: bool = False) -> bool:
    """A four-character word made of a manner word and a verb (合理安排, 及时发放);
    ``phrase``: jieba holds the word for a set phrase, whose verb it may tag as a
    noun after an adverb (深刻领会: 领会 alone is a noun to it)."""
    head, tail = pos_tags(word[:2]), pos_tags(word[2:])
    if len(head) != 1 or len(tail) != 1:
        return False
    if phrase and head[0][1] == "d" and tail[0][1] in ("n", "vn"):
        return True
    manner = head[0][1] in ("a", "ad", "d", "vn") or head[0][0] in _MANNER_NOUNS  # 妥善安置: 妥善 a verb to jieba
    return manner and (tail[0][1] == "v" or tail[0][0] in _LISTED_VERBS)


# how hard, then the verb, as one word jieba may take for a noun (积极探索, 大力推广)
_EARNEST_VERB = re.compile(r"^(?:积极|大力|着力|加快|深入|切实|全力|努力)[\u4e00-\u9fff]{2}$")
_MANNER_NOUNS = frozenset({"精心", "有力", "全力", "倾力", "尽力", "合力", "竭力", "着力", "大力", "妥善"})
# whence forces or supplies are sent (从内地调集力量…, 从全国增派…); not 从…看, 从…开始
_SENT_FROM = re.compile(r"^从[^，,。；;\d]{1,8}?(?:调集|抽调|选派|派出|调派|增派|调配|调运)")
_MEASURE_PREPOSITIONS = frozenset({"为", "向", "给", "对", "在"})  # 在浦东新区开展…试点: where
# how else a setting opened by 在 ends than ``_SETTING`` strips it (在…战场上，, 在…等领域，)
_WHERE_ENDS = re.compile(r"(?:[上中下时里内前后间初际来]|领域|方面|背景|形势|情况|过程|阶段|基础|引领|带动)$")
_LISTED_VERBS = frozenset(v for v in IMPERATIVE_VERBS if len(v) == 2)


# 以习近平同志为核心的党中央…: a subject, not 以 as "take … as"
_LED_BY = re.compile(r"^以[^，,。；;]{1,20}为核心的|^以(?:方|军|色列|政府|总理|外长|国防军)")  # (以方: Israel)
# 对塞尔维亚而言，…极为重要: whom a judgement concerns, not 对 + a measure
_AS_FOR = re.compile(r"^对于?[^，,。；;]{1,20}(?:而言|来说)[，,]")
# who took part, as a subject: 参加座谈会的55位全国人大代表大多来自基层一线。
_ATTENDING = re.compile(r"^(?:参加|出席|参与|列席|来自)[^，,。；;]{1,16}?的")
_NOT_IMPERATIVE = (
    "剩余", "受", "据", "经", "随着", "由于", "因", "被", "离开", "来到", "走进", "看到", "听到", "截至", "截止",
)  # fmt: skip


# 同时研究建立…; 更大力度自主开放…: how hard, before the verb
def _opens_an_order(text: str) -> bool:
    """Opens with a marker or an imperative verb (确保新增金融资金…), not with who acts."""
    words = tokenize(text[:8])
    return bool(words) and (words[0] in MODAL_WORDS or text.startswith(IMPERATIVE_VERBS))


# a unit that says what the one before it is: 这是…, 这也是…
_THIS_IS = re.compile(r"^(?:这|此)(?:也|就|正|更)?是")
# doing as someone asked, then who acts: 落实总书记要求，四川针对…
_HEEDING = re.compile(r"^(?:落实|按照|根据|遵照|贯彻)[^，,。；;]{0,16}?(?:的)?(?:要求|部署|指示|嘱托)(?:精神)?[，,]")
# what a measure goes by, before its verb: 根据形势变化和企业诉求，及时推出…
_BASIS = re.compile(r"^(?:根据|按照|依据|依照|结合|针对)[^，,。；;]{1,30}[，,]")
# (特别是聚焦…: what the measure singles out, before its verb; not 特别是我们隆重庆祝…, what was done)
_CONNECTIVE = re.compile(
    r"^(?:同时|此外|另外|与此同时|下一步|(?:以)?更大(?:力度|力气|决心)|并(?![不非没未])|(?:特别|尤其)是(?!我|他|你|今年|去年|近年|当前|目前|在))[，,]?"
)
# what a measure is for: 为帮扶外贸企业纾困发展，…支持…
_PURPOSE = re.compile(r"^为了?(?![^，,。；;]*关于)[^，,。；;]{2,40}?[，,]")  # not 为贯彻落实…关于…的指示
# what a measure guards against, in a run of them: 不因职责不清而责任缺项，压紧压实…
_LEST = re.compile(r"^不因[^，,。；;]{2,30}?而[^，,。；;]{1,20}?[，,]")
# by what means: 通过设立绿色通道、临时接种点等措施，优化接种服务
_MEANS = re.compile(r"^通过[^，,。；;]{2,40}?[，,]")
# whom a measure leaves out: 除参与防疫工作的人员之外，…
_EXCEPT = re.compile(r"^除[^，,。；;]{2,40}?(?:之外|以外|外)[，,]")
# how a measure is fitted to each case, before its verb: 因城施策支持…, 因地制宜推进…, 分类施策，…
_FITTED = re.compile(r"^(?:因[\u4e00-\u9fff]{1,2}(?:施策|制宜)|分类施策|精准施策|一[\u4e00-\u9fff]一策)[，,、]?")


# whom a measure is for, named alone before a comma: 全省各地教育部门，加强组织领导…
_ADDRESSED = re.compile(
    # (not 下一步将会同相关部门，…: what the speaker will do, and with whom)
    r"^(?![^，,]*?(?:将|会同|联合|协同|配合|与|向|对|由|在|同))(?:全[省市县区])?(?:各地|各级)?[\u4e00-\u9fff]{0,8}?(?<!的)"
    r"(?:部门|单位|机构|学校|企业|医疗机构)[，,](?=[\u4e00-\u9fff])"
)


def _opening_stripped(text: str) -> str:
    """``text`` without the clauses that may open a measure before its verb, in any
    order: a connective, a date, a setting, a purpose, whom it is for (为…，在…同时，支持…)."""
    for _ in range(3):
        before = text
        for pattern in (
            BULLET_MARK,  # • 每年接种季节性流感疫苗;: a measure under a bullet
            _CONNECTIVE,
            _WHEN,
            _SETTING,
            _PURPOSE,
            _BASIS,
            _LEST,
            _MEANS,
            _FITTED,
            _ADDRESSED,
            _EXCEPT,
        ):
            text = pattern.sub("", text, count=1)
        if text == before:
            break
    return text


#: a verb made a noun by 之 (创新之道, 治理之要, 发展之基): what the sentence is about
_WAY_OF = re.compile(r"^[\u4e00-\u9fff]{2}之[道本要策举基源魂计方法]")


def starts_imperative(text: str, *, any_verb: bool = False) -> bool:
    """Opens with an imperative verb (after a setting such as 在…的同时，), and is not a
    statement (坚持就是胜利。 is a slogan). ``any_verb``: inside a run of instructions,
    any verb jieba tags as one will do, not only the listed ones."""
    t = _opening_stripped(text.lstrip("　 "))
    if t.startswith(_NOT_IMPERATIVE) or _LED_BY.match(t) or _AS_FOR.match(t) or _ATTENDING.match(t) or _states(t):
        return False
    if _WAY_OF.match(t):
        return False  # 创新之道，唯在得人: "the way of innovating" is a subject, not an order to innovate
    heeding = _HEEDING.match(t)
    if heeding and not has_marker(t) and not _verb_first(t[heeding.end() :]):
        return False  # 落实总书记要求，各地积极行动。: what others did on an order (not 落实“四早”要求，减少…)
    if any_verb and (motto := _MOTTO.match(t)) and not _states(t):
        # …；强健筋骨，建强…应急指挥部体系；畅通经脉，推进…: a figure of four characters, then the measure
        rest = t[motto.end() :]
        if (_opens_with_listed_verb(rest) or _verb_first(rest)) and not _states(rest):
            return True
    # 为提高…时效，规定…: jieba may not see the verb after the purpose, but 为… then a verb
    return _opens_with_listed_verb(t) or (
        any_verb
        and (_verb_first(t) or _verb_first(text.lstrip("　 ")) or _not_to(t) or _each_told(t) or _listed_then_told(t))
    )


# a figure of four characters heading a measure in a run: 强健筋骨，建强…
# (not a point of view: 从人群看，主要是…)
_MOTTO = re.compile(r"^(?![从在对就按据以])[\u4e00-\u9fff]{4}(?<!看)[，,](?=[\u4e00-\u9fff])")


# whom a measure in a run tells to act, then a listed verb: 各单位加强抢险物资保障
_EACH = re.compile(
    r"^(?:全[市省县区])?各(?:级|地|部门|单位|县(?:市|区)?|区|乡镇|街道|镇|村|企业|学校|有关部门|相关部门|成员单位)"
    r"(?:[、和及][\u4e00-\u9fff]{1,6}?)?(?:要|都要)?"
)


def _each_told(text: str) -> bool:
    m = _EACH.match(text)
    return (m is not None and _opens_with_listed_verb(text[m.end() :])) or _named_then_told(text)


# how those named first are told to act: 公共场所严格落实…, 市民尽量减少外出, 企业切实履行…
_TOLD_HOW = ("严格", "切实", "认真", "尽量", "主动", "自觉", "务必", "及时", "尽快", "立即")
_WHO_FIRST = frozenset({"广大", "全体", "各类", "所有", "全市", "全省", "全县", "全区", "辖区", "上述"})


# under what conditions those named are to act: 车辆在不影响交通秩序情况下，…
_UNDER = re.compile(r"在[^。；;！？]{1,30}?(?:情况下|条件下|前提下|期间|时)[，,]?")
# those told, listed and closed by 等, then the verb: 各级党政机关、企事业单位及学校等实行弹性工作制
_LISTED_THEN = re.compile(r"^[\u4e00-\u9fff、]{2,30}?(?<![同平对均])等(?![待候于同级次])")
_JOINING = frozenset({"、", "及", "和", "与", "以及", "等"})


def _listed_then_told(text: str) -> bool:
    """Those told, nouns only, one after another, then the verb (not 在察看社区警务室、…等运行情况后，…)."""
    listed = _LISTED_THEN.match(text)
    if listed is None or "、" not in listed.group(0):
        # 校外培训机构、旅游景点暂停营业: no 等 closing the list, a listed verb after it
        head = _LISTED_BARE.match(text)  # (the verb after it is one of a measure in force: 暂停, 关闭, 实行…)
        return head is not None and _all_whom(re.sub(r"[(（][^()（）]{1,6}[)）]", "", head.group(0)))
    return _all_whom(listed.group(0)) and _verb_first(text[listed.end() :])


# nouns joined by 、 before a verb: 校外培训机构、旅游景点
_LISTED_BARE = re.compile(
    r"^[\u4e00-\u9fff()（）]{2,14}、[\u4e00-\u9fff、()（）]{2,24}?(?=暂停|停止|停运|停课|关闭|实行|严禁|禁止|一律|全面|严格)"
)


def _all_whom(listed: str) -> bool:
    """Every word of ``listed`` names whom a measure is for (nouns, 广大, 各级), none a person."""
    words = [(w, f) for w, f in pos_tags(listed) if w not in _JOINING]
    return all(
        (f[:1] in ("n", "s") and f != "nr") or f == "vn" or w in _WHO_FIRST or w in ("各级", "各类") for w, f in words
    )


# what a measure in force does to those it names: 停课, 停运, 居家办公, 实行封闭式管理
_MEASURE_VERBS = ("停止", "停课", "停运", "停业", "停工", "暂停", "关闭", "取消", "居家")
_EVERY = frozenset({"所有", "一切", "全部", "上述"})  # 上述区域实行…封控措施: the places just listed, each of them


# those a clause with 的 describes (有…旅居史的来(返)蓉人员), then how they are to act, then the verb
_DESCRIBED_THEN_TOLD = re.compile(
    r"^[^，,。；;：:！？]{2,30}?的[\u4e00-\u9fff()（）]{0,8}?(?:人员|人群|人士|旅客|车辆)(?:均|都|也|须|应)?"
    rf"(?:{'|'.join(_TOLD_HOW)})[\u4e00-\u9fff]"
)


def _named_then_told(text: str) -> bool:
    """Whom a measure names first, one or two nouns, then how they are to act: 公共场所严格落实测温,
    市民尽量减少外出 (not 企业积极响应, what they did)."""
    if _DESCRIBED_THEN_TOLD.match(text):
        return True  # 近14天内有涉疫城市旅居史的来(返)蓉人员尽快向…报备: those a clause describes, then how
    tagged = pos_tags(text[:24])
    k = 0
    while k < len(tagged) and tagged[k][0] in _WHO_FIRST:
        k += 1
    every = bool(tagged) and tagged[0][0] in _EVERY
    if not every and k < len(tagged) and tagged[k][0] in _EVERY:
        every, k = True, k + 1  # 全市所有行政事业单位人员…
    nouns = 0
    # a place (中国及时向…通报, 新疆切实保障…) is more often said of than told, and a person (赵乐际认真倾听，…)
    while k < len(tagged) and nouns < 2 and tagged[k][1].startswith("n") and tagged[k][1] not in ("ns", "nr"):
        k, nouns = k + 1, nouns + 1
    if every and not nouns and k + 1 < len(tagged) and tagged[k][1] == "a" and tagged[k + 1][1].startswith("n"):
        k, nouns = k + 2, 1  # 所有紧缺物资: what every one of them is
    if nouns and (setting := _UNDER.match(text, sum(len(w) for w, _ in tagged[:k]))):
        tagged, k = pos_tags(text[setting.end() : setting.end() + 12]), 0  # 车辆在…情况下，尽量停放…
    while every and nouns and k + 1 < len(tagged) and tagged[k][1] == "d" and tagged[k][0] not in _DONE_ADVERBS:
        k += 1  # 所有宗教活动场所暂时关闭: how, before the verb
    if every and nouns and k < len(tagged) and tagged[k][1] == "v" and tagged[k][0] not in ("是", "有", "为"):
        return True  # 所有紧缺物资实行国家统一调度: a rule for every one of them
    if nouns and any(w.startswith(_MEASURE_VERBS) for w, _ in tagged[max(1, k - 1) : k + 3]):
        return True  # 学校停课, 机关居家办公, 全市…人员全部居家办公: a rule for those it names (jieba tags 居家 a noun)
    if not nouns or k >= len(tagged) or not tagged[k][0].startswith(_TOLD_HOW):
        return False
    # the manner and the verb in one word (立即行动, 尽量减少), or the verb after it
    return tagged[k][0] not in _TOLD_HOW or (k + 1 < len(tagged) and tagged[k + 1][0] not in _PUNCTUATION)


def _not_to(text: str) -> bool:
    """In a run of instructions, a verb negated (不扎堆、不聚集; 不对返乡人员实施隔离) is one too:
    the word 不 alone, then a verb (不断, 不仅, 不少 are other words)."""
    if _DONTS.match(text):
        return True  # 不扎堆、不聚会，…: a list of what not to do (jieba tags 扎堆 a place)
    if _NOT_BY.match(text):
        return True  # 不按行政区域开展全员核酸检测: not done by a rule, or in a place (按 is no verb)
    words = tokenize(text[:16])
    return len(words) > 1 and words[0] == "不" and _verb_first(text[1:])


_NOT_BY = re.compile(
    r"^不(?:按照?|依照|在|向|以|从|经)[^，,。；;]{1,12}?(?:开展|实施|实行|进行|查验|组织|设置|采取|举办|安排)"
)
_DONTS = re.compile(r"^不[\u4e00-\u9fff]{1,3}、不[\u4e00-\u9fff]{1,3}[、，,。；;]")


_ONE_CHARACTER_VERBS = tuple(v for v in IMPERATIVE_VERBS if len(v) == 1)
_LONGER_VERBS = tuple(v for v in IMPERATIVE_VERBS if len(v) > 1)


def _opens_with_listed_verb(text: str) -> bool:
    """Opens with a listed imperative verb; one of a single character (把, 以, 对, 要)
    only as a word of its own: 以色列, 对外, 要素 open no order."""
    if text.startswith(_LONGER_VERBS):
        return True
    if not text.startswith(_ONE_CHARACTER_VERBS):
        return False
    words = tokenize(text[:12])
    if not words or words[0] in _ONE_CHARACTER_VERBS:
        return True
    tag = posseg.word_tags().get(words[0], "")
    return not tag.startswith("n")  # 对于… goes on an order; 以色列, 要素 are names of things


_ENUMERATION = re.compile(
    # the lead-in a unit may carry before its first point, when it asks (在森林防火区野外禁止下列行为:(一)上坟烧纸…;),
    # not when it describes (考核主要包括以下几个方面：（一）…)
    rf"^(?:[^。；;：:]{{0,60}}?{ASKS}[^。；;：:]{{0,60}}[：:](?=[（(]一[)）]|1\s*[.、．]|①))?"
    r"(?:[一二三四五六七八九十]{1,3}是|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、．.]"
    r"|\d{1,2}[.、．)）]\s*|\d{1,2}。(?=[^\d\s。])|第[一二三四五六七八九十]{1,3}[，,、]|[①②③④⑤⑥⑦⑧⑨⑩]"
    r"|——(?=[\u4e00-\u9fff]))\s*"  # ——绷紧预报、预警…工作链条。: a point under a dash
)
# 常态化疫情防控以来，… looks back; so does 1月27日，习近平总书记…作出重要指示，强调… (a day
# alone: 3月1日起， and 6月底前， open measures)
_RETROSPECTIVE = re.compile(r"^[^，,。；;]{0,40}以来[，,]|^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?[，,]")
# a greeting sent: 对您再次当选致以最热烈的祝贺。, 向全国广大教师致以节日的问候。
_GREETING = re.compile(
    r"^(?:谨|特)?[对向][^。；;]{1,40}?(?:致以|表示)[^。；;，,]{0,12}(?:祝贺|问候|慰问|敬意|谢意|感谢|哀悼)[。；;！!]?$"
    # 祝广大村民朋友度过一个平安、祥和、快乐的新春佳节。: a wish at a letter's end
    r"|^(?:最后[，,]?)?(?:衷心|真诚|诚挚)?(?:祝|祝愿|恭祝)(?:广大|全体|各位|大家|您|你们)[^。；;]{2,60}[。！!]$"
)
# 战胜疫情，关键要靠科技。 / 保护好秦岭生态环境，对…具有十分重大而深远的意义。 judge, they do not instruct
# 全面从严治党的目的不是要把人管死，…而是要…: what something is for; 人类要破解…难题，比以往任何时候都更
# 需要国际合作: what is needed now, a judgement
_ASSESSMENT = re.compile(
    r"关键(?:要靠|在于|是)|具有[^。；;！？]{0,12}意义[。；;！？]?$|[，,]意义(?:十分|非常|极为|特别)?重大[。；;！？]?$"
    r"|[，,][^，,。；;]{2,16}是关键[。；;！？]?$"  # 乡村要振兴，因地制宜选择富民产业是关键。
    r"|^[^，,。；;]{0,20}?目的(?:(?:不是|是|在于|就是)要|(?:全|就|正|主要)?在于)"
    r"|^[^，,。；;]{2,30}[，,]比以往任何时候都更?(?:需要|迫切)"
    # 持续深化两国全面战略伙伴关系符合两国重要利益。: what serves whom, a judgement
    r"|^(?:(?!应|要|必须|务必|确保)[^，,。；;]){4,40}符合[^，,。；;]{0,20}(?:利益|期待|愿望|潮流|方向)[。；;！？]?$"
)
# …，是实现高质量发展必须跨越的重大关口: the modal says what kind of thing it is (a pass that must be crossed)
_EXPLAINED = re.compile(r"[，,](?:就|正|都)?是为了")  # …，是为了…确保…: why it was done
# what something is for (…，目的就是要…; …根本目的是维护…，确保…): the aim, said of it
_AIM_STATED = re.compile(r"目的(?:就|正|也|都)?是(?:要|为了)?")
_DUTY_DESCRIBED = re.compile(
    # (a subject may come first: 向组织如实报告个人有关事项是领导干部必须遵守的政治纪律;
    # not 这是…, a remark on an order)
    r"(?:^|(?<=[，,]))(?:(?!这)[^，,。；;是]{2,30}?)?(?<!特别)(?<!尤其)(?<!主要)(?<!首先)(?<!重点)(?:就|也|更|正|都)?是"
    r"[^，,。；;是]{0,24}?(?:必须|务必|需要|要|应当)[\u4e00-\u9fff]{1,4}的[^，,。；;的]{1,12}"
    r"(?=[，,。；;！!？?]|$)"
)
_REPORTING = re.compile(
    r"(?:^|(?<=[，,。；;\s]))(?P<who>[\u4e00-\u9fff·、]{2,20}?)(?:表示|说|介绍|告诉记者|透露|坦言|感慨|提醒)"
    + _ADDRESSEES
    + r"(?:[，,：:]|(?=要|一定要|必须))"
)  # 官兵们表示要…: no comma before what they say either; 工作人员提醒市民，: nobody who speaks


# 本通知自印发之日起执行。 / 通知将从今年6月1日开始实施。
_TAKES_EFFECT = re.compile(
    r"^(?:本|该|此|(?:以上|上述)[\u4e00-\u9fff]{0,8}?)?《?(?:通知|意见|方案|办法|规定|决定|细则|通告|公告|条例|措施|政策)》?"
    r"(?:将|自|从|于)"  # 以上优化调整措施自12月5日零时起实施。
    # …施行,具体恢复时间另行通告。
    r"[^。；;，,]*(?:实施|施行|执行|生效)(?:[，,][^。；;]*另行(?:通知|通告|公告|公布))?[。；;]?$"
)
# what those named may do, not what they must: 已购买车票的旅客可以通过原购票渠道…办理免费退票
_MAY = re.compile(
    r"^(?:另外|此外|同时)?[，,]?[^。；;，,]{2,30}?"
    r"(?:[，,]经[^。；;，,]{2,20}?(?:同意|批准|许可)(?:后)?)?"  # (…的居民,经居住地社区同意可以出入小区: with leave)
    r"(?<![不也])(?:可以|可凭|可通过|可到|可在|可向|可申请)"
)
# what befalls those a rule names, their status changed: 凡是未在规定时间内参加核酸检测的居民,“健康码”调整为“橙码”
_STATUS_CHANGED = re.compile(
    r"^(?:凡是?|对于?)?[^。；;]{2,60}?的(?:居民|人员|人|车辆|单位)?[，,][^。；;，,]{0,24}?(?:调整为|转为|赋为|变为)"
)
# what a thing done matters for, an assessment: 加快建设…现代化产业体系，关系我们在…中赢得战略主动。
_MATTERS_FOR = re.compile(r"[，,](?:这|此)?(?:直接)?(?:关系到?|事关|关乎|决定着)")
# what a measure will yield, forecast: 实施这项改革，可使…; 采取上述措施初步估算将盘活…
_OUTCOME_CLAIMED = re.compile(r"(?:可|能|将|可以|能够)使(?:得)?[^。；;，,]{2}|(?:初步)?(?:估算|预计|测算)(?:将|可|能)")
# …，《通知》提出八方面要求。 announces the points that follow, it is none of them
_ANNOUNCES = re.compile(
    r"[，,][^，,。；;]{0,12}(?:提出|作出|做出)(?:了)?"
    r"(?:(?:[一二三四五六七八九十两几]|\d{1,2})(?:个方面|方面|点|条|项)|明确|具体)?(?:要求|措施|举措|部署)[。：:]?$"
)


def _after_a_title(unit: str, name: str) -> bool:
    """``name`` stands right after a title somewhere in ``unit`` (市委副书记、市长江华强调，)."""
    at = unit.find(name)
    while at > 0:
        if TITLE_SUFFIX.search(unit[:at]):
            return True
        at = unit.find(name, at + 1)
    return False


_OTHERS_SAY = re.compile(
    r"^[\u4e00-\u9fff]{0,8}(?:人士|专家|学者|媒体|舆论|观察家|评论)们?(?:普遍|纷纷)?(?:指出|认为|称)[，,：:]"
)


# how a speaker reminds the public, and none other named: 特别提醒广大市民：, 再次提醒大家：
_REMINDING = ("特别", "再次", "郑重", "在此", "同时", "特此")
_HOW_REMINDED = frozenset({*_REMINDING, "这里"})
# the speaker's reminder inside a unit, after what it follows from: …,因此,特别提醒广大市民:…
_SPEAKER_REMINDS = re.compile(
    rf"[，,](?:{'|'.join(_REMINDING)})提醒(?:广大)?(?:市民|群众|公众|居民|大家|游客|旅客|朋友)(?:们)?[：:]"
)


def _bystander(unit: str) -> bool:
    """Somebody who is no speaker says something in this unit (大家表示，…; 总书记的关怀
    温暖人心，广大干部群众表示，要…): it is theirs, not the speaker's."""
    if _OTHERS_SAY.match(unit):
        return True  # 国际人士指出，…, 分析人士认为，…: others' views, not the speaker's
    for m in _REPORTING.finditer(unit):
        who = m.group("who")
        reminder = unit[m.end("who") : m.end("who") + 2] in ("提醒", "提示")
        if reminder and who in _HOW_REMINDED:
            continue  # …,因此,特别提醒广大市民:…: the speaker reminds them, nobody else speaks
        if reminder and (who.startswith(_LONGER_VERBS) or has_marker(who)):
            # …，强化台风动态和防御指引等防灾提醒，…, 五、广大市民要密切关注…绕行提醒，…: a thing to do,
            # named by a verb or told with a modal, is nobody who speaks
            continue
        if m.start() == 0 or not speaker_of(who):
            return True
    return False


def enumeration_body(unit: str) -> tuple[bool, str]:
    """(True, text after the marker) for 一是… / （一）… / 一、… / 1. …; else (False, unit)."""
    m = _ENUMERATION.match(unit)
    if not m:
        return False, unit
    lead_in = re.match(r"^.*[：:]", m.group(0))  # what the lead-in asks counts: 请各单位做好以下工作:1.…
    return True, (lead_in.group(0) if lead_in else "") + unit[m.end() :]


def point_number(unit: str) -> str | None:
    """The number a numbered point opens with, as written and without spaces (二、, （三）, 四是); else None."""
    m = _ENUMERATION.match(unit)
    return re.sub(r"\s", "", re.sub(r"^.*[：:]", "", m.group(0))) if m else None


def default_speaker(title: str | None, signer: str | None = None) -> str | None:
    """The issuer a notice's title names (国务院办公厅关于…的通知 → 国务院办公厅), or,
    for a title that names none (关于…的通知, …情况通报), whoever signs the text off."""
    if not title:
        return signer  # a text with no headline that a body signs off speaks for it
    bare = bare_title(title)
    m = NOTICE_TITLE.match(bare) or ISSUED_AS.match(bare) or ORDER_TITLE.match(bare)
    if not m or m.group("issuer").startswith("关于"):  # 关于转发…的通知 names no issuer
        kind = about_kind(title)
        # a text a body signs off (情况通报, 提醒, 倡议书…) speaks for it whatever its title; else the body
        # its title names as sending it (新乡市疾病预防控制中心紧急提醒)
        return (signer or appeal_issuer(title) or kind) if kind else signer
    issuer = m.group("issuer")
    if signer and _PLACE_ISSUER.fullmatch(issuer) and signer.startswith(issuer) and not signer.endswith("政府"):
        # 东兴市关于…的紧急通告, signed 东兴市…疫情防控工作领导小组指挥部: the place's body that signs it
        return signer
    # a place issues for its government (海宁市关于…的通告 → 海宁市)
    return issuer if speaker_of(issuer) or len(issuer) >= 4 or _PLACE_ISSUER.fullmatch(issuer) else m.group("kind")


_PLACE_ISSUER = re.compile(r"[\u4e00-\u9fff]{1,6}(?:省|市|县|区|州|盟|旗|镇|乡)")
# a place's press conference, named by its title alone: 郑州市第29场新冠肺炎疫情防控新闻发布会
_BRIEFING_TITLE = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{1,6}(?:省|市|县|区|州))(?:第[\d一二三四五六七八九十百]{1,5}场)?"
    r"[\u4e00-\u9fff“”]{0,20}?(?:第[\d一二三四五六七八九十百]{1,5}场)?新闻发布会$"
)


def _host_of_briefing(title: str | None) -> str | None:
    """The place whose press conference a title names, and nothing else (郑州市第29场…新闻发布会 → 郑州市)."""
    m = _BRIEFING_TITLE.match(title.strip()) if title else None
    return m.group("place") if m else None


# a legal warning: 对违反规定的，将依法依规追究责任 / 一经发现，依法严肃处理
# what befalls cases or places found wanting: 对于违反…要求的典型案例,…予以曝光 / 对…落实不到位的场所,依法依规予以处理
_EXPOSED = re.compile(
    r"^对于?[^。；;]{2,60}?的[\u4e00-\u9fff]{0,6}[，,][^。；;，,]{0,20}?(?:予以|将|依法|依规|严肃)"
    r"[^。；;，,]{0,8}?(?:曝光|处理|处罚|追责|追究|问责|通报)"
)
_CONSEQUENCE = re.compile(
    r"^(?:对?[^。；;]{2,60}?(?:的|者)(?:单位和个人|单位或个人|单位|个人|人员|行为|当事人)?|(?:如|若|凡|一旦)[^。；;]{2,60}?|[^。；;，,]{0,12}?一经(?:发现|查实)"
    r"|[^。；;，,]{0,12}?(?:造成|引发)[^。；;，,]{1,30}?的)(?:[，,]|(?=将由|将依法|将依照|将按照|一律))"  # …的将由…
    # …的，经劝阻、批评教育无效，公安机关将依照有关规定依法予以处罚
    r"(?:[^。；;，,]{1,16}?无效[，,])?(?:[\u4e00-\u9fff]{2,12}?(?=将))?"
    # …的单位和个人，由相关职能部门严格依法处理
    r"(?:将|一律|均将|均)?(?:由[^。；;，,]{1,20}?)?(?:严格)?"
    r"(?:依法|依规|依纪|(?:按照|依照|根据|依据)[^。；;，,]{1,60}?)[^。；;]{0,20}?(?:追究|追责|问责|处理|处罚|查处|惩处|处置)"
    # 对不执行的党员、干部将依据相关规定给予党纪政纪处分。
    r"|^对[^。；;，,]{2,30}?的[^。；;，,]{0,10}?将(?:依据|依照|按照|根据)[^。；;]{1,30}?(?:给予|予以)[^。；;]{0,12}?(?:处分|处罚|处理)"
)


# a notice that says it is issued: …，根据…的规定，自治县指挥部特发布…的通告。
_ISSUES_ITSELF = re.compile(
    r"[，,][^，,。；;]{0,20}?(?:特|现|特此|现予)(?:发布|印发|制定|下发)[^。；;，,]{0,40}?(?:通告|通知|公告)[。：:]?$"
)


# a question put (a full-width mark, or a question word before a half-width one: a mirror's ? may stand for anything)
_QUESTION = re.compile(r"？\s*$|(?:吗|呢|如何|怎样|怎么样|哪些|什么|多少|几何)\s*\?\s*$")
# the host of a briefing gives the floor: 下面，请刘云副局长介绍相关工作情况。, 请…回答记者提问
_PASSES_THE_FLOOR = re.compile(
    r"^(?:下面|接下来|首先|现在|然后|最后)?[，,]?(?:有)?请[\u4e00-\u9fff、]{0,16}?"
    r"(?:局长|主任|部长|负责人|发言人|专家|同志|先生|女士|代表|书记|市长|省长|县长|区长|教授|院士|司长|处长|厅长|委员|嘉宾)"
    r"(?:为大家|给大家|向大家)?(?:介绍|回答|作答|回应|发布|通报|解读|发言|讲话|致辞)"
)
# a request to those it names, after what they did: 12月25日以来，有…旅居史的…人员，请立即…报告
_REQUEST = re.compile(r"[，,](?:也|还|并)?请(?:务必|立即|及时|尽快|主动|于)")
# what was done, then what is still ahead, then the order: 今年以来，…好转，但稳就业任务依然繁重，要坚持就业优先
_TURN_TO_ORDER = re.compile(
    r"[，,](?:但|但是|然而)[^。；;：:]{2,40}?[，,](?:仍|还|更|也)?(?:要|必须|务必)(?=[\u4e00-\u9fff])"
)


# a report's lead to the work done in the year, point by point: 主要做了以下工作：, 从六个方面总结2021年主要工作：
_WORK_DONE_LEAD = re.compile(
    r"(?:(?:做|开展|完成)了[^。；;：:]{0,16}?工作[：:，,]"
    r"|总结了?(?:\d{4}年|过去一年|一年来的?|去年)(?:的)?(?:主要)?工作[：:，,]"
    r"|对(?:\d{4}年|过去一年|一年来的?|去年)(?:的)?(?:主要)?工作(?:进行|作了?)?(?:回顾|总结)[：:，,。])"  # …进行回顾。
    r"(?=\s*(?:一是|第一|[一1][、.．]|$))"
    # 常委会工作最为显著的特点是，…。一是加强宪法实施和监督…: the year's work, told by what marked it
    r"|(?:工作|履职)(?:最为|最)?(?:显[著着]|突出|鲜明)的特点是"  # (显着: as the Simplified reading may write it)
)
# what a speaker says he must point out, the words before the point: 必须指出的是，…
_POINTED_OUT = re.compile(r"^(?:必须|需要|应当|应该|值得|要)(?:指出|强调|说明|一提)的是[，,]")
# must, and surely can: 祖国完全统一一定要实现，也一定能实现
_CONVICTION = re.compile(r"一定要([\u4e00-\u9fff]{1,4})[，,]\s*也一定能(?:够)?\1")


def is_directive_unit(
    text: str,
    *,
    attributed: bool,
    in_list: bool,
    continued: bool = False,
    pointed: bool = False,
    demanded: bool = False,
) -> bool:
    """Does this unit (attribution already left out) instruct?

    ``pointed``: an earlier numbered point of the same run of instructions was taken,
    so a later one is a point too, verb or not (一是对党忠诚。…二是服务人民。).
    ``demanded``: the attribution ends on 要求, so whom it names, then what they are to do, is
    the demand (通知要求银行业金融机构合理设置…上限).
    """
    enumerated, body = enumeration_body(text)
    if pointed_out := _POINTED_OUT.match(body):
        # 必须指出的是，台湾自古属于中国…: what is pointed out, which may or may not ask anything
        return is_directive_unit(
            body[pointed_out.end() :], attributed=attributed, in_list=in_list, continued=continued, pointed=pointed
        )
    if _CONVICTION.search(body):
        return False  # 祖国完全统一一定要实现，也一定能实现。: a conviction stated, no one told to act
    if enumerated and _topic_heading(text, body):
        return False  # 二、采样检测对象: a notice's section heading names a topic, nobody acts
    if enumerated and _LIST_OF.search(body):
        return False  # 一、解除封控区名单(1个): the heading of a list of names under it
    if enumerated and _LABEL.fullmatch(body.strip()):
        return False  # 一、交通限制时间：: a label for what the lines under it say
    if enumerated and (scope := _SCOPE_LABEL.match(body)):
        told = body[scope.end() :]
        if not markers(told) and not starts_imperative(told, any_verb=True):
            return False  # 三、防范区范围：兴隆街道、民安街道…: where a zone lies, nobody told to act
    if _QUESTION.search(body):
        return False  # 能否有效保证紧急情况下的粮油供应？, …请介绍一下，目前建设情况如何？: a question put, no order
    if READER_PROMPT.match(body.strip()):
        return False  # …坚决做到“九不准”。详情请看↓: what follows is shown, nobody is told to act
    if _PASSES_THE_FLOOR.match(body):
        return False  # 下面，请刘云副局长介绍相关工作情况。: the host gives the floor at a briefing
    if _TITLE_ALONE.search(body):
        return False  # 对灾区群众，总书记十分牵挂。: what he did or felt, told of him
    if _GREETING.match(body):
        return False  # 对您再次当选致以最热烈的祝贺。: a greeting, no order
    if _AS_FOLLOWS_END.search(body.strip()):
        return False  # 启动三轮全员核酸检测，现将有关事项通知如下：: what the points below are about, none of them
    looks_back = _RETROSPECTIVE.match(body) and not _REQUEST.search(body) and not _TURN_TO_ORDER.search(body)
    if looks_back or _ASSESSMENT.search(body) or _ANNOUNCES.search(body):
        return False  # 常态化疫情防控以来，我们坚持… looks back, it does not instruct
    if _TARGET_YEAR.match(body) and not markers(body):
        return False  # 到2035年，…体系基本形成。: where things are to stand by a year, a target, no order
    if _TAKES_EFFECT.match(body) or _ISSUES_ITSELF.search(body):
        return False  # 通知将从今年6月1日开始实施。: when the document applies, no order
    marked = markers(body)
    heeding = _HEEDING.match(body)
    if marked and set(marked) <= _ASSURED and heeding and not _opens_an_order(body[heeding.end() :]):
        return False  # 按照总书记的要求，陕西、四川等地…，确保如期…: what places did, and what for
    if marked and set(marked) <= _ASSURED | _ADVERB_MARKERS and _BEING_DONE.match(body):
        return False  # 两部门正组织各地制定…预案，确保夏粮丰收。: what they are doing, and what for
    if marked and set(marked) <= _ASSURED | _ADVERB_MARKERS and _PLEDGE.match(body):
        return False  # (他表示，)将坚决贯彻…，全力确保…: what the speaker will do, a pledge
    if marked and set(marked) <= _ASSURED and (why := _EXPLAINED.search(body)) and not markers(body[: why.start()]):
        return False  # …制定…安全法，是为了…确保“一国两制”行稳致远: why it was done, and what for
    if marked and (aim := _AIM_STATED.search(body)) and not markers(body[: aim.start()]):
        left = markers(body[aim.end() :])
        if not left or set(left) <= _ASSURED:
            return False  # 我们这次前来，目的就是要大力弘扬…: what the visit is for, no order
    if marked and set(marked) <= _ASSURED and _THIS_IS.match(body):
        return False  # 这是对政府执行力的考验，是确保政令畅通的纪律要求。: says what that was
    if marked and set(marked) <= _ASSURED and _done(re.split(r"[：:]", body)[-1]):
        return False  # …及时出台有关政策，确保患者…，体现了…: what was done, and what for
    if marked and set(marked) <= _ASSURED and _SUBJECT_DID.match(_after_purpose(body)):
        return False  # 为确保…，我国大力增加…; …并确保…，行政长官…已决定…: what was done, and what for
    if marked and _DUTY_DESCRIBED.search(body) and not markers(_DUTY_DESCRIBED.sub("", body)):
        return False  # …，是实现高质量发展必须跨越的重大关口。: what it is, no order
    if marked and _marker_in_what_was_done(body):
        return False  # …进一步坚定了全党坚决打赢…的信心
    if marked and set(marked) <= _ADVERB_MARKERS and _LOOKS_BACK.match(body):
        return False  # 近期全市上下坚决落实…，各项防控措施有力有效: a review of the weeks past
    consequence = _CONSEQUENCE.match(body) or _EXPOSED.match(body)
    if marked and consequence and set(marked) <= {"不得", "一律"} and not markers(re.split("[，,]", body)[0]):
        # …的，海关将依法处理，3年内不得享受离岛免税购物政策; 对不服从…的人员，一律依法处理: the penalty, no order
        return False
    if marked:
        return True
    if _ATTENDED.search(body):
        return False  # 相关市领导，…，市级有关部门负责同志参加会议。: who was there
    if consequence:
        return False  # 对拒不配合的，将依法追究法律责任。: what will befall offenders, no order to anyone
    if _DEPENDS.search(body):
        return False  # 推动长江经济带高质量发展，根本上依赖于…生态环境。: what something rests on, no order
    if later := _LATER_NOTICE.search(body):
        # 恢复时间另行通告。 tells nothing to do; 各地…推迟开学，具体时间由教育部门另行通知。 orders, then defers
        ordered = _LAST_CLAUSE.sub("", body[: later.start()])
        if not ordered:
            return False
        body = ordered
    if _CAN_ASSURE.search(body):
        return False  # 实施上述政策，可确保… / …，有利于…: what a measure can do, not an instruction
    if _MAY.match(body):
        return False  # a permission, with no modal to make it an order
    if _STATUS_CHANGED.match(body) or _MATTERS_FOR.search(body) or _OUTCOME_CLAIMED.search(body):
        # …的居民,“健康码”调整为“橙码”; …，关系我们…赢得战略主动; 实施这项改革，可使…: what befalls, what matters,
        # what will come of it, with no modal to make an order of it
        return False
    if enumerated and re.search(r"的[；;。]?$", body.strip()) and not starts_imperative(body):
        return False  # 二是不适应发展需要，严重束缚企业生产经营活动的；: a kind of case the list names, no order
    if enumerated and pointed:
        return not _states(body) and not _done(body)
    if enumerated or in_list:
        return starts_imperative(body, any_verb=True) and not _done(body)
    # right after an attribution, those told to act may come first: 会议要求，各地严格落实…
    ordered_so = starts_imperative(body) or _each_told(body) or (demanded and _whom_then_verb(body))
    return (attributed or continued) and ordered_so and not _done(body)


# a demand's verb at the end of its attribution: …发布通知，…。要求…, 通知要求…
_DEMANDED_BEFORE = re.compile(r"要求[，,：:]?\s*$")
_WHOM_NOUNS = 5  # the most words naming whom a demand tells to act (银行业 金融机构)


def _whom_then_verb(text: str) -> bool:
    """Whom a demand names, nouns only, then how and what they are to do: 银行业金融机构合理设置…, 各地严格落实…
    (not 今年…, a time; not 他们…, a pronoun, told of)."""
    tagged = pos_tags(text[:24])
    k = 0
    while k < len(tagged) and k < _WHOM_NOUNS and tagged[k][1] in ("n", "nz", "nt", "j"):
        k += 1
    # how, then the verb, within two words (jieba may tag both 合理 and 设置 as verbal nouns)
    after = [(w, tag) for w, tag in tagged[k : k + 2] if w not in _DONE_ADVERBS]
    return k > 0 and any(tag in ("v", "vn") and w not in ("是", "有", "为", "成为", "在") for w, tag in after)


# who attended, named before the verb: …，市级有关部门和各区县负责同志参加会议。
_ATTENDED = re.compile(r"(?:参加|出席|列席)了?(?:会议|活动|仪式|座谈会?|视频会议)?(?:并讲话|并发言)?[。；;]?$")


# a body decides when it acts, and what it asks next is its own:
# …，河南省防汛抗旱指挥部决定于7月27日22时启动防汛四级应急响应。
_DECIDED_MEASURES = re.compile(r"决定[^。；;]*?(?:实行|实施|采取)[^。；;]{0,30}?(?:措施|管控|管理)[。：:]?$")
# (…,经市疫情防控指挥部研究,决定在全市…: the body that studied it decides)
_DECIDES = re.compile(
    # (经疫情防控联合指挥部封控管理组研究决定,自今晚开始,…: no comma after 研究, one after 决定)
    r"(?:^|(?<=[，,]))(?:经(?=[^，,]{2,20}?研究))?(?P<who>[\u4e00-\u9fff]{2,20}?)(?:研究)?[，,]?"
    r"决定(?:[，,](?=自|从|即日|今日|今晚|今天|当日))?(?:于|从|自|即日|今日|今晚|今天|当日|\d|(?<=[，,]决定)在"
    # …领导小组决定湖南省…应急响应级别由二级调整为三级: a response level set
    r"|(?=[^，,。；;]{2,40}?(?:由[^，,。；;]{1,10}调整为|调整为[^，,。；;]{1,6}级|启动[^，,。；;]{1,16}响应|终止[^，,。；;]{1,16}响应)))"
)
# a warning issued, then what it says on the same line: 海曙区气象台2022年8月23日8时6分发布高温红色预警信号:受…
# a warning sent out: (河南省气象台7月7日9时)升级发布高温红色预警
_WARNING_SENT = r"(?:继续|升级|首次|再次|联合)?(?:发布|发出)了?[^，,。；;：:]{0,16}?(?:预警|提示|提醒)"
_WARNING_ISSUED = re.compile(
    rf"^(?P<who>[\u4e00-\u9fff]{{2,20}}?)(?:\d{{4}}年)?{_WHEN_DONE}?(?:\d{{1,2}}时(?:\d{{1,2}}分)?)?"
    + _WARNING_SENT
    + r"(?:信号)?[：:]"
)
# a weather office raises or lowers its warning: 饶平县气象台3日17时43分将台风蓝色预警信号升级为黄色
_WARNING_RAISED = re.compile(
    rf"(?:^|(?<=[，,]))(?P<who>[\u4e00-\u9fff]{{2,20}}?(?:气象台|气象局)){_WHEN_DONE}?(?:\d{{1,2}}时(?:\d{{1,2}}分)?)?"
    r"将[^，,。；;]{0,20}?预警(?:信号)?(?:升级|降级|调整|更新)为"
)
# a body issues a document, whose points follow: 国务院办公厅日前印发《关于…的指导意见》，…
_ISSUES = re.compile(
    # 8月2日12时，…指挥部发布《关于…的通告》，…: the hour too
    # 据“上海发布”官微12月4日消息，…: the news it came by
    rf"^(?:据[^，,。；;]{{1,30}}?消息[，,])?(?:{_WHEN_DONE}(?:\d{{1,2}}时(?:\d{{1,2}}分)?)?[，,])?"
    rf"(?P<who>[\u4e00-\u9fff、]{{2,32}}?){_WHEN_DONE}?"
    r"(?:(?:联合)?(?:印发|发出|出台|公布|发布)(?:了)?《"
    # …办公室发布优化调整疫情防控的相关措施，具体如下：: the measures, set out below
    # 东营广饶县教育局发布防汛停课通知如下:: a notice, given below
    r"|(?:继续|再次)?(?:印发|出台|公布|发布)(?:了)?[^，,。；;：:《]{0,30}?(?:措施|规定|办法|指引|事项|通知|通告|公告)[，,]?"
    r"(?:具体|内容)?如下[：:]"
    # 河南省气象台7月7日9时升级发布高温红色预警：: a warning, and the advice that goes with it
    r"|(?:\d{1,2}时)?" + _WARNING_SENT + r"[：:，,。]"
    # …指挥部办公室日前发布紧急通告(2021年第7号)。: a notice issued, numbered; its text follows
    r"|(?:发布|印发|发出)(?:了)?(?:紧急)?(?:通告|通知|公告)[（(][^（）()]{1,20}[)）][。，,]"
    # …指挥部2月26日发布通告,为…,现将有关事项通告如下:: a notice issued, its preamble, then its points
    r"|(?:发布|印发|发出)(?:了)?(?:紧急)?(?:通告|通知|公告)[，,](?=[^。；;]*(?:通告|通知|公告)如下[：:]))"
)
# what a reporter learnt, and from whom: 记者从发布会上获悉，…: whoever it was speaks in what follows
# (在此，提醒广大市民请自觉使用…)
_LEARNT_FROM = re.compile(
    r"^(?:[^，,。；;]{1,30}[，,])?记者(?:近日|日前|今天|今日|昨天|\d{1,2}日)?"
    + _DATED
    + r"从(?P<who>[\u4e00-\u9fff]{2,24}?)"
    r"(?:上|中|处)?(?:获悉|了解到|得悉)[，,]"
)
_MEETING_NAMED = re.compile(r"(?:发布|座谈|调度|推进|部署)会$")


def _learnt_from(unit: str) -> str | None:
    """Whom ``unit`` says a reporter learnt what follows from (记者从发布会上获悉，…: 发布会)."""
    if not (learnt := _LEARNT_FROM.match(unit)):
        return None
    who = learnt.group("who")
    return _speaker_named(who) or (who if _MEETING_NAMED.search(who) else None)


_ISSUED = re.compile(
    rf"([\u4e00-\u9fff、\d]{{2,48}}?){_WHEN_DONE}?(?:联合)?(?:印发|发布|下发|出台|发出|转发)(?:了)?(?:《|通知|意见|方案|通报)"
)
_DAY = r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"  # 14日, 2月14日
_NAMED = re.compile(
    r"([\u4e00-\u9fff]{2,10}?)(?:"
    + _DAY
    + r"|(?:今天|昨天)"
    + _DATED
    + r")?(?:上午|下午|晚)?(?:(?:在|赴|到|深入)[^，,。；;]{0,20}?)?"
    r"(?:就[^，,。；;]{1,24}?)?(?:主持|发表|(?<!起)来到|前往|带队|率队|督导|考察|视察|出席|参加|听取|会见|调研|提出|作出|讲话|[作做]了(?:[^，,。；;]{0,4}?)(?:安排部署|部署|讲话)|(?:充分)?肯定了|率(?=[^，,。；;]{0,12}?[团组队])|致(?:贺信|贺电|信|电|辞))"
)  # 从站起来、富起来到强起来: nobody 来到


_REPORTED = re.compile(r"^(?:通报|介绍|宣布|公布|透露|获悉|据)")


def issuer_of(title: str | None, paragraphs: Sequence[str]) -> str | None:
    """Who issued the document an attribution like 《通知》要求， cites."""
    for text in [title or "", *paragraphs[:1]]:
        for m in _ISSUED.finditer(text.replace(" ", "")):
            who = _REPORTED.sub("", m.group(1))  # 通报最高人民法院、…联合印发…: theirs, not the reporter's
            if "、" in who or _AND_OTHERS.search(who):
                if joint := _joint_issuers(who):
                    return joint  # 教育部、国家卫生健康委联合印发《…通知》: both
                # (全国妇联等10部门 names one and the others: the one named)
                who = who.rsplit("、", 1)[1] if "、" in who else _AND_OTHERS.sub("", who)
            if _ORG_SUFFIX.search(who) or speaker_of(who):
                return who
    return None


# a feature retells what was said in a month of years past (2015年1月，…; 去年…): no order of the day
_RETOLD = re.compile(r"^(?:[^，,。；;：:]{0,20}[：:])?(?:\d{4}年\d{1,2}月(?![\d至])|去年|前年)")
# a title only one person holds at a time, after a name (习近平总书记) or alone at a clause's head (总书记牵挂于心)
_NAME_WITH_TITLE = re.compile(r"([\u4e00-\u9fff]{2,3}?)(总书记)")
_TITLE_ALONE = re.compile(r"(?:^|(?<=[，,。；;]))(总书记)(?!们)")


def _title_alone(unit: str, by_title: dict[str, str]) -> str | None:
    """The person a title alone stands for (…，总书记牵挂于心。 → 习近平, named so before), else None."""
    m = _TITLE_ALONE.search(unit)
    return by_title.get(m.group(1)) if m else None


def _titled_in(text: str) -> str | None:
    """The first person ``text`` names with a title, acting or not (…领导小组组长张庆伟请假返回…, 这是习近平
    总书记…作出的重要论断), if he is one of ours: none when the first is a foreign official (普京致电习近平主席…),
    and none named in a title cited (《…——习近平总书记关于…论述综述》)."""
    tags = pos_tags(_TITLE_SPAN.sub("", text))
    for i, (word, flag) in enumerate(tags):
        ours = flag.startswith("nr") and _person(word) == word and not looks_foreign(word)  # nrfg: 习近平
        if i + 1 < len(tags) and TITLE_SUFFIX.fullmatch(tags[i + 1][0]) and ours:
            return word  # 习近平总书记: the title after
        if i > 0 and TITLE_SUFFIX.search(tags[i - 1][0]) and re.fullmatch(r"[\u4e00-\u9fff·]{2,}", word):
            if TITLE_SUFFIX.search(word):
                continue  # 省委书记、省长…: titles in a row
            return word if ours else None  # 俄罗斯总统普京: a name after a title, not one of ours
    return None


def _name_before_title(who: str) -> str | None:
    """The name before the title that ends ``who`` (习近平总书记 → 习近平), else None."""
    title = TITLE_SUFFIX.search(who)
    return _person(who[: title.start()]) if title and title.start() > 0 and title.end() == len(who) else None


# the halves of a demand made in two: 一手抓…；一手抓…, 一方面…；另一方面…
_HALVES = (("一手抓", "一手抓"), ("一方面", "另一方面"))


# a point that opens on two or three phrases of four characters (预防为主、关口前移,…; 严密组织、快速反应,…)
_PAIRED_OPENING = re.compile(r"^[\u4e00-\u9fff]{4}(?:、[\u4e00-\u9fff]{4}){1,2}[，,]")
_QUOTED = re.compile(r"“[^“”]{1,30}”")


_MODAL_LEAD = re.compile(r"^(?:要|必须|务必|须|应)?(?:继续|进一步|切实|坚决|全力|着力)?")


def _parallel(before: str, point: str) -> bool:
    """Whether ``point`` is set out as the next of the points ``before`` gives: it opens on paired
    phrases of four characters, or its first clause is framed as a clause of ``before`` is, what
    each quotes aside (从“就洱海抓…”的误区中走出来 ⏎ 从“环湖造城…”的误区中走出来)."""
    if _PAIRED_OPENING.match(point):
        return True
    # 要继续过好市场经济关，做好…这篇大文章；过好民主政治关，做好…: the same verb opens each point, after the modal
    opened = _MODAL_LEAD.sub("", before)
    if len(point) >= 8 and len(opened) >= 8 and opened[:2] == point[:2] and _ALL_HAN.fullmatch(point[:2]):
        return True
    frame = _QUOTED.sub("“”", re.split(r"[，,；;。]", point)[0])
    return "“”" in frame and len(frame) >= 6 and frame in _QUOTED.sub("“”", before)


def _second_half(first: str, second: str) -> bool:
    """Whether ``second`` opens the second half of the demand ``first`` opened."""
    return any(opening in first and second.startswith(closing) for opening, closing in _HALVES)


def named_in(unit: str) -> str | None:
    """The person a narrative unit names as acting (习近平来到…, 李克强主持…)."""
    # 主任王明: a title is allowed before the name; 习近平总书记在…时发表重要讲话: and after it
    found = [(m.start(), _person(m.group(1)) or _name_before_title(m.group(1))) for m in _NAMED.finditer(unit)]
    # …书记庄严深入…: after its title, a name may be a word too
    found += [
        (
            m.start(1),
            _person(m.group(1))
            or (None if looks_foreign(m.group(1)) else _person(m.group(0)))
            # 区长程前主持会议: after a title and before what he does, a name jieba reads as a word
            or (m.group(1) if len(m.group(1)) == 2 and looks_like_name(m.group(1)) else None),
        )
        for m in _TITLED_ACTOR.finditer(unit)
    ]
    found += [(m.start(1), _person(m.group(1))) for m in _AUTHOR.finditer(unit)]
    found += [(m.start(1), _person(m.group(1))) for m in _NAME_THEN_TITLE.finditer(unit)]
    found += [(m.start(1), _person(m.group(1))) for m in _PARTY_OF.finditer(unit)]
    found += [(m.start(1), m.group(1) + "评论员") for m in _COMMENTARY.finditer(unit)]
    # 疾控局副局长雷正龙介绍，…。他强调，: he is the one who spoke last
    found += [(m.start("who"), _person(m.group("who"))) for m in _REPORTING.finditer(unit)]
    return min(((at, name) for at, name in found if name), default=(0, None))[1]


# an official after a title, acting: 国务院副总理刘鹤以视频连线形式宣读了…贺信
# the offices a name stands right after, as the texts write them: 市长杜德林, 主任王明
_OFFICES = "委员长|委员|(?<!总)书记|主席|省长|市长|县长|区长|部长|厅长|局长|主任|组长"
_TITLED_ACTOR = re.compile(
    rf"(?:总理|副总理|{_OFFICES}|团长|指挥长|政委)([\u4e00-\u9fff]{{2,3}}?)"
    r"(?=以|在|于|赴|到|率|通过|主持|出席|宣读|致辞|讲话|发表|来到|考察|调研|会见|看望|慰问|组织|召开|带领|视频连线|连线|听取|"
    r"与[^，,。；;]{2,12}?(?:见面|座谈|会谈|交流|一起|一道)|"  # 部长怀进鹏与代表委员见面
    r"深入|前往|带队|率队|检查|督导|督查|暗访|走访|实地|详细|了解|察看|查看|作了?(?:重要)?讲话|"
    + _DAY
    + r"|(?:近日|日前|今天|昨天|今日|昨日)(?:在|到|赴|就|来到|前往|主持|出席)"  # …主席汪洋近日在上海…调研
    + r"|来[\u4e00-\u9fff]{1,8}?(?:调研|检查|考察|视察|督导|督查|指导|暗访|慰问)"  # …副省长马欣来泰州调研
    # 市委副书记孟祥伟，市委常委、常务副市长陈劲超分别到…: each of the officials named before 分别
    + r"|[，,、](?=[^。；;]{0,40}?分别(?:到|来到|前往|赴|深入)))"
)
# the officials a unit lists as attending, each after a title: 市委副书记、市长杜德林,市委副书记洪琳…参加会议
_LISTED_OFFICIAL = re.compile(
    rf"(?:{_OFFICES}|指挥长|秘书长)([\u4e00-\u9fff]{{2,3}}?)"
    r"(?=[，,、]|(?:等|分别)?(?:参加|出席|陪同))"
)
_ATTENDANCE = re.compile(r"参加|出席|参会|陪同")


# a place's own office just before a name: 市长, 副县长, 市委副书记, 区委常委
_LOCAL_OFFICE = re.compile(r"(?:[省市县区州盟旗]委(?:常委)?|[省市县区州盟旗](?:政府)?(?:常务)?副?)(?:书记|长|常委)$")


def _listed_officials(unit: str) -> list[tuple[str, bool]]:
    """The names a unit lists attending after their titles (…市长杜德林,…参加会议), whether or not jieba
    knows them as names: the article may go on with the name alone (杜德林强调,…). Each with whether
    a place's own office names it (市长杜德林: one of ours, though 杜德林 is spelt as a foreign name may be)."""
    if not _ATTENDANCE.search(unit):
        return []
    return [
        (m.group(1), _LOCAL_OFFICE.search(unit[: m.start(1)]) is not None)
        for m in _LISTED_OFFICIAL.finditer(unit)
        if looks_like_name(m.group(1))
    ]


# the official and those with him, acting: 孟祥伟一行来到…
_PARTY_OF = re.compile(
    r"(?:^|(?<=[，,。；;]))([\u4e00-\u9fff]{2,3}?)一行(?=来到|前往|深入|先后|到|赴|在|实地|冒雨|一同|还)"
)


# the name before the title, acting: 杨新坚副市长带队深入…, …，王明县长来到…
_NAME_THEN_TITLE = re.compile(
    r"(?:^|(?<=[，,。；;\s]))([\u4e00-\u9fff]{2,3}?)(?:副)?(?:省长|市长|县长|区长|州长|书记|主任|局长|厅长)"
    r"(?=带队|率队|深入|前往|来到|主持|调研|检查|督导|督查|一行)"
)


# a paper's commentary speaks for the paper's commentator: 人民日报发表评论员文章。文章指出，…
_COMMENTARY = re.compile(
    r"(人民日报|光明日报|经济日报|解放军报|求是|中国纪检监察报|学习时报)[^，,。；;]{0,6}?发表(?:本报)?(?:评论员|特约评论员)文章"
)
# whose article or speech a journal publishes: …《求是》杂志将发表…习近平的重要文章《…》
_AUTHOR = re.compile(
    r"(?:发表|刊发|刊登|出版)[^。；;，,]{0,40}?([\u4e00-\u9fff]{2,3})(?:总书记|同志|主席)?的?(?:重要)?(?:署名)?(?:文章|讲话)"
)


def _by_surname(who: str, known: set[str]) -> str | None:
    """The person the article has named that a surname and a title refer to (习主席 is
    习近平 once 习近平 has been named), else None."""
    title = who[2:] if who[1:2] == "副" else who[1:]  # 杨副市长: a deputy's title too
    if len(who) < 3 or who[0] not in SURNAMES or not TITLE_SUFFIX.fullmatch(title):
        return None
    named = [n for n in known if n[0] == who[0] and n != who]
    return named[0] if len(named) == 1 else None


# where or when a person acts, before the name: 在亭湖区一处核酸采样点，戴源仔细察看…
_SETTING_FIRST = re.compile(r"^(?:在[^，,。；;]{1,24}?|随后|接着|当天|上午|下午)[，,]")


def _opens_with(unit: str, names: set[str]) -> str | None:
    """The person of ``names`` a unit opens with (吴政隆充分肯定…: he acts, 他 is he),
    after a setting if any (在…采样点，戴源察看…)."""
    setting = _SETTING_FIRST.match(unit)
    unit = unit[setting.end() :] if setting else unit
    opening = [n for n in names if unit.startswith(n) and not _POSSESSIVE.match(unit, len(n))]
    return max(opening, key=len, default=None)


# a paragraph that reports what a body did ends a list of instructions before it:
# 根据习近平指示和李克强要求，国务院联防联控机制1月20日召开电视电话会议，…
_REPORTS_ACTION = re.compile(r"(?:召开|举行|成立|印发|出台)(?:了)?[^，,。；;]{0,20}(?:会议|小组|通知|方案|意见)")
_POSSESSIVE = re.compile(r"(?:总书记|同志|主席|总理)?(?:的|和|、|与)")  # 习近平总书记的贺信…: he is not acting


# an attribution that makes demands (会议要求， 他强调：), not one that finds (会议指出，)
_DEMANDING = re.compile(r"(?:要求|强调|部署|提出)[，,：:]\s*$")


# whom a unit tells what to do, then the modal: 中小学要…, 各地区各部门必须…
_TOLD_TO = re.compile(
    # (为减少患上流感…,居民应采取以下措施:: what for, then those told)
    r"^(?:(?:此外|同时|另外|与此同时)[，,]|为[^，,。；;：:]{2,30}[，,])?[\u4e00-\u9fff、（）()]{1,18}?[，,]?"
    r"(?:要(?!求)|必须|务必|应当|不得|(?<=[民众员士])应(?=采取|做好|注意|遵守|配合|尽量|避免|加强|保持))"
)  # …, 此外，贫困地区的一些大型扶贫项目，要…


# what the measures below are for, anywhere in their lead, with what they are to ensure:
# …了解到,为营造高考期间良好的道路交通环境,确保…顺利进行,…将…实施交通管控措施,具体如下: (it asks nothing itself)
_PURPOSE_SPAN = re.compile(
    r"(?:^|(?<=[，,]))为了?[^，,。；;：:]{2,40}[，,](?:(?:确保|保障|保证)[^，,。；;：:]{2,40}[，,])*"
)
# a notice's preamble, whatever its purpose clause demands: 为…，坚决遏制…，现将有关事项通告如下：
_PREAMBLE = re.compile(
    r"[，,]现(?:将|就|对)?[^。；;，,]{0,20}?(?:通告|通知|公告|倡议|规定|明确|要求)如下[：:。]\s*$"  # (…通告如下。)
    # 我们特向全县学生发出以下倡议：
    r"|(?:发出|提出|作出|做出)(?:如下|以下)?(?:几点)?(?:倡议|呼吁|建议)(?:如下)?[：:]\s*$"
    r"|^我们(?:联合|共同|郑重|特)?(?:倡议|呼吁|号召)(?:如下)?[：:]\s*$"  # 我们联合倡议：
    r"|[，,]特(?:此)?(?:发布|下达|颁布)[^。；;，,]{0,20}?[：:]\s*$"  # …，特发布封山令：
)
# a part's heading in an appeal, two short phrases and no stop (爱国爱家,守望相助 ⏎ 人人动手,美好家园)
_SLOGAN_HEADING = re.compile(r"^[\u4e00-\u9fff]{2,8}[,，、\s][\u4e00-\u9fff]{2,8}$")
# a lead that asks for the points under it, each then a measure, verb first or not:
# 请各位市民和相关单位落实以下防范措施: ⏎ 一、通过手机短信…密切关注… ⏎ 二、全市中小学校…有序采取停课措施
_ASKS_THE_POINTS = re.compile(r"(?:落实|做好|遵守|执行|采取)(?:好)?以下[\u4e00-\u9fff]{0,6}[：:]\s*$")
# the notice reported, set out: 通告如下: / 现将有关事项通知如下：, a unit of its own
# (根据疫情防控形势需要,为有效控制疫情扩散,现通告如下:: why, then the same)
_NOTICE_FOLLOWS = re.compile(r"^(?:[^。；;：:]{2,60}[，,])?(?:现将?)?(?:有关事项)?(?:通告|通知|公告)如下[：:。]\s*$")
# what an attribution puts forward, named before it is set out: (《通知》提出)一系列暖心举措。
_MEASURES_PUT = re.compile(
    r"^(?P<who>《[^《》]{1,30}》|[\u4e00-\u9fff]{2,12}?)(?:提出|明确|推出|部署)了?"
    r"(?:一系列|一批|多项|[\d一二三四五六七八九十]+(?:项|条|个方面|方面))[\u4e00-\u9fff]{0,8}?"
    r"(?:举措|措施|要求|任务|政策)[。：:]$"
)
# a unit that announces the list after it: …措施包括： / 具体如下：
# what a text reports below, not what it asks: 现将有关情况通报如下：, 现将…结果公布如下：
_REPORTED_BELOW = re.compile(r"(?:通报|报告|汇报|介绍|公布|说明)如下[：:]\s*$")
_LIST_LEAD = re.compile(
    r"(?:包括|如下|以下(?:几点|几个方面|[\u4e00-\u9fff]{0,4}?(?:措施|内容|事项))?)[：:]\s*$"
    r"|^(?:防御|防护|出行|安全|健康|温馨)?(?:指南|提示|须知)[：:]\s*$"  # 防御指南：, the advice in points below
    # 一、…区、…县实施如下防控措施。: where the measures below apply, none of them
    r"|(?:实施|采取|执行|实行)(?:如下|以下)[\u4e00-\u9fff]{0,6}?(?:措施|事项|规定)。\s*$"
)


def _bare_modal(text: str) -> bool:
    """Opens with a modal and no subject (要坚持…, 必须…): an order in the voice of
    whoever was speaking, not of someone the text has just introduced."""
    text = _NEXT_STEP.sub("", text, count=1)  # 下一步,一要采取…: what comes next, then the order
    if _NUMBERED_MODAL.match(text[:2]):
        return True  # 一要…, 二要…: the points of an order, numbered
    words = tokenize(text[:8])
    return bool(words) and (words[0] in _BARE_MODALS or _fused_modal(words[0]))


_NEXT_STEP = re.compile(r"^(?:下一步|下步|下一阶段|今后|接下来|今后一个时期)[，,]?")


# the situation, then the modal with no subject: 当前正值春运，人员流动大，必须…
_NOW_THEN_MODAL = re.compile(
    r"^(?:当前|目前|眼下|现在|今年|明年)[^。；;，,]{0,20}[，,](?:[^。；;，,]{1,30}[，,])?(?:要(?!求)|必须|务必)"
)
_BARE_MODALS = frozenset({"要", "必须", "务必", "须", "应当", "应该", "既要", "更要", "还要", "也要", "都要"})
# what to do if: 如前往登革热流行地区,外游期间和返港后14日内应使用…驱避剂 (advice going on in a new paragraph)
_IF_THEN_MODAL = re.compile(
    r"^(?:如|如果|若|倘若|一旦)[^。；;，,]{1,30}[，,][^。；;]{0,30}?(?:要(?!求)|必须|务必|应当?|须|不要|切勿|请)"
)


# the demand runs on into whom it names (要求有关部门…), or after a comma into what it asks
# (会议要求,联系各村做好…); not what is done as asked (应当地政府要求，…; 按照中央要求，…)
_DEMANDED = re.compile(r"(?:要求|叮嘱|责成|嘱咐|提醒|提示)(?:他们|大家)?$|(?:要求|叮嘱|责成|嘱咐)[，,:：]$")
_AS_ASKED = re.compile(r"(?:^|[，,；;])[^，,；;]*?(?:按照|根据|依照|遵照|按|应|据)[^，,；;]*?要求[，,:：]$")

# a demand whose subject the unit before named (会议审议了…指南。要求加强…): the demand
# opens the unit, with no one before it
_BARE_DEMAND = re.compile(
    # 例如，关于有序开放，要求… / 在加强现场巡查方面，要求…: what the demand is about, then the demand
    r"^(?:(?:例如[，,])?(?:关于[^，,。；;：:]{1,16}|在[^，,。；;：:]{1,20}?方面)[，,])?"
    r"(?:并|同时|还|也|另外|此外)?[，,]?(?:要求(?![的是了])|强调(?=[\u4e00-\u9fff])|叮嘱(?=[\u4e00-\u9fff]))[，,：:]?"
    # 为帮扶…毕业生减负和就业，决定免除…: what a decision is for, then the decision
    # 根据…，结合…，经…研究决定，从现在开始…: what a decision goes by, then the decision
    r"|^(?:(?:(?:为了?(?![^，,。；;]*关于)|根据|按照|依据|结合)[^，,。；;]{2,40}?[，,]){1,3}"
    r"(?:经[^，,。；;]{2,40}?(?:研究|同意)?[，,]?)?|经[^，,。；;]{2,40}?(?:研究|同意)[，,]?)"
    # …，市新冠肺炎疫情联防联控指挥部研究决定，继续执行…: the body that decides, named
    r"(?:[\u4e00-\u9fff]{2,24}?(?:指挥部|领导小组|人民政府|政府|委员会|办公室))?"
    r"(?:研究)?(?:决定|确定)[，,：:]?(?=[\u4e00-\u9fff《])"
)
# who acted in that unit: 会议审议了…, 河北省委日前召开常委扩大会议，…, 国务院办公厅印发《…》
_ACTED = re.compile(
    r"(?P<who>[\u4e00-\u9fff、]{2,30}?)"
    rf"{_WHEN_DONE}?{_DATED}(?:上午|下午|晚上)?(?:在[^，,。；;]{{1,20}}?)?"  # (今天（7月7日）发布通知)
    r"(?:第一时间|立即|随即|迅速|特|还|也|分别)?"
    r"(?:召开|举行|主持召开|印发|下发|发出|发布|审议|研究|听取|传达|约谈|会商|(?:调度)?部署|就[^，,。；;]{1,30}?(?:作出|做出)部署"
    r"|组织[^，,。；;]{0,16}?(?:会商|调度|会议))"
)  # (应急管理部调度部署春节假期…工作。要求各地…, …9月11日组织防台风专题视频会商调度…。要求要…: the ministry's demand)


# a unit between two measures that says what is, was or has been (…是…, 已增加到, 日趋复杂), or
# what people are doing these days (这两天，各地想尽各种办法…), not a measure stated with its
# subject: the run ends there
_NOT_A_MEASURE = re.compile(
    r"是|已|了|曾|日趋|日益|过去|以前|以来|正在|愿|这两天|这些天|连日|近日|日前|目前|纷纷|干部群众"
)


def _acts(text: str) -> bool:
    """Someone does something in ``text`` (a verb, not 是 or 有): 国家…再增派医疗力量支援, not
    近期市场情况总体平稳."""
    return any(f == "v" and w not in ("是", "有", "为", "成为", "在") for w, f in pos_tags(text))


# a verb-first unit after such a measure that judges rather than orders (就要, 关键在于, 可以大有作为)
_JUDGES = re.compile(r"就要|关键在于|可以|能够|才能")


_LEAD = re.compile(r"主持召开[^，,。；;]{0,30}?会议[，,]")
# a document's measures, listed after a colon in the unit that announces them
_MEASURES_LISTED = re.compile(
    r"^《[^《》]{1,30}》[^。；;：:]{0,40}?(?:制定|提出|明确|推出)了?[^。；;：:]{0,16}?(?:措施|举措|任务)[，,]?"
    r"(?:包括|主要有|有)[：:](?=\S)"
)
# a label over what a document issued holds: 主要内容：, 具体措施包括：
_DOC_CONTENTS = re.compile(r"^(?:主要内容|主要措施|具体措施|重点任务)(?:包括|有|是|如下)?[：:]")
_HEARS_A_MATTER = re.compile(r"^会议(?:还|并|也|首先|随后)?(?:听取|审议|研究|讨论)(?:了)?")
_REPORT_SAYS = re.compile(r"^(?:汇报|报告|通报)(?:认为|指出|显示|称|表明)")


# the meeting acting on a list of matters, however long: 会议对物资调度准备、…、舆论宣传等工作进行了研究部署
_MEETING_ACTED = re.compile(
    r"会议(?:还|并|也|重点)?(?:对|就|围绕)[^。；;！？]{1,80}?(?:进行了|作了|作出了)?(?:研究|部署|安排|审议)"
)


def _actor(unit: str) -> str | None:
    """Who the unit reports acting (会议审议了…: 会议; 河北省委日前召开…: 河北省委), if a speaker."""
    if _MEETING_ACTED.match(unit):
        return "会议"
    opening = re.match(r"[^，,。；;：:]{1,30}[，,]", unit)  # 全会闭幕后，重庆市委召开…
    for start in (0, opening.end()) if opening else (0,):
        m = _ACTED.match(unit, start)
        if m is not None:
            who = m.group("who")
            # (银保监会、人民银行今天发布通知: bodies that issue it together)
            return "会议" if who.startswith("会议") else _speaker_named(who) or _joint_issuers(who)
    return None


def _demands(unit: str, rest: str) -> bool:
    """The attribution before ``rest`` demands, so the numbered points it opens are
    demands, verb first or not (会议要求，一是思想认识再提高；二是…)."""
    return bool(_DEMANDING.search(unit[: len(unit) - len(rest)]))


def _is_quotation(unit: str) -> bool:
    """A unit that is one quotation, from its opening mark to its closing one (“要…。”),
    not one that opens with a quoted term (“十四五”时期，要…)."""
    unit = unit.strip()
    return len(unit) > 2 and unit[0] in _OPEN_QUOTES and unit[-1] == _OPEN_QUOTES[unit[0]] and unit[-2] in _UNIT_END


_NEWS_OF_ISSUE = re.compile(r"印发|发布|转发|下发")


def _asks_the_public(unit: str) -> bool:
    """The unit asks the public to act (请广大市民…, 希望广大群众…)."""
    return any(m == "请" or m.endswith(_APPEALS) for m in markers(unit)) and bool(_PUBLIC.search(unit))


# a numbered heading on a line of its own, no mark after it: 一、尽快接种第三针
_SHORT_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．])\s*(?P<head>[^。；;，,：:！？!?]{2,16})$"
)
# who answers for a measure, noted after it: （省商务厅负责） / （责任单位：省经济和信息化厅、省财政厅） /
# （合肥海关牵头，省港航集团…按职责分工负责）
_DUTY_NOTE = re.compile(rf"{DUTY_NOTE}[。；;]?")
# a line that opens another point: 二、…, 2.…, (一)…, （1）…
_OPENS_A_POINT = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])"
)


_LABEL_LINE = re.compile(r"[\u4e00-\u9fff、·]{4,40}")


def _speaker_label(paragraph: str) -> str | None:
    """The official a transcript's label line names (…新闻发言人、宣传司副司长米锋), else None."""
    line = paragraph.strip()
    if (
        line.endswith((":", "："))
        and (name := line[:-1].strip())
        and len(name) <= 4
        and _person(name) == name
        and all(tag.startswith("nr") for _, tag in pos_tags(name))  # not 原标题:
    ):
        return name  # 张文宏: on a line of its own, what he said under it
    if not _LABEL_LINE.fullmatch(line):
        return None
    person = _speaker_named(line)
    if not person or _person(person) != person or not line.endswith(person) or line == person:
        return None
    return person if TITLE_SUFFIX.search(line[: -len(person)]) else None


def _named_alone(paragraphs: Sequence[str], index: int) -> str | None:
    """A name alone on a line, with text under it, of one the text names elsewhere too (the list of a press
    conference's speakers, 请张若石先生介绍…) or under his title or the host's label: a transcript's label of
    who speaks next; else None."""
    name = paragraphs[index].strip()
    if not 2 <= len(name) <= 4 or index + 1 >= len(paragraphs) or _person(name) != name:
        return None
    above = paragraphs[index - 1].strip() if index else ""
    if above == "主持人" or (_LABEL_LINE.fullmatch(above) and TITLE_SUFFIX.search(above)):
        return name  # 主持人 ⏎ 国家卫生健康委新闻发言人、宣传司副司长 ⏎ 米锋: the label set over lines, his title above
    if not all(tag.startswith("nr") for _, tag in pos_tags(name)):
        return None
    return name if any(name in p for k, p in enumerate(paragraphs) if k != index) else None


# a heading that names an aspect of what is ordered, a verb before it: 三、组织形式, 一、采样时间, 二、检测对象
_NAMES_AN_ASPECT = re.compile(
    r"^[\u4e00-\u9fff]{2,4}(?:形式|方式|时间|地点|对象|范围|内容|程序|流程|原则|目标|事项|标准|期限)\s*$"
)


def _opens_with_its_own_measure(paragraph: str) -> bool:
    """Whether a paragraph under a heading opens with a measure of its own, verb first and
    ended (一、支持工业互联网平台建设 ⏎ 培育各类工业互联网平台。重点培育…): the heading names the part."""
    units = split_units(paragraph)
    return bool(units) and units[0].endswith(("。", "；", ";")) and starts_imperative(units[0])


# a numbered heading that says only when (一、2022年6月1日至6月18日, 四、6月7日至6月9日、6月16日至6月18日):
# the rule under it is for that time
_SPAN_DAY = r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:\d{1,2}[:：]\d{2})?"
_WHEN_HEADING = re.compile(
    _OPENS_A_POINT.pattern + r"\s*"
    rf"(?P<head>{_SPAN_DAY}\s*(?:至|到|-|—|－|~|～)\s*{_SPAN_DAY}(?:、{_SPAN_DAY}\s*(?:至|到|-|—|－|~|～)\s*{_SPAN_DAY})*)[:：]?$"
)


def glued_headings(paragraphs: Sequence[str]) -> list[str]:
    """``paragraphs`` with a numbered heading that orders (一、尽快接种第三针) run into the text
    under it, as a unit runs on to its mark (… ⏎ 如果您已接种…，请您抓紧…。); a heading that
    names a topic (三、管制要求) stays a line of its own."""
    out: list[str] = []
    carried = ""
    for paragraph in paragraphs:
        if (
            carried
            and not _OPENS_A_POINT.match(paragraph.strip())
            and (_WHEN_HEADING.match(carried) or not _opens_with_its_own_measure(paragraph))
        ):
            paragraph, carried = carried + paragraph.lstrip(), ""
        elif carried:
            out.append(carried)  # another point under it: the heading stands alone
            carried = ""
        heading = _WHEN_HEADING.match(paragraph.strip()) or _SHORT_HEADING.match(paragraph.strip())
        if heading and (
            heading.re is _WHEN_HEADING
            or (
                (starts_imperative(heading["head"]) or markers(heading["head"]))
                and not _NAMES_AN_ASPECT.match(heading["head"])
            )
        ):
            carried = paragraph.strip()
            continue
        out.append(paragraph)
    if carried:
        out.append(carried)
    return out


def find_directives(
    paragraphs: list[str],
    *,
    title: str | None = None,
    signer: str | None = None,
    author: str | None = None,
    source: str | None = None,
    give_up: Callable[[Sequence[FoundDirective], int], bool] | None = None,
) -> list[FoundDirective]:
    """The directives of one article's body paragraphs, in order, with speakers.

    A directive needs an issuer: an attribution seen before it in the article, or the
    issuer a notice's title names (else the ``signer`` of a notice whose title names
    none), or the ``author`` of a commentary (本报评论员). The speaker carries over to
    following units and paragraphs while the text goes on instructing; a paragraph that
    opens with narrative after one that ended in narrative starts without a speaker, and
    a quoted bystander (某某表示，) takes the floor away from the last speaker.

    ``give_up(found, left)`` is asked before each unit, with the directives found so far and
    how many units are left at most (this one included): when it says yes, the reading stops
    and what was found so far is returned.
    """
    found: list[FoundDirective] = []
    # the units of the paragraphs after each one (a paragraph never yields more than split_units gives)
    units_later = _units_after(paragraphs) if give_up is not None else []
    # (a report of a place's press conference, 郑州市第29场新冠肺炎疫情防控新闻发布会: what it asks is the place's)
    fallback = default_speaker(title, signer) or author or _host_of_briefing(title)
    # the text is a notice its title names the issuer of (国务院办公厅关于…的通知), not news of one
    # issued (…印发…规定): it speaks throughout, and a measure needs no attribution before it
    notice = bool(title and default_speaker(title) and not _NEWS_OF_ISSUE.search(title))
    speaker: str | None = fallback
    issuer = issuer_of(title, paragraphs)
    last_named: str | None = None
    last_person: str | None = None  # the last person who spoke
    named_person: str | None = None  # the last person the article named acting
    by_title: dict[str, str] = {}  # the person the article names with a title only one person holds
    last_issuer: str | None = None  # the body the text last reported issuing a document
    official: str | None = None  # the last body's official the text named by role (…局有关负责人)
    under_heading: str | None = None  # who spoke before a subheading, set over the paragraph under it
    known = {n for n in (named_in(title or ""),) if n}  # persons the article has named
    local: set[str] = set()  # those named after a place's office (市长杜德林), however foreign the name may look
    in_list = False
    pointed = False  # the run of instructions going on has numbered points (一是…)
    speech = False  # the paragraph before opened with an attribution: it was a speech
    voice: str | None = None  # who gave the last directive found
    previous = ""  # the unit before
    # the unit before was a measure stated with its subject, right after a directive
    # (国家根据救治需要再增派医疗力量支援。): a listed verb may go on the run. Like the run
    # itself, across paragraphs: a hard-wrapped page may break one anywhere
    bridged = False
    listing = False
    led = False  # a list lead (…措施包括：) announced the measures under way
    listing_modal = False  # a point was numbered with its modal (一要…): 四要… goes on the speech
    # a line of its own announced points set one a paragraph, each under a bullet or a number
    # (警方呼吁 ⏎ • 卫生署不会… ⏎ • 切勿…): each is on the list, whatever the one before it said
    points_ahead = False
    reviewing = False  # a report's review of the work done is being set out point by point
    chained = (-1, -1)  # (paragraph, unit) of the last directive found
    for p_index, paragraph in enumerate(paragraphs):
        units = split_units(paragraph)
        reviewing = False
        # the paragraph opens on the meeting hearing or reviewing a matter (会议听取了国务院调查组的汇报。): what
        # it goes on to ask in it, on a modal, is the meeting's (…下一步，国务院调查组要继续深入开展工作。一要…)
        meeting_on_it = bool(units) and _HEARS_A_MATTER.match(units[0]) is not None
        points_ahead = points_ahead and bool(_POINT_OPENING.match(paragraph.strip()))
        if points_ahead:
            led = in_list = True
        if said_alone := said_on_a_line(paragraph):
            units = [said_alone + "："]  # 匡晓卫强调 on a line of its own: 匡晓卫强调：
        # numbered points whose paragraph ended on a remark (一要…。…各地可…供地。) may go on
        # in the next one: a hard-wrapped page breaks a paragraph at any full line that ends
        # a sentence, so a measure there (充分挖潜利用…) is still on the list
        interrupted = (
            listing
            and not in_list
            and bool(units)
            # …恢复时间另行通告。 ⏎ 二、即日起，在…: the next numbered point goes on the list
            and (starts_imperative(units[0], any_verb=True) or bool(LATER_POINT.match(units[0])))
        )
        # a paragraph of measures by area (在二手车市场方面，取消…) after one that ended on a measure: the run goes on
        interrupted = interrupted or (
            bool(units)
            and p_index > 0
            and _ASPECT_LEAD.match(units[0]) is not None
            and chained == (p_index - 1, len(split_units(paragraphs[p_index - 1])) - 1)
            and starts_imperative(units[0], any_verb=True)
        )
        listing = interrupted  # this paragraph lists numbered points (一是…二是…)
        spoke, speech = speech, False
        suspended: str | None = None  # the speaker a statement opening this paragraph put aside
        if (label := _speaker_label(paragraph) or _named_alone(paragraphs, p_index)) is not None:
            # a transcript: 国家卫生健康委新闻发言人、宣传司副司长米锋 on a line of its own, then what he said
            speaker = fallback = last_person = label
            in_list, pointed, last_named = False, False, None
            continue
        if _REQUIREMENTS_HEADING.fullmatch(paragraph.strip()) and (speaker or fallback or source):
            # 防御要求 ⏎ 1.所有责任人立即上岗到位。…: the points under it are what the text asks, of whoever
            # gives it: its speaker so far, else its issuer, else the source it came from (四川水利)
            speaker = speaker or fallback or source
            in_list = pointed = led = points_ahead = True
            continue
        if not said_alone and (
            is_kicker(paragraph)
            or (p_index > 0 and _SUBHEAD.fullmatch(paragraph.strip()) and not NUMBERED_HEADING.match(paragraph.strip()))
        ):
            # a brief's headline (国家林草局：坚决取缔…) opens another item: nobody speaks yet
            under_heading = speaker if not is_kicker(paragraph) else None
            speaker, in_list, pointed, last_named = fallback, False, False, None
            continue
        for u_index, unit in enumerate(units):
            if give_up is not None and give_up(found, len(units) - u_index + units_later[p_index]):
                return found
            if _DUTY_NOTE.fullmatch(unit):
                continue  # who answers for the measure before: the run of measures goes on past it
            if (measures_at := _MEASURES_LISTED.match(unit)) and (doc_issuer := issuer or last_issuer or speaker):
                # 《方案》就…后，制定了十二项主要应对措施，包括：进一步提高…；: the document's measures, its issuer's
                unit = unit[measures_at.end() :]
                speaker, in_list, pointed, led = doc_issuer, True, True, True
            if u_index == 0 and last_issuer and (contents := _DOC_CONTENTS.match(unit)):
                # 国务院日前印发《…若干措施》。 ⏎ 主要内容：一是提升贸易便利度。…: the document's points, its issuer's
                unit = unit[contents.end() :]
                speaker, in_list, pointed, led = last_issuer, True, True, True
            put_in_force = False
            listed = _listed_officials(unit)
            known.update(name for name, _ in listed)
            local.update(name for name, ours in listed if ours)
            who, rest = split_attribution(unit, known)
            if who is None and _is_quotation(unit) and (after := _said_by(units[u_index + 1 : u_index + 2])):
                who = after  # “…也请大家不必恐慌。” ⏎ 李慧芳表示。: the quotation is the one named after it
            if (
                who is None
                and (bare := _BARE_DEMAND.match(unit))
                and not _LEAD.search(previous)
                and ("要求" not in previous or in_list)
                and (demander := _actor(previous) or speaker)
            ):
                # 会议审议了…指南。要求加强…: the meeting's demand. Not the rest of a news lead
                # (李克强…主持召开国务院常务会议，部署…；要求…: the meeting's points follow), nor
                # of a demand retold (习近平总书记…作出重要指示批示，要求…；要求…)
                who, rest = demander, unit[bare.end() :].lstrip()
            before, previous = previous, unit
            official = _official_in(unit) or official
            attributed = who is not None
            # (…召开新闻发布会。…新闻发言人米锋介绍,…: a unit names who speaks, and the next paragraph may go on
            # with what they said)
            speech = speech or attributed
            if (
                p_index == 0
                and fallback in _DOC_KINDS
                and (decided := _DECIDES.search(unit))
                and (named_body := _speaker_named(decided.group("who")))
            ):
                # a notice signed by nobody: 经市疫情防控指挥部研究,决定… names who issued it, and speaks for it
                speaker = fallback = named_body
            if who == "" and "总书记" in unit[: len(unit) - len(rest)]:
                # 总书记强调，: a person, never the meeting that spoke last: whoever of the
                # persons named spoke last, else the person the article named last, else the one it
                # named 总书记 (习近平总书记到海南考察。在…码头，总书记强调，)
                # (习近平总书记在…时发表重要讲话，他强调，: the one this unit names acting, first)
                acting = named_in(unit[: len(unit) - len(rest)])
                speaker = acting or last_person or named_person or by_title.get("总书记") or speaker
                if _RETOLD.match(unit):
                    speaker = None  # 2015年1月，习近平总书记到云南考察，…总书记强调，…: words of years past, retold
            elif who == "":
                # 他指出，: the person named before it in the unit (陈平在会上作了讲话，他指出，),
                # else the person last named, else the speaker, else whoever spoke last
                # (总书记要求… after a paragraph of narrative)
                said = unit[: len(unit) - len(rest)]
                # (…组长张庆伟请假返回…，连夜主持召开…。他强调，: the official a title named, acting or not)
                speaker = named_in(said) or last_named or speaker or last_person or _titled_in(before + said)
                if official and _THIS_ONE.search(said):
                    speaker = official  # 这位负责人要求，: the body's official the lead named (…局有关负责人1日强调…)
            elif who in _DOC_KINDS and (issuer or fallback or last_issuer):
                speaker = issuer or fallback or last_issuer  # 《通知》要求， → the body that issued it
            elif who:
                speaker = _by_surname(who, known) or who
                if _ISSUED.search(unit[: len(unit) - len(rest)]):
                    last_issuer = speaker  # …疫情防控组已印发通知，要求…: the notice named next is its
                last_named = None  # a pronoun after this refers to the speaker
                last_person = speaker if _person(speaker) == speaker else last_person
                if fallback is None and p_index == u_index == 0 and _WARNING_ISSUED.match(unit):
                    fallback = speaker  # a text that opens …气象台…发布高温红色预警：…: its advice is the body's
            elif (
                fallback is None
                and (raised := _WARNING_RAISED.search(unit))
                and (named_body := _speaker_named(raised.group("who")))
            ):
                # …,饶平县气象台3日17时43分将台风蓝色预警信号升级为黄色,请注意防御。: the office's warning, and
                # the guide under it its advice
                speaker = fallback = named_body
            elif _bystander(unit):
                speaker, suspended = fallback, None  # somebody else speaks now
            elif learnt := _learnt_from(unit):
                speaker = learnt
            elif (decided := _DECIDES.search(unit)) and (named_body := _speaker_named(decided.group("who"))):
                speaker = named_body
                # (…领导小组决定…由二级调整为三级。 ⏎ 各地要…: those it decided for are told by it next)
                voice = voice or named_body
                # …指挥部决定…实行三天临时性管控措施。 at a paragraph's end: the measures follow, point by point
                put_in_force = u_index == len(units) - 1 and _DECIDED_MEASURES.search(unit) is not None
            elif (issued := _ISSUES.match(unit)) and (named_body := _speaker_named(issued.group("who"))):
                speaker = last_issuer = named_body  # 国务院办公厅日前印发《…》，…: the document's
                if not issued.group(0).endswith("《") and fallback is None and p_index == u_index == 0:
                    # a text that opens 河南省气象台…发布高温红色预警：: it is the warning, its advice the body's
                    fallback = named_body
            elif (
                u_index == 0
                and not interrupted
                and not led
                and (not in_list or _REPORTS_ACTION.search(unit))
                and not starts_imperative(enumeration_body(unit)[1])
                and not (listing_modal and _NUMBERED_MODAL.match(unit[:2]))
            ):
                # narrative resumes in a new paragraph; but after a paragraph of speech
                # (会议强调，2019年…), the speaker may go on after a statement
                # (2020年是…收官之年。要坚持问题导向…): see ``_bare_modal``
                suspended = speaker if spoke else None
                if_then = _IF_THEN_MODAL.match(unit)
                if not (
                    spoke and (_TOLD_TO.match(unit) or _NOW_THEN_MODAL.match(unit) or if_then) and has_marker(unit)
                ):
                    # …and a paragraph that tells someone what to do (中小学要做好…) goes on
                    # the speech before it, which a wrapped page may have cut off after a statement;
                    # after a paragraph of what was done too (国家防总立即增派… ⏎ 各地区、各有关部门要…),
                    # the speaker carries over until another is named
                    told = _TOLD_TO.match(unit) and has_marker(unit) and _EACH.match(unit)
                    speaker = voice if told and voice and fallback is None else fallback
            elif (
                u_index >= 1
                and suspended
                and speaker == fallback
                and (_bare_modal(rest) or _NOW_THEN_MODAL.match(rest))
            ):
                # the speech goes on after the statements a new paragraph opened with, which a
                # hard-wrapped page may have cut off its attribution (…开展全覆盖筛查。/ 目前诊断
                # 方法…不断优化…。当前正值春运，人员流动大，必须进一步加强防控。)
                speaker = suspended
            if (
                under_heading is not None
                and u_index == 0
                and who is None
                and speaker == fallback
                and has_marker(rest)
                and not _DAY_TOLD.search(re.split(r"[，,]", rest)[0])
                and not _SOMEONE_SAYS.search(rest)
            ):
                # 燃放鞭炮注意安全 ⏎ 居民不要随意燃放…: a reminder's points under headings of their own, not
                # another item, whose report opens with when it was done (国新办今天（1月13日）举行…) or who said it
                speaker = under_heading
            if u_index == 0:
                under_heading = None
            if _REPORT_SAYS.match(unit):
                meeting_on_it = False  # 汇报认为，…: the report heard speaks now, the meeting's words no more
            if speaker is None and meeting_on_it and u_index > 0 and not attributed and has_marker(rest):
                speaker = "会议"
            if speaker is None and (last_issuer or suspended) and _NOTICE_FOLLOWS.match(rest):
                # …指挥部发布《…的通告》，… ⏎ 通告如下: ⏎ 一、…: the notice itself follows; so it does after the body
                # that decided, in the paragraph before (…指挥部决定,将在全市范围开展…。 ⏎ 现通告如下:)
                speaker = last_issuer or suspended
            # 《通知》提出一系列暖心举措。: what it puts forward follows, measure by measure
            put = _MEASURES_PUT.match(rest) if not attributed else None
            if put is not None and (named := put.group("who").strip("《》")):
                doc = named in _DOC_KINDS
                speaker = (issuer or last_issuer or speaker or named) if doc else (_speaker_named(named) or speaker)
            if speaker is not None and (
                (
                    not attributed
                    and (
                        (
                            _LIST_LEAD.search(rest)
                            and not _REPORTED_BELOW.search(rest)
                            and (not has_marker(_PURPOSE_SPAN.sub("", rest)) or _ASKS_THE_POINTS.search(rest))
                        )
                        or _PREAMBLE.search(rest)
                        or _NOTICE_FOLLOWS.match(rest)
                    )
                )
                or put is not None
                or put_in_force
                # …指挥部决定,自9月1日起开展全员核酸检测,现将有关事项通告如下。: the body decides, its points follow
                or (attributed and _PREAMBLE.search(rest) is not None and _DECIDES.search(unit) is not None)
            ):
                # 优化…措施包括：: the measures follow, one a paragraph maybe, and it is none of them
                in_list, pointed, led = True, True, True
                continue
            if not rest or (attributed and speaker is not None and _ASKS_THE_POINTS.search(rest)):
                # 张叶飞强调： on a line of its own announces the points of the next paragraphs; so does
                # …强调重点做好以下工作: (what they are asked to do follows, a measure a line)
                in_list = attributed and (unit.rstrip().endswith(("：", ":")) or bool(_POINTS_ANNOUNCED.match(unit)))
                pointed = points_ahead = in_list  # …提醒广大市民： ⏎ 一、倡树文明祭祀新风。: its numbered points follow
                # …向全区妇女发出以下倡议: ⏎ 主动问候…。经常上门看望…: an appeal's points, a paragraph each
                led = led or (in_list and _PREAMBLE.search(unit) is not None)
                continue
            if speaker is None and (last_person or voice) is not None and _asks_the_public(rest):
                # …，请广大市民遵守… at a briefing's end, after its narrative: the official who spoke asks; after
                # a body's measures, the body (…一律在单位吃住,严禁返家。… ⏎ 请广大市民群众严格遵从指挥部安排)
                speaker = last_person or voice
            # inside a paragraph of numbered points, a remark between two measures
            # (6月底前，…允许…) does not end the list: 鼓励商业银行… after it is a measure too
            # a call on the public (政府再度呼吁市民，减少不必要外出): what follows is what they are asked to do
            appealed = (
                attributed
                and bool(rest)
                and not rest.startswith(("让我们", "希望"))  # 让我们共同珍惜…: a call to all, no one told
                and bool(_CALL_MADE.search(unit[: len(unit) - len(rest)]))
            )
            is_directive = speaker is not None and is_directive_unit(
                rest,
                attributed=attributed,
                in_list=((in_list or listing or led) and (u_index > 0 or interrupted or led)) or appealed,
                continued=in_list
                or listing
                or (bridged and not _JUDGES.search(rest))
                or (notice and speaker == fallback),
                pointed=_demands(unit, rest) if attributed else listing or (in_list and pointed),
                demanded=attributed and _DEMANDED_BEFORE.search(unit[: len(unit) - len(rest)]) is not None,
            )
            if _WORK_DONE_LEAD.search(unit):
                # …一年来，…主要做了以下工作：一是…, 周强从六个方面总结2021年主要工作：一是…: the points that
                # follow, until someone speaks again, are what was done, and so is the first, in the lead's unit
                reviewing, is_directive = True, False
            elif attributed:
                reviewing = False
            elif reviewing and enumeration_body(rest)[0]:
                is_directive = False
            if not is_directive and speaker is not None and (reminded := _SPEAKER_REMINDS.search(rest)):
                # …已发现有多起聚集性疫情,因此,特别提醒广大市民:自觉做到不扎堆…: the speaker's reminder, made
                # on the way, and what it asks after the colon (its first clause: a remark may follow, …,对当前
                # 疫情防控至关重要)
                asked = re.split(r"[，,。；;]", rest[reminded.end() :])[0]
                is_directive = is_directive_unit(asked + "。", attributed=True, in_list=True)
            if (
                is_directive
                and speaker is not None
                and looks_foreign(speaker)
                and speaker not in local
                and not markers(rest)
            ):
                # 奥巴马表示，对伊朗石油行业实施新一轮制裁…: what a foreign leader says his side does, told of
                # him, orders no one unless he says so (…国际社会应确保…)
                is_directive = False
            if (
                is_directive
                and "决定" in unit
                and _PREAMBLE.search("，" + (units[u_index + 1] if u_index + 1 < len(units) else ""))
            ):
                # 为…，经…研究，决定组织开展…核酸检测。现将有关事项公告如下: the notice's preamble, none of its points
                is_directive = False
            # a list in paragraphs, until one opens otherwise; a slogan heading its part (爱国爱家,守望相助) goes on it
            led = led and (is_directive or u_index > 0 or _SLOGAN_HEADING.match(rest) is not None)
            # the next numbered heading after a measure stated with its subject (…新增1万亿元以上。二是金融政策。)
            headed = bridged and _list_heading(rest)
            bridged = (
                in_list
                and not is_directive
                and not attributed
                and not _NOT_A_MEASURE.search(rest)
                and _acts(rest)
                and not _states(rest)
                and not _done(rest)
            )
            if (
                speaker is not None
                and not is_directive
                and attributed
                and (
                    (_DEMANDED.search(said := unit[: len(unit) - len(rest)]) and not _AS_ASKED.search(said))
                    or _SITUATION_THEN_DEMAND.match(unit)
                    or _SITUATION_THEN_ASKS.match(rest)
                )
            ):
                # 要求有关部门主动服务: whoever a demand names is told to act, verb first or not
                is_directive = not _states(rest) and not _done(rest)
            if not is_directive and speaker is not None and found and found[-1].text.endswith(("；", ";")):
                # 要坚持"两手抓",一手抓当前,…；一手抓谋划,…: the second half of a demand in two
                is_directive = _second_half(found[-1].text, rest) and not _states(rest)
                # 要…扛牢…责任;预防为主、关口前移,精准精细落实…;突出重点…: the next point of demands set out in one
                # sentence, a semicolon between each, the unit before it one of them
                is_directive = is_directive or (
                    chained == (p_index, u_index - 1)
                    and not _states(rest)
                    and not _done(rest)
                    and _parallel(found[-1].text, rest)
                )
            if is_directive:
                # a page that doubles its commas (会议强调,,要…) leaves one before the text
                found.append(FoundDirective(text=rest.lstrip("，,、"), speaker=speaker, paragraph=p_index))
                chained = (p_index, u_index)
                voice = speaker
                listing_modal = listing_modal or bool(_NUMBERED_MODAL.match(rest[:2]))
                listing = (
                    listing
                    or enumeration_body(rest)[0]
                    or bool(_NUMBERED_MODAL.match(rest[:2]))
                    # …形势严峻复杂,一是加快…;: the first point opened inside it, the next (二是利用…) are points too
                    or bool(_FIRST_POINT_INSIDE.search(rest))
                )
            # a quotation (“要…。”) is a speech of its own: what follows it is not on its list;
            # a list's short numbered heading (二是金融政策。) leads more of its measures
            # …and so is a short phrase opening a paragraph of them (文明节俭过年。践行…；倡导…。)
            in_list = (is_directive and not _is_quotation(rest)) or (
                (in_list or headed)
                and (
                    _list_heading(rest)
                    or (u_index == 0 < len(units) - 1 and bool(_RUN_HEADING.fullmatch(rest)))
                    # 三、凡是未…的,“健康码”调整为“橙码”。 ⏎ 四、各区务必…: a numbered point that asks nothing, the
                    # notice's points going on after it
                    or (
                        u_index == 0
                        and not attributed
                        and speaker is not None
                        and point_number(rest) is not None
                        and rest.rstrip().endswith(("。", "；", ";"))  # (no section's heading: 十、推动绿色发展)
                        # (nor one run into what a document says: 十、推动绿色发展…《建议》指出，坚持…)
                        and re.search(r"(?:指出|强调|要求|表示|提出)[，,：:]", rest) is None
                        # (only the next point goes on: not 后续,本市将…, what the office will do)
                        and point_number(_next_unit(units, u_index, paragraphs, p_index)) is not None
                    )
                )
            )
            pointed = in_list and (pointed or listing)
            if _TARGETS_AHEAD.search(rest):
                in_list = pointed = (
                    False  # …要努力实现以下主要目标。 ⏎ 一是经济发展取得新成效。: targets follow, no orders
                )
            for titled in _NAME_WITH_TITLE.finditer(unit):
                if _person(titled.group(1)) == titled.group(1):
                    by_title[titled.group(2)] = titled.group(1)  # 习近平总书记: who 总书记 is in this article
            named = named_in(unit) or _opens_with(unit, known) or _title_alone(unit, by_title)
            if named:
                known.add(named)
            if who and (_person(who) or looks_foreign(who) or _after_a_title(unit, who)):
                # 扎哈罗娃指出，, 江华对…表示肯定，强调…: a name (foreign, or a word too) once a title has named it
                known.add(who)
            last_named = named or last_named
            named_person = (named if named and _person(named) == named else None) or named_person
    return found


def _next_unit(units: Sequence[str], u_index: int, paragraphs: Sequence[str], p_index: int) -> str:
    """The unit after ``units[u_index]``: the next in its paragraph, else the next paragraph (its start)."""
    if u_index + 1 < len(units):
        return units[u_index + 1].strip()
    return paragraphs[p_index + 1].strip() if p_index + 1 < len(paragraphs) else ""


# who speaks, while a text that names nobody speaking is read in its own voice
_OWN_VOICE = "\x00"
# how much a text must order before its own voice is heard: five units or more, half of its units
# or more (a report's list of tasks: 一要大力建设…。以…为主平台，联动推进…; a warning posted with no issuer
# named); a news story that names nobody speaking orders now and then (…就是要争分夺秒降低病死率)
_OWN_VOICE_LEAST = 5
_OWN_VOICE_SHARE = 1 / 2


def _units_after(paragraphs: list[str]) -> list[int]:
    """For each paragraph, how many units the paragraphs after it hold."""
    after, total = [0] * len(paragraphs), 0
    for index in range(len(paragraphs) - 1, -1, -1):
        after[index] = total
        total += len(split_units(paragraphs[index]))
    return after


def _too_few(count: int, units: int) -> bool:
    """Whether ``count`` directives among ``units`` units are too few for a text's own voice."""
    return count < _OWN_VOICE_LEAST or count < _OWN_VOICE_SHARE * units


def own_voice(paragraphs: list[str], *, title: str | None = None) -> list[FoundDirective]:
    """The directives of a text that names nobody speaking, nor an issuer or an author, when it
    orders in bulk: five directives or more, in half of its units or more. They go to no speaker
    (``None``). Empty when anyone is named speaking: their words were read already."""
    units = [unit for paragraph in paragraphs for unit in split_units(paragraph)]
    if any(split_attribution(unit)[0] is not None for unit in units):
        return []

    def hopeless(found: Sequence[FoundDirective], left: int) -> bool:
        # too few even if every unit left gave one, or someone else was found speaking
        return _too_few(len(found) + left, len(units)) or any(f.speaker != _OWN_VOICE for f in found[-1:])

    found = find_directives(paragraphs, title=title, author=_OWN_VOICE, give_up=hopeless)
    if _too_few(len(found), len(units)) or any(f.speaker != _OWN_VOICE for f in found):
        return []
    return [replace(f, speaker=None) for f in found]
