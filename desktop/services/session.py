"""Creating and unlocking the vault; key-slot management for an unlocked register.

The key store (desktop.vault) checks the key against the key-check value in the
header first, so "wrong passphrase" and "damaged database" are told apart: a key that
passes the check but does not open the database means the database is damaged.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from desktop import paths
from desktop.policy import Policy
from desktop.services.register import Register
from desktop.store import audit, settings_repo
from desktop.store.connection import is_read_only
from desktop.store.errors import DatabaseDamaged, DatabaseMissing
from desktop.vault import KeyStore, keyring_state
from desktop.vault.anchor import Head
from desktop.vault.errors import StaleHeader, VaultError

KEK_SETTING = "kek_id"  # the id of the KEK the database was last used with (issue 13)


class VaultState(StrEnum):
    NONE = "none"  # first run: nothing on disk
    READY = "ready"  # header and database present
    HEADER_MISSING = "header_missing"
    DATABASE_MISSING = "database_missing"


class UnlockMethod(StrEnum):
    PASSPHRASE = "passphrase"
    KEYRING = "keyring"
    RECOVERY = "recovery"


class VaultService:
    def __init__(self, data_dir: Path, policy: Policy):
        self.data_dir = Path(data_dir)
        self.policy = policy
        self.db_path = self.data_dir / paths.VAULT_FILE
        self.keystore = KeyStore(self.data_dir, policy)

    def state(self) -> VaultState:
        from desktop.services.restore import recover_if_free

        recover_if_free(self.data_dir)  # an interrupted restore or backup is settled first
        header, db = self.keystore.header_exists(), self.db_path.is_file()
        if header and db:
            return VaultState.READY
        if not header and not db:
            return VaultState.NONE
        return VaultState.DATABASE_MISSING if header else VaultState.HEADER_MISSING

    def slots(self) -> set[str]:
        return self.keystore.slots()

    def keyring_state(self):
        vault_id = self.keystore.vault_id() if self.keystore.header_exists() else None
        return keyring_state(vault_id)

    def create(self, passphrase: str | None, use_keyring: bool, municipality: str = "",
               route_id: str = "") -> tuple[Register, str]:
        """Create a new vault. Returns the open register and the recovery code (show once)."""
        if self.state() != VaultState.NONE:
            raise VaultError("Er bestaat al een register in deze map; er wordt geen nieuw gemaakt.")
        self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        created = self.keystore.create(passphrase, use_keyring, self.policy)
        try:
            register = Register.open(self.data_dir, self.db_path, created.key, self.policy, create=True)
        except BaseException:
            self._discard_new(created.vault_id)
            raise
        self._bind(register)
        with register.write() as conn:
            for key, value in (("municipality", municipality or self.policy.municipality),
                               ("route_id", route_id or self.policy.default_route),
                               ("vault_id", created.vault_id), (KEK_SETTING, self.keystore.kek_id())):
                settings_repo.put(conn, key, value)
            register.audit(conn, "register_aangemaakt")
        return register, created.recovery_code

    def _discard_new(self, vault_id: str) -> None:
        """Undo a half-made vault (database creation failed): nothing is left behind."""
        from desktop.vault import keyring_slot

        self.keystore.lock()
        for f in (self.db_path, self.db_path.with_name(self.db_path.name + "-wal"),
                  self.db_path.with_name(self.db_path.name + "-shm"), self.keystore.header_path):
            f.unlink(missing_ok=True)
        try:
            keyring_slot.delete_kek(vault_id)
        except Exception:
            pass

    def _bind(self, register: Register) -> None:
        """Locking the register also drops the KEK; audited commits move the audit anchor."""
        register.on_lock.append(self.keystore.lock)
        register.on_commit.append(lambda: self._anchor(register))
        register.audit_anchor = self.keystore.anchored_head

    def _anchor(self, register: Register) -> None:
        """Anchor the audit head in the header; a changed anchored row is left as evidence."""
        try:
            prev = self.keystore.anchored_head()
            with register.read() as conn:
                if prev is None:
                    now = Head(*audit.head(conn))
                elif audit.anchor_state_quick(conn, prev.last_id, prev.head):
                    now = Head(*audit.head_after(conn, prev.count, prev.last_id))
                else:
                    return  # tampering: keep the anchor as it is, ``check`` reports it
            self.keystore.set_anchor(now)
        except (OSError, VaultError):
            # full/read-only disk, or the header changed under this session (another process):
            # the commit stands and is not reported as failed; the anchor stays behind and
            # ``check`` compares it (behind is reconciled, a changed anchored row is reported)
            pass

    def _check_kek(self, register: Register, record: bool) -> None:
        """Refuse an old key file put back (revoked secrets); finish an interrupted change."""
        current, previous = self.keystore.kek_id(), self.keystore.previous_kek_id()
        stored = register.setting(KEK_SETTING)
        if stored == current:
            return
        if stored and stored != previous:
            raise StaleHeader()
        if record:  # first use after the update, or a crash between header and database
            with register.write() as conn:
                settings_repo.put(conn, KEK_SETTING, current)

    def unlock(self, method: UnlockMethod, secret: str = "", *, record: bool = True) -> Register:
        """Unlock with one slot. ``record=False`` (used by ``schakel check``) writes nothing,
        so a damaged database is examined exactly as found."""
        self._require_ready()
        if method == UnlockMethod.PASSPHRASE:
            key = self.keystore.unlock_with_passphrase(secret)
        elif method == UnlockMethod.KEYRING:
            key = self.keystore.unlock_with_keyring()
        else:
            key = self.keystore.unlock_with_recovery(secret)
        try:
            register = self._open(key)
        except BaseException:
            self.keystore.lock()
            raise
        if is_read_only(register.conn):  # full or read-only disk: open for reading only
            record = False
        try:
            self._check_kek(register, record)
        except BaseException:
            register.lock()
            self.keystore.lock()
            raise
        self._bind(register)
        if record:
            with register.write() as conn:
                register.audit(conn, "ontgrendeld", detail=method.value)
        return register

    def _require_ready(self) -> None:
        state = self.state()
        if state == VaultState.READY:
            return
        if state == VaultState.NONE:
            raise DatabaseMissing("Er is nog geen register in deze map.")
        if state == VaultState.DATABASE_MISSING:
            raise DatabaseMissing("Het registerbestand ontbreekt. Zet een back-up terug.")
        raise DatabaseDamaged("Het sleutelbestand van het register ontbreekt. Zet een back-up terug.")

    def _open(self, key: bytes) -> Register:
        try:
            return Register.open(self.data_dir, self.db_path, key, self.policy)
        except DatabaseDamaged:
            raise DatabaseDamaged(
                "De sleutel past bij het sleutelbestand, maar het registerbestand opent er niet mee: het "
                "registerbestand is beschadigd, of het sleutelbestand is verouderd (van vóór een "
                "sleutelvernieuwing). Zet een back-up terug."
            ) from None

    # -- key management on an unlocked register ------------------------------
    def change_passphrase(self, register: Register, new_passphrase: str) -> None:
        """New passphrase and a new KEK: an old key file no longer opens this register."""
        self.keystore.change_passphrase(register.key(), new_passphrase)
        self._audit(register, "wachtwoordzin_gewijzigd", new_kek=True)

    def enable_keyring(self, register: Register) -> None:
        if not self.policy.allow_keyring:
            raise VaultError("Het beleid van uw organisatie staat ontgrendelen via Windows niet toe.")
        self.keystore.add_keyring_slot(register.key())
        self._audit(register, "sleutelbos_aangezet")

    def disable_keyring(self, register: Register) -> None:
        self.keystore.remove_keyring_slot()
        self._audit(register, "sleutelbos_uitgezet", new_kek=True)

    def new_recovery_code(self, register: Register) -> str:
        code = self.keystore.regenerate_recovery_code(register.key())
        self._audit(register, "herstelcode_vernieuwd", new_kek=True)
        return code

    def rotate_key(self, register: Register) -> Register:
        """Rotate the data key (explicit action). The register is reopened with the new key."""
        old_key = register.key()
        if self.keystore.lock in register.on_lock:
            register.on_lock.remove(self.keystore.lock)  # keep the KEK for the rotation
        register.lock()
        new_key = self.keystore.rotate_data_key(old_key, self.db_path)
        reopened = self._open(new_key)
        self._bind(reopened)
        self._audit(reopened, "gegevenssleutel_vervangen", new_kek=True)
        return reopened

    def _audit(self, register: Register, action: str, new_kek: bool = False) -> None:
        with register.write() as conn:
            if new_kek:
                settings_repo.put(conn, KEK_SETTING, self.keystore.kek_id())
            register.audit(conn, action)
