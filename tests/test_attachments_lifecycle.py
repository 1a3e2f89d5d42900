"""Attachments across the lifecycle: purge leaves no page with the file's content, backups carry
the files, and the migration adds the tables to an existing register."""

from __future__ import annotations

import hashlib
from datetime import date

from attachment_files import MARKER, counts, eml_bytes, new_case, pdf_bytes, png_bytes, write
from test_retention_purge import decrypted_pages

from desktop.domain import model as m
from desktop.policy import Policy
from desktop.services import maintenance
from desktop.services.session import UnlockMethod, VaultService

TODAY = date(2026, 6, 1)
PASS = "correct paard batterij nietje"


def _needles(text: str) -> list[bytes]:
    return [text.encode(enc) for enc in ("utf-8", "utf-16-le")]


def test_purge_removes_attachments_and_every_page_of_them(register, tmp_path):
    due = new_case(register)
    with register.write() as conn:  # closed long ago (the route of a real closure is not the point here)
        conn.execute("UPDATE case_file SET status = ?, closed_on = '2024-01-15', outcome = 'geen_actie'"
                     " WHERE id = ?", (m.CaseStatus.CLOSED.value, due.id))
    keep = new_case(register)
    # a marker that only lives inside an attached file (PNG text chunk, PDF text, e-mail body)
    secret = "Purgemarkeringfictief Żółkiewska"
    for name, data in (("a.png", png_bytes(text=secret)), ("b.pdf", pdf_bytes(text="Purgemarkeringfictief")),
                       ("c.eml", eml_bytes(secret))):
        register.attachments.add_file(due.id, write(tmp_path, name, data))
    big = b"".join([b"Purgemarkeringfictief-", bytes(range(256))] * 9000)  # ~2.5 MB, 3 chunks
    register.attachments.add_file(due.id, write(tmp_path, "d.bin", big))
    register.attachments.add_file(keep.id, write(tmp_path, "e.png", png_bytes(text="Blijftstaanfictief")))
    with register.read() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    raw = decrypted_pages(register.db_path, register.key())
    assert b"Purgemarkeringfictief" in raw  # the scan sees attachment pages before the purge
    assert register.retention.preview(today=TODAY).removed["bijlagen"] == 4
    assert register.retention.purge(today=TODAY).purged == [due.number]
    assert counts(register) == (1, 1)
    raw = decrypted_pages(register.db_path, register.key())
    assert b"Purgemarkeringfictief" not in raw
    for needle in _needles(secret) + _needles("Purgemarkeringfictief"):
        assert needle not in raw
    assert b"Blijftstaanfictief" in raw  # the other case's file is untouched
    wal = register.db_path.with_name(register.db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_backup_and_restore_carry_attachments(data_dir, tmp_path):
    service = VaultService(data_dir, Policy())
    reg, _code = service.create(PASS, use_keyring=False)
    case = new_case(reg)
    files = {"a.png": png_bytes(), "b.pdf": pdf_bytes(), "c.eml": eml_bytes()}
    for name, data in files.items():
        reg.attachments.add_file(case.id, write(tmp_path, name, data))
    backup = maintenance.backup(reg, tmp_path / "kopie")
    reg.close()
    blob = backup.read_bytes()
    assert not any(n in blob for n in _needles(MARKER))  # encrypted in the backup too
    other = tmp_path / "elders"
    result = maintenance.restore(other, backup, "passphrase", PASS)
    assert result.report.ok
    restored = VaultService(other, Policy()).unlock(UnlockMethod.PASSPHRASE, PASS)
    try:
        rows = restored.attachments.list(case.id)
        assert [r.file_name for r in rows] == list(files)
        for row, data in zip(rows, files.values(), strict=True):
            assert b"".join(restored.attachments.iter_chunks(row.id)) == data
            assert row.sha256 == hashlib.sha256(data).hexdigest()
    finally:
        restored.close()


def test_inzage_lists_the_attachments_of_the_persons_cases(register, tmp_path):
    from desktop.services.access.request import CAUTION_ATTACHMENT, AccessQuery, build_overview, find_cases

    subject = "Łukasz Wiśniewskifictief"
    case = new_case(register, persons=[m.Person(name=subject)])
    register.attachments.add_file(case.id, write(tmp_path, "advertentie Łukasz.png", png_bytes()))
    query = AccessQuery(subject)
    overview = build_overview(register, query, find_cases(register, query))
    items = [i for i in overview.items if i.group == "Bijlagen"]
    assert len(items) == 1 and items[0].caution == CAUTION_ATTACHMENT
    assert items[0].value.startswith("advertentie Łukasz.png, toegevoegd op ")
    assert items[0].label.startswith("Bijlage (PNG-afbeelding")
