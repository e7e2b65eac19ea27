"""Matching printed labels the way people type them.

Row labels continue the question's sentence ("...barn och unga?"), option labels end in
":" ("Annan, ange roll:"). People retype them with other spacing and punctuation; we match
after trimming, collapsing white space, dropping a trailing ":" and a leading "..."/"…".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPACE = re.compile(r"\s+")
_LEADING_DOTS = re.compile(r"^(\.\.\.|…)\s*")


def label_key(label: str) -> str:
    """The comparable form of a printed label."""
    key = _SPACE.sub(" ", label).strip()
    key = _LEADING_DOTS.sub("", key)
    key = key.rstrip()
    while key.endswith(":"):
        key = key[:-1].rstrip()
    return key


def match_label(wanted: str, labels: Iterable[str]) -> str | None:
    """The form's own label that `wanted` means, or None."""
    key = label_key(wanted)
    for label in labels:
        if label_key(label) == key:
            return label
    return None
