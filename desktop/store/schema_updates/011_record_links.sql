-- Issue 16: links between the records of one case. A person "verblijft op" an address of the
-- case; an organisation "regelt huisvesting op" one (labour exploitation: the employer houses
-- the workers). Identifiers already had person_id. Removing the address clears the link.
ALTER TABLE person ADD COLUMN address_id INTEGER REFERENCES address(id) ON DELETE SET NULL;
ALTER TABLE organisation ADD COLUMN housing_address_id INTEGER
    REFERENCES address(id) ON DELETE SET NULL;
CREATE INDEX IF NOT EXISTS person_address ON person(address_id) WHERE address_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS organisation_housing ON organisation(housing_address_id)
    WHERE housing_address_id IS NOT NULL;
