"""Every command's ``--help`` ends with examples, and every example works as printed.

The examples tell one story — a lead imports a batch, annotates, exports, hands out work
packages, merges them back and settles a conflict — so the last test runs them all, in
that order, through a real shell in a folder prepared for it, and expects each to succeed.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from marginalia.desktop.cli.commands import COMMANDS
from marginalia.desktop.cli.main import command_parser, parse

from .sandbox import make_conflicts, prepare

#: The order in which the examples make sense (each may use what an earlier one made).
STORY = (
    "import",
    "articles",
    "article",
    "annotate",
    "stats",
    "suggest",
    "export",
    "import-annotations",
    "schema",
    "agreement",
    "package",
    "merge",
    "conflicts",
    "backup",
    "help",
    "completion",
    "self-test",
)


def examples(name: str) -> list[str]:
    """The example lines at the end of ``name --help``, as printed."""
    text = command_parser(name).format_help()
    _, _, tail = text.partition("\nexamples:\n")
    assert tail, f"{name} --help has no examples"
    lines = [line.strip() for line in tail.splitlines() if line.strip()]
    assert 1 <= len(lines) <= 3, lines
    return lines


def test_the_story_has_every_command() -> None:
    assert sorted(STORY) == sorted(c.name for c in COMMANDS)


@pytest.mark.parametrize("name", [c.name for c in COMMANDS])
def test_help_ends_with_examples_that_parse(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    from marginalia.desktop.cli.main import main

    with pytest.raises(SystemExit) as exited:
        main([name, "--help"])
    assert exited.value.code == 0
    printed = capsys.readouterr().out
    assert printed.rstrip().endswith(examples(name)[-1])
    for line in examples(name):
        words = shlex.split(line, comments=True)
        if words[0] == "eval":  # eval "$(marginalia-cli completion bash)"
            words = shlex.split(words[1].removeprefix("$(").removesuffix(")"))
        cut = next((i for i, w in enumerate(words) if w in (">", "|")), len(words))
        assert words[0] == "marginalia-cli", line
        args = parse(words[1:cut])  # a usage error would exit
        assert args.command == name


def test_top_level_help_lists_every_command_and_shows_examples(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from marginalia.desktop.cli.main import main

    with pytest.raises(SystemExit):
        main(["--help"])
    printed = capsys.readouterr().out
    for command in COMMANDS:
        assert f"    {command.name} " in printed
    assert "examples:\n  marginalia-cli import --sample" in printed
    assert "130 interrupted" in printed


def _shell(line: str, folder: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    if "completion zsh" in line:
        command = ["zsh", "-f", "-c", f"autoload -U compinit && compinit -u && {line}"]
    else:
        command = ["bash", "-c", f"set -o pipefail; {line}"]
    return subprocess.run(
        command, cwd=folder, env=env, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.slow
def test_every_example_runs_as_printed(tmp_path: Path) -> None:
    if shutil.which("zsh") is None:
        pytest.skip("zsh is not installed here (./dev test installs it): its example cannot run")
    prepare(tmp_path)
    for name in STORY:
        if name == "merge":
            make_conflicts(tmp_path)
        for line in examples(name):
            done = _shell(line, tmp_path)
            assert done.returncode == 0, f"{line}\n{done.stdout[-2000:]}\n{done.stderr}"
            assert "Traceback" not in done.stderr, done.stderr
    for made in ("imported.json", "figures.json", "article-1.json", "progress.json"):
        json.loads((tmp_path / made).read_text("utf-8"))
    assert json.loads((tmp_path / "accepted.json").read_text("utf-8"))
    assert (tmp_path / "gold.jsonl").stat().st_size and (tmp_path / "claims.jsonl").exists()
    assert (tmp_path / "marginalia-backup.sqlite").exists()
    assert (tmp_path / "team-backup.sqlite").exists()
