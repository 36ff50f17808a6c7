-- As SQLite's migration 4: the record cache, a compact copy of the current sources,
-- actors and ties of each case, read only while stamp is the latest recorded time (see
-- cache.go). It holds nothing that the claims do not.
CREATE TABLE record_cache (
	case_id TEXT COLLATE "C" NOT NULL,
	entity  TEXT COLLATE "C" NOT NULL CHECK (entity IN ('source', 'actor', 'tie')),
	stamp   BIGINT NOT NULL,
	body    BYTEA  NOT NULL,
	PRIMARY KEY (case_id, entity)
);
