package snapshot

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// TestMultiClaimsOfALargeIndex: an index of 150,000 ties is grouped on every core, each
// worker counting a share of the ties; the groups must be those of a plain map of every
// tie's relationship (the same kind between the same actors, either way when undirected,
// with the same third party for a mediation).
func TestMultiClaimsOfALargeIndex(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	kinds := []alliances.Kind{alliances.Alliance, alliances.Support, alliances.Hostility, alliances.Mediation}
	valid := edtf.MustParse("2010")
	var ties []alliances.Tie
	for i := range 150_000 {
		tie := alliances.Tie{ID: fmt.Sprintf("t%d", i), Subject: fmt.Sprintf("a%d", rng.IntN(4000)), Object: fmt.Sprintf("a%d", rng.IntN(4000)),
			Kind: kinds[rng.IntN(len(kinds))], Valid: valid, Status: alliances.Reported}
		if tie.Kind == alliances.Mediation {
			tie.Third = fmt.Sprintf("a%d", rng.IntN(3))
		}
		tie.Normalize()
		ties = append(ties, tie)
	}
	ix := NewIndex(ties, nil, nil)
	want := map[string][]int32{}
	for i, tie := range ties {
		a, b := tie.Subject, tie.Object
		if !tie.Directed && b < a {
			a, b = b, a
		}
		k := a + " " + b + " " + string(tie.Kind) + " " + tie.Third
		want[k] = append(want[k], int32(i))
	}
	var wantGroups [][]int32
	for _, g := range want {
		if len(g) > 1 {
			wantGroups = append(wantGroups, g)
		}
	}
	got := ix.multiClaims()
	norm := func(gs [][]int32) [][]int32 {
		out := make([][]int32, len(gs))
		for i, g := range gs {
			out[i] = slices.Sorted(slices.Values(g))
		}
		slices.SortFunc(out, slices.Compare[[]int32])
		return out
	}
	if g, w := norm(got), norm(wantGroups); !slices.EqualFunc(g, w, slices.Equal[[]int32]) {
		t.Fatalf("%d groups of repeated claims, want %d", len(g), len(w))
	}
	if len(wantGroups) < 100 {
		t.Fatalf("only %d groups: the test needs repeated relationships", len(wantGroups))
	}
}
