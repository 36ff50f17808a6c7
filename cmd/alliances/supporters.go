package main

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/snapshot"
)

// supporter is one actor's support of the focal actor over the window.
type supporter struct {
	Rank        int              `json:"rank"`
	Actor       string           `json:"actor"`
	Score       float64          `json:"score"`
	Forms       []alliances.Form `json:"forms"`
	Days        int64            `json:"days"`      // days of the window with support certainly active
	Intensity   int              `json:"intensity"` // the highest intensity given, 0 when none
	Credibility int              `json:"credibility"`
	SourceRanks []sourceRank     `json:"source_ranks"`
	Ties        []string         `json:"ties"`
}

// sourceRank is a rank the sources of a tie give the supporter among the actor's
// supporters, with the citations that assert the tie and whom they attribute it to.
type sourceRank struct {
	Rank         int      `json:"rank"`
	Tie          string   `json:"tie"`
	Citations    []string `json:"citations"`               // "source locator"
	AttributedTo []string `json:"attributed_to,omitempty"` // distinct attributions
}

type supportResult struct {
	Actor      string      `json:"actor"`
	From       string      `json:"from"`
	To         string      `json:"to"`
	Supporters []supporter `json:"supporters"`
	Robust     *robustness `json:"robust,omitempty"`
}

func (m *Main) runSupporters(ctx context.Context, args []string) error {
	f := m.flags("supporters", "ACTOR [--from D1] [--to D2]", `Supporters ranks who supported ACTOR over a period, in which forms, for how long, how
intensely and on what evidence, beside the ranks the sources themselves give.

The score of a supporter sums, over its support ties, intensity (3 when unknown) times the
share of the period the tie certainly covers times (7 - credibility) / 6, so that a
decisive, lasting, confirmed support scores highest. The period defaults to the span of
the support ties.`).withJSON()
	sf := f.withSnapshot()
	from := f.String("from", "", "start of the period, an EDTF `date`")
	to := f.String("to", "", "end of the period, an EDTF `date`")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() != 1 {
		f.Usage()
		return usageError("supporters needs one actor id")
	}
	if sf.at != "" {
		return usageError("supporters takes a period with --from and --to, not --at")
	}
	filter, knownAt, err := sf.filter()
	if err != nil {
		return err
	}
	rec, err := m.loadRecord(ctx, f, knownAt)
	if err != nil {
		return err
	}
	if err := rec.requireActor(f.Arg(0)); err != nil {
		return err
	}
	filter.Kinds = []alliances.Kind{alliances.Support}
	window, err := supportWindow(rec, f.Arg(0), *from, *to)
	if err != nil {
		return err
	}
	filter.At = &window
	s, err := rec.index.Snapshot(ctx, filter)
	if err != nil {
		return err
	}
	if err := notFolded(s, f.Arg(0)); err != nil {
		return err
	}
	res := supportResult{Actor: f.Arg(0), From: window.First.String(), To: window.Last.String(), Supporters: rankSupporters(s, f.Arg(0), window)}
	if sf.robust {
		res.Robust, err = robustNodes(ctx, rec.index, filter, func(s *snapshot.Snapshot) (map[string]float64, error) {
			scores := map[string]float64{}
			for _, sp := range rankSupporters(s, res.Actor, window) {
				scores[sp.Actor] = sp.Score
			}
			return scores, nil
		})
		if err != nil {
			return err
		}
	}
	if f.json {
		return writeJSON(m.Stdout, res)
	}
	return res.print(m, rec, sf.explain)
}

// supportWindow is the period asked for, or by default the span of the support ties to
// the actor (open ends stop at the other ties' finite dates).
func supportWindow(rec *record, actor, from, to string) (edtf.Range, error) {
	w := edtf.Range{First: edtf.MaxDay, Last: edtf.MinDay}
	for i := range rec.index.Ties {
		t := &rec.index.Ties[i]
		if t.Kind != alliances.Support || t.Object != actor {
			continue
		}
		r := t.Valid.Strict()
		if r.First > edtf.MinDay {
			w.First = min(w.First, r.First)
		}
		w.Last = max(w.Last, r.First)
		if r.Last < edtf.MaxDay {
			w.Last = max(w.Last, r.Last)
		}
	}
	for _, p := range []struct {
		flag, value string
		set         func(edtf.Range)
	}{
		{"from", from, func(r edtf.Range) { w.First = r.First }},
		{"to", to, func(r edtf.Range) { w.Last = r.Last }},
	} {
		if p.value == "" {
			continue
		}
		r, err := parseAt(p.flag, p.value)
		if err != nil {
			return w, err
		}
		p.set(*r)
	}
	switch {
	case from != "" && to != "" && w.First > w.Last:
		return w, usageError("--to %s is before --from %s", to, from)
	case w.First > w.Last:
		return w, alliances.Errorf(alliances.NotFound, "", "no support to %s recorded; give the period with --from and --to", actor)
	}
	return w, nil
}

// rankSupporters scores each supporter of actor in the snapshot (see runSupporters).
func rankSupporters(s *snapshot.Snapshot, actor string, window edtf.Range) []supporter {
	target := s.Node(actor)
	by := map[string]*supporter{}
	span := float64(window.Last-window.First) + 1
	spans := map[string][]edtf.Range{}
	for e, ed := range s.Edges {
		if int(ed.To) != target {
			continue
		}
		t := s.TieOf(e)
		sp := by[s.Actor(int(ed.From))]
		if sp == nil {
			sp = &supporter{Actor: s.Actor(int(ed.From)), Credibility: 6, Forms: []alliances.Form{}, SourceRanks: []sourceRank{}}
			by[sp.Actor] = sp
		}
		days := overlapDays(t.Valid.Strict(), window)
		cred := alliances.BestCredibility(t.Citations)
		sp.Score += ed.W * float64(days) / span * float64(7-cred) / 6
		spans[sp.Actor] = append(spans[sp.Actor], t.Valid.Strict())
		sp.Intensity = max(sp.Intensity, t.Intensity)
		sp.Credibility = min(sp.Credibility, int(cred))
		sp.Ties = append(sp.Ties, t.ID)
		for _, f := range t.Forms {
			if !slices.Contains(sp.Forms, f) {
				sp.Forms = append(sp.Forms, f)
			}
		}
		if t.Rank > 0 {
			sp.SourceRanks = append(sp.SourceRanks, rankOf(t))
		}
	}
	out := make([]supporter, 0, len(by))
	for _, sp := range by {
		sp.Days = unionDays(spans[sp.Actor], window)
		out = append(out, *sp)
	}
	slices.SortFunc(out, func(a, b supporter) int { return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Actor, b.Actor)) })
	for i := range out {
		out[i].Rank = i + 1
	}
	return out
}

func rankOf(t *alliances.Tie) sourceRank {
	sr := sourceRank{Rank: t.Rank, Tie: t.ID, Citations: []string{}}
	for _, c := range t.Citations {
		if c.Stance == alliances.Denies {
			continue
		}
		sr.Citations = append(sr.Citations, strings.TrimSpace(c.Source+" "+c.Locator))
		if c.AttributedTo != "" && !slices.Contains(sr.AttributedTo, c.AttributedTo) {
			sr.AttributedTo = append(sr.AttributedTo, c.AttributedTo)
		}
	}
	return sr
}

// unionDays counts the days of w that at least one of the ranges covers.
func unionDays(rs []edtf.Range, w edtf.Range) int64 {
	var clipped []edtf.Range
	for _, r := range rs {
		if first, last := max(r.First, w.First), min(r.Last, w.Last); first <= last {
			clipped = append(clipped, edtf.Range{First: first, Last: last})
		}
	}
	slices.SortFunc(clipped, func(a, b edtf.Range) int { return cmp.Compare(a.First, b.First) })
	var days int64
	end := edtf.MinDay
	for _, r := range clipped {
		first := max(r.First, end+1)
		if first <= r.Last {
			days += int64(r.Last-first) + 1
		}
		end = max(end, r.Last)
	}
	return days
}

func overlapDays(r, w edtf.Range) int64 {
	first, last := max(r.First, w.First), min(r.Last, w.Last)
	if first > last {
		return 0
	}
	return int64(last-first) + 1
}

func (r *supportResult) print(m *Main, rec *record, explain bool) error {
	fmt.Fprintf(m.Stdout, "Supporters of %s, %s to %s\n", r.Actor, r.From, r.To)
	t := newTable(m.Stdout, "RANK", "SUPPORTER", "SCORE", "FORMS", "YEARS", "INT", "CRED", "SOURCES' RANK", "TIES")
	for _, s := range r.Supporters {
		var ranks []string
		for _, sr := range s.SourceRanks {
			rank := fmt.Sprintf("#%d", sr.Rank)
			if len(sr.AttributedTo) > 0 {
				rank += " per " + strings.Join(sr.AttributedTo, ", ")
			}
			ranks = append(ranks, rank)
		}
		intensity := "?"
		if s.Intensity > 0 {
			intensity = fmt.Sprint(s.Intensity)
		}
		t.row(fmt.Sprint(s.Rank), s.Actor, fmt.Sprintf("%.2f", s.Score), joinStrings(s.Forms, ","), fmt.Sprintf("%.1f", float64(s.Days)/365.25),
			intensity, fmt.Sprint(s.Credibility), strings.Join(ranks, "; "), strings.Join(s.Ties, " "))
	}
	if err := t.flush(); err != nil {
		return err
	}
	if r.Robust != nil {
		r.Robust.print(m.Stdout, "the supporters' scores", 0)
	}
	if explain {
		for _, s := range r.Supporters {
			fmt.Fprintf(m.Stdout, "\n%d. %s\n", s.Rank, s.Actor)
			explainTies(m.Stdout, rec, s.Ties)
		}
	}
	return nil
}
