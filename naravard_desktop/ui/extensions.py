"""Later features plug into the main window here, without editing main_window.py.

Each entry is called once with the MainWindow after its menus exist. Use
`window.registry.add(...)` / `window.registry.add_dock(...)` and connect to
`window.draft_opened(session)` / `window.draft_closed()`. See docs/ui.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from naravard_desktop.ui import pane_focus, shortcuts
from naravard_desktop.ui.forms import form_import_action
from naravard_desktop.ui.review import review_wiring
from naravard_desktop.ui.storage import backups
from naravard_desktop.ui.submission import new_round, pii_guard, submission, text_export
from naravard_desktop.ui.sync import collaboration, word_io

EXTENSIONS: list[Callable[[Any], None]] = [
    collaboration.install,
    review_wiring.install,  # its Granskning menu comes before Inlämning (work order)
    submission.install,  # before the others that add to its Inlämning menu
    pii_guard.install,
    new_round.install,
    form_import_action.install,  # after new_round: Arkiv lists Nytt formulär från dokument… after Ny omgång…
    text_export.install,
    word_io.install,  # after collaboration: its actions follow the bundle actions
    backups.install,
    pane_focus.install,
    shortcuts.install,  # reads the other features' keys when it opens
]
