"""Waarneming and overdracht between two and three real SQLCipher registers (issue 17)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from transfer_helpers import add_case, key_of, open_register, trust

from desktop.services.transfer import MINE, RECORD, THEIRS, ConflictsPending, TransferError, TransferService
from desktop.store.errors import StoreError

NAME = "Testpersoon Zeldzaamnaam"


@pytest.fixture
def regs(tmp_path):
    a, b, c = (open_register(tmp_path, n) for n in ("a", "b", "c"))
    trust(a, b, tmp_path)
    trust(a, c, tmp_path)
    yield a, b, c
    for r in (a, b, c):
        r.close()


def _lend(a, b, tmp_path, case_id, days=30):
    out = tmp_path / "uitleen.schakelbundel"
    TransferService(a).create([case_id], key_of(b, tmp_path), "lend", out,
                              until=date.today() + timedelta(days=days))
    return out


def test_lend_edit_return_merge_without_conflicts(regs, tmp_path):
    a, b, _ = regs
    ta, tb = TransferService(a), TransferService(b)
    cid = add_case(a, NAME)
    bundle = _lend(a, b, tmp_path, cid)
    lease = ta.lease(cid)
    assert lease.role == "uitgeleend" and lease.readonly
    case = a.cases.get(cid)
    case.observations = "poging tijdens uitlenen"
    with pytest.raises(StoreError, match="alleen-lezen"):
        a.cases.update(case)

    got = tb.receive(bundle.read_bytes())
    assert got.kind == "uitlenen" and got.numbers == [a.cases.get(cid).number]
    assert ta.register_receipt(got.receipt).kind == "ontvangstbewijs"
    bid = b.cases.id_for_number(got.numbers[0])
    mine = b.cases.get(bid)
    assert mine.persons[0].name == NAME and mine.addresses[0].number == "12"
    assert tb.lease(bid).role == "waarnemer" and not tb.lease(bid).readonly
    mine.observations = "aangevuld door waarnemer"
    mine.persons[0].notes = "gesproken op 3 december"
    from desktop.domain import model as m
    mine.persons.append(m.Person(role=m.PersonRole.OTHER, name="Tweede Persoon"))
    b.cases.update(mine)

    back = tmp_path / "terug.schakelbundel"
    tb.give_back([bid], back)
    with pytest.raises(StoreError):  # returned: the deputy's copy is read-only until destroyed
        b.cases.update(b.cases.get(bid))
    merged = ta.receive(back.read_bytes())
    case = a.cases.get(cid)
    assert case.observations == "aangevuld door waarnemer"
    assert case.persons[0].notes == "gesproken op 3 december"
    assert [p.name for p in case.persons] == [NAME, "Tweede Persoon"]
    assert ta.lease(cid) is None
    assert a.cases.search("tweede persoon")  # search index follows the merge
    case.title = "na terugkeer"
    a.cases.update(case)  # writable again

    destroyed = tb.register_receipt(merged.receipt)
    assert destroyed.numbers == got.numbers and destroyed.receipt_kind == "vernietigingsbewijs"
    assert b.cases.count() == 0
    assert ta.register_receipt(destroyed.receipt).kind == "vernietigingsbewijs"
    actions_a = [e.action for e in a.audit_entries(case_id=cid)]
    assert {"bundel_uitlenen", "bundel_teruggenomen", "bundel_vernietigingsbewijs"} <= set(actions_a)
    assert any(e.action == "bundel_ontvangen" and got.sha256 in e.detail for e in b.audit_entries())


def test_return_with_conflicts_is_decided_field_by_field(regs, tmp_path):
    a, b, _ = regs
    ta, tb = TransferService(a), TransferService(b)
    cid = add_case(a)
    got = tb.receive(_lend(a, b, tmp_path, cid).read_bytes())
    ta.end_lease([cid], tmp_path / "einde.schakelbundel")  # early end: the owner may edit again
    case = a.cases.get(cid)
    case.observations = "eigenaar wijzigde"
    a.cases.update(case)
    bid = b.cases.id_for_number(got.numbers[0])
    theirs = b.cases.get(bid)
    theirs.observations = "waarnemer wijzigde"
    theirs.title = "titel van waarnemer"
    b.cases.update(theirs)
    back = tmp_path / "terug.schakelbundel"
    tb.give_back([bid], back)
    before = a.cases.get(cid)

    with pytest.raises(ConflictsPending) as info:
        ta.receive(back.read_bytes())
    conflicts = info.value.conflicts
    assert [(c.table, c.field, c.mine, c.theirs) for c in conflicts] == [
        ("case_file", "observations", "eigenaar wijzigde", "waarnemer wijzigde")]
    after = a.cases.get(cid)
    assert (after.observations, after.title) == (before.observations, before.title)  # nothing applied yet

    ta.receive(back.read_bytes(), {conflicts[0].key: MINE})
    case = a.cases.get(cid)
    assert case.observations == "eigenaar wijzigde"  # kept
    assert case.title == "titel van waarnemer"  # unchanged at the owner: the deputy's value


def test_conflict_decided_for_the_deputy(regs, tmp_path):
    a, b, _ = regs
    ta, tb = TransferService(a), TransferService(b)
    cid = add_case(a)
    got = tb.receive(_lend(a, b, tmp_path, cid).read_bytes())
    ta.end_lease([cid], tmp_path / "einde.schakelbundel")
    case = a.cases.get(cid)
    case.persons = []  # the owner removed the person the deputy changed
    a.cases.update(case)
    bid = b.cases.id_for_number(got.numbers[0])
    theirs = b.cases.get(bid)
    theirs.persons[0].notes = "belangrijk"
    b.cases.update(theirs)
    tb.give_back([bid], tmp_path / "terug.schakelbundel")
    data = (tmp_path / "terug.schakelbundel").read_bytes()
    with pytest.raises(ConflictsPending) as info:
        ta.receive(data)
    (conflict,) = info.value.conflicts
    assert conflict.field == RECORD and conflict.table == "person"
    ta.receive(data, {conflict.key: THEIRS})
    assert [p.notes for p in a.cases.get(cid).persons] == ["belangrijk"]


def test_handover_moves_ownership_and_leaves_a_stub(regs, tmp_path):
    a, _, c = regs
    ta, tc = TransferService(a), TransferService(c)
    cid = add_case(a)
    number = a.cases.get(cid).number
    out = tmp_path / "overdracht.schakelbundel"
    ta.create([cid], key_of(c, tmp_path), "handover", out)
    assert ta.lease(cid).role == "overgedragen"
    got = tc.receive(out.read_bytes())
    new_id = c.cases.id_for_number(number)
    assert tc.lease(new_id) is None  # the successor owns it: writable
    case = c.cases.get(new_id)
    case.title = "nu van de opvolger"
    c.cases.update(case)
    done = ta.register_receipt(got.receipt)
    assert done.numbers == [number] and done.stubs == 1
    assert a.cases.count() == 0
    with a.read() as conn:
        from desktop.store import transfer_repo
        assert [s[0] for s in transfer_repo.stubs(conn)] == [number]


def test_handover_without_stub_when_configured(regs, tmp_path):
    a, _, c = regs
    a.set_setting("transfer_keep_after_handover", "niets")
    cid = add_case(a)
    out = tmp_path / "o.schakelbundel"
    TransferService(a).create([cid], key_of(c, tmp_path), "handover", out)
    got = TransferService(c).receive(out.read_bytes())
    assert TransferService(a).register_receipt(got.receipt).stubs == 0
    with a.read() as conn:
        assert conn.execute("SELECT count(*) FROM transfer_stub").fetchone()[0] == 0


def test_minimal_share_needs_ground_and_leaves_out_enrichment(regs, tmp_path):
    from desktop.domain import model as m

    a, b, _ = regs
    cid = add_case(a)
    case = a.cases.get(cid)
    case.persons[0].notes = "gevoelige notitie"
    case.enrichments.append(m.EnrichmentEntry(source=m.EnrichmentSource.OTHER, result_summary="uit bron"))
    a.cases.update(case)
    out = tmp_path / "delen.schakelbundel"
    with pytest.raises(TransferError, match="grondslag"):
        TransferService(a).create([cid], key_of(b, tmp_path), "share", out)
    TransferService(a).create([cid], key_of(b, tmp_path), "share", out, legal_ground="art. 10 Wmo")
    assert TransferService(a).lease(cid) is None  # a copy; the sender keeps the case
    got = TransferService(b).receive(out.read_bytes())
    shared = b.cases.get(b.cases.id_for_number(got.numbers[0]))
    assert shared.persons[0].name and shared.persons[0].notes == ""
    assert shared.enrichments == [] and shared.observations == ""


def test_lend_needs_future_end_date_and_trusted_recipient(regs, tmp_path):
    a, b, _ = regs
    cid = add_case(a)
    ta = TransferService(a)
    with pytest.raises(TransferError, match="einddatum"):
        ta.create([cid], key_of(b, tmp_path), "lend", tmp_path / "x", until=date.today())
    stranger = open_register(tmp_path, "d")
    try:
        with pytest.raises(TransferError, match="niet vertrouwd"):
            ta.create([cid], key_of(stranger, tmp_path), "lend", tmp_path / "x",
                      until=date.today() + timedelta(days=3))
    finally:
        stranger.close()
    assert not (tmp_path / "x").exists() and ta.lease(cid) is None


def test_wrong_fingerprint_is_not_trusted_and_admin_folder_is(tmp_path):
    a = open_register(tmp_path, "a")
    folder = tmp_path / "inhoud"
    (folder / "sleutels").mkdir(parents=True)
    b = open_register(tmp_path, "b", content_dir=folder)
    try:
        ka = key_of(a, tmp_path)
        with pytest.raises(TransferError, match="vingerafdruk"):
            TransferService(b).confirm_key(ka, "12345 67890")
        assert TransferService(b).trusted() == []
        TransferService(a).export_key(folder / "sleutels" / "collega.schakelsleutel")
        assert [k.key_id for k in TransferService(b).trusted()] == [ka.key_id]
        assert TransferService(b).trusted()[0].source == "map"
    finally:
        a.close()
        b.close()


def test_lease_end_destroys_the_deputy_copy_with_a_receipt(regs, tmp_path):
    a, b, _ = regs
    ta, tb = TransferService(a), TransferService(b)
    cid = add_case(a)
    tb.receive(_lend(a, b, tmp_path, cid, days=2).read_bytes())
    assert tb.destroy_expired(date.today()) == []
    ((label, receipt, numbers),) = tb.destroy_expired(date.today() + timedelta(days=3))
    assert b.cases.count() == 0 and numbers
    ta.register_receipt(receipt)
    assert ta.lease(cid) is None  # the owner's case is writable again


def test_early_end_reaches_the_deputy(regs, tmp_path):
    a, b, _ = regs
    ta, tb = TransferService(a), TransferService(b)
    cid = add_case(a)
    tb.receive(_lend(a, b, tmp_path, cid).read_bytes())
    end = tmp_path / "einde.schakelbundel"
    ta.end_lease([cid], end)
    got = tb.receive(end.read_bytes())
    assert got.receipt_kind == "vernietigingsbewijs" and b.cases.count() == 0
    ta.register_receipt(got.receipt)
    assert ta.lease(cid) is None
