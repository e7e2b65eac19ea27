"""A zip from outside (a .docx: the Word import and the form importer), opened and read
under caps: entries, member names, declared and read sizes, compression ratio, encryption.

One reader for both, so a .docx is checked the same way whichever door it comes in by.
Every refusal is a `ZipRefused` with one Swedish line; its `reason` lets a caller word a
refusal in its own terms (the form importer says "Word-filen har för många delar"). Bundles
have their own reader (core/sync/bundles.py: an allowlist of members, translated messages)
and share the name check and the ratio (core/untrusted.py).
"""

from __future__ import annotations

import io
import zipfile
import zlib

from naravard_desktop.core.untrusted import MAX_COMPRESSION_RATIO, is_unsafe_name

#: `ZipRefused.reason`s a caller may word itself; the other refusals name the member.
NOT_A_ZIP = "not-a-zip"
TOO_MANY_ENTRIES = "too-many-entries"
UNPACKS_TOO_LARGE = "unpacks-too-large"
MEMBER_REFUSED = "member"


class ZipRefused(ValueError):
    """A zip that is not read; the message is one line, `reason` says which check refused it."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


class SafeZip:
    """The zip's table of contents checked when it is opened; members read one at a time,
    each under `max_part_bytes`, all of them together under `max_total_bytes`.
    `max_declared_bytes` (optional) refuses at once a zip whose members together claim to
    unpack to more."""

    def __init__(self, data: bytes, *, max_entries: int, max_part_bytes: int, max_total_bytes: int, max_declared_bytes: int | None = None):
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            raise ZipRefused(NOT_A_ZIP, "ingen giltig zip-fil (trasig, avkortad eller fel filtyp)") from None
        except (OSError, EOFError, ValueError) as exc:
            raise ZipRefused(NOT_A_ZIP, f"trasig zip-fil ({exc})") from None
        infos = self.zf.infolist()
        if len(infos) > max_entries:
            raise ZipRefused(TOO_MANY_ENTRIES, f"filen har {len(infos)} delar; högst {max_entries} är tillåtna")
        self.infos: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if is_unsafe_name(info.filename):
                raise ZipRefused(MEMBER_REFUSED, f"filen innehåller en otillåten sökväg: {info.filename!r}")
            self.infos[info.filename] = info
        declared = sum(info.file_size for info in infos)
        if max_declared_bytes is not None and declared > max_declared_bytes:
            raise ZipRefused(UNPACKS_TOO_LARGE, f"filen packas upp till {declared} byte; högst {max_declared_bytes} är tillåtet")
        self.max_part_bytes = max_part_bytes
        self.max_total_bytes = max_total_bytes
        self.total = 0  # bytes read so far

    def has(self, name: str) -> bool:
        return name in self.infos

    def names(self) -> list[str]:
        return list(self.infos)

    def size(self, name: str) -> int:
        """The member's size as the zip declares it (unpacked)."""
        return self.infos[name].file_size

    def read(self, name: str) -> bytes:
        """A member's bytes (KeyError for a name the zip does not have)."""
        info = self.infos[name]
        cap = self.max_part_bytes
        if info.flag_bits & 0x1:
            raise ZipRefused(MEMBER_REFUSED, f"{name} i filen är krypterad")
        if info.file_size > cap or self.total + info.file_size > self.max_total_bytes:
            raise ZipRefused(MEMBER_REFUSED, f"{name} i filen är större än tillåtet ({cap} byte)")
        if info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
            raise ZipRefused(MEMBER_REFUSED, f"{name} i filen är komprimerad mer än {MAX_COMPRESSION_RATIO}:1 (möjlig zip-bomb)")
        try:
            with self.zf.open(info) as fh:
                content = fh.read(cap + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError) as exc:
            raise ZipRefused(MEMBER_REFUSED, f"{name} i filen är skadad ({exc})") from None
        if len(content) > cap or len(content) != info.file_size:
            raise ZipRefused(MEMBER_REFUSED, f"{name} i filen har fel storlek (skadad fil)")
        self.total += len(content)
        return content
