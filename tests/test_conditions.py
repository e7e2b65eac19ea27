from naravard_desktop.core.forms.conditions import ConditionEvaluator, describe_condition


def test_follow_up_shown_only_on_ja(form):
    assert not ConditionEvaluator(form, {}).is_visible("10a")
    assert ConditionEvaluator(form, {"10": "Ja"}).is_visible("10a")
    assert not ConditionEvaluator(form, {"10": "Nej"}).is_visible("10a")


def test_quirky_follow_ups_depend_on_the_meant_question(form):
    assert ConditionEvaluator(form, {"14": "Ja", "15": {}}).is_visible("14a")
    assert not ConditionEvaluator(form, {"14": "Nej"}).is_visible("14a")


def test_any_row_of_8(form):
    assert not ConditionEvaluator(form, {"8": {"Samverkan": "Nej", "Delaktighet": "Nej"}}).is_visible("8a")
    assert ConditionEvaluator(form, {"8": {"Samverkan": "Nej", "Kontinuitet": "Ja"}}).is_visible("8a")


def test_row_condition_of_22_subfield(form):
    q22 = form.question("22")
    sub = q22.subfields[0]
    assert ConditionEvaluator(form, {"22": {"...övriga insatser?": "Ja"}}).subfield_visible(q22, sub)
    assert not ConditionEvaluator(form, {"22": {"...hembesöksprogram?": "Ja"}}).subfield_visible(q22, sub)


def test_other_text_shown_only_with_its_option(form):
    q18 = form.question("18")
    sub = q18.subfields[0]
    assert not ConditionEvaluator(form, {"18": []}).subfield_visible(q18, sub)
    assert ConditionEvaluator(form, {"18": ["Andra åtgärder, ange vad"]}).subfield_visible(q18, sub)


def test_hidden_answer_is_parked_kept_and_left_out_of_output(form):
    answers = {"10": "Nej", "10a": "Effekter som beskrevs", "3": "Svar"}
    evaluator = ConditionEvaluator(form, answers)
    parked = evaluator.parked()
    assert [p.ref.key for p in parked] == ["10a"]
    assert parked[0].value == "Effekter som beskrevs"
    assert "fråga 10" in parked[0].reason
    assert evaluator.effective_answers() == {"10": "Nej", "3": "Svar"}
    assert answers["10a"] == "Effekter som beskrevs"  # nothing was deleted
    # restoring: the condition's answer back brings the answer back
    assert ConditionEvaluator(form, {**answers, "10": "Ja"}).parked() == []


def test_condition_in_words(form):
    assert describe_condition(form, form.question("10a").condition) == "Besvaras om fråga 10 är Ja"
    assert "någon delfråga i fråga 8" in describe_condition(form, form.question("8a").condition)


def test_halland_answers_have_no_parked_fields(form, halland_answers):
    assert ConditionEvaluator(form, halland_answers).parked() == []
