package main

// mutations are the deliberate bugs, each a wrong answer the tests must catch. The first
// ones sit between the algorithms and what a user reads; the last ones in the algorithms.
var mutations = []mutation{
	{
		name: "brokers-roles-swapped", file: "answer/brokers.go",
		from: "Representative: c[abrokerage.Representative],\n\t\t\tGatekeeper: c[abrokerage.Gatekeeper],",
		to:   "Representative: c[abrokerage.Gatekeeper],\n\t\t\tGatekeeper: c[abrokerage.Representative],",
		pkgs: []string{"./cmd/alliances"}, breaks: "brokers reports the representative as gatekeeper and back",
	},
	{
		name: "brokers-explain-ties-swapped", file: "answer/brokers.go",
		from: "InTies: g.ArcTies(int(p.In)), OutTies: g.ArcTies(int(p.Out))",
		to:   "InTies: g.ArcTies(int(p.Out)), OutTies: g.ArcTies(int(p.In))",
		pkgs: []string{"./cmd/alliances"}, breaks: "brokers --explain lists the tie out of the broker as the tie in",
	}, {
		name: "blocs-wrong-actor", file: "answer/blocs.go",
		from: "a := g.Snapshot.Actor(v)\n",
		to:   "a := g.Snapshot.Actor((v + 1) % len(cluster))\n",
		pkgs: []string{"./cmd/alliances"}, breaks: "blocs lists an actor in its neighbour's bloc",
	},
	{
		name: "pair-wrong-actor", file: "answer/balance.go",
		from: "return append([]string{g.Snapshot.Actor(g.Tail(arc)), g.Snapshot.Actor(int(g.Adj[arc]))}",
		to:   "return append([]string{g.Snapshot.Actor(g.Tail(arc)), g.Snapshot.Actor(g.Tail(arc))}",
		pkgs: []string{"./cmd/alliances"}, breaks: "balance and blocs name one actor of a pair twice",
	},
	{
		name: "supporters-weakest-first", file: "answer/supporters.go",
		from: "return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(b.MaxScore, a.MaxScore)",
		to:   "return cmp.Or(cmp.Compare(a.Score, b.Score), cmp.Compare(b.MaxScore, a.MaxScore)",
		pkgs: []string{"./cmd/alliances"}, breaks: "supporters ranks the weakest first",
	},
	{
		name: "supporters-weak-credibility", file: "answer/supporters.go",
		from: "v := ed.W * float64(7-cred) / 6",
		to:   "v := ed.W * float64(cred) / 6",
		pkgs: []string{"./cmd/alliances"}, breaks: "supporters rewards weak credibility",
	},
	{
		name: "ranks-not-shared", file: "answer/report.go",
		from: "if i > 0 && Same(v, values[i-1]) {",
		to:   "if false && Same(v, values[i-1]) {",
		pkgs: []string{"./answer", "./cmd/alliances"}, breaks: "equal scores no longer share a rank",
	},
	{
		name: "robust-ranks-not-shared", file: "answer/robust.go",
		from: "if i > 0 && vals[a] == vals[order[i-1]] {",
		to:   "if false && vals[a] == vals[order[i-1]] {",
		pkgs: []string{"./cmd/alliances"}, breaks: "--robust ranks equal values apart",
	},
	{
		name: "diff-begun-ended-json", file: "answer/diff.go",
		from: "for _, i := range sortedKeys(in2) {\n\t\tif !in1[i] {",
		to:   "for _, i := range sortedKeys(in1) {\n\t\tif !in2[i] {",
		pkgs: []string{"./cmd/alliances"}, breaks: "diff lists the ended ties as begun",
	},
	{
		name: "diff-begun-ended-table", file: "cmd/alliances/diff.go",
		from: "section(\"Begun\", c.Begun)\n\tsection(\"\\nEnded\", c.Ended)",
		to:   "section(\"Begun\", c.Ended)\n\tsection(\"\\nEnded\", c.Begun)",
		pkgs: []string{"./cmd/alliances"}, breaks: "diff's table prints the ended ties under Begun",
	},
	{
		name: "timeline-end-first-day", file: "answer/timeline.go",
		from: "Day: end.Date.Strict().Last, What: \"ends\"",
		to:   "Day: end.Date.Strict().First, What: \"ends\"",
		pkgs: []string{"./cmd/alliances"}, breaks: "timeline places an end on the first day of its period",
	}, {
		name: "known-at-from-exclusive", file: "sqlite/query.go",
		from: "recorded_from <= ? AND (recorded_to IS NULL OR recorded_to > ?)",
		to:   "recorded_from < ? AND (recorded_to IS NULL OR recorded_to > ?)",
		pkgs: []string{"./cmd/alliances", "./sqlite"}, breaks: "--known-at at an import's instant does not see it",
	},
	{
		name: "known-at-to-inclusive", file: "sqlite/query.go",
		from: "recorded_from <= ? AND (recorded_to IS NULL OR recorded_to > ?)",
		to:   "recorded_from <= ? AND (recorded_to IS NULL OR recorded_to >= ?)",
		pkgs: []string{"./cmd/alliances", "./sqlite"}, breaks: "--known-at at an edit's instant sees both versions",
	},
	{
		name: "known-at-date-start", file: "answer/params.go",
		from: "return clampKnownAt(end.Add(-time.Nanosecond)), nil",
		to:   "_ = end\n\t\t\treturn clampKnownAt(d), nil",
		pkgs: []string{"./cmd/alliances"}, breaks: "--known-at 2026-03-01 means the day's start, not its end",
	},
	{
		name: "known-at-month-a-day", file: "answer/params.go",
		from: "end = d.AddDate(0, 1, 0)",
		to:   "end = d.AddDate(0, 0, 1)",
		pkgs: []string{"./cmd/alliances"}, breaks: "--known-at 2026-03 means the end of its first day",
	}, {
		name: "fuzzy-analyses-swapped", file: "snapshot/filter.go",
		from: "case f.Fuzzy:\n\t\treturn ix.fuzzy[i]\n\t}\n\treturn ix.strict[i]",
		to:   "case f.Fuzzy:\n\t\treturn ix.strict[i]\n\t}\n\treturn ix.fuzzy[i]",
		pkgs: []string{"./cmd/alliances"}, breaks: "the analyses read fuzzy dates by default and strict ones with --fuzzy",
	},
	{
		name: "fuzzy-ties-swapped", file: "sqlite/query.go",
		from: "if f.Fuzzy {\n\t\t\tfirst, last = \"fuzzy_first\", \"fuzzy_last\"",
		to:   "if !f.Fuzzy {\n\t\t\tfirst, last = \"fuzzy_first\", \"fuzzy_last\"",
		pkgs: []string{"./cmd/alliances", "./sqlite"}, breaks: "ties --at reads fuzzy dates by default and strict ones with --fuzzy",
	},
	{
		name: "fuzzy-active-swapped", file: "store.go",
		from: "span := t.Valid.Strict()\n\tif fuzzy {",
		to:   "span := t.Valid.Strict()\n\tif !fuzzy {",
		pkgs: []string{"./cmd/alliances"}, breaks: "a tie counts as active at a date by its fuzzy range unless --fuzzy, and by its strict one with it",
	},
	{
		name: "actor-events-fuzzy", file: "answer/profile.go",
		from: "r := e.Date.Strict()\n",
		to:   "r := e.Date.Fuzzy()\n",
		pkgs: []string{"./cmd/alliances"}, breaks: "actor --at lists events that only possibly fall at the date",
	},
	{
		name: "timeline-begin-fuzzy", file: "answer/timeline.go",
		from: "Day: start.Date.Strict().First, What: \"begins\"",
		to:   "Day: start.Date.Fuzzy().First, What: \"begins\"",
		pkgs: []string{"./cmd/alliances"}, breaks: "timeline places a begin at its fuzzy first day",
	}, {
		name: "reference-karate-truncated", file: "analysis/centrality/testdata/karate_reference.json",
		from: "    76.69047619047619,\n    160.5515873015873\n   ],",
		to:   "    76.69047619047619\n   ],",
		pkgs: []string{"./analysis/centrality"}, breaks: "the karate reference loses its last betweenness value",
	},
	{
		name: "reference-census-case-dropped", file: "analysis/balance/testdata/census_reference.json",
		from: "  },\n  {\n   \"graph\": \"random G(200,2000) seed 3\"",
		to:   "  }\n ],\n \"dropped\": [\n  {\n   \"graph\": \"random G(200,2000) seed 3\"",
		pkgs: []string{"./analysis/balance"}, breaks: "the census reference loses its largest case",
	},
	{
		name: "reference-sna-case-dropped", file: "analysis/brokerage/testdata/brokerage_sna.json",
		from: "  },\n  {\n   \"name\": \"random directed\"",
		to:   "  }\n ],\n \"dropped\": [\n  {\n   \"name\": \"random directed\"",
		pkgs: []string{"./analysis/brokerage"}, breaks: "the sna reference loses its random case",
	}, {
		name: "edgelist-line-off-by-one", file: "scripts/edgelist2case/main.go",
		from: "t, err := edge(o.caseID, f, i+1, valid",
		to:   "t, err := edge(o.caseID, f, i, valid",
		pkgs: []string{"./scripts/edgelist2case"}, breaks: "edgelist2case cites the line before the edge's",
	},
	{
		name: "edgelist-sign-flipped", file: "scripts/edgelist2case/edge.go",
		from: "if x < 0 {\n\t\t\tt.Kind = neg",
		to:   "if x > 0 {\n\t\t\tt.Kind = neg",
		pkgs: []string{"./scripts/edgelist2case"}, breaks: "edgelist2case makes friends of enemies",
	},
	{
		name: "centrality-error-kind", file: "analysis/centrality/pagerank.go",
		from: "alliances.Errorf(alliances.Invalid, \"centrality.PageRank\", \"damping",
		to:   "alliances.Errorf(alliances.Internal, \"centrality.PageRank\", \"damping",
		pkgs: []string{"./analysis/centrality"}, breaks: "a bad damping is reported as a bug, not as bad input",
	},
	{
		name: "timeline-unknown-case-accepted", file: "cmd/alliances/timeline.go",
		from: "if _, err := db.Record(ctx, f.caseID, filter.KnownAt); err != nil {\n\t\t\treturn err",
		to:   "if _, err := db.Record(ctx, f.caseID, filter.KnownAt); err == nil {\n\t\t\treturn err",
		pkgs: []string{"./cmd/alliances"}, breaks: "timeline --case of an unknown case lists nothing instead of saying so",
	}, {
		name: "shared-data-never-required", file: "internal/shareddata/shareddata.go",
		from: "if os.Getenv(RequireEnv) == \"1\" {",
		to:   "if false {",
		pkgs: []string{"./internal/shareddata"}, breaks: "ALLIANCES_REQUIRE_DATA=1 still skips the tests whose data is missing",
	},
	// The algorithms.
	{
		name: "algo-roles-swapped", file: "analysis/brokerage/roles.go",
		from: "case a == b:\n\t\treturn Representative\n\tcase b == c:\n\t\treturn Gatekeeper",
		to:   "case a == b:\n\t\treturn Gatekeeper\n\tcase b == c:\n\t\treturn Representative",
		pkgs: []string{"./analysis/brokerage"}, breaks: "Gould-Fernandez roles: representative and gatekeeper swapped",
	},
	{
		name: "algo-census-shifted", file: "analysis/balance/census.go",
		from: "t := TriangleCensus{PPP: c[0], PPN: c[1], PNN: c[2], NNN: c[3]}",
		to:   "t := TriangleCensus{PPP: c[0], PPN: c[2], PNN: c[1], NNN: c[3]}",
		pkgs: []string{"./analysis/balance"}, breaks: "the triangle census counts ++- as +--",
	},
	{
		name: "algo-betweenness-not-halved", file: "analysis/centrality/betweenness.go",
		from: "case !directed:\n\t\treturn 0.5",
		to:   "case !directed:\n\t\treturn 1",
		pkgs: []string{"./analysis/centrality"}, breaks: "undirected betweenness counts each pair twice",
	},
	{
		name: "algo-blocs-between-as-within", file: "analysis/blocs/edges.go",
		from: "if cluster[t.u[i]] == cluster[t.v[i]] {\n\t\t\tp += within",
		to:   "if cluster[t.u[i]] != cluster[t.v[i]] {\n\t\t\tp += within",
		pkgs: []string{"./analysis/blocs"}, breaks: "the blocs' criterion charges ties inside as between",
	},
	{
		name: "algo-pagerank-damping", file: "analysis/centrality/pagerank.go",
		from: "damping: cmp0(o.Damping, 0.85)",
		to:   "damping: cmp0(o.Damping, 0.8)",
		pkgs: []string{"./analysis/centrality"}, breaks: "PageRank's default damping is 0.8, not NetworkX's 0.85",
	},
	{
		name: "export-link-textual", file: "internal/safefile/safefile.go",
		from: "dir, err := filepath.EvalSymlinks(filepath.Dir(path))",
		to:   "dir, err := filepath.Dir(path), error(nil)",
		pkgs: []string{"./internal/safefile"}, breaks: "export through a relative link in a linked folder replaces a file the link does not name",
	},
	{
		name: "json-nel-raw", file: "casefile/encode.go",
		from: "(r >= 0x80 && r <= 0x9f)",
		to:   "(r >= 0x80 && r <= 0x9f && r != 0x85)",
		pkgs: []string{"./casefile"}, breaks: "JSON export writes NEL raw, and reading it back folds it into a space",
	},
	{
		name: "omitted-not-counted", file: "cmd/alliances/check.go",
		from: "count(len(errs)+in.omitted, \"problem\")",
		to:   "count(len(errs), \"problem\")",
		pkgs: []string{"./cmd/alliances"}, breaks: "check counts only the problems a case file's reader kept",
	},
}
