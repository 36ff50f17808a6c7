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
