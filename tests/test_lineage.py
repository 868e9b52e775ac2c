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


def test_a_part_split_off_shows_what_it_kept_of_the_line(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    title = "\n\n省防控指挥部召开会议\n\n新华日报讯 会议指出，"
    (tmp_path / "2022-03-18_a.txt").write_text(
        title + "要加强核酸检测能力建设，扩大检测范围，同时做好疫苗接种和重点人群健康监测工作。要保障生活物资供应。\n",
        encoding="utf-8",
    )
    (tmp_path / "2022-03-25_b.txt").write_text(
        title + "要加强核酸检测能力建设，扩大检测范围。要做好疫苗接种和重点人群健康监测。要保障生活物资供应稳定。\n",
        encoding="utf-8",
    )
    inputs, _ = steps.load_inputs(expand([str(tmp_path)]))
    parsed, _ = steps.parse_inputs(inputs)
    with Store(db_url) as store:
        store.start_run("r1", [str(tmp_path)])
        steps.compare_and_store(store, "r1", parsed)
    assert main(["history", "要做好疫苗接种和重点人群健康监测", "--db", db_url, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [w["date"] for w in data["wordings"]] == ["2022-03-18", "2022-03-25", "2022-03-25"]
    split = data["wordings"][-1]
    assert split["text"] == "要做好疫苗接种和重点人群健康监测。"
    kept = "".join(op["text"] for op in split["diff"] if op["op"] == "equal")
    assert "疫苗接种和重点人群健康监测" in kept  # shown against the whole line, not against the other part
