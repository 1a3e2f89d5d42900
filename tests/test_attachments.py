"""Attachments: add from file and memory, list, preview bytes, save as, limits, audit, CLI."""

from __future__ import annotations

import hashlib
import os

import pytest
from attachment_files import (
    MARKER,
    counts,
    eml_bytes,
    jpeg_bytes,
    new_case,
    pdf_bytes,
    png_bytes,
    write,
)

from desktop.policy import Policy
from desktop.services.attachments import AttachmentRefused
from desktop.services.progress import Cancelled, Progress


@pytest.mark.parametrize(("name", "make", "mime"), [
    ("advertentie.png", png_bytes, "image/png"),
    ("foto inspectie.jpg", jpeg_bytes, "image/jpeg"),
    ("intakeformulier.pdf", pdf_bytes, "application/pdf"),
    ("mail van melder.eml", eml_bytes, "message/rfc822"),
    ("zonder extensie", png_bytes, "image/png"),
])
def test_add_list_preview_and_save_as(register, tmp_path, name, make, mime):
    case = new_case(register)
    data = make()
    row = register.attachments.add_file(case.id, write(tmp_path, name, data))
    assert (row.file_name, row.mime, row.size) == (name, mime, len(data))
    assert row.sha256 == hashlib.sha256(data).hexdigest() and row.chunks == 1
    assert [r.id for r in register.attachments.list(case.id)] == [row.id]
    out = tmp_path / "uit" / "kopie"
    out.parent.mkdir()
    register.attachments.save_as(row.id, out)
    assert out.read_bytes() == data and not list(out.parent.glob("*.deel"))
    if mime in ("image/png", "image/jpeg", "application/pdf"):
        assert register.attachments.preview_bytes(row.id)[1] == data
    else:
        with pytest.raises(AttachmentRefused, match="Opslaan als"):
            register.attachments.preview_bytes(row.id)
    actions = [(e.action, e.detail) for e in register.audit_entries(case_id=case.id)]
    assert ("bijlage_toegevoegd", f"bijlage {row.id}, {mime}, {len(data)} bytes") in actions
    assert any(a == "bijlage_opgeslagen_als" for a, _ in actions)
    assert not any(name in d or MARKER in d for _, d in actions)  # never the name or content


def test_image_size_recorded_and_pasted_bytes(register):
    case = new_case(register)
    row = register.attachments.add_bytes(case.id, png_bytes(120, 80), "schermafbeelding.png")
    assert (row.width, row.height, row.source) == (120, 80, "plakken")


def test_large_file_is_chunked_and_roundtrips(register, tmp_path):
    case = new_case(register)
    data = os.urandom(3 * 1024 * 1024 + 123)
    row = register.attachments.add_file(case.id, write(tmp_path, "opname.bin", data))
    assert row.chunks == 4 and row.mime == "application/octet-stream"
    assert b"".join(register.attachments.iter_chunks(row.id)) == data
    register.attachments.remove(row.id)
    assert counts(register) == (0, 0)


def test_pdf_with_javascript_is_stored_flagged_never_run(register, tmp_path):
    case = new_case(register)
    row = register.attachments.add_file(case.id, write(tmp_path, "brief.pdf", pdf_bytes(javascript=True)))
    assert row.has_script and row.mime == "application/pdf"
    plain = register.attachments.add_file(case.id, write(tmp_path, "scan.pdf", pdf_bytes()))
    assert not plain.has_script


def _refused(register, case_id, path, pattern):
    before = counts(register)
    with pytest.raises(AttachmentRefused, match=pattern):
        register.attachments.add_file(case_id, path)
    assert counts(register) == before  # nothing half-stored


def test_bad_inputs_each_refused_in_dutch_nothing_stored(register, tmp_path):
    from attachment_files import bomb_png

    case = new_case(register)
    _refused(register, case.id, write(tmp_path, "leeg.png", b""), "leeg")
    big = tmp_path / "enorm.mp4"
    with open(big, "wb") as fh:  # sparse: 2 GB on paper, nothing on disk
        fh.truncate(2 * 1024 ** 3)
    _refused(register, case.id, big, "ten hoogste 50,0 MB")
    link = tmp_path / "link.png"
    link.symlink_to(write(tmp_path, "echt.png", png_bytes()))
    _refused(register, case.id, link, "symbolische link")
    _refused(register, case.id, tmp_path, "geen gewoon bestand")
    _refused(register, case.id, tmp_path / "weg.png", "bestaat niet")
    _refused(register, case.id, write(tmp_path, "foto.jpg", pdf_bytes()), "belooft image/jpeg")
    _refused(register, case.id, write(tmp_path, "factuur.pdf", b"MZ\x90\x00" + b"\0" * 100), "programma")
    _refused(register, case.id, write(tmp_path, "bom.png", bomb_png()), "decompressiebom")
    _refused(register, case.id, write(tmp_path, "kapot.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 8),
             "niet te lezen")


class _Shrinker(Progress):
    """Truncates the source after the first chunk: the file changes while it is read."""

    def __init__(self, path):
        super().__init__()
        self.path = path

    def report(self, done, total, label):
        if done == 1:
            os.truncate(self.path, 1024 * 1024 + 10)


def test_file_that_shrinks_or_vanishes_while_reading(register, tmp_path):
    case = new_case(register)
    path = write(tmp_path, "groeit.bin", os.urandom(3 * 1024 * 1024))
    with pytest.raises(AttachmentRefused, match="kleiner of verdween"):
        register.attachments.add_file(case.id, path, progress=_Shrinker(path))
    assert counts(register) == (0, 0)


def test_cancel_rolls_back(register, tmp_path):
    case = new_case(register)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        register.attachments.add_file(case.id, write(tmp_path, "a.png", png_bytes()), progress=progress)
    assert counts(register) == (0, 0)


def test_policy_limits_per_file_and_per_case(register, tmp_path):
    register.policy = Policy(max_attachment_mb=1, max_case_attachments_mb=2, max_case_attachments=3)
    register._attachments = None
    case = new_case(register)
    _refused(register, case.id, write(tmp_path, "groot.bin", os.urandom(1024 * 1024 + 1)), "ten hoogste 1,0 MB")
    for i in range(2):
        register.attachments.add_file(case.id, write(tmp_path, f"{i}.bin", os.urandom(900_000)))
    _refused(register, case.id, write(tmp_path, "c.bin", os.urandom(600_000)), "per zaak ten hoogste 2,0 MB")
    register.attachments.add_file(case.id, write(tmp_path, "d.png", png_bytes()))
    _refused(register, case.id, write(tmp_path, "e.png", png_bytes()), "al 3 bijlagen")


def test_policy_file_settings(tmp_path):
    from desktop.policy import PolicyError, load_policy

    good = tmp_path / "beleid.toml"
    good.write_text("bijlage_max_mb = 20\nbijlagen_per_zaak_max_mb = 2000\nbijlagen_per_zaak_max = 100\n")
    policy = load_policy(good, machine_paths=[])
    assert (policy.max_attachment_mb, policy.max_case_attachments_mb) == (20, 2000)
    bad = tmp_path / "fout.toml"
    bad.write_text("bijlage_max_mb = 0\n")
    with pytest.raises(PolicyError, match="bijlage_max_mb"):
        load_policy(bad, machine_paths=[])


def _cli(data_dir, *args):
    from desktop.cli import main

    return main(["--data-dir", str(data_dir), *args])


def test_cli_attach_and_list(tmp_path, capsys, monkeypatch):
    from desktop.services.session import VaultService

    data = tmp_path / "data"
    monkeypatch.setenv("SCHAKEL_PASSPHRASE", "correct paard batterij nietje")
    reg, _ = VaultService(data, Policy()).create("correct paard batterij nietje", use_keyring=False)
    case = new_case(reg)
    reg.close()
    files = tmp_path / "in"
    files.mkdir()
    png = write(files, "advertentie.png", png_bytes())
    mail = write(files, "melding.eml", eml_bytes())
    assert _cli(data, "attach", case.number, str(png), str(mail)) == 0
    assert _cli(data, "attach", case.number, str(write(files, "leeg.txt", b""))) == 5
    err = capsys.readouterr().err
    assert "leeg (0 bytes)" in err and "1 van 1 bestanden geweigerd" in err
    assert _cli(data, "attachments", case.number) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].split("\t")[1:] == ["advertentie.png", lines[0].split("\t")[2], "image/png",
                                        hashlib.sha256(png.read_bytes()).hexdigest()]
    assert "message/rfc822" in lines[1]
    moved = write(files, "verplaatsen.png", png_bytes())
    assert _cli(data, "attach", case.number, "--verplaatsen", str(moved)) == 0
    assert not moved.exists()
    assert _cli(data, "attachments", "2099-9999") == 1
