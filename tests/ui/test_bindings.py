"""The Qt bindings keep Python's reference counts: PySide6 6.12.0 on Python 3.11 dropped a
reference to None (void methods) and to True/False on each call, and the process died with
"Fatal Python error: bool_dealloc" once a count reached zero (the app after a long session,
the test suite after ~600 tests). pyproject.toml keeps that version out; this keeps it out."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox, QLineEdit

CALLS = 2000


def _drift(obj: object, call) -> int:  # type: ignore[no-untyped-def]
    before = sys.getrefcount(obj)
    for _ in range(CALLS):
        call()
    return sys.getrefcount(obj) - before


def test_void_methods_keep_the_reference_count_of_none(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    assert abs(_drift(None, lambda: edit.setText("a"))) < CALLS // 10
    assert abs(_drift(None, lambda: edit.setVisible(False))) < CALLS // 10


def test_bool_arguments_and_results_keep_the_reference_counts_of_true_and_false(qtbot):
    box = QCheckBox()
    qtbot.addWidget(box)
    assert abs(_drift(True, lambda: box.setChecked(True))) < CALLS // 10
    assert abs(_drift(False, lambda: box.setChecked(False))) < CALLS // 10
    assert abs(_drift(False, box.isChecked)) < CALLS // 10
