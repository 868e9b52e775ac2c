"""The diff engine: pure classification of directives, golden and gated."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest

from bulletin_diff.evaluate import score_diff
from bulletin_diff.records import Change, ChangeKind, Directive, DocumentChanges
from diffengine import compare, word_diff
from diffengine.similarity import DEFAULT
from golden_files import check_golden
from parsers.document import parse_document
from parsers.normalize import normalize

ROOT = Path(__file__).parents[1]
GOLD = json.loads((Path(__file__).parent / "fixtures" / "followup-diff.json").read_text(encoding="utf-8"))


def directive(text: str, speaker: str = "会议", position: int = 0) -> Directive:
    return Directive(
        id=f"d{position}", text=text, norm=normalize(text), speaker=speaker, article_index=0, position=position
    )


def seed_pair() -> DocumentChanges:
    old = parse_document(
        (ROOT / "seeds/000_714d42e7a528be23.txt").read_bytes(), source="old", date=dt.date(2022, 3, 18)
    )
    new = parse_document(
        (ROOT / "seeds/2022-03-25_synthetic-followup.txt").read_bytes(), source="new", date=dt.date(2022, 3, 25)
    )
    return DocumentChanges(new.document, old.document, compare(new.directives, old.directives))


def test_followup_scores_one_at_the_gate() -> None:
    score = score_diff(GOLD, seed_pair().to_dict())
    assert score.later_f1 == 1.0 and score.dropped_f1 == 1.0


def test_followup_matches_golden_file() -> None:
    changes = [
        {k: c[k] for k in ("kind", "text", "previous_text", "similarity", "diff", "speaker")}
        for c in seed_pair().to_dict()["changes"]
    ]
    check_golden("followup-changes.json", changes)


def test_width_and_position_are_not_changes() -> None:
    old = [directive("要压实四方责任。", position=0), directive("要加强组织领导,克服麻痹思想。", position=1)]
    new = [directive("要加强组织领导，克服麻痹思想。", position=0), directive("要压实四方责任；", position=1)]
    assert [c.kind for c in compare(new, old)] == [ChangeKind.UNCHANGED, ChangeKind.UNCHANGED]


def test_reworded_changed_with_word_diff_and_dropped_new() -> None:
    old = [
        directive("要始终坚持人民至上、生命至上,坚持科学精准、动态清零,尽快遏制疫情扩散蔓延势头。"),
        directive("要加强学校等重点场所常态化防控。", position=1),
    ]
    new = [
        directive("要始终坚持人民至上、生命至上，坚定不移坚持动态清零总方针，尽快遏制疫情扩散蔓延势头。"),
        directive("要做好方舱医院储备。", position=1),
    ]
    kinds = [(c.kind, c.previous_text) for c in compare(new, old)]
    assert kinds == [
        (ChangeKind.CHANGED, old[0].text),
        (ChangeKind.NEW, None),
        (ChangeKind.DROPPED, old[1].text),
    ]


def test_pairing_is_one_to_one() -> None:
    old = [directive("要压实四方责任。")]
    new = [directive("要压实四方责任。"), directive("要压实四方责任。", position=1)]
    assert [c.kind for c in compare(new, old)] == [ChangeKind.UNCHANGED, ChangeKind.NEW]


def test_other_speaker_needs_a_closer_wording() -> None:
    old = [
        directive(
            "要保持战略定力,坚持稳中求进,统筹好疫情防控和经济社会发展,采取更加有效措施,"
            "努力用最小的代价实现最大的防控效果,最大限度减少疫情对经济社会发展的影响。",
            speaker="习近平",
        )
    ]
    new = [directive("要统筹做好疫情防控和经济社会发展,保障重点企业稳定生产,畅通物流运输通道。", speaker="许昆林")]
    assert [c.kind for c in compare(new, old)] == [ChangeKind.NEW, ChangeKind.DROPPED]


def test_word_diff_on_jieba_words_ignores_width() -> None:
    ops = [
        (o.op, o.text)
        for o in word_diff(
            "要做好生活必需品生产供应,保障就医需求。", "要做好生活必需品生产供应和物流保障，保障就医需求。"
        )
    ]
    assert ops == [("equal", "要做好生活必需品生产供应"), ("insert", "和物流保障"), ("equal", "，保障就医需求。")]


@pytest.mark.parametrize(
    ("old", "new", "ops"),
    [
        # jieba keeps 形势严峻 whole; its parts 形势 + 严峻 tile it, so 形势 stays
        (
            "当前疫情防控形势严峻复杂。",
            "当前疫情防控形势总体可控。",
            [("equal", "当前疫情防控形势"), ("delete", "严峻复杂"), ("insert", "总体可控"), ("equal", "。")],
        ),
        (
            "要坚持科学精准、动态清零。",
            "要坚定不移坚持动态清零总方针。",
            [("equal", "要"), ("insert", "坚定不移"), ("equal", "坚持"), ("delete", "科学精准、"),
             ("equal", "动态清零"), ("insert", "总方针"), ("equal", "。")],
        ),
    ],
)  # fmt: skip
def test_word_diff_keeps_the_part_of_a_compound_that_stays(old: str, new: str, ops: list[tuple[str, str]]) -> None:
    assert [(o.op, o.text) for o in word_diff(old, new)] == ops


def test_two_directives_merged_into_one_are_reported_as_a_merge() -> None:
    old = [
        directive("要加强疫苗接种科普宣传。", position=0),
        directive("要推进老年人加强免疫接种。", position=1),
        directive("要做好学校防控工作。", position=2),
    ]
    new = [directive("要加强疫苗接种科普宣传，推进老年人加强免疫接种。")]
    changes = compare(new, old)
    (merged,) = [c for c in changes if c.kind is ChangeKind.CHANGED]
    assert {merged.previous_text, *(d.text for d in merged.also_previous)} == {old[0].text, old[1].text}
    # the line taken in is no longer said on its own: dropped, naming the merge
    dropped = {c.previous_text: c.nearest for c in changes if c.kind is ChangeKind.DROPPED}
    (taken,) = merged.also_previous
    assert dropped == {taken.text: merged.directive, old[2].text: None}
    assert [c.to_dict()["merged_into"] for c in changes if c.kind is ChangeKind.DROPPED].count(merged.text) == 1


def test_places_are_compared_by_one_name() -> None:
    from parsers.words import canonical

    assert [canonical(w) for w in ("首都", "北京市", "湖北省", "鄂", "广西壮族自治区", "城市", "省市")] == [
        "北京",
        "北京",
        "湖北",
        "湖北",
        "广西壮族",
        "城市",
        "省市",
    ]
    from diffengine.similarity import key_words

    capital = directive("要持续抓好首都疫情防控工作。")
    beijing = directive("北京市要继续落实重点防控任务。")
    assert "北京" in key_words(capital) & key_words(beijing)


def test_words_most_directives_share_weigh_less_than_rare_ones() -> None:
    from diffengine.similarity import local_overlap, local_weights

    sets = [frozenset({"疫情防控", "社区"}), frozenset({"疫情防控", "口岸"}), frozenset({"疫情防控", "社区", "复工"})]
    weights = local_weights(sets)
    assert weights["疫情防控"] < weights["社区"] < weights["口岸"]
    assert local_overlap(sets[0], sets[2], weights) > local_overlap(sets[0], sets[1], weights)


def test_a_weak_pair_never_displaces_a_strong_one() -> None:
    old = [
        directive("要加强社区防控，严格落实网格化管理。", position=0),
        directive("要做好春耕生产，保障农资供应。", position=1),
    ]
    new = [
        directive("要做好春耕备耕，确保农资供应充足。", position=0),
        directive("要加强社区防控，落实网格化管理措施。", position=1),
    ]
    changes = compare(new, old)
    assert [(c.kind, c.previous.text if c.previous else None) for c in changes] == [
        (ChangeKind.CHANGED, old[1].text),
        (ChangeKind.CHANGED, old[0].text),
    ]


def test_a_directive_split_in_two_marks_the_second_part_as_split_off() -> None:
    old = [
        directive("要加强核酸检测能力建设，扩大检测范围，同时做好疫苗接种和重点人群健康监测工作。", position=0),
        directive("要保障生活物资供应。", position=1),
    ]
    new = [
        directive("要加强核酸检测能力建设，扩大检测范围。", position=0),
        directive("要做好疫苗接种和重点人群健康监测。", position=1),
        directive("要保障生活物资供应稳定。", position=2),
    ]
    changes = compare(new, old)
    assert [(c.kind, c.split) for c in changes] == [
        (ChangeKind.CHANGED, False),
        (ChangeKind.NEW, True),
        (ChangeKind.CHANGED, False),
    ]
    assert changes[1].nearest == old[0]
    assert changes[1].to_dict()["split_from"] == old[0].text
    from diffengine.history import family_of

    assert family_of(changes[1]) == old[0].id  # the part split off keeps the line


def test_of_a_line_split_in_two_the_part_that_opens_as_it_did_continues_it() -> None:
    old = [
        directive(
            "各级党委和政府要认真贯彻落实党中央决策部署，进一步落实主体责任，领导干部要靠前指挥，"
            "基层党组织和广大党员干部要充分发挥战斗堡垒和先锋模范作用。",
            position=0,
        )
    ]
    new = [
        directive("各级党委和政府要认真贯彻落实党中央决策部署，切实担负起保一方平安的政治责任。", position=0),
        directive("基层党组织和广大党员干部要充分发挥战斗堡垒和先锋模范作用。", position=1),
    ]
    changes = compare(new, old)
    assert [(c.kind, c.split) for c in changes] == [(ChangeKind.CHANGED, False), (ChangeKind.NEW, True)]
    assert changes[1].nearest == old[0]


def test_comparing_the_other_way_round_mirrors_the_changes() -> None:
    old = parse_document((ROOT / "seeds/000_714d42e7a528be23.txt").read_bytes(), source="old")
    new = parse_document((ROOT / "seeds/2022-03-25_synthetic-followup.txt").read_bytes(), source="new")
    forward = compare(new.directives, old.directives)
    backward = compare(old.directives, new.directives)

    def pairs(changes: tuple[Change, ...], flip: bool) -> set[tuple[str, str | None, str | None]]:
        out = set()
        for c in changes:
            kind, text, previous = c.kind.value, c.text, c.previous_text
            if flip:
                kind = {"new": "dropped", "dropped": "new"}.get(kind, kind)
                text, previous = previous, text
            out.add((kind, text, previous))
        return out

    assert pairs(forward, flip=False) == pairs(backward, flip=True)


def test_points_never_match_for_their_list_numbers() -> None:
    old = [directive("一是分类有序推动复工复产。", position=0), directive("二是抓紧出台惠企政策。", position=1)]
    new = [directive("一是细化农村疫情防控科学指导。", position=0), directive("二是加强越冬作物管理。", position=1)]
    assert [c.kind for c in compare(new, old)] == [
        ChangeKind.NEW,
        ChangeKind.NEW,
        ChangeKind.DROPPED,
        ChangeKind.DROPPED,
    ]


def test_a_numbered_point_reworded_in_place_between_two_kept_lines_is_that_point_changed() -> None:
    kept_before, kept_after = "各单位实行弹性工作制，错峰上下班。", "驾车要避开积水路段。"
    old = [
        directive(kept_before, position=0),
        directive("二、非必要不外出。", position=1),
        directive(kept_after, position=2),
    ]
    new = [
        directive(kept_before, position=0),
        directive("二、出行多乘公交。", position=1),
        directive(kept_after, position=2),
    ]
    changes = compare(new, old)
    assert [(c.kind, c.previous.text if c.previous else None) for c in changes] == [
        (ChangeKind.UNCHANGED, kept_before),
        (ChangeKind.CHANGED, "二、非必要不外出。"),
        (ChangeKind.UNCHANGED, kept_after),
    ]


def test_a_point_in_place_with_another_number_or_no_kept_line_after_it_is_new() -> None:
    kept = "各单位实行弹性工作制，错峰上下班。"
    old = [directive(kept, position=0), directive("二、非必要不外出。", position=1)]
    new = [directive(kept, position=0), directive("二、出行多乘公交。", position=1)]
    assert [c.kind for c in compare(new, old)] == [ChangeKind.UNCHANGED, ChangeKind.NEW, ChangeKind.DROPPED]
    after = "驾车要避开积水路段。"
    old = [*old, directive(after, position=2)]
    new = [new[0], directive("三、出行多乘公交。", position=1), directive(after, position=2)]
    assert [c.kind for c in compare(new, old)][1] == ChangeKind.NEW


def test_a_point_renumbered_is_the_same_point() -> None:
    changes = compare([directive("三是抓好畜禽生产。")], [directive("二是抓好畜禽生产。")])
    assert [c.kind for c in changes] == [ChangeKind.CHANGED]
    assert changes[0].similarity == pytest.approx(1.0)  # sums over sets: the order of terms varies by run


def test_a_page_that_reorders_its_articles_diffs_like_the_original_order() -> None:
    later = (ROOT / "seeds/2022-03-25_synthetic-followup.txt").read_text(encoding="utf-8")
    cut = later.index("省疫情联防联控指挥部召开会议")
    swapped = later[cut:].rstrip("\n") + "\n\n" + later[:cut]
    old = parse_document(
        (ROOT / "seeds/000_714d42e7a528be23.txt").read_bytes(), source="old", date=dt.date(2022, 3, 18)
    )
    new = parse_document(swapped.encode(), source="new", date=dt.date(2022, 3, 25))
    assert (new.articles[0].title or "").startswith("省疫情联防联控指挥部召开会议")
    changes = DocumentChanges(new.document, old.document, compare(new.directives, old.directives))
    score = score_diff(GOLD, changes.to_dict())
    assert (score.later_f1, score.dropped_f1) == (1.0, 1.0)


def page_line(text: str, article: int, position: int, series: str | None = None, speaker: str = "会议") -> Directive:
    return Directive(
        id=f"d{position}",
        text=text,
        norm=normalize(text),
        speaker=speaker,
        article_index=article,
        position=position,
        article_series=series,
    )


PSC = "中共中央政治局常务委员会会议"
PROVINCE = "省疫情联防联控指挥部会议"


def test_a_line_of_one_meeting_is_not_a_rewording_of_another_meetings_line_on_the_page() -> None:
    # a province echoes the centre's words: on the later page that is the province's
    # new line, and the centre's earlier line is dropped (its article no longer says it)
    old = [
        page_line("要坚持科学精准、动态清零，尽快遏制疫情扩散蔓延势头。", 0, 0, PSC),
        page_line("要加强疫情防控国际合作。", 0, 1, PSC),
        page_line("要加强重点场所管控。", 1, 2, PROVINCE),
    ]
    new = [
        page_line("要加强疫情防控国际合作。", 0, 0, PSC),
        page_line("要坚持科学精准、动态清零，全力遏制疫情扩散蔓延。", 1, 1, PROVINCE),
    ]
    changes = compare(new, old)
    assert [(c.kind, c.previous.text if c.previous else None) for c in changes] == [
        (ChangeKind.UNCHANGED, "要加强疫情防控国际合作。"),
        (ChangeKind.NEW, None),
        (ChangeKind.DROPPED, "要坚持科学精准、动态清零，尽快遏制疫情扩散蔓延势头。"),
        (ChangeKind.DROPPED, "要加强重点场所管控。"),
    ]
    # the nearest earlier wording is still shown, wherever it stood
    assert changes[1].nearest is not None and changes[1].nearest.position == 0


def test_without_series_articles_belong_together_by_the_lines_they_share() -> None:
    old = [
        page_line("要加强重点场所管控。", 0, 0),
        page_line("要加快推进复工复产。", 0, 1),
        page_line("要严格落实入境人员闭环管理。", 1, 2),
    ]
    # the later page puts the other article first; its second article says a line of
    # the first earlier one again, so it continues that one
    new = [
        page_line("要严格落实入境人员全流程闭环管理。", 0, 0),
        page_line("要加快推进复工复产。", 1, 1),
        page_line("要加强重点场所和重点人群管控。", 1, 2),
    ]
    changes = compare(new, old)
    pairs = {c.directive.text: c.previous.text for c in changes if c.directive and c.previous}
    assert pairs == {
        "要严格落实入境人员全流程闭环管理。": "要严格落实入境人员闭环管理。",
        "要加快推进复工复产。": "要加快推进复工复产。",
        "要加强重点场所和重点人群管控。": "要加强重点场所管控。",
    }


def test_without_the_alignment_the_echo_would_pair_across_meetings() -> None:
    # the same lines with no article told apart: the echo is taken for a rewording,
    # which is what the alignment above prevents
    old = [
        page_line("要坚持科学精准、动态清零，尽快遏制疫情扩散蔓延势头。", 0, 0),
        page_line("要加强重点场所管控。", 0, 1),
    ]
    new = [page_line("要坚持科学精准、动态清零，全力遏制疫情扩散蔓延。", 0, 0)]
    assert compare(new, old)[0].kind is ChangeKind.CHANGED


def test_an_opening_that_takes_in_a_one_line_aim_still_continues_the_opening() -> None:
    old = [
        directive("要认真贯彻会议精神，按照领导小组部署，突出重点做好精准防控，坚决防止疫情反弹。", position=0),
        directive("在常态化防控中全面推进经济社会秩序恢复。", position=1),
        directive("要加强边境口岸疫情防控。", position=2),
    ]
    new = [
        directive(
            "要认真贯彻会议精神，按照领导小组部署，做好常态化防控，坚决防止疫情反弹，为经济社会秩序全面恢复提供有力保障。",
            position=0,
        ),
        directive("要加强边境口岸疫情防控。", position=1),
    ]
    changes = compare(new, old)
    opening = changes[0]
    assert opening.kind is ChangeKind.CHANGED and opening.previous is not None
    assert opening.previous.position == 0
    # the aim it takes in is reported merged into it, and no longer said on its own
    assert [d.position for d in opening.also_previous] == [1]
    dropped = [c for c in changes if c.kind is ChangeKind.DROPPED]
    assert [c.previous.position for c in dropped if c.previous] == [1]


def test_a_line_that_takes_in_a_short_one_keeps_it_unless_a_longer_one_is_a_clear_rewording() -> None:
    # 2020-01-25 -> 02-03: the later line goes on from 要全力以赴救治感染患者; the longer
    # earlier line on supplies shares only 保障…物资供应 with it, no clear rewording
    old = [
        directive("要切实保障湖北省和武汉市各种物资供应，确保人民群众正常基本生活。", position=0),
        directive("要关心和保护好广大医疗卫生人员，做好防护设备配置、防护措施落实。", position=1),
        directive("要全力以赴救治感染患者。", position=2),
    ]
    new = [
        directive("要全力以赴救治患者，保障医疗防护物资供应，努力提高收治率和治愈率、降低感染率和病死率。", position=0),
        directive("集中收治医院要尽快建成投入使用，同时保护好医务人员身心健康。", position=1),
    ]
    changes = compare(new, old)
    assert changes[0].previous is not None and changes[0].previous.text == "要全力以赴救治感染患者。"


def test_lines_of_two_other_bodies_on_the_pages_are_not_rewordings_of_each_other() -> None:
    # each page carries the Standing Committee and one more meeting, of another body on
    # each page: a line of the one is not the other's line reworded, however alike
    old = [
        page_line("要加强疫情防控国际合作。", 0, 0, PSC),
        page_line("要加大稳岗和就业补助力度，帮助企业渡过难关。", 1, 1, "国务院常务会议"),
    ]
    new = [
        page_line("要加强疫情防控国际合作。", 0, 0, PSC),
        page_line("要加大稳岗就业补助力度，帮助中小企业渡过难关。", 1, 1, PROVINCE),
    ]
    kinds = [(c.kind, (c.directive or c.previous).position) for c in compare(new, old)]  # type: ignore[union-attr]
    assert kinds == [(ChangeKind.UNCHANGED, 0), (ChangeKind.NEW, 1), (ChangeKind.DROPPED, 1)]
    # without their series the two articles are joined by that line, and it is reworded
    plain = [replace(d, article_series=None) for d in new], [replace(d, article_series=None) for d in old]
    assert [c.kind for c in compare(*plain)][1] is ChangeKind.CHANGED


_WATCH_THEN = "要密切监测雨情水情汛情变化，加密预报预警频次，紧盯河道堤防、城市低洼地带。"
_WATCH_NOW = "要提升灾害性天气监测预警能力，聚焦山洪地质灾害易发区、城市低洼地带，加大隐患排查力度。"
_SAID_AGAIN = [
    "要加强值班值守，严格执行领导带班和24小时值班制度。",
    "要做好受灾群众转移安置，确保有饭吃、有衣穿、有住处。",
    "要抓紧抢修受损的道路、电力和通信设施。",
    "要加强水库巡查，确保水库安全度汛。",
    "要做好防汛物资储备，前置救援力量。",
    "要及时发布预警信息，提醒群众避险。",
]


def _flood_meeting(watch: str, said_again: list[str]) -> list[Directive]:
    texts = [said_again[0], watch, *said_again[1:]]
    return [replace(directive(t, position=i), id=f"{watch[:4]}{i}") for i, t in enumerate(texts)]


def test_in_a_short_text_the_two_lines_left_over_that_are_alike_are_one_reworded() -> None:
    # the two score under the threshold (0.39): on their own, in a long text, they are new and dropped
    changes = compare(_flood_meeting(_WATCH_NOW, _SAID_AGAIN[:2]), _flood_meeting(_WATCH_THEN, _SAID_AGAIN[:2]))
    assert [(c.kind, c.previous.text if c.previous else None) for c in changes] == [
        (ChangeKind.UNCHANGED, _SAID_AGAIN[0]),
        (ChangeKind.CHANGED, _WATCH_THEN),
        (ChangeKind.UNCHANGED, _SAID_AGAIN[1]),
    ]
    off = compare(
        _flood_meeting(_WATCH_NOW, _SAID_AGAIN[:2]),
        _flood_meeting(_WATCH_THEN, _SAID_AGAIN[:2]),
        replace(DEFAULT, short_text=0),
    )
    assert [c.kind for c in off] == [ChangeKind.UNCHANGED, ChangeKind.NEW, ChangeKind.UNCHANGED, ChangeKind.DROPPED]


def test_in_a_short_text_the_meeting_speaks_for_its_chair_but_two_persons_are_two() -> None:
    # last year the vice-governor said it (王成强调,), this year the report gives it to the meeting (会议强调,)
    def by(speaker: str, meeting: list[Directive]) -> list[Directive]:
        return [replace(d, speaker=speaker) for d in meeting]

    then = by("王成", _flood_meeting(_WATCH_THEN, _SAID_AGAIN[:2]))
    changes = compare(by("会议", _flood_meeting(_WATCH_NOW, _SAID_AGAIN[:2])), then)
    assert [c.kind for c in changes] == [ChangeKind.UNCHANGED, ChangeKind.CHANGED, ChangeKind.UNCHANGED]
    others = compare(by("许勤", _flood_meeting(_WATCH_NOW, _SAID_AGAIN[:2])), then)
    assert ChangeKind.NEW in [c.kind for c in others] and ChangeKind.DROPPED in [c.kind for c in others]


def test_in_a_long_text_lines_left_over_pair_only_above_the_threshold() -> None:
    changes = compare(_flood_meeting(_WATCH_NOW, _SAID_AGAIN), _flood_meeting(_WATCH_THEN, _SAID_AGAIN))
    assert [c.kind for c in changes if c.kind is not ChangeKind.UNCHANGED] == [ChangeKind.NEW, ChangeKind.DROPPED]


def test_in_a_long_report_two_lines_sharing_only_the_wording_of_orders_are_two_instructions() -> None:
    # the fourth lines stand at the same place and share 加强, 确保, 稳定: how orders are worded, nothing rare
    kept = [
        "要抓好秋粮生产，稳定生猪生产。",
        "要扩大有效投资，加快地方政府专项债券发行。",
        "要做好高校毕业生就业工作。",
    ]
    rest = ["要坚持不懈抓好安全生产。", "要保障和改善民生，兜牢基本民生底线。", "要加强党风廉政建设。"]
    old = [directive(t, position=i) for i, t in enumerate([*kept, "要加强统筹协调，确保社会大局稳定。", *rest])]
    new = [directive(t, position=i) for i, t in enumerate([*kept, "要加强组织领导，确保经济工作稳定推进。", *rest])]
    kinds = {c.kind for c in compare(new, old) if c.kind is not ChangeKind.UNCHANGED}
    assert kinds == {ChangeKind.NEW, ChangeKind.DROPPED}
    # without the need for a rare word, their place and wording would pair them
    loose = compare(new, old, replace(DEFAULT, rare_below=0.0))
    assert [c.kind for c in loose if c.kind is not ChangeKind.UNCHANGED] == [ChangeKind.CHANGED]
    # a rare word shared (专项债券) keeps a loosely worded pair together
    reworded = [*new[:1], directive("要用好专项债券，带动扩大投资。", position=1), *new[2:]]
    assert [c.kind for c in compare(reworded, old)][1] is ChangeKind.CHANGED


def test_a_point_set_with_another_number_mark_is_unchanged() -> None:
    # 2、居民须… one day, 2。居民须… the next: the same point, the mark after its number aside
    old = [
        directive("2、居民须戴好口罩,不扎堆,不聚集。", position=0),
        directive("3、非本小区人员不得进入小区。", position=1),
    ]
    new = [
        directive("2。居民须戴好口罩,不扎堆,不聚集。", position=0),
        directive("3。非本小区人员不得进入小区。", position=1),
    ]
    changes = compare(new, old)
    assert [(c.kind, c.previous.text if c.previous else None) for c in changes] == [
        (ChangeKind.UNCHANGED, "2、居民须戴好口罩,不扎堆,不聚集。"),
        (ChangeKind.UNCHANGED, "3、非本小区人员不得进入小区。"),
    ]


def test_a_count_with_a_thousands_comma_is_no_list_number() -> None:
    # 12,345 is a figure, not point 12: the texts differ
    changes = compare([directive("12,345户须在月底前完成登记。")], [directive("12,000户须在月底前完成登记。")])
    assert changes[0].kind is ChangeKind.CHANGED
