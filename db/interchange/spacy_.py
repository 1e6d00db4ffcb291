"""spaCy ``DocBin`` (``.spacy``): one ``Doc`` per article, for ``spacy train`` (ADR 0050).

Each ``Doc``'s text is the article's text exactly (``doc.text == text``; offsets are
Python string indexes, so code points as ours): tokens are :func:`.conll.tokenize`'s, cut
at every span boundary, with white space as spaCy keeps it (a single space after a token
is its ``whitespace_``, any other run of white space is a token of its own). So every span
is a run of whole tokens:

- ``doc.spans["sc"]`` (the span categorizer's default key) holds every span, overlapping
  and nested ones too, labelled with the label's name and ``id`` set to our annotation id;
- ``doc.ents`` holds the spans that do not overlap (the longest first, as
  ``spacy.util.filter_spans`` keeps them) for the entity recognizer.

``doc.user_data["marginalia"]`` keeps the rest: the article's id, hash and title and per
span our id, label id, annotator, attributes, note, image and links. spaCy is an optional
extra (``pip install marginalia[spacy]``); only a blank vocabulary is used, no model.
A ``DocBin`` is one serialized blob, so the export holds it in memory until it is written.
"""

from __future__ import annotations

import itertools
from typing import Any

from ..errors import ValidationError
from ..messages import Message
from ..values import Annotation, Article
from .common import iso, label_name
from .conll import tokenize
from .context import WriteContext

#: The span group every span goes into (spaCy's ``spancat`` default).
SPANS_KEY = "sc"


def words_and_spaces(text: str, spans: list[tuple[int, int]]) -> tuple[list[str], list[bool]]:
    """spaCy's ``words``/``spaces`` for ``text``, every span a run of whole tokens."""
    starts = {s for s, _ in spans}
    ends = {e for _, e in spans}
    cuts = sorted(starts | ends)
    words: list[str] = []
    spaces: list[bool] = []
    position = 0
    for start, end in [*tokenize(text, cuts), (len(text), len(text))]:
        if start > position:  # white space between tokens
            gap = text[position:start]
            # one space can be the previous token's ``whitespace_`` unless a span starts
            # on it or ends after it (then it must be a token of its own)
            if gap == " " and words and position not in starts and start not in ends:
                spaces[-1] = True
            else:
                inside = [c for c in cuts if position < c < start]
                for a, b in itertools.pairwise([position, *inside, start]):
                    words.append(text[a:b])
                    spaces.append(False)
        if end > start:
            words.append(text[start:end])
            spaces.append(False)
        position = end
    return words, spaces


def _load_spacy() -> Any:
    try:
        import spacy
    except ImportError:  # pragma: no cover - the test extra installs it
        raise ValidationError(
            Message("the spacy format needs spaCy: pip install 'marginalia[spacy]'")
        ) from None
    return spacy


def _extra(annotation: Annotation) -> dict[str, Any]:
    return {
        "id": annotation.id,
        "label": annotation.label,
        "start": annotation.start,
        "end": annotation.end,
        "annotator": annotation.annotator,
        "attributes": dict(annotation.attributes),
        "note": annotation.note,
        "image": annotation.image_id,
        "links": [{"kind": k.kind, "target": k.target} for k in annotation.links],
        "created": iso(annotation.created),
        "updated": iso(annotation.updated),
    }


def write(ctx: WriteContext) -> None:
    spacy = _load_spacy()
    from spacy.tokens import Doc, DocBin
    from spacy.util import filter_spans

    out = ctx.target.open_binary(ctx.out)  # the temporary file, renamed when all is done
    ctx.files.append(ctx.out)
    vocab = spacy.blank("xx").vocab
    docs = DocBin(store_user_data=True)
    outside_ents = 0  # overlapping spans: in doc.spans, not in doc.ents
    for bundle in ctx.bundles:
        article: Article = bundle.article
        ctx.counts.articles += 1
        words, spaces = words_and_spaces(
            article.text, [(a.start, a.end) for a in bundle.annotations]
        )
        doc = Doc(vocab, words=words, spaces=spaces)
        if doc.text != article.text:  # pragma: no cover - words_and_spaces guarantees it
            raise ValidationError(
                Message("article {id}: the tokens do not give its text", id=article.id)
            )
        spans = []
        for annotation in bundle.annotations:
            span = doc.char_span(
                annotation.start,
                annotation.end,
                label=label_name(ctx.schema, annotation.label),
                span_id=annotation.id,
            )
            if span is None:  # pragma: no cover - tokens are cut at every boundary
                ctx.counts.skip(Message("span not on token boundaries"))
                continue
            ctx.counts.count(annotation.label)
            spans.append(span)
        doc.spans[SPANS_KEY] = spans
        doc.ents = filter_spans(spans)
        outside_ents += len(spans) - len(doc.ents)
        doc.user_data["marginalia"] = {
            "article": {"id": article.id, "sha256": article.sha256, "title": article.title},
            "spans": [_extra(a) for a in bundle.annotations],
        }
        docs.add(doc)
    out.write(docs.to_bytes())
    ctx.extra["spacy"] = {
        "spans_key": SPANS_KEY,
        "vocab": "spacy.blank('xx')",
        "spans_not_in_ents": outside_ents,
    }
