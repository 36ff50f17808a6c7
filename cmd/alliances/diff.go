package main

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/alliances-project/alliances/answer"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/snapshot"
)

// change is the outcome of diff: what changed between two snapshots.
type change struct {
	answer.Report
	From         string                  `json:"from"`
	To           string                  `json:"to"`
	Begun        []alliances.Tie         `json:"begun"`
	Ended        []alliances.Tie         `json:"ended"`
	SignChanges  []pairChange            `json:"sign_changes"`
	Realignments []pairChange            `json:"realignments"`
	Robust       *answer.CountRobustness `json:"robust,omitempty"`
}

// pairChange is a pair (or an actor and the focal actors) whose net sign changed: the sum
// of sign times weight of the ties between them, at each date, with the ties.
type pairChange struct {
	A        string `json:"a"`
	B        string `json:"b"` // an actor, or the focal actors joined by commas
	SignFrom string `json:"sign_from"`
	SignTo   string `json:"sign_to"`
	// flipped (+ to - or - to +), new (from no ties), ended (to no ties), cancelled (ties
	// left that net to 0), uncancelled (the reverse); broke away (a part of an
	// organization at the first date, on its own at the second, with another stance
	// than the organization's), joined (the reverse), gone (no ties at all at the second
	// date)
	Change   string   `json:"change"`
	TiesFrom []string `json:"ties_from"`
	TiesTo   []string `json:"ties_to"`
	// FoldedFrom and FoldedTo are the organizations A was part of at each date, whose
	// stance was its own then.
	FoldedFrom string `json:"folded_from,omitempty"`
	FoldedTo   string `json:"folded_to,omitempty"`
}

func (m *Main) runDiff(ctx context.Context, args []string) error {
	f := m.flags("diff", "D1 D2 [--focal ACTORS]", `Diff compares the snapshots at two EDTF dates: the ties begun and ended between them, the
pairs whose net sign flipped (the sign of their net value: per kind the strongest tie,
summed with the kinds' signs; the alignment layer by default, so that a cease-fire or a
peace deal flips nothing), and, with --focal, the actors whose net stance toward the focal
actors changed: flipped (+ to - or - to +), new (from no ties), ended (to no ties), or
cancelled (to ties that net to nothing) and uncancelled.
The focal actors' own parts (members, leaders, factions, elements) are not realignments.`).withJSON()
	sf := f.withSnapshot()
	var focal listFlag
	f.Var(&focal, "focal", "focal actor `ids`: report who realigned toward or away from them (a bloc when several)")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() != 2 {
		f.Usage()
		return usageError("diff needs two dates, such as 2016 2019")
	}
	if sf.At != "" {
		return usageError("diff takes its two dates as arguments, not --at")
	}
	filter, knownAt, err := sf.Filter()
	if err != nil {
		return err
	}
	d1, err := answer.DateArg("first date", f.Arg(0))
	if err != nil {
		return err
	}
	d2, err := answer.DateArg("second date", f.Arg(1))
	if err != nil {
		return err
	}
	if err := sf.Signed(filter); err != nil {
		return err
	}
	rec, focalIDs, err := m.loadRecord(ctx, f, knownAt, focal...)
	if err != nil {
		return err
	}
	focal = focalIDs
	f1, f2 := filter, filter
	f1.At, f2.At = d1, d2
	s1, err := rec.Index.Snapshot(ctx, f1)
	if err != nil {
		return err
	}
	s2, err := rec.Index.Snapshot(ctx, f2)
	if err != nil {
		return err
	}
	if err := answer.NotFolded(s1, focal...); err != nil {
		return err
	}
	if err := answer.NotFolded(s2, focal...); err != nil {
		return err
	}
	c := diff(ctx, s1, s2, focal)
	c.From, c.To = f.Arg(0), f.Arg(1)
	c.Report = answer.NewReport(rec, filter, "")
	c.Rules = filter.StepRules("each of " + f.Arg(0) + " and " + f.Arg(1))
	if d1.First == d1.Last && d2.First == d2.Last {
		c.Rules.Date = "the ties active on each of " + f.Arg(0) + " and " + f.Arg(1)
		if filter.Fuzzy {
			c.Rules.Date = "the ties possibly active on each of " + f.Arg(0) + " and " + f.Arg(1)
		}
	}
	c.SnapshotWarnings(rec, s1)
	c.SnapshotWarnings(rec, s2)
	c.Warnings = dedupe(c.Warnings)
	c.SeriesPartialWarning(rec, []*snapshot.Snapshot{s1, s2}, []string{c.From, c.To})
	c.Reading = c.reading(rec, focal)
	if sf.Robust {
		if c.Robust, err = robustDiff(ctx, rec.Index, filter, d1, d2, focal); err != nil {
			return err
		}
		c.Reading += c.Robust.Fragile(diffFindings(c))
	}
	if f.json {
		return writeJSON(m.Stdout, c)
	}
	return c.print(m, rec, sf.Explain)
}

// diff compares two snapshots of the same index.
func diff(ctx context.Context, s1, s2 *snapshot.Snapshot, focal []string) *change {
	c := &change{Begun: []alliances.Tie{}, Ended: []alliances.Tie{}, SignChanges: []pairChange{}, Realignments: []pairChange{}}
	in1, in2 := tieSet(s1), tieSet(s2)
	for _, i := range sortedKeys(in2) {
		if !in1[i] {
			c.Begun = append(c.Begun, *s2.Index.Tie(int(i)))
		}
	}
	for _, i := range sortedKeys(in1) {
		if !in2[i] {
			c.Ended = append(c.Ended, *s1.Index.Tie(int(i)))
		}
	}
	p1, p2 := pairValues(s1), pairValues(s2)
	for _, k := range sortedPairs(p1, p2) {
		a, b := p1[k], p2[k]
		if a.sign() != 0 && b.sign() != 0 && a.sign() != b.sign() {
			c.SignChanges = append(c.SignChanges, pairChange{A: s1.Index.Actors[k[0]], B: s1.Index.Actors[k[1]],
				SignFrom: a.sign().String(), SignTo: b.sign().String(), Change: "flipped", TiesFrom: a.ties, TiesTo: b.ties})
		}
	}
	if len(focal) > 0 {
		c.Realignments = realign(ctx, s1, s2, p1, p2, focal)
	}
	return c
}

func dedupe(xs []string) []string {
	out := []string{}
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func (c *change) reading(rec *answer.Record, focal []string) string {
	s := fmt.Sprintf("From %s to %s, %d ties began and %d ended", c.From, c.To, len(c.Begun), len(c.Ended))
	flips := func(ps []pairChange, toward bool) string {
		var out []string
		for _, p := range ps[:min(6, len(ps))] {
			switch {
			case toward && p.Change == "broke away":
				out = append(out, fmt.Sprintf("%s broke away from %s (%s as part of it, %s on its own)", rec.Name(p.A), rec.Name(p.FoldedFrom), p.SignFrom, p.SignTo))
			case toward && p.Change == "joined":
				out = append(out, fmt.Sprintf("%s joined %s (%s on its own, %s as part of it)", rec.Name(p.A), rec.Name(p.FoldedTo), p.SignFrom, p.SignTo))
			case toward && p.Change == "gone":
				out = append(out, fmt.Sprintf("%s has no tie recorded at %s (%s before)", rec.Name(p.A), c.To, p.SignFrom))
			case toward:
				out = append(out, fmt.Sprintf("%s %s (%s to %s)", rec.Name(p.A), p.Change, p.SignFrom, p.SignTo))
			default:
				out = append(out, fmt.Sprintf("%s and %s (%s to %s)", rec.Name(p.A), rec.Name(p.B), p.SignFrom, p.SignTo))
			}
		}
		if len(ps) > 6 {
			out = append(out, fmt.Sprintf("%d more", len(ps)-6))
		}
		return strings.Join(out, ", ")
	}
	if len(c.SignChanges) > 0 {
		s += fmt.Sprintf("; %s changed sign: %s", count(len(c.SignChanges), "pair"), flips(c.SignChanges, false))
	} else {
		s += "; no pair changed sign"
	}
	if len(focal) > 0 {
		if len(c.Realignments) > 0 {
			s += fmt.Sprintf(". Toward %s: %s", rec.Names(focal), flips(c.Realignments, true))
		} else {
			s += fmt.Sprintf(". No actor's stance toward %s changed", rec.Names(focal))
		}
	}
	return s + "."
}

func tieSet(s *snapshot.Snapshot) map[int32]bool {
	m := make(map[int32]bool, len(s.Tie))
	for _, t := range s.Tie {
		m[t] = true
	}
	return m
}

// pairValue is the net value of the ties between two actors.
type pairValue struct {
	value float64
	ties  []string
}

func (p pairValue) sign() alliances.Sign {
	switch {
	case p.value > 0:
		return 1
	case p.value < 0:
		return -1
	}
	return 0
}

// pairValues gives each unordered pair of actors with ties (after folding) its net
// value, as the signed graph merges their ties, keyed by actor numbers, smaller first.
func pairValues(s *snapshot.Snapshot) map[[2]int32]pairValue {
	g := s.Graph(snapshot.View{Signed: true, Weighted: true})
	m := map[[2]int32]pairValue{}
	for u := range g.N() {
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			v := g.Adj[i]
			if int(v) < u {
				continue
			}
			a, b := s.Nodes[u], s.Nodes[v]
			if a > b {
				a, b = b, a
			}
			m[[2]int32{a, b}] = pairValue{value: float64(g.S[i]) * g.Weight(int(i)), ties: g.ArcTies(int(i))}
		}
	}
	return m
}

// realign reports the actors whose net stance toward the focal actors (their pair values
// with all of them, summed) differs between the snapshots, leaving out the focal actors'
// own parts (folded into them at either date, were the snapshots folded).
func realign(ctx context.Context, s1, s2 *snapshot.Snapshot, p1, p2 map[[2]int32]pairValue, focal []string) []pairChange {
	focalSet := map[int32]bool{}
	for _, id := range focal {
		if n, ok := s1.Index.Actor(id); ok {
			focalSet[n] = true
		}
	}
	own := ownParts(ctx, []*snapshot.Snapshot{s1, s2}, focal)
	stance := func(p map[[2]int32]pairValue) map[int32]pairValue {
		out := map[int32]pairValue{}
		for k, v := range p {
			for i, other := range []int32{k[1], k[0]} {
				if focalSet[k[i]] && !focalSet[other] {
					s := out[other]
					s.value += v.value
					s.ties = append(s.ties, v.ties...)
					out[other] = s
				}
			}
		}
		return out
	}
	st1, st2 := stance(p1), stance(p2)
	var out []pairChange
	for _, a := range sortedActors(st1, st2) {
		id := s1.Index.Actors[a]
		if own[id] {
			continue
		}
		x, y := st1[a], st2[a]
		pc := pairChange{A: id, B: strings.Join(focal, ",")}
		// A part stands where its organization stands: the stance it broke away from,
		// or the one it joined, is the organization's.
		if into, folded := s1.FoldedInto(id); folded && s1.NodeOfActor(a) < 0 {
			r, _ := s1.Index.Actor(into)
			x, pc.FoldedFrom = st1[r], into
		}
		if into, folded := s2.FoldedInto(id); folded && s2.NodeOfActor(a) < 0 {
			r, _ := s2.Index.Actor(into)
			y, pc.FoldedTo = st2[r], into
		}
		if x.sign() == y.sign() && pc.FoldedFrom == pc.FoldedTo {
			continue // a part that broke away, or joined, is a change whatever its stance
		}
		pc.SignFrom, pc.SignTo, pc.Change, pc.TiesFrom, pc.TiesTo = x.sign().String(), y.sign().String(), changeOf(x, y), orEmpty(x.ties), orEmpty(y.ties)
		switch {
		case pc.FoldedFrom != "" && pc.FoldedTo == "":
			pc.Change = "broke away"
		case pc.FoldedTo != "" && pc.FoldedFrom == "":
			pc.Change = "joined"
		case s2.StandsAt(a) < 0:
			pc.Change = "gone"
		}
		out = append(out, pc)
	}
	return orEmpty(out)
}

// ownParts lists the actors that fold into one of the focal actors at the date of one
// of the snapshots: members, leaders, factions and elements, whether or not the
// snapshots themselves were folded.
func ownParts(ctx context.Context, ss []*snapshot.Snapshot, focal []string) map[string]bool {
	out := map[string]bool{}
	for _, s := range ss {
		f := s.Filter
		f.Fold = true
		folded, err := s.Index.Snapshot(ctx, f)
		if err != nil {
			continue
		}
		for _, fd := range folded.Folds() {
			if slices.Contains(focal, fd.Into) {
				out[fd.Actor] = true
			}
		}
	}
	return out
}

// changeOf names a change of stance: flipped, new or ended, or cancelled and
// uncancelled when the pair holds ties that net to nothing.
func changeOf(from, to pairValue) string {
	switch {
	case from.sign() == 0 && len(from.ties) > 0:
		return "uncancelled"
	case from.sign() == 0:
		return "new"
	case to.sign() == 0 && len(to.ties) > 0:
		return "cancelled"
	case to.sign() == 0:
		return "ended"
	}
	return "flipped"
}

func sortedKeys(m map[int32]bool) []int32 {
	keys := make([]int32, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func sortedPairs(a, b map[[2]int32]pairValue) [][2]int32 {
	var keys [][2]int32
	for k := range a {
		if _, ok := b[k]; ok {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(x, y [2]int32) int { return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1])) })
	return keys
}

func sortedActors(a, b map[int32]pairValue) []int32 {
	set := map[int32]bool{}
	for k := range a {
		set[k] = true
	}
	for k := range b {
		set[k] = true
	}
	return sortedKeys(set)
}

func (c *change) print(m *Main, rec *answer.Record, explain bool) error {
	rel := rec.Reliability()
	w := m.Stdout
	printHeader(w, &c.Report)
	section := func(title string, ties []alliances.Tie) {
		fmt.Fprintf(w, "%s (%d)\n", title, len(ties))
		t := newTable(w)
		for i := range ties {
			tie := &ties[i]
			t.row("  "+tie.Valid.String(), tie.Subject, tie.Sign.String(), tieLabel(tie), objectLabel(tie), tie.ID, evidence(tie.Citations, rel))
		}
		t.flush()
	}
	fmt.Fprintf(w, "From %s to %s\n\n", c.From, c.To)
	section("Begun", c.Begun)
	section("\nEnded", c.Ended)
	pairs := func(title string, ps []pairChange) {
		fmt.Fprintf(w, "\n%s (%d)\n", title, len(ps))
		t := newTable(w)
		for _, p := range ps {
			what := p.Change
			switch {
			case p.FoldedFrom != "":
				what += " from " + p.FoldedFrom
			case p.FoldedTo != "":
				what += " " + p.FoldedTo
			}
			t.row("  "+p.A, p.B, p.SignFrom+" → "+p.SignTo, what, noneIfEmpty(p.TiesFrom)+"  →  "+noneIfEmpty(p.TiesTo))
		}
		t.flush()
		if explain {
			for _, p := range ps {
				explainTies(w, rec, append(append([]string{}, p.TiesFrom...), p.TiesTo...))
			}
		}
	}
	pairs("Sign changes", c.SignChanges)
	if len(c.Realignments) > 0 {
		pairs("Realignments toward "+c.Realignments[0].B, c.Realignments)
	}
	if c.Robust != nil {
		printCountRobustness(w, c.Robust, "the runs in which each change holds", answer.SortedFindings(c.Robust, diffFindings(c)))
	}
	return nil
}
