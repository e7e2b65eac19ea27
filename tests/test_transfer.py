import json

import pytest
from conftest import FORM_ID

from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.core.submission.pii import acknowledge, scan_draft
from naravard_desktop.core.submission.transfer import (
    TransferRefused,
    mark_transferred,
    transfer_items,
    transfer_status,
    unmark_transferred,
)
from naravard_desktop.core.submission.transfer_marks import MARK_PREFIX


@pytest.fixture
def store(data_dir):
    s = DraftStore(data_dir, editor_name="Anna")
    yield s
    s.close()


@pytest.fixture
def draft_id(store, halland_answers):
    draft = store.create_draft(FORM_ID, "Svar 2024", "Region Halland")
    store.set_values(draft.id, halland_answers)
    return draft.id


def item(store, form, draft_id, number):
    return next(i for i in transfer_items(store, form, draft_id) if i.number == number)


def test_items_in_web_form_order_asked_only(store, form, draft_id, halland_answers):
    numbers = [i.number for i in transfer_items(store, form, draft_id)]
    form_order = [q.number for q in form.answerable_questions()]
    assert numbers == [n for n in form_order if n in numbers]
    assert "14a" not in numbers and "10a" in numbers  # 14 is "Nej", 10 is "Ja"
    assert halland_answers["14"] == "Nej"


def test_paste_text_is_exact_with_lf_and_counted(store, form, draft_id):
    store.set_values(draft_id, {"3": "Rad ett\r\nRad två\rRad tre 😀"})
    text = item(store, form, draft_id, "3").texts[0]
    assert text.text == "Rad ett\nRad två\nRad tre 😀"
    assert text.count == len("Rad ett\nRad två\nRad tre ") + 2 and text.limit == 1000


def test_choices_and_matrices_say_what_to_tick(store, form, draft_id):
    assert item(store, form, draft_id, "2").ticks == ("Kryssa: Ja",)
    matrix = item(store, form, draft_id, "8")
    assert matrix.ticks[:4] == ("Samverkan: kryssa Nej", "Delaktighet: kryssa Nej", "Tillgänglighet: kryssa Nej", "Kontinuitet: kryssa Nej")
    assert matrix.ticks[4:] == (
        "Primärvården som nav: obesvarad – kryssa inget",
        "Hälsöfrämjande, förebyggande och rehabiliterande: obesvarad – kryssa inget",
    )
    multi = item(store, form, draft_id, "18")
    assert multi.ticks == ("Kryssa: Andra åtgärder, ange vad",)
    assert [t.label for t in multi.texts] == ["Andra åtgärder, ange vad"]
    assert item(store, form, draft_id, "36").texts[0].text == "222607"


def test_a_partly_answered_matrix_names_the_rows_to_leave_empty(store, form, draft_id):
    store.set_values(draft_id, {"8": {"Samverkan": "Ja"}})
    assert item(store, form, draft_id, "8").ticks == (
        "Samverkan: kryssa Ja",
        "Delaktighet: obesvarad – kryssa inget",
        "Tillgänglighet: obesvarad – kryssa inget",
        "Kontinuitet: obesvarad – kryssa inget",
        "Primärvården som nav: obesvarad – kryssa inget",
        "Hälsöfrämjande, förebyggande och rehabiliterande: obesvarad – kryssa inget",
    )


def test_mark_then_change_makes_it_stale(store, form, draft_id):
    marked = mark_transferred(store, form, draft_id, "3")
    assert marked.transferred and marked.mark["by"] == "Anna"
    status = transfer_status(store, form, draft_id)
    assert status.progress_text == f"1 av {len(status.items)} överförda"
    store.set_values(draft_id, {"3": "Ny text"})
    changed = item(store, form, draft_id, "3")
    assert changed.stale and not changed.transferred and "ändrad" in changed.status_text
    assert transfer_status(store, form, draft_id).transferred == 0
    mark_transferred(store, form, draft_id, "3")
    assert item(store, form, draft_id, "3").transferred
    unmark_transferred(store, form, draft_id, "3")
    assert not item(store, form, draft_id, "3").marked
    with pytest.raises(TransferRefused):
        unmark_transferred(store, form, draft_id, "3")


def test_line_ending_change_alone_is_not_stale(store, form, draft_id):
    store.set_values(draft_id, {"3": "a\nb"})
    mark_transferred(store, form, draft_id, "3")
    store.set_values(draft_id, {"3": "a\r\nb"})
    assert item(store, form, draft_id, "3").transferred


def test_over_limit_is_refused(store, form, draft_id):
    over = item(store, form, draft_id, "17")
    assert [f.kind for f in over.blocking_flags] == ["over_limit"]
    with pytest.raises(TransferRefused, match="1191 av högst 1000"):
        mark_transferred(store, form, draft_id, "17")
    assert store.current_values(draft_id, include_meta=True).get(MARK_PREFIX + "17") is None


def test_conflict_is_refused(store, form, draft_id):
    head = store.heads(draft_id, ["3"])["3"][0]
    rival = store.make_revision(draft_id, "3", "En annan version", head.parents)
    store.insert_revision(rival)
    with pytest.raises(TransferRefused, match="konflikt"):
        mark_transferred(store, form, draft_id, "3")
    assert not transfer_status(store, form, draft_id).checklist[2].ok


def test_unacknowledged_pii_is_refused_until_acknowledged(store, form, draft_id):
    store.set_values(draft_id, {"3": "Kontakt: 070-123 45 67"})
    with pytest.raises(TransferRefused, match="telefonnummer"):
        mark_transferred(store, form, draft_id, "3")
    acknowledge(store, form, draft_id, scan_draft(store, form, draft_id).open[0].id, "Växelns nummer, inte en person")
    assert mark_transferred(store, form, draft_id, "3").transferred


def test_hidden_or_unknown_question_cannot_be_marked(store, form, draft_id):
    with pytest.raises(TransferRefused, match="ställs inte"):
        mark_transferred(store, form, draft_id, "14a")
    with pytest.raises(TransferRefused, match="ingen fråga"):
        mark_transferred(store, form, draft_id, "99")


def test_checklist_completes_when_everything_is_transferred(store, form, draft_id):
    store.set_values(draft_id, {"17": "Kort svar.", "12": "• En\n• Två"})
    status = transfer_status(store, form, draft_id)
    assert not status.complete and status.checklist[1].ok
    for i in status.items:
        mark_transferred(store, form, draft_id, i.number)
    status = transfer_status(store, form, draft_id)
    assert status.complete and status.transferred == len(status.items)


def test_marks_travel_as_revisions(store, form, draft_id, tmp_path):
    mark_transferred(store, form, draft_id, "3")
    (tmp_path / "other").mkdir()
    other = DraftStore(tmp_path / "other")
    other.create_draft(FORM_ID, "Svar 2024", draft_id=draft_id)
    for rev in store.revisions(draft_id):
        other.insert_revision(rev)
    assert item(other, form, draft_id, "3").transferred
    other.close()


def test_cli_status_show_mark_unmark(cli, halland_draft):
    result = cli("transfer", "status", halland_draft)
    assert result.code == 1 and "0 av 50 överförda" in result.out and "[ ] Alla frågor är överförda" in result.out
    assert cli("transfer", "mark", halland_draft, "3").code == 0
    refused = cli("transfer", "mark", halland_draft, "17")
    assert refused.code == 1 and len(refused.err.strip().splitlines()) == 1 and "teckengräns" not in refused.out
    data = cli("transfer", "status", halland_draft, "--json").json()
    assert data["transferred"] == 1 and not data["complete"]
    assert data["questions"][[q["question"] for q in data["questions"]].index("3")]["status"] == "transferred"
    shown = cli("transfer", "show", halland_draft, "8")
    assert "Samverkan: kryssa Nej" in shown.out
    assert cli("transfer", "unmark", halland_draft, "3").code == 0
    assert cli("transfer", "unmark", halland_draft, "3").code == 2
    assert cli("transfer", "show", halland_draft, "14a").code == 2


def test_cli_copy_text_is_exactly_the_answer(cli, halland_draft, tmp_path, halland_doc):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"format": "naravard-answers/1", "form": FORM_ID, "answers": {"3": "Första\r\n\r\nAndra  "}}), "utf-8")
    assert cli("answers", "import", halland_draft, str(path)).code == 0
    assert cli("transfer", "show", halland_draft, "3", "--copy-text").out == "Första\n\nAndra  "
    assert cli("transfer", "show", halland_draft, "18", "--copy-text").out == halland_doc["answers"]["18 / Andra åtgärder, ange vad"]
    assert cli("transfer", "show", halland_draft, "8", "--copy-text").code == 2  # a matrix has no text
