"""``marginalia-cli``: the headless jobs a lead scripts (the README's command table).

Never imports Qt.
"""


def counted(n: int, noun: str) -> str:
    """A count and its noun in English, the CLI's language: ``1 article``, ``2 articles``.

    Every noun the CLI counts takes an ``s`` (an irregular one would need its plural here).
    It lives in the package's ``__init__`` because every command imports it already:
    ``stats`` and ``articles`` load nothing new for it (ADR 0095, 0102).
    """
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
