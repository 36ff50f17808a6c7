package answer

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

// Change is the outcome of diff: what changed between two snapshots.
type Change struct {
	Report
	From         string          `json:"from"`
	To           string          `json:"to"`
	Begun        []alliances.Tie `json:"begun"`
	Ended        []alliances.Tie `json:"ended"`
	SignChanges  []PairChange    `json:"sign_changes"`
	Realignments []PairChange    `json:"realignments"`
	// Between are the ties of the focal actors (with --focal) that held only between the
	// two dates, at neither: a war begun and ended between them changes neither snapshot.
	Between []alliances.Tie  `json:"between,omitempty"`
	Robust  *CountRobustness `json:"robust,omitempty"`
}

// PairChange is a pair (or an actor and the focal actors) whose net sign changed: the sum
// of sign times weight of the ties between them, at each date, with the ties.
type PairChange struct {
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

// diff compares two snapshots of the same index.
func diff(ctx context.Context, s1, s2 *snapshot.Snapshot, focal []string) *Change {
	c := &Change{SignChanges: []PairChange{}, Realignments: []PairChange{}}
	in1, in2 := tieSet(s1), tieSet(s2)
	var begun, ended []int32
	for i := range in2 {
		if in2[i] && !in1[i] {
			begun = append(begun, int32(i))
		}
		if in1[i] && !in2[i] {
			ended = append(ended, int32(i))
		}
	}
	c.Begun, c.Ended = s2.Index.Ties(begun), s1.Index.Ties(ended)
	p1, p2 := pairValues(s1), pairValues(s2)
	for _, k := range sortedPairs(p1, p2) {
		a, b := p1.values[k], p2.values[k]
		if a.sign() != 0 && b.sign() != 0 && a.sign() != b.sign() {
			c.SignChanges = append(c.SignChanges, PairChange{A: s1.Index.Actors[k[0]], B: s1.Index.Actors[k[1]],
				SignFrom: a.sign().String(), SignTo: b.sign().String(), Change: "flipped",
				TiesFrom: p1.g.ArcTies(int(a.arc)), TiesTo: p2.g.ArcTies(int(b.arc))})
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

func (c *Change) reading(rec *Record, focal []string) string {
	s := fmt.Sprintf("From %s to %s, %d ties began and %d ended", c.From, c.To, len(c.Begun), len(c.Ended))
	flips := func(ps []PairChange, toward bool) string {
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
	if again := c.toldAgain(rec); again != "" {
		s += " (" + again + ")"
	}
	if len(c.SignChanges) > 0 {
		s += fmt.Sprintf("; %s changed sign: %s", alliances.Count(len(c.SignChanges), "pair"), flips(c.SignChanges, false))
	} else {
		s += "; no pair changed sign"
	}
	if len(focal) > 0 {
		if len(c.Realignments) > 0 {
			s += fmt.Sprintf(". Toward %s: %s", rec.Names(focal), flips(c.Realignments, true))
		} else {
			s += fmt.Sprintf(". No actor's stance toward %s differs between the two dates", rec.Names(focal))
		}
		if n := len(c.Between); n > 0 {
			var ties []string
			for _, t := range c.Between[:min(4, n)] {
				ties = append(ties, fmt.Sprintf("%s %s %s (%s)", rec.Name(t.Subject), t.Kind, rec.Name(t.Object), t.Valid))
			}
			if n > 4 {
				ties = append(ties, fmt.Sprintf("%d more", n-4))
			}
			s += fmt.Sprintf("; between them %s of %s held, seen at neither date: %s", alliances.Count(n, "tie"), rec.Names(focal), strings.Join(ties, ", "))
		}
	}
	return s + "."
}

// betweenOnly returns the ties of the focal actors that are read in the window between
// two dates but at neither date.
func betweenOnly(ctx context.Context, rec *Record, f snapshot.Filter, window edtf.Range, s1, s2 *snapshot.Snapshot, focal []string) ([]alliances.Tie, error) {
	f.At, f.Overlap = &window, snapshot.Any
	sb, err := rec.Index.Snapshot(ctx, f)
	if err != nil {
		return nil, err
	}
	in1, in2 := tieSet(s1), tieSet(s2)
	var out []int32
	for _, t := range sb.Tie {
		if in1[t] || in2[t] {
			continue
		}
		in1[t] = true // once: a tie may stand behind two edges
		if sub, obj, third := rec.Index.Parties(int(t)); slices.ContainsFunc(focal, func(id string) bool {
			return rec.Index.Actors[sub] == id || rec.Index.Actors[obj] == id || third >= 0 && rec.Index.Actors[third] == id
		}) {
			out = append(out, t)
		}
	}
	return rec.Index.Ties(out), nil
}

// toldAgain names the pairs that have a tie among those ended and another of the same
// sign among those begun: the same relation told again, at each date (a timeline's
// attacks of 2019 and of 2021), not a change; "" when none.
func (c *Change) toldAgain(rec *Record) string {
	type key struct {
		a, b string
		sign alliances.Sign
	}
	keyOf := func(t alliances.Tie) key {
		return key{min(t.Subject, t.Object), max(t.Subject, t.Object), alliances.SignOf(t.Kind, t.Type)}
	}
	ended := map[key]bool{}
	for _, t := range c.Ended {
		ended[keyOf(t)] = true
	}
	var pairs []string
	seen := map[key]bool{}
	for _, t := range c.Begun {
		if k := keyOf(t); ended[k] && !seen[k] {
			seen[k] = true
			pairs = append(pairs, rec.Name(k.a)+" and "+rec.Name(k.b))
		}
	}
	if len(pairs) == 0 {
		return ""
	}
	n := len(pairs)
	if n > 6 {
		pairs = append(pairs[:6], fmt.Sprintf("%d more", n-6))
	}
	return fmt.Sprintf("of them, %s ended a tie and began another of the same sign, the relation told again at each date: %s",
		alliances.Count(n, "pair"), strings.Join(pairs, ", "))
}

// tieSet marks the ties of the index that s reads.
func tieSet(s *snapshot.Snapshot) []bool {
	in := make([]bool, s.Index.Len())
	for _, t := range s.Tie {
		in[t] = true
	}
	return in
}

// pairValue is the net value of the ties between two actors, with the ties.
type pairValue struct {
	value float64
	ties  []string
}

// pairArc is the net value of the ties between two actors, and the arc of the signed
// graph that holds them (from the lower node).
type pairArc struct {
	value float64
	arc   int32
}

func (p pairArc) sign() alliances.Sign { return pairValue{value: p.value}.sign() }

// pairs is the pair values of a snapshot and the signed graph they come from.
type pairs struct {
	g      *snapshot.Graph
	values map[[2]int32]pairArc
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
func pairValues(s *snapshot.Snapshot) pairs {
	g := s.Graph(snapshot.View{Signed: true, Weighted: true})
	m := make(map[[2]int32]pairArc, g.Arcs()/2)
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
			m[[2]int32{a, b}] = pairArc{value: float64(g.S[i]) * g.Weight(int(i)), arc: i}
		}
	}
	return pairs{g, m}
}

// realign reports the actors whose net stance toward the focal actors (their pair values
// with all of them, summed) differs between the snapshots, leaving out the focal actors'
// own parts (folded into them at either date, were the snapshots folded).
func realign(ctx context.Context, s1, s2 *snapshot.Snapshot, p1, p2 pairs, focal []string) []PairChange {
	focalSet := map[int32]bool{}
	for _, id := range focal {
		if n, ok := s1.Index.Actor(id); ok {
			focalSet[n] = true
		}
	}
	own := ownParts(ctx, []*snapshot.Snapshot{s1, s2}, focal)
	stance := func(p pairs) map[int32]pairValue {
		out := map[int32]pairValue{}
		for k, v := range p.values {
			for i, other := range []int32{k[1], k[0]} {
				if focalSet[k[i]] && !focalSet[other] {
					s := out[other]
					s.value += v.value
					s.ties = append(s.ties, p.g.ArcTies(int(v.arc))...)
					out[other] = s
				}
			}
		}
		return out
	}
	st1, st2 := stance(p1), stance(p2)
	var out []PairChange
	for _, a := range sortedActors(st1, st2) {
		id := s1.Index.Actors[a]
		if own[id] {
			continue
		}
		x, y := st1[a], st2[a]
		pc := PairChange{A: id, B: strings.Join(focal, ",")}
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
		pc.SignFrom, pc.SignTo, pc.Change, pc.TiesFrom, pc.TiesTo = x.sign().String(), y.sign().String(), changeOf(x, y), OrEmpty(x.ties), OrEmpty(y.ties)
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
	return OrEmpty(out)
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

func sortedPairs(a, b pairs) [][2]int32 {
	var keys [][2]int32
	for k := range a.values {
		if _, ok := b.values[k]; ok {
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

// Diff compares the snapshots of the filter f at two dates, from and to (EDTF), for the
// actors in focal or all: the ties begun and ended between them, the pairs whose net
// sign flipped, and the realignments. When robust, each change is checked over the
// variants of the snapshots, both dates read alike in each.
func Diff(ctx context.Context, rec *Record, f snapshot.Filter, from, to string, focal []string, robust bool) (*Change, error) {
	d1, err := DateArg("first date", from)
	if err != nil {
		return nil, err
	}
	d2, err := DateArg("second date", to)
	if err != nil {
		return nil, err
	}
	kept := keepAsked(rec, &f, focal...)
	f1, f2 := f, f
	f1.At, f2.At = d1, d2
	s1, err := rec.Index.Snapshot(ctx, f1)
	if err != nil {
		return nil, err
	}
	s2, err := rec.Index.Snapshot(ctx, f2)
	if err != nil {
		return nil, err
	}
	if err := notFolded(s1, focal...); err != nil {
		return nil, err
	}
	if err := notFolded(s2, focal...); err != nil {
		return nil, err
	}
	c := diff(ctx, s1, s2, focal)
	c.From, c.To = from, to
	if len(focal) > 0 && d1.Last+1 <= d2.First-1 {
		if c.Between, err = betweenOnly(ctx, rec, f, edtf.Range{First: d1.Last + 1, Last: d2.First - 1}, s1, s2, focal); err != nil {
			return nil, err
		}
	}
	c.Report = newReport(rec, f, "")
	c.askedWarning(rec, kept)
	c.Rules = f.StepRules("each of " + from + " and " + to)
	if d1.First == d1.Last && d2.First == d2.Last {
		c.Rules.Date = "the ties active on each of " + from + " and " + to
		if f.Fuzzy {
			c.Rules.Date = "the ties possibly active on each of " + from + " and " + to
		}
	}
	c.SnapshotWarnings(rec, s1)
	c.SnapshotWarnings(rec, s2)
	c.Warnings = dedupe(c.Warnings)
	c.SeriesPartialWarning(rec, []*snapshot.Snapshot{s1, s2}, []string{c.From, c.To})
	c.Reading = c.reading(rec, focal)
	if robust {
		if c.Robust, err = robustDiff(ctx, rec.Index, f, d1, d2, focal); err != nil {
			return nil, err
		}
		c.Reading += c.Robust.Fragile(DiffFindings(c))
	}
	return c, nil
}
