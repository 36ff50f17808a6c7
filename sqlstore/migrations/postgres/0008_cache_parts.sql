-- As SQLite's migration 8: the record cache keeps each blob in parts, one row each (the
-- header, then one row a chunk), so that a blob is read and written a chunk at a time.
-- The cache holds nothing that the claims do not: its blobs are built again when read.
DROP TABLE record_cache;
CREATE TABLE record_cache (
	case_id TEXT COLLATE "C" NOT NULL,
	entity  TEXT COLLATE "C" NOT NULL CHECK (entity IN ('source', 'actor', 'tie')),
	part    INTEGER NOT NULL CHECK (part >= 0),
	stamp   BIGINT NOT NULL,
	body    BYTEA  NOT NULL,
	PRIMARY KEY (case_id, entity, part)
);
