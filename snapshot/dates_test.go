package snapshot

import (
	"slices"
	"testing"

	"github.com/alliances-project/alliances"
)

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

// TestPossibleCountsWhatOnlyFuzzyDatesRead: at 2025, "2016/" (an unknown end) may hold
// and "2016/.." (open) does; "/2021" (held by 2021, its start unknown) neither, nor
// "2030". Strictly, one tie is read and one more may hold; read fuzzy, none is left.
func TestPossibleCountsWhatOnlyFuzzyDatesRead(t *testing.T) {
	ix := index([]alliances.Tie{tie("unknown", "a", "b", alliances.Alliance, "2016/"), tie("open", "a", "c", alliances.Alliance, "2016/.."),
		tie("held-by", "b", "c", alliances.Alliance, "/2021"), tie("later", "c", "d", alliances.Alliance, "2030")}, nil)
	f := Filter{At: day("2025")}
	if got := edgeIDs(snap(t, ix, f)); !slices.Equal(got, []string{"open"}) {
		t.Errorf("2025, strict: %v, want the open tie alone", got)
	}
	if n := ix.Possible(f); n != 1 {
		t.Errorf("possible at 2025, strict: %d, want 1 (the unknown end)", n)
	}
	f.Fuzzy = true
	if n := ix.Possible(f); n != 0 {
		t.Errorf("possible at 2025, fuzzy: %d, want 0", n)
	}
}
