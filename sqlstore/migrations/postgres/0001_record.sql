-- The record on PostgreSQL: the tables of SQLite's migration 1, in PostgreSQL's types.
-- Every version of every claim, with its recorded time; a version is current while
-- recorded_to is NULL. Times are Unix nanoseconds (UTC); days are counted from
-- 1970-01-01 (see package edtf). Text compares byte by byte (COLLATE "C"), as in SQLite,
-- so that both stores list ids in one order whatever the server's locale.

CREATE TABLE cases (
	id            TEXT COLLATE "C" NOT NULL,
	version       INTEGER NOT NULL,
	recorded_from BIGINT  NOT NULL,
	recorded_to   BIGINT,
	body          TEXT    NOT NULL, -- {"title": ..., "description": ...}
	PRIMARY KEY (id, version)
);

CREATE UNIQUE INDEX cases_current ON cases (id) WHERE recorded_to IS NULL;

CREATE TABLE claims (
	entity        TEXT COLLATE "C" NOT NULL CHECK (entity IN ('source', 'actor', 'tie', 'event')),
	id            TEXT COLLATE "C" NOT NULL,
	version       INTEGER NOT NULL,
	case_id       TEXT COLLATE "C" NOT NULL,
	seq           INTEGER NOT NULL, -- position in the case, so exports keep the analyst's order
	recorded_from BIGINT  NOT NULL,
	recorded_to   BIGINT,
	body          TEXT    NOT NULL, -- the claim as canonical JSON
	-- Query columns, ties only: who, which kind, and the strict and fuzzy day ranges of
	-- the valid time. Events fill the day ranges from their date; an actor merged into
	-- another names it in object.
	subject       TEXT COLLATE "C",
	object        TEXT COLLATE "C",
	third         TEXT COLLATE "C",
	kind          TEXT COLLATE "C",
	strict_first  BIGINT,
	strict_last   BIGINT,
	fuzzy_first   BIGINT,
	fuzzy_last    BIGINT,
	PRIMARY KEY (entity, id, version)
);

CREATE UNIQUE INDEX claims_current ON claims (entity, id) WHERE recorded_to IS NULL;
CREATE INDEX claims_case ON claims (case_id, entity, seq);
CREATE INDEX claims_subject ON claims (subject, entity);
CREATE INDEX claims_object ON claims (object, entity);
CREATE INDEX claims_recorded ON claims (entity, recorded_from);
