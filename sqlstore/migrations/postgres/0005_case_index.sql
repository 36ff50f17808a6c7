-- As SQLite's migration 5: each case's claims by entity and recorded times, so that
-- `cases` counts a case's current claims and finds its latest change from the index.
CREATE INDEX claims_case_times ON claims (case_id, entity, recorded_to, recorded_from);
