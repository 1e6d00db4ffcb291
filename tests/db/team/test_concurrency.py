"""Two users writing the same annotation at once never lose an update (docs/reliability.md).

Each user has a store (an engine and connections) of their own, as two desktops on one
PostgreSQL server do; both read, change and write back with the revision they read,
retrying on a conflict. Every increment must survive.
"""

from __future__ import annotations

import threading

from marginalia.db.errors import ConflictError
from marginalia.db.store import Store
from marginalia.db.values import Status

from .helpers import add_text

ROUNDS = 25


def test_two_concurrent_writers_lose_no_update(lead: Store, target_url: str) -> None:
    article = add_text(lead, "Die Zahl der Betriebe stieg auf 351.")
    made = lead.create_annotation(article, "figure", 32, 35, "ana", attributes={"value": 0})
    annotation_id = made.value.id
    conflicts: list[int] = []
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def user() -> None:
        try:
            with Store.open(target_url) as store:
                start.wait()
                for _ in range(ROUNDS):
                    while True:
                        current = store.annotation(annotation_id)
                        value = int(current.attributes["value"]) + 1
                        try:
                            store.update_annotation(
                                annotation_id, current.revision, attributes={"value": value}
                            )
                            break
                        except ConflictError:
                            conflicts.append(1)
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=user) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    final = lead.annotation(annotation_id)
    assert final.attributes["value"] == 2 * ROUNDS
    assert final.revision == 1 + 2 * ROUNDS


def test_two_sessions_adding_the_same_text_and_new_annotator_make_one_each(
    lead: Store, target_url: str
) -> None:
    import hashlib

    from marginalia.db.store import NewArticle

    text = "Zwei Importe desselben Textes ergeben einen Artikel."
    article = NewArticle(hashlib.sha256(text.encode()).hexdigest(), text, "t")
    results: list[int] = []
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def user() -> None:
        try:
            with Store.open(target_url) as store:
                start.wait()
                stored = store.add_articles([article]).value[0].id
                store.set_status(stored, "newcomer", Status.DONE)
                results.append(stored)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=user) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(set(results)) == 1 and lead.article_count() == 1
    assert lead.annotators() == ["newcomer"]
