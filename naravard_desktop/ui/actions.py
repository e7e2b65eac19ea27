"""One registry of the window's menus, actions and docks.

Features register here instead of editing main_window.py: `add(...)` an action into a
menu, `add_dock(...)` a panel (its toggle goes into Visa). Texts are given as callables
so a language switch re-reads them (`retranslate()`). See docs/ui.md.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

TextFn = Callable[[], str]


class ActionRegistry(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.menus: dict[str, QMenu] = {}
        self.actions: dict[str, QAction] = {}
        self.docks: dict[str, QDockWidget] = {}
        self._texts: list[tuple[QAction | QMenu | QDockWidget, TextFn]] = []
        self._made: dict[str, tuple[Callable[[str], QAction], TextFn]] = {}

    def add_menu(self, menu_id: str, title: TextFn) -> QMenu:
        """A top-level menu, in the order added; once Hjälp exists, new menus go before it."""
        if menu_id in self.menus:
            return self.menus[menu_id]
        menu = QMenu(title(), self.window)
        menu.setObjectName(f"menu-{menu_id}")
        bar = self.window.menuBar()
        before = None
        if "help" in self.menus and menu_id != "help":
            before = self.menus["help"].menuAction()
        bar.insertMenu(before, menu) if before is not None else bar.addMenu(menu)
        self.menus[menu_id] = menu
        self._texts.append((menu, title))
        return menu

    def add(
        self,
        action_id: str,
        text: TextFn,
        slot: Callable[..., object],
        *,
        menu: str,
        shortcut: QKeySequence.StandardKey | str | None = None,
        checkable: bool = False,
        separator_before: bool = False,
    ) -> QAction:
        action = QAction(text(), self.window)
        action.setObjectName(f"action-{action_id}")
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.attach(action_id, action, text, menu=menu, separator_before=separator_before)
        return action

    def add_made(
        self,
        action_id: str,
        make: Callable[[str], QAction],
        text: TextFn,
        *,
        menu: str,
        shortcut: QKeySequence.StandardKey | None = None,
    ) -> QAction:
        """An action Qt makes and keeps up to date itself, with its text fixed when made
        (Ångra/Gör om from `QUndoGroup.createUndoAction`: enabled and named after the next
        step). A language switch makes it again in the same place (`retranslate`)."""
        action = make(text())
        action.setObjectName(f"action-{action_id}")
        if shortcut is not None:
            action.setShortcuts(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        target = self.menus[menu]
        target.addAction(action)
        self.window.addAction(action)
        self.actions[action_id] = action
        self._made[action_id] = (make, text)
        return action

    def _remake(self, action_id: str) -> None:
        make, text = self._made[action_id]
        old = self.actions[action_id]
        new = make(text())
        new.setObjectName(old.objectName())
        new.setShortcuts(old.shortcuts())
        new.setShortcutContext(old.shortcutContext())
        for menu in self.menus.values():
            if old in menu.actions():
                menu.insertAction(old, new)
                menu.removeAction(old)
        self.window.removeAction(old)
        self.window.addAction(new)
        self.actions[action_id] = new
        old.setParent(None)  # findChild never finds it again
        old.deleteLater()

    def attach(self, action_id: str, action: QAction, text: TextFn, *, menu: str, separator_before: bool = False) -> QAction:
        """Register an action made elsewhere (e.g. a dock's toggle or a widget's own action)."""
        target = self.menus[menu]
        if separator_before and not target.isEmpty():
            target.addSeparator()
        target.addAction(action)
        self.window.addAction(action)
        self.actions[action_id] = action
        self._texts.append((action, text))
        return action

    def add_dock(
        self, dock_id: str, dock: QDockWidget, title: TextFn, area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea
    ) -> QAction:
        dock.setObjectName(f"dock-{dock_id}")
        dock.setWindowTitle(title())
        self.window.addDockWidget(area, dock)
        self.docks[dock_id] = dock
        self._texts.append((dock, title))
        toggle = dock.toggleViewAction()
        self.menus["view"].addAction(toggle)
        self.actions[f"view-{dock_id}"] = toggle
        return toggle

    def drop_shadowed_shortcuts(self) -> None:
        """A platform's extra binding never takes another action's own key.

        Standard keys differ per platform: on Windows FindNext is F3 *and* Ctrl+G, which
        would make Ctrl+G (go to question) ambiguous, and Qt then triggers neither. An
        action's first shortcut wins over another action's secondary binding of the same key.
        """
        actions = [a for a in self.actions.values() if a.shortcuts()]  # every menu action is here (not findChildren: it wraps every child)
        primary = {a.shortcuts()[0]: a for a in actions}
        for action in actions:
            keys = action.shortcuts()
            kept = keys[:1] + [k for k in keys[1:] if primary.get(k, action) is action]
            if len(kept) != len(keys):
                action.setShortcuts(kept)

    def action(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def place(
        self,
        menu_id: str,
        actions: Sequence[QAction],
        *,
        before: str | tuple[str, ...] = (),
        after: str = "",
        first: bool = False,
        separator_after: bool = False,
    ) -> bool:
        """Move `actions` (a group, in this order) within a menu: `first`, right after the
        `after` id, or else right before the first of the `before` ids that is there; with
        `separator_after` a separator follows the group. The one way features order a menu
        that others fill too (Arkiv: … | Exportera paket, Importera paket | Avsluta). False,
        and the group stays at the end, when no anchor is in the menu (a feature alone)."""
        menu = self.menus[menu_id]
        for action in actions:
            menu.removeAction(action)
        anchor, found = self._anchor(menu.actions(), before, after, first)
        if not found:
            menu.addActions(list(actions))
            return False
        menu.insertActions(anchor, list(actions))  # type: ignore[arg-type]  # PySide6 stub gap: None appends
        if separator_after:
            if anchor is None:
                menu.addSeparator()
            else:
                menu.insertSeparator(anchor)
        return True

    def _anchor(self, present: list[QAction], before: str | tuple[str, ...], after: str, first: bool) -> tuple[QAction | None, bool]:
        """The action to insert before (None: at the end), and whether a place was found."""
        if first:
            return (present[0] if present else None), True
        target = self.actions.get(after) if after else None
        if target is not None and target in present:
            index = present.index(target) + 1
            return (present[index] if index < len(present) else None), True
        for action_id in (before,) if isinstance(before, str) else before:
            target = self.actions.get(action_id)
            if target is not None and target in present:
                return target, True
        return None, False

    def retranslate(self) -> None:
        for action_id in self._made:
            self._remake(action_id)
        for target, text in self._texts:
            if isinstance(target, QMenu):
                target.setTitle(text())
            elif isinstance(target, QDockWidget):
                target.setWindowTitle(text())
            else:
                target.setText(text())
