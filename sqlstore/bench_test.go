package sqlstore

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
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
// about 290 bytes), inserted in one transaction into the claims table. The ways:
//
//   - all: the import's statement, a row at a time, into the table as migrated (with its
//     indexes);
//   - primary-key: the same into the table with its primary key alone;
//   - indexes-after: into the table with its primary key alone, then its indexes made
//     again in the same transaction (what an import into an empty store could do);
//   - rows-64: 64 rows a statement, into the table with its primary key alone;
//   - rows-64-indexes-after: both.
//
// Run with -benchtime 1220100x, the claims of the million-tie case: ns/op times 1,220,100
// is then the least time SQLite takes to write that case that way.
func BenchmarkClaimRows(b *testing.B) {
	ctx := context.Background()
	for _, way := range []string{"all", "primary-key", "indexes-after", "rows-64", "rows-64-indexes-after"} {
		b.Run(way, func(b *testing.B) {
			db, err := Open(ctx, filepath.Join(b.TempDir(), "rows.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			var indexes []string // the statements that make them
			if way != "all" {
				rows, err := db.write.QueryContext(ctx, `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'claims' AND sql IS NOT NULL`)
				if err != nil {
					b.Fatal(err)
				}
				var names []string
				for rows.Next() {
					var name, sql string
					if err := rows.Scan(&name, &sql); err != nil {
						b.Fatal(err)
					}
					names, indexes = append(names, name), append(indexes, sql)
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
			one, err := tx.PrepareContext(ctx, insertClaim)
			if err != nil {
				b.Fatal(err)
			}
			const batch = 64
			many, err := tx.PrepareContext(ctx, insertRows(batch))
			if err != nil {
				b.Fatal(err)
			}
			now := time.Now().UnixNano()
			args := make([]any, 0, 15*batch)
			b.ResetTimer()
			for i := range b.N {
				t := &rec.Ties[i]
				s, f := t.Valid.Strict(), t.Valid.Fuzzy()
				args = append(args, "tie", t.ID, 1, rec.Case, i, now, bodies[i], t.Subject, t.Object, nil, string(t.Kind),
					int64(s.First), int64(s.Last), int64(f.First), int64(f.Last))
				if strings.HasPrefix(way, "rows-64") && len(args) < 15*batch && i < b.N-1 {
					continue
				}
				if len(args) == 15*batch {
					if _, err := many.ExecContext(ctx, args...); err != nil {
						b.Fatal(err)
					}
				} else {
					for k := 0; k < len(args); k += 15 {
						if _, err := one.ExecContext(ctx, args[k:k+15]...); err != nil {
							b.Fatal(err)
						}
					}
				}
				args = args[:0]
			}
			if strings.HasSuffix(way, "indexes-after") {
				for _, sql := range indexes {
					if _, err := tx.ExecContext(ctx, sql); err != nil {
						b.Fatal(err)
					}
				}
			}
			if err := tx.Commit(); err != nil {
				b.Fatal(err)
			}
		})
	}
}
