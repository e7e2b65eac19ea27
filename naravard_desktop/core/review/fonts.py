"""The review PDF's TrueType fonts, parsed by reportlab once and then read from a cache.

reportlab parses a TrueType file (character map, widths, glyph offsets) in Python each time
a process registers it: about 7 ms per DejaVu face, three faces per `naravard pdf`. What
the parse produces is plain data (numbers, strings, lists and dicts), so it is kept in
`<data dir>/cache/fonts/` as marshal data (about 0.3 MB per face, read in ~2 ms) and the
font is rebuilt from it. Safe to delete; nothing else reads it.

- The cache file is named after the SHA-256 of the format, reportlab's version, its
  ASCII-readable setting and the font file's bytes: another font file or reportlab version
  never uses an old entry (which is then replaced).
- An entry is written only when rebuilding the font from it gives exactly what reportlab
  parsed (every attribute of the font and its face, `check_rebuilt`): should a reportlab
  version keep something else, nothing is cached and every run parses, as before.
- A cache file that cannot be read, is too large or does not rebuild is ignored (and
  rewritten); a cache that cannot be written is no error. The PDF is the same either way
  (tests/test_pdf_fonts.py).
"""

from __future__ import annotations

import hashlib
import marshal
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from naravard_desktop.core.storage.files import FileWriteError, write_bytes_atomically

FORMAT = "naravard-font-cache/1"
#: A cache file larger than this is not read (the DejaVu faces take about 0.35 MB).
MAX_CACHE_BYTES = 4 * 1024 * 1024
#: Attributes rebuilt rather than stored: the file's bytes and name (read now), the scale
#: function (made from unitsPerEm as reportlab makes it), the per-document subset state
#: and the encoding object (both fresh in every TTFont).
_FACE_REBUILT = ("_ttf_data", "filename", "_pdfScale")
_FONT_REBUILT = ("face", "encoding", "state")


def load_font(name: str, path: Path, cache_dir: Path | None) -> TTFont:
    """reportlab's TTFont(name, path), from `cache_dir` when it holds this font's parse."""
    if cache_dir is None:
        return TTFont(name, str(path))
    data = path.read_bytes()
    entry = cache_dir / f"{_safe(name)}-{_digest(data)}.marshal"
    cached = _read(entry)
    if cached is not None:
        try:
            return rebuild(cached, name, path, data)
        except (KeyError, TypeError, ValueError, AttributeError, ZeroDivisionError):
            pass  # not what this module writes: parse and write it again
    font = TTFont(name, str(path))
    state = font_state(font)
    try:
        faithful = state is not None and check_rebuilt(font, rebuild(state, name, path, data))
    except Exception:  # noqa: BLE001 - whatever a future reportlab does, the parsed font is used
        faithful = False
    if faithful and state is not None:
        _write(entry, state)
    return font


def font_state(font: TTFont) -> dict[str, Any] | None:
    """What a cache entry holds: the font's and its face's plain attributes; None when one
    of them is not plain data (then the font is not cached)."""
    face = {k: v for k, v in vars(font.face).items() if k not in _FACE_REBUILT and type(v) is not TTFNameBytes}
    names = {k: bytes(v) for k, v in vars(font.face).items() if type(v) is TTFNameBytes}
    own = {k: v for k, v in vars(font).items() if k not in _FONT_REBUILT}
    state = {"format": FORMAT, "font": own, "face": face, "names": names}
    return state if _plain(state) else None


def rebuild(state: dict[str, Any], name: str, path: Path, data: bytes) -> TTFont:
    """A TTFont from a cache entry, as TTFont(name, path) would have made it."""
    if state["format"] != FORMAT or state["font"]["fontName"] != name:
        raise ValueError("another font or format")
    face = TTFontFace.__new__(TTFontFace)
    vars(face).update(state["face"])
    for key, value in state["names"].items():
        setattr(face, key, TTFNameBytes(value))
    face._ttf_data = data
    face.filename = str(path)
    units = face.unitsPerEm
    if units == 1000:
        face._pdfScale = lambda x: x
    else:
        scale = 1000 / units
        face._pdfScale = lambda x: x * scale
    font = TTFont.__new__(TTFont)
    vars(font).update(state["font"])
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    return font


def check_rebuilt(parsed: TTFont, rebuilt: TTFont) -> bool:
    """True when `rebuilt` has every attribute `parsed` has, of the same type and value."""
    if vars(parsed).keys() != vars(rebuilt).keys() or vars(parsed.face).keys() != vars(rebuilt.face).keys():
        return False
    for key, value in vars(parsed).items():
        other = vars(rebuilt)[key]
        if key == "face":
            continue
        if key == "encoding":
            same = type(value) is type(other) and vars(value) == vars(other)
        elif key == "state":  # subsets per document: none yet in a new font
            same = type(value) is type(other) and len(value) == len(other) == 0
        else:
            same = type(value) is type(other) and value == other
        if not same:
            return False
    for key, value in vars(parsed.face).items():
        other = vars(rebuilt.face)[key]
        if key == "_pdfScale":
            same = all(value(x) == other(x) for x in (0, 1, 3, 1000, 2048, -1234.5))
        else:
            same = type(value) is type(other) and value == other and getattr(value, "ustr", None) == getattr(other, "ustr", None)
        if not same:
            return False
    return True


def _digest(data: bytes) -> str:
    key = hashlib.sha256(f"{FORMAT}\0{reportlab.Version}\0{rl_config.ttfAsciiReadable}\0".encode())
    key.update(data)
    return key.hexdigest()[:32]


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in name)[:60]


def _plain(value: Any) -> bool:
    """Only what marshal writes and reads back as the same value and type."""
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind in (int, float, str, bytes, bool) or item is None:
            continue
        if kind in (list, tuple):
            stack.extend(item)
        elif kind is dict:
            stack.extend(item.keys())
            stack.extend(item.values())
        else:
            return False
    return True


def _read(entry: Path) -> dict[str, Any] | None:
    try:
        if entry.stat().st_size > MAX_CACHE_BYTES:
            return None
        state = marshal.loads(entry.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return state if type(state) is dict else None


def _write(entry: Path, state: dict[str, Any]) -> None:
    """Write the entry and drop this font's older ones; a cache that cannot be written is no error."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(entry, marshal.dumps(state))
        prefix = entry.name.rsplit("-", 1)[0] + "-"
        for old in entry.parent.glob(f"{prefix}*.marshal"):
            if old != entry and old.name.rsplit("-", 1)[0] + "-" == prefix:
                old.unlink(missing_ok=True)
    except (OSError, FileWriteError):
        pass
