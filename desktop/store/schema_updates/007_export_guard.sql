-- Issue 12: crash-safe exports and the meeting's place on the agenda.
-- An export-log row is written first as 'bezig' (with the target file), the file is
-- written, then the row is marked 'klaar'. A row still 'bezig' at the next start is
-- an export that was interrupted: its temp files are removed and it is reported.
ALTER TABLE export_log ADD COLUMN state TEXT NOT NULL DEFAULT 'klaar';
ALTER TABLE export_log ADD COLUMN file_path TEXT NOT NULL DEFAULT '';
ALTER TABLE meeting ADD COLUMN place TEXT NOT NULL DEFAULT '';
