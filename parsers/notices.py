"""The title of an official notice (公文): its issuer and kind, and its heading set over
two lines or more.

``NOTICE_TITLE`` reads the issuer and the kind of a title that names its issuer;
:func:`about_kind` the kind of one that does not (``关于…的通知``), whose issuer is then
whoever signs it. Both the default speaker of a notice's directives and its series
are read with them.

A notice's title names its issuer, then what it is about, then its kind:
``国务院办公厅关于进一步做好疫情防控工作的通知``. Set as a document heading, the
issuer often stands on a line of its own (``盐城市疫情防控工作指挥部`` ⏎
``关于进一步加强疫情防控工作的通知``), a long title wraps, and a web page may also
carry the ``关于…`` part alone as its ``<title>``. :func:`join_title` puts such
lines back into one title.
"""

from __future__ import annotations

import re

from parsers.normalize import to_simplified

KIND = r"(?:通知|意见|决定|公告|通告|办法|方案|规定|指南|措施|批复|规划|纲要|细则|决议)"
# 关于…的通知: what the notice is about, then its kind
ABOUT = re.compile(rf"^关于.{{2,}}{KIND}$")
ENDS_KIND = re.compile(rf"{KIND}$")
# 国务院办公厅关于…的通知, 国务院办公厅印发…的通知, 国务院办公厅转发…《关于…的通知》:
# the issuer, then the kind
NOTICE_TITLE = re.compile(
    rf"^(?P<issuer>[\u4e00-\u9fff、]{{2,40}}?)(?:关于[\u4e00-\u9fff\d“《].+?|(?:印发|发布|转发)(?:[\u4e00-\u9fff].*?)?)(?P<kind>{KIND})》?$"
)
# how the name of a body ends (国务院联防联控机制, 省疫情联防联控指挥部, 国家卫生健康委,
# 海关总署, 疾控中心): who issues a notice, and who speaks for a body
# a group a body sends out: 联络组, 中央指导组, 督查组
SENT_GROUP = r"(?:联络|指导|工作|督导|督查|督察|检查|专家|调研|巡视)组"
BODY_ENDING = (
    r"(?:机制|指挥部|领导小组|委员会|办公室|办公厅|人民政府|政府|国务院|党中央|中央|(?<![干全内局外])部|(?<=管理|监管|卫健|健康|疾控|教育|公安|交通|运输|气象|水利|农业|林业|民政|旅游)部门|(?<![格布结大当])局"
    r"|委|厅|院|署|(?<![好此到之住深远益用难长短坏别各])处|小组|综合组|工作专班|中心|防总|防指|(?<![举开创承兴主协合代包查督])办|气象台|天文台"
    r"|交警|消防|派出所|支队|大队|疾控"  # who warns the public: 柳林交警, 长春消防, 蚌埠疾控
    # 联络组指出，: a group sent out speaks too; 银保监会 is a commission, not a meeting
    rf"|{SENT_GROUP}|(?:银保监|证监|银监|保监)会"
    r"|机制[\u4e00-\u9fff]{2,6}组"  # a mechanism's working group: 国务院联防联控机制疫情防控组, …机制医疗救治组
    r"|指挥部[\u4e00-\u9fff]{2,6}组"  # a headquarters' working group: …联合指挥部封控管理组, …指挥部管控组
    # the people's organisations: 全国妇联, 全国总工会, 共青团中央, 中国残联
    r"|妇联|总工会|工商联|科协|侨联|文联|残联|红十字会"
    r"|(?:人民|中央)银行)"  # the central bank, which regulates: (中国)人民银行 (not a bank that lends: 进出口银行)
)
# 盐城市新冠肺炎疫情防控指挥部通告: the body's name, then the kind, nothing between
ISSUED_AS = re.compile(rf"^(?P<issuer>[\u4e00-\u9fff、（）()]{{2,40}}?{BODY_ENDING})(?P<kind>{KIND})$")
# an order a government or a headquarters issues, named by what it closes or bans: 忠县人民政府森林防火封山令
# (a site may put the day before it: 8月23日,…)
ORDER_TITLE = re.compile(
    rf"^(?:\d{{1,2}}月\d{{1,2}}日[,，]?)?(?P<issuer>[\u4e00-\u9fff、（）()]{{2,40}}?{BODY_ENDING})[\u4e00-\u9fff]{{0,10}}?"
    r"(?P<kind>(?:封山|禁火|禁烧|禁烟|戒严|封控|防火|禁渔|禁牧|禁猎|休渔)令)$"
)
# who issues: one or more bodies (国家卫生健康委 教育部), each ending as an office does
_ISSUER = re.compile(rf"^(?:[\u4e00-\u9fff（）()]{{2,30}}?{BODY_ENDING}\s*){{1,4}}$")


# the number of a notice in its series: 公告（第47号）, 通告 第5号, 〔2022〕3号
_NUMBERED = re.compile(
    r"\s*[（(【\[]?\s*(?:第\s*[\d一二三四五六七八九十百〇零]+\s*号|〔\d{4}〕\s*\d+\s*号)\s*[)）】\]]?$"
)
# what a body addresses to the public, titled by whom it goes to (致全市人民的倡议书) or
# by what it is (温馨提示): whoever signs it off speaks
APPEAL = r"(?:倡议书|倡议|公开信|一封信|告知书|温馨提示|提示|提醒|告市民书|告全市人民书)"
# (2025年春节文明过节倡议书: its year too)
_APPEAL_TITLE = re.compile(rf"^(?:致.{{2,30}}?的|关于.{{2,40}}?的)?[\u4e00-\u9fff\d“”\"]{{0,20}}?{APPEAL}$")
_ENDS_APPEAL = re.compile(rf"{APPEAL}$")


# the number before the kind: 疫情防控指挥部3号通告, 指挥部第5号令
# …指挥部3号通告, …指挥部〔2021〕第17号通告 (the year in brackets first)
_NUMBER_BEFORE_KIND = re.compile(r"(?:[〔\[（(【]\d{4}[〕\]）)】])?第?[\d一二三四五六七八九十]+号(?=(?:通告|公告|令)$)")


def bare_title(title: str) -> str:
    """A notice's title without spaces, a kicker in brackets or 《》 around it, and without its
    number (…公告（第47号） → …公告; …指挥部3号通告 → …指挥部通告)."""
    title = _KICKER.sub("", title.replace(" ", "").replace("\u3000", ""))
    if title.startswith("《") and title.endswith("》") and title.count("《") == 1:
        title = title[1:-1]  # 《中共中央 国务院关于…的意见》: the document's own title, cited
    return _NUMBER_BEFORE_KIND.sub("", _NUMBERED.sub("", _DATE_AFTER.sub("", title)))


# the day a title gives after its kind: 新乡市疾病预防控制中心紧急提醒2022年2月22日
_DATE_AFTER = re.compile(r"[（(]?(?:\d{4}年)?\d{1,2}月\d{1,2}日[)）]?$")


# a kicker in brackets before the title: 【坚持人民至上】致全县居民的一封信
_KICKER = re.compile(r"^【[^】]{1,20}】")


def about_kind(title: str) -> str | None:
    """The kind of a notice whose title names no issuer (关于…的通知 → 通知; 致全市人民的
    倡议书 → 倡议书), else None."""
    title = bare_title(title)
    if ABOUT.match(title) and (found := ENDS_KIND.search(title)):
        return found.group()
    if _APPEAL_TITLE.match(title) and (found := _ENDS_APPEAL.search(title)):
        return found.group()
    return None


# an appeal or a reminder its title says who sends: 新乡市疾病预防控制中心紧急提醒, 泰安市疾控中心温馨提示
_APPEAL_ISSUER = re.compile(rf"^(?P<issuer>[\u4e00-\u9fff、（）()]{{2,30}}?{BODY_ENDING})(?:紧急|重要|特别)?{APPEAL}$")


def appeal_issuer(title: str) -> str | None:
    """The body an appeal's or a reminder's title names as sending it, else None."""
    m = _APPEAL_ISSUER.match(bare_title(title))
    return m["issuer"] if m else None


def is_notice_title(line: str) -> bool:
    """A notice's whole title, which opens a text of its own: 国务院办公厅关于…的通知, 关于…的通告,
    …指挥部通告, 致全市人民的倡议书, …人民政府森林防火封山令."""
    title = bare_title(line.strip())
    return bool(NOTICE_TITLE.match(title) or ISSUED_AS.match(title) or ORDER_TITLE.match(title) or about_kind(title))


def is_issuer(line: str) -> bool:
    """A line that is only the name of an issuing body (or of several)."""
    return bool(_ISSUER.match(line.strip()))


# what a body did, as a headline goes on after its name: 召开现场调度会, 举行新闻发布会
_ACTS = re.compile(r"^(?:召开|举行|举办|印发|发布|出台|部署|启动|召集)[^，,。；;：:]{0,30}$")


def join_title(title: str | None, parts: list[str], *, headline: bool = False) -> tuple[str | None, list[str]]:
    """The notice's whole title and the heading lines left as its subtitle.

    ``parts`` are the heading lines under ``title``, in order. An issuer's line
    before ``关于…`` joins it, also when ``title`` came from the page's ``<title>``
    and the heading repeats it under the issuer; a title cut before its kind
    (``…关于进一步做好`` ⏎ ``疫情防控工作的通知``) is joined up; a line that repeats
    the title is dropped. Headings that are not a notice's are left as they were.

    ``headline``: ``title`` is the page's own headline, not its ``<title>``. A news
    headline over the notice it reports (遂宁发布最新通告 延长… ⏎ 遂宁市…指挥部 ⏎
    关于…的通告) stays the title, the notice's whole title under it.
    """
    if title is None:
        return title, parts
    lines = [line.strip() for line in (title, *parts)]
    if parts and is_issuer(lines[0]) and _ACTS.match(lines[1]):
        return lines[0] + lines[1], parts[1:]  # a headline the layout set over two lines: 省…指挥部 ⏎ 召开现场调度会
    # a title set over three lines (广东省人民政府办公厅关于印发广东省 ⏎ 贯彻落实…政务公开 ⏎ 工作要点分工方案的通知),
    # then over two
    for size in (3, 2):
        for k in range(len(lines) - size + 1):
            span = lines[k : k + size]
            if not _one_title(*_halves([to_simplified(line) for line in span])):  # (廣東省…關于印發…)
                continue
            whole, rest = "".join(span), range(k, k + size)
            if headline and k > 0 and lines[0] not in (span[-1], whole):
                under = [whole if i == k else line for i, line in enumerate(lines) if i == k or i not in (0, *rest)]
                return lines[0], [line for line in under if line != lines[0]]
            return whole, [line for i, line in enumerate(lines) if i not in rest and line != span[-1]]
    return title, [line for line in parts if line.strip() != title.strip()]


def _halves(span: list[str]) -> tuple[str, str]:
    """Two lines of a title as ``_one_title`` reads them. Three, when no line before the last names a kind and
    none says the first again: the first two and the last when the first holds 关于 (广东省…关于印发广东省 +
    贯彻落实…政务公开 ⏎ 工作要点分工方案的通知), else the issuer and the last two (鄂温克族自治旗人民政府办公室 ⏎
    关于印发… + …分工的通知); otherwise nothing to join."""
    if len(span) == 2:
        return span[0], span[1]
    if any(ENDS_KIND.search(line) for line in span[:-1]) or min(len(line) for line in span) < _SHORTEST_PART:
        return "", ""
    if any(span[0][:_SHORTEST_PART] in line for line in span[1:]):
        return "", ""  # (某省教育厅关于设立…综合改 ⏎ 某省教育厅关于设立…的通知: the title cut, then said again whole)
    if "关于" in span[0]:
        return span[0] + span[1], span[2]
    return span[0], span[1] + span[2]


_SHORTEST_PART = 4  # a line of a title set over lines has at least this many characters


def _one_title(first: str, second: str) -> bool:
    """Two heading lines of one notice title: the issuer, then 关于…的通知; or a title
    (关于…, after the issuer if any) cut before its kind."""
    if is_issuer(first) and ABOUT.match(second):
        return True
    issuer, about, _ = first.partition("关于")
    wrapped = about and len(first) >= 10 and "关于" not in second and (not issuer or is_issuer(issuer))
    return bool(wrapped) and not ENDS_KIND.search(first) and bool(ENDS_KIND.search(second))
