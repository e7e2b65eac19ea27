"""App settings (QSettings) kept beside the drafts, in the data dir.

An INI file in the data dir, not the platform registry: the last draft id only means
something for that data dir's database, and tests with throw-away data dirs never touch
the real user's settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

SETTINGS_FILENAME = "desktop-settings.ini"

KEY_LAST_DRAFT = "session/last_draft"
KEY_DISPLAY_NAME = "user/display_name"
KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_LANGUAGE = "ui/language"


def app_settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / SETTINGS_FILENAME), QSettings.Format.IniFormat)
