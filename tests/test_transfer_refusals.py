"""Refused bundles leave the receiving register byte-identical, each with its own message."""

from __future__ import annotations

import hashlib
import json
import os
import struct
from datetime import date, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from transfer_helpers import add_case, key_of, open_register, trust

from desktop.services.transfer import TransferRefused, TransferService, crypto
from desktop.services.transfer import errors as e

NAME = "Testpersoon Zeldzaamnaam"


@pytest.fixture
def regs(tmp_path):
    a, b, c = (open_register(tmp_path, n) for n in ("a", "b", "c"))
    trust(a, b, tmp_path)
    TransferService(a).set_officer("Officier Onvindbaar", "aandachtsfunctionaris")
    a.set_setting("municipality", "Gemeente Nergensveld")
    yield a, b, c
    for r in (a, b, c):
        r.close()


def _files(register) -> dict[str, str]:
    folder = register.data_dir
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.is_file() and not p.name.endswith("-shm")}


def _lend(a, b, tmp_path, name=NAME):
    cid = add_case(a, name)
    out = tmp_path / f"{cid}.schakelbundel"
    TransferService(a).create([cid], key_of(b, tmp_path), "lend", out, until=date.today() + timedelta(days=9))
    return cid, out.read_bytes()


def _refused(register, data: bytes, kind: type[TransferRefused] = TransferRefused) -> str:
    before = _files(register)
    with pytest.raises(kind) as info:
        TransferService(register).receive(data)
    assert _files(register) == before
    return info.value.message


def test_every_changed_byte_is_refused_and_changes_nothing(regs, tmp_path):
    a, b, _ = regs
    _, data = _lend(a, b, tmp_path)
    service = TransferService(b)
    service.identity()
    before = _files(b)
    messages = set()
    for i in range(len(data)):
        changed = bytearray(data)
        changed[i] ^= 0x01 if i % 2 else 0x80
        with pytest.raises(TransferRefused) as info:
            service.receive(bytes(changed))
        messages.add(type(info.value))
    for cut in (data[:-1], data[:40], data + b"\x00", b""):
        with pytest.raises(TransferRefused):
            service.receive(cut)
    assert _files(b) == before and b.cases.count() == 0
    assert e.Tampered in messages and e.Damaged in messages
    assert service.receive(data).kind == "uitlenen"  # the untouched bundle still opens


def test_bundle_for_b_cannot_be_opened_by_c(regs, tmp_path):
    a, b, c = regs
    trust(a, c, tmp_path)
    _, data = _lend(a, b, tmp_path)
    assert "niet aan dit register gericht" in _refused(c, data, e.NotAddressed)


def test_untrusted_signer_is_refused(regs, tmp_path):
    a, b, c = regs
    kb = key_of(b, tmp_path)
    TransferService(c).confirm_key(kb, kb.fingerprint)  # c trusts b, b does not trust c
    cid = add_case(c)
    out = tmp_path / "c.schakelbundel"
    TransferService(c).create([cid], kb, "lend", out, until=date.today() + timedelta(days=5))
    assert "onbekend of niet vertrouwd" in _refused(b, out.read_bytes(), e.Untrusted)


def _seal_raw(payload: bytes, sender: crypto.Identity, recipient, *, signer: Ed25519PrivateKey | None = None,
              header_format: int = 1) -> bytes:
    """Like crypto.seal, but lets a test sign with another key or claim another format."""
    content_key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    wrap = crypto._SUITE.encrypt(content_key, X25519PublicKey.from_public_bytes(recipient.enc), info=crypto._INFO)
    header = json.dumps({"formaat": header_format, "nonce": crypto.b64(nonce),
                         "ontvangers": [{"enc": crypto.b64(wrap), "sleutel": recipient.key_id}]},
                        sort_keys=True, separators=(",", ":")).encode()
    prefix = crypto.MAGIC + struct.pack(">I", len(header)) + header
    key = signer or Ed25519PrivateKey.from_private_bytes(sender.sign_private)
    signature = key.sign(crypto._to_sign(prefix, sender.sign_public, payload))
    return prefix + AESGCM(content_key).encrypt(nonce, signature + sender.sign_public + payload, prefix)


def _payload_of(a, b, tmp_path) -> bytes:
    from desktop.services.transfer.crypto import open_sealed

    _, data = _lend(a, b, tmp_path, "Ander Persoon")
    return open_sealed(data, TransferService(b).identity()).payload


def test_bad_signature_is_refused(regs, tmp_path):
    a, b, _ = regs
    payload = _payload_of(a, b, tmp_path)
    forged = _seal_raw(payload, TransferService(a).identity(), key_of(b, tmp_path),
                       signer=Ed25519PrivateKey.generate())
    assert "handtekening" in _refused(b, forged, e.BadSignature)


def test_newer_format_is_refused_with_its_own_message(regs, tmp_path):
    a, b, _ = regs
    payload = _payload_of(a, b, tmp_path)
    me, kb = TransferService(a).identity(), key_of(b, tmp_path)
    assert "formaat 2" in _refused(b, _seal_raw(payload, me, kb, header_format=2), e.NewerFormat)
    inner = json.loads(payload)
    inner["format"] = 7
    newer = _seal_raw(json.dumps(inner).encode(), me, kb)
    assert "formaat 7" in _refused(b, newer, e.NewerFormat)


def test_replay_of_the_same_and_of_an_older_bundle(regs, tmp_path):
    a, b, _ = regs
    cid = add_case(a)
    first, second = tmp_path / "s1", tmp_path / "s2"
    ta, kb = TransferService(a), key_of(b, tmp_path)
    ta.create([cid], kb, "share", first, legal_ground="art. 10 Wmo")
    ta.create([cid], kb, "share", second, legal_ground="art. 10 Wmo")
    TransferService(b).receive(second.read_bytes())
    assert "versie 1, hier al 2" in _refused(b, first.read_bytes(), e.Replayed)
    assert "al eerder ontvangen" in _refused(b, second.read_bytes(), e.AlreadyReceived)


def test_return_from_someone_who_was_not_lent_the_case_is_refused(regs, tmp_path):
    from desktop.services.transfer.crypto import open_sealed

    a, b, c = regs
    trust(a, c, tmp_path)
    _, data = _lend(a, b, tmp_path)
    got = TransferService(b).receive(data)
    back = tmp_path / "terug"
    TransferService(b).give_back([b.cases.id_for_number(got.numbers[0])], back)
    with pytest.raises(e.NotAddressed):
        TransferService(c).receive(back.read_bytes())
    inner = json.loads(open_sealed(back.read_bytes(), TransferService(a).identity()).payload)
    inner["sender"] = TransferService(c).public_identity().model_dump()
    inner["bundle_id"] = "f" * 32
    from_c = _seal_raw(json.dumps(inner).encode(), TransferService(c).identity(), key_of(a, tmp_path))
    assert "niet tussen u en deze afzender" in _refused(a, from_c, e.WrongKind)
    assert "geen ontvangstbewijs" in _refused_receipt(a, back.read_bytes())
    assert TransferService(a).register_receipt(got.receipt).kind == "ontvangstbewijs"
    assert "al eerder ontvangen" in _refused(a, got.receipt, e.AlreadyReceived)
    assert TransferService(a).receive(back.read_bytes()).kind == "terug"


def _refused_receipt(register, data: bytes) -> str:
    before = _files(register)
    with pytest.raises(e.WrongKind) as info:
        TransferService(register).register_receipt(data)
    assert _files(register) == before
    return info.value.message


def test_no_test_name_in_the_bundle_or_receipt_file(regs, tmp_path):
    a, b, _ = regs
    cid, data = _lend(a, b, tmp_path)
    number = a.cases.get(cid).number
    got = TransferService(b).receive(data)
    for blob in (data, got.receipt):
        for secret in (NAME, "Zeldzaamnaam", "zeldzaamnaam", "Proefstraat", "Teststad", "1234 AB", number,
                       "Officier Onvindbaar", "Nergensveld", "Burgerzaken", "Waarneming bij testadres"):
            for encoded in (secret.encode("utf-8"), secret.encode("utf-16-le"), secret.lower().encode()):
                assert encoded not in blob, secret


def test_a_register_without_exchange_key_refuses_and_writes_nothing(regs, tmp_path):
    a, b, _ = regs
    fresh = open_register(tmp_path, "nieuw")
    try:
        _, data = _lend(a, b, tmp_path)
        assert "niet aan dit register gericht" in _refused(fresh, data, e.NotAddressed)
        assert "geen leesbare" in _refused(fresh, b"PK\x03\x04 zip", e.Damaged)
        with fresh.read() as conn:
            assert conn.execute("SELECT count(*) FROM transfer_identity").fetchone()[0] == 0
    finally:
        fresh.close()


def test_a_signed_bundle_naming_a_foreign_table_is_refused(regs, tmp_path):
    a, b, _ = regs
    inner = json.loads(_payload_of(a, b, tmp_path))
    inner["bundle_id"] = "e" * 32
    inner["cases"][0]["records"][0]["table"] = "audit_log"
    forged = _seal_raw(json.dumps(inner).encode(), TransferService(a).identity(), key_of(b, tmp_path))
    assert "geen leesbare" in _refused(b, forged, e.Damaged)
