"""Review data: threads with anchored quotes, replies, resolve/reopen, statuses, reviewer mode."""

import pytest

from naravard_desktop.core.review.comments import (
    CHANGED_NOTE,
    STATUS_APPROVED,
    STATUS_DRAFT,
    STATUS_NEEDS_CHANGES,
    STATUS_READY,
    Review,
    ReviewError,
    locate_quote,
    make_anchor_context,
    parse_status,
)
from naravard_desktop.core.storage.store import DraftStore

TEXT = "Första stycket handlar om vårdcentraler. Mobila team besöker patienter i hemmet varje vecka. Sista meningen."
QUOTE = "Mobila team besöker patienter i hemmet"


@pytest.fixture
def store(data_dir):
    with DraftStore(data_dir, editor_name="Anna") as s:
        yield s


@pytest.fixture
def review(store, form, halland_answers):
    draft = store.create_draft(form.id, "Svar 2024", "Region Halland")
    store.set_values(draft.id, halland_answers)
    return Review(store, form, draft.id)


def test_exact_quote_is_found_where_its_context_matches():
    text = "Ja. Mobila team. Nej. Mobila team! Slut."
    before, after = make_anchor_context(text, "Mobila team")
    assert locate_quote(text, "Mobila team", before, after).start == 4
    # The same words twice: the context picks the second occurrence it was made from.
    second = text.index("Mobila team!")
    anchor = locate_quote(text, "Mobila team", text[second - 5 : second], "! Slut.")
    assert (anchor.status, anchor.start) == ("found", second)


def test_anchor_follows_the_quote_through_edits():
    before, after = make_anchor_context(TEXT, QUOTE)
    moved = "Ett nytt inledande stycke.\n\n" + TEXT.replace("varje vecka", "dagligen")
    anchor = locate_quote(moved, QUOTE, before, after)
    assert anchor.status == "found" and moved[anchor.start : anchor.end] == QUOTE
    edited = moved.replace(QUOTE, "Mobila team besöker patienter i sitt hem")
    anchor = locate_quote(edited, QUOTE, before, after)
    assert anchor.status == "moved"
    assert anchor.current == "Mobila team besöker patienter i sitt hem"
    gone = moved.replace(QUOTE, "")
    assert locate_quote(gone, QUOTE, before, after).lost
    assert locate_quote("Något helt annat.", QUOTE, before, after).lost


def test_comment_with_quote_then_answer_rewritten_says_text_changed(review, store):
    thread = review.add_comment("17", "Korta ned detta", quote="Palliativa konsultteamet (PKT)")
    assert thread.field == "17" and thread.anchor.status == "found" and thread.author == "Anna"
    original = store.current_values(review.draft_id)["17"]
    store.set_value(review.draft_id, "17", "Inledning.\n" + original)
    assert review.thread(thread.id).anchor.status == "found"
    store.set_value(review.draft_id, "17", "Helt omskriven text om mobila team.")
    again = review.thread(thread.id)
    assert again.anchor.lost and again.quote == "Palliativa konsultteamet (PKT)"
    assert CHANGED_NOTE == "texten har ändrats"


def test_quote_in_a_subfield_is_found(review):
    thread = review.add_comment("15", "Stämmer?", quote="En väg in vid psykisk ohälsa")
    assert thread.field == "15 / ...barn och unga? / Om ja, beskriv hur:"


def test_quote_not_in_answer_is_refused(review):
    with pytest.raises(ReviewError, match="citatet finns inte"):
        review.add_comment("17", "x", quote="detta står inte där")
    assert review.threads(include_resolved=True) == []


def test_replies_resolve_and_reopen(review, store):
    thread = review.add_comment("3", "Saknas kommunerna?")
    review.reply(thread.id[:6], "Nej, se andra stycket")
    review.reply(thread.id, "Tack")
    replies = review.thread(thread.id).replies
    assert [r.text for r in replies] == ["Nej, se andra stycket", "Tack"]
    review.resolve(thread.id)
    assert review.threads() == []
    resolved = review.threads(include_resolved=True)
    assert [t.state for t in resolved] == ["resolved"] and resolved[0].state_by == "Anna"
    review.reopen(thread.id)
    assert [t.id for t in review.threads()] == [thread.id]
    assert review.open_comment_counts() == {"3": 1}


def test_threads_in_form_order(review):
    later = review.add_comment("17", "b")
    earlier = review.add_comment("1a", "a")
    assert [t.id for t in review.threads()] == [earlier.id, later.id]


def test_unknown_or_ambiguous_ids(review):
    with pytest.raises(ReviewError, match="ingen kommentar"):
        review.resolve("ffff")
    with pytest.raises(ReviewError, match="ingen fråga"):
        review.add_comment("99", "x")
    with pytest.raises(ReviewError, match="tom"):
        review.add_comment("3", "   ")


def test_review_data_is_meta_and_not_an_answer(review, store):
    review.add_comment("3", "x")
    review.set_status("3", "klar")
    assert not any(k.startswith("@") for k in store.current_values(review.draft_id))
    meta = store.current_values(review.draft_id, include_meta=True)
    assert any(k.startswith("@thread/") for k in meta) and meta["@status/3"] == STATUS_READY


def test_replies_from_two_machines_both_survive(review, store, data_dir, tmp_path, form):
    """Each reply is its own field: copying revisions both ways keeps every reply."""
    thread = review.add_comment("3", "Fråga")
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    with DraftStore(other_dir, editor_name="Bo") as other:
        other.create_draft(form.id, "Svar 2024", draft_id=review.draft_id)
        for rev in store.revisions(review.draft_id):
            other.insert_revision(rev)
        Review(other, form, review.draft_id).reply(thread.id, "Från Bo")
        review.reply(thread.id, "Från Anna")
        for rev in other.revisions(review.draft_id):
            store.insert_revision(rev)
    texts = sorted(r.text for r in review.thread(thread.id).replies)
    assert texts == ["Från Anna", "Från Bo"]


def test_statuses_and_navigator_queries(review, store):
    statuses = review.statuses()
    assert statuses["17"].status == STATUS_DRAFT and statuses["17"].assignee is None
    review.set_status("17", "Behöver ändras", assignee="Anna")
    review.set_status("3", "godkand")
    review.set_assignee("1 a", "anna ")
    assert review.statuses()["17"].status == STATUS_NEEDS_CHANGES and review.statuses()["17"].status_by == "Anna"
    assert review.my_questions() == ["1a", "17"]
    assert review.my_questions("Bo") == []
    assert "3" not in review.not_approved() and "17" in review.not_approved()
    review.add_comment("17", "x")
    assert review.questions_with_open_comments() == ["17"]
    counts = review.status_counts()
    assert counts[STATUS_APPROVED] == 1 and counts[STATUS_NEEDS_CHANGES] == 1
    assert sum(counts.values()) == len(review.form.answerable_questions())
    review.set_status("17", "klar", assignee="")
    assert review.statuses()["17"].assignee is None


def test_parse_status():
    assert parse_status("klar för  granskning") == STATUS_READY
    assert parse_status("behover-andras") == STATUS_NEEDS_CHANGES
    assert parse_status("GODKAND") == STATUS_APPROVED
    with pytest.raises(ReviewError, match="okänd status"):
        parse_status("klart")


def test_malformed_review_data_from_a_bundle_is_tolerated(review, store):
    store.set_values(
        review.draft_id, {"@thread/abc": {"question": "3", "text": 5, "quote": ["x"], "before": None}, "@thread/def": "nonsense"}
    )
    threads = {t.id: t for t in review.threads()}
    assert threads["abc"].quote is None and threads["abc"].text == "5"
    assert "def" not in threads
