"""calibration/calibrate.py: the gold re-encoding it measures with."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from bulletin_diff.evaluate import score_diff
from parsers.document import parse_document

ROOT = Path(__file__).resolve().parents[1]


def _calibrate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("calibrate", ROOT / "calibration/calibrate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("calibrate", module)
    spec.loader.exec_module(module)
    return module


GOLD: dict[str, Any] = {
    "changes": [
        {"kind": "changed", "text": "要继续抓紧社区防控。", "previous_text": "要继续做好社区防控。"},
        {"kind": "new", "text": "要加强边境防控。", "previous_text": None},
        {"kind": "dropped", "text": None, "previous_text": "要严格落实四早。"},
    ],
    "alternatives": [{"text": "要继续抓紧社区防控。", "acceptable_alternatives": [{"kind": "new"}]}],
}

# the reading "new" for the first line: then the earlier line is no longer said
NEW_READING = {
    "changes": [
        {"kind": "new", "text": "要继续抓紧社区防控。", "previous_text": None},
        {"kind": "new", "text": "要加强边境防控。", "previous_text": None},
        {"kind": "dropped", "text": None, "previous_text": "要继续做好社区防控。"},
        {"kind": "dropped", "text": None, "previous_text": "要严格落实四早。"},
    ]
}


def test_consistent_alternatives_accept_the_drop_that_new_implies() -> None:
    consistent = _calibrate().consistent_alternatives(GOLD)
    # as labelled, the scorer takes the drop for a wrong one
    assert score_diff(GOLD, NEW_READING).worst < 1.0
    assert score_diff(consistent, NEW_READING).worst == 1.0
    # the labelled reading scores the same either way
    labelled = {"changes": GOLD["changes"]}
    assert score_diff(GOLD, labelled).worst == score_diff(consistent, labelled).worst == 1.0
    assert GOLD["changes"][0]["kind"] == "changed"  # the gold itself is left alone


# real labelled pairs of three series: a Standing Committee meeting, a leading-group
# meeting and a State Council executive meeting
THREE_SERIES = ("diff-20200226-20200304.json", "diff-20200319-20200323.json", "diff-20200218-20200225.json")


def _labelled_pair(gold_name: str) -> tuple[Any, Any, dict[str, Any]]:
    gold = json.loads((ROOT / "tests/fixtures/labelled" / gold_name).read_text(encoding="utf-8"))
    old, new = (ROOT / gold["earlier_page"]), (ROOT / gold["later_page"])
    earlier = parse_document(old.read_bytes(), source=str(old))
    return earlier, parse_document(new.read_bytes(), source=str(new)), gold


def test_two_reports_on_one_page_diff_as_each_does_alone() -> None:
    # put two by two on one page
    pairs = [_labelled_pair(name) for name in THREE_SERIES]
    pages = _calibrate().two_article_pages(pairs)
    assert len(pages) == 6
    for joint, apart in pages:
        assert joint == apart
    assert min(apart for _, apart in pages) > 0.8


def test_reports_of_other_bodies_on_the_pages_pair_with_nothing() -> None:
    # the seed page and its follow-up, then a leading-group meeting on the earlier page
    # and an executive meeting on the later: a line of the one was taken for a line of
    # the other reworded (0.966 against 1.000) before such articles were kept apart
    seeds = [ROOT / "seeds/000_714d42e7a528be23.txt", ROOT / "seeds/2022-03-25_synthetic-followup.txt"]
    old, new = (parse_document(p.read_bytes(), source=str(p)) for p in seeds)
    followup = json.loads((ROOT / "tests/fixtures/followup-diff.json").read_text(encoding="utf-8"))
    pairs = [(old, new, followup), _labelled_pair(THREE_SERIES[1]), _labelled_pair(THREE_SERIES[2])]
    pages = _calibrate().pages_with_other_bodies(pairs)
    assert len(pages) == 6
    for joint, apart in pages:
        assert joint == apart
