-- The record cache: a compact copy of the current sources, actors and ties of each case,
-- one blob per case and entity, which analyses read instead of each claim's JSON. A blob
-- is read only while stamp is the latest recorded time in the database; imports rewrite
-- the blobs of the cases they change in their own transaction, and reads build missing
-- ones (see cache.go and cachecodec.go in package sqlite). It holds nothing that the
-- claims do not: emptying it loses nothing.
CREATE TABLE record_cache (
	case_id TEXT    NOT NULL,
	entity  TEXT    NOT NULL CHECK (entity IN ('source', 'actor', 'tie')),
	stamp   INTEGER NOT NULL,
	body    BLOB    NOT NULL,
	PRIMARY KEY (case_id, entity)
) STRICT;
