package sqlstore

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/storetest"
)

// only gives the ties of one record as a stream.
func only(rec *alliances.Record, ties storetest.TieList) func(*alliances.Record) alliances.TieSource {
	return func(r *alliances.Record) alliances.TieSource {
		if r == rec {
			return ties
		}
		return nil
	}
}

// streamed returns a copy of rec without its ties, and its ties as a stream.
func streamed(rec *alliances.Record) (*alliances.Record, storetest.TieList) {
	head := *rec
	head.Ties = nil
	return &head, storetest.TieList(rec.Ties)
}

// TestImportStreamRecordsWhatImportDoes imports the built-in cases into two empty stores,
// one whole, one with the Afghanistan case's ties streamed, and then each again with a
// tie of the middle changed (the record cache is then written from the first change, the
// claims before it read again): the records, the claims' rows and the record cache are
// the same after each.
func TestImportStreamRecordsWhatImportDoes(t *testing.T) {
	ctx := context.Background()
	open := func(name string) *DB {
		db, err := Open(ctx, filepath.Join(t.TempDir(), name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
		db.Now = func() time.Time { at = at.Add(time.Second); return at }
		return db
	}
	whole, stream := open("whole.db"), open("stream.db")
	recs, err := cases.Records()
	if err != nil {
		t.Fatal(err)
	}
	var afg *alliances.Record
	var others []*alliances.Record
	for _, r := range recs {
		if r.Case == "afghanistan-2021" {
			afg = r
		} else {
			others = append(others, r)
		}
	}
	for round := range 2 {
		if round == 1 {
			afg.Ties[len(afg.Ties)/2].Note = "Changed for the second import."
		}
		ws, err := whole.Import(ctx, append([]*alliances.Record{afg}, others...)...)
		if err != nil {
			t.Fatal(err)
		}
		head, ties := streamed(afg)
		ss, err := stream.ImportStream(ctx, only(head, ties), append([]*alliances.Record{head}, others...)...)
		if err != nil {
			t.Fatal(err)
		}
		for i := range ws {
			ws[i].Recorded, ss[i].Recorded = time.Time{}, time.Time{}
		}
		if !reflect.DeepEqual(ws, ss) || round == 1 && ss[0].Changed != 1 {
			t.Fatalf("round %d: summaries %+v streamed, %+v whole", round, ss, ws)
		}
		for _, r := range recs {
			a, err := whole.Record(ctx, r.Case, time.Time{})
			if err != nil {
				t.Fatal(err)
			}
			b, err := stream.Record(ctx, r.Case, time.Time{})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(a, b) || len(b.Ties) == 0 && r.Case == afg.Case {
				t.Errorf("round %d: case %s reads differently after its ties were streamed", round, r.Case)
			}
		}
		claims := `SELECT entity || ' ' || id || ' ' || version || ' ' || case_id || ' ' || seq || ' ' || coalesce(subject, '') || ' ' ||
			coalesce(object, '') || ' ' || coalesce(kind, '') || ' ' || coalesce(strict_first, '') || ' ' || recorded_from || ' ' ||
			coalesce(recorded_to, '') || ' ' || body
			FROM claims ORDER BY entity, id, version`
		if a, b := dumpRows(t, whole, claims), dumpRows(t, stream, claims); a != b || a == "" {
			t.Errorf("round %d: the claims' rows differ after a streamed import", round)
		}
		cache := `SELECT case_id || ' ' || entity || ' ' || part || ' ' || stamp || ' ' || hex(body) FROM record_cache ORDER BY case_id, entity, part`
		if a, b := dumpRows(t, whole, cache), dumpRows(t, stream, cache); a != b || !strings.Contains(a, "afghanistan-2021 tie") {
			t.Errorf("round %d: the record cache differs after a streamed import", round)
		}
	}
}

// dumpRows runs a query of one text column and joins its rows.
func dumpRows(t *testing.T, db *DB, query string) string {
	t.Helper()
	rs, err := db.write.QueryContext(context.Background(), query)
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	var out []string
	for rs.Next() {
		var line string
		if err := rs.Scan(&line); err != nil {
			t.Fatal(err)
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// TestImportStreamRefusesWhatImportRefuses: a streamed tie naming an actor no one
// defines, or two streamed ties of one id, are refused as a whole record's are, and the
// store is left empty.
func TestImportStreamRefusesWhatImportRefuses(t *testing.T) {
	ctx := context.Background()
	recs, err := cases.Records()
	if err != nil {
		t.Fatal(err)
	}
	var afg *alliances.Record
	for _, r := range recs {
		if r.Case == "afghanistan-2021" {
			afg = r
		}
	}
	for _, tc := range []struct {
		name, want string
		spoil      func(ties []alliances.Tie)
	}{
		{"unknown actor", `unknown actor "nobody-at-all"`, func(ties []alliances.Tie) { ties[7].Object = "nobody-at-all" }},
		{"duplicate id", `duplicate id`, func(ties []alliances.Tie) { ties[9].ID = ties[3].ID }},
		{"no citation", `no citation`, func(ties []alliances.Tie) { ties[5].Citations = nil }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db, err := Open(ctx, filepath.Join(t.TempDir(), "refused.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			head, ties := streamed(afg)
			ties = append(storetest.TieList(nil), ties...)
			tc.spoil(ties)
			_, err = db.ImportStream(ctx, only(head, ties), head)
			if alliances.KindOf(err) != alliances.Invalid || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("streamed import: %v, want Invalid naming %q", err, tc.want)
			}
			if ids, err := db.CaseIDs(ctx, time.Time{}); err != nil || len(ids) != 0 {
				t.Errorf("cases after the refused import: %v (%v), want none", ids, err)
			}
		})
	}
}
