-- Issue 15: anonymous statistics rows also keep the registration chain (how many persons were
-- registered at the Zorg- en Veiligheidshuis / reported to CoMensha) and the codes of adjacent
-- phenomena (CCV lens), so these counts survive the destruction of a case.
-- Case-side data (triage override, registrations per person, phenomena) lives in case_file.extra.
ALTER TABLE stats_record ADD COLUMN registrations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE stats_record ADD COLUMN phenomena TEXT NOT NULL DEFAULT '';
