-- Indexes for queries that read a few claims of a large record: the ties naming an actor
-- as their third party (subject and object have theirs), and the latest retraction or
-- change, which an import reads to stamp its changes after every earlier one.
CREATE INDEX claims_third ON claims (third, entity) WHERE third IS NOT NULL;
CREATE INDEX claims_closed ON claims (recorded_to) WHERE recorded_to IS NOT NULL;

-- The actors of each version of each event, so that an actor's events are found without
-- reading every event. The Go step of this migration (eventActors in migrate.go) fills
-- it from the events already recorded.
CREATE TABLE event_actors (
	id      TEXT    NOT NULL,
	version INTEGER NOT NULL,
	actor   TEXT    NOT NULL,
	PRIMARY KEY (actor, id, version)
) STRICT, WITHOUT ROWID;
