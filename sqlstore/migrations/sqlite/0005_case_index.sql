-- An index of each case's claims by entity and recorded times, so that `cases` counts a
-- case's current claims (recorded_to IS NULL comes first) from the index alone and finds
-- the case's latest change with a few searches, instead of reading every row of the
-- case. New claims land at the end of their range: an import adds to it in order.
CREATE INDEX claims_case_times ON claims (case_id, entity, recorded_to, recorded_from);
