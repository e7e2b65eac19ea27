"""core.times.local_time reads a stored time as it always has: strptime's STAMP_FORMAT first,
any ISO form next, anything else back as it is (now with fromisoformat tried first)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from naravard_desktop.core.storage.limits import STAMP_FORMAT
from naravard_desktop.core.times import local_time


def strptime_first(moment: str, seconds: bool = True) -> str:
    """local_time as it was: strptime with STAMP_FORMAT, then fromisoformat."""
    try:
        parsed = datetime.strptime(moment, STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        try:
            parsed = datetime.fromisoformat(moment.replace("Z", "+00:00"))
        except ValueError:
            return moment
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


@pytest.mark.parametrize(
    "moment",
    [
        "2025-03-01T13:02:11.123456Z",
        "2025-12-31T23:59:59.999999Z",
        "2024-02-29T00:00:00.000000Z",
        "2025-03-01T13:02:11.5Z",
        "2025-03-01T13:02:11.123Z",
        "2025-3-1T1:2:3.5Z",
        "2025-03-01T13:02:11Z",
        "2025-03-01T13:02:11",
        "2025-03-01 13:02:11",
        "2025-03-01T13:02:11+02:00",
        "2025-03-01T13:02:11.123456+05:30",
        "2025-03-01",
        "2025-03-01T25:02:11.123456Z",
        "2025-02-30T13:02:11.123456Z",
        "inte en tid",
        "Z",
        "2025-03-01T13:02:11.123456ZZ",
        " 2025-03-01T13:02:11.123456Z",
    ],
)
def test_reads_every_string_as_before(moment: str) -> None:
    assert local_time(moment) == strptime_first(moment)
    assert local_time(moment, seconds=False) == strptime_first(moment, seconds=False)


def test_aware_and_empty() -> None:
    moment = datetime(2025, 3, 1, 13, 2, 11, tzinfo=timezone(timedelta(hours=2)))
    assert local_time(moment) == moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert local_time(None) == local_time("") == ""
