"""Times as people read them: stored UTC times shown in the user's local time."""

from __future__ import annotations

from datetime import UTC, datetime

from naravard_desktop.core.storage.limits import STAMP_FORMAT


def local_time(moment: str | datetime | None, *, seconds: bool = True) -> str:
    """A stored UTC time in local time: "2025-03-01 14:02:11" (or "2025-03-01 14:02" with
    `seconds=False`). Takes a revision stamp ("2025-03-01T13:02:11.123456Z"), any ISO time
    (naive means UTC) or an aware datetime; text that is not a time comes back as it is,
    None as "" — a time is never worth failing over."""
    if moment is None or moment == "":
        return ""
    if isinstance(moment, str):
        # A revision stamp is ISO 8601, so fromisoformat reads it (and any other ISO form,
        # e.g. a run marker from another version) as strptime would, about ten times faster
        # and without loading _strptime: a printed draft shows a hundred of them.
        try:
            parsed = datetime.fromisoformat(moment.replace("Z", "+00:00"))
        except ValueError:
            try:  # what strptime reads and fromisoformat does not (e.g. "2025-3-1T1:02:11.5Z")
                parsed = datetime.strptime(moment, STAMP_FORMAT).replace(tzinfo=UTC)
            except ValueError:
                return moment
    else:
        parsed = moment
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
