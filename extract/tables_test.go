package extract_test

import (
	"maps"
	"slices"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/extract"
)

// TestReaderReadsATableOfBelligerents: a reviewer read two Wikipedia lists of armed groups
// and got no tie, their relations being in a table of belligerents, a column a side. A
// cell's first entry is its side; the entries under a bold one are its elements; those
// after "Allied ...:" and the top entries are on the side; those after "Supported by:"
// support it, each in the time its parentheses give; a flag opens a top entry; an entry
// that does not begin with a name the reader knows is none ("Warshefana militias").
func TestReaderReadsATableOfBelligerents(t *testing.T) {
	text := "A number of armed groups fought in the war in the north of the country for years.\n\n" +
		"| 🇦🇫 Taliban and allies | Jami'at and allies |\n" +
		"| --- | --- |\n" +
		"| 🇦🇫 **Taliban** (Kandahar-based) * Hizb-e Islami * Warshefana Jami'at **Allied armed groups:** * United States  🇵🇰 Pakistan (from 2001) " +
		"**Supported by**: *🇮🇷 Iran (until 2016)  **Quds Force *🇷🇺 Russia (2015–18) *🇪🇬 Egypt (since Jan. 2020) | 🇦🇫 **Jami'at-i Islami** * Gulbuddin Hekmatyar |\n"
	got := map[string]string{}
	for _, p := range readTableWith(formActors(), text) {
		got[p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object] = p.Tie.Valid.String()
	}
	for tie, valid := range map[string]string{
		"hizb-e-islami membership taliban": "/2021-09-09",
		"united-states alliance taliban":   "/2021-09-09",
		"pakistan alliance taliban":        "2001/..",
		"iran support taliban":             "/2016",
		"russia support taliban":           "2015/2018",
		"egypt support taliban":            "2020-01/..",
		"hekmatyar membership jamiat":      "/2021-09-09",
	} {
		if v, ok := got[tie]; !ok || v != valid {
			t.Errorf("proposed %v; want %q valid %s", got, tie, valid)
		}
	}
	for _, not := range []string{"jamiat membership taliban", "quds-force support taliban", "iran membership taliban", "jamiat alliance taliban"} {
		if _, ok := got[not]; ok {
			t.Errorf("proposed %q: %v", not, slices.Sorted(maps.Keys(got)))
		}
	}
}

// TestDiscoverATableOfBelligerents: the names a table of belligerents lists are proposed
// one an entry, their parentheses left out, not as runs of capitalized words across
// entries (a reviewer rejected "Italian Marines Elements of the San Marco Marine
// Brigade"); a list's label, a picture's file and a state are none; and the ties between
// the names found are read.
func TestDiscoverATableOfBelligerents(t *testing.T) {
	text := "A number of armed groups fought in the war in the north of the country for years.\n\n" +
		"| Tobruk and allies | Tripoli and allies |\n" +
		"| --- | --- |\n" +
		"| 🇱🇾 **Libyan Interim Government** (Tobruk-based) * Tajoura Battalion * Libyan Air Force (parts) **Alleged support**: *🇪🇬 Egypt | " +
		"🇱🇾 **Government of National Accord** (since 2016) * Misrata Brigades **Allied armed groups:** * Zintan Brigades   Syrian National Army (since Dec. 2019)  * Sultan Murad Division  **Supported by**: *🇮🇹 Italy  **Italian Marines   ***Elements of the San Marco Marine Brigade * Academi - Logo.svg Academi | " +
		// A coalition's noun of kind in lower case (the Yemeni war's list), its states its members.
		"**Saudi-led coalition** *🇪🇬 Egypt (until 2019) | " +
		// A flag inside a bold entry is no part of its name.
		"**🇾🇪 Supreme Political Council** * Republican Guard |\n"
	rd, doc, finds := discover(text)
	var names []string
	for _, f := range finds {
		names = append(names, f.Actor.Name)
	}
	for _, want := range []string{"Supreme Political Council", "Libyan Interim Government", "Tajoura Battalion", "Libyan Air Force", "Government of National Accord", "Misrata Brigades", "Italian Marines"} {
		if !slices.Contains(names, want) {
			t.Errorf("found %q, want %q", names, want)
		}
	}
	for _, not := range []string{"Alleged support", "Italian Marines Elements of the San Marco Marine Brigade", "Academi - Logo.svg Academi"} {
		if slices.Contains(names, not) {
			t.Errorf("found %q, want no %q", names, not)
		}
	}
	wantTies(t, rd, doc, "tajoura-battalion membership libyan-interim-government", "misrata-brigades membership government-of-national-accord",
		"egypt support libyan-interim-government", "italy support government-of-national-accord",
		// A name after a wide gap opens a top entry, and the entries under it are its.
		"syrian-national-army alliance government-of-national-accord", "sultan-murad-division membership syrian-national-army",
		"egypt membership saudi-led-coalition", "republican-guard membership supreme-political-council")
	for _, p := range rd.Read(doc) {
		if p.Tie.Subject == "egypt" && p.Tie.Kind == alliances.Support && p.Tie.Status != alliances.Alleged {
			t.Errorf("Egypt's support, listed as alleged: %s", p.Tie.Status)
		}
	}
}

// TestTableNestingAndRemarks: an entry nested under another is its element ("*Alliance of
// Yemeni Tribes ** Al-Islah"); states listed under a coalition are its members; a flag
// inside a bold entry is no part of its name; a cell that opens with a list's label goes
// on with the side of the cell before it in its row; an entry's remark names its enemy
// ("(against Al-Islah)"); a supporter's remark restricts whom
// it supports ("(only Al-Islah)"), names the forms of its support ("(arms)", a list of
// "Logistical Support") and leaves it in doubt ("(accused by ..., denied)"); "(from late
// 2015)" dates an entry from about then. The forms of the list of armed groups in the
// Yemeni civil war, written here with the sentence tests' actors.
func TestTableNestingAndRemarks(t *testing.T) {
	text := "A number of armed groups fought in the war in the north of the country for years.\n\n" +
		"| Taliban and allies | Jami'at and allies |\n" +
		"| --- | --- |\n" +
		"| **🇦🇫 Taliban** * Hizb-e Islami ** Hezbollah **Allied groups:** *Army of Conquest ** Jabhat al-Nusra * Southern Front (from late 2015) * Jami'at (against Hizb-e Islami) " +
		"**Supported by:** *🇪🇬 Egypt (only Hizb-e Islami) *🇷🇺 Russia (arms, until 2018) **Logistical Support:** *🇵🇰 Pakistan | **Alleged support:** * Iran " +
		"| **Anti-Taliban coalition** *🇺🇸 United States *🇹🇷 Turkey (accused by Iran, denied) |\n"
	known := append(formActors(), alliances.Actor{ID: "hezbollah", Name: "Hezbollah", Kind: "armed-group"})
	type got struct {
		valid, status string
		forms         []alliances.Form
	}
	props := map[string]got{}
	for _, p := range readTableWith(known, text) {
		props[p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object] = got{p.Tie.Valid.String(), string(p.Tie.Status), p.Tie.Forms}
	}
	for tie, want := range map[string]got{
		"hizb-e-islami membership taliban":                {"/2021-09-09", "reported", nil},
		"hezbollah membership hizb-e-islami":              {"/2021-09-09", "reported", nil},
		"army-of-conquest alliance taliban":               {"/2021-09-09", "reported", nil},
		"jabhat-al-nusra membership army-of-conquest":     {"/2021-09-09", "reported", nil},
		"southern-front alliance taliban":                 {"2015~/..", "reported", nil},
		"jamiat hostility hizb-e-islami":                  {"/2021-09-09", "reported", nil},
		"egypt support hizb-e-islami":                     {"/2021-09-09", "reported", nil},
		"russia support taliban":                          {"/2018", "reported", []alliances.Form{"weapons"}},
		"pakistan support taliban":                        {"/2021-09-09", "reported", []alliances.Form{"materiel"}},
		"iran support taliban":                            {"/2021-09-09", "alleged", nil},
		"united-states membership anti-taliban-coalition": {"/2021-09-09", "reported", nil},
		"turkey membership anti-taliban-coalition":        {"/2021-09-09", "alleged", nil},
	} {
		g, ok := props[tie]
		if !ok || g.valid != want.valid || g.status != want.status || !slices.Equal(g.forms, want.forms) {
			t.Errorf("%s: proposed %+v (found %v), want %+v", tie, g, ok, want)
		}
	}
	for _, not := range []string{"hezbollah membership taliban", "egypt support taliban", "jabhat-al-nusra membership taliban", "iran membership taliban"} {
		if _, ok := props[not]; ok {
			t.Errorf("proposed %q: %v", not, slices.Sorted(maps.Keys(props)))
		}
	}
}

// TestTableReviewFinds: the sixteenth fresh-eyes review's finds on tables, with tables of
// its own making. A bold entry after a star is a top entry ("* **Three Brotherhood
// Alliance**"), whose entries are its own; a cell that opens with a list's label, in a row
// with no more cells than the table has columns, is a column of its own, with no side; so
// is one after a side the reader does not know; a remark's actor may follow an article or
// another remark ("(arms, only the Taliban)", "(against the Taliban, arms)"); entries
// nested under a supporter are none of the supporter's, but its own units ("*🇷🇺 Russia
// **Russian Special Forces").
func TestTableReviewFinds(t *testing.T) {
	text := "A number of armed groups fought in the war in the north of the country for years.\n\n" +
		"| Jami'at and allies | Taliban and allies | Others |\n" +
		"| --- | --- | --- |\n" +
		"| 🇦🇫 **Jami'at-i Islami** * Hizb-e Islami * **Army of Conquest** * Southern Front * Egypt (against the Taliban, arms) " +
		"**Supported by:** *🇮🇷 Iran **Hezbollah *🇷🇺 Russia (arms, only the Southern Front) **Russian Special Forces | **Taliban** * Jabhat al-Nusra | " +
		"**Supported by:** * Pakistan * Turkey |\n"
	known := append(formActors(), alliances.Actor{ID: "hezbollah", Name: "Hezbollah", Kind: "armed-group"},
		alliances.Actor{ID: "russian-special-forces", Name: "Russian Special Forces", Kind: "armed-group"})
	got := map[string]bool{}
	for _, p := range readTableWith(known, text) {
		got[p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object] = true
	}
	for _, want := range []string{"hizb-e-islami membership jamiat", "army-of-conquest alliance jamiat", "southern-front membership army-of-conquest",
		"egypt hostility taliban", "iran support jamiat", "russia support southern-front", "jabhat-al-nusra membership taliban",
		"russian-special-forces membership russia"} {
		if !got[want] {
			t.Errorf("proposed %v, want %q", slices.Sorted(maps.Keys(got)), want)
		}
	}
	for _, not := range []string{"army-of-conquest membership jamiat", "southern-front membership jamiat", "hezbollah membership iran",
		"russia support jamiat", "pakistan support taliban", "turkey support taliban", "turkey support pakistan"} {
		if got[not] {
			t.Errorf("proposed %q: %v", not, slices.Sorted(maps.Keys(got)))
		}
	}
}

// TestTableDownItsColumns: a table that lists each side down its column, an entry a row
// (the analyst reviewer's table of the war in the eastern Congo gave nothing): each column
// is read as one cell, a list's label carried down it; a bold entry's remarks after it date
// it; the states listed under a mission are its members; those under "Former:" are no side's
// now.
func TestTableDownItsColumns(t *testing.T) {
	text := "A number of armed groups fought in the war in the north of the country for years.\n\n" +
		"| Government side | Rebel side |\n" +
		"|---|---|\n" +
		"| 🇦🇫 **Jami'at-i Islami** | **Taliban** |\n" +
		"| * Hizb-e Islami | * Jabhat al-Nusra |\n" +
		"| **Allied groups:** | **Supported by:** |\n" +
		"| * Southern Front | * 🇵🇰 Pakistan (alleged) |\n" +
		"| 🇮🇷 **Iran** (since October 2019) | |\n" +
		"| **Anti-Taliban mission** | |\n" +
		"| * 🇷🇺 Russia | |\n" +
		"| **Former:** | |\n" +
		"| * Egypt | |\n"
	known := append(formActors(), alliances.Actor{ID: "mission", Name: "Anti-Taliban mission", Kind: "other"})
	got := map[string]string{}
	for _, p := range readTableWith(known, text) {
		got[p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object] = p.Tie.Valid.String() + " " + string(p.Tie.Status)
	}
	for tie, want := range map[string]string{
		"hizb-e-islami membership jamiat":    "/2021-09-09 reported",
		"southern-front alliance jamiat":     "/2021-09-09 reported",
		"iran alliance jamiat":               "2019-10/.. reported",
		"russia membership mission":          "/2021-09-09 reported",
		"jabhat-al-nusra membership taliban": "/2021-09-09 reported",
		"pakistan support taliban":           "/2021-09-09 alleged",
	} {
		if got[tie] != want {
			t.Errorf("%s: proposed %q, want %q (all: %v)", tie, got[tie], want, got)
		}
	}
	for _, not := range []string{"egypt alliance jamiat", "egypt membership mission", "pakistan support jamiat", "hizb-e-islami membership taliban"} {
		if _, ok := got[not]; ok {
			t.Errorf("proposed %q: %v", not, got)
		}
	}
}

// readTableWith reads a report that holds a table, knowing the actors given, dated as the
// sentence tests are.
func readTableWith(known []alliances.Actor, text string) []extract.Proposal {
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, known)
	rd.Source, rd.Date = "report", edtf.MustParse("2021-09-09")
	return rd.Read(extract.Read("report.md", text, rules))
}
