-- The record cache keeps each blob in parts, one row each: the header with the names and
-- valid times, then one row a chunk (see blobBuilder.parts in package sqlstore). A blob
-- of one row was put together whole in SQLite's memory before the driver copied it, 68 MB
-- twice for 10^6 ties. The cache holds nothing that the claims do not: the blobs of the
-- one-row table are dropped, and each is built again the first time it is read.
DROP TABLE record_cache;
CREATE TABLE record_cache (
	case_id TEXT    NOT NULL,
	entity  TEXT    NOT NULL CHECK (entity IN ('source', 'actor', 'tie')),
	part    INTEGER NOT NULL CHECK (part >= 0),
	stamp   INTEGER NOT NULL,
	body    BLOB    NOT NULL,
	PRIMARY KEY (case_id, entity, part)
) STRICT;
