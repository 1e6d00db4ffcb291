"""The library's sentences reach the window in its language (ADR 0117): an import's reasons
and the database's refusals read Chinese in the Chinese window, with the file, record or field
in them, and English in the English one; every sentence ``db/`` makes has its translation."""

from __future__ import annotations

import ast
import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from marginalia.db import Message
from marginalia.db.errors import DISK_FULL, StorageError, ValidationError
from marginalia.db.store import Store
from marginalia.desktop import i18n
from marginalia.desktop.errors import ErrorReporter
from marginalia.desktop.i18n import install_translators
from marginalia.desktop.mainwindow import MainWindow
from marginalia.desktop.settings import Language, Preferences

from .conftest import REPO, TS, Dialogs, Harness
from .test_i18n import PLACEHOLDER, messages

CJK = re.compile(r"[\u3400-\u9fff]")


def made_in_db() -> dict[str, str]:
    """Every template ``db/`` makes a :class:`Message` of, with where; fails on a template
    that is not a literal (the catalogue could not be checked against it)."""
    found: dict[str, str] = {}
    for path in sorted((REPO / "db").rglob("*.py")):
        if path == REPO / "db" / "messages.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Message":
                where = f"{path.relative_to(REPO)}:{node.lineno}"
                first = node.args[0] if node.args else None
                assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                    f"{where}: a Message's template must be a literal"
                )
                found.setdefault(first.value, where)
    return found


def literal(node: ast.expr) -> str:
    """A string written as it is (lupdate reads nothing else)."""
    assert isinstance(node, ast.Constant) and isinstance(node.value, str), ast.dump(node)
    return node.value


def listed_for_lupdate() -> set[str]:
    tree = ast.parse((REPO / "desktop" / "db_messages.py").read_text(encoding="utf-8"))
    return {
        literal(node.args[1])
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
        and literal(node.args[0]) == "db"
    }


#: Where a sentence for the user is made (ADR 0117 and its addenda): the annotation files'
#: reasons and record names, the store's refusals of an edit, the schema editor's and schema
#: transfer's refusals, the team modules' (packages, merges, conflicts, assignments) and the
#: agreement module's.
SENTENCE_MODULES = (
    *sorted((REPO / "db" / "interchange").glob("*.py")),
    REPO / "db" / "validation.py",
    REPO / "db" / "store.py",
    REPO / "db" / "listing.py",
    REPO / "db" / "commands.py",
    *sorted((REPO / "db" / "schema").glob("*.py")),
    *sorted((REPO / "db" / "team").glob("*.py")),
    *sorted((REPO / "db" / "agreement").glob("*.py")),
)
#: What carries a sentence to the user there: an error, a record's problem, what an export
#: could not hold, an annotation a schema change would orphan.
CARRIERS = frozenset(
    {
        "AnnotationImportError",
        "ConflictError",
        "MergeCancelled",
        "MergeError",
        "NotFoundError",
        "Orphan",
        "PositionError",
        "Problem",
        "Refused",
        "SchemaError",
        "Unreadable",
        "ValidationError",
        "ValueError",
        "skip",
    }
)
#: Lists whose items are reasons given to the user (a schema's refusals, a merge source's
#: problems): appending a sentence written in place to one is a sentence in English.
REASON_LISTS = frozenset({"problems", "reasons"})
#: Functions whose result is a sentence for the user (the command line's "nothing to
#: compare"): returning one written in place is one too.
SENTENCE_FUNCTIONS = frozenset({"why_nothing"})


def _is_text(node: ast.expr) -> bool:
    """A sentence written in place: a literal, an f-string, or text glued to text."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(node.value)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, ast.IfExp):
        return _is_text(node.body) or _is_text(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):  # a list of reasons
        return any(_is_text(item) for item in node.elts)
    if isinstance(node, ast.ListComp):
        return _is_text(node.elt)
    return False


def _carries(node: ast.Call) -> bool:
    """``node`` hands its arguments to the user: an error, a problem, a list of reasons."""
    name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
    if name in CARRIERS:
        return True
    owner = getattr(node.func, "value", None)
    return name == "append" and getattr(owner, "id", None) in REASON_LISTS


#: Where an undo step gets its name (Edit ▸ Undo "Add label Stance"): a command's ``text``
#: (a field's default, an argument, a keyword) and what a schema change is planned with.
STEP_NAMES = "text"
STEP_PLANNERS = {"plan": 2, "SchemaChange": 0}


def _step_names(tree: ast.AST) -> Iterator[ast.stmt | ast.expr]:
    """Undo steps named with a sentence written in place (ADR 0117, addendum of round 13)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", None) == STEP_NAMES:
            if node.value is not None and _is_text(node.value):
                yield node
        elif isinstance(node, ast.FunctionDef):
            arguments = node.args
            named = [*arguments.posonlyargs, *arguments.args]
            pairs = [
                *zip(
                    named[len(named) - len(arguments.defaults) :], arguments.defaults, strict=True
                ),
                *zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True),
            ]
            if any(a.arg == STEP_NAMES and d is not None and _is_text(d) for a, d in pairs):
                yield node
        elif isinstance(node, ast.Call):
            keywords = [k.value for k in node.keywords if k.arg == STEP_NAMES]
            at = STEP_PLANNERS.get(getattr(node.func, "id", None) or "")
            given = node.args[at : at + 1] if at is not None else []
            if any(_is_text(value) for value in (*keywords, *given)):
                yield node


def _sentences_returned(tree: ast.AST) -> Iterator[ast.Return]:
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef) and function.name in SENTENCE_FUNCTIONS:
            for node in ast.walk(function):
                if isinstance(node, ast.Return) and node.value and _is_text(node.value):
                    yield node


def plain_sentences(paths: tuple[Path, ...]) -> list[str]:
    """Each place where one of :data:`CARRIERS` (or a list of :data:`REASON_LISTS`, or a
    return of :data:`SENTENCE_FUNCTIONS`) is given a plain ``str`` it wrote itself (not a
    :class:`Message`): that sentence would reach a Chinese window in English. A line marked
    ``# a bug: not for the user`` (a caller's mistake, never the user's) is left."""
    found = []
    for path in paths:
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            marked = "# a bug: not for the user" in lines[node.lineno - 1]
            if _carries(node) and any(_is_text(arg) for arg in node.args) and not marked:
                found.append(f"{path.name}:{node.lineno}")
        found += [f"{path.name}:{node.lineno}" for node in _sentences_returned(tree)]
        found += [f"{path.name}:{node.lineno}" for node in _step_names(tree)]
    return sorted(found)


def test_the_library_gives_the_window_no_sentence_but_a_message() -> None:
    assert plain_sentences(SENTENCE_MODULES) == [], "make these Message(...) (ADR 0117)"


def test_a_plain_sentence_is_found(tmp_path: Path) -> None:
    """The check above finds what it is meant to: reasons and undo steps' names written in
    place, not as messages; a message, a value passed on and a marked bug pass."""
    module = tmp_path / "reader.py"
    module.write_text(
        "def f(n, where, error):\n"
        '    yield Problem(where, f"entity {n} has no label")\n'
        '    yield Problem(where, "the entity has no label")\n'
        '    ctx.counts.skip("span " + where)\n'
        '    yield Problem(where, Message("the entity has no label"))\n'
        "    yield Problem(where, str(error))\n"
        '    raise ValueError(f"cannot update {n}")  # a bug: not for the user\n'
        '    problems.append(f"the label {n!r} is not in the schema")\n'
        '    problems.append(Message("the label {label} is not here", label=n))\n'
        '    lines.append(f"T{n}\\t{where}")\n'
        "def why_nothing(report):\n"
        "    if report:\n"
        '        return Message("Nothing to compare.")\n'
        '    return "Nothing to compare: " + report.name\n'
        "class Step:\n"
        '    text: str = "Add annotation"\n'
        '    done: str = Message("Add annotation")\n'
        'def plan_it(store, after, name, text="Replace the schema"):\n'
        '    plan(store, after, f"Add label {name}")\n'
        '    plan(store, after, Message("Add label {label}", label=name))\n'
        '    return Step(text=f"Import the schema {name}")\n',
        encoding="utf-8",
    )
    assert plain_sentences((module,)) == [
        "reader.py:14",
        "reader.py:16",
        "reader.py:18",
        "reader.py:19",
        "reader.py:2",
        "reader.py:21",
        "reader.py:3",
        "reader.py:4",
        "reader.py:8",
    ]


def test_every_sentence_db_makes_has_its_chinese_translation() -> None:
    made = made_in_db()
    assert len(made) > 100
    listed = listed_for_lupdate()
    missing = {template: where for template, where in made.items() if template not in listed}
    assert missing == {}, "list these in desktop/db_messages.py, run tools/lupdate.py, translate"
    assert listed - set(made) == set(), "no longer made in db/: remove from db_messages.py"
    translated = {}
    for context, source, message in messages(TS):
        translation = message.find("translation")
        if context == "db" and translation is not None and translation.get("type") is None:
            translated[source] = translation.text or ""
    untranslated = sorted(set(made) - set(translated))
    assert untranslated == [], "translate these in marginalia_zh_CN.ts (context db)"
    for template in made:
        text = translated[template]
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(template))
        bare = re.sub(r"\{\w+\}", "", text)
        assert CJK.search(bare) or not re.search("[a-z]{3}", bare), (template, text)


def bad_files(folder: Path) -> list[Path]:
    """A file of each kind of refusal: its encoding, a broken record, a missing field."""
    folder.mkdir()
    truncated = folder / "half.txt"
    truncated.write_bytes(b"\xff\xfe" + "半个字".encode("utf-16-le") + b"A")
    batch = folder / "batch.jsonl"
    batch.write_text(
        '{"title": "没有正文"}\n'  # no text
        '{"text": "好的" "x"}\n'  # not JSON
        '{"text": "好的", "images": [{"caption": 3}]}\n',
        encoding="utf-8",
    )
    return [truncated, batch]


def import_summary(harness: Harness, paths: list[Path], encoding: str | None = None) -> str:
    """The text of the dialog the import leaves on screen."""
    from marginalia.db import ImportOptions

    importer = harness.workspace.article_import
    with harness.qtbot.waitSignal(importer.finished, timeout=20_000):
        importer.start(paths, ImportOptions(encoding=encoding))
    harness.wait()
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and w.windowTitle() in ("Import", "导入")
    ]
    assert len(boxes) == 1
    text = boxes[0].text()
    boxes[0].close()
    return text


def test_the_chinese_import_summary_gives_each_reason_in_chinese(
    chinese_window: Harness, tmp_path: Path
) -> None:
    text = import_summary(chinese_window, bad_files(tmp_path / "in"))
    lines = text.splitlines()
    assert "• half.txt：文件以 UTF-16 的 BOM 开头，但长度不是 2 字节的整数倍，因此已被截断" in lines
    assert "• batch.jsonl#1：字段“text”缺失或不是字符串" in lines
    assert "• batch.jsonl#2：不是有效的 JSON（第 15 列：此处应有分隔符“,”）" in lines
    assert "• batch.jsonl#3：images[0].caption 必须是字符串" in lines
    # no English word left once the names (file, field, record key) are out; BOM, JSON stay
    names = re.compile(r"\S+\.\w+(#\d+)?|“\w+”|images\[\d+\]\.\w+")
    assert [line for line in lines if re.search("[a-z]{3}", names.sub("", line))] == []


def test_the_english_import_summary_gives_the_english_reasons(
    app_window: Harness, tmp_path: Path
) -> None:
    lines = import_summary(app_window, bad_files(tmp_path / "in")).splitlines()
    assert (
        "• half.txt: the file starts with a BOM for UTF-16 but its length is not a multiple "
        "of 2 bytes, so it is truncated"
    ) in lines
    assert '• batch.jsonl#1: the field "text" is missing or not a string' in lines
    assert "• batch.jsonl#2: is not valid JSON (Expecting ',' delimiter at column 15)" in lines
    assert "• batch.jsonl#3: images[0].caption must be a string" in lines


def test_a_forced_encoding_refuses_in_chinese(qtbot, store: Store, chinese, corpus: Path) -> None:
    harness = Harness(qtbot, store)
    seed = next((corpus / "seed").glob("*.txt"))
    text = import_summary(harness, [seed], encoding="ascii")
    assert re.search(
        rf"• {re.escape(seed.name)}：文件不是有效的 ascii：第 \d+ 字节无法按该编码读取", text
    )
    harness.window.close()
    harness.runner.shutdown()


def modal_text(qtbot, act: Callable[[], object]) -> tuple[str, object]:
    """Run ``act``, which shows a modal message box; read the box's text and close it."""
    seen: list[str] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.done(0)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    result = act()
    assert seen, "no dialog was shown"
    return seen[0], result


@pytest.fixture
def started(qm_folder: Path, english_again, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``marginalia`` run in this process with its dialogs shown; the window it leaves behind
    (the process would have ended) is deleted, or a later test finds it among the top-level
    widgets and waits for an article it never shows."""
    monkeypatch.setattr(i18n, "translations_folder", lambda: qm_folder)
    monkeypatch.delenv("MARGINALIA_NO_DIALOGS")
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()
            shiboken6.delete(widget)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def newer_database(path: Path) -> Path:
    Store.open(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.close()
    return path


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            Language.CHINESE_SIMPLIFIED,
            "{path}：由更新版本的 Marginalia 创建（结构版本 9999）；请升级 Marginalia 后再打开",
        ),
        (
            Language.ENGLISH,
            "{path}: was made by a newer version of Marginalia (schema 9999); please upgrade "
            "Marginalia to open it",
        ),
    ],
)
def test_a_newer_database_is_refused_in_the_windows_language(
    qtbot, tmp_path: Path, started, language: Language, expected: str
) -> None:
    from marginalia.desktop import app as entry

    database = newer_database(tmp_path / "新的.sqlite")
    prefs = Preferences()
    prefs.language = language
    text, code = modal_text(qtbot, lambda: entry.main(["--db", str(database), "--annotator", "x"]))
    assert code == 1
    assert text == expected.format(path=database)


def test_a_file_that_is_no_database_is_refused_in_chinese(qtbot, tmp_path: Path, started) -> None:
    from marginalia.desktop import app as entry

    notes = tmp_path / "笔记.sqlite"
    notes.write_text("只是一些文字，不是数据库", encoding="utf-8")
    prefs = Preferences()
    prefs.language = Language.CHINESE_SIMPLIFIED
    text, code = modal_text(qtbot, lambda: entry.main(["--db", str(notes), "--annotator", "x"]))
    assert code == 1
    assert text == f"{notes}：不是 Marginalia 数据库（不是 SQLite 文件）"


def test_a_failure_of_the_disk_reads_chinese_in_the_error_dialog(
    qtbot, chinese, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("MARGINALIA_NO_DIALOGS")
    reporter = ErrorReporter()
    failure = StorageError(
        DISK_FULL, str(tmp_path / "团队.sqlite"), doing=Message("this change was not saved")
    )
    text, _ = modal_text(qtbot, lambda: reporter.report(failure))
    first = text.split("\n\n")[0]
    assert first == f"{tmp_path / '团队.sqlite'}：这次更改未保存：磁盘已满；请腾出一些空间后重试"
    assert str(failure) == (
        f"{tmp_path / '团队.sqlite'}: this change was not saved: the disk is full; "
        "free some space on it, then try again"
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (Language.CHINESE_SIMPLIFIED, "片段 3–400 超出文本范围（0–{n}）"),
        (Language.ENGLISH, "the span 3–400 is outside the text (0–{n})"),
    ],
)
def test_an_edit_the_store_refuses_reads_in_the_windows_language(
    qtbot, store: Store, qm_folder: Path, english_again, monkeypatch, language, expected
) -> None:
    from .helpers import TEXT, add_article

    install_translators(language, qm_folder)
    monkeypatch.delenv("MARGINALIA_NO_DIALOGS")
    article = add_article(store, images=False)
    reporter = ErrorReporter()
    with pytest.raises(ValidationError) as refused:
        store.create_annotation(article, "claim", 3, 400, "tester")
    text, _ = modal_text(qtbot, lambda: reporter.report(refused.value))
    assert text == expected.format(n=len(TEXT))


def test_an_undo_somebody_else_overtook_says_why_in_chinese(
    chinese_window: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Undo of an add whose annotation another window has changed meanwhile: the store refuses
    it (ConflictError), and the dialog gives the reason in Chinese, not English."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from .helpers import TEXT, add_article

    harness = chinese_window
    article = add_article(harness.store, images=False)
    harness.open(article)
    word = TEXT.index(TEXT.split()[1])
    harness.view.select_span(word, word + 3)
    QTest.keyClick(harness.view, Qt.Key.Key_1)
    harness.wait()
    [made] = harness.mine(article)
    harness.store.update_annotation(made.id, made.revision, note="另一个窗口写的")
    monkeypatch.delenv("MARGINALIA_NO_DIALOGS")
    dialogs = Dialogs()
    QTest.keyClick(harness.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    text = dialogs.first(harness)
    assert "添加该标注之后，它已在别处被更改或删除；此步骤未执行" in text
    assert not re.search("[a-z]{3}", text), text
    assert harness.store.annotation(made.id).note == "另一个窗口写的"  # theirs stays


def test_the_saved_labels_tooltip_says_why_read_only_in_chinese(
    qtbot, tmp_path: Path, chinese, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database that may not be written opens for reading; "只读" in the status bar, and
    its tooltip gives the reason in Chinese (it was English, from the library)."""
    import os

    path = tmp_path / "共享.sqlite"
    Store.open(path).close()
    real = os.access  # marginalia.db.sqlite_files asks os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == path else real(p, mode))
    store = Store.open(path)
    assert store.report is not None and store.report.read_only is not None
    harness = Harness(qtbot, store)
    label = harness.window.findChild(QLabel, "saved")
    assert label is not None
    assert label.text() == "只读"
    assert label.toolTip() == "数据库文件是只读的"
    harness.window.close()
    harness.runner.shutdown()
    store.close()


def test_a_sentence_after_its_path_drops_only_that_path() -> None:
    from marginalia.desktop.db_messages import rendered_after_path

    there = Message("{path}: there is no such database file", path="/a/notes.sqlite")
    assert rendered_after_path(there, "/a/notes.sqlite") == "there is no such database file"
    assert rendered_after_path(there, "/b/notes.sqlite") == str(there)  # another file: kept
    inside = Message("the folder {path} is not there", path="/a")  # not where it opens
    assert rendered_after_path(inside, "/a") == "the folder /a is not there"
    assert rendered_after_path("/a: plain", "/a") == "/a: plain"
