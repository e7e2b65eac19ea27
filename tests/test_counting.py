import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from naravard_desktop.core.forms.counting import analyse_count, count_like_browser


def test_plain_ascii_and_swedish():
    assert count_like_browser("") == 0
    assert count_like_browser("abc") == 3
    assert count_like_browser("åäö ÅÄÖ") == 7


def test_line_breaks_count_one_whatever_their_kind():
    assert count_like_browser("a\nb") == 3
    assert count_like_browser("a\r\nb") == 3
    assert count_like_browser("a\rb") == 3
    assert count_like_browser("a\r\n\r\nb") == 4


def test_emoji_counts_two_utf16_units():
    assert count_like_browser("😀") == 2
    assert count_like_browser("ok 👍🏽") == 3 + 2 + 2


def test_decomposed_a_ring_counts_two():
    decomposed = unicodedata.normalize("NFD", "å")
    assert len(decomposed) == 2
    assert count_like_browser(decomposed) == 2
    assert count_like_browser("å") == 1


def test_3000_characters_exactly_and_one_more():
    assert count_like_browser("x" * 3000) == 3000
    report = analyse_count("x" * 3001, 3000)
    assert report.count == 3001 and report.over_by == 1 and report.remaining == -1


def test_risks_are_reported_not_fixed():
    text = "Rad ett\r\nRad två " + unicodedata.normalize("NFD", "å") + " 😀"
    report = analyse_count(text, 1000)
    kinds = {r.kind: r.occurrences for r in report.risks}
    assert kinds == {"crlf": 1, "decomposed": 1, "astral": 1, "line_breaks": 1}
    assert all(r.message and r.message.text("en") != r.message for r in report.risks)
    assert report.count == count_like_browser(text)


def test_clean_text_has_no_risks():
    assert analyse_count("Enkel text utan radbrytning", 1000).risks == ()


@given(st.text())
def test_count_equals_utf16_units_after_newline_normalisation(text):
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    expected = sum(2 if ord(ch) > 0xFFFF else 1 for ch in normalised)
    assert count_like_browser(text) == expected
