"""The ``marginalia`` entry point: --self-test, --sample and the machine configuration."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from marginalia.db.backup import rolling_backups

GUI = Path(sys.executable).with_name("marginalia")


def test_self_test_passes_without_a_display(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    result = subprocess.run(
        [str(GUI), "--self-test"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == "OK"


def test_the_machine_configuration_chooses_the_database_and_sample_imports(
    tmp_path: Path,
) -> None:
    database = tmp_path / "team" / "shared.sqlite"
    database.parent.mkdir()
    machine = tmp_path / "marginalia.ini"
    machine.write_text(f"[marginalia]\ndatabase = {database}\n", "utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MARGINALIA_NO_DIALOGS": "1",
        "MARGINALIA_SYSTEM_CONFIG": str(machine),
        "MARGINALIA_USER_CONFIG": str(tmp_path / "user.ini"),
    }
    env.pop("MARGINALIA_DB", None)
    app = subprocess.Popen(
        [str(GUI), "--annotator", "ana", "--sample"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    titles: list[str] = []
    backups: list[Path] = []
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and app.poll() is None and not (titles and backups):
            backups = rolling_backups(database)
            time.sleep(0.2)
            if database.exists():
                try:
                    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as probe:
                        titles = [r[0] for r in probe.execute("SELECT title FROM articles")]
                except sqlite3.Error:
                    continue
    finally:
        if app.poll() is None:
            app.send_signal(signal.SIGKILL)
        output = app.communicate()[0].decode(errors="replace")
    assert titles and titles[0].startswith("青川港上半年货物吞吐量"), output
    assert backups, "no rolling backup was made at start"


def test_the_name_given_in_the_app_is_the_command_lines_annotator_too(
    tmp_path: Path, monkeypatch
) -> None:
    """``marginalia-cli annotate`` without ``--annotator`` records the name the window uses."""
    from marginalia.db import load_config
    from marginalia.db.store import Store
    from marginalia.desktop.app import share_the_name
    from marginalia.desktop.cli.main import main as cli
    from marginalia.desktop.settings import Preferences

    user_ini = tmp_path / "user.ini"
    monkeypatch.setenv("MARGINALIA_USER_CONFIG", str(user_ini))
    monkeypatch.setenv("MARGINALIA_SYSTEM_CONFIG", str(tmp_path / "machine.ini"))
    monkeypatch.delenv("MARGINALIA_ANNOTATOR", raising=False)
    prefs = Preferences()
    prefs.annotator = "王芳"  # the first-run dialog's answer
    share_the_name(prefs, load_config())
    database = tmp_path / "cli.sqlite"
    assert cli(["--db", str(database), "import", "--sample"]) == 0
    annotate = ["annotate", "1", "--label", "figure", "--start", "0", "--end", "2"]
    assert cli(["--db", str(database), *annotate]) == 0
    prefs.annotator = "Wang Fang"  # renamed in Preferences
    assert load_config().annotator == "Wang Fang"
    with Store.open(database) as store:
        (annotation,) = store.annotations(1)
    assert annotation.annotator == "王芳"
    # a name written in the file by hand is the user's choice: the app leaves it
    user_ini.write_text("[marginalia]\nannotator = ana\n", "utf-8")
    share_the_name(Preferences(), load_config())
    assert load_config().annotator == "ana"


def test_where_it_names_annotators_by_their_system_user_nothing_is_mirrored(
    tmp_path: Path, monkeypatch
) -> None:
    from marginalia.db import load_config
    from marginalia.desktop.app import share_the_name
    from marginalia.desktop.settings import Preferences

    machine = tmp_path / "machine.ini"
    machine.write_text("[marginalia]\nannotator_policy = os-user\n", "utf-8")
    monkeypatch.setenv("MARGINALIA_SYSTEM_CONFIG", str(machine))
    monkeypatch.setenv("MARGINALIA_USER_CONFIG", str(tmp_path / "user.ini"))
    prefs = Preferences()
    prefs.annotator = "someone"
    share_the_name(prefs, load_config())
    prefs.annotator = "someone else"
    assert not (tmp_path / "user.ini").exists()
