package sqlstore

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// synthetic makes a case of n/5 actors with five ties each (n ties), mixed kinds,
// statuses and valid times, one or two citations a tie, as scripts/synth does.
func synthetic(n int, seed uint64) *alliances.Record {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	actors := max(2, n/5)
	rec := &alliances.Record{Case: "synth", Title: "Synthetic"}
	for i := range 100 {
		rec.Sources = append(rec.Sources, alliances.Source{ID: fmt.Sprintf("s%d", i), Title: "Source", Kind: "analysis", Reliability: "B"})
	}
	for i := range actors {
		rec.Actors = append(rec.Actors, alliances.Actor{ID: fmt.Sprintf("a%d", i), Name: fmt.Sprintf("Actor %d", i), Kind: "armed-group"})
	}
	kinds := []alliances.Kind{alliances.Alliance, alliances.Support, alliances.Cooperation, alliances.Favour,
		alliances.Rivalry, alliances.Hostility, alliances.Opposition, alliances.Coercion}
	for i := range n {
		j := rng.IntN(actors - 1)
		if j >= i/5 {
			j++
		}
		y := 1990 + rng.IntN(32)
		t := alliances.Tie{ID: fmt.Sprintf("t%d", i), Subject: fmt.Sprintf("a%d", i/5), Object: fmt.Sprintf("a%d", j),
			Kind: kinds[rng.IntN(len(kinds))], Valid: edtf.MustParse(fmt.Sprintf("%d/%d", y, min(y+rng.IntN(6), 2021))),
			Status: alliances.Statuses[rng.IntN(3)], Basis: alliances.Stated, Intensity: rng.IntN(6)}
		for range 1 + rng.IntN(2) {
			t.Citations = append(t.Citations, alliances.Citation{Source: fmt.Sprintf("s%d", rng.IntN(100)),
				Locator: fmt.Sprintf("p. %d", 1+rng.IntN(300)), Credibility: alliances.Credibility(1 + rng.IntN(6))})
		}
		rec.Ties = append(rec.Ties, t)
	}
	return rec
}

var benchTies = flag.Int("bench-ties", 0, "BenchmarkImport: also this many ties (such as 1000000)")

// BenchmarkImport imports synthetic cases of growing size into a new database file,
// then again unchanged, and reads their ties back: the store alone, without parsing
// files. The time per tie should not grow with the size.
func BenchmarkImport(b *testing.B) {
	ctx := context.Background()
	sizes := []int{1e4, 1e5}
	if *benchTies > 0 {
		sizes = append(sizes, *benchTies)
	}
	for _, n := range sizes {
		rec := synthetic(n, 1)
		b.Run(fmt.Sprintf("new/%d", n), func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				db, err := Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("i%d.db", time.Now().UnixNano())))
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if _, err := db.Import(ctx, rec); err != nil {
					b.Fatal(err)
				}
				db.Close()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/tie")
		})
		db, err := Open(ctx, filepath.Join(b.TempDir(), "again.db"))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := db.Import(ctx, rec); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("unchanged/%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := db.Import(ctx, rec); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/tie")
		})
		b.Run(fmt.Sprintf("read/%d", n), func(b *testing.B) {
			for b.Loop() {
				ties, err := db.Ties(ctx, alliances.TieFilter{Case: "synth"})
				if err != nil || len(ties) != n {
					b.Fatalf("%d ties (%v), want %d", len(ties), err, n)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/tie")
		})
		db.Close()
	}
}

// BenchmarkClaimRows measures what writing one claim's row costs SQLite, apart from all
// else an import does (reading files, checking, encoding, the record cache): rows shaped
// as the synthetic case's ties (subject and object among n/5 actors, the claim's JSON of
// about 290 bytes), inserted by the import's statement in one transaction, into the
// claims table as migrated (with its indexes) and into the same table with its primary
// key alone. Run with -benchtime 1220100x, the claims of the million-tie case: ns/op
// times 1,220,100 is then the least time SQLite takes to write that case.
func BenchmarkClaimRows(b *testing.B) {
	ctx := context.Background()
	for _, indexes := range []string{"all", "primary-key"} {
		b.Run("indexes="+indexes, func(b *testing.B) {
			db, err := Open(ctx, filepath.Join(b.TempDir(), "rows.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			if indexes == "primary-key" {
				rows, err := db.write.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'claims' AND sql IS NOT NULL`)
				if err != nil {
					b.Fatal(err)
				}
				var names []string
				for rows.Next() {
					var name string
					if err := rows.Scan(&name); err != nil {
						b.Fatal(err)
					}
					names = append(names, name)
				}
				rows.Close()
				for _, name := range names {
					if _, err := db.write.ExecContext(ctx, "DROP INDEX "+name); err != nil {
						b.Fatal(err)
					}
				}
			}
			rec := synthetic(b.N, 1)
			bodies := make([]string, b.N)
			for i := range rec.Ties {
				body, err := json.Marshal(&rec.Ties[i])
				if err != nil {
					b.Fatal(err)
				}
				bodies[i] = string(body)
			}
			tx, err := db.write.BeginTx(ctx, nil)
			if err != nil {
				b.Fatal(err)
			}
			defer tx.Rollback()
			stmt, err := tx.PrepareContext(ctx, insertClaim)
			if err != nil {
				b.Fatal(err)
			}
			now := time.Now().UnixNano()
			b.ResetTimer()
			for i := range b.N {
				t := &rec.Ties[i]
				s, f := t.Valid.Strict(), t.Valid.Fuzzy()
				if _, err := stmt.ExecContext(ctx, "tie", t.ID, 1, rec.Case, i, now, bodies[i], t.Subject, t.Object, nil, string(t.Kind),
					int64(s.First), int64(s.Last), int64(f.First), int64(f.Last)); err != nil {
					b.Fatal(err)
				}
			}
			if err := tx.Commit(); err != nil {
				b.Fatal(err)
			}
		})
	}
}
