"""Blocks → a `naravard-form/1` form dict, the answers a filled printout shows, and the
guesses a person should look at.

The recogniser reads the questionnaire the way a person does: headings are parts and
sections, a line that starts with a number ("12.", "1 a.") starts a question, the lines
under it are help, options, a matrix, inputs and their labels. Nothing here knows about
file formats (see `blocks.py`). Every decision that is a guess is added to `review`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from naravard_desktop.core.forms.form_import.blocks import EMPTY_BOXES, RADIO_GLYPHS, TICKED_BOXES, Block, Cell, flatten, tidy
from naravard_desktop.core.forms.labels import label_key, match_label
from naravard_desktop.core.forms.model import FORM_SCHEMA, new_question_json, normalise_number

# --- patterns -------------------------------------------------------------------------

_Q = r"['‘’\"”“´`]"
QNUM = re.compile(r"^(?:fråga\s+)?(\d{1,3})\s?([a-zåäö])?\s*[.)]\s+(\S.*)$", re.I | re.S)
LIST_LABEL = re.compile(r"^\s*(\d{1,3})?\s*([a-zåäö])?\s*[.)]?\s*$", re.I)
PART = re.compile(r"^Del\s+([A-ZÅÄÖ]|\d{1,2}|[IVX]{1,4})\s*[:.–—-]\s*(\S.*)$")
END = re.compile(r"^Tack för (?:dina|era|ditt|ert) svar", re.I)
CONTACT = re.compile(r"^(?:Dina|Era|Mina|Våra) kontaktuppgifter", re.I)
REGION_PROMPT = re.compile(r"^Denna (?:redovisning|enkät|rapport) avser\b", re.I)
ROUTE = re.compile(
    rf"^Fråga\s+(\d{{1,3}}\s?[a-zåäö]?)\s+besvaras\s+(?:endast\s+)?av\s+(?:de|dem|den|regioner)\s+som\s+(?:har\s+)?svarat\s+"
    rf"{_Q}?([^\n]{{1,80}}?){_Q}?\s+på\s+(någon\s+av\s+(?:del)?frågorna\s+i\s+)?fråga\s+(\d{{1,3}}\s?[a-zåäö]?)\b",
    re.I,
)
TEXT_COND = re.compile(
    rf"\bOm\s+(?:svaret\s+är\s+|du\s+svarat\s+|ni\s+svarat\s+)?{_Q}([^'‘’\"”“´`\n]{{1,80}}){_Q}\s+på\s+fråga\s+(\d{{1,3}}\s?[a-zåäö]?)\b",
    re.I,
)
OM_JA = re.compile(rf"^Om\s+{_Q}?(ja|nej){_Q}?\b", re.I)
MAX_CHARS = re.compile(r"\b(?:max(?:imalt|imum)?\.?|högst|upp\s+till)\s+(\d[\d \u00a0]{0,12}?)\s?tecken", re.I)
NUMBER_WORDS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10}
MAX_ITEMS = re.compile(
    r"\bhögst\s+(\d{1,2}|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio)\s+(?:insatser|exempel|åtgärder|saker|punkter|svar|områden)", re.I
)
MULTI = re.compile(
    r"(?:kan|får)\s+(?:välja|markera|kryssa\s+i|ange)\s+flera|flera\s+(?:svarsalternativ|svar\s+(?:är\s+)?möjliga|alternativ\s+kan)|"
    r"(?:markera|kryssa\s+i|välj|ange)\s+alla\s+(?:som|alternativ)",
    re.I,
)
SKIP_TO = re.compile(
    r"\s*[(\[–-]?\s*(?:gå|hoppa|fortsätt)\s+(?:vidare\s+)?(?:till|direkt\s+till)\s+fråga\s+\d{1,3}\s?[a-zåäö]?\s*[)\]]?\s*$", re.I
)
ESTIMATE = re.compile(r"^Gör en (?:uppskattning|bedömning)", re.I)
LINK = re.compile(r"\b((?:bifoga|ange|lägg\s+in|klistra\s+in|skriv\s+in)\s+(?:en\s+|gärna\s+)?länk(?:en|ar)?\b.*)$", re.I)
NUMBER_LABEL = re.compile(
    r"^(Ange\s+(?:antalet|andelen|antal|andel|i\s+heltal\s+procent|i\s+procent|procent(?:sats)?|beloppet|belopp)\b[^:\d]*|"
    r"Andel(?:en)?\s+i\s+procent|Antal(?:et)?(?:\s+\w+)?\s*:)",
    re.I,
)
NUMBER_VALUE = re.compile(r"^[:\s]*(-?\d[\d \u00a0]*(?:[.,]\d+)?)\s*(%|procent)?\s*$", re.I)
VALUE_ONLY = re.compile(r"^-?\d[\d \u00a0]*(?:[.,]\d+)?\s*%?$")
NOT_AVAILABLE = re.compile(r"(?:kan\s+inte\s+(?:anges|uppskattas|besvaras|redovisas|beräknas)|uppgift\s+saknas)\.?$", re.I)
COMMENT = re.compile(r"^(?:Kommentar|Kommentera|Övriga\s+kommentarer|Eventuell(?:a)?\s+kommentar(?:er)?)\b", re.I)
PLACEHOLDER_LINE = re.compile(
    r"^(?:Klicka\s+eller\s+tryck\s+här\s+för\s+att\s+ange\s+\w+\.?|Klicka\s+här\s+för\s+att\s+ange\s+text\.?|\.{3,}|…+\.*|_{3,})$", re.I
)
DOTTED_END = re.compile(r"\s*(?:\.{4,}|…\.{2,})\s*$")
ROW_DETAIL = re.compile(rf"^Om\s+{_Q}?(ja|nej){_Q}?(?:\s+på\s+(.+?))?\s*,\s*(?:beskriv|ange|specificera|redogör|förklara)\b.*$", re.I)
OTHER = re.compile(r"\b(?:annan|annat|andra|övrig\w*|på\s+annat\s+sätt)\b.*\b(?:ange|beskriv|specificera|nämligen)\b", re.I)
EXCLUSIVE = re.compile(r"^(?:Har\s+inte\b|Inga\b|Ingen\b|Inget\b|Vet\s+inte\b|Vet\s+ej\b|Nej,\s+inga\b)", re.I)
TICK_NOTE = re.compile(r"\b(?:ikryssad|kryssad|markerad|vald|valt|ja)\b", re.I)
MULTI_WORDING = re.compile(r"\w+/\w+\s+sätt|vilket/vilka|vilken/vilka|vilka\s+av\s+följande", re.I)
SWEDISH_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
    )
}
DATE = re.compile(r"\b(\d{1,2})\s+(" + "|".join(SWEDISH_MONTHS) + r")\s+(\d{4})\b", re.I)
YEAR = re.compile(r"\b(20\d\d)\b")


@dataclass
class Review:
    """A guess a person should look at."""

    question: str | None
    field: str
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"question": self.question, "field": self.field, "message": self.message}

    def __str__(self) -> str:
        where = f"fråga {display(self.question)}" if self.question else "formuläret"
        return f"{where}: {self.message}"


@dataclass
class Recognised:
    form: dict[str, Any]
    review: list[Review]
    answers: dict[str, Any]  # field key → value, as a filled printout shows them
    inferred: list[Review] = field(default_factory=list)  # answers concluded, not seen


def display(number: str | None) -> str:
    if not number:
        return ""
    digits = number.rstrip("abcdefghijklmnopqrstuvwxyzåäö")
    return f"{digits} {number[len(digits) :]}" if number[len(digits) :] else digits


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:60].strip("-") or "x"


def _is_placeholder(text: str) -> bool:
    lines = [line.strip() for line in re.split(r"\n|(?<=\.)\s+(?=\.{3,})", text) if line.strip()]
    return bool(lines) and all(PLACEHOLDER_LINE.match(line) for line in lines)


def _strip_value(text: str) -> str:
    """A filled field's text without the printout's placeholder and trailing dots."""
    lines = [line for line in text.split("\n") if not PLACEHOLDER_LINE.match(line.strip())]
    value = "\n".join(lines)
    return DOTTED_END.sub("", value).strip()


def _answer_text(blocks: list[Block]) -> str:
    """Free-text answer from its blocks: bullets as "• ", nested as "  – ", paragraphs
    apart by an empty line where the printout has one."""
    out: list[str] = []
    for b in blocks:
        text = _strip_value(b.text if b.kind == "field" else tidy(b.text))
        if not text:
            continue
        if b.kind == "item":
            text = ("• " if b.level == 0 else "  – ") + text
        if out:
            out.append("\n\n" if b.gap else "\n")
        out.append(text)
    return "".join(out).strip("\n")


_GLYPH_SPLIT = re.compile(f"\\s*([{EMPTY_BOXES}{TICKED_BOXES}])\\s*")


def _split_glyphs(text: str, first_box: bool | None, first_radio: bool) -> list[tuple[str, bool | None, bool]]:
    """ "Ja ☐ Nej" (the first box already taken off) → one option per box."""
    parts = _GLYPH_SPLIT.split(text)
    entries: list[tuple[str, bool | None, bool]] = []
    if parts[0].strip() or len(parts) == 1:
        entries.append((parts[0].strip(), first_box, first_radio))
    for k in range(1, len(parts) - 1, 2):
        glyph, label = parts[k], parts[k + 1].strip()
        if label:
            entries.append((label, glyph in TICKED_BOXES, glyph in RADIO_GLYPHS))
    return entries


NUMBER_ONLY = re.compile(r"^(?:Fråga\s+)?(\d{1,3}\s?[a-zåäö]?)\s*[.):]?$", re.I)


def _normalise(blocks: list[Block]) -> list[Block]:
    """Layouts that print a question's number apart from its text become one numbered
    line: "12." in its own paragraph or element before the text, and tables of
    questions with the number in the first column."""
    out: list[Block] = []
    for b in blocks:
        text = flatten(b.text)
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.kind in ("para", "heading")
            and NUMBER_ONLY.match(flatten(previous.text))
            and not previous.number
            and b.kind in ("para", "heading")
            and len(text) >= 15
            and not QNUM.match(text)
            and (b.bold or b.kind == "heading" or previous.bold or previous.kind == "heading" or text.endswith("?"))
            and not (COMMENT.match(text) or NOT_AVAILABLE.search(text) or NUMBER_LABEL.match(text))
            and not (len(out) > 1 and NUMBER_LABEL.match(flatten(out[-2].text)))
        ):
            label = NUMBER_ONLY.match(flatten(previous.text)).group(1)  # type: ignore[union-attr]
            out[-1] = Block(b.kind, b.text, b.level, bold=b.bold or previous.bold, italic=b.italic, number=f"{label}.", gap=previous.gap)
            continue
        if b.kind == "para" and b.lead and QNUM.match(flatten(b.lead)) and len(text) > len(flatten(b.lead)):
            # "<b>3. Beskriv …</b><br><i>max 1000 tecken</i>" in one element: the bold
            # question, then the rest as a line of its own
            lead = flatten(b.lead)
            out.append(Block("para", lead, bold=True, gap=b.gap))
            out.append(Block("para", text[len(lead) :].strip(), box=b.box))
            continue
        if b.kind == "table" and any(_question_row(r) for r in b.rows):
            for row in b.rows:
                if _question_row(row):
                    label = NUMBER_ONLY.match(flatten(row[0].text)).group(1)  # type: ignore[union-attr]
                    out.append(Block("para", row[1].text, number=f"{label}.", bold=True))
                    rest = row[2:]
                else:
                    rest = row
                for cell in rest:
                    if cell.text or cell.box is not None:
                        out.append(Block("para", cell.text, box=cell.box))
                    elif cell.field:
                        out.append(Block("field", ""))
            continue
        out.append(b)
    return out


def _question_row(row: list[Cell]) -> bool:
    return len(row) >= 2 and bool(NUMBER_ONLY.match(flatten(row[0].text))) and len(flatten(row[1].text)) >= 15 and row[0].box is None


def _default_id(title: str, year: int) -> str:
    """ "Enkät till regioner, uppföljning god och nära vård" 2025 → "enkat-till-regioner-…-2025"."""
    base = slug(title)[:50].strip("-")
    return base if re.search(rf"(^|-){year}(-|$)", base) else f"{base}-{year}"


def _parse_number(text: str) -> int | float | None:
    cleaned = re.sub(r"[ \u00a0%]|procent", "", text.strip(), flags=re.I).replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return int(value) if value.is_integer() else value


def _max_items(text: str) -> int | None:
    match = MAX_ITEMS.search(text)
    if match is None:
        return None
    word = match.group(1).lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def _iso_date(text: str) -> str | None:
    match = DATE.search(text)
    if match is None:
        return None
    day, month, year = int(match.group(1)), SWEDISH_MONTHS[match.group(2).lower()], int(match.group(3))
    return f"{year:04d}-{month:02d}-{day:02d}"


def _para_text(b: Block) -> str:
    text = flatten(b.text)
    if b.kind == "item":
        return ("• " if b.level == 0 else "  – ") + text
    return text


# --- questions ------------------------------------------------------------------------


@dataclass
class _Header:
    main: int
    letter: str
    text: str
    printed: str  # as printed: "5.", "1 a."
    block_index: int
    number: str = ""  # as meant
    quirk: dict[str, Any] | None = None


@dataclass
class _Draft:
    """A question while it is being recognised."""

    header: _Header
    section: int
    blocks: list[Block] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)
    q: dict[str, Any] = field(default_factory=dict)


class _Recogniser:
    def __init__(self, blocks: list[Block], filled: bool | None = None):
        self.blocks = blocks
        self.review: list[Review] = []
        self.answers: dict[str, Any] = {}
        self.inferred: list[Review] = []
        self.routes: dict[str, tuple[str, str, bool, str]] = {}  # target → (question, value, any row, sentence)
        self.filled = self._looks_filled() if filled is None else filled

    # -- helpers ------------------------------------------------------------------
    def _looks_filled(self) -> bool:
        """A printout with answers (ticks, filled fields), not a blank questionnaire."""
        for b in self.blocks:
            if b.box or (b.kind == "field" and b.text.strip()) or DOTTED_END.search(b.text) and not _is_placeholder(b.text):
                return True
            if b.kind == "para" and any(glyph in b.text for glyph in TICKED_BOXES):
                return True
            if b.kind == "table" and any(c.box or (c.field and c.text.strip()) for r in b.rows for c in r):
                return True
        return False

    def note(self, question: str | None, fieldname: str, message: str) -> None:
        self.review.append(Review(question, fieldname, message))

    def _header_of(self, b: Block, index: int, plain_numbers: bool) -> _Header | None:
        if b.kind not in ("heading", "para"):
            return None
        text = flatten(b.text)
        if not text:
            return None
        if b.number and b.kind == "heading" and not re.search(r"[?:]$", text) and len(text) < 60:
            return None  # a section heading Word numbers ("2 Samverkan"), not a question
        if b.number:
            label = LIST_LABEL.match(b.number)
            if label and (label.group(1) or label.group(2)):
                main = int(label.group(1)) if label.group(1) else -1
                return _Header(main, (label.group(2) or "").lower(), text, b.number.strip(), index)
        match = QNUM.match(text)
        if match is None or not (match.group(3)[0].isupper() or match.group(3)[0] in ".…'\"”(["):
            return None  # a question starts like a sentence: "1. vilka som …" is a list item
        if not (b.kind == "heading" or b.bold or plain_numbers):
            return None
        if b.italic:
            return None
        letter = (match.group(2) or "").lower()
        printed = f"{match.group(1)} {letter}." if letter else f"{match.group(1)}."
        return _Header(int(match.group(1)), letter, match.group(3).strip(), printed, index)

    def _fill_gaps(self, headers_at: dict[int, _Header]) -> None:
        """A question printed without bold where the bold numbering has a gap ("3." bold,
        "4." plain, "5." bold) is a question too; a plain numbered line elsewhere (a list
        in an answer) is not."""
        strong = sorted(headers_at)
        for i, b in enumerate(self.blocks):
            if i in headers_at or b.kind != "para" or b.italic or b.box is not None:
                continue
            h = self._header_of(b, i, True)
            if h is None or len(h.text) < 20 or h.main < 0:
                continue
            before = [headers_at[k] for k in strong if k < i]
            after = [headers_at[k] for k in strong if k > i]
            if not before or not after:
                continue
            last, following = before[-1], after[0]
            if h.letter:
                fits = h.main == last.main and h.letter == chr(ord(last.letter or "`") + 1)
            else:
                fits = h.main == last.main + 1 and (following.main > h.main or (following.main == h.main and bool(following.letter)))
            if fits:
                headers_at[i] = h
                strong = sorted(headers_at)
                self.note(f"{h.main}{h.letter}", "number", "frågan står inte i fetstil som de andra; läst som fråga ändå")

    # -- numbering -------------------------------------------------------------------
    def _number_headers(self, headers: list[_Header]) -> None:
        prev_main = 0
        prev_display = ""
        used: set[str] = set()
        for i, h in enumerate(headers):
            if h.main < 0:  # Word list numbering with a letter only: a sub-question
                h.main = max(prev_main, 1)
                h.printed = f"{h.letter}."
            main = h.main
            nxt = headers[i + 1].main if i + 1 < len(headers) else None
            if not h.letter and main != prev_main + 1 and prev_main:
                expected = prev_main + 1
                if (nxt is None or nxt in (expected, expected + 1)) and str(expected).endswith(str(main)) and main != expected:
                    following = headers[i + 1] if i + 1 < len(headers) else None
                    between = (
                        f"mellan {prev_display} och {display(str(following.main) + following.letter)}"
                        if following
                        else f"efter {prev_display}"
                    )
                    h.quirk = {
                        "kind": "printed_number",
                        "printed": h.printed,
                        "means": str(expected),
                        "note": f"Formuläret skriver ut frågan som ”{h.printed}”; den avser fråga {expected} ({between}).",
                    }
                    self.note(str(expected), "printed_number", f"tryckt som ”{h.printed}” {between}; läst som fråga {expected}")
                    main = expected
                elif main <= prev_main:
                    self.note(f"{main}{h.letter}", "number", f"numret {h.printed} följer inte ordningen (efter {prev_display})")
            number = f"{main}{h.letter}"
            if number in used:
                candidate = number
                suffix = ord(h.letter or "a")
                while candidate in used:
                    suffix += 1
                    candidate = f"{main}{chr(suffix)}"
                self.note(candidate, "number", f"numret {h.printed} finns redan; läst som {display(candidate)}")
                h.quirk = {
                    "kind": "printed_number",
                    "printed": h.printed,
                    "means": candidate,
                    "note": f"Formuläret skriver ut numret ”{h.printed}” två gånger; den här frågan är {display(candidate)}.",
                }
                number = candidate
            used.add(number)
            h.number = number
            prev_main = main
            prev_display = display(number)

    # -- the document ------------------------------------------------------------------
    def run(self, title: str | None, year: int | None, deadline: str | None, form_id: str | None) -> Recognised:
        blocks = self.blocks = _normalise(self.blocks)
        strong_headers = [i for i, b in enumerate(blocks) if self._header_of(b, i, False)]
        plain_numbers = not strong_headers
        headers_at: dict[int, _Header] = {}
        for i, b in enumerate(blocks):
            h = self._header_of(b, i, plain_numbers)
            if h is not None:
                headers_at[i] = h
        if not plain_numbers:
            self._fill_gaps(headers_at)
        headers = [headers_at[i] for i in sorted(headers_at)]
        self._number_headers(headers)

        doc_title: str | None = None
        region_prompt: str | None = None
        intro: list[str] = []
        parts: list[dict[str, Any]] = []
        sections: list[dict[str, Any]] = []
        drafts: list[_Draft] = []
        current: _Draft | None = None
        pending_preamble: list[str] = []
        state = "front"
        skip_level: int | None = None
        intro_target: list[str] = intro

        def new_section(title_text: str) -> None:
            nonlocal intro_target, current
            base = slug(title_text)
            sid, n = base, 2
            while any(s["id"] == sid for s in sections):
                sid, n = f"{base}-{n}", n + 1
            sections.append({"id": sid, "title": title_text, "part": parts[-1]["id"] if parts else None, "intro": [], "questions": []})
            intro_target = sections[-1]["intro"]
            current = None

        for i, b in enumerate(blocks):
            text = flatten(b.text)
            if skip_level is not None:
                if (
                    b.kind == "rule"
                    or (b.kind == "heading" and (b.level <= skip_level or PART.match(text)))
                    or PART.match(text)
                    or i in headers_at
                ):
                    skip_level = None
                else:
                    continue
            if b.kind == "rule":
                continue
            if b.kind in ("heading", "para") and (b.bold or b.kind == "heading") and END.match(text):
                break
            if b.kind in ("heading", "para") and (b.bold or b.kind == "heading") and CONTACT.match(text):
                skip_level = b.level if b.kind == "heading" else 6
                continue
            if i in headers_at:
                h = headers_at[i]
                if not sections or state == "part":
                    # questions straight under a part: the part is their section too
                    new_section(PART.match(parts[-1]["title"]).group(2).strip() if parts and PART.match(parts[-1]["title"]) else "Frågor")  # type: ignore[union-attr]
                current = _Draft(h, len(sections) - 1, preamble=pending_preamble)
                pending_preamble = []
                drafts.append(current)
                state = "questions"
                continue
            heading_like = b.kind == "heading" or (b.bold and b.kind == "para")
            part = PART.match(text) if heading_like else None
            if part:
                parts.append({"id": part.group(1), "title": text, "intro": []})
                intro_target = parts[-1]["intro"]
                current = None
                state = "part"
                continue
            if doc_title is None and heading_like and state == "front" and not intro:
                doc_title = text
                continue
            if state == "front" and REGION_PROMPT.match(text) and region_prompt is None:
                region_prompt = text
                continue
            if heading_like and state != "front" and self._is_section_title(b, text):
                if current is not None and self._is_label(text):
                    current.blocks.append(b)
                    continue
                new_section(text)
                state = "section"
                continue
            if b.bold and b.kind == "para" and state != "front" and re.search(r"[.!]$", text) and not self._is_label(text):
                pending_preamble.append(text)
                continue
            route = ROUTE.match(text)
            if route and state != "front":
                target = normalise_number(route.group(1))
                self.routes[target] = (normalise_number(route.group(4)), route.group(2).strip(), bool(route.group(3)), text)
                continue
            if current is not None:
                current.blocks.append(b)
            elif b.kind == "field" or _is_placeholder(b.text):
                continue  # an input outside the questions (the region, contact details)
            elif b.kind in ("para", "item", "heading") and text:
                if (
                    state in ("part", "section")
                    and sections
                    and intro_target is sections[-1]["intro"]
                    and parts
                    and sections[-1]["part"] != parts[-1]["id"]
                ):
                    intro_target = parts[-1]["intro"]
                intro_target.append(_para_text(b))
            elif b.kind == "table" and state == "front":
                intro.extend(" ".join(c.text for c in r if c.text) for r in b.rows)

        if not drafts:
            return Recognised({}, self.review, {})
        if pending_preamble:
            self.note(None, "preamble", f"text efter sista frågan togs inte med: ”{pending_preamble[0][:60]}”")

        for d in drafts:
            d.q = new_question_json(
                d.header.number, d.header.text, d.header.printed if d.header.quirk and d.header.quirk["kind"] == "printed_number" else None
            )
            d.q["preamble"] = d.preamble
            if d.header.quirk:
                d.q["quirks"].append(d.header.quirk)
        self._groups(drafts)
        for d in drafts:
            if d.q["type"] != "group":
                self._question(d)
                self._sanitise(d.q)
        self._conditions(drafts)
        self._break_cycles(drafts)
        self._infer_answers(drafts)

        for d in drafts:
            sections[d.section]["questions"].append(d.q)
        sections = [s for s in sections if s["questions"]]
        self._group_limits(drafts)

        texts = " ".join(d.q["text"] for d in drafts)
        if year is None:
            years = Counter(int(y) for y in YEAR.findall(texts))
            if years:
                year = years.most_common(1)[0][0]
            else:
                years_all = Counter(int(y) for y in YEAR.findall(" ".join([doc_title or "", *intro])))
                year = years_all.most_common(1)[0][0] if years_all else 2000
                self.note(None, "year", f"året gissat som {year}; ange --year")
        if deadline is None:
            for paragraph in intro:
                if re.search(r"\b(senast|sista\s+(?:dag|svarsdag|datum))\b", paragraph, re.I) and _iso_date(paragraph):
                    deadline = _iso_date(paragraph)
                    break
            if deadline is None:
                deadline = f"{year + 1}-03-31"
                self.note(None, "deadline", f"sista dag hittades inte; satt till {deadline} — ange --deadline")
        if title is None:
            title = doc_title or "Enkät"
            if doc_title is None:
                self.note(None, "title", "ingen titel hittades; ange --title")
        publisher = "Socialstyrelsen" if re.search(r"Socialstyrelsen", " ".join([title, *intro])) else "okänd"
        if publisher == "okänd":
            self.note(None, "publisher", "utgivaren hittades inte i texten")
        form: dict[str, Any] = {
            "schema": FORM_SCHEMA,
            "id": form_id or _default_id(title, year),
            "revision": 1,
            "year": year,
            "title": title,
            "publisher": publisher,
            "deadline": deadline,
            "region_prompt": region_prompt,
            "intro": intro,
            "parts": parts,
            "sections": sections,
        }
        # A blank questionnaire's empty boxes are no answers.
        return Recognised(form, self.review, self.answers if self.filled else {}, self.inferred)

    def _is_label(self, text: str) -> bool:
        return bool(NOT_AVAILABLE.search(text) or COMMENT.match(text) or NUMBER_LABEL.match(text) or text.endswith(":"))

    def _is_section_title(self, b: Block, text: str) -> bool:
        if b.kind == "heading":
            return bool(text)
        return 0 < len(text) <= 90 and not re.search(r"[.:!?]$", text) and not self._is_label(text)

    # -- groups -------------------------------------------------------------------------
    def _groups(self, drafts: list[_Draft]) -> None:
        for i, d in enumerate(drafts):
            nxt = drafts[i + 1] if i + 1 < len(drafts) else None
            if d.header.letter or nxt is None or not nxt.header.number.startswith(d.header.number) or not nxt.header.letter:
                continue
            content = [b for b in d.blocks if not _is_placeholder(b.text) or b.kind == "table"]
            if not content:
                d.q["type"] = "group"
                for child in drafts[i + 1 :]:
                    if child.header.number.rstrip("abcdefghijklmnopqrstuvwxyzåäö") != d.header.number:
                        break
                    child.q["parent"] = d.header.number

    def _group_limits(self, drafts: list[_Draft]) -> None:
        groups = {d.q["number"]: d.q for d in drafts if d.q["type"] == "group"}
        for d in drafts:
            parent = groups.get(d.q.get("parent") or "")
            if parent is not None and d.q["max_items"] is None:
                items = _max_items(parent["text"])
                if items is not None:
                    d.q["max_items"] = items

    # -- one question ----------------------------------------------------------------
    def _question(self, d: _Draft) -> None:
        q = d.q
        number = q["number"]
        options: list[tuple[str, bool | None, bool]] = []  # label, ticked, radio
        option_sources: list[Block] = []
        free: list[Block] = []
        pending: list[Block] | None = None  # blocks of the sub-field value being read
        pending_key: str | None = None
        number_label: str | None = None
        number_value: Any = None
        had_field = False
        table_done = False
        extra_rows: list[str] = []
        multi_hint = False
        blocks = list(d.blocks)
        subvalues: dict[str, list[Block]] = {}
        subinline: dict[str, str] = {}
        checkbox_states: dict[str, bool | None] = {}
        i = 0

        def close_pending() -> None:
            nonlocal pending, pending_key
            pending, pending_key = None, None

        def add_sub(label: str, typ: str, role: str, attached: str | None = None, condition: dict[str, Any] | None = None) -> str:
            sub = {"label": label, "type": typ, "role": role, "attached_to": attached, "max_chars": None, "condition": condition}
            q["subfields"].append(sub)
            key = f"{number} / {attached} / {label}" if role == "row_detail" and attached else f"{number} / {label}"
            return key

        help_seen = 0
        while i < len(blocks):
            b = blocks[i]
            text = flatten(b.text)
            i += 1
            last_help, help_seen = len(q["help"]) > help_seen, len(q["help"])
            if b.kind == "table":
                if not any(c.box is not None for r in b.rows for c in r) and not self._boxless_matrix(b):
                    # a table without boxes is an answer box (or a label beside one)
                    had_field = True
                    for r in b.rows:
                        for c in r:
                            if c.text and not _is_placeholder(c.text):
                                free.append(Block("field", c.text))
                    continue
                if not any(c.box is not None for r in b.rows for c in r):
                    self.note(number, "rows", "tabellen visar inga rutor; läst som matris med rubrikraden som svarsalternativ")
                if self._options_table(b):
                    for row in b.rows:
                        box_cells = [c for c in row if c.box is not None]
                        label = " ".join(c.text for c in row if c.text).strip()
                        if label:
                            options.append((label, box_cells[0].box if box_cells else None, False))
                    continue
                if table_done:
                    self.note(number, "rows", "en andra tabell under frågan togs inte med")
                    continue
                self._matrix(q, b, subvalues)
                table_done = True
                close_pending()
                continue
            if b.kind == "field":
                had_field = True
                if pending is not None:
                    pending.append(b)
                    close_pending()
                elif number_label is not None and number_value is None and VALUE_ONLY.match(text):
                    number_value = _parse_number(text)
                elif text:
                    free.append(b)
                continue
            if _is_placeholder(b.text):
                had_field = True
                close_pending()
                continue
            if not text or re.fullmatch(r"[%‰:;.,\-–—*]+", text):
                continue
            # sub-field labels and inputs
            if NOT_AVAILABLE.search(text) and len(text) <= 80 and not b.italic and not _GLYPH_SPLIT.search(text):
                label = text
                add_sub(label, "checkbox", "not_available")
                checkbox_states[f"{number} / {label}"] = b.box
                close_pending()
                continue
            if COMMENT.match(text) and (b.lead or text.endswith(":") or b.bold):
                label = b.lead if b.lead else text
                key = add_sub(label, "text", "comment")
                pending, pending_key = [], key
                subvalues[key] = pending
                if b.lead:
                    rest = text[len(flatten(b.lead)) :].strip()
                    if rest:
                        pending.append(Block("para", rest))
                continue
            number_match = NUMBER_LABEL.match(text)
            if number_match and not q["options"] and not table_done:
                label = number_match.group(0).strip()
                number_label = text
                kind = "percent" if re.search(r"procent|andel", label, re.I) else "number"
                q["type"] = kind
                if re.search(r"heltal", text, re.I) or (kind == "number" and re.search(r"antal", label, re.I)):
                    q["integer"] = True
                value_match = NUMBER_VALUE.match(text[len(number_match.group(0)) :])
                if value_match:
                    number_value = _parse_number(value_match.group(1))
                elif text.endswith(".") and not re.search(r"\d", text[len(number_match.group(0)) :]):
                    q["help"].append(text)
                close_pending()
                continue
            if number_label is not None and number_value is None and VALUE_ONLY.match(text):
                number_value = _parse_number(text)
                continue
            if b.kind == "para" and q["help"] and re.match(r"^[(a-zåäö]", text) and LINK.search(text) and not b.box and last_help:
                # the continuation of the previous help line ("… (om ni redan …) eller bifoga länk här.")
                q["help"][-1] = f"{q['help'][-1]} {text}"
                link = LINK.search(q["help"][-1])
                assert link is not None
                label = re.split(r"\s+eller\s+", link.group(1))[0].strip()
                label = label[:-1] if label.endswith(".") else label
                key = add_sub(label, "text", "link", None, {"own_ja": True} if OM_JA.match(q["help"][-1]) else None)
                pending, pending_key = [], key
                subvalues[key] = pending
                continue
            link = LINK.search(text) if not b.box and b.kind == "para" else None
            if link and (re.search(r"\b(skicka|bifoga|länk)\b", text, re.I)):
                label = re.split(r"\s+eller\s+", link.group(1))[0].strip()
                label = label[:-1] if label.endswith(".") else label
                cond = {"own_ja": True} if OM_JA.match(text) else None
                q["help"].append(text)
                key = add_sub(label, "text", "link", None, cond)
                pending, pending_key = [], key
                subvalues[key] = pending
                continue
            if re.search(r"\bskicka\s+in\b", text, re.I) and b.kind == "para" and not b.box and not free and len(text) < 400:
                q["help"].append(text)
                continue
            detail = ROW_DETAIL.match(text) if table_done else None
            if detail and len(text) <= 160:
                key = self._row_detail(q, text, detail)
                pending, pending_key = [], key
                subvalues[key] = pending
                continue
            if pending is not None:
                pending.append(b)
                if DOTTED_END.search(b.text):
                    close_pending()
                continue
            # help lines
            if (
                b.italic
                or MAX_CHARS.search(text)
                or MULTI.search(text)
                or ESTIMATE.match(text)
                or (MAX_ITEMS.search(text) and len(text) < 120)
            ):
                if b.box is None and not free:
                    q["help"].append(text)
                    if MULTI.search(text):
                        multi_hint = True
                    continue
            # options
            if table_done and b.kind == "para" and b.box is None and len(text) <= 160 and not re.search(r"[.:]$", text):
                extra_rows.append(text)
                continue
            if self._option_like(b, text) and not free:
                entries = _split_glyphs(text, b.box, b.radio)
                for k, (entry, ticked, radio) in enumerate(entries):
                    label, inline = entry, ""
                    if OTHER.search(entry) and ":" in entry and not entry.endswith(":"):
                        head, _, tail = entry.partition(":")
                        label, inline = head.strip() + ":", tail.strip()
                    routing = SKIP_TO.search(label)
                    if routing:
                        label = label[: routing.start()].strip()
                        self.note(
                            number,
                            "options",
                            f"alternativet ”{label}” hänvisar vidare ({routing.group(0).strip(' ()')}); inget villkor satt",
                        )
                    if b.note and k == len(entries) - 1:
                        if TICK_NOTE.search(b.note):
                            ticked = True
                        q["quirks"].append(
                            {
                                "kind": "form_error",
                                "printed": label,
                                "means": None,
                                "note": f"Utskriften har en anmärkning vid alternativet: ”{b.note}”.",
                            }
                        )
                        self.note(number, "options", f"alternativet ”{label}” har en anmärkning i utskriften: ”{b.note}”")
                    options.append((label, ticked, radio))
                    if not option_sources or option_sources[-1] is not b:
                        option_sources.append(b)
                    if OTHER.search(label):
                        key = f"{number} / {label}"
                        if inline:
                            subinline[key] = _strip_value(inline)
                        elif k == len(entries) - 1 and self._value_follows(blocks, i):
                            pending, pending_key = [], key
                            subvalues[key] = pending
                continue
            free.append(b)

        # decide the type
        if (
            options
            and all(o[1] is None for o in options)
            and any(MAX_CHARS.search(h) for h in q["help"])
            and not self._yes_no([o[0] for o in options])
        ):
            # short lines under a question with a character limit are its text, not options
            free = option_sources + free
            options = []
        if table_done:
            if extra_rows:
                known = {label_key(r) for r in q["rows"]}
                added = [r for r in extra_rows if label_key(r) not in known]
                q["rows"].extend(added)
                if added:
                    self.note(
                        number, "rows", f"raderna {', '.join('”' + r + '”' for r in added)} står efter tabellen; lästa som rader i matrisen"
                    )
        elif q["type"] in ("number", "percent"):
            if q["type"] == "percent":
                q["min"], q["max"] = 0, 100
            else:
                q["min"] = 0
            if number_value is not None:
                self.answers[number] = number_value
                for key, state in checkbox_states.items():
                    if state is None:
                        checkbox_states[key] = False
        elif len(options) >= 2 or (options and any(o[1] is not None for o in options)):
            labels = [o[0] for o in options]
            is_multi = multi_hint or bool(MULTI.search(q["text"]))
            radios = [o[2] for o in options]
            if not is_multi and not any(radios) and MULTI_WORDING.search(q["text"]) and not self._yes_no(labels):
                is_multi = True
                self.note(number, "type", "typen gissad som flerval (frågan säger ”" + MULTI_WORDING.search(q["text"]).group(0) + "”)")  # type: ignore[union-attr]
            q["type"] = "multi" if is_multi else "single"
            q["options"] = self._unique(number, labels)
            if is_multi:
                q["exclusive_options"] = [o for o in q["options"] if EXCLUSIVE.match(o)]
            elif not self._yes_no(labels) and not any(radios):
                self.note(number, "type", "typen gissad som enkelval (ett svar); ändra till flerval om flera får väljas")
            for label in q["options"]:
                if OTHER.search(label):
                    q["subfields"].append(
                        {"label": label, "type": "text", "role": "other", "attached_to": label, "max_chars": None, "condition": None}
                    )
            chosen = [o[0] for o in options if o[1]]
            for key, value_blocks in subvalues.items():
                opt = key.split(" / ", 1)[1]
                if opt in q["options"] and _answer_text(value_blocks) and opt not in chosen:
                    chosen.append(opt)
            for key, value in subinline.items():
                opt = key.split(" / ", 1)[1]
                if opt in q["options"] and value and opt not in chosen:
                    chosen.append(opt)
            if chosen:
                if q["type"] == "single":
                    self.answers[number] = chosen[0]
                    if len(chosen) > 1:
                        self.note(number, "answer", f"flera alternativ är ikryssade i en enkelvalsfråga; ”{chosen[0]}” togs")
                else:
                    self.answers[number] = [o for o in q["options"] if o in chosen]
        else:
            if len(options) == 1:
                free.insert(0, Block("para", options[0][0]))
            q["type"] = "text"
            if self.filled:
                value = _answer_text(free)
                if value:
                    self.answers[number] = value
            else:
                for b in free:
                    q["help"].append(flatten(b.text))
                if free:
                    self.note(number, "help", f"{len(free)} rad(er) under frågan lästa som hjälptext")
            if not had_field and not free and q["max_chars"] is None and not any(MAX_CHARS.search(h) for h in q["help"]):
                self.note(number, "type", "typen gissad som fritext")
        for text in q["help"]:
            limit = MAX_CHARS.search(text)
            if limit and q["type"] == "text" and q["max_chars"] is None:
                q["max_chars"] = int(re.sub(r"\D", "", limit.group(1)))
            items = _max_items(text)
            if items is not None and q["type"] == "text" and q["max_items"] is None:
                q["max_items"] = items
        for key, state in checkbox_states.items():
            if state is not None:
                self.answers[key] = state
        for key, value_blocks in subvalues.items():
            value = _answer_text(value_blocks)
            if value:
                self.answers[key] = value
        for key, value in subinline.items():
            if value:
                self.answers[key] = value

    def _sanitise(self, q: dict[str, Any]) -> None:
        """What the loader would refuse is made plain and reported: a matrix without rows
        or columns, labels printed twice, sub-fields that clash."""
        number = q["number"]
        for name in ("rows", "columns"):
            if q[name]:
                q[name] = self._unique(number, q[name])
        empty_choice = q["type"] in ("single", "multi") and not q["options"]
        empty_matrix = q["type"] == "matrix" and (not q["rows"] or not q["columns"])
        if empty_choice or empty_matrix:
            self.note(number, "type", "inga svarsalternativ, rader eller kolumner hittades; typen gissad som fritext")
            q.update(type="text", options=[], exclusive_options=[], rows=[], columns=[])
            q["subfields"] = [s for s in q["subfields"] if s["role"] not in ("row_detail", "other")]
            for answer_key in [k for k in self.answers if k == number or k.startswith(f"{number} / ")]:
                del self.answers[answer_key]
        seen: set[tuple[str | None, str]] = set()
        kept = []
        for sub in q["subfields"]:
            key = (label_key(sub["attached_to"]) if sub["attached_to"] else None, label_key(sub["label"]))
            if key in seen:
                self.note(number, "subfields", f"delfältet ”{sub['label']}” står två gånger; togs med en gång")
                continue
            seen.add(key)
            kept.append(sub)
        q["subfields"] = kept

    def _break_cycles(self, drafts: list[_Draft]) -> None:
        by_number = {d.q["number"]: d.q for d in drafts}
        for d in drafts:
            chain = [d.q["number"]]
            cond = d.q["condition"]
            while cond is not None:
                target = cond["question"]
                if target in chain:
                    self.note(d.q["number"], "condition", f"villkoret leder tillbaka till fråga {display(target)}; inget villkor satt")
                    d.q["condition"] = None
                    break
                chain.append(target)
                cond = by_number.get(target, {}).get("condition")

    def _unique(self, number: str, labels: list[str]) -> list[str]:
        seen: set[str] = set()
        out: list[str] = []
        for label in labels:
            if label_key(label) in seen:
                self.note(number, "options", f"alternativet ”{label}” står två gånger; togs med en gång")
                continue
            seen.add(label_key(label))
            out.append(label)
        return out

    @staticmethod
    def _yes_no(labels: list[str]) -> bool:
        return bool(labels) and all(re.match(r"^(Ja|Nej|Delvis|Vet ej|Vet inte)\b", label, re.I) for label in labels)

    def _option_like(self, b: Block, text: str) -> bool:
        if b.box is not None:
            return True
        if b.kind != "para" or b.italic or len(text) > 200:
            return False
        if text.endswith(":"):
            return bool(OTHER.search(text))
        if OTHER.search(text) and ":" in text:
            return True
        return not text.endswith((".", "?", "!")) or bool(re.match(r"^(Ja|Nej)\b", text))

    def _value_follows(self, blocks: list[Block], start: int) -> bool:
        """After an "annan, ange vad" option: is the next thing its filled text?"""
        if start >= len(blocks):
            return False
        nxt = blocks[start]
        if nxt.kind == "field":
            return True
        for b in blocks[start : start + 12]:
            if b.kind == "table" or b.box is not None:
                return False
            if DOTTED_END.search(b.text):
                return True
        return False

    def _boxless_matrix(self, b: Block) -> bool:
        """A table with choices in its header and row labels, its boxes not printed."""
        if len(b.rows) < 2:
            return False
        header, body = b.rows[0], b.rows[1:]
        if len([c for c in header[1:] if c.text]) < 2 or not all(r[0].text for r in body):
            return False
        return all(not c.text or _is_placeholder(c.text) for r in body for c in r[1:])

    def _options_table(self, b: Block) -> bool:
        """A table that lists options (a box and a label per row), not a matrix."""
        if not b.rows:
            return False
        for row in b.rows:
            boxes = [c for c in row if c.box is not None]
            texts = [c for c in row if c.text]
            if len(boxes) != 1 or len(texts) != 1:
                return False
        return True

    def _matrix(self, q: dict[str, Any], b: Block, subvalues: dict[str, list[Block]]) -> None:
        number = q["number"]
        header, body = b.rows[0], b.rows[1:]
        q["type"] = "matrix"
        columns: list[tuple[int, str]] = []
        text_columns: list[tuple[int, str]] = []
        for ci, cell in enumerate(header[1:], start=1):
            label = flatten(cell.text)
            if not label:
                continue
            is_text = all(row[ci].box is None for row in body if ci < len(row)) and any(
                (row[ci].text or row[ci].field) for row in body if ci < len(row)
            )
            (text_columns if is_text or label.endswith(":") else columns).append((ci, label))
        q["columns"] = [label for _, label in columns]
        values: dict[str, str] = {}
        for row in body:
            label = flatten(row[0].text) if row else ""
            if not label:
                continue
            q["rows"].append(label)
            ticked = [lab for ci, lab in columns if ci < len(row) and row[ci].box]
            if ticked:
                values[label] = ticked[0]
                if len(ticked) > 1:
                    self.note(number, "answer", f"raden ”{label}” har flera kryss; ”{ticked[0]}” togs")
        yes = match_label("Ja", q["columns"])
        for ci, label in text_columns:
            for row in body:
                row_label = flatten(row[0].text)
                if not row_label:
                    continue
                cond = None
                if OM_JA.match(label) and yes is not None:
                    cond = {"question": number, "rule": "row_equals", "row": row_label, "value": yes}
                q["subfields"].append(
                    {"label": label, "type": "text", "role": "row_detail", "attached_to": row_label, "max_chars": None, "condition": cond}
                )
                cell = row[ci] if ci < len(row) else Cell()
                value = _strip_value(tidy(cell.text))
                if value and not _is_placeholder(cell.text):
                    self.answers[f"{number} / {row_label} / {label}"] = value
        if values:
            self.answers[number] = values
        if not q["columns"]:
            self.note(number, "columns", "matrisen har inga svarskolumner")

    def _row_detail(self, q: dict[str, Any], text: str, match: re.Match[str]) -> str:
        number = q["number"]
        target = match.group(2)
        row = None
        if target:
            wanted = label_key(target).lower()
            row = next((r for r in q["rows"] if label_key(r).lower().rstrip("?") == wanted.rstrip("?")), None)
            if row is None:
                row = next((r for r in q["rows"] if wanted.rstrip("?") in label_key(r).lower()), None)
        if row is None and q["rows"]:
            row = q["rows"][-1]
            self.note(number, "subfields", f"”{text}” hör till raden ”{row}” (gissat)")
        value = match_label(match.group(1), q["columns"]) or match.group(1).capitalize()
        cond = {"question": number, "rule": "row_equals", "row": row, "value": value} if row and value in q["columns"] else None
        q["subfields"].append(
            {"label": text, "type": "text", "role": "row_detail", "attached_to": row, "max_chars": None, "condition": cond}
        )
        return f"{number} / {row} / {text}" if row else f"{number} / {text}"

    # -- conditions ---------------------------------------------------------------------
    def _conditions(self, drafts: list[_Draft]) -> None:
        by_number = {d.q["number"]: d.q for d in drafts}
        for d in drafts:
            q = d.q
            number = q["number"]
            route = self.routes.get(number)
            said = TEXT_COND.search(q["text"])
            cond: dict[str, Any] | None = None
            if route is not None:
                target, value, any_row, sentence = route
                q["condition_text"] = sentence
                cond = self._rule(number, by_number, target, value, any_row)
                if said and normalise_number(said.group(2)) != target:
                    printed = f"fråga {flatten(said.group(2))}"
                    q["quirks"].append(
                        {
                            "kind": "wrong_reference",
                            "printed": printed,
                            "means": target,
                            "note": f"Formulärets text säger ”{printed}”, men frågan besvaras utifrån svaret på fråga {display(target)}.",
                        }
                    )
                    self.note(number, "condition", f"texten säger {printed}, raden säger fråga {display(target)}")
            elif said:
                cond = self._rule(number, by_number, normalise_number(said.group(2)), said.group(1), False)
            elif q.get("parent") is None and re.match(r"^\d+[a-zåäö]$", number) and OM_JA.match(q["text"]):
                main = number.rstrip("abcdefghijklmnopqrstuvwxyzåäö")
                cond = self._rule(number, by_number, main, OM_JA.match(q["text"]).group(1), False)  # type: ignore[union-attr]
                if cond:
                    self.note(number, "condition", f"villkoret gissat: fråga {display(main)} = ”{cond.get('value', 'besvarad')}”")
            q["condition"] = cond
            for sub in q["subfields"]:
                if sub["condition"] == {"own_ja": True}:
                    yes = match_label("Ja", q["options"]) if q["type"] in ("single", "multi") else None
                    rule = "equals" if q["type"] == "single" else "includes"
                    sub["condition"] = {"question": number, "rule": rule, "value": yes} if yes else None

    def _rule(self, owner: str, by_number: dict[str, dict[str, Any]], target: str, value: str, any_row: bool) -> dict[str, Any] | None:
        other = by_number.get(target)
        if other is None:
            self.note(owner, "condition", f"villkoret nämner fråga {display(target)}, som inte finns; inget villkor satt")
            return None
        if other["type"] == "matrix":
            column = match_label(value, other["columns"]) or next((c for c in other["columns"] if c.lower() == value.lower()), None)
            if column is None:
                self.note(owner, "condition", f"”{value}” är ingen kolumn i fråga {display(target)}; inget villkor satt")
                return None
            if not any_row:
                self.note(owner, "condition", f"villkoret gissat som ”{column}” på någon rad i fråga {display(target)}")
            return {"question": target, "rule": "any_row_equals", "value": column}
        if other["type"] in ("single", "multi"):
            option = match_label(value, other["options"]) or next((o for o in other["options"] if o.lower() == value.lower()), None)
            if option is None:
                self.note(owner, "condition", f"”{value}” är inget svarsalternativ i fråga {display(target)}; inget villkor satt")
                return None
            return {"question": target, "rule": "equals" if other["type"] == "single" else "includes", "value": option}
        if other["type"] == "group":
            self.note(owner, "condition", f"villkoret nämner fråga {display(target)}, som inte har något eget svar; inget villkor satt")
            return None
        self.note(owner, "condition", f"fråga {display(target)} är {other['type']}; villkoret satt till ”besvarad”")
        return {"question": target, "rule": "answered"}

    # -- answers the printout implies --------------------------------------------------
    def _infer_answers(self, drafts: list[_Draft]) -> None:
        """A printout that hides the ticks of a yes/no question still shows the answer
        when its follow-up is filled in: the follow-up is only asked on that answer."""
        if not self.answers:
            return
        by_number = {d.q["number"]: d.q for d in drafts}
        for d in drafts:
            q = d.q
            conds = [(q["condition"], q["number"])] + [
                (s["condition"], f"{q['number']} / {s['label']}") for s in q["subfields"] if s["role"] in ("link", "comment")
            ]
            for cond, key in conds:
                if not cond or cond["rule"] not in ("equals", "includes") or key not in self.answers:
                    continue
                target = cond["question"]
                if target in self.answers or by_number.get(target, {}).get("type") != "single":
                    continue
                self.answers[target] = cond["value"]
                where = f"fråga {display(key)} är besvarad" if " / " not in key else f"fältet ”{key.split(' / ', 1)[1]}” är ifyllt"
                self.inferred.append(Review(target, "answer", f"”{cond['value']}” (utskriften visar inget kryss, men {where})"))


def recognise(
    blocks: list[Block],
    *,
    title: str | None = None,
    year: int | None = None,
    deadline: str | None = None,
    form_id: str | None = None,
    filled: bool | None = None,
) -> Recognised:
    """`filled`: the document is a filled printout (True), a blank questionnaire (False),
    or either, judged from ticks and filled fields (None)."""
    return _Recogniser(blocks, filled).run(title, year, deadline, form_id)
