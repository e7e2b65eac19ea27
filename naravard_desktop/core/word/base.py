"""The base a Word file carries: what was exported, so the import can merge against it.

A custom XML part (customXml/itemN.xml, root element `naravard-word-base` in BASE_NS) holds
the draft id, the form id and revision, who exported it for whom, and per field its key,
the value as exported (canonical JSON) and the revision heads it was exported from; and
every comment the export wrote, so the import does not take them for new ones. Word and
LibreOffice keep custom XML parts as they are when a document is saved again.

LibreOffice drops custom XML parts when a file goes through its own format (saved as .odt
and back), but keeps document properties; so the same base also travels compressed in
custom document properties "naravard-base-001", "-002", … (255 characters each, Word's
limit), read when the custom XML part is gone.
"""

from __future__ import annotations

import base64
import json
import re
import zlib
from dataclasses import dataclass
from typing import Any

from lxml import etree

from naravard_desktop.core.storage.store import canonical_json

BASE_NS = "urn:naravard:word-base:1"
BASE_ROOT = f"{{{BASE_NS}}}naravard-word-base"
BASE_VERSION = "1"


class WordError(ValueError):
    """A Word file that cannot be written or imported; one line saying why. Nothing changed."""


@dataclass(frozen=True)
class FieldBase:
    key: str
    value: Any  # the value as exported (None when empty)
    heads: tuple[str, ...]  # revision heads of the field at export, oldest first; the last is the shown one


@dataclass(frozen=True)
class ExportedComment:
    """A comment the export wrote: a thread's root (reply None) or one of its replies."""

    thread: str
    reply: str | None
    author: str
    text: str


@dataclass(frozen=True)
class WordBase:
    draft_id: str
    draft_title: str
    form_id: str
    form_revision: int
    exported_at: str
    exported_by: str
    recipient: str | None
    fields: tuple[FieldBase, ...]
    comments: tuple[ExportedComment, ...] = ()

    def field(self, key: str) -> FieldBase | None:
        return next((f for f in self.fields if f.key == key), None)


def _q(name: str) -> str:
    return f"{{{BASE_NS}}}{name}"


def base_xml(base: WordBase) -> bytes:
    root = etree.Element(BASE_ROOT, nsmap={None: BASE_NS})
    root.set("version", BASE_VERSION)
    for name, value in (
        ("draft", base.draft_id),
        ("draft-title", base.draft_title),
        ("form", base.form_id),
        ("form-revision", str(base.form_revision)),
        ("exported-at", base.exported_at),
        ("exported-by", base.exported_by),
    ):
        etree.SubElement(root, _q(name)).text = value
    if base.recipient:
        etree.SubElement(root, _q("recipient")).text = base.recipient
    fields = etree.SubElement(root, _q("fields"))
    for index, fb in enumerate(base.fields):
        el = etree.SubElement(fields, _q("field"), index=str(index), heads=" ".join(fb.heads))
        etree.SubElement(el, _q("key")).text = fb.key
        etree.SubElement(el, _q("value")).text = canonical_json(fb.value)
    comments = etree.SubElement(root, _q("comments"))
    for c in base.comments:
        el = etree.SubElement(comments, _q("comment"), thread=c.thread)
        if c.reply:
            el.set("reply", c.reply)
        etree.SubElement(el, _q("author")).text = c.author
        etree.SubElement(el, _q("text")).text = json.dumps(c.text, ensure_ascii=False)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _child_text(el: Any, name: str, *, required: bool = True) -> str:
    child = el.find(_q(name))
    text = child.text if child is not None else None
    if text is None:
        if required:
            raise WordError(f"den inbäddade basen saknar '{name}' (filen är skadad)")
        return ""
    return str(text)


def parse_base(root: Any) -> WordBase:
    """The base from its parsed root element; WordError when it is damaged."""
    if root.get("version") != BASE_VERSION:
        raise WordError(f"den inbäddade basen har version {root.get('version')!r}; uppdatera Närvård desktop")
    try:
        revision = int(_child_text(root, "form-revision"))
    except ValueError:
        raise WordError("den inbäddade basen har en ogiltig formulärrevision (filen är skadad)") from None
    fields: list[FieldBase] = []
    fields_el = root.find(_q("fields"))
    for el in fields_el if fields_el is not None else ():
        if el.tag != _q("field"):
            continue
        try:
            value = json.loads(_child_text(el, "value"))
        except (json.JSONDecodeError, RecursionError):
            raise WordError("den inbäddade basen har ett värde som inte är giltig JSON (filen är skadad)") from None
        fields.append(FieldBase(_child_text(el, "key"), value, tuple((el.get("heads") or "").split())))
    comments: list[ExportedComment] = []
    comments_el = root.find(_q("comments"))
    for el in comments_el if comments_el is not None else ():
        if el.tag != _q("comment") or not el.get("thread"):
            continue
        try:
            text = json.loads(_child_text(el, "text"))
        except (json.JSONDecodeError, RecursionError):
            continue
        comments.append(ExportedComment(str(el.get("thread")), el.get("reply"), _child_text(el, "author", required=False), str(text)))
    recipient = _child_text(root, "recipient", required=False) or None
    return WordBase(
        draft_id=_child_text(root, "draft"),
        draft_title=_child_text(root, "draft-title", required=False),
        form_id=_child_text(root, "form"),
        form_revision=revision,
        exported_at=_child_text(root, "exported-at", required=False),
        exported_by=_child_text(root, "exported-by", required=False),
        recipient=recipient,
        fields=tuple(fields),
        comments=tuple(comments),
    )


#: Custom document properties that carry the base as base64 of zlib, in pieces.
PROPERTY_PREFIX = "naravard-base-"
PROPERTY_CHARS = 255
_PROPERTY = re.compile(r"^naravard-base-(\d{3,5})$")
MAX_BASE_BYTES = 64 * 1024 * 1024


def base_properties(xml: bytes) -> list[tuple[str, str]]:
    """(name, value) pieces of the base for custom document properties."""
    packed = base64.b64encode(zlib.compress(xml, 9)).decode("ascii")
    return [(f"{PROPERTY_PREFIX}{i + 1:03d}", packed[s : s + PROPERTY_CHARS]) for i, s in enumerate(range(0, len(packed), PROPERTY_CHARS))]


def xml_from_properties(props: dict[str, str]) -> bytes | None:
    """The base XML from the pieces, or None when there are none; WordError when damaged."""
    pieces = sorted((int(m.group(1)), value) for name, value in props.items() if (m := _PROPERTY.match(name)))
    if not pieces:
        return None
    if [n for n, _ in pieces] != list(range(1, len(pieces) + 1)):
        raise WordError("den inbäddade basen i dokumentegenskaperna är ofullständig (filen är skadad)")
    try:
        packed = base64.b64decode("".join(v for _, v in pieces), validate=True)
        inflater = zlib.decompressobj()
        xml = inflater.decompress(packed, MAX_BASE_BYTES)
        if inflater.unconsumed_tail:
            raise WordError("den inbäddade basen är för stor")
    except (ValueError, zlib.error):
        raise WordError("den inbäddade basen i dokumentegenskaperna är skadad") from None
    return xml
