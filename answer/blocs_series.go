package answer

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	ablocs "github.com/alliances-project/alliances/analysis/blocs"
	"github.com/alliances-project/alliances/snapshot"
)

// BlocsSeries is blocs over time, with bloc numbers carried from step to step.
type BlocsSeries struct {
	Report
	Steps   []*BlocsStep `json:"steps"`
	Changes []BlocChange `json:"changes"` // moves: no equally good partitions keep the actor with its old partners
	Swings  []BlocChange `json:"swings"`  // label changes that equally good partitions explain
}

// BlocChange is an actor that changed bloc from one step of a series to the next.
type BlocChange struct {
	// moved (with positive ties into its new bloc), left (with none there), cancelled (its
	// ties to its old partners now net to nothing: not a switch of sides), dissolved (its
	// old partners have no ties at the new step), joined (it became part of an
	// organization in its new bloc)
	Kind     string    `json:"kind"`
	Actor    string    `json:"actor"`
	At       string    `json:"at"`
	From     int       `json:"from"`
	To       int       `json:"to"`
	FromName string    `json:"from_name"`
	ToName   string    `json:"to_name"`
	Folded   string    `json:"folded,omitempty"`    // the organization the actor was folded into before, or is after
	FoldedAt string    `json:"folded_at,omitempty"` // the step at which it was folded into it
	Partners []string  `json:"partners"`            // its positive ties into its new bloc, at the new step
	Lost     []LostTie `json:"lost"`                // what became of its positive ties into its old bloc
	Against  []string  `json:"against,omitempty"`   // pushed: the members of its old bloc it is hostile to, its positive ties there kept
}

func blocsOver(ctx context.Context, rec *Record, f snapshot.Filter, windows []Step, bo blocsOptions) (*BlocsSeries, error) {
	f.AllActors = true
	var graphs []*snapshot.Graph
	var steps []ablocs.Step
	actors := len(rec.Index.Actors)
	for _, w := range windows {
		fw := f
		fw.At = &w.Range
		s, err := rec.Index.Snapshot(ctx, fw)
		if err != nil {
			return nil, err
		}
		g := s.Graph(snapshot.View{Signed: true, Weighted: true})
		st := ablocs.Step{G: g.CSR, Node: make([]int32, actors), At: make([]int32, actors)}
		for a := range int32(actors) {
			st.Node[a], st.At[a] = int32(s.NodeOfActor(a)), int32(s.StandsAt(a))
		}
		graphs, steps = append(graphs, g), append(steps, st)
	}
	series, err := ablocs.Track(ctx, steps, bo.o)
	if err != nil {
		return nil, err
	}
	out := &BlocsSeries{Changes: []BlocChange{}, Swings: []BlocChange{}}
	for i, g := range graphs {
		cluster := make([]int32, g.N())
		for a := range int32(actors) {
			if v := steps[i].Node[a]; v >= 0 {
				cluster[v] = series.Bloc[i][a]
			}
		}
		for v := range cluster {
			if series.Steps[i].Cluster[v] < 0 {
				cluster[v] = -1
			}
		}
		b := describeBlocs(rec, g, series.Steps[i], cluster, windows[i].Label, bo)
		b.explainStep(rec)
		out.Steps = append(out.Steps, b)
	}
	out.Report = newSeriesReport(rec, f, windows[0].Label, windows[len(windows)-1].Label)
	out.Legend = blocsLegend
	for _, c := range series.Changes {
		out.Changes = append(out.Changes, out.change(rec, c, steps))
	}
	for _, c := range series.Swings {
		out.Swings = append(out.Swings, out.change(rec, c, steps))
	}
	out.seriesWarnings()
	var snaps []*snapshot.Snapshot
	var labels []string
	for _, b := range out.Steps {
		snaps, labels = append(snaps, b.snap), append(labels, b.At)
	}
	out.SeriesPartialWarning(rec, snaps, labels)
	var lonely []string
	for _, c := range out.Changes {
		if c.Kind == "left" {
			lonely = append(lonely, c.Actor+" ("+c.At+")")
		}
	}
	if len(lonely) > 0 {
		out.Warn("%s with no positive tie to the bloc %s in next: %s ties ended, or the record does not have them; that is not a switch of sides: %s",
			plural(len(lonely), "an actor left its bloc", "actors left their blocs"), plural(len(lonely), "it sits", "they sit"), plural(len(lonely), "its", "their"), strings.Join(lonely, ", "))
	}
	out.Reading = out.reading(rec)
	return out, nil
}

func (s *BlocsSeries) change(rec *Record, c ablocs.Change, steps []ablocs.Step) BlocChange {
	prev, cur := s.Steps[c.Step-1], s.Steps[c.Step]
	bc := BlocChange{Actor: rec.Index.Actors[c.Actor], At: cur.At, From: int(c.From) + 1, To: int(c.To) + 1,
		FromName: blocName(prev, int(c.From)+1), ToName: blocName(cur, int(c.To)+1)}
	for i, st := range []ablocs.Step{steps[c.Step-1], steps[c.Step]} {
		if st.Node[c.Actor] < 0 && st.At[c.Actor] >= 0 {
			b := []*BlocsStep{prev, cur}[i]
			bc.Folded, bc.FoldedAt = b.snap.Actor(int(st.At[c.Actor])), b.At
		}
	}
	bc.Partners = []string{}
	g, v := cur.graph, int(steps[c.Step].At[c.Actor])
	bloc := map[string]int{}
	for _, bj := range cur.Blocs {
		for _, a := range bj.Actors {
			bloc[a] = bj.Bloc
		}
	}
	for i := g.Off[v]; i < g.Off[v+1]; i++ {
		if a := g.Snapshot.Actor(int(g.Adj[i])); g.S[i] > 0 && bloc[a] == bc.To {
			bc.Partners = append(bc.Partners, a)
		}
	}
	bc.Lost = lostPartners(prev, cur, steps[c.Step-1], steps[c.Step], c.Actor, int(c.From)+1)
	bc.Kind = "moved"
	if len(bc.Partners) == 0 {
		bc.Kind = "left"
	}
	gone, cancel := 0, 0
	for _, l := range bc.Lost {
		switch l.Now {
		case "gone":
			gone++
		case "cancelled":
			cancel++
		}
	}
	// Parted by a hostility inside its old bloc, its friendships there kept: pushed out.
	if bc.Folded == "" && len(bc.Lost) == 0 {
		for _, bj := range cur.Blocs {
			if bj.Bloc != bc.From {
				continue
			}
			for _, m := range bj.Actors {
				if j := g.Arc(v, g.Snapshot.Node(m)); j >= 0 && g.S[j] < 0 {
					bc.Against = append(bc.Against, m)
				}
			}
		}
	}
	switch {
	case bc.FoldedAt == cur.At:
		bc.Kind = "joined" // it became part of an organization: a merger or an accession, not a move of its own
	case len(bc.Against) > 0:
		bc.Kind = "pushed"
	case len(bc.Lost) > 0 && gone == len(bc.Lost):
		bc.Kind = "dissolved"
	case cancel > 0 && gone+cancel == len(bc.Lost):
		bc.Kind = "cancelled"
	}
	return bc
}

// LostTie is what became, at a step, of an actor's positive tie to a partner of its old
// bloc: "ended" (no tie), "cancelled" (ties that net to nothing), "hostile" (net
// negative), or "gone" (the partner has no tie with anyone at the step).
type LostTie struct {
	Partner string `json:"partner"`
	Now     string `json:"now"`
	Terms   string `json:"terms,omitempty"` // for cancelled and hostile: the kinds behind the net value
}

// lostPartners lists what became of the positive ties actor a held at the previous step
// to the other members of its bloc there (numbered from): the reasons it is no longer
// with them.
func lostPartners(prev, cur *BlocsStep, sp, sc ablocs.Step, a int32, from int) []LostTie {
	out := []LostTie{}
	pg, cg := prev.graph, cur.graph
	u, v := int(sp.At[a]), int(sc.At[a])
	if u < 0 || v < 0 || sp.Node[a] < 0 {
		return out // folded before: it parted from its organization, not from partners
	}
	mates := map[string]bool{}
	for _, bj := range prev.Blocs {
		if bj.Bloc == from {
			for _, m := range bj.Actors {
				mates[m] = true
			}
		}
	}
	for i := pg.Off[u]; i < pg.Off[u+1]; i++ {
		w := int(pg.Adj[i])
		partner := pg.Snapshot.Actor(w)
		if pg.S[i] <= 0 || !mates[partner] {
			continue
		}
		l := LostTie{Partner: partner}
		x := int(sc.At[pg.Snapshot.Nodes[w]])
		j := -1
		if x >= 0 {
			j = cg.Arc(v, x)
		}
		switch {
		case x < 0 || cg.Off[x+1] == cg.Off[x]:
			l.Now = "gone"
		case x == v || j >= 0 && cg.S[j] > 0:
			continue // still friends (or one body now): not what it lost
		case j < 0:
			l.Now = "ended"
		case cg.S[j] == 0:
			l.Now, l.Terms = "cancelled", netTerms(cg, j)
		default:
			l.Now, l.Terms = "hostile", netTerms(cg, j)
		}
		out = append(out, l)
	}
	return out
}

func (s *BlocsSeries) seriesWarnings() {
	var reps []*Report
	for _, b := range s.Steps {
		reps = append(reps, &b.Report)
	}
	s.Warnings = stepWarnings(reps)
}

func (s *BlocsSeries) reading(rec *Record) string {
	first, last := s.Steps[0], s.Steps[len(s.Steps)-1]
	var moves, left, cancel, dissolved, joined, pushed []string
	for _, c := range s.Changes {
		switch c.Kind {
		case "left":
			left = append(left, fmt.Sprintf("%s left %s bloc in %s", rec.Name(c.Actor), possessive(rec.Name(c.FromName)), c.At))
		case "joined":
			joined = append(joined, fmt.Sprintf("%s joined %s in %s", rec.Name(c.Actor), rec.Name(c.Folded), c.At))
		case "pushed":
			pushed = append(pushed, fmt.Sprintf("%s from %s bloc in %s (hostile to %s there)", rec.Name(c.Actor), possessive(rec.Name(c.FromName)), c.At, rec.Names(c.Against)))
		case "cancelled":
			var why []string
			for _, l := range c.Lost {
				if l.Now == "cancelled" {
					why = append(why, fmt.Sprintf("with %s: %s", rec.Name(l.Partner), l.Terms))
				}
			}
			cancel = append(cancel, fmt.Sprintf("%s in %s (%s)", rec.Name(c.Actor), c.At, strings.Join(why, "; ")))
		case "dissolved":
			var gone []string
			for _, l := range c.Lost {
				gone = append(gone, l.Partner)
			}
			dissolved = append(dissolved, fmt.Sprintf("%s in %s (%s no longer there)", rec.Name(c.Actor), c.At, rec.Names(gone)))
		default:
			part := ""
			if c.Folded != "" && c.Folded != c.FromName {
				part = fmt.Sprintf(" (as part of %s)", rec.Name(c.Folded))
			}
			// A bloc named after the mover, or two blocs of one name, say nothing: name
			// the partners it joined instead.
			fromOwn, toOwn := c.FromName == c.Actor, c.ToName == c.Actor || c.ToName == c.FromName
			switch {
			case fromOwn && toOwn:
				moves = append(moves, fmt.Sprintf("%s joined %s in %s", rec.Name(c.Actor), rec.Names(c.Partners), c.At))
				continue
			case fromOwn:
				moves = append(moves, fmt.Sprintf("%s joined %s bloc in %s", rec.Name(c.Actor), possessive(rec.Name(c.ToName)), c.At))
				continue
			case toOwn:
				moves = append(moves, fmt.Sprintf("%s left %s bloc%s for one with %s in %s", rec.Name(c.Actor), possessive(rec.Name(c.FromName)), part, rec.Names(c.Partners), c.At))
				continue
			}
			moves = append(moves, fmt.Sprintf("%s from %s bloc%s to %s in %s", rec.Name(c.Actor), possessive(rec.Name(c.FromName)), part, possessive(rec.Name(c.ToName)), c.At))
		}
	}
	txt := fmt.Sprintf("Blocs from %s to %s.", first.At, last.At)
	if len(moves) == 0 {
		txt += " No actor moved to another bloc"
	} else {
		txt += " Moves: " + strings.Join(moves, "; ")
	}
	if len(joined) > 0 {
		txt += ". Became part of an organization: " + strings.Join(joined, "; ")
	}
	if len(pushed) > 0 {
		txt += ". Pushed out by a hostility inside their bloc, their friendships there kept (no switch of sides): " + strings.Join(pushed, "; ")
	}
	if len(cancel) > 0 {
		txt += ". Parted from their bloc because their ties to it now cancel out (no switch of sides; check the weights): " + strings.Join(cancel, "; ")
	}
	if len(dissolved) > 0 {
		txt += ". Parted because their partners have no ties any more (their bloc dissolved, no switch of sides): " + strings.Join(dissolved, "; ")
	}
	if len(left) > 0 {
		txt += ". Left for lack of partners (not a switch of sides): " + strings.Join(left, "; ")
	}
	if ex := s.exits(rec); ex != "" {
		txt += ". " + ex
	}
	if len(s.Swings) > 0 {
		if len(s.Swings) == 1 {
			txt += ". 1 change of bloc label was a swing between equally good partitions, not a move"
		} else {
			txt += fmt.Sprintf(". %d changes of bloc label were swings between equally good partitions, not moves", len(s.Swings))
		}
	}
	return txt + "."
}

// exits says which actors with ties at a step have none at the next (not folded into
// another either), and which appear: the series shows them in no bloc, silently.
func (s *BlocsSeries) exits(rec *Record) string {
	var out, in, joined []string
	reported := map[string]bool{}
	for _, c := range s.Changes {
		if c.Kind == "joined" {
			reported[c.Actor+"@"+c.At] = true
		}
	}
	for i := 1; i < len(s.Steps); i++ {
		prev, cur := s.Steps[i-1], s.Steps[i]
		var gone, come []string
		for _, a := range slices.Sorted(maps.Keys(blocActors(prev))) {
			if !blocActors(cur)[a] {
				into, folded := cur.snap.FoldedInto(a)
				switch {
				case !folded:
					gone = append(gone, a)
				case !reported[a+"@"+cur.At]:
					joined = append(joined, fmt.Sprintf("%s joined %s in %s", rec.Name(a), rec.Name(into), cur.At))
				}
			}
		}
		for _, a := range slices.Sorted(maps.Keys(blocActors(cur))) {
			if !blocActors(prev)[a] {
				if _, folded := prev.snap.FoldedInto(a); !folded {
					come = append(come, a)
				}
			}
		}
		if len(gone) > 0 {
			out = append(out, fmt.Sprintf("%s from %s", rec.Names(gone), cur.At))
		}
		if len(come) > 0 {
			in = append(in, fmt.Sprintf("%s from %s", rec.Names(come), cur.At))
		}
	}
	var parts []string
	if len(joined) > 0 {
		parts = append(parts, "Became part of an organization with its bloc: "+strings.Join(joined, "; "))
	}
	if len(out) > 0 {
		parts = append(parts, "No tie recorded any more (the record stops, or the ties ended): "+strings.Join(out, "; "))
	}
	if len(in) > 0 {
		parts = append(parts, "Ties again, or for the first time: "+strings.Join(in, "; "))
	}
	return strings.Join(parts, ". ")
}

// blocActors returns the actors in some bloc at a step.
func blocActors(b *BlocsStep) map[string]bool {
	m := map[string]bool{}
	for _, bj := range b.Blocs {
		for _, a := range bj.Actors {
			m[a] = true
		}
	}
	return m
}

func blocName(b *BlocsStep, bloc int) string {
	for _, bj := range b.Blocs {
		if bj.Bloc == bloc {
			return bj.Name
		}
	}
	return ""
}
