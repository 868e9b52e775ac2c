"""Appeals to the public as Hong Kong and Macau releases word them, in either script.

政府再度強烈呼籲市民，減少不必要外出: a government calls on the public (adverbs and all) and what follows
is what the public is asked to do, whatever its verb; 促請 ("urges") is a call too. A body's 建議 to the
public is its appeal (an expert's is advice). 發言人 and 當局 speak for the government unnamed. jieba's
中應 (生活中應盡量…) and 應為 after those told (市民應為家人着想) hold the modal; 應…邀請 ("at the
invitation of") does not. The site's skip link, feedback box, row of links and the day-and-section line
above the headline are no article, and a headline set between dashes (-記者會快訊-) is the words inside.
"""

from __future__ import annotations

import pytest

from parsers.directives import markers
from parsers.document import parse_document


def _found(*paragraphs: str) -> list[tuple[str | None, str]]:
    doc = parse_document("\n".join(("某某新聞", *paragraphs)).encode(), source="page.txt")
    return [(d.speaker, d.text) for d in doc.directives]


def test_a_government_calls_on_the_public_with_adverbs() -> None:
    assert _found("政府再度強烈呼籲市民，減少不必要外出，盡可能押後掃墓計劃。") == [
        ("政府", "減少不必要外出，盡可能押後掃墓計劃。")
    ]
    assert _found("政府強烈呼籲，市民應盡量留在家中。") == [("政府", "市民應盡量留在家中。")]


def test_an_urging_is_a_call() -> None:
    assert _found("陳肇始促請市民絕不可以鬆懈。") == [("陳肇始", "促請市民絕不可以鬆懈。")]


def test_a_bodys_advice_to_the_public_is_an_appeal_an_experts_is_not() -> None:
    assert _found("政府建議市民盡量留在家中；避免到人多的地方。") == [
        ("政府", "建議市民盡量留在家中；"),
        ("政府", "避免到人多的地方。"),
    ]
    assert _found("專家建議市民盡量留在家中。") == []


def test_a_call_to_all_and_members_suggestions_are_no_call_on_the_public() -> None:
    assert _found("某某呼籲，讓我們共同珍惜這個家。") == []
    assert _found("委員們建議，革除陋習，根本在於轉變觀念。") == []


def test_the_spokesman_and_the_authorities_speak_unnamed() -> None:
    assert _found("發言人提醒市民，在使用易燃物品時，應遠離火種。") == [("發言人", "在使用易燃物品時，應遠離火種。")]
    assert _found("當局呼籲，市民應盡早接種疫苗。") == [("當局", "市民應盡早接種疫苗。")]


def test_the_modal_inside_words_jieba_fused() -> None:
    # markers read the simplified text the parser finds directives in
    assert markers("日常生活中应尽量与他人保持社交距离；") == ["应"]
    assert markers("市民应为自己和家人的健康着想，减少社交接触。") == ["应"]
    assert markers("今年新增资金中应下达地方的部分已全部下达。") == []
    assert markers("中央政府将应特别行政区政府提出的请求提供支持。") == []


def test_site_words_around_a_macau_release_are_no_article() -> None:
    page = (
        "跳過導航\n\n-記者會快訊(抗疫不能鬆懈 市民勿掉以輕心)-\n\n"
        "應變協調中心強調，本澳目前仍處於抗疫的關鍵時期。協調中心強烈呼籲市民不應鬆懈，仍須避免聚會。\n\n"
        "此頁面有問題嗎?\n\n幫助我們改進GOV.MO\n\n* 必填項\n\n提交\n"
    )
    doc = parse_document(page.encode(), source="page.txt")
    assert [a.title for a in doc.articles] == ["記者會快訊(抗疫不能鬆懈 市民勿掉以輕心)"]
    assert [(d.speaker, d.text) for d in doc.directives] == [("協調中心", "強烈呼籲市民不應鬆懈，仍須避免聚會。")]


def test_the_day_and_section_over_a_headline_and_a_row_of_links_are_no_headline() -> None:
    page = (
        "熱門:\n\n2020年4月9日 時事脈搏\n\n政府籲長假市民減社交接觸\n\n"
        "明日開始是四天的復活節長假期，由於疫情在全球仍然嚴峻。政府強烈呼籲，市民應為自己和家人的健康着想，減少社交接觸。"
        "\n\n回上\n\n"
        "報社簡介 | 服務條款 | 私隱條款 | 免責聲明 | 廣告查詢\n"
    )
    doc = parse_document(page.encode(), source="page.txt")
    (article,) = doc.articles
    assert (article.title, article.subtitle) == ("政府籲長假市民減社交接觸", None)
    assert [d.text for d in doc.directives] == ["市民應為自己和家人的健康着想，減少社交接觸。"]


def test_tips_each_under_the_bodies_that_give_them() -> None:
    found = _found(
        "1.国家森防办、应急管理部:清明期间，部分地区森林火险等级较高，注意文明祭扫，杜绝野外违规用火。",
        "2.应急管理部:进入林区牧区，要严格遵守森林防火管理规定。",
    )
    assert found == [
        ("国家森防办、应急管理部", "清明期间，部分地区森林火险等级较高，注意文明祭扫，杜绝野外违规用火。"),
        ("应急管理部", "进入林区牧区，要严格遵守森林防火管理规定。"),
    ]


def test_a_warning_issued_then_a_reminder_gives_the_observatory_the_floor() -> None:
    assert _found(
        "香港天文台於9月6日上午6時45分發出酷熱天氣警告，提醒市民注意當前的高溫天氣。市民應密切留意自身的健康狀況。"
    ) == [("香港天文台", "市民注意當前的高溫天氣。"), ("香港天文台", "市民應密切留意自身的健康狀況。")]


def test_a_department_and_a_look_alike_of_the_city() -> None:
    # 消防處 is a body; 巿民 (巿, fú) is 市民 as typed on some Hong Kong pages
    assert _found("消防處呼籲巿民在歡度佳節之餘，積極參與防火宣傳活動，學習防火知識。") == [
        ("消防處", "呼籲巿民在歡度佳節之餘，積極參與防火宣傳活動，學習防火知識。")
    ]


def test_a_release_posted_under_its_headline_with_the_channels_buttons_under_it() -> None:
    page = (
        "警察總局呼籲市民留意颱風最新動向並採取預防措施\n警察總局\n2023-10-07 15:46\n未能播放Youtube視頻\n\n"
        "因應氣象局已發出三號風球，警察總局呼籲市民和旅客，應時刻留意天氣的變化及政府部門發出的預警訊息。\n\n"
        "訂閱新聞局Telegram政府新聞頻道:https://t.me/example,即時接收最新消息。\n訂閱頻道\n"
        "澳門特別行政區政府新聞局 Facebook\n澳門特別行政區政府新聞局 官方微信\n已複製連結\n"
    )
    doc = parse_document(page.encode(), source="page.txt")
    assert [(a.title, a.subtitle) for a in doc.articles] == [("警察總局呼籲市民留意颱風最新動向並採取預防措施", None)]
    assert [d.text for d in doc.directives] == ["應時刻留意天氣的變化及政府部門發出的預警訊息。"]


def test_an_e_papers_issue_line_and_weekday_are_no_headline() -> None:
    page = (
        "當前報章為 第14067號\n2025年08月23日\n星期六\n司警五日接九十四宗詐騙舉報均無損失\n2025-08-23\n"
        "【本報訊】司警五日內接獲逾九十宗詐騙案舉報，各案事主均無損失。司警再次呼籲市民加強防騙意識。\n"
    )
    (article,) = parse_document(page.encode(), source="page.txt").articles
    assert (article.title, article.subtitle) == ("司警五日接九十四宗詐騙舉報均無損失", None)


def test_a_date_alone_under_the_headline_over_a_short_lead_dates_the_release() -> None:
    page = (
        "現行社交距離措施延續\n\n2021年10月27日\n\n"
        "全球疫情持續嚴峻，政府宣布，現行社交距離措施延長兩周至下月10日。\n\n"
        "當局呼籲，市民應盡早接種疫苗。\n\n回到頁首\n"
    )
    (article,) = parse_document(page.encode(), source="page.txt").articles
    assert (article.title, article.subtitle, str(article.date)) == ("現行社交距離措施延續", None, "2021-10-27")


def test_a_warning_issued_at_an_hour_yesterday_then_a_reminder() -> None:
    assert _found(
        "对于此次降雨，市气象台昨天18时40分发布了暴雨蓝色预警信号，提醒市民外出时携带雨具，驾驶员要降低车速。"
    ) == [("市气象台", "市民外出时携带雨具，驾驶员要降低车速。")]


def test_an_appeal_after_its_reasons_and_the_advice_under_a_heading() -> None:
    assert _found(
        "就上述市民舉報的情況，顯示有不法份子欲藉疫情進行詐騙，故司警局呼籲市民如接到類似電話，須提高防騙警覺。",
        "防範建議:",
        "多關注警方的防罪資訊，提高個人防範意識；",
        "切勿盡信來電顯示的號碼；",
    ) == [
        ("司警局", "呼籲市民如接到類似電話，須提高防騙警覺。"),
        ("司警局", "多關注警方的防罪資訊，提高個人防範意識；"),
        ("司警局", "切勿盡信來電顯示的號碼；"),
    ]


def test_the_police_appeal_on_a_line_of_its_own_over_bulleted_points() -> None:
    # a bullet that states a fact (卫生署不会…) does not end the points under the appeal
    assert _found(
        "有市民收到自称卫生署的语音来电，要求市民提供个人及银行帐户资料。",
        "警方呼吁",
        "• 卫生署不会要求市民提供银行帐户等个人资料。",
        "• 如遇上可疑网站，要求输入银行户口资料及密码，切勿提供任何资料。",
        "• 如有怀疑，应致电防骗热线查询。",
    ) == [
        ("警方", "• 如遇上可疑网站，要求输入银行户口资料及密码，切勿提供任何资料。"),
        ("警方", "• 如有怀疑，应致电防骗热线查询。"),
    ]


def test_a_hong_kong_news_pages_skip_link_and_font_bar_are_the_sites() -> None:
    page = (
        "按此,跳至主要內容。\n字型大小\n"
        "預設字體大小 較大的字體 最大的字體 訂閱RSS 進階搜尋 網頁指南 English 繁體 简体\n\n"
        "登革熱個案增五宗\n\n2016年08月05日\n\n"
        "衞生防護中心公布,過去一星期新增五宗登革熱個案,病人潛伏期內到過印尼和菲律賓。\n\n"
        "衞生防護中心提醒市民,如前往登革熱流行地區,應使用含避蚊胺的昆蟲驅避劑。\n"
    )
    doc = parse_document(page.encode(), source="page.txt")
    assert [(a.title, str(a.date)) for a in doc.articles] == [("登革熱個案增五宗", "2016-08-05")]


def test_a_whole_release_on_one_line_with_its_day_in_english() -> None:
    page = (
        "政府強烈呼籲市民押後掃墓計劃 減少不必要外出 Apr 3, 2020 明日是清明節,政府再度強烈呼籲市民,減少不必要外出,"
        "盡可能押後掃墓計劃。 發言人說,需要前往掃墓人士應避免群組聚集掃墓。\n"
    )
    (article,) = parse_document(page.encode(), source="page.txt").articles
    assert (article.title, str(article.date)) == ("政府強烈呼籲市民押後掃墓計劃 減少不必要外出", "2020-04-03")
    assert [d.speaker for d in article.directives] == ["政府", "發言人"]


@pytest.mark.parametrize(
    "unit",
    ["所有在通人员请自觉遵守疫情防控各项规定。", "广大游客请错峰出行。", "申报材料请于9月11日下班前报送至我厅。"],
)
def test_a_request_right_after_whom_it_asks_or_cut_with_its_day_is_one(unit: str) -> None:
    assert markers(unit) == ["请"]


def test_a_reminders_points_under_headings_of_their_own_are_its_own() -> None:
    # a fire brigade's reminder, each point under a short heading; a report of another item under a heading
    # opens with when it was done, and nobody the reminder named speaks in it
    found = _found(
        "元宵佳节将至，某市消防救援支队提醒广大市民：在欢度节日的同时，不要忽视消防安全。",
        "燃放鞭炮注意安全",
        "居民不要随意燃放烟花爆竹，城市里要到指定区域燃放。",
        "购买合格的烟花爆竹",
        "居民一定要到正规商店购买合格的烟花爆竹。",
        "养老机构安全规范发布",
        "国新办今天（1月13日）举行吹风会，规范明确了养老机构要符合消防安全要求。",
    )
    assert found == [
        ("某市消防救援支队", "在欢度节日的同时，不要忽视消防安全。"),
        ("某市消防救援支队", "居民不要随意燃放烟花爆竹，城市里要到指定区域燃放。"),
        ("某市消防救援支队", "居民一定要到正规商店购买合格的烟花爆竹。"),
    ]
