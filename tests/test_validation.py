from naravard_desktop.core.submission.validation import check, count_items, progress


def kinds(problems):
    return [(p.question, p.kind) for p in problems]


def test_halland_answers_have_the_real_problems(form, halland_answers):
    problems = check(form, halland_answers)
    assert kinds(problems) == [("12", "too_many_items"), ("17", "over_limit")]
    over = problems[1]
    assert (over.count, over.limit) == (1191, 1000)
    assert "191 tecken för mycket" in over.message


def test_exclusive_option_with_others(form):
    answers = {
        "18": [
            "Informerat patienter och allmänhet om den dokumenterade överenskommelsen eller motsvarande",
            "Har inte genomfört några insatser på detta område",
        ]
    }
    assert kinds(check(form, answers)) == [("18", "exclusive_conflict")]


def test_missing_detail_for_chosen_other(form):
    assert kinds(check(form, {"18": ["Andra åtgärder, ange vad"]})) == [("18", "missing_detail")]
    assert check(form, {"18": ["Andra åtgärder, ange vad"], "18 / Andra åtgärder, ange vad": "Vårdplaner"}) == []


def test_missing_row_detail_when_ja(form):
    problems = check(form, {"15": {"...barn och unga?": "Ja"}})
    assert kinds(problems) == [("15", "missing_detail")]
    assert problems[0].field == "15 / ...barn och unga? / Om ja, beskriv hur:"


def test_numbers_out_of_range_and_not_whole(form):
    assert kinds(check(form, {"35": 120})) == [("35", "invalid_number")]
    assert kinds(check(form, {"35": -1})) == [("35", "invalid_number")]
    assert check(form, {"35": 12.5}) == []
    assert kinds(check(form, {"37": "Ja", "37a": 12.5})) == [("37a", "invalid_number")]
    assert kinds(check(form, {"36": 10.5})) == [("36", "invalid_number")]
    assert kinds(check(form, {"36": -3})) == [("36", "invalid_number")]


def test_value_and_cannot_be_given_together(form):
    assert kinds(check(form, {"36": 5, "36 / Antalet kan inte anges": True})) == [("36", "exclusive_conflict")]


def test_parked_answers_are_reported(form):
    problems = check(form, {"10": "Nej", "10a": "text"})
    assert kinds(problems) == [("10a", "parked")]


def test_over_limit_in_a_3000_field_and_subfield_limits(form):
    assert check(form, {"12": "x" * 3000}) == []
    assert kinds(check(form, {"12": "x" * 3001})) == [("12", "over_limit")]


def test_unanswered_only_when_asked(form):
    assert check(form, {}) == []
    unanswered = check(form, {}, include_unanswered=True)
    assert {p.kind for p in unanswered} == {"unanswered"}
    assert "10a" not in {p.question for p in unanswered}
    answered_36 = check(form, {"36 / Antalet kan inte anges": True}, include_unanswered=True)
    assert "36" not in {p.question for p in answered_36}


def test_count_items():
    assert count_items("• ett\n• två\n  – under\n• tre") == 3
    assert count_items("- a\n- b\n- c\n- d") == 4
    assert count_items("Ett stycke.\n\nEtt till.") == 2
    assert count_items("Bara en rad") == 1


def test_progress_counts_asked_questions(form, halland_answers):
    answered, asked = progress(form, {})
    assert answered == 0 and asked < 53  # follow-ups are not asked yet
    answered, asked = progress(form, halland_answers)
    assert 0 < answered <= asked
