package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
)

// fuzzyCase holds ties and events that are certainly or only possibly active in 2016
// (edtf: Interval.Strict and Fuzzy; Date.Fuzzy widens a year~ by one year each side):
//
//	a-b  alliance   2010/2020     certainly all of 2016
//	c-d  alliance   2016~/2018    certainly all of 2016 (strictly from 2016-01-01)
//	b-c  alliance   /2018         certainly only in 2018, possibly since ever
//	a-c  hostility  2014/         certainly only in 2014, possibly for ever
//	early  event    2015~         certainly in 2015, possibly 2014-2016
//	before event    2015-06-01
//
// At 2016, strictly: a-b and c-d, no triangle. Fuzzy: a-b, b-c, a-c and c-d, and the
// triangle a, b, c with signs + + - (a-b and b-c friends, a-c enemies).
func fuzzyCase(t *testing.T) *cli {
	file := handCaseYAML("fuzzy", []string{"a armed-group", "b armed-group", "c armed-group", "d armed-group"},
		tie("a-b", "a", "b", "alliance", "2010/2020"), tie("c-d", "c", "d", "alliance", "2016~/2018"),
		tie("b-c", "b", "c", "alliance", "/2018"), tie("a-c", "a", "c", "hostility", "2014/"))
	events := "events:\n" +
		"  - {id: early, title: Early, date: 2015~, actors: [a], citations: [{source: notes, locator: p2, credibility: 2}]}\n" +
		"  - {id: before, title: Before, date: 2015-06-01, actors: [d], citations: [{source: notes, locator: p3, credibility: 2}]}\n"
	c := newCLI(t)
	c.ok("import", writeFile(t, t.TempDir(), "fuzzy.yaml", file+"\n"+events))
	return c
}

func tieIDs(ts []alliances.Tie) []string {
	out := []string{}
	for _, x := range ts {
		out = append(out, x.ID)
	}
	slices.Sort(out)
	return out
}

// TestStrictAndFuzzyInAnalyses: balance reads 2 pairs and no triangle at 2016 by
// default, 4 pairs and the one + + - triangle with --fuzzy (fuzzyCase).
func TestStrictAndFuzzyInAnalyses(t *testing.T) {
	c := fuzzyCase(t)
	strict := decode[answer.BalanceStep](t, c, "balance", "--at", "2016", "--case", "fuzzy")
	if strict.Ties != 2 || strict.Census.Triangles != 0 || strict.Rules.Dates != "strict" {
		t.Errorf("strict: %d pairs, %d triangles, dates %q; want 2, 0, strict", strict.Ties, strict.Census.Triangles, strict.Rules.Dates)
	}
	fuzzy := decode[answer.BalanceStep](t, c, "balance", "--at", "2016", "--case", "fuzzy", "--fuzzy")
	if fuzzy.Ties != 4 || fuzzy.Census.Triangles != 1 || fuzzy.Census.PPN != 1 || fuzzy.Rules.Dates != "fuzzy" {
		t.Errorf("fuzzy: %d pairs, census %+v, dates %q; want 4, one ++- triangle, fuzzy", fuzzy.Ties, fuzzy.Census, fuzzy.Rules.Dates)
	}
	if len(fuzzy.Unbalanced) != 1 || !slices.Equal(answer.SortedCopy(fuzzy.Unbalanced[0].Actors[:]), []string{"a", "b", "c"}) {
		t.Errorf("fuzzy: unbalanced %+v, want the triangle a, b, c", fuzzy.Unbalanced)
	}
	// The strict reading says what it leaves out: b-c and a-c may hold at 2016.
	if !slices.ContainsFunc(strict.Warnings, func(w string) bool {
		return strings.HasPrefix(w, "2 more ties may hold from 2016-01-01 to 2016-12-31,")
	}) {
		t.Errorf("strict: warnings %q, want the two ties that may hold", strict.Warnings)
	}
	if slices.ContainsFunc(fuzzy.Warnings, func(w string) bool { return strings.Contains(w, "may hold") }) {
		t.Errorf("fuzzy: warnings %q, want none of ties that may hold", fuzzy.Warnings)
	}
}

// TestStrictAndFuzzyInTies: ties --at 2016 lists a-b and c-d; with --fuzzy also a-c and
// b-c (fuzzyCase).
func TestStrictAndFuzzyInTies(t *testing.T) {
	c := fuzzyCase(t)
	if got := tieIDs(decode[[]alliances.Tie](t, c, "ties", "--at", "2016")); !slices.Equal(got, []string{"a-b", "c-d"}) {
		t.Errorf("ties --at 2016 = %v, want [a-b c-d]", got)
	}
	if got := tieIDs(decode[[]alliances.Tie](t, c, "ties", "--at", "2016", "--fuzzy")); !slices.Equal(got, []string{"a-b", "a-c", "b-c", "c-d"}) {
		t.Errorf("ties --at 2016 --fuzzy = %v, want [a-b a-c b-c c-d]", got)
	}
	// The same through the store's query of the claims (an actor, or a time of
	// knowledge), not its cache of the current record.
	if got := tieIDs(decode[[]alliances.Tie](t, c, "ties", "--at", "2016", "--fuzzy", "--actor", "a")); !slices.Equal(got, []string{"a-b", "a-c"}) {
		t.Errorf("ties --at 2016 --fuzzy --actor a = %v, want [a-b a-c]", got)
	}
	if got := tieIDs(decode[[]alliances.Tie](t, c, "ties", "--at", "2016", "--fuzzy", "--known-at", "9999")); !slices.Equal(got, []string{"a-b", "a-c", "b-c", "c-d"}) {
		t.Errorf("ties --at 2016 --fuzzy --known-at 9999 = %v, want [a-b a-c b-c c-d]", got)
	}
	if got := tieIDs(decode[[]alliances.Tie](t, c, "ties", "--at", "2016", "--known-at", "9999")); !slices.Equal(got, []string{"a-b", "c-d"}) {
		t.Errorf("ties --at 2016 --known-at 9999 = %v, want [a-b c-d]", got)
	}
}

// TestActorAtReadsStrictDates: actor a --at 2016 shows the tie certainly active then
// (a-b), not the hostility certain only in 2014, and not the event of 2015~, which
// only possibly falls in 2016 (fuzzyCase).
func TestActorAtReadsStrictDates(t *testing.T) {
	c := fuzzyCase(t)
	type profile struct {
		Ties   []alliances.Tie   `json:"ties"`
		Events []alliances.Event `json:"events"`
	}
	p := decode[profile](t, c, "actor", "a", "--at", "2016")
	if got := tieIDs(p.Ties); !slices.Equal(got, []string{"a-b"}) || len(p.Events) != 0 {
		t.Errorf("actor a --at 2016: ties %v, %d events; want [a-b] and none", got, len(p.Events))
	}
	p = decode[profile](t, c, "actor", "a", "--at", "2015")
	if len(p.Events) != 1 || p.Events[0].ID != "early" {
		t.Errorf("actor a --at 2015: events %+v, want early", p.Events)
	}
}

// TestTimelineReadsStrictDates: c-d begins 2016~, strictly on 2016-01-01, after the
// event of 2015-06-01 (its fuzzy start, 2015-01-01, would come before; fuzzyCase).
func TestTimelineReadsStrictDates(t *testing.T) {
	c := fuzzyCase(t)
	var order []string
	for _, e := range decode[[]answer.Entry](t, c, "timeline", "--case", "fuzzy") {
		switch {
		case e.Event != nil:
			order = append(order, e.Event.ID)
		case e.Tie.ID == "c-d":
			order = append(order, "c-d "+e.What)
		}
	}
	i, j := slices.Index(order, "before"), slices.Index(order, "c-d begins")
	if i < 0 || j < 0 || j < i {
		t.Errorf("timeline order %v: want the event before c-d begins", order)
	}
	out := c.ok("timeline", "--case", "fuzzy")
	if i, j := strings.Index(out, "Before"), strings.Index(out, "2016~"); i < 0 || j < i {
		t.Errorf("the table does not list the event before c-d begins:\n%s", out)
	}
}
