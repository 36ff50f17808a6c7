package storetest

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
)

// registryRecord is a registry with one shared state.
func registryRecord() *alliances.Record {
	return &alliances.Record{Case: alliances.RegistryCase, Title: "Shared actors",
		Actors: []alliances.Actor{{ID: "omega", Name: "Omega", Kind: "state", External: map[string]string{"gw": "999"}}}}
}

// withShared is the sample case with a tie to the registry's omega, which it does not
// define.
func withShared() *alliances.Record {
	rec := Sample()
	rec.Ties = append(rec.Ties, alliances.Tie{ID: "omega-backs-alpha", Subject: "omega", Object: "alpha", Kind: alliances.Support,
		Valid: rec.Ties[0].Valid, Citations: rec.Ties[0].Citations})
	return rec
}

// testRegistry checks what one case may name of the registry: its actors, without
// defining them, once the registry holds them (before, or in the same import); and that
// the registry cannot retract an actor a case names.
func testRegistry(t *testing.T, open Open) {
	ctx := context.Background()
	clock := &Clock{T: start}
	s := open(t, clock)
	if _, err := s.Import(ctx, withShared()); alliances.KindOf(err) != alliances.Invalid {
		t.Fatalf("a case naming an actor no registry holds: err = %v, want invalid", err)
	}
	if cs, _ := s.Cases(ctx, time.Time{}); len(cs) != 0 {
		t.Fatalf("cases after an invalid import = %+v, want none", cs)
	}
	// The registry and the case in one import: the case's name is checked against the
	// registry as the import leaves it.
	if _, err := s.Import(ctx, withShared(), registryRecord()); err != nil {
		t.Fatalf("the case and the registry together: %v", err)
	}
	if ties := tiesOf(t, s, alliances.TieFilter{Actors: []string{"omega"}}); len(ties) != 1 {
		t.Errorf("ties of the shared actor: %d, want 1", len(ties))
	}
	clock.Advance(time.Hour)
	empty := registryRecord()
	empty.Actors = []alliances.Actor{{ID: "other", Name: "Other", Kind: "state"}}
	if _, err := s.Import(ctx, empty); alliances.KindOf(err) != alliances.Conflict {
		t.Fatalf("the registry retracting an actor a case names: err = %v, want a conflict", err)
	}
	if got, _ := s.Actors(ctx, alliances.ActorFilter{IDs: []string{"omega"}}); len(got) != 1 {
		t.Errorf("the registry's omega after a refused retraction: %v, want it kept", got)
	}
	// The registry holds actors and their genealogy, nothing else.
	reg := registryRecord()
	reg.Actors = append(reg.Actors, alliances.Actor{ID: "psi", Name: "Psi", Kind: "state"})
	reg.Ties = []alliances.Tie{{ID: "psi-backs-omega", Subject: "psi", Object: "omega", Kind: alliances.Support, Valid: withShared().Ties[0].Valid}}
	if _, err := s.Import(ctx, reg); alliances.KindOf(err) != alliances.Invalid {
		t.Errorf("a support tie in the registry: err = %v, want invalid", err)
	}
}

// testMerge checks merges: an actor merged into another of another case or of the
// registry, refused when the actor it names is nowhere or when merges loop, and the
// actor merged into another cannot be retracted from under it.
func testMerge(t *testing.T, open Open) {
	ctx := context.Background()
	clock := &Clock{T: start}
	s := open(t, clock)
	if _, err := s.Import(ctx, withShared(), registryRecord()); err != nil {
		t.Fatal(err)
	}
	clock.Advance(time.Hour)
	merged := withShared()
	merged.Actors[1].MergedInto, merged.Actors[1].MergeNote = "omega", "merged by a test"
	if sum := mustImport(t, s, merged); sum.Changed != 1 {
		t.Errorf("the merge changed %d claims, want 1 (beta's new version)", sum.Changed)
	}
	got, err := s.Actors(ctx, alliances.ActorFilter{IDs: []string{"beta"}})
	if err != nil || len(got) != 1 || got[0].MergedInto != "omega" || got[0].MergeNote != "merged by a test" {
		t.Fatalf("beta after the merge: %+v, %v", got, err)
	}
	// Known at before the merge, beta stands alone.
	before, _ := s.Actors(ctx, alliances.ActorFilter{IDs: []string{"beta"}, KnownAt: start})
	if len(before) != 1 || before[0].MergedInto != "" {
		t.Errorf("beta known before the merge: %+v, want it unmerged", before)
	}
	clock.Advance(time.Hour)
	nowhere := withShared()
	nowhere.Actors[2].MergedInto = "nobody"
	if _, err := s.Import(ctx, nowhere); alliances.KindOf(err) != alliances.Invalid {
		t.Errorf("a merge into an actor no case holds: err = %v, want invalid", err)
	}
	loop := registryRecord()
	loop.Actors[0].MergedInto = "beta"
	if _, err := s.Import(ctx, loop); alliances.KindOf(err) != alliances.Invalid {
		t.Errorf("a merge loop (beta into omega into beta): err = %v, want invalid", err)
	}
	gone := registryRecord()
	gone.Actors = []alliances.Actor{{ID: "other", Name: "Other", Kind: "state"}}
	only := withShared()
	only.Actors[1].MergedInto, only.Actors[1].MergeNote = "omega", "merged by a test"
	only.Ties = slices.DeleteFunc(only.Ties, func(t alliances.Tie) bool { return t.Subject == "omega" })
	if _, err := s.Import(ctx, only, gone); alliances.KindOf(err) != alliances.Conflict {
		t.Errorf("retracting the actor beta is merged into: err = %v, want a conflict", err)
	}
	if got, _ := s.Actors(ctx, alliances.ActorFilter{IDs: []string{"omega"}}); len(got) != 1 {
		t.Errorf("omega after refused imports: %+v, want it kept", got)
	}
}
