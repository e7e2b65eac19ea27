"""The review PDF's fonts come from reportlab's parse once and from the cache after that
(core/review/fonts.py): the very same fonts, the very same PDF, and a damaged, foreign or
unwritable cache changes nothing but the time."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFace

from naravard_desktop.core.forms.model import form_registry
from naravard_desktop.core.review import fonts, pdf
from naravard_desktop.core.review.document import build_document
from naravard_desktop.core.storage import paths
from naravard_desktop.core.storage.store import DraftStore

FONT_DIR = paths.resources_dir() / "fonts"


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The font files reportlab parses."""
    parsed: list[str] = []
    real = TTFontFace.__init__

    def counting(self: TTFontFace, filename: Any, *args: Any, **kwargs: Any) -> None:
        parsed.append(Path(str(filename)).name)
        real(self, filename, *args, **kwargs)

    monkeypatch.setattr(TTFontFace, "__init__", counting)
    yield parsed


@pytest.mark.parametrize(("name", "filename"), list(pdf._FONT_FILES.items()))
def test_the_cached_font_is_the_parsed_font(name: str, filename: str, tmp_path: Path, parses: list[str]) -> None:
    parsed = fonts.load_font(name, FONT_DIR / filename, tmp_path)
    assert parses == [filename]
    assert [p.name.startswith(f"{name}-") for p in tmp_path.iterdir()] == [True]
    cached = fonts.load_font(name, FONT_DIR / filename, tmp_path)
    assert parses == [filename]  # not parsed again
    assert cached is not parsed and fonts.check_rebuilt(parsed, cached)
    assert cached.face.filename == str(FONT_DIR / filename) and cached.face._ttf_data == (FONT_DIR / filename).read_bytes()
    assert cached.stringWidth("Närvård – 17 / 1 000 tecken", 9.5) == parsed.stringWidth("Närvård – 17 / 1 000 tecken", 9.5)


def test_a_rebuilt_font_that_differs_is_noticed(tmp_path: Path) -> None:
    parsed = fonts.load_font(pdf.FONT, FONT_DIR / "DejaVuSans.ttf", None)
    state = fonts.font_state(parsed)
    assert state is not None
    rebuilt = fonts.rebuild(state, pdf.FONT, FONT_DIR / "DejaVuSans.ttf", (FONT_DIR / "DejaVuSans.ttf").read_bytes())
    assert fonts.check_rebuilt(parsed, rebuilt)
    rebuilt.face.charWidths = dict(rebuilt.face.charWidths, **{"65": 1})  # type: ignore[arg-type]
    assert not fonts.check_rebuilt(parsed, rebuilt)
    parsed.face.extra = object()  # something a future reportlab might keep: not cacheable
    assert fonts.font_state(parsed) is None


def test_the_pdf_is_the_same_with_cached_fonts(halland_draft: str, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)
    form = form_registry(data_dir).require("sos-gnv-regioner-2024")
    with DraftStore(data_dir) as store:
        document = build_document(store, form, halland_draft)
    parsed_fonts = pdf.render_pdf(document)
    for name, filename in pdf._FONT_FILES.items():
        fonts.load_font(name, FONT_DIR / filename, tmp_path)  # writes the cache
        cached = fonts.load_font(name, FONT_DIR / filename, tmp_path)
        assert "_ttf_data" in vars(cached.face) and not hasattr(cached, "_parsed_here")
        cached._parsed_here = False  # a mark: the registry holds this very object
        monkeypatch.setitem(pdfmetrics._fonts, name, cached)
        monkeypatch.setitem(pdfmetrics._dynFaceNames, cached.face.name, cached)
    assert all(getattr(pdfmetrics.getFont(name), "_parsed_here", None) is False for name in pdf._FONT_FILES)
    assert pdf.render_pdf(document) == parsed_fonts


def test_a_damaged_cache_entry_is_parsed_again_and_rewritten(tmp_path: Path, parses: list[str]) -> None:
    fonts.load_font(pdf.FONT, FONT_DIR / "DejaVuSans.ttf", tmp_path)
    (entry,) = tmp_path.iterdir()
    for damage in (b"", b"\x00garbage", entry.read_bytes()[:1000]):
        entry.write_bytes(damage)
        fonts.load_font(pdf.FONT, FONT_DIR / "DejaVuSans.ttf", tmp_path)
        assert entry.stat().st_size > 100_000
    assert len(parses) == 4
    fonts.load_font(pdf.FONT, FONT_DIR / "DejaVuSans.ttf", tmp_path)
    assert len(parses) == 4


def test_an_entry_of_another_font_is_not_used(tmp_path: Path, parses: list[str]) -> None:
    fonts.load_font(pdf.FONT, FONT_DIR / "DejaVuSans.ttf", tmp_path)
    (entry,) = tmp_path.iterdir()
    other = tmp_path / "other" / "DejaVuSans.ttf"
    other.parent.mkdir()
    shutil.copy(FONT_DIR / "DejaVuSans-Bold.ttf", other)  # the same name, other bytes
    font = fonts.load_font(pdf.FONT, other, tmp_path)
    assert font.face.name == pdfmetrics.getFont(pdf.FONT_BOLD).face.name
    assert parses == ["DejaVuSans.ttf", "DejaVuSans.ttf"]
    assert not entry.exists()  # replaced by the new font's entry
    assert len(list(tmp_path.glob("*.marshal"))) == 1


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    blocked = tmp_path / "fonts"
    blocked.write_text("a file where the folder would be")
    font = fonts.load_font(pdf.FONT, FONT_DIR / "DejaVuSans.ttf", blocked)
    assert font.face.numGlyphs > 1000


def test_naravard_pdf_keeps_the_fonts_in_the_data_dir(  # type: ignore[no-untyped-def]
    cli, halland_draft: str, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in pdf._FONT_FILES:  # as in a new process: nothing registered yet
        font = pdfmetrics._fonts.get(name)
        if font is not None:
            monkeypatch.delitem(pdfmetrics._fonts, name)
            monkeypatch.delitem(pdfmetrics._dynFaceNames, font.face.name, raising=False)
    result = cli("pdf", halland_draft, "--out", str(tmp_path / "review.pdf"))
    assert result.code == 0, result.err
    names = sorted(p.name.rsplit("-", 1)[0] for p in paths.font_cache(data_dir).glob("*.marshal"))
    assert names == sorted(pdf._FONT_FILES)
