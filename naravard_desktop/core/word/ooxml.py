"""WordprocessingML names and the marks the export leaves for the import to find.

Answers are found again by bookmarks (Word and LibreOffice both keep them) in the fixed,
non-editable cell of each answer row; the editable cells carry content controls (w:sdt)
tagged with the field key, which Word shows as named answer boxes.
"""

from __future__ import annotations

import re

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
CP_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
DC_NS = "http://purl.org/dc/elements/1.1/"
DCTERMS_NS = "http://purl.org/dc/terms/"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"

RT_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
RT_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
RT_COMMENTS_EXTENDED = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
RT_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
RT_CORE_PROPERTIES = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
RT_CUSTOM_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
CT_CUSTOM_PROPERTIES = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_PROPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CT_COMMENTS_EXTENDED = "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def w14(tag: str) -> str:
    return f"{{{W14_NS}}}{tag}"


def w15(tag: str) -> str:
    return f"{{{W15_NS}}}{tag}"


CHECKED = "☒"
UNCHECKED = "☐"
#: What counts as a tick when people type into a box instead of clicking it.
TICKS = frozenset("☒☑✓✔✗✘xX")

#: Bookmarks: a field's answer row, an option of a choice, a row of a matrix, a question.
BOOKMARK = re.compile(r"^nv_(?:f(?P<field>\d{1,5})(?:_o(?P<option>\d{1,4})|_r(?P<row>\d{1,4}))?|q_(?P<question>[0-9a-z]{1,12}))$")


def field_bookmark(index: int) -> str:
    return f"nv_f{index}"


def option_bookmark(index: int, option: int) -> str:
    return f"nv_f{index}_o{option}"


def row_bookmark(index: int, row: int) -> str:
    return f"nv_f{index}_r{row}"


def question_bookmark(number: str) -> str:
    return f"nv_q_{number}"
