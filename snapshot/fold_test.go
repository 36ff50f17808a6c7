package snapshot

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/alliances-project/alliances"
)

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

func TestFoldedActorsHaveNoNodeOfTheirOwn(t *testing.T) {
	s := snap(t, index(record()), Filter{Fold: true, AllActors: true, At: day("2016")})
	if s.Node("faction") != -1 || s.N() != len(s.Index.Actors)-1 {
		t.Errorf("folded faction is node %d, %d nodes; want -1 and every actor but the faction", s.Node("faction"), s.N())
	}
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

// TestPeriodFoldsOnlyWholeMemberships: over a period read day by day, a member whose
// membership covers part of the period is folded into none (a reviewer found Qatar's
// support of the Houthis' council, after Qatar left the Saudi-led coalition, counted as
// the coalition's); one whose membership covers it all, in two claims that meet, folds;
// read at a day within the membership, the member folds.
func TestPeriodFoldsOnlyWholeMemberships(t *testing.T) {
	ties := []alliances.Tie{
		tie("qatar-in-coalition", "qatar", "coalition", alliances.Membership, "2015/2017-06-05"),
		tie("qatar-backs-council", "qatar", "council", alliances.Support, "2017-06/2020"),
		tie("uae-in-coalition", "uae", "coalition", alliances.Membership, "2015/2017"),
		tie("uae-in-coalition-again", "uae", "coalition", alliances.Membership, "2018/2020"),
	}
	period := day("2017/2020")
	s := snap(t, NewIndex(ties, nil, nil), Filter{At: period, Overlap: Any, Fold: true})
	if into, folded := s.FoldedInto("qatar"); folded || !slices.Equal(s.Partial()["qatar"], []string{"qatar-in-coalition"}) {
		t.Errorf("qatar over 2017/2020: folded into %q, partial %v; want its own, its membership named", into, s.Partial())
	}
	if into, _ := s.FoldedInto("uae"); into != "coalition" {
		t.Errorf("the UAE over 2017/2020: folded into %q, want the coalition (its two memberships meet)", into)
	}
	if into, _ := snap(t, NewIndex(ties, nil, nil), Filter{At: day("2016"), Overlap: Any, Fold: true}).FoldedInto("qatar"); into != "coalition" {
		t.Errorf("qatar in 2016: folded into %q, want the coalition", into)
	}
}

// TestFightsWithinOneOrganizationAreListed: a fight between two parts of one organization
// is no tie of the folded network (an organization with itself), and the snapshot lists it
// for the warnings (a reviewer found the Tripoli Brigade's fight with Haftar, both folded
// into one government, gone without a word).
func TestFightsWithinOneOrganizationAreListed(t *testing.T) {
	ties := []alliances.Tie{
		tie("brigade-in-army", "brigade", "army", alliances.Membership, "2014/2020"),
		tie("haftar-leads-army", "haftar", "army", alliances.Membership, "2014/2020"),
		tie("brigade-fights-haftar", "brigade", "haftar", alliances.Hostility, "2019"),
		tie("brigade-backs-haftar", "brigade", "haftar", alliances.Support, "2018"),
	}
	for i := range ties[:2] {
		ties[i].Role = alliances.Element
	}
	s := snap(t, NewIndex(ties, nil, nil), Filter{At: day("2019"), Fold: true})
	if got := s.Within(); len(got) != 1 || got[0] != [2]string{"brigade-fights-haftar", "army"} {
		t.Errorf("Within: %v, want the fight, within the army", got)
	}
	if len(s.Edges) != 0 {
		t.Errorf("edges %v, want none: the fight is inside one organization", s.Edges)
	}
}
