"""Question cards are built the first screenful first and the rest in idle time
(ui/form_view.py); everything that looks at questions still sees all of them at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from naravard_desktop.core.review.status import ANSWERED, question_statuses
from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.core.submission.validation import progress

FORM_ID = "sos-gnv-regioner-2024"


@pytest.fixture
def halland_id(data_dir: Path, halland_answers: dict[str, object]) -> str:
    with DraftStore(data_dir) as store:
        store.set_editor_name("Testare")
        draft = store.create_draft(FORM_ID, "Svar 2024", "Region Halland")
        store.set_values(draft.id, halland_answers)
        return draft.id


@pytest.fixture
def fresh(make_window, halland_id):  # type: ignore[no-untyped-def]
    """The window right after it opened the draft: no event loop has run yet."""
    return make_window(draft_id=halland_id)


def _last_question(window) -> str:  # type: ignore[no-untyped-def]
    return [q.number for q in window.session.form.questions()][-1]


def _last_text_question(window) -> str:  # type: ignore[no-untyped-def]
    """The last question answered with a text in the Halland draft."""
    return [q.number for q in window.session.form.questions() if q.type == "text" and isinstance(window.session.value(q.number), str)][-1]


def test_only_the_first_screenful_is_built_before_the_first_paint_and_the_rest_follows(qtbot, fresh):
    view = fresh.form_view
    total = len(list(fresh.session.form.questions()))
    assert len(view.cards) == total  # every question is there to ask for
    first = len(view.built_cards())
    assert 3 <= first < total
    assert list(view.built_cards()) == [q.number for q in fresh.session.form.questions()][:first]  # form order
    qtbot.waitUntil(view.all_built, timeout=10_000)
    assert list(view.built_cards()) == [q.number for q in fresh.session.form.questions()]
    assert all(card.parent() is view.container for card in view.built_cards().values())


def test_navigator_marks_and_counts_see_every_question_before_the_cards_exist(fresh, halland_answers):
    view, navigator, session = fresh.form_view, fresh.navigator, fresh.session
    last = _last_question(fresh)
    assert last not in view.built_cards()
    answered, asked = progress(session.form, session.answers)
    assert navigator.progress.text() == f"{answered} av {asked} besvarade" and answered > 40
    statuses = question_statuses(session.form, session.answers)
    assert set(navigator.items) == {q.number for q in session.form.questions()}
    assert ANSWERED in navigator.statuses[last] and navigator.statuses == statuses


def test_find_and_jump_reach_a_question_whose_card_is_not_built_yet(fresh, halland_answers):
    view = fresh.form_view
    last = _last_text_question(fresh)
    text = halland_answers[last]
    assert isinstance(text, str) and last not in view.built_cards()
    needle = text.split()[1]
    matches = fresh.find_bar.find_all(needle)
    assert (last, last) in matches
    assert fresh.go_to_question(last)
    assert last in view.built_cards() and view.field_widget(last).text() == text
    assert fresh.current_question() == last


def test_a_card_built_later_shows_changes_conditions_and_read_only_made_before(qtbot, fresh):
    view, session = fresh.form_view, fresh.session
    last = _last_text_question(fresh)
    assert last not in view.built_cards()
    session.set_values({last: "Ändrat innan kortet fanns"})
    view.set_answers_read_only(True)
    card = view.cards[last]  # asking builds it (and every card before it)
    assert card.fields[last].text() == "Ändrat innan kortet fanns"
    assert card.fields[last].edit.isReadOnly()
    hidden = [n for n, c in view.built_cards().items() if not session.evaluator().is_visible(n)]
    assert hidden and all(view.built_cards()[n].isHidden() and not view.is_shown(n) for n in hidden)


def test_a_key_typed_while_the_rest_is_built_lands_in_the_field(qtbot, fresh):
    view = fresh.form_view
    first = next(n for n, card in view.built_cards().items() if card.question.type == "text")
    fresh.go_to_question(first)
    qtbot.keyClicks(view.field_widget(first).edit, "Ny rad")
    qtbot.waitUntil(view.all_built, timeout=10_000)
    assert fresh.session.value(first).endswith("Ny rad")


@pytest.mark.parametrize("size", [(800, 600), (1024, 700), (1400, 900), (1920, 1200)])
def test_the_first_screenful_fills_the_view_at_its_first_paint(qtbot, make_window, halland_id, size, monkeypatch):
    """Enough cards are built before the first paint to fill the view (no empty space until
    the idle-time building comes), and not many more: the heights are counted as if the
    cards were as wide as the window, so never more than they will be."""
    from PySide6.QtCore import QSize

    from naravard_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "_first_size", lambda _self: QSize(*size))  # a first start at this size
    window = make_window(draft_id=halland_id)
    view = window.form_view
    view.retire()  # only what was built before the first paint: no idle-time building
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == size
    built = list(view.built_cards().values())
    last = built[-1]
    assert last.y() + last.height() - view.verticalScrollBar().value() >= view.viewport().height()
    before_last = built[-2]
    assert before_last.y() - view.verticalScrollBar().value() < view.viewport().height()  # the card before the last shows
