package main

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/answer/textreport"

	"github.com/alliances-project/alliances"
)

func (m *Main) runTies(ctx context.Context, args []string) error {
	f := m.flags("ties", "[filters]", `Ties lists the ties that match every filter given, with their evidence. Actors may be
named by id, name or alias. Lists may repeat a flag or separate values with commas.`).withJSON()
	var actors, between, kinds, signs, statuses listFlag
	f.Var(&actors, "actor", "ties of these `actors` (as subject, object or third)")
	f.Var(&between, "between", "ties between these two `actors` (A,B), either way, as subject, object or third")
	f.StringVar(&f.caseID, "case", "", "only the ties of this `case`")
	f.Var(&kinds, "kind", "ties of these `kinds`: "+answer.JoinKinds())
	f.Var(&signs, "sign", "ties of these `signs`: +, - or 0")
	f.Var(&statuses, "status", "ties with these `statuses`: "+answer.JoinStrings(alliances.Statuses, ", "))
	minCred := f.Int("min-credibility", 0, "ties with a citation of this `credibility` or stronger (1 strongest .. 6)")
	at := f.String("at", "", "ties active at some time in this EDTF `date` or interval (2016-07-01, 2016, 2016/2018)")
	from := f.String("from", "", "ties active on some day from this `date` on (with --to, as --at FROM/TO)")
	to := f.String("to", "", "ties active on some day up to this `date`")
	basis := f.String("basis", "", "only ties of this `basis`: stated (the sources state them) or inferred (the analyst's reading)")
	fuzzy := f.Bool("fuzzy", false, "with --at, include ties possibly active (fuzzy ranges) instead of certainly active")
	knownAt := f.String("known-at", "", "the record as known at this `time` (RFC 3339 or a date)")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() > 0 {
		return usageError("ties takes flags only, got %q; to list an actor's ties use --actor %s", f.Arg(0), f.Arg(0))
	}
	if *from != "" || *to != "" {
		if *at != "" {
			return usageError("--at %s and --from/--to: give one period", *at)
		}
		*at = cmp.Or(*from, "..") + "/" + cmp.Or(*to, "..")
	}
	if *basis != "" && !slices.Contains(alliances.Bases, alliances.Basis(*basis)) {
		return usageError("--basis %q: expected stated or inferred", *basis)
	}
	if len(between) != 0 && len(between) != 2 {
		return usageError("--between %s: expected two actors, A,B", between.String())
	}
	filter, err := answer.TieFilter(nil, kinds, signs, statuses, *minCred, *at, *fuzzy, *knownAt)
	if err != nil {
		return err
	}
	db, err := m.store(ctx, f, true)
	if err != nil {
		return err
	}
	ties, err := answer.Ties(ctx, db, answer.TieQuery{Filter: filter, Actors: actors, Between: between, Case: f.caseID, Basis: alliances.Basis(*basis)})
	if err != nil {
		return err
	}
	if f.json {
		return writeJSON(m.Stdout, ties)
	}
	rel, err := answer.Reliabilities(ctx, db, filter)
	if err != nil {
		return err
	}
	if err := textreport.Ties(m.Stdout, ties, rel); err != nil {
		return err
	}
	if filter.At != nil && filter.At.First != filter.At.Last {
		fmt.Fprintf(m.Stdout, "--at %s lists every tie active on some day of it; the analyses read the ties that cover more than half of it (--overlap any reads these)\n", *at)
	}
	return nil
}
