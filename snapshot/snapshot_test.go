package snapshot

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

func tie(id, subj, obj string, kind alliances.Kind, valid string) alliances.Tie {
	t := alliances.Tie{ID: id, Subject: subj, Object: obj, Kind: kind, Valid: edtf.MustParse(valid),
		Citations: []alliances.Citation{{Source: "report", Credibility: 2}}}
	t.Normalize()
	return t
}

func deal(id, a, b string, typ alliances.AgreementType, valid string) alliances.Tie {
	t := tie(id, a, b, alliances.Agreement, valid)
	t.Type = typ
	t.Normalize()
	return t
}

// record is a small case: a party with a faction, a state supporting the party, the
// faction allied to a militia, and a hostility that ends in 2015.
func record() ([]alliances.Tie, []alliances.Source) {
	ties := []alliances.Tie{
		tie("faction-of-party", "faction", "party", alliances.Membership, "2010/.."),
		tie("state-supports-party", "state", "party", alliances.Support, "2004/2021"),
		tie("faction-allied-militia", "faction", "militia", alliances.Alliance, "2016/2021"),
		tie("party-fights-militia", "party", "militia", alliances.Hostility, "/2015"),
		tie("state-supports-faction", "state", "faction", alliances.Support, "2018~/2019"),
	}
	ties[0].Role = alliances.Faction
	ties[4].Status = alliances.Denied
	return ties, []alliances.Source{{ID: "report", Reliability: "C"}}
}

func index(ties []alliances.Tie, sources []alliances.Source) *Index {
	return NewIndex(ties, sources, nil)
}

func day(s string) *edtf.Range { r := edtf.MustParse(s).Strict(); return &r }

func edgeIDs(s *Snapshot) []string {
	var ids []string
	for e := range s.Edges {
		ids = append(ids, s.TieOf(e).ID)
	}
	return ids
}

func snap(t *testing.T, ix *Index, f Filter) *Snapshot {
	t.Helper()
	s, err := ix.Snapshot(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSnapshotFilters(t *testing.T) {
	ix := index(record())
	hier := []LayerWeight{{alliances.Alignment, 1}, {alliances.Hierarchy, 1}}
	tests := []struct {
		name string
		f    Filter
		want []string
	}{
		// The alignment layer alone by default: the membership is hierarchy.
		{"AllButDenied", Filter{}, []string{"state-supports-party", "faction-allied-militia", "party-fights-militia"}},
		{"WithHierarchy", Filter{Layers: hier}, []string{"faction-of-party", "state-supports-party", "faction-allied-militia", "party-fights-militia"}},
		{"At2016", Filter{At: day("2016-06")}, []string{"state-supports-party", "faction-allied-militia"}},
		// "/2015" has an unknown start: it is certainly active only in 2015, possibly before.
		{"At2014", Filter{At: day("2014")}, []string{"state-supports-party"}},
		{"FuzzyAt2014", Filter{At: day("2014"), Fuzzy: true}, []string{"state-supports-party", "party-fights-militia"}},
		{"Negative", Filter{Signs: []alliances.Sign{-1}}, []string{"party-fights-militia"}},
		{"DeniedOnlyWhenAsked", Filter{Statuses: []alliances.Status{alliances.Denied}}, []string{"state-supports-faction"}},
		{"Support", Filter{Kinds: []alliances.Kind{alliances.Support}}, []string{"state-supports-party"}},
		{"ReliabilityB", Filter{MinReliability: "B"}, nil}, // the only source is C
		{"ReliabilityC", Filter{MinReliability: "C", Kinds: []alliances.Kind{alliances.Hostility}}, []string{"party-fights-militia"}},
		{"Credibility1", Filter{MinCredibility: 1}, nil}, // every citation is 2
		// Folded, the faction's membership is a loop and disappears; its alliance with
		// the militia becomes the party's.
		{"Folded", Filter{Fold: true, At: day("2016-06"), Layers: hier}, []string{"state-supports-party", "faction-allied-militia"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := edgeIDs(snap(t, ix, tt.f)); !slices.Equal(got, tt.want) {
				t.Errorf("ties = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFoldedSnapshotMapsFactionToParent(t *testing.T) {
	s := snap(t, index(record()), Filter{Fold: true, At: day("2016-06")})
	if s.Node("faction") != -1 || s.Node("party") < 0 || s.Node("militia") < 0 {
		t.Fatalf("nodes = %v, want party and militia, no faction", s.Nodes)
	}
	g := s.Graph(View{})
	arc := g.Arc(s.Node("party"), s.Node("militia"))
	if arc < 0 {
		t.Fatal("no arc party-militia in the folded graph")
	}
	edges := g.ArcEdges(arc)
	if len(edges) != 1 || s.TieOf(int(edges[0])).ID != "faction-allied-militia" {
		t.Errorf("ties behind party-militia = %v, want the faction's alliance", edges)
	}
	folds := s.Folds()
	if len(folds) != 1 || folds[0].Actor != "faction" || folds[0].Into != "party" || folds[0].Via != "faction-of-party" || folds[0].Others != nil {
		t.Errorf("folds = %+v, want the faction into the party via its membership", folds)
	}
}

// TestFoldingFollowsEveryRole: leaders and members fold as elements and factions do,
// up the chain to the top organization; an actor with two parents at once follows the
// one whose role comes first (an element before a member).
func TestFoldingFollowsEveryRole(t *testing.T) {
	member := func(id, part, whole string, role alliances.Role, valid string) alliances.Tie {
		m := tie(id, part, whole, alliances.Membership, valid)
		m.Role = role
		return m
	}
	ties := []alliances.Tie{
		member("leader-of-wing", "leader", "wing", alliances.Leader, "2010/.."),
		member("wing-of-party", "wing", "party", alliances.Faction, "2012/.."),
		member("leader-in-club", "leader", "club", alliances.Member, "2010/.."),
		member("unit-of-state", "unit", "state", alliances.Element, "2000/2015"),
		tie("leader-allied-militia", "leader", "militia", alliances.Alliance, "2010/2020"),
		tie("unit-fights-militia", "unit", "militia", alliances.Hostility, "2010/2020"),
	}
	ix := index(ties, nil)
	s := snap(t, ix, Filter{Fold: true, At: day("2014")})
	for actor, want := range map[string]string{"leader": "party", "wing": "party", "unit": "state"} {
		if got, folded := s.FoldedInto(actor); !folded || got != want {
			t.Errorf("%s folds into %q (%v), want %s", actor, got, folded, want)
		}
	}
	if got := s.Folds(); got[0].Actor != "leader" || !slices.Equal(got[0].Others, []string{"leader-in-club"}) {
		t.Errorf("the leader's second parent is not reported: %+v", got)
	}
	// In 2016 the unit has left the state: its hostility is its own again.
	if _, folded := snap(t, ix, Filter{Fold: true, At: day("2016")}).FoldedInto("unit"); folded {
		t.Errorf("the unit is still folded in 2016, after its membership ended in 2015")
	}
	// In 2011 the wing is not yet a faction of the party: the leader folds into it.
	if got, _ := snap(t, ix, Filter{Fold: true, At: day("2011")}).FoldedInto("leader"); got != "wing" {
		t.Errorf("in 2011 the leader folds into %s, want the wing", got)
	}
}

// TestFoldingIsIdempotent: on random records with random membership chains (loops
// included, which a record read in pieces might hold), the top of every actor's chain is
// its own top: folding twice is folding once.
func TestFoldingIsIdempotent(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	for trial := range 200 {
		var ties []alliances.Tie
		for i := range 12 {
			a, b := rng.IntN(8), rng.IntN(7)
			if b >= a {
				b++
			}
			m := tie(fmt.Sprintf("m%d", i), fmt.Sprintf("a%d", a), fmt.Sprintf("a%d", b), alliances.Membership, "2000/2020")
			m.Role = alliances.Roles[rng.IntN(len(alliances.Roles))]
			ties = append(ties, m, tie(fmt.Sprintf("t%d", i), fmt.Sprintf("a%d", a), fmt.Sprintf("a%d", rng.IntN(8)), alliances.Alliance, "2000/2020"))
		}
		s := snap(t, index(ties, nil), Filter{Fold: true, At: day("2010")})
		for _, id := range s.Index.Actors {
			top, _ := s.FoldedInto(id)
			if again, folded := s.FoldedInto(top); folded {
				t.Fatalf("trial %d: %s folds into %s, which folds into %s", trial, id, top, again)
			}
			if _, folded := s.FoldedInto(id); folded && s.Node(id) >= 0 {
				t.Fatalf("trial %d: folded actor %s has a node", trial, id)
			}
		}
	}
}

// TestMajorityOfThePeriod: a tie that covers one day of a month is not in that month's
// snapshot; one that covers most of it is; with Overlap Any both are. At a day, the
// ties active that day.
func TestMajorityOfThePeriod(t *testing.T) {
	ties := []alliances.Tie{
		tie("ends-june-1", "a", "b", alliances.Alliance, "2021-01/2021-06-01"),
		tie("from-june-2", "a", "c", alliances.Alliance, "2021-06-02/.."),
		tie("june-15-16", "b", "c", alliances.Hostility, "2021-06-15/2021-06-16"),
		tie("from-june-16", "b", "d", alliances.Alliance, "2021-06-16/.."), // 15 of 30 days: not more than half
		tie("from-june-15", "c", "d", alliances.Alliance, "2021-06-15/.."), // 16 of 30 days
	}
	ix := index(ties, nil)
	for _, tt := range []struct {
		name string
		f    Filter
		want []string
	}{
		{"Month", Filter{At: day("2021-06")}, []string{"from-june-2", "from-june-15"}},
		{"MonthAny", Filter{At: day("2021-06"), Overlap: Any}, []string{"ends-june-1", "from-june-2", "june-15-16", "from-june-16", "from-june-15"}},
		{"Day", Filter{At: day("2021-06-01")}, []string{"ends-june-1"}},
		{"Year", Filter{At: day("2021")}, []string{"from-june-2", "from-june-16", "from-june-15"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := edgeIDs(snap(t, ix, tt.f)); !slices.Equal(got, tt.want) {
				t.Errorf("ties = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestLayers: process ties (deals, talks, mediations) enter only when the process
// layer is read, as positive ties of its weight; a deal that aligns its parties counts
// in the alignment layer, once; a cease-fire never does.
func TestLayers(t *testing.T) {
	ties := []alliances.Tie{
		tie("war", "a", "b", alliances.Hostility, "2020"),
		deal("truce", "a", "b", alliances.CeaseFire, "2020"),
		deal("defection", "c", "b", alliances.DefectionDeal, "2020"),
		tie("talks", "a", "c", alliances.Negotiation, "2020"),
	}
	ix := index(ties, nil)
	align := snap(t, ix, Filter{})
	if got := edgeIDs(align); !slices.Equal(got, []string{"war", "defection"}) {
		t.Errorf("alignment layer: ties %v, want the war and the defection deal", got)
	}
	both := snap(t, ix, Filter{Layers: []LayerWeight{{alliances.Alignment, 1}, {alliances.Process, 0.5}}})
	want := map[string][2]float64{"war": {-1, 3}, "truce": {1, 1.5}, "defection": {1, 3}, "talks": {1, 1.5}}
	if len(both.Edges) != len(want) {
		t.Fatalf("alignment and process: ties %v, want %d", edgeIDs(both), len(want))
	}
	for e, ed := range both.Edges {
		if w := want[both.TieOf(e).ID]; float64(ed.S) != w[0] || ed.W != w[1] {
			t.Errorf("%s: sign %d weight %g, want %g and %g", both.TieOf(e).ID, ed.S, ed.W, w[0], w[1])
		}
	}
	process := snap(t, ix, Filter{Layers: []LayerWeight{{alliances.Process, 1}}})
	if got := edgeIDs(process); !slices.Equal(got, []string{"truce", "defection", "talks"}) {
		t.Errorf("process layer alone: ties %v, want every deal and the talks", got)
	}
}

// TestCeaseFireNeverMakesFriends: adding a cease-fire, a peace deal or a
// non-aggression pact between two enemies leaves every arc of the signed graph as it was.
func TestCeaseFireNeverMakesFriends(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	for trial := range 100 {
		ties := randomTies(60, rng)
		before := snap(t, index(ties, nil), Filter{At: day("2005")}).Graph(View{Signed: true, Weighted: true})
		for i := range 10 {
			typ := []alliances.AgreementType{alliances.CeaseFire, alliances.PeaceDeal, alliances.NonAggression}[i%3]
			d := deal(fmt.Sprintf("d%d", i), ties[i].Subject, ties[i].Object, typ, "1990/2021")
			d.Intensity = 5
			ties = append(ties, d)
		}
		after := snap(t, index(ties, nil), Filter{At: day("2005")}).Graph(View{Signed: true, Weighted: true})
		if !slices.Equal(before.S, after.S) || !slices.Equal(before.W, after.W) || !slices.Equal(before.Adj, after.Adj) {
			t.Fatalf("trial %d: cease-fires changed the signed graph", trial)
		}
	}
}

// TestMediationPartiesAreUnordered: a mediation between A and B is the same claim as one
// between B and A: swapping object and third changes no edge, no arc and no recorded
// mediation.
func TestMediationPartiesAreUnordered(t *testing.T) {
	m := tie("m", "iran", "taliban", alliances.Mediation, "2016")
	m.Third = "russia"
	swapped := m
	swapped.Object, swapped.Third = m.Third, m.Object
	base := []alliances.Tie{tie("x", "russia", "taliban", alliances.Support, "2016"), tie("y", "iran", "taliban", alliances.Support, "2016")}
	layers := []LayerWeight{{alliances.Alignment, 1}, {alliances.Process, 0.5}}
	pairs := func(mt alliances.Tie) ([][3]string, []string) {
		s := snap(t, index(append(slices.Clone(base), mt), nil), Filter{Layers: layers})
		g := s.Graph(View{Signed: true, Weighted: true})
		var arcs [][3]string
		for u := range g.N() {
			for i := g.Off[u]; i < g.Off[u+1]; i++ {
				arcs = append(arcs, [3]string{s.Actor(u), s.Actor(int(g.Adj[i])), fmt.Sprint(g.S[i], g.W[i])})
			}
		}
		slices.SortFunc(arcs, func(a, b [3]string) int { return slices.Compare(a[:], b[:]) })
		var meds []string
		for _, md := range s.Mediations {
			p := []string{s.Index.Actors[md.Parties[0]], s.Index.Actors[md.Parties[1]]}
			slices.Sort(p)
			meds = append(meds, s.Index.Actors[md.Mediator]+":"+p[0]+","+p[1])
		}
		return arcs, meds
	}
	a1, m1 := pairs(m)
	a2, m2 := pairs(swapped)
	if !slices.Equal(a1, a2) || !slices.Equal(m1, m2) {
		t.Errorf("swapping the parties of a mediation changed the graph:\n%v %v\n%v %v", a1, m1, a2, m2)
	}
	if !slices.Equal(m1, []string{"iran:russia,taliban"}) {
		t.Errorf("mediations = %v, want Iran between Russia and the Taliban", m1)
	}
}

// TestStrongestTieOfEachKind: seven token cooperation ties between parts of a state
// and a movement, folded into the state, do not outweigh one war of intensity 4: claims
// of one kind count once, by the strongest.
func TestStrongestTieOfEachKind(t *testing.T) {
	ties := []alliances.Tie{tie("war", "state", "movement", alliances.Hostility, "2020")}
	ties[0].Intensity = 4
	for i := range 7 {
		part := fmt.Sprintf("office%d", i)
		m := tie("m"+part, part, "state", alliances.Membership, "2020")
		m.Role = alliances.Element
		c := tie("c"+part, part, "movement", alliances.Cooperation, "2020")
		c.Intensity = 1
		ties = append(ties, m, c)
	}
	s := snap(t, index(ties, nil), Filter{Fold: true})
	g := s.Graph(View{Signed: true, Weighted: true})
	a := g.Arc(s.Node("state"), s.Node("movement"))
	if a < 0 || g.S[a] != -1 || g.W[a] != 3 {
		t.Fatalf("state-movement arc %d: want sign -1 and weight 3 (war 4 against token cooperation 1)", a)
	}
	if n := len(g.ArcTies(a)); n != 8 {
		t.Errorf("%d ties behind the arc, want all 8", n)
	}
}

func TestCategoriesAndStatedTies(t *testing.T) {
	ties := []alliances.Tie{
		tie("a-b", "a", "b", alliances.Alliance, "2020"),
		tie("a-jihadists", "a", "jihadists", alliances.Alliance, "2020"),
		tie("b-c", "b", "c", alliances.Alliance, "2020"),
	}
	ties[2].Basis = alliances.Inferred
	ix := NewIndex(ties, nil, []alliances.Actor{{ID: "jihadists", Kind: alliances.Category}, {ID: "a", Kind: "party"}})
	if got := edgeIDs(snap(t, ix, Filter{})); !slices.Equal(got, []string{"a-b", "b-c"}) {
		t.Errorf("default: %v, want the category's tie left out", got)
	}
	if got := edgeIDs(snap(t, ix, Filter{Categories: true})); len(got) != 3 {
		t.Errorf("with categories: %v, want all three", got)
	}
	if got := edgeIDs(snap(t, ix, Filter{Stated: true})); !slices.Equal(got, []string{"a-b"}) {
		t.Errorf("stated only: %v, want the inferred tie left out", got)
	}
	if s := snap(t, ix, Filter{AllActors: true}); s.Node("jihadists") >= 0 {
		t.Errorf("a category has a node of its own")
	}
}

func TestGraphViews(t *testing.T) {
	s := snap(t, index(record()), Filter{Layers: []LayerWeight{{alliances.Alignment, 1}, {alliances.Hierarchy, 1}}})
	state, party := s.Node("state"), s.Node("party")
	directed := s.Graph(View{Directed: true})
	if directed.Arc(state, party) < 0 || directed.Arc(party, state) >= 0 {
		t.Error("directed view: support must go one way, state to party")
	}
	militia, faction := s.Node("militia"), s.Node("faction")
	if directed.Arc(militia, faction) < 0 || directed.Arc(faction, militia) < 0 {
		t.Error("directed view: an alliance must go both ways")
	}
	if directed.Arcs() != 6 {
		t.Errorf("directed view: %d arcs, want 6 (membership, support, alliance and hostility both ways)", directed.Arcs())
	}
	pos := s.Graph(View{Positive: true, Signed: true})
	if pos.Arc(party, militia) >= 0 || pos.Edges() != 3 {
		t.Errorf("positive view: %d edges, want 3 without the hostility", pos.Edges())
	}
	signed := s.Graph(View{Signed: true, Weighted: true})
	a := signed.Arc(party, militia)
	if a < 0 || signed.S[a] != -1 || signed.W[a] != 3 {
		t.Errorf("signed view: party-militia arc %d, want sign -1 and weight 3 (no intensity given)", a)
	}
	for i := 0; i < signed.Arcs(); i++ {
		if len(signed.ArcEdges(i)) != 1 {
			t.Errorf("arc %d has %d ties behind it, want 1", i, len(signed.ArcEdges(i)))
		}
	}
}

func TestAllActorsKeepsNodeNumbers(t *testing.T) {
	ix := index(record())
	early := snap(t, ix, Filter{At: day("2005"), AllActors: true})
	late := snap(t, ix, Filter{At: day("2020"), AllActors: true})
	if early.N() != len(ix.Actors) || late.N() != len(ix.Actors) {
		t.Fatalf("nodes = %d and %d, want every actor (%d)", early.N(), late.N(), len(ix.Actors))
	}
	for _, id := range ix.Actors {
		if early.Node(id) != late.Node(id) {
			t.Errorf("%s is node %d in 2005 and %d in 2020", id, early.Node(id), late.Node(id))
		}
	}
}

func TestPositiveViewUsesNetSigns(t *testing.T) {
	ties, sources := record()
	// The party and the militia also cooperate at the intensity of their fight: the
	// pair nets to 0, no positive tie; raise the cooperation's intensity and it nets to +.
	coop := tie("party-helps-militia", "party", "militia", alliances.Cooperation, "/2015")
	ties = append(ties, coop)
	s := snap(t, index(ties, sources), Filter{At: day("2015")})
	party, militia := s.Node("party"), s.Node("militia")
	if g := s.Graph(View{Positive: true}); g.Arc(party, militia) >= 0 {
		t.Errorf("a cooperation and a fight of equal intensity make a positive tie in the positive view")
	}
	ties[len(ties)-1].Intensity = 5
	s = snap(t, index(ties, sources), Filter{At: day("2015")})
	g := s.Graph(View{Positive: true, Weighted: true})
	a := g.Arc(party, militia)
	// The pair is positive on balance; both ties stand behind the arc, and its weight
	// is the net of theirs (5 - 3, no intensity given to the fight).
	if a < 0 || !slices.Equal(g.ArcTies(a), []string{"party-fights-militia", "party-helps-militia"}) || g.W[a] != 2 {
		t.Errorf("a decisive cooperation against an ordinary fight: arc %d, ties %v; want both, weight 2", a, g.ArcTies(a))
	}
	skip := s.Graph(View{Positive: true, Skip: func(e int) bool { return s.TieOf(e).ID == "party-helps-militia" }})
	if skip.Arc(party, militia) >= 0 || skip.N() != s.N() {
		t.Errorf("skipping the cooperation: arc still there, or nodes changed (%d, want %d)", skip.N(), s.N())
	}
}

// TestDirectedPositiveViewJudgesEachDirection: an alliance A-B (+3) and B's opposition
// to A (-5) leave A -> B positive (+3) and B -> A negative (3 - 5); the directed positive
// view keeps the first arc only. With the opposition the other way (A -> B), it keeps
// B -> A only.
func TestDirectedPositiveViewJudgesEachDirection(t *testing.T) {
	alliance := tie("ab-alliance", "a", "b", alliances.Alliance, "2010/2020")
	opp := tie("ba-opposition", "b", "a", alliances.Opposition, "2010/2020")
	opp.Intensity = 5
	for _, tt := range []struct {
		name         string
		oppFrom      string
		wantAB, want bool
	}{{"OppositionFromB", "b", true, false}, {"OppositionFromA", "a", false, true}} {
		t.Run(tt.name, func(t *testing.T) {
			o := opp
			o.Subject, o.Object = tt.oppFrom, map[string]string{"a": "b", "b": "a"}[tt.oppFrom]
			s := snap(t, index([]alliances.Tie{alliance, o}, nil), Filter{})
			g := s.Graph(View{Directed: true, Positive: true})
			a, b := s.Node("a"), s.Node("b")
			if got := g.Arc(a, b) >= 0; got != tt.wantAB {
				t.Errorf("arc a -> b kept = %v, want %v", got, tt.wantAB)
			}
			if got := g.Arc(b, a) >= 0; got != tt.want {
				t.Errorf("arc b -> a kept = %v, want %v", got, tt.want)
			}
			for i := 0; i < g.Arcs(); i++ {
				if !slices.Equal(g.ArcTies(i), []string{"ab-alliance"}) {
					t.Errorf("arc %d stands on %v, want the alliance alone", i, g.ArcTies(i))
				}
			}
		})
	}
}

func TestFoldedActorsHaveNoNodeOfTheirOwn(t *testing.T) {
	s := snap(t, index(record()), Filter{Fold: true, AllActors: true, At: day("2016")})
	if s.Node("faction") != -1 || s.N() != len(s.Index.Actors)-1 {
		t.Errorf("folded faction is node %d, %d nodes; want -1 and every actor but the faction", s.Node("faction"), s.N())
	}
}

func TestRulesSayWhatWasRead(t *testing.T) {
	r := Filter{At: day("2021-07"), Fold: true}.Rules("2021-07")
	lines := fmt.Sprint(r.Lines())
	for _, want := range []string{"certainly cover more than half of 2021-07 (at least 16 of its 31 days)", "alignment x1", "folded"} {
		if !strings.Contains(lines, want) {
			t.Errorf("rules %q do not say %q", lines, want)
		}
	}
}

// randomTies makes n ties among n/5 actors, with random kinds (agreements of random
// types) and yearly valid times between 1990 and 2021, drawn from rng (a fixed one when
// nil).
func randomTies(n int, rng *rand.Rand) []alliances.Tie {
	if rng == nil {
		rng = rand.New(rand.NewPCG(7, 11))
	}
	actors := max(n/5, 2)
	ids := make([]string, actors)
	for i := range ids {
		ids[i] = fmt.Sprintf("a%d", i)
	}
	ivs := make([]edtf.Interval, 32*32)
	for s := range 32 {
		for e := s; e < 32; e++ {
			ivs[s*32+e] = edtf.MustParse(fmt.Sprintf("%d/%d", 1990+s, 1990+e))
		}
	}
	cites := []alliances.Citation{{Source: "s", Credibility: 2}}
	ties := make([]alliances.Tie, n)
	for i := range ties {
		u, v := rng.IntN(actors), rng.IntN(actors-1)
		if v >= u {
			v++
		}
		s := rng.IntN(32)
		e := s + rng.IntN(32-s)
		k := alliances.Kinds[rng.IntN(len(alliances.Kinds))].Kind
		ties[i] = alliances.Tie{ID: fmt.Sprintf("t%d", i), Subject: ids[u], Object: ids[v], Kind: k,
			Valid: ivs[s*32+e], Status: alliances.Reported, Citations: cites, Intensity: rng.IntN(6)}
		switch k {
		case alliances.Agreement:
			ties[i].Type = alliances.AgreementTypes[rng.IntN(len(alliances.AgreementTypes))]
		case alliances.Mediation:
			ties[i].Third = ids[(u+1+rng.IntN(actors-1))%actors]
			if ties[i].Third == ties[i].Object {
				ties[i].Kind = alliances.Negotiation
				ties[i].Third = ""
			}
		}
		ties[i].Normalize()
	}
	return ties
}

func BenchmarkIndex(b *testing.B) {
	for _, n := range []int{1e3, 1e4, 1e5, 1e6} {
		ties := randomTies(n, nil)
		b.Run(fmt.Sprintf("ties=%d", n), func(b *testing.B) {
			for b.Loop() {
				NewIndex(ties, nil, nil)
			}
		})
	}
}

// BenchmarkSnapshot cuts one snapshot at a day and lays it out as a directed signed
// weighted graph; bytes/tie is the memory the index and
// the snapshot hold per tie (not counting the ties themselves, which the record owns).
func BenchmarkSnapshot(b *testing.B) {
	for _, n := range []int{1e3, 1e4, 1e5, 1e6} {
		ties := randomTies(n, nil)
		b.Run(fmt.Sprintf("ties=%d", n), func(b *testing.B) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			ix := NewIndex(ties, nil, nil)
			s, _ := ix.Snapshot(context.Background(), Filter{})
			g := s.Graph(View{Directed: true, Signed: true, Weighted: true})
			runtime.GC()
			runtime.ReadMemStats(&after)
			bytes := float64(after.HeapAlloc-before.HeapAlloc) / float64(n)
			runtime.KeepAlive(g)
			at := day("2010-06-30")
			b.ResetTimer()
			for b.Loop() {
				s, _ := ix.Snapshot(context.Background(), Filter{At: at})
				s.Graph(View{Directed: true, Signed: true, Weighted: true})
			}
			b.ReportMetric(bytes, "bytes/tie")
		})
	}
}

// BenchmarkYearlySeries cuts 32 yearly snapshots from one index.
func BenchmarkYearlySeries(b *testing.B) {
	ties := randomTies(1e6, nil)
	ix := NewIndex(ties, nil, nil)
	for b.Loop() {
		for y := 1990; y < 2022; y++ {
			ix.Snapshot(context.Background(), Filter{At: day(fmt.Sprint(y))})
		}
	}
}

func TestVariants(t *testing.T) {
	ties, sources := record()
	ties[2].Status = alliances.Alleged            // the faction's alliance with the militia
	ties[1].Citations[0].Credibility = 5          // the state's support of the party: improbable
	ties[3].Valid = edtf.MustParse("2010~/2015~") // the hostility, approximate at both ends
	ties[1].Intensity = 4                         // the support, graded
	ix := NewIndex(ties, sources, nil)
	vs := Variants(Filter{At: day("2016-02")}, 50, 1)
	got := map[string][]string{}
	inFeb, inSep := 0, 0
	ungraded, graded := 0, 0
	for _, v := range vs {
		s, err := ix.Snapshot(context.Background(), v.Filter)
		if err != nil {
			t.Fatal(err)
		}
		if v.Filter.Draw != nil {
			feb := slices.Contains(edgeIDs(s), "party-fights-militia")
			later := v.Filter
			later.At = day("2016-09")
			s9, _ := ix.Snapshot(context.Background(), later)
			sep := slices.Contains(edgeIDs(s9), "party-fights-militia")
			if sep && !feb {
				t.Errorf("a draw has the hostility in September 2016 but not in February: one world must hold for every date")
			}
			inFeb, inSep = inFeb+b2i(feb), inSep+b2i(sep)
			continue
		}
		got[v.Name] = edgeIDs(s)
		if u := v.Filter.Ungraded; u > 0 {
			// The ties of no recorded intensity weigh u, the others their intensity.
			for e, ed := range s.Edges {
				want := float64(s.TieOf(e).Intensity)
				if want == 0 {
					want, ungraded = u, ungraded+1
				} else {
					graded++
				}
				if ed.W != want {
					t.Errorf("%s: %s weighs %g, want %g", v.Name, s.TieOf(e).ID, ed.W, want)
				}
			}
		}
	}
	if ungraded == 0 || graded == 0 {
		t.Errorf("the variants with ungraded ties reweighed %d ungraded and %d graded ties: the check needs both", ungraded, graded)
	}
	want := map[string][]string{
		"as asked":                                {"state-supports-party", "faction-allied-militia"},
		"without alleged or disputed ties":        {"state-supports-party"},
		"without inferred ties":                   {"state-supports-party", "faction-allied-militia"},
		"without low-credibility ties (4-6)":      {"faction-allied-militia"},
		"with possibly active ties (fuzzy dates)": {"state-supports-party", "faction-allied-militia", "party-fights-militia"},
	}
	for name, w := range want {
		if !slices.Equal(got[name], w) {
			t.Errorf("%s: ties %v, want %v", name, got[name], w)
		}
	}
	// The hostility ends about 2015: each draw ends it on a day drawn uniformly from the
	// 367 days of 2015-12-31 to 2016-12-31 (the fuzzy end of 2015~). It is in February
	// 2016 (29 days) when it covers 15 of them, ending on 2016-02-15 or later (321 days of
	// 367, 0.875), in September (30 days) when it covers 16, ending on 2016-09-16 or later
	// (107 of 367, 0.29). Out of 50 draws, means 43.7 and 14.6; 37 and 25 are more than
	// three standard deviations away.
	if inFeb < 37 || inSep > 25 || inSep == 0 {
		t.Errorf("the hostility was in %d draws in February and %d in September, want about 44 and 15", inFeb, inSep)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestPartsCountPartWeight: a state at war with a movement (3) while one of its offices
// cooperates with the movement (3): folded, the pair nets 0 when parts count in full, and
// -1.5 when they count half. A leader acts for the organization: its tie counts in full.
func TestPartsCountPartWeight(t *testing.T) {
	office := tie("office-of-state", "office", "state", alliances.Membership, "2020")
	office.Role = alliances.Element
	chief := tie("chief-of-state", "chief", "state", alliances.Membership, "2020")
	chief.Role = alliances.Leader
	ties := []alliances.Tie{office, chief,
		tie("war", "state", "movement", alliances.Hostility, "2020"),
		tie("smuggling", "office", "movement", alliances.Cooperation, "2020"),
		tie("chief-friend", "chief", "ally", alliances.Alliance, "2020"),
	}
	ix := index(ties, nil)
	net := func(pw float64, a, b string) (int8, float64) {
		s := snap(t, ix, Filter{Fold: true, PartWeight: pw})
		g := s.Graph(View{Signed: true, Weighted: true})
		arc := g.Arc(s.Node(a), s.Node(b))
		if arc < 0 {
			return 0, 0
		}
		return g.S[arc], g.W[arc]
	}
	if sign, w := net(0, "state", "movement"); sign != 0 || w != 0 {
		t.Errorf("parts in full: state-movement %d %g, want the war and the cooperation to cancel", sign, w)
	}
	if sign, w := net(0.5, "state", "movement"); sign != -1 || w != 1.5 {
		t.Errorf("parts at half: state-movement %d %g, want -1 and 1.5", sign, w)
	}
	if sign, w := net(0.5, "state", "ally"); sign != 1 || w != 3 {
		t.Errorf("a leader's alliance: %d %g, want +3 in full", sign, w)
	}
}

// TestUnknownEndsAreBoundedWhenFuzzy: "2016/" (an unknown end) is possibly active for
// ten more years, not forever; "2016/.." (open) runs on.
func TestUnknownEndsAreBoundedWhenFuzzy(t *testing.T) {
	ix := index([]alliances.Tie{tie("unknown", "a", "b", alliances.Alliance, "2016/"), tie("open", "a", "c", alliances.Alliance, "2016/..")}, nil)
	if got := edgeIDs(snap(t, ix, Filter{At: day("2025"), Fuzzy: true})); !slices.Equal(got, []string{"unknown", "open"}) {
		t.Errorf("2025, fuzzy: %v, want both", got)
	}
	if got := edgeIDs(snap(t, ix, Filter{At: day("2040"), Fuzzy: true})); !slices.Equal(got, []string{"open"}) {
		t.Errorf("2040, fuzzy: %v, want the open tie alone", got)
	}
}

// TestClaimsOfOneRelationshipCoverTogether: the majority rule reads a relationship, not
// each claim: a war recorded in two phases (the second with its parties the other way
// round) holds in the month its phases cover together, though each covers less than half
// of it; a single phase does not, and claims of two kinds never add up.
func TestClaimsOfOneRelationshipCoverTogether(t *testing.T) {
	phases := []alliances.Tie{
		tie("first-phase", "front", "group", alliances.Hostility, "2018-02-19/2018-03-10"),
		tie("second-phase", "group", "front", alliances.Hostility, "2018-03-11/2018-04-24"),
		tie("truce-talks", "front", "group", alliances.Negotiation, "2018-03-20/2018-03-31"),
		tie("early-support", "state", "front", alliances.Support, "2018-03-01/2018-03-10"),
		tie("late-cooperation", "state", "front", alliances.Cooperation, "2018-03-11/2018-03-20"),
	}
	ix := NewIndex(phases, nil, nil)
	march := snap(t, ix, Filter{At: day("2018-03")})
	got := edgeIDs(march)
	slices.Sort(got)
	if want := []string{"first-phase", "second-phase"}; !slices.Equal(got, want) {
		t.Errorf("March 2018: ties %v, want %v (the war's two claims cover all 31 days together; the support and the cooperation, 10 days each, are two kinds)", got, want)
	}
	// Either phase alone covers 10 or 21 of March's 31 days: the second holds alone.
	alone := NewIndex(phases[:1], nil, nil)
	if ids := edgeIDs(snap(t, alone, Filter{At: day("2018-03")})); len(ids) != 0 {
		t.Errorf("one phase of 10 days holds March: %v", ids)
	}
	// On a day, each claim stands for itself.
	if ids := edgeIDs(snap(t, ix, Filter{At: day("2018-03-05")})); !slices.Equal(ids, []string{"first-phase", "early-support"}) {
		t.Errorf("5 March 2018: %v", ids)
	}
}

// TestBriefMediationCounts: a mediation of one day in a month is brokerage in that month,
// and read in the process layer it is two edges in that month, though it covers too
// little of the month to pass the majority rule.
func TestBriefMediationCounts(t *testing.T) {
	m := tie("brokered", "legion", "front", alliances.Mediation, "2018-03-17")
	m.Third = "group"
	m.Normalize()
	ix := NewIndex([]alliances.Tie{m}, nil, nil)
	s := snap(t, ix, Filter{At: day("2018-03"), Layers: []LayerWeight{{alliances.Alignment, 1}, {alliances.Process, 0.5}}})
	if len(s.Mediations) != 1 || len(s.Edges) != 2 {
		t.Errorf("March 2018: %d mediations, %d edges; want the mediation counted as brokerage and as two edges", len(s.Mediations), len(s.Edges))
	}
	if s := snap(t, ix, Filter{At: day("2018-04")}); len(s.Mediations) != 0 {
		t.Errorf("April 2018 holds the March mediation")
	}
}

// TestParentsNothingTellsApartFoldNothing: cells of one group that are elements of three
// organizations from the same day are folded into none of them (choosing one by the order
// of the record would charge the cells' attack to it at random); a later membership of
// the same role is chosen over an earlier one, as before.
func TestParentsNothingTellsApartFoldNothing(t *testing.T) {
	ties := []alliances.Tie{
		tie("cells-in-a", "cells", "a", alliances.Membership, "/2018-03-23"),
		tie("cells-in-b", "cells", "b", alliances.Membership, "/2018-03-23"),
		tie("cells-attack", "cells", "legion", alliances.Hostility, "2018-03-23"),
		tie("unit-in-a", "unit", "a", alliances.Membership, "2017/.."),
		tie("unit-in-b", "unit", "b", alliances.Membership, "2018/.."),
	}
	for i := range ties {
		if ties[i].Kind == alliances.Membership {
			ties[i].Role = alliances.Element
		}
	}
	s := snap(t, NewIndex(ties, nil, nil), Filter{At: day("2018-03-23"), Fold: true})
	if into, folded := s.FoldedInto("cells"); folded {
		t.Errorf("the cells are folded into %s", into)
	}
	if got := s.Apart()["cells"]; len(got) != 2 {
		t.Errorf("Apart: %v", s.Apart())
	}
	if s.Node("cells") < 0 || s.Node("legion") < 0 {
		t.Error("the cells' attack is not their own")
	}
	if into, _ := s.FoldedInto("unit"); into != "b" {
		t.Errorf("the unit folds into %q, want b (the membership begun last)", into)
	}
}

// TestUnknownEndsStayWithinTheActorsKnownLives: a claim held by January 2019, begun at an
// unknown date, possibly began no earlier than the first known date of its actors' ties
// (the front was founded in February 2018); and a claim with an unknown end possibly
// lasted no later than their last known date, unless a tie of theirs is still going.
func TestUnknownEndsStayWithinTheActorsKnownLives(t *testing.T) {
	ties := []alliances.Tie{
		tie("front-founded", "zenki", "front", alliances.Merger, "2018-02-18"),
		tie("front-in-coalition", "front", "coalition", alliances.Membership, "/2019-01"),
		tie("coalition-formed", "legion", "coalition", alliances.Merger, "2018-05-28"),
		tie("raid", "band", "village", alliances.Hostility, "2016/"),
		tie("band-deal", "band", "town", alliances.Cooperation, "2017/2018"),
		tie("old-feud", "clan", "tribe", alliances.Rivalry, "2016/"),
		tie("clan-alliance", "clan", "party", alliances.Alliance, "2015/.."),
	}
	ix := NewIndex(ties, nil, nil)
	has := func(at, id string) bool {
		return slices.Contains(edgeIDs(snap(t, ix, Filter{At: day(at), Fuzzy: true, Layers: []LayerWeight{{alliances.Alignment, 1}, {alliances.Hierarchy, 1}}})), id)
	}
	if has("2017", "front-in-coalition") || !has("2018-07", "front-in-coalition") {
		t.Error("the front's membership possibly reaches before the front's first known date, or not back to it")
	}
	if has("2019", "raid") || !has("2018-06", "raid") {
		t.Error("the band's raid possibly lasts beyond the band's last known date, or not up to it")
	}
	if !has("2024", "old-feud") {
		t.Error("the clan's feud is bounded though the clan has a tie still going")
	}
}
