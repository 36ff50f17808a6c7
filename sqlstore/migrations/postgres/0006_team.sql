-- As SQLite's migration 6: accounts with roles and per-case access, sessions and API
-- tokens (their hashes), proposed changes waiting for review, and the audit trail. See
-- package team. Ids are random, so that a distributed database spreads their writes.
CREATE TABLE users (
	name       TEXT COLLATE "C"    NOT NULL PRIMARY KEY,
	role       TEXT COLLATE "C"    NOT NULL CHECK (role IN ('reader', 'analyst', 'reviewer', 'admin')),
	password   TEXT COLLATE "C"    NOT NULL, -- argon2id, PHC string
	restricted INTEGER NOT NULL, -- 1: may see restricted sources
	disabled   INTEGER NOT NULL,
	created    BIGINT NOT NULL
);

CREATE TABLE case_access (
	user_name TEXT COLLATE "C"    NOT NULL,
	case_id   TEXT COLLATE "C"    NOT NULL, -- '*': every case
	can_edit  INTEGER NOT NULL,
	PRIMARY KEY (user_name, case_id)
);

CREATE TABLE tokens (
	hash      TEXT COLLATE "C"    NOT NULL PRIMARY KEY, -- SHA-256 of the token, never the token
	id        TEXT COLLATE "C"    NOT NULL UNIQUE,
	user_name TEXT COLLATE "C"    NOT NULL,
	kind      TEXT COLLATE "C"    NOT NULL CHECK (kind IN ('session', 'api')),
	label     TEXT COLLATE "C"    NOT NULL,
	csrf      TEXT COLLATE "C"    NOT NULL,
	created   BIGINT NOT NULL,
	expires   BIGINT, -- NULL: until revoked
	revoked   INTEGER NOT NULL
);

CREATE INDEX tokens_user ON tokens (user_name);

CREATE TABLE proposals (
	id          TEXT COLLATE "C"    NOT NULL PRIMARY KEY,
	case_id     TEXT COLLATE "C"    NOT NULL,
	entity      TEXT COLLATE "C"    NOT NULL CHECK (entity IN ('source', 'actor', 'tie', 'event')),
	claim_id    TEXT COLLATE "C"    NOT NULL,
	base        INTEGER NOT NULL, -- the version it was made on; 0: a new claim
	retract     INTEGER NOT NULL,
	body        TEXT, -- the claim as JSON, as proposed; NULL for a retraction
	accepted    TEXT, -- the claim as a reviewer edited it, when accepted so
	confidence  DOUBLE PRECISION, -- a reader's confidence in a claim it proposed (alliances extract)
	author      TEXT COLLATE "C"    NOT NULL,
	reason      TEXT COLLATE "C"    NOT NULL,
	created     BIGINT NOT NULL,
	status      TEXT COLLATE "C"    NOT NULL CHECK (status IN ('proposed', 'accepted', 'rejected', 'withdrawn')),
	revision    INTEGER NOT NULL,
	decided_by  TEXT,
	decided_at  BIGINT,
	note        TEXT,
	version     INTEGER,
	document    TEXT COLLATE "C", -- the report it was read from (documents)
	span_start  INTEGER, -- and the byte offsets of its evidence there
	span_end    INTEGER
);

CREATE INDEX proposals_queue ON proposals (status, case_id, created);

-- The reports a reader proposed claims from (alliances extract), kept so that the app
-- shows each with its proposals marked where their evidence is.
CREATE TABLE documents (
	id        TEXT COLLATE "C" NOT NULL PRIMARY KEY,
	case_id   TEXT COLLATE "C" NOT NULL,
	source    TEXT COLLATE "C" NOT NULL,
	name      TEXT NOT NULL,
	body      TEXT NOT NULL,
	author    TEXT NOT NULL,
	created   BIGINT NOT NULL
);

CREATE INDEX documents_case ON documents (case_id, created);
CREATE INDEX proposals_claim ON proposals (entity, claim_id);

-- Append-only: the program never updates or deletes a row.
CREATE TABLE audit (
	id       TEXT COLLATE "C"    NOT NULL PRIMARY KEY,
	at       BIGINT NOT NULL,
	user_name TEXT COLLATE "C"   NOT NULL,
	action   TEXT COLLATE "C"    NOT NULL,
	case_id  TEXT,
	entity   TEXT,
	claim_id TEXT,
	version  INTEGER,
	reason   TEXT,
	detail   TEXT
);

CREATE INDEX audit_at ON audit (at);
CREATE INDEX audit_case ON audit (case_id, at);
CREATE INDEX audit_claim ON audit (claim_id, at);
CREATE INDEX audit_user ON audit (user_name, at);
