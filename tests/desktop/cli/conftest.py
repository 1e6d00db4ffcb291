"""The CLI tests never read the machine's or the user's real configuration files."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_real_configuration(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("MARGINALIA_SYSTEM_CONFIG", str(folder / "machine.ini"))
    monkeypatch.setenv("MARGINALIA_USER_CONFIG", str(folder / "user.ini"))
    monkeypatch.delenv("MARGINALIA_DB", raising=False)
    monkeypatch.delenv("MARGINALIA_ANNOTATOR", raising=False)
