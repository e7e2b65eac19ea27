"""Core messages: Swedish as they always were (the CLI, JSON), English on request, one
catalogue (core.messages.ENGLISH) that covers every template the core writes."""

from __future__ import annotations

import ast
import copy
import json
from pathlib import Path

from naravard_desktop.core import messages
from naravard_desktop.core.forms.answers import resolve_key
from naravard_desktop.core.forms.conditions import ConditionEvaluator, describe_condition
from naravard_desktop.core.forms.counting import analyse_count
from naravard_desktop.core.messages import ENGLISH, Message, placeholders, text_in
from naravard_desktop.core.submission.pii import describe, scan_text
from naravard_desktop.core.submission.validation import ProblemKind, check

CORE = Path(messages.__file__).resolve().parent


def _templates_in_core() -> dict[str, str]:
    """Every template the core passes to Message(...): literals, module constants and the
    values of module-level dicts subscripted in the call."""
    found: dict[str, str] = {}
    for path in sorted(p for p in CORE.rglob("*.py") if p.name != "messages.py"):
        tree = ast.parse(path.read_text("utf-8"))
        constants: dict[str, list[str]] = {}
        for node in tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                value = node.value
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    constants[node.targets[0].id] = [value.value]
                elif isinstance(value, ast.Dict):
                    constants[node.targets[0].id] = [v.value for v in value.values if isinstance(v, ast.Constant)]
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Message" and node.args):
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found[arg.value] = f"{path.name}:{node.lineno}"
            elif isinstance(arg, ast.Name) and arg.id in constants:
                found.update((t, f"{path.name}:{node.lineno}") for t in constants[arg.id])
            elif isinstance(arg, ast.Subscript) and isinstance(arg.value, ast.Name) and arg.value.id in constants:
                found.update((t, f"{path.name}:{node.lineno}") for t in constants[arg.value.id])
            else:
                raise AssertionError(f"{path.name}:{node.lineno}: a Message template this test cannot read")
    return found


def test_every_core_template_has_an_english_translation_with_the_same_placeholders():
    templates = _templates_in_core()
    assert len(templates) > 40
    missing = {t: where for t, where in templates.items() if t not in ENGLISH}
    assert not missing
    for swedish, english in ENGLISH.items():
        assert placeholders(swedish) == placeholders(english), swedish
        assert english != swedish or not any(c in swedish for c in "åäö"), swedish
    assert not set(ENGLISH) - set(templates), "English entries nobody uses"


def test_a_message_is_its_swedish_text_and_renders_english_with_nested_messages(form):
    problems = check(form, {"17": "x" * 1204})
    (over,) = [p for p in problems if p.kind is ProblemKind.OVER_LIMIT]
    assert over.message == "fråga 17: 1204 av högst 1000 tecken (204 tecken för mycket)"
    assert over.message.text("en") == "question 17: 1204 of at most 1000 characters (204 too many)"
    assert over.to_json()["message"] == over.message and over.to_json()["kind"] == "over_limit"
    assert json.loads(json.dumps(over.to_json()))["message"] == over.message
    assert text_in("plain", "en") == "plain" and text_in(over.message, "sv") == over.message


def test_a_message_survives_copies(form):
    message = Message("{label}: parkerat svar – {reason}", label=resolve_key(form, "3").label, reason="x")
    for other in (copy.copy(message), copy.deepcopy(message)):
        assert isinstance(other, Message) and other == message and other.text("en") == message.text("en")


def test_conditions_parking_reasons_count_risks_and_pii_have_english(form):
    condition = describe_condition(form, form.question("10a").condition)
    assert (condition, condition.text("en")) == ("Besvaras om fråga 10 är Ja", "Answered if question 10 is Ja")
    evaluator = ConditionEvaluator(form, {"10": "Nej", "10a": "kvar"})
    (parked,) = evaluator.parked()
    assert parked.reason == "Villkoret är inte uppfyllt (besvaras om fråga 10 är Ja)"
    assert parked.reason.text("en") == "The condition is not met (answered if question 10 is Ja)"
    (risk,) = analyse_count("a\r\nb").risks[:1]
    assert risk.message.startswith("Texten har 1 radbrytning av") and risk.message.text("en").startswith(
        "The text has 1 Windows line break "
    )
    many = analyse_count("a\nb\nc", 100).risks[-1].message
    assert many.startswith("Texten har 2 radbrytningar.") and many.text("en").startswith("The text has 2 line breaks.")
    (finding,) = scan_text("Ring 19121212-1212", [], "3")
    assert describe(form, finding) == "fråga 3: möjligt personnummer ”19121212-****”"
    assert describe(form, finding).text("en") == "question 3: possible personal identity number “19121212-****”"


def test_bundle_and_field_version_refusals_are_swedish_strings_with_english(form, tmp_path):
    import pytest

    from naravard_desktop.core.forms.model import form_registry
    from naravard_desktop.core.messages import message_of
    from naravard_desktop.core.sync.bundles import BundleError, read_bundle
    from naravard_desktop.core.sync.field_versions import FieldVersionError, field_ref

    with pytest.raises(BundleError) as refused:
        read_bundle(tmp_path / "saknas.naravard", form_registry(tmp_path))
    assert str(refused.value) == "filen finns inte" and message_of(refused.value).text("en") == "the file does not exist"
    with pytest.raises(FieldVersionError) as unknown:
        field_ref(form, "999")
    reason = message_of(unknown.value)
    assert reason == str(unknown.value) and isinstance(reason, str)
    assert message_of(ValueError("plain")) == "plain"


def test_store_refusals_are_swedish_strings_with_english(tmp_path):
    import pytest

    from naravard_desktop.core.messages import message_of
    from naravard_desktop.core.storage.store import DraftStore, InputTooLong, StoreError

    with DraftStore(tmp_path) as store:
        with pytest.raises(StoreError) as empty:
            store.set_editor_name("  ")
        assert str(empty.value) == "Namnet får inte vara tomt."
        assert message_of(empty.value).text("en") == "The name must not be empty."
        with pytest.raises(InputTooLong) as long:
            store.set_editor_name("x" * 501)
        assert str(long.value).startswith("Namnet är 501 tecken; högst 500 är tillåtet")
        assert message_of(long.value).text("en").startswith("The name is 501 characters; at most 500 are allowed")
