"""Machine-wide configuration, the user's on top (docs/install.md, ADR 0090)."""

from __future__ import annotations

from pathlib import Path

import pytest

from marginalia.db.config import (
    SYSTEM_ENV,
    USER_ENV,
    load_config,
    save_user_settings,
    system_config_file,
    user_config_file,
)


@pytest.fixture
def machine(tmp_path: Path) -> Path:
    folder = tmp_path / "etc"
    folder.mkdir()
    return folder / "marginalia.ini"


@pytest.fixture
def user(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder / "marginalia.ini"


def write(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path


def test_no_files_means_built_in_defaults(machine: Path, user: Path) -> None:
    config = load_config(machine, user)
    assert config.database is None and config.schema is None and config.language is None
    assert config.annotator_policy is None and config.may_change_schema
    assert config.warnings == () and config.sources == ()


def test_the_machine_file_alone(machine: Path, user: Path) -> None:
    write(
        machine,
        "[marginalia]\n"
        "database = /srv/annotation/team.sqlite\n"
        "annotator_policy = ask\n"
        "schema = labels.json   ; beside this file\n"
        "lock_schema = yes\n"
        "language = zh_CN\n",
    )
    config = load_config(machine, user)
    assert config.database == "/srv/annotation/team.sqlite"
    assert config.annotator_policy == "ask"
    assert config.schema == machine.parent / "labels.json"
    assert config.lock_schema and not config.may_change_schema
    assert config.language == "zh_CN"
    assert config.sources == (machine,) and config.warnings == ()


def test_user_settings_come_on_top(machine: Path, user: Path) -> None:
    write(machine, "[marginalia]\ndatabase = /srv/team.sqlite\nlanguage = en\nschema = /a.json\n")
    write(user, "[marginalia]\ndatabase = ~/mine.sqlite\nlanguage = zh_CN\nschema = /b.json\n")
    config = load_config(machine, user)
    assert config.database == str(Path("~/mine.sqlite").expanduser())
    assert config.language == "zh_CN"
    assert config.schema == Path("/b.json")
    assert config.sources == (machine, user) and config.warnings == ()


def test_a_locked_schema_cannot_be_changed_by_the_user(machine: Path, user: Path) -> None:
    write(machine, "[marginalia]\nschema = /srv/labels.json\nlock_schema = true\n")
    write(user, "[marginalia]\nschema = /home/me/labels.json\n")
    config = load_config(machine, user)
    assert config.schema == Path("/srv/labels.json") and config.lock_schema
    assert len(config.warnings) == 1 and "schema is locked" in config.warnings[0]
    assert str(user) in config.warnings[0]


def test_machine_only_settings_in_a_user_file_are_reported(machine: Path, user: Path) -> None:
    write(machine, "[marginalia]\nannotator_policy = os-user\n")
    write(user, "[marginalia]\nlanguage = en\nlock_schema = false\nannotator_policy = ask\n")
    config = load_config(machine, user)
    assert config.annotator_policy == "os-user" and not config.lock_schema
    assert config.language == "en"
    assert [w.split(": ", 1)[0] for w in config.warnings] == [f"{user}, line 3", f"{user}, line 4"]


def test_the_annotator_name_follows_the_policy(machine: Path, user: Path) -> None:
    write(user, "[marginalia]\nannotator = 王芳\n")
    assert load_config(machine, user).configured_annotator == "王芳"
    write(machine, "[marginalia]\nannotator_policy = ask\n")
    assert load_config(machine, user).configured_annotator == "王芳"
    write(machine, "[marginalia]\nannotator_policy = os-user\n")
    config = load_config(machine, user)
    assert config.configured_annotator is None
    assert "annotator is ignored" in config.warnings[0]


@pytest.mark.parametrize(
    ("text", "where", "reason"),
    [
        (
            "[marginalia]\ndatabase = /a.sqlite\nthis line has no equals sign\n",
            "line 3",
            "not of the form NAME = VALUE",
        ),
        ("database = /a.sqlite\n", "line 1", "must follow a [marginalia] line"),
        ("[marginalia]\nlanguage = en\nlanguage = de\n", "line 3", "'language' appears twice"),
        ("[other]\ndatabase = /a.sqlite\n", "", "has no [marginalia] section"),
    ],
)
def test_a_malformed_file_is_reported_and_ignored(
    machine: Path, user: Path, text: str, where: str, reason: str
) -> None:
    write(machine, text)
    write(user, "[marginalia]\nlanguage = zh_CN\n")
    config = load_config(machine, user)
    assert config.database is None
    assert config.language == "zh_CN"  # the user's file still counts
    assert len(config.warnings) == 1
    warning = config.warnings[0]
    assert warning.startswith(str(machine)) and where in warning and reason in warning
    assert "ignored" in warning


def test_a_file_that_is_not_text_is_reported_and_ignored(machine: Path, user: Path) -> None:
    machine.write_bytes(b"\xff\xfe\x00[marginalia\x80\x81")
    config = load_config(machine, user)
    assert config.sources == () and "cannot be read" in config.warnings[0]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("annotator_policy = everyone", "annotator_policy must be one of os-user, ask"),
        ("lock_schema = perhaps", "lock_schema must be true or false"),
        ("language = Chinese please", "is not a language code"),
        ("database =", "database is empty"),
        ("colour = blue", "unknown setting 'colour'"),
    ],
)
def test_a_bad_value_is_reported_and_only_it_ignored(
    machine: Path, user: Path, line: str, reason: str
) -> None:
    write(machine, f"[marginalia]\nschema = /srv/labels.json\n{line}\n")
    config = load_config(machine, user)
    assert config.schema == Path("/srv/labels.json")
    assert config.annotator_policy is None and not config.lock_schema and config.language is None
    assert config.database is None
    assert config.warnings == tuple(
        w for w in config.warnings if w.startswith(f"{machine}, line 3")
    )
    assert len(config.warnings) == 1 and reason in config.warnings[0]


def test_a_postgres_url_and_environment_variables(
    machine: Path, user: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(machine, "[marginalia]\ndatabase = postgresql://db.example/annotation\n")
    assert load_config(machine, user).database == "postgresql://db.example/annotation"
    monkeypatch.setenv("TEAM_SHARE", "/mnt/share")
    write(machine, "[marginalia]\ndatabase = $TEAM_SHARE/team.sqlite\n")
    assert load_config(machine, user).database == "/mnt/share/team.sqlite"


def test_the_file_locations_can_be_overridden(
    machine: Path, user: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SYSTEM_ENV, str(machine))
    monkeypatch.setenv(USER_ENV, str(user))
    assert system_config_file() == machine and user_config_file() == user
    write(machine, "[marginalia]\nlanguage = de\n")
    assert load_config().language == "de"


def test_the_platform_locations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SYSTEM_ENV, raising=False)
    monkeypatch.delenv("XDG_CONFIG_DIRS", raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert system_config_file() == Path("/etc/xdg/marginalia/marginalia.ini")


def test_user_settings_are_saved_and_read_back(machine: Path, user: Path) -> None:
    write(user, "[marginalia]\nlanguage = en\n")
    save_user_settings({"annotator": "Li Wei", "database": "/data/me.sqlite"}, user)
    save_user_settings({"database": None}, user)
    config = load_config(machine, user)
    assert (config.annotator, config.language, config.database) == ("Li Wei", "en", None)
    with pytest.raises(ValueError, match="lock_schema"):
        save_user_settings({"lock_schema": "false"}, user)


def test_the_example_in_the_install_guide_is_valid(tmp_path: Path) -> None:
    guide = (Path(__file__).resolve().parents[2] / "docs" / "install.md").read_text("utf-8")
    example = guide.split("```ini\n", 1)[1].split("```", 1)[0]
    machine = write(tmp_path / "marginalia.ini", example)
    config = load_config(machine, tmp_path / "none.ini")
    assert config.warnings == ()
    assert config.database == str(Path("~/Annotation/marginalia.sqlite").expanduser())
    assert (config.annotator_policy, config.lock_schema, config.language) == (
        "os-user",
        True,
        "zh_CN",
    )
    assert config.schema == Path("/srv/annotation/labels.json")
