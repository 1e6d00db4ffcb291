"""Scenarios in a real X session (``tools/xsession``: Xvfb, openbox, D-Bus, AT-SPI), driven
as a user drives the window — keys through ``xdotool``, fields found by their accessible
names — and measured through the accessibility bus (``atspi_probe.py``).

``python real_window_scenarios.py NAME DATABASE HOME OUT.json [ARTICLE]`` runs one and
writes what it saw; ``test_real_window.py`` runs them and judges.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PROBE = HERE / "atspi_probe.py"
SYSTEM_PYTHON = "/usr/bin/python3"
MARGINALIA = Path(sys.executable).with_name("marginalia")


def probe(command: str, name: str) -> dict[str, Any]:
    done = subprocess.run(
        [SYSTEM_PYTHON, str(PROBE), command, name], capture_output=True, text=True, timeout=60
    )
    lines = done.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else {"found": False}


def key(*keys: str) -> None:
    subprocess.run(["xdotool", "key", "--delay", "60", *keys], check=True)


def type_text(text: str) -> None:
    subprocess.run(["xdotool", "type", "--delay", "60", text], check=True)


def until(test: Callable[[], Any], seconds: float = 60, what: str = "") -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = test()
        if value:
            return value
        time.sleep(0.2)
    raise SystemExit(f"waited {seconds} s for {what}")


def reader_name() -> str:
    """The reader's accessible name in the UI's language (the system's, from LANGUAGE)."""
    chinese = os.environ.get("LANGUAGE", "").startswith("zh")
    return "文章正文" if chinese else "Article text"


class App:
    def __init__(self, database: Path, home: Path, *extra: str) -> None:
        env = {
            **os.environ,
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "MARGINALIA_USER_CONFIG": str(home / "user.ini"),
        }
        env.pop("QT_QPA_PLATFORM", None)
        env.pop("MARGINALIA_NO_DIALOGS", None)
        self.process = subprocess.Popen(
            [str(MARGINALIA), "--db", str(database), "--annotator", "anna", *extra], env=env
        )

    def shown(self) -> dict[str, Any]:
        """Once the reader shows an article's text (its lines, as laid out)."""
        return until(
            lambda: (seen := probe("measure", reader_name())).get("lines") and seen,
            what="the reader's text",
        )

    def focus(self) -> None:
        """The window has the keyboard (as after a click on it)."""
        subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "— Marginalia$", "windowactivate"],
            check=False,
            timeout=30,
        )

    def quit(self, home: Path) -> int:
        self.focus()
        key("ctrl+q")
        try:
            return self.process.wait(20)
        except subprocess.TimeoutExpired:  # what is on the screen, for the report
            subprocess.run(["import", "-window", "root", str(home / "not-quit.png")], check=False)
            raise


def live(database: Path) -> list[dict[str, Any]]:
    with sqlite3.connect(database) as connection:
        rows = connection.execute(
            "SELECT attributes FROM annotations WHERE deleted IS NULL"
        ).fetchall()
    return [json.loads(row[0]) if isinstance(row[0], str) else row[0] for row in rows]


def count_is(database: Path, n: int) -> Callable[[], bool]:
    return lambda: len(live(database)) == n


def layout(database: Path, home: Path, article: str) -> dict[str, Any]:
    """Open (as after an import), quit, open again: the reader as a user sees it."""
    first = App(database, home, "--article", article)
    before = first.shown()
    first_exit = first.quit(home)
    again = App(database, home, "--article", article)
    after = again.shown()
    subprocess.run(["import", "-window", "root", str(home / "relaunched.png")], check=False)
    second_exit = again.quit(home)
    return {"before": before, "after": after, "exits": [first_exit, second_exit]}


def keys(database: Path, home: Path, article: str) -> dict[str, Any]:
    """Tag by key, then undo and redo by Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y; type a value
    into a field found by its accessible name and press Ctrl+Return."""
    app = App(database, home, "--article", article)
    app.shown()
    app.focus()
    seen: dict[str, Any] = {}
    key(*["shift+Right"] * 4)
    key("1")  # Claim
    until(count_is(database, 1), 20, "the tag")
    key("ctrl+z")
    until(count_is(database, 0), 20, "Ctrl+Z")
    key("ctrl+shift+z")
    until(count_is(database, 1), 20, "Ctrl+Shift+Z")
    key("ctrl+z")
    until(count_is(database, 0), 20, "Ctrl+Z again")
    key("ctrl+y")
    until(count_is(database, 1), 20, "Ctrl+Y")
    seen["undo_redo"] = "ok"
    key("End", *["shift+Left"] * 5, "1")  # a claim of its own, selected in the panel
    until(count_is(database, 2), 20, "the second tag")
    until(lambda: probe("focus", "Speaker").get("found"), 20, "the speaker field")
    type_text("the minister")
    key("ctrl+Return")  # done & next, at once after typing

    def typed() -> list[dict[str, Any]]:
        return [a for a in live(database) if a.get("speaker")]

    seen["attributes"] = until(typed, 20, "the typed speaker")
    seen["exit"] = app.quit(home)
    return seen


def spoken_fields() -> list[dict[str, Any]]:
    return list(probe("fields", "Marginalia").get("fields", []))


def fields(database: Path, home: Path, article: str) -> dict[str, Any]:
    """Tag a claim by key; Alt+L and Tab to its first field, Down to choose its first
    value; the window's fields as the accessibility bus shows them, then; a screenshot."""
    app = App(database, home, "--article", article)
    app.shown()
    app.focus()
    key(*["shift+Right"] * 4)
    key("1")  # Claim
    until(count_is(database, 1), 20, "the tag")
    key("alt+l")  # the editor's Label box
    key("Tab")  # its first field
    key("Down")  # its first value
    until(lambda: any(a.get("checkworthy") for a in live(database)), 20, "the chosen value")

    def settled() -> list[dict[str, Any]]:
        seen = spoken_fields()
        return seen if any(f["focused"] and f["role"] == "combo box" for f in seen) else []

    seen = {"fields": until(settled, 20, "the fields"), "attributes": live(database)}
    subprocess.run(["import", "-window", "root", str(home / "fields.png")], check=False)
    seen["exit"] = app.quit(home)
    return seen


def export_title() -> str:
    """The export dialog's title in the UI's language (the system's, from LANGUAGE)."""
    chinese = os.environ.get("LANGUAGE", "").startswith("zh")
    return "导出标注" if chinese else "Export annotations"


def export_fields(database: Path, home: Path, article: str) -> dict[str, Any]:
    """Open the export dialog by Ctrl+E; Alt+F to its Format box, Down to the next format;
    the dialog's fields as the accessibility bus shows them, then; a screenshot."""
    app = App(database, home, "--article", article)
    app.shown()
    app.focus()
    key("ctrl+e")
    until(lambda: probe("fields", export_title()).get("fields"), 30, "the export dialog")
    key("alt+f")  # its Format box
    key("Down")  # the next format

    def settled() -> list[dict[str, Any]]:
        seen = list(probe("fields", export_title()).get("fields", []))
        focused = [f for f in seen if f["focused"] and f["role"] == "combo box"]
        return seen if focused and focused[0]["holds"] != focused[0]["name"] else []

    seen = {"fields": until(settled, 20, "the chosen format")}
    subprocess.run(["import", "-window", "root", str(home / "export-fields.png")], check=False)
    key("Escape")
    until(lambda: not probe("fields", export_title()).get("found"), 20, "the dialog closed")
    seen["exit"] = app.quit(home)
    return seen


def schema_title() -> str:
    """The schema editor's title in the UI's language (the system's, from LANGUAGE)."""
    chinese = os.environ.get("LANGUAGE", "").startswith("zh")
    return "标签方案" if chinese else "Label schema"


def schema_fields(database: Path, home: Path, article: str) -> dict[str, Any]:
    """Open the schema editor from the Edit menu (Alt+E, S); its fields as the accessibility
    bus shows them, and a screenshot; then, listening for the fields that get the keyboard
    (a table cell's combo box is not in the tree: a screen reader meets it when it gets the
    keyboard), Alt+K, Tab, Tab to the attribute table, Tab to the first row's Kind box; Alt+K,
    Tab, Tab to the table again and Down to the second row's."""
    app = App(database, home, "--article", article)
    app.shown()
    app.focus()
    key("alt+e")
    key("s")  # Label schema…
    title = schema_title()
    seen = {"fields": until(lambda: probe("fields", title).get("fields"), 30, "the editor")}
    time.sleep(1)  # settled, for the screenshot
    subprocess.run(["import", "-window", "root", str(home / "schema-fields.png")], check=False)
    listening = subprocess.Popen(
        [SYSTEM_PYTHON, str(PROBE), "focused", "12"], stdout=subprocess.PIPE, text=True
    )
    assert listening.stdout is not None
    listening.stdout.readline()  # listening
    key("alt+k", "Tab", "Tab")  # the Key field, the colour, the attribute table's first cell
    key("Tab")  # the first row's Kind box
    time.sleep(1)
    key("alt+k", "Tab", "Tab", "Down")  # the table again, the second row: its Kind box
    out, _err = listening.communicate(timeout=60)
    seen["focused"] = json.loads(out.strip().splitlines()[-1])["focused"]
    key("Escape")
    until(lambda: not probe("fields", title).get("found"), 20, "the editor closed")
    seen["exit"] = app.quit(home)
    return seen


SCENARIOS = {
    "layout": layout,
    "keys": keys,
    "fields": fields,
    "export_fields": export_fields,
    "schema_fields": schema_fields,
}


def main() -> None:
    name, database, home, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
    article = sys.argv[5] if len(sys.argv) > 5 else "1"
    result = SCENARIOS[name](database, home, article)
    Path(out).write_text(json.dumps(result, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    main()
