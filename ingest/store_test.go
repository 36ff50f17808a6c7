package ingest

import (
	"testing"

	"github.com/alliances-project/alliances"
)

// TestRegistered: a case may name without defining an actor of the registry it is read
// with, which then replaces the database's; else one of the built-in registry a database
// without one gets, or of the database's registry, never another case's actor.
func TestRegistered(t *testing.T) {
	inCase := func(id, c string) alliances.Actor {
		return alliances.Actor{ID: id, Recorded: &alliances.Recorded{Case: c}}
	}
	db := []alliances.Actor{inCase("iran", alliances.RegistryCase), inCase("ndf", "syria-2015")}
	builtin := &alliances.Record{Case: alliances.RegistryCase, Actors: []alliances.Actor{{ID: "taliban"}}}
	in := &Input{Records: []*alliances.Record{{Case: "c"}}}
	if in.HasRegistry() {
		t.Fatal("an input of one case holds a registry")
	}
	shared := in.Registered(builtin, db)
	for id, want := range map[string]bool{"iran": true, "taliban": true, "ndf": false, "russia": false} {
		if shared(id) != want {
			t.Errorf("%s shared: %v, want %v", id, !want, want)
		}
	}
	in.Records = append(in.Records, &alliances.Record{Case: alliances.RegistryCase, Actors: []alliances.Actor{{ID: "russia"}}})
	shared = in.Registered(builtin, db)
	if !in.HasRegistry() || !shared("russia") || shared("iran") || shared("taliban") {
		t.Errorf("with a registry read: russia %v, iran %v, taliban %v; want only the registry read's", shared("russia"), shared("iran"), shared("taliban"))
	}
}
