"""The built-in guides: one for annotators, one for leads, in English and Simplified Chinese.

They are Markdown files shipped in ``marginalia.resources/guide/`` (the app is offline), shown
in a :class:`QTextBrowser`. Keys and menu paths are never written into them: a guide says
``{{key:annotate.done_next}}`` or ``{{menu:team.work}}`` and the text is filled in from the
action registry when it is shown, so a guide cannot disagree with the menus either
(ADR 0097). The placeholders:

- ``{{key:ID}}`` — the keys of action ID (``Ctrl+Shift+Z or Ctrl+Y``)
- ``{{menu:ID}}`` — where action ID is (``Team ▸ Team progress…``)
- ``{{keys:MENU}}`` — a table of every key of a menu (``annotate``, ``edit`` …)
- ``{{labels}}`` — the schema's labels with their keys, in the user's language
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from importlib.resources import files
from importlib.resources.abc import Traversable

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from marginalia.db import Schema

from ..actions import ActionRegistry, MenuId, menu_title
from ..i18n import label_name
from .sheet import key_groups, keys_text, menu_path, plain

log = logging.getLogger(__name__)

GUIDES = ("annotator", "lead")
LANGUAGES = ("en", "zh_CN")
PLACEHOLDER = re.compile(r"\{\{\s*(key|menu|keys|labels)\s*(?::\s*([^}\s]+)\s*)?\}\}")
#: the links a guide may hold: to the other guide and to the shortcut sheet
SHEET_LINK = "marginalia:shortcuts"
GUIDE_LINK = "marginalia:guide/"


def guide_folder() -> Traversable:
    return files("marginalia.resources") / "guide"


def guide_language(locale: QLocale | None = None) -> str:
    """The guides' language for a locale: Chinese for any Chinese locale, else English."""
    locale = locale or QLocale()
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


def guide_source(name: str, language: str) -> str:
    """A guide's Markdown, with its placeholders."""
    if name not in GUIDES:
        raise ValueError(f"there is no guide {name!r}")
    chosen = language if language in LANGUAGES else "en"
    return (guide_folder() / f"{name}.{chosen}.md").read_text(encoding="utf-8")


def placeholders(source: str) -> list[tuple[str, str | None]]:
    """Every placeholder of a guide, as (kind, argument)."""
    return [(m.group(1), m.group(2)) for m in PLACEHOLDER.finditer(source)]


def render(source: str, registry: ActionRegistry, schema: Schema) -> str:
    """The guide with keys, menu paths, key tables and labels filled in from the registry."""

    def fill(match: re.Match[str]) -> str:
        kind, argument = match.group(1), match.group(2)
        # a block (a list, a table) keeps the indent of its line: nested in a list item
        line_start = source.rfind("\n", 0, match.start()) + 1
        indent = source[line_start : match.start()]
        indent = indent if not indent.strip() else ""
        try:
            if kind == "key" and argument:
                return keys_text(registry, argument)
            if kind == "menu" and argument:
                return menu_path(registry, argument)
            if kind == "keys" and argument:
                return _indented(_key_table(registry, MenuId(argument)), indent)
            if kind == "labels":
                return _indented(_label_list(schema), indent)
        except (KeyError, ValueError):
            log.warning("the guide names an unknown action or menu: %s", match.group(0))
        return argument or kind

    return PLACEHOLDER.sub(fill, source)


def _indented(block: str, indent: str) -> str:
    return block.replace("\n", "\n" + indent)


def _key_table(registry: ActionRegistry, menu: MenuId) -> str:
    title = plain(menu_title(menu))
    group = next((g for g in key_groups(registry) if g.title == title), None)
    if group is None:
        return ""
    action = QCoreApplication.translate("ShortcutSheet", "Action")
    keys = QCoreApplication.translate("ShortcutSheet", "Keys")
    lines = [f"| {action} | {keys} |", "|---|---|"]
    lines += [f"| {row.text} | {' / '.join(row.keys)} |" for row in group.rows]
    return "\n".join(lines)


def _label_list(schema: Schema) -> str:
    #: Translators: an item of the guide's list of labels: the key that tags a selection
    #: (bold), then the label's name.
    item = QCoreApplication.translate("GuideWindow", "{key} — {label}")
    return "\n".join(
        "- " + item.format(key=f"**{label.key}**", label=label_name(label.name))
        if label.key
        else f"- {label_name(label.name)}"
        for label in schema.labels
    )


class GuideWindow(QDialog):
    """One guide at a time, with buttons to the other guide and to the shortcut sheet."""

    def __init__(
        self,
        registry: ActionRegistry,
        schema: Schema,
        open_sheet: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.registry = registry
        self.schema = schema
        self.name = GUIDES[0]
        self.language = guide_language()
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide-text")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.annotator_button = QPushButton(self.tr("&Annotator's guide"), self)
        self.lead_button = QPushButton(self.tr("&Lead's guide"), self)
        self.sheet_button = QPushButton(self.tr("&Keyboard shortcuts"), self)
        for button in (self.annotator_button, self.lead_button):
            button.setCheckable(True)
            button.setAutoExclusive(True)
        self.annotator_button.clicked.connect(lambda: self.show_guide("annotator"))
        self.lead_button.clicked.connect(lambda: self.show_guide("lead"))
        self._open_sheet = open_sheet
        self.sheet_button.clicked.connect(self._sheet)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.annotator_button)
        top.addWidget(self.lead_button)
        top.addStretch(1)
        top.addWidget(self.sheet_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(close)

    def show_guide(self, name: str) -> None:
        self.name = name
        self.language = guide_language()
        markdown = render(guide_source(name, self.language), self.registry, self.schema)
        self.browser.setMarkdown(markdown)
        self.setWindowTitle(
            self.tr("Annotator's guide") if name == "annotator" else self.tr("Lead's guide")
        )
        self.browser.setAccessibleName(self.windowTitle())
        (self.annotator_button if name == "annotator" else self.lead_button).setChecked(True)

    def _sheet(self) -> None:
        self._open_sheet()

    def _link(self, url: QUrl) -> None:
        target = url.toString()
        if target == SHEET_LINK:
            self._sheet()
        elif target.startswith(GUIDE_LINK) and target[len(GUIDE_LINK) :] in GUIDES:
            self.show_guide(target[len(GUIDE_LINK) :])
        elif url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())


__all__ = [
    "GUIDES",
    "LANGUAGES",
    "GuideWindow",
    "guide_language",
    "guide_source",
    "placeholders",
    "render",
]
