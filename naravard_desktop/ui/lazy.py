"""Modules loaded on first use, so a feature's heavy core module (python-docx, rapidfuzz …)
is not imported while the window starts (docs/performance.md, "Start-up").

The core modules the UI loads late are named here once, typed as the modules themselves
for mypy: `from naravard_desktop.ui.lazy import form_edit as fe`."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any

__all__ = ["LazyModule", "backup", "document", "form_edit", "word", "word_reading"]


class LazyModule:
    """Stands for a module; the first attribute looked up imports it."""

    def __init__(self, name: str):
        self.__dict__["_name"] = name
        self.__dict__["_module"] = None

    def _load(self) -> ModuleType:
        module: ModuleType | None = self.__dict__["_module"]
        if module is None:
            module = importlib.import_module(self.__dict__["_name"])
            self.__dict__["_module"] = module
        return module

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._load(), attr)


if TYPE_CHECKING:
    from naravard_desktop.core import word
    from naravard_desktop.core.forms import form_edit
    from naravard_desktop.core.review import document
    from naravard_desktop.core.storage import backup
    from naravard_desktop.core.word import reading as word_reading
else:
    #: backups (tempfile, shutil, the integrity check): on a worker thread after the first paint
    backup = LazyModule("naravard_desktop.core.storage.backup")
    #: the form editor's core (the form importer, rapidfuzz): when the editor opens
    form_edit = LazyModule("naravard_desktop.core.forms.form_edit")
    #: Word export and import (python-docx, lxml): when Word is used
    word = LazyModule("naravard_desktop.core.word")
    word_reading = LazyModule("naravard_desktop.core.word.reading")
    #: the review document's question selection ("12-17,25"), shared with the PDF
    document = LazyModule("naravard_desktop.core.review.document")
