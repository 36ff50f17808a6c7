package main

import (
	"context"
	"time"

	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/answer/textreport"
)

// withSnapshot adds the flags every analysis shares, which ties make the snapshot, to a
// command's flags.
func (f *flags) withSnapshot() *answer.Snapshot {
	s, d := &answer.Snapshot{}, answer.DefaultSnapshot()
	f.StringVar(&s.At, "at", "", "the snapshot: a day (2021-07-15), or a month, year or window (2021-07, 2016, 2016/2018) read as the ties that hold for most of it")
	f.StringVar(&s.KnownAt, "known-at", "", "the record as known at this `time` (RFC 3339 or a date)")
	f.Var((*listFlag)(&s.Kinds), "kind", "only ties of these `kinds`")
	f.Var((*listFlag)(&s.Signs), "sign", "only ties of these `signs` (+, -, 0)")
	f.Var((*listFlag)(&s.Statuses), "status", "only ties with these `statuses` (default: all but denied and retracted)")
	f.IntVar(&s.MinCredibility, "min-credibility", 0, "only ties with a citation of this `credibility` or stronger (1 .. 6)")
	f.StringVar(&s.MinReliability, "min-reliability", "", "only ties with a source of this `grade` or better (A .. F)")
	f.BoolVar(&s.Fuzzy, "fuzzy", false, "count ties possibly active at the date (fuzzy ranges), not only those certainly active")
	f.StringVar(&s.Overlap, "overlap", d.Overlap, "at a period, take the ties that cover more than half of it (`majority`), or those active on any day of it (any)")
	f.StringVar(&s.Layers, "layers", d.Layers, "the `layers` read, each with an optional weight: alignment, process (default weight 0.5), hierarchy; e.g. alignment,process=0.25")
	f.BoolVar(&s.NoFold, "no-fold", false, "keep elements, factions, members and leaders apart from their organizations (folded into them by default)")
	f.Float64Var(&s.PartWeight, "part-weight", d.PartWeight, "the `weight` of a folded part's ties (an element's, a faction's, a member's; a leader's count in full), from 0 to 1")
	f.BoolVar(&s.Categories, "categories", false, "keep the actors of kind category (collective terms, regime forms), left out by default")
	f.BoolVar(&s.Stated, "stated", false, "only the ties the sources state, leaving out those the analyst inferred")
	f.BoolVar(&s.WeighCredibility, "weigh-credibility", false, "weigh each tie by its credibility too: times (7 - credibility) / 6")
	f.BoolVar(&s.Explain, "explain", false, "list the ties behind each number, with their evidence")
	f.BoolVar(&s.Robust, "robust", false, "rerun without alleged, disputed, inferred and low-credibility ties, over fuzzy and random dates, and with ungraded ties at intensity 1 and 5, and report the spread")
	f.StringVar(&f.caseID, "case", "", "the `case` to analyse (default: the only one, the one holding the actors named, or the built-in case)")
	return s
}

// withSignedSnapshot is withSnapshot for a signed analysis, which reads the alignment
// layer alone: its help does not offer the others.
func (f *flags) withSignedSnapshot() *answer.Snapshot {
	s := f.withSnapshot()
	f.Lookup("layers").Usage = "the `layers` read: alignment alone, for a signed analysis (a cease-fire, talks or a mediation make no one a friend or an enemy; membership folds)"
	return s
}

// loadRecord loads the case the analysis reads (see answer.Load) and resolves the
// actors the command names, by id, name or alias, returning their ids in order. Its
// free text is escaped for a terminal unless the output is JSON.
func (m *Main) loadRecord(ctx context.Context, f *flags, knownAt time.Time, names ...string) (*answer.Record, []string, error) {
	db, err := m.store(ctx, f, true)
	if err != nil {
		return nil, nil, err
	}
	var text *answer.Text
	if !f.json {
		text = textreport.EscapedText()
	}
	return answer.Load(ctx, db, f.caseID, knownAt, text, names...)
}
