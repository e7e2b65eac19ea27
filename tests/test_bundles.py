"""Bundle files: round trip, atomic writing, and a corpus of hostile bundles refused before
the database is touched."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import stat
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import FORM_ID

from naravard_desktop.core.storage import files
from naravard_desktop.core.storage.paths import DB_FILENAME
from naravard_desktop.core.storage.store import DraftStore, canonical_json, revision_id
from naravard_desktop.core.sync import bundles


def unpack(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def pack(
    path: Path, members: list[tuple[str, bytes]], *, compression: int = zipfile.ZIP_DEFLATED, mode: int = stat.S_IFREG | 0o644
) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name)
            info.compress_type = compression
            info.external_attr = mode << 16
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)  # "Duplicate name": the duplicate-member case wants one
                zf.writestr(info, data)
    return path


def rehash(manifest: dict[str, Any], name: str, data: bytes) -> bytes:
    for entry in manifest["members"]:
        if entry["name"] == name:
            entry["sha256"] = hashlib.sha256(data).hexdigest()
            entry["size"] = len(data)
    return json.dumps(manifest).encode()


def reid(rev: dict[str, Any], draft_id: str) -> dict[str, Any]:
    rev["id"] = revision_id(
        draft_id,
        rev["field"],
        canonical_json(rev["value"]),
        rev["editor_id"],
        rev["editor_name"],
        rev["created_at"],
        rev["kind"],
        sorted(rev["parents"]),
    )
    return rev


@pytest.fixture
def valid_bundle(cli, halland_draft, tmp_path) -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path / "svar.naravard"
    result = cli("bundle", "export", halland_draft, "--out", str(out))
    assert result.code == 0, result.err
    return out


def test_export_writes_manifest_with_hashes_and_every_revision(cli, halland_draft, valid_bundle):
    members = unpack(valid_bundle)
    assert sorted(members) == ["manifest.json", "revisions.json"]
    manifest = json.loads(members["manifest.json"])
    assert manifest["format"] == "naravard-bundle/1"
    assert manifest["form"]["id"] == FORM_ID and isinstance(manifest["form"]["revision"], int)
    assert manifest["draft"]["id"] == halland_draft and manifest["draft"]["region"] == "Region Halland"
    (entry,) = manifest["members"]
    assert entry["sha256"] == hashlib.sha256(members["revisions.json"]).hexdigest()
    revisions = json.loads(members["revisions.json"])["revisions"]
    assert len(revisions) == 61
    assert {r["kind"] for r in revisions} == {"import"}


def test_export_is_atomic_and_leaves_no_temp_file_on_failure(cli, halland_draft, tmp_path, monkeypatch):
    out = tmp_path / "svar.naravard"
    out.write_bytes(b"old bundle")

    def broken_fsync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(files.os, "fsync", broken_fsync)
    result = cli("bundle", "export", halland_draft, "--out", str(out))
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1
    assert out.read_bytes() == b"old bundle"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".svar")) == []


def test_import_into_an_empty_data_dir_creates_the_same_draft(cli, halland_draft, valid_bundle, tmp_path):
    other = tmp_path / "other"
    result = cli("bundle", "import", str(valid_bundle), data=other)
    assert result.code == 0, result.err
    assert "skapat" in result.out and "61 nya ändringar" in result.out
    mine = cli("answers", "export", halland_draft).out
    assert cli("answers", "export", halland_draft, data=other).out == mine
    again = cli("bundle", "import", str(valid_bundle), data=other)
    assert again.code == 0 and "inget nytt" in again.out
    listing = cli("draft", "list", "--json", data=other).json()
    assert [(d["id"], d["title"], d["region"]) for d in listing] == [(halland_draft, "Svar 2024", "Region Halland")]


# -- hostile bundles -----------------------------------------------------------------------


def _traversal(src: Path, dst: Path) -> Path:
    m = unpack(src)
    return pack(dst, [("manifest.json", m["manifest.json"]), ("revisions.json", m["revisions.json"]), ("../../evil.txt", b"x")])


def _symlink(src: Path, dst: Path) -> Path:
    m = unpack(src)
    return pack(dst, [("manifest.json", m["manifest.json"]), ("revisions.json", b"/etc/passwd")], mode=stat.S_IFLNK | 0o777)


def _zip_bomb(src: Path, dst: Path) -> Path:
    m = unpack(src)
    bomb = b"\0" * (20 * 1024 * 1024)
    manifest = json.loads(m["manifest.json"])
    return pack(dst, [("manifest.json", rehash(manifest, "revisions.json", bomb)), ("revisions.json", bomb)])


def _truncated(src: Path, dst: Path) -> Path:
    data = src.read_bytes()
    dst.write_bytes(data[: len(data) // 2])
    return dst


def _not_a_zip(src: Path, dst: Path) -> Path:
    dst.write_text("Det här är ett e-brev, inte ett paket.\n", "utf-8")
    return dst


def _flipped_byte(src: Path, dst: Path) -> Path:
    data = bytearray(src.read_bytes())
    with zipfile.ZipFile(src) as zf:
        info = zf.getinfo("revisions.json")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0x55
    dst.write_bytes(bytes(data))
    return dst


def _wrong_hash(src: Path, dst: Path) -> Path:
    m = unpack(src)
    data = m["revisions.json"].replace("Vårdhygien".encode(), "Vårdhygiem".encode(), 1)  # same size, other bytes
    assert data != m["revisions.json"] and len(data) == len(m["revisions.json"])
    return pack(dst, [("manifest.json", m["manifest.json"]), ("revisions.json", data)])


def _forged_revision(src: Path, dst: Path) -> Path:
    m = unpack(src)
    doc = json.loads(m["revisions.json"])
    doc["revisions"][0]["editor_name"] = "Någon annan"
    data = json.dumps(doc).encode()
    return pack(dst, [("manifest.json", rehash(json.loads(m["manifest.json"]), "revisions.json", data)), ("revisions.json", data)])


def _duplicate_member(src: Path, dst: Path) -> Path:
    m = unpack(src)
    return pack(
        dst, [("manifest.json", m["manifest.json"]), ("revisions.json", m["revisions.json"]), ("revisions.json", m["revisions.json"])]
    )


def _future_format(src: Path, dst: Path) -> Path:
    m = unpack(src)
    manifest = json.loads(m["manifest.json"])
    manifest["format"] = "naravard-bundle/3"
    return pack(dst, [("manifest.json", json.dumps(manifest).encode()), ("revisions.json", m["revisions.json"])])


def _other_form(src: Path, dst: Path) -> Path:
    m = unpack(src)
    manifest = json.loads(m["manifest.json"])
    manifest["form"]["id"] = "sos-gnv-kommuner-2031"
    return pack(dst, [("manifest.json", json.dumps(manifest).encode()), ("revisions.json", m["revisions.json"])])


def _huge_text_field(src: Path, dst: Path) -> Path:
    m = unpack(src)
    doc = json.loads(m["revisions.json"])
    first = doc["revisions"][0]
    huge = reid({**first, "field": "3", "value": "vård " * (10 * 1024 * 1024), "parents": []}, doc["draft"])
    doc["revisions"].append(huge)
    data = json.dumps(doc).encode()
    manifest = rehash(json.loads(m["manifest.json"]), "revisions.json", data)
    return pack(dst, [("manifest.json", manifest), ("revisions.json", data)], compression=zipfile.ZIP_STORED)


def _invalid_utf8(src: Path, dst: Path) -> Path:
    m = unpack(src)
    data = m["revisions.json"].replace("Vårdhygien".encode(), b"V\xe5rdhygien", 1)
    assert data != m["revisions.json"]
    return pack(dst, [("manifest.json", rehash(json.loads(m["manifest.json"]), "revisions.json", data)), ("revisions.json", data)])


def _invalid_json(src: Path, dst: Path) -> Path:
    m = unpack(src)
    data = m["revisions.json"][:-5]
    return pack(dst, [("manifest.json", rehash(json.loads(m["manifest.json"]), "revisions.json", data)), ("revisions.json", data)])


def _other_draft_revision(src: Path, dst: Path) -> Path:
    m = unpack(src)
    doc = json.loads(m["revisions.json"])
    doc["draft"] = "f" * 32
    data = json.dumps(doc).encode()
    return pack(dst, [("manifest.json", rehash(json.loads(m["manifest.json"]), "revisions.json", data)), ("revisions.json", data)])


def _bad_value(src: Path, dst: Path) -> Path:
    m = unpack(src)
    doc = json.loads(m["revisions.json"])
    first = doc["revisions"][0]
    doc["revisions"].append(reid({**first, "field": "2", "value": "Kanske", "parents": []}, doc["draft"]))
    data = json.dumps(doc).encode()
    return pack(dst, [("manifest.json", rehash(json.loads(m["manifest.json"]), "revisions.json", data)), ("revisions.json", data)])


HOSTILE: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "traversal member": (_traversal, "otillåten sökväg"),
    "symlink": (_symlink, "symbolisk länk"),
    "zip bomb": (_zip_bomb, "zip-bomb"),
    "truncated file": (_truncated, "ingen giltig zip-fil"),
    "not a zip": (_not_a_zip, "ingen giltig zip-fil"),
    "flipped byte": (_flipped_byte, "skadad"),
    "wrong hash": (_wrong_hash, "SHA-256 stämmer inte"),
    "forged revision": (_forged_revision, "stämmer inte med innehållet"),
    "duplicate member": (_duplicate_member, "två gånger"),
    "future format version": (_future_format, "formatversion 3"),
    "other form": (_other_form, "sos-gnv-kommuner-2031"),
    "50 MB text field": (_huge_text_field, "högst 1000000 är tillåtet"),
    "invalid UTF-8": (_invalid_utf8, "inte giltig UTF-8"),
    "invalid JSON": (_invalid_json, "inte giltig JSON"),
    "revisions of another draft": (_other_draft_revision, "gäller utkastet"),
    "value the form does not allow": (_bad_value, "okänt svarsalternativ"),
}


def db_bytes(data_dir: Path) -> tuple[bytes, bytes]:
    db = data_dir / DB_FILENAME
    wal = data_dir / f"{DB_FILENAME}-wal"
    return db.read_bytes(), (wal.read_bytes() if wal.exists() else b"")


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_bundle_is_refused_with_its_reason_and_the_database_is_unchanged(
    case, cli, halland_draft, valid_bundle, data_dir, tmp_path
):
    build, reason = HOSTILE[case]
    hostile = build(valid_bundle, tmp_path / "hostile.naravard")
    # A second data dir holds a partial copy, so an accepted bundle would have changed it.
    target = tmp_path / "target"
    assert cli("draft", "new", "--form", FORM_ID, "--title", "Annat", data=target).code == 0
    for directory in (data_dir, target):
        with sqlite3.connect(directory / DB_FILENAME) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
    before = {d: db_bytes(d) for d in (data_dir, target)}
    for directory in (data_dir, target):
        result = cli("bundle", "import", str(hostile), data=directory)
        assert result.code == 2, (case, result.out)
        assert len(result.err.strip().splitlines()) == 1
        assert reason in result.err, result.err
        assert "inget har ändrats" in result.err and "Traceback" not in result.err
        assert db_bytes(directory) == before[directory]


def test_zip_bomb_with_a_lying_size_in_the_central_directory_is_stopped_while_reading(valid_bundle, tmp_path, form):
    from naravard_desktop.core.forms.model import FormRegistry

    bomb = _zip_bomb(valid_bundle, tmp_path / "bomb.naravard")
    data = bytearray(bomb.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("revisions.json")
    central = [i for i in range(len(data)) if data[i : i + 4] == b"PK\x01\x02"]
    for offset in central:
        name_len = int.from_bytes(data[offset + 28 : offset + 30], "little")
        if bytes(data[offset + 46 : offset + 46 + name_len]) == b"revisions.json":
            data[offset + 24 : offset + 28] = info.compress_size.to_bytes(4, "little")  # claims no compression at all
    with pytest.raises(bundles.BundleError) as refused:
        bundles.parse_bundle(bytes(data), FormRegistry({form.id: form}, []))
    assert "storlek" in str(refused.value) or "skadad" in str(refused.value)


def test_export_warns_on_stderr_about_unacknowledged_personal_data_but_still_writes(cli, halland_draft, data_dir, tmp_path):
    with DraftStore(data_dir) as store:
        store.set_values(halland_draft, {"17": "Kontakt: 19121212-1212"})
    out = tmp_path / "med-pnr.naravard"
    result = cli("bundle", "export", halland_draft, "--out", str(out))
    assert result.code == 0 and out.is_file()
    warnings = result.err.strip().splitlines()
    assert len(warnings) == 1 and warnings[0].startswith("varning: fråga 17") and "19121212-****" in warnings[0]
    assert "1212-1212" not in result.err  # never the whole number
    finding = cli("pii", "scan", halland_draft, "--json").json()["findings"][0]["id"]
    assert cli("pii", "ack", halland_draft, finding, "--reason", "testnummer").code == 0
    again = cli("bundle", "export", halland_draft, "--out", str(out))
    assert again.code == 0 and again.err == ""


def test_a_refusal_names_the_bad_revision_in_the_apps_language(valid_bundle, tmp_path):  # type: ignore[no-untyped-def]
    """Issue 13 item 7: "revisions.json, ändring 1: …" is "revisions.json, change 1: …" in
    English, the location included (the CLI keeps the Swedish text)."""
    from naravard_desktop.core.forms.model import form_registry
    from naravard_desktop.core.messages import message_of
    from naravard_desktop.core.sync.bundles import BundleError, read_bundle

    members = unpack(valid_bundle)
    manifest = json.loads(members["manifest.json"])
    doc = json.loads(members["revisions.json"])
    doc["revisions"][0]["kind"] = "påhittad"
    data = json.dumps(doc).encode()
    bad = pack(tmp_path / "fel.naravard", [("manifest.json", rehash(manifest, "revisions.json", data)), ("revisions.json", data)])
    with pytest.raises(BundleError) as refused:
        read_bundle(bad, form_registry(None))
    assert "revisions.json, ändring 1: ogiltig sorts ändring 'påhittad'" in str(refused.value)
    english = message_of(refused.value).text("en")
    assert "revisions.json, change 1:" in english and "ändring" not in english, english
