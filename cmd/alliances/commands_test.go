package main

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/alliances-project/alliances/answer"

	"github.com/alliances-project/alliances"
)

// timelineOf returns a timeline as "date what id" lines.
func timelineOf(t *testing.T, c *cli, args ...string) []string {
	t.Helper()
	var out []string
	for _, e := range decode[[]answer.Entry](t, c, append([]string{"timeline"}, args...)...) {
		id := ""
		if e.Tie != nil {
			id = e.Tie.ID
		}
		if e.Event != nil {
			id = e.Event.ID
		}
		out = append(out, e.Date+" "+e.What+" "+id)
	}
	return out
}

// TestTimelineOfSmallCase: testdata/small.yaml by hand, by each moment's day: the
// support begins in 2004 (its first day), the faction joins in 2010 (an open end has no
// moment), the fight is held by 2015 (begun at an unknown date: its last day), the
// mediation of 2016~ holds (a single date, its first day), the deal is signed in the
// spring of 2016 (2016-21, from March) and the support ends in 2021-08~ (its last day).
// With --actor gamma, the moments of the ties and events that involve Gamma.
func TestTimelineOfSmallCase(t *testing.T) {
	c := newCLI(t)
	c.ok("import", "testdata/small.yaml")
	want := []string{
		"2004 begins beta-supports-alpha",
		"2010 begins alpha-north-in-alpha",
		"2015 held by alpha-fights-gamma",
		"2016~ holds gamma-introduces-alpha",
		"2016-21 event deal-2016",
		"2021-08~ ends beta-supports-alpha",
	}
	if got := timelineOf(t, c); !slices.Equal(got, want) {
		t.Errorf("timeline:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	want = []string{"2015 held by alpha-fights-gamma", "2016~ holds gamma-introduces-alpha", "2016-21 event deal-2016"}
	if got := timelineOf(t, c, "--actor", "gamma"); !slices.Equal(got, want) {
		t.Errorf("timeline --actor gamma: %v, want %v", got, want)
	}
	out := c.ok("timeline", "--actor", "Gamma Republic")
	if !strings.Contains(out, "2015") || !strings.Contains(out, "held by") || !strings.Contains(out, "Alpha and Gamma sign a deal") {
		t.Errorf("timeline table for Gamma named by its name:\n%s", out)
	}
	// The fight's "held by 2015" is when it is attested, and the table says so.
	if !strings.Contains(out, "Note: 1 tie began at a date the record does not give; \"held by\" is the latest day it is attested") {
		t.Errorf("timeline table without the note on held by:\n%s", out)
	}
	if out := c.ok("timeline", "--actor", "beta"); strings.Contains(out, "Note:") {
		t.Errorf("timeline of Beta, whose ties' starts are known, with a note:\n%s", out)
	}
}

// TestSourcesOfSmallCase: the one source of testdata/small.yaml, with its reliability,
// in JSON and in the table; none known before the import.
func TestSourcesOfSmallCase(t *testing.T) {
	c := newCLI(t)
	imported := c.now
	c.ok("import", "testdata/small.yaml")
	srcs := decode[[]alliances.Source](t, c, "sources", "--case", "small")
	if len(srcs) != 1 || srcs[0].ID != "report-2021" || srcs[0].Reliability != "B" || srcs[0].Recorded == nil || srcs[0].Recorded.Case != "small" {
		t.Errorf("sources: %+v, want report-2021, reliability B, of case small", srcs)
	}
	if out := c.ok("sources"); !strings.Contains(out, "report-2021  B ") || !strings.Contains(out, "A report") {
		t.Errorf("sources table:\n%s", out)
	}
	before := imported.Add(-time.Second).Format(time.RFC3339)
	if out := c.ok("sources", "--known-at", before, "--json"); strings.TrimSpace(out) != "[]" {
		t.Errorf("sources known before the import = %s, want []", out)
	}
}

// TestTimelineAndSourcesErrors: each bad request has its kind's exit code and says what
// was wrong.
func TestTimelineAndSourcesErrors(t *testing.T) {
	c := newCLI(t)
	c.ok("import", "testdata/small.yaml")
	tests := []struct {
		args   []string
		code   int
		phrase string
	}{
		{[]string{"timeline", "--actor", "gama"}, exitNotFound, `no actor "gama", did you mean "gamma"?`},
		{[]string{"timeline", "--case", "nope"}, exitNotFound, `no case "nope"`},
		{[]string{"timeline", "--known-at", "soon"}, exitUsage, `--known-at "soon"`},
		{[]string{"timeline", "--since", "2016"}, exitUsage, "flag provided but not defined: -since"},
		{[]string{"sources", "--case", "nope"}, exitNotFound, `no case "nope"`},
		{[]string{"sources", "--known-at", "2026-13"}, exitUsage, `--known-at "2026-13"`},
		{[]string{"sources", "--reliability", "A"}, exitUsage, "flag provided but not defined: -reliability"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			_, errOut, code := c.run(tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.phrase) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, errOut, tt.code, tt.phrase)
			}
		})
	}
}

// TestActorOfOneCase: Russia's profile in one built-in case holds that case's ties and
// events only; the two cases' together are its profile in every case (the built-in
// cases share the registry's Russia: 6 ties in Idlib, 13 in Afghanistan, counted from
// the case files).
func TestActorOfOneCase(t *testing.T) {
	c := newCLI(t)
	c.ok("cases")
	all := decode[answer.Profile](t, c, "actor", "russia")
	idlib := decode[answer.Profile](t, c, "actor", "russia", "--case", "idlib-2018-2019")
	afg := decode[answer.Profile](t, c, "actor", "russia", "--case", "afghanistan-2021")
	count := func(p answer.Profile) int { return len(p.Ties) + len(p.Parents) + len(p.Members) + len(p.Lineage) }
	if count(idlib) == 0 || count(afg) == 0 || count(idlib)+count(afg) != count(all) || len(idlib.Events)+len(afg.Events) != len(all.Events) {
		t.Errorf("ties and events of Russia: Idlib %d, %d; Afghanistan %d, %d; every case %d, %d",
			count(idlib), len(idlib.Events), count(afg), len(afg.Events), count(all), len(all.Events))
	}
	for _, tie := range afg.Ties {
		if strings.Contains(tie.ID, "hts") || strings.Contains(tie.ID, "slf") {
			t.Errorf("Russia in Afghanistan shows the Idlib tie %s", tie.ID)
		}
	}
	if _, errOut, code := c.run("actor", "russia", "--case", "afg"); code != exitNotFound || !strings.Contains(errOut, `no case "afg"`) {
		t.Errorf("an unknown case: exit %d, %s", code, errOut)
	}
}

// TestTimelineOfAPeriod: --from and --to keep the moments of the period, each day of it
// (2021-06 to 2021-07 holds the June deals of the built-in case's ¶10 and none of 2016);
// a period that ends before it starts is a usage error.
func TestTimelineOfAPeriod(t *testing.T) {
	c := newCLI(t)
	c.ok("cases")
	all := decode[[]answer.Entry](t, c, "timeline", "--case", "afghanistan-2021")
	some := decode[[]answer.Entry](t, c, "timeline", "--case", "afghanistan-2021", "--from", "2021-06", "--to", "2021-07")
	if len(some) == 0 || len(some) >= len(all) {
		t.Fatalf("%d moments of 2021-06 to 2021-07 of %d", len(some), len(all))
	}
	for _, e := range some {
		if e.Date < "2021-06" && !strings.HasPrefix(e.Date, "/2021-06") || e.Date > "2021-07-31" && !strings.HasPrefix(e.Date, "2021-07") {
			t.Errorf("moment %s %s outside 2021-06 to 2021-07", e.Date, e.What)
		}
	}
	if !slices.ContainsFunc(some, func(e answer.Entry) bool { return e.Tie != nil && e.Tie.ID == "tie-deal-jamiat-rabbani" }) {
		t.Errorf("the June 2021 deal of Rabbani's Jami'at is not among %d moments", len(some))
	}
	if _, errOut, code := c.run("timeline", "--from", "2021-08", "--to", "2021-07"); code != exitUsage || !strings.Contains(errOut, "--from 2021-08 comes after --to 2021-07") {
		t.Errorf("a period backwards: exit %d, %s", code, errOut)
	}
}

// TestSupportersAtADate: --at 2021 ranks the supporters of 2021, as --from 2021 --to
// 2021 does; with a period besides, it is a usage error.
func TestSupportersAtADate(t *testing.T) {
	c := newCLI(t)
	c.ok("cases")
	at := c.ok("supporters", "taliban", "--case", "afghanistan-2021", "--at", "2021", "--json")
	period := c.ok("supporters", "taliban", "--case", "afghanistan-2021", "--from", "2021", "--to", "2021", "--json")
	if at != period || !strings.Contains(at, `"pakistan"`) {
		t.Errorf("--at 2021:\n%s\nwant as --from 2021 --to 2021:\n%s", at, period)
	}
	if _, errOut, code := c.run("supporters", "taliban", "--at", "2021", "--from", "2020"); code != exitUsage || !strings.Contains(errOut, "not both") {
		t.Errorf("--at and --from: exit %d, %s", code, errOut)
	}
}
