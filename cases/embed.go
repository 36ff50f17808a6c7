// Package cases embeds the cases that ship with alliances. The default is the
// Afghanistan 2021 case, built from Antonio Giustozzi's analysis "Alliances Were Key to
// the Taliban Takeover of Afghanistan" (New Lines Institute, 9 September 2021): the
// local deals, defecting factions and regional support behind the Taliban's takeover.
// Beside it ships a case from another conflict, so that every analysis is judged on
// more than one: the 2018-2019 fighting between the Syrian Liberation Front (later the
// National Front for Liberation) and Hay'at Tahrir al-Sham in Idlib, from Wikipedia.
package cases

import (
	"embed"
	"io/fs"
	"path"
	"slices"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/casefile"
)

//go:embed *.yaml
var files embed.FS

// DefaultName is the file name of the default case, as diagnostics name it.
const DefaultName = "cases/afghanistan-2021.yaml"

// DefaultCase is the id of the default case.
const DefaultCase = "afghanistan-2021"

// Default returns the case file of the default case.
func Default() []byte {
	b, err := files.ReadFile(path.Base(DefaultName))
	if err != nil {
		panic(err) // embedded at build time
	}
	return b
}

// File is a built-in case file.
type File struct {
	Name string // as diagnostics name it: cases/NAME.yaml
	Data []byte
}

// RegistryName is the file name of the built-in registry, as diagnostics name it.
const RegistryName = "cases/registry.yaml"

// Registry reads the built-in registry: the actors the built-in cases share, and the
// states and armed groups the field's data sets name most for Afghanistan and Syria,
// with their ids in those data sets, which the importers resolve names through. It is
// no case: All leaves it out, and Records gives it first.
func Registry() (*alliances.Record, error) {
	b, err := files.ReadFile(path.Base(RegistryName))
	if err != nil {
		return nil, err
	}
	return casefile.Read(RegistryName, b)
}

// All returns every built-in case file, the default first.
func All() []File {
	entries, _ := fs.ReadDir(files, ".")
	var out []File
	for _, e := range entries {
		if "cases/"+e.Name() == RegistryName {
			continue
		}
		b, _ := files.ReadFile(e.Name())
		out = append(out, File{Name: "cases/" + e.Name(), Data: b})
	}
	slices.SortStableFunc(out, func(a, b File) int {
		switch {
		case a.Name == DefaultName:
			return -1
		case b.Name == DefaultName:
			return 1
		}
		return 0
	})
	return out
}

// Records reads the registry and every built-in case, the default first after the
// registry: the cases name the registry's actors without defining them.
func Records() ([]*alliances.Record, error) {
	reg, err := Registry()
	if err != nil {
		return nil, err
	}
	recs := []*alliances.Record{reg}
	for _, f := range All() {
		rec, err := read(f, reg)
		if err != nil {
			return nil, err
		}
		recs = append(recs, rec)
	}
	return recs, nil
}

// Standalone reads a built-in case file as a record that stands alone: with the
// registry's actors that it names among its own, as a network file or a test that
// reads the case without a store needs it.
func Standalone(f File) (*alliances.Record, error) {
	reg, err := Registry()
	if err != nil {
		return nil, err
	}
	rec, err := read(f, reg)
	if err != nil {
		return nil, err
	}
	return rec.Resolved(reg.Actors), nil
}

// read reads a built-in case that may name the registry's actors.
func read(f File, reg *alliances.Record) (*alliances.Record, error) {
	shared := map[string]bool{}
	for _, a := range reg.Actors {
		shared[a.ID] = true
	}
	rec, diags := casefile.Parse(f.Name, f.Data)
	if errs := diags.Shared(func(id string) bool { return shared[id] }).Errors(); len(errs) > 0 {
		return nil, &alliances.Error{Kind: alliances.Invalid, Err: errs}
	}
	return rec, nil
}

// RegistryFor returns the built-in registry to load into a store whose actors are all,
// or nil when the store has a registry. The built-in actors whose ids a case of the
// store holds are left out (they stay that case's) and named in left, as "id (case)".
func RegistryFor(all []alliances.Actor) (reg *alliances.Record, left []string, err error) {
	held := map[string]string{}
	for _, a := range all {
		if a.Recorded != nil && a.Recorded.Case == alliances.RegistryCase {
			return nil, nil, nil
		}
		if a.Recorded != nil {
			held[a.ID] = a.Recorded.Case
		}
	}
	if reg, err = Registry(); err != nil {
		return nil, nil, err
	}
	reg.Actors = slices.DeleteFunc(reg.Actors, func(a alliances.Actor) bool {
		if c, ok := held[a.ID]; ok {
			left = append(left, a.ID+" ("+c+")")
			return true
		}
		return false
	})
	return reg, left, nil
}
