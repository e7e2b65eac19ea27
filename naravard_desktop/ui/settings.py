"""App settings (QSettings) kept beside the drafts, in the data dir.

An INI file in the data dir, not the platform registry: the last draft id only means
something for that data dir's database, and tests with throw-away data dirs never touch
the real user's settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

SETTINGS_FILENAME = "desktop-settings.ini"

KEY_LAST_DRAFT = "session/last_draft"
KEY_DISPLAY_NAME = "user/display_name"
KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_LANGUAGE = "ui/language"
KEY_FILE_FOLDER = "files/folder"  # where every save and open dialog starts: the last one used


def app_settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / SETTINGS_FILENAME), QSettings.Format.IniFormat)


def question_key(draft_id: str) -> str:
    """Where the question a draft was left at is kept (it opens there next time)."""
    return f"drafts/{draft_id}/question"


def file_folder(settings: QSettings | None) -> Path:
    """The one folder save and open dialogs start in: the last used, else Documents, else home."""
    stored = str(settings.value(KEY_FILE_FOLDER) or "") if settings is not None else ""
    if stored and Path(stored).is_dir():
        return Path(stored)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(settings: QSettings | None, path: Path) -> None:
    """A file was saved or opened: dialogs start in its folder next time."""
    if settings is not None:
        settings.setValue(KEY_FILE_FOLDER, str(path.parent))
