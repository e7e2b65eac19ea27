"""Where things live: the data dir, bundled forms and resources."""

from __future__ import annotations

from pathlib import Path

from naravard_desktop import APP_NAME

_PACKAGE_DIR = Path(__file__).resolve().parents[2]
_SOURCE_ROOT = _PACKAGE_DIR.parent

DB_FILENAME = "naravard.sqlite3"


def default_data_dir() -> Path:
    """The per-user data dir (platformdirs), used when no --data-dir is given."""
    import platformdirs  # here: ~5 ms to import, and not needed with --data-dir

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(data_dir: str | Path | None) -> Path:
    """The data dir to use, created if missing."""
    path = Path(data_dir).expanduser() if data_dir else default_data_dir()
    path.mkdir(parents=True, exist_ok=True)
    return path


def _bundled(name: str) -> Path:
    """A top-level data folder: the installed copy, or the source checkout's."""
    installed = _PACKAGE_DIR / "_data" / name
    if installed.is_dir():
        return installed
    return _SOURCE_ROOT / name


def bundled_forms_dir() -> Path:
    return _bundled("forms")


def resources_dir() -> Path:
    return _bundled("resources")


def user_forms_dir(data_dir: Path) -> Path:
    """Forms a user added with `naravard forms add` live beside their drafts."""
    return data_dir / "forms"


def validated_forms_cache(data_dir: Path) -> Path:
    """Which form contents already passed the schema check (core/forms/model.py); safe to delete."""
    return data_dir / "cache" / "validated-forms.json"


def font_cache(data_dir: Path) -> Path:
    """The review PDF's fonts as reportlab parsed them (core/review/fonts.py); safe to delete."""
    return data_dir / "cache" / "fonts"


def log_dir(data_dir: Path) -> Path:
    path = data_dir / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
