"""The commands of ``marginalia-cli``: their names and one-line summaries, and where they live.

Each command is a module here with ``register(subparsers)``, which adds the command's parser
and options and sets ``run``, and ``EXAMPLES``, the end of its ``--help``. Only the module of
the command being run is imported (ADR 0095): ``marginalia-cli --help`` needs no more than
this table, and ``stats`` does not load the export formats.
"""

from __future__ import annotations

import importlib
from types import ModuleType


class Command:
    """A command's name, the module here that holds it, and its line in ``--help``."""

    __slots__ = ("module", "name", "summary")

    def __init__(self, name: str, module: str, summary: str) -> None:
        self.name = name
        self.module = module
        self.summary = summary

    def load(self) -> ModuleType:
        return importlib.import_module(f"{__name__}.{self.module}")


COMMANDS: tuple[Command, ...] = (
    Command(
        "import",
        "import_articles",
        "import articles (text, HTML, JSON Lines; files, folders, zips)",
    ),
    Command("articles", "articles", "list articles"),
    Command("article", "article", "show one article with its annotations"),
    Command("annotate", "annotate", "add one annotation (prints its id)"),
    Command("stats", "stats", "counts and progress per annotator and label"),
    Command("merge", "merge", "merge annotators' databases into one"),
    Command("conflicts", "conflicts", "list or resolve merge conflicts"),
    Command("package", "package", "write a work package (database file) for one annotator"),
    Command("schema", "schema", "export or import the label schema (JSON)"),
    Command("agreement", "agreement", "inter-annotator agreement, per label"),
    Command(
        "suggest", "suggest", "list proposed claims, figures and captions (--accept stores them)"
    ),
    Command("export", "export", "write an annotation set in another tool's format"),
    Command(
        "import-annotations",
        "import_annotations",
        "read annotations made in other tools onto imported articles",
    ),
    Command("backup", "backup", "copy the database consistently (also while Marginalia runs)"),
    Command(
        "self-test",
        "self_test",
        "check this installation: import, annotate, export, reopen, lay out (no display)",
    ),
    Command("help", "help", "the formats and their offset units, or one command's help"),
    Command("completion", "completion", "print the shell completion script for bash or zsh"),
)

BY_NAME = {command.name: command for command in COMMANDS}
