"""Chinese personal names: the surnames a name may open with.

Who spoke is read from the name before 强调 or after a title (省长许昆林), and a
reporter's credit from the names in brackets under a text (（王炯）); both check
that a name opens with a surname. Pure data and one predicate.
"""

from __future__ import annotations

import re

SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "习栗羊常温倪易殷庞彭滕康乔施伍殷聂谷钮应尚胥童翁闵柯季齐岳葛"
    "洪詹凌祝阎樊邢裴宁牛屈项甘柳鲍焦苗"
    # less common surnames (officials of provinces and cities among them: 信长星, 娄勤俭, 阮成发)
    "傅阎樊邢颜庄章鲁翟詹申欧耿关兰焦俞左柳甘祝包宁符舒阮纪梅凌毕单裴霍涂成苗盛曲冉骆蓝路游辛靳管柴蒙"
    "鲍华喻祁蒲房屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟臧"
    "苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁南班储原燕楚鄢"
    "劳谌奚皮粟冼蔺楼满闻厉伊仝郜阚权强帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索宣晋相初门容敬来扈晁芮浦戈"
    "伏鹿薄邸雍辜乌母裘亓修邰赫杭况宿鲜逯隆茹诸战慕危玉亢嵇湛宾戎勾茅揭干尉冶斯元束檀衣信展阴昝智幸奉植"
    "衡富尧"
    "怀逄郗訾仉隗眭綦钭厍邴茆"  # 怀进鹏
    "文安云阙印居"
    "布"  # 布小林
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "长孙")


# the characters foreign names are spelt with (古特雷斯, 扎哈罗娃, 布林肯, 普京): such a name
# opens with no surname, so it is taken only after a title (外交部发言人扎哈罗娃)
_SPELLING = frozenset(
    "阿埃艾爱安昂奥巴拜班邦保贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁东杜顿多厄恩尔法菲费芬丰弗福盖甘冈"
    "戈哥格根贡古圭哈海汉豪赫亨洪胡怀霍基吉加贾杰捷金津卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里丽"
    "利莉连列林琳卢鲁伦罗洛吕马玛迈麦曼梅门蒙米敏摩莫默姆穆纳娜奈南内尼涅纽努诺欧帕派潘佩皮珀普齐奇恰乔"
    "切钦丘萨赛桑瑟森沙莎尚绍舍什舒斯松苏索塔泰坦汤特廷图托瓦万旺威韦维温沃乌伍西希锡谢辛休雅亚扬耶伊"
    "因尤约泽扎詹兹佐夫娃娅契翰"
)


# an official's title at the end of what names him (省委书记, 新闻发言人、宣传司副司长): a title, a name may follow
TITLE_SUFFIX = re.compile(
    r"(?:总书记|书记|省长|市长|县长|区长|主席|总理|副总理|主任|部长|厅长|局长|组长|委员|国务委员|同志|负责人|"
    r"发言人|院长|司令员|政委|专员|秘书长|首席专家|专家|代表|常委|成员|行长|检察长|董事长|首相|总统|总干事|"
    r"研究员|巡视员|主任医师|教授|总指挥|指挥长|司长|处长|科长|署长|州长|镇长|乡长|盟长|旗长|社长|台长|校长|所长|"
    r"总工程师|总经济师|总会计师|总师|总监|"
    r"队长|站长|馆长|外长|防长|大使|国务卿|议长|候选人|长官)$"
)


def looks_foreign(word: str) -> bool:
    """Two to eight characters (a · between parts) all of which foreign names are spelt with."""
    letters = word.replace("·", "")
    return 2 <= len(letters) <= 8 and not word.startswith("·") and all(c in _SPELLING for c in letters)


def looks_like_name(word: str) -> bool:
    """Two or three characters opening with a surname, or four opening with a compound one."""
    if len(word) == 4:
        return word.startswith(COMPOUND_SURNAMES)
    return len(word) in (2, 3) and word[0] in SURNAMES


def spaced_names(parts: list[str]) -> list[str]:
    """A two-character name set with a space in it to fill the width of a three (成 超, 高 津):
    single characters in a row are one name."""
    names: list[str] = []
    for part in parts:
        if len(part) == 1 and names and len(names[-1]) == 1:
            names[-1] += part
        else:
            names.append(part)
    return names


def all_names(text: str) -> bool:
    """``text`` is one to four personal names and nothing else (王拓 崔骏; 罗鸣灶、刘岩松)."""
    parts = [p for p in re.split(r"[\s、，,]+", text.strip()) if p]
    return 0 < len(parts) <= 4 and all(looks_like_name(p) for p in parts)
