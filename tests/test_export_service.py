"""Export service: profile enforcement in real PDFs (pdftotext), log, audit, files."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess

import pytest
from export_cases import (
    BIBOB_CONTENT,
    BRP_CONTENT,
    CARE_NEEDS,
    HANDHAVING_CONTENT,
    INTERNAL_CONTENT,
    PERPETRATORS,
    REPORTER,
    SAFE_CONTACT,
    VICTIM,
    WIJKTEAM_CONTENT,
    pdftotext,
    squash,
    store_rich_case,
)
from pypdf import PdfReader

from desktop import paths
from desktop.policy import Policy
from desktop.services.export.service import ExportChoices, ExportError, ExportService
from desktop.services.register import Register
from desktop.store import export_repo

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")
RESIDENCE = "niet-EU, geen rechtmatig verblijf"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """One register for the module (opening and filling it dominates the run time)."""
    data = tmp_path_factory.mktemp("reg")
    register = Register.open(data, data / paths.VAULT_FILE, os.urandom(32), Policy(), create=True)
    register.set_setting("municipality", "Gemeente Schakeldam")
    case = store_rich_case(register)
    other = store_rich_case(register, victim_and_suspect=False)
    yield register, ExportService(register), case, other
    register.close()


@pytest.fixture
def register(world):
    return world[0]


@pytest.fixture
def service(world):
    return world[1]


@pytest.fixture
def case(world):
    return world[2]


@pytest.fixture
def other(world):
    return world[3]


@pytest.fixture(scope="module")
def riec(world, tmp_path_factory):
    """The default riec export of ``case``, rendered once."""
    _, service, case, _ = world
    preview = service.preview([case.id], "riec")
    saved = service.save(service.render(preview), tmp_path_factory.mktemp("riec"))
    return preview, saved, pdftotext(saved.path)


@pytest.fixture
def out(tmp_path):
    return tmp_path


def export(service, out, case_ids, profile, **choices):
    preview = service.preview(case_ids, profile)
    saved = service.save(service.render(preview, ExportChoices(**choices)), out)
    return preview, saved


def key_of(preview, field_id):
    return next(f.key for f in preview.fields() if f.field_id == field_id)


def newest_log(service, case_id):
    return service.log_for_case(case_id)[0]


def test_riec_prints_perpetrators_and_never_care_reporter_or_bibob(riec):
    preview, saved, text = riec
    for name in PERPETRATORS:  # Łukasz, Ștefan, Őrs, Işıl, Nguyễn Thị Hà round-trip
        assert name in text
    flat = squash(text)
    assert "screening aanwezig" in flat and BRP_CONTENT in flat and HANDHAVING_CONTENT in flat
    for secret in (CARE_NEEDS, "dader-zorg-geheim", REPORTER, BIBOB_CONTENT, WIJKTEAM_CONTENT,
                   INTERNAL_CONTENT, VICTIM, SAFE_CONTACT, RESIDENCE):
        assert secret not in flat
    assert "non-punishmentbeginsel" in flat
    # links inside the case (issue 16): who arranges the housing, where a perpetrator stays
    assert "Regelt huisvesting op" in flat and "Verblijft op" in flat
    assert flat.count("Fictieweg 12, 9999 XA Schakeldam") >= 3  # address, housing, perpetrator
    assert f"Exportlog-nr. {saved.log_id}" in flat
    assert "Handhaving" in flat and "toezichthouder" in flat  # department and function only
    assert [f.field_id for f in preview.optional_fields()] == ["person.residence_status"]


def test_every_font_is_embedded(riec):
    out = subprocess.run(["pdffonts", str(riec[1].path)], capture_output=True, text=True,
                         check=True).stdout
    rows = out.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), out


def test_log_entry_matches_the_saved_file_and_audit_has_no_content(riec, service, register,
                                                                   case):
    _, saved, _ = riec
    digest = hashlib.sha256(saved.path.read_bytes()).hexdigest()
    entry = next(e for e in service.log_for_case(case.id) if e.id == saved.log_id)
    assert (entry.sha256, entry.encrypted) == (digest, False)
    assert (entry.profile_id, entry.profile_version, entry.recipient) == ("riec", 3, "RIEC")
    assert entry.actor and entry.case_ids == (case.id,) and entry.fields_out == ()
    audits = [a for a in register.audit_entries(case_id=case.id) if a.action == "export_gemaakt"]
    assert audits and {a.detail for a in audits} <= {
        "riec", "zorgcoordinator", "overleg-agenda", "terugkoppeling-melder"}
    assert register.verify_audit().ok


def test_residence_status_in_riec_only_with_a_reason_that_is_logged(riec, service, case, out):
    preview = riec[0]
    key = key_of(preview, "person.residence_status")
    with pytest.raises(ExportError) as short:
        service.render(preview, ExportChoices(added={key: "ok"}))
    assert "reden" in short.value.message
    reason = "Relevant voor beoordeling uitzetting door IND"
    saved = service.save(service.render(preview, ExportChoices(added={key: reason})), out)
    assert RESIDENCE in squash(pdftotext(saved.path))
    assert newest_log(service, case.id).fields_in == (
        {"key": key, "case": case.number, "field": "person.residence_status",
         "label": "Verblijfsstatus", "reason": reason},)


def test_leaving_out_a_field_removes_it_and_logs_it(riec, service, case, out):
    preview = riec[0]
    key = next(f.key for f in preview.fields() if f.value == PERPETRATORS[1])
    saved = service.save(service.render(preview, ExportChoices(left_out={key})), out)
    text = pdftotext(saved.path)
    assert PERPETRATORS[1] not in text and PERPETRATORS[0] in text
    entry = newest_log(service, case.id)
    assert [(f["key"], f["field"]) for f in entry.fields_out] == [(key, "person.name")]
    assert PERPETRATORS[1] not in str(entry)  # the log holds references, not values


def test_zorgcoordinator_gets_the_victim_only(service, case, out):
    preview, saved = export(service, out, [case.id], "zorgcoordinator")
    flat = squash(pdftotext(saved.path))
    assert VICTIM in flat and SAFE_CONTACT in flat and RESIDENCE in flat
    assert "bedenktijd" in flat and "gegeven" in flat  # reflection period, consent status
    for secret in (*PERPETRATORS, REPORTER, BIBOB_CONTENT, "screening aanwezig",
                   HANDHAVING_CONTENT, CARE_NEEDS, WIJKTEAM_CONTENT, "Kassenbouw", "XZ-123-B",
                   "Fictieweg", "Verblijft op"):  # the victim's linked address stays home
        assert secret not in flat
    optional = {f.field_id for f in preview.optional_fields()}
    assert optional == {"person.care_needs", "enrichment.summary"}  # health: off by default
    key = key_of(preview, "person.care_needs")
    added = service.render(preview, ExportChoices(added={key: "Nodig voor passende opvang"}))
    assert CARE_NEEDS in squash(pdftotext(service.save(added, out).path))


def test_encrypted_pdf_opens_only_with_the_password(riec, service, case, out):
    rendered = service.render(riec[0], ExportChoices(password="Zeer-geheim-42"))
    saved = service.save(rendered, out)
    data = saved.path.read_bytes()
    assert b"/Encrypt" in data and PERPETRATORS[0].encode() not in data
    reader = PdfReader(saved.path)
    assert reader.is_encrypted
    with pytest.raises(Exception):  # noqa: B017 - pypdf refuses to read pages without the password
        reader.pages[0].extract_text()
    with pytest.raises(subprocess.CalledProcessError):
        pdftotext(saved.path)
    assert PERPETRATORS[0] in pdftotext(saved.path, password="Zeer-geheim-42")
    assert newest_log(service, case.id).encrypted
    assert [p.name for p in out.iterdir()] == [saved.path.name]  # no temp files left


def test_file_name_has_no_personal_data_and_never_overwrites(riec, service, out):
    preview = riec[0]
    first = service.save(service.render(preview), out)
    second = service.save(service.render(preview), out)
    assert re.fullmatch(r"schakel-\d{4}-\d{4}-riec-\d{4}-\d\d-\d\d\.pdf", first.path.name)
    assert second.path.name == first.path.name.replace(".pdf", "-2.pdf")
    assert first.path.read_bytes() != second.path.read_bytes()  # another log number
    assert not any(name.split()[0] in first.path.name for name in PERPETRATORS)


def test_stale_render_is_refused(riec, service, out):
    stale = service.render(riec[0])
    service.save(service.render(riec[0]), out)
    with pytest.raises(ExportError) as exc:
        service.save(stale, out)
    assert exc.value.code == "stale" and len(list(out.iterdir())) == 1


def test_agenda_is_pseudonymised_unless_names_allowed(service, case, other, out):
    preview, saved = export(service, out, [case.id, other.id], "overleg-agenda",
                            questions={case.id: "Wie pakt de huisvesting op?"})
    flat = squash(pdftotext(saved.path))
    assert saved.path.name.startswith("schakel-agenda-")
    assert case.number in flat and other.number in flat and "Overnachten in bedrijfspand" in flat
    assert "Wie pakt de huisvesting op?" in flat and "Agenda (2 zaken)" in flat
    assert not any(name in flat for name in [*PERPETRATORS, VICTIM, REPORTER])
    assert "Handhaving" not in flat  # number, form, title and question only
    named = service.save(service.render(preview, ExportChoices(names_allowed={other.id})), out)
    assert PERPETRATORS[0] in squash(pdftotext(named.path))  # may wrap in its column
    assert [f["case"] for f in newest_log(service, other.id).fields_in] == [other.number]


def test_feedback_letter_has_the_standard_message_only(service, case, out):
    _, saved = export(service, out, [case.id], "terugkoppeling-melder")
    flat = squash(pdftotext(saved.path))
    assert "Er wordt vervolg gegeven aan het signaal" in flat  # the route's vervolg_loopt
    for secret in (*PERPETRATORS, VICTIM, REPORTER, "RIEC", "Kassenbouw", "Fictieweg"):
        assert secret not in flat
    with pytest.raises(ExportError):
        service.preview([case.id, case.id + 1], "terugkoppeling-melder")


def test_unknown_profile_and_empty_selection(service, case):
    with pytest.raises(ExportError) as exc:
        service.preview([case.id], "politie")
    assert exc.value.code == "unknown_profile" and "riec" in exc.value.message
    with pytest.raises(ExportError):
        service.preview([], "riec")


def test_multi_case_export_is_logged_for_every_case(service, register, case, other):
    preview = service.preview([case.id, other.id], "riec")
    assert preview.case_label == f"Zaken {case.number}, {other.number}"
    saved = service.save(service.render(preview), register.data_dir)
    assert saved.path.name.startswith("schakel-2-zaken-riec-")
    with register.read() as conn:
        rows = export_repo.for_case(conn, other.id)
    assert rows[0].id == saved.log_id and rows[0].case_ids == (case.id, other.id)
    assert newest_log(service, case.id).id == saved.log_id
