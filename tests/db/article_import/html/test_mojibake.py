"""A page's own mojibake repaired on import, and a video player's still (ADR 0147).

Held-out 48's Wall Street Journal page holds ``3Â¼ lengths`` in its bytes: valid UTF-8, declared
UTF-8, so decoded right, but the text was UTF-8 read as windows-1252 before the page was saved.
Only sequences no language writes are repaired (:mod:`marginalia.db.article_import.html.mojibake`).
Held-out 44's BBC Sport page keeps its video player's still with the video's title as the
picture's caption; a still is no picture of the story, and the title stays out of the text as on
the BBC pages that hide the still in ``<noscript>``.
"""

from __future__ import annotations

import pytest

from marginalia.db.article_import.html import parse_html
from marginalia.db.article_import.html.mojibake import repair_mojibake

from .test_html_text_rules import article_page


def parsed(body: str) -> tuple[str, dict[str, object]]:
    article = parse_html(article_page(body), source="t.html", base_dir=None)
    return article.text, dict(article.meta)


def test_a_fraction_read_as_windows_1252_is_repaired() -> None:
    text, meta = parsed("<p>Departing won the Illinois Derby by 3Â¼ lengths on Saturday.</p>")
    assert "by 3¼ lengths on Saturday." in text and "Â" not in text
    assert meta["mojibake_repaired"] == 1


@pytest.mark.parametrize(
    ("broken", "repaired"),
    [
        ("itâ€™s", "it’s"),
        ("â€œquotedâ€\x9d", "“quoted”"),
        ("a dash â€” here", "a dash — here"),
        ("costs â‚¬5", "costs €5"),
        ("Brandâ„¢", "Brand™"),
        ("cafÃ© crÃ¨me", "café crème"),
        ("Ã–sterreich", "Österreich"),
        ("40Â°C", "40°C"),
        ("Â©Â\u00a02013", "©\u00a02013"),
        ("NiÃ±o", "Niño"),
        ("Ã‚Â£5", "£5"),  # broken twice: two passes
    ],
)
def test_unambiguous_sequences_are_repaired(broken: str, repaired: str) -> None:
    text, count = repair_mojibake(f"<p>{broken}</p>")
    assert text == f"<p>{repaired}</p>" and count >= 1


@pytest.mark.parametrize(
    "text",
    [
        "“CAFÉ”—and",  # a word ending in É before punctuation
        "A IRMÃ” disse",  # a capitalised word ending in Ã before a closing quote
        "A IRMÃ… disse",
        "Covid ï¿½ 19",  # a replacement character's mojibake: the character is lost
        "CÂMARA and âge and Ãgua",  # letters, not mojibake
        "plain ¼ and ° and “quotes”",
    ],
)
def test_what_a_language_may_write_stays(text: str) -> None:
    assert repair_mojibake(f"<p>{text}</p>") == (f"<p>{text}</p>", 0)


def test_markup_is_left_alone() -> None:
    markup = "<img src='page_files/cafÃ©.jpg' alt='Ã©'><p>cafÃ©</p>"
    assert repair_mojibake(markup) == ("<img src='page_files/cafÃ©.jpg' alt='Ã©'><p>café</p>", 1)


def test_a_page_without_mojibake_is_unchanged_and_says_nothing() -> None:
    text, meta = parsed("<p>The horse won by 3¼ lengths; it’s “fine” at 40°C in Österreich.</p>")
    assert "by 3¼ lengths; it’s “fine” at 40°C in Österreich." in text
    assert "mojibake_repaired" not in meta


PLAYER = (
    "<p>He said the race had been the roughest part of a long season for him, so far.</p>"
    "<div class='videoInStoryC story-feature'><div id='emp-1-2' class='emp'>"
    "<img class='holding' src='https://example.org/still.jpg' alt='Usain Bolt'></div>"
    "<div class='advert'></div><p class='caption'>Gatlin out-sprints Bolt in Rome 100m</p>"
    "</div>"
    "<p>The American has received criticism after serving a doping ban in 2001, and more.</p>"
)


def test_a_video_players_still_has_no_caption_and_its_title_stays_out() -> None:
    article = parse_html(article_page(PLAYER), source="t.html", base_dir=None)
    assert "Gatlin out-sprints" not in article.text
    assert all(image.caption is None for image in article.images)
    assert "so far.\n\nThe American has received" in article.text


def test_a_picture_with_its_caption_after_it_keeps_it() -> None:
    picture = PLAYER.replace("class='holding' ", "").replace(
        "Gatlin out-sprints Bolt in Rome 100m", "Bolt at the start in Rome on Thursday"
    )
    article = parse_html(article_page(picture), source="t.html", base_dir=None)
    assert [image.caption for image in article.images] == ["Bolt at the start in Rome on Thursday"]


def test_the_saved_pages() -> None:
    from tests.db.suggest.imported import saved_articles

    preakness = saved_articles(48)["hpb-wsj-preakness"]
    assert "to win by 3¼ lengths." in preakness.text and "Â" not in preakness.text
    bolt = saved_articles(44)["hpb-bbc-boltmotivation"]
    assert "Gatlin out-sprints" not in bolt.text and len(bolt.images) == 2
