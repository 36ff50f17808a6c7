package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
)

// These tests run the commands an analyst would run on the built-in case, and check that
// they tell what the article (New Lines Institute, September 2021) says.

func TestFirstUseLoadsTheBuiltInCase(t *testing.T) {
	c := newCLI(t)
	out, errOut, code := c.run("actor", "taliban")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "was empty; loaded the built-in case afghanistan-2021") {
		t.Errorf("stderr = %q, want a line saying the built-in case was loaded", errOut)
	}
	if !strings.HasPrefix(out, "Taliban (taliban)\n") || !strings.Contains(out, "pakistan") {
		t.Errorf("profile of the Taliban:\n%s", out)
	}
	if _, errOut, _ := c.run("actors"); strings.Contains(errOut, "loaded") {
		t.Errorf("second command loaded the case again: %q", errOut)
	}
}

// tiesJSON runs `ties ... --json` and decodes the ties.
func tiesJSON(t *testing.T, c *cli, args ...string) []alliances.Tie {
	t.Helper()
	var ties []alliances.Tie
	if err := json.Unmarshal([]byte(c.ok(append([]string{"ties", "--json"}, args...)...)), &ties); err != nil {
		t.Fatal(err)
	}
	return ties
}

// signsWith returns the signs of the ties between a and b.
func signsWith(ties []alliances.Tie, a, b string) []alliances.Sign {
	var signs []alliances.Sign
	for _, tie := range ties {
		if tie.Other(a) == b {
			signs = append(signs, tie.Sign)
		}
	}
	return signs
}

// TestHizbIslamiReversal: the Taliban targeted Hizb-e Islami's members after its 2016 peace
// deal (¶7), and by 2018 Hekmatyar was edging closer to them, becoming a full friendship
// before the Republic fell.
func TestHizbIslamiReversal(t *testing.T) {
	c := newCLI(t)
	mid2016 := signsWith(tiesJSON(t, c, "--actor", "hizb-e-islami", "--at", "2016-07-01"), "hizb-e-islami", "taliban")
	mid2020 := signsWith(tiesJSON(t, c, "--actor", "hizb-e-islami", "--at", "2020-07-01"), "hizb-e-islami", "taliban")
	if !slices.Contains(mid2016, -1) || slices.Contains(mid2016, 1) {
		t.Errorf("signs of Hizb-e Islami's ties to the Taliban at mid-2016 = %v, want negative only", mid2016)
	}
	if !slices.Contains(mid2020, 1) || slices.Contains(mid2020, -1) {
		t.Errorf("signs of Hizb-e Islami's ties to the Taliban at mid-2020 = %v, want positive only", mid2020)
	}
}

// TestRegionalSupporters: Pakistan, Iran and Russia supported the Taliban in 2021; Russia
// was the third-largest supporter by Taliban sources' account (¶19); Saudi support stopped
// (¶28).
func TestRegionalSupporters(t *testing.T) {
	c := newCLI(t)
	ties := tiesJSON(t, c, "--actor", "taliban", "--kind", "support", "--at", "2021-06")
	supporters := map[string]alliances.Tie{}
	for _, tie := range ties {
		if tie.Object == "taliban" {
			supporters[tie.Subject] = tie
		}
	}
	for _, s := range []string{"pakistan", "iran", "russia"} {
		if _, ok := supporters[s]; !ok {
			t.Errorf("%s is not among the Taliban's supporters in June 2021 (got %v)", s, keys(supporters))
		}
	}
	if _, ok := supporters["saudi-arabia"]; ok {
		t.Errorf("Saudi Arabia still supports the Taliban in June 2021; the article says that support stopped")
	}
	russia := supporters["russia"]
	attributed := slices.ContainsFunc(russia.Citations, func(c alliances.Citation) bool { return c.AttributedTo == "Taliban sources" })
	if russia.Rank != 3 || !attributed {
		t.Errorf("Russia's support: rank %d, attributed to Taliban sources %v; want rank 3 on Taliban sources", russia.Rank, attributed)
	}
}

// TestIranIntroducedTalibanToRussia: according to Taliban sources, Iran offered to
// introduce the Taliban to Russia (¶18).
func TestIranIntroducedTalibanToRussia(t *testing.T) {
	c := newCLI(t)
	ties := tiesJSON(t, c, "--kind", "mediation", "--actor", "iran", "--at", "2016")
	found := slices.ContainsFunc(ties, func(tie alliances.Tie) bool {
		return tie.Subject == "iran" && tie.Object == "taliban" && tie.Third == "russia" && tie.Status == alliances.Alleged
	})
	if !found {
		t.Errorf("no alleged mediation by Iran between the Taliban and Russia around 2016 in %+v", ties)
	}
}

func TestBuiltInCaseChecksClean(t *testing.T) {
	path := filepath.Join(t.TempDir(), "afghanistan-2021.yaml")
	writeFile(t, filepath.Dir(path), filepath.Base(path), string(cases.Default()))
	out := newCLI(t).ok("check", path)
	if !strings.HasPrefix(out, "afghanistan-2021: ok: ") {
		t.Errorf("check output = %q", out)
	}
}

func TestBuiltInCaseRoundTrips(t *testing.T) {
	first := newCLI(t)
	yaml1 := first.ok("export")
	path := writeFile(t, t.TempDir(), "export.yaml", yaml1)
	builtIn := writeFile(t, t.TempDir(), "afghanistan-2021.yaml", string(cases.Default()))
	for _, in := range []string{path, builtIn} {
		out := first.ok("import", in)
		if !strings.Contains(out, " 0 added, 0 changed, 0 retracted, ") {
			t.Errorf("re-import of %s = %q, want no change", filepath.Base(in), out)
		}
	}
	second := newCLI(t)
	second.ok("import", path)
	if yaml2 := second.ok("export"); yaml2 != yaml1 {
		t.Errorf("export after importing the export differs from the first export")
	}
	if out := second.ok("cases"); !strings.Contains(out, "afghanistan-2021") || strings.Count(out, "\n") != 2 {
		t.Errorf("cases after importing the export into an empty database:\n%s\nwant only afghanistan-2021 (importing is not a first use)", out)
	}
}

func keys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// TestDiffShowsHizbIslamiTurning: between 2016 and 2019 the net sign of Hizb-e Islami's
// ties to the Taliban turns from negative to positive (¶7).
func TestDiffShowsHizbIslamiTurning(t *testing.T) {
	c := newCLI(t)
	var ch change
	if err := json.Unmarshal([]byte(c.ok("diff", "2016", "2019", "--focal", "taliban", "--json")), &ch); err != nil {
		t.Fatal(err)
	}
	flipped := func(ps []pairChange) bool {
		return slices.ContainsFunc(ps, func(p pairChange) bool {
			return (p.A == "hizb-e-islami" || p.B == "hizb-e-islami") && p.SignFrom == "-" && p.SignTo == "+"
		})
	}
	if !flipped(ch.SignChanges) || !flipped(ch.Realignments) {
		t.Errorf("diff 2016 2019 does not show Hizb-e Islami turning from - to + toward the Taliban:\n%+v\n%+v", ch.SignChanges, ch.Realignments)
	}
	ended := slices.ContainsFunc(ch.Ended, func(tie alliances.Tie) bool { return tie.ID == "tie-taliban-target-hizb" })
	if !ended {
		t.Errorf("the Taliban's targeting of Hizb-e Islami (2016/2018) is not among the ties ended by 2019")
	}
}

// TestSupportersRankRussiaThirdBySources: in 2021 Pakistan, Iran and Russia support the
// Taliban, and the sources' own ranking puts Russia third, on Taliban sources (¶19).
func TestSupportersRankRussiaThirdBySources(t *testing.T) {
	c := newCLI(t)
	var res supportResult
	if err := json.Unmarshal([]byte(c.ok("supporters", "taliban", "--from", "2021", "--to", "2021-08", "--json")), &res); err != nil {
		t.Fatal(err)
	}
	got := map[string]supporter{}
	for _, s := range res.Supporters {
		got[s.Actor] = s
	}
	for _, a := range []string{"pakistan", "iran", "russia"} {
		if _, ok := got[a]; !ok {
			t.Errorf("%s missing from the Taliban's supporters in 2021: %+v", a, res.Supporters)
		}
	}
	r := got["russia"]
	if len(r.SourceRanks) != 1 || r.SourceRanks[0].Rank != 3 || !slices.Equal(r.SourceRanks[0].AttributedTo, []string{"Taliban sources"}) {
		t.Errorf("Russia's ranks by the sources = %+v, want #3 per Taliban sources", r.SourceRanks)
	}
	if !slices.Contains(r.Forms, alliances.Weapons) || !slices.Contains(r.Forms, alliances.Funding) {
		t.Errorf("Russia's forms = %v, want weapons and funding (¶19)", r.Forms)
	}
	if _, ok := got["saudi-arabia"]; ok {
		t.Error("Saudi Arabia listed as a 2021 supporter; its support stopped earlier (¶28)")
	}
}

// TestIranBrokeredTalibanAndRussia: according to Taliban sources Iran introduced the
// Taliban to Russia, around 2016 (¶18); brokers lists it among the mediations of 2016.
func TestIranBrokeredTalibanAndRussia(t *testing.T) {
	c := newCLI(t)
	var res brokersResult
	if err := json.Unmarshal([]byte(c.ok("brokers", "--at", "2016", "--json")), &res); err != nil {
		t.Fatal(err)
	}
	found := slices.ContainsFunc(res.Mediations, func(m mediation) bool {
		return m.Mediator == "iran" && m.Between == [2]string{"taliban", "russia"} && m.Status == "alleged"
	})
	if !found {
		t.Errorf("no alleged mediation by Iran between the Taliban and Russia in 2016: %+v", res.Mediations)
	}
	if len(res.Brokers) == 0 || res.Brokers[0].Total == 0 {
		t.Errorf("no broker with open two-paths in 2016: %+v", res.Brokers)
	}
}

// TestRepublicLosesPartnersBlocByBloc: month by month in 2021, the actors whose net stance
// toward the Islamic Republic stops being positive: Rabbani's faction first (its June deal,
// ¶10), then the western Jami'at commanders, the Khalili-linked commanders and the
// Karzai-loyal militias after their deals of late June and early July (¶11), then the rest
// of the Republic's side as it collapses in August (¶29).
func TestRepublicLosesPartnersBlocByBloc(t *testing.T) {
	c := newCLI(t)
	left := map[string]string{} // actor -> the month by which it had left
	months := []string{"2021-05", "2021-06", "2021-07", "2021-08", "2021-09"}
	for i := 1; i < len(months); i++ {
		var ch change
		out := c.ok("diff", months[i-1], months[i], "--focal", "islamic-republic", "--json")
		if err := json.Unmarshal([]byte(out), &ch); err != nil {
			t.Fatal(err)
		}
		for _, r := range ch.Realignments {
			if r.SignFrom == "+" && r.SignTo != "+" {
				left[r.A] = months[i]
			}
		}
	}
	want := map[string]string{
		"jamiat-rabbani":            "2021-07",
		"jamiat-western-commanders": "2021-08",
		"khalili-hazara-commanders": "2021-08",
		"karzai-loyal-militias":     "2021-08",
		"jamiat":                    "2021-09",
	}
	for a, month := range want {
		if left[a] != month {
			t.Errorf("%s left the Republic's side by %q, want by %s (all departures: %v)", a, left[a], month, left)
		}
	}
}

// TestPathFromRussiaToRabbani: in June 2021 Russia reaches Rabbani's faction both directly
// (it lobbied the Republic's stakeholders, ¶25) and through the Taliban.
func TestPathFromRussiaToRabbani(t *testing.T) {
	c := newCLI(t)
	var res pathResult
	if err := json.Unmarshal([]byte(c.ok("path", "russia", "jamiat-rabbani", "--at", "2021-06", "--json")), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Shortest) == 0 || len(res.Shortest[0].Actors) != 2 {
		t.Fatalf("shortest chains = %+v, want the direct one", res.Shortest)
	}
	viaTaliban := slices.ContainsFunc(res.Strongest, func(ch chain) bool {
		return slices.Equal(ch.Actors, []string{"russia", "taliban", "jamiat-rabbani"})
	})
	if !viaTaliban {
		t.Errorf("strongest chains = %+v, want one through the Taliban", res.Strongest)
	}
	for _, ch := range res.Strongest {
		if len(ch.Steps) != len(ch.Actors)-1 || slices.ContainsFunc(ch.Steps, func(s []string) bool { return len(s) == 0 }) {
			t.Errorf("chain %v has a step without ties", ch.Actors)
		}
	}
}

// TestCascadeComparesWithTheRecord runs the threshold model from the Taliban on the
// alliances, deals and cooperation of May 2021 and compares it with the deals recorded in
// June to August: every recorded deal-maker is in the comparison, and taking Rabbani's
// faction out is reported as a what-if.
func TestCascadeComparesWithTheRecord(t *testing.T) {
	c := newCLI(t)
	var res cascadeResult
	out := c.ok("cascade", "--at", "2021-05", "--seed", "taliban", "--kind", "alliance,agreement,cooperation,favour",
		"--record", "2021-06/2021-08", "--threshold", "0.3", "--without", "jamiat-rabbani", "--json")
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	var recorded []string
	for _, mv := range res.Record {
		recorded = append(recorded, mv.Actor)
	}
	for _, a := range []string{"jamiat-rabbani", "jamiat-western-commanders", "khalili-hazara-commanders", "karzai-loyal-police", "karzai-loyal-militias"} {
		if !slices.Contains(recorded, a) {
			t.Errorf("%s missing from the recorded deals: %v", a, recorded)
		}
		if !slices.Contains(res.Both, a) && !slices.Contains(res.RecordOnly, a) {
			t.Errorf("%s is neither matched nor missed by the model", a)
		}
	}
	if res.WhatIf == nil || !slices.Equal(res.WhatIf.Without, []string{"jamiat-rabbani"}) {
		t.Fatalf("what-if = %+v", res.WhatIf)
	}
	if slices.ContainsFunc(res.WhatIf.Tipped, func(tp tipping) bool { return tp.Actor == "jamiat-rabbani" }) {
		t.Error("the actor taken out still moved in the what-if")
	}
}

// TestAnalysesOnAwkwardInput runs analyses where they used to fail: empty status lists
// in --robust, empty snapshots, names that do not fit.
func TestAnalysesOnAwkwardInput(t *testing.T) {
	c := newCLI(t)
	for _, args := range [][]string{
		{"centrality", "--at", "2016", "--status", "alleged", "--robust"},
		{"balance", "--at", "2016", "--status", "alleged", "--robust"},
		{"centrality", "--at", "1800"},
		{"balance", "--at", "1800", "--robust"},
		{"cascade", "--at", "1800", "--seed", "taliban"},
		{"blocs", "--at", "2016", "--k", "1000000000"},
		{"diff", "2016", "2019", "--focal", "taliban", "--fold"},
	} {
		if out, errOut, code := c.run(args...); code != 0 || strings.Contains(errOut, "goroutine") {
			t.Errorf("%v: exit %d\n%s%s", args, code, out, errOut)
		}
	}
	for _, tt := range []struct {
		args   []string
		code   int
		phrase string
	}{
		{[]string{"path", "taliban", "taliban", "--at", "2016"}, exitUsage, "two different actors"},
		{[]string{"path", "iran", "taliban", "--at", "2016", "--limit", "100000"}, exitUsage, "--limit 100000"},
		{[]string{"cascade", "--at", "2021", "--seed", "taliban", "--without-tie", "no-such-tie"}, exitNotFound, "no such tie"},
		{[]string{"cascade", "--at", "2021", "--seed", "taliban", "--side", "iran"}, exitUsage, "not among the seeds"},
		{[]string{"diff", "2021-13", "2019"}, exitUsage, `first date "2021-13": column 6: month 13`},
		{[]string{"supporters", "taliban", "--from", "2021", "--to", "2019"}, exitUsage, "--to 2019 is before --from 2021"},
		{[]string{"centrality", "--at", "2016", "--approx", "-1"}, exitUsage, "--approx -1"},
		{[]string{"balance", "--at", "2016", "--case", "nope"}, exitNotFound, `no case "nope"`},
		{[]string{"supporters", "jamiat-rabbani", "--fold", "--from", "2020", "--to", "2021"}, exitUsage, "folded into jamiat"},
	} {
		if _, errOut, code := c.run(tt.args...); code != tt.code || !strings.Contains(errOut, tt.phrase) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", tt.args, code, errOut, tt.code, tt.phrase)
		}
	}
}
