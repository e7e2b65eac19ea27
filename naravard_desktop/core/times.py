"""Times as people read them: stored UTC times shown in the user's local time."""

from __future__ import annotations

from datetime import UTC, datetime


def local_time(moment: str | datetime | None, *, seconds: bool = True) -> str:
    """A stored UTC time in local time: "2025-03-01 14:02:11" (or "2025-03-01 14:02" with
    `seconds=False`). Takes a revision stamp ("2025-03-01T13:02:11.123456Z"), any ISO time
    (naive means UTC) or an aware datetime; text that is not a time comes back as it is,
    None as "" — a time is never worth failing over."""
    if moment is None or moment == "":
        return ""
    if isinstance(moment, str):
        try:  # a revision stamp (STAMP_FORMAT) or another ISO form, e.g. a run marker from another version
            parsed = datetime.fromisoformat(moment)  # not strptime: its first call costs ~5 ms at start-up
        except ValueError:
            return moment
    else:
        parsed = moment
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
