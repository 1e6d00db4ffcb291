"""The Qt-free Marginalia library: models, store, migrations, import, export.

``marginalia`` itself is a namespace package: the repository's folders ``db/``,
``desktop/`` and ``resources/`` are its parts (ADR 0002), so no folder in the source tree
shadows the installed package.
"""

from typing import Any


def __getattr__(name: str) -> Any:
    # Looked up on first use: importlib.metadata costs ~0.1 s, which neither the desktop
    # app's start-up (ADR 0063) nor a short CLI command can afford before it is needed.
    if name != "__version__":
        raise AttributeError(name)
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("marginalia")
    except PackageNotFoundError:  # a source tree that was never installed
        found = "0+unknown"
    globals()["__version__"] = found
    return found
