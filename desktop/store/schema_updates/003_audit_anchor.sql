-- Issue 13: the audit head ("<count>/<12 hex of the head hash>") at the moment of each export,
-- the same witness that is printed in the footer of the exported PDF.
ALTER TABLE export_log ADD COLUMN audit_head TEXT NOT NULL DEFAULT '';
