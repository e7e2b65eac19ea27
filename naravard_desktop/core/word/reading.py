"""Reading a .docx that came back: untrusted input, read under caps with a safe XML parser.

Only the parts the import needs are read (the main document, comments, the comments'
extended part, the core properties, custom XML parts), each into memory under a size
cap, after the structural checks on the zip that the form importer's .docx gets too
(core/untrusted_zip.py). The XML parser resolves no entities, loads no DTD and touches no
network; a part with a DOCTYPE is refused.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

from naravard_desktop.core.untrusted_zip import NOT_A_ZIP, SafeZip, ZipRefused
from naravard_desktop.core.word.base import BASE_ROOT, WordBase, WordError, parse_base, xml_from_properties
from naravard_desktop.core.word.ooxml import (
    CP_NS,
    CUSTOM_PROPS_NS,
    DCTERMS_NS,
    REL_NS,
    RT_COMMENTS,
    RT_COMMENTS_EXTENDED,
    RT_CORE_PROPERTIES,
    RT_CUSTOM_PROPERTIES,
    RT_CUSTOM_XML,
    RT_OFFICE_DOCUMENT,
    VT_NS,
    w,
)

MAX_DOCX_BYTES = 64 * 1024 * 1024  # the file on disk
MAX_PART_BYTES = 64 * 1024 * 1024  # one XML part, uncompressed
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # every part read, together
MAX_ZIP_ENTRIES = 5_000
MAX_CUSTOM_PARTS = 50

NOT_DOCX = "filen är inte ett Word-dokument (.docx)"


def safe_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False)


@dataclass
class DocxParts:
    document: Any
    comments: Any | None
    comments_extended: Any | None
    core: Any | None
    base: WordBase | None

    @property
    def last_modified_by(self) -> str:
        if self.core is None:
            return ""
        el = self.core.find(f"{{{CP_NS}}}lastModifiedBy")
        return " ".join((el.text or "").split()) if el is not None else ""

    @property
    def modified(self) -> str:
        if self.core is None:
            return ""
        el = self.core.find(f"{{{DCTERMS_NS}}}modified")
        return (el.text or "").strip() if el is not None else ""


class _Zip(SafeZip):
    """The .docx as core/untrusted_zip.py reads it, parts parsed by the safe XML parser."""

    def __init__(self, data: bytes):
        super().__init__(data, max_entries=MAX_ZIP_ENTRIES, max_part_bytes=MAX_PART_BYTES, max_total_bytes=MAX_TOTAL_BYTES)

    def xml(self, name: str) -> Any:
        content = self.read(name)
        try:
            tree = etree.fromstring(content, safe_parser()).getroottree()
        except etree.XMLSyntaxError as exc:
            line = exc.position[0] if exc.position else "?"
            raise WordError(f"{name} i filen är skadad XML (rad {line}: {exc.msg})") from None
        if tree.docinfo.doctype:
            raise WordError(f"{name} i filen har en DOCTYPE, som ett Word-dokument aldrig har (filen vägras)")
        return tree.getroot()


def _rels(z: _Zip, source: str) -> list[tuple[str, str]]:
    """(type, target part name) of a part's relationships; [] when it has none."""
    folder, name = posixpath.split(source)
    rels_name = posixpath.join(folder, "_rels", name + ".rels")
    if not z.has(rels_name):
        return []
    root = z.xml(rels_name)
    found = []
    for rel in root.iter(f"{{{REL_NS}}}Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target") or ""
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        found.append((rel.get("Type") or "", path))
    return found


def _base_from_properties(z: _Zip, name: str) -> WordBase | None:
    if not z.has(name):
        return None
    props = {}
    for prop in z.xml(name).iter(f"{{{CUSTOM_PROPS_NS}}}property"):
        value = prop.find(f"{{{VT_NS}}}lpwstr")
        if value is not None and prop.get("name"):
            props[str(prop.get("name"))] = value.text or ""
    xml = xml_from_properties(props)
    if xml is None:
        return None
    try:
        root = etree.fromstring(xml, safe_parser())
    except etree.XMLSyntaxError:
        raise WordError("den inbäddade basen i dokumentegenskaperna är skadad") from None
    return parse_base(root) if root.tag == BASE_ROOT else None


def read_docx_bytes(data: bytes) -> DocxParts:
    try:
        return _read_parts(_Zip(data))
    except ZipRefused as exc:
        raise WordError(f"{NOT_DOCX}: {exc}" if exc.reason == NOT_A_ZIP else str(exc)) from None


def _read_parts(z: _Zip) -> DocxParts:
    package = _rels(z, "")
    main = next((t for kind, t in package if kind == RT_OFFICE_DOCUMENT), "word/document.xml")
    if not z.has(main):
        raise WordError(f"{NOT_DOCX}: dokumentdelen saknas")
    document = z.xml(main)
    if document.tag != w("document"):
        raise WordError(f"{NOT_DOCX}: huvuddelen är inget Word-dokument")
    doc_rels = _rels(z, main)

    def part(kind: str) -> Any | None:
        target = next((t for k, t in doc_rels if k == kind), None)
        return z.xml(target) if target and z.has(target) else None

    core_name = next((t for kind, t in package if kind == RT_CORE_PROPERTIES), "docProps/core.xml")
    core = z.xml(core_name) if z.has(core_name) else None
    base = None
    custom = [t for k, t in doc_rels if k == RT_CUSTOM_XML] + sorted(
        n for n in z.names() if n.startswith("customXml/item") and n.endswith(".xml") and "Props" not in n
    )
    seen: set[str] = set()
    for name in custom[: MAX_CUSTOM_PARTS * 2]:
        if name in seen or not z.has(name):
            continue
        seen.add(name)
        root = z.xml(name)
        if root.tag == BASE_ROOT:
            base = parse_base(root)
            break
    if base is None:
        base = _base_from_properties(z, next((t for kind, t in package if kind == RT_CUSTOM_PROPERTIES), "docProps/custom.xml"))
    return DocxParts(document, part(RT_COMMENTS), part(RT_COMMENTS_EXTENDED), core, base)


def read_docx(path: Path) -> DocxParts:
    """Read and check a .docx completely; WordError with a one-line reason."""
    if not path.exists():
        raise WordError("filen finns inte")
    if not path.is_file():
        raise WordError("är ingen vanlig fil")
    try:
        size = path.stat().st_size
        if size > MAX_DOCX_BYTES:
            raise WordError(f"filen är {size} byte; högst {MAX_DOCX_BYTES} är tillåtet för ett Word-dokument")
        data = path.read_bytes()
    except OSError as exc:
        raise WordError(f"kan inte läsas ({exc.strerror})") from None
    return read_docx_bytes(data)
