"""Lineage across documents: `bulletin-diff history` and `bulletin-diff phrases`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bulletin_diff.cli import main
from bulletin_diff.sources import expand
from flows import steps
from storage import Store

ROOT = Path(__file__).parents[1]


@pytest.fixture
def seeded(db_url: str) -> str:
    inputs, _ = steps.load_inputs(expand([str(ROOT / "seeds")]))
    parsed, _ = steps.parse_inputs(inputs)
    with Store(db_url) as store:
        store.start_run("r1", ["seeds"])
        steps.compare_and_store(store, "r1", parsed)
    return db_url


def test_history_shows_first_said_and_each_rewording(seeded: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", "坚定不移坚持动态清零总方针", "--db", seeded, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    dates = [w["date"] for w in data["wordings"]]
    assert dates == ["2022-03-18", "2022-03-25"]
    assert "坚持科学精准、动态清零" in data["wordings"][0]["text"]
    removed = "".join(op["text"] for op in data["wordings"][1]["diff"] if op["op"] == "delete")
    assert "科学精准" in removed
    assert data["last_said"] == "2022-03-25"


def test_history_counts_a_line_said_again_in_the_same_words(seeded: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", "要加快疾控体系改革", "--db", seeded]) == 0
    out = capsys.readouterr().out
    assert "first said 2022-03-18" in out and "said 2 times in these words" in out
    assert "reworded" not in out


def test_history_of_an_unknown_line(seeded: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", "要大力发展航天事业", "--db", seeded]) == 1
    assert "no stored directive" in capsys.readouterr().err


def test_phrases_first_and_last_seen(seeded: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["phrases", "动态清零", "四方责任", "--db", seeded, "--format", "json"]) == 0
    found = {p["phrase"]: p for p in json.loads(capsys.readouterr().out)}
    assert found["动态清零"]["first_seen"] == "2022-03-18" and found["动态清零"]["last_seen"] == "2022-03-25"
    assert found["动态清零"]["by_month"] == {"2022-03": 2}
    assert found["四方责任"]["last_seen"] == "2022-03-25" and found["四方责任"]["total"] == 3
