"""Run-time language: Swedish (the source language) or English from resources/translations."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from naravard_desktop.core.messages import Message, message_of, text_in
from naravard_desktop.core.storage import paths

LANGUAGES = {"sv": "Svenska", "en": "English"}
DEFAULT_LANGUAGE = "sv"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


class Translatable(Protocol):
    def retranslate(self) -> None: ...


_translatable: list[weakref.ReferenceType[Translatable]] = []


class _Watcher(QWidget):
    """Any translator installed on the application: retranslate everything once, after
    the current event (several installs, one pass); install_language does it right away
    and cancels this. A hidden top-level widget: Qt posts LanguageChange to every
    top-level widget. (An application-wide event filter would see every event of every
    object, and PySide would make a Python wrapper for each: ~20 ms of the start-up.)"""

    def __init__(self) -> None:
        super().__init__(None)
        self.pending = QTimer(self)
        self.pending.setSingleShot(True)
        self.pending.setInterval(0)
        self.pending.timeout.connect(retranslate_all)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.pending.start()
        super().changeEvent(event)


_watcher: _Watcher | None = None


def _watch() -> None:
    global _watcher
    if QApplication.instance() is not None and (_watcher is None or not shiboken6.isValid(_watcher)):
        _watcher = _Watcher()


def translate_ui(obj: Translatable, *, now: bool = True) -> None:
    """The one retranslation mechanism (Frescobaldi's translateUI): `obj.retranslate()` runs
    now (unless `now` is False) and after every language switch, for as long as `obj`
    lives. Nobody needs a changeEvent(LanguageChange) of their own."""
    _watch()
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
    if isinstance(value, Message):
        wording = _APP_WORDING.get(value.template)
        if wording is not None:
            return wording(value.params)
    return text_in(value, _current)


def error_text(exc: BaseException) -> str:
    """A core exception's one-line reason in the current language (BundleError,
    FieldVersionError, StoreError …): the one way the UI shows them."""
    return core_text(message_of(exc))


# The core's templates (keys, not UI text) of the few messages written for the CLI: they
# name a command to run or an id to type ("naravard resolve", "id 3f9a…").
_CORE_CONFLICT = (
    "{label}: {count} versioner krockar (från {editors}); "  # not UI text
    "lös i Redigera › Konflikter eller med 'naravard resolve'"  # not UI text
)
_CORE_PII = "{finding} (id {id}; kvittera om det är ett falskt larm)"  # not UI text
_CORE_PII_FLAG = "{finding} – ta bort eller kvittera varningen (id {id})"  # not UI text
_CORE_CONFLICT_FLAG = "{key}: två olika ändringar står mot varandra (konflikt) – lös konflikten först"  # not UI text

# …and how the app says them: what to click instead.
_APP_WORDING: dict[str, Callable[[Mapping[str, Any]], str]] = {
    _CORE_CONFLICT: lambda p: (
        QCoreApplication.translate(
            "CoreMessages", "{label}: {count} versioner krockar (från {editors}) – Enter eller klick öppnar konfliktvyn"
        )
    ).format(label=core_text(p["label"]), count=p["count"], editors=p["editors"]),
    _CORE_PII: lambda p: (
        QCoreApplication.translate("CoreMessages", "{finding} – ta bort uppgiften, eller kvittera under fältet om det är ett falskt larm")
    ).format(finding=core_text(p["finding"])),
    _CORE_PII_FLAG: lambda p: (
        QCoreApplication.translate("CoreMessages", "{finding} – ta bort uppgiften, eller kvittera varningen under fältet")
    ).format(finding=core_text(p["finding"])),
    _CORE_CONFLICT_FLAG: lambda p: (
        QCoreApplication.translate("CoreMessages", "Fråga {key}: två versioner krockar – lös konflikten först (Redigera › Konflikter…)")
    ).format(key=p["key"]),
}


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
        if _watcher is not None and shiboken6.isValid(_watcher):
            _watcher.pending.stop()  # done here, at once
        retranslate_all()
    elif code != DEFAULT_LANGUAGE:
        install_language(DEFAULT_LANGUAGE)
    return ok
