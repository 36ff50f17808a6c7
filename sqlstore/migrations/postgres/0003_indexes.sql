-- As SQLite's migration 3: the ties naming an actor as their third party, the latest
-- retraction or change, and the actors of each version of each event.
CREATE INDEX claims_third ON claims (third, entity) WHERE third IS NOT NULL;
CREATE INDEX claims_closed ON claims (recorded_to) WHERE recorded_to IS NOT NULL;

CREATE TABLE event_actors (
	id      TEXT COLLATE "C" NOT NULL,
	version INTEGER NOT NULL,
	actor   TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY (actor, id, version)
);
