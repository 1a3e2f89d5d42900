"""Attachments travel with waarneming/overdracht bundles (issues 17 and 20), two real registers."""

from __future__ import annotations

import base64
import json
import os
from datetime import date, timedelta

import pytest
from attachment_files import MARKER, png_bytes
from transfer_helpers import add_case, key_of, open_register, trust

from desktop import paths
from desktop.policy import Policy
from desktop.services.attachments import AttachmentRefused
from desktop.services.register import Register
from desktop.services.transfer import TransferService, crypto
from desktop.services.transfer.errors import AttachmentLimit, BadAttachment
from desktop.store.errors import StoreError

NAME = "Testpersoon Zeldzaamnaam"
FILE_NAME = "foto Zeldzaamnaam.png"


@pytest.fixture
def regs(tmp_path):
    a, b, c = (open_register(tmp_path, n) for n in ("a", "b", "c"))
    trust(a, b, tmp_path)
    trust(a, c, tmp_path)
    yield a, b, c
    for r in (a, b, c):
        r.close()


def _lend(a, b, tmp_path, cid):
    out = tmp_path / "uitleen.schakelbundel"
    out.unlink(missing_ok=True)
    TransferService(a).create([cid], key_of(b, tmp_path), "lend", out, until=date.today() + timedelta(days=30))
    return out


def _names(register, cid):
    return sorted(r.file_name for r in register.attachments.list(cid))


def test_lend_with_attachment_deputy_adds_one_return_owner_has_both(regs, tmp_path):
    a, b, _ = regs
    ta, tb = TransferService(a), TransferService(b)
    cid = add_case(a, NAME)
    first = a.attachments.add_bytes(cid, png_bytes(), FILE_NAME)
    bundle = _lend(a, b, tmp_path, cid)
    raw = bundle.read_bytes()
    for secret in (NAME, "Zeldzaamnaam", MARKER):  # plaintext scan of the bundle file
        for enc in ("utf-8", "utf-16-le"):
            assert secret.encode(enc) not in raw
    assert base64.b64encode(png_bytes()[:48]) not in raw
    with pytest.raises(AttachmentRefused, match="alleen-lezen"):  # lent out: no new files at the owner
        a.attachments.add_bytes(cid, png_bytes(text="later"), "later.png")
    with pytest.raises(StoreError, match="alleen-lezen"), a.write() as conn:  # the trigger backs it up
        conn.execute("INSERT INTO attachment(case_id, file_name, mime, size, sha256, chunks, added_at,"
                     " added_by) VALUES (?, 'x', 'image/png', 1, '', 0, '', '')", (cid,))
    with pytest.raises(AttachmentRefused, match="alleen-lezen"):
        a.attachments.remove(first.id)

    got = tb.receive(raw)
    bid = b.cases.id_for_number(got.numbers[0])
    [copy] = b.attachments.list(bid)
    assert (copy.file_name, copy.sha256, copy.size) == (FILE_NAME, first.sha256, first.size)
    assert b"".join(b.attachments.iter_chunks(copy.id)) == png_bytes()
    second = b.attachments.add_bytes(bid, png_bytes(20, 20, "tweede"), "tweede.png")
    b.attachments.remove(copy.id)  # removed at the deputy: the owner keeps it (append-only)

    back = tmp_path / "terug.schakelbundel"
    tb.give_back([bid], back)
    ta.receive(back.read_bytes())
    assert _names(a, cid) == sorted([FILE_NAME, "tweede.png"])
    mine = {r.sha256 for r in a.attachments.list(cid)}
    assert mine == {first.sha256, second.sha256}
    added = next(r for r in a.attachments.list(cid) if r.file_name == "tweede.png")
    assert b"".join(a.attachments.iter_chunks(added.id)) == png_bytes(20, 20, "tweede")
    a.attachments.add_bytes(cid, png_bytes(text="na terugkeer"), "na.png")  # writable again
    detail = [e.detail for e in a.audit_entries(case_id=cid) if e.action == "bundel_teruggenomen"]
    assert detail and "bijlagen=1" in detail[0] and FILE_NAME not in detail[0]


def _resealed(a, b, tmp_path, mutate) -> bytes:
    """Open the bundle as b, change its payload, seal it again as a (valid signature)."""
    cid = add_case(a, NAME)
    a.attachments.add_bytes(cid, png_bytes(), FILE_NAME)
    data = _lend(a, b, tmp_path, cid).read_bytes()
    inner = json.loads(crypto.open_sealed(data, TransferService(b).identity()).payload)
    mutate(inner["cases"][0]["attachments"][0])
    kb = key_of(b, tmp_path)
    return crypto.seal(json.dumps(inner).encode(), TransferService(a).identity(), [(kb.key_id, kb.enc)])


def _bytes_flipped(att):
    blob = bytearray(base64.b64decode(att["chunks"][0]))
    blob[-20] ^= 1
    att["chunks"][0] = base64.b64encode(bytes(blob)).decode()


def test_tampered_attachment_bytes_are_refused_and_nothing_changes(regs, tmp_path):
    a, b, _ = regs
    data = _resealed(a, b, tmp_path, _bytes_flipped)
    before = b.cases.count()
    with pytest.raises(BadAttachment, match="controlegetal"):
        TransferService(b).receive(data)
    assert b.cases.count() == before == 0
    data = _resealed(a, b, tmp_path, lambda att: att.update(chunks=["!!geen base64!!"]))
    with pytest.raises(BadAttachment):
        TransferService(b).receive(data)
    assert b.cases.count() == 0


def test_attachments_beyond_the_receivers_policy_are_refused(tmp_path):
    a = open_register(tmp_path, "a")
    data = tmp_path / "klein"
    data.mkdir()
    small = Register.open(data, data / paths.VAULT_FILE, os.urandom(32), Policy(max_case_attachments=1),
                          create=True)
    try:
        trust(a, small, tmp_path)
        cid = add_case(a, NAME)
        a.attachments.add_bytes(cid, png_bytes(), "een.png")
        a.attachments.add_bytes(cid, png_bytes(text="twee"), "twee.png")
        with pytest.raises(AttachmentLimit, match="maximum is 1"):
            TransferService(small).receive(_lend(a, small, tmp_path, cid).read_bytes())
        assert small.cases.count() == 0
    finally:
        a.close()
        small.close()


def test_handover_carries_attachments_minimal_share_does_not(regs, tmp_path):
    a, b, c = regs
    cid = add_case(a, NAME)
    a.attachments.add_bytes(cid, png_bytes(), FILE_NAME)
    out = tmp_path / "over.schakelbundel"
    TransferService(a).create([cid], key_of(c, tmp_path), "handover", out)
    got = TransferService(c).receive(out.read_bytes())
    assert _names(c, c.cases.id_for_number(got.numbers[0])) == [FILE_NAME]

    cid2 = add_case(a, "Ander Persoon")
    a.attachments.add_bytes(cid2, png_bytes(), FILE_NAME)
    share = tmp_path / "delen.schakelbundel"
    TransferService(a).create([cid2], key_of(b, tmp_path), "share", share, legal_ground="art. 10 Wpg (test)")
    inner = json.loads(crypto.open_sealed(share.read_bytes(), TransferService(b).identity()).payload)
    assert inner["cases"][0]["attachments"] == []
    got = TransferService(b).receive(share.read_bytes())
    assert _names(b, b.cases.id_for_number(got.numbers[0])) == []


def test_bundle_attachment_cap_refuses_before_reading_files(regs, tmp_path, monkeypatch):
    from desktop.services.transfer import TransferError
    from desktop.services.transfer import files as transfer_files

    a, b, _ = regs
    cid = add_case(a, NAME)
    a.attachments.add_bytes(cid, png_bytes(), FILE_NAME)
    monkeypatch.setattr(transfer_files, "MAX_BUNDLE_MB", 0)
    out = tmp_path / "te-groot.schakelbundel"
    with pytest.raises(TransferError, match="Verstuur minder zaken"):
        TransferService(a).create([cid], key_of(b, tmp_path), "lend", out, until=date.today() + timedelta(days=3))
    assert not out.exists() and TransferService(a).lease(cid) is None


def _replace_file(data: bytes, **meta):
    import hashlib

    def mutate(att):
        att.update(chunks=[base64.b64encode(data).decode()], sha256=hashlib.sha256(data).hexdigest(),
                   size=len(data), **meta)
    return mutate


def test_receiver_checks_the_content_itself(regs, tmp_path):
    from attachment_files import bomb_png

    a, b, _ = regs
    bomb = _resealed(a, b, tmp_path, _replace_file(bomb_png()))
    with pytest.raises(AttachmentLimit, match="decompressiebom"):
        TransferService(b).receive(bomb)
    assert b.cases.count() == 0
    lying = _resealed(a, b, tmp_path, _replace_file(png_bytes(), mime="text/plain", width=1, height=1,
                                                    file_name="../../map/foto.png"))
    got = TransferService(b).receive(lying)
    [row] = b.attachments.list(b.cases.id_for_number(got.numbers[0]))
    assert (row.mime, row.width, row.height, row.file_name) == ("image/png", 40, 30, "foto.png")


def test_destroyed_deputy_copy_leaves_no_page_of_its_attachments(regs, tmp_path):
    from test_retention_purge import decrypted_pages

    a, b, _ = regs
    ta, tb = TransferService(a), TransferService(b)
    cid = add_case(a, NAME)
    a.attachments.add_bytes(cid, png_bytes(text="Vernietigmarkeringfictief"), FILE_NAME)
    tb.receive(_lend(a, b, tmp_path, cid).read_bytes())
    with b.read() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    assert b"Vernietigmarkeringfictief" in decrypted_pages(b.db_path, b.key())  # the scan sees it first
    end = tmp_path / "einde.schakelbundel"
    ta.end_lease([cid], end)
    assert tb.receive(end.read_bytes()).receipt_kind == "vernietigingsbewijs"
    assert b"Vernietigmarkeringfictief" not in decrypted_pages(b.db_path, b.key())
    wal = b.db_path.with_name(b.db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
