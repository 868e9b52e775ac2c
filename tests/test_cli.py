"""The bulletin-diff command: verbs, JSON shapes, and one-line errors with status 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import Reply, Script

from bulletin_diff.cli import main

ROOT = Path(__file__).parents[1]
SEED = str(ROOT / "seeds" / "000_714d42e7a528be23.txt")
FOLLOWUP = str(ROOT / "seeds" / "2022-03-25_synthetic-followup.txt")


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_parse_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "parse", SEED, "--date", "2022-03-18", "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert set(data) == {"document", "articles", "warnings", "problems"}
    assert {"source", "date", "sha256", "encoding"} <= set(data["document"])
    article = data["articles"][0]
    assert {"title", "subtitle", "source", "place", "date", "byline", "truncated", "paragraphs", "directives"} <= set(
        article
    )
    assert {"id", "text", "speaker"} <= set(article["directives"][0])
    assert data["document"]["date"] == "2022-03-18" and data["document"]["date_origin"] == "option"


def test_parse_takes_the_date_from_the_sources_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "parse", SEED, "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert (data["document"]["date"], data["document"]["date_origin"]) == ("2022-03-18", "sources-file")
    assert data["articles"][0]["date"] == "2022-03-17"


def test_parse_text_format(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "parse", SEED)
    assert code == 0 and "[习近平] 要始终坚持人民至上" in out and "(truncated)" in out


def test_diff_json_and_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "diff", SEED, FOLLOWUP, "--format", "json")
    changes = json.loads(out)["changes"]
    assert code == 0
    changed = next(c for c in changes if c["kind"] == "changed")
    assert {"kind", "text", "previous_text", "similarity", "diff", "speaker"} <= set(changed)
    assert {op["op"] for op in changed["diff"]} <= {"equal", "delete", "insert"}
    code, out, _ = run_cli(capsys, "diff", SEED, FOLLOWUP)
    assert code == 0 and "### Changed" in out and "~~科学精准、~~" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "no text"),
        (b"\xff\xfe\xfa" + bytes(range(128, 256)) * 4, "decode"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_bad_input_is_one_line_and_status_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    code, out, err = run_cli(capsys, "parse", str(path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("bulletin-diff: error:") and message in err.lower()


def test_a_50_mb_file_is_refused_before_it_is_read(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(50 * 2**20)
    code, _, err = run_cli(capsys, "parse", str(big))
    assert code == 2 and "cap" in err and err.count("\n") == 1


def test_console_script_help_for_every_verb() -> None:
    exe = Path(sys.executable).with_name("bulletin-diff")
    for verb in ("parse", "diff", "run"):
        done = subprocess.run([str(exe), verb, "--help"], capture_output=True, text=True, check=True)
        assert f"usage: bulletin-diff {verb}" in done.stdout


def test_a_sources_file_entry_naming_a_folder_uses_the_folders_own_sources_file(tmp_path: Path) -> None:
    from bulletin_diff.sources import expand

    (tmp_path / "sources.yaml").write_text(f"sources:\n  - path: {ROOT / 'seeds'}\n", encoding="utf-8")
    specs = expand([str(tmp_path / "sources.yaml")])
    assert [(Path(s.path).name, str(s.date)) for s in specs] == [
        ("000_714d42e7a528be23.txt", "2022-03-18"),
        ("2022-03-25_synthetic-followup.txt", "2022-03-25"),
    ]


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    seeds = ROOT / "seeds"
    command = [sys.executable, "-m", "bulletin_diff.cli", "diff", "--format", "json"]
    command += [str(seeds / "000_714d42e7a528be23.txt"), str(seeds / "2022-03-25_synthetic-followup.txt")]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # like `| head -0`: nobody reads the JSON
    error = process.stderr.read().decode()
    assert process.wait(timeout=120) == 1
    assert "Traceback" not in error


def test_parse_and_diff_take_web_pages(capsys: pytest.CaptureFixture[str], server: Script) -> None:
    # the seed pages served on 127.0.0.1, the earlier one in GB18030 with the charset in the header only
    old = server.add(
        "/2022-03-18.txt",
        Reply(
            200, Path(SEED).read_text(encoding="utf-8").encode("gb18030"), {"Content-Type": "text/plain; charset=GBK"}
        ),
    )
    new = server.add("/2022-03-25.txt", Reply(200, Path(FOLLOWUP).read_bytes(), {"Content-Type": "text/plain"}))
    code, out, _ = run_cli(capsys, "parse", old, "--date", "2022-03-18", "--format", "json")
    local = json.loads(run_cli(capsys, "parse", SEED, "--date", "2022-03-18", "--format", "json")[1])
    parsed = json.loads(out)
    assert code == 0 and parsed["document"]["encoding"].lower() in {"gbk", "gb18030"}
    assert [d["text"] for a in parsed["articles"] for d in a["directives"]] == [
        d["text"] for a in local["articles"] for d in a["directives"]
    ]
    code, out, _ = run_cli(capsys, "diff", old, new, "--format", "json")
    assert (
        code == 0
        and json.loads(out)["counts"]
        == json.loads(run_cli(capsys, "diff", SEED, FOLLOWUP, "--format", "json")[1])["counts"]
    )
    code, out, err = run_cli(capsys, "parse", server.url("/gone.html"))
    assert code == 2 and out == "" and err.count("\n") == 1 and "404" in err
