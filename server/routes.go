package server

import (
	"context"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/snapshot"
)

// route is one endpoint of the API: what it answers, the parameters it takes, and the
// shape of its answer (an object or an array, and the name of its schema), from which
// the OpenAPI document is written.
type route struct {
	method, path string
	summary      string
	params       []param
	array        bool   // the answer is a JSON array
	schema       string // the answer's type, for the document: answer.BalanceStep...
	answer       func(s *Server, ctx context.Context, q *query) (any, error)
}

func (rt *route) param(name string) *param {
	for i := range rt.params {
		if rt.params[i].name == name {
			return &rt.params[i]
		}
	}
	return nil
}

func (rt *route) paramNames() string {
	var names []string
	for _, p := range rt.params {
		if p.in == "query" {
			names = append(names, p.name)
		}
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}

// inQuery marks parameters as query parameters.
func inQuery(ps ...param) []param {
	out := make([]param, len(ps))
	for i, p := range ps {
		p.in = "query"
		out[i] = p
	}
	return out
}

// withSnapshot is the snapshot parameters and a route's own.
func withSnapshot(own ...param) []param {
	return append(inQuery(snapshotParams...), inQuery(own...)...)
}

// seriesParams are the parameters of an analysis at a date or over a series.
var seriesParams = []param{
	{name: "from", typ: "string", doc: "start of a series, an EDTF date"},
	{name: "to", typ: "string", doc: "end of a series, an EDTF date"},
	{name: "step", typ: "string", doc: "length of each step of a series: 1y, 6m, 7d (default: 1y, or 1m over less than three years)"},
}

// routes lists the API's endpoints. Every answer is what the command line's --json
// prints for the same question.
func routes() []route {
	return []route{{
		method: "GET", path: "/api/v1/cases", summary: "The cases in the store, with what each holds.",
		params: inQuery(knownAtParam), array: true, schema: "CaseInfo",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) {
			at := q.knownAt()
			if q.err != nil {
				return nil, q.err
			}
			return s.store(ctx).Cases(ctx, at)
		},
	}, {
		method: "GET", path: "/api/v1/actors", summary: "Actors whose id, name or alias matches a text, in every case or one.",
		params: inQuery(param{name: "q", typ: "string", doc: "text to find in ids, names and aliases (empty: every actor)", example: "taliban"}, caseParam, knownAtParam),
		array:  true, schema: "Actor",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) {
			text, caseID, at := q.str("q"), q.str("case"), q.knownAt()
			if q.err != nil {
				return nil, q.err
			}
			if err := answer.CaseExists(ctx, s.store(ctx), caseID, at); err != nil {
				return nil, err
			}
			actors, err := s.store(ctx).Actors(ctx, alliances.ActorFilter{Query: text, KnownAt: at})
			if err != nil || caseID == "" {
				return answer.OrEmpty(actors), err
			}
			actors, err = answer.CaseActors(ctx, s.store(ctx), caseID, actors, at)
			return answer.OrEmpty(actors), err
		},
	}, {
		method: "GET", path: "/api/v1/actors/{id}", summary: "An actor's profile: names, parents, members, lineage, ties, events and the sources cited.",
		params: append([]param{{name: "id", in: "path", typ: "string", doc: "the actor's id, name or alias", example: "hizb-e-islami", required: true}},
			inQuery(param{name: "at", typ: "string", doc: "only the ties and events at this EDTF date", example: "2016"}, knownAtParam)...),
		schema: "Profile",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) {
			filter, err := answer.TieFilter([]string{q.str("id")}, nil, nil, nil, 0, q.str("at"), false, q.str("known-at"))
			if q.err != nil || err != nil {
				return nil, firstErr(q.err, err)
			}
			ids, err := answer.ResolveNames(ctx, s.store(ctx), filter.Actors, filter.KnownAt)
			if err != nil {
				return nil, err
			}
			filter.Actors = ids
			return answer.LoadProfile(ctx, s.store(ctx), ids[0], filter)
		},
	}, {
		method: "GET", path: "/api/v1/actors/{id}/timeline", summary: "An actor's ties through time, a row per counterpart and a bar per tie with its certain and possible days, and its events.",
		params: append([]param{{name: "id", in: "path", typ: "string", doc: "the actor's id, name or alias", example: "hizb-e-islami", required: true}}, inQuery(knownAtParam)...),
		schema: "ActorTimeline",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) {
			name, at := q.str("id"), q.knownAt()
			if q.err != nil {
				return nil, q.err
			}
			ids, err := answer.ResolveNames(ctx, s.store(ctx), []string{name}, at)
			if err != nil {
				return nil, err
			}
			return answer.TimelineOf(ctx, s.store(ctx), ids[0], at)
		},
	}, {
		method: "GET", path: "/api/v1/ties", summary: "Ties matching filters, by valid time.",
		params: inQuery(
			param{name: "actor", typ: "array", doc: "ties of these actors (ids, names or aliases)", example: "taliban"},
			param{name: "kind", typ: "array", doc: "ties of these kinds"},
			param{name: "sign", typ: "array", doc: "ties of these signs (+, -, 0)"},
			param{name: "status", typ: "array", doc: "ties with these statuses"},
			param{name: "min-credibility", typ: "integer", doc: "ties with a citation this credible or more (1 .. 6)"},
			param{name: "at", typ: "string", doc: "ties active on some day of this EDTF date", example: "2021"},
			param{name: "fuzzy", typ: "boolean", doc: "ties possibly active at the date, not only those certainly active"},
			caseParam, knownAtParam),
		array: true, schema: "Tie",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) {
			filter, err := answer.TieFilter(nil, q.strs("kind"), q.strs("sign"), q.strs("status"), q.integer("min-credibility"),
				q.str("at"), q.boolean("fuzzy"), q.str("known-at"))
			actors, caseID := q.strs("actor"), q.str("case")
			if q.err != nil || err != nil {
				return nil, firstErr(q.err, err)
			}
			ties, err := answer.Ties(ctx, s.store(ctx), answer.TieQuery{Filter: filter, Actors: actors, Case: caseID})
			return answer.OrEmpty(ties), err
		},
	}, {
		method: "GET", path: "/api/v1/ties/{id}", summary: "A tie's evidence: the tie, its valid time in words, its parties' names, the sources it cites, every version recorded.",
		params: append([]param{{name: "id", in: "path", typ: "string", doc: "the tie's id", example: "tie-hizb-peace-deal-2016", required: true}}, inQuery(knownAtParam)...),
		schema: "Evidence",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) {
			id, at := q.str("id"), q.knownAt()
			if q.err != nil {
				return nil, q.err
			}
			return answer.TieEvidence(ctx, s.store(ctx), id, at)
		},
	}, {
		method: "GET", path: "/api/v1/layout", summary: "Where a picture of the case places each actor, the same at every date, and the span of the record's dates.",
		params: inQuery(param{name: "case", typ: "string", doc: "the case (default: as the analyses choose it)", example: "afghanistan-2021"}, knownAtParam),
		schema: "Layout",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) {
			caseID, at := q.str("case"), q.knownAt()
			if q.err != nil {
				return nil, q.err
			}
			rec, _, err := s.record(ctx, caseID, at)
			if err != nil {
				return nil, err
			}
			return s.layout(rec), nil
		},
	}, {
		method: "GET", path: "/api/v1/sources", summary: "The sources, with their reliability.",
		params: inQuery(caseParam, knownAtParam), array: true, schema: "Source",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) {
			caseID, at := q.str("case"), q.knownAt()
			if q.err != nil {
				return nil, q.err
			}
			if err := answer.CaseExists(ctx, s.store(ctx), caseID, at); err != nil {
				return nil, err
			}
			srcs, err := s.store(ctx).Sources(ctx, at)
			return answer.OrEmpty(slices.DeleteFunc(srcs, func(x alliances.Source) bool { return !answer.InCase(x.Recorded, caseID) })), err
		},
	}, {
		method: "GET", path: "/api/v1/events", summary: "Events, of every actor or of some.",
		params: inQuery(param{name: "actor", typ: "array", doc: "events these actors took part in (ids, names or aliases)", example: "taliban"}, caseParam, knownAtParam),
		array:  true, schema: "Event",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) {
			ids, caseID, at, err := s.actorsAsked(ctx, q)
			if err != nil {
				return nil, err
			}
			events, err := s.store(ctx).Events(ctx, alliances.EventFilter{Actors: ids, KnownAt: at})
			return answer.OrEmpty(slices.DeleteFunc(events, func(e alliances.Event) bool { return !answer.InCase(e.Recorded, caseID) })), err
		},
	}, {
		method: "GET", path: "/api/v1/timeline", summary: "When ties began and ended, and the events, in date order.",
		params: inQuery(param{name: "actor", typ: "array", doc: "only these actors' ties and events", example: "hizb-e-islami"}, caseParam, knownAtParam),
		array:  true, schema: "Entry",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) {
			ids, caseID, at, err := s.actorsAsked(ctx, q)
			if err != nil {
				return nil, err
			}
			entries, err := answer.RecordTimeline(ctx, s.store(ctx), ids, caseID, at)
			return answer.OrEmpty(entries), err
		},
	}, {
		method: "GET", path: "/api/v1/bars", summary: "Every tie of a case as a bar through time, with its parties, and the events as marks.",
		params: inQuery(param{name: "case", typ: "string", doc: "the case (default: as the analyses choose it)", example: "afghanistan-2021"}, knownAtParam),
		schema: "CaseBars",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) {
			caseID, at := q.str("case"), q.knownAt()
			if q.err != nil {
				return nil, q.err
			}
			rec, _, err := s.record(ctx, caseID, at)
			if err != nil {
				return nil, err
			}
			return answer.BarsOf(ctx, s.store(ctx), rec, at)
		},
	}, {
		method: "GET", path: "/api/v1/claims/{id}/history", summary: "Every recorded version of a source, actor, tie or event, oldest first.",
		params: []param{{name: "id", in: "path", typ: "string", doc: "the claim's id", example: "tie-hizb-peace-deal-2016", required: true}},
		array:  true, schema: "ClaimVersion",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) {
			return answer.History(ctx, s.store(ctx), q.str("id"))
		},
	}, {
		method: "GET", path: "/api/v1/vocabulary", summary: "Every term a claim is written with: tie kinds with their layer, sign and forms, statuses, roles, credibilities, kinds of actor and source.",
		schema: "Vocabulary",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) { return answer.Terms(), nil },
	}, {
		method: "GET", path: "/api/v1/dates/{date}", summary: "An EDTF date read in words, with the first and last day it may cover, or what is wrong with it.",
		params: []param{{name: "date", in: "path", typ: "string", doc: "an EDTF date or interval", example: "2016~/2018-06", required: true}},
		schema: "DateReading",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) {
			return answer.ReadDate(q.str("date")), nil
		},
	}, {
		method: "GET", path: "/api/v1/network", summary: "The snapshot at a date as a picture draws it: actors and ties with kind, sign and weight.",
		params: withSnapshot(), schema: "Network",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) {
			sp := q.snapshot()
			rec, f, _, err := s.snapshotRecord(ctx, q, sp, nil)
			if err != nil {
				return nil, err
			}
			return answer.NetworkAt(ctx, rec, f, sp.At)
		},
	}, {
		method: "GET", path: "/api/v1/analyses/balance", summary: "Structural balance at a date, or each step of a series.",
		params: withSnapshot(append(seriesParams, param{name: "limit", typ: "integer", def: "20", doc: "unbalanced triangles listed (0: all)"})...),
		schema: "BalanceStep",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) {
			sp := q.snapshot()
			from, to, step, limit := q.str("from"), q.str("to"), q.str("step"), q.integer("limit")
			f, windows, err := signedWindows(q, sp, from, to, step)
			if err != nil {
				return nil, err
			}
			rec, _, err := s.record(ctx, q.str("case"), knownAt(sp))
			if err != nil {
				return nil, err
			}
			steps, _, err := answer.Balance(ctx, rec, f, windows, limit, sp.Robust)
			if err != nil || len(steps) > 1 {
				return steps, err
			}
			return steps[0], nil
		},
	}, {
		method: "GET", path: "/api/v1/analyses/blocs", summary: "The blocs that best fit the signed network (Doreian and Mrvar), at a date or over a series.",
		params: withSnapshot(append(seriesParams,
			param{name: "k", typ: "integer", doc: "the number of blocs, at most (0: the best of 1 to 5)"},
			param{name: "alpha", typ: "number", def: "0.5", doc: "weight of negative ties inside blocs against positive ties between, in (0, 1)"},
			param{name: "seed", typ: "integer", def: "1", doc: "seed of the local search"},
			param{name: "unweighted", typ: "boolean", doc: "count ties instead of weighing them by intensity"})...),
		schema: "BlocsStep",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) {
			sp := q.snapshot()
			from, to, step := q.str("from"), q.str("to"), q.str("step")
			o := answer.BlocsOptions{K: q.integer("k"), Alpha: q.number("alpha"), Seed: q.uint64("seed"), Unweighted: q.boolean("unweighted"), Robust: sp.Robust}
			f, windows, err := signedWindows(q, sp, from, to, step)
			if err != nil {
				return nil, err
			}
			if err := o.Check(); err != nil {
				return nil, err
			}
			rec, _, err := s.record(ctx, q.str("case"), knownAt(sp))
			if err != nil {
				return nil, err
			}
			b, series, err := answer.Blocs(ctx, rec, f, windows, o)
			if series != nil {
				return series, err
			}
			return b, err
		},
	}, {
		method: "GET", path: "/api/v1/analyses/brokers", summary: "Who brokers between whom at a date: Gould-Fernandez roles, Burt's constraint, recorded mediations.",
		params: withSnapshot(
			param{name: "groups", typ: "string", def: "blocs", doc: "groups for the roles: blocs or parents"},
			param{name: "weighted", typ: "boolean", doc: "constraint and effective size on the net intensities of the ties, not their number"},
			param{name: "limit", typ: "integer", doc: "brokers listed (0: all)"}),
		schema: "BrokersResult",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) {
			sp := q.snapshot()
			o := answer.BrokersOptions{Groups: q.str("groups"), Weighted: q.boolean("weighted"), Limit: q.integer("limit"), Explain: sp.Explain, Robust: sp.Robust}
			rec, f, _, err := s.snapshotRecord(ctx, q, sp, nil)
			if err != nil {
				return nil, err
			}
			return answer.Brokers(ctx, rec, f, sp.At, o)
		},
	}, {
		method: "GET", path: "/api/v1/analyses/centrality", summary: "Degree, strength, betweenness, PageRank and eigenvector centrality at a date.",
		params: withSnapshot(
			param{name: "all", typ: "boolean", doc: "the whole network, hostile ties included, not only the positive ties"},
			param{name: "directed", typ: "boolean", doc: "keep the direction of directed ties"},
			param{name: "weighted", typ: "boolean", doc: "weigh ties by intensity"},
			param{name: "approx", typ: "integer", doc: "estimate betweenness from this many sampled sources (0: exact)"},
			param{name: "seed", typ: "integer", def: "1", doc: "seed of the sampling of approx"},
			param{name: "sort", typ: "string", def: "betweenness", doc: "order actors by measure: degree, strength, betweenness, pagerank, eigenvector"},
			param{name: "limit", typ: "integer", doc: "actors listed (0: all)"}),
		schema: "CentralityResult",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) {
			sp := q.snapshot()
			o := answer.CentralityOptions{All: q.boolean("all"), Directed: q.boolean("directed"), Weighted: q.boolean("weighted"),
				Approx: q.integer("approx"), Workers: runtime.GOMAXPROCS(0), Seed: q.uint64("seed"), SortBy: q.str("sort"),
				Limit: q.integer("limit"), Explain: sp.Explain, Robust: sp.Robust}
			rec, f, _, err := s.snapshotRecord(ctx, q, sp, nil)
			if err != nil {
				return nil, err
			}
			return answer.Centrality(ctx, rec, f, sp.At, o)
		},
	}, {
		method: "GET", path: "/api/v1/analyses/supporters/{actor}", summary: "Who supported an actor over a period: forms, duration, intensity, evidence, ranks.",
		params: append([]param{{name: "actor", in: "path", typ: "string", doc: "the supported actor (id, name or alias)", example: "taliban", required: true}},
			withSnapshot(param{name: "from", typ: "string", doc: "start of the period, an EDTF date (default: the actor's first support)", example: "2020"},
				param{name: "to", typ: "string", doc: "end of the period, an EDTF date (default: its last)", example: "2021"})...),
		schema: "SupportResult",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) {
			sp := q.snapshot()
			actor, from, to := q.str("actor"), q.str("from"), q.str("to")
			if sp.At != "" {
				return nil, &answer.ParamError{Msg: "supporters takes a period with from and to, not at"}
			}
			rec, f, ids, err := s.snapshotRecord(ctx, q, sp, nil, actor)
			if err != nil {
				return nil, err
			}
			return answer.Supporters(ctx, rec, f, ids[0], from, to, sp.Robust)
		},
	}, {
		method: "GET", path: "/api/v1/analyses/path", summary: "The shortest and the strongest chains of ties linking two actors at a date, step by step.",
		params: withSnapshot(
			param{name: "from", typ: "string", doc: "the first actor (id, name or alias)", example: "hizb-e-islami", required: true},
			param{name: "to", typ: "string", doc: "the second actor", example: "pakistan", required: true},
			param{name: "directed", typ: "boolean", doc: "follow directed ties only from subject to object"},
			param{name: "limit", typ: "integer", def: "5", doc: "at most this many chains of each kind"}),
		schema: "PathResult",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) {
			sp := q.snapshot()
			from, to := q.str("from"), q.str("to")
			o := answer.PathOptions{Directed: q.boolean("directed"), Limit: q.integer("limit"), Robust: sp.Robust}
			rec, f, ids, err := s.snapshotRecord(ctx, q, sp, func(f snapshot.Filter) error {
				if err := answer.PathActors(from, to, nil); err != nil {
					return err
				}
				return o.Check(f)
			}, from, to)
			if err != nil {
				return nil, err
			}
			if err := answer.PathActors(from, to, ids); err != nil {
				return nil, err
			}
			return answer.Path(ctx, rec, f, sp.At, ids[0], ids[1], o)
		},
	}, {
		method: "GET", path: "/api/v1/analyses/cascade", summary: "A linear threshold cascade toward a side, compared with who made deals, and what-ifs.",
		params: withSnapshot(
			param{name: "seed", typ: "array", doc: "the actors on the side from the start (the first is the side)", example: "taliban", required: true},
			param{name: "side", typ: "string", doc: "the actor whose side the cascade is toward (default: the first seed)"},
			param{name: "threshold", typ: "number", def: "0.5", doc: "every actor's threshold: the net share of partners on the side that makes it move"},
			param{name: "threshold-for", typ: "array", doc: "an actor's own threshold, as ACTOR=T"},
			param{name: "fit", typ: "boolean", doc: "fit the threshold to the record (needs record)"},
			param{name: "record", typ: "string", doc: "compare with the alignments with the side in this EDTF period, such as 2021-06/2021-08"},
			param{name: "seeds-only", typ: "boolean", doc: "start from the seeds (and their parts) alone"},
			param{name: "draws", typ: "integer", doc: "draws of each null model the run is scored against (0: the default)"},
			param{name: "movers", typ: "array", doc: "the actor kinds that can move (default: " + strings.Join(answer.DefaultMovers, ",") + "); all: every kind"},
			param{name: "without", typ: "array", doc: "what if these actors had not been there"},
			param{name: "without-tie", typ: "array", doc: "what if these ties had not been there"}),
		schema: "CascadeResult",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) {
			sp := q.snapshot()
			actors := answer.CascadeActors{Seeds: q.strs("seed"), Without: q.strs("without"), Side: q.str("side")}
			o := answer.CascadeOptions{Threshold: q.number("threshold"), Own: q.strs("threshold-for"), Movers: q.strs("movers"),
				WithoutTies: q.strs("without-tie"), Draws: q.integer("draws"), SeedsOnly: q.boolean("seeds-only"),
				Period: q.str("record"), Fit: q.boolean("fit"), Robust: sp.Robust}
			rec, f, ids, err := s.snapshotRecord(ctx, q, sp, func(f snapshot.Filter) error {
				if err := actors.Check(f); err != nil {
					return err
				}
				if err := o.Check(); err != nil {
					return err
				}
				return sp.Signed(f)
			}, actors.Names()...)
			if err != nil {
				return nil, err
			}
			if err := o.Bind(actors, ids); err != nil {
				return nil, err
			}
			return answer.Cascade(ctx, rec, f, sp.At, o)
		},
	}, {
		method: "GET", path: "/api/v1/analyses/diff", summary: "What changed between two dates: ties begun and ended, signs flipped, realignments.",
		params: withSnapshot(
			param{name: "from", typ: "string", doc: "the first date, EDTF", example: "2016", required: true},
			param{name: "to", typ: "string", doc: "the second date, EDTF", example: "2021", required: true},
			param{name: "focal", typ: "array", doc: "focal actors: who realigned toward or away from them"}),
		schema: "Change",
		answer: func(s *Server, ctx context.Context, q *query) (any, error) {
			sp := q.snapshot()
			from, to, focal := q.str("from"), q.str("to"), q.strs("focal")
			if sp.At != "" {
				return nil, &answer.ParamError{Msg: "diff takes its two dates as from and to, not at"}
			}
			rec, f, ids, err := s.snapshotRecord(ctx, q, sp, sp.Signed, focal...)
			if err != nil {
				return nil, err
			}
			return answer.Diff(ctx, rec, f, from, to, ids, sp.Robust)
		},
	}}
}

// actorsAsked reads the actors a list route is narrowed to (ids, names or aliases, as
// ids), its case and its record time.
func (s *Server) actorsAsked(ctx context.Context, q *query) ([]string, string, time.Time, error) {
	actors, caseID, at := q.strs("actor"), q.str("case"), q.knownAt()
	if q.err != nil {
		return nil, "", at, q.err
	}
	if err := answer.CaseExists(ctx, s.store(ctx), caseID, at); err != nil {
		return nil, "", at, err
	}
	ids, err := answer.ResolveNames(ctx, s.store(ctx), actors, at)
	return ids, caseID, at, err
}

// snapshotRecord reads the snapshot parameters of an analysis, runs check (when not
// nil) on its filter before anything is loaded, and reads its case with names, the
// actors it asks about, resolved to ids.
func (s *Server) snapshotRecord(ctx context.Context, q *query, sp answer.Snapshot, check func(snapshot.Filter) error, names ...string) (*answer.Record, snapshot.Filter, []string, error) {
	caseID := q.str("case")
	if q.err != nil {
		return nil, snapshot.Filter{}, nil, q.err
	}
	f, at, err := sp.Filter()
	if err != nil {
		return nil, f, nil, err
	}
	if check != nil {
		if err := check(f); err != nil {
			return nil, f, nil, err
		}
	}
	rec, ids, err := s.record(ctx, caseID, at, names...)
	return rec, f, ids, err
}

// signedWindows reads the filter and windows of a signed analysis at a date or over a
// series.
func signedWindows(q *query, sp answer.Snapshot, from, to, step string) (snapshot.Filter, []answer.Step, error) {
	if q.err != nil {
		return snapshot.Filter{}, nil, q.err
	}
	f, _, err := sp.Filter()
	if err != nil {
		return f, nil, err
	}
	if err := sp.Signed(f); err != nil {
		return f, nil, err
	}
	windows, err := answer.Windows(sp.At, from, to, step)
	return f, windows, err
}

// knownAt is the record time of snapshot parameters already checked.
func knownAt(sp answer.Snapshot) time.Time {
	t, _ := answer.ParseKnownAt(sp.KnownAt)
	return t
}

// firstErr returns the first error that is not nil.
func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
