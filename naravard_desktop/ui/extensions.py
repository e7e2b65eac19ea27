"""Later features plug into the main window here, without editing main_window.py.

Each entry is called once with the MainWindow after its menus exist. Use
`window.registry.add(...)` / `window.registry.add_dock(...)` and connect to
`window.draft_opened(session)` / `window.draft_closed()`. See docs/ui.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from naravard_desktop.ui import backups, collaboration, review_wiring

EXTENSIONS: list[Callable[[Any], None]] = [
    collaboration.install,
    backups.install,
    review_wiring.install,
]
