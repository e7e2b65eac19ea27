"""What an operation changed in the store behind the editor (like Anki's OpChanges).

Every feature that writes to the stored draft outside the editor (bundle import, conflict
resolution, restore of a version, personal-data acknowledgements, carry, backup restore,
a new form version, Word import) calls `MainWindow.after_store_change(StoreChange(...))`;
the window takes the change in once and tells every feature through `store_changed`.
See docs/ui.md "Data flow".
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StoreChange:
    """`source` says where it came from, `draft_id` which draft (None: the open one),
    `fields` (filled in by the window) the field keys whose values changed in the open
    draft, `forms` that the installed forms changed (a new form version saved),
    `database` that the whole database was replaced (a backup restored): the window
    connects its store and the open draft's autosave again first, and closes the draft
    if the restored database does not have it."""

    source: str  # "import" | "resolve" | "restore" | "outside" | "pii" | "carry" | "backup" | "form" | "word" | …
    draft_id: str | None = None
    fields: tuple[str, ...] = ()
    forms: bool = False
    database: bool = False
