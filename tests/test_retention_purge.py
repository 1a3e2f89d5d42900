"""Retention: due dates, legal hold, dry run, and a purge that leaves no trace of a name.

The trace check decrypts every page of the database file (free pages and slack
included) with the raw key, exports the database to plaintext with
``sqlcipher_export``, and queries the FTS index.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from monitor_helpers import add_case

from desktop.cli import main
from desktop.domain import model as m
from desktop.domain import retention as rules
from desktop.domain.validation import ValidationFailed
from desktop.policy import Policy
from desktop.services.session import VaultService
from desktop.store.search import search_ids
from desktop.vault import kdf

SECRET = "Zbigniewfictief Brzęczyszczykiewicz"
TOKENS = ["Zbigniewfictief", "zbigniewfictief", "Brzęczyszczykiewicz", "brzeczyszczykiewicz"]
OTHER = "Kazimierzfictief Wolnowski"
TODAY = date(2026, 6, 1)


def _needles(text: str) -> list[bytes]:
    return [text.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def decrypted_pages(path, key: bytes, page_size: int = 4096, reserve: int = 80) -> bytes:
    """Every page of a SQLCipher 4 file decrypted (AES-256-CBC, IV in the page's reserve)."""
    blob = path.read_bytes()
    out = bytearray()
    for offset in range(0, len(blob), page_size):
        page = blob[offset:offset + page_size]
        start = 16 if offset == 0 else 0  # page 1 starts with the salt
        iv = page[page_size - reserve:page_size - reserve + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += dec.update(page[start:page_size - reserve]) + dec.finalize()
    return bytes(out)


def _secret_case(register, closed_on=date(2024, 1, 15), outcome="geen_actie", **kw):
    case = add_case(
        register, received=date(2023, 11, 1), closed_on=closed_on, outcome=outcome,
        handovers=[("riec", date(2023, 11, 20))], feedback_on=date(2023, 11, 10),
        observations=f"{SECRET} sliep in de loods.",
        persons=[m.Person(role=m.PersonRole.VICTIM, name=SECRET, bsn="111222333",
                          notes=f"Zus van {SECRET}")],
        addresses=[m.Address(street="Verzonnenstraatfictief", number="7", postcode="9999 XA")],
        enrichments=[m.EnrichmentEntry(result_summary=f"{SECRET} staat ingeschreven")],
        interventions=[(m.InterventionKind.CARE, f"Opvang {SECRET}")], **kw)
    with register.write() as conn:
        conn.execute("INSERT INTO checklist_answer(case_id, list_id, list_version, item_id, answer,"
                     " note, answered_at)"
                     " VALUES (?, 'algemeen', 1, 'GEN-01', 'ja', ?, '2023-11-02')",
                     (case.id, f"Gezien: {SECRET}"))
        conn.execute("INSERT INTO export_log(exported_at, actor, profile, case_ids, fields_in,"
                     " sha256) VALUES ('2023-11-20', 'af', 'riec@1', ?, ?, 'ab')",
                     (str(case.id), json.dumps([{"field": "person.care_needs",
                                                 "reason": f"Nodig voor {SECRET}"}])))
    register.save_draft(f"intake:case:{case.id}", {"name": SECRET})
    return case


def test_due_date_rules():
    case = m.Case(closed_on=date(2024, 1, 31), outcome="geen_actie")
    assert rules.due_date(case, {"geen_actie": 13}) == date(2025, 2, 28)
    assert rules.due_date(m.Case(), {"x": 1}) is None
    unknown = rules.term_for("iets_anders", {"a": 12, "b": 60})
    assert unknown.months == 60 and not unknown.known


def test_purge_leaves_no_trace_of_the_name(register):
    victim = _secret_case(register)
    add_case(register, received=date(2026, 1, 5), persons=[m.Person(name=OTHER)])
    preview = register.retention.preview(today=TODAY)
    assert [c.case_id for c in preview.cases] == [victim.id]
    assert preview.removed["personen"] == 1 and preview.removed["concepten"] == 1
    assert preview.removed["vrije teksten"] >= 5

    result = register.retention.purge(today=TODAY)
    assert result.purged == [victim.number]

    with register.read() as conn:
        assert search_ids(conn, "zbigniewfictief") == []
        assert conn.execute("SELECT rowid FROM case_fts WHERE case_fts MATCH 'zbigniewfictief'"
                            ).fetchall() == []
        plain = register.db_path.parent / "plain.db"
        conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')").fetchall()
        conn.execute("DETACH DATABASE plain")
        assert conn.execute("SELECT count(*) FROM stats_record").fetchone()[0] == 1
        log = conn.execute("SELECT action, case_id, detail FROM audit_log ORDER BY id DESC"
                           " LIMIT 1").fetchone()
        fields_in = conn.execute("SELECT fields_in FROM export_log").fetchone()[0]
    assert tuple(log) == ("zaak_vernietigd", victim.id, "")
    assert json.loads(fields_in) == [{"field": "person.care_needs"}]  # reason gone
    exported = plain.read_bytes()
    raw = decrypted_pages(register.db_path, register.key())
    assert any(n in raw for n in _needles(OTHER))  # the decryption itself works
    for token in TOKENS:
        for needle in _needles(token):
            assert needle not in exported, token
            assert needle not in raw, token
    wal = register.db_path.with_name(register.db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_legal_hold_prevents_purge_and_needs_a_reason(register):
    case = _secret_case(register)
    with pytest.raises(ValidationFailed):
        register.retention.set_legal_hold(case.id, True, "  ")
    register.retention.set_legal_hold(case.id, True, "Lopend strafrechtelijk onderzoek")
    assert register.retention.overdue_count(TODAY) == 0
    assert register.retention.due(TODAY)[0].legal_hold
    result = register.retention.purge(today=TODAY)
    assert result.purged == [] and result.on_hold == [case.number]
    assert register.cases.get(case.id).legal_hold_reason == "Lopend strafrechtelijk onderzoek"
    actions = [(e.action, e.detail) for e in register.audit_entries(case_id=case.id)]
    assert ("bewaarblokkade_ingesteld", "") in actions
    assert not any("onderzoek" in d for _a, d in actions)
    register.retention.set_legal_hold(case.id, False)
    assert register.retention.overdue_count(TODAY) == 1
    assert register.retention.purge([case.id], today=TODAY).purged == [case.number]


def test_dry_run_and_not_due_change_nothing(register):
    due = _secret_case(register)
    recent = _secret_case(register, closed_on=date(2026, 5, 1))

    def snapshot():
        with register.read() as conn:
            return [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in
                    ("case_file", "person", "case_fts", "audit_log", "stats_record", "draft")]

    before = snapshot()
    result = register.retention.purge(dry_run=True, today=TODAY)
    assert result.dry_run and result.purged == [due.number]
    assert snapshot() == before
    refused = register.retention.purge([recent.id], today=TODAY)
    assert refused.purged == [] and refused.not_due == [recent.number]
    assert snapshot() == before
    assert register.retention.schedule()[-1].due_on == date(2027, 5, 1)


@pytest.fixture
def cli_vault(data_dir, monkeypatch):
    fast = kdf.ScryptParams(n=2**10, r=8, p=1)
    monkeypatch.setattr(kdf, "PASSPHRASE_PARAMS", fast)
    monkeypatch.setattr(kdf, "RECOVERY_PARAMS", fast)
    monkeypatch.setenv("SCHAKEL_PASSPHRASE", "paardenbloem zeilboot trompet knikker")
    service = VaultService(data_dir, Policy())
    register, _code = service.create("paardenbloem zeilboot trompet knikker", False, "Oefenwoude")
    return register


def test_cli_purge_and_stats(cli_vault, data_dir, tmp_path, capsys):
    case = _secret_case(cli_vault, closed_on=date(2024, 1, 15))
    add_case(cli_vault, received=date(2024, 2, 1))
    cli_vault.close()
    base = ["--data-dir", str(data_dir)]
    assert main([*base, "purge", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"Zou vernietigen: zaak {case.number}" in out and "niets veranderd" in out
    assert main([*base, "stats"]) == 0
    out = capsys.readouterr().out
    assert "Nieuwe signalen" in out and "< 5" in out and SECRET not in out
    assert main([*base, "purge"]) == 0
    assert f"Vernietigd: zaak {case.number}" in capsys.readouterr().out
    target = tmp_path / "stats.csv"
    assert main([*base, "stats", "--jaar", "2023", "--csv", str(target)]) == 0
    text = target.read_text(encoding="utf-8-sig")
    assert "Nieuwe signalen;Totaal;0;0;0;< 5;< 5" in text  # the destroyed case still counts
