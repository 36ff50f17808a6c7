package main

import (
	"context"
	"runtime"

	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/answer/textreport"
)

func (m *Main) runCentrality(ctx context.Context, args []string) error {
	f := m.flags("centrality", "--at D [--all] [--directed] [--weighted]", `Centrality measures each actor's place in the network at a date: degree and strength
(summed net intensities, 3 when unknown), split by sign; betweenness (Brandes 2001; on
undirected networks each pair counts once, as NetworkX and igraph count it; with
--weighted a strong tie is a short step, of length 1/intensity); PageRank (damping 0.85);
and eigenvector centrality. By default on the positive ties of the alignment layer, with
the parts of organizations folded into them, undirected and unweighted; --all takes
hostile ties too (signs ignored, except in degree and strength). --approx N estimates
betweenness from N sampled sources, with a bound on its error. Equal values share a rank.`).withJSON()
	sf := f.withSnapshot()
	var o answer.CentralityOptions
	f.BoolVar(&o.All, "all", false, "the whole network, hostile ties included, not only the positive ties")
	f.BoolVar(&o.Directed, "directed", false, "keep the direction of directed ties (support, favour...)")
	f.BoolVar(&o.Weighted, "weighted", false, "weigh ties by intensity")
	f.IntVar(&o.Approx, "approx", 0, "estimate betweenness from this many sampled `sources` (0: exact)")
	f.IntVar(&o.Workers, "workers", runtime.GOMAXPROCS(0), "goroutines for betweenness and PageRank")
	f.Uint64Var(&o.Seed, "seed", 1, "seed of the sampling of --approx")
	f.StringVar(&o.SortBy, "sort", "betweenness", "order actors by `measure`: degree, strength, betweenness, pagerank, eigenvector")
	limit := f.Int("limit", -1, "list at most this many `actors` (0: all; default 25 in tables, all in JSON)")
	if err := f.parse(args); err != nil {
		return err
	}
	filter, knownAt, err := sf.Filter()
	if err != nil {
		return err
	}
	o.Limit, o.Explain, o.Robust = listLimit(*limit, f.json, 25), sf.Explain, sf.Robust
	if err := o.Check(filter); err != nil {
		return err
	}
	rec, _, err := m.loadRecord(ctx, f, knownAt)
	if err != nil {
		return err
	}
	res, err := answer.Centrality(ctx, rec, filter, sf.At, o)
	if err != nil {
		return err
	}
	if f.json {
		return writeJSON(m.Stdout, res)
	}
	return textreport.Centrality(m.Stdout, rec, res, sf.Explain)
}
