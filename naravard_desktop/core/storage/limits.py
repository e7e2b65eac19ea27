"""Caps on what a draft may hold: one set for local input and for bundle import.

A bundle import refuses anything over these caps (docs/bundles.md), so the store refuses
the same things when they are typed, imported from an answers file or set by a command:
whatever a draft holds can always be exported and imported by a co-writer.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from naravard_desktop.core.messages import Message

#: One revision's value as canonical JSON text (an answer, a comment thread, …).
MAX_VALUE_CHARS = 1_000_000
#: A field key (question number plus sub-field labels).
MAX_FIELD_KEY_CHARS = 2_000
#: Names, ids and titles: editor name, draft title, region, editor id.
MAX_NAME_CHARS = 500
#: A draft id.
MAX_DRAFT_ID_CHARS = 200
#: Revisions in one draft (one bundle).
MAX_REVISIONS = 1_000_000

#: Revision times: UTC with microseconds, sortable as text.
STAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
#: The range of revision times accepted anywhere (earlier or later is an impossible date;
#: the upper end leaves room for the ordering clock's "one microsecond later").
MIN_STAMP = "2000-01-01T00:00:00.000000Z"
MAX_STAMP = "9998-12-31T23:59:59.999999Z"
#: A revision dated further ahead of this machine's clock than this does not move the
#: ordering clock of local edits forward (store.later_than; the import summary says so).
MAX_CLOCK_LEAD = timedelta(hours=24)


def too_long(what: str, text: str, limit: int = MAX_NAME_CHARS) -> str | None:
    """None, or the one-line reason (Swedish) why `text` is over `limit` characters."""
    if len(text) <= limit:
        return None
    return Message(
        "{what} är {count} tecken; högst {limit} är tillåtet, annars kan utkastet inte delas med paket. Inget har ändrats",
        what=what,
        count=len(text),
        limit=limit,
    )


def parse_stamp(stamp: str) -> datetime | None:
    """A revision time as a UTC datetime; None if it is not a real date in the accepted range."""
    if not isinstance(stamp, str) or len(stamp) != len(MIN_STAMP) or not MIN_STAMP <= stamp <= MAX_STAMP:
        return None
    try:
        return datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
