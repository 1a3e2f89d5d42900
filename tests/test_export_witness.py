"""Issue 13: the audit head is a witness outside the register - in every PDF footer and in
the export-log row - and it matches what ``schakel check`` prints."""

from __future__ import annotations

import os
import shutil

import pytest
from export_cases import pdftotext, squash, store_rich_case

from desktop import paths
from desktop.policy import Policy
from desktop.services.export.service import ExportService
from desktop.services.register import Register
from desktop.store import audit, export_repo

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")


def test_footer_and_log_carry_the_audit_head(tmp_path):
    data = tmp_path / "reg"
    data.mkdir()
    register = Register.open(data, data / paths.VAULT_FILE, os.urandom(32), Policy(), create=True)
    try:
        case = store_rich_case(register)
        service = ExportService(register)
        with register.read() as conn:
            expected = audit.witness(conn)
        saved = service.save(service.render(service.preview([case.id], "riec")), tmp_path)
        text = squash(pdftotext(saved.path))
        assert f"logboek {expected}" in text
        with register.read() as conn:
            row = export_repo.get(conn, saved.log_id)
            count, _, head_hash = audit.head(conn)
        assert row is not None and row.audit_head == expected
        assert int(expected.split("/")[0]) < count  # the export itself was audited afterwards
    finally:
        register.close()
