-- Issue 20: encrypted attachments inside the SQLCipher database, stored in 1 MiB chunks so a
-- large file is never whole in memory while it is added, saved or exported. Both tables hang
-- off case_file(id) ON DELETE CASCADE, so a purge of the case removes the files with it
-- (secure_delete is on; the purge truncates the WAL).
CREATE TABLE attachment (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    file_name  TEXT NOT NULL,                 -- original name: sensitive, never logged
    mime       TEXT NOT NULL,                 -- sniffed from the content, not the extension
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    chunks     INTEGER NOT NULL,
    width      INTEGER,                       -- images: declared pixel size
    height     INTEGER,
    has_script INTEGER NOT NULL DEFAULT 0,    -- PDFs naming JavaScript (never executed)
    source     TEXT NOT NULL DEFAULT 'bestand',  -- bestand | plakken | intake | cli
    added_at   TEXT NOT NULL,
    added_by   TEXT NOT NULL
);
CREATE INDEX attachment_case ON attachment(case_id);

CREATE TABLE attachment_chunk (
    id            INTEGER PRIMARY KEY,
    attachment_id INTEGER NOT NULL REFERENCES attachment(id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    data          BLOB NOT NULL
);
CREATE UNIQUE INDEX attachment_chunk_seq ON attachment_chunk(attachment_id, seq);
