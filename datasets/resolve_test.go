package datasets_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/datasets"
	"github.com/alliances-project/alliances/edtf"
)

// Importing a data set again replaces its part of the case and keeps the rest, and what
// the analyst recorded of the actors the part created.
func TestReplace(t *testing.T) {
	p := read(t, datasets.ReadACLED, "testdata/acled-afghanistan-2022.csv", datasets.Options{Case: "afg", Known: registry(t)})
	own := alliances.Tie{ID: "mine", Subject: "acled-national-resistance-front", Object: "taliban", Kind: alliances.Rivalry}
	old := datasets.Replace(nil, p, "t")
	old.Ties = append(old.Ties, own)
	for i := range old.Actors {
		if old.Actors[i].ID == "acled-national-resistance-front" {
			old.Actors[i].MergedInto, old.Actors[i].MergeNote = "nrf", "merged by me"
		}
	}
	again := datasets.Replace(old, p, "")
	if again.Title != "t" || len(again.Ties) != len(old.Ties) || again.Ties[len(again.Ties)-1].ID != "mine" && !slices.ContainsFunc(again.Ties, func(x alliances.Tie) bool { return x.ID == "mine" }) {
		t.Errorf("the analyst's tie or the title is gone: %d ties, title %q", len(again.Ties), again.Title)
	}
	i := slices.IndexFunc(again.Actors, func(a alliances.Actor) bool { return a.ID == "acled-national-resistance-front" })
	if i < 0 || again.Actors[i].MergedInto != "nrf" {
		t.Errorf("the analyst's merge of the NRF is gone")
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Hizb-i Islami (Khalis)": "hizb-i-islami-khalis", "Jam'iyyat-i Islami": "jamiyyat-i-islami",
		"1920 Revolution Brigades": "actor-1920-revolution-brigades", "": "actor", "Ṭālibān": "taliban",
	} {
		if got := datasets.Slug(in); got != want || !alliances.ValidID(got) {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// A name two actors share is not guessed: the importer creates an actor for it and lists
// it with the actors it matched.
func TestAmbiguousNameIsListed(t *testing.T) {
	known := []alliances.Actor{
		{ID: "front-a", Name: "Alpha Front", Aliases: []string{"The Front"}, Kind: "armed-group"},
		{ID: "front-b", Name: "Beta Front", Aliases: []string{"The Front"}, Kind: "armed-group"},
	}
	r := datasets.NewResolver(known)
	if id, among := r.Name("the front"); id != "" || !slices.Equal(among, []string{"front-a", "front-b"}) {
		t.Errorf("Name(the front) = %q, %v; want none, and both actors", id, among)
	}
	rows := acledHeader + "X1,2022-01-05,2022,1,Political violence,Battles,Armed clash,The Front,,2,Gamma Army,,1,12,,4,,Afghanistan,Kabul,,,,0,0,1,s,,n,4,,0\n"
	p, err := datasets.ReadACLED("t.csv", strings.NewReader(rows), datasets.Options{Case: "c", Known: known})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(p.Unresolved, func(u datasets.Unresolved) bool { return u.Name == "The Front" })
	if i < 0 || p.Unresolved[i].Actor != "acled-the-front" || !slices.Equal(p.Unresolved[i].Among, []string{"front-a", "front-b"}) {
		t.Errorf("unresolved %+v, want The Front created as acled-the-front, matching front-a and front-b", p.Unresolved)
	}
}

// UCDP's Government of Afghanistan (130) is the Taliban's while they held Kabul, as the
// registry's crosswalk says: from 27 September 1996 to 13 November 2001, and from 15
// August 2021. A year counts when the period covers most of it: 1996 and 2021 do not,
// 1997 and 2001 do.
func TestDatedCrosswalk(t *testing.T) {
	r := datasets.NewResolver(registry(t))
	for at, want := range map[string]string{"1995": "afghanistan", "1996": "afghanistan", "1997": "taliban", "2001": "taliban",
		"2002": "afghanistan", "2021": "afghanistan", "2021-09-09": "taliban", "2022": "taliban", "1996-10": "taliban"} {
		if got, _ := r.ExternalAt("ucdp", "130", edtf.MustParse(at).Strict()); got != want {
			t.Errorf("UCDP 130 in %s: %s, want %s", at, got, want)
		}
	}
	if got, _ := r.External("ucdp", "130"); got != "afghanistan" {
		t.Errorf("UCDP 130 undated: %s, want afghanistan", got)
	}
	if !r.Dated("gw", "700") || r.Dated("gw", "770") {
		t.Errorf("dated ids: gw 700 should be, gw 770 should not")
	}
}

// Names an actor may go by without matching: an acronym, or a name that ends with the
// other word for word. They are suggested, never resolved.
func TestSimilarNames(t *testing.T) {
	r := datasets.NewResolver([]alliances.Actor{
		{ID: "nrf", Name: "National Resistance Front", Kind: "armed-group"},
		{ID: "ttp", Name: "TTP", Kind: "armed-group"},
		{ID: "macedonia", Name: "North Macedonia", Kind: "state"},
		{ID: "front", Name: "Front", Kind: "armed-group"},
	})
	for name, want := range map[string][]string{
		"NRF": {"nrf"}, "Tehrik-i-Taliban Pakistan": {"ttp"}, "Government of North Macedonia": {"macedonia"},
		"Watandost Front": nil, // one word in common is no suggestion
	} {
		if got := r.Similar(name); !slices.Equal(got, want) {
			t.Errorf("Similar(%q) = %v, want %v", name, got, want)
		}
		if id, _ := r.Name(name); id != "" {
			t.Errorf("Name(%q) resolved to %s: a similar name is no match", name, id)
		}
	}
}
