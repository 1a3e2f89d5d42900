-- Schakel schema version 1. Applied inside one transaction by desktop/store/migrations.py.
-- Every table that holds personal data references case_file(id) ON DELETE CASCADE so a
-- purge of a case removes all of it; the FTS row is removed explicitly by the store.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE case_counter (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);

CREATE TABLE case_file (
    id                  INTEGER PRIMARY KEY,
    number              TEXT NOT NULL UNIQUE,
    status              TEXT NOT NULL DEFAULT 'nieuw',
    forms               TEXT NOT NULL DEFAULT '',        -- comma separated Form codes
    signal_type         TEXT NOT NULL DEFAULT 'persoon',
    minor               TEXT NOT NULL DEFAULT 'onbekend',
    acute               INTEGER NOT NULL DEFAULT 0,
    observed_at         TEXT,
    received_on         TEXT,
    reporter_department TEXT NOT NULL DEFAULT '',
    reporter_function   TEXT NOT NULL DEFAULT '',
    reporter_name       TEXT NOT NULL DEFAULT '',
    how_observed        TEXT NOT NULL DEFAULT 'overig',
    observations        TEXT NOT NULL DEFAULT '',
    title               TEXT NOT NULL DEFAULT '',
    route_id            TEXT NOT NULL DEFAULT '',
    route_version       INTEGER,
    next_action         TEXT NOT NULL DEFAULT '',
    next_deadline       TEXT,
    closed_on           TEXT,
    outcome             TEXT NOT NULL DEFAULT '',
    legal_hold          INTEGER NOT NULL DEFAULT 0,
    legal_hold_reason   TEXT NOT NULL DEFAULT '',
    extra               TEXT NOT NULL DEFAULT '{}',     -- JSON for flags added later (no schema churn)
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX case_file_received ON case_file(received_on);
CREATE INDEX case_file_status ON case_file(status);
CREATE INDEX case_file_deadline ON case_file(next_deadline);
-- Covering index for list filtering and sorting: a search touches up to a few thousand
-- cases; reading these narrow entries instead of full rows keeps that in few pages.
CREATE INDEX case_file_list ON case_file(
    id, number, received_on, status, forms, next_deadline, reporter_department);

CREATE TABLE person (
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    role              TEXT NOT NULL,
    name              TEXT NOT NULL DEFAULT '',
    name_folded       TEXT NOT NULL DEFAULT '',
    alias             TEXT NOT NULL DEFAULT '',
    birth_date        TEXT,
    estimated_age     INTEGER,
    nationality       TEXT NOT NULL DEFAULT '',
    bsn               TEXT NOT NULL DEFAULT '',
    language          TEXT NOT NULL DEFAULT '',
    residence_status  TEXT NOT NULL DEFAULT 'onbekend',
    safe_contact      TEXT NOT NULL DEFAULT '',
    care_needs        TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX person_case ON person(case_id);
CREATE INDEX person_bsn ON person(bsn) WHERE bsn <> '';
CREATE INDEX person_birth ON person(birth_date) WHERE birth_date IS NOT NULL;

CREATE TABLE address (
    id                    INTEGER PRIMARY KEY,
    case_id               INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    street                TEXT NOT NULL DEFAULT '',
    number                TEXT NOT NULL DEFAULT '',
    addition              TEXT NOT NULL DEFAULT '',
    postcode              TEXT NOT NULL DEFAULT '',
    place                 TEXT NOT NULL DEFAULT '',
    match_key             TEXT NOT NULL DEFAULT '',     -- folded postcode + house number
    bag_floor_area_m2     INTEGER,
    brp_registered_count  INTEGER,
    notes                 TEXT NOT NULL DEFAULT ''
);
CREATE INDEX address_case ON address(case_id);
CREATE INDEX address_match ON address(match_key) WHERE match_key <> '';

CREATE TABLE organisation (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    name     TEXT NOT NULL DEFAULT '',
    name_folded TEXT NOT NULL DEFAULT '',
    kvk      TEXT NOT NULL DEFAULT '',
    type     TEXT NOT NULL DEFAULT 'overig',
    notes    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX organisation_case ON organisation(case_id);
CREATE INDEX organisation_kvk ON organisation(kvk) WHERE kvk <> '';

CREATE TABLE identifier (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    person_id  INTEGER REFERENCES person(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    value      TEXT NOT NULL,
    match_key  TEXT NOT NULL DEFAULT '',   -- E.164 for phones, folded compact for plates/urls
    notes      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX identifier_case ON identifier(case_id);
CREATE INDEX identifier_match ON identifier(match_key) WHERE match_key <> '';

CREATE TABLE enrichment (
    id                   INTEGER PRIMARY KEY,
    case_id              INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    source               TEXT NOT NULL,
    consulted            TEXT NOT NULL,
    reason_not_consulted TEXT NOT NULL DEFAULT '',
    consulted_at         TEXT,
    consulted_by         TEXT NOT NULL DEFAULT '',
    subject              TEXT NOT NULL DEFAULT '',
    query_reference      TEXT NOT NULL DEFAULT '',
    result_summary       TEXT NOT NULL DEFAULT '',
    result_flags         TEXT NOT NULL DEFAULT '',      -- comma separated checklist item ids
    legal_ground         TEXT NOT NULL DEFAULT '',
    sharing_restriction  TEXT NOT NULL DEFAULT 'vrij_in_route',
    special_category     TEXT
);
CREATE INDEX enrichment_case ON enrichment(case_id);

CREATE TABLE consent (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    person_id    INTEGER REFERENCES person(id) ON DELETE SET NULL,
    status       TEXT NOT NULL,
    recorded_on  TEXT,
    scope        TEXT NOT NULL DEFAULT '',
    form         TEXT,
    withdrawn_on TEXT
);
CREATE INDEX consent_case ON consent(case_id);

CREATE TABLE intervention (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    started_on  TEXT,
    effect      TEXT NOT NULL DEFAULT '',
    step_id     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX intervention_case ON intervention(case_id);

CREATE TABLE acute_call (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    service   TEXT NOT NULL,
    called_by TEXT NOT NULL DEFAULT '',
    called_at TEXT
);
CREATE INDEX acute_call_case ON acute_call(case_id);

CREATE TABLE case_link (
    case_a     INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    case_b     INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    reason     TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    PRIMARY KEY (case_a, case_b),
    CHECK (case_a < case_b)
);
CREATE INDEX case_link_b ON case_link(case_b);

CREATE TABLE checklist_answer (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    list_id      TEXT NOT NULL,
    list_version INTEGER NOT NULL,
    item_id      TEXT NOT NULL,
    address_id   INTEGER REFERENCES address(id) ON DELETE CASCADE,
    answer       TEXT NOT NULL DEFAULT 'onbekend',
    seen_by      TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    answered_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX checklist_answer_key
    ON checklist_answer(case_id, list_id, item_id, IFNULL(address_id, 0));

CREATE TABLE route_step (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    route_id     TEXT NOT NULL,
    route_version INTEGER NOT NULL,
    step_id      TEXT NOT NULL,
    completed_on TEXT NOT NULL,
    decision     TEXT NOT NULL DEFAULT '',
    contacted    TEXT NOT NULL DEFAULT '',
    meeting      TEXT NOT NULL DEFAULT '',
    meeting_on   TEXT,
    outcome      TEXT NOT NULL DEFAULT '',
    next_steps   TEXT NOT NULL DEFAULT '',      -- comma separated step ids
    fields       TEXT NOT NULL DEFAULT '{}',    -- JSON of step-specific fields
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL DEFAULT '',
    corrects     INTEGER REFERENCES route_step(id) ON DELETE CASCADE
);
CREATE INDEX route_step_case ON route_step(case_id);

CREATE TABLE handover (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    partner_id       TEXT NOT NULL,
    step_id          TEXT NOT NULL DEFAULT '',
    started_on       TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'open',
    closed_on        TEXT,
    feedback_summary TEXT NOT NULL DEFAULT ''
);
CREATE INDEX handover_case ON handover(case_id);

CREATE TABLE meeting (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    held_on    TEXT NOT NULL,
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE meeting_case (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    case_id    INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    question   TEXT NOT NULL DEFAULT '',
    agreed     TEXT NOT NULL DEFAULT '',
    names_allowed INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting_id, case_id)
);

CREATE TABLE export_log (
    id          INTEGER PRIMARY KEY,
    exported_at TEXT NOT NULL,
    actor       TEXT NOT NULL,
    profile     TEXT NOT NULL,
    recipient   TEXT NOT NULL DEFAULT '',
    case_ids    TEXT NOT NULL DEFAULT '',       -- comma separated case ids
    fields_out  TEXT NOT NULL DEFAULT '[]',     -- JSON: fields left out
    fields_in   TEXT NOT NULL DEFAULT '[]',     -- JSON: special fields added, with reasons
    sha256      TEXT NOT NULL,
    encrypted   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE draft (
    key        TEXT PRIMARY KEY,               -- e.g. 'intake:new' or 'intake:case:12'
    payload    TEXT NOT NULL,                  -- JSON
    updated_at TEXT NOT NULL
);

-- Anonymous statistics that survive the purge of a case: no identifiers, no free text.
CREATE TABLE stats_record (
    id                    INTEGER PRIMARY KEY,
    quarter               TEXT NOT NULL,        -- e.g. 2026-Q3 (of the signal)
    forms                 TEXT NOT NULL DEFAULT '',
    department            TEXT NOT NULL DEFAULT '',
    signal_type           TEXT NOT NULL DEFAULT '',
    minor                 TEXT NOT NULL DEFAULT '',
    outcome               TEXT NOT NULL DEFAULT '',
    handovers             TEXT NOT NULL DEFAULT '',
    days_to_handover      INTEGER,
    days_to_feedback      INTEGER,
    interventions         TEXT NOT NULL DEFAULT '{}'
);

-- Append-only, hash-chained. Never holds case content: who, when, action, case id.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    case_id   INTEGER,
    detail    TEXT NOT NULL DEFAULT '',          -- codes only (e.g. profile id, field names)
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_case ON audit_log(case_id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Full-text index over folded case text (folding done in Python, see desktop/domain/fold.py).
CREATE VIRTUAL TABLE case_fts USING fts5(
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);
INSERT INTO case_fts(case_fts, rank) VALUES ('secure-delete', 1);
