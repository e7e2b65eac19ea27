"""Character counting exactly like the web form's `maxlength`.

Socialstyrelsen's web form limits free texts with the HTML `maxlength` attribute. A
browser measures that in UTF-16 code units of the value with line breaks normalised to
LF. We count the same way so "973 / 1000" here means 973 / 1000 there. Nothing is ever
truncated: counting only reports.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, as a browser does for a textarea value."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def count_like_browser(text: str) -> int:
    """UTF-16 code units after newline normalisation: an emoji counts 2, a line break 1."""
    return len(normalise_newlines(text).encode("utf-16-le")) // 2


@dataclass(frozen=True)
class CountRisk:
    """Something in a text that can make the web form count differently than we do."""

    kind: str  # "crlf" | "decomposed" | "astral" | "line_breaks"
    occurrences: int
    message_sv: str
    message_en: str


@dataclass(frozen=True)
class CountReport:
    count: int
    limit: int | None
    risks: tuple[CountRisk, ...] = field(default_factory=tuple)

    @property
    def over_by(self) -> int:
        """How many characters too many (0 when within the limit or unlimited)."""
        if self.limit is None:
            return 0
        return max(0, self.count - self.limit)

    @property
    def remaining(self) -> int | None:
        return None if self.limit is None else self.limit - self.count


def _count_astral(text: str) -> int:
    return sum(1 for ch in text if ord(ch) > 0xFFFF)


def _count_decomposed(text: str) -> int:
    """Combining marks that NFC would fold into the letter before them."""
    if unicodedata.is_normalized("NFC", text):
        return 0
    return count_like_browser(text) - count_like_browser(unicodedata.normalize("NFC", text))


def analyse_count(text: str, limit: int | None = None) -> CountReport:
    """The browser count plus what could make the web form count differently."""
    risks: list[CountRisk] = []
    crlf = text.count("\r\n") + text.replace("\r\n", "").count("\r")
    if crlf:
        risks.append(
            CountRisk(
                "crlf",
                crlf,
                f"Texten har {crlf} radbrytningar av Windows-typ (CR/LF). De räknas här som "
                "1 tecken var, som i webbläsaren, men kan bli 2 om texten klistras in på annat sätt.",
                f"The text has {crlf} Windows line breaks (CR/LF). They count as 1 character "
                "each here, as in the browser, but may count as 2 if pasted another way.",
            )
        )
    decomposed = _count_decomposed(text)
    if decomposed:
        risks.append(
            CountRisk(
                "decomposed",
                decomposed,
                f"Texten har {decomposed} sammansatta tecken (t.ex. ett å skrivet som a + ring). "
                "De räknas som 2 tecken; webbformuläret kan räkna dem som 1 eller 2.",
                f"The text has {decomposed} decomposed characters (e.g. å typed as a + ring). "
                "They count as 2; the web form may count them as 1 or 2.",
            )
        )
    astral = _count_astral(text)
    if astral:
        risks.append(
            CountRisk(
                "astral",
                astral,
                f"Texten har {astral} tecken utanför grundplanet (t.ex. emoji). De räknas som 2 tecken var, precis som i webbläsaren.",
                f"The text has {astral} characters outside the basic plane (e.g. emoji). They count as 2 each, as in the browser.",
            )
        )
    line_breaks = normalise_newlines(text).count("\n")
    if line_breaks and limit is not None:
        risks.append(
            CountRisk(
                "line_breaks",
                line_breaks,
                f"Texten har {line_breaks} radbrytningar. De räknas som 1 tecken var; vissa servrar räknar dem som 2 när svaret skickas.",
                f"The text has {line_breaks} line breaks. They count as 1 character each; "
                "some servers count them as 2 when the answer is sent.",
            )
        )
    return CountReport(count_like_browser(text), limit, tuple(risks))
