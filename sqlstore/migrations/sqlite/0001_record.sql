-- The record: every version of every claim, with its recorded time.
-- A version is current while recorded_to is NULL. Times are Unix nanoseconds (UTC);
-- days are counted from 1970-01-01 (see package edtf).

CREATE TABLE cases (
	id            TEXT    NOT NULL,
	version       INTEGER NOT NULL,
	recorded_from INTEGER NOT NULL,
	recorded_to   INTEGER,
	body          TEXT    NOT NULL, -- {"title": ..., "description": ...}
	PRIMARY KEY (id, version)
) STRICT;

CREATE UNIQUE INDEX cases_current ON cases (id) WHERE recorded_to IS NULL;

CREATE TABLE claims (
	entity        TEXT    NOT NULL CHECK (entity IN ('source', 'actor', 'tie', 'event')),
	id            TEXT    NOT NULL,
	version       INTEGER NOT NULL,
	case_id       TEXT    NOT NULL,
	seq           INTEGER NOT NULL, -- position in the case, so exports keep the analyst's order
	recorded_from INTEGER NOT NULL,
	recorded_to   INTEGER,
	body          TEXT    NOT NULL, -- the claim as canonical JSON
	-- Query columns, ties only: who, which kind, and the strict and fuzzy day ranges of
	-- the valid time. Events fill the day ranges from their date; an actor merged into
	-- another names it in object.
	subject       TEXT,
	object        TEXT,
	third         TEXT,
	kind          TEXT,
	strict_first  INTEGER,
	strict_last   INTEGER,
	fuzzy_first   INTEGER,
	fuzzy_last    INTEGER,
	PRIMARY KEY (entity, id, version)
) STRICT;

CREATE UNIQUE INDEX claims_current ON claims (entity, id) WHERE recorded_to IS NULL;
CREATE INDEX claims_case ON claims (case_id, entity, seq);
CREATE INDEX claims_subject ON claims (subject, entity);
CREATE INDEX claims_object ON claims (object, entity);
CREATE INDEX claims_recorded ON claims (entity, recorded_from);
