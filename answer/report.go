package answer

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/snapshot"
)

// Report is what every analysis says beside its numbers: the case it read, a reading of
// the numbers in plain words, the rules the snapshot applied, the warnings that say when
// not to trust it, and a legend for its abbreviations.
type Report struct {
	Case     string         `json:"case"`
	CaseNote string         `json:"case_note,omitempty"` // how the case was chosen among several
	Reading  string         `json:"reading"`
	Rules    snapshot.Rules `json:"rules"`
	Warnings []string       `json:"warnings"`
	Folded   []foldJSON     `json:"folded,omitempty"` // actors folded into their organizations
	Legend   [][2]string    `json:"-"`
}

type foldJSON = snapshot.Fold

// newReport starts the report of an analysis of snapshot s.
func newReport(rec *Record, f snapshot.Filter, label string) Report {
	return Report{Case: rec.Case, CaseNote: rec.CaseNote, Rules: f.Rules(label), Warnings: []string{}}
}

// newSeriesReport starts the report of a series of snapshots, from the step labelled
// first to the one labelled last.
func newSeriesReport(rec *Record, f snapshot.Filter, first, last string) Report {
	return Report{Case: rec.Case, CaseNote: rec.CaseNote, Rules: f.StepRules("each step from " + first + " to " + last), Warnings: []string{}}
}

// Warn adds a warning to the report.
func (r *Report) Warn(format string, args ...any) {
	r.Warnings = append(r.Warnings, fmt.Sprintf(format, args...))
}

// stepWarnings gathers the warnings of the steps of a series, each once, with the steps
// it holds at (none named when it holds at all of them).
func stepWarnings(steps []*Report) []string {
	at := map[string][]string{}
	var order []string
	for _, r := range steps {
		for _, w := range r.Warnings {
			if at[w] == nil {
				order = append(order, w)
			}
			at[w] = append(at[w], r.Rules.Label)
		}
	}
	out := []string{}
	for _, w := range order {
		if len(at[w]) == len(steps) {
			out = append(out, w)
		} else {
			out = append(out, strings.Join(at[w], ", ")+": "+w)
		}
	}
	return out
}

// minActors and minTies are the sizes below which a snapshot is too small for a network
// measure to mean much: a handful of actors has no structure to speak of.
const (
	minActors = 5
	minTies   = 5
)

// SnapshotWarnings adds the warnings every network analysis of s shares: those of
// RecordWarnings, a snapshot too small, pairs whose ties cancel out.
func (r *Report) SnapshotWarnings(rec *Record, s *snapshot.Snapshot) {
	r.RecordWarnings(rec, s)
	withTies := make([]bool, s.N())
	actors := 0
	for _, e := range s.Edges {
		for _, v := range []int32{e.From, e.To} {
			if !withTies[v] {
				withTies[v] = true
				actors++
			}
		}
	}
	if actors < minActors || len(s.Edges) < minTies {
		r.Warn("the snapshot holds %d actors with ties and %d ties: too few for a network measure to mean much", actors, len(s.Edges))
	}
	r.cancelWarnings(rec, s.Graph(snapshot.View{Signed: true, Weighted: true}))
}

// RecordWarnings adds the warnings every reading of s shares: folding with several
// parents, a snapshot resting on one source, alleged and disputed ties.
func (r *Report) RecordWarnings(rec *Record, s *snapshot.Snapshot) {
	r.Folded = s.Folds()
	if at, span := s.Filter.At, s.Index.Span(); at != nil && span.First <= span.Last {
		switch {
		case at.First > span.Last:
			r.Warn("the date lies after the latest date the record gives (%s): only the ties with open ends (still going) reach it, and the record may simply stop there", span.Last)
		case at.Last < span.First:
			r.Warn("the date lies before the earliest date the record gives (%s): only the ties with open starts reach it", span.First)
		}
	}
	if n := s.Index.Possible(s.Filter); n > 0 {
		date := "at this date"
		if at := s.Filter.At; at != nil { // diff reads two dates, each warned of apart
			date = "on " + at.First.String()
			if at.Last != at.First {
				date = "from " + at.First.String() + " to " + at.Last.String()
			}
		}
		r.Warn("%d more %s may hold %s, %s dates the record gives only roughly (an unknown start or end, an approximate date) and %s not read; --fuzzy reads %s too",
			n, plural(n, "tie", "ties"), date, plural(n, "its", "their"), plural(n, "is", "are"), plural(n, "it", "them"))
	}
	r.statedFoldWarning(rec, s)
	// Only the actors whose ties the snapshot reads: a supporters ranking need not hear
	// of a militant cell's several parents.
	inSnapshot := make([]bool, len(s.Index.Actors)) // by actor number
	for _, i := range s.Tie {
		a, b, c := s.Index.Parties(int(i))
		inSnapshot[a], inSnapshot[b] = true, true
		if c >= 0 {
			inSnapshot[c] = true
		}
	}
	involved := func(id string) bool {
		a, ok := s.Index.Actor(id)
		return ok && inSnapshot[a]
	}
	apart := s.Apart()
	for _, a := range slices.Sorted(maps.Keys(apart)) {
		if !involved(a) {
			continue
		}
		r.Warn("%s belongs to several organizations at once and nothing tells them apart (%s): it is folded into none, its ties its own", a, strings.Join(apart[a], ", "))
	}
	if within := s.Within(); len(within) > 0 {
		var ids []string
		for _, w := range within[:min(len(within), maxListed)] {
			ids = append(ids, w[0]+" (within "+w[1]+")")
		}
		more := ""
		if len(within) > maxListed {
			more = fmt.Sprintf(" and %d more", len(within)-maxListed)
		}
		r.Warn("%s of fighting or opposition between parts of one organization %s not read, the parts folded into it: %s%s; --no-fold keeps the parts apart",
			alliances.Count(len(within), "tie"), plural(len(within), "is", "are"), strings.Join(ids, ", "), more)
	}
	partial := s.Partial()
	for _, a := range slices.Sorted(maps.Keys(partial)) {
		if !involved(a) {
			continue
		}
		r.Warn("%s belongs to an organization for part of the period only (%s): its ties count as its own throughout, not as the organization's; ask about a period within the membership to count them as its",
			a, strings.Join(partial[a], ", "))
	}
	for _, fd := range r.Folded {
		if len(fd.Others) > 0 && involved(fd.Actor) {
			r.Warn("%s belongs to more than one organization at once (%s); it is folded into %s (via %s)", fd.Actor,
				strings.Join(fd.Others, ", "), fd.Into, fd.Via)
		}
	}
	if src := soleSource(s); src != "" {
		r.Warn("every tie read rests on one source (%s): the numbers restate that source's account, they do not corroborate it", src)
	}
	if n := alleged(s); n > 0 && 2*n >= len(s.Edges) {
		r.Warn("%d of the %d ties read are alleged (one party's word); rerun with --robust to see what holds without them", n, len(s.Edges))
	}
	if ds := disputed(s); len(ds) > 0 {
		more := ""
		if len(ds) > maxListed {
			more = fmt.Sprintf(" and %d more (ties --status disputed lists them)", len(ds)-maxListed)
			ds = ds[:maxListed]
		}
		r.Warn("disputed ties are read (a source denies them): %s%s; --robust shows what holds without them", strings.Join(ds, ", "), more)
	}
}

// leftOut is what the majority rule leaves out of a snapshot of a period: the ties active
// on only part of it (but those of a relationship the snapshot reads all the same, as a
// part's war read as its organization's), the actors it loses altogether, and a few of
// the ties, strongest first.
type leftOut struct {
	ties     int
	lost     []string // actors with ties on some day of the period and none read
	examples []string
}

func leftOutOf(rec *Record, s *snapshot.Snapshot) *leftOut {
	ties, root := s.LeftOut()
	if len(ties) == 0 {
		return nil
	}
	ix := s.Index
	// The kinds the snapshot reads between two nodes, for the pairs of the ties left
	// out only: a large snapshot has hundreds of thousands of pairs, a period's edge few.
	type pair [2]int32
	pairOf := func(i int32) (pair, bool) {
		a, b, _ := ix.Parties(int(i))
		u, v := int32(s.StandsAt(a)), int32(s.StandsAt(b))
		return pair{min(u, v), max(u, v)}, u >= 0 && v >= 0
	}
	read := map[pair]map[alliances.Kind]bool{}
	for _, i := range ties {
		if k, ok := pairOf(i); ok {
			read[k] = nil
		}
	}
	for e, ed := range s.Edges {
		k := pair{min(ed.From, ed.To), max(ed.From, ed.To)}
		kinds, ok := read[k]
		if !ok {
			continue
		}
		if kinds == nil {
			kinds = map[alliances.Kind]bool{}
			read[k] = kinds
		}
		kinds[ix.Kind(int(s.Tie[e]))] = true
	}
	var left []int
	lost := map[string]bool{}
	for _, i := range ties {
		a, b, _ := ix.Parties(int(i))
		if k, ok := pairOf(i); ok && read[k][ix.Kind(int(i))] {
			continue // the relationship is read, through another claim or a part's
		}
		left = append(left, int(i))
		for _, x := range []int32{a, b} {
			if s.StandsAt(root(x)) < 0 {
				lost[ix.Actors[root(x)]] = true
			}
		}
	}
	if len(left) == 0 {
		return nil
	}
	lo := &leftOut{ties: len(left)}
	for _, a := range slices.Sorted(maps.Keys(lost)) {
		lo.lost = append(lo.lost, rec.Name(a))
	}
	slices.SortStableFunc(left, func(a, b int) int {
		return cmp.Or(cmp.Compare(ix.Intensity(b), ix.Intensity(a)), cmp.Compare(ix.ID(a), ix.ID(b)))
	})
	for _, i := range left[:min(4, len(left))] {
		tie := ix.Tie(i)
		lo.examples = append(lo.examples, fmt.Sprintf("%s %s %s (%s)", rec.Name(tie.Subject), tie.Kind, rec.Name(tie.Object), tie.Valid))
	}
	return lo
}

// PartialWarning warns, for a snapshot of a period read by the majority rule, of the
// ties active on part of the period that the rule leaves out: an actor whose ties end in
// its middle (a government that falls) is absent without a word otherwise.
func (r *Report) PartialWarning(rec *Record, s *snapshot.Snapshot) {
	lo := leftOutOf(rec, s)
	if lo == nil {
		return
	}
	lost := ""
	if n := len(lo.lost); n > maxListed {
		lost = fmt.Sprintf(", which leaves out altogether %s and %d more actors (no tie covering most of it)", strings.Join(lo.lost[:maxListed], ", "), n-maxListed)
	} else if n > 0 {
		lost = fmt.Sprintf(", which leaves out altogether %s (no tie covering most of it)", andList(lo.lost))
	}
	more := ""
	if lo.ties > len(lo.examples) {
		more = fmt.Sprintf(" and %d more", lo.ties-len(lo.examples))
	}
	r.Warn("%s active on only part of %s %s left out, as covering less than half of it%s: %s%s; --overlap any reads them, an earlier or later date shows them",
		alliances.Count(lo.ties, "tie"), r.Rules.Label, map[bool]string{true: "is", false: "are"}[lo.ties == 1], lost, strings.Join(lo.examples, "; "), more)
}

// SeriesPartialWarning is PartialWarning for a series: one warning naming the steps that
// leave ties out, with the first of them.
func (r *Report) SeriesPartialWarning(rec *Record, steps []*snapshot.Snapshot, labels []string) {
	var parts []string
	for i, s := range steps {
		if lo := leftOutOf(rec, s); lo != nil {
			parts = append(parts, fmt.Sprintf("%s (%s, e.g. %s)", labels[i], alliances.Count(lo.ties, "tie"), lo.examples[0]))
		}
	}
	if len(parts) == 0 {
		return
	}
	if len(parts) > 6 {
		parts = append(parts[:6], fmt.Sprintf("%d more steps", len(parts)-6))
	}
	r.Warn("ties active on only part of a step are left out, as covering less than half of it: %s; a finer --step or --overlap any shows them",
		strings.Join(parts, "; "))
}

// statedFoldWarning warns, when --stated leaves inferred memberships out, of the parts
// that no longer fold into their organizations: they stand as actors of their own, which
// changes who is part of what, not only which ties count.
func (r *Report) statedFoldWarning(rec *Record, s *snapshot.Snapshot) {
	f := s.Filter
	if !f.Stated {
		return
	}
	ix := s.Index
	if f.Fold {
		f.Stated = false
		if all, err := ix.Snapshot(context.Background(), f); err == nil {
			var apart []string
			for _, fd := range all.Folds() {
				via, _ := rec.Tie(fd.Via)
				if via == nil || via.IsStated() {
					continue
				}
				if _, folded := s.FoldedInto(fd.Actor); !folded {
					apart = append(apart, fmt.Sprintf("%s (part of %s by %s)", fd.Actor, via.Object, fd.Via))
				}
			}
			if len(apart) > 0 {
				r.Warn("--stated leaves out inferred memberships too: %s no longer %s into %s organizations and %s as actors of %s own: %s",
					alliances.Count(len(apart), "part"), plural(len(apart), "folds", "fold"), plural(len(apart), "its", "their"),
					plural(len(apart), "stands", "stand"), plural(len(apart), "its", "their"), strings.Join(apart, ", "))
			}
		}
	}
	var cont []string
	n := 0
	for _, i := range ix.Continuations() {
		if ix.Active(i, s.Filter) {
			if n++; len(cont) < 3 {
				cont = append(cont, ix.ID(int(i)))
			}
		}
	}
	if n > 0 {
		more := ""
		if n > len(cont) {
			more = fmt.Sprintf(" and %d more", n-len(cont))
		}
		r.Warn("--stated leaves out %s of stated relationships (%s%s): those relationships end at their last stated date",
			alliances.Count(n, "inferred continuation"), strings.Join(cont, ", "), more)
	}
}

// maxListed is the most ids a warning lists: a large record can read thousands of
// disputed ties, and a warning is read, not searched.
const maxListed = 20

// plural chooses the singular or the plural form for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// disputed lists the disputed ties s reads, each once, in the order of its edges. (A
// set, not a search of the list, finds those already listed: a large record can read
// many thousands.)
func disputed(s *snapshot.Snapshot) []string {
	var out []string
	seen := map[string]bool{}
	for _, i := range s.Tie {
		if id := s.Index.ID(int(i)); s.Index.Status(int(i)) == alliances.Disputed && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// soleSource returns the one source every tie of s cites, or "" when they cite several
// (or there are none).
func soleSource(s *snapshot.Snapshot) string {
	src := ""
	for _, i := range s.Tie {
		if !s.Index.Cited(int(i)) {
			continue
		}
		one, ok := s.Index.Source(int(i))
		if !ok || src != "" && one != src {
			return ""
		}
		src = one
	}
	return src
}

// alleged counts the alleged ties s reads.
func alleged(s *snapshot.Snapshot) int {
	n := 0
	for _, i := range s.Tie {
		if s.Index.Status(int(i)) == alliances.Alleged {
			n++
		}
	}
	return n
}

// singleSourced lists, among the actors named, those whose ties in s all rest on one
// source while the snapshot as a whole cites several: their place rests on one account.
func singleSourced(s *snapshot.Snapshot, actors []string) []string {
	if soleSource(s) != "" {
		return nil
	}
	named := make([]int, s.N()) // node -> 1 + position in actors, 0 for a node not named
	for v := range s.N() {
		if k := slices.Index(actors, s.Actor(v)); k >= 0 {
			named[v] = k + 1
		}
	}
	sources := make([]map[string]bool, len(actors)) // the sources asserting each named actor's ties
	several := make([]bool, len(actors))            // a tie of the actor's cites several
	for e, ed := range s.Edges {
		i := int(s.Tie[e])
		if !s.Index.Cited(i) {
			continue
		}
		src, one := s.Index.Source(i)
		for _, v := range []int32{ed.From, ed.To} {
			k := named[v] - 1
			switch {
			case k < 0:
			case !one:
				several[k] = true
			default:
				if sources[k] == nil {
					sources[k] = map[string]bool{}
				}
				sources[k][src] = true
			}
		}
	}
	var out []string
	for k, a := range actors {
		if !several[k] && len(sources[k]) == 1 {
			out = append(out, a)
		}
	}
	return out
}

// ranks gives equal values one rank, the standard competition ranking: 1, 1, 3. The
// values must be sorted, best first.
func ranks(values []float64) []int {
	out := make([]int, len(values))
	for i, v := range values {
		out[i] = i + 1
		if i > 0 && Same(v, values[i-1]) {
			out[i] = out[i-1]
		}
	}
	return out
}

// Same reports whether two measures are equal up to the rounding of their computation.
func Same(a, b float64) bool {
	d := a - b
	scale := max(1, max(a, -a), max(b, -b))
	return d <= 1e-9*scale && -d <= 1e-9*scale
}

// Listed is how many of total entries a list shows, for the output to say when it is
// cut: limit 0 shows them all.
type Listed struct {
	Total int `json:"total"`
	Limit int `json:"limit"` // 0: no limit
}

// cut applies a limit to n entries.
func cut(n, limit int) (int, Listed) {
	if limit > 0 && n > limit {
		return limit, Listed{Total: n, Limit: limit}
	}
	return n, Listed{Total: n}
}

// Note says, for a list cut to its limit, how much of it is shown ("" when all is).
func (l Listed) Note(noun string) string {
	if l.Limit == 0 || l.Total <= l.Limit {
		return ""
	}
	return fmt.Sprintf("(%d of %d %s shown; --limit 0 shows all)", l.Limit, l.Total, noun)
}

// andList joins words as a sentence does: "a", "a and b", "a, b and c".
func andList(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// SortedCopy returns a sorted copy of ids.
func SortedCopy(ids []string) []string {
	c := slices.Clone(ids)
	slices.Sort(c)
	return c
}

// cancelPair is a pair whose ties net to nothing in a signed view.
type cancelPair struct {
	A, B  string
	Terms string // the kinds behind the net value, with their signed weights
}

// cancelled lists the pairs of the undirected signed graph g whose ties net to nothing:
// they count as no tie.
func cancelled(g *snapshot.Graph) []cancelPair {
	var out []cancelPair
	for u := range g.N() {
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			if v := int(g.Adj[i]); v > u && g.S[i] == 0 {
				out = append(out, cancelPair{A: g.Snapshot.Actor(u), B: g.Snapshot.Actor(v), Terms: netTerms(g, int(i))})
			}
		}
	}
	return out
}

// netTerms writes the kinds behind arc i with their signed weights, the strongest tie of
// each kind: "support +3, opposition -3".
func netTerms(g *snapshot.Graph, i int) string {
	s := g.Snapshot
	type term struct {
		kind alliances.Kind
		w    float64
	}
	var terms []term
	for _, e := range g.ArcEdges(i) {
		k, w := s.TieOf(int(e)).Kind, float64(s.Edges[e].S)*s.Edges[e].W
		j := slices.IndexFunc(terms, func(t term) bool { return t.kind == k })
		switch {
		case j < 0:
			terms = append(terms, term{k, w})
		case abs(w) > abs(terms[j].w):
			terms[j].w = w
		}
	}
	parts := make([]string, len(terms))
	for j, t := range terms {
		parts[j] = fmt.Sprintf("%s %+g", t.kind, t.w)
	}
	return strings.Join(parts, ", ")
}

func abs(x float64) float64 { return max(x, -x) }

// cancelWarnings warns of the pairs whose ties cancel out in the undirected signed graph
// g: a strain recorded at the weight of a support erases the support, and no number of
// the analysis shows it.
func (r *Report) cancelWarnings(rec *Record, g *snapshot.Graph) {
	cs := cancelled(g)
	if len(cs) == 0 {
		return
	}
	var parts []string
	for _, c := range cs[:min(len(cs), 5)] {
		parts = append(parts, fmt.Sprintf("%s - %s (%s)", rec.Name(c.A), rec.Name(c.B), c.Terms))
	}
	more := ""
	if len(cs) > 5 {
		more = fmt.Sprintf(" and %d more", len(cs)-5)
	}
	r.Warn("the ties of %s cancel out and count as no tie: %s%s; a strain recorded as heavy as the friendship beside it erases it (--explain lists the ties)",
		alliances.Count(len(cs), "pair"), strings.Join(parts, "; "), more)
}

// OrEmpty returns xs, or an empty slice for nil: JSON lists are [], never null.
func OrEmpty[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}
