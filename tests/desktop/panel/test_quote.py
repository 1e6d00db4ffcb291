"""The editor's quote is three lines high whatever it says (ADR 0107): the form under it
stays where it is across quotes of one line and of many, the whole quote is in the box
(scrolled, and read whole by a screen reader), and the annotation list gets the height of
the panel that the form does not need."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAccessible, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from marginalia.desktop.panel.quote import QUOTE_LINES

from ..helpers import add_article
from .test_layout_once import settle

LONG_EN = (
    "The minister said on Tuesday that unemployment in the northern provinces fell to 5% in "
    "2023, the lowest figure since the series began in 1991, that it would fall again next "
    "year as the new factories along the river open, and that the government would spend "
    "another 2 billion on training the workers they need before the end of the decade."
)
LONG_ZH = (
    "新能源汽车产量增长了百分之三十五，出口增长更快，全年出口额首次超过了进口额，创历史新高，"
    "其中对欧洲的出口增长最为明显，对东南亚的出口也增长了两成以上，港口的吞吐量随之上升，"
    "预计明年还将继续增长。"
)
SENTENCES = ("Short one.", LONG_EN, "江北工业总产值突破1500亿元。", LONG_ZH, "Last.")
TEXT = "".join(f"{sentence}\n" for sentence in SENTENCES)


def open_sample(harness) -> tuple[int, list[str]]:
    """The sample with each sentence tagged as a claim; the article and the claims' ids in
    text order."""
    article = add_article(harness.store, TEXT, images=False)
    harness.open(article)
    for sentence in SENTENCES:
        start = TEXT.index(sentence)
        harness.view.select_span(start, start + len(sentence) - 1)
        QTest.keyClicks(harness.view, "1")
        harness.wait()
    return article, [a.id for a in sorted(harness.mine(article), key=lambda a: a.start)]


def form(editor: QWidget, window: QWidget) -> list[tuple[str, str, QPoint, object]]:
    """Where each of the editor's own widgets is in the window (the quote's box, not what
    scrolls inside it)."""
    return [
        (type(w).__name__, w.objectName(), w.mapTo(window, QPoint()), w.size())
        for w in editor.findChildren(QWidget)
        if w.parentWidget() is editor and w.isVisible()
    ]


def test_the_form_stays_where_it_is_whatever_the_quote(app_window) -> None:
    _article, ids = open_sample(app_window)
    editor = app_window.panel.editor
    box = editor.quote_box
    lines = QFontMetrics(box.font()).lineSpacing()
    for width, height in ((1600, 1000), (1024, 700)):
        app_window.window.resize(width, height)
        settle()
        placed = None
        heights = set()
        for annotation_id in [*ids, *reversed(ids), ids[1], ids[0], ids[3]]:
            app_window.session.select(annotation_id)
            settle()
            heights.add(editor.quote.heightForWidth(editor.quote.width()))
            shown = form(editor, app_window.window)
            placed = placed or shown
            assert shown == placed, (width, annotation_id)
        # the quotes did take one line and many, in a box of three lines
        assert min(heights) < 2 * lines and max(heights) > 4 * lines, heights
        assert QUOTE_LINES * lines <= box.height() < (QUOTE_LINES + 1) * lines


def test_the_whole_quote_is_in_the_box(app_window) -> None:
    _article, ids = open_sample(app_window)
    editor = app_window.panel.editor
    box, quote = editor.quote_box, editor.quote
    bar = box.verticalScrollBar()
    for long_id, long_text in ((ids[1], LONG_EN), (ids[3], LONG_ZH)):
        app_window.session.select(long_id)
        settle()
        whole = f"“{long_text[:-1]}”"  # (tagged without its full stop)
        assert quote.text() == whole  # not cut at 160 characters any more
        spoken = QAccessible.queryAccessibleInterface(quote).text(QAccessible.Text.Name)
        assert spoken == whole
        # it scrolls, from its first line, down to its last
        assert bar.isVisible() and bar.value() == 0 and bar.maximum() > 0
        bar.setValue(bar.maximum())
        settle()
        bottom = quote.mapTo(box.viewport(), QPoint(0, quote.height())).y()
        assert bottom == box.viewport().height()
        # the next quote starts at its first line; a short one has nothing to scroll
        app_window.session.select(ids[0])
        settle()
        assert bar.value() == 0 and not bar.isVisible()
        assert quote.text() == "“Short one”"


def test_the_list_gets_the_height_the_form_does_not_need(app_window) -> None:
    article, ids = open_sample(app_window)
    start = TEXT.index("1500亿元")
    app_window.view.select_span(start, start + len("1500亿元"))
    QTest.keyClicks(app_window.view, "2")  # a figure: a form of other rows
    app_window.wait()
    figure = next(a.id for a in app_window.mine(article) if a.label == "figure")
    panel, editor = app_window.panel, app_window.panel.editor
    app_window.session.select(ids[1])
    app_window.window.resize(1024, 700)
    settle()
    form_height = editor.height()
    assert form_height == editor.minimumSizeHint().height()
    before = panel.list.height()
    for height in (800, 1000, 1200):
        app_window.window.resize(1600, height)
        settle()
        # the panel grew: all of it went to the list, none to the form's links and note
        assert editor.height() == form_height, height
        assert panel.list.height() > before, height
        before = panel.list.height()
    for annotation_id in (figure, ids[0], figure, None, ids[3]):
        app_window.session.select(annotation_id)
        settle()
        # another label's form, or none: the divider stays
        assert (editor.height(), panel.list.height()) == (form_height, before), annotation_id


QUOTES = (
    "“Short one.”",
    f"“{LONG_EN}”",
    f"“{LONG_ZH}”",
    "“江北工业总产值突破1500亿元。”",
    "“see https://example.com/a/very/long/path/without/any/spaces/at/all/in/it ok”",
    "“" + "x" * 80 + " and the words after the long one”",  # wider than the box
    "“a word ( in brackets ) , and — dashes — ! and then more words to wrap”",
    "“5% 1500亿元 总产值 汽车。𠀋 汽车 😀 rate rose”",
    "“two\nlines”",
    "",
)


def test_a_quote_is_sized_and_painted_as_with_the_labels_own_hints(qtbot) -> None:
    """The box sizes a quote whose widest word surely fits without asking the label's hints
    (five layouts of the quote, issue 14); the label, its scroll bar and the pixels are what
    the label's own hints give, for every quote — and a word wider than the box still widens
    the label as a stock label does (the bound sends it the label's hints)."""
    from marginalia.desktop.panel.quote import QuoteBox

    boxes = []
    for quick in (True, False):
        box = QuoteBox()
        box.quick_hints = quick
        qtbot.addWidget(box)
        box.resize(280, box.height())
        box.show()
        boxes.append(box)
    qtbot.waitExposed(boxes[1])
    took_hints = []
    for quote in QUOTES * 2:  # and each again after another
        seen = []
        for box in boxes:
            box.set_text(quote)
            box.lay_out_now()
            QApplication.processEvents()
            bar = box.verticalScrollBar()
            seen.append(
                (box.label.geometry(), bar.isVisible(), bar.maximum(), box.grab().toImage())
            )
        assert seen[0] == seen[1], quote
        took_hints.append(not boxes[0]._words_fit())
        if "x" * 80 in quote:
            assert boxes[0].label.width() > boxes[0].viewport().width()
    assert any(took_hints) and not all(took_hints)


def test_the_widest_word_is_found_in_one_pass_as_line_by_line() -> None:
    """The bound's pieces come from one split of the whole quote (issue 14): the same pieces
    as splitting its lines, their words at the spaces between letters and those words between
    ideographs in turn — over the quotes above and random texts of every kind of break."""
    import random

    from marginalia.desktop.panel.quote import _BREAK, _IDEOGRAPH_BREAK, _SPACE_BREAK

    def line_by_line(text: str) -> list[str]:
        return [
            piece
            for line in text.split("\n")
            for word in _SPACE_BREAK.split(line)
            for piece in _IDEOGRAPH_BREAK.split(word)
        ]

    alphabet = [
        "a",
        "Z",
        "7",
        "_",
        " ",
        "  ",
        "\n",
        "中",
        "文",
        "𠀋",
        "，",
        "。",
        "!",
        "(",
        "—",
        "😀",
    ]
    rng = random.Random(14)
    texts = [*QUOTES, LONG_EN, LONG_ZH, TEXT]
    texts += ["".join(rng.choices(alphabet, k=rng.randint(0, 40))) for _ in range(3000)]
    for text in texts:
        assert _BREAK.split(text) == line_by_line(text), repr(text)


def test_the_bound_follows_a_change_of_the_font(qtbot) -> None:
    """The characters' advances and the scroll bar's width are measured once per font and
    style, not for every quote: a larger font given to the box, or to its label alone, makes
    a quote whose words fitted too wide to be sized without the label's hints, and the font
    given back makes it fit again."""
    from PySide6.QtGui import QFont

    from marginalia.desktop.panel.quote import QuoteBox

    box = QuoteBox()
    qtbot.addWidget(box)
    box.resize(280, box.height())
    box.show()
    qtbot.waitExposed(box)
    box.set_text("unemployment fell")
    assert box._words_fit()
    font = QFont(box.font())
    large = QFont(font)
    large.setPointSizeF(font.pointSizeF() * 5)
    box.setFont(large)
    assert not box._words_fit()
    box.setFont(font)
    assert box._words_fit()
    box.label.setFont(large)
    assert not box._words_fit()
    box.label.setFont(font)
    assert box._words_fit()
