package ingest

import (
	"slices"
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

// TestShareRegistry: the problems about undefined actors the shared registry holds are
// dropped, the others kept: with the built-in registry, returned for loading, where the
// database has none (its actors another case holds named as staying theirs); with the
// database's where it has one (none returned); with the input's own where it holds one.
func TestShareRegistry(t *testing.T) {
	unknown := func() alliances.Diagnostics {
		return alliances.Diagnostics{{File: "c.yaml", Line: 3, Msg: "unknown actor iran", Unknown: "iran"},
			{File: "c.yaml", Line: 4, Msg: "unknown actor nobody", Unknown: "nobody"}}
	}
	kept := func(in *Input) []string {
		var ids []string
		for _, d := range in.Diags {
			ids = append(ids, d.Unknown)
		}
		return ids
	}
	in := &Input{Records: []*alliances.Record{{Case: "c"}}, Diags: unknown()}
	if !in.NamesUnknown() {
		t.Fatal("an input whose case names undefined actors names none")
	}
	builtin, left, err := in.ShareRegistry([]alliances.Actor{{ID: "pakistan", Recorded: &alliances.Recorded{Case: "other"}}})
	if err != nil || builtin == nil || builtin.Case != alliances.RegistryCase || !slices.Equal(left, []string{"pakistan (other)"}) || !slices.Equal(kept(in), []string{"nobody"}) {
		t.Errorf("with no registry in the database: %v, %v (%v), kept %v; want the built-in one, pakistan left to its case, nobody kept", builtin != nil, left, err, kept(in))
	}

	in = &Input{Records: []*alliances.Record{{Case: "c"}}, Diags: unknown()}
	builtin, _, err = in.ShareRegistry([]alliances.Actor{{ID: "iran", Recorded: &alliances.Recorded{Case: alliances.RegistryCase}}})
	if err != nil || builtin != nil || !slices.Equal(kept(in), []string{"nobody"}) {
		t.Errorf("with the database's registry: %v (%v), kept %v; want none loaded, nobody kept", builtin != nil, err, kept(in))
	}

	in = &Input{Records: []*alliances.Record{{Case: "c"}, {Case: alliances.RegistryCase, Actors: []alliances.Actor{{ID: "nobody"}}}}, Diags: unknown()}
	builtin, _, err = in.ShareRegistry(nil)
	if err != nil || builtin != nil || !slices.Equal(kept(in), []string{"iran"}) {
		t.Errorf("with the input's registry: %v (%v), kept %v; want none loaded, iran kept", builtin != nil, err, kept(in))
	}
}
