"""Installing the translators: the system language by default, overridable (ADR 0072).

The ``.ts`` sources live in ``resources/translations/``; the ``.qm`` files are compiled from
them when the package is built (``setup.py``), never committed. English is the source
language: its catalogue (``marginalia_en.ts``) holds only the plural forms of the messages
with a count (``tr("Imported %Ln article(s).", "", n)`` reads "Imported 1 article."), and
it is what any language without a catalogue of ours gets.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from importlib.resources import files
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from marginalia.db import AttributeKind, Status

from .settings import Language

log = logging.getLogger(__name__)

CATALOGUE = "marginalia"
#: the source language's catalogue: only the plural forms (``lupdate -pluralonly``)
PLURALS = "marginalia_en.qm"
#: Qt's own catalogues (standard buttons, dialogs), shipped with PySide6.
QT_CATALOGUES = ("qtbase",)

_installed: list[QTranslator] = []


def translations_folder() -> Path:
    return Path(str(files("marginalia.resources") / "translations"))


def locale_for(choice: Language | str) -> QLocale:
    """The locale a language preference stands for."""
    language = Language(choice) if choice in Language._value2member_map_ else Language.SYSTEM
    if language is Language.SYSTEM:
        return QLocale.system()
    return QLocale(language.value)


def install_translators(
    choice: Language | str = Language.SYSTEM, folder: Path | None = None
) -> QLocale:
    """Translate the application into the chosen language; returns the locale used.

    Replaces whatever this function installed before. Call it after the QApplication exists
    and before any window is built: widgets translate their strings when they are made.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QApplication")
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    locale = locale_for(choice)
    QLocale.setDefault(locale)
    folder = folder or translations_folder()
    ours = QTranslator(app)
    english = locale.language() in (QLocale.Language.English, QLocale.Language.C)
    if not english and ours.load(locale, CATALOGUE, "_", str(folder)):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    else:
        if not english:
            log.info("no Marginalia translation for %s", locale.name())
        # the words stay English: its plural forms ("1 article", "2 articles")
        if ours.load(str(folder / PLURALS)):
            QCoreApplication.installTranslator(ours)
            _installed.append(ours)
        else:
            log.info("no %s in %s: counts read '(s)'", PLURALS, folder)
    if english:
        return locale
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalogue in QT_CATALOGUES:
        qt = QTranslator(app)
        if qt.load(locale, catalogue, "_", qt_folder):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
    return locale


def installed_translators() -> list[QTranslator]:
    return list(_installed)


# Qt's own file dialog (File ▸ Import files…, every Browse…): Qt 6.12 writes these with a key
# ("&Look in:") and names a folder's kind in a context of its own, and its Chinese catalogue
# has only the older strings; the dialog spoke English there. Ours carries them (Qt's own
# catalogue, installed last, is asked first).
QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")
QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")
# (lupdate reads a disambiguation only from a translate() call; nothing is installed yet)
QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms")

# The default schema's label names (db/schema/defaults.py), for lupdate. A label the lead
# named differently has no translation and shows as named.
QT_TRANSLATE_NOOP("Label", "Claim")
QT_TRANSLATE_NOOP("Label", "Figure")
QT_TRANSLATE_NOOP("Label", "Image caption")


def label_name(name: str) -> str:
    """A label's name as shown: the translation of a default label's name, else the name."""
    return QCoreApplication.translate("Label", name)


def label_and_key(name: str, key: str) -> str:
    """A label with its key, as a label box lists it: "Claim (1)", 「主张（1）」; a label
    without a key is its name alone. ``name`` is as shown (:func:`label_name`)."""
    if not key:
        return name
    #: Translators: a label's name and the key that tags a selection with it, as label boxes
    #: list them (the panel's editor, the export dialog, the reader's tooltip).
    return QCoreApplication.translate("Label", "{label} ({key})").format(label=name, key=key)


def listed(items: Iterable[str]) -> str:
    """Items in a row or a sentence: "li, wang", 「li、wang」 (English unchanged)."""
    #: Translators: what stands between the items of a list: annotators' names, the fields
    #: an edit changed, an attribute's values, counts per label, proposed values.
    return QCoreApplication.translate("List", ", ").join(items)


def labelled(name: str, text: str) -> str:
    """A text after the name of its label or attribute: "Claim: 3 million", 「主张：300 万」."""
    #: Translators: a label's or an attribute's name, then what is marked with it: an
    #: annotation's quote (the panel's rows, the editor's links), an attribute's value.
    return QCoreApplication.translate("Label", "{name}: {text}").format(name=name, text=text)


def status_names() -> dict[Status, str]:
    """Article statuses as the user reads them, in the current language."""
    return {
        Status.NEW: QCoreApplication.translate("ArticleStatus", "New"),
        Status.IN_PROGRESS: QCoreApplication.translate("ArticleStatus", "In progress"),
        Status.DONE: QCoreApplication.translate("ArticleStatus", "Done"),
        Status.SKIPPED: QCoreApplication.translate("ArticleStatus", "Skipped"),
    }


# The default schema's attribute names and choices, for lupdate (the stored values stay
# English: exports and other annotators' databases read them). An attribute's source text is
# its stored key, lower-case ("checkworthy"); English is the source language and has no
# catalogue of words (ADR 0072), so its display names stand here, beside the markers, and are
# shown when no translator replaced the key (ADR 0117, addendum round 14: attribute names).
_ENGLISH_ATTRIBUTE_NAMES = {
    QT_TRANSLATE_NOOP("Attribute", "checkworthy"): "Check-worthy",
    QT_TRANSLATE_NOOP("Attribute", "type"): "Type",
    QT_TRANSLATE_NOOP("Attribute", "speaker"): "Speaker",
    QT_TRANSLATE_NOOP("Attribute", "value"): "Value",
    QT_TRANSLATE_NOOP("Attribute", "unit"): "Unit",
    QT_TRANSLATE_NOOP("Attribute", "kind"): "Kind",
    QT_TRANSLATE_NOOP("Attribute", "image"): "Image",
}
#: the default schema's choices, for lupdate, with their English display names (ADR 0117,
#: addendum round 15: a value reads "Yes", "Statistical" beside "Check-worthy", "Type")
_ENGLISH_CHOICES = {
    QT_TRANSLATE_NOOP("Choice", "yes"): "Yes",
    QT_TRANSLATE_NOOP("Choice", "no"): "No",
    QT_TRANSLATE_NOOP("Choice", "unsure"): "Unsure",
    QT_TRANSLATE_NOOP("Choice", "statistical"): "Statistical",
    QT_TRANSLATE_NOOP("Choice", "causal"): "Causal",
    QT_TRANSLATE_NOOP("Choice", "prediction"): "Prediction",
    QT_TRANSLATE_NOOP("Choice", "quotation"): "Quotation",
    QT_TRANSLATE_NOOP("Choice", "other"): "Other",
    QT_TRANSLATE_NOOP("Choice", "count"): "Count",
    QT_TRANSLATE_NOOP("Choice", "money"): "Money",
    QT_TRANSLATE_NOOP("Choice", "percent"): "Percent",
    QT_TRANSLATE_NOOP("Choice", "date"): "Date",
    QT_TRANSLATE_NOOP("Choice", "measure"): "Measure",
}


def attribute_kinds() -> dict[AttributeKind, str]:
    """An attribute's kinds as the user reads them (the stored value stays the English word).
    The schema editor had passed the stored word to ``tr``, which lupdate cannot read."""
    return {
        AttributeKind.CHOICE: QCoreApplication.translate("AttributeKind", "choice"),
        AttributeKind.TEXT: QCoreApplication.translate("AttributeKind", "text"),
        AttributeKind.NUMBER: QCoreApplication.translate("AttributeKind", "number"),
        AttributeKind.BOOLEAN: QCoreApplication.translate("AttributeKind", "boolean"),
        AttributeKind.IMAGE: QCoreApplication.translate("AttributeKind", "image"),
    }


def attribute_name(name: str) -> str:
    """An attribute's name as shown: translated for the default schema's ("speaker" →
    说话人), its English display name where nothing translated it ("Speaker"), else as the
    lead named it (never re-cased). What is stored, exported and typed stays the key."""
    shown = QCoreApplication.translate("Attribute", name)
    if shown != name:
        return shown
    return _ENGLISH_ATTRIBUTE_NAMES.get(name, name)


def choice_name(choice: str) -> str:
    """A choice as shown: translated for the default schema's ("statistical" → 统计), its
    English display name where nothing translated it ("Statistical"), else as the lead typed
    it. What is stored, exported and typed stays the schema's word."""
    shown = QCoreApplication.translate("Choice", choice)
    if shown != choice:
        return shown
    return _ENGLISH_CHOICES.get(choice, choice)


def attribute_value(kind: AttributeKind | None, value: Any) -> str:
    """One stored value as shown: a choice or yes/no by :func:`choice_name`; typed text, a
    number or a value of an attribute the schema does not define (``kind`` None) as stored
    — a speaker called "other" stays "other"."""
    if isinstance(value, bool):
        return choice_name("yes" if value else "no")
    if kind is AttributeKind.BOOLEAN and isinstance(value, str) and value in ("yes", "no"):
        return choice_name(value)
    if kind is AttributeKind.CHOICE and isinstance(value, str):
        return choice_name(value)
    if isinstance(value, list | tuple):
        return listed(attribute_value(kind, item) for item in value)
    return str(value)


def field_caption(name: str) -> str:
    """A field's name as its form's caption: an ``&`` in it shown, not taken for an Alt key
    ("R&D" read "RD" and took Alt+D from Delete annotation)."""
    return name.replace("&", "&&")
