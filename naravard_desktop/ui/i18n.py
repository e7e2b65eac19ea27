"""Run-time language: Swedish (the source language) or English from resources/translations."""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from naravard_desktop.core import paths
from naravard_desktop.core.messages import text_in

LANGUAGES = {"sv": "Svenska", "en": "English"}
DEFAULT_LANGUAGE = "sv"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


class Translatable(Protocol):
    def retranslate(self) -> None: ...


_translatable: list[weakref.ReferenceType[Translatable]] = []


def translate_ui(obj: Translatable, *, now: bool = True) -> None:
    """The one retranslation mechanism (Frescobaldi's translateUI): `obj.retranslate()` runs
    now (unless `now` is False) and after every language switch, for as long as `obj`
    lives. Nobody needs a changeEvent(LanguageChange) of their own."""
    _translatable.append(weakref.ref(obj))
    if now:
        obj.retranslate()


def _alive() -> list[Translatable]:
    alive: list[Translatable] = []
    kept: list[weakref.ReferenceType[Translatable]] = []
    for ref in _translatable:
        obj = ref()
        if obj is not None and shiboken6.isValid(obj):
            alive.append(obj)
            kept.append(ref)
    _translatable[:] = kept
    return alive


def retranslate_all() -> None:
    """Every registered object, in the order they registered (a window before its parts)."""
    for obj in _alive():
        if shiboken6.isValid(obj):  # an earlier one may have deleted it
            obj.retranslate()


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def current_language() -> str:
    return _current


def core_text(value: str) -> str:
    """A text from the core (a core.messages.Message, or any str) in the current language:
    the one way the UI shows core messages (checks, personal data, conditions, checklist)."""
    return text_in(value, _current)


def install_language(code: str) -> bool:
    """Switch every translator, then retranslate everything registered with translate_ui.
    False if the catalogue is missing."""
    global _current
    app = QCoreApplication.instance()
    if app is None or code not in LANGUAGES:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ok = True
    if code != DEFAULT_LANGUAGE:
        ours = QTranslator(app)
        ok = ours.load(str(translations_dir() / f"naravard_{code}.qm"))
        if ok:
            app.installTranslator(ours)
            _installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    if ok:
        _current = code
        retranslate_all()
    elif code != DEFAULT_LANGUAGE:
        install_language(DEFAULT_LANGUAGE)
    return ok
