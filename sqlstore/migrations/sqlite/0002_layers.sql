-- Tie kinds have layers (alignment, hierarchy, process), and an agreement's sign follows
-- its type. A tie's sign and direction are derived from its kind and type, never written
-- by the analyst; earlier versions stored agreements, mediations and memberships as +.
-- The Go step of this migration (rederiveTies in migrate.go) rewrites the derived fields
-- of every stored version, so that a re-import of an unchanged file changes nothing.
-- What the analyst recorded is not touched: an agreement written without a type stays
-- without one, read as a process tie, and `check` asks for its type.
SELECT 1;
