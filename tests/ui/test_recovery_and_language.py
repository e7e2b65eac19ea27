"""Crash recovery (a real child process killed mid-typing), error dialog, language, first start."""

from __future__ import annotations

import html
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from naravard_desktop.core.storage import session_marker
from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.ui import app as app_module
from naravard_desktop.ui import i18n

ROOT = Path(__file__).resolve().parents[2]


def start_app_typing_into_3(data_dir: Path, draft_id: str) -> subprocess.Popen[bytes]:
    """The real app in a child process, typing TEST_TYPING_TEXT into question 3."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "naravard_desktop.ui.app", "--data-dir", str(data_dir), "--draft", draft_id, "--test-typing", "3"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.mark.slow
def test_killed_mid_typing_loses_nothing_saved_and_says_so(make_window, data_dir, empty_draft, stored_values):
    child = start_app_typing_into_3(data_dir, empty_draft)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if len(str(stored_values(data_dir, empty_draft).get("3", ""))) >= 60:
                break
            assert child.poll() is None, "the app exited by itself"
            time.sleep(0.1)
        else:
            pytest.fail("nothing typed reached the database within 60 s")
        time.sleep(0.3)  # keep typing, then kill without warning
        assert child.poll() is None
        assert session_marker.read_marker(data_dir) is not None
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
    saved = stored_values(data_dir, empty_draft)["3"]
    assert isinstance(saved, str) and len(saved) >= 60
    assert app_module.TEST_TYPING_TEXT.startswith(saved)
    window = make_window()
    assert window.session is not None and window.session.draft_id == empty_draft
    assert not window.banner.isHidden()
    assert "avslutades oväntat" in window.banner.label.text()
    assert "senast sparade ändring" in window.banner.label.text()
    assert window.form_view.field_widget("3").edit.toPlainText() == saved
    window.close()
    assert session_marker.read_marker(data_dir) is None  # a clean exit removes it


@pytest.mark.slow
def test_sigterm_closes_cleanly_with_everything_saved(data_dir, empty_draft, stored_values):
    child = start_app_typing_into_3(data_dir, empty_draft)
    try:
        deadline = time.monotonic() + 60
        while len(str(stored_values(data_dir, empty_draft).get("3", ""))) < 30:
            assert time.monotonic() < deadline and child.poll() is None
            time.sleep(0.1)
        child.send_signal(signal.SIGTERM)
        assert child.wait(20) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
    assert session_marker.read_marker(data_dir) is None
    assert app_module.TEST_TYPING_TEXT.startswith(str(stored_values(data_dir, empty_draft)["3"]))


def test_clean_exit_shows_no_recovery_notice(make_window, empty_draft):
    first = make_window(draft_id=empty_draft)
    first.close()
    second = make_window()
    assert second.banner.isHidden()


def test_uncaught_exception_is_logged_and_shown(qtbot, tmp_path, monkeypatch):
    log_file = tmp_path / "err.log"
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: None)
    app_module.install_excepthook(log_file)
    try:
        raise RuntimeError("något gick fel")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    logged = log_file.read_text("utf-8")
    assert "builtins.RuntimeError" in logged and "något gick fel" not in logged  # no message text in the log
    box = app_module.shown_errors[-1]
    assert box.isVisible()
    assert "loggat" in box.text()
    box.close()


def test_language_switch_at_run_time(qtbot, window):
    card = window.form_view.cards["10a"]
    question_text = card.question.text
    assert window.registry.menus["file"].title() == "&Arkiv"
    try:
        assert window.set_language("en")
        qtbot.waitUntil(lambda: window.registry.menus["file"].title() == "&File")
        assert window.registry.action("undo").text() == "&Undo"
        assert window.navigator.progress.text().endswith("answered")
        card = window.form_view.cards["10a"]
        assert html.unescape(card.text_label.text()) == question_text  # question texts are never translated
        assert card.condition_label.text() == "Answered if question 10 is Ja"
        assert window.parked_panel.summary.text() == "No parked answers."
        assert window.form_view.field_widget("17").count.text() == "0 / 1000 characters"
        window.session.set_values({"3": "text"})
        assert window.session.flush()
        qtbot.waitUntil(lambda: window.saved_label.text().startswith("Saved "))
        assert window.set_language("sv")
        qtbot.waitUntil(lambda: window.saved_label.text().startswith("Sparat "))  # the save note follows the language
        assert window.set_language("en")
    finally:
        window.set_language("sv")
    qtbot.waitUntil(lambda: window.registry.menus["file"].title() == "&Arkiv")
    assert window.form_view.field_widget("17").count.text() == "0 / 1000 tecken"


def test_first_start_asks_for_the_name_and_stores_it_twice(make_window, data_dir, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args, **kwargs: ("Kim Koordinator", True)))
    window = make_window()
    assert window.pages.currentWidget() is window.start_page
    assert any("2025-03-31" in window.form_list.item(i).text() for i in range(window.form_list.count()))
    window.ensure_display_name()
    assert window.settings.value("user/display_name") == "Kim Koordinator"
    window.create_draft("sos-gnv-regioner-2024", "Svar 2024", "Region Halland")
    window.session.set_values({"3": "text"})
    window.session.flush()
    window.close()
    with DraftStore(data_dir) as store:
        draft = store.drafts()[0]
        assert store.history(draft.id, "3")[0].editor_name == "Kim Koordinator"
    reopened = make_window()
    assert reopened.session is not None and reopened.session.draft.title == "Svar 2024"


@pytest.fixture(autouse=True)
def _swedish_after_each_test():  # type: ignore[no-untyped-def]
    yield
    if i18n.current_language() != "sv":
        i18n.install_language("sv")


def test_a_database_from_a_newer_version_is_refused_with_a_message(data_dir, capsys, monkeypatch):
    import sqlite3

    from naravard_desktop.core.storage.paths import DB_FILENAME

    with DraftStore(data_dir):
        pass
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert app_module.main(["--data-dir", str(data_dir), "--self-test"]) == 2
    assert "schemaversion 999" in capsys.readouterr().err
    assert session_marker.read_marker(data_dir) is None


def test_core_messages_follow_the_language(qtbot, window):
    """Kontroll, parking reasons and conditions come from the core (core.messages) and are
    shown in the UI's language; switching back shows the Swedish the CLI prints."""
    window.session.set_values({"17": "x" * 1001, "10": "Nej", "10a": "kvar"})
    assert window.session.flush()
    window.refresh_validation()

    def texts() -> list[str]:
        panel = window.validation_panel
        return [panel.list.item(i).text() for i in range(panel.list.count())]

    assert "fråga 17: 1001 av högst 1000 tecken (1 tecken för mycket)" in texts()
    try:
        assert window.set_language("en")
        qtbot.waitUntil(lambda: "question 17: 1001 of at most 1000 characters (1 too many)" in texts())
        assert "question 10 a: parked answer – The condition is not met (answered if question 10 is Ja)" in texts()
        parked = window.parked_panel.list.item(0).text()
        assert parked.startswith("question 10 a: kvar") and parked.endswith("The condition is not met (answered if question 10 is Ja)")
    finally:
        window.set_language("sv")
    qtbot.waitUntil(lambda: "fråga 17: 1001 av högst 1000 tecken (1 tecken för mycket)" in texts())


def test_language_switches_leave_no_old_panels_behind(qtbot, window):
    """One retranslation mechanism (i18n.translate_ui): the docks' panels retranslate in
    place instead of being rebuilt, so switching back and forth leaves one of each."""
    from naravard_desktop.ui.panels import ParkedPanel, ValidationPanel

    parked, validation = window.parked_panel, window.validation_panel
    try:
        for code in ("en", "sv") * 3:
            assert window.set_language(code)
        assert window.set_language("en")
        assert window.parked_panel is parked and window.validation_panel is validation
        assert len(window.findChildren(ParkedPanel)) == 1 and len(window.findChildren(ValidationPanel)) == 1
        assert parked.restore_button.text() == "Restore" and parked.summary.text() == "No parked answers."
        assert validation.list.accessibleName() != "Kontroll"
    finally:
        window.set_language("sv")
    assert parked.restore_button.text() == "Återställ"
