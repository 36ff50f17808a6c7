package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
)

const (
	esdSlice   = "../../datasets/testdata/ucdp-esd-1.0-taleban.csv"
	acledSlice = "../../datasets/testdata/acled-afghanistan-2022.csv"
)

// blocActors returns the actors of the blocs at a date, sorted.
func blocActors(t *testing.T, c *cli, args ...string) []string {
	t.Helper()
	var r struct {
		Blocs []struct{ Actors []string } `json:"blocs"`
	}
	if err := json.Unmarshal([]byte(c.ok(append([]string{"blocs", "--json"}, args...)...)), &r); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, b := range r.Blocs {
		out = append(out, b.Actors...)
	}
	slices.Sort(out)
	return out
}

// The flow the README shows: a case from UCDP's support data, ACLED's events added to
// it, one Taliban across both (the registry's, by UCDP's id 303 and by ACLED's name for
// its forces), a name no registry holds merged into the actor it is, and a network file.
func TestDataSetsIntoOneCase(t *testing.T) {
	c := newCLI(t)
	out, errOut, code := c.run("import", "--from", "ucdp-esd", "--case", "afg-data", esdSlice)
	if code != 0 || !strings.Contains(errOut, "loaded the built-in one") || !strings.Contains(out, "ucdp-esd-1-bahrain") {
		t.Fatalf("import of ESD: exit %d\n%s%s", code, out, errOut)
	}
	c.now = c.now.Add(time.Hour)
	c.ok("import", "--from", "acled", "--case", "afg-data", acledSlice)
	sources := map[string]bool{}
	for _, ti := range decode[[]alliances.Tie](t, c, "ties", "--actor", "taliban", "--case", "afg-data") {
		for _, ci := range ti.Citations {
			sources[ci.Source] = true
		}
	}
	if !sources["ucdp-esd-1"] || !sources["acled"] {
		t.Errorf("the Taliban's ties cite %v, want both data sets", sources)
	}
	// UCDP's 2009 rows (the data's provenance note): Iran's weapons, materiel and training
	// alleged, the TTP's territory confirmed; supporters says which is which.
	sup := decode[answer.SupportResult](t, c, "supporters", "taliban", "--case", "afg-data", "--from", "2009", "--to", "2009")
	for _, sp := range sup.Supporters {
		switch sp.Actor {
		case "iran":
			if !sp.AllegedOnly || len(sp.AllegedForms) != 3 {
				t.Errorf("Iran in 2009: alleged only %v, alleged forms %v; want alleged, weapons, materiel and training", sp.AllegedOnly, sp.AllegedForms)
			}
		case "ttp":
			if sp.AllegedOnly || len(sp.AllegedForms) != 0 {
				t.Errorf("the TTP in 2009: alleged only %v, alleged forms %v; want confirmed", sp.AllegedOnly, sp.AllegedForms)
			}
		}
	}
	if !strings.Contains(sup.Reading, "Iran (alleged: weapons, materiel, training)") {
		t.Errorf("the reading does not say Iran's support is alleged: %s", sup.Reading)
	}
	// Unchanged, a data set imports as nothing new.
	c.now = c.now.Add(time.Hour)
	if out := c.ok("import", "--from", "acled", "--case", "afg-data", acledSlice); !strings.Contains(out, "nothing changed") {
		t.Errorf("ACLED again: %s", out)
	}
	// Another case knows the NRF; the ACLED name is merged into it.
	dir := t.TempDir()
	c.ok("import", writeFile(t, dir, "local.yaml", "case: local\ntitle: Local\nactors:\n  - {id: nrf, name: National Resistance Front of Afghanistan, kind: armed-group}\n"))
	before := blocActors(t, c, "--case", "afg-data", "--at", "2022-04")
	if !slices.Contains(before, "acled-national-resistance-front") {
		t.Fatalf("blocs before the merge: %v", before)
	}
	c.now = c.now.Add(time.Hour)
	merged := c.now
	c.ok("actors", "--merge", "nrf", "acled-national-resistance-front", "--reason", "the same front")
	after := blocActors(t, c, "--case", "afg-data", "--at", "2022-04")
	if !slices.Contains(after, "nrf") || slices.Contains(after, "acled-national-resistance-front") {
		t.Errorf("blocs after the merge: %v, want nrf in place of the ACLED name", after)
	}
	if ties := decode[[]alliances.Tie](t, c, "ties", "--actor", "nrf"); len(ties) != 1 || ties[0].Subject != "acled-national-resistance-front" {
		t.Errorf("ties of nrf after the merge: %+v, want the ACLED tie", ties)
	}
	prof := decode[struct {
		Merged []alliances.Actor `json:"merged"`
	}](t, c, "actor", "nrf")
	if len(prof.Merged) != 1 || !strings.Contains(prof.Merged[0].MergeNote, "the same front") {
		t.Errorf("nrf's profile lists merged %+v, want the ACLED actor with the reason", prof.Merged)
	}
	// The audit trail names the merge and its reason, not only the import that records it
	// (a reviewer found an "import" and no reason).
	if audit := c.ok("audit", "--case", "afg-data"); !strings.Contains(audit, "merge") || !strings.Contains(audit, "into nrf: the same front") {
		t.Errorf("audit after the merge:\n%s", audit)
	}
	// As known before the merge, the two stand apart; a split ends the merge.
	if got := blocActors(t, c, "--case", "afg-data", "--at", "2022-04", "--known-at", merged.Add(-time.Minute).Format(time.RFC3339)); !slices.Equal(got, before) {
		t.Errorf("blocs known before the merge: %v, want %v", got, before)
	}
	c.now = c.now.Add(time.Hour)
	c.ok("actors", "--split", "acled-national-resistance-front")
	if got := blocActors(t, c, "--case", "afg-data", "--at", "2022-04"); !slices.Equal(got, before) {
		t.Errorf("blocs after the split: %v, want %v", got, before)
	}
	// The same data set into a second case needs other ids: the import says how.
	if _, errOut, code := c.run("import", "--from", "acled", "--case", "afg-other", acledSlice); code != 4 || !strings.Contains(errOut, "--prefix acled-2") {
		t.Errorf("ACLED into a second case: exit %d, %s; want a conflict naming --prefix", code, errOut)
	}
	c.ok("import", "--from", "acled", "--case", "afg-other", "--prefix", "acled-2", acledSlice)
	if ties := decode[[]alliances.Tie](t, c, "ties", "--case", "afg-other", "--actor", "taliban"); len(ties) == 0 || !strings.HasPrefix(ties[0].ID, "acled-2-") {
		t.Errorf("ties of the second case: %+v, want them under the prefix acled-2", ties)
	}
	// A network file stands alone: the registry's Taliban is a node, with its name.
	file := filepath.Join(dir, "afg.gexf")
	c.ok("export", "--case", "afg-data", "--format", "gexf", "--out", file)
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `<node id="taliban" label="Taliban"`) {
		t.Errorf("the GEXF file has no node for the registry's Taliban")
	}
}

// A data set's mistakes: what is wrong, where, and nothing written.
func TestDataSetErrors(t *testing.T) {
	c := newCLI(t)
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"import", "--from", "gdelt", "--case", "x", esdSlice}, 2, `--from "gdelt", expected one of acled, atop, icews, plover, stix, ucdp-acd, ucdp-esd, ucdp-ged`},
		{[]string{"import", "--from", "acled", acledSlice}, 2, "needs --case ID"},
		{[]string{"import", "--from", "acled", "--case", "registry", acledSlice}, 2, "the registry holds shared actors only"},
		{[]string{"import", "--where", "country=X", "x.yaml"}, 2, "--where, --no-events, --prefix and --ucdp-actors go with --from DATASET"},
		{[]string{"import", "--from", "acled", "--case", "x", "--where", "kountry=Afghanistan", acledSlice}, 1, "has no column kountry"},
		{[]string{"import", "--from", "acled", "--case", "x", "--where", "country=Atlantis", acledSlice}, 1, "none of its 12 rows matches where country=Atlantis"},
		{[]string{"import", "--from", "acled", "--case", "x", esdSlice}, 1, "the header lacks event_id_cnty"},
		{[]string{"import", "--from", "ucdp-esd", "--case", "x", writeFile(t, dir, "bad.csv",
			"external_id,ywp_id,ywp_year,ywp_name,actorID,bc_id,conflictID,bc_name,bwd_id,bwd_name,country1,country2,locationid1,locationid2,external_exists,external_name,external_nameid,external_alleged,external_type_X,external_type_Y,external_type_L,external_type_W,external_type_M,external_type_T,external_type_$,external_type_I,external_type_O,external_type_U,external_type_text,external_type_code\n"+
				"1,1,19x6,Taleban,1,1,1,Afghanistan,1,d,Afghanistan,,700,0,1,Pakistan,770,0,0,0,0,1,0,0,0,0,0,0,,W\n")}, 1, "bad.csv:2:5: column ywp_year: \"19x6\" is not a year"},
	} {
		out, errOut, code := c.run(tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, %q%q; want exit %d and %q", tc.args, code, out, errOut, tc.code, tc.want)
		}
	}
	if cases := decode[[]alliances.CaseInfo](t, c, "cases"); slices.ContainsFunc(cases, func(ci alliances.CaseInfo) bool { return ci.ID == "x" }) {
		t.Errorf("a refused import wrote case x")
	}
}

// A merge names actors that exist, never an actor into itself; a split needs a merge.
func TestMergeErrors(t *testing.T) {
	c := newCLI(t)
	c.ok("cases")
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"actors", "--merge", "taliban"}, 2, "--merge taliban needs the ids of the actors"},
		{[]string{"actors", "--merge", "taliban", "hizb-e-islami"}, 2, "--merge needs --reason"},
		{[]string{"actors", "--merge", "nobody", "hizb-e-islami", "--reason", "r"}, 3, "--merge nobody"},
		{[]string{"actors", "--merge", "taliban", "taliban", "--reason", "r"}, 2, "is the actor the others are merged into"},
		{[]string{"actors", "--merge", "taliban", "pakistan", "--reason", "r"}, 1, "pakistan is of kind state and taliban of kind armed-group"},
		{[]string{"actors", "--merge", "pakistan-military", "pakistan", "--reason", "r", "--force"}, 1, "the registry's actors are every case's"},
		{[]string{"actors", "--split", "hizb-e-islami"}, 2, "is not merged into another actor"},
		{[]string{"actors", "--split", "--merge", "taliban", "hizb-e-islami"}, 2, "--merge and --split together"},
	} {
		out, errOut, code := c.run(tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, %q%q; want exit %d and %q", tc.args, code, out, errOut, tc.code, tc.want)
		}
	}
}

// A case file may name the registry's actors without defining them: check reads the
// built-in registry when no database exists, import loads it into a database without one;
// an actor no registry holds is still an error, at its line and column.
func TestCaseNamesTheRegistry(t *testing.T) {
	c := newCLI(t)
	dir := t.TempDir()
	file := writeFile(t, dir, "mine.yaml", `case: mine
title: Mine
sources:
  - {id: notes, title: My notes, kind: analysis, reliability: B}
actors:
  - {id: local-front, name: Local Front, kind: armed-group}
ties:
  - id: t1
    subject: pakistan
    object: local-front
    kind: support
    valid: 2020
    citations: [{source: notes, credibility: 2}]
`)
	if out := c.ok("check", file); !strings.Contains(out, "mine: ok") {
		t.Errorf("check: %s", out)
	}
	if _, err := os.Stat(c.db); err == nil {
		t.Errorf("check created the database")
	}
	_, errOut, code := c.run("import", file)
	if code != 0 || !strings.Contains(errOut, "loaded the built-in one") {
		t.Fatalf("import: exit %d, %s", code, errOut)
	}
	if ties := decode[[]alliances.Tie](t, c, "ties", "--actor", "pakistan", "--case", "mine"); len(ties) != 1 {
		t.Errorf("ties of the registry's Pakistan in case mine: %d, want 1", len(ties))
	}
	bad := writeFile(t, dir, "bad.yaml", strings.Replace(string(must(os.ReadFile(file))), "subject: pakistan", "subject: pakistn", 1))
	if out, _, code := c.run("check", bad); code != 1 || !strings.Contains(out, `bad.yaml:9:14: unknown actor "pakistn"`) {
		t.Errorf("check of an unknown actor: exit %d, %q; want 1 and its line and column", code, out)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// The registry holds the genealogy of its actors: a renaming recorded there is on the
// profile of both actors, whichever case asks; any other tie in the registry is refused.
func TestRegistryGenealogy(t *testing.T) {
	c := newCLI(t)
	c.ok("cases")
	dir := t.TempDir()
	file := filepath.Join(dir, "registry.yaml")
	c.ok("export", "--case", "registry", "--out", file)
	reg := string(must(os.ReadFile(file)))
	reg = strings.Replace(reg, "actors:", `sources:
  - {id: ucdp-actors, title: UCDP Actor Dataset 22.1, kind: dataset, reliability: B}
actors:
  - {id: jabhat-al-nusra, name: Jabhat al-Nusra, kind: armed-group}
  - {id: hts-registry, name: Tahrir al-Sham (registry), kind: armed-group}`, 1)
	reg += `ties:
  - id: nusra-renamed
    subject: jabhat-al-nusra
    object: hts-registry
    kind: renaming
    valid: 2017-01
    citations: [{source: ucdp-actors, credibility: 2}]
`
	c.now = c.now.Add(time.Hour)
	c.ok("import", writeFile(t, dir, "registry2.yaml", reg))
	prof := decode[struct {
		Lineage []alliances.Tie `json:"lineage"`
	}](t, c, "actor", "hts-registry")
	if len(prof.Lineage) != 1 || prof.Lineage[0].ID != "nusra-renamed" {
		t.Errorf("lineage of hts-registry: %+v, want the renaming", prof.Lineage)
	}
	bad := strings.Replace(reg, "kind: renaming", "kind: support", 1)
	if _, errOut, code := c.run("import", writeFile(t, dir, "registry3.yaml", bad)); code != 1 || !strings.Contains(errOut, "a support tie in the registry") {
		t.Errorf("a support tie in the registry: exit %d, %s", code, errOut)
	}
}
