"""Every user-facing Swedish text in the UI goes through Qt's translation and has an English one.

Checks the source (AST), not running widgets, so a string on a rarely shown dialog is
covered too: (1) no Swedish literal bypasses `tr()`/`translate()`; (2) every literal
given to `tr()` has a finished English translation in the committed `.ts` and the
committed `.qm` returns it for the context Qt uses at run time (the enclosing class);
(3) the committed `.qm` is what `lrelease` makes of the committed `.ts`.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "naravard_desktop" / "ui"
TS_FILE = ROOT / "resources" / "translations" / "naravard_en.ts"
QM_FILE = ROOT / "resources" / "translations" / "naravard_en.qm"

SWEDISH_LETTERS = re.compile(r"[åäöÅÄÖ]")
SWEDISH_WORDS = re.compile(
    r"\b(och|att|som|för|inte|med|det|till|på|är|har|kan|ska|eller|utkast|fråga|frågor|svar|"
    r"sparat|avbryt|stäng|öppna|nästa|kopiera|fel|inga|alla|nytt|ny|ändra)\b",
    re.IGNORECASE,
)
# Texts that stay as they are in every language (names, endonyms).
UNTRANSLATED = {"Närvård desktop", "Svenska", "English"}
# A literal on a line with this comment is data, not UI text (e.g. a test draft's title).
UNTRANSLATED_MARK = "# not UI text"
TRANSLATE_CALLS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}
LOG_METHODS = {"debug", "info", "warning", "error", "exception", "critical"}
NOT_USER_TEXT_CALLS = {"add_argument", "ArgumentParser", "setObjectName", "getLogger"}


def looks_swedish(text: str) -> bool:
    return bool(SWEDISH_LETTERS.search(text) or (" " in text.strip() and SWEDISH_WORDS.search(text)))


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


@dataclass(frozen=True)
class Found:
    path: str
    line: int
    text: str
    context: str | None = None
    class_context: bool = False  # context taken from the enclosing class (self.tr)


class TranslationScanner(ast.NodeVisitor):
    """Collects tr()'d literals with their context, and Swedish literals that bypass tr()."""

    def __init__(self, path: str, lines: list[str]):
        self.path = path
        self.lines = lines
        self.classes: list[str] = []
        self.translated: list[Found] = []
        self.bare: list[Found] = []
        self.context_missing: list[Found] = []
        self._skip: set[int] = set()

    def _mark_docstring(self, node: ast.AST) -> None:
        body = getattr(node, "body", None)
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            self._skip.add(id(body[0].value))

    def visit_Module(self, node: ast.Module) -> None:
        self._mark_docstring(node)
        self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._mark_docstring(node)
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef  # noqa: N815

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._mark_docstring(node)
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        func = node.func
        is_log = (
            isinstance(func, ast.Attribute)
            and name in LOG_METHODS
            and isinstance(func.value, ast.Name)
            and func.value.id in {"log", "logger", "logging"}
        )
        if is_log or name in NOT_USER_TEXT_CALLS:
            for sub in ast.walk(node):
                self._skip.add(id(sub))
        elif name in TRANSLATE_CALLS and node.args:
            if name in {"translate", "QT_TRANSLATE_NOOP"} and len(node.args) >= 2:
                ctx_node, text_node = node.args[0], node.args[1]
                context = ctx_node.value if isinstance(ctx_node, ast.Constant) and isinstance(ctx_node.value, str) else None
                self._skip.add(id(ctx_node))
            else:
                text_node, context = node.args[0], (self.classes[-1] if self.classes else None)
            if isinstance(text_node, ast.Constant) and isinstance(text_node.value, str):
                self._skip.add(id(text_node))
                found = Found(self.path, node.lineno, text_node.value, context, name == "tr")
                (self.translated if context else self.context_missing).append(found)
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if id(node) in self._skip or not isinstance(node.value, str):
            return
        if node.value.strip() in UNTRANSLATED or not looks_swedish(node.value):
            return
        if UNTRANSLATED_MARK in self.lines[node.lineno - 1]:
            return
        self.bare.append(Found(self.path, node.lineno, node.value))


def scan_source(source: str, path: str = "<string>") -> TranslationScanner:
    scanner = TranslationScanner(path, source.splitlines())
    scanner.visit(ast.parse(source))
    return scanner


def scan_ui() -> list[TranslationScanner]:
    return [scan_source(p.read_text(encoding="utf-8"), str(p.relative_to(ROOT))) for p in sorted(UI_DIR.rglob("*.py"))]


def ts_messages() -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation text, translation type attribute)."""
    messages = {}
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            messages[(name, message.findtext("source"))] = (translation.text or "", translation.get("type"))
    return messages


def _lines(found: list[Found]) -> str:
    return "\n".join(f"{f.path}:{f.line}: {f.text!r}" for f in found)


def test_checker_finds_what_it_must() -> None:
    source = '''
"""Module docstring ä."""
class Panel:
    """Docstring ö."""
    def build(self):
        self.tr("Öppna utkast")
        label = "Spara för alltid"
        title = f"Fråga {1}"
        log.info("Sparade å")
        parser.add_argument("--x", help="hjälp för x")
        QCoreApplication.translate("Ctx", "Stäng")
        key = "window/geometry"
        title = "Självtest"  # not UI text: a draft title
        return "Närvård desktop"
def free():
    return tr("utan klass för kontext")
'''
    scanner = scan_source(source)
    assert [f.text for f in scanner.bare] == ["Spara för alltid", "Fråga "]
    assert [(f.context, f.text) for f in scanner.translated] == [("Panel", "Öppna utkast"), ("Ctx", "Stäng")]
    assert [f.text for f in scanner.context_missing] == ["utan klass för kontext"]


def test_no_swedish_text_bypasses_translation() -> None:
    bare = [f for s in scan_ui() for f in s.bare]
    assert not bare, "Swedish texts not passed through tr():\n" + _lines(bare)


def test_translated_texts_have_a_context() -> None:
    missing = [f for s in scan_ui() for f in s.context_missing]
    assert not missing, "tr() outside a class (no translation context):\n" + _lines(missing)


def test_every_translated_text_has_a_finished_english_translation() -> None:
    messages = ts_messages()
    problems = []
    for found in (f for s in scan_ui() for f in s.translated):
        translation, kind = messages.get((found.context, found.text), ("", "missing"))
        if kind is not None or not translation.strip():
            problems.append(f"{found.path}:{found.line}: [{found.context}] {found.text!r}: {kind or 'empty'}")
    assert not problems, "texts without a finished translation in naravard_en.ts:\n" + "\n".join(problems)


def test_ts_has_nothing_unfinished_or_obsolete() -> None:
    bad = [f"[{ctx}] {src!r}: {kind}" for (ctx, src), (text, kind) in ts_messages().items() if kind is not None or not text.strip()]
    assert not bad, "\n".join(bad)


def test_compiled_catalogue_answers_in_english_for_the_runtime_context(qapp) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    messages = ts_messages()
    wrong = []
    for found in (f for s in scan_ui() for f in s.translated):
        expected = messages.get((found.context, found.text), ("", None))[0]
        if translator.translate(found.context, found.text) != expected:
            wrong.append(f"{found.path}:{found.line}: [{found.context}] {found.text!r}")
    assert not wrong, "naravard_en.qm is out of date:\n" + "\n".join(wrong)


def _qt_tool(name: str) -> str | None:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


def test_committed_qm_is_lrelease_of_committed_ts(tmp_path: Path) -> None:
    lrelease = _qt_tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    out = tmp_path / "naravard_en.qm"
    subprocess.run([lrelease, "-silent", str(TS_FILE), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == QM_FILE.read_bytes(), "run pyside6-lrelease (docs/ui.md, Translations)"


def test_no_translated_class_is_subclassed() -> None:
    """PySide6's `self.tr` looks the text up under the *instance's* class name, lupdate under
    the class it is written in: a base class's `self.tr` texts would never be translated in
    a subclass. Base classes use `QCoreApplication.translate("Base", …)` instead."""
    with_tr = {f.context for s in scan_ui() for f in s.translated if f.class_context}
    subclassed = []
    for path in sorted(UI_DIR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    name = base.attr if isinstance(base, ast.Attribute) else getattr(base, "id", "")
                    if name in with_tr:
                        subclassed.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.name}({name})")
    assert not subclassed, "subclasses of classes that use self.tr():\n" + "\n".join(subclassed)


def test_lupdate_extracts_exactly_the_translated_texts(tmp_path: Path) -> None:
    """lupdate misses `tr()` inside f-strings and files a bare `tr = self.tr` alias under an
    empty context: such texts would never reach the .ts. Its view must equal ours."""
    lupdate = _qt_tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    out = tmp_path / "fresh.ts"
    sources = [str(p) for p in sorted(UI_DIR.rglob("*.py"))]
    subprocess.run(
        [lupdate, "-silent", "-source-language", "sv_SE", "-target-language", "en_US", *sources, "-ts", str(out)],
        check=True,
        capture_output=True,
    )
    extracted = set()
    for context in ET.parse(out).getroot().iter("context"):
        extracted |= {(context.findtext("name"), m.findtext("source")) for m in context.iter("message")}
    ours = {(f.context, f.text) for s in scan_ui() for f in s.translated}
    assert sorted(ours - extracted) == [], "texts lupdate does not see (tr() in an f-string or through an alias?)"
    assert sorted(extracted - ours) == [], "texts lupdate sees that this checker does not"
