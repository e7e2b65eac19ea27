"""Reading what comes from outside: JSON that is strict, files read under a size cap, zip
member names that stay inside, and user text shown in one-line messages (a zip itself:
core/untrusted_zip.py).

One loader for every JSON document a user or a co-writer hands us (answers files,
bundles, value files): a UTF-8 BOM is accepted; duplicate keys, NaN/Infinity, numbers
that no float can hold, strings with lone surrogates and nesting deeper than
Python can follow are refused with a one-line Swedish reason (`UntrustedInputError`).
"""

from __future__ import annotations

import json
import math
import traceback
from datetime import datetime
from pathlib import Path
from typing import Any

TOO_DEEP = "JSON nästlad för djupt (ett svar är högst några nivåer djupt)"
#: Digits of a JSON integer: 10^308 is where floats end; nothing real comes near.
MAX_INT_DIGITS = 308
#: How much of a user's text a message quotes.
QUOTE_CHARS = 80
#: A zip member (bundle, .docx part) that unpacks to more than this many times its packed
#: size is refused as a possible zip bomb.
MAX_COMPRESSION_RATIO = 200


class UntrustedInputError(ValueError):
    """Input refused before anything was written; the message says why, on one line."""


def one_line(text: str, limit: int = QUOTE_CHARS) -> str:
    """User text for a one-line message: line breaks and control characters shown as
    escapes, lone surrogates replaced, long text cut with "…"."""
    cut = len(text) > limit
    text = text[:limit]
    shown = "".join(
        ch
        if ch.isprintable() or ch == " "
        else ("\\n" if ch == "\n" else "\\r" if ch == "\r" else "\\t" if ch == "\t" else f"\\u{ord(ch):04x}")
        for ch in text
    )
    return shown + ("…" if cut else "")


def _refuse_constant(name: str) -> Any:
    raise UntrustedInputError(f"talet {name} är inte tillåtet (bara ändliga tal)")


def _parse_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_INT_DIGITS:
        raise UntrustedInputError(f"ett heltal med {digits} siffror är för stort")
    return int(text)


def _parse_float(text: str) -> float:
    if len(text) > MAX_INT_DIGITS + 40:
        raise UntrustedInputError(f"ett tal med {len(text)} tecken är för långt")
    value = float(text)
    if not math.isfinite(value):
        raise UntrustedInputError(f"talet {one_line(text, 40)} är för stort")
    return value


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise UntrustedInputError(f"nyckeln {one_line(key)!r} förekommer två gånger i samma objekt")
        result[key] = value
    return result


def loads_strict(data: bytes | str) -> Any:
    """Parse JSON from outside; raises UntrustedInputError (one line, Swedish)."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise UntrustedInputError(f"inte giltig UTF-8-text (byte {exc.start})") from None
    else:
        text = data.removeprefix("\ufeff")
    try:
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_refuse_constant,
            parse_int=_parse_int,
            parse_float=_parse_float,
        )
    except json.JSONDecodeError as exc:
        raise UntrustedInputError(f"inte giltig JSON (rad {exc.lineno}, kolumn {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise UntrustedInputError(TOO_DEEP) from None
    except ValueError as exc:  # what a hook refused, or int() over Python's digit limit
        if isinstance(exc, UntrustedInputError):
            raise
        raise UntrustedInputError(f"ogiltigt tal i JSON ({one_line(str(exc))})") from None
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise UntrustedInputError(
            f"texten innehåller ett ogiltigt tecken (ensamt surrogattecken U+{ord(exc.object[exc.start]):04X})"
        ) from None
    except RecursionError:
        raise UntrustedInputError(TOO_DEEP) from None
    return value


def read_capped(path: Path, cap: int) -> bytes:
    """A file's bytes, refusing anything larger than `cap` (devices and pipes included:
    we never read more than cap + 1 bytes). OSError is left to the caller."""
    with path.open("rb") as fh:
        data = fh.read(cap + 1)
    if len(data) > cap:
        raise UntrustedInputError(f"filen är större än {cap // (1024 * 1024)} MB, vilket är mer än en svarsfil kan vara")
    return data


def is_unsafe_name(name: str) -> bool:
    """A zip member name that could point outside a folder (absolute, "..", a drive, NUL)."""
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":") or "\x00" in name


def has_lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def error_record(what: str, exc: BaseException) -> str:
    """A log entry for an internal error with no user text: time, what was running (a
    command name), the error's type and where it happened (file, line, function). Never
    the message or the arguments, which may hold answers, names or personnummer."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = "".join(f"  {Path(f.filename).name}:{f.lineno} in {f.name}\n" for f in frames)
    kind = f"{type(exc).__module__}.{type(exc).__qualname__}"
    return f"--- {datetime.now().isoformat(timespec='seconds')} {what}: {kind}\n{where}"


def without_non_finite(value: Any) -> Any:
    """`value` with NaN/Infinity replaced by None, so JSON we write is always valid JSON
    (such numbers are refused on the way in; an old database may still hold one)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: without_non_finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [without_non_finite(v) for v in value]
    return value


def dumps_valid(value: Any, **kwargs: Any) -> str:
    """json.dumps that never writes the invalid tokens NaN or Infinity."""
    try:
        return json.dumps(value, allow_nan=False, **kwargs)
    except ValueError:
        return json.dumps(without_non_finite(value), allow_nan=False, **kwargs)
