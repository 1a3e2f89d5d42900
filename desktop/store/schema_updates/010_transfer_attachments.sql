-- Issue 17/20: attachments travel with waarneming/overdracht bundles and are merged by UUID
-- on return (append-only). A stable UUID per attachment (filled on insert), and no new
-- attachment on a case that is read-only because it is lent out or handed over.
ALTER TABLE attachment ADD COLUMN uuid TEXT;
UPDATE attachment SET uuid = lower(hex(randomblob(16))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX attachment_uuid ON attachment(uuid);
CREATE TRIGGER attachment_uuid_fill AFTER INSERT ON attachment WHEN NEW.uuid IS NULL
BEGIN UPDATE attachment SET uuid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
CREATE TRIGGER attachment_transfer_ro_insert BEFORE INSERT ON attachment
WHEN EXISTS (SELECT 1 FROM transfer_lease WHERE case_id = NEW.case_id AND readonly = 1)
BEGIN SELECT RAISE(ABORT, 'schakel: zaak alleen-lezen (waarneming/overdracht)'); END;
