"""Attachments under export profiles: default never, images with a reason, embedded inside the
encrypted PDF under neutral names, log entries with SHA-256, names in file names flagged."""

from __future__ import annotations

import hashlib
import io

import pytest
from attachment_files import eml_bytes, new_case, pdf_bytes, png_bytes, write
from pypdf import PdfReader

from desktop.content.profiles import AttachmentUse
from desktop.pdf.render import encrypt_pdf
from desktop.services import attachment_export as ae
from desktop.services.attachments import AttachmentRefused
from desktop.services.export.service import ExportService


@pytest.fixture
def attached(register, tmp_path):
    case = new_case(register)
    rows = [register.attachments.add_file(case.id, write(tmp_path, name, data)) for name, data in (
        ("advertentie Łukasz Wiśniewski.png", png_bytes()), ("scan.pdf", pdf_bytes()),
        ("mail.eml", eml_bytes()), ("foto.png", png_bytes(10, 10)))]
    return case, rows


def test_profiles_default_to_never_and_riec_allows_images_with_reason(register, attached):
    _case, rows = attached
    service = ExportService(register)
    assert ExportService(register).profile("zorgcoordinator").attachments == AttachmentUse.NEVER
    assert ae.exportable(service.profile("zorgcoordinator"), rows) == []
    riec = service.profile("riec")
    assert riec.attachments == AttachmentUse.IMAGES_WITH_REASON
    assert [r.mime for r in ae.exportable(riec, rows)] == ["image/png", "image/png"]
    with pytest.raises(AttachmentRefused, match="niet toe"):
        ae.check_picks(riec, rows, {rows[1].id: "scan nodig"})
    with pytest.raises(AttachmentRefused, match="reden"):
        ae.check_picks(riec, rows, {rows[0].id: "  "})
    ae.check_picks(riec, rows, {rows[3].id: "Foto van de advertentie voor de integrale aanpak"})


def test_name_in_file_name_is_flagged(attached):
    _case, rows = attached
    found = ae.name_findings(rows, ["Lukasz Wisniewski", "Ștefan Țurcanu"])
    assert [f.attachment_id for f in found] == [rows[0].id]


def test_embedded_inside_encrypted_pdf_with_log_entries(register, attached):
    case, rows = attached
    base = pdf_bytes("Overdracht")
    out, entries = ae.embed(base, register.attachments, {rows[0].id: "Advertentie", rows[3].id: "Foto"})
    encrypted = encrypt_pdf(out, "geheim-wachtwoord-123")
    png = png_bytes()
    assert png not in encrypted  # inside the AES-256 envelope
    doc = PdfReader(io.BytesIO(encrypted), password="geheim-wachtwoord-123")
    names = sorted(doc.attachments)
    assert names == ["bijlage-1.png", "bijlage-2.png"]  # never the original (named) file name
    assert doc.attachments["bijlage-1.png"] == [png]
    assert entries[0] == {"key": f"bijlage:{rows[0].id}", "label": "bijlage bijlage-1.png",
                          "attachment": rows[0].id, "file": "bijlage-1.png", "mime": "image/png",
                          "size": len(png), "sha256": hashlib.sha256(png).hexdigest(),
                          "reason": "Advertentie"}
    actions = [e.action for e in register.audit_entries(case_id=case.id)]
    assert actions.count("bijlage_geexporteerd") == 2


def test_export_service_embeds_picked_images_and_logs_them(register, attached, tmp_path):
    from desktop.services.export.service import ExportChoices

    case, rows = attached
    service = ExportService(register)
    preview = service.preview([case.id], "riec")
    with pytest.raises(AttachmentRefused, match="niet toe"):
        service.render(preview, ExportChoices(attachments={rows[2].id: "mail"}))
    rendered = service.render(preview, ExportChoices(attachments={rows[3].id: "Foto van de advertentie"},
                                                     password="geheim-wachtwoord-123"))
    saved = service.save(rendered, tmp_path)
    assert list(PdfReader(saved.path, password="geheim-wachtwoord-123").attachments) == ["bijlage-1.png"]
    entry = service.log_for_case(case.id)[0]
    logged = [f for f in entry.fields_in if f.get("attachment")]
    assert logged == [rendered.attachments[0]]
    assert logged[0]["sha256"] == rows[3].sha256 and logged[0]["reason"] == "Foto van de advertentie"
    plain = service.render(service.preview([case.id], "riec"), ExportChoices())
    assert len(PdfReader(io.BytesIO(plain.data)).attachments) == 0  # nothing unless picked


def test_candidates_for_the_dialog(register, attached):
    from desktop.domain import model as m

    case, rows = attached
    stored = register.cases.get(case.id)
    stored.persons = [m.Person(name="Łukasz Wiśniewski")]
    register.cases.update(stored)
    service = ExportService(register)
    found = ae.candidates(register, service.profile("riec"), [case.id])
    assert [(c.row.id, c.name_in_file_name) for c in found] == [(rows[0].id, "Łukasz Wiśniewski"),
                                                               (rows[3].id, "")]
    assert ae.candidates(register, service.profile("zorgcoordinator"), [case.id]) == []
