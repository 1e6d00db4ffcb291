"""The default label schema of ADR 0005, written into every new database.

Colours are from the Okabe–Ito palette, which stays distinguishable for the common forms of
colour blindness (ADR 0005); the label name also shows in tooltips and the panel.
"""

from __future__ import annotations

from sqlalchemy import Connection

from ..tables import ATTR, LABEL
from ..values import AttributeKind

DEFAULT_LABELS: tuple[dict[str, object], ...] = (
    {
        "id": "claim",
        "name": "Claim",
        "key": "1",
        "colour": "#E69F00",  # amber (Okabe–Ito orange)
        "attributes": (
            ("checkworthy", AttributeKind.CHOICE, ("yes", "no", "unsure")),
            (
                "type",
                AttributeKind.CHOICE,
                ("statistical", "causal", "prediction", "quotation", "other"),
            ),
            ("speaker", AttributeKind.TEXT, ()),
        ),
    },
    {
        "id": "figure",
        "name": "Figure",
        "key": "2",
        "colour": "#0072B2",  # blue
        "attributes": (
            ("value", AttributeKind.NUMBER, ()),
            ("unit", AttributeKind.TEXT, ()),
            (
                "kind",
                AttributeKind.CHOICE,
                ("count", "money", "percent", "date", "measure", "other"),
            ),
        ),
    },
    {
        "id": "caption",
        "name": "Image caption",
        "key": "3",
        "colour": "#009E73",  # bluish green
        "attributes": (("image", AttributeKind.IMAGE, ()),),
    },
)


def install_default_schema(conn: Connection) -> None:
    for position, label in enumerate(DEFAULT_LABELS):
        conn.execute(
            LABEL.insert(),
            {
                "id": label["id"],
                "name": label["name"],
                "key": label["key"],
                "colour": label["colour"],
                "position": position,
            },
        )
        attributes = label["attributes"]
        assert isinstance(attributes, tuple)
        conn.execute(
            ATTR.insert(),
            [
                {
                    "label_id": label["id"],
                    "name": name,
                    "kind": str(kind),
                    "choices": list(choices),
                    "position": index,
                }
                for index, (name, kind, choices) in enumerate(attributes)
            ],
        )
