-- SQLite's migration 2 rewrote the derived fields of ties that earlier versions had
-- stored; a PostgreSQL database holds nothing an earlier version wrote, so this one
-- only keeps the numbers of both dialects' migrations the same.
SELECT 1;
