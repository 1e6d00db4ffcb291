"""Translations: the zh_CN catalogue is complete, up to date with the code, and used."""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QLocale
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QFileDialog, QLabel

from marginalia.db.store import Store
from marginalia.desktop.articles import ArticleListDock, StoreSource
from marginalia.desktop.i18n import install_translators, locale_for
from marginalia.desktop.prefs import PreferencesDialog
from marginalia.desktop.settings import Language, Preferences, use_settings_folder

from .conftest import REPO, TS, qt_tool

PLACEHOLDER = re.compile(r"%L?n|%\d|\{\w+\}")
PLURALS = TS.with_name("marginalia_en.ts")


def messages(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message


def translation_type(message: ET.Element) -> str | None:
    translation = message.find("translation")
    assert translation is not None, message.findtext("source")
    return translation.get("type")


def test_every_message_is_translated_with_its_placeholders_and_accelerators():
    seen = 0
    for context, source, message in messages(TS):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        seen += 1
        assert translation.get("type") != "unfinished", (context, source)
        # a message with a count has one form per plural form of the language (Chinese: one)
        forms = [form.text or "" for form in translation.iter("numerusform")]
        for text in forms if message.get("numerus") == "yes" else [translation.text or ""]:
            assert text, (context, source)
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source
            if re.search(r"&[^&\s]", source):
                assert re.search(r"&[^&\s]", text), f"{source!r} lost its accelerator"
    assert seen > 100


def test_the_catalogue_covers_every_string_in_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            qt_tool("lupdate"),
            "-silent",
            "-extensions",
            "py",
            str(REPO / "desktop"),
            "-ts",
            str(fresh),
        ],
        check=True,
        cwd=REPO,
    )
    committed = {
        (context, source)
        for context, source, message in messages(TS)
        if translation_type(message) not in ("vanished", "obsolete", "unfinished")
    }
    in_code = {(context, source) for context, source, _ in messages(fresh)}
    assert in_code, "lupdate found no strings"
    missing = sorted(in_code - committed)
    assert missing == [], "run tools/lupdate.py (ADR 0072) and translate these"


def test_the_catalogue_carries_no_notes_from_attribute_comments():
    # lupdate takes a Python ``#:`` comment for a note to translators; ours document
    # attributes, and raw lupdate attached them to whichever string came next (ADR 0072).
    # Only a translator's comment ("#: Translators: …") is kept (ADR 0117, round 14).
    notes = {
        source: message.findtext("extracomment") or ""
        for _, source, message in messages(TS)
        if message.find("extracomment") is not None
    }
    stray = [source for source, note in notes.items() if not note.startswith("Translators: ")]
    assert stray == [], "update the catalogue with tools/lupdate.py, not raw pyside6-lupdate"
    assert "{label} ({key}) — {count}" in notes


def test_with_zh_cn_chosen_the_widgets_speak_chinese(qtbot, tmp_path, qm_folder, english_again):
    use_settings_folder(tmp_path / "settings")
    prefs = Preferences()
    prefs.language = Language.CHINESE_SIMPLIFIED
    locale = install_translators(Preferences().language, qm_folder)
    assert locale.name() == "zh_CN"
    with Store.open(tmp_path / "zh.sqlite") as store:
        dock = ArticleListDock(StoreSource(store), annotator="li")
        qtbot.addWidget(dock)
        assert dock.windowTitle() == "文章"
        assert dock.status_filter.itemText(0) == "全部状态"
        assert dock.next_action.text() == "下一篇待办(&N)"
    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "首选项"
    assert QCoreApplication.translate("ArticleStatus", "Done") == "已完成"
    # Qt's own catalogue comes along for standard buttons
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_english_installs_only_its_plural_forms(qtbot, tmp_path, qm_folder, english_again):
    install_translators(Language.CHINESE_SIMPLIFIED, qm_folder)
    install_translators(Language.ENGLISH, qm_folder)
    assert QCoreApplication.translate("ArticleListDock", "Articles") == "Articles"
    assert QLocale().language() == QLocale.Language.English
    counted = [
        QCoreApplication.translate("SuggestionList", "%Ln suggestion(s)", "", n) for n in (1, 2)
    ]
    assert counted == ["1 suggestion", "2 suggestions"]
    assert QCoreApplication.translate("SuggestionList", "%Ln suggestion(s)", "", 1234) == (
        "1,234 suggestions"
    )


def test_chinese_counts_have_their_one_form(qtbot, qm_folder, english_again):
    install_translators(Language.CHINESE_SIMPLIFIED, qm_folder)
    counted = [
        QCoreApplication.translate("SuggestionList", "%Ln suggestion(s)", "", n) for n in (1, 2)
    ]
    assert counted == ["1 条建议", "2 条建议"]


def test_the_english_catalogue_has_both_forms_of_every_count_in_the_code(tmp_path):
    fresh = tmp_path / "plurals.ts"
    subprocess.run(
        [
            qt_tool("lupdate"),
            "-silent",
            "-extensions",
            "py",
            "-pluralonly",
            "-target-language",
            "en",
            str(REPO / "desktop"),
            "-ts",
            str(fresh),
        ],
        check=True,
        cwd=REPO,
    )
    in_code = {(context, source) for context, source, _ in messages(fresh)}
    assert in_code, "lupdate found no message with a count"
    committed = {}
    for context, source, message in messages(PLURALS):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None:
            committed[(context, source)] = [f.text or "" for f in translation.iter("numerusform")]
    missing = sorted(in_code - set(committed))
    assert missing == [], "run tools/lupdate.py (ADR 0072) and write both forms"
    for (_context, source), forms in committed.items():
        assert len(forms) == 2 and all(forms) and "(s)" not in "".join(forms), source
        assert all(PLACEHOLDER.findall(form) == PLACEHOLDER.findall(source) for form in forms)


def test_the_system_language_is_the_default(qapp):
    assert Preferences.language.default is Language.SYSTEM
    assert locale_for(Language.SYSTEM) == QLocale.system()
    assert locale_for("klingon") == QLocale.system()
    assert locale_for("zh_CN").name() == "zh_CN"


def test_a_chinese_caption_ends_in_the_full_width_colon():
    """The Suggestions dock said "建议:" beside the article list's "状态(U)：": a translation
    of a caption that ends in a colon ends in "：", as the rest of the catalogue's do."""
    half_width = [
        (context, source, text)
        for context, source, message in messages(TS)
        if source.rstrip().endswith(":")
        and (text := message.findtext("translation") or "")
        and not text.rstrip().endswith("：")
    ]
    assert half_width == []


#: ASCII punctuation that Chinese text writes full width (，：；？！（）)
HALF_WIDTH = re.compile(r"(?<=[\u3400-\u9fff])[,:;?!()]|[,:;?!()](?=[\u3400-\u9fff])")
#: Where the ASCII mark belongs even beside Chinese: an accelerator "(&A)" (the form Qt and
#: Chinese desktops use), the separator a field's user types ("以 ; 分隔"), a JSON delimiter
#: named in quotes (“:”), and a pinyin reading as it stands in the text it is stripped from.
HALF_WIDTH_KEPT = re.compile(r"\(&[^&\s]\)| ; |“[,:;]”|當\(dāng\)")


def test_chinese_translations_use_full_width_punctuation():
    """ "合并已取消,数据库没有任何改动。" read as a typo: a finished Chinese translation writes
    ，：；？！（） beside Chinese characters. A file dialog's filter ("文章 (*.txt);;…") keeps
    its ASCII parentheses, which Qt reads."""
    half_width = []
    for context, source, message in messages(TS):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            continue
        if ";;" in source:
            continue
        for text in [
            translation.text or "",
            *(f.text or "" for f in translation.iter("numerusform")),
        ]:
            if HALF_WIDTH.search(HALF_WIDTH_KEPT.sub("", text)):
                half_width.append((context, source, text))
    assert half_width == []


def test_the_full_width_check_finds_a_half_width_mark():
    found = [
        HALF_WIDTH.search(HALF_WIDTH_KEPT.sub("", t))
        for t in (
            "合并已取消,数据库没有任何改动。",
            "F1(精确匹配)",
            "无法计算:{reason}",
            "删除标注(&D)",
            "一个或多个文件，以 ; 分隔",
            "spaCy DocBin（用于 spacy train）",
        )
    ]
    assert [bool(f) for f in found] == [True, True, True, False, False, False]


#: calls whose result is a word or a sentence in the window's language
TRANSLATING = {"tr", "translate", "label_name", "attribute_name", "choice_name"}
#: punctuation Chinese writes differently (full width, 、 between items, —— for a dash)
GLUE = re.compile(r"[,:;()]| — ")
#: on a line that joins values a user types or reads as such (keys, choices, paths)
VALUES = "# values, not words"


def _translates(node: ast.AST) -> bool:
    return any(
        isinstance(call, ast.Call)
        and (getattr(call.func, "attr", None) or getattr(call.func, "id", None)) in TRANSLATING
        for call in ast.walk(node)
    )


def test_the_window_glues_no_translated_pieces_with_ascii_punctuation():
    """The panel's headings were f"{label_name(name)} ({key}) — {n}": ASCII brackets and an
    English dash in the Chinese window, out of a translator's reach. Text with punctuation
    around a translated piece is one template (ADR 0117, round 14), and a list is joined by
    ``i18n.listed`` (、 in Chinese). The command line and the self-test speak English only."""
    glued = []
    for path in sorted((REPO / "desktop").rglob("*.py")):
        where = path.relative_to(REPO).as_posix()
        if where.startswith("desktop/cli/") or where == "desktop/selftest.py":
            continue
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.JoinedStr):
                literal = "".join(
                    part.value
                    for part in node.values
                    if isinstance(part, ast.Constant) and isinstance(part.value, str)
                )
                if GLUE.search(literal) and _translates(node):
                    glued.append(f"{where}:{node.lineno}")
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "join"
                and isinstance(node.func.value, ast.Constant)
                and isinstance(node.func.value.value, str)
                and re.fullmatch(r"[,;] ?", node.func.value.value)
                and VALUES not in lines[node.lineno - 1]
            ):
                glued.append(f"{where}:{node.lineno}")
    assert glued == [], "one template each (with a translator's comment), or i18n.listed()"


def _package_line(context: str) -> str:
    """The work package's summary as WorkDialog composes it: one count per piece."""

    def tr(source: str, n: int = -1) -> str:
        return QCoreApplication.translate(context, source, "", n)

    return tr("Wrote {path}: {articles}, {images} and {annotations} for {who}.").format(
        path="li.marginalia",
        articles=tr("%Ln article(s)", 1),
        images=tr("%Ln image(s)", 2),
        annotations=tr("%Ln annotation(s)", 1234),
        who="li",
    )


def test_a_sentence_with_several_counts_gives_each_its_own_number(qtbot, qm_folder, english_again):
    """Definition of done 5: "1 article, 2 images", not "1 article(s), 2 image(s)"; in
    Chinese each count takes its measure word and the sentence reads as one."""
    install_translators(Language.ENGLISH, qm_folder)
    assert _package_line("WorkDialog") == (
        "Wrote li.marginalia: 1 article, 2 images and 1,234 annotations for li."
    )
    need = "%Ln conflict(s) need your decision; they are listed next."
    assert [QCoreApplication.translate("Merger", need, "", n) for n in (1, 3)] == [
        "1 conflict needs your decision; it is listed next.",
        "3 conflicts need your decision; they are listed next.",
    ]
    install_translators(Language.CHINESE_SIMPLIFIED, qm_folder)
    assert _package_line("WorkDialog") == (
        "已写入 li.marginalia：为 li 准备了 1 篇文章、2 张图片和 1,234 条标注。"
    )
    assert QCoreApplication.translate("Merger", need, "", 3) == (
        "有 3 个冲突需要您决定，接下来将列出。"
    )


def test_the_waiting_frame_speaks_the_language_installed_before_the_first_run_question(
    qtbot, qm_folder, english_again
):
    """The first-run question is asked in the chosen language before the database opens;
    the frame behind it said "Opening the database…" in English until the question was
    answered. It follows the language the moment it is installed."""
    from PySide6.QtWidgets import QLabel

    from marginalia.desktop.errors import ErrorReporter
    from marginalia.desktop.mainwindow import MainWindow

    window = MainWindow(None, ErrorReporter())
    qtbot.addWidget(window)
    texts = lambda: [label.text() for label in window.findChildren(QLabel)]  # noqa: E731
    assert "Opening the database…" in texts()
    install_translators(Language.CHINESE_SIMPLIFIED, qm_folder)
    qtbot.waitUntil(lambda: "正在打开数据库…" in texts())  # as the question's event loop runs
    install_translators(Language.ENGLISH, qm_folder)
    qtbot.waitUntil(lambda: "Opening the database…" in texts())


def test_an_annotator_is_one_word_in_chinese():
    """标注员 everywhere: the Export dialog's Annotators list and Import annotations' default
    said 标注者, beside 标注员 in the status bar, the Team menu and the views."""
    for context, source, message in messages(TS):
        translation = message.find("translation")
        assert translation is not None
        texts = [translation.text or "", *(f.text or "" for f in translation.iter("numerusform"))]
        assert not any("标注者" in text for text in texts), (context, source)


def test_qts_file_dialog_speaks_chinese(qtbot, tmp_path, qm_folder, english_again):
    """Seen in X (zh-light-1600/30-open-picker-good.png): File ▸ Import files… showed
    "Look in:", "Files of type:" and each folder's kind "Folder" in English. Qt 6.12 writes
    them "&Look in:", "Files of &type:" and names the kind in a context of its own; Qt's
    Chinese catalogue has only the older strings, so ours carries these three."""
    install_translators(Language.CHINESE_SIMPLIFIED, qm_folder)
    dialog = QFileDialog(None, "导入文章", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert labels == ["查找范围(&L)：", "文件名称(&N)：", "文件类型(&T)："]
    assert QAbstractFileIconProvider().type(QFileInfo(str(tmp_path))) == "文件夹"
