"""Shell completion (``marginalia-cli completion bash|zsh``), run by the shells themselves."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent


def shell_env() -> dict[str, str]:
    return {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}


BASH = r"""
source <(marginalia-cli completion bash)
complete -p marginalia-cli
for line in "$@"; do
  COMP_LINE="$line"; COMP_POINT=${#COMP_LINE}
  read -ra COMP_WORDS <<< "$line"; [[ "$line" == *" " ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  _python_argcomplete marginalia-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
  (IFS="|"; echo "$line => ${COMPREPLY[*]}")
done
"""


def complete_in_bash(*lines: str, cwd: Path) -> dict[str, list[str]]:
    done = subprocess.run(
        ["bash", "-c", BASH, "bash", *lines],
        cwd=cwd,
        env=shell_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    out = done.stdout.splitlines()
    assert (
        out[0]
        == "complete -o bashdefault -o default -o nospace -F _python_argcomplete marginalia-cli"
    )
    answers = {}
    for row in out[1:]:
        line, _, words = row.partition(" => ")
        answers[line] = [word.strip() for word in words.split("|")]
    return answers


def test_bash_completes_commands_options_choices_and_files(tmp_path: Path) -> None:
    (tmp_path / "batch.jsonl").write_text("{}\n", "utf-8")
    (tmp_path / "batch-2.jsonl").write_text("{}\n", "utf-8")
    answers = complete_in_bash(
        "marginalia-cli ex",
        "marginalia-cli --db team.sqlite imp",
        "marginalia-cli export --fo",
        "marginalia-cli export --format ",
        "marginalia-cli articles --status ",
        "marginalia-cli help ",
        "marginalia-cli import bat",
        cwd=tmp_path,
    )
    assert answers["marginalia-cli ex"] == ["export"]
    assert answers["marginalia-cli --db team.sqlite imp"] == ["import", "import-annotations"]
    assert answers["marginalia-cli export --fo"] == ["--format"]
    from marginalia.db.interchange import FORMATS

    assert answers["marginalia-cli export --format "] == list(FORMATS)
    statuses = answers["marginalia-cli articles --status "]
    assert statuses == ["new", "in\\ progress", "done", "skipped"]  # one word, for the shell
    assert {"formats", "export", "merge"} <= set(answers["marginalia-cli help "])
    assert sorted(answers["marginalia-cli import bat"]) == ["batch-2.jsonl", "batch.jsonl"]


def test_zsh_loads_the_script_and_gets_answers_in_its_protocol(tmp_path: Path) -> None:
    if shutil.which("zsh") is None:
        pytest.skip("zsh is not installed here (./dev test installs it)")
    loaded = subprocess.run(
        [
            "zsh",
            "-f",
            "-c",
            'autoload -U compinit && compinit -u && eval "$(marginalia-cli completion zsh)" '
            "&& print -r -- ${_comps[marginalia-cli]}",
        ],
        cwd=tmp_path,
        env=shell_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert loaded.stdout.strip() == "_python_argcomplete"
    assert loaded.stderr == ""
    # what the zsh function runs: the command with these variables, answers on file 8
    line = "marginalia-cli export --format d"
    env = {
        **shell_env(),
        "COMP_LINE": line,
        "COMP_POINT": str(len(line)),
        "_ARGCOMPLETE": "1",
        "_ARGCOMPLETE_SHELL": "zsh",
        "_ARGCOMPLETE_SUPPRESS_SPACE": "1",
    }
    answered = subprocess.run(
        ["zsh", "-f", "-c", "marginalia-cli 8>&1 9>&2 1>/dev/null 2>&1"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert answered.stdout == "doccano:"
