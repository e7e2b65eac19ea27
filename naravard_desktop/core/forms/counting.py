"""Character counting exactly like the web form's `maxlength`.

Socialstyrelsen's web form limits free texts with the HTML `maxlength` attribute. A
browser measures that in UTF-16 code units of the value with line breaks normalised to
LF. We count the same way so "973 / 1000" here means 973 / 1000 there. Nothing is ever
truncated: counting only reports.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from naravard_desktop.core.messages import Message


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
    message: Message


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


_CRLF = (
    "Texten har {count} radbrytningar av Windows-typ (CR/LF). De räknas här som "
    "1 tecken var, som i webbläsaren, men kan bli 2 om texten klistras in på annat sätt."
)
_DECOMPOSED = (
    "Texten har {count} sammansatta tecken (t.ex. ett å skrivet som a + ring). "
    "De räknas som 2 tecken; webbformuläret kan räkna dem som 1 eller 2."
)
_ASTRAL = "Texten har {count} tecken utanför grundplanet (t.ex. emoji). De räknas som 2 tecken var, precis som i webbläsaren."
_LINE_BREAKS = "Texten har {count} radbrytningar. De räknas som 1 tecken var; vissa servrar räknar dem som 2 när svaret skickas."
# One of them: "1 radbrytning", never "1 radbrytningar".
_CRLF_ONE = (
    "Texten har 1 radbrytning av Windows-typ (CR/LF). Den räknas här som "
    "1 tecken, som i webbläsaren, men kan bli 2 om texten klistras in på annat sätt."
)
_DECOMPOSED_ONE = (
    "Texten har 1 sammansatt tecken (t.ex. ett å skrivet som a + ring). "
    "Det räknas som 2 tecken; webbformuläret kan räkna det som 1 eller 2."
)
_ASTRAL_ONE = "Texten har 1 tecken utanför grundplanet (t.ex. emoji). Det räknas som 2 tecken, precis som i webbläsaren."
_LINE_BREAKS_ONE = "Texten har 1 radbrytning. Den räknas som 1 tecken; vissa servrar räknar den som 2 när svaret skickas."


def analyse_count(text: str, limit: int | None = None) -> CountReport:
    """The browser count plus what could make the web form count differently."""
    risks: list[CountRisk] = []
    crlf = text.count("\r\n") + text.replace("\r\n", "").count("\r")
    if crlf:
        risks.append(CountRisk("crlf", crlf, Message(_CRLF_ONE) if crlf == 1 else Message(_CRLF, count=crlf)))
    decomposed = _count_decomposed(text)
    if decomposed:
        risks.append(
            CountRisk("decomposed", decomposed, Message(_DECOMPOSED_ONE) if decomposed == 1 else Message(_DECOMPOSED, count=decomposed))
        )
    astral = _count_astral(text)
    if astral:
        risks.append(CountRisk("astral", astral, Message(_ASTRAL_ONE) if astral == 1 else Message(_ASTRAL, count=astral)))
    line_breaks = normalise_newlines(text).count("\n")
    if line_breaks and limit is not None:
        risks.append(
            CountRisk(
                "line_breaks", line_breaks, Message(_LINE_BREAKS_ONE) if line_breaks == 1 else Message(_LINE_BREAKS, count=line_breaks)
            )
        )
    return CountReport(count_like_browser(text), limit, tuple(risks))
