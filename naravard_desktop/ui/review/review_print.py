"""Arkiv → "Skriv ut granskningskopia…": save the review PDF and open it in the system viewer.

The main window wires `print_review_copy` to its menu; everything but the dialogs lives in
core (document model, renderer, atomic write).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from naravard_desktop.core.forms.model import Form
from naravard_desktop.core.review.document import build_document
from naravard_desktop.core.review.pdf import render_pdf
from naravard_desktop.core.storage import paths
from naravard_desktop.core.storage.files import FileWriteError, write_bytes_atomically
from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.ui.settings import file_folder, remember_folder

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def default_file_name(draft_title: str, today: date | None = None) -> str:
    """ "Granskningskopia Svar 2024 2025-02-14.pdf", safe on every file system."""
    title = _UNSAFE.sub(" ", draft_title).strip(" .") or "utkast"
    return f"Granskningskopia {title} {(today or date.today()).isoformat()}.pdf"


def save_review_copy(store: DraftStore, form: Form, draft_id: str, path: Path, *, include_resolved: bool = False) -> Path:
    """Render and write the review PDF atomically; returns the path."""
    document = build_document(store, form, draft_id, include_resolved=include_resolved)
    write_bytes_atomically(path, render_pdf(document, font_cache=paths.font_cache(store.data_dir)))  # as `naravard pdf`
    return path


def print_review_copy(
    parent: QWidget | None,
    store: DraftStore,
    form: Form,
    draft_id: str,
    *,
    include_resolved: bool = False,
    settings: QSettings | None = None,
) -> Path | None:
    """Ask where to save (starting in the remembered folder), write the PDF, open it. None
    when cancelled or failed (the user was told)."""
    draft = store.draft(draft_id)
    suggested = str(file_folder(settings) / default_file_name(draft.title))
    chosen, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("review_print", "Skriv ut granskningskopia"), suggested, "PDF (*.pdf)"
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        save_review_copy(store, form, draft.id, path, include_resolved=include_resolved)
    except (OSError, FileWriteError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        QMessageBox.warning(parent, QCoreApplication.translate("review_print", "Granskningskopian kunde inte sparas"), f"{path}: {reason}")
        return None
    remember_folder(settings, path)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
