-- Issue 17: waarneming and overdracht (signed, encrypted bundles between registers).
-- Stable UUIDs for every record that travels in a bundle (filled on insert by triggers),
-- this register's exchange identity (private keys live only here, inside SQLCipher),
-- trusted colleagues' keys confirmed by fingerprint, leases, per-case version counters,
-- bundles seen (replay detection), received audit excerpts and stubs of handed-over cases.

ALTER TABLE case_file ADD COLUMN uuid TEXT;
UPDATE case_file SET uuid = lower(hex(randomblob(16))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX case_file_uuid ON case_file(uuid);
CREATE TRIGGER case_file_uuid_fill AFTER INSERT ON case_file WHEN NEW.uuid IS NULL
BEGIN UPDATE case_file SET uuid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
ALTER TABLE person ADD COLUMN uuid TEXT;
UPDATE person SET uuid = lower(hex(randomblob(16))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX person_uuid ON person(uuid);
CREATE TRIGGER person_uuid_fill AFTER INSERT ON person WHEN NEW.uuid IS NULL
BEGIN UPDATE person SET uuid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
ALTER TABLE address ADD COLUMN uuid TEXT;
UPDATE address SET uuid = lower(hex(randomblob(16))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX address_uuid ON address(uuid);
CREATE TRIGGER address_uuid_fill AFTER INSERT ON address WHEN NEW.uuid IS NULL
BEGIN UPDATE address SET uuid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
ALTER TABLE organisation ADD COLUMN uuid TEXT;
UPDATE organisation SET uuid = lower(hex(randomblob(16))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX organisation_uuid ON organisation(uuid);
CREATE TRIGGER organisation_uuid_fill AFTER INSERT ON organisation WHEN NEW.uuid IS NULL
BEGIN UPDATE organisation SET uuid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
ALTER TABLE identifier ADD COLUMN uuid TEXT;
UPDATE identifier SET uuid = lower(hex(randomblob(16))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX identifier_uuid ON identifier(uuid);
CREATE TRIGGER identifier_uuid_fill AFTER INSERT ON identifier WHEN NEW.uuid IS NULL
BEGIN UPDATE identifier SET uuid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
ALTER TABLE enrichment ADD COLUMN uuid TEXT;
UPDATE enrichment SET uuid = lower(hex(randomblob(16))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX enrichment_uuid ON enrichment(uuid);
CREATE TRIGGER enrichment_uuid_fill AFTER INSERT ON enrichment WHEN NEW.uuid IS NULL
BEGIN UPDATE enrichment SET uuid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
ALTER TABLE consent ADD COLUMN uuid TEXT;
UPDATE consent SET uuid = lower(hex(randomblob(16))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX consent_uuid ON consent(uuid);
CREATE TRIGGER consent_uuid_fill AFTER INSERT ON consent WHEN NEW.uuid IS NULL
BEGIN UPDATE consent SET uuid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
ALTER TABLE intervention ADD COLUMN uuid TEXT;
UPDATE intervention SET uuid = lower(hex(randomblob(16))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX intervention_uuid ON intervention(uuid);
CREATE TRIGGER intervention_uuid_fill AFTER INSERT ON intervention WHEN NEW.uuid IS NULL
BEGIN UPDATE intervention SET uuid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
ALTER TABLE acute_call ADD COLUMN uuid TEXT;
UPDATE acute_call SET uuid = lower(hex(randomblob(16))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX acute_call_uuid ON acute_call(uuid);
CREATE TRIGGER acute_call_uuid_fill AFTER INSERT ON acute_call WHEN NEW.uuid IS NULL
BEGIN UPDATE acute_call SET uuid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
ALTER TABLE checklist_answer ADD COLUMN uuid TEXT;
UPDATE checklist_answer SET uuid = lower(hex(randomblob(16))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX checklist_answer_uuid ON checklist_answer(uuid);
CREATE TRIGGER checklist_answer_uuid_fill AFTER INSERT ON checklist_answer WHEN NEW.uuid IS NULL
BEGIN UPDATE checklist_answer SET uuid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
ALTER TABLE route_step ADD COLUMN uuid TEXT;
UPDATE route_step SET uuid = lower(hex(randomblob(16))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX route_step_uuid ON route_step(uuid);
CREATE TRIGGER route_step_uuid_fill AFTER INSERT ON route_step WHEN NEW.uuid IS NULL
BEGIN UPDATE route_step SET uuid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
ALTER TABLE handover ADD COLUMN uuid TEXT;
UPDATE handover SET uuid = lower(hex(randomblob(16))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX handover_uuid ON handover(uuid);
CREATE TRIGGER handover_uuid_fill AFTER INSERT ON handover WHEN NEW.uuid IS NULL
BEGIN UPDATE handover SET uuid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;

CREATE TABLE transfer_identity (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    register_id  TEXT NOT NULL,
    enc_private  BLOB NOT NULL,          -- X25519 private key (raw 32 bytes)
    sign_private BLOB NOT NULL,          -- Ed25519 private key (raw 32 bytes)
    created_at   TEXT NOT NULL
);

-- Colleagues' public keys confirmed in the GUI by typing the fingerprint read aloud.
CREATE TABLE transfer_trusted_key (
    key_id       TEXT PRIMARY KEY,
    enc_public   BLOB NOT NULL,
    sign_public  BLOB NOT NULL,
    label        TEXT NOT NULL DEFAULT '',   -- municipality, name and function from the key file
    confirmed_at TEXT NOT NULL
);

-- One row per case that is lent out, held as deputy, or handed over and awaiting a receipt.
-- readonly = 1 makes the case read-only (triggers below): lent out, returned, handed over.
CREATE TABLE transfer_lease (
    case_id      INTEGER PRIMARY KEY REFERENCES case_file(id) ON DELETE CASCADE,
    role         TEXT NOT NULL,             -- uitgeleend | waarnemer | overgedragen
    peer_key_id  TEXT NOT NULL,
    peer_label   TEXT NOT NULL DEFAULT '',
    until        TEXT,
    readonly     INTEGER NOT NULL DEFAULT 1,
    bundle_id    TEXT NOT NULL DEFAULT '',
    bundle_sha   TEXT NOT NULL DEFAULT '',
    snapshot     TEXT NOT NULL DEFAULT '{}', -- JSON of the case as lent (base for the merge)
    created_at   TEXT NOT NULL
);

-- Per-case version counter shared by all registers that hold the case (replay detection).
CREATE TABLE transfer_version (
    case_uuid TEXT PRIMARY KEY,
    version   INTEGER NOT NULL
);

CREATE TABLE transfer_seen (
    bundle_id   TEXT PRIMARY KEY,
    sha256      TEXT NOT NULL,
    sender      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    received_at TEXT NOT NULL
);

-- Bundles this register sent, for matching receipts.
CREATE TABLE transfer_sent (
    bundle_id   TEXT PRIMARY KEY,
    sha256      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    peer_key_id TEXT NOT NULL,
    case_uuids  TEXT NOT NULL DEFAULT '',
    legal_ground TEXT NOT NULL DEFAULT '',   -- recorded ground of a minimised share
    sent_at     TEXT NOT NULL,
    receipt_at  TEXT
);

-- Audit rows that arrived with a case (the local audit chain only gets a row per step).
CREATE TABLE transfer_audit_excerpt (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    origin    TEXT NOT NULL,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL DEFAULT '',
    action    TEXT NOT NULL,
    detail    TEXT NOT NULL DEFAULT '',
    hash      TEXT NOT NULL,
    UNIQUE (case_id, hash)
);

-- What the sender keeps of a handed-over case when retention asks for a stub.
CREATE TABLE transfer_stub (
    number      TEXT NOT NULL,
    case_uuid   TEXT NOT NULL PRIMARY KEY,
    peer_label  TEXT NOT NULL DEFAULT '',
    receipt_sha TEXT NOT NULL,
    at          TEXT NOT NULL
);

CREATE TRIGGER case_file_transfer_readonly BEFORE UPDATE ON case_file
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = OLD.id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
CREATE TRIGGER person_transfer_ro_insert BEFORE INSERT ON person
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = NEW.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
CREATE TRIGGER person_transfer_ro_update BEFORE UPDATE ON person
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = OLD.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
CREATE TRIGGER address_transfer_ro_insert BEFORE INSERT ON address
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = NEW.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
CREATE TRIGGER address_transfer_ro_update BEFORE UPDATE ON address
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = OLD.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
CREATE TRIGGER organisation_transfer_ro_insert BEFORE INSERT ON organisation
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = NEW.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
CREATE TRIGGER organisation_transfer_ro_update BEFORE UPDATE ON organisation
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = OLD.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
CREATE TRIGGER identifier_transfer_ro_insert BEFORE INSERT ON identifier
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = NEW.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
CREATE TRIGGER identifier_transfer_ro_update BEFORE UPDATE ON identifier
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = OLD.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
CREATE TRIGGER enrichment_transfer_ro_insert BEFORE INSERT ON enrichment
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = NEW.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
CREATE TRIGGER enrichment_transfer_ro_update BEFORE UPDATE ON enrichment
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = OLD.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
CREATE TRIGGER consent_transfer_ro_insert BEFORE INSERT ON consent
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = NEW.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
CREATE TRIGGER consent_transfer_ro_update BEFORE UPDATE ON consent
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = OLD.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
CREATE TRIGGER intervention_transfer_ro_insert BEFORE INSERT ON intervention
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = NEW.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
CREATE TRIGGER intervention_transfer_ro_update BEFORE UPDATE ON intervention
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = OLD.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
CREATE TRIGGER acute_call_transfer_ro_insert BEFORE INSERT ON acute_call
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = NEW.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
CREATE TRIGGER acute_call_transfer_ro_update BEFORE UPDATE ON acute_call
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = OLD.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
CREATE TRIGGER checklist_answer_transfer_ro_insert BEFORE INSERT ON checklist_answer
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = NEW.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
CREATE TRIGGER checklist_answer_transfer_ro_update BEFORE UPDATE ON checklist_answer
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = OLD.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
CREATE TRIGGER route_step_transfer_ro_insert BEFORE INSERT ON route_step
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = NEW.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
CREATE TRIGGER route_step_transfer_ro_update BEFORE UPDATE ON route_step
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = OLD.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
CREATE TRIGGER handover_transfer_ro_insert BEFORE INSERT ON handover
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = NEW.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
CREATE TRIGGER handover_transfer_ro_update BEFORE UPDATE ON handover
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = OLD.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
